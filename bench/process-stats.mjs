// Whole-process measurements shared by the benchmark's sections (issue 18): wall time as medians
// of alternating runs, and peak memory and CPU time from GNU time when it is installed.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const GNU_TIME = '/usr/bin/time'

/** One run: wall ms; with GNU time also peak resident set (MB) and CPU ms (user + system, children included). */
export function runOnce(command, args, { cwd, timeout = 600_000, env } = {}) {
  const started = performance.now()
  const withTime = existsSync(GNU_TIME)
  const run = withTime
    ? spawnSync(GNU_TIME, ['-f', 'ois-bench-time %M %U %S', command, ...args], {
        cwd,
        env,
        timeout,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawnSync(command, args, { cwd, env, timeout, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] })
  const wallMs = performance.now() - started
  const m = /ois-bench-time (\d+) ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '')
  return {
    wallMs,
    status: run.status,
    stdout: run.stdout,
    ...(m ? { peakMb: Number(m[1]) / 1024, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 } : {}),
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * Runs each command `rounds` times, the commands alternating (so a busy moment of the machine
 * falls on all of them alike); the median wall time, CPU time and peak memory of each.
 */
export function alternate(commands, rounds, options = {}) {
  const runs = commands.map(() => [])
  for (let i = 0; i < rounds; i++)
    for (const [k, c] of commands.entries()) {
      const r = runOnce(c.command, c.args, { ...options, cwd: c.cwd ?? options.cwd })
      if (r.status !== 0 && !c.anyStatus) throw new Error(`${c.label} exited ${r.status}: ${r.stdout?.slice(0, 200)}`)
      runs[k].push(r)
    }
  return runs.map((rs) => ({
    wallMs: median(rs.map((r) => r.wallMs)),
    cpuMs: rs[0].cpuMs === undefined ? undefined : median(rs.map((r) => r.cpuMs)),
    peakMb: rs[0].peakMb === undefined ? undefined : Math.max(...rs.map((r) => r.peakMb)),
    bestMs: Math.min(...rs.map((r) => r.wallMs)),
  }))
}

/** "123 ms (cpu 80 ms, 45 MB)" */
export function describe(r) {
  const extra = [
    r.cpuMs !== undefined ? `cpu ${r.cpuMs.toFixed(0)} ms` : undefined,
    r.peakMb !== undefined ? `${r.peakMb.toFixed(0)} MB` : undefined,
  ]
    .filter(Boolean)
    .join(', ')
  return `${r.wallMs.toFixed(0)} ms${extra ? ` (${extra})` : ''}`
}
