/**
 * The known-vulnerabilities check end to end, on real OSV records (fixtures/real/osv) served by a
 * local server: an offline database built by `vulndb update` from zipped exports, and the OSV API.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../checks/security/known-vulnerabilities/index.js'
import { DEFAULT_FETCH } from '../../src/core/guarded-fetch.js'
import { updateDatabase } from '../../src/vuln/database-update.js'
import { runCheckOn, TEST_NOW } from '../helpers/check.js'
import { exportZip, osvServer, realRecords, type OsvServer } from '../helpers/osv-server.js'
import { cleanup, tempDir } from '../helpers/repo.js'

const records = realRecords()
let server: OsvServer
let db: string

const LOCK = JSON.stringify(
  {
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { semver: '7.5.1', 'flatmap-stream': '0.1.1', 'is-number': '7.0.0' } },
      'node_modules/flatmap-stream': { version: '0.1.1', integrity: 'sha512-AAAA' },
      'node_modules/is-number': { version: '7.0.0', integrity: 'sha512-BBBB' },
      'node_modules/semver': { version: '7.5.1', integrity: 'sha512-CCCC' },
    },
  },
  null,
  2,
)
const REQUIREMENTS = 'py==1.11.0\nredis==2.10.6\npikepdf==2.9.0\nrequests==2.32.3\n'
const FILES = { 'package.json': '{"name":"app","version":"1.0.0"}', 'package-lock.json': LOCK, 'requirements.txt': REQUIREMENTS }

const fetchOptions = () => ({ ...DEFAULT_FETCH, allowHosts: [server.host] })

beforeAll(async () => {
  server = await osvServer({
    zips: {
      npm: exportZip(records, 'npm'),
      PyPI: exportZip(records, 'PyPI'),
      Go: exportZip(records, 'Go'),
      Maven: exportZip(records, 'Maven'),
    },
    records,
  })
  db = tempDir('ois-ready-vulndb-')
  const result = await updateDatabase({
    folder: db,
    ecosystems: ['npm', 'PyPI', 'Go'],
    base: server.url,
    fetch: fetchOptions(),
    now: TEST_NOW,
  })
  expect(result.failed).toEqual({})
})
afterAll(async () => {
  await server.close()
  cleanup()
})

const offline = (extra: Parameters<typeof runCheckOn>[2] = {}) =>
  runCheckOn(check, FILES, { vulnerabilityData: { database: db }, ...extra })

describe('offline database', () => {
  test('the manifest records each export: source, date, digest, count', () => {
    const manifest = JSON.parse(readFileSync(join(db, 'manifest.json'), 'utf8'))
    expect(manifest.ecosystems.npm).toMatchObject({
      source: `${server.url}/npm/all.zip`,
      downloadedAt: TEST_NOW.toISOString(),
      records: 2,
      skipped: 0,
    })
    expect(manifest.ecosystems.npm.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(manifest.ecosystems.PyPI.records).toBe(4)
  })

  test('findings name component, version, ids, severity, fixed versions and the lockfile line', async () => {
    const run = await offline()
    expect(run.status).toBe('fail')
    const [head, ...rest] = run.findings
    expect(head!.message).toMatch(
      /^4 known vulnerabilities \(1 malicious, 1 medium, 2 unknown\), 3 failing under the policy `fail: fixable`/,
    )
    expect(head!.message).toContain(`against the OSV database ${db} of ${TEST_NOW.toISOString()} (sha256:`)
    expect(head!.message).toContain('withdrawn advisories not counted: PYSEC-2023-73')
    expect(head!.message).toContain('GIT ranges (commits) are not evaluated')
    const by = (name: string) => rest.find((f) => f.message.startsWith(`${name}@`))!
    expect(by('flatmap-stream')).toMatchObject({ status: 'fail', location: { path: 'package-lock.json', startLine: 16 } })
    expect(by('flatmap-stream').message).toBe(
      'flatmap-stream@0.1.1: MAL-2025-20690 (malicious package) Malicious code in flatmap-stream (npm)',
    )
    expect(by('semver')).toMatchObject({ status: 'fail', location: { path: 'package-lock.json', startLine: 24 } })
    expect(by('semver').message).toBe(
      'semver@7.5.1: GHSA-c2qf-rxjj-qqgw, CVE-2022-25883 (medium 5.3) semver vulnerable to Regular Expression Denial of Service; fixed in 7.5.2',
    )
    // the fix of the component's own branch, not those of the other branches (5.7.2, 6.3.1)
    expect(by('semver').remediation).toContain('Update semver to 7.5.2 or later')
    // last_affected, no fixed version: a warning under the default policy
    expect(by('py')).toMatchObject({ status: 'pass', severity: 'warning', location: { path: 'requirements.txt', startLine: 1 } })
    expect(by('py').message).toMatch(/^py@1\.11\.0: GHSA-w596-4wvx-j9j6, CVE-2022-42969, PYSEC-2022-42969 \(unknown\); no fixed version$/)
    // aliases merged: the PYSEC record names a GHSA and a CVE; fixed in 2.10.0 (the GIT range's commit is not a version)
    expect(by('pikepdf')).toMatchObject({ status: 'fail', location: { path: 'requirements.txt', startLine: 3 } })
    expect(by('pikepdf').message).toMatch(/^pikepdf@2\.9\.0: GHSA-ccgm-3xw4-h5p8, CVE-2021-29421, PYSEC-2021-34 /)
    expect(rest.some((f) => f.message.startsWith('redis@'))).toBe(false)
    expect(rest.some((f) => f.message.startsWith('is-number@') || f.message.startsWith('requests@'))).toBe(false)
  })

  test.each([
    ['any', ['flatmap-stream', 'pikepdf', 'py', 'semver']],
    ['critical', ['flatmap-stream']], // a malicious package fails under every policy
    ['medium', ['flatmap-stream', 'semver']],
  ])('policy fail: %s fails %j', async (fail, failing) => {
    const run = await offline({ checkOptions: { fail } })
    const names = run.findings
      .slice(1)
      .filter((f) => f.status === 'fail')
      .map((f) => f.message.split('@')[0])
      .sort()
    expect(names).toEqual(failing)
  })

  test('an ignore with a reason applies until it expires, by any of the ids', async () => {
    const ignore = [{ id: 'CVE-2022-25883', reason: 'only our own ranges are parsed', expires: '2026-06-30' }]
    const run = await offline({ checkOptions: { ignore } })
    const semver = run.findings.find((f) => f.message.startsWith('semver@'))!
    expect(semver).toMatchObject({ status: 'pass', severity: 'warning' })
    expect(semver.message).toContain('ignored until 2026-06-30: only our own ranges are parsed')
    const expired = await offline({ checkOptions: { ignore: [{ ...ignore[0], expires: '2026-05-31' }] } })
    const again = expired.findings.find((f) => f.message.startsWith('semver@'))!
    expect(again.status).toBe('fail')
    expect(again.message).toContain('the ignore of CVE-2022-25883 expired on 2026-05-31')
  })

  test('a database older than max-age-days is unknown, not a pass', async () => {
    const run = await offline({ now: new Date(TEST_NOW.getTime() + 8 * 86_400_000) })
    expect(run.status).toBe('unknown')
    expect(run.messages[0]).toMatch(/is from 2026-06-01T12:00:00.000Z, older than 7 days/)
    const relaxed = await offline({ now: new Date(TEST_NOW.getTime() + 8 * 86_400_000), checkOptions: { 'max-age-days': 30 } })
    expect(relaxed.status).toBe('fail')
  })

  test('a database without an ecosystem present is unknown, naming it', async () => {
    const only = tempDir('ois-ready-vulndb-')
    await updateDatabase({ folder: only, ecosystems: ['npm'], base: server.url, fetch: fetchOptions(), now: TEST_NOW })
    const run = await runCheckOn(check, FILES, { vulnerabilityData: { database: only } })
    expect(run.status).toBe('unknown')
    expect(run.messages[0]).toContain('has no data for PyPI')
    expect(run.findings[0]!.remediation).toContain('--ecosystem PyPI')
  })

  test('a folder that is not a database is unknown with the file and the fix', async () => {
    const run = await runCheckOn(check, FILES, { vulnerabilityData: { database: tempDir() } })
    expect(run.status).toBe('unknown')
    expect(run.messages[0]).toMatch(/the vulnerability database cannot be read: .*manifest\.json: ENOENT/)
  })
})

describe('no data', () => {
  test('neither network nor database: unknown, saying what resolves it', async () => {
    const run = await runCheckOn(check, FILES)
    expect(run.status).toBe('unknown')
    expect(run.messages).toEqual(['no vulnerability data: run with network access or --vulndb; 7 component(s) not checked'])
  })
  test('no components: not applicable', async () => {
    expect((await runCheckOn(check, { 'README.md': '# x\n' })).status).toBe('not-applicable')
  })
})

describe('vulndb update: bad exports are failures that keep the earlier database', () => {
  const zip = () => exportZip(records, 'npm')
  test.each([
    ['corrupt', () => Buffer.from('PK\u0003\u0004 this is not a zip at all'), /not a readable zip/],
    ['truncated', () => zip().subarray(0, zip().length - 40), /not a readable zip/],
    ['not found', undefined, /HTTP 404/],
  ])('%s export', async (_name, bytes, reason) => {
    const folder = tempDir('ois-ready-vulndb-')
    await updateDatabase({ folder, ecosystems: ['npm'], base: server.url, fetch: fetchOptions(), now: TEST_NOW })
    const before = readFileSync(join(folder, 'manifest.json'), 'utf8')
    const bad = await osvServer({ zips: bytes ? { npm: bytes() } : {} })
    try {
      const result = await updateDatabase({
        folder,
        ecosystems: ['npm'],
        base: bad.url,
        fetch: { ...DEFAULT_FETCH, allowHosts: [bad.host] },
      })
      expect(result.updated).toEqual({})
      expect(result.failed.npm).toMatch(reason)
      expect(readFileSync(join(folder, 'manifest.json'), 'utf8')).toBe(before)
      expect(existsSync(join(folder, 'npm.records.jsonl'))).toBe(true)
    } finally {
      await bad.close()
    }
  })

  test('a 1 GB export is refused by its declared size, and one without a size by the bytes that arrive', async () => {
    const huge = await osvServer({
      override: (req, res) => {
        if (req.url === '/npm/all.zip') {
          res.writeHead(200, { 'content-length': String(1024 ** 3) })
          // a header the client refuses before reading the body
          res.write(Buffer.alloc(1024))
          return true
        }
        if (req.url === '/PyPI/all.zip') {
          // streamed without a length until the client stops reading
          res.writeHead(200)
          const chunk = Buffer.alloc(64 * 1024)
          const pump = () => {
            while (res.write(chunk)) if (res.destroyed) return
            if (!res.destroyed) res.once('drain', pump)
          }
          res.on('close', () => res.removeAllListeners('drain'))
          pump()
          return true
        }
        return false
      },
    })
    try {
      const folder = tempDir('ois-ready-vulndb-')
      const result = await updateDatabase({
        folder,
        ecosystems: ['npm', 'PyPI'],
        base: huge.url,
        fetch: { ...DEFAULT_FETCH, allowHosts: [huge.host], maxBytes: 8 * 1024 * 1024 },
      })
      expect(result.failed.npm).toMatch(/is 1073741824 bytes, over the limit of 8388608/)
      expect(result.failed.PyPI).toMatch(/over the limit of 8388608 bytes/)
      expect(existsSync(join(folder, 'manifest.json'))).toBe(false)
    } finally {
      await huge.close()
    }
  })
})

describe('hostile exports and databases', () => {
  test('entries that are not JSON or not OSV records are skipped and counted; the rest is indexed', async () => {
    const { zipSync } = await import('fflate')
    const enc = (s: string) => new TextEncoder().encode(s)
    const semver = records.find((r) => r.id === 'GHSA-c2qf-rxjj-qqgw')!
    const zip = Buffer.from(
      zipSync({
        'GHSA-c2qf-rxjj-qqgw.json': enc(JSON.stringify(semver)),
        'broken.json': enc('{"id": '),
        'events-not-a-list.json': enc(
          JSON.stringify({
            id: 'X-1',
            affected: [{ package: { ecosystem: 'npm', name: 'semver' }, ranges: [{ type: 'SEMVER', events: 'all' }] }],
          }),
        ),
        'README.txt': enc('not a record'),
      }),
    )
    const odd = await osvServer({ zips: { npm: zip } })
    try {
      const folder = tempDir('ois-ready-vulndb-')
      const result = await updateDatabase({
        folder,
        ecosystems: ['npm'],
        base: odd.url,
        fetch: { ...DEFAULT_FETCH, allowHosts: [odd.host] },
        now: TEST_NOW,
      })
      expect(result.updated.npm).toMatchObject({ records: 1, skipped: 3 })
    } finally {
      await odd.close()
    }
  })

  test('a records file changed after the update is unknown, not a crash and not a pass', async () => {
    const folder = tempDir('ois-ready-vulndb-')
    await updateDatabase({ folder, ecosystems: ['npm', 'PyPI'], base: server.url, fetch: fetchOptions(), now: TEST_NOW })
    const path = join(folder, 'npm.records.jsonl')
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"events":\[/g, '"events":"x",['))
    const run = await runCheckOn(check, FILES, { vulnerabilityData: { database: folder } })
    expect(run.status).toBe('unknown')
    expect(run.messages[0]).toMatch(/^the vulnerability database cannot be read: .*npm\.records\.jsonl: bytes \d+\+\d+ are not a record/)
  })
})

describe('crates.io and Packagist, offline, from their lockfiles', () => {
  test('Cargo.lock and composer.lock components matched in their ecosystems’ order, with the lockfile line', async () => {
    const zips = await osvServer({ zips: { 'crates.io': exportZip(records, 'crates.io'), Packagist: exportZip(records, 'Packagist') } })
    const folder = tempDir('ois-ready-vulndb-')
    try {
      const result = await updateDatabase({
        folder,
        ecosystems: ['crates.io', 'Packagist'],
        base: zips.url,
        fetch: { ...DEFAULT_FETCH, allowHosts: [zips.host] },
        now: TEST_NOW,
      })
      expect(result.failed).toEqual({})
    } finally {
      await zips.close()
    }
    const cargo = [
      'version = 3',
      '',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'dependencies = ["time"]',
      '',
      '[[package]]',
      'name = "time"',
      'version = "0.1.44"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      '',
    ].join('\n')
    const composer = JSON.stringify(
      {
        packages: [
          { name: 'guzzlehttp/psr7', version: '2.4.4', type: 'library' },
          { name: 'guzzlehttp/promises', version: '1.5.2', type: 'library' },
        ],
        'packages-dev': [],
      },
      null,
      4,
    )
    const run = await runCheckOn(
      check,
      {
        'Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n',
        'Cargo.lock': cargo,
        'composer.json': '{"name":"example/app","require":{"guzzlehttp/psr7":"^2.4"}}',
        'composer.lock': composer,
      },
      { vulnerabilityData: { database: folder } },
    )
    expect(run.status).toBe('fail')
    const by = (name: string) => run.findings.find((f) => f.message.startsWith(`${name}@`))
    expect(by('time')?.message).toMatch(
      /^time@0\.1\.44: GHSA-wcg3-cvx6-7396, CVE-2020-26235, RUSTSEC-2020-0071 \(medium 6\.2\) Potential segfault in the time crate; fixed in 0\.2\.0$/,
    )
    expect(by('time')?.location).toMatchObject({ path: 'Cargo.lock' })
    expect(by('guzzlehttp/psr7')?.message).toMatch(
      /^guzzlehttp\/psr7@2\.4\.4: GHSA-wxmh-65f7-jcvw, CVE-2023-29197 \(medium 5\.3\).*fixed in 2\.4\.5$/,
    )
    expect(by('guzzlehttp/psr7')?.location).toMatchObject({ path: 'composer.lock' })
    expect(by('guzzlehttp/promises')).toBeUndefined()
  })
})
