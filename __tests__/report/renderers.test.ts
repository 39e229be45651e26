import { afterAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import type { Log, Result } from 'sarif'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { registry } from '../../src/pipeline/registry.js'
import { FINGERPRINT_KEY, SARIF_LIMITS, artifactUri, renderSarif } from '../../src/report/sarif.js'
import { renderConsole } from '../../src/report/console.js'
import type { FailOn } from '../../src/core/report.js'
import { cleanup, makeRepo } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'
import { githubUploadProblems, sarifSchemaErrors } from '../helpers/sarif.js'

afterAll(cleanup)

async function reportOf(files: Record<string, string>, failOn: FailOn = 1, root?: string) {
  return (await checkRepository({ path: root ?? makeRepo(files, { remote: 'https://github.com/o/r' }), failOn, now: TEST_NOW })).report
}

function sarifOf(report: Awaited<ReturnType<typeof reportOf>>, options = {}): Log {
  const log = JSON.parse(renderSarif(report, registry, options)) as Log
  // every log a test makes is one GitHub code scanning takes
  expect(sarifSchemaErrors(log)).toEqual([])
  expect(githubUploadProblems(log, { resultsPerRule: SARIF_LIMITS.resultsPerCheck })).toEqual([])
  return log
}

const injection = (title: string) =>
  `on: issues\npermissions: read-all\njobs:\n  t:\n    steps:\n      - run: echo "\${{ github.event.issue.${title} }}"\n`

/** 30 files without copyright or licence: a reuse-compliance finding each. */
const UNLICENSED: Record<string, string> = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`src/f${i}.c`, `int f${i};\n`]))

describe('SARIF for code scanning', () => {
  test('one rule per check with help, link and, for the security family, a security-severity', async () => {
    const report = await reportOf({ 'README.md': '# tiny\n', '.github/workflows/w.yml': injection('title') })
    const run = sarifOf(report).runs[0]!
    const rules = run.tool.driver.rules!
    expect(rules.map((r) => r.id)).toEqual(report.checks.map((c) => c.id))
    const rule = rules.find((r) => r.id === 'dangerous-workflow')!
    expect(rule.helpUri).toBe('https://github.com/ois-ready/ois-ready/blob/v0.1.0/checks/security/dangerous-workflow/README.md')
    expect(rule.help?.markdown).toContain('## How to fix')
    expect(rule.properties!['security-severity']).toBe('8.0')
    expect(rules.filter((r) => r.properties!['security-severity'] !== undefined).map((r) => r.id)).toEqual(
      report.checks.filter((c) => c.family === 'security').map((c) => c.id),
    )
    // a level-2 check is not what fail-on 1 requires
    expect(rule.defaultConfiguration).toEqual({ level: 'warning' })
    expect(rules.find((r) => r.id === 'readme')!.defaultConfiguration).toEqual({ level: 'error' })
    const result = run.results!.find((r) => r.ruleId === 'dangerous-workflow')!
    expect(result.ruleIndex).toBe(rules.findIndex((r) => r.id === 'dangerous-workflow'))
    expect(result.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: '.github/workflows/w.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 6 } } },
    ])
    expect(run.versionControlProvenance).toEqual([
      { repositoryUri: 'https://github.com/o/r', revisionId: report.repository.commit, branch: 'refs/heads/main' },
    ])
    expect(run.automationDetails).toEqual({ id: 'ois-ready/' })
  })

  test.each([
    // fail-on, licence-file (level 1, failing), reuse-compliance (level 2, failing)
    [1, 'error', 'warning'],
    [2, 'error', 'error'],
    ['none', 'warning', 'warning'],
  ] as const)('with fail-on %s: a level-1 failure is %s, a level-2 failure %s', async (failOn, level1, level2) => {
    const report = await reportOf({ 'README.md': '# tiny\n', 'a.c': 'int a;\n' }, failOn)
    const results = sarifOf(report).runs[0]!.results!
    expect(results.filter((r) => r.ruleId === 'licence-file').map((r) => r.level)).toEqual([level1])
    expect(new Set(results.filter((r) => r.ruleId === 'reuse-compliance').map((r) => r.level))).toEqual(new Set([level2]))
  })

  test('a warning on a passing check is a note; what could not be checked a warning only when it blocks the required level', async () => {
    const report = await reportOf({
      'README.md': '# tiny\n\nA small tool that does one thing well for the people who need it, with examples below.\n',
      CHANGELOG: '# Changes\n\n## 1.0.0\n\n- first\n',
    })
    const results = sarifOf(report).runs[0]!.results!
    const level = (id: string) => results.filter((r) => r.ruleId === id).map((r) => r.level)
    // security-policy (level 1) cannot see the organisation's files offline: the step fails on it
    expect(report.checks.find((c) => c.id === 'security-policy')!.status).toBe('unknown')
    expect(level('security-policy')).toEqual(['warning'])
    // governance (level 2) cannot either, but fail-on 1 does not need it
    expect(level('governance')).toEqual(['note'])
    for (const c of report.checks.filter((c) => c.status === 'pass'))
      for (const r of results.filter((r) => r.ruleId === c.id)) expect(r.level).toBe('note')
  })

  test('findings of one check in one file are one result with their lines as related locations', async () => {
    const two = `on: issues\npermissions: read-all\njobs:\n  t:\n    steps:\n      - run: echo "\${{ github.event.issue.title }}"\n      - run: echo "\${{ github.event.issue.body }}"\n`
    const report = await reportOf({ 'README.md': '# tiny\n', '.github/workflows/w.yml': two })
    expect(report.checks.find((c) => c.id === 'dangerous-workflow')!.findings.filter((f) => f.status === 'fail')).toHaveLength(2)
    const results = sarifOf(report).runs[0]!.results!.filter((r) => r.ruleId === 'dangerous-workflow')
    expect(results).toHaveLength(1)
    const [r] = results as [Result]
    expect(r.message.text).toMatch(/^2 findings in \.github\/workflows\/w\.yml \(lines 6, 7\)\. The first: /)
    expect(r.locations![0]!.physicalLocation!.region).toBeUndefined()
    expect(r.relatedLocations!.map((l) => [l.id, l.physicalLocation!.region!.startLine])).toEqual([
      [1, 6],
      [2, 7],
    ])
    expect(r.partialFingerprints!.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/)
  })

  test(`at most ${SARIF_LIMITS.resultsPerCheck} results per check, the last one a summary of the rest`, async () => {
    const report = await reportOf({ 'README.md': '# tiny\n', ...UNLICENSED }, 2)
    const reuse = sarifOf(report).runs[0]!.results!.filter((r) => r.ruleId === 'reuse-compliance')
    const findings = report.checks.find((c) => c.id === 'reuse-compliance')!.findings.filter((f) => f.status === 'fail').length
    expect(findings).toBeGreaterThan(SARIF_LIMITS.resultsPerCheck)
    expect(reuse).toHaveLength(SARIF_LIMITS.resultsPerCheck)
    const summary = reuse.at(-1)!
    const omitted = findings - (SARIF_LIMITS.resultsPerCheck - 1)
    expect(summary.message.text).toContain(`${omitted} more findings of reuse-compliance in ${omitted} more files`)
    expect(summary.relatedLocations).toHaveLength(omitted)
    expect(summary.level).toBe('error')
  })

  test('fingerprints: every result has one, from the check, the file and the text, so lines moving keep it', async () => {
    const root = makeRepo({ 'README.md': '# tiny\n', '.github/workflows/w.yml': injection('title') }, { remote: 'https://github.com/o/r' })
    const before = sarifOf(await reportOf({}, 1, root)).runs[0]!.results!
    for (const r of before) expect(r.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}(:\d+)?$/)
    const keys = before.map((r) => r.partialFingerprints![FINGERPRINT_KEY])
    expect(new Set(keys).size).toBe(keys.length)
    // results at a line leave primaryLocationLineHash to upload-sarif, which hashes the line itself
    const atLine = before.find((r) => r.ruleId === 'dangerous-workflow')!
    expect(atLine.partialFingerprints!.primaryLocationLineHash).toBeUndefined()
    for (const r of before.filter((r) => !r.locations![0]!.physicalLocation!.region))
      expect(r.partialFingerprints!.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d+$/)
    writeFileSync(join(root, '.github/workflows/w.yml'), `# a comment\n# and another\n${injection('title')}`)
    execFileSync('git', ['commit', '-qam', 'comments'], { cwd: root })
    const after = sarifOf(await reportOf({}, 1, root)).runs[0]!.results!
    const moved = after.find((r) => r.ruleId === 'dangerous-workflow')!
    expect(moved.locations![0]!.physicalLocation!.region!.startLine).toBe(8)
    expect(moved.partialFingerprints).toEqual(atLine.partialFingerprints)
  })

  test('a repository-level finding is shown at the file it is about, never at an unrelated README', async () => {
    const report = await reportOf({ 'README.md': '# tiny\n', 'requirements.txt': 'alabaster==1.0.0\n' })
    const run = sarifOf(report).runs[0]!
    const at = (id: string) =>
      run.results!.filter((r) => r.ruleId === id).map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)
    // the files to create
    expect(at('contributing')).toEqual(['CONTRIBUTING.md'])
    expect(at('licence-file')).toEqual(['LICENSE'])
    expect(at('security-policy')).toEqual(['SECURITY.md'])
    // the lockfile the finding is about
    expect(at('dependency-licences')).toEqual(['requirements.txt'])
    for (const id of ['code-of-conduct', 'governance', 'changelog', 'dependency-updates', 'sbom-quality'])
      expect(at(id)).not.toContain('README.md')
    // sbom-quality has no file to show its findings at: they are counted, not pinned somewhere
    const sbom = report.checks.find((c) => c.id === 'sbom-quality')!
    const reported = sbom.findings.filter((f) => f.status !== 'pass' || f.severity === 'warning').length
    expect(reported).toBeGreaterThan(0)
    expect(run.properties!.notInResults).toContainEqual({ ruleId: 'sbom-quality', findings: reported })
    expect(at('sbom-quality')).toEqual([])
  })

  test('exempted findings are suppressed with the reason', async () => {
    const report = await reportOf({
      'README.md': '# tiny\n',
      '.ois-ready.yml': 'exemptions:\n  - check: readme\n    reason: README rewrite planned with the comms team\n    expires: 2026-07-01\n',
    })
    const results = sarifOf(report).runs[0]!.results!
    const readme = results.filter((r) => r.ruleId === 'readme')
    expect(readme.length).toBeGreaterThan(0)
    for (const r of readme)
      expect(r.suppressions).toEqual([
        { kind: 'external', status: 'accepted', justification: 'README rewrite planned with the comms team (until 2026-07-01)' },
      ])
    expect(results.filter((r) => r.ruleId === 'security-policy').every((r) => r.suppressions === undefined)).toBe(true)
  })

  test('the category and the folder of the repository in the checkout', async () => {
    const report = await reportOf({ 'README.md': '# tiny\n' })
    const run = sarifOf(report, { category: 'ois-ready/packages/app', uriPrefix: 'packages/app/' }).runs[0]!
    expect(run.automationDetails).toEqual({ id: 'ois-ready/packages/app/' })
    expect(run.results!.find((r) => r.ruleId === 'contributing')!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      'packages/app/CONTRIBUTING.md',
    )
  })

  test.each([
    ['docs/read me.md', 'docs/read%20me.md'],
    ['a#b?.md', 'a%23b%3F.md'],
    ['ünï/cödé.c', '%C3%BCn%C3%AF/c%C3%B6d%C3%A9.c'],
    ["it's (1).txt", 'it%27s%20%281%29.txt'],
  ])('the path %s is the relative URI %s', (path, uri) => {
    expect(artifactUri(path)).toBe(uri)
  })
})

describe('console', () => {
  test('a compact table and the level', async () => {
    const report = await reportOf({ 'README.md': '# tiny\n' })
    const text = renderConsole(report, 80)
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^\s+check\s+L\s+result$/)
    expect(lines.filter((l) => /^(PASS|FAIL|UNKN|N\/A |ERR |OFF |EXMP) /.test(l))).toHaveLength(report.checks.length)
    expect(lines.slice(0, report.checks.length + 1).every((l) => l.length <= 80)).toBe(true)
    expect(text).toContain('OIS-ready level 0 (of the 3 levels this version can award) (required: level 1, NOT met)')
  })
})
