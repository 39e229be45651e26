/**
 * The third verdict: a check that cannot observe what it needs says unknown, with what would
 * resolve it. Unknown is not a pass (it does not satisfy a level) and not a failure, and it
 * shows as such in the report, the summary, SARIF, the console and a signed attestation.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import type { Log } from 'sarif'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { aggregate } from '../../src/core/levels.js'
import type { Check, Finding, Level } from '../../src/core/types.js'
import { renderSarif } from '../../src/report/sarif.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderConsole } from '../../src/report/console.js'
import { renderJson } from '../../src/report/json.js'
import { attestWithKey } from '../../src/attest/attest-run.js'
import { validateReport } from '../helpers/schemas.js'
import { testKey } from '../helpers/attest.js'
import { cleanup, makeRepo } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

const finding = (status: Finding['status']): Finding => ({ status, message: status })

function fakeCheck(id: string, level: Level, findings: Finding[]): Check {
  return {
    meta: {
      id,
      family: 'security',
      title: `check ${id}`,
      level,
      version: '1',
      crosswalk: { osps: ['OSPS-VM-02.01'] },
      subjectFile: 'SECURITY.md',
    },
    docs: `# ${id}\n\n## What it checks\n\nA check made for this test.\n`,
    run: async () => findings,
  }
}

const ORG_POLICY: Finding = {
  status: 'unknown',
  message: 'no SECURITY.md in the repository; an organisation-wide security policy may apply',
  remediation: 'run with network access (--network) so that the organisation .github repository can be read',
}

describe('the unknown verdict', () => {
  test.each([
    [['pass', 'unknown'], 'unknown'],
    [['unknown', 'fail'], 'fail'],
    [['unknown', 'error'], 'error'],
    [['unknown', 'not-applicable'], 'unknown'],
    [['pass', 'not-applicable'], 'pass'],
  ] as const)('findings %j make the check %s', (statuses, expected) => {
    expect(aggregate(statuses.map(finding))).toBe(expected)
  })

  test('an unknown check blocks its level, is counted apart, and says what would resolve it everywhere', async () => {
    const root = makeRepo({ 'README.md': '# x\n' }, { remote: 'https://github.com/o/r' })
    const checks = [fakeCheck('known', 1, [finding('pass')]), fakeCheck('org-policy', 1, [ORG_POLICY])]
    const { report } = await checkRepository({ path: root, failOn: 1, now: TEST_NOW, checks })
    expect(validateReport(report)).toBe(true)
    const unknown = report.checks.find((c) => c.id === 'org-policy')!
    expect(unknown).toMatchObject({ status: 'unknown', satisfied: false })
    expect(report.level).toBe(0)
    expect(report.passed).toBe(false)
    expect(report.levels[0]).toMatchObject({ level: 1, reached: false, blocking: ['org-policy'] })
    expect(report.summary).toMatchObject({ pass: 1, fail: 0, unknown: 1 })
    // the crosswalk does not count a criterion as shown while a check of it could not see
    expect(report.crosswalk.schemes.find((s) => s.scheme === 'osps')!.evidenced).toEqual([])

    const md = renderMarkdown(report)
    expect(md).toContain('1 passed, 0 failed, 1 could not be checked')
    expect(md).toContain('## What could not be checked')
    expect(md).toContain('organisation-wide security policy may apply<br>To check it: run with network access (--network)')
    expect(md).not.toContain('## What to fix')

    const sarif = JSON.parse(renderSarif(report, checks)) as Log
    // not a defect of the repository, but the step fails on it: a warning, at the file that would resolve it
    expect(sarif.runs[0]!.results!.map((r) => [r.ruleId, r.level])).toEqual([['org-policy', 'warning']])
    expect(sarif.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('SECURITY.md')
    expect(sarif.runs[0]!.results![0]!.message.text).toContain('To check it: run with network access')

    expect(renderConsole(report)).toMatch(/^UNKN org-policy/m)
  })

  test('an exemption can waive an unknown check, and a signed attestation with unknown verifies', async () => {
    const root = makeRepo(
      {
        'README.md': '# x\n',
        '.ois-ready.yml':
          'exemptions:\n  - check: org-policy\n    reason: SECURITY.md of the organisation applies, checked by hand\n    expires: 2026-12-31\n',
      },
      { remote: 'https://github.com/o/r' },
    )
    const checks = [fakeCheck('known', 1, [finding('pass')]), fakeCheck('org-policy', 1, [ORG_POLICY]), fakeCheck('later', 2, [ORG_POLICY])]
    const { report } = await checkRepository({ path: root, failOn: 1, now: TEST_NOW, checks })
    expect(report.checks.find((c) => c.id === 'org-policy')).toMatchObject({ status: 'unknown', satisfied: true })
    expect(report.level).toBe(1)
    const key = testKey('ed25519')
    const { verification } = attestWithKey({ report, reportJson: renderJson(report), key: key.private })
    expect(verification.rejections).toEqual([])
    expect(verification.statement!.predicate.checks.map((c) => [c.id, c.status, c.satisfied])).toEqual([
      ['known', 'pass', true],
      ['later', 'unknown', false],
      ['org-policy', 'unknown', true],
    ])
  })
})
