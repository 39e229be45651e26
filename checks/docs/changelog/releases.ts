/**
 * The releases a changelog describes, in the forms projects write them: Keep a Changelog
 * (`## [1.2.3] - 2024-05-01`), release-please and conventional-changelog (`## [1.2.3](url) (2024-05-01)`),
 * changesets (`## 1.2.3` / `### Patch Changes`), a product name before the version (`# Synapse 1.2.3
 * (2024-05-01)`, `Apache Commons Lang 3.20.0 Release Notes`), the date on a line of its own
 * (`Released on 2024-05-01.`), and sections for what is not released yet (`## [Unreleased]`,
 * `## main`, `dev`, `## 7.8.1 - UNRELEASED`, `## Next (UNRELEASED)`). Also GNU ChangeLogs (dated
 * entries of commits, `2015-07-10  Name  <email>`).
 */
import { countWords, MAX_ANALYSED_CHARS, plain } from '../../../src/docs/markdown.js'
import { parseVersion, type Version } from '../../../src/docs/versions.js'
import { scanHeadings, type Heading, type Markup } from './headings.js'

export interface ReleaseDate {
  text: string
  /** YYYY-MM-DD when the date says which day it is. */
  iso?: string
  /** Written as YYYY-MM-DD. */
  isoForm: boolean
  /** An impossible date (2024-13-01) is not valid. */
  valid: boolean
  /** The line the date is on (the heading's, or a "Released on" line under it). */
  line: number
}

export interface Release {
  line: number
  /** The heading as the reader sees it (markup stripped). */
  title: string
  version?: Version
  unreleased: boolean
  date?: ReleaseDate
}

export type ChangelogForm = 'Keep a Changelog' | 'release-please / conventional-changelog' | 'changesets' | 'GNU ChangeLog'

export interface ChangelogOutline {
  /** Released versions, in the order of the file. */
  releases: Release[]
  /** Sections for changes not released yet. */
  unreleased: Release[]
  /** Headings at the level of the releases (after the first one) that name no version. */
  stray: Heading[]
  /** The heading level of the releases. */
  releaseDepth?: number
  headings: number
  listItems: number
  words: number
  /** The form the releases are written in, when it is a well-known one. */
  form?: ChangelogForm
  /** A GNU ChangeLog: its dated entries and the newest date. */
  gnu?: { entries: number; newest: string; line: number }
  /** Only the first MAX_ANALYSED_CHARS characters were read. */
  truncated: boolean
  /** The first lines with words, for messages about what the file says instead. */
  opening: string
  /** The first heading, when it is a title rather than a release (`# @sigstore/bundle`). */
  title?: string
}

const MAX_TITLE = 200
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/
const YMD_OTHER = /(?<![\d./])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d./])/
const MDY = new RegExp(`\\b(${MONTHS})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i')
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS})\\.?,? (\\d{4})\\b`, 'i')
const NUMERIC = /(?<![\d./])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d./])/
/** What says a section is not released: `7.8.1 - UNRELEASED`, `Next (UNRELEASED)`, `1.2.0 (TBD)`. */
const NOT_RELEASED =
  /\b(?:unreleased|not yet released|not released|upcoming|in development|under development|in progress|work in progress|wip|tbd|tba|pending)\b/i
/** Titles of the section for what is not released yet. */
const UNRELEASED_TITLE =
  /^(?:main|master|dev|develop|development|head|next|vnext|current|trunk|latest|nightly|snapshot|future)(?: (?:changes|release|version|branch))?$/i
/** Words before a number that make it something else than a release: `Upgrading to 2.0`, `Python 3.8 support`. */
const NOT_A_PRODUCT =
  /^(?:upgrad\w*|migrat\w*|since|from|before|after|until|to|supports?|requires?|dropp?e?d?|deprecat\w*|removed|breaking|known|python|node(?:\.?js)?|java|jdk|ruby|go|golang|rust|php|perl|django|postgres(?:ql)?|mysql|android|ios|windows|macos|linux|api)$/i
/** Words that may follow a version in a release title. */
const TITLE_TAIL_WORDS = /^(?:release|released|releases|notes|changes|changelog|yanked|lts|stable|final|on|of)\b/i
const RELEASED_LINE = /^[\W_]*(?:released|release date|date|published|tagged)\b/i
const GNU_ENTRY = /^(\d{4}-\d{2}-\d{2})[ \t]+\S/

export function outlineChangelog(source: string, markup: Markup): ChangelogOutline {
  const truncated = source.length > MAX_ANALYSED_CHARS
  const text = truncated ? source.slice(0, source.lastIndexOf('\n', MAX_ANALYSED_CHARS) + 1 || MAX_ANALYSED_CHARS) : source
  const scanned = scanHeadings(text, markup)
  const { lines } = scanned
  const parsed = scanned.headings.map((heading) => ({ heading, title: readTitle(heading, markup) }))

  // the level of the releases: where most headings name a version (lines standing alone in plain text only when nothing else does)
  let releaseLike = parsed.filter((p) => p.title?.version && !p.title.unreleased)
  // a title that names the series (`# Changes in PHPUnit 13.4` over `## [13.4.0] - …`) is no release
  const first = parsed[0]
  if (
    first &&
    releaseLike[0] === first &&
    releaseLike.some((p) => p.heading.depth > first.heading.depth) &&
    !releaseLike.some((p) => p !== first && p.heading.depth === first.heading.depth)
  ) {
    releaseLike = releaseLike.slice(1)
  }
  let pool = releaseLike.some((p) => p.heading.style !== 'alone') ? releaseLike.filter((p) => p.heading.style !== 'alone') : releaseLike
  const byDepth = new Map<number, number>()
  for (const p of pool) byDepth.set(p.heading.depth, (byDepth.get(p.heading.depth) ?? 0) + 1)
  const releaseDepth = [...byDepth.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
  // at other levels, only titles written like the releases' (no `### react 18.2.0` among bumped dependencies)
  const prefixes = new Map<string, number>()
  for (const p of pool) if (p.heading.depth === releaseDepth) prefixes.set(p.title!.prefix!, (prefixes.get(p.title!.prefix!) ?? 0) + 1)
  const usual = [...prefixes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  pool = pool.filter((p) => p.heading.depth === releaseDepth || p.title!.prefix === usual || p.title!.date)
  const inPool = new Set(pool.map((p) => p.heading))

  const releases: Release[] = []
  const unreleased: Release[] = []
  let stray: Heading[] = []
  let strayBeforeLast = 0
  for (const { heading, title } of parsed) {
    const atLevel = releaseDepth === undefined || heading.depth === releaseDepth
    if (title?.unreleased && (releaseDepth === undefined || heading.depth <= releaseDepth) && heading.style !== 'alone') {
      unreleased.push(toRelease(heading, title, lines))
    } else if (title?.version && inPool.has(heading)) {
      // at any level: openfisca writes majors as #, minors as ##, patches as ###
      releases.push(toRelease(heading, title, lines))
      strayBeforeLast = stray.length
    } else if (releases.length > 0 && atLevel && !title?.series && heading.style === 'atx') {
      stray.push(heading)
    }
  }
  // between releases only: a closing "Older entries" heading is in its place
  stray = stray.slice(0, strayBeforeLast)

  const outline: ChangelogOutline = {
    releases,
    unreleased,
    stray,
    headings: scanned.headings.length,
    listItems: scanned.listItems,
    words: countWords(text),
    truncated,
    opening: opening(lines),
  }
  if (releaseDepth !== undefined) outline.releaseDepth = releaseDepth
  if (first && !inPool.has(first.heading) && !first.title?.unreleased && first.heading.style !== 'alone') {
    outline.title = plain(first.heading.text)
  }
  if (releases.length === 0) {
    let entries = 0
    let newest: { date: string; line: number } | undefined
    for (const [i, line] of lines.entries()) {
      const m = GNU_ENTRY.exec(line.slice(0, 100))
      if (!m) continue
      entries++
      if (!newest || m[1]! > newest.date) newest = { date: m[1]!, line: i + 1 }
    }
    if (entries >= 3 && newest) {
      outline.gnu = { entries, newest: newest.date, line: newest.line }
      outline.form = 'GNU ChangeLog'
    }
  } else {
    const form = formOf(
      text,
      parsed.map((p) => p.heading),
    )
    if (form) outline.form = form
  }
  return outline
}

interface Title {
  text: string
  version?: Version
  unreleased: boolean
  /** A heading for a series of releases (`0.11.x`). */
  series?: boolean
  /** The words before the version, lower case (`synapse`, `apache commons lang`, ''). */
  prefix?: string
  date?: Omit<ReleaseDate, 'line'>
}

/** What a heading says: the version it names, whether it is released, its date. */
export function readTitle(heading: Heading, markup: Markup): Title | undefined {
  let text = heading.text.slice(0, MAX_TITLE)
  // reStructuredText links (`1.2.0 <https://…>`_) keep their text
  if (markup === 'rst') text = text.replace(/`([^`<]{0,100})<[^>`]{0,300}>`_{1,2}/g, '$1')
  text = plain(text).replace(/[[\]]/g, ' ').replace(/\s+/g, ' ').trim()
  if (text === '') return undefined
  const words = text.split(' ')
  for (let i = 0; i < words.length && i <= 6; i++) {
    const word = versionWord(words[i]!)
    const version = word === undefined ? undefined : parseVersion(word)
    if (!version) {
      if (/\d/.test(words[i]!) || NOT_A_PRODUCT.test(words[i]!)) break
      continue
    }
    const tail = words.slice(i + 1).join(' ')
    const plainTail = tail === '' || !/\p{L}/u.test(tail) || /^[-–—:(,/|]/.test(tail) || TITLE_TAIL_WORDS.test(tail)
    // a release named by its date (2024-05-01) is dated by its name; a GNU ChangeLog entry (2015-07-10  Name) is no release
    const date = findDate(tail) ?? (version.separator === '-' && plainTail ? findDate(word!) : undefined)
    if (!plainTail && !date && !NOT_RELEASED.test(tail)) return undefined
    // `## 0.11.x`: a series, whose releases are described elsewhere (uv's changelogs/0.11.x.md)
    if (/^[-.]?[x*]$/i.test(version.qualifier)) return { text, unreleased: false, series: true }
    const title: Title = { text, version, unreleased: NOT_RELEASED.test(tail), prefix: words.slice(0, i).join(' ').toLowerCase() }
    if (date) title.date = date
    return title
  }
  if (UNRELEASED_TITLE.test(text) || /^unreleased\b/i.test(text) || (NOT_RELEASED.test(text) && words.length <= 4)) {
    return { text, unreleased: true }
  }
  return undefined
}

/** A word as the version it may be: brackets and punctuation around it dropped, a package before `@` too (`pkg@1.2.3`). */
function versionWord(word: string): string | undefined {
  let w = word.replace(/^[([{'"]+/, '').replace(/[)\]}'",:;!]+$/, '')
  const at = w.lastIndexOf('@')
  if (at >= 0) w = w.slice(at + 1)
  if (/\.$/.test(w)) w = w.slice(0, -1)
  return /^[vV]?\d/.test(w) ? w : undefined
}

/** The first date in a text, in any of the forms changelogs use. */
export function findDate(text: string): Omit<ReleaseDate, 'line'> | undefined {
  const t = text.slice(0, MAX_TITLE)
  let m = ISO_DATE.exec(t)
  if (m) return day(m[0], Number(m[1]), Number(m[2]), Number(m[3]), true)
  m = YMD_OTHER.exec(t)
  if (m) return day(m[0], Number(m[1]), Number(m[2]), Number(m[3]), false)
  m = MDY.exec(t)
  if (m) return day(m[0], Number(m[3]), monthOf(m[1]!), Number(m[2]), false)
  m = DMY.exec(t)
  if (m) return day(m[0], Number(m[3]), monthOf(m[2]!), Number(m[1]), false)
  m = NUMERIC.exec(t)
  if (m) {
    const a = Number(m[1])
    const b = Number(m[2])
    // 01/02/2025 says no day for sure; 25/12/2025 and 12/25/2025 do
    if (a > 12 && b <= 12) return day(m[0], Number(m[3]), b, a, false)
    if (b > 12 && a <= 12) return day(m[0], Number(m[3]), a, b, false)
    return { text: m[0], isoForm: false, valid: a >= 1 && b >= 1 && a <= 12 && b <= 12 }
  }
  return undefined
}

function monthOf(name: string): number {
  return MONTH_INDEX.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

function day(text: string, year: number, month: number, dayOfMonth: number, isoForm: boolean): Omit<ReleaseDate, 'line'> {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`
  const d = new Date(`${iso}T00:00:00Z`)
  const valid = !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso)
  return valid ? { text, iso, isoForm, valid } : { text, isoForm, valid }
}

function toRelease(heading: Heading, title: Title, lines: readonly string[]): Release {
  const release: Release = { line: heading.line, title: title.text, unreleased: title.unreleased }
  if (title.version) release.version = title.version
  if (title.date) release.date = { ...title.date, line: heading.line }
  else if (!title.unreleased) {
    const found = dateUnder(heading, lines)
    if (found) release.date = found
  }
  return release
}

/** A date on one of the first lines of a section: `Released on 2024-05-01.`, `_2024-05-01_`. */
function dateUnder(heading: Heading, lines: readonly string[]): ReleaseDate | undefined {
  let seen = 0
  for (let i = heading.line + (heading.style === 'underline' ? 1 : 0); i < lines.length && seen < 3; i++) {
    const line = lines[i]!.slice(0, MAX_TITLE).trim()
    if (line === '') continue
    seen++
    if (/^(?:#|[=\-~^*+]{3,}$)/.test(line)) return undefined
    const date = findDate(line)
    if (!date) continue
    const bare = line.replace(/^[\W_]+|[\W_]+$/g, '')
    if (RELEASED_LINE.test(line) || bare === date.text) return { ...date, line: i + 1 }
  }
  return undefined
}

function formOf(text: string, headings: readonly Heading[]): ChangelogForm | undefined {
  if (/keepachangelog\.com/i.test(text)) return 'Keep a Changelog'
  if (headings.some((h) => /^(?:major|minor|patch) changes$/i.test(h.text))) return 'changesets'
  const linked = headings.filter((h) => /^\[v?\d[^\]]{0,60}\]\([^)]{0,300}\) \(\d{4}-\d{2}-\d{2}\)/.test(h.text)).length
  if (linked >= 2) return 'release-please / conventional-changelog'
  const keep = headings.filter((h) => /^\[v?\d[^\]]{0,60}\] - \d{4}-\d{2}-\d{2}/.test(h.text)).length
  if (keep >= 2) return 'Keep a Changelog'
  return undefined
}

/** The first two lines with words (HTML comments, licence headers and underlines left out), at most 160 characters. */
function opening(lines: readonly string[]): string {
  const picked: string[] = []
  let comment = false
  for (const raw of lines) {
    const line = raw.slice(0, MAX_TITLE).trim()
    if (comment) {
      if (line.includes('-->')) comment = false
      continue
    }
    if (line.startsWith('<!--')) {
      comment = !line.includes('-->')
      continue
    }
    if (!/[\p{L}\p{N}]/u.test(line)) continue
    picked.push(line)
    if (picked.length === 2) break
  }
  const joined = picked.join(' / ')
  return joined.length > 160 ? `${joined.slice(0, 159)}…` : joined
}
