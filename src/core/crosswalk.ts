/**
 * The crosswalk: which criteria of OSPS Baseline, the Best Practices Badge, the Standard for
 * Public Code and the CRA this run gives passing evidence for, and which remain to be shown by
 * other means. The criteria lists are in data/crosswalk.json; each check names its criteria in
 * `meta.crosswalk`.
 */
import data from '../../data/crosswalk.json' with { type: 'json' }
import type { Check, Crosswalk } from './types.js'
import type { CheckResult, SchemeCoverage } from './report.js'

export type SchemeId = keyof Crosswalk
export const SCHEMES: SchemeId[] = ['osps', 'bestPractices', 'publicCode', 'cra']
export const CROSSWALK_VERSION: string = data.version

export interface Criterion {
  id: string
  title: string
  level?: number | string
  /** Checks of ois-ready that will give evidence for it and are not built yet. */
  planned?: string[]
  /** Why no check of ois-ready gives evidence for it: it is shown by other means. */
  otherMeans?: string
}

export interface Scheme {
  name: string
  version: string
  url: string
  criteria: Criterion[]
}

export function scheme(id: SchemeId): Scheme {
  return data.schemes[id] as Scheme
}

export function crosswalkCoverage(results: readonly CheckResult[]): { version: string; schemes: SchemeCoverage[] } {
  return {
    version: CROSSWALK_VERSION,
    schemes: SCHEMES.map((id) => {
      const s = scheme(id)
      const passing = new Map<string, string[]>()
      const failing = new Map<string, string[]>()
      const unobserved = new Set<string>()
      for (const r of results) {
        for (const criterion of r.crosswalk[id] ?? []) {
          if (r.status === 'unknown') unobserved.add(criterion)
          const bucket = r.status === 'pass' ? passing : r.status === 'fail' || r.status === 'error' ? failing : undefined
          if (bucket) bucket.set(criterion, [...(bucket.get(criterion) ?? []), r.id])
        }
      }
      const known = s.criteria.map((c) => c.id)
      // a criterion is met only when no check that covers it fails or could not see what it needs
      const evidenced = known
        .filter((c) => passing.has(c) && !failing.has(c) && !unobserved.has(c))
        .map((c) => ({ id: c, checks: passing.get(c)! }))
      const failed = known.filter((c) => failing.has(c)).map((c) => ({ id: c, checks: failing.get(c)! }))
      return {
        scheme: id,
        name: s.name,
        version: s.version,
        criteria: known.length,
        evidenced,
        failing: failed,
        remaining: known.length - evidenced.length - failed.length,
      }
    }),
  }
}

/** Criteria named by checks that the data does not know: a bug in a check's metadata. */
export function unknownCriteria(checks: readonly Check[]): string[] {
  const out: string[] = []
  for (const c of checks) {
    for (const id of SCHEMES) {
      const known = new Set(scheme(id).criteria.map((x) => x.id))
      for (const criterion of c.meta.crosswalk[id] ?? []) if (!known.has(criterion)) out.push(`${c.meta.id}: ${id} ${criterion}`)
    }
  }
  return out
}

/**
 * A link that opens the project's Best Practices Badge form with the criteria this run showed
 * as met (the site's "automation proposals"; nothing is saved until the maintainer submits).
 */
export function bestPracticesProposalUrl(
  repositoryUrl: string,
  coverage: SchemeCoverage,
  results: readonly CheckResult[],
): string | undefined {
  const passingLevel = new Set(
    scheme('bestPractices')
      .criteria.filter((c) => c.level === 'passing')
      .map((c) => c.id),
  )
  const met = coverage.evidenced.filter((e) => passingLevel.has(e.id))
  if (met.length === 0) return undefined
  const params = new URLSearchParams({ as: 'edit', url: repositoryUrl })
  for (const e of met) {
    const messages = e.checks.map((id) => {
      const r = results.find((x) => x.id === id)
      return `ois-ready ${id}: ${r?.findings.find((f) => f.status === 'pass')?.message ?? 'passed'}`.slice(0, 200)
    })
    params.set(`${e.id}_status`, 'Met')
    params.set(`${e.id}_justification`, messages.join('; '))
  }
  return `https://www.bestpractices.dev/projects?${params.toString()}`
}

/** The badge app's name for an OSPS criterion: lowercased, `-` and `.` as `_` (`OSPS-AC-01.01` -> `osps_ac_01_01`). */
export function bestPracticesBaselineField(ospsId: string): string {
  return ospsId.toLowerCase().replace(/[-.]/g, '_')
}

/**
 * Links that open the project's Best Practices Badge baseline forms (`baseline-1`, `-2`, `-3`)
 * with what this run shows for the OSPS criteria each form holds (those whose lowest level is its
 * level): `Met` for criteria a check showed, `Unmet` for those whose checks failed, with the
 * checks' messages as justification. Criteria the run did not show are left out (the form keeps
 * the maintainer's answer); proposals fill only blank answers, and nothing is saved until the
 * maintainer submits (the badge app's "automation proposals").
 */
export function bestPracticesBaselineUrls(
  repositoryUrl: string,
  coverage: SchemeCoverage,
  results: readonly CheckResult[],
): { level: 1 | 2 | 3; url: string; met: number; unmet: number }[] {
  const levelOf = new Map(scheme('osps').criteria.map((c) => [c.id, c.level]))
  const justification = (checks: string[], status: 'pass' | 'fail') =>
    checks
      .map((id) => {
        const r = results.find((x) => x.id === id)
        const f = r?.findings.find((x) => x.status === status) ?? r?.findings[0]
        return `ois-ready ${id}: ${f?.message ?? (status === 'pass' ? 'passed' : 'failed')}`.slice(0, 200)
      })
      .join('; ')
  const out: { level: 1 | 2 | 3; url: string; met: number; unmet: number }[] = []
  for (const level of [1, 2, 3] as const) {
    const met = coverage.evidenced.filter((e) => levelOf.get(e.id) === level)
    const unmet = coverage.failing.filter((e) => levelOf.get(e.id) === level)
    if (met.length + unmet.length === 0) continue
    const params = new URLSearchParams({ as: 'edit', url: repositoryUrl, section: `baseline-${level}` })
    for (const e of met) {
      params.set(`${bestPracticesBaselineField(e.id)}_status`, 'Met')
      params.set(`${bestPracticesBaselineField(e.id)}_justification`, justification(e.checks, 'pass'))
    }
    for (const e of unmet) {
      params.set(`${bestPracticesBaselineField(e.id)}_status`, 'Unmet')
      params.set(`${bestPracticesBaselineField(e.id)}_justification`, justification(e.checks, 'fail'))
    }
    out.push({ level, url: `https://www.bestpractices.dev/projects?${params.toString()}`, met: met.length, unmet: unmet.length })
  }
  return out
}
