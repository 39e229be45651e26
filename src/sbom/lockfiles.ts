/** Finding the repository's lockfiles and reading them into one component graph (memoised per snapshot). */
import type { Snapshot } from '../core/snapshot.js'
import { emptyGraph, type ComponentGraph } from './graph.js'
import { parseNpmLock } from './npm-lock.js'

/** Lockfiles can be large: they are read up to this size (a bigger one is a finding). */
export const MAX_LOCKFILE_BYTES = 256 * 1024 * 1024

const NPM = /(^|\/)(package-lock|npm-shrinkwrap)\.json$/
/** Lockfiles of other ecosystems, recognised but not read by this version. */
const OTHER =
  /(^|\/)(yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|go\.sum|poetry\.lock|uv\.lock|Pipfile\.lock|requirements[^/]*\.txt|composer\.lock|Gemfile\.lock|pom\.xml|gradle\.lockfile|packages\.lock\.json)$/

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
    if (NPM.test(entry.path)) {
      const read = await repo.readText(entry.path, { maxBytes: MAX_LOCKFILE_BYTES })
      if (!read.ok) graph.problems.push({ path: entry.path, message: read.message })
      else parseNpmLock(entry.path, read.text, graph)
    } else if (OTHER.test(entry.path)) unsupported.push(entry.path)
  }
  return { graph, unsupported }
}
