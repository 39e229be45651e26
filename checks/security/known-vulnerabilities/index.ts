import type { Check, Finding } from '../../../src/core/types.js'
import type { Vulnerability } from '../../../src/vuln/match-components.js'
import { SEVERITY_ORDER } from '../../../src/vuln/severity.js'
import { DEFAULT_VEX_GLOBS } from '../../../src/vuln/vex.js'
import { vulnerabilityAnalysis, type Ignore } from '../../../src/vuln/analysis.js'
import docs from './README.md'

type FailPolicy = 'fixable' | 'any' | 'critical' | 'high' | 'medium' | 'low'

export const check: Check = {
  meta: {
    id: 'known-vulnerabilities',
    family: 'security',
    title: 'No known vulnerabilities in the dependencies (OSV)',
    level: 2,
    version: '1.0.0',
    needs: ['lockfile-scan'],
    crosswalk: {
      osps: ['OSPS-VM-04.02', 'OSPS-VM-05.02', 'OSPS-VM-05.03'],
      bestPractices: ['vulnerabilities_fixed_60_days', 'vulnerabilities_critical_fixed', 'dependency_monitoring'],
      cra: ['Annex I Part I(2)(a)', 'Annex I Part II(2)'],
    },
    anchors: [
      'package-lock.json',
      'yarn.lock',
      'pnpm-lock.yaml',
      'Cargo.lock',
      'go.sum',
      'poetry.lock',
      'uv.lock',
      'Gemfile.lock',
      'composer.lock',
    ],
    securitySeverity: 7.5,
    defaultOptions: { fail: 'fixable', 'max-age-days': 7, ignore: [], vex: DEFAULT_VEX_GLOBS },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        fail: { enum: ['fixable', 'any', 'critical', 'high', 'medium', 'low'] },
        'max-age-days': { type: 'integer', minimum: 0, maximum: 365 },
        vex: { type: 'array', items: { type: 'string', minLength: 1 } },
        ignore: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'reason', 'expires'],
            properties: {
              id: { type: 'string', minLength: 1 },
              reason: { type: 'string', minLength: 1 },
              expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            },
          },
        },
      },
    },
  },
  docs,
  async run(ctx) {
    const { options, now } = ctx
    const outcome = await vulnerabilityAnalysis(ctx)
    if (outcome.status === 'not-applicable') return [{ status: 'not-applicable', message: outcome.message }]
    if (outcome.status === 'unknown') return [{ status: 'unknown', message: outcome.message, remediation: outcome.remediation }]
    const { analysis, lines } = outcome
    const policy = (options.fail ?? 'fixable') as FailPolicy
    const ignores = (options.ignore ?? []) as Ignore[]
    const today = now.toISOString().slice(0, 10)

    const findings: Finding[] = []
    for (const p of outcome.vexProblems)
      findings.push({
        status: 'fail',
        message: `${p.path}: invalid VEX document: ${p.message}`,
        location: { path: p.path, ...(p.line ? { startLine: p.line } : {}) },
        remediation:
          'Correct the document (OpenVEX https://openvex.dev/ns, or CycloneDX VEX); its statements are not used until it is valid.',
      })
    let suppressed = 0
    const counts = new Map<string, number>()
    let failing = 0
    for (const { vulnerability: v, state, vex: statement, ignore } of analysis.entries) {
      if (state === 'suppressed' && statement) {
        suppressed++
        findings.push({
          status: 'pass',
          message: `${describe(v)}; ${statement.status === 'not_affected' ? 'not affected' : statement.status} per VEX (${statement.path}:${statement.line})${statement.justification ? `: ${statement.justification}` : ''}${statement.detail ? `: ${statement.detail}` : ''}`,
          location: { path: statement.path, startLine: statement.line },
        })
        continue
      }
      const where = lines.get(v)
      const location = { path: v.component.source, ...(where ? { startLine: where } : {}) }
      const text = describe(v)
      if (state === 'ignored' && ignore) {
        findings.push({
          status: 'pass',
          severity: 'warning',
          message: `${text}; ignored until ${ignore.expires}: ${ignore.reason}`,
          location,
        })
        continue
      }
      const expired = ignores.find((i) => v.ids.includes(i.id))
      counts.set(v.malicious ? 'malicious' : v.severity.level, (counts.get(v.malicious ? 'malicious' : v.severity.level) ?? 0) + 1)
      const fails = failsUnder(v, policy)
      if (fails) failing++
      findings.push({
        status: fails ? 'fail' : 'pass',
        ...(fails ? {} : { severity: 'warning' as const }),
        message: `${text}${expired ? `; the ignore of ${expired.id} expired on ${expired.expires}` : ''}`,
        location,
        remediation: v.malicious
          ? `Remove ${v.name}: every version of a malicious package is to be removed, and credentials the build could reach rotated.`
          : v.fixed.length > 0
            ? `Update ${v.name} to ${v.fixed.find((f) => f !== '0') ?? v.fixed[0]} or later (fixed in ${v.fixed.join(', ')}), or record why it does not apply in a VEX document or an ignore with a reason and an expiry.`
            : `No fixed version is known: remove or replace ${v.name}, or record why it does not apply (VEX, or an ignore with a reason and an expiry).`,
      })
    }
    for (const i of ignores.filter((i) => i.expires < today))
      if (!analysis.entries.some((e) => e.vulnerability.ids.includes(i.id)))
        findings.push({
          status: 'pass',
          severity: 'warning',
          message: `the ignore of ${i.id} expired on ${i.expires} (it matches nothing now): remove it`,
        })

    const bySeverity = ['malicious', ...SEVERITY_ORDER]
      .filter((s) => counts.has(s))
      .map((s) => `${counts.get(s)} ${s}`)
      .join(', ')
    const total = [...counts.values()].reduce((a, b) => a + b, 0)
    const notes = [
      ...outcome.notes,
      ...(suppressed > 0 ? [`${suppressed} suppressed by VEX statements`] : []),
      ...(analysis.withdrawn.length > 0 ? [`withdrawn advisories not counted: ${analysis.withdrawn.join(', ')}`] : []),
      ...(analysis.entries.some((e) => e.vulnerability.gitRangeIgnored)
        ? ['GIT ranges (commits) are not evaluated; the ECOSYSTEM and SEMVER ranges and listed versions are']
        : []),
    ]
    const head: Finding =
      total === 0
        ? { status: 'pass', message: `no known vulnerabilities: ${outcome.checked}${notes.length ? `; ${notes.join('; ')}` : ''}` }
        : {
            status: failing > 0 ? 'fail' : 'pass',
            ...(failing > 0 ? {} : { severity: 'warning' as const }),
            message: `${total} known vulnerabilit${total === 1 ? 'y' : 'ies'} (${bySeverity}), ${failing} failing under the policy \`fail: ${policy}\`: ${outcome.checked}${notes.length ? `; ${notes.join('; ')}` : ''}`,
          }
    return [head, ...findings]
  },
}

function failsUnder(v: Vulnerability, policy: FailPolicy): boolean {
  if (v.malicious) return true
  switch (policy) {
    case 'any':
      return true
    case 'fixable':
      return v.fixed.some((f) => f !== '0')
    default:
      return v.severity.level !== 'unknown' && SEVERITY_ORDER.indexOf(v.severity.level) <= SEVERITY_ORDER.indexOf(policy)
  }
}

function describe(v: Vulnerability): string {
  const severity = v.malicious ? 'malicious package' : `${v.severity.level}${v.severity.score !== undefined ? ` ${v.severity.score}` : ''}`
  const fixed = v.malicious ? '' : v.fixed.length > 0 ? `; fixed in ${v.fixed.join(', ')}` : '; no fixed version'
  return `${v.name}@${v.component.version}: ${v.ids.join(', ')} (${severity})${v.summary ? ` ${v.summary}` : ''}${fixed}`
}
