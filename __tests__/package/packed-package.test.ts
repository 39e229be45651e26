/**
 * The published package: `npm pack` of this project, installed into an empty folder with install
 * scripts off and no network, is one package that runs on each Node release package.json's
 * engines promise (22 and 24: the node22 and node packages that `npm ci` installs).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { join } from 'node:path'
import semver from 'semver'
import ts from 'typescript'
import { cleanup, fixtureRepo, git, PROJECT_ROOT, tempDir } from '../helpers/repo.js'

afterAll(cleanup)

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string
  engines: { node: string }
  dependencies?: Record<string, string>
  devDependencies: Record<string, string>
  bin: Record<string, string>
}

/** The Node binaries to run the installed package with: this one (Node 24, as npm scripts run) and node@22's. */
const NODE_22 = join(PROJECT_ROOT, 'node_modules', 'node22', 'bin', 'node')
const NODES: [string, string][] = [
  ['Node 24 (the node package)', process.execPath],
  ['Node 22 (the node22 package)', NODE_22],
]

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    // no audit or update notices (they would reach the network), and no user configuration
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' },
    timeout: 120_000,
  })
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stderr}`)
  return r.stdout
}

describe('the bundles import nothing but Node', () => {
  test.each(readdirSync(join(PROJECT_ROOT, 'dist')).filter((f) => f.endsWith('.js')))('dist/%s', (file) => {
    // every import, export-from, dynamic import() and require() of the file, as TypeScript's scanner reads them
    const { importedFiles } = ts.preProcessFile(readFileSync(join(PROJECT_ROOT, 'dist', file), 'utf8'), true, true)
    const specifiers = importedFiles.map((f) => f.fileName)
    const foreign = specifiers.filter((s) => !isBuiltin(s) && !s.startsWith('./'))
    expect(foreign).toEqual([])
    for (const local of specifiers.filter((s) => s.startsWith('./'))) expect(existsSync(join(PROJECT_ROOT, 'dist', local))).toBe(true)
  })

  test('package.json: no dependencies, a bin, and engines that the Node releases tested here satisfy', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.bin).toEqual({ 'ois-ready': 'dist/cli.js' })
    for (const name of ['node', 'node22']) {
      const version = semver.minVersion(pkg.devDependencies[name]!.replace(/^npm:node@/, ''))!.version
      expect([name, semver.satisfies(version, pkg.engines.node)]).toEqual([name, true])
    }
    expect(semver.satisfies('20.19.0', pkg.engines.node)).toBe(false)
  })
})

describe('npm pack, installed into an empty folder without scripts or network', () => {
  let tarball: string
  let files: string[]
  let app: string
  let installed: Record<string, unknown>

  beforeAll(() => {
    const packDir = tempDir()
    const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], PROJECT_ROOT)) as {
      filename: string
      files: { path: string }[]
    }[]
    tarball = join(packDir, packed!.filename)
    files = packed!.files.map((f) => f.path).sort()
    app = tempDir()
    writeFileSync(join(app, 'package.json'), '{ "private": true }\n')
    // an empty cache of its own: nothing can come from anywhere but the tarball
    npm(['install', '--ignore-scripts', '--offline', '--cache', join(tempDir(), 'cache'), tarball], app)
    installed = (JSON.parse(readFileSync(join(app, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> })
      .packages
  }, 240_000)

  test('it holds the bundles, schemas and check pages, and no sources, tests or fixtures', () => {
    expect(files).toEqual(
      expect.arrayContaining(['dist/cli.js', 'dist/cli-main.js', 'dist/licence-index.json', 'package.json', 'README.md']),
    )
    expect(files).toEqual(expect.arrayContaining(['schema/trust.schema.json', 'checks/licence/licence-file/README.md']))
    expect(files.filter((f) => /^(src|__tests__|fixtures|node_modules|bench)\//.test(f))).toEqual([])
  })

  test('exactly one package is installed: ois-ready itself', () => {
    expect(Object.keys(installed)).toEqual(['node_modules/ois-ready'])
  })

  test.each(NODES)('%s: --version, check with a key, and verify of its attestation', (_name, node) => {
    if (!existsSync(node)) throw new Error(`${node} is missing: run npm ci (it installs the node22 package, with its install script)`)
    const cli = join(app, 'node_modules', '.bin', 'ois-ready')
    const run = (args: string[]) => spawnSync(node, [cli, ...args], { cwd: app, encoding: 'utf8', timeout: 120_000 })
    const version = run(['--version'])
    expect([version.status, version.stdout.trim()]).toEqual([0, pkg.version])

    const keys = tempDir()
    expect(run(['keygen', '-o', keys, '--name', 'ci']).status).toBe(0)
    const root = fixtureRepo('exemplary', { remote: 'https://codeberg.org/kommune/forms.git', commits: [{ tags: ['v1.2.0'] }] })
    const out = join(tempDir(), 'out')
    const check = run(['check', root, '-o', out, '--signing-key', join(keys, 'ci.key'), '--fail-on', '2'])
    expect([check.status, check.stderr.match(/ois-ready: .*/)?.[0]]).toEqual([0, undefined])
    expect(readdirSync(out).sort()).toEqual(
      expect.arrayContaining(['attestation.intoto.jsonl', 'badge.svg', 'report.json', 'results.sarif', 'summary.md']),
    )
    const commit = git(root, ['rev-parse', 'HEAD']).trim()
    const verify = run([
      'verify',
      join(out, 'attestation.intoto.jsonl'),
      '--key',
      join(keys, 'ci.pub'),
      '--repo',
      'https://codeberg.org/kommune/forms',
      '--commit',
      commit,
      '--min-level',
      '2',
    ])
    expect(verify.status).toBe(0)
    expect(JSON.parse(verify.stdout)).toMatchObject({
      valid: true,
      attestations: [{ valid: true, level: 2, repository: { url: 'https://codeberg.org/kommune/forms', commit }, signer: { type: 'key' } }],
    })
  })
})
