/** The check contract (DESIGN.md "Checks") and the values that flow through the engine. */
import type { Snapshot } from './snapshot.js'
import type { GitFacts } from './git-facts.js'

export type Family = 'licence' | 'sbom' | 'standards' | 'docs' | 'security'
export type Level = 1 | 2 | 3
/**
 * unknown: the check could not observe what it needs (no network or token, a shallow clone,
 * data missing); the finding's remediation says what would resolve it. It is not a pass and
 * not a failure, and it does not satisfy a level.
 */
export type FindingStatus = 'pass' | 'fail' | 'unknown' | 'not-applicable' | 'error'
/** A check's overall status; `skipped` means the policy turned it off. */
export type CheckStatus = FindingStatus | 'skipped'

export interface Location {
  path: string
  startLine?: number
  endLine?: number
  startColumn?: number
}

export interface Finding {
  status: FindingStatus
  /** A passing finding can still carry a warning (a deprecated key, a stale date): shown, but it does not fail the check. */
  severity?: 'warning'
  message: string
  location?: Location
  remediation?: string
}

export interface Crosswalk {
  /** OpenSSF OSPS Baseline control ids. */
  osps?: string[]
  /** OpenSSF Best Practices Badge criteria ids. */
  bestPractices?: string[]
  /** Standard for Public Code criteria. */
  publicCode?: string[]
  /** EU Cyber Resilience Act provisions. */
  cra?: string[]
}

export interface CheckMeta {
  /** kebab-case, stable forever. */
  id: string
  family: Family
  title: string
  level: Level
  /** Bumped whenever the check's verdicts can change for the same input. */
  version: string
  crosswalk: Crosswalk
  /**
   * Files a repository-level finding (one without a location) is about, most relevant first: the
   * first that exists becomes its location in the report, SARIF and annotations.
   */
  anchors?: string[]
  /**
   * The file the check is about when the repository lacks it, the file its remediation asks for
   * (`CONTRIBUTING.md`): code scanning shows a repository-level finding there when no anchor
   * exists. A finding of a check without one that no anchor places is left out of SARIF (code
   * scanning rejects a whole upload for one result without a location).
   */
  subjectFile?: string
  /**
   * For the security family: how severe a failure is, on the 0.1 to 10.0 scale GitHub code
   * scanning reads as `security-severity` (9.0 and above critical, 7.0 high, 4.0 medium, below low).
   */
  securitySeverity?: number
  /** Defaults of the check's options, overridable in the config under `checks.<id>.options`. */
  defaultOptions?: Record<string, unknown>
  /** JSON Schema of the options object. */
  optionsSchema?: Record<string, unknown>
  /**
   * Facts and analyses that take time, gathered only when an enabled check needs them:
   * `tag-history`, which tags are in the history of HEAD (TagFact.merged; a walk of the whole history);
   * `lockfile-scan`, the lockfiles parsed into one component graph (scanLockfiles), which also
   * gives the report its SBOM; `reuse-lint`, the REUSE lint of every file (lintReuse), which also
   * gives the report its `reuse` section. A check may call a shared analysis without naming it
   * (it is computed on first use), but the report's part then depends on other checks.
   */
  needs?: ('tag-history' | 'lockfile-scan' | 'reuse-lint')[]
}

export interface CheckContext {
  repo: Snapshot
  git: GitFacts
  options: Record<string, unknown>
  /** The run's reference time; checks use it instead of the clock so results are reproducible. */
  now: Date
  /** Network checks are off unless the run enables them (--network); then only to public addresses, or the hosts allowed. */
  network: { enabled: boolean; allowHosts: string[] }
  /** The organisation's community files, for documents the repository does not have itself. */
  organisation: OrganisationFiles
  /** The releases published on the forge (GitHub Releases), for release notes kept there rather than in a file. */
  releases: ForgeReleases
  /**
   * The default branch's protection on the forge (GitHub rulesets and branch protection), read
   * through the API when the run may use the network; absent, or unknown with the reason, otherwise.
   */
  branchProtection?: ForgeBranchProtection
  /** The issues opened on the forge (GitHub Issues), through the API when the run may use the network. */
  issues?: ForgeIssues
  /** Where known-vulnerability data comes from; set by the front end only (a repository's config cannot redirect it). */
  vulnerabilityData?: VulnerabilityDataOptions
}

/** Where the known-vulnerabilities check reads advisories: an offline database, or (with network checks on) the OSV API. */
export interface VulnerabilityDataOptions {
  /** Folder of an offline database made by `ois-ready vulndb update` (`--vulndb`). */
  database?: string
  /** The OSV API's base URL (default https://api.osv.dev); tests point it at a local server. */
  osvApi?: string
  /** Folder of the API answers' on-disk cache (default: the user's cache folder). */
  cacheDir?: string
}

/** A community file of the organisation's `.github` repository, which GitHub shows for repositories without their own. */
export interface OrganisationFile {
  /** Its path in the organisation's `.github` repository. */
  path: string
  /** Where it was read, for messages and the report. */
  url: string
  text: string
}

/**
 * The organisation's community files (SECURITY.md, CONTRIBUTING.md, ...). `absent`: the
 * organisation has none of them, or they do not apply (not a GitHub repository); `unknown`:
 * they could not be looked up (no network), with what would resolve it.
 */
export type OrganisationLookup = { file: OrganisationFile } | { absent: string } | { unknown: string }

export interface OrganisationFiles {
  /** The first of these base names (SECURITY, CONTRIBUTING) the organisation has, as GitHub looks for them. */
  find(baseNames: readonly string[]): Promise<OrganisationLookup>
}

/** A release published on the forge, as its API gives it. */
export interface ForgeRelease {
  /** The tag it is made from. */
  tag: string
  /** Its release notes (Markdown), '' when it has none; at most the first 4,000 characters. */
  notes: string
  /** ISO time it was published. */
  published: string
  prerelease: boolean
  /** Its web page. */
  url: string
  /** The files attached to it (at most the first 200), when the API gave them. */
  assets?: ForgeAsset[]
}

/** A file attached to a release (a binary, a checksum list, an SBOM, a signature bundle). */
export interface ForgeAsset {
  name: string
  /** The media type the uploader gave (application/json, application/octet-stream …), '' when none. */
  contentType: string
  size: number
  /** Where it is downloaded from. */
  url: string
}

/**
 * The releases of the repository on its forge. `releases`: the published ones (drafts left out),
 * newest first, back to at least the time asked for when `complete`, read from `source` (the API
 * URL); `unknown`: they could not be read, why (no network access, HTTP 403 from ..., not JSON)
 * and what would resolve it.
 */
export type ReleasesLookup = { releases: ForgeRelease[]; source: string; complete: boolean } | { unknown: string; remediation: string }

export interface ForgeReleases {
  /** The web page of the repository's releases (https://github.com/cli/cli/releases); undefined when the repository is not on GitHub. */
  page?: string
  /** The releases published since this ISO time (or only the newest page without one), newest first. */
  list(since?: string): Promise<ReleasesLookup>
}

/** A rule that applies to a branch, as GitHub's rules API gives it (`GET /repos/{owner}/{repo}/rules/branches/{branch}`). */
export interface BranchRule {
  /** pull_request, required_status_checks, code_scanning, workflows, non_fast_forward, ... */
  type: string
  parameters: Record<string, unknown>
  /** Where it is set: the ruleset's source (a repository or an organisation) and id. */
  source: string
}

/**
 * The default branch's protection: its name, the active rules of the rulesets that apply to it,
 * and classic branch protection as the branch's own answer shows it to any reader (whether it is
 * protected, and its required status checks; its review settings need an administrator's token).
 * `unknown`: it could not be read, why and what would resolve it.
 */
export type BranchProtectionLookup =
  | {
      branch: string
      rules: BranchRule[]
      classic: { protected: boolean; requiredChecks: string[] }
      /** The API addresses read. */
      source: string
    }
  | { unknown: string; remediation: string }

export interface ForgeBranchProtection {
  read(): Promise<BranchProtectionLookup>
}

/** An issue on the forge, as the sustained-maintenance check weighs it. */
export interface ForgeIssue {
  number: number
  /** ISO time it was opened. */
  createdAt: string
  state: 'open' | 'closed'
  comments: number
  /** Opened by the project's own people (owner, organisation member, collaborator). */
  byMember: boolean
}

/**
 * The issues opened since the time asked for, newest first; `complete` when the list reaches back
 * that far (else it holds the newest few hundred). `unknown`: why they could not be read.
 */
export type IssuesLookup = { issues: ForgeIssue[]; source: string; complete: boolean } | { unknown: string; remediation: string }

export interface ForgeIssues {
  /** The issues (not pull requests) opened since this ISO time. */
  since(time: string): Promise<IssuesLookup>
}

export interface Check {
  meta: CheckMeta
  /** README.md of the check: what, why, how to fix. */
  docs: string
  run(ctx: CheckContext): Promise<Finding[]>
}
