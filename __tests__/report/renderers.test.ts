import { afterAll, describe, expect, test } from '@jest/globals'
import type { Log } from 'sarif'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { registry } from '../../src/pipeline/registry.js'
import { renderSarif } from '../../src/report/sarif.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderConsole } from '../../src/report/console.js'
import { cleanup, makeRepo } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

async function reportOf(files: Record<string, string>) {
  return (await checkRepository({ path: makeRepo(files, { remote: 'https://github.com/o/r' }), failOn: 1, now: TEST_NOW })).report
}

const INJECTION = {
  '.github/workflows/w.yml':
    'on: issues\npermissions: read-all\njobs:\n  t:\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
}

describe('SARIF', () => {
  test('one rule per check with help text and URI, one result per failing finding with its location', async () => {
    const report = await reportOf({ 'README.md': '# tiny\n', ...INJECTION })
    const log = JSON.parse(renderSarif(report, registry)) as Log
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]!
    const rules = run.tool.driver.rules!
    expect(rules.map((r) => r.id)).toEqual(report.checks.map((c) => c.id))
    const rule = rules.find((r) => r.id === 'dangerous-workflow')!
    expect(rule.helpUri).toBe('https://github.com/ois-ready/ois-ready/blob/v0.1.0/checks/security/dangerous-workflow/README.md')
    expect(rule.help?.markdown).toContain('## How to fix')
    expect(rule.shortDescription?.text).toBe(report.checks.find((c) => c.id === 'dangerous-workflow')!.title)
    const failing = report.checks.flatMap((c) => c.findings.filter((f) => f.status === 'fail' || f.status === 'unknown').map(() => c.id))
    expect(run.results!.map((r) => r.ruleId)).toEqual(failing)
    const injection = run.results!.find((r) => r.ruleId === 'dangerous-workflow')!
    expect(injection.level).toBe('error')
    expect(injection.ruleIndex).toBe(rules.findIndex((r) => r.id === 'dangerous-workflow'))
    expect(injection.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: '.github/workflows/w.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 6 } } },
    ])
    // repository-level findings are located at the most relevant existing file
    expect(run.results!.find((r) => r.ruleId === 'security-policy')!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      'README.md',
    )
    expect(run.versionControlProvenance).toEqual([
      { repositoryUri: 'https://github.com/o/r', revisionId: report.repository.commit, branch: 'refs/heads/main' },
    ])
  })

  test('exempted findings are suppressed with the reason', async () => {
    const report = await reportOf({
      'README.md': '# tiny\n',
      '.ois-ready.yml': 'exemptions:\n  - check: readme\n    reason: README rewrite planned with the comms team\n    expires: 2026-07-01\n',
    })
    const results = (JSON.parse(renderSarif(report, registry)) as Log).runs[0]!.results!
    const readme = results.filter((r) => r.ruleId === 'readme')
    expect(readme.length).toBeGreaterThan(0)
    for (const r of readme)
      expect(r.suppressions).toEqual([
        { kind: 'external', status: 'accepted', justification: 'README rewrite planned with the comms team (until 2026-07-01)' },
      ])
    expect(results.filter((r) => r.ruleId === 'security-policy').every((r) => r.suppressions === undefined)).toBe(true)
  })
})

describe('Markdown summary', () => {
  test('a table of every check, what blocks each level, and what to fix', async () => {
    const report = await reportOf({ 'README.md': '# tiny\n' })
    const md = renderMarkdown(report)
    expect(md).toContain('❌ **No level reached** (required level 1: not met).')
    expect(md).toContain('- Level 1 is blocked by: `contributing`, `licence-file`, `readme`, `security-policy`')
    expect(md).toContain('- Level 3 has no checks in this version of ois-ready, so it cannot be reached yet')
    expect(md).not.toContain('Licence:')
    const licensed = renderMarkdown(await reportOf({ 'README.md': '# tiny\n', 'package.json': '{"license":"EUPL-1.2"}' }))
    expect(licensed).toMatch(/ · Licence: `EUPL-1\.2` · Policy: built-in defaults\n/)
    for (const c of report.checks) expect(md).toContain(`\`${c.id}\``)
    expect(md).toContain('## What to fix')
    // the repository is on GitHub, so an organisation-wide policy may apply: offline, that is unknown
    expect(md).toContain('## What could not be checked')
    expect(md).toContain('↳ Run with network access, or add SECURITY.md to the repository.')
  })

  test('repository content cannot inject markup into the summary', async () => {
    const report = await reportOf({
      '.github/workflows/w.yml':
        'on: issues\njobs:\n  "<img src=x onerror=alert(1)>|":\n    steps:\n      - run: echo ${{ github.event.issue.body }}\n',
    })
    const md = renderMarkdown(report)
    expect(md).toContain('job "\\<img src=x onerror=alert(1)\\>\\|" expands')
    expect(md).not.toMatch(/[^\\]<img/)
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
    expect(text).toContain('OIS-ready level 0 of 3 (required: level 1, NOT met)')
  })
})
