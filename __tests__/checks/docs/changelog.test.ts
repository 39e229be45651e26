import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/changelog/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup, type Commit } from '../../helpers/repo.js'

afterAll(cleanup)

const KEEP = `# Changelog

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

const tagged = (...tags: string[]): { commits: Commit[] } => ({ commits: [{ tags }] })

describe('changelog', () => {
  test.each([
    [
      'Keep a Changelog, latest release matches the latest tag',
      { 'CHANGELOG.md': KEEP },
      tagged('v1.1.0', 'v1.2.0'),
      'pass',
      /2 release\(s\), latest 1\.2\.0, matching the latest tag v1\.2\.0$/,
    ],
    ['no tags yet', { 'CHANGELOG.md': KEEP }, {}, 'pass', /\(no release tags to compare\)$/],
    [
      'a prerelease tag does not count as the latest release',
      { 'CHANGELOG.md': KEEP },
      tagged('v1.2.0', 'v1.3.0-rc.1'),
      'pass',
      /matching the latest tag v1\.2\.0/,
    ],
    ['only an Unreleased section', { 'CHANGES.md': '# Changes\n\n## [Unreleased]\n\n### Added\n- x\n' }, {}, 'pass', /0 release\(s\)/],
    [
      'the latest tag is newer than the changelog',
      { 'CHANGELOG.md': KEEP },
      tagged('v1.3.0'),
      'fail',
      /latest release is 1\.2\.0 \(line 8\) but the latest release tag is v1\.3\.0/,
    ],
    ['missing', { 'README.md': 'x' }, {}, 'fail', /^no CHANGELOG found in the root or docs\/$/],
    [
      'free-form text',
      { 'CHANGELOG.md': 'Lots of things changed over the years.\n' },
      {},
      'fail',
      /has no "## \[Unreleased\]" or "## \[x\.y\.z\] - YYYY-MM-DD" sections/,
    ],
    [
      'a release without a date',
      { 'CHANGELOG.md': '# C\n\n## [1.0.0]\n\n### Added\n- x\n' },
      {},
      'fail',
      /release "\[1\.0\.0\]" has no date/,
    ],
    [
      'a date in another form',
      { 'CHANGELOG.md': '# C\n\n## [1.0.0] - 01/02/2025\n' },
      {},
      'fail',
      /has the date "01\/02\/2025", not YYYY-MM-DD/,
    ],
    [
      'a version that is not SemVer',
      { 'CHANGELOG.md': '# C\n\n## [1.0] - 2025-01-01\n' },
      {},
      'fail',
      /"\[1\.0\] - 2025-01-01" does not name a SemVer version/,
    ],
    [
      'releases oldest first',
      { 'CHANGELOG.md': '# C\n\n## [1.0.0] - 2025-01-01\n\n## [1.1.0] - 2025-02-01\n' },
      {},
      'fail',
      /not newest first: 1\.0\.0 \(line 3\) comes before 1\.1\.0/,
    ],
    [
      'an unknown change type',
      { 'CHANGELOG.md': '# C\n\n## [1.0.0] - 2025-01-01\n\n### Improvements\n- x\n' },
      {},
      'fail',
      /"Improvements" is not a Keep a Changelog change type/,
    ],
  ])('%s', async (_name, files, repo, status, message) => {
    const run = await runCheckOn(check, files, repo)
    expect(run.status).toBe(status)
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })

  test('problems carry their line', async () => {
    const run = await runCheckOn(check, { 'CHANGELOG.md': '# C\n\n## [1.1.0] - 2025-02-01\n\n### Added\n- y\n\n## [1.0.0] - 1.1.2025\n' })
    expect(run.findings).toEqual([expect.objectContaining({ status: 'fail', location: { path: 'CHANGELOG.md', startLine: 8 } })])
  })
})
