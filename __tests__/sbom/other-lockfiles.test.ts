import { afterAll, describe, expect, test } from '@jest/globals'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as cdx from '@cyclonedx/cyclonedx-library'
import { emptyGraph, type ComponentGraph } from '../../src/sbom/graph.js'
import {
  parseCargoLock,
  parseComposerLock,
  parseGemfileLock,
  parseGoMod,
  parseNugetLock,
  parsePipfileLock,
  parsePythonTomlLock,
  parseRequirements,
} from '../../src/sbom/other-lockfiles.js'
import { cleanup, FIXTURES, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'

afterAll(cleanup)

const file = (name: string) => readFileSync(join(FIXTURES, 'sbom', 'other', name), 'utf8')
const parsed = (parse: (p: string, t: string, g: ComponentGraph) => void, name: string, text = file(name)) => {
  const graph = emptyGraph()
  parse(name, text, graph)
  return {
    problems: graph.problems,
    components: [...graph.components.values()]
      .map((c) => `${c.purl}${c.scope === 'dev' ? ' (dev)' : ''}${c.hashes.length ? ' #' : ''}`)
      .sort(),
    edges: [...graph.components.values()].flatMap((c) => [...c.dependsOn].map((d) => `${c.purl} -> ${d}`)).sort(),
    direct: [...graph.direct].sort(),
  }
}

describe('lockfiles of other ecosystems', () => {
  test('Cargo.lock: crates with checksums; the workspace crate is the project', () => {
    expect(parsed(parseCargoLock, 'Cargo.lock')).toEqual({
      problems: [],
      components: ['pkg:cargo/serde@1.0.210 #', 'pkg:cargo/serde_derive@1.0.210 #'],
      edges: ['pkg:cargo/serde@1.0.210 -> pkg:cargo/serde_derive@1.0.210'],
      direct: ['pkg:cargo/serde@1.0.210'],
    })
  })

  test('go.mod: modules, indirect ones not direct', () => {
    expect(parsed(parseGoMod, 'go.mod')).toEqual({
      problems: [],
      components: [
        'pkg:golang/github.com/google/uuid@v1.6.0',
        'pkg:golang/golang.org/x/text@v0.18.0',
        'pkg:golang/gopkg.in/yaml.v3@v3.0.1',
      ],
      edges: [],
      direct: ['pkg:golang/github.com/google/uuid@v1.6.0', 'pkg:golang/gopkg.in/yaml.v3@v3.0.1'],
    })
  })

  test("go.mod replace: by a module (for all versions or one), by a folder (the project's own code)", () => {
    const goMod = [
      'module example.org/app',
      'require (',
      '\tgithub.com/a/one v1.0.0',
      '\t"github.com/b/two" v2.0.0 // indirect',
      '\tgithub.com/c/three v3.0.0',
      '\tgithub.com/d/four v4.0.0',
      ')',
      'replace github.com/a/one => github.com/fork/one v1.0.1 // a fork',
      'replace (',
      '\tgithub.com/b/two v1.9.9 => github.com/fork/two v1.9.9',
      '\tgithub.com/c/three v3.0.0 => github.com/fork/three v3.0.1',
      '\tgithub.com/d/four => ../four',
      ')',
    ].join('\n')
    const graph = emptyGraph()
    parseGoMod('svc/go.mod', goMod, graph)
    expect([...graph.components.values()].map((c) => `${c.purl}${c.local !== undefined ? ` local ${c.local}` : ''}`)).toEqual([
      'pkg:golang/github.com/fork/one@v1.0.1',
      // the replacement names another version: this one is built as required
      'pkg:golang/github.com/b/two@v2.0.0',
      'pkg:golang/github.com/fork/three@v3.0.1',
      'pkg:generic/github.com/d/four local four',
    ])
    expect([...graph.direct]).toEqual([
      'pkg:golang/github.com/fork/one@v1.0.1',
      'pkg:golang/github.com/fork/three@v3.0.1',
      'pkg:generic/github.com/d/four',
    ])
  })

  test('poetry.lock: packages, hashes and dependencies', () => {
    const r = parsed((p, t, g) => parsePythonTomlLock(p, t, g, 'poetry'), 'poetry.lock')
    expect(r.components).toEqual(['pkg:pypi/requests@2.32.3 #', 'pkg:pypi/urllib3@2.2.3 #'])
    expect(r.edges).toEqual(['pkg:pypi/requests@2.32.3 -> pkg:pypi/urllib3@2.2.3'])
  })

  test('uv.lock: the project itself (a virtual source) gives the direct dependencies', () => {
    const uv = `version = 1\n\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { virtual = "." }\ndependencies = [{ name = "httpx" }]\n\n[[package]]\nname = "httpx"\nversion = "0.27.2"\nsource = { registry = "https://pypi.org/simple" }\nsdist = { url = "https://x/httpx.tar.gz", hash = "sha256:${'a'.repeat(64)}" }\n`
    expect(parsed((p, t, g) => parsePythonTomlLock(p, t, g, 'uv'), 'uv.lock', uv)).toMatchObject({
      components: ['pkg:pypi/httpx@0.27.2 #'],
      direct: ['pkg:pypi/httpx@0.27.2'],
    })
  })

  test('uv.lock scopes: what the runtime dependencies reach is required, what only an extra reaches optional, what only a dependency group reaches dev', () => {
    const pkg = (name: string, deps = '') =>
      `[[package]]\nname = "${name}"\nversion = "1.0.0"\nsource = { registry = "https://pypi.org/simple" }\n${deps}`
    const uv = [
      'version = 1\n',
      '[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { editable = "." }\ndependencies = [{ name = "httpx" }]\n',
      '[package.optional-dependencies]\nfast = [{ name = "orjson" }]\n',
      '[package.dev-dependencies]\ntest = [{ name = "pytest" }, { name = "httpx" }]\n',
      pkg('httpx', 'dependencies = [{ name = "idna" }]\n'),
      pkg('idna'),
      pkg('orjson'),
      pkg('pytest', 'dependencies = [{ name = "idna" }, { name = "pluggy" }]\n'),
      pkg('pluggy'),
    ].join('\n')
    const graph = emptyGraph()
    parsePythonTomlLock('uv.lock', uv, graph, 'uv')
    expect(Object.fromEntries([...graph.components.values()].map((c) => [c.name, c.scope]))).toEqual({
      httpx: 'required',
      idna: 'required', // pytest needs it too, but so does httpx
      orjson: 'optional',
      pytest: 'dev',
      pluggy: 'dev',
    })
    // the groups' packages are direct dependencies of the project, as npm's devDependencies are
    expect([...graph.direct].sort()).toEqual(['pkg:pypi/httpx@1.0.0', 'pkg:pypi/orjson@1.0.0', 'pkg:pypi/pytest@1.0.0'])
    // a lock without a project package (a script's) says nothing of what a package is for: required
    const script = emptyGraph()
    parsePythonTomlLock(
      'uv.lock',
      ['version = 1\n', pkg('pytest', 'dependencies = [{ name = "pluggy" }]\n'), pkg('pluggy')].join('\n'),
      script,
      'uv',
    )
    expect([...script.components.values()].map((c) => c.scope)).toEqual(['required', 'required'])
  })

  test('poetry.lock scopes: category "dev" (poetry 1), groups without "main" (poetry 2), optional = true (an extra)', () => {
    const pkg = (name: string, extra: string) => `[[package]]\nname = "${name}"\nversion = "1.0.0"\n${extra}\n`
    const lock = [
      pkg('a', 'category = "main"\noptional = false'),
      pkg('b', 'category = "dev"\noptional = false'),
      pkg('c', 'optional = false\ngroups = ["main", "dev"]'),
      pkg('d', 'optional = false\ngroups = ["dev", "docs"]'),
      pkg('e', 'optional = true\ngroups = ["main"]'),
      pkg('f', 'optional = false'),
    ].join('\n')
    const graph = emptyGraph()
    parsePythonTomlLock('poetry.lock', lock, graph, 'poetry')
    expect(Object.fromEntries([...graph.components.values()].map((c) => [c.name, c.scope]))).toEqual({
      a: 'required',
      b: 'dev',
      c: 'required',
      d: 'dev',
      e: 'optional',
      f: 'required',
    })
  })

  test('Pipfile.lock: default and develop', () => {
    const lock = JSON.stringify({
      default: { django: { version: '==5.1.1', hashes: [`sha256:${'b'.repeat(64)}`] } },
      develop: { pytest: { version: '==8.3.3' } },
    })
    expect(parsed(parsePipfileLock, 'Pipfile.lock', lock).components).toEqual(['pkg:pypi/django@5.1.1 #', 'pkg:pypi/pytest@8.3.3 (dev)'])
  })

  test('requirements.txt: only pinned lines, continuation lines and hashes understood', () => {
    expect(parsed(parseRequirements, 'requirements.txt').components).toEqual(['pkg:pypi/flask@3.0.3 #', 'pkg:pypi/jinja2@3.1.4'])
  })

  test('composer.lock: vendor/name, dev packages, requirements between packages', () => {
    const r = parsed(parseComposerLock, 'composer.lock')
    expect(r.components).toEqual([
      'pkg:composer/monolog/monolog@3.7.0',
      'pkg:composer/phpunit/phpunit@11.3.6 (dev)',
      'pkg:composer/psr/log@3.0.2',
    ])
    expect(r.edges).toEqual(['pkg:composer/monolog/monolog@3.7.0 -> pkg:composer/psr/log@3.0.2'])
  })

  test('Gemfile.lock: specs, their dependencies, and DEPENDENCIES as direct', () => {
    expect(parsed(parseGemfileLock, 'Gemfile.lock')).toEqual({
      problems: [],
      components: ['pkg:gem/rack@3.1.7', 'pkg:gem/sinatra@4.0.0'],
      edges: ['pkg:gem/sinatra@4.0.0 -> pkg:gem/rack@3.1.7'],
      direct: ['pkg:gem/sinatra@4.0.0'],
    })
  })

  test('packages.lock.json: direct and transitive packages, content hashes', () => {
    const r = parsed(parseNugetLock, 'packages.lock.json')
    expect(r.components).toEqual([
      'pkg:nuget/newtonsoft.json@13.0.3 #',
      'pkg:nuget/system.text.encodings.web@8.0.0',
      'pkg:nuget/system.text.json@8.0.4',
    ])
    expect(r.edges).toEqual(['pkg:nuget/system.text.json@8.0.4 -> pkg:nuget/system.text.encodings.web@8.0.0'])
    expect(r.direct).toEqual(['pkg:nuget/newtonsoft.json@13.0.3'])
  })

  test.each<[string, (p: string, t: string, g: ComponentGraph) => void, string, RegExp]>([
    ['invalid TOML in Cargo.lock', parseCargoLock, '[[package]\nname = "x"\n', /not valid TOML/],
    ['invalid JSON in composer.lock', parseComposerLock, '{"packages": [', /not valid JSON/],
  ])('%s is a problem naming the file', (_name, parse, text, message) => {
    expect(parsed(parse, 'lockfile', text).problems[0]).toMatchObject({ path: 'lockfile', message: expect.stringMatching(message) })
  })

  test('a monorepo with all of them gives one SBOM, valid CycloneDX 1.6', async () => {
    const dir = tempDir()
    cpSync(join(FIXTURES, 'sbom', 'other'), join(dir, 'services'), { recursive: true })
    cpSync(join(FIXTURES, 'sbom', 'npm-v3'), join(dir, 'web'), { recursive: true })
    const r = runCli(['sbom', dir])
    expect(r.status).toBe(0)
    const validator = new cdx.Validation.JsonStrictValidator(cdx.Spec.Version.v1dot6)
    expect(await validator.validate(r.stdout)).toBeNull()
    const types = new Set((JSON.parse(r.stdout).components as { purl: string }[]).map((c) => c.purl.split('/')[0]))
    expect([...types].sort()).toEqual([
      'pkg:cargo',
      'pkg:composer',
      'pkg:gem',
      'pkg:golang',
      'pkg:maven',
      'pkg:npm',
      'pkg:nuget',
      'pkg:pypi',
    ])
  })
})
