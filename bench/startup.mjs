// Issue 18, items 1 and 2, run by `npm run bench`: start-up of whole processes against bare
// Node on the same Node (medians of 10 alternating runs), and the system calls the snapshot
// makes per listed file (strace -c, when installed).
import { execFileSync, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { alternate, describe } from './process-stats.mjs'

const ROUNDS = 10
const VERSION_TARGET = 4
const COMMAND_TARGET = 8
const FIXTURE_VERSION = '1'

function gitRepo(dir, files) {
  if (existsSync(join(dir, '.ois-ready-bench')) && readFileSync(join(dir, '.ois-ready-bench'), 'utf8') === FIXTURE_VERSION) return dir
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text)
  const git = (args) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
    })
  git(['init', '-q', '-b', 'main'])
  git(['add', '-A'])
  git(['-c', 'user.name=Bench', '-c', 'user.email=bench@example.eu', 'commit', '-q', '-m', 'bench'])
  writeFileSync(join(dir, '.ois-ready-bench'), FIXTURE_VERSION)
  return dir
}

/** Start-up: `--version`, `check` of a 3-file repository and `sbom` of a one-package lockfile, against `node -e 0`. */
export function startup({ root, cache }) {
  const cli = join(root, 'dist/cli.js')
  const mit = createRequire(import.meta.url)('spdx-license-list/full.js')
    .MIT.licenseText.replace('<year>', '2026')
    .replace('<copyright holders>', 'Bench Contributors')
  const small = gitRepo(join(cache, 'repo-3'), {
    'README.md': '# Small\n\nA repository of three files, to measure how fast ois-ready starts and checks.\n',
    LICENSE: mit,
    'index.js': "console.log('hello')\n",
  })
  const lock = gitRepo(join(cache, 'lockfile-1'), {
    'package.json': '{"name":"one","version":"1.0.0","dependencies":{"ms":"^2.1.3"}}\n',
    'package-lock.json': JSON.stringify({
      name: 'one',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'one', version: '1.0.0', dependencies: { ms: '^2.1.3' } },
        'node_modules/ms': {
          version: '2.1.3',
          resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
          integrity: 'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
        },
      },
    }),
  })
  const out = join(cache, 'startup-out')
  const node = process.execPath
  const commands = [
    { label: 'node -e 0 (bare Node)', command: node, args: ['-e', '0'] },
    { label: 'ois-ready --version', command: node, args: [cli, '--version'], target: VERSION_TARGET },
    {
      label: 'ois-ready check, 3 files',
      command: node,
      args: [cli, 'check', small, '-o', out, '-q', '--fail-on', 'none'],
      target: COMMAND_TARGET,
    },
    {
      label: 'ois-ready sbom, 1 package',
      command: node,
      args: [cli, 'sbom', lock, '-o', join(cache, 'startup-sbom.cdx.json')],
      target: COMMAND_TARGET,
    },
  ]
  // one run each first: Node's compile cache is then warm, as for every run after the first
  for (const c of commands) spawnSync(c.command, c.args, { stdio: 'ignore' })
  const results = alternate(commands, ROUNDS)
  const bare = results[0]
  console.log(`\nstart-up on Node ${process.version} (${process.execPath}), whole processes, medians of ${ROUNDS} alternating runs`)
  let ok = true
  for (const [i, c] of commands.entries()) {
    const r = results[i]
    const ratio = r.wallMs / bare.wallMs
    const cpuRatio = r.cpuMs !== undefined && bare.cpuMs ? ` (cpu ${(r.cpuMs / bare.cpuMs).toFixed(1)}x)` : ''
    const verdict = c.target ? `; target ${c.target}x: ${ratio <= c.target ? 'met' : 'NOT met'}` : ''
    if (c.target) ok &&= ratio <= c.target
    console.log(`  ${c.label.padEnd(40)} ${describe(r)}, ${ratio.toFixed(1)}x bare Node${cpuRatio}${verdict}`)
  }
  return ok
}

const FS_CALLS = [
  'statx',
  'lstat',
  'stat',
  'newfstatat',
  'fstat',
  'openat',
  'open',
  'readlink',
  'readlinkat',
  'getdents64',
  'access',
  'faccessat2',
]

/** strace -c -f of a script, as { call: count }. */
function straceCounts(script, args) {
  const report = join(script + '.strace')
  const run = spawnSync('strace', ['-f', '-c', '-o', report, process.execPath, script, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
  if (run.status !== 0) throw new Error(`strace: ${run.stderr}`)
  const counts = {}
  for (const line of readFileSync(report, 'utf8').split('\n')) {
    const m = /^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)$/.exec(line)
    if (m) counts[m[2]] = Number(m[1])
  }
  return { counts, stdout: run.stdout }
}

/**
 * System calls of the snapshot alone (list, lstat, confinement of folders), per listed file: a
 * script that takes the snapshot, under strace -c -f (git's own calls included), less the same
 * script that does not (Node's start-up and module loading).
 */
export async function snapshotSyscalls({ bundle, cache, repos }) {
  if (spawnSync('strace', ['-V'], { stdio: 'ignore' }).status !== 0) {
    console.log('\nstrace is not installed: no count of system calls per file (apt-get install strace)')
    return true
  }
  const script = join(cache, 'snapshot-syscalls.mjs')
  await bundle(
    `import { takeSnapshot } from './src/core/snapshot.ts'
if (process.argv[2]) {
  const s = await takeSnapshot({ root: process.argv[2], maxFileBytes: 1 << 20, exclude: [] })
  console.log(s.files.length + s.excluded.length)
}`,
    script,
  )
  const base = straceCounts(script, []).counts
  console.log('\nsnapshot system calls per listed file (strace -c -f; Node start-up subtracted)')
  let ok = true
  for (const repo of repos) {
    const { counts, stdout } = straceCounts(script, [repo.path])
    const files = Number(stdout.trim())
    const fs = FS_CALLS.reduce((n, c) => n + Math.max(0, (counts[c] ?? 0) - (base[c] ?? 0)), 0)
    const all = Math.max(0, (counts.total ?? 0) - (base.total ?? 0))
    const perFile = fs / files
    ok &&= perFile <= 2
    const stat = ['statx', 'lstat', 'newfstatat', 'stat'].reduce((n, c) => n + Math.max(0, (counts[c] ?? 0) - (base[c] ?? 0)), 0)
    console.log(
      `  ${`${repo.label} (${files} files)`.padEnd(40)} ${perFile.toFixed(2)} file-system calls per file (${(stat / files).toFixed(2)} stat), ${(all / files).toFixed(2)} system calls of any kind`,
    )
  }
  console.log(`\ntarget: at most 2 file-system calls per listed file: ${ok ? 'met' : 'NOT met'}`)
  return ok
}
