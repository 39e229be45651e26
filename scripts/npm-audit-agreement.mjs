// Agreement of the known-vulnerabilities check with `npm audit --package-lock-only` on npm lockfiles
// (issue 19), measured outside the test suite because npm audit needs the npm registry's audit
// service. For each lockfile: npm audit's findings (package, version, GHSA id) against ois-ready's,
// from an offline database built by `ois-ready vulndb update` out of the GitHub advisory database's
// own OSV records (the source npm audit's advisories come from) for the lockfile's packages, served
// from a local address as OSV's npm export. Every difference is printed with the two sides' data.
//
//   npm run build
//   node scripts/npm-audit-agreement.mjs --advisories DIR LOCKFILE...
//
// DIR is a checkout of https://github.com/github/advisory-database (only
// advisories/github-reviewed/ is read). A lockfile's package.json beside it is copied too.
// Exit status: 0 agreement, 1 differences, 3 npm audit could not run (its error is printed).
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { zipSync } from 'fflate'
import semver from 'semver'

const ROOT = resolve(import.meta.dirname, '..')
const CLI = join(ROOT, 'dist/cli.js')

const args = process.argv.slice(2)
const at = args.indexOf('--advisories')
if (at < 0 || !args[at + 1] || args.length < 3) {
  console.error('usage: node scripts/npm-audit-agreement.mjs --advisories DIR LOCKFILE...')
  process.exit(2)
}
const advisories = resolve(args[at + 1])
const lockfiles = args.filter((_, i) => i !== at && i !== at + 1).map((p) => resolve(p))

/** Every reviewed npm advisory of the database, by package name (one pass over the folder). */
function npmAdvisories(names) {
  const byName = new Map()
  const base = join(advisories, 'advisories', 'github-reviewed')
  for (const year of readdirSync(base))
    for (const month of readdirSync(join(base, year)))
      for (const id of readdirSync(join(base, year, month))) {
        const text = readFileSync(join(base, year, month, id, `${id}.json`), 'utf8')
        if (!text.includes('"ecosystem": "npm"')) continue
        const record = JSON.parse(text)
        for (const a of record.affected ?? [])
          if (a.package?.ecosystem === 'npm' && names.has(a.package.name)) {
            const list = byName.get(a.package.name) ?? []
            if (!list.includes(record)) list.push(record)
            byName.set(a.package.name, list)
          }
      }
  return byName
}

/** name@version of each package of a lockfile (v2/v3 `packages`, v1 `dependencies`), by node path. */
function lockPackages(lock) {
  const nodes = new Map()
  for (const [path, p] of Object.entries(lock.packages ?? {}))
    if (path && p.version && !p.link)
      nodes.set(path, { name: p.name ?? path.slice(path.lastIndexOf('node_modules/') + 13), version: p.version })
  const walk = (deps, prefix) => {
    for (const [name, d] of Object.entries(deps ?? {})) {
      const path = `${prefix}node_modules/${name}`
      if (d.version && !nodes.has(path)) nodes.set(path, { name, version: d.version })
      walk(d.dependencies, `${path}/`)
    }
  }
  if (!lock.packages) walk(lock.dependencies, '')
  return nodes
}

function npmAuditOf(dir, nodes) {
  const run = spawnSync('npm', ['audit', '--package-lock-only', '--json'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  let report
  try {
    report = JSON.parse(run.stdout)
  } catch {
    return { error: `npm audit printed no JSON (status ${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}` }
  }
  if (!report.vulnerabilities)
    return { error: `npm audit failed: ${report.message ?? report.error?.summary ?? JSON.stringify(report).slice(0, 300)}` }
  const found = new Map()
  for (const v of Object.values(report.vulnerabilities))
    for (const via of v.via)
      if (typeof via === 'object' && via.url) {
        const id = via.url.slice(via.url.lastIndexOf('/') + 1)
        for (const node of v.nodes ?? []) {
          const pkg = nodes.get(node)
          if (pkg && pkg.name === via.name && semver.satisfies(pkg.version, via.range, { includePrerelease: true }))
            found.set(`${pkg.name}@${pkg.version} ${id}`, `npm audit: ${via.range} (${via.severity})`)
        }
      }
  return { found }
}

function run(command, argv) {
  return new Promise((done) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stdout.resume()
    child.stderr.on('data', (c) => (stderr += c))
    child.on('close', (status) => done({ status, stderr }))
  })
}

async function oisReadyOf(dir, records) {
  const files = {}
  for (const r of records) files[`${r.id}.json`] = new TextEncoder().encode(JSON.stringify(r))
  const zip = Buffer.from(zipSync(files))
  const server = http.createServer((req, res) =>
    req.url === '/npm/all.zip' ? res.writeHead(200, { 'content-length': zip.length }).end(zip) : res.writeHead(404).end(),
  )
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const host = `127.0.0.1:${server.address().port}`
  const db = join(dir, '.vulndb')
  const out = join(dir, '.out')
  try {
    // not spawnSync: the export is served from this process
    const update = await run(process.execPath, [
      CLI,
      'vulndb',
      'update',
      '-o',
      db,
      '--ecosystem',
      'npm',
      '--source',
      `http://${host}`,
      '--allow-host',
      host,
    ])
    if (update.status !== 0) return { error: `vulndb update failed: ${update.stderr.trim()}` }
  } finally {
    server.close()
  }
  const check = spawnSync(
    process.execPath,
    [CLI, 'check', dir, '--checks', 'known-vulnerabilities', '--vulndb', db, '-o', out, '-q', '--fail-on', 'none'],
    { encoding: 'utf8' },
  )
  if (!existsSync(join(out, 'report.json'))) return { error: `check failed: ${check.stderr.trim()}` }
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))
  const found = new Map()
  for (const f of report.vulnerabilities?.findings ?? []) {
    const m = /^pkg:npm\/(.+)@([^@]+)$/.exec(f.purl)
    if (!m) continue
    const name = decodeURIComponent(m[1])
    for (const id of f.ids.filter((i) => i.startsWith('GHSA-')))
      found.set(`${name}@${m[2]} ${id}`, `ois-ready: ${f.severity}, fixed in ${f.fixed.join(', ') || 'no version'}, ${f.state}`)
  }
  return { found, withdrawn: report.vulnerabilities?.withdrawn ?? [] }
}

let status = 0
for (const lockfile of lockfiles) {
  const dir = mkdtempSync(join(tmpdir(), 'ois-ready-audit-'))
  try {
    copyFileSync(lockfile, join(dir, 'package-lock.json'))
    const manifest = join(dirname(lockfile), 'package.json')
    if (existsSync(manifest)) copyFileSync(manifest, join(dir, 'package.json'))
    else writeFileSync(join(dir, 'package.json'), '{"name":"audited"}\n')
    // the check reads a repository's committed files
    spawnSync('git', ['init', '-q'], { cwd: dir })
    spawnSync('git', ['add', 'package.json', 'package-lock.json'], { cwd: dir })
    spawnSync('git', ['-c', 'user.name=audit', '-c', 'user.email=audit@example.invalid', 'commit', '-q', '-m', 'lockfile'], { cwd: dir })
    const nodes = lockPackages(JSON.parse(readFileSync(lockfile, 'utf8')))
    const byName = npmAdvisories(new Set([...nodes.values()].map((p) => p.name)))
    const records = [...new Set([...byName.values()].flat())]
    console.log(`\n## ${lockfile}\n\n${nodes.size} packages; ${records.length} reviewed GitHub advisories name one of them`)
    const ours = await oisReadyOf(dir, records)
    if (ours.error) {
      console.log(`ois-ready could not run: ${ours.error}`)
      status = Math.max(status, 3)
      continue
    }
    const npm = npmAuditOf(dir, nodes)
    if (npm.error) {
      // one side only: what ois-ready finds, for comparison by other means
      console.log(`npm audit could not run: ${npm.error}\nois-ready alone: ${ours.found.size}`)
      for (const [k, v] of [...ours.found].sort()) console.log(`- ${k}: ${v}`)
      status = Math.max(status, 3)
      continue
    }
    const keys = [...new Set([...npm.found.keys(), ...ours.found.keys()])].sort()
    const both = keys.filter((k) => npm.found.has(k) && ours.found.has(k))
    console.log(`npm audit ${npm.found.size}, ois-ready ${ours.found.size}, both ${both.length} (package@version advisory)`)
    for (const k of keys)
      if (!(npm.found.has(k) && ours.found.has(k))) {
        status = Math.max(status, 1)
        console.log(`- ${k}: ${npm.found.get(k) ?? 'not in npm audit'}; ${ours.found.get(k) ?? 'not in ois-ready'}`)
      }
    if (ours.withdrawn.length) console.log(`withdrawn advisories (ois-ready skips them): ${ours.withdrawn.join(', ')}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
process.exitCode = status
