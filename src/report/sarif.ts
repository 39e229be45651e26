/** results.sarif: SARIF 2.1.0 for code scanning, one rule per check, one result per failing (or unknown, as a note) finding. */
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { Report } from '../core/report.js'
import type { Check } from '../core/types.js'
import { DOCS_BASE } from '../core/version.js'

/** `uriPrefix`: the repository's folder relative to the code-scanning checkout root (e.g. 'app/'), when they differ. */
export function renderSarif(report: Report, checks: readonly Check[], uriPrefix = ''): string {
  const byId = new Map(checks.map((c) => [c.meta.id, c]))
  const ran = report.checks.filter((c) => byId.has(c.id))
  const rules: ReportingDescriptor[] = ran.map((c) => {
    const check = byId.get(c.id)!
    const helpUri = `${DOCS_BASE}/checks/${c.family}/${c.id}/README.md`
    return {
      id: c.id,
      name: c.id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
      shortDescription: { text: c.title },
      fullDescription: { text: firstParagraph(check.docs, 'What it checks') ?? c.title },
      help: { text: check.docs, markdown: check.docs },
      helpUri,
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['ois-ready', c.family, `level-${c.level}`], level: c.level, version: c.version, crosswalk: c.crosswalk },
    }
  })
  const results: Result[] = []
  ran.forEach((c, ruleIndex) => {
    for (const f of c.findings) {
      if (f.status !== 'fail' && f.status !== 'error' && f.status !== 'unknown' && f.severity !== 'warning') continue
      // unknown: not a defect of the repository, a note of what could not be seen and what would resolve it
      const result: Result = {
        ruleId: c.id,
        ruleIndex,
        level: f.status === 'fail' ? 'error' : f.status === 'unknown' ? 'note' : 'warning',
        message: {
          text: f.remediation ? `${f.message}\n${f.status === 'unknown' ? 'To check it' : 'Fix'}: ${f.remediation}` : f.message,
        },
      }
      if (f.location) {
        result.locations = [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(`${uriPrefix}${f.location.path}`), uriBaseId: '%SRCROOT%' },
              ...(f.location.startLine
                ? { region: { startLine: f.location.startLine, ...(f.location.endLine ? { endLine: f.location.endLine } : {}) } }
                : {}),
            },
          },
        ]
      }
      if (c.exemption)
        result.suppressions = [
          { kind: 'external', status: 'accepted', justification: `${c.exemption.reason} (until ${c.exemption.expires})` },
        ]
      results.push(result)
    }
  })
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
        automationDetails: { id: 'ois-ready/' },
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
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function firstParagraph(markdown: string, heading: string): string | undefined {
  const start = markdown.indexOf(`## ${heading}`)
  if (start < 0) return undefined
  const body = markdown.slice(start).split('\n').slice(1).join('\n').trim()
  return body.split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ')
}
