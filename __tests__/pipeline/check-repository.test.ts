import { afterAll, describe, expect, test } from '@jest/globals'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { validateReport } from '../helpers/schemas.js'
import type { Report } from '../../src/core/report.js'
import { cleanup, fixtureRepo, makeRepo, writeFiles, git } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

function withoutTimes(report: Report): unknown {
  const { generatedAt: _g, timings: _t, ...rest } = report
  return rest
}

describe('checkRepository', () => {
  test('an exemplary repository has every check of levels 1 and 2 satisfied, and the report matches its schema', async () => {
    const root = fixtureRepo('exemplary', { remote: 'https://github.com/kommune/forms.git', commits: [{ tags: ['v1.2.0'] }] })
    const { report } = await checkRepository({ path: root, failOn: 2, now: TEST_NOW })
    expect(validateReport(report)).toBe(true)
    expect(validateReport.errors ?? []).toEqual([])
    expect(report.checks.filter((c) => c.level <= 2 && !c.satisfied).map((c) => [c.id, c.findings])).toEqual([])
    // level 3 is awarded by this version, but this repository has no threat model, no signed releases, ...
    expect(report.level).toBe(2)
    expect(report.levels[2]).toMatchObject({ level: 3, awardable: true, reached: false })
    expect(report.levels[2]!.blocking).toEqual(expect.arrayContaining(['threat-model', 'vulnerability-accounting']))
    expect(report.passed).toBe(true)
    expect(report.repository).toMatchObject({
      source: 'git',
      url: 'https://github.com/kommune/forms',
      ref: 'refs/heads/main',
      tags: { count: 1, latestVersion: '1.2.0', latestVersionTag: 'v1.2.0' },
    })
    expect(report.repository.commit).toBe(git(root, ['rev-parse', 'HEAD']).trim())
    expect(report.checks.map((c) => c.id)).toEqual([...report.checks.map((c) => c.id)].sort())
  })

  test('the same repository and config give the same report, apart from times', async () => {
    const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
    const a = await checkRepository({ path: root, failOn: 1, now: TEST_NOW })
    const b = await checkRepository({ path: root, failOn: 1, now: TEST_NOW })
    expect(JSON.stringify(withoutTimes(b.report))).toBe(JSON.stringify(withoutTimes(a.report)))
  })

  test('exemptions waive failing checks until they expire, and all are reported', async () => {
    const root = makeRepo({
      'README.md': 'tiny',
      '.ois-ready.yml': [
        'exemptions:',
        '  - check: readme',
        '    reason: The README is being rewritten with the city comms team',
        '    expires: 2026-06-30',
        '  - check: security-policy',
        '    reason: Waiting for the CERT contact to be confirmed',
        '    expires: 2026-05-01',
        '  - check: semver-tags',
        '    reason: Tags are being migrated to SemVer this month',
        '    expires: 2026-12-31',
      ].join('\n'),
    })
    const { report } = await checkRepository({ path: root, failOn: 1, now: TEST_NOW })
    expect(validateReport(report)).toBe(true)
    const readme = report.checks.find((c) => c.id === 'readme')!
    expect(readme).toMatchObject({ status: 'fail', satisfied: true, exemption: { expires: '2026-06-30' } })
    const policy = report.checks.find((c) => c.id === 'security-policy')!
    expect(policy).toMatchObject({ status: 'fail', satisfied: false })
    expect(policy.exemption).toBeUndefined()
    expect(report.policy.exemptions.map((e) => [e.check, e.status])).toEqual([
      ['readme', 'applied'],
      ['security-policy', 'expired'],
      ['semver-tags', 'not-needed'],
    ])
    expect(report.levels[0]!.blocking).toEqual(['contributing', 'licence-file', 'security-policy'])
    expect(report.summary.exempted).toBe(1)
  })

  test('a check turned off is reported as skipped and blocks its level; the policy digest changes', async () => {
    const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
    const before = await checkRepository({ path: root, failOn: 1, now: TEST_NOW })
    writeFiles(root, { '.github/ois-ready.yml': 'checks:\n  code-of-conduct: false\n' })
    const after = await checkRepository({ path: root, failOn: 1, now: TEST_NOW })
    expect(after.report.checks.find((c) => c.id === 'code-of-conduct')?.status).toBe('skipped')
    expect(after.report.policy.disabled).toEqual(['code-of-conduct'])
    expect(after.report.level).toBe(1)
    expect(after.report.policy.digest).not.toBe(before.report.policy.digest)
    expect(after.report.policy.file).toBe('.github/ois-ready.yml')
  })

  test('excluded files are listed with their reason and not seen by checks', async () => {
    const root = makeRepo({
      'vendor/lib/SECURITY.md': 'Report to security@lib.example.eu within 5 days.',
      '.ois-ready.yml': 'exclude: ["vendor/**"]\n',
    })
    const { report } = await checkRepository({ path: root, failOn: 1, now: TEST_NOW })
    expect(report.snapshot.excluded).toEqual([{ path: 'vendor/lib/SECURITY.md', reason: 'config exclude: vendor/**' }])
  })

  test('a repository-level finding is never anchored at a file that does not exist', async () => {
    const root = makeRepo({ 'notes.txt': 'x\n', 'src/a.c': 'int a;\n' })
    const { report } = await checkRepository({ path: root, failOn: 1, now: TEST_NOW })
    const paths = report.checks.flatMap((c) => c.findings.map((f) => f.location?.path)).filter((p) => p !== undefined)
    expect(paths.length).toBeGreaterThan(0)
    expect(paths.every((p) => p === 'notes.txt' || p === 'src/a.c')).toBe(true)
  })

  test('a failing finding without a location is anchored at the file it is about when it exists, never at an unrelated one', async () => {
    const root = makeRepo({
      'README.md': '# x\n',
      'package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: { '': { name: 'x', dependencies: { a: '1.0.0' } }, 'node_modules/a': { version: '1.0.0' } },
      }),
    })
    const { report } = await checkRepository({ path: root, failOn: 1, now: TEST_NOW })
    // no security policy: no file is about it, the README is not
    expect(report.checks.find((c) => c.id === 'security-policy')!.findings[0]!.location).toBeUndefined()
    // sbom-quality is about the lockfile the SBOM is made from
    const sbom = report.checks.find((c) => c.id === 'sbom-quality')!.findings.filter((f) => f.status === 'fail' || f.status === 'unknown')
    expect(sbom.length).toBeGreaterThan(0)
    for (const f of sbom) expect(f.location).toEqual({ path: 'package-lock.json' })
  })
})

describe('facts that take time are gathered for the checks that need them', () => {
  const LOCK = JSON.stringify({
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { ms: '^2.1.3' } },
      'node_modules/ms': { version: '2.1.3', license: 'MIT' },
    },
  })

  test('the lockfiles are parsed, and the SBOM written, only when an enabled check reads them', async () => {
    const root = makeRepo({ 'package.json': '{"name":"app","version":"1.0.0","license":"MIT"}', 'package-lock.json': LOCK })
    const licenceOnly = await checkRepository({ path: root, failOn: 'none', now: TEST_NOW, only: ['licence-file'] })
    expect(licenceOnly.report.sbom).toBeUndefined()
    expect(licenceOnly.report.dependencies).toBeUndefined()
    expect(licenceOnly.sbomBytes).toBeUndefined()
    const withSbom = await checkRepository({ path: root, failOn: 'none', now: TEST_NOW, only: ['licence-file', 'sbom-generated'] })
    expect(withSbom.report.sbom).toMatchObject({ components: 1, lockfiles: ['package-lock.json'] })
  })

  test('the REUSE lint runs, and the report has its section, only when an enabled check needs it', async () => {
    const root = makeRepo({ 'a.js': '// SPDX-FileCopyrightText: 2026 A\n// SPDX-License-Identifier: MIT\n' })
    const without = await checkRepository({ path: root, failOn: 'none', now: TEST_NOW, only: ['licence-file'] })
    expect(without.report.reuse).toBeUndefined()
    const withLint = await checkRepository({ path: root, failOn: 'none', now: TEST_NOW, only: ['reuse-compliance'] })
    expect(withLint.report.reuse).toBeDefined()
  })

  test('which tags are in the history of HEAD: read when changelog runs, so a stable branch tag is told apart', async () => {
    const root = makeRepo(
      { 'CHANGELOG.md': '# Changelog\n\n## [1.2.0] - 2026-01-10\n\n### Fixed\n- Dates before 1970.\n' },
      { commits: [{ files: { a: '1' }, tags: ['v1.2.0'] }] },
    )
    git(root, ['checkout', '-q', '-b', 'stable'])
    git(root, ['commit', '-q', '--allow-empty', '-m', 'fix'])
    git(root, ['tag', 'v1.2.1'])
    git(root, ['checkout', '-q', 'main'])
    const { report } = await checkRepository({ path: root, failOn: 1, now: TEST_NOW, only: ['changelog'] })
    const changelog = report.checks.find((c) => c.id === 'changelog')!
    expect(changelog.findings[0]!.message).toMatch(/the latest release tag v1\.2\.1 .*was made on another branch and is not in it$/)
  })
})
