/**
 * Whether a normalised text matches a compiled SPDX template, as the SPDX Matching Guidelines
 * say: the whole text, in order, with only what the template marks as variable or optional
 * differing. The set of text positions still reachable is carried through the template (an
 * NFA run, no backtracking): an optional block is a union, a variable tries its regular
 * expression only on spans that end where the template's next fixed text can start, at most
 * `cap` characters long. The work is bounded by the template's length times those spans.
 */
import type { CompiledTemplate, TemplateNode } from './compile.js'
import type { NormalisedText } from './normalise.js'

export interface MatchInput {
  text: NormalisedText
  /** Token ids in the index's vocabulary; -1 for words no template has. */
  ids: Int32Array
  /** Where the text may start: 0, and after a leading title (guideline 11). */
  starts: number[]
  /** Punctuation the template has that the text may lack: Markdown and HTML lose some to markup ("[…]" as link syntax, a heading's full stop). */
  missingPunctuation?: ReadonlySet<number>
  /** Punctuation the text may have that the template does not: brackets markup leaves around a link ("<http://…>"). */
  extraPunctuation?: ReadonlySet<number>
  /** Full stops, commas, semicolons and colons: official copies of a licence add or drop one now and then. */
  editablePunctuation?: ReadonlySet<number>
  /** How many of those may be added or missing in all (0 when not given). */
  punctuationBudget?: number
}

/** What can come after a point of a template: these fixed tokens, or anything (null); and whether the text may end there. */
interface Follow {
  tokens: Set<number> | null
  end: boolean
}

/** Words that restrict a grant: text that a catch-all variable takes in must not hold them. */
export const RESTRICTIVE = new Set(
  'commercial noncommercial military prohibited prohibit prohibits forbidden forbid forbids not no fee fees pay paid payment only unless except restricted restriction restrictions revocable revoke terminate'.split(
    ' ',
  ),
)
/** Words of a grant or its conditions: a copyright notice does not hold them, a preamble that changes the terms does. */
const TERMS = new Set(
  'licensed permission permitted permit grant granted grants redistribution redistribute redistributions terms conditions condition warranty warranties liable provided dual choice either'.split(
    ' ',
  ),
)

export class TemplateMatcher {
  private readonly regexes: (RegExp | undefined)[]
  private readonly prefixes: (RegExp | undefined)[]
  /** What may follow each variable node. */
  private readonly follows = new Map<object, Follow>()
  private readonly restrictive: Set<number>
  private readonly terms: Set<number>

  constructor(
    readonly template: CompiledTemplate,
    vocabulary: Map<string, number>,
  ) {
    this.regexes = new Array(template.vars.length)
    this.prefixes = new Array(template.vars.length)
    const idsOf = (words: Set<string>) => new Set([...words].map((w) => vocabulary.get(w)).filter((id) => id !== undefined))
    this.restrictive = idsOf(RESTRICTIVE)
    this.terms = idsOf(TERMS)
    this.annotate(template.seq, { tokens: new Set(), end: true })
  }

  /** The furthest the text was matched: where it first departs from the template (for messages). */
  furthest = 0

  /** Whether the whole text matches; the fewest punctuation edits it takes, or undefined. */
  match(input: MatchInput): number | undefined {
    this.furthest = 0
    const end = this.skip(this.run(this.template.seq, this.startStates(input), input), input, -1)
    return end.get(input.ids.length)
  }

  matches(input: MatchInput): boolean {
    return this.match(input) !== undefined
  }

  /** Where the template, matched from the start of the text, can end at the start of a line: the text goes on after the licence. */
  leadingEnd(input: MatchInput): number | undefined {
    const ends = [...this.run(this.template.seq, this.startStates(input), input).keys()].filter(
      (q) => q > 0 && q < input.ids.length && input.text.lineStart[q] === 1,
    )
    return ends.length > 0 ? Math.max(...ends) : undefined
  }

  private startStates(input: MatchInput): States {
    return new Map(input.starts.map((p) => [p, 0]))
  }

  /** Works out what may follow each variable: the first fixed tokens after it, or anything. */
  private annotate(seq: TemplateNode[], after: Follow): void {
    // walking backwards, `next` is what may come after node i
    let next = after
    for (let i = seq.length - 1; i >= 0; i--) {
      const node = seq[i]!
      if (typeof node === 'number') next = { tokens: new Set([node]), end: false }
      else if ('o' in node) {
        const inside = this.firstOf(node.o, next)
        this.annotate(node.o, next)
        next = { tokens: inside.tokens && next.tokens ? new Set([...inside.tokens, ...next.tokens]) : null, end: inside.end || next.end }
      } else {
        this.follows.set(node, next)
        next = { tokens: null, end: true }
      }
    }
  }

  /** What may come first in a sequence followed by `after`. */
  private firstOf(seq: TemplateNode[], after: Follow): Follow {
    const node = seq[0]
    if (node === undefined) return after
    if (typeof node === 'number') return { tokens: new Set([node]), end: false }
    if ('v' in node) return { tokens: null, end: true }
    const rest = this.firstOf(seq.slice(1), after)
    const inside = this.firstOf(node.o, rest)
    return { tokens: inside.tokens && rest.tokens ? new Set([...inside.tokens, ...rest.tokens]) : null, end: inside.end || rest.end }
  }

  private run(seq: TemplateNode[], start: States, input: MatchInput): States {
    const { ids } = input
    const budget = input.punctuationBudget ?? 0
    let states = start
    for (let i = 0; i < seq.length && states.size > 0; i++) {
      const node = seq[i]!
      if (typeof node === 'number') {
        const next: States = new Map()
        const free = input.missingPunctuation?.has(node) === true
        const editable = input.editablePunctuation?.has(node) === true
        for (const [p, cost] of this.skip(states, input, node)) {
          if (p < ids.length && ids[p] === node) add(next, p + 1, cost)
          if (free) add(next, p, cost)
          else if (editable && cost < budget) add(next, p, cost + 1)
        }
        states = next
      } else if ('o' in node) {
        const inside = this.run(node.o, states, input)
        states = new Map(states)
        for (const [p, cost] of inside) add(states, p, cost)
      } else {
        states = this.variable(node.v, states, this.follows.get(node)!, input)
      }
      for (const p of states.keys()) if (p > this.furthest) this.furthest = p
    }
    return states
  }

  /**
   * Also the states after punctuation the text has and the template does not: brackets markup
   * leaves (free), and a few full stops, commas, semicolons or colons (each one edit of the budget).
   */
  private skip(states: States, input: MatchInput, expected: number): States {
    const { ids } = input
    const budget = input.punctuationBudget ?? 0
    let out: States | undefined
    for (const [p, start] of states) {
      let cost = start
      for (let q = p; q < ids.length && ids[q] !== expected; q++) {
        const id = ids[q]!
        if (input.extraPunctuation?.has(id)) {
          // free
        } else if (input.editablePunctuation?.has(id) && cost < budget) cost++
        else break
        add((out ??= new Map(states)), q + 1, cost)
      }
    }
    return out ?? states
  }

  /** The states a variable can end at, from each state it can start at. */
  private variable(index: number, states: States, follow: Follow, input: MatchInput): States {
    const { text, ids } = input
    const v = this.template.vars[index]!
    const n = ids.length
    const out: States = new Map()
    for (const [p, cost] of states) {
      const start = p > 0 ? text.ends[p - 1]! : 0
      for (let q = p; q <= n; q++) {
        const end = q < n ? text.starts[q]! : text.str.length
        if (end - start - (text.separators[end]! - text.separators[start]!) > v.cap) break
        if (v.free && this.takesTerms(index, p, q, ids)) break
        if (q < n ? !(follow.tokens === null || follow.tokens.has(ids[q]!)) : !follow.end) continue
        if (this.accepts(index, text.str, start, end, q > p ? text.starts[q - 1]! : -1)) add(out, q, cost)
      }
    }
    return out
  }

  /**
   * A catch-all variable never takes in words that restrict the grant, and a copyright notice
   * (cap > 1000) no words of terms, unless the text the template shows for it has them
   * ("All Rights Reserved except as specified below").
   */
  private takesTerms(index: number, p: number, q: number, ids: Int32Array): boolean {
    if (q === p) return false
    const last = ids[q - 1]!
    const v = this.template.vars[index]!
    if (!this.restrictive.has(last) && !(v.cap > 1000 && this.terms.has(last))) return false
    return !v.original.includes(last)
  }

  /** The variable's expression matches the span (as Java's matches()), or a prefix of it that ends inside its last token (as find() at 0). */
  private accepts(index: number, str: string, start: number, end: number, lastTokenStart: number): boolean {
    const regex = this.regex(index)
    const raw = str.slice(start, end)
    const span = raw.trim()
    if (regex.test(span)) return true
    // separators (guideline 6.3) and characters that are not tokens (bullets, dashes, quotes) at the edges do not count
    const plain = span
      .replace(/([^\s\p{L}\p{N}])\1{2,}/gu, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[-*#_•·"'\s]+|[-*#_•·"'\s]+$/g, '')
    if (plain !== span && regex.test(plain)) return true
    if (lastTokenStart < 0) return false
    const prefix = this.prefix(index).exec(span)
    if (!prefix) return false
    const offset = raw.length - raw.trimStart().length
    return start + offset + prefix[0].length > lastTokenStart
  }

  private regex(index: number): RegExp {
    return (this.regexes[index] ??= new RegExp(`^(?:${this.template.vars[index]!.match})$`, 'is'))
  }

  private prefix(index: number): RegExp {
    return (this.prefixes[index] ??= new RegExp(`^(?:${this.template.vars[index]!.match})`, 'is'))
  }
}

/** Text positions reached, each with the fewest punctuation edits it took. */
type States = Map<number, number>

function add(states: States, position: number, cost: number): void {
  const known = states.get(position)
  if (known === undefined || cost < known) states.set(position, cost)
}
