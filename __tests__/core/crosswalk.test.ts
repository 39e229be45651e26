import { afterAll, describe, expect, test } from '@jest/globals'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { bestPracticesBaselineField, crosswalkCoverage, scheme, unknownCriteria, SCHEMES } from '../../src/core/crosswalk.js'
import { registry } from '../../src/pipeline/registry.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { cleanup, fixtureRepo, makeRepo } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'
import { runCli } from '../helpers/process.js'

afterAll(cleanup)

describe('crosswalk', () => {
  test('every criterion a check names exists in the scheme lists', () => {
    expect(unknownCriteria(registry)).toEqual([])
    for (const id of SCHEMES) expect(scheme(id).criteria.length).toBeGreaterThan(10)
  })

  test('an exemplary repository shows criteria as met, with the checks that showed them', async () => {
    const { report } = await checkRepository({
      path: fixtureRepo('exemplary', { remote: 'https://github.com/kommune/forms', commits: [{ tags: ['v1.2.0'] }] }),
      failOn: 1,
      now: TEST_NOW,
    })
    const osps = report.crosswalk.schemes.find((s) => s.scheme === 'osps')!
    expect(osps.criteria).toBe(64)
    expect(osps.evidenced).toContainEqual({ id: 'OSPS-VM-03.01', checks: ['security-policy'] })
    expect(osps.evidenced).toContainEqual({ id: 'OSPS-GV-03.01', checks: ['contributing'] })
    // the exemplary fixture is exemplary up to level 2; level-3 checks fail (enforced-review: one direct commit;
    // verifiable-releases: its tag is not signed)
    const level3 = new Set(
      scheme('osps')
        .criteria.filter((c) => c.level === 3)
        .map((c) => c.id),
    )
    expect(osps.failing.filter((f) => !level3.has(f.id))).toEqual([])
    expect(osps.remaining).toBe(64 - osps.evidenced.length - osps.failing.length)
    const md = renderMarkdown(report)
    expect(md).toContain('## Evidence for assurance schemes')
    // the table's counts are the coverage's: criteria, evidenced, failing (level 3 only, above), remaining
    expect(md).toContain(
      `| OpenSSF OSPS Baseline (2026.02.19) | 64 | ${osps.evidenced.length} | ${osps.failing.length} | ${osps.remaining} |`,
    )
    const link = /\(https:\/\/www\.bestpractices\.dev\/projects\?([^)]+)\)/.exec(md)![1]!
    const params = new URLSearchParams(link)
    expect(params.get('as')).toBe('edit')
    expect(params.get('url')).toBe('https://github.com/kommune/forms')
    expect(params.get('vulnerability_report_private_status')).toBe('Met')
    expect(params.get('vulnerability_report_private_justification')).toMatch(/^ois-ready security-policy: SECURITY\.md: private channel/)
    // silver criteria are not proposed on the passing form
    expect(params.get('code_of_conduct_status')).toBeNull()
    // the baseline forms, in the badge app's automation-proposal format (docs/automation-proposals.md):
    // /projects?as=edit&url=…&section=baseline-N&osps_xx_nn_nn_status=Met|Unmet&…_justification=…
    const baseline = [
      ...md.matchAll(/\[baseline-(\d) \((\d+) met, (\d+) unmet\)\]\((https:\/\/www\.bestpractices\.dev\/projects\?[^)]+)\)/g),
    ]
    expect(baseline.map((m) => m[1])).toEqual(['1', '2', '3'])
    const form = (n: number) => new URL(baseline[n - 1]![4]!).searchParams
    for (const n of [1, 2, 3]) {
      expect(form(n).get('as')).toBe('edit')
      expect(form(n).get('url')).toBe('https://github.com/kommune/forms')
      expect(form(n).get('section')).toBe(`baseline-${n}`)
      const fields = [...form(n).keys()].filter((k) => !['as', 'url', 'section'].includes(k))
      for (const k of fields) expect(k).toMatch(/^osps_(ac|br|do|gv|le|qa|sa|vm)_\d\d_\d\d_(status|justification)$/)
      // each form holds only the criteria first required at its level
      const levels = new Set(
        fields.map(
          (k) => scheme('osps').criteria.find((c) => bestPracticesBaselineField(c.id) === k.replace(/_(status|justification)$/, ''))!.level,
        ),
      )
      expect([...levels]).toEqual([n])
      const statuses = fields.filter((k) => k.endsWith('_status')).map((k) => form(n).get(k))
      expect(statuses.filter((v) => v === 'Met')).toHaveLength(Number(baseline[n - 1]![2]))
      expect(statuses.filter((v) => v === 'Unmet')).toHaveLength(Number(baseline[n - 1]![3]))
    }
    expect(form(1).get('osps_vm_02_01_status')).toBe('Met')
    expect(form(1).get('osps_vm_02_01_justification')).toMatch(/^ois-ready security-policy: SECURITY\.md: private channel/)
    // the exemplary fixture has no threat model: level 3 proposes it as unmet, with the check's reason
    expect(form(3).get('osps_sa_03_02_status')).toBe('Unmet')
    expect(form(3).get('osps_sa_03_02_justification')).toMatch(/^ois-ready threat-model: no threat model or attack-surface analysis/)
  })

  test('failing checks make their criteria failing, not met', async () => {
    const { report } = await checkRepository({ path: makeRepo({ 'README.md': '# x' }), failOn: 1, now: TEST_NOW })
    const cov = crosswalkCoverage(report.checks)
    const osps = cov.schemes.find((s) => s.scheme === 'osps')!
    expect(osps.evidenced).toEqual([])
    expect(osps.failing.map((f) => f.id)).toContain('OSPS-VM-03.01')
  })

  test('a criterion is met only when no check that covers it fails', async () => {
    const { report } = await checkRepository({
      path: makeRepo({ 'README.md': '# x', '.well-known/security.txt': 'Contact: mailto:a@b.eu\nExpires: 2026-12-01T00:00:00Z\n' }),
      failOn: 1,
      now: TEST_NOW,
    })
    const osps = report.crosswalk.schemes.find((s) => s.scheme === 'osps')!
    // security-txt passes for OSPS-VM-02.01, security-policy fails for it
    expect(osps.evidenced.map((e) => e.id)).not.toContain('OSPS-VM-02.01')
    expect(osps.failing).toContainEqual({ id: 'OSPS-VM-02.01', checks: ['security-policy'] })
  })

  test('explain --scheme lists every criterion and its checks', () => {
    const r = runCli(['explain', '--scheme', 'osps'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^OSPS-VM-03\.01 \[2\] {2}.+\n {4}evidence: security-policy$/m)
    expect(r.stdout).toMatch(/^OSPS-AC-01\.01 \[1\] {2}.+\n {4}no check yet: show by other means$/m)
    expect(r.stdout).toMatch(/^OSPS-QA-04\.02 \[3\] {2}.+\n {4}left to other means: ois-ready checks one repository per run/m)
    // known-vulnerabilities gives part of the evidence (the VEX documents it reads); vulnerability-accounting judges it
    expect(r.stdout).toMatch(/^OSPS-VM-04\.02 \[3\] {2}.+\n {4}evidence: known-vulnerabilities, vulnerability-accounting$/m)
    expect(r.stdout).not.toMatch(/planned: /)
    expect(r.stdout).toMatch(/\d+ of 64 criteria have a check/)
    expect(runCli(['explain', '--scheme', 'iso27001']).status).toBe(2)
  })
})

describe('Best Practices baseline field names', () => {
  // the examples of the badge app's docs/automation-proposals.md
  test.each([
    ['OSPS-AC-01.01', 'osps_ac_01_01'],
    ['OSPS-AC-03.01', 'osps_ac_03_01'],
    ['OSPS-BR-01.01', 'osps_br_01_01'],
    ['OSPS-LE-02.01', 'osps_le_02_01'],
    ['OSPS-DO-01.01', 'osps_do_01_01'],
  ])('%s is %s', (id, field) => {
    expect(bestPracticesBaselineField(id)).toBe(field)
  })
})
