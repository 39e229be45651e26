/**
 * `ois-ready catalogue query`: filters an index.jsonl by level, licence (usable under, SPDX
 * semantics; or a licence id named anywhere in the expression), checks, family, validity and text.
 */
import { AWARDED_LEVELS } from '../core/levels.js'
import { readFileSync } from 'node:fs'
import parseSpdx, { type Node } from 'spdx-expression-parse'
import satisfies from 'spdx-satisfies'
import { UsageError } from '../core/errors.js'
import { registry } from '../pipeline/registry.js'
import type { CatalogueRecord } from './record.js'
import { printable } from '../core/printable.js'

export interface QueryOptions {
  minLevel?: number
  licence?: string
  /** A licence id the expression names anywhere (`GPL-3.0-or-later` finds `Apache-2.0 AND CC0-1.0 AND GPL-3.0-or-later`). */
  licenceId?: string
  check?: string[]
  family?: string
  validAt?: Date
  text?: string
}

export function loadIndex(path: string): CatalogueRecord[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new UsageError(`index ${path} does not exist (build it with ois-ready catalogue build)`)
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line, i) => {
      try {
        return JSON.parse(line) as CatalogueRecord
      } catch {
        throw new UsageError(`${path}:${i + 1} is not a JSON record`)
      }
    })
}

/**
 * Whether a licence expression is small enough to evaluate. spdx-satisfies expands an AND of
 * ORs into every combination (20 ORs took 10 s, 30 would take hours), and a catalogue evaluates
 * what signers wrote; real expressions name a few licences. A larger one is usable under none.
 */
export function evaluable(expression: string): boolean {
  return expression.length <= 1000 && (expression.match(/\bOR\b/gi)?.length ?? 0) <= 10
}

/**
 * Whether a project under `expression` can be used under one of `licences` (SPDX semantics:
 * an OR needs one branch, an AND all). A licence exception (WITH) only adds permissions, so
 * `Apache-2.0 WITH LLVM-exception` is usable under Apache-2.0.
 */
export function usableUnder(expression: string | undefined, licences: string[]): boolean {
  if (!expression || !evaluable(expression)) return false
  const plain = expression.replace(/\s+WITH\s+[A-Za-z0-9.+-]+/gi, '')
  try {
    return satisfies(plain, licences)
  } catch {
    return false
  }
}

/**
 * The licence ids an expression names, anywhere in it, in order and once each: operators and
 * exceptions (WITH …) are not licences. An expression that is not valid SPDX gives the words
 * that look like ids, so a catalogue can still find what a signer wrote.
 */
export function licenceIds(expression: string | undefined): string[] {
  if (!expression) return []
  const ids: string[] = []
  try {
    if (expression.length > 1000) throw new Error('too long to parse')
    const walk = (n: Node) => {
      if ('license' in n) ids.push(`${n.license}${n.plus ? '+' : ''}`)
      else {
        walk(n.left)
        walk(n.right)
      }
    }
    walk(parseSpdx(expression.replace(/\s(or|and|with)\s/gi, (m) => m.toUpperCase())))
  } catch {
    const words = expression.slice(0, 1000).replace(/\s+WITH\s+[A-Za-z0-9.+-]+/gi, ' ')
    for (const [w] of words.matchAll(/[A-Za-z0-9][A-Za-z0-9.+:-]*/g)) if (!/^(AND|OR|WITH)$/i.test(w)) ids.push(w)
  }
  // once each, as first written (ids are case-insensitive)
  const seen = new Set<string>()
  return ids.filter((id) => !seen.has(id.toLowerCase()) && seen.add(id.toLowerCase()))
}

/** A licence id as given to --licence-id: one SPDX id or LicenseRef, no operator. */
function licenceIdArgument(id: string): string {
  const trimmed = id.trim()
  if (!/^[A-Za-z0-9][A-Za-z0-9.+:-]*$/.test(trimmed) || /^(AND|OR|WITH)$/i.test(trimmed))
    throw new UsageError(`--licence-id ${id} is not one licence id (e.g. GPL-3.0-or-later); for an expression use --licence`)
  return trimmed.toLowerCase()
}

/** The licences a query accepts: `MIT OR Apache-2.0` accepts either; a single id accepts itself. */
function acceptedLicences(query: string): string[] {
  let node: Node
  try {
    // SPDX operators are case-insensitive in practice; ids are not
    node = parseSpdx(query.replace(/\s(or|and|with)\s/gi, (m) => m.toUpperCase()))
  } catch {
    throw new UsageError(`--licence ${query} is not a valid SPDX expression`)
  }
  const out: string[] = []
  const walk = (n: Node) => {
    if ('license' in n) out.push(`${n.license}${n.plus ? '+' : ''}${n.exception ? ` WITH ${n.exception}` : ''}`)
    else {
      if (n.conjunction === 'and')
        throw new UsageError(`--licence ${query}: give licences joined by OR (a project matches when it can be used under one of them)`)
      walk(n.left)
      walk(n.right)
    }
  }
  walk(node)
  return out
}

export function makeFilter(options: QueryOptions): (r: CatalogueRecord) => boolean {
  const licences = options.licence ? acceptedLicences(options.licence) : undefined
  const licenceId = options.licenceId !== undefined ? licenceIdArgument(options.licenceId) : undefined
  // a family is judged on the checks of the levels this version awards (level 3's run and report, but are not yet complete)
  const familyChecks = options.family
    ? registry.filter((c) => c.meta.family === options.family && AWARDED_LEVELS.includes(c.meta.level)).map((c) => c.meta.id)
    : undefined
  if (options.family && familyChecks!.length === 0)
    throw new UsageError(`--family ${options.family} is not a check family (licence, sbom, standards, docs, security)`)
  const words = options.text?.toLowerCase().split(/\s+/).filter(Boolean) ?? []
  const at = options.validAt?.getTime()
  const usableCache = new Map<string, boolean>()
  return (r) => {
    if (options.minLevel !== undefined && r.level < options.minLevel) return false
    if (licences) {
      // catalogues hold few distinct expressions: decide each once
      const key = r.licence ?? ''
      let usable = usableCache.get(key)
      if (usable === undefined) usableCache.set(key, (usable = usableUnder(r.licence, licences)))
      if (!usable) return false
    }
    if (licenceId !== undefined && !licenceIds(r.licence).some((id) => id.toLowerCase() === licenceId)) return false
    const satisfied = new Set(r.checks.filter((c) => c.satisfied).map((c) => c.id))
    if (options.check?.some((id) => !satisfied.has(id))) return false
    if (familyChecks) {
      const ofFamily = r.checks.filter((c) => familyChecks.includes(c.id))
      if (ofFamily.length === 0 || !ofFamily.every((c) => c.satisfied)) return false
    }
    if (at !== undefined && (Date.parse(r.validUntil) < at || Date.parse(r.issuedAt) > at)) return false
    if (words.length) {
      const haystack =
        `${r.repository} ${r.licence ?? ''} ${projectWords(r)} ${r.passed.join(' ')} ${r.exemptions.map((e) => e.reason).join(' ')}`.toLowerCase()
      if (!words.every((w) => haystack.includes(w))) return false
    }
    return true
  }
}

/** The project's name, description, organisation and languages, for text search. */
export function projectWords(r: CatalogueRecord): string {
  const p = r.project
  return p ? [p.name, p.description, p.organisation, ...(p.languages ?? [])].filter(Boolean).join(' ') : ''
}

export function query(records: CatalogueRecord[], options: QueryOptions): CatalogueRecord[] {
  return records.filter(makeFilter(options))
}

const csvCell = (v: string | number | boolean) => {
  const s = String(v)
  // a leading = + - @ would be a formula in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function renderQuery(records: CatalogueRecord[], format: 'table' | 'json' | 'csv'): string {
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`
  const rows = records.map((r) => ({
    repository: format === 'table' ? printable(r.repository) : r.repository,
    level: r.level,
    licence: format === 'table' ? printable(r.licence ?? '') : (r.licence ?? ''),
    passed: r.passed.length,
    checks: r.checks.length,
    validUntil: r.validUntil.slice(0, 10),
    expired: r.expired,
  }))
  if (format === 'csv') {
    const header = 'repository,level,licence,passed,checks,valid_until,expired'
    return `${[header, ...rows.map((r) => [r.repository, r.level, r.licence, r.passed, r.checks, r.validUntil, r.expired].map(csvCell).join(','))].join('\n')}\n`
  }
  const width = Math.max(10, ...rows.map((r) => r.repository.length))
  const lines = [`${'repository'.padEnd(width)}  L  ${'licence'.padEnd(20)}  passed  valid until`]
  for (const r of rows)
    lines.push(
      `${r.repository.padEnd(width)}  ${r.level}  ${r.licence.slice(0, 20).padEnd(20)}  ${`${r.passed}/${r.checks}`.padEnd(6)}  ${r.validUntil}${r.expired ? ' (expired)' : ''}`,
    )
  lines.push(`${rows.length} project(s)`)
  return `${lines.join('\n')}\n`
}
