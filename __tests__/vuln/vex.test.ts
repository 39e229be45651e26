/**
 * VEX documents in the repository (OpenVEX and CycloneDX VEX) suppressing findings of the
 * known-vulnerabilities check, and not suppressing them (wrong product, wrong version, missing
 * justification); an invalid document is a finding with its line.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { check } from '../../checks/security/known-vulnerabilities/index.js'
import { DEFAULT_FETCH } from '../../src/core/guarded-fetch.js'
import { updateDatabase } from '../../src/vuln/database-update.js'
import { purlApplies } from '../../src/vuln/vex.js'
import { runCheckOn, TEST_NOW } from '../helpers/check.js'
import { exportZip, osvServer, realRecords } from '../helpers/osv-server.js'
import { cleanup, tempDir } from '../helpers/repo.js'

let db: string
const REMOTE = 'https://github.com/example/webshop'

beforeAll(async () => {
  const records = realRecords()
  const server = await osvServer({ zips: { npm: exportZip(records, 'npm') } })
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

const LOCK = JSON.stringify(
  {
    name: 'webshop',
    lockfileVersion: 3,
    packages: {
      '': { name: 'webshop', dependencies: { semver: '7.5.1', 'flatmap-stream': '0.1.1' } },
      'node_modules/flatmap-stream': { version: '0.1.1' },
      'node_modules/semver': { version: '7.5.1' },
    },
  },
  null,
  2,
)

const openvex = (statement: Record<string, unknown>) =>
  JSON.stringify(
    {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/2026-001',
      author: 'Webshop maintainers',
      timestamp: '2026-05-01T00:00:00Z',
      version: 1,
      statements: [statement],
    },
    null,
    2,
  )

const run = (files: Record<string, string>) =>
  runCheckOn(
    check,
    { 'package.json': '{"name":"webshop"}', 'package-lock.json': LOCK, ...files },
    { remote: REMOTE, vulnerabilityData: { database: db } },
  )
const semverFinding = (r: Awaited<ReturnType<typeof run>>) => r.findings.find((f) => f.message.startsWith('semver@'))!

describe('OpenVEX', () => {
  test('not_affected with a justification, for the component: suppressed and listed with its justification', async () => {
    const r = await run({
      'webshop.openvex.json': openvex({
        vulnerability: { name: 'CVE-2022-25883' },
        products: [{ '@id': 'pkg:npm/semver@7.5.1' }],
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
      }),
    })
    expect(semverFinding(r)).toMatchObject({ status: 'pass', location: { path: 'webshop.openvex.json', startLine: 8 } })
    expect(semverFinding(r).message).toMatch(/; not affected per VEX \(webshop\.openvex\.json:8\): vulnerable_code_not_in_execute_path$/)
    expect(r.messages[0]).toContain('1 suppressed by VEX statements')
    // a malicious package is never suppressed, and still fails the check
    expect(r.status).toBe('fail')
  })

  test("a subcomponent of this project's product (its repository URL) is suppressed; of another product it is not", async () => {
    const statement = (product: string) =>
      openvex({
        vulnerability: { name: 'GHSA-c2qf-rxjj-qqgw' },
        products: [{ '@id': product, subcomponents: [{ '@id': 'pkg:npm/semver@7.5.1' }] }],
        status: 'not_affected',
        justification: 'vulnerable_code_cannot_be_controlled_by_adversary',
      })
    expect(semverFinding(await run({ 'vex/app.vex.json': statement(REMOTE) })).status).toBe('pass')
    expect(semverFinding(await run({ 'vex/app.vex.json': statement('pkg:npm/webshop@2.0.0') })).status).toBe('pass')
    expect(semverFinding(await run({ 'vex/app.vex.json': statement('pkg:npm/another-app@1.0.0') })).status).toBe('fail')
  })

  test('another version of the component is not suppressed; a purl without version is every version', async () => {
    const statement = (purl: string) => openvex({ vulnerability: 'CVE-2022-25883', products: [purl], status: 'fixed' })
    expect(semverFinding(await run({ 'vex.json': statement('pkg:npm/semver@7.5.2') })).status).toBe('fail')
    expect(semverFinding(await run({ 'vex.json': statement('pkg:npm/semver') })).status).toBe('pass')
  })

  test('not_affected without a justification is an invalid statement, with its line, and suppresses nothing', async () => {
    const r = await run({
      'webshop.openvex.json': openvex({
        vulnerability: { name: 'CVE-2022-25883' },
        products: [{ '@id': 'pkg:npm/semver@7.5.1' }],
        status: 'not_affected',
      }),
    })
    expect(semverFinding(r).status).toBe('fail')
    const invalid = r.findings.find((f) => f.message.includes('invalid VEX document'))!
    expect(invalid).toMatchObject({ status: 'fail', location: { path: 'webshop.openvex.json', startLine: 8 } })
    expect(invalid.message).toBe(
      'webshop.openvex.json: invalid VEX document: OpenVEX statement 1: `not_affected` needs a `justification` or an `impact_statement`',
    )
  })

  test('a document that is not JSON is a finding with its line', async () => {
    const r = await run({ 'vex.json': '{\n  "@context": "https://openvex.dev/ns/v0.2.0",\n  "statements": [\n    {,}\n  ]\n}\n' })
    const invalid = r.findings.find((f) => f.message.includes('invalid VEX document'))!
    expect(invalid.location).toEqual({ path: 'vex.json', startLine: 4 })
  })
})

describe('CycloneDX VEX', () => {
  const cdx = (analysis: Record<string, unknown>, ref = 'pkg:npm/semver@7.5.1') =>
    JSON.stringify(
      { bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, vulnerabilities: [{ id: 'CVE-2022-25883', analysis, affects: [{ ref }] }] },
      null,
      2,
    )
  test('not_affected with a justification suppresses; without one it is invalid; resolved suppresses', async () => {
    const ok = await run({
      'sbom.vex.cdx.json': cdx({ state: 'not_affected', justification: 'code_not_reachable', detail: 'only used by the build' }),
    })
    expect(semverFinding(ok).status).toBe('pass')
    expect(semverFinding(ok).message).toContain('not affected per VEX (sbom.vex.cdx.json:6): code_not_reachable: only used by the build')
    const missing = await run({ 'sbom.vex.cdx.json': cdx({ state: 'not_affected' }) })
    expect(semverFinding(missing).status).toBe('fail')
    expect(missing.messages).toContain(
      'sbom.vex.cdx.json: invalid VEX document: CycloneDX vulnerability 1: `not_affected` needs an `analysis.justification`',
    )
    expect(semverFinding(await run({ 'sbom.vex.cdx.json': cdx({ state: 'resolved' }) })).status).toBe('pass')
    expect(semverFinding(await run({ 'sbom.vex.cdx.json': cdx({ state: 'exploitable' }) })).status).toBe('fail')
  })
})

describe('purl matching', () => {
  test.each([
    ['pkg:npm/%40scope/name@1.0.0', 'pkg:npm/%40scope/name@1.0.0', true],
    ['pkg:npm/%40scope/name', 'pkg:npm/%40scope/name@1.0.0', true],
    ['pkg:npm/%40scope/name@1.0.1', 'pkg:npm/%40scope/name@1.0.0', false],
    ['pkg:npm/name@1.0.0', 'pkg:npm/name-other@1.0.0', false],
    ['pkg:maven/org.example/lib@1.0?type=jar', 'pkg:maven/org.example/lib@1.0', true],
  ])('%s applies to %s: %s', (statement, component, expected) => {
    expect(purlApplies(statement, component)).toBe(expected)
  })
})
