/**
 * What the known-vulnerabilities check found, kept per snapshot for the outputs: the report's
 * `vulnerabilities` section, the attestation's summary of it, and the SBOM's CycloneDX
 * `vulnerabilities` (with VEX analysis states). The check publishes it; the pipeline reads it after
 * the checks ran, so nothing is matched twice.
 */
import type { VulnerabilityReportSection } from '../core/report.js'
import type { Snapshot } from '../core/snapshot.js'
import type { SbomVulnerability } from '../sbom/cyclonedx.js'
import type { Vulnerability } from './match-components.js'
import type { SourceDescription } from './source.js'
import type { VexStatement } from './vex.js'

export interface AnalysedVulnerability {
  vulnerability: Vulnerability
  state: 'open' | 'suppressed' | 'ignored'
  vex?: VexStatement
  ignore?: { id: string; reason: string; expires: string }
}

export interface VulnerabilityAnalysis {
  source?: SourceDescription
  unknown?: string
  entries: AnalysedVulnerability[]
  withdrawn: string[]
}

const published = new WeakMap<Snapshot, VulnerabilityAnalysis>()

export const publishAnalysis = (repo: Snapshot, analysis: VulnerabilityAnalysis): void => void published.set(repo, analysis)
export const analysisOf = (repo: Snapshot): VulnerabilityAnalysis | undefined => published.get(repo)

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
