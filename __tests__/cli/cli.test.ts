import { registry } from '../../src/pipeline/registry.js'
import { afterAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, openSync, ftruncateSync, closeSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, fixtureRepo, git, makeRepo, PROJECT_ROOT, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'
import { validateReport } from '../helpers/schemas.js'
import type { Report } from '../../src/core/report.js'

afterAll(cleanup)

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

describe('ois-ready check', () => {
  test('an exemplary repository: exit 0, a table, and the three outputs', () => {
    const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
    const out = join(tempDir(), 'out')
    const r = runCli(['check', root, '-o', out, '--fail-on', '2'])
    expect(r.stderr).toContain('listing files')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^PASS readme\s+1\s+README\.md: a description/m)
    expect(r.stdout).toContain('OIS-ready level 2 (of the 3 levels this version can award) (required: level 2, met)')
    expect(readdirSync(out).sort()).toEqual(['report.json', 'results.sarif', 'summary.md'])
    const report = readJson(join(out, 'report.json')) as Report
    expect(validateReport(report)).toBe(true)
    expect(report.level).toBe(2)
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('# OIS-ready: level 2 (of the 3 levels this version can award)')
  })

  test('--sarif-category names the code-scanning category, so that two runs do not replace each other; a bad one is a usage error', () => {
    const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
    const out = join(tempDir(), 'out')
    const ok = runCli([
      'check',
      root,
      '-o',
      out,
      '--checks',
      'readme',
      '--fail-on',
      'none',
      '-q',
      '--sarif-category',
      'ois-ready/packages/app',
    ])
    expect(ok.status).toBe(0)
    expect(readJson(join(out, 'results.sarif')).runs[0].automationDetails).toEqual({ id: 'ois-ready/packages/app/' })
    const plain = runCli(['check', root, '-o', out, '--checks', 'readme', '--fail-on', 'none', '-q'])
    expect(plain.status).toBe(0)
    expect(readJson(join(out, 'results.sarif')).runs[0].automationDetails).toEqual({ id: 'ois-ready/' })
    const bad = runCli(['check', root, '-o', out, '--sarif-category', 'a b'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('"a b" is not a category')
  })

  test('--checks runs only the checks named; the others are reported as turned off; an unknown id is a usage error', () => {
    const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
    const out = join(tempDir(), 'out')
    const r = runCli(['check', root, '-o', out, '--checks', 'licence-file,readme', '--fail-on', 'none', '-q'])
    expect(r.status).toBe(0)
    const report = readJson(join(out, 'report.json')) as Report
    expect(report.checks.filter((c) => c.status !== 'skipped').map((c) => c.id)).toEqual(['licence-file', 'readme'])
    expect(report.policy.disabled).toHaveLength(registry.length - 2)
    const bad = runCli(['check', root, '-o', out, '--checks', 'licence-fil'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--checks: no check licence-fil; `ois-ready list` shows the checks')
  })

  test('a repository below the required level exits 1 and says what blocks it', () => {
    const root = makeRepo({ 'README.md': '# tiny\n' })
    const r = runCli(['check', root, '-o', join(tempDir(), 'o')])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('level 1 blocked by: contributing, licence-file, readme, security-policy')
  })

  test('--fail-on none always exits 0; --format json prints the report; --quiet prints nothing', () => {
    const root = makeRepo({ 'README.md': '# tiny\n' })
    const json = runCli(['check', root, '-o', join(tempDir(), 'o'), '--fail-on', 'none', '--format', 'json', '--quiet'])
    expect(json.status).toBe(0)
    expect(json.stderr).toBe('')
    expect(validateReport(JSON.parse(json.stdout))).toBe(true)
    const quiet = runCli(['check', root, '-o', join(tempDir(), 'o'), '--quiet'])
    expect(quiet).toMatchObject({ status: 1, stdout: '', stderr: '' })
  })

  test('the output folder inside the repository is not checked on the next run (walk mode)', () => {
    const root = makeRepo({ 'README.md': '# tiny\n' }, { git: false })
    runCli(['check', '.', '--fail-on', 'none', '-q'], { cwd: root })
    const second = runCli(['check', '.', '--fail-on', 'none', '--format', 'json', '-q'], { cwd: root })
    expect((JSON.parse(second.stdout) as Report).snapshot.files).toBe(1)
    // nor is a folder that a killed run left beside it
    mkdirSync(join(root, `.ois-ready.ois-ready-${process.pid}-0a1b2c3d-new.tmp`))
    writeFileSync(join(root, `.ois-ready.ois-ready-${process.pid}-0a1b2c3d-new.tmp`, 'report.json'), '{}')
    const third = runCli(['check', '.', '--fail-on', 'none', '--format', 'json', '-q'], { cwd: root })
    expect((JSON.parse(third.stdout) as Report).snapshot.files).toBe(1)
  })

  test('an invalid config: exit 2, file, line and key on stderr, and nothing written', () => {
    const root = makeRepo({
      'README.md': 'x',
      '.github/ois-ready.yml': 'exemptions:\n  - check: readme\n    expires: 2026-13-01\n    reason: the README is being translated\n',
    })
    const out = join(tempDir(), 'never')
    const r = runCli(['check', root, '-o', out])
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(
      'ois-ready: invalid configuration:\n.github/ois-ready.yml:3:14: exemptions[0].expires: "2026-13-01" is not a valid date (expected YYYY-MM-DD)\n',
    )
    expect(existsSync(out)).toBe(false)
  })

  test('--config names another file; a missing one is a usage error', () => {
    const root = makeRepo({ 'README.md': 'x' })
    const cfg = join(tempDir(), 'policy.yml')
    writeFileSync(cfg, 'checks:\n  readme: false\n')
    const r = runCli(['check', root, '-c', cfg, '--fail-on', 'none', '--format', 'json', '-q', '-o', join(tempDir(), 'o')])
    expect((JSON.parse(r.stdout) as Report).policy.disabled).toEqual(['readme'])
    const missing = runCli(['check', root, '-c', '/nonexistent.yml'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('config file /nonexistent.yml does not exist')
  })

  test.each([
    ['a path that does not exist', ['check', '/nonexistent/repo'], /\/nonexistent\/repo does not exist or cannot be read/],
    ['an unknown option', ['check', '--fail-on', '5'], /option '--fail-on <level>' argument '5' is invalid. expected none, 1, 2 or 3/],
    ['an unknown command', ['chekc'], /unknown command 'chekc'/],
  ])('%s is a usage error (exit 2)', (_name, args, message) => {
    const r = runCli(args)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
  })
})

describe('bad input never crashes the run', () => {
  test('symlink loop, link to /etc/passwd, 2 GB sparse file, invalid UTF-8 name and a binary README in one repository', () => {
    const root = makeRepo({ 'README.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), 'CONTRIBUTING.md': 'x' })
    symlinkSync('loop-b', join(root, 'loop-a'))
    symlinkSync('loop-a', join(root, 'loop-b'))
    symlinkSync('/etc/passwd', join(root, 'SECURITY.md'))
    const fd = openSync(join(root, 'CHANGELOG.md'), 'w')
    ftruncateSync(fd, 2 * 1024 ** 3)
    closeSync(fd)
    writeFileSync(Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xc3, 0x28]), Buffer.from('.txt')]), 'x')
    git(root, ['add', '-A'])
    git(root, ['commit', '-qm', 'bad'], { GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' })
    const r = runCli(['check', root, '--format', 'json', '-q', '-o', join(tempDir(), 'o')])
    expect(r.status).toBe(1)
    const report = JSON.parse(r.stdout) as Report
    expect(validateReport(report)).toBe(true)
    const finding = (id: string) => report.checks.find((c) => c.id === id)!.findings[0]!
    expect(finding('readme')).toMatchObject({ status: 'fail', message: 'README.md is a binary file (it contains NUL bytes), not text' })
    expect(finding('security-policy')).toMatchObject({
      status: 'fail',
      message: 'SECURITY.md is a symlink to /etc/passwd, outside the repository; not followed',
    })
    expect(finding('changelog')).toMatchObject({
      status: 'fail',
      message: 'CHANGELOG.md is 2.0 GiB, over the read limit of 1.0 MiB (limits.max-file-bytes); it was not read',
    })
    expect(report.snapshot.problems).toEqual([
      { path: 'bad-\\xc3(.txt', message: 'file name is not valid UTF-8; the file was not checked' },
    ])
    expect(report.snapshot.symlinks.map((s) => s.path)).toEqual(['SECURITY.md', 'loop-a', 'loop-b'])
    expect(r.stdout).not.toContain('root:x:0')
  })

  test('an empty repository without commits is checked, with no commit in the report', () => {
    const root = tempDir()
    git(root, ['init', '-q'])
    const r = runCli(['check', root, '--format', 'json', '-q', '--fail-on', 'none', '-o', join(tempDir(), 'o')])
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as Report
    expect(validateReport(report)).toBe(true)
    expect(report.repository.commit).toBeUndefined()
    expect(report.snapshot.files).toBe(0)
  })

  test('a folder that is not a repository is walked', () => {
    const root = makeRepo({ 'README.md': 'x', 'build/x.o': 'o', '.gitignore': 'build/\n' }, { git: false })
    const r = runCli(['check', root, '--format', 'json', '-q', '--fail-on', 'none', '-o', join(tempDir(), 'o')])
    const report = JSON.parse(r.stdout) as Report
    expect(report.repository.source).toBe('walk')
    expect(report.snapshot.files).toBe(2)
  })
})

describe('hostile names', () => {
  test('a job name with newlines cannot start a workflow command line in the console output', () => {
    const root = makeRepo({
      '.github/workflows/w.yml':
        'on: issues\njobs:\n  "x\\n::add-mask::PWNED\\n::error title=PWNED::injected":\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n',
    })
    const r = runCli(['check', root, '-o', join(tempDir(), 'o'), '--fail-on', 'none'])
    expect(r.stdout).toContain('x\\n::add-mask::PWNED')
    expect(r.stdout.split('\n').some((line) => line.startsWith('::'))).toBe(false)
  })

  test('an output folder that the repository tracks as a link out is refused', () => {
    const victim = tempDir()
    const root = makeRepo({ 'README.md': 'x' })
    symlinkSync(victim, join(root, 'ois-ready'))
    const r = runCli(['check', '.', '--fail-on', 'none'], { cwd: root })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('does not write through links')
    expect(readdirSync(victim)).toEqual([])
  })
})

describe('list, explain, help', () => {
  test('list shows every check with level, family and crosswalk; --format json gives the metadata', () => {
    const r = runCli(['list'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^security-policy\s+L1\s+security\s+Security policy with a private reporting channel/m)
    expect(r.stdout).toContain('osps: OSPS-VM-01.01, OSPS-VM-02.01, OSPS-VM-03.01')
    const json = JSON.parse(runCli(['list', '--format', 'json']).stdout) as { id: string }[]
    expect(json.map((m) => m.id).sort()).toEqual(registry.map((c) => c.meta.id).sort())
    expect(json.map((m) => m.id)).toContain('licence-file')
  })

  test("explain prints the check's README; an unknown id is a usage error", () => {
    const r = runCli(['explain', 'token-permissions'])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(readFileSync(join(PROJECT_ROOT, 'checks/security/token-permissions/README.md'), 'utf8'))
    const bad = runCli(['explain', 'nope'])
    expect(bad).toMatchObject({ status: 2, stderr: 'ois-ready: unknown check "nope"; run `ois-ready list` to see the checks\n' })
  })

  test.each([[['--help']], [['check', '--help']], [['list', '--help']], [['explain', '--help']], [['--version']]])(
    '%j exits 0 with text',
    (args) => {
      const r = runCli(args)
      expect(r.status).toBe(0)
      expect(r.stdout.length).toBeGreaterThan(5)
    },
  )
})
