/**
 * Identifies a licence text against the SPDX License List (the texts of the registry package
 * spdx-license-list, CC0-1.0).
 *
 * Both sides are normalised the same way, following the SPDX matching guidelines: case,
 * whitespace and line wrapping, punctuation, equivalent quotes and dashes, list numbering and
 * bullets, code-comment prefixes, copyright notices, http/https, varietal spellings
 * (licence/license, ...). Then:
 *  1. an exact match of the normalised words (licences whose texts are identical come as a set);
 *  2. otherwise the few licences sharing most words are compared with a word diff, which is
 *     order-sensitive (a text with its words scrambled shares every word but matches nothing).
 *     A match may differ by a leading title and by a handful of words (8 plus 0.5% of the
 *     licence's length, at most 40): 75 words inserted into any licence exceed that.
 * Below the threshold the closest licence is reported with what differs.
 */
import { createHash } from 'node:crypto'
import { diffArrays } from 'diff'
import exactDigests from '../../data/licence-digests.json' with { type: 'json' }
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import currentIds from 'spdx-license-ids/index.json' with { type: 'json' }

export interface LicenceIdentification {
  /** The licence(s) the text is: several when their texts are the same (GPL-2.0-only, GPL-2.0-or-later). */
  ids: string[]
  /** 1 for an exact match; otherwise the share of the licence's words that match. */
  confidence: number
  exact: boolean
  /** For a match that is not exact: the differences that counted (up to 5). */
  differences?: string[]
}

export interface IdentifyResult {
  match?: LicenceIdentification
  /** When nothing matches: the nearest licence and how the text differs from it. */
  closest?: { ids: string[]; confidence: number; differences: string[] }
}

interface Reference {
  ids: string[]
  words: string[]
  notices: number[]
  counts: Map<string, number>
}

/** Word spellings the SPDX guidelines treat as the same (equivalentwords.txt), mapped onto one. */
const EQUIVALENT_WORDS: Record<string, string> = {
  acknowledgment: 'acknowledgement',
  analogue: 'analog',
  analyse: 'analyze',
  artefact: 'artifact',
  authorisation: 'authorization',
  authorised: 'authorized',
  calibre: 'caliber',
  cancelled: 'canceled',
  capitalisations: 'capitalizations',
  catalogue: 'catalog',
  categorise: 'categorize',
  centre: 'center',
  emphasised: 'emphasized',
  favour: 'favor',
  favourite: 'favorite',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  initialise: 'initialize',
  judgment: 'judgement',
  labelling: 'labeling',
  labour: 'labor',
  licence: 'license',
  licences: 'licenses',
  licenced: 'licensed',
  licencee: 'licensee',
  licencees: 'licensees',
  licencor: 'licensor',
  licencing: 'licensing',
  maximise: 'maximize',
  modelled: 'modeled',
  modelling: 'modeling',
  offence: 'offense',
  optimise: 'optimize',
  organisation: 'organization',
  organise: 'organize',
  practise: 'practice',
  programme: 'program',
  realise: 'realize',
  recognise: 'recognize',
  signalling: 'signaling',
  utilisation: 'utilization',
  whilst: 'while',
  wilful: 'willful',
  noncommercial: 'non-commercial',
  percent: 'per-cent',
}

const COMMENT_PREFIX = /^\s*(\/\/+|\/\*+|\*+\/?|#+|;+|--+|rem\s|<!--|-->|%+|'+(?=\s))\s*/i
/** List markers: "1.", "(a)", "ii)", "2)". Dropped wherever they stand, so re-wrapping does not matter. */
const LIST_MARKER = /(^|\s)(\(?(\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\((\d{1,3}|[a-z]|[ivx]{1,5})\))(?=\s|$)/g
const END_OF_TERMS = ['end', 'of', 'terms', 'and', 'conditions']

/** Stands where a copyright notice was removed; not a word any licence uses. */
const NOTICE = 'zznoticezz'

interface Normalised {
  words: string[]
  /** Word indexes where a copyright notice was removed. */
  notices: number[]
}

/** The words of a licence text, normalised per the SPDX matching guidelines. */
export function normaliseLicenceText(text: string): string[] {
  return normalise(text).words
}

function normalise(text: string): Normalised {
  const paragraphs: string[] = []
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n[\s/*#;-]*\n/)) {
    const lines = paragraph
      .split('\n')
      .map((line) => withoutNotices(withoutCommentEnd(line.replace(COMMENT_PREFIX, ''))))
      .filter((line) => line.trim() !== '')
    paragraphs.push(lines.join(' '))
  }
  const flat = paragraphs
    .join(' ')
    .toLowerCase()
    .replace(/https:\/\//g, 'http://')
    .replace(/[‘’‚‛′`´"“”„«»]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/&/g, ' and ')
    .replace(LIST_MARKER, ' ')
  const words: string[] = []
  const notices: number[] = []
  for (const raw of flat.split(/[^a-z0-9-]+/)) {
    const word = raw.replace(/^-+|-+$/g, '')
    if (word === '') continue
    if (word === NOTICE) {
      if (notices.at(-1) !== words.length) notices.push(words.length)
      continue
    }
    const equivalent = EQUIVALENT_WORDS[word] ?? word
    for (const part of equivalent.split('-')) if (part) words.push(part)
  }
  // what follows the terms (how to apply them, an appendix) is optional in the SPDX templates
  const end = indexOfSequence(words, END_OF_TERMS)
  if (end < 0) return { words, notices }
  const length = end + END_OF_TERMS.length
  return { words: words.slice(0, length), notices: notices.filter((n) => n <= length) }
}

/** Where a copyright notice starts: "Copyright (c)", "Copyright 2024", "Copyright Jane Doe", "(C) 2024", "©". */
const NOTICE_START = /(?:^|\s)(?:copyright\s*(?:\(c\)|©|\d|<|\[|\{)|\(c\)\s*\d|©)/gi
/** "Copyright Jane Doe" at the start of a line (case matters: "Copyright and Similar Rights" is prose). */
const NAMED_NOTICE = /^\s*Copyright\s+(?!(?:License|Licence|Notice|Act|Law|Holders?|Owners?|Licensor)\b)[A-Z]/
/** Where it ends: a sentence end, or a closing bracket before a capital, not after an initial or a company suffix. */
const NOTICE_END = /(?<!\b[A-Z]|\bInc|\bLtd|\bCo|\bCorp)[.)>]\s+(?=[A-Z])/g
/** A notice is looked at this far for its end; hostile lines of "(c) 1 (c) 1 ..." stay linear. */
const NOTICE_WINDOW = 300
const MAX_NOTICE = /\s*(?:\S+\s+){16}/y

/** A line without a trailing comment end ("*\/"), without a pattern that could backtrack. */
function withoutCommentEnd(line: string): string {
  const trimmed = line.trimEnd()
  return trimmed.endsWith('*/') ? trimmed.slice(0, -2) : trimmed
}

/**
 * Replaces the copyright notices that start a line with a marker. A notice runs to the end of its
 * sentence on that line, or to the end of the line: text after it ("Copyright (c) YEAR NAME.
 * Permission is granted ...") is kept, and the next line is never swallowed, so words added
 * beside a notice are still compared.
 */
function withoutNotices(line: string): string {
  let out = ''
  let from = 0
  NOTICE_START.lastIndex = 0
  const named = NAMED_NOTICE.exec(line)
  for (let start = named ?? NOTICE_START.exec(line); start; start = NOTICE_START.exec(line)) {
    if (start.index < from) continue
    // only a notice that starts the line (or follows another): one inside prose is part of the
    // licence text ("a notice of the form: Copyright © [date] ..."), the same in every copy
    if (!/^[\s*•·-]*$/.test(line.slice(from, start.index))) break
    const window = line.slice(0, Math.min(line.length, start.index + NOTICE_WINDOW))
    NOTICE_END.lastIndex = start.index + start[0].length
    const end = NOTICE_END.exec(window)
    out += `${line.slice(from, start.index)} ${NOTICE} `
    from = end ? end.index + end[0].length : line.length
    // a notice without an end in sight is cut after a few words
    MAX_NOTICE.lastIndex = start.index
    const cap = MAX_NOTICE.exec(window)
    if (cap && cap.index + cap[0].length < from) from = cap.index + cap[0].length
    const reserved = /^all rights (are )?reserved\.?\s*/i.exec(line.slice(from, from + 40))
    if (reserved) from += reserved[0].length
    NOTICE_START.lastIndex = from
  }
  return from === 0 ? line : out + line.slice(from)
}

function indexOfSequence(words: string[], sequence: string[]): number {
  outer: for (let i = 0; i + sequence.length <= words.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (words[i + j] !== sequence[j]) continue outer
    return i
  }
  return -1
}

function countWords(words: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1)
  return counts
}

/** The file with the licence texts, next to the bundle in dist/ (the build copies it), else the package's. */
export const LICENCE_TEXTS_FILE = 'spdx-licence-texts.json'

/**
 * The licence texts (5 MB) are read when first needed, not bundled: a run whose licence files
 * match exactly (data/licence-digests.json) never loads them.
 */
function licenceTexts(): Record<string, { licenseText: string }> {
  const beside = new URL(`./${LICENCE_TEXTS_FILE}`, import.meta.url)
  const path = existsSync(beside) ? beside : createRequire(import.meta.url).resolve('spdx-license-list/spdx-full.json')
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, { licenseText: string }>
}

/** The texts the index is built from: current ids only, and the LGPL-3.0 also without the GPL. */
function referenceTexts(): [string, string][] {
  const current = new Set<string>(currentIds)
  const out: [string, string][] = []
  for (const [id, entry] of Object.entries(licenceTexts())) {
    if (!current.has(id)) continue
    out.push([id, entry.licenseText])
    // the list's LGPL-3.0 text has the GPL-3.0 appended; COPYING.LESSER files have the LGPL alone
    const gpl = entry.licenseText.indexOf('GNU GENERAL PUBLIC LICENSE', 1)
    if (id.startsWith('LGPL-3.0') && gpl > 0) out.push([id, entry.licenseText.slice(0, gpl)])
  }
  return out
}

/** The digest of a normalised text: the key of an exact match. */
function exactDigest(words: string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 24)
}

/**
 * Digest of each licence's normalised text -> its ids, for data/licence-digests.json. An exact
 * match is then found without building the index (which takes some 80 MB while it is built);
 * a test checks that the committed file equals what this computes.
 */
export function computeExactDigests(): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [id, licenceText] of referenceTexts()) {
    const words = normalise(licenceText).words
    if (words.length === 0) continue
    const ids = (out[exactDigest(words)] ??= [])
    if (!ids.includes(id)) ids.push(id)
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)))
}

interface Index {
  references: Reference[]
  exact: Map<string, Reference>
  /** word -> indexes of the references that contain it */
  postings: Map<string, number[]>
}

let index: Index | undefined

/** Built on first use (about 700 texts, some 5 MB). Deprecated ids (GPL-2.0, GPL-2.0+, ...) are left out: their texts are their successors'. */
function licenceIndex(): Index {
  if (index) return index
  const exact = new Map<string, Reference>()
  const references: Reference[] = []
  const add = (id: string, licenceText: string) => {
    const { words, notices } = normalise(licenceText)
    if (words.length === 0) return
    const key = words.join(' ')
    const same = exact.get(key)
    if (same) {
      same.ids.push(id)
      return
    }
    const reference: Reference = { ids: [id], words, notices, counts: countWords(words) }
    exact.set(key, reference)
    references.push(reference)
  }
  for (const [id, licenceText] of referenceTexts()) add(id, licenceText)
  const postings = new Map<string, number[]>()
  references.forEach((r, i) => {
    for (const w of r.counts.keys()) {
      const list = postings.get(w)
      if (list) list.push(i)
      else postings.set(w, [i])
    }
  })
  index = { references, exact, postings }
  return index
}

/** Builds the index now (some 200 ms), e.g. before network requests whose time limits it would eat into. */
export function prepareLicenceIndex(): void {
  licenceIndex()
}

/** Words a text may differ from a licence by and still be that licence. */
export function allowedDifference(licenceWords: number): number {
  return Math.min(40, 8 + Math.floor(licenceWords * 0.005))
}

/** Lower bound of the insert/delete edit distance: the difference of the two bags of words. */
function bagDifference(a: Map<string, number>, b: Map<string, number>): number {
  let d = 0
  for (const [w, n] of a) d += Math.abs(n - (b.get(w) ?? 0))
  for (const [w, n] of b) if (!a.has(w)) d += n
  return d
}

interface Comparison {
  differing: number
  differences: string[]
  /** The text adds words that restrict the grant: never the licence, whatever the count. */
  restricts: boolean
}

/** Leading words (a title) that may differ: up to 25, at most 15% of the licence. */
function titleAllowance(licenceWords: number): number {
  return Math.min(25, Math.floor(licenceWords * 0.15))
}

/** Words next to a copyright notice that may differ (a re-wrap joins prose to the notice line). */
const NOTICE_ALLOWANCE = 20

/**
 * Word diff of a text against a licence, forgiving a leading title on either side (up to 25
 * words, at most 15% of the licence) and a few words at a copyright notice. Undefined when
 * the texts differ by more than `limit`.
 */
function compare(reference: Normalised, text: Normalised, limit: number): Comparison | undefined {
  const changes = diffArrays(reference.words, text.words, { maxEditLength: limit })
  if (!changes) return undefined
  const near = (notices: number[], from: number, to: number) => notices.some((n) => n >= from && n <= to)
  let differing = 0
  let restricts = false
  const differences: string[] = []
  let inReference = 0
  let inText = 0
  let leading = true
  for (const change of changes) {
    const count = change.count ?? change.value.length
    if (!change.added && !change.removed) {
      leading = false
      inReference += count
      inText += count
      continue
    }
    const atNotice = change.removed
      ? near(reference.notices, inReference, inReference + count) || near(text.notices, inText, inText)
      : near(text.notices, inText, inText + count) || near(reference.notices, inReference, inReference)
    if (change.removed) inReference += count
    else inText += count
    const restrictive = change.added && change.value.some((w) => RESTRICTIVE.has(w))
    restricts ||= restrictive
    if (!restrictive && forgiven(change.added === true, change.value, count, leading, atNotice, reference.words.length)) continue
    differing += count
    if (differences.length < 5) {
      const excerpt = change.value.slice(0, 12).join(' ') + (change.value.length > 12 ? ' ...' : '')
      differences.push(`${change.added ? 'adds' : 'lacks'} "${excerpt}" near word ${inReference + 1} of the licence`)
    }
  }
  return { differing, differences, restricts }
}

/**
 * Which differences do not count: the licence's title missing (up to 25 words), a short title
 * of the file's own (up to 12 words), words of the licence lost beside a copyright notice (a
 * re-wrap joined them to the notice line), and a notice the licence's own copy dropped (words
 * that include "copyright"). Nothing that restricts (RESTRICTIVE) is ever forgiven.
 */
function forgiven(added: boolean, words: string[], count: number, leading: boolean, atNotice: boolean, licenceWords: number): boolean {
  if (leading && count <= (added ? Math.min(12, titleAllowance(licenceWords)) : titleAllowance(licenceWords))) return true
  if (!atNotice) return false
  // more notices of the licence's own copy, joined on one line by a re-wrap
  if (added) return looksLikeNotices(words) && count <= 2 * NOTICE_ALLOWANCE
  return count <= NOTICE_ALLOWANCE
}

/** Words of copyright notices: the word itself, or years. */
function looksLikeNotices(words: string[]): boolean {
  return words.includes('copyright') || words.filter((w) => /^(19|20)\d\d$/.test(w)).length >= 2
}

/** Words that restrict a grant; added to a licence text, they make it another licence. */
const RESTRICTIVE = new Set(
  'commercial noncommercial military prohibited prohibit prohibits forbidden forbid forbids not fee fees pay paid payment only unless restricted restriction restrictions revocable revoke terminate'.split(
    ' ',
  ),
)

/** The references sharing the most distinct words with the text (Sørensen–Dice on word sets). */
function nearest(counts: Map<string, number>, limit: number): { reference: Reference; dice: number }[] {
  const { references, postings } = licenceIndex()
  const shared = new Uint32Array(references.length)
  for (const w of counts.keys()) for (const i of postings.get(w) ?? []) shared[i]!++
  const scored = references.map((reference, i) => ({ reference, dice: (2 * shared[i]!) / (reference.counts.size + counts.size) }))
  return scored.sort((a, b) => b.dice - a.dice).slice(0, limit)
}

/** Which SPDX licence a text is (see the module comment for the method). */
export function identifyLicenceText(text: string): IdentifyResult {
  const normalised = normalise(text)
  const words = normalised.words
  if (words.length === 0) return {}
  const digested = (exactDigests as Record<string, string[]>)[exactDigest(words)]
  if (digested) return { match: { ids: [...digested], confidence: 1, exact: true } }
  const { exact } = licenceIndex()
  const same = exact.get(words.join(' '))
  if (same) return { match: { ids: [...same.ids], confidence: 1, exact: true } }

  const counts = countWords(words)
  const candidates = nearest(counts, 8)
  const matches: { reference: Reference; differing: number; differences: string[] }[] = []
  for (const { reference } of candidates) {
    const allowed = allowedDifference(reference.words.length)
    // the bag difference is a lower bound of the edit distance: most candidates stop here
    const forgiven =
      2 * titleAllowance(reference.words.length) + 2 * NOTICE_ALLOWANCE * (reference.notices.length + normalised.notices.length)
    if (bagDifference(reference.counts, counts) > allowed + forgiven) continue
    const comparison = compare(reference, normalised, allowed + 60)
    if (comparison && !comparison.restricts && comparison.differing <= allowed)
      matches.push({ reference, differing: comparison.differing, differences: comparison.differences })
  }
  if (matches.length > 0) {
    const best = Math.min(...matches.map((m) => m.differing))
    const winners = matches.filter((m) => m.differing === best)
    const reference = winners[0]!.reference
    return {
      match: {
        ids: winners.flatMap((w) => w.reference.ids),
        confidence: round(1 - best / reference.words.length),
        exact: false,
        differences: winners[0]!.differences,
      },
    }
  }
  const top = candidates[0]
  if (!top) return {}
  const comparison = compare(top.reference, normalised, 400)
  return {
    closest: {
      ids: [...top.reference.ids],
      confidence: comparison ? round(Math.max(0, 1 - comparison.differing / top.reference.words.length)) : round(top.dice),
      differences: comparison?.differences ?? ['the words are largely different or in a different order'],
    },
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
