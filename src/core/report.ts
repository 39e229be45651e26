/** The result model of one run: what report.json holds (described by schema/report.schema.json). */
import type { CheckStatus, Crosswalk, Family, Finding, Level } from './types.js'
import type { Exclusion, SymlinkRecord } from './snapshot.js'
import type { ListProblem } from './file-list.js'
import type { Activity } from './git-facts.js'
import type { SchemeCoverage } from './crosswalk.js'
import type { ReuseReportSection } from '../licence/reuse/report-section.js'

export const REPORT_SCHEMA_VERSION = '1.2.0'

export type FailOn = 'none' | Level

export interface ExemptionRecord {
  check: string
  reason: string
  expires: string
  /** applied: it waives a failing check; not-needed: the check passed anyway; expired: past its date, not applied. */
  status: 'applied' | 'not-needed' | 'expired'
}

export interface CheckResult {
  id: string
  family: Family
  title: string
  level: Level
  version: string
  status: CheckStatus
  /** Counts towards the levels: passed, not applicable, or waived by an applied exemption. */
  satisfied: boolean
  exemption?: { reason: string; expires: string }
  crosswalk: Crosswalk
  findings: Finding[]
}

export interface LevelResult {
  level: Level
  /** Checks of exactly this level; a level without any cannot be reached. */
  checks: number
  reached: boolean
  /** Checks of this level or below that are not satisfied. */
  blocking: string[]
}

export interface Report {
  schemaVersion: string
  tool: { name: string; version: string }
  generatedAt: string
  repository: {
    source: 'git' | 'walk'
    url?: string
    commit?: string
    tree?: string
    ref?: string
    lastCommitDate?: string
    shallow: boolean
    tags: { count: number; latestVersion?: string; latestVersionTag?: string }
    activity: { days90: Activity; days365: Activity }
  }
  policy: {
    file?: string
    digest: string
    failOn: FailOn
    disabled: string[]
    exemptions: ExemptionRecord[]
  }
  snapshot: {
    files: number
    excluded: Exclusion[]
    symlinks: SymlinkRecord[]
    problems: ListProblem[]
  }
  level: 0 | Level
  levels: LevelResult[]
  passed: boolean
  summary: Record<CheckStatus | 'exempted', number>
  checks: CheckResult[]
  /** Per assurance scheme: criteria shown by this run, failing, and left to other means (since 1.1.0). */
  crosswalk: { version: string; schemes: SchemeCoverage[] }
  /** The project's licence as the licence files and manifests say (since 1.2.0). */
  licence?: {
    expression?: string
    reason: string
    files: { path: string; ids: string[]; confidence: number; method: string }[]
    declared: { source: string; value: string; expression?: string }[]
  }
  /** The SBOM written beside the report (when there are lockfiles this version reads). */
  sbom?: { file: string; format: string; digest: string; components: number; lockfiles: string[] }
  /** REUSE lint with the fields of `reuse lint --json`, when the reuse-compliance check ran (since 1.2.0). */
  reuse?: ReuseReportSection
  timings: { snapshotMs: number; gitMs: number; checksMs: number; totalMs: number; checks: Record<string, number> }
}
