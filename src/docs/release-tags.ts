/**
 * Release tags as projects name them: a version, optionally after a `v`, a package or project
 * name (`maven-resolver-1.9.2`, `curl-8_11_0`, `jq-1.7`) or a path (`@sigstore/bundle@5.0.0`,
 * `rel/commons-lang-3.20.0`). What semver-tags judges and what changelog compares with.
 */
import type { TagFact } from '../core/git-facts.js'
import { compareVersions, parseVersion, type Version } from './versions.js'

export interface VersionTag {
  name: string
  /** What precedes the version (and its `v`): '', 'maven-resolver-', '@sigstore/bundle@', 'rel/commons-lang-'. */
  prefix: string
  /** A `v` is written before the version. */
  v: boolean
  version: Version
  /** A pre-release: by its version (`1.0.0-rc.1`, `2.0rc1`) or by its prefix (curl's `rc-8_22_0-1`). */
  prerelease: boolean
  /** ISO time the tag was made (the tagger's date, or the commit's for a lightweight tag). */
  date?: string
  /** In the history of HEAD (see TagFact.merged); undefined when not known. */
  merged?: boolean
}

const MAX_TAG_LENGTH = 200
const PRE_PREFIX = /(?:^|[-_/])(?:rc|pre|preview|alpha|beta|candidate|nightly|snapshot|test)s?[-_/]?$/i
/** A name before the version: words of letters and digits joined by - _ . , then - or _ (or nothing: go1.21). */
const NAMED = /^([A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z][A-Za-z0-9]*)*[-_]?)([vV]?)(\d.*)$/

/** The version a tag names, or undefined when it names none (`latest`, `public_avail`, `before_rename`, a bare `v4`). */
export function versionTag(name: string, date?: string, merged?: boolean): VersionTag | undefined {
  if (name.length > MAX_TAG_LENGTH) return undefined
  const cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('@')) + 1
  const path = name.slice(0, cut)
  const rest = name.slice(cut)
  let prefix = path
  let v = false
  let text = rest
  if (/^[vV]\d/.test(rest)) {
    v = true
    text = rest.slice(1)
  } else if (!/^\d/.test(rest)) {
    const m = NAMED.exec(rest)
    if (!m) return undefined
    // `release-v2.0.1`: the name's last word is the v of the version
    const lone = m[2] === '' && /[-_][vV]$/.test(m[1]!)
    prefix += lone ? m[1]!.slice(0, -1) : m[1]!
    v = lone || m[2] !== ''
    text = m[3]!
  }
  const version = parseVersion(text)
  if (!version) return undefined
  const tag: VersionTag = { name, prefix, v, version, prerelease: version.prerelease || PRE_PREFIX.test(prefix) }
  if (date) tag.date = date
  if (merged !== undefined) tag.merged = merged
  return tag
}

/** The tags that name versions. */
export function versionTags(tags: readonly TagFact[]): VersionTag[] {
  return tags.flatMap((t) => versionTag(t.name, t.date, t.merged) ?? [])
}

/** Newest first: by date, then by version (tags of one commit), then by name. */
export function byRecency(a: VersionTag, b: VersionTag): number {
  const da = a.date ?? ''
  const db = b.date ?? ''
  if (da !== db) return da < db ? 1 : -1
  return -compareVersions(a.version, b.version) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
}

export const RECENT_DAYS = 365

/**
 * The tags of the twelve months up to the newest version tag, and the older ones. Counting from the
 * newest tag rather than from today keeps the verdict a property of the repository: a project that
 * released last three years ago is judged on how it tagged then.
 */
export function splitRecent(tags: readonly VersionTag[]): { recent: VersionTag[]; older: VersionTag[]; since?: string } {
  const sorted = [...tags].sort(byRecency)
  const newest = sorted.find((t) => t.date)?.date
  if (!newest) return { recent: sorted, older: [] }
  const since = new Date(new Date(newest).getTime() - RECENT_DAYS * 86_400_000).toISOString()
  return {
    recent: sorted.filter((t) => !t.date || t.date >= since),
    older: sorted.filter((t) => t.date !== undefined && t.date < since),
    since,
  }
}

/**
 * The latest release: the highest final version among the tags of the twelve months up to the
 * newest final release tag that have its prefix (so `rc-8_22_0-1` and `tiny-curl-8_4_0` do not stand
 * for curl's releases, nor synapse's 2017 date tags for its versions). `prefixes` restricts the
 * tags first (a package's tags in a monorepo).
 */
export function latestRelease(tags: readonly VersionTag[], prefixes?: (prefix: string) => boolean): VersionTag | undefined {
  const finals = tags.filter((t) => !t.prerelease && (!prefixes || prefixes(t.prefix)))
  const newest = [...finals].sort(byRecency)[0]
  if (!newest) return undefined
  const { recent } = splitRecent(finals.filter((t) => t.prefix === newest.prefix))
  return recent.sort((a, b) => -compareVersions(a.version, b.version) || byRecency(a, b))[0]
}

/** The package a prefix names, for matching a monorepo's tags with its folders: `@sigstore/bundle@` -> `bundle`, `maven-resolver-` -> `maven-resolver`. */
export function prefixPackage(prefix: string): string {
  const bare = prefix.replace(/[-_@/]+$/, '')
  return bare.slice(bare.lastIndexOf('/') + 1).toLowerCase()
}
