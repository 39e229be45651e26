/**
 * REUSE.toml (REUSE spec 3.3): `version = 1` and `[[annotations]]` tables of `path` globs,
 * `precedence` (closest, aggregate, override), `SPDX-FileCopyrightText` and
 * `SPDX-License-Identifier`. Problems are returned with their line, never thrown.
 */
import { parseToml } from '../../core/toml-source.js'
import { compileTomlGlob, matchesEverything, type TomlGlob } from './globs.js'

export type Precedence = 'closest' | 'aggregate' | 'override'

export interface Annotation {
  /** 1-based line of the `[[annotations]]` header. */
  line: number
  globs: TomlGlob[]
  precedence: Precedence
  copyrights: string[]
  expressions: string[]
}

export interface ReuseToml {
  /** Path of the REUSE.toml file. */
  path: string
  /** Its folder ('' for the root), to which the globs are relative. */
  folder: string
  annotations: Annotation[]
}

export interface TomlProblem {
  path: string
  line: number
  message: string
  /** A warning is shown but does not make the project non-compliant. */
  warning?: boolean
}

/** More tables than this are not read: real files have a handful, and each costs a match per file. */
export const MAX_ANNOTATIONS = 1000
const PRECEDENCES = new Set<string>(['closest', 'aggregate', 'override'])

export function parseReuseToml(path: string, text: string): { toml?: ReuseToml; problems: TomlProblem[] } {
  const problems: TomlProblem[] = []
  const read = parseToml(text)
  if (!read.ok) {
    const line = read.line ?? 1
    return { problems: [{ path, line, message: `${path}:${line}: invalid TOML: ${read.message}; the file was not applied` }] }
  }
  const doc = read.value
  if (doc.version !== 1) {
    const line = lineOf(text, /^\s*version\s*=/m) ?? 1
    const got = doc.version === undefined ? 'no version' : `version ${tomlText(doc.version)}`
    return { problems: [{ path, line, message: `${path}:${line}: ${got}; REUSE.toml must say version = 1; the file was not applied` }] }
  }
  const headers = tableLines(text)
  const tables = Array.isArray(doc.annotations) ? (doc.annotations as unknown[]) : []
  if (doc.annotations !== undefined && !Array.isArray(doc.annotations)) {
    problems.push({ path, line: 1, message: `${path}:1: annotations must be [[annotations]] tables` })
  }
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
  const annotations: Annotation[] = []
  for (const [i, raw] of tables.slice(0, MAX_ANNOTATIONS).entries()) {
    const line = headers[i] ?? 1
    const annotation = readAnnotation(path, line, raw, problems)
    if (annotation) annotations.push(annotation)
  }
  if (tables.length > MAX_ANNOTATIONS) {
    problems.push({
      path,
      line: headers[MAX_ANNOTATIONS] ?? 1,
      message: `${path}: more than ${MAX_ANNOTATIONS} [[annotations]]; the rest were not applied`,
    })
  }
  return { toml: { path, folder, annotations }, problems }
}

function readAnnotation(path: string, line: number, raw: unknown, problems: TomlProblem[]): Annotation | undefined {
  const at = `${path}:${line}`
  if (!raw || typeof raw !== 'object') return undefined
  const table = raw as Record<string, unknown>
  const paths = strings(table.path)
  if (!paths || paths.length === 0) {
    problems.push({ path, line, message: `${at}: [[annotations]] needs path, a string or a list of strings; the table was not applied` })
    return undefined
  }
  const precedence = table.precedence ?? 'closest'
  if (typeof precedence !== 'string' || !PRECEDENCES.has(precedence)) {
    problems.push({
      path,
      line,
      message: `${at}: precedence ${tomlText(precedence)} is not closest, aggregate or override; the table was not applied`,
    })
    return undefined
  }
  const copyrights = strings(table['SPDX-FileCopyrightText'])
  const expressions = strings(table['SPDX-License-Identifier'])
  for (const [key, value] of [
    ['SPDX-FileCopyrightText', copyrights],
    ['SPDX-License-Identifier', expressions],
  ] as const) {
    if (value === undefined) problems.push({ path, line, message: `${at}: ${key} must be a string or a list of strings` })
  }
  const globs: TomlGlob[] = []
  for (const p of paths) {
    if (p.startsWith('/') || p === '..' || p.startsWith('../') || p.includes('/../')) {
      problems.push({ path, line, message: `${at}: path "${p}" points outside the folder of ${path}; it was not applied` })
      continue
    }
    const glob = compileTomlGlob(p)
    if (matchesEverything(glob) && precedence === 'override') {
      problems.push({
        path,
        line,
        warning: true,
        message: `${at}: path "${p}" with precedence override matches every file under ${path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : 'the root'} and replaces the information in all of them`,
      })
    }
    globs.push(glob)
  }
  return {
    line,
    globs,
    precedence: precedence as Precedence,
    copyrights: (copyrights ?? []).map((c) => c.trim()).filter(Boolean),
    expressions: expressions ?? [],
  }
}

/** A value as TOML writes it, briefly: JSON.stringify would show inf and nan as null. */
function tomlText(value: unknown): string {
  if (typeof value === 'number')
    return Number.isNaN(value) ? 'nan' : value === Infinity ? 'inf' : value === -Infinity ? '-inf' : String(value)
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 100 ? `${text.slice(0, 100)}…` : text
}

/** A string or a list of strings; undefined when it is something else, [] when absent. */
function strings(value: unknown): string[] | undefined {
  if (value === undefined) return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  return undefined
}

function tableLines(text: string): number[] {
  const lines: number[] = []
  let line = 1
  for (const row of text.split('\n')) {
    if (/^\s*\[\[\s*annotations\s*\]\]/.test(row)) lines.push(line)
    line++
  }
  return lines
}

function lineOf(text: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(text)
  return m ? text.slice(0, m.index).split('\n').length : undefined
}

/** The last table of one REUSE.toml that covers `path` (a path relative to the repository root). */
export function annotationFor(toml: ReuseToml, path: string): Annotation | undefined {
  const relative = toml.folder === '' ? path : path.startsWith(`${toml.folder}/`) ? path.slice(toml.folder.length + 1) : undefined
  if (relative === undefined) return undefined
  for (let i = toml.annotations.length - 1; i >= 0; i--) {
    const a = toml.annotations[i]!
    if (a.globs.some((g) => g.matches(relative))) return a
  }
  return undefined
}
