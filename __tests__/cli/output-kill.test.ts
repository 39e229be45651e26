/**
 * A run killed while it writes its outputs leaves the earlier set or the new one, never a mix
 * (issue 17, item 5): a new report.json beside an earlier attestation would fail
 * `verify --report` with report-digest-mismatch.
 *
 * The kill is real and exact: strace delivers SIGKILL to `ois-ready check` as it enters its n-th
 * call of one system call that changes the folder (mkdir, rename, unlink, rmdir, link), for every
 * n until a run completes, so the process dies before each such change in turn. strace is a
 * Debian package that .ci/run installs; nothing in the product knows about the test.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { cleanup, FIXTURES, fixtureRepo, git, PROJECT_ROOT, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'
import { generateKeyPair } from '../../src/attest/keys.js'

afterAll(cleanup)

const strace = spawnSync('strace', ['-V']).status === 0
if (!strace) {
  if (process.env.CI === 'true')
    throw new Error('strace is not installed: .ci/run installs the Debian package strace; the kill test must run in CI')
  console.warn('\n*** strace is not installed: the output kill test is SKIPPED. apt-get install strace to run it. ***\n')
}

/** The system calls by which a run changes what its output folder holds (`?`: where the platform has it). */
const SYSCALLS = ['mkdir', 'mkdirat', 'rename', 'renameat', 'renameat2', 'unlink', 'unlinkat', 'rmdir', 'link', 'linkat']

type Files = Record<string, string>

function read(folder: string): Files {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  )
}

/**
 * `ois-ready check` in `root`; under strace, either recording its calls of SYSCALLS into `trace`,
 * or killed as it enters its `n`-th call of `syscall`.
 */
function check(
  root: string,
  args: string[],
  strace?: { trace: string } | { syscall: string; n: number },
): { status: number | null; signal: string | null; stderr: string } {
  const cli = [process.execPath, join(PROJECT_ROOT, 'dist/cli.js'), 'check', '.', ...args, '--fail-on', 'none', '-q']
  const traced = SYSCALLS.map((name) => `?${name}`).join(',')
  const command =
    strace === undefined
      ? cli
      : 'trace' in strace
        ? ['strace', '-qq', '-o', strace.trace, '-e', `trace=${traced}`, ...cli]
        : [
            'strace',
            '-qq',
            '-o',
            '/dev/null',
            '-e',
            `trace=?${strace.syscall}`,
            '-e',
            `inject=?${strace.syscall}:signal=KILL:when=${strace.n}`,
            ...cli,
          ]
  // no compile cache: its writes would make the first run's calls differ from the next ones'
  const env = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' }
  const r = spawnSync(command[0]!, command.slice(1), { cwd: root, encoding: 'utf8', env, timeout: 60_000 })
  return { status: r.status, signal: r.signal, stderr: r.stderr }
}

describe.each([[strace]])('a run killed between any two changes of its output folder (strace: %s)', (available) => {
  const pair = generateKeyPair('ed25519')
  let keys: string
  let root: string
  let commit: string

  beforeAll(() => {
    if (!available) return
    keys = tempDir()
    writeFileSync(join(keys, 'k.key'), pair.privatePem)
    writeFileSync(join(keys, 'k.pub'), pair.publicPem)
    // an SBOM too: the attestation vouches for report.json and sbom.cdx.json by digest
    root = fixtureRepo('exemplary', {
      commits: [{ files: { 'package-lock.json': readFileSync(join(FIXTURES, 'sbom', 'npm-v3', 'package-lock.json'), 'utf8') } }],
    })
  })

  /** Whether `files` is a complete signed set for the current commit: verify --report passes and the SBOM has the digest the report gives. */
  function isNewSet(folder: string, files: Files): boolean {
    const names = ['attestation.intoto.jsonl', 'badge.json', 'badge.svg', 'report.json', 'results.sarif', 'sbom.cdx.json', 'summary.md']
    if (JSON.stringify(Object.keys(files)) !== JSON.stringify(names)) return false
    const verified = runCli([
      'verify',
      join(folder, 'attestation.intoto.jsonl'),
      '--key',
      join(keys, 'k.pub'),
      '--commit',
      commit,
      '--report',
      join(folder, 'report.json'),
    ])
    const report = JSON.parse(files['report.json']!) as { sbom: { digest: string } }
    return verified.status === 0 && report.sbom.digest === `sha256:${createHash('sha256').update(files['sbom.cdx.json']!).digest('hex')}`
  }

  /**
   * Kills a run at each change it makes to the files, in turn: a traced run counts its calls of
   * each system call, then one run is killed before each of those calls. `reset` lays the earlier
   * set back before every run. Returns, for each state `state` names, the calls before which it was left.
   */
  function killEverywhere(reset: () => void, args: string[], state: () => string): Record<string, string[]> {
    reset()
    const trace = join(tempDir(), 'trace')
    expect(check(root, args, { trace })).toMatchObject({ status: 0, stderr: '' })
    const calls = new Map<string, number>()
    for (const line of readFileSync(trace, 'utf8').split('\n')) {
      const name = /^(\w+)\(/.exec(line)?.[1]
      if (name) calls.set(name, (calls.get(name) ?? 0) + 1)
    }
    expect([...calls.keys()]).toEqual(expect.arrayContaining([expect.stringMatching(/^rename/)]))
    const seen: Record<string, string[]> = {}
    for (const [syscall, count] of calls) {
      for (let n = 1; n <= count; n++) {
        reset()
        expect(check(root, args, { syscall, n }).signal).toBe('SIGKILL')
        ;(seen[state()] ??= []).push(`${syscall} #${n}`)
      }
    }
    return seen
  }

  ;(available ? test : test.skip)(
    'the output folder holds ois-ready’s files only: the earlier set, or the new set, never a mix; the next run removes what the kill left',
    () => {
      const out = join(root, 'ois-ready')
      const signed = ['--signing-key', join(keys, 'k.key')]
      expect(check(root, signed).status).toBe(0)
      const earlier = read(out)
      const saved = join(tempDir(), 'earlier')
      cpSync(out, saved, { recursive: true })
      writeFileSync(join(root, 'README.md'), `${readFileSync(join(root, 'README.md'), 'utf8')}\nOne more line.\n`)
      git(root, ['commit', '-q', '-am', 'a new commit: a new set'])
      commit = git(root, ['rev-parse', 'HEAD']).trim()
      const siblings = () => readdirSync(root).filter((n) => n.startsWith('.ois-ready.'))
      const reset = () => {
        rmSync(out, { recursive: true, force: true })
        for (const name of siblings()) rmSync(join(root, name), { recursive: true })
        cpSync(saved, out, { recursive: true })
      }
      const seen = killEverywhere(reset, signed, () => {
        if (existsSync(out)) {
          const files = read(out)
          if (JSON.stringify(files) === JSON.stringify(earlier)) return 'earlier set'
          if (isNewSet(out, files)) return 'new set'
          return `MIXED: ${JSON.stringify(Object.keys(files))}`
        }
        // the instant between the two renames of the swap: no folder, both sets complete beside it
        const aside = siblings().find((n) => n.endsWith('-old.tmp'))
        const fresh = siblings().find((n) => n.endsWith('-new.tmp'))
        if (
          aside &&
          fresh &&
          JSON.stringify(read(join(root, aside))) === JSON.stringify(earlier) &&
          isNewSet(join(root, fresh), read(join(root, fresh)))
        )
          return 'no folder, both sets complete beside it'
        return `BROKEN: ${JSON.stringify(siblings())}`
      })
      expect(Object.keys(seen).sort()).toEqual(['earlier set', 'new set', 'no folder, both sets complete beside it'])
      expect(seen['no folder, both sets complete beside it']).toHaveLength(1)

      // a kill after the new set was written leaves its folder beside; the next run removes it
      reset()
      const firstRename = Object.values(seen)
        .flat()
        .find((call) => call.startsWith('rename'))!
        .replace(/ #\d+$/, '')
      expect(check(root, signed, { syscall: firstRename, n: 1 }).signal).toBe('SIGKILL')
      expect(siblings()).toHaveLength(1)
      expect(check(root, signed).status).toBe(0)
      expect(siblings()).toEqual([])
      expect(isNewSet(out, read(out))).toBe(true)
    },
    300_000,
  )

  ;(available ? test : test.skip)(
    'an output folder shared with other files: replaced file by file, the attestation removed first and written last; verify --report never meets a mix',
    () => {
      const out = join(root, 'reports')
      const args = ['-o', 'reports', '--signing-key', join(keys, 'k.key')]
      cpSync(join(root, 'ois-ready'), out, { recursive: true })
      writeFileSync(join(out, 'coverage.xml'), '<coverage/>')
      const saved = join(tempDir(), 'earlier')
      cpSync(out, saved, { recursive: true })
      const earlier = read(out)
      writeFileSync(join(root, 'README.md'), `${readFileSync(join(root, 'README.md'), 'utf8')}\nAnd another.\n`)
      git(root, ['commit', '-q', '-am', 'another commit'])
      commit = git(root, ['rev-parse', 'HEAD']).trim()
      const reset = () => {
        rmSync(out, { recursive: true, force: true })
        cpSync(saved, out, { recursive: true })
      }
      const seen = killEverywhere(reset, args, () => {
        // the temporary files of the killed run (hidden) aside
        const files = Object.fromEntries(Object.entries(read(out)).filter(([name]) => !name.startsWith('.')))
        if (JSON.stringify(files) === JSON.stringify(earlier)) return 'earlier set'
        if (files['coverage.xml'] !== '<coverage/>') return 'THEIR FILE LOST'
        delete files['coverage.xml']
        if (!files['attestation.intoto.jsonl']) return 'no attestation'
        return isNewSet(out, files) ? 'new set' : `MIXED: ${JSON.stringify(Object.keys(files))}`
      })
      // the last change is the attestation's rename: a kill before any change leaves no new set yet
      expect(Object.keys(seen).sort()).toEqual(['earlier set', 'no attestation'])
      // and the next run, after a kill that left temporary files, writes the new set and removes them
      expect(readdirSync(out).some((name) => name.startsWith('.'))).toBe(true)
      expect(check(root, args).status).toBe(0)
      const files = read(out)
      expect(files['coverage.xml']).toBe('<coverage/>')
      delete files['coverage.xml']
      expect(isNewSet(out, files)).toBe(true)
    },
    300_000,
  )
})
