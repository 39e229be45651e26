/** The result model of one run: what report.json holds (described by schema/report.schema.json). */
import type { CheckStatus, Crosswalk, Family, Finding, Level } from './types.js'
import type { Exclusion, SymlinkRecord } from './snapshot.js'
import type { ListProblem } from './file-list.js'
import type { Activity } from './git-facts.js'

export const REPORT_SCHEMA_VERSION = '1.5.0'

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

/** The one line that sums up a check: its first finding of the check's status (its first failure), or its first finding. */
export function checkHeadline(check: Pick<CheckResult, 'status' | 'findings'>): string {
  if (check.status === 'skipped') return 'turned off by the policy'
  const first = check.findings.find((f) => f.status === check.status) ?? check.findings[0]
  const more = check.findings.filter((f) => f.status === check.status).length - 1
  return `${first?.message ?? ''}${more > 0 ? ` (+${more} more)` : ''}`
}

export interface LevelResult {
  level: Level
  /** Checks of exactly this level; a level without any cannot be reached. */
  checks: number
  /** Whether this version awards the level at all (levels.ts AWARDED_LEVELS; since 1.5.0, absent before). */
  awardable: boolean
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
    /** latestVersionDate: the date of the latest version tag (since 1.5.0). */
    tags: { count: number; latestVersion?: string; latestVersionTag?: string; latestVersionDate?: string }
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
    /** method: template, spdx-identifier, reuse-name, licence-ref, rider or none (since 1.3.0; before: exact, similar). */
    files: {
      path: string
      ids: string[]
      method: string
      /** Words after the licence text (notices of bundled code). */
      additionalWords?: number
      /** A LicenseRef- or REUSE-named text whose words are this SPDX licence's. */
      textIs?: string[]
      /** Not identified: the nearest template and the share of its fixed words in place. */
      closest?: { ids: string[]; confidence: number }
    }[]
    /** The README's licence section, when it names or holds a licence (since 1.3.0). */
    readme?: { path: string; line: number; expression: string; how: 'text' | 'statement' }
    declared: { source: string; value: string; expression?: string }[]
  }
  /** What a catalogue shows of the project: name, description, organisation, languages (since 1.5.0). */
  project?: ProjectInfo
  /** The SBOM written beside the report (when there are lockfiles this version reads). */
  sbom?: { file: string; format: string; digest: string; components: number; lockfiles: string[] }
  /** What the SBOM covers, per ecosystem, and the test data left out of it (since 1.4.0). */
  dependencies?: { coverage: EcosystemCoverage[]; excluded: SbomExclusion[] }
  /** REUSE lint with the fields of `reuse lint --json`, when the reuse-compliance check ran (since 1.2.0). */
  reuse?: ReuseReportSection
  /** Known vulnerabilities of the SBOM's components, when the known-vulnerabilities check ran (since 1.5.0). */
  vulnerabilities?: VulnerabilityReportSection
  timings: { snapshotMs: number; gitMs: number; checksMs: number; totalMs: number; checks: Record<string, number> }
}

/** The project as publiccode.yml or its manifests state it, and its programming languages (src/standards/project-metadata.ts reads them). */
export interface ProjectInfo {
  name?: string
  /** One line. */
  description?: string
  organisation?: string
  /** Programming languages, most bytes first. */
  languages?: string[]
  /** The file each field was read from ("publiccode.yml", "package.json", …; "file extensions" for languages). */
  sources?: { name?: string; description?: string; organisation?: string; languages?: string }
}

/** How much of one ecosystem's dependencies the SBOM covers (src/sbom/coverage.ts computes it). */
export interface EcosystemCoverage {
  /** npm, pypi, cargo, golang, gem, composer, maven, gradle, nuget, swift, pub, hex, cocoapods. */
  ecosystem: string
  /** Files read into the SBOM. */
  read: string[]
  /** Components first listed by those files. */
  components: number
  /** Build manifests resolved by the files read. */
  covered: number
  /** Build manifests that declare dependencies no file read resolves, and why. */
  unresolved: { path: string; reason: string }[]
  /** Lockfiles of this ecosystem that this version recognises but does not read. */
  notRead: string[]
}

/** Lockfiles and manifests left out of the SBOM as test data, by folder. */
export interface SbomExclusion {
  folder: string
  reason: string
  /** The lockfiles and manifests left out (the first 20). */
  files: string[]
  count: number
}

export interface SchemeCoverage {
  scheme: keyof Crosswalk
  name: string
  version: string
  criteria: number
  /** Criteria a passing check gives evidence for. */
  evidenced: { id: string; checks: string[] }[]
  /** Criteria whose checks ran and failed (and none passed): to fix. */
  failing: { id: string; checks: string[] }[]
  /** Criteria no check of this run showed: to be shown by other means. */
  remaining: number
}

/** The `reuse` section: the REUSE lint in the shape of `reuse lint --json`, which src/licence/reuse/ computes. */
export type SourceType = 'file-header' | 'dot-license' | 'reuse-toml' | 'dep5'

export interface SourcedValue {
  value: string
  /** The file the value was read from. */
  source: string
  source_type: SourceType
  /** Its line in `source` (not in reuse's own output). */
  line?: number
}

export interface ReuseFile {
  path: string
  copyrights: SourcedValue[]
  spdx_expressions: SourcedValue[]
}

/** The fields of `reuse lint --json` (reuse >= 3, lint_version 1.0), plus `invalid_spdx_expressions` of reuse >= 5. */
export interface ReuseLintJson {
  lint_version: '1.0'
  reuse_spec_version: '3.3'
  reuse_tool_version: string
  /** Every file in lintReuseWithAllFiles; the memoised lint lists the non-compliant ones. */
  files: ReuseFile[]
  non_compliant: {
    bad_licenses: Record<string, string[]>
    deprecated_licenses: string[]
    invalid_spdx_expressions: Record<string, string[]>
    licenses_without_extension: Record<string, string>
    missing_copyright_info: string[]
    missing_licenses: Record<string, string[]>
    missing_licensing_info: string[]
    read_errors: string[]
    unused_licenses: string[]
  }
  summary: {
    used_licenses: string[]
    files_total: number
    files_with_copyright_info: number
    files_with_licensing_info: number
    compliant: boolean
  }
  recommendations: string[]
}

export interface ReuseReportSection extends ReuseLintJson {
  /** Non-compliant files beyond the first 1,000 (src/licence/reuse/report-section.ts), not listed in files. */
  files_omitted?: number
  /** Covered paths that the configuration excluded (vendored, generated): not checked, listed here so that nothing is dropped silently. */
  excluded: { path: string; reason: string }[]
}

/** What the known-vulnerabilities check used and found (src/vuln computes it). */
export interface VulnerabilityReportSection {
  /** The data used: the offline database (folder) or the OSV API (address), its date and digest. */
  source?: { kind: 'database' | 'api'; location: string; date: string; digest: string }
  /** Why no data could be used (then nothing was checked). */
  unknown?: string
  /** Open vulnerabilities (not suppressed by VEX, not ignored), by severity; malicious packages apart. */
  counts: { malicious: number; critical: number; high: number; medium: number; low: number; unknown: number }
  /** Each vulnerability: component, ids, severity, fixed versions, and how it stands. */
  findings: {
    purl: string
    ids: string[]
    severity: string
    score?: number
    fixed: string[]
    state: 'open' | 'suppressed' | 'ignored'
    /** VEX: the document, line, status and justification; ignore: the reason and expiry. */
    why?: string
  }[]
  /** Withdrawn advisories that matched and were not counted. */
  withdrawn: string[]
}
