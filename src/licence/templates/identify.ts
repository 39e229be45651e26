/**
 * Which SPDX licence (or exception) a text is, by the SPDX License List's matching templates.
 * A text that matches a template is identified, exactly; one that does not is never
 * identified, and the closest template is reported with what differs from it.
 *
 * The compiled index (src/licence/templates/compile.ts) is shipped beside the bundle as
 * licence-index.json (written by `npm run build`); run from the sources, it is compiled from
 * data/spdx/licence-templates.json on first use. A cheap filter runs first: a template whose fixed
 * words are not all in the text cannot match, so most texts meet two or three templates.
 */
import { existsSync, readFileSync } from 'node:fs'
import { diffArrays } from 'diff'
import {
  compileIndex,
  decodeTemplate,
  requiredOf,
  serializeIndex,
  type CompiledTemplate,
  type LicenceListData,
  type SerializedIndex,
  type TemplateNode,
} from './compile.js'
import { RESTRICTIVE, TemplateMatcher, type MatchInput } from './match.js'
import { normaliseText } from './normalise.js'

export interface TemplateIdentification {
  /** The ids whose templates the text matches: several when they share a text (GPL-2.0-only, GPL-2.0-or-later). */
  ids: string[]
  kind: 'licence' | 'exception'
}

export interface ClosestTemplate {
  ids: string[]
  /** The share of the template's fixed words that the text has in place. */
  confidence: number
  /** How the text differs from it (up to 5). */
  differences: string[]
}

/** A licence text at the start, and more text after it (notices of bundled code, a rider). */
export interface LeadingLicence extends TemplateIdentification {
  /** Words after it. */
  words: number
  /** The start of what follows, for messages. */
  excerpt: string
  /** The words after it mention a patent licence or restrict the grant: it may change the terms. */
  changesTerms: boolean
}

export interface TemplateResult {
  match?: TemplateIdentification
  /** When the whole text is not a licence: the licence it starts with, and what follows. */
  leading?: LeadingLicence
  closest?: ClosestTemplate
}

/** The index beside the bundle: the vocabulary and templates (JSON), and their numbers (16-bit words). */
export const LICENCE_INDEX_FILE = 'licence-index.json'
export const LICENCE_INDEX_NUMBERS = 'licence-index.bin'

interface LoadedIndex {
  index: SerializedIndex
  numbers: Uint16Array
  vocabulary: Map<string, number>
  /** Templates decoded when a text first meets them. */
  decoded: (CompiledTemplate | undefined)[]
  matchers: (TemplateMatcher | undefined)[]
  /** Templates by their rarest fixed word; templates without fixed words are always candidates. */
  bySignature: Map<number, number[]>
  always: number[]
  /** Fixed words outside optional blocks, counted, per template (read when needed). */
  required: (Map<number, number> | undefined)[]
  postings?: Map<number, number[]>
  distinctWords?: number[]
}

let loaded: LoadedIndex | undefined

function readIndex(): { index: SerializedIndex; numbers: Uint16Array } {
  const shipped = new URL(`./${LICENCE_INDEX_FILE}`, import.meta.url)
  if (existsSync(shipped)) {
    const bytes = readFileSync(new URL(`./${LICENCE_INDEX_NUMBERS}`, import.meta.url))
    // a copy, aligned for 16-bit reads (the file's buffer may start at any byte of a pool)
    const numbers = new Uint16Array(bytes.byteLength / 2)
    new Uint8Array(numbers.buffer).set(bytes)
    return { index: JSON.parse(readFileSync(shipped, 'utf8')) as SerializedIndex, numbers }
  }
  const data = new URL('../../../data/spdx/licence-templates.json', import.meta.url)
  return serializeIndex(compileIndex(JSON.parse(readFileSync(data, 'utf8')) as LicenceListData))
}

function loadIndex(): LoadedIndex {
  if (loaded) return loaded
  const { index, numbers } = readIndex()
  const vocabulary = new Map(index.vocabulary.map((w, i) => [w, i]))
  const bySignature = new Map<number, number[]>()
  const always: number[] = []
  index.templates.forEach((t, i) => {
    if (t.signature < 0) always.push(i)
    else {
      const list = bySignature.get(t.signature)
      if (list) list.push(i)
      else bySignature.set(t.signature, [i])
    }
  })
  const n = index.templates.length
  loaded = { index, numbers, vocabulary, decoded: new Array(n), matchers: new Array(n), required: new Array(n), bySignature, always }
  return loaded
}

/** A template's fixed words outside optional blocks, counted (read when a text meets its signature). */
function required(loadedIndex: LoadedIndex, i: number): Map<number, number> {
  return (loadedIndex.required[i] ??= requiredOf(loadedIndex.index.templates[i]!, loadedIndex.numbers))
}

function template(loadedIndex: LoadedIndex, i: number): CompiledTemplate {
  return (loadedIndex.decoded[i] ??= decodeTemplate(loadedIndex.index.templates[i]!, loadedIndex.numbers))
}

/** Loads the index now (e.g. before network requests whose time limits it would eat into). */
export function prepareTemplateIndex(): void {
  loadIndex()
}

export function licenceListVersion(): string {
  return loadIndex().index.licenseListVersion
}

function matcher(loadedIndex: LoadedIndex, i: number): TemplateMatcher {
  return (loadedIndex.matchers[i] ??= new TemplateMatcher(template(loadedIndex, i), loadedIndex.vocabulary))
}

/** A template can only match a text that has its fixed words (outside optional blocks) as often; punctuation markup may take does not count. */
function hasRequiredWords(required: Map<number, number>, counts: Map<number, number>, mayLack: ReadonlySet<number> | undefined): boolean {
  for (const [id, n] of required) if ((counts.get(id) ?? 0) < n && !mayLack?.has(id)) return false
  return true
}

/** Punctuation that Markdown and HTML renderings of licences lose to markup. */
const MARKUP_PUNCTUATION = ['.', ':', '[', ']', '<', '>']
/**
 * Full stops, commas, semicolons and colons that a text may add or lack, at most this many in
 * all: official copies differ from the SPDX template so (the EUPL-1.2 text of the European
 * Commission has a comma after "Licensed under the EUPL"); the words must all be there.
 */
const EDITABLE_PUNCTUATION = ['.', ',', ';', ':']
const PUNCTUATION_BUDGET = 3
/** Brackets that markup leaves in a rendering: around a link, or escaped ones. */
const MARKUP_BRACKETS = ['[', ']', '<', '>']
/** A leading title may be skipped (guideline 11) when it is this short and says nothing that restricts. */
const MAX_TITLE_WORDS = 12

interface Prepared {
  loadedIndex: LoadedIndex
  input: MatchInput
  counts: Map<number, number>
}

function prepare(plainText: string, options: { markup?: boolean }): Prepared | undefined {
  const loadedIndex = loadIndex()
  const text = normaliseText(plainText)
  if (text.words.length === 0) return undefined
  const ids = Int32Array.from(text.words, (w) => loadedIndex.vocabulary.get(w) ?? -1)
  const input: MatchInput = {
    text,
    ids,
    starts: [0, ...leadingSkips(text, 0)],
    editablePunctuation: new Set(EDITABLE_PUNCTUATION.map((p) => loadedIndex.vocabulary.get(p) ?? -1)),
    punctuationBudget: PUNCTUATION_BUDGET,
    ...(options.markup
      ? {
          missingPunctuation: new Set(MARKUP_PUNCTUATION.map((p) => loadedIndex.vocabulary.get(p) ?? -1)),
          extraPunctuation: new Set(MARKUP_BRACKETS.map((p) => loadedIndex.vocabulary.get(p) ?? -1)),
        }
      : {}),
  }
  const counts = new Map<number, number>()
  for (const id of ids) if (id >= 0) counts.set(id, (counts.get(id) ?? 0) + 1)
  return { loadedIndex, input, counts }
}

/** The templates whose fixed words the whole text has: a superset of those that may match any part of it, which is enough for a filter. */
function candidatesOf({ loadedIndex, input, counts }: Prepared): number[] {
  const candidates = [...loadedIndex.always]
  for (const id of counts.keys()) for (const t of loadedIndex.bySignature.get(id) ?? []) candidates.push(t)
  return candidates.filter((t) => hasRequiredWords(required(loadedIndex, t), counts, input.missingPunctuation))
}

/**
 * Identifies a licence or exception text (already rendered to plain text). `markup`: it was
 * rendered from Markdown or HTML, so punctuation the markup takes may be missing.
 */
export function identifyByTemplates(plainText: string, options: { markup?: boolean } = {}): TemplateResult {
  const prepared = prepare(plainText, options)
  if (!prepared) return {}
  const { loadedIndex, input, counts } = prepared
  const possible = candidatesOf(prepared)
  const matched: CompiledTemplate[] = []
  for (const t of possible) if (matcher(loadedIndex, t).matches(input)) matched.push(template(loadedIndex, t))
  if (matched.length > 0) return { match: best(matched) }
  const closest = closestTemplate(loadedIndex, input, counts)
  const leading = leadingLicence(loadedIndex, possible, input)
  return { ...(leading ? { leading } : {}), ...(closest ? { closest } : {}) }
}

/** One of several licence texts in one file, and the title or copyright lines before it. */
export interface SequenceText extends TemplateIdentification {
  /** The lines before the text that are not the licence's (a title such as "Dual licensing under MS-PL and Apache 2.0"), as written. */
  before: string
}

/** At most this many licence texts are looked for in one file. */
const MAX_TEXTS = 4

/**
 * The licence texts a text is made of, one after the other (CsvHelper's LICENSE.txt: a line
 * "Dual licensing under MS-PL and Apache 2.0", the MS-PL text, then the Apache-2.0 text), each
 * starting at a line and each matched whole; up to five title or copyright lines may come before
 * each (guidelines 10 and 11). Undefined unless the whole text is two or more licence texts.
 */
export function identifyLicenceSequence(plainText: string, options: { markup?: boolean } = {}): SequenceText[] | undefined {
  const prepared = prepare(plainText, options)
  if (!prepared) return undefined
  const { loadedIndex, input } = prepared
  const { text } = input
  const possible = candidatesOf(prepared)
  const out: SequenceText[] = []
  for (let from = 0; out.length < MAX_TEXTS;) {
    const skips = leadingSkips(text, from)
    const at: MatchInput = { ...input, starts: [from, ...skips] }
    const before = skips.length > 0 ? text.str.slice(text.starts[from]!, text.starts[skips.at(-1)!]!).trim() : ''
    const whole = possible.filter((t) => matcher(loadedIndex, t).matches(at))
    if (whole.length > 0) {
      out.push({ ...best(whole.map((t) => template(loadedIndex, t))), before })
      return out.length >= 2 ? out : undefined
    }
    let end = 0
    let found: CompiledTemplate[] = []
    for (const t of possible) {
      const q = matcher(loadedIndex, t).leadingEnd(at)
      if (q === undefined || q < end) continue
      if (q > end) found = []
      end = q
      found.push(template(loadedIndex, t))
    }
    if (found.length === 0 || end <= from) return undefined
    out.push({ ...best(found), before })
    from = end
  }
  return undefined
}

/**
 * Where the licence text may start: at the beginning, or after a leading title (guideline 11:
 * the licence's name or title is ignored, so long as it is only a title) and copyright notices
 * (guideline 10: copyright notices are ignored), up to five such lines, none restrictive.
 */
function leadingSkips(text: MatchInput['text'], start: number): number[] {
  const lineEnds: number[] = []
  for (let i = start + 1; i < text.words.length && lineEnds.length < 5; i++) if (text.lineStart[i] === 1) lineEnds.push(i)
  const starts: number[] = []
  let from = start
  for (const end of lineEnds) {
    const line = text.words.slice(from, end)
    if (line.some((w) => RESTRICTIVE.has(w))) break
    const notice = line[0] === 'copyright'
    const title = from === start && line.length <= MAX_TITLE_WORDS && line.at(-1) !== '.'
    if (!notice && !title) break
    starts.push(end)
    from = end
  }
  return starts
}

/** Words after a licence that may change its terms: a patent grant or licence, or a restriction. */
const TERMS_AFTER =
  /\b(patents?|notwithstanding|provided,? however|additional (terms|conditions|restrictions|permissions|rights)|in addition to the (above|foregoing|terms)|commercial use|non-?commercial|military|prohibit(ed|s)?|forbidden|revoc\w+|revoke[sd]?)\b/i

/** The longest licence text that the text starts with, when it goes on after it. */
function leadingLicence(loadedIndex: LoadedIndex, candidates: number[], input: MatchInput): LeadingLicence | undefined {
  let end = 0
  let found: CompiledTemplate[] = []
  for (const t of candidates) {
    const q = matcher(loadedIndex, t).leadingEnd(input)
    if (q === undefined || q < end) continue
    if (q > end) found = []
    end = q
    found.push(template(loadedIndex, t))
  }
  if (found.length === 0) return undefined
  const { text } = input
  const rest = text.str.slice(text.starts[end]!)
  return {
    ...best(found),
    words: input.ids.length - end,
    excerpt: rest.slice(0, 80).trim(),
    changesTerms: TERMS_AFTER.test(rest),
  }
}

/**
 * Of several matching templates: current ids before deprecated ones, then the most specific
 * (the most fixed words: Sleepycat before BSD-3-Clause, whose copyright line could take in
 * Sleepycat's first clauses); ids with the same text come together.
 */
function best(matched: CompiledTemplate[]): TemplateIdentification {
  const current = matched.filter((t) => !t.deprecated)
  const pool = current.length > 0 ? current : matched
  const fixed = (t: CompiledTemplate) => fixedWords(t.seq)
  const most = Math.max(...pool.map(fixed))
  const winners = pool.filter((t) => fixed(t) === most)
  const kind = winners.some((t) => t.kind === 'licence') ? 'licence' : 'exception'
  return { ids: winners.filter((t) => t.kind === kind).map((t) => t.id), kind }
}

function fixedWords(seq: TemplateNode[]): number {
  let n = 0
  for (const node of seq) if (typeof node === 'number') n++
  return n
}

/** A template's words in order, as the list shows its text; `fixed` is false for words of variables and optional blocks. */
function originalWords(t: CompiledTemplate): { ids: number[]; fixed: boolean[]; open: Set<number> } {
  const ids: number[] = []
  const fixed: boolean[] = []
  /** Places where a variable or optional block shows no words of its own: text added there may be what it allows. */
  const open = new Set<number>()
  const walk = (seq: TemplateNode[], optional: boolean) => {
    for (const node of seq) {
      if (typeof node === 'number') {
        ids.push(node)
        fixed.push(!optional)
      } else if ('o' in node) {
        open.add(ids.length)
        walk(node.o, true)
      } else {
        open.add(ids.length)
        for (const id of t.vars[node.v]!.original) {
          ids.push(id)
          fixed.push(false)
        }
      }
    }
  }
  walk(t.seq, false)
  return { ids, fixed, open }
}

/** The template sharing most words with the text (Sørensen–Dice on distinct words), and what differs from it. */
function closestTemplate(loadedIndex: LoadedIndex, input: MatchInput, counts: Map<number, number>): ClosestTemplate | undefined {
  if (!loadedIndex.postings) {
    const postings = new Map<number, number[]>()
    const distinctWords: number[] = []
    loadedIndex.index.templates.forEach((_t, i) => {
      const words = new Set(originalWords(template(loadedIndex, i)).ids)
      distinctWords.push(words.size)
      for (const id of words) {
        const list = postings.get(id)
        if (list) list.push(i)
        else postings.set(id, [i])
      }
    })
    loadedIndex.postings = postings
    loadedIndex.distinctWords = distinctWords
  }
  const shared = new Uint32Array(loadedIndex.index.templates.length)
  for (const id of counts.keys()) for (const t of loadedIndex.postings.get(id) ?? []) shared[t]!++
  let top = -1
  let topDice = 0
  const distinctInput = counts.size + (input.ids.includes(-1) ? 1 : 0)
  const templates = loadedIndex.index.templates
  shared.forEach((n, t) => {
    const dice = (2 * n) / (loadedIndex.distinctWords![t]! + distinctInput)
    if (dice > topDice || (dice === topDice && top >= 0 && templates[top]!.deprecated && !templates[t]!.deprecated)) {
      top = t
      topDice = dice
    }
  })
  if (top < 0) return undefined
  const nearest = templates[top]!
  // templates with the same program are the same text (GPL-2.0-only and -or-later)
  const same = templates.filter(
    (t) =>
      t !== nearest &&
      t.kind === nearest.kind &&
      !t.deprecated &&
      sameNumbers(loadedIndex.numbers, t.program, nearest.program) &&
      sameNumbers(loadedIndex.numbers, t.originals, nearest.originals) &&
      JSON.stringify(t.vars) === JSON.stringify(nearest.vars),
  )
  const described = differences(loadedIndex, template(loadedIndex, top), input)
  if (described.differences.length === 0) {
    // every fixed word is in place: a variable part (a name, a clause the template allows in a few wordings) is not one it allows
    const m = matcher(loadedIndex, top)
    m.matches(input)
    const at = Math.min(m.furthest, input.ids.length - 1)
    const { text } = input
    const excerpt = text.str.slice(text.starts[at]!, text.ends[Math.min(at + 11, input.ids.length - 1)]!)
    described.differences.push(`the text is not one the template allows at word ${at + 1}: "${excerpt}"`)
  }
  return { ids: [nearest.id, ...same.map((t) => t.id)], ...described }
}

function sameNumbers(numbers: Uint16Array, [a, n]: [number, number], [b, m]: [number, number]): boolean {
  if (n !== m) return false
  for (let i = 0; i < n; i++) if (numbers[a + i] !== numbers[b + i]) return false
  return true
}

/** Word differences from the template's text that matter: not in its variables or optional blocks. */
function differences(
  loadedIndex: LoadedIndex,
  template: CompiledTemplate,
  input: MatchInput,
): { confidence: number; differences: string[] } {
  const original = originalWords(template)
  const fixedTotal = original.fixed.filter(Boolean).length || 1
  const changes = diffArrays(original.ids, [...input.ids], { maxEditLength: 3000 })
  if (!changes) return { confidence: 0, differences: ['the words are largely different or in a different order'] }
  const word = (id: number) => loadedIndex.index.vocabulary[id] ?? '?'
  let counted = 0
  let at = 0
  let inText = 0
  const out: string[] = []
  for (const change of changes) {
    const count = change.count ?? change.value.length
    if (!change.added && !change.removed) {
      at += count
      inText += count
      continue
    }
    let matters: boolean
    let excerpt: string
    if (change.removed) {
      matters = original.fixed.slice(at, at + count).some(Boolean)
      counted += original.fixed.slice(at, at + count).filter(Boolean).length
      excerpt = change.value.slice(0, 12).map(word).join(' ')
      at += count
    } else {
      // words added beside a variable or an optional block may be what it allows
      matters =
        !original.open.has(at) &&
        (at === 0 || original.fixed[at - 1] === true) &&
        (at >= original.fixed.length || original.fixed[at] === true)
      if (matters) counted += count
      excerpt = Array.from({ length: Math.min(count, 12) }, (_, k) => {
        const i = inText + k
        return input.text.str.slice(input.text.starts[i]!, input.text.ends[i]!).toLowerCase()
      }).join(' ')
      inText += count
    }
    if (matters && out.length < 5)
      out.push(`${change.added ? 'adds' : 'lacks'} "${excerpt}${count > 12 ? ' ...' : ''}" near word ${at + 1} of the licence`)
  }
  return { confidence: Math.round(Math.max(0, 1 - counted / fixedTotal) * 1000) / 1000, differences: out }
}
