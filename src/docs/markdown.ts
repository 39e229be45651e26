/** The outline of a Markdown (or plain text / reStructuredText) document, with line numbers, from marked's lexer. */
import { Lexer, type Token, type Tokens } from 'marked'
import { MAX_NESTING } from '../core/nesting.js'

export interface Heading {
  depth: number
  text: string
  line: number
}

export interface Block {
  type: string
  text: string
  line: number
  /** Index of the heading this block is under (-1 before the first heading). */
  section: number
}

export interface Outline {
  headings: Heading[]
  /** Paragraphs, lists and other prose blocks (not code, not HTML). */
  blocks: Block[]
  /** Words of prose, outside code blocks, HTML and headings. */
  words: number
}

const PROSE = new Set(['paragraph', 'list', 'blockquote', 'text', 'table', 'html'])
/**
 * Documents are analysed up to this many characters: enough for any real README or policy,
 * and it bounds the time of the Markdown lexer and the patterns on adversarial input.
 */
export const MAX_ANALYSED_CHARS = 100_000

/** Several checks outline the same README: keep the last few outlines. */
const cache = new Map<string, Outline>()
const CACHE_SIZE = 16

export function outline(source: string): Outline {
  const cached = cache.get(source)
  if (cached) return cached
  const result = computeOutline(source)
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  cache.set(source, result)
  return result
}

function computeOutline(source: string): Outline {
  const text = boundMarkdownNesting(source.slice(0, MAX_ANALYSED_CHARS).replace(/\r\n?/g, '\n'))
  let tokens: Token[]
  try {
    tokens = new Lexer({ gfm: true }).lex(text)
  } catch {
    tokens = []
  }
  const headings: Heading[] = []
  const blocks: Block[] = []
  let line = 1
  let words = 0
  for (const token of tokens) {
    const leading = /^\n*/.exec(token.raw)?.[0].length ?? 0
    const at = line + leading
    if (token.type === 'heading') {
      headings.push({ depth: (token as Tokens.Heading).depth, text: plain((token as Tokens.Heading).text), line: at })
    } else if (PROSE.has(token.type) && !(token.type === 'html' && /^\s*<!--/.test(token.raw))) {
      // an HTML comment (a licence header, a generator's note) is not prose
      const prose = plain(token.raw)
      blocks.push({ type: token.type, text: prose, line: at, section: headings.length - 1 })
      words += countWords(prose)
    }
    line += (token.raw.match(/\n/g) ?? []).length
  }
  return { headings, blocks, words }
}

/**
 * Markdown with at most `max` container markers (`>`, `-`, `*`, `+`, `1.`) at the start of any
 * line. marked recurses once per container it opens: 1,600 of them on one line (a 6 KB README)
 * overflow its stack, and the document would read as empty. Markers beyond `max` are dropped,
 * the line's text is kept; nesting by indentation is bounded by the analysed length (some 300
 * levels in 100,000 characters), which marked reads. Linear: each marker is looked at once.
 */
export function boundMarkdownNesting(text: string, max = MAX_NESTING): string {
  let out: string | undefined
  let copied = 0
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    let at = start
    let count = 0
    let keepTo = -1
    for (;;) {
      let j = at
      while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++
      const c = text.charCodeAt(j)
      const spaceAfter = (k: number) => k < end && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)
      let next = -1
      if (c === 0x3e)
        next = j + 1 // >
      else if ((c === 0x2d || c === 0x2b || c === 0x2a) && spaceAfter(j + 1))
        next = j + 1 // - + *
      else if (c >= 0x30 && c <= 0x39) {
        let k = j
        while (k < end && k - j < 9 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++
        const d = text.charCodeAt(k)
        if ((d === 0x2e || d === 0x29) && spaceAfter(k + 1)) next = k + 1 // 1. 1)
      }
      if (next < 0) break
      if (++count === max) keepTo = next
      at = next
    }
    if (count > max) {
      out = (out ?? '') + text.slice(copied, keepTo) + text.slice(at, end)
      copied = end
    }
    start = end + 1
  }
  return out === undefined ? text : out + text.slice(copied)
}

/** Markdown markup stripped: links keep their text, images and HTML tags go. */
export function plain(markdown: string): string {
  // Character classes exclude the opening bracket too, so that no pattern rescans the text (linear time).
  return markdown
    .replace(/!\[[^[\]]*\]\([^()]*\)/g, ' ')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][\w-]*(\s[^<>]*)?\/?>/g, ' ')
    .replace(/[*_`#>|~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length
}

/** Line number (1-based) of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
