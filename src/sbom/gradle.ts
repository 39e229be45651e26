/**
 * Gradle builds, read as data: Gradle is never run and nothing is downloaded. A build is the
 * folder of a settings script (or a lone build script) with its projects; for each, what the
 * repository pins and what it declares:
 *
 * - pinned (resolved) components, with their own scope where known: `gradle.lockfile` (dependency
 *   locking; `gradle/dependency-locks/*.lockfile` of Gradle 4.8–5) and
 *   `gradle/verification-metadata.xml` (every artifact with its checksums: real hashes);
 * - declared components: the `dependencies { }` blocks of the build scripts, read as text
 *   (`gradle-script.ts`), with versions from the version catalogs (`gradle-catalog.ts`),
 *   `gradle.properties`, ext/extra properties and local variables, `constraints { }`, and the
 *   Kotlin plugin's version for `kotlin("…")`. A declaration that a pinned component matches
 *   (same module and version, or a version-less declaration of a pinned module) gives that
 *   component its scope and makes it direct; the others are `declaredOnly`, as pom.xml's are.
 *   A version that cannot be read (managed by a platform outside the repository, computed,
 *   dynamic) is a warning, never a guess.
 *
 * Build logic is build tooling, not the product: `buildSrc/` and builds that
 * `pluginManagement { includeBuild(…) }` names (or included builds that make Gradle plugins)
 * are not read, except their precompiled script plugins (`src/main/kotlin/*.gradle.kts`),
 * whose declarations apply to the projects of the build that uses them. Likewise the
 * `buildscript { }` classpath and the plugins are left out. The project's own subprojects are not
 * components: their coordinates come from build logic, and `project(":x")` is the project itself.
 */
import { PackageURL } from 'packageurl-js'
import type { Snapshot } from '../core/snapshot.js'
import { addComponent, type ComponentGraph, type ComponentHash, type ParseProblem } from './graph.js'
import { aliasKey, isDynamicVersion, readVersionCatalog, type CatalogLibrary, type VersionCatalog } from './gradle-catalog.js'
import {
  readGradleScript,
  readGradleSettings,
  type Expr,
  type GradleDeclaration,
  type GradleScript,
  type GradleSettings,
} from './gradle-script.js'
import { readVerificationMetadata } from './gradle-verification.js'
import { MAX_REPORTED } from './line-index.js'

/** The files a Gradle build is read from. */
export const GRADLE_FILES =
  /(^|\/)([^/]+\.gradle(\.kts)?|gradle\.properties|[^/]+\.versions\.toml|gradle\/verification-metadata\.xml|([^/]+-)?gradle\.lockfile|gradle\/dependency-locks\/[^/]+\.lockfile)$/

/** Build scripts are read up to this size; verification metadata and lockfiles up to the larger one. */
const MAX_SCRIPT_BYTES = 4 * 1024 * 1024
const MAX_PINNED_BYTES = 64 * 1024 * 1024
/** Variables that refer to variables are followed this deep. */
const MAX_VARIABLE_DEPTH = 8

/** What a Gradle configuration's dependencies are for (see configurationKind). */
export type ConfigurationKind = 'product' | 'test' | 'tool'

/**
 * Build tooling: run by the build, not part of what it builds. The buildscript's and settings'
 * `classpath`; the Kotlin compiler, its plugins and tools (`kotlinCompilerClasspath`,
 * `kotlinCompilerPluginClasspathMain`, `kotlinBuildToolsApiClasspath`, `kotlinKlibCommonizerClasspath`,
 * `kotlinScriptDefExtensions`); annotation and symbol processors (`annotationProcessor`,
 * `debugAnnotationProcessorClasspath`, `hiltAnnotationProcessorDebug`, `kapt`, `ksp`,
 * `kspDebugKotlinProcessorClasspath`); linters and formatters (`androidLintTool`, `lintChecks`,
 * `debugLintChecksClasspath`, `ktlint`, `detektPlugins`, checkstyle, pmd, spotbugs, errorprone,
 * ktfmt); coverage agents (jacoco); documentation (dokka); the Android plugin's own (`androidApis`,
 * `androidJdkImage`, `androidTestUtil`, `composeMappingProducerClasspath`, the test platform's
 * `unified-test-platform-*`, internal `_agp_internal_…` and `_internal…`).
 */
const TOOL_CONFIGURATION =
  /^(classpath|kotlin\w*(Classpath|Extensions)\w*|kapt\w*|ksp\w*|\w*annotationProcessor\w*|\w*lint\w*|detekt\w*|checkstyle|pmd|spotbugs\w*|errorprone|ktfmt\w*|jacoco\w*|dokka\w*|android(Apis|JdkImage|TestUtil)|composeMappingProducerClasspath|unified-test-platform[\w-]*|_[\w-]*)$/i

/**
 * What a configuration is for, by its name: build tooling (TOOL_CONFIGURATION), tests (a test
 * source set's or variant's: `testImplementation`, `androidTestImplementation`,
 * `debugUnitTestRuntimeClasspath`; benchmarks, `jmh`), or else the product: `implementation`,
 * `runtimeClasspath`, `releaseCompileClasspath`, `coreLibraryDesugaring` (the desugared JDK classes
 * are packaged into the app), and any configuration not named here, so that nothing is read as
 * less needed than it may be.
 */
export function configurationKind(name: string): ConfigurationKind {
  return TOOL_CONFIGURATION.test(name) ? 'tool' : /test|^jmh/i.test(name) ? 'test' : 'product'
}

/** Scope from the kinds of the configurations that need a component: the product's is required, build tooling is marked. */
function scopeOf(kinds: ReadonlySet<ConfigurationKind>): { scope: 'required' | 'dev'; buildTool?: true } {
  if (kinds.has('product') || kinds.size === 0) return { scope: 'required' }
  return kinds.has('test') ? { scope: 'dev' } : { scope: 'dev', buildTool: true }
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '')
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1)
const SETTINGS = /^settings\.gradle(\.kts)?$/
const BUILD_SCRIPT = /^build\.gradle(\.kts)?$/
/** Init scripts configure a Gradle installation, not a build. */
const INIT_SCRIPT = /^init\.gradle(\.kts)?$|\.init\.gradle(\.kts)?$/
const PRECOMPILED = /(^|\/)src\/main\/(kotlin|groovy)\/.+\.gradle(\.kts)?$/
const LOGIC_PLUGINS = /[`'"(\s](kotlin-dsl|java-gradle-plugin|groovy-gradle-plugin)[`'")\s]/

/** A folder relative to another, normalised; undefined when it leaves the repository. */
function join(folder: string, relative: string): string | undefined {
  const parts = folder.split('/').filter(Boolean)
  for (const p of relative.replace(/\\/g, '/').split('/')) {
    if (p === '' || p === '.') continue
    if (p === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(p)
  }
  return parts.join('/')
}
const asFolder = (path: string) => (path === '' ? '' : `${path.replace(/\/$/, '')}/`)

/** Java properties, as gradle.properties holds them: `key=value`, `key: value`, comments and continuations. */
export function readProperties(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/)) {
    const t = line.trim()
    if (!t || t.startsWith('#') || t.startsWith('!')) continue
    const m = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(t)
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!.trim())
  }
  return out
}

interface Pinned {
  group: string
  name: string
  version: string
  hashes: ComponentHash[]
  /** From a lockfile: what its configurations are for. */
  lockKinds?: Set<ConfigurationKind>
  pomOnly: boolean
  source: string
  /** What the configurations of the declarations that match it are for. */
  declaredKinds?: Set<ConfigurationKind>
  direct?: boolean
}

interface Build {
  folder: string
  settings?: { path: string; parsed: GradleSettings }
  logic: boolean
  /** For build logic: the build that uses it. */
  consumer?: Build
  scripts: string[]
}

interface Declared {
  group: string
  name: string
  version?: string
  /** Why there is no version. */
  unresolved?: string
  /** No version because a platform, a BOM or the catalog leaves it to one. */
  managed?: boolean
  kind: ConfigurationKind
  platform: boolean
  path: string
  line: number
}

const purlOf = (g: string, a: string, v: string) => new PackageURL('maven', g, a, v, undefined, undefined).toString()

/** Reads the Gradle builds of the repository from their files (see the file's comment). */
export async function readGradleBuilds(repo: Snapshot, paths: readonly string[], graph: ComponentGraph): Promise<void> {
  const texts = new Map<string, string>()
  const read = async (path: string, maxBytes: number): Promise<string | undefined> => {
    if (texts.has(path)) return texts.get(path)
    if (!repo.has(path)) return undefined
    const r = await repo.readText(path, { maxBytes })
    if (!r.ok) {
      graph.problems.push({ path, message: r.message })
      return undefined
    }
    texts.set(path, r.text)
    return r.text
  }
  const present = new Set(paths)
  const scripts = paths.filter((p) => /\.gradle(\.kts)?$/.test(p) && !SETTINGS.test(baseName(p)) && !INIT_SCRIPT.test(baseName(p)))

  // the builds: settings folders, buildSrc folders, and lone build scripts
  const builds = new Map<string, Build>()
  for (const path of paths) {
    if (!SETTINGS.test(baseName(path))) continue
    const text = await read(path, MAX_SCRIPT_BYTES)
    if (text === undefined) continue
    const folder = folderOf(path)
    // settings.gradle and settings.gradle.kts in one folder: Gradle reads the first it finds, as here
    if (builds.has(folder)) continue
    try {
      builds.set(folder, { folder, settings: { path, parsed: readGradleSettings(text) }, logic: false, scripts: [] })
    } catch (error) {
      graph.problems.push({ path, message: `could not be read: ${(error as Error).message.split('\n')[0]}` })
    }
  }
  for (const path of scripts) {
    const m = /^(.*\/)?buildSrc\//.exec(path)
    if (m && !builds.has(`${m[1] ?? ''}buildSrc/`))
      builds.set(`${m[1] ?? ''}buildSrc/`, { folder: `${m[1] ?? ''}buildSrc/`, logic: true, scripts: [] })
  }
  for (const b of builds.values()) if (/(^|\/)buildSrc\/$/.test(b.folder)) b.logic = true
  const buildOf = (path: string): Build | undefined => {
    let best: Build | undefined
    for (const b of builds.values()) if (path.startsWith(b.folder) && (!best || b.folder.length > best.folder.length)) best = b
    return best
  }
  for (const path of scripts) {
    if (!BUILD_SCRIPT.test(baseName(path)) || buildOf(path)) continue
    builds.set(folderOf(path), { folder: folderOf(path), logic: false, scripts: [] })
  }
  // lockfiles and verification metadata without a build script beside them still pin components
  for (const path of paths) {
    const folder = /(^|\/)gradle\/verification-metadata\.xml$/.test(path)
      ? path.slice(0, -'gradle/verification-metadata.xml'.length)
      : /(^|\/)([^/]+-)?gradle\.lockfile$/.test(path)
        ? folderOf(path)
        : undefined
    if (folder !== undefined && !buildOf(`${folder}.`)) builds.set(folder, { folder, logic: false, scripts: [] })
  }
  // build logic: buildSrc (used by the build around it) and the builds a settings script includes for plugins
  for (const b of builds.values()) {
    if (/(^|\/)buildSrc\/$/.test(b.folder)) {
      const around = buildOf(b.folder.slice(0, -'buildSrc/'.length) + '.')
      if (around && around !== b) b.consumer = around
    }
  }
  for (const b of [...builds.values()]) {
    for (const included of b.settings?.parsed.includedBuilds ?? []) {
      const folder = join(b.folder, included.path)
      const target = folder === undefined ? undefined : builds.get(asFolder(folder))
      if (!target || target === b) continue
      const rootScript = [`${target.folder}build.gradle.kts`, `${target.folder}build.gradle`].find((p) => present.has(p))
      const makesPlugins = rootScript ? LOGIC_PLUGINS.test(` ${(await read(rootScript, MAX_SCRIPT_BYTES)) ?? ''} `) : false
      if (included.plugin || makesPlugins) {
        target.logic = true
        target.consumer ??= b
      }
    }
  }
  for (const path of scripts) {
    const b = buildOf(path)
    if (!b) continue
    if (!b.logic) b.scripts.push(path)
    // a precompiled script plugin declares dependencies for the projects that apply it
    else if (PRECOMPILED.test(path.slice(b.folder.length)) && b.consumer && !b.consumer.logic) b.consumer.scripts.push(path)
  }

  const sources = new Set<string>()
  for (const b of builds.values()) {
    if (b.logic) continue
    try {
      await readBuild(b)
    } catch (error) {
      const path = b.settings?.path ?? b.scripts[0] ?? b.folder
      graph.problems.push({ path, message: `could not be read: ${(error as Error).message.split('\n')[0]!.slice(0, 200)}` })
    }
  }
  for (const path of paths) if (sources.has(path)) graph.sources.push(path)
  for (const path of [...sources].sort()) if (!present.has(path)) graph.sources.push(path)

  async function readBuild(b: Build): Promise<void> {
    const problems: ParseProblem[] = []
    const settings = b.settings?.parsed
    if (b.settings) sources.add(b.settings.path)
    // the projects' folders: a build script elsewhere is not part of the build
    const projectFolders = new Set([b.folder, ...[...(settings?.projects.values() ?? [])].map((f) => asFolder(join(b.folder, f) ?? ''))])
    const live = b.scripts.filter((path) => {
      if (!BUILD_SCRIPT.test(baseName(path)) || !b.settings || settings?.dynamic || projectFolders.has(folderOf(path))) return true
      problems.push({
        path,
        message: `not a project of the build: ${b.settings.path} does not include ${folderOf(path).slice(b.folder.length, -1) || 'its folder'}; left out`,
        warning: true,
      })
      return false
    })

    // version catalogs: gradle/libs.versions.toml by default, and those the settings name
    const catalogs = new Map<string, VersionCatalog>()
    const catalogFiles: [string, string][] = []
    if (present.has(`${b.folder}gradle/libs.versions.toml`)) catalogFiles.push(['libs', `${b.folder}gradle/libs.versions.toml`])
    for (const c of settings?.catalogs ?? []) {
      const file = join(b.folder, c.file)
      if (file !== undefined) catalogFiles.push([c.name, file])
    }
    for (const [name, file] of catalogFiles) {
      if (catalogs.has(name)) continue
      const text = await read(file, MAX_SCRIPT_BYTES)
      if (text === undefined) {
        if (!present.has(file) && !repo.has(file))
          problems.push({
            path: b.settings?.path ?? file,
            message: `version catalog ${name}: ${file} is not in the repository`,
            warning: true,
          })
        continue
      }
      const catalog = readVersionCatalog(file, name, text, problems)
      if (catalog) {
        catalogs.set(name, catalog)
        sources.add(file)
      }
    }
    for (const c of settings?.publishedCatalogs ?? [])
      problems.push({
        path: b.settings!.path,
        message: `version catalog ${c.name} comes from the published catalog ${c.coordinates}, which ois-ready does not download; its libraries' versions are not known`,
        warning: true,
      })

    // properties: gradle.properties of the build, and of each project
    const propertiesOf = new Map<string, Map<string, string>>()
    for (const path of paths) {
      if (baseName(path) !== 'gradle.properties' || buildOf(path) !== b) continue
      const text = await read(path, MAX_SCRIPT_BYTES)
      if (text !== undefined) propertiesOf.set(folderOf(path), readProperties(text))
    }

    // the scripts, and the ext/extra properties the build shares (the root script's first)
    const parsed = new Map<string, GradleScript>()
    for (const path of live) {
      const text = await read(path, MAX_SCRIPT_BYTES)
      if (text === undefined) continue
      parsed.set(path, readGradleScript(text, path.endsWith('.kts')))
    }
    const order = [...parsed.keys()].sort(
      (x, y) =>
        Number(folderOf(y) === b.folder && BUILD_SCRIPT.test(baseName(y))) -
          Number(folderOf(x) === b.folder && BUILD_SCRIPT.test(baseName(x))) || (x < y ? -1 : 1),
    )
    const shared = new Map<string, Expr>()
    for (const path of order) for (const [k, v] of parsed.get(path)!.extra) if (!shared.has(k)) shared.set(k, v)
    const kotlinVersion =
      order.map((p) => parsed.get(p)!.kotlinPluginVersion).find(Boolean) ??
      [...catalogs.values()].map((c) => c.kotlinPluginVersion).find(Boolean)

    /** The value of a variable or property, as a script sees it. */
    const lookup = (path: string, script: GradleScript, name: string, depth: number): string | undefined => {
      const fromExpr = (e: Expr | undefined) => (e ? valueOf(path, script, e, depth + 1) : undefined)
      const local = fromExpr(script.locals.get(name)) ?? fromExpr(script.extra.get(name)) ?? fromExpr(shared.get(name))
      if (local !== undefined) return local
      // the project's gradle.properties, then its parents' up to the build's
      for (let folder = folderOf(path); folder.startsWith(b.folder) && folder !== b.folder; folder = folderOf(folder.slice(0, -1))) {
        const v = propertiesOf.get(folder)?.get(name)
        if (v !== undefined) return v
      }
      return propertiesOf.get(b.folder)?.get(name)
    }
    /** A string expression's value with its templates expanded, or undefined. */
    const valueOf = (path: string, script: GradleScript, e: Expr, depth = 0): string | undefined => {
      if (depth > MAX_VARIABLE_DEPTH) return undefined
      if (e.kind === 'ref') return refValue(path, script, e.path, depth)
      if (!e.templates) return e.value
      return interpolate(e.value, path.endsWith('.kts'), (expr) => templateValue(path, script, expr, depth))
    }
    const refValue = (path: string, script: GradleScript, ref: string[], depth: number): string | undefined => {
      const catalog = catalogs.get(ref[0]!)
      if (catalog && ref[1] === 'versions') return catalog.versions.get(ref.slice(2).join('.'))
      let rest = ref
      while (rest.length > 1 && ['rootProject', 'project', 'ext', 'extra', 'properties', 'it'].includes(rest[0]!)) rest = rest.slice(1)
      return lookup(path, script, rest.join('.'), depth)
    }
    const templateValue = (path: string, script: GradleScript, expr: string, depth: number): string | undefined => {
      const call =
        /^(?:(?:rootProject|project)\.)?(?:(?:property|findProperty)\(\s*["']([^"']+)["']\s*\)|(?:extra|ext|properties)\[\s*["']([^"']+)["']\s*\]|providers\.gradleProperty\(\s*["']([^"']+)["']\s*\)(?:\.get\(\))?)(?:\s+as\s+String|!!|\.toString\(\))*$/.exec(
          expr.trim(),
        )
      if (call) return lookup(path, script, (call[1] ?? call[2] ?? call[3])!, depth)
      const ref = /^[A-Za-z_][\w.]*(\.get\(\))?$/.test(expr.trim())
        ? expr
            .trim()
            .replace(/\.get\(\)$/, '')
            .split('.')
        : undefined
      return ref ? refValue(path, script, ref, depth) : undefined
    }

    // declarations, resolved to modules and versions
    const declared: Declared[] = []
    const constraints = new Map<string, Set<string>>()
    const perFile = new Map<string, number>()
    const warn = (path: string, line: number | undefined, message: string) => {
      const n = (perFile.get(path) ?? 0) + 1
      perFile.set(path, n)
      if (n <= MAX_REPORTED) problems.push({ path, ...(line ? { line } : {}), message, warning: true })
    }
    for (const path of order) {
      const script = parsed.get(path)!
      if (script.declarations.length) sources.add(path)
      for (const d of script.declarations) {
        // a test source set's block makes every configuration in it a test's (build tooling stays tooling)
        const named = configurationKind(d.configuration)
        const kind = d.testContext && named === 'product' ? 'test' : named
        for (const r of resolveDeclaration(path, script, d)) {
          if ('problem' in r) {
            warn(path, d.line, r.problem)
            continue
          }
          if (d.constraint) {
            if (r.version) constraints.set(`${r.group}:${r.name}`, new Set([...(constraints.get(`${r.group}:${r.name}`) ?? []), r.version]))
            continue
          }
          declared.push({ ...r, kind, platform: Boolean(d.platform), path, line: d.line })
        }
      }
    }

    function resolveDeclaration(
      path: string,
      script: GradleScript,
      d: GradleDeclaration,
    ): ({ group: string; name: string; version?: string; unresolved?: string; managed?: boolean } | { problem: string })[] {
      const n = d.notation
      const withVersion = (
        group: string,
        name: string,
        version: string | undefined,
        raw: string | undefined,
        fromCatalog?: CatalogLibrary,
      ) => {
        const id = `${group}:${name}`
        const v = version ?? d.blockVersion
        if (v !== undefined && v.includes('$'))
          return {
            group,
            name,
            unresolved: `version ${raw ?? v} uses a variable or property ois-ready cannot resolve from the build files`,
          }
        if (v !== undefined && isDynamicVersion(v))
          return { group, name, unresolved: `dynamic version ${v} (resolved by Gradle at build time)` }
        if (v) return { group, name, version: v }
        const constrained = constraints.get(id)
        if (constrained?.size === 1) return { group, name, version: [...constrained][0]! }
        if (fromCatalog?.unresolved && !/no version/.test(fromCatalog.unresolved))
          return { group, name, unresolved: fromCatalog.unresolved }
        return { group, name, managed: true, unresolved: 'no version in the build files (a platform or BOM manages it)' }
      }
      const fromCoordinates = (text: string, raw: string) => {
        const [coordinates] = text.split('@')
        const [group, name, version] = coordinates!.split(':')
        if (!group || !name || group.includes('$') || name.includes('$'))
          return { problem: `the dependency ${raw} names its module through a variable ois-ready cannot resolve; left out` }
        return withVersion(group, name, version || undefined, version ? raw : undefined)
      }
      if (n.kind === 'unknown')
        return [{ problem: `the dependency notation ${n.text} is computed, which ois-ready does not evaluate; left out` }]
      if (n.kind === 'kotlin') {
        const v = n.version ? valueOf(path, script, n.version) : kotlinVersion
        const name = `kotlin-${n.module}`
        return v
          ? [withVersion('org.jetbrains.kotlin', name, v, undefined)]
          : [{ group: 'org.jetbrains.kotlin', name, unresolved: "the Kotlin plugin's version, which the build files do not show" }]
      }
      if (n.kind === 'map') {
        const group = n.group ? valueOf(path, script, n.group) : undefined
        const name = n.name ? valueOf(path, script, n.name) : undefined
        if (!group || !name || group.includes('$') || name.includes('$'))
          return [{ problem: 'a dependency whose group or name ois-ready cannot resolve from the build files; left out' }]
        const version = n.version ? valueOf(path, script, n.version) : undefined
        return [
          withVersion(
            group,
            name,
            n.version && version === undefined ? '$' : version,
            n.version?.kind === 'string' ? n.version.value : n.version?.path.join('.'),
          ),
        ]
      }
      const e = n.expr
      if (e.kind === 'ref') {
        const catalog = catalogs.get(e.path[0]!)
        if (catalog) {
          if (e.path[1] === 'plugins' || e.path[1] === 'versions') return []
          const libraries =
            e.path[1] === 'bundles'
              ? (catalog.bundles.get(e.path.slice(2).join('.')) ?? []).map((alias) => catalog.libraries.get(alias))
              : [catalog.libraries.get(aliasKey(e.path.slice(1).join('.')))]
          if (libraries.length === 0 || libraries.some((l) => !l))
            return [{ problem: `${e.path.join('.')} is not in the version catalog ${catalog.path}; left out` }]
          return libraries.map((l) => withVersion(l!.group, l!.name, l!.version, undefined, l))
        }
        const value = refValue(path, script, e.path, 0)
        if (value === undefined)
          return [
            {
              problem: `the dependency ${e.path.join('.')} is a variable or constant ois-ready cannot resolve from the build files; left out`,
            },
          ]
        return [fromCoordinates(value, e.path.join('.'))]
      }
      const text = valueOf(path, script, e)
      if (text === undefined) return [{ problem: `the dependency "${e.value}" uses a variable ois-ready cannot resolve; left out` }]
      return [fromCoordinates(text, `"${e.value}"`)]
    }

    // what the build pins: lockfiles and verification metadata
    const pinned = new Map<string, Pinned>()
    const pinnedByName = new Map<string, string[]>()
    const pin = (p: Pinned) => {
      const purl = purlOf(p.group, p.name, p.version)
      const known = pinned.get(purl)
      if (known) {
        if (known.hashes.length === 0) known.hashes = p.hashes
        if (p.lockKinds) known.lockKinds = new Set([...(known.lockKinds ?? []), ...p.lockKinds])
        known.pomOnly &&= p.pomOnly
        return
      }
      pinned.set(purl, p)
      const key = `${p.group}:${p.name}`
      pinnedByName.set(key, [...(pinnedByName.get(key) ?? []), purl])
    }
    for (const path of paths) {
      const lock = /(^|\/)([^/]+-)?gradle\.lockfile$/.test(path)
      const oldLock = /(^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(path)
      const verification = /(^|\/)gradle\/verification-metadata\.xml$/.test(path)
      if (!(lock || oldLock || verification)) continue
      // a build's verification metadata is at its root; lockfiles are per project
      const owner = verification ? buildOf(path.slice(0, -'gradle/verification-metadata.xml'.length) + '.') : buildOf(path)
      if (owner !== b) continue
      const text = await read(path, MAX_PINNED_BYTES)
      if (text === undefined) continue
      if (verification) {
        const components = readVerificationMetadata(path, text, problems)
        if (!components) continue
        sources.add(path)
        for (const c of components) pin({ ...c, source: path })
      } else {
        sources.add(path)
        for (const entry of readLockfile(path, text)) pin({ ...entry, hashes: [], pomOnly: false, source: path })
      }
    }

    // declarations meet pins
    const managedLeftOut: Declared[] = []
    for (const d of declared) {
      const key = `${d.group}:${d.name}`
      if (d.version) {
        const purl = purlOf(d.group, d.name, d.version)
        const p = pinned.get(purl)
        if (p) {
          p.declaredKinds = new Set([...(p.declaredKinds ?? []), d.kind])
          p.direct = true
          continue
        }
        addComponent(graph, {
          purl,
          ecosystem: 'maven',
          namespace: d.group,
          name: d.name,
          version: d.version,
          hashes: [],
          ...scopeOf(new Set([d.kind])),
          dependsOn: new Set(),
          source: d.path,
          declaredOnly: true,
        })
        graph.direct.add(purl)
        continue
      }
      const matches = pinnedByName.get(key)
      if (matches) {
        for (const purl of matches) {
          const p = pinned.get(purl)!
          p.declaredKinds = new Set([...(p.declaredKinds ?? []), d.kind])
          p.direct = true
        }
        continue
      }
      if (d.managed) managedLeftOut.push(d)
      else warn(d.path, d.line, `${key}: ${d.unresolved}; left out`)
    }
    /** Per verification metadata file: its components that nothing gives a scope. */
    const unknown = new Map<string, number>()
    for (const [purl, p] of pinned) {
      // a parent POM or an imported BOM is metadata, unless the build declares it
      if (p.pomOnly && !p.direct) continue
      const kinds = p.lockKinds ?? p.declaredKinds
      if (!kinds) unknown.set(p.source, (unknown.get(p.source) ?? 0) + 1)
      addComponent(graph, {
        purl,
        ecosystem: 'maven',
        namespace: p.group,
        name: p.name,
        version: p.version,
        hashes: p.hashes,
        ...scopeOf(kinds ?? new Set()),
        // only verification metadata lists it: nothing says whether the product, a test or the build needs it
        ...(kinds ? {} : { scopeUnknown: true as const }),
        dependsOn: new Set(),
        source: p.source,
      })
      if (p.direct) graph.direct.add(purl)
    }
    for (const [path, n] of unknown)
      problems.push({
        path,
        message: `${n} component(s) it pins are not declared by the build scripts and no gradle.lockfile gives their configurations: which the product needs and which are build tooling (Gradle plugins, the Kotlin compiler, lint) or test dependencies the file does not say, so they are listed as required with the property ois-ready:scope-evidence "none". Dependency locking (gradle.lockfile) records each one's configurations`,
        warning: true,
      })
    for (const [path, n] of perFile)
      if (n > MAX_REPORTED)
        problems.push({ path, message: `${n - MAX_REPORTED} more warning(s) about dependencies not listed`, warning: true })
    if (managedLeftOut.length) {
      const ids = [...new Set(managedLeftOut.map((d) => `${d.group}:${d.name}`))].sort()
      const platforms = [...new Set(declared.filter((d) => d.platform && d.version).map((d) => `${d.group}:${d.name}:${d.version}`))].sort()
      const first = managedLeftOut[0]!
      problems.push({
        path: first.path,
        line: first.line,
        message: `${ids.length} declared dependenc${ids.length === 1 ? 'y has' : 'ies have'} no version in the build files${platforms.length ? ` (the platforms ${platforms.slice(0, 3).join(', ')}${platforms.length > 3 ? ', …' : ''} manage them, which ois-ready does not download)` : ' (a platform or BOM manages them)'}; left out: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}. Dependency locking (gradle.lockfile) or gradle/verification-metadata.xml would give their versions`,
        warning: true,
      })
    }
    graph.problems.push(...problems)
  }
}

/** `${expr}` and `$name` (Groovy: `$a.b`) in a string, each replaced by its value; `\$` is a dollar. */
export function interpolate(text: string, kts: boolean, value: (expr: string) => string | undefined): string {
  const pattern = kts ? /\\\$|\$\{([^}]*)\}|\$([A-Za-z_]\w*)/g : /\\\$|\$\{([^}]*)\}|\$([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g
  return text.replace(pattern, (whole, braced: string | undefined, bare: string | undefined) => {
    if (whole === '\\$') return '\\$'
    const v = value((braced ?? bare)!)
    return v === undefined ? whole : v
  })
}

/** gradle.lockfile lines `group:name:version=configurations`, or Gradle 4.8–5's per-configuration `group:name:version`. */
export function readLockfile(
  path: string,
  text: string,
): { group: string; name: string; version: string; lockKinds: Set<ConfigurationKind> }[] {
  const perConfiguration = /\/dependency-locks\/([^/]+)\.lockfile$/.exec(path)?.[1]
  const out: { group: string; name: string; version: string; lockKinds: Set<ConfigurationKind> }[] = []
  for (const line of text.split(/\r?\n/)) {
    const m = /^([^#:\s=]+):([^:\s=]+):([^=\s]+)(?:=(.*))?$/.exec(line.trim())
    if (!m) continue
    const configurations = (m[4] ?? perConfiguration ?? '').split(',').filter(Boolean)
    // a line without configurations is taken as the product's
    const lockKinds = new Set(configurations.length > 0 ? configurations.map(configurationKind) : (['product'] as const))
    out.push({ group: m[1]!, name: m[2]!, version: m[3]!, lockKinds })
  }
  return out
}
