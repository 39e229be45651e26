/**
 * Version strings as projects write them in tags and changelogs: SemVer, PEP 440, CalVer and
 * other dotted numbers (Maven's 2.0-alpha11, RubyGems' 8.1.3.1), with one loose order for all.
 */
import semverCompare from 'semver/functions/compare.js'
import semverPrerelease from 'semver/functions/prerelease.js'
import semverValid from 'semver/functions/valid.js'

/**
 * semver: SemVer 2.0.0 as written. pep440: the canonical form of PEP 440 (1.2.0rc1, 2.34.0.dev1)
 * that is not SemVer. calver: the first number is a year (2024.05, 2017-02-27). other: dotted
 * numbers with anything after them (2.0-alpha11, 8.1.3.1, 0.9.0.M1).
 */
export type VersionScheme = 'semver' | 'pep440' | 'calver' | 'other'

export interface Version {
  /** As written, without a leading `v`. */
  text: string
  /** The numbers of the release part: `1.2.3` -> [1, 2, 3]. */
  release: number[]
  /** How the numbers are separated: `8_11_0` (curl) uses underscores, `2017-02-27` hyphens. */
  separator: '.' | '_' | '-'
  /** What follows the numbers: `-rc.1`, `rc1`, `.post1`, `-alpha11`, or ''. */
  qualifier: string
  prerelease: boolean
  scheme: VersionScheme
  /** The text is a valid SemVer 2.0.0 version. */
  semver: boolean
}

export const SCHEME_NAMES: Record<VersionScheme, string> = {
  semver: 'SemVer',
  pep440: 'PEP 440',
  calver: 'CalVer',
  other: 'dotted numbers that are not SemVer',
}

const MAX_LENGTH = 100
const DOTTED = /^\d+(?:\.\d+)*/
const UNDERSCORED = /^\d+(?:_\d+)+/
const DATED = /^(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?!\d)/
const PEP440 = /^\d+(?:\.\d+)*(?:(?:a|b|rc)\d+)?(?:\.post\d+)?(?:\.dev\d+)?$/
const PEP440_PRE = /(?:a|b|rc)\d+|\.dev\d+$/
/** Words that mark a pre-release in the other schemes (Maven, RubyGems, OSGi, curl's `-pre3`). */
const PRE_WORDS = /alpha|beta|rc|pre|preview|dev|snapshot|milestone|nightly|canary|^[-._]?(?:m|a|b|cr|ea)\d*$/i

/** The version a string starts with, or undefined when it does not start with a version (at least two numbers, or a date). */
export function parseVersion(input: string): Version | undefined {
  const text = input.replace(/^[vV](?=\d)/, '')
  if (text.length > MAX_LENGTH || !/^\d/.test(text)) return undefined
  let numbers: string
  let separator: Version['separator'] = '.'
  const dated = DATED.exec(text)
  if (dated) {
    numbers = dated[0]
    separator = '-'
  } else {
    const underscored = UNDERSCORED.exec(text)
    if (underscored) {
      numbers = underscored[0]
      separator = '_'
    } else numbers = DOTTED.exec(text)![0]
  }
  const release = numbers.split(separator).map(Number)
  if (release.length < 2) return undefined
  const qualifier = text.slice(numbers.length)
  const isSemver = separator === '.' && semverValid(text) !== null
  // a year first (2024.05.1, 2017-02-27), or Ubuntu's YY.0M (24.04)
  const calver = /^(?:19|20)\d\d$/.test(numbers.split(separator)[0]!) || /^\d\d\.0[1-9](?:\.|$)/.test(numbers)
  const scheme: VersionScheme = calver
    ? 'calver'
    : isSemver
      ? 'semver'
      : separator === '.' && PEP440.test(text) && !/(?:^|\.)0\d/.test(numbers)
        ? 'pep440'
        : 'other'
  let prerelease: boolean
  if (isSemver) prerelease = semverPrerelease(text) !== null
  else if (scheme === 'pep440') prerelease = PEP440_PRE.test(qualifier)
  else prerelease = PRE_WORDS.test(qualifier)
  return { text, release, separator, qualifier, prerelease, scheme, semver: isSemver }
}

/** A loose order for versions of any scheme: by the numbers, then a pre-release before its release. */
export function compareVersions(a: Version, b: Version): number {
  if (a.semver && b.semver) return semverCompare(a.text, b.text)
  const n = Math.max(a.release.length, b.release.length)
  for (let i = 0; i < n; i++) {
    const d = (a.release[i] ?? 0) - (b.release[i] ?? 0)
    if (d !== 0) return d < 0 ? -1 : 1
  }
  if (a.prerelease !== b.prerelease) return a.prerelease ? -1 : 1
  return naturalCompare(a.qualifier.toLowerCase(), b.qualifier.toLowerCase())
}

/** Two versions name the same release: `8_11_0` and `8.11.0`, `1.2` and `1.2.0`, `1.0.0-RC1` and `1.0.0rc1`. */
export function sameVersion(a: Version, b: Version): boolean {
  return versionKey(a) === versionKey(b)
}

/** One string per release, whatever the spelling (see sameVersion): for maps of versions. */
export function versionKey(version: Version): string {
  const numbers = [...version.release]
  while (numbers.length > 1 && numbers.at(-1) === 0) numbers.pop()
  return `${numbers.join('.')}|${version.qualifier.toLowerCase().replace(/[-._]/g, '')}`
}

/** Compares strings with runs of digits as numbers (rc2 < rc10), without locale data. */
function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? []
  const pb = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i]
    const y = pb[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    const nx = /^\d/.test(x) && /^\d/.test(y)
    if (nx) return Number(x) < Number(y) ? -1 : 1
    return x < y ? -1 : 1
  }
  return 0
}
