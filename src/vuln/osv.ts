/**
 * OSV records (https://ossf.github.io/osv-schema/) and whether one affects a package version:
 * `versions` listed, `SEMVER` and `ECOSYSTEM` ranges evaluated in the ecosystem's own order, `GIT`
 * ranges not evaluated (they name commits, and an SBOM names versions).
 */
import { compareSemver, versionOrder, type Compare } from './versions.js'

export interface OsvEvent {
  introduced?: string
  fixed?: string
  last_affected?: string
  limit?: string
}

export interface OsvRange {
  type: string
  repo?: string
  events: OsvEvent[]
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string }
  ranges?: OsvRange[]
  versions?: string[]
  ecosystem_specific?: Record<string, unknown>
  database_specific?: Record<string, unknown>
}

export interface OsvRecord {
  id: string
  modified?: string
  published?: string
  withdrawn?: string
  aliases?: string[]
  related?: string[]
  summary?: string
  details?: string
  severity?: { type: string; score: string }[]
  affected?: OsvAffected[]
  references?: { type: string; url: string }[]
  database_specific?: Record<string, unknown>
}

/** The ecosystem as OSV names it, without its release suffix (`Debian:12` -> `Debian`). */
export const baseEcosystem = (ecosystem: string): string => ecosystem.split(':')[0]!

/** How a package's name is compared within an ecosystem: PyPI's PEP 503 normalisation, NuGet's and Packagist's case-insensitivity. */
export function normalisedName(ecosystem: string, name: string): string {
  switch (baseEcosystem(ecosystem)) {
    case 'PyPI':
      return name.toLowerCase().replace(/[-_.]+/g, '-')
    case 'NuGet':
    case 'Packagist':
      return name.toLowerCase()
    default:
      return name
  }
}

/** The key of a package in an index: ecosystem and normalised name. */
export const packageKey = (ecosystem: string, name: string): string => `${baseEcosystem(ecosystem)}:${normalisedName(ecosystem, name)}`

export interface Match {
  /** The `affected` entry that matched. */
  affected: OsvAffected
  /** How: listed in `versions`, or inside a range. */
  by: 'versions' | 'range'
  /** Fixed versions the entry's ranges name (sorted, unique). */
  fixed: string[]
  /** A GIT range was present and not evaluated. */
  gitIgnored: boolean
}

/**
 * The OSV range evaluation of the specification ("Evaluation" in osv-schema): events in version
 * order, `introduced` opens, `fixed` closes at that version, `last_affected` closes after it, a
 * `limit` bounds the whole range from above (`*` is no bound).
 */
export function inRange(version: string, range: OsvRange, compare: Compare): boolean {
  const key = (e: OsvEvent) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? ''
  const limits = range.events.filter((e) => e.limit !== undefined && e.limit !== '*').map((e) => e.limit!)
  if (limits.length > 0 && limits.every((l) => compare(version, l) >= 0)) return false
  const events = range.events
    .filter((e) => e.limit === undefined)
    .sort((a, b) => {
      if (a.introduced === '0') return -1
      if (b.introduced === '0') return 1
      return compare(key(a), key(b))
    })
  let affected = false
  for (const e of events) {
    if (e.introduced !== undefined) {
      if (e.introduced === '0' || compare(version, e.introduced) >= 0) affected = true
    } else if (e.fixed !== undefined) {
      if (compare(version, e.fixed) >= 0) affected = false
    } else if (e.last_affected !== undefined) {
      if (compare(version, e.last_affected) > 0) affected = false
    }
  }
  return affected
}

/**
 * The entries of `record` that affect `name` at `version` in `ecosystem` (an OSV ecosystem name).
 * Versions are compared as the ecosystem orders them; a Go module's `v` prefix is not part of
 * OSV's versions and is dropped.
 */
export function matchRecord(record: OsvRecord, ecosystem: string, name: string, version: string): Match[] {
  const order = versionOrder(ecosystem)
  if (!order) return []
  const wanted = normalisedName(ecosystem, name)
  const v = ecosystem === 'Go' ? version.replace(/^v/, '') : version
  const matches: Match[] = []
  for (const affected of record.affected ?? []) {
    const pkg = affected.package
    if (!pkg || baseEcosystem(pkg.ecosystem) !== ecosystem || normalisedName(ecosystem, pkg.name) !== wanted) continue
    const fixed = new Set<string>()
    let gitIgnored = false
    let inside = false
    for (const range of affected.ranges ?? []) {
      if (range.type === 'GIT') {
        gitIgnored = true
        continue
      }
      if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue
      const compare = range.type === 'SEMVER' ? compareSemver : order
      if (!inRange(v, range, compare)) continue
      inside = true
      // the fix that closes the component's own interval: the first `fixed` above its version (a
      // range of many intervals, as RustSec writes, has other fixes that are not this one's)
      const next = range.events
        .map((e) => e.fixed)
        .filter((f): f is string => f !== undefined && compare(f, v) > 0)
        .sort(compare)[0]
      if (next !== undefined) fixed.add(next)
    }
    const listed = (affected.versions ?? []).some((x) => x === v || x === version)
    if (listed || inside)
      matches.push({ affected, by: listed ? 'versions' : 'range', fixed: [...fixed].sort((a, b) => order(a, b)), gitIgnored })
  }
  return matches
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Whether a record has the shape matching reads (osv-schema's types for id, aliases, withdrawn,
 * affected, ranges, events, versions, severity): an export or an API answer may hold anything, and a
 * record that is not of this shape is left out (and counted) rather than trusted or crashed on.
 */
export function isWellFormed(value: unknown): value is OsvRecord {
  if (!isObject(value) || !isString(value.id) || value.id === '') return false
  if (value.aliases !== undefined && !(Array.isArray(value.aliases) && value.aliases.every(isString))) return false
  if (value.withdrawn !== undefined && !isString(value.withdrawn)) return false
  if (value.modified !== undefined && !isString(value.modified)) return false
  if (value.summary !== undefined && !isString(value.summary)) return false
  if (
    value.severity !== undefined &&
    !(Array.isArray(value.severity) && value.severity.every((s) => isObject(s) && isString(s.type) && isString(s.score)))
  )
    return false
  if (value.affected === undefined) return true
  if (!Array.isArray(value.affected)) return false
  return value.affected.every(
    (a) =>
      isObject(a) &&
      (a.package === undefined || (isObject(a.package) && isString(a.package.ecosystem) && isString(a.package.name))) &&
      (a.versions === undefined || (Array.isArray(a.versions) && a.versions.every(isString))) &&
      (a.ranges === undefined ||
        (Array.isArray(a.ranges) &&
          a.ranges.every(
            (r) =>
              isObject(r) &&
              isString(r.type) &&
              Array.isArray(r.events) &&
              r.events.every((e) => isObject(e) && Object.values(e).every(isString)),
          ))),
  )
}
