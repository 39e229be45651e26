/**
 * When a document last changed: the last commit of HEAD's history that touched a path. Policy
 * documents (threat model, secrets and test policies) are judged by their age too; an old one
 * may no longer describe the project.
 */
import { simpleGit } from 'simple-git'
import { SAFE_GIT_CONFIG } from './file-list.js'
import type { GitFacts } from './git-facts.js'
import type { Snapshot } from './snapshot.js'

export type LastChange =
  | { known: true; commit: string; date: string }
  /** Why the date cannot be read: outside git, a shallow clone, a path git does not track. */
  | { known: false; reason: string }

const DAY_MS = 24 * 60 * 60 * 1000

/** The last commit that touched `path` (a path of the snapshot's listing, taken literally, never as a pattern). */
export async function lastChange(repo: Snapshot, git: GitFacts, path: string): Promise<LastChange> {
  if (repo.source !== 'git' || !git.isRepository) return { known: false, reason: 'the folder is not a git work tree' }
  if (git.shallow) return { known: false, reason: 'the clone is shallow (fetch-depth: 0 gives the history)' }
  if (!repo.files.some((f) => f.path === path)) return { known: false, reason: `${path} is not in the listing` }
  try {
    const out = await simpleGit({ baseDir: repo.realRoot, config: SAFE_GIT_CONFIG, unsafe: { allowUnsafeFsMonitor: true } }).raw([
      'log',
      '-1',
      '--format=%H%x00%cI',
      '--',
      `:(literal)${path}`,
    ])
    const [commit = '', date = ''] = out.trim().split('\0')
    const time = Date.parse(date)
    if (!commit || Number.isNaN(time)) return { known: false, reason: `no commit of HEAD's history touches ${path}` }
    return { known: true, commit, date: new Date(time).toISOString() }
  } catch {
    return { known: false, reason: `git log could not read the history of ${path}` }
  }
}

/** Whole months between a date and the run's time (30-day months: an age, not a calendar). */
export function ageInMonths(date: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(date)) / (30 * DAY_MS))
}
