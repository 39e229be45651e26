/**
 * Gradle version catalogs (`gradle/libs.versions.toml`), read with smol-toml: the libraries
 * (module and version, `version.ref` followed), bundles, and the Kotlin plugin's version. A
 * catalog only names libraries: a build script that uses `libs.foo.bar` declares the dependency.
 *
 * Gradle makes accessors of aliases by treating `-`, `_` and `.` alike (`springBoot-bom` is
 * `libs.springBoot.bom`), so aliases are keyed with dots.
 */
import { parseToml } from '../core/toml-source.js'
import type { ParseProblem } from './graph.js'

export interface CatalogLibrary {
  group: string
  name: string
  /** The version, when the catalog gives one exactly. */
  version?: string
  /** Why there is no version: none given (a platform manages it), a range, an unknown reference. */
  unresolved?: string
}

export interface VersionCatalog {
  path: string
  name: string
  /** By alias, separators as dots. */
  libraries: Map<string, CatalogLibrary>
  bundles: Map<string, string[]>
  versions: Map<string, string>
  /** The version of the Kotlin Gradle plugin (org.jetbrains.kotlin.*), which kotlin("…") modules follow. */
  kotlinPluginVersion?: string
}

/** The key of an alias or accessor path: `springBoot-bom`, `springBoot_bom` and `springBoot.bom` are one. */
export const aliasKey = (alias: string): string => alias.replace(/[-_.]/g, '.')

/** A version that Gradle resolves at build time: a range, a prefix (`1.+`), `latest.release`. */
export const isDynamicVersion = (version: string): boolean => /[+[\]()]|^latest\.|,/.test(version)

type RichVersion = string | { ref?: unknown; strictly?: unknown; require?: unknown; prefer?: unknown }

/** The one version a rich version pins, or why it has none. */
function versionOf(
  value: RichVersion | undefined,
  versions: ReadonlyMap<string, RichVersion>,
  depth = 0,
): { version?: string; unresolved?: string } {
  if (value === undefined) return { unresolved: 'the catalog gives no version (a platform or BOM manages it)' }
  if (typeof value === 'string') return isDynamicVersion(value) ? { unresolved: `dynamic version ${value}` } : { version: value }
  if (typeof value !== 'object' || value === null) return { unresolved: 'a version that is not text' }
  if (typeof value.ref === 'string') {
    const target = versions.get(aliasKey(value.ref))
    if (target === undefined) return { unresolved: `version.ref "${value.ref}" is not in [versions]` }
    return depth > 4 ? { unresolved: 'versions refer to each other' } : versionOf(target, versions, depth + 1)
  }
  for (const key of ['strictly', 'require', 'prefer'] as const) {
    const v = value[key]
    if (typeof v === 'string' && v && !isDynamicVersion(v)) return { version: v }
  }
  const given = [value.strictly, value.require, value.prefer].find((v) => typeof v === 'string')
  return {
    unresolved: typeof given === 'string' ? `dynamic version ${given}` : 'the catalog gives no version (a platform or BOM manages it)',
  }
}

export function readVersionCatalog(path: string, name: string, text: string, problems: ParseProblem[]): VersionCatalog | undefined {
  const read = parseToml(text)
  if (!read.ok) {
    problems.push({ path, ...(read.line ? { line: read.line } : {}), message: `not valid TOML: ${read.message}` })
    return undefined
  }
  const doc = read.value
  const table = (key: string) => {
    const t = doc[key]
    return t && typeof t === 'object' && !Array.isArray(t) ? (t as Record<string, unknown>) : {}
  }
  const versions = new Map<string, RichVersion>()
  for (const [alias, v] of Object.entries(table('versions'))) versions.set(aliasKey(alias), v as RichVersion)
  const catalog: VersionCatalog = { path, name, libraries: new Map(), bundles: new Map(), versions: new Map() }
  for (const [alias, v] of versions) {
    const resolved = versionOf(v, versions)
    if (resolved.version) catalog.versions.set(alias, resolved.version)
  }
  let bad = 0
  for (const [alias, entry] of Object.entries(table('libraries'))) {
    let group: string | undefined
    let artifact: string | undefined
    let version: RichVersion | undefined
    if (typeof entry === 'string') {
      const [g, a, v] = entry.split(':')
      ;[group, artifact, version] = [g, a, v || undefined]
    } else if (entry && typeof entry === 'object') {
      const e = entry as { module?: unknown; group?: unknown; name?: unknown; version?: RichVersion }
      if (typeof e.module === 'string') [group, artifact] = e.module.split(':')
      else if (typeof e.group === 'string' && typeof e.name === 'string') [group, artifact] = [e.group, e.name]
      version = e.version
    }
    if (!group || !artifact) {
      bad++
      continue
    }
    catalog.libraries.set(aliasKey(alias), { group, name: artifact, ...versionOf(version, versions) })
  }
  if (bad) problems.push({ path, message: `${bad} librar${bad === 1 ? 'y' : 'ies'} without a module (group:name) left out`, warning: true })
  for (const [alias, list] of Object.entries(table('bundles')))
    if (Array.isArray(list)) catalog.bundles.set(aliasKey(alias), list.filter((x): x is string => typeof x === 'string').map(aliasKey))
  for (const entry of Object.values(table('plugins'))) {
    if (!entry || typeof entry !== 'object') continue
    const p = entry as { id?: unknown; version?: RichVersion }
    if (typeof p.id !== 'string' || !p.id.startsWith('org.jetbrains.kotlin.')) continue
    const v = versionOf(p.version, versions).version
    if (v) {
      catalog.kotlinPluginVersion = v
      break
    }
  }
  return catalog
}
