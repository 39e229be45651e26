/**
 * OSV `affected` evaluation on real records (fixtures/real/osv, see SOURCE.md): which versions a
 * careful reader of each advisory calls affected, at the edges of its ranges.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inRange, matchRecord, type OsvRecord } from '../../src/vuln/osv.js'
import { compareSemver } from '../../src/vuln/versions.js'
import { severityOf } from '../../src/vuln/severity.js'
import { FIXTURES } from '../helpers/repo.js'

const record = (folder: string, id: string): OsvRecord =>
  JSON.parse(readFileSync(join(FIXTURES, 'real', 'osv', folder, `${id}.json`), 'utf8')) as OsvRecord

const affected = (r: OsvRecord, ecosystem: string, name: string, version: string) => matchRecord(r, ecosystem, name, version).length > 0

describe('range edges on real advisories', () => {
  test.each([
    // GHSA-c2qf-rxjj-qqgw: <5.7.2, 6.0.0..6.3.1, 7.0.0..7.5.2
    ['5.7.1', true],
    ['5.7.2', false],
    ['6.0.0', true],
    ['6.3.1', false],
    ['7.0.0-rc.1', false], // a pre-release of 7.0.0 is before `introduced: 7.0.0` and after 5.7.2
    ['7.5.1', true],
    ['7.5.2-beta.1', true], // a pre-release of the fix is before it
    ['7.5.2', false],
    ['7.6.0', false],
  ])('npm semver %s affected: %s', (version, expected) => {
    expect(affected(record('github-advisory-database', 'GHSA-c2qf-rxjj-qqgw'), 'npm', 'semver', version)).toBe(expected)
  })

  test.each([
    // GHSA-jfh8-c2jp-5v3q: <2.3.1, 2.4..2.12.2, 2.13.0..2.15.0
    ['2.0-beta9', true],
    ['2.3', true],
    ['2.3.1', false],
    ['2.4', true],
    ['2.12.1', true],
    ['2.12.2', false],
    ['2.13.0', true],
    ['2.15.0-rc1', true], // a Maven release candidate is before the release
    ['2.15.0', false],
    ['2.15.0.redhat-00001', false], // a qualifier after a number: after 2.15.0
    ['2.17.1', false],
  ])('Maven log4j-core %s affected: %s', (version, expected) => {
    expect(
      affected(record('github-advisory-database', 'GHSA-jfh8-c2jp-5v3q'), 'Maven', 'org.apache.logging.log4j:log4j-core', version),
    ).toBe(expected)
  })

  test.each([
    ['1.5.0', true],
    ['1.5.0rc1', true],
    ['1.5.0.post0', false], // fixed in a post-release
    ['1!0.1', false], // an epoch sorts after every version without one
  ])('PyPI label-studio %s affected: %s', (version, expected) => {
    expect(affected(record('pypa-advisory-database', 'PYSEC-2022-300'), 'PyPI', 'label-studio', version)).toBe(expected)
  })

  test.each([
    ['1.11.0', true], // last_affected is affected
    ['1.11.0.post1', false], // and anything after it is not
    ['1.10.0', true],
  ])('PyPI py %s affected: %s (last_affected)', (version, expected) => {
    expect(affected(record('pypa-advisory-database', 'PYSEC-2022-42969'), 'PyPI', 'py', version)).toBe(expected)
  })

  test('a GIT range is not evaluated, and said so; the ECOSYSTEM range beside it is', () => {
    const r = record('pypa-advisory-database', 'PYSEC-2021-34')
    const [hit] = matchRecord(r, 'PyPI', 'pikepdf', '2.9.0')
    expect(hit?.gitIgnored).toBe(true)
    expect(hit?.fixed).toEqual(['2.10.0'])
    expect(affected(r, 'PyPI', 'pikepdf', '2.10.0')).toBe(false)
    expect(affected(r, 'PyPI', 'PikePDF', '1.3.0')).toBe(true) // PEP 503 names
  })

  test.each([
    ['golang.org/x/crypto', 'v0.0.0-20211202000000-aaaaaaaaaaaa', true], // a pseudo-version before the fix
    ['golang.org/x/crypto', 'v0.0.0-20211202192323-5770296d904e', false],
    ['golang.org/x/crypto', 'v0.1.0', false],
    ['golang.org/x/crypto', 'v0.0.0-20211202192323-5770296d904e+incompatible', false],
  ])('Go %s %s affected: %s', (name, version, expected) => {
    expect(affected(record('golang-vulndb', 'GO-2022-0968'), 'Go', name, version)).toBe(expected)
  })

  test.each([
    ['stdlib', 'v1.18.5', true],
    ['stdlib', 'v1.18.6', false],
    ['stdlib', 'v1.19.0-rc.1', true], // introduced 1.19.0-0: every pre-release of 1.19.0
    ['stdlib', 'v1.19.1', false],
    ['golang.org/x/net', 'v0.0.0-20220906165146-f3363e06e74c', false],
    ['golang.org/x/net', 'v0.0.0-20220826154423-83b083e8dc8b', true],
  ])('Go %s %s affected: %s', (name, version, expected) => {
    expect(affected(record('golang-vulndb', 'GO-2022-0969'), 'Go', name, version)).toBe(expected)
  })

  test.each([
    // GHSA-8xww-x3g3-6jcv: <5.2.8.15, 6.0.0..6.0.6.1, 6.1.0..6.1.7.1, 7.0.0..7.0.4.1
    ['5.2.8.14', true],
    ['5.2.8.15', false], // between two ranges: 5.2.8.15 up to 6.0.0
    ['6.0.6', true],
    ['6.0.6.1', false],
    ['6.1.7', true],
    ['6.1.7.1', false],
    ['7.0.0.rc1', false], // a RubyGems pre-release of 7.0.0 is before `introduced: 7.0.0`
    ['7.0.4', true],
    ['7.0.4.1', false],
  ])('RubyGems actionpack %s affected: %s', (version, expected) => {
    expect(affected(record('github-advisory-database', 'GHSA-8xww-x3g3-6jcv'), 'RubyGems', 'actionpack', version)).toBe(expected)
  })

  test.each([
    ['12.0.3', true],
    ['13.0.1-beta1', true],
    ['13.0.1', false],
    ['13.0.1.0', false], // NuGet's fourth number
  ])('NuGet Newtonsoft.Json %s affected: %s', (version, expected) => {
    expect(affected(record('github-advisory-database', 'GHSA-5crp-9r3c-p9vr'), 'NuGet', 'newtonsoft.json', version)).toBe(expected)
  })

  test.each([
    // RUSTSEC-2020-0071 (crates.io `time`), as RustSec's own OSV export writes it: <0.2.0, then only the
    // pre-releases of 0.2.1 ... 0.2.6 (`introduced: 0.2.1-0, fixed: 0.2.1`), then 0.2.7-0 up to 0.2.23
    ['0.1.44', true],
    ['0.2.0', false],
    ['0.2.1-alpha.1', true], // a pre-release inside `introduced: 0.2.1-0`
    ['0.2.1', false],
    ['0.2.6', false],
    ['0.2.7-0', true], // `introduced` itself is affected
    ['0.2.7', true],
    ['0.2.22', true],
    ['0.2.23-alpha.0', true], // a pre-release of the fix is before it
    ['0.2.23', false],
    ['0.3.0', false],
  ])('crates.io time %s affected: %s', (version, expected) => {
    expect(affected(record('rustsec-advisory-db', 'RUSTSEC-2020-0071'), 'crates.io', 'time', version)).toBe(expected)
  })

  test.each([
    ['0.1.44', ['0.2.0']],
    ['0.2.1-alpha.1', ['0.2.1']],
    ['0.2.7', ['0.2.23']],
  ])('crates.io time %s: the fix of its own interval is %j, not every fix of the range', (version, fixed) => {
    expect(matchRecord(record('rustsec-advisory-db', 'RUSTSEC-2020-0071'), 'crates.io', 'time', version)[0]?.fixed).toEqual(fixed)
  })

  test.each([
    // GHSA-wxmh-65f7-jcvw (Packagist guzzlehttp/psr7): <1.9.1, 2.0.0..2.4.5 (PHP's version_compare)
    ['1.9.0', true],
    ['v1.9.0', true], // Composer's `v` prefix
    ['1.9.1', false],
    ['2.0.0-beta1', false], // a beta of 2.0.0 is before `introduced: 2.0.0` and after 1.9.1
    ['2.0.0', true],
    ['2.4.4', true],
    ['2.4.5-RC1', true], // a release candidate of the fix is before it
    ['2.4.5', false],
    ['2.5.0', false],
  ])('Packagist guzzlehttp/psr7 %s affected: %s', (version, expected) => {
    expect(affected(record('github-advisory-database', 'GHSA-wxmh-65f7-jcvw'), 'Packagist', 'guzzlehttp/psr7', version)).toBe(expected)
  })

  test('a malicious package is affected at every version', () => {
    expect(affected(record('malicious-packages', 'MAL-2025-20690'), 'npm', 'flatmap-stream', '0.1.1')).toBe(true)
  })

  test('explicit versions are matched as listed', () => {
    const r = record('pypa-advisory-database', 'PYSEC-2023-73')
    expect(matchRecord(r, 'PyPI', 'redis', '2.10.6')[0]?.by).toBe('versions')
    expect(
      matchRecord(
        { id: 'X', affected: [{ package: { ecosystem: 'PyPI', name: 'redis' }, versions: ['1.34'] }] },
        'PyPI',
        'redis',
        '1.34',
      )[0]?.by,
    ).toBe('versions')
  })

  test('another package or ecosystem never matches', () => {
    expect(affected(record('github-advisory-database', 'GHSA-c2qf-rxjj-qqgw'), 'npm', 'semver-utils', '1.0.0')).toBe(false)
    expect(affected(record('github-advisory-database', 'GHSA-c2qf-rxjj-qqgw'), 'PyPI', 'semver', '1.0.0')).toBe(false)
  })
})

describe('limit (the osv-schema example; no record in the fixtures uses it outside GIT ranges)', () => {
  const range = { type: 'SEMVER', events: [{ introduced: '0' }, { limit: '2.0.0' }] }
  test.each([
    ['1.9.9', true],
    ['2.0.0', false],
    ['3.0.0', false],
  ])('%s affected: %s', (version, expected) => {
    expect(inRange(version, range, compareSemver)).toBe(expected)
  })
})

describe('severity', () => {
  test('CVSS v3.1 vector scored', () => {
    expect(severityOf(record('github-advisory-database', 'GHSA-jfh8-c2jp-5v3q'))).toMatchObject({ level: 'critical', score: 10 })
    expect(severityOf(record('github-advisory-database', 'GHSA-c2qf-rxjj-qqgw'))).toMatchObject({ level: 'medium', score: 5.3 })
  })
  test('CVSS v4.0 vector scored', () => {
    expect(
      severityOf({ id: 'X', severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }] }),
    ).toMatchObject({ level: 'critical', score: 9.3 })
  })
  test('the database severity when no vector', () => {
    expect(severityOf({ id: 'X', database_specific: { severity: 'MODERATE' } }).level).toBe('medium')
    expect(severityOf(record('github-advisory-database', 'GHSA-8xww-x3g3-6jcv'))).toEqual({ level: 'low', source: 'database severity LOW' })
  })
  test('an invalid vector is not a score', () => {
    expect(severityOf({ id: 'X', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:Q' }] }).level).toBe('unknown')
  })
})
