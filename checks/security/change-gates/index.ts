import type { Check, Finding } from '../../../src/core/types.js'
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
  async run({ repo }) {
    const { workflows, problems } = await loadWorkflows(repo)
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
      if (blocking.length > 0)
        findings.push({ status: 'pass', message: `${KIND_NAMES[kind]} on pull requests, failing the job on findings: ${list(blocking)}` })
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
          remediation:
            'Add a ruleset rule "Require code scanning results", or a scanner that fails the job on findings; an API check of rulesets is planned.',
        })
      else
        findings.push({
          status: 'unknown',
          message: `no ${KIND_NAMES[kind]} found in the pull request workflows; a scanner set up on the forge (CodeQL default setup, required workflows of the organisation) cannot be seen offline`,
          remediation:
            kind === 'sca'
              ? 'Run actions/dependency-review-action (or OSV-Scanner, pip-audit, cargo-deny, govulncheck…) on pull_request, failing on findings.'
              : 'Run a static analyser on pull_request that fails on findings (Semgrep, gosec, Bandit, zizmor…), or CodeQL with a ruleset that requires its results.',
        })
    }
    return findings
  },
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
            blocks: fails && !swallow && !ignored,
            why,
            silenced: (!!swallow || ignored) && !sarif,
          })
        }
    })
  }
  return gates
}
