/**
 * Level 3 is awarded now that its whole set of checks exists (AWARDED_LEVELS in
 * src/core/levels.ts): a repository that passes a level-3 check but not all of them reaches
 * level 2, and the summary and console name what stands between it and level 3. A version that
 * leaves a level out (its set of checks incomplete) still runs and reports that level's checks,
 * and says why the level is not awarded.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { AWARDED_LEVELS, computeLevels } from '../../src/core/levels.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderConsole } from '../../src/report/console.js'
import { cleanup, fixtureRepo, git, writeFiles } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

const SHA = '08c6903cd8c0fde910a37f88322edcfb5dd907a8'

async function pinnedExemplary() {
  const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
  writeFiles(root, {
    '.github/workflows/ci.yml': `on: [push, pull_request]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA} # v5\n      - run: npm ci && npm test\n`,
  })
  git(root, ['commit', '-qam', 'pin actions'])
  return (await checkRepository({ path: root, failOn: 2, now: TEST_NOW })).report
}

describe('level 3', () => {
  test('this version awards levels 1 to 3', () => {
    expect(AWARDED_LEVELS).toEqual([1, 2, 3])
  })

  test('a level-3 check that passes is not enough: level 2 is reached and the summary lists what level 3 needs', async () => {
    const report = await pinnedExemplary()
    expect(report.checks.find((c) => c.id === 'pinned-dependencies')).toMatchObject({ level: 3, status: 'pass' })
    const three = report.levels.find((l) => l.level === 3)!
    expect(three).toMatchObject({ awardable: true, reached: false })
    const unsatisfied = report.checks.filter((c) => !c.satisfied).map((c) => c.id)
    expect(three.blocking.sort()).toEqual(unsatisfied.sort())
    expect(three.blocking).toEqual(expect.arrayContaining(['vulnerability-accounting', 'threat-model']))
    expect(three.blocking).not.toContain('pinned-dependencies')
    expect(report.level).toBe(2)
    const md = renderMarkdown(report)
    expect(md.split('\n')[0]).toBe('# OIS-ready: level 2 (of the 3 levels this version can award)')
    expect(md).toMatch(/## To reach level 3\n\nThese \d+ checks stand in the way:/)
    expect(renderConsole(report)).toMatch(/ {2}level 3 blocked by: .*vulnerability-accounting/)
  })

  test('a level left out of a version runs and reports, and the summary says why it is not awarded', async () => {
    const report = await pinnedExemplary()
    const { level, levels } = computeLevels(report.checks, [1, 2])
    const older = { ...report, level, levels }
    expect(older.levels.find((l) => l.level === 3)).toMatchObject({ awardable: false, reached: false })
    const md = renderMarkdown(older)
    expect(md).toMatch(
      /Level 2 is the highest level this version of ois-ready awards\.\n\nLevel 3 is not awarded by this version: its set of checks is not complete yet\. Its \d+ checks? run and report below\./,
    )
    expect(renderConsole(older)).toMatch(
      /level 3: not awarded by this version \(its set of checks is not complete\); its \d+ checks run and report/,
    )
  })
})
