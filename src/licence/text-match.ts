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
import { diffArrays } from 'diff'
import licenceList from 'spdx-license-list/full.js'
import currentIds from 'spdx-license-ids/index.json' with { type: 'json' }

export interface LicenceIdentification {
  /** The licence(s) the text is: several when their texts are the same (GPL-2.0-only, GPL-2.0-or-later). */
  ids: string[]
  /** 1 for an exact match; otherwise the share of the licence's words that match. */
  confidence: number
  exact: boolean
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
      .map((line) => line.replace(COMMENT_PREFIX, '').replace(/\s*\*\/\s*$/, ''))
      .filter((line) => line.trim() !== '')
    paragraphs.push(withoutNotices(lines.join(' ').replace(/\s+/g, ' ')))
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

/** Where a copyright notice starts: "Copyright (c)", "Copyright 2024", "(C) 2024", "©". */
const NOTICE_START = /(?:^|\s)(?:copyright\s*(?:\(c\)|©|\d|<|\[|\{)|\(c\)\s*\d|©)/gi
/** Where it ends: a sentence end, or a closing bracket before a capital, not after an initial or a company suffix. */
const NOTICE_END = /(?<!\b[A-Z]|\bInc|\bLtd|\bCo|\bCorp)[.)>]\s+(?=[A-Z])/g

const MAX_NOTICE = /\s*(?:\S+\s+){16}/y

/**
 * Replaces the copyright notices of a paragraph with a marker. The paragraph's lines are
 * joined first and a notice runs to the end of its sentence, so a notice is found the same
 * however the text is wrapped ("Copyright (c) YEAR NAME. Permission is granted ..." keeps the
 * permission whether a line break follows the name or not).
 */
function withoutNotices(paragraph: string): string {
  let out = ''
  let from = 0
  NOTICE_START.lastIndex = 0
  for (let start = NOTICE_START.exec(paragraph); start; start = NOTICE_START.exec(paragraph)) {
    if (start.index < from) continue
    NOTICE_END.lastIndex = start.index + start[0].length
    const end = NOTICE_END.exec(paragraph)
    out += `${paragraph.slice(from, start.index)} ${NOTICE} `
    from = end ? end.index + end[0].length : paragraph.length
    // a notice without an end in sight is cut after a few words: in short licences the
    // notice and the grant share one sentence ("Copyright(c) 2001 by D. K. Any use ...")
    MAX_NOTICE.lastIndex = start.index
    const cap = MAX_NOTICE.exec(paragraph)
    if (cap && cap.index + cap[0].length < from) from = cap.index + cap[0].length
    const reserved = /^all rights (are )?reserved\.?\s*/i.exec(paragraph.slice(from))
    if (reserved) from += reserved[0].length
    NOTICE_START.lastIndex = from
  }
  return out + paragraph.slice(from)
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
  const current = new Set<string>(currentIds)
  const exact = new Map<string, Reference>()
  const references: Reference[] = []
  for (const [id, entry] of Object.entries(licenceList)) {
    if (!current.has(id)) continue
    const { words, notices } = normalise(entry.licenseText)
    if (words.length === 0) continue
    const key = words.join(' ')
    const same = exact.get(key)
    if (same) {
      same.ids.push(id)
      continue
    }
    const reference: Reference = { ids: [id], words, notices, counts: countWords(words) }
    exact.set(key, reference)
    references.push(reference)
  }
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
  const atNotice = (notices: number[], from: number, to: number) => notices.some((n) => n >= from && n <= to)
  let differing = 0
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
    const [from, notices] = change.removed ? [inReference, reference.notices] : [inText, text.notices]
    if (change.removed) inReference += count
    else inText += count
    if (leading && count <= titleAllowance(reference.words.length)) continue
    if (count <= NOTICE_ALLOWANCE && atNotice(notices, from, from + count)) continue
    differing += count
    if (differences.length < 5) {
      const excerpt = change.value.slice(0, 12).join(' ') + (change.value.length > 12 ? ' ...' : '')
      differences.push(`${change.added ? 'adds' : 'lacks'} "${excerpt}" near word ${inReference + 1} of the licence`)
    }
  }
  return { differing, differences }
}

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
  const { exact } = licenceIndex()
  const same = exact.get(words.join(' '))
  if (same) return { match: { ids: [...same.ids], confidence: 1, exact: true } }

  const counts = countWords(words)
  const candidates = nearest(counts, 8)
  const matches: { reference: Reference; differing: number }[] = []
  for (const { reference } of candidates) {
    const allowed = allowedDifference(reference.words.length)
    // the bag difference is a lower bound of the edit distance: most candidates stop here
    const forgiven =
      2 * titleAllowance(reference.words.length) + 2 * NOTICE_ALLOWANCE * (reference.notices.length + normalised.notices.length)
    if (bagDifference(reference.counts, counts) > allowed + forgiven) continue
    const comparison = compare(reference, normalised, allowed + 60)
    if (comparison && comparison.differing <= allowed) matches.push({ reference, differing: comparison.differing })
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

/** The SPDX list's name of a licence, and whether the OSI approved it. */
export function licenceInfo(id: string): { name: string; osiApproved: boolean } | undefined {
  const entry = (licenceList as Record<string, { name: string; osiApproved: boolean } | undefined>)[id]
  return entry ? { name: entry.name, osiApproved: entry.osiApproved } : undefined
}
