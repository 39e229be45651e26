/**
 * What the known-vulnerabilities check leaves in the outputs: the report's `vulnerabilities`
 * section (source, date, digest, counts, each match and how it stands), the SBOM's CycloneDX
 * `vulnerabilities` with VEX analysis states, and the attestation predicate's summary, each valid
 * against its schema.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../checks/security/known-vulnerabilities/index.js'
import { textOf } from '../../src/core/document.js'
import { DEFAULT_FETCH } from '../../src/core/guarded-fetch.js'
import { compileSchema } from '../../src/core/schema-validator.js'
import { buildStatement } from '../../src/attest/statement.js'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { updateDatabase } from '../../src/vuln/database-update.js'
import { TEST_NOW } from '../helpers/check.js'
import { exportZip, osvServer, realRecords } from '../helpers/osv-server.js'
import { cleanup, makeRepo, PROJECT_ROOT, tempDir } from '../helpers/repo.js'
import { validateReport } from '../helpers/schemas.js'
import * as cdx from '@cyclonedx/cyclonedx-library'

let db: string
beforeAll(async () => {
  const server = await osvServer({ zips: { npm: exportZip(realRecords(), 'npm') } })
  db = tempDir('ois-ready-vulndb-')
  await updateDatabase({
    folder: db,
    ecosystems: ['npm'],
    base: server.url,
    fetch: { ...DEFAULT_FETCH, allowHosts: [server.host] },
    now: TEST_NOW,
  })
  await server.close()
})
afterAll(cleanup)

test('report, SBOM and predicate carry the matches, the VEX outcome and the data used', async () => {
  const root = makeRepo({
    'package.json': '{"name":"shop"}',
    'package-lock.json': JSON.stringify({
      name: 'shop',
      lockfileVersion: 3,
      packages: {
        '': { name: 'shop', dependencies: { semver: '7.5.1', 'flatmap-stream': '0.1.1' } },
        'node_modules/flatmap-stream': { version: '0.1.1' },
        'node_modules/semver': { version: '7.5.1' },
      },
    }),
    'vex/shop.openvex.json': JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      statements: [
        {
          vulnerability: { name: 'CVE-2022-25883' },
          products: [{ '@id': 'pkg:npm/semver@7.5.1' }],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
        },
      ],
    }),
  })
  const { report, sbomBytes } = await checkRepository({
    path: root,
    failOn: 2,
    now: TEST_NOW,
    checks: [check],
    vulnerabilityData: { database: db },
  })
  expect(validateReport(report)).toBe(true)
  expect(report.vulnerabilities).toMatchObject({
    source: { kind: 'database', location: db, date: TEST_NOW.toISOString() },
    counts: { malicious: 1, critical: 0, high: 0, medium: 0, low: 0, unknown: 0 },
    findings: [
      { purl: 'pkg:npm/flatmap-stream@0.1.1', ids: ['MAL-2025-20690'], severity: 'malicious', state: 'open' },
      {
        purl: 'pkg:npm/semver@7.5.1',
        ids: ['GHSA-c2qf-rxjj-qqgw', 'CVE-2022-25883'],
        severity: 'medium',
        score: 5.3,
        fixed: ['7.5.2'],
        state: 'suppressed',
        why: 'vex/shop.openvex.json:1 not_affected vulnerable_code_not_in_execute_path',
      },
    ],
  })
  const sbom = JSON.parse(textOf(sbomBytes!)) as { vulnerabilities: Record<string, unknown>[] }
  expect(sbom.vulnerabilities).toEqual([
    {
      'bom-ref': 'GHSA-c2qf-rxjj-qqgw/pkg:npm/semver@7.5.1',
      id: 'GHSA-c2qf-rxjj-qqgw',
      source: { name: 'GitHub', url: 'https://github.com/advisories/GHSA-c2qf-rxjj-qqgw' },
      references: [{ id: 'CVE-2022-25883', source: { name: 'NVD', url: 'https://nvd.nist.gov/vuln/detail/CVE-2022-25883' } }],
      ratings: [{ score: 5.3, severity: 'medium', method: 'CVSSv31', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }],
      description: 'semver vulnerable to Regular Expression Denial of Service',
      recommendation: 'Update to 7.5.2 or later.',
      analysis: {
        state: 'not_affected',
        justification: 'code_not_reachable',
        detail: 'vex/shop.openvex.json:1 (vulnerable_code_not_in_execute_path)',
      },
      affects: [{ ref: 'pkg:npm/semver@7.5.1' }],
    },
    {
      'bom-ref': 'MAL-2025-20690/pkg:npm/flatmap-stream@0.1.1',
      id: 'MAL-2025-20690',
      source: { name: 'OSV', url: 'https://osv.dev/vulnerability/MAL-2025-20690' },
      ratings: [{ severity: 'critical', method: 'other' }],
      description: 'Malicious code in flatmap-stream (npm)',
      affects: [{ ref: 'pkg:npm/flatmap-stream@0.1.1' }],
    },
  ])
  // the SBOM stays valid CycloneDX 1.6 (the library's strict validator)
  expect(await new cdx.Validation.JsonStrictValidator(cdx.Spec.Version.v1dot6).validate(textOf(sbomBytes!))).toBeNull()
  const statement = buildStatement({ report, reportJson: JSON.stringify(report) })
  expect(statement.predicate.vulnerabilities).toEqual({
    source: { kind: 'database', date: TEST_NOW.toISOString(), digest: report.vulnerabilities!.source!.digest },
    counts: { malicious: 1, critical: 0, high: 0, medium: 0, low: 0, unknown: 0 },
    suppressed: 1,
    ignored: 0,
  })
  const validatePredicate = compileSchema(JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/predicate.schema.json'), 'utf8')))
  expect(validatePredicate(statement.predicate)).toBe(true)
})

test('the summary lists the vulnerabilities by severity, with the data used', async () => {
  const { renderMarkdown } = await import('../../src/report/markdown.js')
  const root = makeRepo({
    'package.json': '{"name":"shop"}',
    'package-lock.json': JSON.stringify({
      name: 'shop',
      lockfileVersion: 3,
      packages: {
        '': { name: 'shop', dependencies: { semver: '7.5.1', 'flatmap-stream': '0.1.1' } },
        'node_modules/flatmap-stream': { version: '0.1.1' },
        'node_modules/semver': { version: '7.5.1' },
      },
    }),
  })
  const { report } = await checkRepository({ path: root, failOn: 2, now: TEST_NOW, checks: [check], vulnerabilityData: { database: db } })
  const md = renderMarkdown(report)
  const start = md.indexOf('## Known vulnerabilities')
  const section = md.slice(start, md.indexOf('\n## ', start + 1))
  expect(section).toContain(`1 malicious, 1 medium open; from the OSV database of ${TEST_NOW.toISOString()} (sha256:`)
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity'))
  expect(rows).toEqual([
    '| malicious | `pkg:npm/flatmap-stream@0.1.1` | MAL-2025-20690 | none | open |',
    '| medium 5.3 | `pkg:npm/semver@7.5.1` | GHSA-c2qf-rxjj-qqgw, CVE-2022-25883 | `7.5.2` | open |',
  ])
  const offline = await checkRepository({ path: root, failOn: 2, now: TEST_NOW, checks: [check] })
  const none = renderMarkdown(offline.report)
  expect(none).toContain('## Known vulnerabilities\n\nNot checked: no vulnerability data: run with network access or --vulndb.')
})
