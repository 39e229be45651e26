/**
 * Each OSV ecosystem's own version order, for OSV `ECOSYSTEM` and `SEMVER` ranges. Libraries where
 * a well-kept one exists (semver for npm, crates.io and Go; @renovatebot/pep440 for PyPI;
 * @renovatebot/ruby-semver, a port of Gem::Version, for RubyGems); Maven's ComparableVersion,
 * PHP's version_compare (Composer/Packagist) and NuGet's order are small and specified, and have
 * no maintained npm package, so they are written here. Checked against osv-scanner's ordering
 * fixtures (`fixtures/real/osv-scanner/`).
 */
import semver from 'semver'
import * as pep440 from '@renovatebot/pep440'
import { create as gemVersion } from '@renovatebot/ruby-semver/dist/ruby/version.js'

/** The OSV ecosystems whose version order is known here. */
export const ECOSYSTEMS = ['npm', 'crates.io', 'Go', 'PyPI', 'Maven', 'RubyGems', 'Packagist', 'NuGet'] as const
export type OsvEcosystem = (typeof ECOSYSTEMS)[number]

/** Negative, zero or positive, like Array.prototype.sort's comparators. */
export type Compare = (a: string, b: string) => number

const sign = (n: number | bigint): number => (n > 0 ? 1 : n < 0 ? -1 : 0)
const isDigits = (s: string): boolean => /^\d+$/.test(s)
const bigCompare = (a: string, b: string): number => sign(BigInt(a) - BigInt(b))

/**
 * A version with numeric components, a pre-release and build metadata, read leniently (a `v`
 * prefix, fewer or more numbers than three, leading zeros): what SemVer-like ecosystems publish
 * that strict SemVer refuses. Numbers are compared as big integers.
 */
interface SemverLike {
  numbers: string[]
  pre: string[]
  build: string
}

function parseSemverLike(version: string, width: number): SemverLike {
  let rest = version.trim().replace(/^[vV]/, '')
  let build = ''
  const plus = rest.indexOf('+')
  if (plus >= 0) {
    build = rest.slice(plus + 1)
    rest = rest.slice(0, plus)
  }
  const match = /^(\d+(?:\.\d+)*)(.*)$/.exec(rest)
  const numbers = match ? match[1]!.split('.') : []
  let tail = match ? match[2]! : rest
  if (tail.startsWith('-') || tail.startsWith('.')) tail = tail.slice(1)
  while (numbers.length < width) numbers.push('0')
  return { numbers, pre: tail ? tail.split('.') : [], build }
}

/** SemVer 2.0.0 §11 order of pre-release identifiers; `fold` for NuGet's case-insensitive labels. */
function comparePre(a: string[], b: string[], fold = false): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    const xn = isDigits(x)
    const yn = isDigits(y)
    if (xn && yn) {
      const c = bigCompare(x, y)
      if (c !== 0) return c
    } else if (xn !== yn) return xn ? -1 : 1
    else {
      const [p, q] = fold ? [x.toLowerCase(), y.toLowerCase()] : [x, y]
      if (p !== q) return p < q ? -1 : 1
    }
  }
  return 0
}

function compareNumbers(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = bigCompare(a[i] ?? '0', b[i] ?? '0')
    if (c !== 0) return c
  }
  return 0
}

/** SemVer (npm, crates.io, Go and OSV's `SEMVER` ranges): the semver package, and the same rules leniently for what it refuses. */
export const compareSemver: Compare = (a, b) => {
  const x = semver.parse(a, { loose: true })
  const y = semver.parse(b, { loose: true })
  if (x && y) return semver.compare(x, y)
  const p = parseSemverLike(a, 3)
  const q = parseSemverLike(b, 3)
  return compareNumbers(p.numbers, q.numbers) || comparePre(p.pre, q.pre)
}

/** NuGet: four numbers, a pre-release compared without case, build metadata ignored. */
export const compareNuGet: Compare = (a, b) => {
  const p = parseSemverLike(a, 4)
  const q = parseSemverLike(b, 4)
  return compareNumbers(p.numbers, q.numbers) || comparePre(p.pre, q.pre, true)
}

/**
 * PyPI: PEP 440. A version PEP 440 refuses (a "legacy" version) sorts before every valid one, as
 * pip's packaging did while it still read them; two of them compare as text.
 */
export const comparePyPI: Compare = (a, b) => {
  const x = pep440.valid(a) !== null
  const y = pep440.valid(b) !== null
  if (x && y) return sign(pep440.compare(a, b))
  if (x !== y) return x ? 1 : -1
  return a < b ? -1 : a > b ? 1 : 0
}

/** RubyGems: Gem::Version (segments, a letter makes a pre-release). */
export const compareRubyGems: Compare = (a, b) => {
  const x = safeGem(a)
  const y = safeGem(b)
  if (x && y) return sign(x.compare(y))
  if (!x !== !y) return x ? 1 : -1
  return a < b ? -1 : a > b ? 1 : 0
}

function safeGem(v: string): ReturnType<typeof gemVersion> | null {
  try {
    return gemVersion(v.trim())
  } catch {
    return null
  }
}

// ---- Maven: org.apache.maven.artifact.versioning.ComparableVersion ----

type MavenItem = { kind: 'int'; value: string } | { kind: 'string'; value: string } | { kind: 'list'; items: MavenItem[] }

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp']
const RELEASE = String(QUALIFIERS.indexOf(''))
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' }

function mavenString(value: string, followedByDigit: boolean): MavenItem {
  if (followedByDigit && value.length === 1) value = { a: 'alpha', b: 'beta', m: 'milestone' }[value] ?? value
  return { kind: 'string', value: ALIASES[value] ?? value }
}

function mavenItem(isDigit: boolean, text: string): MavenItem {
  return isDigit ? { kind: 'int', value: text.replace(/^0+(?=\d)/, '') } : mavenString(text, false)
}

const comparableQualifier = (q: string): string => {
  const i = QUALIFIERS.indexOf(q)
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i)
}

const isNullItem = (item: MavenItem): boolean =>
  item.kind === 'int'
    ? /^0+$/.test(item.value)
    : item.kind === 'string'
      ? comparableQualifier(item.value) === RELEASE
      : item.items.length === 0

function normalise(list: MavenItem[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i]!
    if (isNullItem(last)) list.splice(i, 1)
    else if (last.kind !== 'list') break
  }
}

export function parseMaven(version: string): MavenItem {
  const v = version.toLowerCase()
  const root: MavenItem[] = []
  let list = root
  const stack: MavenItem[][] = [root]
  let isDigit = false
  let start = 0
  const sublist = () => {
    const next: MavenItem[] = []
    list.push({ kind: 'list', items: next })
    list = next
    stack.push(next)
  }
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!
    if (c === '.' || c === '-') {
      list.push(i === start ? { kind: 'int', value: '0' } : mavenItem(isDigit, v.slice(start, i)))
      start = i + 1
      if (c === '-') sublist()
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        list.push(mavenString(v.slice(start, i), true))
        start = i
        sublist()
      }
      isDigit = true
    } else {
      if (isDigit && i > start) {
        list.push(mavenItem(true, v.slice(start, i)))
        start = i
        sublist()
      }
      isDigit = false
    }
  }
  if (v.length > start) list.push(mavenItem(isDigit, v.slice(start)))
  while (stack.length > 0) normalise(stack.pop()!)
  return { kind: 'list', items: root }
}

function compareMavenItems(a: MavenItem | undefined, b: MavenItem | undefined): number {
  if (a === undefined) return b === undefined ? 0 : -compareMavenItems(b, undefined)
  if (a.kind === 'int') {
    if (b === undefined) return /^0+$/.test(a.value) ? 0 : 1
    return b.kind === 'int' ? bigCompare(a.value, b.value) : 1
  }
  if (a.kind === 'string') {
    if (b === undefined) return stringOrder(comparableQualifier(a.value), RELEASE)
    if (b.kind === 'string') return stringOrder(comparableQualifier(a.value), comparableQualifier(b.value))
    return -1
  }
  if (b === undefined) return a.items.length === 0 ? 0 : compareMavenItems(a.items[0], undefined)
  if (b.kind === 'int') return -1
  if (b.kind === 'string') return 1
  for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) {
    const c = compareMavenItems(a.items[i], b.items[i])
    if (c !== 0) return c
  }
  return 0
}

const stringOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Maven: ComparableVersion (qualifiers alpha < beta < milestone < rc < snapshot < release < sp). */
export const compareMaven: Compare = (a, b) => compareMavenItems(parseMaven(a.trim()), parseMaven(b.trim()))

// ---- Packagist: PHP's version_compare, with the `v` prefix Composer drops ----

function canonicalPhp(version: string): string[] {
  return version
    .replace(/^[vV]/, '')
    .replace(/[-_+]/g, '.')
    .replace(/([^\d.])(\d)/g, '$1.$2')
    .replace(/(\d)([^\d.])/g, '$1.$2')
    .split('.')
}

/** version_compare's order of special forms: anything else < dev < alpha = a < beta = b < RC = rc < a number < pl = p. */
function phpWeight(part: string): number {
  if (part.startsWith('RC')) return 4
  const specials = ['dev', 'a', 'b', 'rc', '#', 'p']
  const i = specials.findIndex((s) => part.startsWith(s))
  return i === -1 ? 0 : i + 1
}

function comparePhpParts(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i]!
    const y = b[i]!
    const xn = isDigits(x)
    const yn = isDigits(y)
    const c = xn && yn ? bigCompare(x, y) : sign(phpWeight(xn ? '#' : x) - phpWeight(yn ? '#' : y))
    if (c !== 0) return c
  }
  if (a.length > b.length) return isDigits(a[n]!) ? 1 : comparePhpParts(a.slice(n), ['#'])
  if (a.length < b.length) return isDigits(b[n]!) ? -1 : comparePhpParts(['#'], b.slice(n))
  return 0
}

/** Packagist: PHP's version_compare after Composer's `v` prefix is dropped. */
export const comparePackagist: Compare = (a, b) => comparePhpParts(canonicalPhp(a.trim()), canonicalPhp(b.trim()))

/** The order of an OSV ecosystem (`Go`, `PyPI`, ...; a suffix such as `Debian:12` is not known here), or undefined. */
export function versionOrder(ecosystem: string): Compare | undefined {
  switch (ecosystem) {
    case 'npm':
    case 'crates.io':
    case 'Go':
      return compareSemver
    case 'PyPI':
      return comparePyPI
    case 'RubyGems':
      return compareRubyGems
    case 'Maven':
      return compareMaven
    case 'Packagist':
      return comparePackagist
    case 'NuGet':
      return compareNuGet
    default:
      return undefined
  }
}
