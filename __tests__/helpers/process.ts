/** Runs the built bundles (dist/) as processes, as users and GitHub run them. */
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT } from './repo.js'

export interface ProcessResult {
  status: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): ProcessResult {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/cli.js'), ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: 60_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

export function runAction(env: Record<string, string>, cwd: string): ProcessResult {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
  ) as Record<string, string>
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/action.js')], {
    cwd,
    encoding: 'utf8',
    env: { ...clean, ...env },
    timeout: 60_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** As runAction, without blocking: for tests whose local servers must answer the Action while it runs. */
export function runActionAsync(env: Record<string, string>, cwd: string): Promise<ProcessResult> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('ACTIONS_')),
  ) as Record<string, string>
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/action.js')], {
      cwd,
      env: { ...clean, NO_PROXY: '127.0.0.1,localhost', ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d))
    child.stderr.on('data', (d: Buffer) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!
  return outputs
}

/** A small deterministic PRNG (mulberry32), so that a failing generated case can be reproduced. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
