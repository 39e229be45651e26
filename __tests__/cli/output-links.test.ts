/**
 * Outputs are never written through a link that the repository tracks (issue 17, item 3): a
 * repository tracking `ois-ready -> ../victim` must not get `check docs -o ois-ready/x`, the
 * Action, sbom, keygen, badge or the verify sub-action to write into ../victim.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, FIXTURES, git, PROJECT_ROOT, tempDir, writeFiles } from '../helpers/repo.js'
import { parseOutputs, runAction, runCli } from '../helpers/process.js'
import { generateKeyPair } from '../../src/attest/keys.js'

afterAll(cleanup)

/** A git repository beside an empty folder `victim`, tracking the links given (path -> target, relative to the link). */
function repoWithLinks(links: Record<string, string>): { root: string; victim: string } {
  const parent = tempDir()
  const root = join(parent, 'repo')
  const victim = join(parent, 'victim')
  mkdirSync(victim)
  mkdirSync(root)
  writeFiles(root, {
    'docs/README.md': '# Docs\n',
    'docs/package-lock.json': readFileSync(join(FIXTURES, 'sbom', 'npm-v3', 'package-lock.json'), 'utf8'),
  })
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    symlinkSync(target, join(root, path))
  }
  git(root, ['init', '-q', '-b', 'main'])
  git(root, ['add', '-A'])
  git(root, ['-c', 'user.email=dev@example.eu', '-c', 'user.name=Dev', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'links'])
  // the links are tracked as links
  expect(git(root, ['ls-files', '-s', ...Object.keys(links)]).match(/^120000 /gm)).toHaveLength(Object.keys(links).length)
  return { root, victim }
}

/** Everything under a folder, as relative paths. */
function tree(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()
}

const REFUSED = /goes through the symlink .*; ois-ready does not write through links/

describe('check: no output through a tracked link, whichever folder is checked', () => {
  test.each([
    ['a subfolder is checked, the output goes through the link', ['check', 'docs', '-o', 'ois-ready/x'], { 'ois-ready': '../victim' }],
    ['the output folder is the link', ['check', 'docs', '-o', 'ois-ready'], { 'ois-ready': '../victim' }],
    ['the root is checked, a link deeper on the way', ['check', '.', '-o', 'reports/latest/x'], { 'reports/latest': '../../victim' }],
    ['an absolute output path', ['check', 'docs', '-o', '<root>/ois-ready/x/y'], { 'ois-ready': '../victim' }],
  ])('%s: refused with exit 2, nothing written behind the link', (_, args, links) => {
    const { root, victim } = repoWithLinks(links)
    const r = runCli([...args.map((a) => a.replace('<root>', root)), '--fail-on', 'none', '-q'], { cwd: root })
    expect(r.stderr).toMatch(REFUSED)
    expect(r.status).toBe(2)
    expect(tree(victim)).toEqual([])
  })

  test('the same repository with an output folder that is not a link: written', () => {
    const { root, victim } = repoWithLinks({ 'ois-ready': '../victim' })
    const r = runCli(['check', 'docs', '-o', 'out/x', '--fail-on', 'none', '-q'], { cwd: root })
    expect(r.status).toBe(0)
    expect(readdirSync(join(root, 'out', 'x')).sort()).toEqual(['report.json', 'results.sarif', 'sbom.cdx.json', 'summary.md'])
    expect(tree(victim)).toEqual([])
  })
})

describe('the other commands that write', () => {
  test('sbom -o through the tracked link: refused', () => {
    const { root, victim } = repoWithLinks({ 'ois-ready': '../victim' })
    const r = runCli(['sbom', 'docs', '-o', 'ois-ready/sbom.cdx.json'], { cwd: root })
    expect(r.stderr).toMatch(REFUSED)
    expect(r.status).toBe(2)
    expect(tree(victim)).toEqual([])
  })

  test('keygen into a folder behind a link, or onto a dangling link: a usage error that says so; nothing written, no half pair', () => {
    const { root, victim } = repoWithLinks({ 'ois-ready': '../victim', 'ci.key': '../victim/stolen.key' })
    const behind = runCli(['keygen', '-o', 'ois-ready/keys', '--name', 'ci'], { cwd: root })
    expect(behind.stderr).toMatch(REFUSED)
    expect(behind.status).toBe(2)
    const dangling = runCli(['keygen', '--name', 'ci'], { cwd: root })
    expect(dangling).toMatchObject({
      status: 2,
      stderr: `ois-ready: ${join(root, 'ci.key')} is a symbolic link to ../victim/stolen.key, which does not exist; ois-ready keygen never writes a key through a link: remove the link, or choose another --out-dir or --name\n`,
    })
    expect(tree(victim)).toEqual([])
    expect(existsSync(join(root, 'ci.pub'))).toBe(false)
  })

  test('badge -o behind the link: refused', () => {
    const { root, victim } = repoWithLinks({ 'ois-ready': '../victim' })
    const pair = generateKeyPair('ed25519')
    const keys = tempDir()
    writeFileSync(join(keys, 'k.key'), pair.privatePem)
    writeFileSync(join(keys, 'k.pub'), pair.publicPem)
    const signed = runCli(['check', 'docs', '-o', 'out', '--signing-key', join(keys, 'k.key'), '--fail-on', 'none', '-q'], { cwd: root })
    expect(signed.status).toBe(0)
    const r = runCli(['badge', 'out/attestation.intoto.jsonl', '--key', join(keys, 'k.pub'), '-o', 'ois-ready/badges'], { cwd: root })
    expect(r.stderr).toMatch(REFUSED)
    expect(r.status).toBe(2)
    expect(tree(victim)).toEqual([])
  })
})

describe('the Actions', () => {
  test('path: docs, output-dir: ois-ready/reports through the tracked link: the step fails with the reason, nothing written there', () => {
    const { root, victim } = repoWithLinks({ 'ois-ready': '../victim' })
    const files = tempDir()
    const outputFile = join(files, 'output')
    const summaryFile = join(files, 'summary')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    const r = runAction(
      {
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_WORKSPACE: root,
        INPUT_PATH: 'docs',
        'INPUT_OUTPUT-DIR': 'ois-ready/reports',
        'INPUT_FAIL-ON': 'none',
        INPUT_SIGN: 'none',
        INPUT_NETWORK: 'false',
      },
      root,
    )
    expect(r.stdout).toMatch(
      /^::error::the output folder .*ois-ready\/reports goes through the symlink .*ois-ready; ois-ready does not write/m,
    )
    expect(r.status).toBe(1)
    expect(parseOutputs(readFileSync(outputFile, 'utf8'))['report-path']).toBeUndefined()
    expect(tree(victim)).toEqual([])
  })

  test('the verify sub-action does not write its record beside an attestation reached through a tracked link', () => {
    const { root, victim } = repoWithLinks({ 'ois-ready': '../victim' })
    const pair = generateKeyPair('ed25519')
    const keyFile = join(tempDir(), 'k.key')
    writeFileSync(keyFile, pair.privatePem)
    const out = join(tempDir(), 'o')
    const made = runCli(['check', 'docs', '-o', out, '--signing-key', keyFile, '--fail-on', 'none', '-q'], { cwd: root })
    expect(made.status).toBe(0)
    // an attestation that sits behind the link, as a repository could arrange
    writeFileSync(join(victim, 'attestation.intoto.jsonl'), readFileSync(join(out, 'attestation.intoto.jsonl')))
    const outputFile = join(tempDir(), 'output')
    writeFileSync(outputFile, '')
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/verify.js')], {
      cwd: root,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_OUTPUT: outputFile,
        INPUT_ATTESTATION: 'ois-ready/attestation.intoto.jsonl',
        INPUT_KEY: pair.publicPem,
      },
    })
    expect(r.stdout).toMatch(/^::error::the output folder ois-ready goes through the symlink .*ois-ready; ois-ready does not write/m)
    expect(r.status).toBe(1)
    expect(tree(victim)).toEqual(['attestation.intoto.jsonl'])
  })
})
