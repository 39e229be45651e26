/**
 * Level 3 is not awarded while its set of checks is incomplete (AWARDED_LEVELS in
 * src/core/levels.ts): its checks run and report, the level is not reached, and the summary
 * and console say how many levels this version awards and why level 3 is not one of them.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderConsole } from '../../src/report/console.js'
import { cleanup, fixtureRepo, git, writeFiles } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

const SHA = '08c6903cd8c0fde910a37f88322edcfb5dd907a8'

describe('level 3 while its set of checks is incomplete', () => {
  test('a level-3 check that passes runs and reports, but level 3 is not reached', async () => {
    const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
    writeFiles(root, {
      '.github/workflows/ci.yml': `on: [push, pull_request]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA} # v5\n      - run: npm ci && npm test\n`,
    })
    git(root, ['commit', '-qam', 'pin actions'])
    const { report } = await checkRepository({ path: root, failOn: 2, now: TEST_NOW })
    const pinned = report.checks.find((c) => c.id === 'pinned-dependencies')!
    expect(pinned).toMatchObject({ level: 3, status: 'pass' })
    expect(report.levels.find((l) => l.level === 2)).toMatchObject({ awardable: true, reached: true })
    expect(report.levels.find((l) => l.level === 3)).toMatchObject({ awardable: false, reached: false })
    expect(report.levels.find((l) => l.level === 3)!.checks).toBeGreaterThan(0)
    expect(report.level).toBe(2)
    const md = renderMarkdown(report)
    expect(md.split('\n')[0]).toBe('# OIS-ready: level 2 (of the 2 levels this version can award)')
    expect(md).toMatch(
      /Level 2 is the highest level this version of ois-ready awards\.\n\nLevel 3 is not awarded by this version: its set of checks is not complete yet\. Its \d+ checks? run and report below\./,
    )
    expect(renderConsole(report)).toMatch(
      /level 3: not awarded by this version \(its set of checks is not complete\); its \d+ checks run and report/,
    )
  })
})
