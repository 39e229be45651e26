/**
 * What the SBOM covers: which build manifests of the repository a lockfile (or a manifest read
 * as one) resolves, which it does not and why, and which lockfiles and manifests are test data
 * rather than the project's own dependencies.
 *
 * A build manifest (package.json, pyproject.toml, Cargo.toml, build.gradle, a .csproj…) that
 * declares dependencies is covered when a file of its ecosystem that the scan read lies in its
 * folder or a folder above it (a workspace's lockfile sits at the workspace root). Files are only
 * opened when nothing covers them, to learn whether they declare any dependency at all.
 */
import picomatch from 'picomatch'
import { parseJson } from '../core/json-source.js'
import { PathTable } from '../core/path-pattern.js'
import type { Snapshot } from '../core/snapshot.js'
import { parseToml } from '../core/toml-source.js'
import type { EcosystemCoverage, SbomExclusion } from '../core/report.js'

export type { EcosystemCoverage, SbomExclusion }

export type Ecosystem =
  'npm' | 'pypi' | 'cargo' | 'golang' | 'gem' | 'composer' | 'maven' | 'gradle' | 'nuget' | 'swift' | 'pub' | 'hex' | 'cocoapods'

/** Ecosystem names as people read them. */
export const ECOSYSTEM_NAMES: Record<Ecosystem, string> = {
  npm: 'JavaScript (npm)',
  pypi: 'Python',
  cargo: 'Rust (Cargo)',
  golang: 'Go',
  gem: 'Ruby',
  composer: 'PHP (Composer)',
  maven: 'Maven',
  gradle: 'Gradle',
  nuget: '.NET (NuGet)',
  swift: 'Swift',
  pub: 'Dart (pub)',
  hex: 'Elixir (Hex)',
  cocoapods: 'CocoaPods',
}

/** The files the scan reads, by ecosystem: lockfiles, and the manifests it reads as their own evidence. */
const SOURCES = new PathTable<Ecosystem>([
  [/(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|bun\.lock)$/, 'npm'],
  [/(^|\/)(poetry\.lock|uv\.lock|Pipfile\.lock|requirements[^/]*\.txt)$/, 'pypi'],
  [/(^|\/)Cargo\.lock$/, 'cargo'],
  [/(^|\/)go\.(mod|sum)$/, 'golang'],
  [/(^|\/)Gemfile\.lock$/, 'gem'],
  [/(^|\/)composer\.lock$/, 'composer'],
  [/(^|\/)pom\.xml$/, 'maven'],
  [/(^|\/)(gradle\.lockfile|verification-metadata\.xml|libs\.versions\.toml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?)$/, 'gradle'],
  [/(^|\/)packages\.lock\.json$/, 'nuget'],
])

/** Lockfiles this version recognises but does not read, with their ecosystem. */
export const UNREAD_LOCKFILES = new PathTable<Ecosystem>([
  [/(^|\/)bun\.lockb$/, 'npm'],
  [/(^|\/)(pdm\.lock|pylock(\.[^/]+)?\.toml)$/, 'pypi'],
  [/(^|\/)Package\.resolved$/, 'swift'],
  [/(^|\/)pubspec\.lock$/, 'pub'],
  [/(^|\/)mix\.lock$/, 'hex'],
  [/(^|\/)Podfile\.lock$/, 'cocoapods'],
  [/(^|\/)paket\.lock$/, 'nuget'],
])

/** Build manifests that need a lockfile (or a manifest read as one) for their dependencies to be known. */
const MANIFESTS = new PathTable<Ecosystem>([
  [/(^|\/)package\.json$/, 'npm'],
  [/(^|\/)(pyproject\.toml|setup\.py|setup\.cfg|Pipfile|requirements[^/]*\.(in|txt))$/, 'pypi'],
  [/(^|\/)Cargo\.toml$/, 'cargo'],
  [/(^|\/)(Gemfile|[^/]+\.gemspec)$/, 'gem'],
  [/(^|\/)composer\.json$/, 'composer'],
  [/(^|\/)(build\.gradle(\.kts)?)$/, 'gradle'],
  [/(^|\/)[^/]+\.(csproj|fsproj|vbproj)$/, 'nuget'],
  [/(^|\/)Package\.swift$/, 'swift'],
  [/(^|\/)pubspec\.yaml$/, 'pub'],
  [/(^|\/)mix\.exs$/, 'hex'],
  [/(^|\/)Podfile$/, 'cocoapods'],
])

export const ecosystemOfSource = (path: string): Ecosystem | undefined => SOURCES.find(path)
export const ecosystemOfUnread = (path: string): Ecosystem | undefined => UNREAD_LOCKFILES.find(path)
const ecosystemOfManifest = (path: string): Ecosystem | undefined => MANIFESTS.find(path)
/** Installed or vendored packages: their lockfiles and manifests are other projects'. */
export const isInstalled = (path: string): boolean => INSTALLED.test(path)
/** A build manifest whose dependencies need a lockfile (package.json, Cargo.toml, build.gradle…). */
export const isBuildManifest = (path: string): boolean => ecosystemOfManifest(path) !== undefined

/** Folders of installed or vendored packages: their manifests are other projects', not builds of this one. */
const INSTALLED = /(^|\/)(node_modules|bower_components|jspm_packages|vendor|\.venv|venv|site-packages|Pods|\.yarn)\//

/** Folder names that hold only test data. */
const TEST_DATA = /^(testdata|test-data|test_data|__fixtures__|__mocks__|__snapshots__|fixtures?|test-fixtures|testfixtures)$/i
/** Test folders, and the names of their data subfolders (test/fixtures/, spec/resources/). */
const TEST_ROOT = /^(tests?|specs?|e2e|__tests__|integration-tests?|it)$/i
const TEST_CHILD = /^(fixtures?|resources|data|samples?|cases|assets|projects|packages)$/i

/** Folders of examples and demos: programs that show how to use the project, not its build. */
const EXAMPLES = /^(examples?|samples?|demos?)$/i

/**
 * The test-data or example folder a path lies in (with its trailing "/"), and which of the two,
 * or undefined. Maven's and Gradle's test trees (src/test/, src/it/, src/testFixtures/) are test
 * data too.
 */
export function testDataFolder(path: string): { folder: string; kind: 'test data' | 'examples' } | undefined {
  const parts = path.split('/')
  const upTo = (i: number) => `${parts.slice(0, i + 1).join('/')}/`
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!
    const next = i + 1 < parts.length - 1 ? parts[i + 1] : undefined
    if (TEST_DATA.test(part)) return { folder: upTo(i), kind: 'test data' }
    if (TEST_ROOT.test(part) && next && TEST_CHILD.test(next)) return { folder: upTo(i + 1), kind: 'test data' }
    if (part === 'src' && next && /^(test|it|testFixtures|integrationTest)$/.test(next)) return { folder: upTo(i + 1), kind: 'test data' }
    if (EXAMPLES.test(part)) return { folder: upTo(i), kind: 'examples' }
  }
  return undefined
}

export interface ScanOptions {
  /** Globs (picomatch, relative to the root) of test-data paths to read all the same. */
  include: string[]
}

const MAX_EXCLUSION_FILES = 20

/** Sorts the repository's lockfiles and manifests into those to read and those that are test data. */
export function partitionTestData(
  paths: readonly string[],
  options: ScanOptions,
): { keep: (path: string) => boolean; excluded: SbomExclusion[] } {
  const included = options.include.length > 0 ? picomatch(options.include, { dot: true }) : () => false
  const byFolder = new Map<string, SbomExclusion>()
  const left = new Set<string>()
  for (const path of paths) {
    const found = testDataFolder(path)
    if (!found || included(path)) continue
    const { folder, kind } = found
    left.add(path)
    let group = byFolder.get(folder)
    if (!group) {
      group = {
        folder,
        reason: `${kind}, not the project's dependencies (include it with "sbom: include:" in the config)`,
        files: [],
        count: 0,
      }
      byFolder.set(folder, group)
    }
    group.count++
    if (group.files.length < MAX_EXCLUSION_FILES) group.files.push(path)
  }
  return { keep: (path) => !left.has(path), excluded: [...byFolder.values()] }
}

/** One build manifest and whether the SBOM covers it. */
export interface ManifestCoverage {
  path: string
  ecosystem: Ecosystem
  /** covered: a file read by the scan resolves it; unresolved: nothing does; not-read: only a lockfile this version does not read. */
  status: 'covered' | 'unresolved' | 'not-read'
  /** The lockfile or manifest that covers it, or the unread lockfile. */
  by?: string
  /** Why it is not covered, and what would cover it. */
  reason?: string
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '')

/** The project folder a source speaks for: gradle/libs.versions.toml and gradle/verification-metadata.xml are the build's at the folder above. */
function projectFolder(path: string): string {
  const folder = folderOf(path)
  return /(^|\/)gradle\/(libs\.versions\.toml|verification-metadata\.xml)$/.test(path) ? folder.slice(0, -'gradle/'.length) : folder
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1)

/**
 * Whether a file read by the scan resolves a manifest. Mostly: it lies in the manifest's folder
 * or above (a workspace's lockfile at the workspace root). NuGet's lockfile sits beside its
 * project. A pinned requirements file is a Python lockfile only for its own name: requirements.txt
 * beside pyproject.toml or setup.py, requirements-dev.txt for requirements-dev.in; a
 * requirements-docs.txt says nothing of the package's own dependencies.
 */
function covers(source: string, manifest: string, ecosystem: Ecosystem): boolean {
  const at = projectFolder(source)
  const folder = folderOf(manifest)
  if (ecosystem === 'nuget') return at === folder
  if (ecosystem === 'pypi') {
    const s = nameOf(source)
    const m = nameOf(manifest)
    if (/^requirements[^/]*\.txt$/.test(s)) {
      if (at !== folder) return false
      if (/^requirements[^/]*\.in$/.test(m)) return s === m.replace(/\.in$/, '.txt')
      return s === 'requirements.txt' && /^(pyproject\.toml|setup\.py|setup\.cfg)$/.test(m)
    }
    if (m === 'Pipfile') return s === 'Pipfile.lock' && at === folder
  }
  return folder.startsWith(at)
}

/** The nearest file of `files` that covers `manifest`. */
function nearest(files: readonly string[], manifest: string, ecosystem: Ecosystem): string | undefined {
  let best: string | undefined
  let depth = -1
  for (const f of files) {
    const at = projectFolder(f)
    if (covers(f, manifest, ecosystem) && at.length > depth) {
      best = f
      depth = at.length
    }
  }
  return best
}

/** A read file of the same ecosystem that speaks for an unread lockfile's folder (bun.lockb beside package-lock.json), if any. */
export function unreadCoveredBy(unread: string, read: readonly string[]): string | undefined {
  const ecosystem = ecosystemOfUnread(unread)
  if (!ecosystem) return undefined
  return read.find((f) => ecosystemOfSource(f) === ecosystem && folderOf(unread).startsWith(projectFolder(f)))
}

const nonEmpty = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'object' && value !== null && Object.keys(value).length > 0

/** A manifest's data, or a throw that says it could not be read (caught below: then it is assumed to declare some). */
function readJson(text: string): Record<string, unknown> {
  const read = parseJson(text)
  if (!read.ok) throw new Error(read.message)
  return (read.value ?? {}) as Record<string, unknown>
}

function readToml(text: string): Record<string, unknown> {
  const read = parseToml(text)
  if (!read.ok) throw new Error(read.message)
  return read.value
}

/** Whether a manifest declares any dependency (read only when nothing covers it). Unreadable → assume it does. */
export function declaresDependencies(path: string, text: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  try {
    if (name === 'package.json') {
      const m = readJson(text)
      return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].some((k) => nonEmpty(m[k]))
    }
    if (name === 'composer.json') {
      const m = readJson(text)
      // the PHP version, extensions and system libraries are platform requirements, not packages
      const packages = (v: unknown) =>
        typeof v === 'object' && v !== null && Object.keys(v).some((k) => !/^(php(-64bit)?|hhvm|ext-.*|lib-.*|composer(-.*)?)$/i.test(k))
      return packages(m.require) || packages(m['require-dev'])
    }
    if (name === 'pyproject.toml') {
      const t = readToml(text) as Record<string, Record<string, unknown> | undefined>
      const poetry = (t.tool?.poetry ?? {}) as Record<string, unknown>
      const poetryDeps = Object.keys((poetry.dependencies ?? {}) as object).filter((k) => k !== 'python')
      const groups = Object.values((poetry.group ?? {}) as Record<string, { dependencies?: object }>).some((g) => nonEmpty(g.dependencies))
      return (
        nonEmpty(t.project?.dependencies) ||
        nonEmpty(t.project?.['optional-dependencies']) ||
        nonEmpty(t['dependency-groups']) ||
        poetryDeps.length > 0 ||
        groups ||
        nonEmpty(poetry['dev-dependencies'])
      )
    }
    if (name === 'Cargo.toml') {
      const t = readToml(text)
      const tables = [
        t,
        (t.workspace ?? {}) as Record<string, unknown>,
        ...Object.values((t.target ?? {}) as Record<string, Record<string, unknown>>),
      ]
      return tables.some((x) => ['dependencies', 'dev-dependencies', 'build-dependencies'].some((k) => nonEmpty(x[k])))
    }
  } catch {
    return true
  }
  const code = text.replace(/^\s*(#|\/\/).*$/gm, '')
  if (name === 'setup.py') return /\b(install_requires|requires|extras_require)\s*=/.test(code)
  if (name === 'setup.cfg') return /^\s*(install_requires|extras_require)\s*=/m.test(code)
  if (name === 'Pipfile') return /^\[(packages|dev-packages)\]\s*\n\s*[A-Za-z0-9"']/m.test(code)
  if (/^requirements[^/]*\.(in|txt)$/.test(name)) return /^\s*[A-Za-z0-9][A-Za-z0-9._-]*/m.test(code.replace(/^\s*-.*$/gm, ''))
  if (name === 'Gemfile') return /^\s*(gem|gemspec)\b/m.test(code)
  if (name.endsWith('.gemspec')) return /\.add_(runtime_|development_)?dependency\b/.test(code)
  if (/^build\.gradle(\.kts)?$/.test(name))
    return /^\s*(implementation|api|compile|runtime|runtimeOnly|compileOnly|testImplementation|testRuntimeOnly|androidTestImplementation|debugImplementation|kapt|ksp|annotationProcessor|classpath)\b\s*[("'a-z]/m.test(
      code,
    )
  if (/\.(cs|fs|vb)proj$/.test(name)) return /<PackageReference\b/i.test(code)
  if (name === 'Package.swift') return /\.package\s*\(/.test(code)
  if (name === 'pubspec.yaml') return /^(dependencies|dev_dependencies):\s*\n\s+\S/m.test(code)
  if (name === 'mix.exs') return /\{:\w+,/.test(code)
  if (name === 'Podfile') return /^\s*pod\s+['"]/m.test(code)
  return true
}

/** What a missing lockfile means, per ecosystem: the file that would resolve the manifest. */
const REMEDY: Record<Ecosystem, string> = {
  npm: 'no package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock or bun.lock in its folder or above',
  pypi: 'no uv.lock, poetry.lock or Pipfile.lock in its folder or above, and no requirements.txt pinned with name==version beside it',
  cargo: 'no Cargo.lock in its folder or above',
  golang: 'no go.mod',
  gem: 'no Gemfile.lock in its folder or above',
  composer: 'no composer.lock in its folder or above',
  maven: 'no pom.xml',
  gradle:
    'ois-ready could read no Gradle build or declaration for it, and there is no gradle.lockfile (dependency locking) or gradle/verification-metadata.xml in its folder or above',
  nuget: 'no packages.lock.json beside it (RestorePackagesWithLockFile)',
  swift: 'no Package.resolved beside it',
  pub: 'no pubspec.lock beside it',
  hex: 'no mix.lock beside it',
  cocoapods: 'no Podfile.lock beside it',
}

/** Largest manifest opened to learn whether it declares dependencies. */
const MAX_MANIFEST_BYTES = 1 << 20

/**
 * Sorts the repository's build manifests into covered, unresolved and not read, given the
 * files the scan read (`read`) and the lockfiles it recognised but could not read (`unread`).
 */
export async function manifestCoverage(
  repo: Snapshot,
  keep: (path: string) => boolean,
  read: readonly string[],
  unread: readonly string[],
): Promise<ManifestCoverage[]> {
  const readBy = new Map<Ecosystem, string[]>()
  for (const f of read) {
    const e = ecosystemOfSource(f)
    if (e) readBy.set(e, [...(readBy.get(e) ?? []), f])
  }
  const unreadBy = new Map<Ecosystem, string[]>()
  for (const f of unread) {
    const e = ecosystemOfUnread(f)
    if (e) unreadBy.set(e, [...(unreadBy.get(e) ?? []), f])
  }
  const readSet = new Set(read)
  const out: ManifestCoverage[] = []
  for (const entry of repo.files) {
    const path = entry.path
    const ecosystem = ecosystemOfManifest(path)
    if (!ecosystem || INSTALLED.test(path) || !keep(path)) continue
    // a Gradle build script the scan read is covered by what it gave (its build's declarations and
    // pins); a requirements file read is a lockfile, not a manifest to count
    if (readSet.has(path)) {
      if (ecosystem === 'gradle') out.push({ path, ecosystem, status: 'covered', by: path })
      continue
    }
    const by = nearest(readBy.get(ecosystem) ?? [], path, ecosystem)
    if (by) {
      out.push({ path, ecosystem, status: 'covered', by })
      continue
    }
    const text = await repo.readText(path, { maxBytes: MAX_MANIFEST_BYTES })
    // a manifest that cannot be read may declare anything: it is not covered
    if (text.ok && !declaresDependencies(path, text.text)) continue
    const unreadLock = nearest(unreadBy.get(ecosystem) ?? [], path, ecosystem)
    out.push(
      unreadLock
        ? {
            path,
            ecosystem,
            status: 'not-read',
            by: unreadLock,
            reason: `its lockfile ${unreadLock} is not read by this version of ois-ready`,
          }
        : { path, ecosystem, status: 'unresolved', reason: `declares dependencies, but ${REMEDY[ecosystem]}` },
    )
  }
  return out
}

/** The coverage of each ecosystem with anything to say, in a stable order. */
export function coverageByEcosystem(
  read: readonly string[],
  componentsBySource: ReadonlyMap<string, number>,
  unread: readonly string[],
  manifests: readonly ManifestCoverage[],
): EcosystemCoverage[] {
  const by = new Map<Ecosystem, EcosystemCoverage>()
  const get = (ecosystem: Ecosystem) => {
    let c = by.get(ecosystem)
    if (!c) {
      c = { ecosystem, read: [], components: 0, covered: 0, unresolved: [], notRead: [] }
      by.set(ecosystem, c)
    }
    return c
  }
  for (const f of read) {
    const e = ecosystemOfSource(f)
    if (!e) continue
    const c = get(e)
    c.read.push(f)
    c.components += componentsBySource.get(f) ?? 0
  }
  for (const f of unread) {
    const e = ecosystemOfUnread(f)
    if (e) get(e).notRead.push(f)
  }
  for (const m of manifests) {
    const c = get(m.ecosystem)
    if (m.status === 'covered') c.covered++
    else if (m.status === 'unresolved') c.unresolved.push({ path: m.path, reason: m.reason! })
  }
  return [...by.values()].sort((a, b) => (a.ecosystem < b.ecosystem ? -1 : 1))
}
