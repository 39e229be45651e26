/** Levels (DESIGN.md): level N is reached when every check of level <= N is satisfied. */
import type { CheckStatus, Finding, Level } from './types.js'
import type { CheckResult, FailOn, LevelResult } from './report.js'

export const LEVELS: Level[] = [1, 2, 3]

/**
 * The levels this version awards: all three, now that level 3's whole set of checks exists
 * (issue 20). A level whose set of checks is incomplete stays out of this list: its checks run
 * and report, but passing a part of the set would award a level for what nothing verified.
 * `__tests__/core/osps-baseline.test.ts` ties this switch to the crosswalk: a level may be listed
 * here only when no OSPS criterion of it is left to a planned check.
 */
export const AWARDED_LEVELS: readonly Level[] = [1, 2, 3]

export function computeLevels(
  checks: readonly Pick<CheckResult, 'id' | 'level' | 'satisfied'>[],
  awarded: readonly Level[] = AWARDED_LEVELS,
): {
  level: 0 | Level
  levels: LevelResult[]
} {
  // A level without checks of its own is not reached by default: it would claim what nothing verified.
  const levels = LEVELS.map((level) => {
    const blocking = checks.filter((c) => c.level <= level && !c.satisfied).map((c) => c.id)
    const own = checks.filter((c) => c.level === level).length
    const awardable = awarded.includes(level)
    return { level, checks: own, awardable, reached: awardable && own > 0 && blocking.length === 0, blocking }
  })
  let level: 0 | Level = 0
  for (const l of levels) {
    if (!l.reached) break
    level = l.level
  }
  return { level, levels }
}

export function meetsTarget(level: 0 | Level, failOn: FailOn): boolean {
  return failOn === 'none' || level >= failOn
}

export function parseFailOn(value: string): FailOn | undefined {
  const v = value.trim().toLowerCase()
  if (v === 'none' || v === 'false' || v === '0') return 'none'
  if (v === '1' || v === '2' || v === '3') return Number(v) as Level
  return undefined
}

/**
 * A check's status from its findings: any error, else any failure, else anything that could not
 * be observed (unknown), else a pass, else not applicable.
 */
export function aggregate(findings: readonly Finding[]): CheckStatus {
  if (findings.some((f) => f.status === 'error')) return 'error'
  if (findings.some((f) => f.status === 'fail')) return 'fail'
  if (findings.some((f) => f.status === 'unknown')) return 'unknown'
  if (findings.some((f) => f.status === 'pass')) return 'pass'
  return 'not-applicable'
}
