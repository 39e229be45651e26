/** How a project names its recent release tags: the version scheme, and whether the form is kept. */
import type { VersionTag } from '../../../src/docs/release-tags.js'
import type { Version } from '../../../src/docs/versions.js'

/** SemVer, PEP 440 (SemVer tags among them), CalVer, SemVer's numbers with underscores (curl), or other dotted numbers. */
export type TagScheme = 'semver' | 'pep440' | 'calver' | 'underscores' | 'other'

export const TAG_SCHEME_NAMES: Record<TagScheme, string> = {
  semver: 'SemVer',
  pep440: 'PEP 440',
  calver: 'CalVer',
  underscores: 'version numbers written with underscores',
  other: 'dotted version numbers',
}

/** The one scheme all these tags fit, the strictest first. */
export function schemeOf(tags: readonly VersionTag[]): TagScheme {
  const schemes = new Set(tags.map((t) => t.version.scheme))
  if (tags.every((t) => t.version.separator === '_')) return 'underscores'
  if (schemes.size === 1 && schemes.has('semver')) return 'semver'
  if (schemes.has('calver') && yearsFirst(tags)) return 'calver'
  if ([...schemes].every((s) => s === 'semver' || s === 'pep440')) return 'pep440'
  return 'other'
}

/**
 * Every tag starts with a year the CalVer ones use: KDE's `v25.11.80` is as much YY.MM as its
 * `v26.08.0`, though only the zero of 08 shows it.
 */
function yearsFirst(tags: readonly VersionTag[]): boolean {
  const years = tags.filter((t) => t.version.scheme === 'calver').map((t) => t.version.release[0]!)
  const low = Math.min(...years) - 1
  const high = Math.max(...years) + 1
  return tags.every((t) => t.version.release[0]! >= low && t.version.release[0]! <= high)
}

/** What a tag's form is, apart from its numbers: a `v` or not, and how the numbers are separated. */
function formOf(tag: VersionTag): string {
  const shape = tag.version.separator === '_' ? '1_2_3' : tag.version.separator === '-' ? 'YYYY-MM-DD' : '1.2.3'
  return `${tag.prefix}${tag.v ? 'v' : ''}${shape}`
}

export interface FormChange {
  from: string
  to: string
  /** The first tag in the new form. */
  at: VersionTag
}

/**
 * Whether the tags of one prefix keep one form. One change of form (the project switched from
 * `1.2.3` to `v1.2.4`) is kept as the change; forms that alternate are inconsistent.
 */
export function formChanges(tags: readonly VersionTag[]): { changes: FormChange[]; forms: string[] } {
  const oldestFirst = [...tags].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0))
  const changes: FormChange[] = []
  let current: string | undefined
  for (const tag of oldestFirst) {
    const form = formOf(tag)
    if (current !== undefined && form !== current) changes.push({ from: current, to: form, at: tag })
    current = form
  }
  return { changes, forms: [...new Set(oldestFirst.map(formOf))] }
}

/** The SemVer spelling of a version, where there is an obvious one: `2.0rc1` -> `2.0.0-rc.1`, `8_21_0` -> `8.21.0`. */
export function semverSpelling(version: Version): string | undefined {
  if (version.release.length > 3) return undefined
  const numbers = [...version.release, 0, 0].slice(0, 3).join('.')
  const q = version.qualifier
  if (q === '') return numbers
  const m = /^[-._]?(alpha|beta|rc|dev|pre|preview|a|b|c|m)[-._]?(\d+)$/i.exec(q)
  if (!m) return undefined
  const word = { a: 'alpha', b: 'beta', c: 'rc', m: 'milestone' }[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase()
  return `${numbers}-${word}.${Number(m[2])}`
}
