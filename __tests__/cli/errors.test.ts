/**
 * What the command does when things go wrong, run as a real process (dist/cli.js): hostile
 * repositories give findings and a report, not a crash; a failing shared analysis is the
 * error of the checks that use it; an internal error is one line with where to report it
 * (the stack with --debug) and its own exit code; a reader that goes away ends the output
 * quietly; keygen refuses a dangling link as a usage error.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../src/core/report.js'
import { cleanup, git, makeRepo, PROJECT_ROOT, tempDir } from '../helpers/repo.js'
import { runCli, type ProcessResult } from '../helpers/process.js'
import { validateReport } from '../helpers/schemas.js'

afterAll(cleanup)

const CLI = join(PROJECT_ROOT, 'dist/cli.js')
const ISSUES = 'https://github.com/ois-ready/ois-ready/issues'
const readReport = (out: string) => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report
const checkOf = (report: Report, id: string) => report.checks.find((c) => c.id === id)!

/** Runs the CLI with its working folder removed under it: process.cwd() then fails, which nothing in ois-ready expects. */
function runInRemovedFolder(args: string[]): ProcessResult {
  const dir = join(tempDir(), 'gone')
  mkdirSync(dir)
  const r = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', 'sh', dir, process.execPath, CLI, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Runs the CLI with its stdout a pipe whose reader has gone away before anything is written. */
function runIntoClosedPipe(args: string[]): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout: '', stderr }))
  })
}

describe('hostile repositories: findings and a report, not a crash', () => {
  test('the 10 KB package.json of issue 17 (a licence in 5,000 nested lists)', () => {
    const root = makeRepo({ 'package.json': `{"name":"x","license":${'['.repeat(5000)}${']'.repeat(5000)}}`, 'README.md': '# x\n' })
    const out = join(tempDir(), 'out')
    const r = runCli(['check', root, '-o', out, '--fail-on', '1', '-q'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    expect(readdirSync(out).sort()).toEqual(['report.json', 'results.sarif', 'summary.md'])
    const report = readReport(out)
    expect(validateReport(report)).toBe(true)
    expect(checkOf(report, 'licence-file').findings[0]).toEqual({
      status: 'unknown',
      message: 'package.json:1: could not be read (nested deeper than 100 levels), so the licence it declares is not known',
      location: { path: 'package.json', startLine: 1 },
      remediation: 'Fix package.json so that it parses, then run again; whether it agrees with the licence files can then be checked.',
    })
    expect(report.checks.filter((c) => c.status === 'error')).toEqual([])
  })

  test('a commit dated in the year 10000: the report is written without that date', () => {
    const root = makeRepo({ 'README.md': '# x\n' }, { commits: [{ date: '@253402300800 +0000', tags: ['v1.0.0'] }] })
    const out = join(tempDir(), 'out')
    const r = runCli(['check', root, '-o', out, '--fail-on', 'none', '-q'])
    expect(r).toMatchObject({ status: 0, stderr: '' })
    const report = readReport(out)
    expect(validateReport(report)).toBe(true)
    expect(report.repository.lastCommitDate).toBeUndefined()
    expect(report.repository.tags).toEqual({ count: 1, latestVersion: '1.0.0', latestVersionTag: 'v1.0.0' })
  })
})

describe('a shared analysis that fails is the error of the checks that use it', () => {
  test('a history git cannot read: semver-tags and changelog say so; the other checks run; report, SARIF and summary are written', () => {
    const root = makeRepo(
      { 'README.md': '# x\n', LICENSE: 'x\n' },
      { commits: [{ tags: ['v1.0.0'] }, { files: { 'CHANGELOG.md': '# Changelog\n' } }] },
    )
    const head = git(root, ['rev-parse', 'HEAD']).trim()
    rmSync(join(root, '.git', 'objects', head.slice(0, 2), head.slice(2)))
    const out = join(tempDir(), 'out')
    const r = runCli(['check', root, '-o', out, '--fail-on', '1', '-q'])
    expect(r).toMatchObject({ status: 1, stderr: '' })
    expect(readdirSync(out).sort()).toEqual(['report.json', 'results.sarif', 'summary.md'])
    const report = readReport(out)
    expect(validateReport(report)).toBe(true)
    const reason = 'could not run: the git history could not be read: git log failed: fatal: bad object HEAD'
    for (const id of ['changelog', 'semver-tags']) {
      expect(checkOf(report, id)).toMatchObject({ status: 'error', findings: [{ status: 'error', message: `${id} ${reason}` }] })
    }
    // and the level-3 checks that read the history
    expect(report.checks.filter((c) => c.status === 'error').map((c) => c.id)).toEqual([
      'changelog',
      'enforced-review',
      'release-sbom',
      'semver-tags',
      'support-and-eol',
      'sustained-maintenance',
      'verifiable-releases',
    ])
    expect(checkOf(report, 'readme').status).not.toBe('error')
    expect(checkOf(report, 'licence-file').status).toBe('fail')
    expect(readFileSync(join(out, 'results.sarif'), 'utf8')).toContain(`semver-tags ${reason}`)
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain(`semver-tags ${reason}`)
  })
})

describe('internal errors', () => {
  test('one line that says it is a bug and where to report it, exit code 3; the stack trace only with --debug', () => {
    const r = runInRemovedFolder(['check', '.'])
    expect(r.status).toBe(3)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(
      new RegExp(
        `^ois-ready: internal error: Error: ENOENT: process\\.cwd failed[^\\n]* \\(a bug in ois-ready, please report it at ${ISSUES}; run again with --debug for the stack trace\\)\\n$`,
      ),
    )
    const debug = runInRemovedFolder(['check', '.', '--debug'])
    expect(debug.status).toBe(3)
    expect(debug.stderr).toMatch(
      new RegExp(
        `^ois-ready: internal error: Error: ENOENT: process\\.cwd failed[^\\n]* \\(a bug in ois-ready, please report it at ${ISSUES}\\)\\n`,
      ),
    )
    expect(debug.stderr).toMatch(/\n {4}at .+/)
  })

  test('--debug is accepted by every command and shown in their help', () => {
    expect(runCli(['list', '--debug'])).toMatchObject({ status: 0, stderr: '' })
    expect(runCli(['--debug', 'explain', 'readme'])).toMatchObject({ status: 0, stderr: '' })
    for (const command of ['check', 'verify', 'badge', 'keygen', 'trusted-root', 'sbom', 'validate', 'list', 'explain']) {
      expect(runCli([command, '--help']).stdout).toContain('--debug')
    }
  })
})

describe('a reader that goes away (ois-ready list | head -1)', () => {
  test('ends the output quietly: no stack trace, the exit code of the command', async () => {
    expect(await runIntoClosedPipe(['list'])).toEqual({ status: 0, stdout: '', stderr: '' })
    expect(await runIntoClosedPipe(['explain', 'licence-file'])).toEqual({ status: 0, stdout: '', stderr: '' })
  })

  test('check still writes its outputs and exits as --fail-on says', async () => {
    const root = makeRepo({ 'README.md': '# x\n' })
    const out = join(tempDir(), 'out')
    const r = await runIntoClosedPipe(['check', root, '-o', out, '--format', 'json', '--fail-on', '1', '-q'])
    expect(r).toEqual({ status: 1, stdout: '', stderr: '' })
    expect(validateReport(readReport(out))).toBe(true)
  })
})

describe('keygen', () => {
  test('into a dangling link: a usage error that says so, and nothing written where it points', () => {
    const dir = tempDir()
    const target = join(dir, 'elsewhere', 'stolen.key')
    symlinkSync(target, join(dir, 'ois-ready.key'))
    const r = runCli(['keygen', '-o', dir])
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(
      `ois-ready: ${join(dir, 'ois-ready.key')} is a symbolic link to ${target}, which does not exist; ois-ready keygen never writes a key through a link: remove the link, or choose another --out-dir or --name\n`,
    )
    expect(existsSync(target)).toBe(false)
    expect(existsSync(join(dir, 'ois-ready.pub'))).toBe(false)
  })
})
