/**
 * Lockfiles of real projects (fixtures/real/<project>, see each SOURCE.md): what a reviewer of
 * their SBOM would check by hand, component by component.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { scanLockfiles } from '../../src/sbom/lockfiles.js'
import type { ComponentGraph } from '../../src/sbom/graph.js'
import { check as sbomQuality } from '../../checks/sbom/sbom-quality/index.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup, FIXTURES, tempDir, writeFiles } from '../helpers/repo.js'

afterAll(cleanup)

/** The files of a real extract, at the paths given (repository path -> fixture path). */
const realFiles = (project: string, paths: Record<string, string>) =>
  Object.fromEntries(Object.entries(paths).map(([to, from]) => [to, readFileSync(join(FIXTURES, 'real', project, from), 'utf8')]))

async function graphOf(files: Record<string, string>): Promise<ComponentGraph> {
  const root = tempDir()
  writeFiles(root, files)
  return (await scanLockfiles(await takeSnapshot({ root, maxFileBytes: 8 << 20, exclude: [] }))).graph
}

const purls = (graph: ComponentGraph) => [...graph.components.keys()]

describe('Go: cli/cli', () => {
  const files = realFiles('cli', { 'go.mod': 'go.mod', 'go.sum': 'go.sum' })

  test('the replace directive: the fork that is built is listed, not the module it replaces', async () => {
    const graph = await graphOf(files)
    expect(purls(graph)).toContain('pkg:golang/github.com/cli/go-internal@v0.0.0-20241024130215-fa3c22e38b9b')
    expect(purls(graph).filter((p) => p.includes('rogpeppe/go-internal'))).toEqual([])
    // one component per requirement of go.mod: the replacement takes the replaced one's place
    const requirements = files['go.mod']!.split('\n').filter((l) => /^\t\S+ v\S+/.test(l)).length
    expect(graph.components.size).toBe(requirements)
  })

  test("every module has go.sum's h1: hash, as written there, and no CycloneDX hash (no file has it)", async () => {
    const graph = await graphOf(files)
    const go = [...graph.components.values()]
    expect(go.filter((c) => !c.goSum)).toEqual([])
    expect(go.filter((c) => c.hashes.length > 0)).toEqual([])
    expect(graph.components.get('pkg:golang/github.com/cli/go-internal@v0.0.0-20241024130215-fa3c22e38b9b')?.goSum).toBe(
      'h1:ogNz+pm9aI2Zn58V+WTMzPViN2fRVq/h2H9gwdvM09k=',
    )
    expect(graph.sources).toEqual(['go.mod', 'go.sum'])
  })

  test('sbom-quality: go.sum is the integrity evidence, and the summary says what it is', async () => {
    const run = await runCheckOn(sbomQuality, files)
    expect(run.status).toBe('pass')
    expect(run.messages).toEqual([
      "SBOM quality 83% of the NTIA / BSI TR-03183-2 component fields (name, version, purl, hash, licence, dependencies) over 158 component(s); the hash of 158 Go module(s) is go.sum's h1: (a hash of the module's file list, not of a file)",
      'golang: 158 component(s) without licence',
    ])
  })

  test('without go.sum, the modules have no hash, and the remediation says to commit it', async () => {
    const run = await runCheckOn(sbomQuality, { 'go.mod': files['go.mod']! })
    expect(run.status).toBe('fail')
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        message: 'golang: 158 component(s) without hash',
        remediation: 'Commit go.sum beside go.mod: it holds the h1: hash of every module.',
      }),
    )
  })
})

interface Reference {
  tool: string
  command: string
  purls: string[]
  edges: string[]
}

/**
 * Agreement with a reference tool on a real lockfile. Its output was recorded (the tool is not a
 * dependency of ois-ready): the purls and `a -> b` edges of its CycloneDX document, in
 * fixtures/real/<project>/reference/. Every difference is listed here, with the reason ours is right.
 */
async function agreement(project: string, tool: string, only?: string[]) {
  const reference = JSON.parse(readFileSync(join(FIXTURES, 'real', project, 'reference', `${tool}.json`), 'utf8')) as Reference
  const root = tempDir()
  if (only) for (const f of only) cpSync(join(FIXTURES, 'real', project, f), join(root, f))
  else cpSync(join(FIXTURES, 'real', project), root, { recursive: true })
  const { graph } = await scanLockfiles(await takeSnapshot({ root, maxFileBytes: 8 << 20, exclude: [] }))
  const edges = [...graph.components.values()].flatMap((c) => [...c.dependsOn].map((d) => `${c.purl} -> ${d}`))
  const theirs = new Set(reference.edges)
  const ours = new Set(edges)
  return {
    graph,
    purls: { ours: purls(graph).sort(), theirs: reference.purls },
    onlyOurs: edges.filter((e) => !theirs.has(e)).sort(),
    onlyTheirs: reference.edges.filter((e) => !ours.has(e)),
  }
}

const isLocal = (graph: ComponentGraph, purl: string) => graph.components.get(purl)?.local !== undefined

describe('agreement with cdxgen 12.8.4 on real lockfiles', () => {
  test('webpack (yarn 1): the same 1393 components; the 7 edges cdxgen has more hang an alias entry on another version', async () => {
    const r = await agreement('webpack', 'cdxgen')
    expect(r.purls.ours).toEqual(r.purls.theirs)
    expect(r.purls.ours).toHaveLength(1393)
    // the aliases (string-width-cjs@npm:string-width@^4.2.0) are the real packages, with valid purls
    expect(r.purls.ours).toContain('pkg:npm/string-width@4.2.3')
    expect(r.purls.ours.filter((p) => p.includes('@npm:') || p.includes('-cjs'))).toEqual([])
    expect(r.onlyOurs).toEqual([])
    // cdxgen gives the dependencies of "string-width-cjs@npm:string-width@^4.2.0" (4.2.3: emoji-regex ^8…)
    // to string-width@5.1.2, and those of the strip-ansi and wrap-ansi aliases likewise; the lockfile
    // lists string-width@5.1.2 with eastasianwidth, emoji-regex ^9.2.2 and strip-ansi ^7.0.1
    expect(r.onlyTheirs).toEqual([
      'pkg:npm/string-width@5.1.2 -> pkg:npm/emoji-regex@8.0.0',
      'pkg:npm/string-width@5.1.2 -> pkg:npm/is-fullwidth-code-point@3.0.0',
      'pkg:npm/string-width@5.1.2 -> pkg:npm/strip-ansi@6.0.1',
      'pkg:npm/strip-ansi@7.2.0 -> pkg:npm/ansi-regex@5.0.1',
      'pkg:npm/wrap-ansi@8.1.0 -> pkg:npm/ansi-styles@4.3.0',
      'pkg:npm/wrap-ansi@8.1.0 -> pkg:npm/string-width@4.2.3',
      'pkg:npm/wrap-ansi@8.1.0 -> pkg:npm/strip-ansi@6.0.1',
    ])
  })

  test('cli/cli (Go, with a replace directive): the same 158 modules but the one replaced; "+" in a version as packageurl-js writes it', async () => {
    const r = await agreement('cli', 'cdxgen', ['go.mod', 'go.sum'])
    // the same version either way once decoded: cdxgen percent-encodes "+", packageurl-js (the
    // purl project's own JavaScript implementation, which ois-ready uses) leaves it as it is
    const decoded = (purl: string) => purl.replace(/%2B/g, '+')
    const theirs = r.purls.theirs.map(decoded)
    // cdxgen lists the module that go.mod replaces (`replace github.com/rogpeppe/go-internal =>
    // github.com/cli/go-internal ...`) beside its replacement; Go builds the replacement only
    expect(theirs.filter((p) => !r.purls.ours.includes(p))).toEqual(['pkg:golang/github.com/rogpeppe/go-internal@v1.13.1'])
    expect(r.purls.ours.filter((p) => !theirs.includes(p))).toEqual([])
    expect(r.purls.ours).toHaveLength(158)
    expect(r.purls.ours.filter((p) => p.includes('+incompatible'))).toHaveLength(5)
    // go.mod and go.sum name the modules, not who requires whom: neither tool makes edges from them
    expect([r.onlyOurs, r.onlyTheirs]).toEqual([[], []])
  })

  test('jest (yarn berry, 71 workspaces): the same 2220 components; the edges differ where yarn resolves to a workspace, applies resolutions or patches', async () => {
    const r = await agreement('jest', 'cdxgen')
    expect(r.purls.ours).toEqual(r.purls.theirs)
    expect(r.purls.ours).toHaveLength(2220)
    // cdxgen leaves out the dependencies between workspaces ("@jest/types": "workspace:*"), which the
    // workspaces' package.json declare: 149 edges
    const betweenWorkspaces = r.onlyOurs.filter((e) => e.split(' -> ').every((p) => isLocal(r.graph, p)))
    expect(betweenWorkspaces).toHaveLength(149)
    expect(betweenWorkspaces).toContain('pkg:npm/%40jest/console@30.4.1 -> pkg:npm/jest-util@30.4.1')
    expect(r.onlyOurs.filter((e) => !betweenWorkspaces.includes(e))).toEqual([
      // the root's resolutions "babel-jest": "workspace:*", "jest-environment-node": "workspace:*"
      'pkg:npm/%40react-native/jest-preset@0.86.2 -> pkg:npm/babel-jest@30.4.1',
      'pkg:npm/%40react-native/jest-preset@0.86.2 -> pkg:npm/jest-environment-node@30.4.1',
      // "@testing-library/react-native/jest-matcher-utils" (and /pretty-format): "workspace:*"
      'pkg:npm/%40testing-library/react-native@14.0.1 -> pkg:npm/jest-matcher-utils@30.4.1',
      'pkg:npm/%40testing-library/react-native@14.0.1 -> pkg:npm/pretty-format@30.4.1',
      // "ansi-escapes/type-fest": "^2.0.0"
      'pkg:npm/ansi-escapes@4.3.2 -> pkg:npm/type-fest@2.19.0',
      // the lockfile resolves "jest-util@npm:^30.0.0" (and pretty-format, jest-watcher) to the workspace
      'pkg:npm/jest-preset-angular@16.2.0 -> pkg:npm/jest-util@30.4.1',
      'pkg:npm/jest-preset-angular@16.2.0 -> pkg:npm/pretty-format@30.4.1',
      'pkg:npm/jest-watch-typeahead@3.0.1 -> pkg:npm/jest-watcher@30.4.1',
    ])
    expect(r.onlyTheirs).toEqual([
      // what the resolutions above replace: the ranges as the packages wrote them
      'pkg:npm/%40testing-library/react-native@14.0.1 -> pkg:npm/pretty-format@27.5.1',
      'pkg:npm/ansi-escapes@4.3.2 -> pkg:npm/type-fest@0.16.0',
      // dependencies the lockfile does not give these packages (none for function-bind and tslib,
      // lowercase-keys only for responselike): they are ts-node's and resolve's, both patched
      // (patch: entries), and node-gyp
      'pkg:npm/function-bind@1.1.2 -> pkg:npm/node-gyp@13.0.1',
      'pkg:npm/responselike@3.0.0 -> pkg:npm/es-errors@1.3.0',
      'pkg:npm/responselike@3.0.0 -> pkg:npm/is-core-module@2.16.2',
      'pkg:npm/responselike@3.0.0 -> pkg:npm/path-parse@1.0.7',
      'pkg:npm/responselike@3.0.0 -> pkg:npm/supports-preserve-symlinks-flag@1.0.0',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/%40cspotcode/source-map-support@0.8.1',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/%40tsconfig/node10@1.0.12',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/%40tsconfig/node12@1.0.11',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/%40tsconfig/node14@1.0.3',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/%40tsconfig/node16@1.0.4',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/acorn-walk@8.3.5',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/acorn@8.18.0',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/arg@4.1.3',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/create-require@1.1.1',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/diff@4.0.4',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/make-error@1.3.6',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/v8-compile-cache-lib@3.0.1',
      'pkg:npm/tslib@1.14.1 -> pkg:npm/yn@3.1.1',
    ])
  })
})

describe('pnpm: nordic-institute/X-Road src/pnpm-lock.yaml (lockfile 9.0, overrides, aliases, 3 workspaces)', () => {
  const files = [
    'src/pnpm-lock.yaml',
    'src/pnpm-workspace.yaml',
    'src/package.json',
    'src/shared-ui/package.json',
    'src/central-server/admin-service/ui/package.json',
    'src/security-server/admin-service/ui/package.json',
  ]

  /**
   * The `a -> b` edges a snapshot of the lockfile lists under `optionalDependencies` (optional
   * dependencies, and optional peers the lockfile resolved), read with another YAML parser than ours.
   */
  function optionalEdges(): string[] {
    const lock = parseYaml(readFileSync(join(FIXTURES, 'real', 'X-Road', 'src', 'pnpm-lock.yaml'), 'utf8')) as {
      snapshots: Record<string, { optionalDependencies?: Record<string, string> }>
    }
    const purl = (nameAtVersion: string) => {
      const bare = nameAtVersion.replace(/\(.*$/, '')
      const at = bare.lastIndexOf('@')
      return `pkg:npm/${bare.slice(0, at).replace(/^@/, '%40')}@${bare.slice(at + 1)}`
    }
    return Object.entries(lock.snapshots)
      .flatMap(([key, s]) =>
        Object.entries(s.optionalDependencies ?? {}).map(
          // an alias's reference names the package (`string-width@4.2.3`), a version names the dependency
          ([name, ref]) => `${purl(key)} -> ${purl(/^[^(]+@/.test(ref.replace(/^@/, '')) ? ref : `${name}@${ref}`)}`,
        ),
      )
      .sort()
  }

  test('agreement with cdxgen 12.8.4: the same 589 components, workspaces included; every edge of cdxgen is ours; ours more are the optional dependencies', async () => {
    const r = await agreement('X-Road', 'cdxgen', files)
    expect(r.purls.ours).toEqual(r.purls.theirs)
    expect(r.purls.ours).toHaveLength(589)
    // the workspaces of src/pnpm-workspace.yaml are the project's own components (cdxgen: sub-components of its root)
    const local = [...r.graph.components.values()].filter((c) => c.local !== undefined).map((c) => `${c.purl} ${c.local}`)
    expect(local.sort()).toEqual([
      'pkg:npm/%40niis/shared-ui@1.0.0 src/shared-ui',
      'pkg:npm/xroad-centralserver-admin-ui@1.0.0 src/central-server/admin-service/ui',
      'pkg:npm/xroad-securityserver-admin-ui@1.0.0 src/security-server/admin-service/ui',
    ])
    // overrides "glob": "^11.1.0" (src/package.json): pnpm wrote the lockfile after applying them, so
    // globby 10 and stylus, which ask for glob ^7, depend on the one glob there is
    expect(r.purls.ours.filter((p) => p.startsWith('pkg:npm/glob@'))).toEqual(['pkg:npm/glob@11.1.0'])
    expect(r.graph.components.get('pkg:npm/globby@10.0.2')?.dependsOn).toContain('pkg:npm/glob@11.1.0')
    // aliases (`string-width-cjs: string-width@4.2.3`) are the package they stand for, with their edges
    expect([...r.graph.components.get('pkg:npm/%40isaacs/cliui@8.0.2')!.dependsOn].sort()).toEqual([
      'pkg:npm/string-width@4.2.3',
      'pkg:npm/string-width@5.1.2',
      'pkg:npm/strip-ansi@6.0.1',
      'pkg:npm/strip-ansi@7.1.2',
      'pkg:npm/wrap-ansi@7.0.0',
      'pkg:npm/wrap-ansi@8.1.0',
    ])
    expect(r.purls.ours.filter((p) => p.includes('-cjs'))).toEqual([])
    expect(r.onlyTheirs).toEqual([])
    // the only difference: cdxgen leaves out the edges to a snapshot's optionalDependencies (the
    // platform binaries of esbuild, rollup and @parcel/watcher, fsevents; optional peers the lockfile
    // resolved, such as vite -> sass), though it lists those packages; pnpm installs each one where
    // it fits the platform, so they are dependencies, as npm's optional ones are in cyclonedx-npm
    expect(r.onlyOurs).toEqual(optionalEdges())
    expect(r.onlyOurs).toHaveLength(95)
    expect(r.onlyOurs).toContain('pkg:npm/esbuild@0.27.2 -> pkg:npm/%40esbuild/linux-x64@0.27.2')
    expect(r.onlyOurs).toContain('pkg:npm/vite@7.3.1 -> pkg:npm/sass@1.97.3')
  })
})

describe('Ruby: rails/rails Gemfile.lock', () => {
  test('agreement with cdxgen 12.8.4: the same 264 gems, a gem built for a platform a component of its own; a dependency on it is one on each variant', async () => {
    const r = await agreement('rails', 'cdxgen', ['Gemfile', 'Gemfile.lock'])
    // cdxgen also lists two gems of DEPENDENCIES for platforms the lockfile does not resolve
    // (tzinfo-data and wdm, for Windows and JRuby), without a version; they are not installed
    expect(r.purls.theirs.filter((p) => !r.purls.ours.includes(p))).toEqual(['pkg:gem/tzinfo-data', 'pkg:gem/wdm'])
    expect(r.purls.ours.filter((p) => !r.purls.theirs.includes(p))).toEqual([])
    expect(r.purls.ours).toHaveLength(264)
    expect(r.purls.ours.filter((p) => p.startsWith('pkg:gem/nokogiri@'))).toEqual([
      'pkg:gem/nokogiri@1.19.1',
      'pkg:gem/nokogiri@1.19.1?platform=aarch64-linux-gnu',
      'pkg:gem/nokogiri@1.19.1?platform=arm64-darwin',
      'pkg:gem/nokogiri@1.19.1?platform=x86_64-darwin',
      'pkg:gem/nokogiri@1.19.1?platform=x86_64-linux-gnu',
    ])
    // each variant is a different .gem, with its own CHECKSUMS line
    expect(r.graph.components.get('pkg:gem/nokogiri@1.19.1?platform=x86_64-linux-gnu')?.hashes).toEqual([
      { algorithm: 'SHA-256', content: '1a4902842a186b4f901078e692d12257678e6133858d0566152fe29cdb98456a' },
    ])
    // cdxgen links a gem that depends on nokogiri to the source gem only; Bundler installs the
    // variant of the machine's platform (x86_64-linux-gnu on most servers), so the edges go to each
    expect(r.onlyTheirs).toEqual([])
    expect(r.onlyOurs).toHaveLength(80)
    expect(r.onlyOurs.every((e) => /\?platform=/.test(e.split(' -> ')[1]!))).toBe(true)
    expect(r.onlyOurs).toContain('pkg:gem/actionpack@8.2.0.alpha -> pkg:gem/nokogiri@1.19.1?platform=x86_64-linux-gnu')
  })

  test("the gems of the PATH sources are the project's own code", async () => {
    const { graph } = await agreement('rails', 'cdxgen', ['Gemfile', 'Gemfile.lock'])
    const local = [...graph.components.values()].filter((c) => c.local !== undefined).map((c) => `${c.purl} ${c.local || '.'}`)
    expect(local).toContain('pkg:gem/actioncable@8.2.0.alpha .')
    expect(local).toContain('pkg:gem/releaser@1.0.0 tools/releaser')
    expect(local).toHaveLength(14)
  })
})

describe('Python: astral-sh/uv uv.lock', () => {
  test('agreement with cdxgen 12.8.4: the same 88 packages; extras asked for add the optional dependencies; a dependency that names its version gets it', async () => {
    const r = await agreement('uv', 'cdxgen', ['pyproject.toml', 'uv.lock'])
    // cdxgen lists the project itself as a component; it is the SBOM's root here
    expect(r.purls.theirs.filter((p) => !r.purls.ours.includes(p))).toEqual(['pkg:pypi/uv@0.12.5'])
    expect(r.purls.ours.filter((p) => !r.purls.theirs.includes(p))).toEqual([])
    expect(r.purls.ours).toHaveLength(88)
    // the dev group "check" asks for validate-pyproject[all,store]: its extras' packages are its dependencies
    const extras = [...r.graph.components.get('pkg:pypi/validate-pyproject@0.25')!.dependsOn].sort()
    expect(extras).toEqual([
      'pkg:pypi/fastjsonschema@2.21.2',
      'pkg:pypi/fastjsonschema@2.22.1',
      'pkg:pypi/packaging@26.2',
      'pkg:pypi/tomli@2.4.1',
      'pkg:pypi/trove-classifiers@2026.6.1.19',
      'pkg:pypi/validate-pyproject-schema-store@2026.2.22',
      'pkg:pypi/validate-pyproject-schema-store@2026.8.8',
    ])
    expect(r.onlyOurs).toEqual([
      // uv.lock: validate-pyproject-schema-store 2026.8.8 depends on { name = "fastjsonschema", version = "2.21.2" }
      'pkg:pypi/validate-pyproject-schema-store@2026.8.8 -> pkg:pypi/fastjsonschema@2.21.2',
      // two versions chosen by markers (Python < 3.10 and >= 3.10; < 3.9 and >= 3.9): cdxgen keeps one
      'pkg:pypi/validate-pyproject@0.25 -> pkg:pypi/fastjsonschema@2.21.2',
      'pkg:pypi/validate-pyproject@0.25 -> pkg:pypi/validate-pyproject-schema-store@2026.2.22',
    ])
    // cdxgen takes the newest version of the name, which the lockfile does not name here
    expect(r.onlyTheirs).toEqual(['pkg:pypi/validate-pyproject-schema-store@2026.8.8 -> pkg:pypi/fastjsonschema@2.22.1'])
  })
})

describe('Python dependency groups: development, not required', () => {
  test("astral-sh/uv: the project's four dependency groups (check, docker, docs, release) reach all 88 packages; it has no Python runtime dependency, so each is dev", async () => {
    const graph = await graphOf(realFiles('uv', { 'pyproject.toml': 'pyproject.toml', 'uv.lock': 'uv.lock' }))
    const pypi = [...graph.components.values()]
    expect(pypi).toHaveLength(88)
    // uv.lock: the package "uv" (source = { editable = "." }) has no `dependencies`, and
    // [package.dev-dependencies] (pyproject.toml's [dependency-groups]) names these 15
    expect(pypi.filter((c) => c.scope !== 'dev')).toEqual([])
    expect([...graph.direct].map((p) => p.replace(/^pkg:pypi\/|@.*$/g, '')).sort()).toEqual([
      'black',
      'cargo-zigbuild',
      'mdformat',
      'mdformat-admon',
      'mdformat-mkdocs',
      'mkdocs',
      'mkdocs-git-revision-date-localized-plugin',
      'mkdocs-llmstxt',
      'mkdocs-material',
      'mkdocs-redirects',
      'rooster',
      'ruff',
      'ty',
      'typos',
      'validate-pyproject',
    ])
  })

  test('fsfe/reuse-tool poetry.lock (poetry 2.2): a package is required when its groups include "main", optional when only an extra installs it, else dev', async () => {
    const text = readFileSync(join(FIXTURES, 'real', 'reuse-tool', 'poetry.lock'), 'utf8')
    // the reviewer's reading of each [[package]] table's name, optional and groups lines
    const expected = text
      .split('[[package]]')
      .slice(1)
      .map((table) => {
        const name = /^name = "(.*)"$/m
          .exec(table)![1]!
          .toLowerCase()
          .replace(/[-_.]+/g, '-')
        const groups = /^groups = \[(.*)\]$/m.exec(table)![1]!
        const scope = !groups.includes('"main"') ? 'dev' : /^optional = true$/m.test(table) ? 'optional' : 'required'
        return `${name} ${scope}`
      })
      .sort()
    const graph = await graphOf({ 'pyproject.toml': realFiles('reuse-tool', { p: 'pyproject.toml' }).p!, 'poetry.lock': text })
    expect([...graph.components.values()].map((c) => `${c.name} ${c.scope}`).sort()).toEqual(expected)
    const count = (scope: string) => expected.filter((e) => e.endsWith(` ${scope}`)).length
    expect([count('required'), count('optional'), count('dev')]).toEqual([11, 2, 81])
    // two of the three extras of pyproject.toml's [tool.poetry.extras]; the lockfile writes the third,
    // charset-normalizer, `optional = false` with groups ["main", "docs"]: requests needs it in docs
    expect(expected.filter((e) => e.endsWith(' optional'))).toEqual(['chardet optional', 'file-magic optional'])
    expect(expected).toContain('charset-normalizer required')
    expect(expected).toContain('jinja2 required')
    expect(expected).toContain('pytest dev')
  })
})

describe('PHP: sebastianbergmann/phpunit composer.lock', () => {
  test('a version written with a "v" (nikic/php-parser v5.8.0) is the purl version without it, as advisories write it', async () => {
    const graph = await graphOf(realFiles('phpunit', { 'composer.lock': 'composer.lock' }))
    expect(purls(graph)).toContain('pkg:composer/nikic/php-parser@5.8.0')
    expect(purls(graph).filter((p) => /@v\d/.test(p))).toEqual([])
  })
})
