/**
 * The SBOM's components against advisories: for each component, the records that affect its
 * version, withdrawn ones left out, and records that name each other (a GHSA, the CVE it aliases,
 * the PYSEC that aliases both) merged into one vulnerability.
 */
import type { GraphComponent } from '../sbom/graph.js'
import type { Queried } from './components.js'
import { matchRecord, type OsvRecord } from './osv.js'
import { higher, severityOf, type Severity } from './severity.js'
import { versionOrder } from './versions.js'

export interface Vulnerability {
  component: GraphComponent
  ecosystem: string
  /** The package name as OSV spells it. */
  name: string
  /** Every id of the merged records and their aliases, sorted (GHSA, CVE, PYSEC, GO, MAL...). */
  ids: string[]
  /** The records' own ids (the ones the data source holds). */
  recordIds: string[]
  severity: Severity
  /** Versions that fix it, sorted in the ecosystem's order. */
  fixed: string[]
  /** A malicious-package advisory (MAL-): every version is to be removed, whatever the policy. */
  malicious: boolean
  summary?: string
  /** A GIT range was present and not evaluated. */
  gitRangeIgnored: boolean
}

export interface MatchSummary {
  vulnerabilities: Vulnerability[]
  /** Withdrawn records that would otherwise have matched a component. */
  withdrawn: string[]
}

/** Matches each queried component against the records of its package. */
export function matchComponents(queried: readonly Queried[], recordsOf: (q: Queried) => OsvRecord[]): MatchSummary {
  const vulnerabilities: Vulnerability[] = []
  const withdrawn = new Set<string>()
  for (const q of queried) {
    const hits: { record: OsvRecord; fixed: string[]; git: boolean }[] = []
    for (const record of recordsOf(q)) {
      const matches = matchRecord(record, q.ecosystem, q.name, q.component.version)
      if (matches.length === 0) continue
      if (record.withdrawn) {
        withdrawn.add(record.id)
        continue
      }
      hits.push({ record, fixed: matches.flatMap((m) => m.fixed), git: matches.some((m) => m.gitIgnored) })
    }
    for (const group of mergeAliases(hits)) vulnerabilities.push(vulnerabilityOf(q, group))
  }
  vulnerabilities.sort(
    (a, b) =>
      SEVERITY_RANK(a) - SEVERITY_RANK(b) ||
      (a.component.purl < b.component.purl ? -1 : a.component.purl > b.component.purl ? 1 : 0) ||
      (a.ids[0]! < b.ids[0]! ? -1 : 1),
  )
  return { vulnerabilities, withdrawn: [...withdrawn].sort() }
}

const SEVERITY_RANK = (v: Vulnerability): number =>
  v.malicious ? -1 : ['critical', 'high', 'medium', 'low', 'unknown'].indexOf(v.severity.level)

type Hit = { record: OsvRecord; fixed: string[]; git: boolean }

/** Groups the hits whose ids or aliases meet (union-find over ids). */
function mergeAliases(hits: Hit[]): Hit[][] {
  const parent = hits.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const owner = new Map<string, number>()
  hits.forEach((h, i) => {
    for (const id of [h.record.id, ...(h.record.aliases ?? [])]) {
      const j = owner.get(id)
      if (j === undefined) owner.set(id, i)
      else parent[find(i)] = find(j)
    }
  })
  const groups = new Map<number, Hit[]>()
  hits.forEach((h, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), h])
  })
  return [...groups.values()]
}

function vulnerabilityOf(q: Queried, group: Hit[]): Vulnerability {
  const ids = new Set<string>()
  for (const h of group) for (const id of [h.record.id, ...(h.record.aliases ?? [])]) ids.add(id)
  const order = versionOrder(q.ecosystem)!
  const fixed = [...new Set(group.flatMap((h) => h.fixed))].sort(order)
  let severity: Severity = { level: 'unknown', source: 'no CVSS vector or database severity' }
  for (const h of group) severity = higher(severity, severityOf(h.record))
  const summary = group.map((h) => h.record.summary).find((s) => s)
  return {
    component: q.component,
    ecosystem: q.ecosystem,
    name: q.name,
    ids: [...ids].sort(idOrder),
    recordIds: group.map((h) => h.record.id).sort(idOrder),
    severity,
    fixed,
    malicious: [...ids].some((id) => id.startsWith('MAL-')),
    ...(summary ? { summary } : {}),
    gitRangeIgnored: group.some((h) => h.git),
  }
}

/** GHSA first (what GitHub users see), then CVE, then the rest, each alphabetically. */
function idOrder(a: string, b: string): number {
  const rank = (id: string) => (id.startsWith('MAL-') ? 0 : id.startsWith('GHSA-') ? 1 : id.startsWith('CVE-') ? 2 : 3)
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
}
