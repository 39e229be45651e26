/** Finding the repository's lockfiles and reading them into one component graph (memoised per snapshot). */
import { parseJson } from '../core/json-source.js'
import { PathPattern, PathTable } from '../core/path-pattern.js'
import { formatBytes, oncePerSnapshot, type Snapshot } from '../core/snapshot.js'
import { MAX_JSON_DEPTH } from './json-depth.js'
import { emptyGraph, type ComponentGraph } from './graph.js'
import type { SbomGaps } from './cyclonedx.js'
import {
  coverageByEcosystem,
  ecosystemOfUnread,
  isBuildManifest,
  isInstalled,
  manifestCoverage,
  partitionTestData,
  type EcosystemCoverage,
  type ManifestCoverage,
  type SbomExclusion,
  type ScanOptions,
} from './coverage.js'
import { parseNpmLock } from './npm-lock.js'
import { parsePnpmLock, parseYarnLock, workspaceGlobs, type Manifest, type Manifests } from './js-lockfiles.js'
import { parseYarnBerryLock } from './yarn-berry.js'
import { parseBunLock } from './bun-lock.js'
import { GRADLE_FILES, readGradleBuilds } from './gradle.js'
import { readMavenBuilds } from './maven-reactor.js'
import {
  parseCargoLock,
  parseComposerLock,
  parseGemfileLock,
  parseGoMod,
  parseGoSum,
  parseNugetLock,
  parsePipfileLock,
  parsePythonTomlLock,
  parseRequirements,
} from './other-lockfiles.js'

async function readManifest(repo: Snapshot, path: string): Promise<Manifest | undefined> {
  if (!repo.has(path)) return undefined
  const read = await repo.readText(path)
  if (!read.ok) return undefined
  const manifest = parseJson(read.text, { maxNesting: MAX_JSON_DEPTH })
  return manifest.ok && manifest.value && typeof manifest.value === 'object' ? (manifest.value as Manifest) : undefined
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '')

/** The package.json beside a lockfile: yarn.lock alone does not say which packages are the project's own. */
const manifestBeside = (repo: Snapshot, lockfile: string) => readManifest(repo, `${folderOf(lockfile)}package.json`)

/** Workspaces of a yarn berry project read at most this many package.json files. */
const MAX_WORKSPACE_MANIFESTS = 2000

/** The package.json files of a lockfile's folder and its workspaces, by folder ("", "packages/lib/"). */
async function manifestsUnder(repo: Snapshot, lockfile: string): Promise<Manifests> {
  const base = folderOf(lockfile)
  const found = new Map<string, Manifest>()
  const paths = repo.files
    .map((f) => f.path)
    .filter((p) => p.startsWith(base) && /(^|\/)package\.json$/.test(p) && !p.includes('node_modules/'))
    .slice(0, MAX_WORKSPACE_MANIFESTS)
  for (const path of paths) {
    const manifest = await readManifest(repo, path)
    if (manifest) found.set(folderOf(path), manifest)
  }
  return Object.assign((folder: string) => found.get(folder), { folders: [...found.keys()] })
}

/**
 * Lockfiles can be large: they are read up to this size (a bigger one is a finding, and the
 * rest of the SBOM is still made). Real lockfiles stay far below; parsing is memory-bound.
 */
export const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024

/**
 * YAML and TOML lockfiles (pnpm, yarn berry, Cargo, poetry, uv) are parsed into a tree of
 * plain values by a library before they are read, at about 15 times their size at the peak:
 * they are read up to half the cap, which keeps `sbom` and `check` under 1 GB (measured on
 * generated lockfiles; the largest real ones are a few MiB).
 */
export const MAX_TREE_LOCKFILE_BYTES = 32 * 1024 * 1024
const TREE_LOCKFILE = new PathPattern(/(^|\/)(pnpm-lock\.yaml|Cargo\.lock|poetry\.lock|uv\.lock)$/)

const NPM = new PathPattern(/(^|\/)(package-lock|npm-shrinkwrap)\.json$/)
const PNPM = new PathPattern(/(^|\/)pnpm-lock\.yaml$/)
const YARN = new PathPattern(/(^|\/)yarn\.lock$/)
const BUN = new PathPattern(/(^|\/)bun\.lock$/)
/** Lockfiles of other ecosystems, by file name. */
const READERS = new PathTable<(path: string, text: string, graph: ComponentGraph) => void>([
  [/(^|\/)Cargo\.lock$/, parseCargoLock],
  [/(^|\/)go\.mod$/, parseGoMod],
  [/(^|\/)go\.sum$/, parseGoSum],
  [/(^|\/)poetry\.lock$/, (p, t, g) => parsePythonTomlLock(p, t, g, 'poetry')],
  [/(^|\/)uv\.lock$/, (p, t, g) => parsePythonTomlLock(p, t, g, 'uv')],
  [/(^|\/)Pipfile\.lock$/, parsePipfileLock],
  [/(^|\/)requirements[^/]*\.txt$/, parseRequirements],
  [/(^|\/)composer\.lock$/, parseComposerLock],
  [/(^|\/)Gemfile\.lock$/, parseGemfileLock],
  [/(^|\/)packages\.lock\.json$/, parseNugetLock],
  [BUN, parseBunLock],
])
/**
 * Builds read as a whole, several files at a time, after the lockfiles: Gradle builds (settings,
 * build scripts, version catalogs, lockfiles, verification metadata) and Maven reactors (POMs).
 */
const BUILD_READERS = new PathTable<(repo: Snapshot, paths: string[], graph: ComponentGraph) => Promise<void>>([
  [GRADLE_FILES, readGradleBuilds],
  [/(^|\/)pom\.xml$/, readMavenBuilds],
])

/** What a recognised but unread lockfile means for the SBOM, and what to do. */
export function unsupportedMessage(path: string): string {
  return /bun\.lockb$/.test(path)
    ? `${path}: bun's binary lockfile is recognised but not read, so its components are not in the SBOM; bun 1.2 and later write the text lockfile bun.lock (\`bun install --save-text-lockfile\`), which ois-ready reads`
    : `${path}: this lockfile format is not read by this version of ois-ready; its components are not in the SBOM`
}

export interface LockfileScan {
  graph: ComponentGraph
  /** Lockfiles of ecosystems this version does not read yet. */
  unsupported: string[]
  /** The build manifests found, and whether a file read resolves them. */
  manifests: ManifestCoverage[]
  /** Per ecosystem: the files read, the components they gave, the manifests left unresolved. */
  coverage: EcosystemCoverage[]
  /** Lockfiles and manifests left out as test data, by folder. */
  excluded: SbomExclusion[]
}

const scanOptions = new WeakMap<Snapshot, ScanOptions>()

/** The config's SBOM settings for this snapshot; set before the first scan (the pipeline and the sbom command do). */
export function configureLockfileScan(repo: Snapshot, options: ScanOptions): void {
  scanOptions.set(repo, options)
}

export const scanLockfiles: (repo: Snapshot) => Promise<LockfileScan> = oncePerSnapshot('the lockfile scan', (repo) =>
  doScan(repo, scanOptions.get(repo) ?? { include: [] }),
)

/** The first line of an error's message: what went wrong, without a stack. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200)

const kindOf = (path: string): 'npm' | 'pnpm' | 'yarn' | 'build' | 'reader' | 'other' | undefined =>
  NPM.test(path)
    ? 'npm'
    : PNPM.test(path)
      ? 'pnpm'
      : YARN.test(path)
        ? 'yarn'
        : BUILD_READERS.has(path)
          ? 'build'
          : READERS.has(path)
            ? 'reader'
            : ecosystemOfUnread(path)
              ? 'other'
              : undefined

async function doScan(repo: Snapshot, options: ScanOptions): Promise<LockfileScan> {
  const graph = emptyGraph()
  const unsupported: string[] = []
  const buildFiles = BUILD_READERS.entries.map((): string[] => [])
  // installed and vendored trees (node_modules/, vendor/…) are not the project's lockfiles
  const candidates = repo.files.map((e) => e.path).filter((p) => !isInstalled(p))
  // each path is classified once (the patterns are many, the files up to 100,000s)
  const kinds = new Map<string, ReturnType<typeof kindOf>>()
  const relevant = candidates.filter((p) => {
    const kind = kindOf(p)
    if (kind) kinds.set(p, kind)
    return kind !== undefined || isBuildManifest(p)
  })
  const { keep, excluded } = partitionTestData(relevant, options)
  const componentsBySource = new Map<string, number>()
  for (const path of relevant) {
    const kind = kinds.get(path)
    if (!kind || !keep(path)) continue
    const entry = { path }
    const reader = kind === 'reader' ? READERS.find(entry.path) : undefined
    if (kind === 'other') {
      unsupported.push(entry.path)
      continue
    }
    if (kind === 'build') {
      buildFiles[BUILD_READERS.index(entry.path)]!.push(entry.path)
      continue
    }
    // not kept: the scan is read once per snapshot, and a lockfile may be tens of megabytes
    const read = await repo.readTextUncached(entry.path, {
      maxBytes: TREE_LOCKFILE.test(entry.path) ? MAX_TREE_LOCKFILE_BYTES : MAX_LOCKFILE_BYTES,
    })
    if (!read.ok) {
      graph.problems.push({ path: entry.path, message: read.message })
      continue
    }
    // yarn.lock is yarn 1's own format, or YAML (berry): known once read
    const berry = kind === 'yarn' && /^__metadata:/m.test(read.text.slice(0, 4096))
    const bytes = berry ? Buffer.byteLength(read.text) : 0
    if (bytes > MAX_TREE_LOCKFILE_BYTES) {
      graph.problems.push({
        path: entry.path,
        message: `${entry.path} is ${formatBytes(bytes)}, over the read limit of ${formatBytes(MAX_TREE_LOCKFILE_BYTES)} for YAML lockfiles`,
      })
      continue
    }
    const before = graph.components.size
    // one file a reader cannot cope with is a finding about that file, never the end of the run
    try {
      if (kind === 'reader') reader!(entry.path, read.text, graph)
      else if (kind === 'npm') parseNpmLock(entry.path, read.text, graph)
      // a pnpm workspace names its packages' folders in the lockfile, and their names in their package.json
      else if (kind === 'pnpm')
        parsePnpmLock(
          entry.path,
          read.text,
          graph,
          repo.has(`${folderOf(entry.path)}pnpm-workspace.yaml`) ? await manifestsUnder(repo, entry.path) : undefined,
        )
      // yarn 2+ ("berry") writes YAML with a __metadata entry; yarn 1 its own format
      else if (berry) parseYarnBerryLock(entry.path, read.text, graph, await manifestsUnder(repo, entry.path))
      else {
        const manifest = await manifestBeside(repo, entry.path)
        parseYarnLock(
          entry.path,
          read.text,
          graph,
          manifest,
          workspaceGlobs(manifest).length ? await manifestsUnder(repo, entry.path) : undefined,
        )
      }
    } catch (error) {
      graph.problems.push({ path: entry.path, message: `could not be read: ${reasonOf(error)}` })
    }
    componentsBySource.set(entry.path, graph.components.size - before)
  }
  for (const [i, [, readBuilds]] of BUILD_READERS.entries.entries()) {
    if (buildFiles[i]!.length === 0) continue
    const before = graph.components.size
    const firstSource = graph.sources.length
    try {
      await readBuilds(repo, buildFiles[i]!, graph)
    } catch (error) {
      graph.problems.push({ path: buildFiles[i]![0]!, message: `could not be read: ${reasonOf(error)}` })
    }
    // a build's components come from several files: they count for the first it read
    const first = graph.sources[firstSource]
    if (first !== undefined) componentsBySource.set(first, graph.components.size - before)
  }
  const manifests = await manifestCoverage(repo, keep, graph.sources, unsupported)
  const coverage = coverageByEcosystem(graph.sources, componentsBySource, unsupported, manifests)
  return { graph, unsupported, manifests, coverage, excluded }
}

/** What the SBOM of a scan does not cover, for its metadata. */
export function gapsOf(scan: LockfileScan): SbomGaps {
  return {
    unresolved: scan.manifests.filter((m) => m.status === 'unresolved').map((m) => m.path),
    notRead: [...scan.unsupported],
    excluded: scan.excluded.map((e) => e.folder),
  }
}
