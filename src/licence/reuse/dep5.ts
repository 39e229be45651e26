/**
 * `.reuse/dep5` (deprecated since REUSE 3.2): a machine-readable Debian copyright file
 * (format 1.0). A header paragraph with `Format:`, then paragraphs of `Files:` (globs,
 * space-separated), `Copyright:` (one notice per line) and `License:` (an SPDX expression on
 * its first line). The last paragraph that matches a file applies to it.
 */
import { compileDep5Glob, type TomlGlob } from './globs.js'

export interface Dep5Paragraph {
  line: number
  globs: TomlGlob[]
  copyrights: string[]
  expression?: string
}

export interface Dep5 {
  paragraphs: Dep5Paragraph[]
}

export interface Dep5Problem {
  line: number
  message: string
}

export const DEP5_PATH = '.reuse/dep5'

interface RawParagraph {
  line: number
  fields: Map<string, { value: string; line: number }>
}

export function parseDep5(text: string): { dep5?: Dep5; problems: Dep5Problem[] } {
  const problems: Dep5Problem[] = []
  const raw = paragraphs(text, problems)
  if (problems.length) return { problems }
  const header = raw[0]
  if (!header || !header.fields.has('format')) {
    return {
      problems: [
        { line: header?.line ?? 1, message: 'the first paragraph has no Format: field; this is not a machine-readable copyright file' },
      ],
    }
  }
  const out: Dep5Paragraph[] = []
  for (const p of raw.slice(1)) {
    const files = p.fields.get('files')
    if (!files) {
      if (!p.fields.has('license')) problems.push({ line: p.line, message: 'a paragraph without Files: or License:' })
      continue // a stand-alone licence paragraph
    }
    const copyright = p.fields.get('copyright')
    const licence = p.fields.get('license')
    if (!copyright) problems.push({ line: p.line, message: 'a Files: paragraph without Copyright:' })
    if (!licence) problems.push({ line: p.line, message: 'a Files: paragraph without License:' })
    out.push({
      line: p.line,
      globs: files.value.split(/\s+/).filter(Boolean).map(compileDep5Glob),
      copyrights: (copyright?.value ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && l !== '.'),
      ...(licence ? { expression: licence.value.split('\n')[0]!.trim() } : {}),
    })
  }
  return { dep5: { paragraphs: out }, problems }
}

function paragraphs(text: string, problems: Dep5Problem[]): RawParagraph[] {
  const out: RawParagraph[] = []
  let current: RawParagraph | undefined
  let last: { value: string; line: number } | undefined
  const rows = text.split('\n')
  for (const [i, row0] of rows.entries()) {
    const row = row0.endsWith('\r') ? row0.slice(0, -1) : row0
    const line = i + 1
    if (row.trim() === '') {
      current = undefined
      last = undefined
      continue
    }
    if (row.startsWith('#')) continue
    if (/^[ \t]/.test(row)) {
      if (!last) {
        problems.push({ line, message: 'a continuation line without a field before it' })
        return out
      }
      last.value += `\n${row.trim()}`
      continue
    }
    const colon = row.indexOf(':')
    if (colon <= 0) {
      problems.push({ line, message: `"${row.slice(0, 60)}" is not a "Field: value" line` })
      return out
    }
    if (!current) {
      current = { line, fields: new Map() }
      out.push(current)
    }
    last = { value: row.slice(colon + 1).trim(), line }
    current.fields.set(row.slice(0, colon).trim().toLowerCase(), last)
  }
  return out
}

/** The paragraph that applies to `path`: the last one whose Files match it. */
export function dep5ParagraphFor(dep5: Dep5, path: string): Dep5Paragraph | undefined {
  for (let i = dep5.paragraphs.length - 1; i >= 0; i--) {
    const p = dep5.paragraphs[i]!
    if (p.globs.some((g) => g.matches(path))) return p
  }
  return undefined
}
