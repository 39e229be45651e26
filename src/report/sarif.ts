/**
 * results.sarif: SARIF 2.1.0 for GitHub code scanning. One rule per check; per check at most
 * `SARIF_LIMITS.resultsPerCheck` results: one per file (several findings in one file are one result
 * with their lines as related locations), the last one a summary of the rest. Every result has a
 * location (code scanning rejects a whole upload for one without) and a fingerprint.
 */
import { createHash } from 'node:crypto'
import type { Location as SarifLocation, Log, ReportingDescriptor, Result } from 'sarif'
import type { CheckResult, Report } from '../core/report.js'
import type { Check, Finding } from '../core/types.js'
import { DOCS_BASE } from '../core/version.js'
import { SEVERITY_ORDER, findingSeverity, type Severity } from './severity.js'

export const SARIF_LIMITS = {
  /** Results of one check, the summary of the rest included. */
  resultsPerCheck: 25,
  /** Related locations of one result (GitHub shows 100, accepts 1,000). */
  relatedLocations: 100,
  /** GitHub shows at most 1,024 characters of a rule's descriptions. */
  description: 1024,
} as const

/** The fingerprint's name: ois-ready's own, versioned as SARIF §3.27.17 asks. */
export const FINGERPRINT_KEY = 'ois-ready/v1'

export interface SarifOptions {
  /** The repository's folder relative to the code-scanning checkout root (e.g. 'app/'), when they differ. */
  uriPrefix?: string
  /** The analysis category (`automationDetails.id` is `<category>/`); default `ois-ready`. */
  category?: string
}

interface Item {
  check: CheckResult
  finding: Finding
  severity: Severity
  /** Where code scanning shows it: the finding's own location, or the check's subject file. */
  path: string
  startLine?: number
  endLine?: number
}

export function renderSarif(report: Report, checks: readonly Check[], options: SarifOptions = {}): string {
  const prefix = options.uriPrefix ?? ''
  const byId = new Map(checks.map((c) => [c.meta.id, c]))
  const ran = report.checks.filter((c) => byId.has(c.id))
  const rules: ReportingDescriptor[] = ran.map((c) => rule(report, c, byId.get(c.id)!))
  const results: Result[] = []
  const left: { ruleId: string; findings: number }[] = []
  const occurrences = new Map<string, number>()
  ran.forEach((c, ruleIndex) => {
    const meta = byId.get(c.id)!.meta
    const items: Item[] = []
    let unlocated = 0
    for (const finding of c.findings) {
      const severity = findingSeverity(report, c, finding)
      if (!severity) continue
      const path = finding.location?.path ?? meta.subjectFile
      if (!path) {
        unlocated++
        continue
      }
      items.push({
        check: c,
        finding,
        severity,
        path,
        ...(finding.location?.startLine ? { startLine: finding.location.startLine } : {}),
        ...(finding.location?.startLine && finding.location.endLine ? { endLine: finding.location.endLine } : {}),
      })
    }
    if (unlocated > 0) left.push({ ruleId: c.id, findings: unlocated })
    // one group per file, the most severe first, then by path
    const byPath = new Map<string, Item[]>()
    for (const item of items) byPath.set(item.path, [...(byPath.get(item.path) ?? []), item])
    for (const g of byPath.values()) g.sort((a, b) => (a.startLine ?? 0) - (b.startLine ?? 0))
    const groups = [...byPath.values()]
      .map((g) => ({ items: g, severity: worst(g) }))
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare(a.items[0]!.path, b.items[0]!.path))
    const room = SARIF_LIMITS.resultsPerCheck
    const shown = groups.length > room ? groups.slice(0, room - 1) : groups
    for (const g of shown) {
      const r = g.items.length === 1 ? single(g.items[0]!, prefix) : grouped(g.items, g.severity, prefix)
      results.push(finish(r, c, ruleIndex, occurrences))
    }
    if (groups.length > room) results.push(finish(rest(c, groups.slice(room - 1), prefix), c, ruleIndex, occurrences))
  })
  const category = (options.category ?? 'ois-ready').replace(/\/+$/, '') || 'ois-ready'
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://github.com/ois-ready/ois-ready',
            rules,
          },
        },
        automationDetails: { id: `${category}/` },
        ...(report.repository.url && report.repository.commit
          ? {
              versionControlProvenance: [
                {
                  repositoryUri: report.repository.url,
                  revisionId: report.repository.commit,
                  ...(report.repository.ref ? { branch: report.repository.ref } : {}),
                },
              ],
            }
          : {}),
        results,
        properties: {
          level: report.level,
          failOn: report.policy.failOn,
          // findings with no file to show them at: in report.json and the job summary, not in code scanning
          ...(left.length > 0 ? { notInResults: left } : {}),
        },
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function rule(report: Report, c: CheckResult, check: Check): ReportingDescriptor {
  const security = c.family === 'security' && check.meta.securitySeverity !== undefined
  return {
    id: c.id,
    name: c.id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: clip(c.title, SARIF_LIMITS.description) },
    fullDescription: { text: clip(firstParagraph(check.docs, 'What it checks') ?? c.title, SARIF_LIMITS.description) },
    help: { text: check.docs, markdown: check.docs },
    helpUri: `${DOCS_BASE}/checks/${c.family}/${c.id}/README.md`,
    // what a failure of this check is in this run: an error when it is of the required level or below
    defaultConfiguration: { level: report.policy.failOn !== 'none' && c.level <= report.policy.failOn ? 'error' : 'warning' },
    properties: {
      tags: ['ois-ready', c.family, `level-${c.level}`],
      level: c.level,
      version: c.version,
      crosswalk: c.crosswalk,
      ...(security ? { 'security-severity': check.meta.securitySeverity!.toFixed(1) } : {}),
    },
  }
}

function single(item: Item, prefix: string): Result {
  const f = item.finding
  return {
    ruleId: item.check.id,
    level: item.severity,
    message: { text: messageOf(f) },
    locations: [location(prefix, item.path, item.startLine, item.endLine)],
    // code scanning's upload-sarif hashes the line a result points at; a result without a line gets ois-ready's own
    partialFingerprints: fingerprints(item.check.id, item.path, f.message, !item.startLine),
  }
}

function grouped(items: Item[], severity: Severity, prefix: string): Result {
  const path = items[0]!.path
  const lines = items.map((i) => i.startLine).filter((l): l is number => l !== undefined)
  const first = items[0]!.finding
  const text =
    `${items.length} findings in ${path}${lines.length > 0 ? ` (line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''})` : ''}. ` +
    `The first: ${messageOf(first)}`
  return {
    ruleId: items[0]!.check.id,
    level: severity,
    message: { text },
    // the whole file: its findings come and go, the result stays one alert
    locations: [location(prefix, path)],
    relatedLocations: items.slice(0, SARIF_LIMITS.relatedLocations).map((i, n) => ({
      id: n + 1,
      ...location(prefix, path, i.startLine, i.endLine),
      message: { text: i.finding.message },
    })),
    partialFingerprints: fingerprints(items[0]!.check.id, path, 'findings in this file', true),
  }
}

function rest(c: CheckResult, groups: { items: Item[]; severity: Severity }[], prefix: string): Result {
  const findings = groups.reduce((n, g) => n + g.items.length, 0)
  const paths = groups.map((g) => g.items[0]!.path)
  const severity = groups.reduce<Severity>((w, g) => (SEVERITY_ORDER[g.severity] < SEVERITY_ORDER[w] ? g.severity : w), 'note')
  return {
    ruleId: c.id,
    level: severity,
    message: {
      text:
        `${findings} more finding${findings === 1 ? '' : 's'} of ${c.id} in ${paths.length} more file${paths.length === 1 ? '' : 's'} ` +
        `(code scanning gets at most ${SARIF_LIMITS.resultsPerCheck} results per check): ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''}. ` +
        `Every finding is in report.json and the job summary.`,
    },
    locations: [location(prefix, paths[0]!)],
    relatedLocations: paths.slice(0, SARIF_LIMITS.relatedLocations).map((p, n) => ({ id: n + 1, ...location(prefix, p) })),
    partialFingerprints: fingerprints(c.id, '', 'more findings', true),
  }
}

function finish(r: Result, c: CheckResult, ruleIndex: number, occurrences: Map<string, number>): Result {
  const fp = r.partialFingerprints!
  // identical fingerprints in one run (the same message twice in a file) are told apart by their order
  const key = fp[FINGERPRINT_KEY]!
  const n = (occurrences.get(key) ?? 0) + 1
  occurrences.set(key, n)
  if (n > 1) fp[FINGERPRINT_KEY] = `${key}:${n}`
  if (fp.primaryLocationLineHash) fp.primaryLocationLineHash = `${key.slice(0, 16)}:${n}`
  const out: Result = { ruleId: r.ruleId!, ruleIndex, ...r }
  if (c.exemption)
    out.suppressions = [{ kind: 'external', status: 'accepted', justification: `${c.exemption.reason} (until ${c.exemption.expires})` }]
  return out
}

/**
 * ois-ready's fingerprint: the check, the file, and the finding's text with numbers and spacing
 * normalised, so that it survives lines moving and counts changing. `lineless`: the result points
 * at no line, so upload-sarif computes no `primaryLocationLineHash` (the only fingerprint code
 * scanning reads) and ois-ready gives it; for a result at a line it leaves it to upload-sarif,
 * which warns about any value it did not compute itself.
 */
function fingerprints(checkId: string, path: string, text: string, lineless: boolean): Record<string, string> {
  const normalised = text.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim()
  const hash = createHash('sha256').update(`${checkId}\0${path}\0${normalised}`).digest('hex')
  return { [FINGERPRINT_KEY]: hash, ...(lineless ? { primaryLocationLineHash: hash } : {}) }
}

function location(prefix: string, path: string, startLine?: number, endLine?: number): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(`${prefix}${path}`), uriBaseId: '%SRCROOT%' },
      ...(startLine ? { region: { startLine, ...(endLine && endLine >= startLine ? { endLine } : {}) } } : {}),
    },
  }
}

/** A relative URI reference: each path segment percent-encoded (spaces, '#', '?', '%', non-ASCII), the slashes kept. */
export function artifactUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/')
}

function messageOf(f: Finding): string {
  const hint = f.status === 'unknown' ? 'To check it' : 'Fix'
  return f.remediation ? `${f.message}\n${hint}: ${f.remediation}` : f.message
}

function worst(items: Item[]): Severity {
  return items.reduce<Severity>((w, i) => (SEVERITY_ORDER[i.severity] < SEVERITY_ORDER[w] ? i.severity : w), 'note')
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function firstParagraph(markdown: string, heading: string): string | undefined {
  const start = markdown.indexOf(`## ${heading}`)
  if (start < 0) return undefined
  const body = markdown.slice(start).split('\n').slice(1).join('\n').trim()
  return body.split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ')
}
