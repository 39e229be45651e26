/**
 * An advisory's severity: the highest base score of its CVSS v4.0 or v3.x vectors (ae-cvss-calculator,
 * which implements FIRST's specifications), otherwise the database's own word (GitHub's
 * `database_specific.severity`: LOW, MODERATE, HIGH, CRITICAL), otherwise unknown.
 */
import * as cvssModule from 'ae-cvss-calculator'
import type { OsvRecord } from './osv.js'

export type SeverityLevel = 'critical' | 'high' | 'medium' | 'low' | 'unknown'

export const SEVERITY_ORDER: SeverityLevel[] = ['critical', 'high', 'medium', 'low', 'unknown']

export interface Severity {
  level: SeverityLevel
  /** CVSS base score, when a vector gave one. */
  score?: number
  /** The vector scored, or where the level came from. */
  source: string
}

// the package is a UMD bundle: its functions are on the default export under ESM, named under CommonJS
const cvss = ((cvssModule as unknown as { default?: typeof cvssModule }).default ?? cvssModule) as {
  fromVector: (vector: string) => { calculateScores(): { base?: number } } | null
}

/** CVSS qualitative rating (v3.x and v4.0 share it). */
export function ratingOf(score: number): SeverityLevel {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'unknown'
}

/** The base score of a CVSS v3.x or v4.0 vector, or undefined when it is not one or not valid. */
export function cvssScore(vector: string): number | undefined {
  if (!/^CVSS:(3\.[01]|4\.0)\//.test(vector)) return undefined
  try {
    const base = cvss.fromVector(vector)?.calculateScores().base
    return typeof base === 'number' && Number.isFinite(base) ? base : undefined
  } catch {
    return undefined
  }
}

const WORDS: Record<string, SeverityLevel> = { critical: 'critical', high: 'high', moderate: 'medium', medium: 'medium', low: 'low' }

export function severityOf(record: OsvRecord): Severity {
  let best: Severity | undefined
  for (const s of record.severity ?? []) {
    if (s.type !== 'CVSS_V3' && s.type !== 'CVSS_V4') continue
    const score = cvssScore(s.score)
    if (score !== undefined && (best?.score === undefined || score > best.score)) best = { level: ratingOf(score), score, source: s.score }
  }
  if (best) return best
  const words = [
    record.database_specific?.severity,
    ...(record.affected ?? []).map((a) => a.ecosystem_specific?.severity ?? a.database_specific?.severity),
  ]
  for (const w of words) {
    const level = typeof w === 'string' ? WORDS[w.toLowerCase()] : undefined
    if (level) return { level, source: `database severity ${String(w)}` }
  }
  return { level: 'unknown', source: 'no CVSS vector or database severity' }
}

/** The higher of two severities (critical first). */
export const higher = (a: Severity, b: Severity): Severity =>
  SEVERITY_ORDER.indexOf(a.level) <= SEVERITY_ORDER.indexOf(b.level) ? (a.level === b.level && (b.score ?? 0) > (a.score ?? 0) ? b : a) : b
