import { afterAll, describe, expect, test } from '@jest/globals'
import { closeSync, cpSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import * as cdx from '@cyclonedx/cyclonedx-library'
import { emptyGraph } from '../../src/sbom/graph.js'
import { parseNpmLock, integrityHashes } from '../../src/sbom/npm-lock.js'
import { renderCycloneDx } from '../../src/sbom/cyclonedx.js'
import { check } from '../../checks/sbom/sbom-generated/index.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup, FIXTURES, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'

afterAll(cleanup)

const fixture = (name: string) => readFileSync(join(FIXTURES, 'sbom', name, 'package-lock.json'), 'utf8')
const graphOf = (name: string) => {
  const graph = emptyGraph()
  parseNpmLock(`${name}/package-lock.json`, fixture(name), graph)
  return graph
}
const edges = (graph: ReturnType<typeof graphOf>) =>
  [...graph.components.values()].flatMap((c) => [...c.dependsOn].map((d) => `${c.purl} -> ${d}`)).sort()

// made by npm 11 (lockfileVersion 3) and npm 6 (lockfileVersion 1) from fixtures/sbom/*/package.json
const PURLS = [
  'pkg:npm/%40sindresorhus/slugify@2.2.1',
  'pkg:npm/%40sindresorhus/transliterate@1.6.0',
  'pkg:npm/escape-string-regexp@5.0.0',
  'pkg:npm/is-number@7.0.0',
  'pkg:npm/left-pad@1.3.0',
]

describe('npm lockfiles', () => {
  test('lockfileVersion 3: components, scopes, hashes and the dependency graph', () => {
    const graph = graphOf('npm-v3')
    expect(graph.problems).toEqual([])
    expect([...graph.components.keys()].sort()).toEqual(PURLS)
    expect(graph.components.get('pkg:npm/left-pad@1.3.0')?.scope).toBe('dev')
    expect(graph.components.get('pkg:npm/is-number@7.0.0')?.hashes[0]?.algorithm).toBe('SHA-512')
    expect(edges(graph)).toEqual([
      'pkg:npm/%40sindresorhus/slugify@2.2.1 -> pkg:npm/%40sindresorhus/transliterate@1.6.0',
      'pkg:npm/%40sindresorhus/slugify@2.2.1 -> pkg:npm/escape-string-regexp@5.0.0',
      'pkg:npm/%40sindresorhus/transliterate@1.6.0 -> pkg:npm/escape-string-regexp@5.0.0',
    ])
    expect([...graph.direct].sort()).toEqual(['pkg:npm/%40sindresorhus/slugify@2.2.1', 'pkg:npm/is-number@7.0.0', 'pkg:npm/left-pad@1.3.0'])
  })

  test('lockfileVersion 1 gives the same components and edges', () => {
    const v1 = graphOf('npm-v1')
    expect(v1.problems).toEqual([])
    expect([...v1.components.keys()].sort()).toEqual(PURLS)
    expect(edges(v1)).toEqual(edges(graphOf('npm-v3')))
  })

  test('workspaces are components of their own, with their dependencies; the root links to them', () => {
    const graph = graphOf('npm-workspaces')
    expect([...graph.components.keys()].sort()).toEqual([
      'pkg:npm/%40ws/a@0.1.0',
      'pkg:npm/%40ws/b@0.1.0',
      'pkg:npm/is-number@7.0.0',
      'pkg:npm/ms@2.1.3',
    ])
    expect(edges(graph)).toEqual(['pkg:npm/%40ws/a@0.1.0 -> pkg:npm/%40ws/b@0.1.0', 'pkg:npm/%40ws/a@0.1.0 -> pkg:npm/ms@2.1.3'])
    expect([...graph.direct].sort()).toEqual(['pkg:npm/%40ws/a@0.1.0', 'pkg:npm/%40ws/b@0.1.0', 'pkg:npm/is-number@7.0.0'])
    const a = graph.components.get('pkg:npm/%40ws/a@0.1.0')!
    expect({ local: a.local, hashes: a.hashes, scope: a.scope }).toEqual({
      local: 'npm-workspaces/packages/a',
      hashes: [],
      scope: 'required',
    })
    expect(graph.components.get('pkg:npm/%40ws/b@0.1.0')?.licence).toBe('MIT')
  })

  test('peer dependencies are edges when the lockfile has the peer; a missing optional peer is no problem', () => {
    const graph = emptyGraph()
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { plugin: '1.0.0', host: '2.0.0' } },
        'node_modules/plugin': { version: '1.0.0', peerDependencies: { host: '^2', absent: '*' } },
        'node_modules/host': { version: '2.0.0' },
      },
    }
    parseNpmLock('package-lock.json', JSON.stringify(lock), graph)
    expect(graph.problems).toEqual([])
    expect(edges(graph)).toEqual(['pkg:npm/plugin@1.0.0 -> pkg:npm/host@2.0.0'])
  })

  test('integrity strings become hex hashes', () => {
    expect(integrityHashes('sha1-AAECAw== sha512-AAEC')).toEqual([
      { algorithm: 'SHA-1', content: '00010203' },
      { algorithm: 'SHA-512', content: '000102' },
    ])
  })

  test.each<[string, string, RegExp, number | undefined]>([
    ['a truncated lockfile', fixture('npm-v3').slice(0, 400), /not valid JSON/, 19],
    ['an unknown version', '{"lockfileVersion": 9, "packages": {}}', /unknown lockfileVersion 9/, 1],
    [
      'a dependency the lockfile does not list',
      '{"lockfileVersion":3,"packages":{"":{"dependencies":{"ghost":"1"}}}}',
      /the root depends on ghost, which the lockfile does not list/,
      undefined,
    ],
  ])('%s is a problem naming the file', (_name, text, message, line) => {
    const graph = emptyGraph()
    parseNpmLock('sub/package-lock.json', text, graph)
    expect(graph.problems).toEqual([
      expect.objectContaining({ path: 'sub/package-lock.json', message: expect.stringMatching(message), ...(line ? { line } : {}) }),
    ])
  })

  test('a dependency cycle and a purl-unsafe name are handled', () => {
    const graph = emptyGraph()
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '1', 'we ird#name': '1' } },
        'node_modules/a': { version: '1.0.0', dependencies: { b: '1' } },
        'node_modules/b': { version: '1.0.0', dependencies: { a: '1' } },
        'node_modules/we ird#name': { version: '1.0.0' },
      },
    }
    parseNpmLock('package-lock.json', JSON.stringify(lock), graph)
    expect(edges(graph)).toEqual(['pkg:npm/a@1.0.0 -> pkg:npm/b@1.0.0', 'pkg:npm/b@1.0.0 -> pkg:npm/a@1.0.0'])
    expect(graph.components.has('pkg:npm/we%20ird%23name@1.0.0')).toBe(true)
  })

  describe('read one entry of `packages` at a time', () => {
    const parse = (text: string) => {
      const graph = emptyGraph()
      parseNpmLock('package-lock.json', text, graph)
      return graph
    }
    const lock = (packages: string, before = '', after = '') =>
      `{\n  ${before}"lockfileVersion": 3,\n  "packages": {\n${packages}\n  }${after}\n}\n`

    test('keys with escapes, entries with nested objects and arrays, members around `packages`: the same graph as the whole tree', () => {
      const text = lock(
        [
          '    "": { "dependencies": { "a": "^1", "@s/b": "2" }, "engines": { "node": ">=18" } },',
          '    "node_modules/\\u0061": { "version": "1.0.0", "dependencies": { "@s/b": "2" }, "cpu": ["x64", "arm64"], "funding": { "url": "https://x.example/{" } },',
          '    "node_modules/@s/b": { "version": "2.0.0", "license": "MIT" }',
        ].join('\n'),
        '"name": "p", "nested": { "packages": { "node_modules/z": { "version": "9.9.9" } } },\n  ',
        ',\n  "after": { "x": { "node_modules/y": {} } }',
      )
      const graph = parse(text)
      expect(graph.problems).toEqual([])
      expect([...graph.components.keys()]).toEqual(['pkg:npm/a@1.0.0', 'pkg:npm/%40s/b@2.0.0'])
      expect([...graph.components.get('pkg:npm/a@1.0.0')!.dependsOn]).toEqual(['pkg:npm/%40s/b@2.0.0'])
      expect(graph.components.get('pkg:npm/%40s/b@2.0.0')!.licence).toBe('MIT')
      expect([...graph.direct].sort()).toEqual(['pkg:npm/%40s/b@2.0.0', 'pkg:npm/a@1.0.0'])
    })

    test('an entry that is not an object is a problem named by its key; the other entries are read', () => {
      const graph = parse(
        lock(
          ['    "node_modules/a": null,', '    "node_modules/b": ["1.0.0"],', '    "node_modules/c": { "version": "1.0.0" }'].join('\n'),
        ),
      )
      expect(graph.problems.map((p) => p.message)).toEqual([
        'node_modules/a is null, not an object',
        'node_modules/b is an array, not an object',
      ])
      expect([...graph.components.keys()]).toEqual(['pkg:npm/c@1.0.0'])
    })

    test.each([
      ['a comment', '    // a comment\n    "node_modules/a": { "version": "1.0.0" }', 4],
      ['a trailing comma', '    "node_modules/a": { "version": "1.0.0" },', 5],
    ])('%s, which JSON.parse refuses, is not valid JSON at its line (not read leniently)', (_name, packages, line) => {
      const graph = parse(lock(packages))
      expect(graph.problems).toEqual([{ path: 'package-lock.json', line, message: expect.stringMatching(/^not valid JSON: /) }])
      expect(graph.components.size).toBe(0)
    })

    test('`packages` given twice: read as JSON.parse does (the last), with the duplicate named', () => {
      const graph = parse(
        '{"lockfileVersion": 3,\n"packages": {"node_modules/a": {"version": "1.0.0"}},\n"packages": {"node_modules/b": {"version": "2.0.0"}}}',
      )
      expect(graph.problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/^duplicate key "packages"/) })])
      expect([...graph.components.keys()]).toEqual(['pkg:npm/b@2.0.0'])
    })
  })
})

describe('CycloneDX 1.6', () => {
  test('valid against the CycloneDX schema (the library strict validator), reproducible, with the root and its licence', async () => {
    const project = {
      name: 'forms',
      url: 'https://github.com/kommune/forms',
      commit: 'a'.repeat(40),
      timestamp: '2026-01-15T12:00:00.000Z',
      licence: 'EUPL-1.2',
    }
    const json = renderCycloneDx(graphOf('npm-v3'), project)
    const validator = new cdx.Validation.JsonStrictValidator(cdx.Spec.Version.v1dot6)
    expect(await validator.validate(json)).toBeNull()
    expect(renderCycloneDx(graphOf('npm-v3'), project)).toBe(json)
    const bom = JSON.parse(json)
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(bom.metadata.timestamp).toBe('2026-01-15T12:00:00.000Z')
    expect(bom.metadata.component).toMatchObject({
      name: 'forms',
      purl: `pkg:github/kommune/forms@${'a'.repeat(40)}`,
      licenses: [{ license: { id: 'EUPL-1.2' } }],
    })
    expect(bom.components.find((c: { name: string }) => c.name === 'left-pad').scope).toBe('excluded')
    expect(bom.dependencies.find((d: { ref: string }) => d.ref === 'root-component').dependsOn).toHaveLength(3)
    const excluded = JSON.parse(renderCycloneDx(graphOf('npm-v3'), project, { dev: 'exclude' }))
    expect(excluded.components.map((c: { name: string }) => c.name)).not.toContain('left-pad')
  })
})

describe('sbom-generated and ois-ready sbom', () => {
  test('passes on a real lockfile, fails with the line on a broken one, warns on ecosystems not read yet', async () => {
    const ok = await runCheckOn(check, { 'package-lock.json': fixture('npm-v3'), 'bun.lockb': Buffer.from([0x23, 0x21, 0, 1]) })
    expect(ok.status).toBe('pass')
    expect(ok.messages[0]).toBe('SBOM of 5 component(s) from package-lock.json, each with a purl')
    expect(ok.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/^bun\.lockb: bun's binary lockfile is recognised but not read.*bun install --save-text-lockfile/),
      }),
    )
    const broken = await runCheckOn(check, { 'package-lock.json': fixture('npm-v3').slice(0, 400) })
    expect(broken.findings[0]).toMatchObject({ status: 'fail', location: { path: 'package-lock.json', startLine: 19 } })
    expect((await runCheckOn(check, { 'README.md': 'x' })).status).toBe('not-applicable')
  })

  test('a lockfile over the read limit is a finding, and the other lockfiles still make the SBOM', async () => {
    const root = tempDir()
    cpSync(join(FIXTURES, 'sbom', 'npm-v3'), join(root, 'web'), { recursive: true })
    mkdirSync(join(root, 'huge'))
    const fd = openSync(join(root, 'huge', 'package-lock.json'), 'w')
    ftruncateSync(fd, 200 * 1024 * 1024)
    closeSync(fd)
    const run = await runCheckOn(check, {}, { root, git: false })
    expect(run.status).toBe('fail')
    expect(run.messages).toContainEqual(
      expect.stringMatching(/^huge\/package-lock\.json: huge\/package-lock\.json is 200 MiB, over the read limit of 64 MiB/),
    )
    const sbom = JSON.parse(runCli(['sbom', root]).stdout)
    expect(sbom.components).toHaveLength(5)
  })

  test('YAML and TOML lockfiles are read up to 32 MiB, which keeps the parse under the memory bound', async () => {
    const root = tempDir()
    cpSync(join(FIXTURES, 'sbom', 'npm-v3'), join(root, 'web'), { recursive: true })
    for (const path of ['pnpm/pnpm-lock.yaml', 'rust/Cargo.lock']) {
      mkdirSync(join(root, path, '..'), { recursive: true })
      const fd = openSync(join(root, path), 'w')
      ftruncateSync(fd, 40 * 1024 * 1024)
      closeSync(fd)
    }
    // yarn.lock is yarn 1's format or YAML: a berry lockfile is known by its first lines
    mkdirSync(join(root, 'berry'))
    writeFileSync(join(root, 'berry', 'yarn.lock'), `__metadata:\n  version: 8\n${'# padding\n'.repeat(3.4 * 1024 * 1024)}`)
    const run = await runCheckOn(check, {}, { root, git: false })
    expect(run.status).toBe('fail')
    for (const path of ['pnpm/pnpm-lock.yaml', 'rust/Cargo.lock'])
      expect(run.messages).toContainEqual(expect.stringContaining(`${path}: ${path} is 40 MiB, over the read limit of 32 MiB`))
    expect(run.messages).toContainEqual(
      expect.stringMatching(/^berry\/yarn\.lock: berry\/yarn\.lock is 34 MiB, over the read limit of 32 MiB for YAML lockfiles$/),
    )
    // a yarn 1 lockfile of the same size is read (the 64 MiB limit)
    expect(run.messages).not.toContainEqual(expect.stringMatching(/^web\//))
  })

  test('check writes sbom.cdx.json beside the report, with its digest in the report and a subject in the attestation', () => {
    const root = tempDir()
    cpSync(join(FIXTURES, 'sbom', 'npm-v3'), root, { recursive: true })
    const out = join(tempDir(), 'out')
    const key = join(tempDir(), 'k')
    runCli(['keygen', '-o', key, '--name', 'k'])
    const r = runCli(['check', root, '-o', out, '--fail-on', 'none', '-q', '--signing-key', join(key, 'k.key')])
    expect(r.status).toBe(0)
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))
    const sbom = readFileSync(join(out, 'sbom.cdx.json'))
    expect(report.sbom).toMatchObject({ file: 'sbom.cdx.json', format: 'CycloneDX 1.6', components: 5, lockfiles: ['package-lock.json'] })
    expect(report.sbom.digest).toBe(`sha256:${createHash('sha256').update(sbom).digest('hex')}`)
    const v = JSON.parse(runCli(['verify', join(out, 'attestation.intoto.jsonl'), '--key', join(key, 'k.pub')]).stdout)
    expect(v.attestations[0]).toMatchObject({ valid: true, sbom: { digest: report.sbom.digest, format: 'CycloneDX 1.6' } })
    expect(v.attestations[0].subject.map((s: { name: string }) => s.name)).toContain('sbom.cdx.json')
    const cli = runCli(['sbom', root, '--dev', 'exclude'])
    expect(JSON.parse(cli.stdout).components).toHaveLength(4)
  })
})
