import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/changelog/index.js'
import { notesOf } from '../../../checks/docs/changelog/release-notes.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup, git, makeRepo, tempDir, type Commit } from '../../helpers/repo.js'

afterAll(cleanup)

const KEEP = `# Changelog

All notable changes are documented here, as https://keepachangelog.com/en/1.1.0/ says.

## [Unreleased]

### Added
- CSV export.

## [1.2.0] - 2026-01-10

### Fixed
- Dates before 1970.

## [1.1.0] - 2025-11-02

### Security
- Escape labels.
`

/** The files, committed once, then one tag per [name, day]. */
const tagged = (...tags: [string, string][]): { commits: Commit[] } => ({
  commits: [{ date: '2025-01-01T12:00:00Z' }, ...tags.map(([tag, day]) => ({ date: `${day}T12:00:00Z`, tags: [tag] }))],
})
const V110_V120 = tagged(['v1.1.0', '2025-11-02'], ['v1.2.0', '2026-01-10'])

describe('changelog: the forms projects write', () => {
  test.each([
    [
      'Keep a Changelog',
      { 'CHANGELOG.md': KEEP },
      V110_V120,
      /^CHANGELOG\.md: 2 releases \(Keep a Changelog\), newest 1\.2\.0 \(2026-01-10, line 10\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'release-please / conventional-changelog, patch releases one level down',
      {
        'CHANGELOG.md':
          '# Changelog\n\n## [1.2.0](https://github.com/o/r/compare/v1.1.1...v1.2.0) (2026-01-10)\n\n### Features\n\n* x\n\n### [1.1.1](https://github.com/o/r/compare/v1.1.0...v1.1.1) (2025-12-01)\n\n### Bug Fixes\n\n* y\n\n## [1.1.0](https://github.com/o/r/compare/v1.0.0...v1.1.0) (2025-11-02)\n\n* z\n',
      },
      tagged(['v1.1.0', '2025-11-02'], ['v1.1.1', '2025-12-01'], ['v1.2.0', '2026-01-10']),
      /^CHANGELOG\.md: 3 releases \(release-please \/ conventional-changelog\), newest 1\.2\.0 \(2026-01-10, line 3\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'a product name before the version, H1 releases with H2 categories (synapse)',
      {
        'CHANGES.md':
          '# Synapse 1.2.0 (2026-01-10)\n\n## Bugfixes\n\n- x\n\n## Internal Changes\n\n- y\n\n# Synapse 1.2.0rc1 (2026-01-03)\n\n## Features\n\n- z\n\n# Synapse 1.1.0 (2025-11-02)\n\nNo significant changes.\n',
      },
      V110_V120,
      /^CHANGES\.md: 3 releases, newest 1\.2\.0 \(2026-01-10, line 1\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'setext headings "x.y.z (YYYY-MM-DD)" and a "dev" section (requests)',
      {
        'HISTORY.md':
          'Release History\n===============\n\ndev\n---\n\n- [Short description of non-trivial change.]\n\n1.2.0 (2026-01-10)\n------------------\n\n- x\n\n1.1.0 (2025-11-02)\n------------------\n\n- y\n',
      },
      V110_V120,
      /^HISTORY\.md: 2 releases, newest 1\.2\.0 \(2026-01-10, line 9\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      '"Released on" lines (uv) and a series pointing elsewhere',
      {
        'CHANGELOG.md':
          '# Changelog\n\n## 1.2.0\n\nReleased on 2026-01-10.\n\n### Bug fixes\n\n- x\n\n## 1.1.0\n\nReleased on 2025-11-02.\n\n- y\n\n## 1.0.x\n\nSee [changelogs/1.0.x](./changelogs/1.0.x.md)\n',
      },
      V110_V120,
      /^CHANGELOG\.md: 2 releases, newest 1\.2\.0 \(2026-01-10, line 3\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      '"x.y.z - UNRELEASED" is the unreleased section (X-Road)',
      { 'CHANGELOG.md': '# Change Log\n\n## 1.3.0 - UNRELEASED\n\n## 1.2.0 - 2026-01-10\n- x\n\n## 1.1.0 - 2025-11-02\n- y\n' },
      V110_V120,
      /^CHANGELOG\.md: 2 releases, newest 1\.2\.0 \(2026-01-10, line 5\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'reStructuredText, titles underlined with ~ and ^, a link on the version',
      {
        'NEWS.rst':
          '=========\nChangelog\n=========\n\n`1.2.0 <https://example.org/1.2.0>`_ - 2026-01-10\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nFixed\n^^^^^\n\n- x\n\n1.1.0 - 2025-11-02\n~~~~~~~~~~~~~~~~~~\n\n- y\n',
      },
      V110_V120,
      /^NEWS\.rst: 2 releases, newest 1\.2\.0 \(2026-01-10, line 5\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'a GNU NEWS outline in plain text',
      {
        NEWS: '* Noteworthy changes in release 1.2.0 (2026-01-10) [stable]\n\n** Bug fixes\n\n  x\n\n* Noteworthy changes in release 1.1.0 (2025-11-02) [stable]\n\n  y\n',
      },
      V110_V120,
      /^NEWS: 2 releases, newest 1\.2\.0 \(2026-01-10, line 1\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'RELEASE-NOTES.txt with the product name and a date in words',
      {
        'RELEASE-NOTES.txt':
          'Example Lib 1.2.0 Release Notes (January 10, 2026)\n--------------------------------------------------\n\no x\n\nExample Lib 1.1.0 Release Notes (November 2, 2025)\n--------------------------------------------------\n\no y\n',
      },
      V110_V120,
      /^RELEASE-NOTES\.txt: 2 releases, newest 1\.2\.0 \(2026-01-10, line 1\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'docs/release-notes.md, tags with the project name (jq-1.2.0)',
      { 'docs/release-notes.md': '# Release Notes\n\n## 1.2.0 (2026-01-10)\n\n- x\n' },
      tagged(['jq-1.2.0', '2026-01-10']),
      /^docs\/release-notes\.md: 1 release, newest 1\.2\.0 \(2026-01-10, line 3\), which includes the latest release tag jq-1\.2\.0$/,
    ],
    [
      'a closing sequence and a date in words (rails), "(TBD)" for the coming release',
      {
        'CHANGELOG.md':
          '## Rails 1.3.0 (TBD) ##\n\n*   x\n\n## Rails 1.2.0 (January 10, 2026) ##\n\n*   y\n\n## Rails 1.1.0 (November 2, 2025) ##\n\n*   z\n',
      },
      V110_V120,
      /^CHANGELOG\.md: 2 releases, newest 1\.2\.0 \(2026-01-10, line 5\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'AsciiDoc, the date on the line under the heading',
      { 'CHANGELOG.adoc': '= Changelog\n\n== 1.2.0\n\n_2026-01-10_\n\n* x\n\n== 1.1.0\n\n_2025-11-02_\n' },
      V110_V120,
      /^CHANGELOG\.adoc: 2 releases, newest 1\.2\.0 \(2026-01-10, line 3\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'a dependency and its version under a release is no release',
      {
        'CHANGELOG.md':
          '# Changelog\n\n## 1.2.0 (2026-01-10)\n\n### Dependencies\n\n#### react 18.2.0\n\n- bumped\n\n## 1.1.0 (2025-11-02)\n\n- y\n',
      },
      V110_V120,
      /^CHANGELOG\.md: 2 releases, newest 1\.2\.0 \(2026-01-10, line 3\), which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'only an Unreleased section, no tags yet',
      { 'CHANGES.md': '# Changes\n\n## [Unreleased]\n\n### Added\n- x\n' },
      { commits: [{}] },
      /^CHANGES\.md holds only changes not released yet \(1 entry, under "Unreleased" \(line 3\)\) \(no release tags yet\)$/,
    ],
  ])('%s', async (_name, files, repo, message) => {
    const run = await runCheckOn(check, files, repo)
    expect(run.findings).toHaveLength(1)
    expect(run.messages[0]).toMatch(message)
    expect(run.status).toBe('pass')
    expect(run.findings[0]!.severity).toBeUndefined()
  })
})

describe('changelog: what is wrong, one finding per file', () => {
  test.each([
    [
      'the latest tag is newer than the changelog',
      { 'CHANGELOG.md': KEEP },
      tagged(['v1.2.0', '2026-01-10'], ['v1.3.0', '2026-03-01']),
      'fail',
      undefined,
      /^CHANGELOG\.md is behind the release tags: its newest release is 1\.2\.0 \(2026-01-10, line 10\), the latest release tag is v1\.3\.0 \(2026-03-01\)$/,
    ],
    [
      'a release candidate tag does not count as the latest release',
      { 'CHANGELOG.md': KEEP },
      tagged(['v1.2.0', '2026-01-10'], ['v1.3.0-rc.1', '2026-03-01']),
      'pass',
      undefined,
      /which includes the latest release tag v1\.2\.0$/,
    ],
    [
      'a section for the coming release, not tagged yet',
      { 'RELEASE-NOTES': 'curl and libcurl 8.22.0\n\n This release includes the following changes:\n\n o x\n' },
      tagged(['curl-8_21_0', '2026-06-24']),
      'pass',
      'warning',
      /^RELEASE-NOTES: 1 release, newest 8\.22\.0 \(line 1\); the latest release tag curl-8_21_0 is not in it \(its newest section, 8\.22\.0 at line 1, is not tagged yet\); no release has a date$/,
    ],
    [
      'releases without dates (changesets)',
      { 'CHANGELOG.md': '# pkg\n\n## 1.2.0\n\n### Minor Changes\n\n- x\n\n## 1.1.0\n\n### Patch Changes\n\n- y\n' },
      V110_V120,
      'pass',
      'warning',
      /^CHANGELOG\.md: 2 releases \(changesets\), newest 1\.2\.0 \(line 3\), which includes the latest release tag v1\.2\.0; no release has a date$/,
    ],
    [
      'majors, minors and patches at three heading levels (openfisca)',
      {
        'CHANGELOG.md':
          '# Changelog\n\n# 2.0.0 [#12](https://example.org/12)\n\n#### Breaking changes\n\n- x\n\n## 1.2.0 [#11](https://example.org/11)\n\n#### New features\n\n- y\n\n### 1.1.1 [#10](https://example.org/10)\n\n#### Bug fix\n\n- z\n',
      },
      tagged(['v1.1.1', '2025-12-01'], ['v1.2.0', '2026-01-10'], ['v2.0.0', '2026-03-01']),
      'pass',
      'warning',
      /^CHANGELOG\.md: 3 releases, newest 2\.0\.0 \(line 3\), which includes the latest release tag v2\.0\.0; no release has a date$/,
    ],
    [
      'some releases without a date',
      { 'CHANGELOG.md': '# C\n\n## 1.2.0 (2026-01-10)\n\n## 1.1.0\n\n## 1.0.0\n' },
      V110_V120,
      'pass',
      'warning',
      /; 2 of 3 releases have no date \(line 5, line 7\)$/,
    ],
    [
      'a date that does not say which day',
      { 'CHANGELOG.md': '# C\n\n## [1.2.0] - 01/02/2026\n' },
      tagged(['v1.2.0', '2026-01-10']),
      'pass',
      'warning',
      /; 1 date does not say which day \(line 3: "01\/02\/2026"\)$/,
    ],
    [
      'an impossible date',
      { 'CHANGELOG.md': '# C\n\n## [1.2.0] - 2026-13-10\n' },
      tagged(['v1.2.0', '2026-01-10']),
      'pass',
      'warning',
      /; 1 date is no day of the calendar \(line 3: "2026-13-10"\)$/,
    ],
    [
      'a release dated long after its tag (a typo in the year)',
      { 'CHANGELOG.md': '# C\n\n## 1.2.0 - 2026-01-10\n\n## 1.1.0 - 2026-11-02\n' },
      V110_V120,
      'pass',
      'warning',
      /; 1 release is dated more than a month after its tag \(line 5: 1\.1\.0 dated 2026-11-02, tagged 2025-11-02\)$/,
    ],
    [
      'releases oldest first',
      { 'CHANGELOG.md': '# C\n\n## [1.1.0] - 2025-11-02\n\n## [1.2.0] - 2026-01-10\n' },
      V110_V120,
      'pass',
      'warning',
      /; releases are not listed newest first: 1\.1\.0 \(line 3\) comes before 1\.2\.0 \(line 5\)$/,
    ],
    [
      'a category heading at the level of the releases (jest)',
      { 'CHANGELOG.md': '## main\n\n## 1.2.0\n\n### Fixes\n\n- x\n\n## Features\n\n- y\n\n## 1.1.0\n\n- z\n\n## Older entries\n' },
      V110_V120,
      'pass',
      'warning',
      /; 1 heading at the level of the releases names no version \(line 9 "Features"\)$/,
    ],
    [
      'only changes since the last release (rails), the releases elsewhere',
      {
        'CHANGELOG.md':
          '*   Fix x.\n\n    *Someone*\n\n*   Add y.\n\n    *Someone else*\n\nPlease check [1-2-stable](https://example.org) for previous changes.\n',
      },
      V110_V120,
      'pass',
      'warning',
      /^CHANGELOG\.md holds only changes not released yet \(2 entries\); the notes of released versions, such as the latest release tag v1\.2\.0, are not in it/,
    ],
    [
      'a link to release pages elsewhere',
      { 'CHANGELOG.md': '# Changelog\n\nSee the [releases page](https://github.com/o/r/releases) for the full changelog.\n' },
      V110_V120,
      'fail',
      undefined,
      /^CHANGELOG\.md describes no release: no section names a version \(it reads: "# Changelog \/ See the \[releases page\]\(https:\/\/github\.com\/o\/r\/releases\) for the full changelog\."\)$/,
    ],
    ['empty', { 'CHANGELOG.md': '' }, V110_V120, 'fail', undefined, /^CHANGELOG\.md is empty$/],
    [
      'missing',
      { 'README.md': 'x' },
      V110_V120,
      'fail',
      undefined,
      /^no changelog found: no CHANGELOG, CHANGES, NEWS, HISTORY or RELEASE-NOTES in the root, docs\/, doc\/ or \.github\/, nor in the folders of packages$/,
    ],
    [
      'a stale GNU ChangeLog alone',
      {
        ChangeLog:
          '2015-07-10  A Person  a@example.org\n\n\tFix x\n\n2015-07-06  B  b@example.org\n\n\tFix y\n\n2015-07-04  C  c@example.org\n\n\tFix z\n',
      },
      V110_V120,
      'fail',
      undefined,
      /^ChangeLog is a GNU-style ChangeLog of commits \(3 dated entries, the newest of 2015-07-10 at line 1\), not notes by release, and it stops before the latest release tag v1\.2\.0 \(2026-01-10\)$/,
    ],
  ])('%s', async (_name, files, repo, status, severity, message) => {
    const run = await runCheckOn(check, files, repo)
    expect(run.status).toBe(status)
    expect(run.findings).toHaveLength(1)
    expect(run.findings[0]!.severity).toBe(severity)
    expect(run.messages[0]).toMatch(message)
  })

  test('thirty releases without dates are one finding, that names the first few lines', async () => {
    const releases = Array.from({ length: 30 }, (_, i) => `## 1.${29 - i}.0\n\n- change\n`).join('\n')
    const run = await runCheckOn(check, { 'CHANGELOG.md': `# C\n\n${releases}` }, tagged(['v1.29.0', '2026-01-10']))
    expect(run.findings).toHaveLength(1)
    expect(run.findings[0]).toMatchObject({ status: 'pass', severity: 'warning', location: { path: 'CHANGELOG.md' } })
    expect(run.messages[0]).toMatch(/30 releases, newest 1\.29\.0 \(line 3\), .*; no release has a date$/)
  })

  test('the finding of a changelog behind the tags is at its newest release', async () => {
    const run = await runCheckOn(check, { 'CHANGELOG.md': KEEP }, tagged(['v1.3.0', '2026-03-01']))
    expect(run.findings[0]).toMatchObject({
      location: { path: 'CHANGELOG.md', startLine: 10 },
      remediation: expect.stringMatching(/^Add the section for 1\.3\.0/),
    })
  })

  test('a maintained NEWS.md is preferred to a stale GNU ChangeLog (jq)', async () => {
    const run = await runCheckOn(
      check,
      {
        ChangeLog: '2015-07-10  A  a@example.org\n\n\tx\n\n2015-07-06  B  b@example.org\n\n\ty\n\n2015-07-04  C  c@example.org\n\n\tz\n',
        'NEWS.md': '# 1.2.0\n\n- x\n\n# 1.1.0\n\n- y\n',
      },
      V110_V120,
    )
    expect(run.findings).toHaveLength(1)
    expect(run.messages[0]).toMatch(
      /^NEWS\.md: 2 releases, newest 1\.2\.0 \(line 1\), which includes the latest release tag v1\.2\.0; no release has a date$/,
    )
  })

  test("a monorepo's package changelogs, each compared with its package's tags", async () => {
    const run = await runCheckOn(
      check,
      {
        'packages/a/CHANGELOG.md': '# @scope/a\n\n## 2.0.0\n\n### Major Changes\n\n- x\n',
        'packages/b/CHANGELOG.md': '# @scope/b\n\n## 1.0.0\n\n### Major Changes\n\n- y\n',
        'vendor/lib/CHANGELOG.md': 'not ours\n',
      },
      tagged(['@scope/a@2.0.0', '2026-01-10'], ['@scope/b@1.1.0', '2026-01-11']),
    )
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual([
      expect.stringMatching(
        /^packages\/a\/CHANGELOG\.md: 1 release \(changesets\), newest 2\.0\.0 \(line 3\), which includes the latest release tag @scope\/a@2\.0\.0; no release has a date$/,
      ),
      expect.stringMatching(
        /^packages\/b\/CHANGELOG\.md is behind the release tags: its newest release is 1\.0\.0 \(line 3\), the latest release tag is @scope\/b@1\.1\.0 \(2026-01-11\)/,
      ),
    ])
  })

  test('a patch release tagged on a stable branch need not be in the changelog of the main branch', async () => {
    const root = makeRepo({ 'CHANGELOG.md': KEEP }, V110_V120)
    git(root, ['checkout', '-q', '-b', 'stable'])
    git(root, ['commit', '-q', '--allow-empty', '-m', 'fix'], { GIT_COMMITTER_DATE: '2026-02-01T12:00:00Z' })
    git(root, ['tag', '-a', 'v1.2.1', '-m', 'v1.2.1'], { GIT_COMMITTER_DATE: '2026-02-01T12:00:00Z' })
    git(root, ['checkout', '-q', 'main'])
    const run = await runCheckOn(check, {}, { root })
    expect(run.findings).toEqual([
      expect.objectContaining({
        status: 'pass',
        severity: 'warning',
        message: expect.stringMatching(/; the latest release tag v1\.2\.1 \(2026-02-01\) was made on another branch and is not in it$/),
      }),
    ])
    // a release in the branch's own history must be there
    git(root, ['tag', '-a', 'v1.3.0', '-m', 'v1.3.0'], { GIT_COMMITTER_DATE: '2026-03-01T12:00:00Z' })
    const behind = await runCheckOn(check, {}, { root })
    expect(behind.status).toBe('fail')
    expect(behind.messages[0]).toMatch(
      /^CHANGELOG\.md is behind the release tags: its newest release is 1\.2\.0 \(2026-01-10, line 10\), the latest release tag is v1\.3\.0/,
    )
  })

  test('one changelog per release series in the root (ChangeLog-13.4.md), pages of documentation are no package changelogs', async () => {
    const run = await runCheckOn(
      check,
      {
        'ChangeLog-1.2.md': '# Changes in 1.2\n\n## [1.2.0] - 2026-01-10\n\n### Added\n\n* x\n',
        'docs/getting_started/releases.md': '# Releases\n\nWe publish binaries.\n',
      },
      V110_V120,
    )
    expect(run.messages).toEqual([
      expect.stringMatching(
        /^ChangeLog-1\.2\.md: 1 release, newest 1\.2\.0 \(2026-01-10, line 3\), which includes the latest release tag v1\.2\.0$/,
      ),
    ])
  })

  test('a shallow clone without tags: whether the latest release is described cannot be seen', async () => {
    const origin = makeRepo({ 'CHANGELOG.md': KEEP }, V110_V120)
    const root = tempDir()
    git(root, ['clone', '-q', '--depth', '1', '--no-tags', `file://${origin}`, '.'])
    const run = await runCheckOn(check, {}, { root })
    expect(run.status).toBe('unknown')
    expect(run.messages[0]).toMatch(
      /^CHANGELOG\.md: 2 releases \(Keep a Changelog\), newest 1\.2\.0 \(2026-01-10, line 10\); this shallow clone has no tags/,
    )
    expect(run.findings[0]!.remediation).toMatch(/fetch-depth: 0/)
  })

  test('outside git the tags are not compared', async () => {
    const run = await runCheckOn(check, { 'CHANGELOG.md': KEEP }, { git: false })
    expect(run.status).toBe('pass')
    expect(run.messages[0]).toMatch(/\(not a git repository: no tags to compare\)$/)
  })
})

describe('changelog: hostile input', () => {
  test.each([
    ['a heading of 500,000 spaces', `# ${' '.repeat(500_000)}x\n`],
    ['500,000 hashes', '#'.repeat(500_000)],
    ['40,000 releases', '## 1.2.3 (2024-01-01)\n\n- x\n'.repeat(40_000)],
    ['50,000 underlined titles', `1.2.3\n${'-'.repeat(10)}\n`.repeat(50_000)],
    ['one line of 300,000 version dots', '1.'.repeat(300_000)],
  ])('%s: one finding in bounded time', async (_name, text) => {
    const started = performance.now()
    const run = await runCheckOn(check, { 'CHANGELOG.md': text }, { commits: [{}] })
    expect(run.findings).toHaveLength(1)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('changelog: release notes that may be on GitHub Releases (offline)', () => {
  const STALE = '# Changelog\n\n## [1.1.0] - 2025-11-02\n\n- Escape labels.\n'
  const POINTER = '# Changelog\n\nSee the [releases page](https://github.com/acme/widget/releases) for the notes of each release.\n'
  const unknown = (lead: RegExp) => ({
    status: 'unknown',
    message: expect.stringMatching(
      new RegExp(
        `${lead.source}.*(?:the release notes may be on GitHub Releases \\(|GitHub Releases \\()https://github\\.com/acme/widget/releases\\).* which were not read \\(this run has no network access\\)$`,
      ),
    ),
    location: expect.objectContaining({ path: 'CHANGELOG.md' }),
    remediation: expect.stringMatching(/^Run with network access/),
  })

  test.each([
    [
      'a changelog behind the tags, on GitHub',
      { 'CHANGELOG.md': STALE },
      'https://github.com/acme/widget',
      unknown(/^CHANGELOG\.md is behind the release tags: /),
    ],
    [
      'a changelog that links the Releases page, on GitHub',
      { 'CHANGELOG.md': POINTER },
      'https://github.com/acme/widget',
      unknown(/^CHANGELOG\.md points to /),
    ],
    [
      'a changelog that links the Releases page, written in another case',
      { 'CHANGELOG.md': POINTER.replace('acme/widget', 'ACME/Widget') },
      'https://github.com/acme/widget',
      unknown(/^CHANGELOG\.md points to /),
    ],
    [
      'a changelog behind the tags, on Codeberg: nothing else to read',
      { 'CHANGELOG.md': STALE },
      'https://codeberg.org/acme/widget',
      expect.objectContaining({ status: 'fail', message: expect.stringMatching(/^CHANGELOG\.md is behind the release tags: /) }),
    ],
    [
      'a changelog that links the releases of another repository is no pointer to this one',
      { 'CHANGELOG.md': POINTER.replace('acme/widget', 'acme/widget-legacy') },
      'https://github.com/acme/widget',
      unknown(/^CHANGELOG\.md describes no release: /),
    ],
  ])('%s', async (_name, files, remote, expected) => {
    const run = await runCheckOn(check, files, { remote, ...V110_V120 })
    expect(run.findings).toEqual([expected])
  })

  test('without release tags, only a link to the Releases page sends the check there', async () => {
    const pointer = await runCheckOn(check, { 'CHANGELOG.md': POINTER }, { remote: 'https://github.com/acme/widget' })
    expect(pointer.status).toBe('unknown')
    const other = await runCheckOn(
      check,
      { 'CHANGELOG.md': POINTER.replace('acme/widget', 'acme/widget-legacy') },
      { remote: 'https://github.com/acme/widget' },
    )
    expect(other.status).toBe('fail')
    expect(other.messages[0]).toMatch(/^CHANGELOG\.md describes no release/)
  })

  test('a changelog that passes is judged alone, even when it links the Releases page', async () => {
    const run = await runCheckOn(
      check,
      { 'CHANGELOG.md': `${KEEP}\n[releases](https://github.com/acme/widget/releases)\n` },
      { remote: 'https://github.com/acme/widget', ...V110_V120 },
    )
    expect(run.status).toBe('pass')
    expect(run.messages[0]).toMatch(/^CHANGELOG\.md: 2 releases \(Keep a Changelog\)/)
  })

  test.each([
    ['', 'no notes'],
    ['  \n\n', 'no notes'],
    ['<!-- Optional: add a release summary here -->\n', 'no notes'],
    ['**Full Changelog**: https://github.com/cli/cli/compare/v2.54.0...v2.55.0', 'only the link to the list of commits as notes'],
    ['\n\n**Full Changelog**: https://github.com/cli/cli/commits/v0.4.0\n', 'only the link to the list of commits as notes'],
    ["## What's Changed\n* Fix pr checks exit code in https://github.com/cli/cli/pull/9452\n\n**Full Changelog**: https://x", undefined],
    ['## Changelog\n* b3ea080 ci: install Syft for release SBOMs\n', undefined],
    ['Security fix for CVE-2025-1234.', undefined],
  ])('release notes %j: %s', (body, why) => {
    expect(notesOf(body)).toBe(why)
  })
})
