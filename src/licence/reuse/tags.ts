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
  let copyrightLine = 0
  let identifierLine = 0
  let boundsLine = 0
  let end = 0
  let lineText = ''
  let marked = false
  const snippets: number[] = []
  let nextIgnore = text.indexOf('REUSE-IgnoreStart')
  const words = WORDS
  words.lastIndex = 0
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const word = m[0]
    const at = m.index
    line += countNewlines(text, counted, at)
    counted = at
    if (word === 'REUSE-IgnoreStart') {
      ignoring = true
      continue
    }
    if (word === 'REUSE-IgnoreEnd') {
      ignoring = false
      continue
    }
    if (ignoring) continue
    if (line !== boundsLine) {
      // the line's bounds, once per line: a long line with many tags stays linear
      boundsLine = line
      end = lineEnd(text, at)
      lineText = text.slice(text.lastIndexOf('\n', at - 1) + 1, end)
      marked = lineText.includes('REUSE-Ignore')
    }
    if (!marked) {
      // the common case, a line without ignore markers (so this is its first tag): read whole, once per distinct line
      for (const e of lineEvents(lineText)) {
        if (e.kind === 'copyright') out.copyrights.push({ value: e.value, line })
        else if (e.kind === 'expression') out.expressions.push({ value: e.value, line })
        else if (e.kind === 'begin') snippets.push(line)
        else if (snippets.pop() === undefined) out.unbalancedSnippets.push({ line, message: 'SPDX-SnippetEnd closes no SPDX-SnippetBegin' })
      }
      words.lastIndex = end
      continue
    }
    // the value stops at an ignore marker later on the same line (searched once per marker, not per tag)
    if (nextIgnore !== -1 && nextIgnore < at) nextIgnore = text.indexOf('REUSE-IgnoreStart', at)
    const rest = text.slice(at + word.length, nextIgnore !== -1 && nextIgnore < end ? nextIgnore : end)
    if (word === 'SPDX-License-Identifier') {
      if (identifierLine === line) continue
      const value = identifierValue(text, at, rest)
      if (value !== undefined) {
        out.expressions.push({ value: detach(value), line })
        identifierLine = line // one expression per line, as the REUSE tool reads them
      }
    } else if (word === 'SPDX-SnippetBegin') {
      snippets.push(line)
    } else if (word === 'SPDX-SnippetEnd') {
      if (snippets.pop() === undefined) out.unbalancedSnippets.push({ line, message: 'SPDX-SnippetEnd closes no SPDX-SnippetBegin' })
    } else if (copyrightLine !== line) {
      const value = copyrightValue(word, rest)
      if (value !== undefined) {
        out.copyrights.push({ value: detach(value), line })
        copyrightLine = line // one notice per line, as the REUSE tool reads them
      }
    }
  }
  for (const open of snippets) out.unbalancedSnippets.push({ line: open, message: 'SPDX-SnippetBegin is never closed by SPDX-SnippetEnd' })
  return out
}

type LineEvent = { kind: 'copyright' | 'expression'; value: string } | { kind: 'begin' | 'end' }

/**
 * Most files of a project repeat the same few tag lines: what a line without ignore markers
 * holds is worked out once per distinct line (lines up to MEMO_LINE_CHARS long, at most
 * MEMO_LINES of them) and shared, values already detached from the file's text.
 */
const MEMO_LINES = 10_000
const MEMO_LINE_CHARS = 1000
const lineMemo = new Map<string, readonly LineEvent[]>()

function lineEvents(lineText: string): readonly LineEvent[] {
  const known = lineMemo.get(lineText)
  if (known) return known
  const events: LineEvent[] = []
  let copyrightFound = false
  // one expression and one notice per line: each value runs to the end of the line, so more would cost time quadratic in its length
  let identifierFound = false
  const words = LINE_WORDS
  words.lastIndex = 0
  for (let m = words.exec(lineText); m; m = words.exec(lineText)) {
    const word = m[0]
    const rest = lineText.slice(m.index + word.length)
    if (word === 'SPDX-License-Identifier') {
      if (identifierFound) continue
      const value = identifierValue(lineText, m.index, rest)
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
