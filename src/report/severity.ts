/**
 * How loud a finding is, the same in SARIF, annotations and the summary: it follows what the run
 * requires (fail-on), not the check alone.
 */
import type { CheckResult, Report } from '../core/report.js'
import type { Finding } from '../core/types.js'

/** SARIF's result levels; annotations map them to ::error, ::warning and ::notice. */
export type Severity = 'error' | 'warning' | 'note'

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

/** The check stands between the repository and the level fail-on requires (it is of that level or below and not satisfied). */
export function blocksRequired(report: Pick<Report, 'policy'>, check: Pick<CheckResult, 'level' | 'satisfied'>): boolean {
  const required = report.policy.failOn
  return required !== 'none' && check.level <= required && !check.satisfied
}

/**
 * The severity of a finding, or undefined when it is not reported (a plain pass, not applicable):
 * - a failure (or an error of the check) is an `error` when its check blocks the required level,
 *   a `warning` when it only blocks a higher level (or nothing is required, or it is exempted);
 * - what could not be checked (`unknown`) is a `warning` when its check blocks the required level
 *   (the step fails on it), a `note` otherwise: it is not a defect of the repository;
 * - a warning on a finding that passes is a `note`.
 */
export function findingSeverity(
  report: Pick<Report, 'policy'>,
  check: Pick<CheckResult, 'level' | 'satisfied'>,
  finding: Pick<Finding, 'status' | 'severity'>,
): Severity | undefined {
  const blocking = blocksRequired(report, check)
  if (finding.status === 'fail' || finding.status === 'error') return blocking ? 'error' : 'warning'
  if (finding.status === 'unknown') return blocking ? 'warning' : 'note'
  if (finding.severity === 'warning') return 'note'
  return undefined
}

/** The levels this version can award: those it awards at all and that have checks of their own (reports before 1.5.0 have no `awardable`). */
export function awardableLevels(report: Pick<Report, 'levels'>): number {
  return report.levels.filter((l) => l.checks > 0 && l.awardable !== false).length
}

/** "level 1 (of the 3 levels this version can award)". */
export function levelPhrase(report: Pick<Report, 'level' | 'levels'>): string {
  const m = awardableLevels(report)
  return `level ${report.level} (of the ${m} level${m === 1 ? '' : 's'} this version can award)`
}
