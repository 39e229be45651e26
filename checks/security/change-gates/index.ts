import type { BranchProtectionLookup, Check, Finding } from '../../../src/core/types.js'
import { requiredChecksOf } from '../../../src/docs/github-branch-protection.js'
import { loadWorkflows, type Workflow } from '../../../src/workflows/workflows.js'
import { logicalLines } from '../../../src/workflows/shell-commands.js'
import { TOOLS, type Kind } from './tools.js'
import docs from './README.md'

/** Triggers that run on a proposed change before it is merged. */
const PR_TRIGGERS = ['pull_request', 'pull_request_target', 'merge_group']
const KIND_NAMES: Record<Kind, string> = { sca: 'dependency and vulnerability scanning (SCA)', sast: 'static analysis (SAST)' }

interface Gate {
  tool: string
  kind: Kind
  path: string
  line: number
  job: string
  workflow: Workflow
  /** Whether a finding fails the job: false when the tool only reports, or continue-on-error / `|| true` swallow it. */
  blocks: boolean
  why: string
  /** The job is told not to fail (continue-on-error, `|| true`) and sends no results to code scanning, where a ruleset could still block. */
  silenced: boolean
}

export const check: Check = {
  meta: {
    id: 'change-gates',
    family: 'security',
    title: 'Dependency scanning and static analysis run on every pull request and can block it',
    level: 3,
    version: '1.0.0',
    crosswalk: {
      osps: ['OSPS-VM-05.03', 'OSPS-VM-06.02'],
      bestPractices: ['static_analysis', 'static_analysis_often', 'dependency_monitoring'],
      cra: ['Annex I Part II(3)'],
    },
    anchors: ['.github/workflows'],
    securitySeverity: 4.0,
  },
  docs,
  async run({ repo, branchProtection }) {
    const { workflows, problems } = await loadWorkflows(repo)
    const lookup = branchProtection ? await branchProtection.read() : undefined
    const settings = lookup && 'branch' in lookup ? lookup : undefined
    const findings: Finding[] = [...problems]
    const byPath = new Map(workflows.map((w) => [w.path, w]))
    const onPr = workflows.filter((w) => w.triggers.some((t) => PR_TRIGGERS.includes(t)))
    // reusable workflows of this repository that a pull request workflow calls run on the pull request too
    const called = onPr.flatMap((w) =>
      Object.values(w.doc.jobs ?? {}).flatMap((j) => {
        const uses = typeof j?.uses === 'string' ? j.uses.replace(/^\$\//, './') : ''
        const target = uses.startsWith('./') ? byPath.get(uses.slice(2).split('@')[0]!) : undefined
        return target && !onPr.includes(target) ? [target] : []
      }),
    )
    const gates = [...onPr, ...new Set(called)].flatMap((w) => gatesOf(w))
    for (const kind of ['sca', 'sast'] as Kind[]) {
      const of = gates.filter((g) => g.kind === kind)
      const blocking = of.filter((g) => g.blocks)
      const list = (gs: Gate[]) => [...new Set(gs.map((g) => `${g.tool} (${g.path}:${g.line}, job "${g.job}")`))].slice(0, 3).join(', ')
      const byRuleset = settings ? codeScanningRule(settings, kind) : undefined
      if (settings && blocking.length > 0) findings.push(requiredOrNot(settings, kind, blocking, list(blocking), byRuleset))
      else if (blocking.length > 0)
        findings.push({
          status: 'pass',
          message: `${KIND_NAMES[kind]} on pull requests, failing the job on findings: ${list(blocking)}${unreadNote(lookup)}`,
        })
      else if (settings && !(of.length > 0 && of.every((g) => g.silenced))) findings.push(fromRulesets(settings, kind, of, byRuleset))
      else if (of.length > 0 && of.every((g) => g.silenced))
        findings.push({
          status: 'fail',
          message: `${KIND_NAMES[kind]} runs on pull requests but is set not to block: ${of.map((g) => `${g.tool} (${g.path}:${g.line}: ${g.why})`).join('; ')}`,
          location: { path: of[0]!.path, startLine: of[0]!.line },
          remediation:
            'Let findings fail the job (remove continue-on-error or `|| true`, set the tool to fail on findings) and make the job a required status check.',
        })
      else if (of.length > 0)
        findings.push({
          status: 'unknown',
          message: `${KIND_NAMES[kind]} on pull requests only reports (${of.map((g) => `${g.tool}: ${g.why}`).join('; ')}); whether its findings block a merge is set on the forge (code scanning merge protection in rulesets), which cannot be seen offline`,
          location: { path: of[0]!.path, startLine: of[0]!.line },
          remediation: `Add a ruleset rule "Require code scanning results", or a scanner that fails the job on findings.${unreadFix(lookup)}`,
        })
      else
        findings.push({
          status: 'unknown',
          message: `no ${KIND_NAMES[kind]} found in the pull request workflows; a scanner set up on the forge (CodeQL default setup with a ruleset requiring its results, required workflows of the organisation) is not in the repository${unreadNote(lookup)}`,
          remediation: `${ADD_SCANNER[kind]}${unreadFix(lookup)}`,
        })
    }
    return findings
  },
}

const ADD_SCANNER: Record<Kind, string> = {
  sca: 'Run actions/dependency-review-action (or OSV-Scanner, pip-audit, cargo-deny, govulncheck…) on pull_request, failing on findings, as a required status check.',
  sast: 'Run a static analyser on pull_request that fails on findings (Semgrep, gosec, Bandit, zizmor…) as a required status check, or CodeQL with a ruleset that requires its results.',
}

type Settings = Extract<BranchProtectionLookup, { branch: string }>

/** Why the default branch's settings are not part of the verdict, for its message. */
function unreadNote(lookup: BranchProtectionLookup | undefined): string {
  if (!lookup) return ''
  return 'unknown' in lookup ? ` (the default branch's rulesets and required status checks could not be read: ${lookup.unknown})` : ''
}

function unreadFix(lookup: BranchProtectionLookup | undefined): string {
  return lookup && 'unknown' in lookup && lookup.remediation ? ` ${lookup.remediation}` : ''
}

/** A ruleset rule that requires the code scanning results of a tool of this kind, and its wording. */
function codeScanningRule(settings: Settings, kind: Kind): string | undefined {
  for (const rule of settings.rules) {
    if (rule.type !== 'code_scanning') continue
    const tools = Array.isArray(rule.parameters.code_scanning_tools) ? (rule.parameters.code_scanning_tools as unknown[]) : []
    for (const t of tools) {
      const tool = (t as { tool?: unknown } | null)?.tool
      if (typeof tool !== 'string') continue
      const known = TOOLS.find(
        (k) => k.name.toLowerCase() === tool.toLowerCase() || (tool.toLowerCase() === 'codeql' && k.name === 'CodeQL'),
      )
      if (known?.kind === kind) return `a rule of ${rule.source} requires the code scanning results of ${tool} on ${settings.branch}`
    }
  }
  return undefined
}

/** Required workflows (a ruleset's `workflows` rule) run code this check does not read. */
function requiredWorkflows(settings: Settings): string | undefined {
  const rule = settings.rules.find((r) => r.type === 'workflows')
  return rule ? `a rule of ${rule.source} requires workflows kept elsewhere, which this check does not read` : undefined
}

/** The names a job's check run carries: its `name:` when it is plain text, else its id. */
function jobNames(workflow: Workflow, jobId: string): string[] {
  const name = workflow.doc.jobs?.[jobId]?.name
  return typeof name === 'string' && !name.includes('${{') ? [name, jobId] : [jobId]
}

/**
 * The jobs whose success needs the gate's job: itself, and the jobs of its workflow that need it
 * (directly or through others) and do not run when it failed (no `if:` with always(), failure()
 * or !cancelled(), which run a job whatever its needs gave).
 */
function jobsGatedBy(workflow: Workflow, jobId: string): string[] {
  const jobs = workflow.doc.jobs ?? {}
  const gated = new Set([jobId])
  for (let grew = true; grew;) {
    grew = false
    for (const [id, job] of Object.entries(jobs)) {
      if (gated.has(id) || !job || typeof job !== 'object') continue
      const needs: unknown[] = typeof job.needs === 'string' ? [job.needs] : Array.isArray(job.needs) ? job.needs : []
      const condition = typeof job.if === 'string' ? job.if : ''
      if (needs.some((n) => gated.has(String(n))) && !/always\(\)|failure\(\)|cancelled\(\)/.test(condition)) {
        gated.add(id)
        grew = true
      }
    }
  }
  return [...gated]
}

/** Whether a required status check is the check run of a job named `name` (also a matrix leg, or a job of a called workflow). */
function names(context: string, name: string): boolean {
  return context === name || context.startsWith(`${name} (`) || context.endsWith(` / ${name}`) || context.includes(` / ${name} (`)
}

function requiredOrNot(settings: Settings, kind: Kind, blocking: Gate[], listed: string, byRuleset: string | undefined): Finding {
  const required = requiredChecksOf(settings)
  for (const gate of blocking) {
    const gatedNames = jobsGatedBy(gate.workflow, gate.job).flatMap((id) => jobNames(gate.workflow, id))
    const hit = required.find((r) => gatedNames.some((n) => names(r.context, n)))
    if (hit)
      return {
        status: 'pass',
        message: `${KIND_NAMES[kind]} on pull requests, failing the job on findings: ${gate.tool} (${gate.path}:${gate.line}, job "${gate.job}"); the status check "${hit.context}" that needs it is required on ${settings.branch} (${hit.source})`,
      }
  }
  if (byRuleset) return { status: 'pass', message: `${KIND_NAMES[kind]}: ${byRuleset}; on pull requests: ${listed}` }
  const elsewhere = requiredWorkflows(settings)
  const where = { path: blocking[0]!.path, startLine: blocking[0]!.line }
  const fix = `Make the scanner's job (or a job that needs it) a required status check of ${settings.branch} in a ruleset.`
  if (required.length === 0 && !elsewhere)
    return {
      status: 'fail',
      message: `${KIND_NAMES[kind]} fails its job on findings (${listed}), but no status check is required on ${settings.branch} (read from ${settings.source}): a pull request whose scan fails can still be merged`,
      location: where,
      remediation: fix,
    }
  return {
    status: 'unknown',
    message: `${KIND_NAMES[kind]} fails its job on findings (${listed}), but none of the jobs that need it is among the required status checks of ${settings.branch} (${
      required
        .slice(0, 5)
        .map((r) => `"${r.context}"`)
        .join(', ') || 'none'
    })${elsewhere ? `; ${elsewhere}` : ''}; a check named differently may still wait for it`,
    location: where,
    remediation: fix,
  }
}

/** No scanner that fails its job: whether the forge's rules block on findings anyway. */
function fromRulesets(settings: Settings, kind: Kind, reporting: Gate[], byRuleset: string | undefined): Finding {
  const ran = reporting.length ? ` (on pull requests: ${[...new Set(reporting.map((g) => g.tool))].join(', ')}, reporting only)` : ''
  if (byRuleset) return { status: 'pass', message: `${KIND_NAMES[kind]}: ${byRuleset}${ran}` }
  const elsewhere = requiredWorkflows(settings)
  const location = reporting[0] ? { location: { path: reporting[0].path, startLine: reporting[0].line } } : {}
  if (elsewhere)
    return {
      status: 'unknown',
      message: `no ${KIND_NAMES[kind]} that fails on findings in this repository's pull request workflows${ran}; ${elsewhere}`,
      ...location,
      remediation: ADD_SCANNER[kind],
    }
  return {
    status: 'fail',
    message: `no ${KIND_NAMES[kind]} can block a pull request: ${reporting.length ? `the scanners on pull requests only report${ran}` : 'none runs on pull requests'}, and no rule of ${settings.branch} requires code scanning results or workflows (read from ${settings.source})`,
    ...location,
    remediation: ADD_SCANNER[kind],
  }
}

function gatesOf(workflow: Workflow): Gate[] {
  const gates: Gate[] = []
  for (const [jobId, job] of Object.entries(workflow.doc.jobs ?? {})) {
    if (!job || typeof job !== 'object') continue
    const jobSwallows = job['continue-on-error'] === true || job['continue-on-error'] === 'true'
    const steps = Array.isArray(job.steps) ? job.steps : []
    const sarif = steps.some((st) => typeof st?.uses === 'string' && /^github\/codeql-action\/(upload-sarif|analyze)/.test(st.uses))
    steps.forEach((step, i) => {
      if (!step || typeof step !== 'object') return
      const line = workflow.yaml.lineAt(['jobs', jobId, 'steps', i]) ?? 1
      const stepSwallows = step['continue-on-error'] === true || step['continue-on-error'] === 'true'
      const swallow = jobSwallows ? 'job continue-on-error' : stepSwallows ? 'step continue-on-error' : undefined
      if (typeof step.uses === 'string') {
        const name = step.uses.split('@')[0]!
        const tool = TOOLS.find((t) => t.action && (name === t.action || (t.action.endsWith('/') && name.startsWith(t.action))))
        if (tool) {
          const fails = typeof tool.failsOnFindings === 'function' ? tool.failsOnFindings(step.with ?? {}) : tool.failsOnFindings
          const why =
            swallow ??
            (fails
              ? 'fails on findings'
              : typeof tool.failsOnFindings === 'function'
                ? `its inputs (${
                    Object.keys(step.with ?? {})
                      .filter((k) => /exit-code|fail-build|advanced-security/.test(k))
                      .join(', ') || 'defaults: exit-code 0'
                  }) only report`
                : 'uploads results, does not fail the job')
          gates.push({
            tool: tool.name,
            kind: tool.kind,
            path: workflow.path,
            line,
            job: jobId,
            workflow,
            blocks: fails && !swallow,
            why,
            silenced: !!swallow && !sarif,
          })
        }
      }
      if (typeof step.run === 'string')
        for (const l of logicalLines(step.run)) {
          const tool = TOOLS.find((t) => t.command?.test(l.text))
          if (!tool) continue
          const ignored = /\|\|\s*(true|:|exit 0)\b|;\s*true\s*$/.test(l.text)
          const fails = tool.failsOnFindings === true
          const why = swallow ?? (ignored ? '`|| true` ignores its exit code' : fails ? 'fails on findings' : 'only reports')
          gates.push({
            tool: tool.name,
            kind: tool.kind,
            path: workflow.path,
            line,
            job: jobId,
            workflow,
            blocks: fails && !swallow && !ignored,
            why,
            silenced: (!!swallow || ignored) && !sarif,
          })
        }
    })
  }
  return gates
}
