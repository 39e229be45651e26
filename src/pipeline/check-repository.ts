/**
 * The core of one run: config -> snapshot -> git facts -> checks -> policy and levels -> report.
 * Front ends (CLI, Action) build CheckOptions, call this, and render what it returns.
 */
import { createHash } from 'node:crypto'
import { realpath } from 'node:fs/promises'
import canonicalize from 'canonicalize'
import { loadConfig, type Config } from '../core/config.js'
import { AnalysisError } from '../core/errors.js'
import { activeExemptions, isExpired } from '../core/exemptions.js'
import { readGitFacts, NO_GIT, type GitFacts } from '../core/git-facts.js'
import { aggregate, computeLevels, meetsTarget } from '../core/levels.js'
import { crosswalkCoverage } from '../core/crosswalk.js'
import { basename, isAbsolute, relative, sep } from 'node:path'
import { configureLockfileScan, gapsOf, scanLockfiles } from '../sbom/lockfiles.js'
import { cycloneDxDocument } from '../sbom/cyclonedx.js'
import type { PartsDocument } from '../core/document.js'
import { detectProjectLicence, type ProjectLicence } from '../licence/project-licence.js'
import { lintReuse, reuseReportSection } from '../licence/reuse/index.js'
import { runChecks } from '../core/runner.js'
import { takeSnapshot, type Snapshot } from '../core/snapshot.js'
import { REPORT_SCHEMA_VERSION, type CheckResult, type ExemptionRecord, type FailOn, type Report } from '../core/report.js'
import type { Check, CheckStatus, Finding, VulnerabilityDataOptions } from '../core/types.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js'
import { registry } from './registry.js'
import { configureVulnerabilityAnalysis, reportSection, sbomVulnerabilities, startedVulnerabilityAnalysis } from '../vuln/analysis.js'
import { organisationFiles, type GitHubAccess } from '../docs/organisation-files.js'
import { githubReleases } from '../docs/github-releases.js'
import { githubBranchProtection } from '../docs/github-branch-protection.js'
import { githubIssues } from '../docs/github-issues.js'
import { projectMetadata } from '../standards/project-metadata.js'

export interface CheckOptions {
  /** Folder of the repository under check. */
  path: string
  /** Config file; by default the first of .github/ois-ready.yml, .ois-ready.yml found in the repository. */
  configPath?: string
  failOn: FailOn
  /** The run's reference time (default: now). */
  now?: Date
  /** Facts the CI knows better than the clone (e.g. GITHUB_REF, the server URL). */
  repositoryUrl?: string
  ref?: string
  checks?: readonly Check[]
  /** Run only these checks (ids); the others are reported as turned off. */
  only?: readonly string[]
  /** Let checks reach the network (URL reachability); off by default. */
  network?: boolean
  /** The GitHub API to read organisation-wide files and GitHub Releases with (with --network), and its token. */
  github?: GitHubAccess
  /** host:port that network checks may reach although private (tests, intranets). */
  allowHosts?: string[]
  /** Where the known-vulnerabilities check reads advisories (`--vulndb`; the OSV API's address in tests). */
  vulnerabilityData?: VulnerabilityDataOptions
  /** Folders (relative to the repository) never listed, such as the run's own output folder. */
  ignore?: string[]
  /** Progress for people; `transient` messages (one per check) only suit a terminal line that is rewritten. */
  onProgress?: (message: string, transient: boolean) => void
}

export interface RunResult {
  report: Report
  /** sbom.cdx.json, when the repository has lockfiles this version reads. */
  sbomBytes?: PartsDocument
  config: Config
  snapshot: Snapshot
  git: GitFacts
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown }

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  )
}

/** The git facts of the folder's real location, read at once; undefined when that location cannot be known (the snapshot says why). */
async function earlyGitFacts(path: string, now: Date, tagHistory: boolean): Promise<{ root: string; read: Settled<GitFacts> } | undefined> {
  let root: string
  try {
    root = await realpath(path)
  } catch {
    return undefined
  }
  return { root, read: await settle(readGitFacts(root, now, { tagHistory })) }
}

export async function checkRepository(options: CheckOptions): Promise<RunResult> {
  const started = performance.now()
  const now = options.now ?? new Date()
  const checks = [...(options.checks ?? registry)].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
  const progress = options.onProgress ?? (() => {})

  const config = loadConfig(
    options.path,
    checks.map((c) => c.meta),
    options.configPath,
  )

  const enabled = checks.filter((c) => config.checks[c.meta.id]?.enabled !== false && (!options.only || options.only.includes(c.meta.id)))
  const tagHistory = enabled.some((c) => c.meta.needs?.includes('tag-history'))
  progress('listing files', false)
  // the git facts are read while the files are listed (git runs in processes of its own); they
  // are kept only when the listing finds a git work tree
  const early = earlyGitFacts(options.path, now, tagHistory)
  const snapshot = await takeSnapshot({
    root: options.path,
    maxFileBytes: config.limits.maxFileBytes,
    exclude: config.exclude,
    ignore: options.ignore ?? [],
  }).catch(async (error: unknown) => {
    await early
    throw error
  })
  const snapshotDone = performance.now()
  configureLockfileScan(snapshot, config.sbom)
  progress(`listed ${snapshot.files.length} files (${snapshot.excluded.length} excluded); reading git history`, false)

  // git facts are a shared analysis too: when they cannot be read, the checks that use them say so
  let git: GitFacts = NO_GIT
  let gitFailure: AnalysisError | undefined
  const facts = await early
  if (snapshot.source === 'git') {
    const read = facts?.root === snapshot.realRoot ? facts.read : await settle(readGitFacts(snapshot.realRoot, now, { tagHistory }))
    if (read.ok) git = read.value
    else {
      gitFailure = AnalysisError.of('the git history', read.error)
      git = { ...NO_GIT, isRepository: true, tags: [] }
    }
  } else git = { ...NO_GIT, tags: [] }
  if (options.repositoryUrl) git.remoteUrl = options.repositoryUrl
  if (options.ref) git.ref = options.ref
  const gitDone = performance.now()

  const network = { enabled: options.network ?? false, allowHosts: options.allowHosts ?? [] }
  const forge = {
    ...(git.remoteUrl ? { repositoryUrl: git.remoteUrl } : {}),
    network,
    ...(options.github ? { github: options.github } : {}),
  }
  const organisation = organisationFiles(forge)
  const releases = githubReleases(forge)
  const branchProtection = githubBranchProtection(forge)
  const issues = githubIssues(forge)
  // known-vulnerabilities and vulnerability-accounting judge one analysis, made with the first's options
  configureVulnerabilityAnalysis(snapshot, config.checks['known-vulnerabilities']?.options ?? {})
  const outcomes = await runChecks(
    enabled,
    (check) => ({
      repo: snapshot,
      get git(): GitFacts {
        if (gitFailure) throw gitFailure
        return git
      },
      now,
      options: config.checks[check.meta.id]?.options ?? {},
      network,
      organisation,
      releases,
      branchProtection,
      issues,
      ...(options.vulnerabilityData ? { vulnerabilityData: options.vulnerabilityData } : {}),
    }),
    {
      concurrency: config.limits.concurrency,
      timeoutMs: config.limits.checkTimeoutSeconds * 1000,
      onDone: (id, done, total) => progress(`checks ${done}/${total} (${id})`, true),
    },
  )
  const checksDone = performance.now()
  progress(`ran ${enabled.length} checks`, false)

  const active = activeExemptions(config.exemptions, now)
  const results: CheckResult[] = checks.map((check) => {
    const outcome = outcomes.get(check.meta.id)
    const findings = outcome ? anchorFindings(outcome.findings, check, snapshot) : []
    const status: CheckStatus = outcome ? aggregate(findings) : 'skipped'
    const exemption = active.get(check.meta.id)
    const waived = exemption !== undefined && status !== 'pass' && status !== 'not-applicable'
    const result: CheckResult = {
      id: check.meta.id,
      family: check.meta.family,
      title: check.meta.title,
      level: check.meta.level,
      version: check.meta.version,
      status,
      satisfied: status === 'pass' || status === 'not-applicable' || waived,
      crosswalk: check.meta.crosswalk,
      findings,
    }
    if (waived) result.exemption = { reason: exemption.reason, expires: exemption.expires }
    return result
  })

  const exemptions: ExemptionRecord[] = config.exemptions.map((e) => {
    const result = results.find((r) => r.id === e.check)
    const status = isExpired(e, now) ? 'expired' : result?.exemption && active.get(e.check) === e ? 'applied' : 'not-needed'
    return { check: e.check, reason: e.reason, expires: e.expires, status }
  })

  // the shared analyses, memoised: the checks that needed them have already run them, and
  // reported their failure as their own error; the report is then written without that part
  const needed = (analysis: 'lockfile-scan' | 'reuse-lint') => enabled.some((c) => c.meta.needs?.includes(analysis))
  // the SBOM comes with the checks that read the lockfiles: a licence-only run parses none
  const scan = needed('lockfile-scan') ? await scanLockfiles(snapshot).catch(() => undefined) : undefined
  // made when a check that judges it ran; its failure is that check's error
  const analysed = await startedVulnerabilityAnalysis(snapshot)?.catch(() => undefined)
  const vulnerabilities = analysed && analysed.status !== 'not-applicable' ? analysed.analysis : undefined
  // made part by part when written: an SBOM of a 440,000-package lockfile is a 330 MB document
  const sbomBytes =
    scan && scan.graph.sources.length > 0
      ? cycloneDxDocument(
          scan.graph,
          {
            name: git.remoteUrl?.split('/').pop() ?? basename(snapshot.realRoot),
            ...(git.remoteUrl ? { url: git.remoteUrl } : {}),
            ...(git.commit ? { commit: git.commit } : {}),
            ...(git.lastCommitDate ? { timestamp: git.lastCommitDate } : {}),
          },
          { dev: 'mark', gaps: gapsOf(scan), ...(vulnerabilities ? { vulnerabilities: sbomVulnerabilities(vulnerabilities) } : {}) },
        )
      : undefined

  const licence = await detectProjectLicence(snapshot).catch((error: unknown) => AnalysisError.of('the project licence', error))
  // the check's own lint (memoised per snapshot); not computed when no enabled check needs it
  const lint = needed('reuse-lint') ? await lintReuse(snapshot).catch(() => undefined) : undefined
  const reuse = lint ? reuseReportSection(lint) : undefined
  // what a catalogue shows of the project; a failure leaves it out (the checks that read these files report them)
  const project = await projectMetadata(snapshot).catch(() => undefined)

  const { level, levels } = computeLevels(results)
  const summary = { pass: 0, fail: 0, unknown: 0, 'not-applicable': 0, error: 0, skipped: 0, exempted: 0 }
  for (const r of results) {
    summary[r.status]++
    if (r.exemption) summary.exempted++
  }
  const timings = {
    snapshotMs: Math.round(snapshotDone - started),
    gitMs: Math.round(gitDone - snapshotDone),
    checksMs: Math.round(checksDone - gitDone),
    totalMs: Math.round(performance.now() - started),
    checks: Object.fromEntries([...outcomes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, o]) => [id, o.durationMs])),
  }

  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: now.toISOString(),
    repository: repositorySection(snapshot, git),
    policy: {
      ...(config.file ? { file: config.file } : {}),
      digest: policyDigest(config, options.failOn),
      failOn: options.failOn,
      disabled: results.filter((r) => r.status === 'skipped').map((r) => r.id),
      exemptions,
    },
    snapshot: {
      files: snapshot.files.length,
      excluded: [...snapshot.excluded],
      symlinks: [...snapshot.symlinks],
      problems: [...snapshot.problems],
    },
    level,
    levels,
    passed: meetsTarget(level, options.failOn),
    summary,
    checks: results,
    crosswalk: crosswalkCoverage(results),
    licence: licenceSection(licence),
    ...(project && Object.keys(project).length ? { project } : {}),
    ...(sbomBytes && scan
      ? {
          sbom: {
            file: 'sbom.cdx.json',
            format: 'CycloneDX 1.6',
            digest: `sha256:${sbomBytes.sha256()}`,
            components: scan.graph.components.size,
            lockfiles: scan.graph.sources,
          },
        }
      : {}),
    ...(scan && (scan.coverage.length > 0 || scan.excluded.length > 0)
      ? { dependencies: { coverage: scan.coverage, excluded: scan.excluded } }
      : {}),
    ...(reuse ? { reuse } : {}),
    ...(vulnerabilities ? { vulnerabilities: reportSection(vulnerabilities) } : {}),
    timings,
  }
  return { report, config, snapshot, git, ...(sbomBytes ? { sbomBytes } : {}) }
}

/** The report's licence section: the project licence, or why it could not be worked out. */
function licenceSection(licence: ProjectLicence | AnalysisError): Report['licence'] {
  if (licence instanceof AnalysisError) return { reason: licence.message, files: [], declared: [] }
  return {
    ...(licence.expression ? { expression: licence.expression } : {}),
    reason: licence.reason,
    files: licence.files.map((f) => ({
      path: f.path,
      ids: f.ids,
      method: f.method,
      ...(f.additional ? { additionalWords: f.additional.words } : {}),
      ...(f.textIs ? { textIs: f.textIs } : {}),
      ...(f.closest ? { closest: { ids: f.closest.ids, confidence: f.closest.confidence } } : {}),
    })),
    declared: licence.declared.map((d) => ({ source: d.source, value: d.value, ...(d.expression ? { expression: d.expression } : {}) })),
    ...(licence.readme ? { readme: licence.readme } : {}),
  }
}

/**
 * The run's output folder as `ignore` entries when it lies inside the repository, with the
 * temporary folders beside it that a killed run may leave (.<folder>.ois-ready-<pid>-<id>-new.tmp):
 * a second run then sees the files the first one saw.
 */
export function outputFolderIgnore(root: string, outputDir: string): string[] {
  const inside = relative(root, outputDir)
  if (!inside || inside.split(sep)[0] === '..' || isAbsolute(inside)) return []
  const parts = inside.split(sep)
  const base = parts.pop()!
  return [`${inside.split(sep).join('/')}/**`, `${[...parts, `.${base}.ois-ready-*.tmp`].join('/')}/**`]
}

/**
 * Failing and unknown findings without a location are placed at the first of the check's anchors
 * that exists (the file the finding is about), so that SARIF and annotations can show them; never
 * at a file that is not there, and never at an unrelated one (a README, the first file at the root):
 * a finding with no such file keeps no location.
 */
function anchorFindings(findings: Finding[], check: Check, snapshot: Snapshot): Finding[] {
  let anchor: string | undefined | null = null
  return findings.map((f) => {
    if (f.location || (f.status !== 'fail' && f.status !== 'error' && f.status !== 'unknown')) return f
    if (anchor === null) anchor = check.meta.anchors ? snapshot.find(check.meta.anchors)?.path : undefined
    return anchor ? { ...f, location: { path: anchor } } : f
  })
}

function repositorySection(snapshot: Snapshot, git: GitFacts): Report['repository'] {
  const section: Report['repository'] = {
    source: snapshot.source,
    shallow: git.shallow,
    tags: { count: git.tags.length },
    activity: git.activity,
  }
  if (git.remoteUrl) section.url = git.remoteUrl
  if (git.commit) section.commit = git.commit
  if (git.tree) section.tree = git.tree
  if (git.ref) section.ref = git.ref
  if (git.lastCommitDate) section.lastCommitDate = git.lastCommitDate
  if (git.latestVersionTag?.version) {
    section.tags.latestVersion = git.latestVersionTag.version
    section.tags.latestVersionTag = git.latestVersionTag.name
    if (git.latestVersionTag.date) section.tags.latestVersionDate = git.latestVersionTag.date
  }
  return section
}

/** sha256 of the effective policy in RFC 8785 canonical JSON, so a verifier can tell two policies apart. */
export function policyDigest(config: Config, failOn: FailOn): string {
  const policy = {
    checks: config.checks,
    exclude: config.exclude,
    // only when set, so that the digests of existing policies stay the same
    ...(config.sbom.include.length > 0 ? { sbom: config.sbom } : {}),
    exemptions: config.exemptions.map(({ check, reason, expires }) => ({ check, reason, expires })),
    limits: config.limits,
    failOn,
  }
  return `sha256:${createHash('sha256')
    .update(canonicalize(policy) ?? '')
    .digest('hex')}`
}
