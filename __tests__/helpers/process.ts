/** Runs the built bundles (dist/) as processes, as users and GitHub run them. */
import { spawnSync } from 'node:child_process'
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
