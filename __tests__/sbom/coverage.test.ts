/**
 * What the SBOM covers, on real extracts (fixtures/real/<project>/, SOURCE.md gives the source):
 * builds that no lockfile resolves fail sbom-generated, test data and examples are left out and
 * listed, an SBOM of nothing never passes, and the report, summary and SBOM say the coverage.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../checks/sbom/sbom-generated/index.js'
import { declaresDependencies, testDataFolder } from '../../src/sbom/coverage.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup, realRepo } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'

afterAll(cleanup)

const run = (project: string) => runCheckOn(check, {}, { root: realRepo(project) })

describe('sbom-generated on real repositories', () => {
  test('ossf/scorecard: the broken pom.xml and .csproj under testdata/ are test data, left out and listed; go.mod makes the SBOM', async () => {
    const result = await run('scorecard')
    expect(result.status).toBe('pass')
    expect(result.messages[0]).toMatch(/^SBOM of \d+ component\(s\) from go\.mod, each with a purl$/)
    expect(result.messages).toContain(
      'checks/raw/testdata/: 2 lockfile(s) or manifest(s) left out (checks/raw/testdata/.github/workflows/pom.xml, checks/raw/testdata/dotnet-empty.csproj): test data, not the project\'s dependencies (include it with "sbom: include:" in the config)',
    )
  })

  test('psf/requests: pyproject.toml declares dependencies and no lockfile resolves them; the unpinned requirements are named', async () => {
    const result = await run('requests')
    expect(result.status).toBe('fail')
    const failing = result.findings.filter((f) => f.status === 'fail')
    expect(failing).toHaveLength(1)
    // setup.py only calls setup(); requirements-dev.txt pins one requirement (pytest-httpbin==2.1.0), which covers nothing of the package's own
    expect(failing[0]).toMatchObject({
      message:
        'Python build not in the SBOM: pyproject.toml declares dependencies that no lockfile resolves (no uv.lock, poetry.lock or Pipfile.lock in its folder or above, and no requirements.txt pinned with name==version beside it)',
      location: { path: 'pyproject.toml' },
      remediation: expect.stringContaining('uv lock'),
    })
    expect(result.messages).toContain(
      'requirements-dev.txt: 5 requirement(s) without an exact version (name==version), left out of the SBOM: pytest, pytest-cov, httpbin, trustme, wheel',
    )
  })

  test('jnunemaker/httparty: a Gemfile and a gemspec without Gemfile.lock are one Ruby build not covered', async () => {
    const result = await run('httparty')
    expect(result.status).toBe('fail')
    expect(result.messages).toEqual([
      'Ruby build not in the SBOM: Gemfile, httparty.gemspec declare dependencies that no lockfile resolves (no Gemfile.lock in its folder or above)',
    ])
  })

  test('expressjs/express: package.json without a lockfile is not an SBOM of 0 components that passes', async () => {
    const result = await run('express')
    expect(result.status).toBe('fail')
    expect(result.messages[0]).toMatch(
      /^JavaScript \(npm\) build not in the SBOM: package\.json declares dependencies that no lockfile resolves/,
    )
  })

  test('rails/rails: rails.gemspec and the Gemfile are covered by Gemfile.lock, the releaser tool by its own; a package.json under test/fixtures/ is left out', async () => {
    const result = await run('rails')
    expect(result.status).toBe('pass')
    expect(result.messages[0]).toMatch(
      /^SBOM of \d+ component\(s\) from Gemfile\.lock, tools\/releaser\/Gemfile\.lock, each with a purl; covers the 3 build manifest\(s\) found$/,
    )
    expect(result.messages).toContain(
      'tools/releaser/test/fixtures/: 1 lockfile(s) or manifest(s) left out (tools/releaser/test/fixtures/activestorage/package.json): test data, not the project\'s dependencies (include it with "sbom: include:" in the config)',
    )
  })

  test('open-eid/libdigidocpp: a C++ library whose only Gradle builds are examples has no dependencies to list', async () => {
    const result = await run('libdigidocpp')
    expect(result.status).toBe('not-applicable')
    expect(result.messages).toContain(
      'examples/: 2 lockfile(s) or manifest(s) left out (examples/android/build.gradle, examples/java/build.gradle): examples, not the project\'s dependencies (include it with "sbom: include:" in the config)',
    )
  })

  test('curl/curl: the pinned requirements of the test suites make the SBOM', async () => {
    const result = await run('curl')
    expect(result.status).toBe('pass')
    expect(result.messages[0]).toBe('SBOM of 7 component(s) from tests/http/requirements.txt, tests/requirements.txt, each with a purl')
  })
})

describe('coverage rules', () => {
  test('a lockfile this version does not read is unknown when nothing else speaks for its folder, a warning beside one it reads', async () => {
    const alone = await runCheckOn(check, {
      'package.json': '{"dependencies":{"left-pad":"^1.3.0"}}',
      'bun.lockb': Buffer.from([0x23, 0x21, 0, 1]),
    })
    expect(alone.status).toBe('unknown')
    expect(alone.findings).toContainEqual(expect.objectContaining({ status: 'unknown', location: { path: 'bun.lockb' } }))
    const swift = await runCheckOn(check, {
      'Package.swift':
        'let package = Package(name: "x", dependencies: [.package(url: "https://github.com/apple/swift-log", from: "1.0.0")])\n',
      'Package.resolved': '{"pins":[],"version":2}\n',
    })
    expect(swift.status).toBe('unknown')
    expect(swift.messages[0]).toBe(
      'Package.resolved: this lockfile format is not read by this version of ois-ready; its components are not in the SBOM',
    )
  })

  test('manifests without dependencies, and lockfiles that list none, are not applicable, never a pass', async () => {
    const none = await runCheckOn(check, {
      'package.json': '{"name":"x","scripts":{"test":"node t.js"}}',
      'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n',
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
      'composer.json': '{"require":{"php":">=8.1","ext-json":"*"}}',
    })
    expect(none.status).toBe('not-applicable')
    expect(none.messages).toEqual(['no dependencies: no lockfile, and no build manifest that declares dependencies'])
    const empty = await runCheckOn(check, {
      'package.json': '{"name":"x"}',
      'package-lock.json': '{"name":"x","lockfileVersion":3,"requires":true,"packages":{"":{"name":"x"}}}',
    })
    expect(empty.status).toBe('not-applicable')
    expect(empty.messages).toEqual(['package-lock.json list(s) no dependencies'])
  })

  test('a workspace lockfile covers the packages below it; a NuGet lockfile only its own project', async () => {
    const result = await runCheckOn(check, {
      'package-lock.json': readFileSync(join('fixtures', 'sbom', 'npm-v3', 'package-lock.json'), 'utf8'),
      'packages/a/package.json': '{"dependencies":{"left-pad":"1.3.0"}}',
      'src/App/App.csproj': '<Project><ItemGroup><PackageReference Include="Newtonsoft.Json" Version="13.0.3" /></ItemGroup></Project>',
      'src/App/packages.lock.json': '{"version":1,"dependencies":{"net8.0":{"Newtonsoft.Json":{"type":"Direct","resolved":"13.0.3"}}}}',
      'src/Lib/Lib.csproj': '<Project><ItemGroup><PackageReference Include="Serilog" Version="3.1.1" /></ItemGroup></Project>',
    })
    expect(result.status).toBe('fail')
    expect(result.messages.filter((m) => / build not in the SBOM/.test(m))).toEqual([
      '.NET (NuGet) build not in the SBOM: src/Lib/Lib.csproj declares dependencies that no lockfile resolves (no packages.lock.json beside it (RestorePackagesWithLockFile))',
    ])
  })

  test('test-data and example folders', () => {
    expect(testDataFolder('checks/raw/testdata/.github/workflows/pom.xml')).toEqual({ folder: 'checks/raw/testdata/', kind: 'test data' })
    expect(testDataFolder('test/fixtures/app/package.json')).toEqual({ folder: 'test/fixtures/', kind: 'test data' })
    expect(testDataFolder('spec/fixtures/Gemfile.lock')).toEqual({ folder: 'spec/fixtures/', kind: 'test data' })
    expect(testDataFolder('core/src/test/resources/pom.xml')).toEqual({ folder: 'core/src/test/', kind: 'test data' })
    expect(testDataFolder('packages/x/__fixtures__/yarn.lock')).toEqual({ folder: 'packages/x/__fixtures__/', kind: 'test data' })
    expect(testDataFolder('examples/android/build.gradle')).toEqual({ folder: 'examples/', kind: 'examples' })
    // a test harness's own manifest is the project's (development) dependencies
    expect(testDataFolder('test/package.json')).toBeUndefined()
    expect(testDataFolder('tests/requirements.txt')).toBeUndefined()
    expect(testDataFolder('package.json')).toBeUndefined()
  })

  test('whether a manifest declares dependencies, read as text, never run', () => {
    expect(declaresDependencies('setup.py', 'from setuptools import setup\nsetup()\n')).toBe(false)
    expect(declaresDependencies('setup.py', 'setup(install_requires=["idna"])\n')).toBe(true)
    expect(declaresDependencies('setup.cfg', '[options]\ninstall_requires =\n    idna\n')).toBe(true)
    expect(declaresDependencies('pyproject.toml', '[tool.poetry.dependencies]\npython = "^3.10"\n')).toBe(false)
    expect(declaresDependencies('pyproject.toml', '[tool.poetry.dependencies]\npython = "^3.10"\nrequests = "*"\n')).toBe(true)
    expect(declaresDependencies('pyproject.toml', '[dependency-groups]\ndev = ["pytest"]\n')).toBe(true)
    expect(declaresDependencies('Cargo.toml', '[workspace]\nmembers = ["a"]\n[workspace.dependencies]\nserde = "1"\n')).toBe(true)
    expect(declaresDependencies('Cargo.toml', '[target.\'cfg(unix)\'.dependencies]\nlibc = "0.2"\n')).toBe(true)
    expect(declaresDependencies('app/build.gradle.kts', 'plugins { java }\n')).toBe(false)
    expect(declaresDependencies('app/build.gradle.kts', 'dependencies {\n    implementation(libs.okhttp)\n}\n')).toBe(true)
    expect(declaresDependencies('Gemfile', 'source "https://rubygems.org"\ngemspec\n')).toBe(true)
    // a manifest that does not parse may declare anything
    expect(declaresDependencies('package.json', '{"dependencies":')).toBe(true)
  })
})

describe('the report, the summary and the SBOM say the coverage', () => {
  test('check: report.dependencies per ecosystem, one summary line, the gaps in the CycloneDX metadata', () => {
    const root = realRepo('requests')
    const out = join(root, '..', `${root.split('/').pop()}-out`)
    runCli(['check', root, '-o', out, '--fail-on', 'none', '--checks', 'sbom-generated'])
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))
    expect(report.dependencies.coverage).toEqual([
      {
        ecosystem: 'pypi',
        read: ['docs/requirements.txt', 'requirements-dev.txt'],
        components: 2,
        // setup.py only calls setup(): it declares nothing
        covered: 0,
        unresolved: [
          {
            path: 'pyproject.toml',
            reason:
              'declares dependencies, but no uv.lock, poetry.lock or Pipfile.lock in its folder or above, and no requirements.txt pinned with name==version beside it',
          },
        ],
        notRead: [],
      },
    ])
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain(
      'SBOM coverage: pypi 2 component(s) from 2 file(s), 1 build file(s) not covered',
    )
    const sbom = JSON.parse(readFileSync(join(out, 'sbom.cdx.json'), 'utf8'))
    expect(sbom.metadata.properties).toEqual([{ name: 'ois-ready:coverage:unresolved', value: 'pyproject.toml' }])
  })

  test('sbom: "sbom: include:" in the config reads test data all the same', () => {
    const root = realRepo('scorecard')
    const without = runCli(['sbom', root])
    expect(without.stderr).toContain('checks/raw/testdata/: 2 lockfile(s) or manifest(s) left out: test data')
    expect(JSON.parse(without.stdout).metadata.properties).toEqual([{ name: 'ois-ready:coverage:excluded', value: 'checks/raw/testdata/' }])
    writeFileSync(join(root, '.ois-ready.yml'), 'version: 1\nsbom:\n  include: ["checks/raw/testdata/.github/**"]\n')
    const withTestData = runCli(['sbom', root])
    // the deliberately broken pom.xml is read, and reported as the broken file it is
    expect(withTestData.stderr).toMatch(/^checks\/raw\/testdata\/\.github\/workflows\/pom\.xml(:\d+)?: /m)
    expect(withTestData.status).toBe(1)
  })
})
