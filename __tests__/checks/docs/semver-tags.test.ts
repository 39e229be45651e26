import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/semver-tags/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup, git, makeRepo, tempDir, type Commit } from '../../helpers/repo.js'

afterAll(cleanup)

/** One commit per tag, each at its own date: `['v1.0.0', '2025-09-01']`. */
const dated = (...tags: [string, string][]): { commits: Commit[] } => ({
  commits: tags.map(([tag, day]) => ({ date: `${day}T12:00:00Z`, tags: [tag] })),
})

describe('semver-tags', () => {
  test.each([
    [
      'SemVer release tags (a tag that names no version is not a release tag)',
      dated(['v1.0.0', '2025-09-01'], ['v1.1.0', '2026-01-10'], ['v1.2.0-rc.1', '2026-03-01'], ['nightly', '2026-03-02']),
      'pass',
      undefined,
      /^3 release tags in the 12 months to v1\.2\.0-rc\.1 \(2026-03-01\) follow SemVer$/,
    ],
    [
      'a monorepo tags each package under its name',
      dated(['pkg@1.0.0', '2026-01-01'], ['other@2.0.0', '2026-01-02'], ['v1.0.0', '2026-01-03']),
      'pass',
      undefined,
      /follow SemVer, under 3 names \(unprefixed, other@, pkg@\)$/,
    ],
    [
      'a project name before the version (maven-resolver-1.9.2)',
      dated(['maven-resolver-1.9.2', '2026-01-01'], ['maven-resolver-2.0.0', '2026-02-01']),
      'pass',
      undefined,
      /^2 release tags in the 12 months to maven-resolver-2\.0\.0 \(2026-02-01\) follow SemVer$/,
    ],
    [
      'an old tag that is not SemVer is a note, not a failure',
      dated(['v0.4.0a1', '2019-07-04'], ['v1.0.0', '2025-09-01'], ['v1.1.0', '2026-01-10']),
      'pass',
      undefined,
      /follow SemVer; 1 older tag does not follow it and is not judged \(v0\.4\.0a1 \(2019-07-04\)\)$/,
    ],
    [
      'PEP 440 pre-releases: a consistent scheme, with a warning recommending SemVer',
      dated(['v2.0.0rc1', '2026-01-01'], ['v2.0.0', '2026-01-10'], ['v2.1.0.dev1', '2026-02-01']),
      'pass',
      'warning',
      /^3 release tags in the 12 months to v2\.1\.0\.dev1 \(2026-02-01\) follow PEP 440, not SemVer \(v2\.1\.0\.dev1 is not a SemVer version\)$/,
    ],
    [
      "curl's underscores",
      dated(['curl-8_20_0', '2026-04-29'], ['curl-8_21_0', '2026-06-24'], ['rc-8_22_0-1', '2026-08-08']),
      'pass',
      'warning',
      /follow version numbers written with underscores \(curl-MAJOR_MINOR_PATCH\), not SemVer \(curl-8_21_0 is not a SemVer version\), under 2 names \(curl-, rc-\)$/,
    ],
    [
      'CalVer',
      dated(['2025.10.0', '2025-10-01'], ['2026.01.0', '2026-01-05']),
      'pass',
      'warning',
      /follow CalVer, not SemVer \(2026\.01\.0 is not a SemVer version\)$/,
    ],
    [
      "KDE's YY.MM.N, where only a zero shows the month",
      dated(['v25.08.0', '2025-08-07'], ['v25.11.80', '2025-11-13'], ['v25.12.0', '2025-12-11'], ['v26.04.0', '2026-04-16']),
      'pass',
      'warning',
      /^4 release tags in the 12 months to v26\.04\.0 \(2026-04-16\) follow CalVer, not SemVer \(v26\.04\.0 is not a SemVer version\)$/,
    ],
    [
      'four numbers (RubyGems)',
      dated(['v8.1.3', '2026-03-24'], ['v8.1.3.1', '2026-07-29'], ['v8.2.0.rc1', '2026-08-01']),
      'pass',
      'warning',
      /follow dotted version numbers, not SemVer \(v8\.1\.3\.1 is not a SemVer version\)$/,
    ],
    [
      'a change of form once is kept as the new form',
      dated(['1.0.0', '2026-01-01'], ['1.1.0', '2026-02-01'], ['v1.2.0', '2026-03-01'], ['v1.3.0', '2026-04-01']),
      'pass',
      'warning',
      /follow SemVer; the form changed from 1\.2\.3 to v1\.2\.3 at v1\.2\.0 \(2026-03-01\)$/,
    ],
    [
      'forms that alternate are not consistent',
      dated(['v1.0.0', '2026-01-01'], ['1.0.1', '2026-02-01'], ['v1.0.2', '2026-03-01']),
      'fail',
      undefined,
      /^3 release tags in the 12 months to v1\.0\.2 \(2026-03-01\) are not named consistently: they alternate between the forms v1\.2\.3 and 1\.2\.3 \(1\.0\.1, v1\.0\.2\)$/,
    ],
    [
      'no tag names a version',
      dated(['latest', '2026-01-01'], ['stable', '2026-01-02']),
      'fail',
      undefined,
      /^none of the 2 tag\(s\) names a version \(latest, stable\)$/,
    ],
    ['no tags', { commits: [{}] }, 'not-applicable', undefined, /^no release tags yet$/],
  ])('%s', async (_name, repo, status, severity, message) => {
    const run = await runCheckOn(check, { 'README.md': 'x' }, repo)
    expect(run.status).toBe(status)
    expect(run.findings).toHaveLength(1)
    expect(run.findings[0]!.severity).toBe(severity)
    expect(run.messages[0]).toMatch(message)
  })

  test('a non-SemVer scheme gets the SemVer spelling of its newest release as the remedy', async () => {
    const run = await runCheckOn(check, { 'README.md': 'x' }, dated(['curl-8_21_0', '2026-06-24']))
    expect(run.messages[0]).toMatch(
      /^the one release tag in the 12 months to curl-8_21_0 \(2026-06-24\) follows version numbers written with underscores/,
    )
    expect(run.findings[0]!.remediation).toMatch(/^SemVer is recommended: curl-8\.21\.0 rather than curl-8_21_0/)
  })

  test('a shallow clone without tags: the tags cannot be seen', async () => {
    const origin = makeRepo({ 'README.md': 'x' }, dated(['v1.0.0', '2026-01-01']))
    const root = tempDir()
    git(root, ['clone', '-q', '--depth', '1', '--no-tags', `file://${origin}`, '.'])
    const run = await runCheckOn(check, {}, { root })
    expect(run.status).toBe('unknown')
    expect(run.findings[0]!.remediation).toMatch(/fetch-depth: 0/)
  })

  test('outside git there are no tags to check', async () => {
    const run = await runCheckOn(check, { 'README.md': 'x' }, { git: false })
    expect(run).toMatchObject({ status: 'not-applicable', messages: ['not a git repository: no tags to check'] })
  })
})
