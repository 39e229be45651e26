import { afterAll, describe, expect, test } from '@jest/globals'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { registry } from '../../src/pipeline/registry.js'
import { codeQualityIssues, renderCodeQuality } from '../../src/report/code-quality.js'
import type { FailOn } from '../../src/core/report.js'
import { cleanup, makeRepo } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

async function reportOf(files: Record<string, string>, failOn: FailOn = 1) {
  return (await checkRepository({ path: makeRepo(files, { remote: 'https://gitlab.com/o/r' }), failOn, now: TEST_NOW })).report
}

const injection = 'on: issues\npermissions: read-all\njobs:\n  t:\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n'

/** GitLab's Code Quality report format: the fields it reads, each of the type it expects (docs.gitlab.com/ci/testing/code_quality). */
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker']

describe("codeclimate.json, GitLab's Code Quality report", () => {
  test('an array of issues with the fields GitLab reads, unique fingerprints, paths relative to the project', async () => {
    const report = await reportOf({ 'README.md': '# tiny\n', '.github/workflows/w.yml': injection })
    const issues = JSON.parse(renderCodeQuality(report, registry)) as ReturnType<typeof codeQualityIssues>
    expect(issues.length).toBeGreaterThan(0)
    for (const issue of issues) {
      expect(typeof issue.description).toBe('string')
      expect(issue.check_name).toMatch(/^ois-ready\/[a-z0-9-]+$/)
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/)
      expect(SEVERITIES).toContain(issue.severity)
      expect(issue.location.path).not.toMatch(/^\//)
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1)
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length)
    const workflow = issues.find((i) => i.check_name === 'ois-ready/dangerous-workflow')!
    expect(workflow).toMatchObject({ location: { path: '.github/workflows/w.yml', lines: { begin: 6 } } })
  })

  test.each([
    // fail-on, licence-file (level 1, failing), reuse-compliance (level 2, failing): as loud as in SARIF
    [1, 'major', 'minor'],
    [2, 'major', 'major'],
    ['none', 'minor', 'minor'],
  ] as const)('with fail-on %s: a level-1 failure is %s, a level-2 failure %s', async (failOn, level1, level2) => {
    const issues = codeQualityIssues(await reportOf({ 'README.md': '# tiny\n', 'a.c': 'int a;\n' }, failOn), registry)
    expect(new Set(issues.filter((i) => i.check_name === 'ois-ready/licence-file').map((i) => i.severity))).toEqual(new Set([level1]))
    expect(new Set(issues.filter((i) => i.check_name === 'ois-ready/reuse-compliance').map((i) => i.severity))).toEqual(new Set([level2]))
  })

  test('the same findings give the same fingerprints; a folder of the project prefixes the paths', async () => {
    const files = { 'README.md': '# tiny\n', 'a.c': 'int a;\n' }
    const a = codeQualityIssues(await reportOf(files), registry)
    const b = codeQualityIssues(await reportOf(files), registry)
    expect(b.map((i) => i.fingerprint)).toEqual(a.map((i) => i.fingerprint))
    const prefixed = codeQualityIssues(await reportOf(files), registry, { pathPrefix: 'packages/app/' })
    expect(prefixed.map((i) => i.location.path)).toEqual(a.map((i) => `packages/app/${i.location.path}`))
    expect(prefixed.map((i) => i.fingerprint)).not.toEqual(a.map((i) => i.fingerprint))
  })
})
