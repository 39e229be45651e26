/**
 * The dependencies matched against advisories, once per run: the known-vulnerabilities and
 * vulnerability-accounting checks judge it, and the outputs show it (the report's
 * `vulnerabilities` section, the attestation's summary of it, and the SBOM's CycloneDX
 * `vulnerabilities` with VEX analysis states), so nothing is matched twice.
 */
import { basename } from 'node:path'
import type { VulnerabilityReportSection } from '../core/report.js'
import type { Snapshot } from '../core/snapshot.js'
import type { CheckContext, VulnerabilityDataOptions } from '../core/types.js'
import type { SbomVulnerability } from '../sbom/cyclonedx.js'
import { scanLockfiles } from '../sbom/lockfiles.js'
import { osvPackageOf, type Queried } from './components.js'
import { DatabaseError } from './database.js'
import { lockfileLines } from './lockfile-line.js'
import { matchComponents, type Vulnerability } from './match-components.js'
import { loadFromApi } from './osv-api.js'
import { loadDatabase, NO_DATA, type Loaded, type SourceDescription } from './source.js'
import { DEFAULT_VEX_GLOBS, readVex, suppressing, type VexProblem, type VexStatement } from './vex.js'

/** An ignore of the known-vulnerabilities check's options: an id, why, and until when (YYYY-MM-DD). */
export interface Ignore {
  id: string
  reason: string
  expires: string
}

export interface AnalysedVulnerability {
  vulnerability: Vulnerability
  state: 'open' | 'suppressed' | 'ignored'
  vex?: VexStatement
  ignore?: Ignore
}

export interface VulnerabilityAnalysis {
  source?: SourceDescription
  unknown?: string
  entries: AnalysedVulnerability[]
  withdrawn: string[]
}

/**
 * What matching the dependencies against advisories gave: nothing to match, no data to match
 * against (with what would resolve it), or the matches with their VEX statements and ignores.
 */
export type VulnerabilityOutcome =
  | { status: 'not-applicable'; message: string }
  | { status: 'unknown'; message: string; remediation: string; analysis: VulnerabilityAnalysis }
  | MatchedVulnerabilities

export interface MatchedVulnerabilities {
  status: 'matched'
  analysis: VulnerabilityAnalysis & { source: SourceDescription }
  /** "N component(s) in npm, PyPI checked against the OSV database … of DATE (digest)". */
  checked: string
  /** What the data source says of itself (its age, answers it could not give). */
  notes: string[]
  /** VEX documents that are not valid: their statements are not used. */
  vexProblems: VexProblem[]
  /** The line of each open or ignored vulnerability's package in its lockfile. */
  lines: Map<Vulnerability, number>
}

/** What the analysis reads of a check's context: the run's snapshot, history, time, network and data. */
export type AnalysisContext = Pick<CheckContext, 'repo' | 'git' | 'now' | 'network' | 'vulnerabilityData'>

interface AnalysisInputs {
  repo: Snapshot
  /** The repository's URL, for VEX product statements; throws when the history cannot be read. */
  remoteUrl: () => string | undefined
  now: Date
  network: { enabled: boolean; allowHosts: string[] }
  vulnerabilityData?: VulnerabilityDataOptions
  /** The known-vulnerabilities check's options: `vex` globs, `ignore` list, `max-age-days`. */
  options: Record<string, unknown>
}

const configured = new WeakMap<Snapshot, Record<string, unknown>>()
const running = new WeakMap<Snapshot, Promise<VulnerabilityOutcome>>()

/** The known-vulnerabilities check's options (its VEX globs and ignores) for the run on this snapshot; set by the pipeline before the checks run. */
export function configureVulnerabilityAnalysis(repo: Snapshot, knownVulnerabilitiesOptions: Record<string, unknown>): void {
  configured.set(repo, knownVulnerabilitiesOptions)
}

/**
 * The known-vulnerabilities analysis of one run, made at most once per snapshot: by the first
 * check that asks (known-vulnerabilities, vulnerability-accounting); the pipeline then reads it
 * for the report and the SBOM. Checks run concurrently, so they share the promise.
 */
export function vulnerabilityAnalysis(ctx: AnalysisContext): Promise<VulnerabilityOutcome> {
  let analysis = running.get(ctx.repo)
  if (!analysis) {
    analysis = analyseVulnerabilities({
      repo: ctx.repo,
      remoteUrl: () => ctx.git.remoteUrl,
      now: ctx.now,
      network: ctx.network,
      ...(ctx.vulnerabilityData ? { vulnerabilityData: ctx.vulnerabilityData } : {}),
      options: configured.get(ctx.repo) ?? {},
    })
    running.set(ctx.repo, analysis)
  }
  return analysis
}

/** The analysis of this snapshot when a check asked for it, else undefined (no check that needs it ran). */
export const startedVulnerabilityAnalysis = (repo: Snapshot): Promise<VulnerabilityOutcome> | undefined => running.get(repo)

async function analyseVulnerabilities({
  repo,
  remoteUrl,
  now,
  network,
  vulnerabilityData,
  options,
}: AnalysisInputs): Promise<VulnerabilityOutcome> {
  const { graph } = await scanLockfiles(repo)
  const components = [...graph.components.values()]
  const queried = components.map(osvPackageOf).filter((q): q is Queried => q !== undefined)
  if (queried.length === 0)
    return {
      status: 'not-applicable',
      message:
        components.length === 0
          ? 'no components: no lockfile this version reads'
          : `none of the ${components.length} component(s) is in an ecosystem OSV covers here (npm, crates.io, Go, PyPI, Maven, RubyGems, Packagist, NuGet)`,
    }
  const ecosystems = [...new Set(queried.map((q) => q.ecosystem))].sort()
  const maxAge = Number(options['max-age-days'] ?? 7)
  let loaded: Loaded
  if (vulnerabilityData?.database) loaded = loadDatabase(vulnerabilityData.database, ecosystems, now, maxAge)
  else if (network.enabled) loaded = await loadFromApi(queried, { network, now, ...vulnerabilityData })
  else
    loaded = {
      ok: false,
      reason: NO_DATA,
      remediation:
        'Run with `--network` (the Action does by default), or make an offline database with `ois-ready vulndb update -o DIR` and pass `--vulndb DIR`.',
    }
  if (!loaded.ok)
    return {
      status: 'unknown',
      message: `${loaded.reason}; ${queried.length} component(s) not checked`,
      remediation: loaded.remediation,
      analysis: { unknown: loaded.reason, entries: [], withdrawn: [] },
    }

  let result
  try {
    result = matchComponents(queried, loaded.recordsOf)
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error
    return {
      status: 'unknown',
      message: `the vulnerability database cannot be read: ${error.message}; ${queried.length} component(s) not checked`,
      remediation: `Run \`ois-ready vulndb update -o ${vulnerabilityData?.database ?? 'DIR'}\` again.`,
      analysis: { unknown: error.message, entries: [], withdrawn: [] },
    }
  } finally {
    loaded.close()
  }
  const { source } = loaded
  const from = `${source.kind === 'database' ? 'the OSV database' : 'the OSV API'} ${source.location} of ${source.date} (${source.digest})`

  let url: string | undefined
  try {
    url = remoteUrl()
  } catch {
    // the history could not be read: product statements can still name the folder's name
  }
  const vex = await readVex(repo, (options.vex ?? DEFAULT_VEX_GLOBS) as string[], {
    ...(url ? { url } : {}),
    name:
      (url ?? repo.realRoot)
        .replace(/\.git$/, '')
        .replace(/\/+$/, '')
        .split('/')
        .pop() ?? basename(repo.realRoot),
  })
  const ignores = (options.ignore ?? []) as Ignore[]
  const today = now.toISOString().slice(0, 10)
  const entries: AnalysedVulnerability[] = result.vulnerabilities.map((v) => {
    const statement = suppressing(vex.statements, v.ids, v.component.purl)
    // a malicious package is removed, whatever a statement says
    if (statement && !v.malicious) return { vulnerability: v, state: 'suppressed', vex: statement }
    const ignore = ignores.find((i) => v.ids.includes(i.id))
    return ignore && ignore.expires >= today ? { vulnerability: v, state: 'ignored', ignore } : { vulnerability: v, state: 'open' }
  })
  return {
    status: 'matched',
    analysis: { source, entries, withdrawn: result.withdrawn },
    checked: `${queried.length} component(s) in ${ecosystems.join(', ')} checked against ${from}`,
    notes: loaded.notes,
    vexProblems: vex.problems,
    lines: await lockfileLines(
      repo,
      entries.filter((e) => e.state !== 'suppressed').map((e) => e.vulnerability),
    ),
  }
}

export function reportSection(a: VulnerabilityAnalysis): VulnerabilityReportSection {
  const counts = { malicious: 0, critical: 0, high: 0, medium: 0, low: 0, unknown: 0 }
  for (const e of a.entries) if (e.state === 'open') counts[e.vulnerability.malicious ? 'malicious' : e.vulnerability.severity.level]++
  return {
    ...(a.source ? { source: { ...a.source } } : {}),
    ...(a.unknown ? { unknown: a.unknown } : {}),
    counts,
    findings: a.entries.map((e) => ({
      purl: e.vulnerability.component.purl,
      ids: e.vulnerability.ids,
      severity: e.vulnerability.malicious ? 'malicious' : e.vulnerability.severity.level,
      ...(e.vulnerability.severity.score !== undefined ? { score: e.vulnerability.severity.score } : {}),
      fixed: e.vulnerability.fixed,
      state: e.state,
      ...(e.vex
        ? {
            why: `${e.vex.path}:${e.vex.line} ${e.vex.status}${e.vex.justification ? ` ${e.vex.justification}` : ''}${e.vex.detail ? `: ${e.vex.detail}` : ''}`,
          }
        : {}),
      ...(e.ignore ? { why: `ignored until ${e.ignore.expires}: ${e.ignore.reason}` } : {}),
    })),
    withdrawn: a.withdrawn,
  }
}

/** OpenVEX justifications in CycloneDX's words (CycloneDX 1.6 `impactAnalysisJustification`). */
const CDX_JUSTIFICATION: Record<string, string> = {
  component_not_present: 'requires_dependency',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  vulnerable_code_cannot_be_controlled_by_adversary: 'protected_by_mitigating_control',
  inline_mitigations_already_exist: 'protected_by_mitigating_control',
}

/** The matches as CycloneDX vulnerabilities: VEX outcomes as `analysis`, an ignore as `in_triage` with its reason. */
export function sbomVulnerabilities(a: VulnerabilityAnalysis): SbomVulnerability[] {
  return a.entries.map((e) => {
    const v = e.vulnerability
    const analysis: SbomVulnerability['analysis'] = e.vex
      ? {
          state: e.vex.status === 'fixed' ? 'resolved' : e.vex.status,
          ...(e.vex.justification ? { justification: CDX_JUSTIFICATION[e.vex.justification] ?? e.vex.justification } : {}),
          detail: `${e.vex.path}:${e.vex.line}${e.vex.justification && CDX_JUSTIFICATION[e.vex.justification] ? ` (${e.vex.justification})` : ''}${e.vex.detail ? `: ${e.vex.detail}` : ''}`,
        }
      : e.ignore
        ? { state: 'in_triage', detail: `ignored until ${e.ignore.expires}: ${e.ignore.reason}` }
        : undefined
    const vector = v.severity.score !== undefined ? v.severity.source : undefined
    return {
      id: v.ids[0]!,
      aliases: v.ids.slice(1),
      rating: {
        severity: v.malicious ? 'critical' : v.severity.level,
        ...(v.severity.score !== undefined ? { score: v.severity.score } : {}),
        ...(vector
          ? { method: vector.startsWith('CVSS:4.0') ? 'CVSSv4' : vector.startsWith('CVSS:3.1') ? 'CVSSv31' : 'CVSSv3', vector }
          : {}),
      },
      affects: v.component.purl,
      ...(v.summary ? { description: v.summary } : {}),
      ...(v.fixed.length > 0 ? { recommendation: `Update to ${v.fixed.join(' or ')} or later.` } : {}),
      ...(analysis ? { analysis } : {}),
    }
  })
}
