/**
 * Policy documents recognised by structure: a section whose heading names the subject (or a
 * whole file whose name does), the topics its text covers, and how long ago it last changed.
 * A file name alone proves nothing: a THREAT_MODEL.md that is a stub has no topics.
 */
import type { GitFacts } from '../core/git-facts.js'
import { ageInMonths, lastChange } from '../core/file-history.js'
import type { Snapshot } from '../core/snapshot.js'
import { links } from './doc-files.js'
import { MAX_ANALYSED_CHARS, plain } from './markdown.js'
import { documentOutline } from './outline.js'

export interface PolicySection {
  path: string
  /** The heading as written; the file's own name when the whole file is the document. */
  heading: string
  line: number
  /** The section's text, its sub-sections included (the whole file for a file named for the subject). */
  text: string
  wholeFile: boolean
}

export interface Topic {
  name: string
  pattern: RegExp
}

/** Documents are looked for among at most this many files whose names speak of the subject. */
const MAX_NAMED_FILES = 20
const DOC_FILE = /\.(md|markdown|rst|txt|adoc|asciidoc|org)$|(^|\/)[A-Z_-]+$/i

/**
 * Sections about a subject: every file whose path `fileName` matches (the whole file), then in
 * the `documents` given (in order) each section whose heading `heading` matches.
 */
export async function policySections(
  repo: Snapshot,
  { fileName, documents, heading }: { fileName?: RegExp; documents: readonly string[]; heading: RegExp },
): Promise<PolicySection[]> {
  const found: PolicySection[] = []
  const named = fileName ? repo.files.filter((f) => DOC_FILE.test(f.path) && fileName.test(f.path)).slice(0, MAX_NAMED_FILES) : []
  for (const entry of named) {
    const read = await repo.readText(entry.path)
    if (!read.ok) continue
    found.push({
      path: entry.path,
      heading: entry.path.replace(/^.*\//, ''),
      line: 1,
      text: read.text.slice(0, MAX_ANALYSED_CHARS),
      wholeFile: true,
    })
  }
  const seen = new Set(named.map((e) => e.path))
  for (const candidate of documents) {
    const entry = repo.find([candidate])
    if (!entry || seen.has(entry.path)) continue
    seen.add(entry.path)
    const read = await repo.readText(entry.path)
    if (!read.ok) continue
    const text = read.text.slice(0, MAX_ANALYSED_CHARS).replace(/\r\n?/g, '\n')
    const lines = text.split('\n')
    const outline = await documentOutline(entry.path, text)
    outline.headings.forEach((h, i) => {
      if (!heading.test(h.text)) return
      // a sub-section of a section already taken is part of it
      const parent = found.find(
        (s) => s.path === entry.path && !s.wholeFile && s.line < h.line && h.line < s.line + s.text.split('\n').length,
      )
      if (parent) return
      const next = outline.headings.slice(i + 1).find((x) => x.depth <= h.depth)
      const body = lines.slice(h.line, next ? next.line - 1 : lines.length).join('\n')
      found.push({ path: entry.path, heading: h.text, line: h.line, text: body, wholeFile: false })
    })
  }
  return found
}

/** Which topics a text covers, in the order given. */
export function topicsIn(text: string, topics: readonly Topic[]): { found: string[]; missing: string[] } {
  const prose = plain(text)
  const found = topics.filter((t) => t.pattern.test(prose)).map((t) => t.name)
  return { found, missing: topics.map((t) => t.name).filter((n) => !found.includes(n)) }
}

/** Addresses on other hosts that a section points to (what it may hold instead of the text itself). */
export function externalLinks(text: string): string[] {
  return [...new Set(links(text).map((l) => l.target))].filter((t) => /^https?:\/\//i.test(t))
}

/** Words a section has, outside its links' addresses. */
export function proseWords(text: string): number {
  return plain(text)
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/**
 * What the message says about the document's age: when it last changed and, past `maxMonths`,
 * that it may no longer describe the project; or why its age cannot be read. `git` is a getter:
 * the run's git facts throw when the history could not be read.
 */
export async function ageNote(repo: Snapshot, git: () => GitFacts, path: string, now: Date, maxMonths: number): Promise<string> {
  // the history is read only for the age: when git cannot read it, the document still counts
  let facts: GitFacts
  try {
    facts = git()
  } catch {
    return 'its age cannot be read: the git history could not be read'
  }
  const change = await lastChange(repo, facts, path)
  if (!change.known) return `its age cannot be read: ${change.reason}`
  const months = ageInMonths(change.date, now)
  const day = change.date.slice(0, 10)
  return months > maxMonths
    ? `last changed ${day}, ${months} months ago: older than ${maxMonths} months, review that it still describes the project`
    : `last changed ${day}`
}

/** A statement of a document: a sentence, a list item or a table row, as plain text, with its line. */
export interface Statement {
  text: string
  line: number
}

/** The text under one heading (up to the next heading of any depth), with the headings above it. */
export interface DocumentBlock {
  path: string
  /** The headings it is under, outermost first, its own last; empty before the first heading. */
  headings: string[]
  line: number
  statements: Statement[]
}

/** Statements of a Markdown-like text whose first line is `firstLine`: table rows and list items alone, paragraphs by sentence. */
export function statementsOf(text: string, firstLine: number): Statement[] {
  const out: Statement[] = []
  let paragraph: string[] = []
  let starts: number[] = []
  const flush = (): void => {
    if (paragraph.length === 0) return
    const joined = paragraph.join(' ')
    // each sentence's line: where it starts in the joined paragraph
    const offsets: number[] = []
    paragraph.reduce((at, l) => (offsets.push(at), at + l.length + 1), 0)
    let from = 0
    for (const sentence of joined.split(/(?<=[.!?;])\s+(?=[A-Z0-9*_`[(])/)) {
      const at = joined.indexOf(sentence, from)
      from = at + sentence.length
      const t = plain(sentence)
      let i = offsets.length - 1
      while (i > 0 && offsets[i]! > at) i--
      if (t) out.push({ text: t, line: starts[i]! })
    }
    paragraph = []
    starts = []
  }
  // a fenced code block is an example (commands, output), not a statement
  let fence: string | undefined
  text.split('\n').forEach((raw, i) => {
    const line = firstLine + i
    const trimmed = raw.trim()
    const marker = /^(`{3,}|~{3,})/.exec(trimmed)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && trimmed.slice(marker.length).trim() === '') fence = undefined
      return
    }
    if (marker) {
      flush()
      fence = marker
      return
    }
    if (trimmed === '') return flush()
    if (/^\|/.test(trimmed)) {
      flush()
      // a table's separator row says nothing
      if (!/^\|[\s|:-]+\|?$/.test(trimmed))
        out.push({
          text: trimmed
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((cell) => plain(cell))
            .filter(Boolean)
            .join(' | '),
          line,
        })
      return
    }
    const item = /^([-*+]|\d+[.)])\s+/.exec(trimmed)
    if (item) flush()
    paragraph.push(item ? trimmed.slice(item[0].length) : trimmed)
    starts.push(line)
  })
  flush()
  return out
}

/**
 * The blocks of the documents given (in order; those that exist and can be read) and of at most
 * MAX_NAMED_FILES documents whose path `fileName` matches: each heading's own text, with the
 * headings above it, so that a statement is read with what its section is about.
 */
export async function documentBlocks(
  repo: Snapshot,
  { fileName, documents }: { fileName?: RegExp; documents: readonly string[] },
): Promise<DocumentBlock[]> {
  const paths: string[] = []
  if (fileName)
    for (const f of repo.files) if (DOC_FILE.test(f.path) && fileName.test(f.path) && paths.length < MAX_NAMED_FILES) paths.push(f.path)
  for (const candidate of documents) {
    const entry = repo.find([candidate])
    if (entry && !paths.includes(entry.path)) paths.push(entry.path)
  }
  const blocks: DocumentBlock[] = []
  for (const path of paths) {
    const read = await repo.readText(path)
    if (!read.ok) continue
    const text = read.text.slice(0, MAX_ANALYSED_CHARS).replace(/\r\n?/g, '\n')
    const lines = text.split('\n')
    const { headings } = await documentOutline(path, text)
    const chain: { depth: number; text: string }[] = []
    const first = headings[0]?.line ?? lines.length + 1
    if (first > 1) blocks.push({ path, headings: [], line: 1, statements: statementsOf(lines.slice(0, first - 1).join('\n'), 1) })
    headings.forEach((h, i) => {
      while (chain.length > 0 && chain[chain.length - 1]!.depth >= h.depth) chain.pop()
      chain.push({ depth: h.depth, text: h.text })
      const end = headings[i + 1]?.line ?? lines.length + 1
      blocks.push({
        path,
        headings: chain.map((c) => c.text),
        line: h.line,
        statements: statementsOf(lines.slice(h.line, end - 1).join('\n'), h.line + 1),
      })
    })
  }
  return blocks
}
