/**
 * REUSE tags in a file's text (REUSE spec 3.3, "Comment headers", "Snippets", "Ignore block",
 * "Format of Copyright Notices"). Tags count anywhere in the file, in any comment style, so the
 * text is scanned once with one alternation of fixed words; each hit reads the rest of its line.
 * No pattern is applied per line, so the time is linear in the size of the file.
 */

export interface TagValue {
  value: string
  /** 1-based line of the tag. */
  line: number
}

export interface ExtractedTags {
  copyrights: TagValue[]
  /** The raw values of SPDX-License-Identifier tags, comment endings removed. */
  expressions: TagValue[]
  /** Lines of SPDX-SnippetBegin without a matching SPDX-SnippetEnd, and of an SPDX-SnippetEnd that closes nothing. */
  unbalancedSnippets: { line: number; message: string }[]
}

// One scan for every word that matters; SPDX-FileCopyrightText is tried before the "Copyright" inside it.
const WORDS =
  /SPDX-(?:License-Identifier|FileCopyrightText|SnippetCopyrightText|SnippetBegin|SnippetEnd)|Copyright|\u00a9|REUSE-Ignore(?:Start|End)/g
/** The same words within one line (a second object: its lastIndex is its own). */
const LINE_WORDS = new RegExp(WORDS)

/**
 * Endings of multi-line comments and markup, removed from the end of a tag's value (as the
 * REUSE tool does): `*\/`, `-->`, `"/>`, `] ::`, ...
 */
const COMMENT_ENDINGS = ['*/', '-->', '--%>', '%>', '-}', '*)', '"""', "'''", ']]', '|#', '#}', '%}', '}}']

export function extractTags(text: string): ExtractedTags {
  const out: ExtractedTags = { copyrights: [], expressions: [], unbalancedSnippets: [] }
  let line = 1
  let counted = 0
  let ignoring = false
  const snippets: number[] = []
  const words = WORDS
  words.lastIndex = 0
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const at = m.index
    line += countNewlines(text, counted, at)
    counted = at
    // a line is read whole at its first word, and the scan goes on after it: linear however many tags a line has
    const end = lineEnd(text, at)
    words.lastIndex = end
    const lineText = text.slice(text.lastIndexOf('\n', at - 1) + 1, end)
    let events: readonly LineEvent[]
    if (!lineText.includes('REUSE-Ignore')) {
      if (ignoring) continue
      events = memoisedLine(lineText)
    } else ({ events, ignoring } = scanLine(lineText, ignoring))
    for (const e of events) {
      if (e.kind === 'copyright') out.copyrights.push({ value: e.value, line })
      else if (e.kind === 'expression') out.expressions.push({ value: e.value, line })
      else if (e.kind === 'begin') snippets.push(line)
      else if (snippets.pop() === undefined) out.unbalancedSnippets.push({ line, message: 'SPDX-SnippetEnd closes no SPDX-SnippetBegin' })
    }
  }
  for (const open of snippets) out.unbalancedSnippets.push({ line: open, message: 'SPDX-SnippetBegin is never closed by SPDX-SnippetEnd' })
  return out
}

type LineEvent = { kind: 'copyright' | 'expression'; value: string } | { kind: 'begin' | 'end' }

/**
 * What one line holds, given whether an ignore block is open where it starts, and whether one
 * is open where it ends. One expression and one notice per line, as the REUSE tool reads them
 * (each value runs to the end of the line, or to an ignore marker on it); values are detached
 * from the file's text.
 */
function scanLine(lineText: string, ignoring: boolean): { events: LineEvent[]; ignoring: boolean } {
  const events: LineEvent[] = []
  let copyrightFound = false
  let identifierFound = false
  let nextIgnore = lineText.indexOf('REUSE-IgnoreStart')
  const words = LINE_WORDS
  words.lastIndex = 0
  for (let m = words.exec(lineText); m; m = words.exec(lineText)) {
    const word = m[0]
    const at = m.index
    if (word === 'REUSE-IgnoreStart') ignoring = true
    else if (word === 'REUSE-IgnoreEnd') ignoring = false
    if (ignoring || word.startsWith('REUSE-Ignore')) continue
    if (nextIgnore !== -1 && nextIgnore < at) nextIgnore = lineText.indexOf('REUSE-IgnoreStart', at)
    const rest = lineText.slice(at + word.length, nextIgnore === -1 ? lineText.length : nextIgnore)
    if (word === 'SPDX-License-Identifier') {
      if (identifierFound) continue
      const value = identifierValue(lineText, at, rest)
      if (value !== undefined) {
        events.push({ kind: 'expression', value: detach(value) })
        identifierFound = true
      }
    } else if (word === 'SPDX-SnippetBegin') events.push({ kind: 'begin' })
    else if (word === 'SPDX-SnippetEnd') events.push({ kind: 'end' })
    else if (!copyrightFound) {
      const value = copyrightValue(word, rest)
      if (value !== undefined) {
        events.push({ kind: 'copyright', value: detach(value) })
        copyrightFound = true
      }
    }
  }
  return { events, ignoring }
}

/**
 * Most files of a project repeat the same few tag lines: what a line without ignore markers
 * holds is worked out once per distinct line (lines up to MEMO_LINE_CHARS long, at most
 * MEMO_LINES of them) and shared.
 */
const MEMO_LINES = 10_000
const MEMO_LINE_CHARS = 1000
const lineMemo = new Map<string, readonly LineEvent[]>()

function memoisedLine(lineText: string): readonly LineEvent[] {
  const known = lineMemo.get(lineText)
  if (known) return known
  const { events } = scanLine(lineText, false)
  if (lineText.length <= MEMO_LINE_CHARS && lineMemo.size < MEMO_LINES) lineMemo.set(detach(lineText), events)
  return events
}

/**
 * A copy of a value cut from a file's text. V8 keeps a slice pointing into the whole text,
 * so without the copy every file read would stay in memory as long as the value.
 */
export function detach(value: string): string {
  return (' ' + value).slice(1)
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from)
  const end = nl === -1 ? text.length : nl
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end
}

function stripEndings(value: string): string {
  let v = value.trimEnd()
  for (let changed = true; changed;) {
    changed = false
    for (const ending of COMMENT_ENDINGS) {
      if (v.endsWith(ending)) {
        v = v.slice(0, -ending.length).trimEnd()
        changed = true
      }
    }
    if (v.endsWith('>')) {
      // the end of a markup attribute: `" />`, `'>`
      let i = v.length - 1
      while (i > 0 && (v[i - 1] === '/' || v[i - 1] === ' ' || v[i - 1] === '\t')) i--
      if (v[i - 1] === '"' || v[i - 1] === "'") {
        v = v.slice(0, i - 1).trimEnd()
        changed = true
      }
    }
    if (v.endsWith('::') && v.slice(0, -2).trimEnd().endsWith(']')) {
      v = v.slice(0, -2).trimEnd().slice(0, -1).trimEnd()
      changed = true
    }
  }
  return v
}

/** `SPDX-License-Identifier:` then at least one space or tab, then the expression. */
function identifierValue(text: string, at: number, rest: string): string | undefined {
  if (!/^:[ \t]/.test(rest)) return undefined
  let value = stripEndings(rest.slice(1)).trim()
  // a framed comment ends its line with the mirror of its start: "/* ... *\/", "|* ... *|"
  const start = text.lastIndexOf('\n', at - 1) + 1
  const prefix = text.slice(start, at).trim()
  const mirror = [...prefix].reverse().join('')
  if (mirror && value.endsWith(mirror)) value = value.slice(0, -mirror.length).trim()
  return value
}

/**
 * A Copyright Notice: `SPDX-FileCopyrightText:` / `SPDX-SnippetCopyrightText:`, `Copyright`
 * (optionally followed by `(c)`), or `©`, then white space and the holder. "Copyright:" or
 * "copyrighted" are not notices.
 */
function copyrightValue(word: string, rest: string): string | undefined {
  let body: string
  if (word.startsWith('SPDX-')) {
    if (!rest.startsWith(':')) return undefined
    body = rest.slice(1)
  } else if (word === 'Copyright') {
    const c = /^\s?\([cC]\)/.exec(rest)
    body = c ? rest.slice(c[0].length) : rest
  } else {
    body = rest
  }
  if (!/^\s/.test(body)) return undefined
  const holder = stripEndings(body).trim()
  if (holder === '') return undefined
  return `${word}${rest.slice(0, rest.length - body.length)} ${holder}`.replace(/ +/g, ' ')
}
