/** Finding the repository's lockfiles and reading them into one component graph (memoised per snapshot). */
import type { Snapshot } from '../core/snapshot.js'
import { emptyGraph, type ComponentGraph } from './graph.js'
import { parseNpmLock } from './npm-lock.js'
import { parsePnpmLock, parseYarnLock } from './js-lockfiles.js'
import {
  parseCargoLock,
  parseComposerLock,
  parseGemfileLock,
  parseGoMod,
  parseGradleLockfile,
  parseNugetLock,
  parsePipfileLock,
  parsePythonTomlLock,
  parseRequirements,
} from './other-lockfiles.js'

/** The package.json beside a lockfile: yarn.lock alone does not say which packages are the project's own. */
async function manifestBeside(repo: Snapshot, lockfile: string): Promise<Record<string, Record<string, string>> | undefined> {
  const path = lockfile.includes('/') ? `${lockfile.slice(0, lockfile.lastIndexOf('/'))}/package.json` : 'package.json'
  if (!repo.has(path)) return undefined
  const read = await repo.readText(path)
  if (!read.ok) return undefined
  try {
    return JSON.parse(read.text) as Record<string, Record<string, string>>
  } catch {
    return undefined
  }
}

/**
 * Lockfiles can be large: they are read up to this size (a bigger one is a finding, and the
 * rest of the SBOM is still made). Real lockfiles stay far below; parsing is memory-bound.
 */
export const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024

const NPM = /(^|\/)(package-lock|npm-shrinkwrap)\.json$/
const PNPM = /(^|\/)pnpm-lock\.yaml$/
const YARN = /(^|\/)yarn\.lock$/
/** Lockfiles of other ecosystems, by file name. */
const READERS: [RegExp, (path: string, text: string, graph: ComponentGraph) => void][] = [
  [/(^|\/)Cargo\.lock$/, parseCargoLock],
  [/(^|\/)go\.mod$/, parseGoMod],
  [/(^|\/)poetry\.lock$/, (p, t, g) => parsePythonTomlLock(p, t, g, 'poetry')],
  [/(^|\/)uv\.lock$/, (p, t, g) => parsePythonTomlLock(p, t, g, 'uv')],
  [/(^|\/)Pipfile\.lock$/, parsePipfileLock],
  [/(^|\/)requirements[^/]*\.txt$/, parseRequirements],
  [/(^|\/)composer\.lock$/, parseComposerLock],
  [/(^|\/)Gemfile\.lock$/, parseGemfileLock],
  [/(^|\/)gradle\.lockfile$/, parseGradleLockfile],
  [/(^|\/)packages\.lock\.json$/, parseNugetLock],
]
/** Recognised but not read by this version. */
const OTHER = /(^|\/)(bun\.lockb?|pom\.xml)$/

export interface LockfileScan {
  graph: ComponentGraph
  /** Lockfiles of ecosystems this version does not read yet. */
  unsupported: string[]
}

const scans = new WeakMap<Snapshot, Promise<LockfileScan>>()

export function scanLockfiles(repo: Snapshot): Promise<LockfileScan> {
  let scan = scans.get(repo)
  if (!scan) {
    scan = doScan(repo)
    scans.set(repo, scan)
  }
  return scan
}

async function doScan(repo: Snapshot): Promise<LockfileScan> {
  const graph = emptyGraph()
  const unsupported: string[] = []
  for (const entry of repo.files) {
    // installed trees are not the project's lockfiles
    if (entry.path.includes('node_modules/')) continue
    const reader = READERS.find(([pattern]) => pattern.test(entry.path))?.[1]
    const kind = NPM.test(entry.path)
      ? 'npm'
      : PNPM.test(entry.path)
        ? 'pnpm'
        : YARN.test(entry.path)
          ? 'yarn'
          : reader
            ? 'reader'
            : OTHER.test(entry.path)
              ? 'other'
              : undefined
    if (!kind) continue
    if (kind === 'other') {
      unsupported.push(entry.path)
      continue
    }
    const read = await repo.readText(entry.path, { maxBytes: MAX_LOCKFILE_BYTES })
    if (!read.ok) {
      graph.problems.push({ path: entry.path, message: read.message })
      continue
    }
    if (kind === 'reader') reader!(entry.path, read.text, graph)
    else if (kind === 'npm') parseNpmLock(entry.path, read.text, graph)
    else if (kind === 'pnpm') parsePnpmLock(entry.path, read.text, graph)
    else parseYarnLock(entry.path, read.text, graph, await manifestBeside(repo, entry.path))
  }
  return { graph, unsupported }
}
