/** `ois-ready vulndb update` and `check --vulndb`, through the CLI's own argument parsing (in process). */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { main, type Io } from '../../src/cli/main.js'
import { exportZip, osvServer, realRecords, type OsvServer } from '../helpers/osv-server.js'
import { cleanup, makeRepo, tempDir } from '../helpers/repo.js'

let server: OsvServer
beforeAll(async () => {
  const records = realRecords()
  server = await osvServer({ zips: { npm: exportZip(records, 'npm'), PyPI: exportZip(records, 'PyPI') } })
})
afterAll(async () => {
  await server.close()
  cleanup()
})

function io(): Io & { out: string; err: string } {
  const sink = { out: '', err: '', isTTY: false } as Io & { out: string; err: string }
  sink.stdout = (t) => void (sink.out += String(t))
  sink.stderr = (t) => void (sink.err += t)
  return sink
}

test('update downloads the ecosystems of the repository, and check --vulndb reads them', async () => {
  const repo = makeRepo({
    'package.json': '{"name":"app"}',
    'package-lock.json': JSON.stringify({
      name: 'app',
      lockfileVersion: 3,
      packages: { '': { name: 'app' }, 'node_modules/semver': { version: '6.3.0' } },
    }),
  })
  const db = tempDir('ois-ready-vulndb-')
  const update = io()
  expect(await main(['vulndb', 'update', '-o', db, '--repo', repo, '--source', server.url, '--allow-host', server.host], update)).toBe(0)
  expect(update.out).toMatch(new RegExp(`^npm: 2 advisories from ${server.url}/npm/all.zip \\(sha256 [0-9a-f]{64}\\)\\n$`))
  const out = tempDir()
  const run = io()
  expect(await main(['check', repo, '--checks', 'known-vulnerabilities', '--vulndb', db, '-o', out, '-q', '--fail-on', 'none'], run)).toBe(
    0,
  )
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))
  expect(report.vulnerabilities.findings).toMatchObject([
    { purl: 'pkg:npm/semver@6.3.0', ids: ['GHSA-c2qf-rxjj-qqgw', 'CVE-2022-25883'], fixed: ['6.3.1'], state: 'open' },
  ])
  const sbom = JSON.parse(readFileSync(join(out, 'sbom.cdx.json'), 'utf8'))
  expect(sbom.vulnerabilities.map((v: { id: string }) => v.id)).toEqual(['GHSA-c2qf-rxjj-qqgw'])
})

test('an unknown ecosystem is a usage error; a failed export exits 1 and says why', async () => {
  const bad = io()
  expect(await main(['vulndb', 'update', '-o', tempDir(), '--ecosystem', 'npmjs'], bad)).toBe(2)
  expect(bad.err).toContain('--ecosystem: npmjs is not one of npm, crates.io, Go, PyPI, Maven, RubyGems, Packagist, NuGet')
  const missing = io()
  expect(
    await main(['vulndb', 'update', '-o', tempDir(), '--ecosystem', 'Maven', '--source', server.url, '--allow-host', server.host], missing),
  ).toBe(1)
  expect(missing.err).toMatch(/Maven: not updated: download failed: HTTP 404 from/)
})
