import { afterAll, describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import { cacheFile, defaultCacheDir } from '../../src/licence/resolvers-cache.js'
import { DEFAULT_RESOLVER, resolveLicences, type Registry, type ResolverOptions } from '../../src/licence/resolvers.js'
import type { GraphComponent } from '../../src/sbom/graph.js'
import { startLocalServer } from '../helpers/local-github.js'
import licenceList from 'spdx-license-list/full.js'
import { strToU8, zipSync } from 'fflate'
import { cleanup, FIXTURES, tempDir } from '../helpers/repo.js'

afterAll(cleanup)

const fixture = (name: string) => readFileSync(join(FIXTURES, 'registries', name), 'utf8')
const NOW = new Date('2026-06-01T12:00:00Z')

const component = (ecosystem: string, name: string, version: string, namespace?: string): GraphComponent => ({
  purl: `pkg:${ecosystem}/${namespace ? `${namespace}/` : ''}${name}@${version}`,
  ecosystem,
  ...(namespace ? { namespace } : {}),
  name,
  version,
  hashes: [],
  scope: 'required',
  dependsOn: new Set(),
  source: 'lockfile',
})

/** The paths the real registries serve, answered from the recorded fixtures. */
const ROUTES: Record<string, string> = {
  '/npm/is-number/7.0.0': 'npm-is-number-7.0.0.json',
  '/npm/old-dual/0.1.0': 'npm-legacy-licenses.json',
  '/cargo/api/v1/crates/serde/1.0.210': 'crates-serde-1.0.210.json',
  '/pypi/pypi/requests/2.32.3/json': 'pypi-requests-2.32.3.json',
  '/pypi/pypi/attrs/24.2.0/json': 'pypi-attrs-24.2.0.json',
  '/composer/p2/monolog/monolog.json': 'packagist-monolog.json',
  '/gem/api/v2/rubygems/rack/versions/3.1.7.json': 'rubygems-rack-3.1.7.json',
}

/** Module zips as the Go proxy serves them: every path under module@version/. */
const goZip = (root: string, files: Record<string, string | Uint8Array>) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(files).map(([name, content]) => [`${root}/${name}`, typeof content === 'string' ? strToU8(content) : content]),
      ),
    ),
  )
const GO_ZIPS: Record<string, Buffer> = {
  '/golang/golang.org/x/text/@v/v0.14.0.zip': goZip('golang.org/x/text@v0.14.0', {
    LICENSE: `Copyright (c) 2009 The Go Authors. All rights reserved.\n\n${licenceList['BSD-3-Clause']!.licenseText.replace(/^Copyright.*$/m, '')}`,
    'go.mod': 'module golang.org/x/text\n',
    'internal/testdata/LICENSE': licenceList['GPL-3.0-only']!.licenseText,
  }),
  '/golang/github.com/!burnt!sushi/toml/@v/v1.4.0.zip': goZip('github.com/BurntSushi/toml@v1.4.0', {
    COPYING: licenceList['MIT']!.licenseText,
  }),
  '/golang/example.com/bomb/@v/v1.0.0.zip': goZip('example.com/bomb@v1.0.0', { LICENSE: new Uint8Array(2 * 1024 * 1024) }),
  '/golang/example.com/custom/@v/v1.0.0.zip': goZip('example.com/custom@v1.0.0', { LICENSE: 'You may use this if you are nice.' }),
}

async function registryServer() {
  return startLocalServer((req) => {
    const zip = GO_ZIPS[req.url]
    if (zip) return { status: 200, body: zip, headers: { 'content-type': 'application/zip' } }
    if (req.url === '/npm/@scope%2Fthing/1.0.0')
      return { status: 200, body: { name: '@scope/thing', version: '1.0.0', license: { type: 'ISC' } } }
    if (req.url === '/npm/big/1.0.0') return { status: 200, body: { license: 'MIT', readme: 'x'.repeat(50_000) } }
    if (req.url === '/npm/not-json/1.0.0') return { status: 200, body: '<html>' }
    const file = ROUTES[req.url]
    return file ? { status: 200, body: fixture(file) } : { status: 404, body: { error: 'Not found' } }
  })
}

const options = (url: string, cacheDir: string | false, extra: Partial<ResolverOptions> = {}): ResolverOptions => ({
  ...DEFAULT_RESOLVER,
  urls: Object.fromEntries(['npm', 'cargo', 'pypi', 'composer', 'gem', 'golang'].map((r) => [r, `${url}/${r}`])) as Record<
    Registry,
    string
  >,
  cacheDir,
  allowHosts: [url.slice('http://'.length)],
  now: NOW,
  timeoutMs: 2000,
  ...extra,
})

describe('each registry JSON shape', () => {
  test('npm, crates.io, PyPI, Packagist, RubyGems, and the LICENSE in a Go module zip', async () => {
    const server = await registryServer()
    try {
      const components = [
        component('npm', 'is-number', '7.0.0'),
        component('npm', 'old-dual', '0.1.0'),
        component('npm', 'thing', '1.0.0', '@scope'),
        component('cargo', 'serde', '1.0.210'),
        component('pypi', 'requests', '2.32.3'),
        component('pypi', 'attrs', '24.2.0'),
        component('composer', 'monolog', '3.7.0', 'monolog'),
        component('composer', 'monolog', '3.6.0', 'monolog'),
        component('composer', 'monolog', '2.9.3', 'monolog'),
        component('gem', 'rack', '3.1.7'),
        component('golang', 'text', 'v0.14.0', 'golang.org/x'),
        component('golang', 'toml', 'v1.4.0', 'github.com/BurntSushi'),
        component('golang', 'bomb', 'v1.0.0', 'example.com'),
        component('golang', 'custom', 'v1.0.0', 'example.com'),
        component('maven', 'guava', '33.0.0-jre', 'com.google.guava'),
      ]
      const results = await resolveLicences(components, options(server.url, false))
      const licence = (purl: string) => {
        const r = results.get(purl)!
        return r.ok ? (r.declared.kind === 'expression' ? r.declared.text : r.declared) : r.reason
      }
      expect(components.map((c) => [c.purl, licence(c.purl)])).toEqual([
        ['pkg:npm/is-number@7.0.0', 'MIT'],
        ['pkg:npm/old-dual@0.1.0', 'MIT OR Apache-2.0'],
        ['pkg:npm/@scope/thing@1.0.0', 'ISC'],
        ['pkg:cargo/serde@1.0.210', 'MIT OR Apache-2.0'],
        ['pkg:pypi/requests@2.32.3', 'Apache-2.0'],
        ['pkg:pypi/attrs@24.2.0', 'MIT'],
        ['pkg:composer/monolog/monolog@3.7.0', 'MIT'],
        ['pkg:composer/monolog/monolog@3.6.0', 'MIT'],
        ['pkg:composer/monolog/monolog@2.9.3', 'MIT OR Apache-2.0'],
        ['pkg:gem/rack@3.1.7', 'MIT'],
        ['pkg:golang/golang.org/x/text@v0.14.0', 'BSD-3-Clause'],
        ['pkg:golang/github.com/BurntSushi/toml@v1.4.0', 'MIT'],
        [
          'pkg:golang/example.com/bomb@v1.0.0',
          { kind: 'missing', reason: 'LICENSE in the module zip is over 1 MiB; not read as a licence' },
        ],
        [
          'pkg:golang/example.com/custom@v1.0.0',
          { kind: 'missing', reason: expect.stringMatching(/^LICENSE in the module zip is not identified as an SPDX licence/) },
        ],
        ['pkg:maven/com.google.guava/guava@33.0.0-jre', 'no registry resolver for maven packages'],
      ])
      expect(server.requests.every((r) => /^ois-ready\//.test(String(r.headers['user-agent'])))).toBe(true)
    } finally {
      await server.close()
    }
  })

  test('a 404, an oversized answer and an answer that is not JSON end with a reason', async () => {
    const server = await registryServer()
    try {
      const results = await resolveLicences(
        [component('npm', 'missing', '1.0.0'), component('npm', 'big', '1.0.0'), component('npm', 'not-json', '1.0.0')],
        options(server.url, false, { maxBytes: 10_000 }),
      )
      expect(results.get('pkg:npm/missing@1.0.0')).toMatchObject({ ok: false, reason: `HTTP 404 from ${server.url}/npm/missing/1.0.0` })
      expect(results.get('pkg:npm/big@1.0.0')).toMatchObject({ ok: false, reason: expect.stringContaining('over the limit of 10000') })
      expect(results.get('pkg:npm/not-json@1.0.0')).toMatchObject({
        ok: false,
        reason: `${server.url}/npm/not-json/1.0.0 did not answer JSON`,
      })
    } finally {
      await server.close()
    }
  })

  test('a registry that never answers: the request times out, and the budget stops the rest', async () => {
    const sockets = new Set<import('node:net').Socket>()
    const slow = http.createServer(() => {
      // never answers
    })
    slow.on('connection', (s) => sockets.add(s))
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(slow.address() as { port: number }).port}`
    try {
      const started = Date.now()
      const components = Array.from({ length: 6 }, (_, i) => component('npm', `p${i}`, '1.0.0'))
      const results = await resolveLicences(components, options(url, false, { timeoutMs: 300, budgetMs: 500, concurrency: 2 }))
      expect(Date.now() - started).toBeLessThan(5000)
      const reasons = components.map((c) => (results.get(c.purl) as { reason: string }).reason)
      expect(reasons[0]).toMatch(/no answer within 300 ms/)
      expect(reasons.at(-1)).toBe('not asked: the network budget of 500 ms was spent')
    } finally {
      for (const s of sockets) s.destroy()
      slow.close()
    }
  })

  test('the request limit', async () => {
    const server = await registryServer()
    try {
      const results = await resolveLicences(
        [component('npm', 'is-number', '7.0.0'), component('gem', 'rack', '3.1.7')],
        options(server.url, false, { maxRequests: 1, concurrency: 1 }),
      )
      expect(results.get('pkg:gem/rack@3.1.7')).toMatchObject({
        ok: false,
        reason: 'not asked: the limit of 1 registry requests was reached',
      })
    } finally {
      await server.close()
    }
  })
})

describe('the on-disk cache', () => {
  test('a second run answers from the cache, without the network; expired entries are asked again', async () => {
    const cacheDir = tempDir()
    const server = await registryServer()
    const url = server.url
    const c = component('cargo', 'serde', '1.0.210')
    try {
      const first = await resolveLicences([c], options(url, cacheDir))
      expect(first.get(c.purl)).toMatchObject({ ok: true, cached: false })
      expect(server.requests).toHaveLength(1)
      // no temporary files are left behind
      const files = readdirSync(cacheDir, { recursive: true }).map(String)
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([])
    } finally {
      await server.close()
    }
    // the server is gone: only the cache can answer
    const second = await resolveLicences([c], options(url, cacheDir))
    expect(second.get(c.purl)).toMatchObject({ ok: true, cached: true, declared: { kind: 'expression', text: 'MIT OR Apache-2.0' } })
    const later = new Date(NOW.getTime() + 31 * 86_400_000)
    const third = await resolveLicences([c], options(url, cacheDir, { now: later }))
    expect(third.get(c.purl)).toMatchObject({ ok: false, reason: expect.stringMatching(/ECONNREFUSED/) })
  })

  test('a corrupt cache file is ignored, asked again and replaced', async () => {
    const cacheDir = tempDir()
    const server = await registryServer()
    try {
      const c = component('gem', 'rack', '3.1.7')
      const first = await resolveLicences([c], options(server.url, cacheDir))
      expect(first.get(c.purl)).toMatchObject({ ok: true })
      const file = cacheFile(cacheDir, `${server.url}/gem/api/v2/rubygems/rack/versions/3.1.7.json`)
      for (const corrupt of [
        '{"url": "truncat',
        JSON.stringify({ url: 'other', fetchedAt: NOW.toISOString(), declared: { kind: 'expression', text: 'GPL-3.0-only' } }),
      ]) {
        writeFileSync(file, corrupt)
        const again = await resolveLicences([c], options(server.url, cacheDir))
        expect(again.get(c.purl)).toMatchObject({ ok: true, cached: false, declared: { kind: 'expression', text: 'MIT' } })
      }
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ declared: { text: 'MIT' } })
      expect(server.requests).toHaveLength(3)
    } finally {
      await server.close()
    }
  })

  test('the default folder follows XDG_CACHE_HOME', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/ois-ready/licences')
  })
})
