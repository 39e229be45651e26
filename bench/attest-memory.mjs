// Peak memory of `ois-ready verify` and `ois-ready catalogue build` on 100,000 key-signed
// attestations in one file (about 360 MB), and of `catalogue build` from 70 URLs serving 15 MiB
// each (a local server), against a target of 1 GB each. Run by `npm run bench`, or alone:
// `node bench/attest-memory.mjs` (after `npm run build`). The attestations are made once and
// cached in the system's temporary folder (delete ois-ready-bench/attest-100k there to remake them).
import { execFileSync, spawn } from 'node:child_process'
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import canonicalize from 'canonicalize'

const ROOT = resolve(import.meta.dirname, '..')
const CLI = join(ROOT, 'dist/cli.js')
const COUNT = 100_000
const URLS = 70
const URL_BYTES = 15 * 1024 * 1024
const TARGET_MB = 1024
const GENERATOR_VERSION = 1
const DIR = join(tmpdir(), 'ois-ready-bench', 'attest-100k')
const BULK = join(DIR, 'bulk.intoto.jsonl')
// peak resident set and CPU time, from the process itself at exit (the machine may be shared: CPU time says more than wall time)
const MAXRSS_HOOK = `data:text/javascript,import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(2, '\\nois-bench-maxrss ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n') })`

function git(cwd, args) {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
  })
}

/** Two keys (Ed25519, ECDSA P-256), a template statement from a real `check` of a small repository, and 100,000 variants of it, signed. */
function generate() {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  const keys = ['ed25519', 'ecdsa-p256'].map((type) => {
    execFileSync(process.execPath, [CLI, 'keygen', '--type', type, '-o', DIR, '--name', type], { stdio: 'ignore' })
    const priv = createPrivateKey(readFileSync(join(DIR, `${type}.key`)))
    const keyid = createHash('sha256')
      .update(createPublicKey(priv).export({ type: 'spki', format: 'der' }))
      .digest('hex')
    return { type, priv, keyid }
  })
  const repo = join(DIR, 'repo')
  mkdirSync(repo, { recursive: true })
  writeFileSync(
    join(repo, 'README.md'),
    '# Bench\n\nA small repository whose attestation is the template of the benchmark.\n\n## Usage\n\nRead it.\n',
  )
  writeFileSync(join(repo, 'SECURITY.md'), 'Report vulnerabilities to security@bench.example.eu; we reply within 5 days.\n')
  git(repo, ['init', '-q', '-b', 'main'])
  git(repo, ['add', '-A'])
  git(repo, ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.eu', 'commit', '-q', '-m', 'bench'])
  execFileSync(process.execPath, [
    CLI,
    'check',
    repo,
    '-o',
    join(DIR, 'run'),
    '--signing-key',
    join(DIR, 'ed25519.key'),
    '--fail-on',
    'none',
    '-q',
  ])
  const template = JSON.parse(readFileSync(join(DIR, 'run', 'attestation.intoto.jsonl'), 'utf8'))
  const statement = JSON.parse(Buffer.from(template.payload, 'base64').toString())
  const fd = openSync(BULK, 'w')
  let batch = ''
  for (let i = 0; i < COUNT; i++) {
    const key = keys[i % 2]
    const commit = createHash('sha1').update(`bench-${i}`).digest('hex')
    const url = `https://github.com/bench-org-${i % 50}/project-${i}`
    statement.subject[0] = { name: url, digest: { gitCommit: commit } }
    statement.predicate.repository = { url, commit, ref: 'refs/heads/main' }
    statement.predicate.licence = { expression: ['MIT', 'EUPL-1.2', 'MIT OR Apache-2.0', 'GPL-3.0-only'][i % 4] }
    const payload = Buffer.from(canonicalize(statement))
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${template.payloadType.length} ${template.payloadType} ${payload.length} `), payload])
    const sig = key.type === 'ed25519' ? sign(null, pae, key.priv) : sign('sha256', pae, { key: key.priv, dsaEncoding: 'der' })
    batch += `${JSON.stringify({ payloadType: template.payloadType, payload: payload.toString('base64'), signatures: [{ keyid: key.keyid, sig: sig.toString('base64') }] })}\n`
    if (batch.length > 1 << 20) {
      writeSync(fd, batch)
      batch = ''
    }
  }
  writeSync(fd, batch)
  closeSync(fd)
  writeFileSync(join(DIR, 'trust.yml'), 'keys:\n  - path: ed25519.pub\n  - path: ecdsa-p256.pub\n')
  // verified a minute after they were issued, so that the cached file stays valid for later runs
  const at = new Date(Date.parse(statement.predicate.issuedAt) + 60_000).toISOString()
  writeFileSync(join(DIR, 'meta.json'), JSON.stringify({ version: GENERATOR_VERSION, count: COUNT, at }))
}

/** One command as a child process, with its peak resident set (maxRSS, from the process itself at exit); stdout is counted, not kept. */
function peakOf(args) {
  return new Promise((resolvePromise) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', MAXRSS_HOOK, CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdoutBytes = 0
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdoutBytes += d.length
    })
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (status) => {
      const m = /ois-bench-maxrss (\d+) (\d+)/.exec(stderr)
      resolvePromise({
        mb: m ? Number(m[1]) / 1024 : undefined,
        cpuS: m ? Number(m[2]) / 1e6 : undefined,
        ms: performance.now() - started,
        status,
        stdoutBytes,
        stderr,
      })
    })
  })
}

const mbText = (r) =>
  r.mb === undefined
    ? `did not finish (status ${r.status}, ${(r.ms / 1000).toFixed(0)} s)`
    : `${r.mb.toFixed(0)} MB peak, ${(r.ms / 1000).toFixed(1)} s wall, ${r.cpuS.toFixed(1)} s CPU`

export async function attestMemory() {
  const metaPath = join(DIR, 'meta.json')
  let meta = existsSync(metaPath) && existsSync(BULK) ? JSON.parse(readFileSync(metaPath, 'utf8')) : undefined
  if (meta?.version !== GENERATOR_VERSION || meta?.count !== COUNT) {
    console.error(`signing ${COUNT} attestations in ${DIR} (once; cached) ...`)
    const t = performance.now()
    generate()
    console.error(`signed in ${((performance.now() - t) / 1000).toFixed(1)} s`)
    meta = JSON.parse(readFileSync(metaPath, 'utf8'))
  }
  const size = statSync(BULK).size
  const keys = ['--key', join(DIR, 'ed25519.pub'), '--key', join(DIR, 'ecdsa-p256.pub')]

  // the JSON record (the default output), which lists every attestation with its facts
  const verify = await peakOf(['verify', BULK, ...keys, '--at', meta.at])
  const out = join(DIR, 'catalogue')
  rmSync(out, { recursive: true, force: true })
  const build = await peakOf(['catalogue', 'build', BULK, '--trust', join(DIR, 'trust.yml'), '-o', out, '--at', meta.at, '-q'])
  let repositories = 0
  try {
    repositories = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).counts.repositories
  } catch {
    // not built
  }

  // 70 URLs serving the first 15 MiB of the same attestations (whole lines), from a local server
  const fd = openSync(BULK, 'r')
  const head = Buffer.alloc(URL_BYTES)
  const read = readSync(fd, head, 0, URL_BYTES, 0)
  closeSync(fd)
  const body = head.subarray(0, head.lastIndexOf(10, read - 1) + 1)
  const served = body.toString('latin1').split('\n').length - 1
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/jsonl', 'content-length': body.length })
    res.end(body)
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const host = `127.0.0.1:${server.address().port}`
  const urlList = join(DIR, 'urls.txt')
  writeFileSync(urlList, Array.from({ length: URLS }, (_, i) => `http://${host}/${i}.jsonl`).join('\n') + '\n')
  const urlOut = join(DIR, 'catalogue-urls')
  rmSync(urlOut, { recursive: true, force: true })
  const fromUrls = await peakOf([
    'catalogue',
    'build',
    urlList,
    '--trust',
    join(DIR, 'trust.yml'),
    '-o',
    urlOut,
    '--at',
    meta.at,
    '--allow-host',
    host,
    '-q',
  ])
  server.close()
  let urlCounts
  try {
    urlCounts = JSON.parse(readFileSync(join(urlOut, 'index.json'), 'utf8')).counts
  } catch {
    // not built
  }

  console.log(
    `\npeak memory on ${COUNT} key-signed attestations in one file (${(size / 1e6).toFixed(0)} MB; whole processes, 2 shared cores)`,
  )
  console.log(
    `  ${'verify (JSON record)'.padEnd(40)} ${mbText(verify)}, ${(verify.stdoutBytes / 1e6).toFixed(0)} MB of output${verify.status === 0 ? '' : ` (exit ${verify.status}: ${verify.stderr.trim().split('\n')[0] ?? ''})`}`,
  )
  console.log(`  ${'catalogue build'.padEnd(40)} ${mbText(build)}, ${repositories} repositories`)
  console.log(
    `  ${`catalogue build, ${URLS} URLs x 15 MiB`.padEnd(40)} ${mbText(fromUrls)}, ${urlCounts ? `${urlCounts.attestations} attestations, ${urlCounts.repositories} repositories` : 'no index'} (${served} attestations a URL)`,
  )
  console.log('  (no peer: no other tool verifies a file of many key-signed DSSE envelopes, or builds a catalogue of them)')
  const runs = [verify, build, fromUrls]
  const ok =
    runs.every((r) => r.status === 0 && r.mb !== undefined && r.mb < TARGET_MB) &&
    repositories === COUNT &&
    urlCounts?.attestations === URLS * served
  console.log(
    `\ntarget: verify and catalogue build of ${COUNT} attestations, and a build from ${URLS} URLs of 15 MiB, each under ${TARGET_MB} MB peak: ${ok ? 'met' : 'NOT met'}`,
  )
  return ok
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = (await attestMemory()) ? 0 : 1
