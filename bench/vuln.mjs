// Known vulnerabilities: `ois-ready vulndb update` on an export the size of OSV's npm export (peak
// memory, target 500 MB), then matching a 3,000-component SBOM against the database it built, in
// process (target 1 s). The export is synthetic, shaped like OSV's records (GHSA advisories with
// ranges, CVSS vectors and aliases; MAL- records with `introduced: 0`), made once and cached in the
// system's temporary folder. Run by `npm run bench`, or alone: `node bench/vuln.mjs` (after `npm run build`).
import { execFileSync, spawn } from 'node:child_process'
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Zip, ZipDeflate } from 'fflate'

const ROOT = resolve(import.meta.dirname, '..')
const CLI = join(ROOT, 'dist/cli.js')
const DIR = join(tmpdir(), 'ois-ready-bench', 'vulndb')
const ZIP = join(DIR, 'npm-all.zip')
const GENERATOR_VERSION = 1
// OSV's npm export (2025): some 15,000 GHSA advisories and over 200,000 malicious-package records
const ADVISORIES = 20_000
const MALICIOUS = 230_000
const COMPONENTS = 3000
const UPDATE_TARGET_MB = 500
const MATCH_TARGET_MS = 1000
const MAXRSS_HOOK = `data:text/javascript,import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, '\\nois-bench-maxrss ' + process.resourceUsage().maxRSS + '\\n'))`

const pkgName = (i) => (i % 7 === 0 ? `@scope${i % 97}/package-${i}` : `package-${i}`)

function advisory(i) {
  const name = pkgName(i)
  const major = i % 5
  return {
    schema_version: '1.6.0',
    id: `GHSA-bench-${String(i).padStart(6, '0')}`,
    modified: '2026-01-01T00:00:00Z',
    published: '2025-06-01T00:00:00Z',
    aliases: [`CVE-2025-${10000 + i}`],
    summary: `Synthetic advisory ${i} for ${name}: prototype pollution in a helper that merges objects`,
    details: 'A longer description of the vulnerability, as advisories carry, so that records have their usual size. '.repeat(8),
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:N' }],
    affected: [
      {
        package: { ecosystem: 'npm', name, purl: `pkg:npm/${name}` },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: `${major}.0.0` }, { fixed: `${major}.${i % 9}.${i % 4}` }] }],
        database_specific: { source: 'https://github.com/github/advisory-database' },
      },
    ],
    references: [
      { type: 'ADVISORY', url: `https://nvd.nist.gov/vuln/detail/CVE-2025-${10000 + i}` },
      { type: 'PACKAGE', url: `https://github.com/example/${i}` },
    ],
    database_specific: { cwe_ids: ['CWE-1321'], severity: 'HIGH', github_reviewed: true },
  }
}

function malicious(i) {
  const name = `evil-package-${i}`
  return {
    schema_version: '1.5.0',
    id: `MAL-2025-${i}`,
    modified: '2026-01-01T00:00:00Z',
    published: '2025-06-01T00:00:00Z',
    summary: `Malicious code in ${name} (npm)`,
    details: `The package ${name} was found to contain malicious code.`,
    affected: [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }],
    database_specific: { 'malicious-packages-origins': [{ source: 'ghsa-malware', sha256: 'a'.repeat(64) }] },
  }
}

/** Writes the export zip entry by entry (fflate's streaming Zip), never holding it whole. */
function generate() {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  const fd = openSync(`${ZIP}.tmp`, 'w')
  let failure
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else writeSync(fd, chunk)
  })
  const add = (record) => {
    const entry = new ZipDeflate(`${record.id}.json`, { level: 6 })
    zip.add(entry)
    entry.push(new TextEncoder().encode(JSON.stringify(record, null, 2)), true)
  }
  for (let i = 0; i < ADVISORIES; i++) add(advisory(i))
  for (let i = 0; i < MALICIOUS; i++) add(malicious(i))
  zip.end()
  closeSync(fd)
  if (failure) throw failure
  execFileSync('mv', [`${ZIP}.tmp`, ZIP])
  execFileSync('sh', ['-c', `echo ${GENERATOR_VERSION} > ${join(DIR, 'version')}`])
}

function runWithPeak(args) {
  return new Promise((resolveRun) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', MAXRSS_HOOK, CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    let stdout = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('close', (status) => {
      const m = /ois-bench-maxrss (\d+)/.exec(stderr)
      resolveRun({ status, ms: performance.now() - started, mb: m ? Number(m[1]) / 1024 : undefined, stdout, stderr })
    })
  })
}

export async function vulnBench() {
  const versionFile = join(DIR, 'version')
  if (!existsSync(ZIP) || !existsSync(versionFile) || execFileSync('cat', [versionFile]).toString().trim() !== String(GENERATOR_VERSION))
    generate()
  const zipBytes = statSync(ZIP).size
  const server = http.createServer((req, res) => {
    if (req.url !== '/npm/all.zip') return void res.writeHead(404).end()
    res.writeHead(200, { 'content-length': zipBytes })
    createReadStream(ZIP).pipe(res)
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const host = `127.0.0.1:${server.address().port}`
  const db = join(DIR, 'db')
  rmSync(db, { recursive: true, force: true })
  const update = await runWithPeak(['vulndb', 'update', '-o', db, '--ecosystem', 'npm', '--source', `http://${host}`, '--allow-host', host])
  server.close()

  // matching, in process: the built CLI's modules are bundled, so the TypeScript is bundled here
  const { build } = await import('esbuild')
  const timer = join(DIR, 'match-timer.mjs')
  await build({
    stdin: {
      contents: `
import { openDatabase } from './src/vuln/database.ts'
import { osvPackageOf } from './src/vuln/components.ts'
import { matchComponents } from './src/vuln/match-components.ts'
const db = process.argv[2]
const pkgName = ${pkgName.toString()}
const components = []
for (let i = 0; i < ${COMPONENTS}; i++) {
  // a third in the database (vulnerable or not), some malicious, the rest unknown to it
  const name = i % 3 === 0 ? pkgName(i * 6) : i % 3 === 1 ? 'evil-package-' + i * 70 : 'clean-' + i
  const scoped = name.startsWith('@')
  components.push({ purl: 'pkg:npm/' + name + '@1.2.3', ecosystem: 'npm', ...(scoped ? { namespace: name.split('/')[0] } : {}), name: scoped ? name.split('/')[1] : name, version: (i % 5) + '.2.3', hashes: [], scope: 'required', dependsOn: new Set(), source: 'package-lock.json' })
}
const times = []
let found = 0
for (let run = 0; run < 5; run++) {
  const started = performance.now()
  const open = openDatabase(db)
  const queried = components.map(osvPackageOf)
  const result = matchComponents(queried, (q) => open.recordsOf(q.ecosystem, q.name))
  open.close()
  times.push(performance.now() - started)
  found = result.vulnerabilities.length
}
times.sort((a, b) => a - b)
console.log(JSON.stringify({ first: times[0], median: times[2], found }))
`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    // as scripts/build.mjs: jsonc-parser's main build is UMD, which esbuild cannot follow
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    platform: 'node',
    format: 'esm',
    outfile: timer,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  })
  const match = JSON.parse(execFileSync(process.execPath, [timer, db]).toString())
  rmSync(timer)

  console.log(`\nknown vulnerabilities: an npm export of ${ADVISORIES + MALICIOUS} records (${(zipBytes / 1e6).toFixed(0)} MB zipped)`)
  console.log(
    `  ${'vulndb update (whole process)'.padEnd(40)} ${(update.ms / 1000).toFixed(1)} s, peak ${update.mb?.toFixed(0)} MB (maxRSS)${update.status === 0 ? '' : `; FAILED: ${update.stderr.trim().split('\n').pop()}`}`,
  )
  console.log(
    `  ${`match ${COMPONENTS} components, in process`.padEnd(40)} ${match.median.toFixed(0)} ms (median of 5; open, read the index, match), ${match.found} vulnerabilities`,
  )
  const ok = update.status === 0 && update.mb !== undefined && update.mb <= UPDATE_TARGET_MB && match.median <= MATCH_TARGET_MS
  console.log(`\ntarget: vulndb update at most ${UPDATE_TARGET_MB} MB, matching at most ${MATCH_TARGET_MS} ms: ${ok ? 'met' : 'NOT met'}`)
  return ok
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = (await vulnBench()) ? 0 : 1
