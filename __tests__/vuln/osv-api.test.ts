/**
 * The OSV API path: batch query, then each record, against a local server answering with real
 * records (fixtures/real/osv) as osv.dev does, and misbehaving: garbage, errors, time-outs, a
 * spent budget. Every failure is unknown with the reason, never a pass on partial data.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { check } from '../../checks/security/known-vulnerabilities/index.js'
import { loadConfig } from '../../src/core/config.js'
import { ConfigError } from '../../src/core/errors.js'
import { osvPackageOf, type Queried } from '../../src/vuln/components.js'
import { loadFromApi } from '../../src/vuln/osv-api.js'
import { registry } from '../../src/pipeline/registry.js'
import { runCheckOn, TEST_NOW } from '../helpers/check.js'
import { osvServer, realRecords, type OsvServer } from '../helpers/osv-server.js'
import { cleanup, makeRepo, tempDir } from '../helpers/repo.js'

const records = realRecords()
let server: OsvServer

const LOCK = JSON.stringify({
  name: 'app',
  lockfileVersion: 3,
  packages: {
    '': { name: 'app', dependencies: { semver: '7.5.1', 'is-number': '7.0.0' } },
    'node_modules/is-number': { version: '7.0.0' },
    'node_modules/semver': { version: '7.5.1' },
  },
})
const FILES = {
  'package.json': '{"name":"app"}',
  'package-lock.json': LOCK,
  'requirements.txt': 'pikepdf==2.9.0\npy==1.11.0\n',
  'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire golang.org/x/crypto v0.0.0-20211108221036-ceb1ce70b4fa\n',
  'go.sum':
    'golang.org/x/crypto v0.0.0-20211108221036-ceb1ce70b4fa h1:AAAA=\ngolang.org/x/crypto v0.0.0-20211108221036-ceb1ce70b4fa/go.mod h1:BBBB=\n',
}

beforeAll(async () => {
  server = await osvServer({ records })
})
afterAll(async () => {
  await server.close()
  cleanup()
})

const online = (cacheDir: string) =>
  runCheckOn(check, FILES, { network: { enabled: true, allowHosts: [server.host] }, vulnerabilityData: { osvApi: server.url, cacheDir } })

describe('OSV API', () => {
  test('batch query, then the records; matched locally as in the offline path; cached by id and modified time', async () => {
    const cache = tempDir()
    server.requests.length = 0
    const run = await online(cache)
    expect(run.status).toBe('fail')
    expect(run.messages[0]).toMatch(
      new RegExp(`^4 known vulnerabilities .* against the OSV API ${server.url} of ${TEST_NOW.toISOString()} \\(sha256:[0-9a-f]{64}\\)`),
    )
    expect(
      run.messages
        .slice(1)
        .map((m) => m.split(':')[0])
        .sort(),
    ).toEqual(['golang.org/x/crypto@v0.0.0-20211108221036-ceb1ce70b4fa', 'pikepdf@2.9.0', 'py@1.11.0', 'semver@7.5.1'])
    expect(server.requests.filter((r) => r.startsWith('POST /v1/querybatch'))).toHaveLength(1)
    const fetched = server.requests.filter((r) => r.startsWith('GET /v1/vulns/')).length
    expect(fetched).toBe(4)
    server.requests.length = 0
    const again = await online(cache)
    expect(again.messages.slice(1)).toEqual(run.messages.slice(1))
    expect(server.requests.filter((r) => r.startsWith('GET /v1/vulns/'))).toEqual([])
    expect(again.messages[0]).toContain('4 of 4 advisories read from the cache')
  })

  const queried = (): Queried[] =>
    [
      { ecosystem: 'npm', name: 'semver', version: '7.5.1' },
      { ecosystem: 'npm', name: 'is-number', version: '7.0.0' },
    ].map((c) =>
      osvPackageOf({
        purl: `pkg:npm/${c.name}@${c.version}`,
        ecosystem: c.ecosystem,
        name: c.name,
        version: c.version,
        hashes: [],
        scope: 'required',
        dependsOn: new Set(),
        source: 'package-lock.json',
      })!,
    )

  test.each([
    [
      'garbage',
      (res: import('node:http').ServerResponse) => res.writeHead(200).end('<html>oops</html>'),
      /answered something that is not JSON/,
    ],
    [
      'a wrong shape',
      (res: import('node:http').ServerResponse) => res.writeHead(200).end('{"results": []}'),
      /not a batch result for 2 queries/,
    ],
    ['HTTP 500', (res: import('node:http').ServerResponse) => res.writeHead(500).end(), /HTTP 500/],
    ['no answer', () => {}, /no answer within 300 ms|no complete answer within 300 ms/],
  ])('an API answering %s is unknown with the reason', async (name, answer, reason) => {
    const bad = await osvServer({ records, override: (req, res) => (req.url === '/v1/querybatch' ? (answer(res), true) : false) })
    try {
      const loaded = await loadFromApi(queried(), {
        network: { enabled: true, allowHosts: [bad.host] },
        now: TEST_NOW,
        osvApi: bad.url,
        cacheDir: tempDir(),
        // short only where the time-out is what is tested: a loaded machine can take longer to answer
        timeoutMs: name === 'no answer' ? 300 : 10_000,
      })
      expect(loaded.ok).toBe(false)
      if (!loaded.ok) expect(loaded.reason).toMatch(reason)
    } finally {
      await bad.close()
    }
  })

  type Res = import('node:http').ServerResponse
  const held: Res[] = []
  test.each([
    // the batch query
    [
      'a truncated batch answer',
      '/v1/querybatch',
      // the connection closes before the declared length
      (res: Res) => res.writeHead(200, { 'content-length': '4000' }).write('{"results": [{', () => res.destroy()),
      /: aborted$/,
    ],
    [
      'a truncated JSON body of the length it declares',
      '/v1/querybatch',
      (res: Res) => res.writeHead(200).end('{"results": [{"vulns": [{"id": "GHSA'),
      /answered something that is not JSON/,
    ],
    [
      'a batch answer over the size limit',
      '/v1/querybatch',
      (res: Res) => res.writeHead(200).end(`{"results": [${'{},'.repeat(2000)}{}]}`),
      /over the limit of 4096 bytes/,
    ],
    [
      'a declared size over the limit',
      '/v1/querybatch',
      (res: Res) => (res.writeHead(200, { 'content-length': String(1024 ** 3) }), res.write('{')),
      /is 1073741824 bytes, over the limit of 4096/,
    ],
    ['HTTP 503', '/v1/querybatch', (res: Res) => res.writeHead(503).end('Service Unavailable'), /HTTP 503/],
    ['an empty body', '/v1/querybatch', (res: Res) => res.writeHead(200).end(), /not JSON/],
    ['JSON that is not an object', '/v1/querybatch', (res: Res) => res.writeHead(200).end('null'), /not a batch result/],
    // the records named by a correct batch answer
    ['HTTP 502 for a record', '/v1/vulns/', (res: Res) => res.writeHead(502).end(), /HTTP 502/],
    [
      'garbage for a record',
      '/v1/vulns/',
      (res: Res) => res.writeHead(200).end('\u0000\u0001 binary'),
      /not the OSV record GHSA-c2qf-rxjj-qqgw/,
    ],
    [
      'a truncated record',
      '/v1/vulns/',
      (res: Res) => res.writeHead(200, { 'content-length': '2000' }).write('{"id": "GHSA-c2qf', () => res.destroy()),
      /: aborted$/,
    ],
    [
      'a record that never ends (total time limit)',
      '/v1/vulns/',
      (res: Res) => (held.push(res), res.writeHead(200), res.write('{')),
      /no complete answer within the total limit of 400 ms/,
    ],
  ])('an API answering %s is unknown with the reason', async (name, path, answer, reason) => {
    const totalMs = name.includes('total time limit') ? 400 : 10_000
    const bad = await osvServer({ records, override: (req, res) => (req.url?.startsWith(path) ? (answer(res), true) : false) })
    try {
      const started = Date.now()
      const loaded = await loadFromApi(queried(), {
        network: { enabled: true, allowHosts: [bad.host] },
        now: TEST_NOW,
        osvApi: bad.url,
        cacheDir: tempDir(),
        timeoutMs: 5000,
        totalMs,
        maxBytes: 4096,
      })
      expect(Date.now() - started).toBeLessThan(totalMs + 2000)
      expect(loaded.ok).toBe(false)
      if (!loaded.ok) {
        expect(loaded.reason).toMatch(/^the OSV API could not be read: /)
        expect(loaded.reason).toMatch(reason)
      }
    } finally {
      for (const res of held.splice(0)) res.destroy()
      await bad.close()
    }
  })

  test('through the check: an API that fails is unknown with the reason and the fix, not a pass', async () => {
    const bad = await osvServer({
      records,
      override: (req, res) => (req.url === '/v1/querybatch' ? (res.writeHead(500).end(), true) : false),
    })
    try {
      const run = await runCheckOn(check, FILES, {
        network: { enabled: true, allowHosts: [bad.host] },
        vulnerabilityData: { osvApi: bad.url, cacheDir: tempDir() },
      })
      expect(run.status).toBe('unknown')
      expect(run.messages[0]).toMatch(/^the OSV API could not be read: HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/v1\/querybatch/)
      expect(run.findings[0]!.remediation).toContain('ois-ready vulndb update')
    } finally {
      await bad.close()
    }
  })

  test('a record that is not the one asked for is unknown', async () => {
    const bad = await osvServer({
      records,
      override: (req, res) =>
        req.url?.startsWith('/v1/vulns/') ? (res.writeHead(200).end(JSON.stringify({ id: 'GHSA-other' })), true) : false,
    })
    try {
      const loaded = await loadFromApi(queried(), {
        network: { enabled: true, allowHosts: [bad.host] },
        now: TEST_NOW,
        osvApi: bad.url,
        cacheDir: tempDir(),
      })
      expect(loaded.ok ? 'ok' : loaded.reason).toMatch(/not the OSV record GHSA-c2qf-rxjj-qqgw/)
    } finally {
      await bad.close()
    }
  })

  test('the request budget is kept: past it, unknown', async () => {
    const loaded = await loadFromApi(queried(), {
      network: { enabled: true, allowHosts: [server.host] },
      now: TEST_NOW,
      osvApi: server.url,
      cacheDir: tempDir(),
      maxRequests: 1,
    })
    expect(loaded.ok ? 'ok' : loaded.reason).toMatch(/more than 1 requests would be needed/)
  })

  test('a private address is refused unless the run allows it', async () => {
    const loaded = await loadFromApi(queried(), {
      network: { enabled: true, allowHosts: [] },
      now: TEST_NOW,
      osvApi: server.url,
      cacheDir: tempDir(),
    })
    expect(loaded.ok ? 'ok' : loaded.reason).toMatch(/is not an https:\/\/ URL/)
  })

  test("a repository's config cannot point the check at another API", () => {
    const root = makeRepo({ '.ois-ready.yml': 'checks:\n  known-vulnerabilities:\n    options:\n      osv-api: https://evil.example\n' })
    expect(() =>
      loadConfig(
        root,
        registry.map((c) => c.meta),
      ),
    ).toThrow(ConfigError)
  })
})
