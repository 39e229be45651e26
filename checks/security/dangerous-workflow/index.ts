import type { Check, Finding } from '../../../src/core/types.js'
import { lineOfTextIn, loadWorkflows, type Workflow } from '../../../src/workflows/workflows.js'
import docs from './README.md'

/** Triggers whose jobs run with a write token and secrets although they can be started from a fork. */
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run']
/** Expressions naming the untrusted head of a pull request. */
const UNTRUSTED_REF =
  /github\.event\.pull_request\.head\.(sha|ref|repo\.full_name)|github\.head_ref|github\.event\.workflow_run\.(head_sha|head_branch|head_repository\.full_name|pull_requests)|github\.event\.pull_request\.merge_commit_sha|refs\/pull\/|github\.event\.number/
/** Shell commands that fetch the pull request's code (tested line by line, each pattern linear). */
const GH_PR_CHECKOUT = /\bgh\s+pr\s+checkout\b/
const GIT_FETCH = /\bgit\s+(fetch|checkout|pull)\b/
const PR_REF = /pull\/|\$\{\{\s*github\.(head_ref|event\.pull_request\.head)/
const fetchesUntrusted = (script: string): boolean =>
  script.split('\n').some((line) => GH_PR_CHECKOUT.test(line) || (GIT_FETCH.test(line) && PR_REF.test(line)))
/** Steps after the checkout that do not execute the checked-out code. */
const INERT_ACTIONS = /^actions\/(upload-artifact|download-artifact|cache\/save|checkout)@/
/** Event fields an outsider controls (GitHub Security Lab's list of untrusted inputs). */
const UNTRUSTED_INPUT =
  /github\s*\.\s*(head_ref|event\s*\.\s*(issue\.(title|body)|pull_request\.(title|body|head\.(ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|pages(\[[^\]]*\]|\.\*)?\.page_name|commits(\[[^\]]*\]|\.\*)?\.(message|author\.(email|name))|head_commit\.(message|author\.(email|name))|workflow_run\.(head_branch|display_title|head_commit\.(message|author\.(email|name))|pull_requests(\[[^\]]*\]|\.\*)?\.head\.(ref|branch))|discussion\.(title|body)|discussion_comment\.body))/
/** A whole event object serialised into a script carries every untrusted field in it. */
const UNTRUSTED_OBJECT =
  /toJSON\(\s*github\s*\.\s*event(\s*\.\s*(issue|comment|pull_request|review|review_comment|discussion|discussion_comment|head_commit|commits|pages|workflow_run))?\s*\)/
/** `${{ ... }}` up to the closing braces, whatever the expression holds (format('{0}', ...) included). */
const EXPRESSION = /\$\{\{([\s\S]{0,2000}?)\}\}/g
/** github['event']['issue']['title'] is github.event.issue.title. */
const normaliseExpression = (expr: string): string => expr.replace(/\[\s*(['"])([\w-]+)\1\s*\]/g, '.$2')

export const check: Check = {
  meta: {
    id: 'dangerous-workflow',
    family: 'security',
    title: 'No workflow runs untrusted pull request code with privileges or injects untrusted input into scripts',
    level: 2,
    version: '1.0.0',
    crosswalk: { osps: ['OSPS-BR-01.01', 'OSPS-BR-01.03'], cra: ['Annex I Part I(2)(d)'] },
    securitySeverity: 8.0,
  },
  docs,
  async run({ repo }) {
    const { workflows, problems } = await loadWorkflows(repo)
    if (workflows.length === 0 && problems.length === 0) return [{ status: 'not-applicable', message: 'no GitHub Actions workflows' }]
    const findings: Finding[] = [...problems]
    for (const workflow of workflows) findings.push(...untrustedCheckouts(workflow), ...scriptInjections(workflow))
    if (findings.length > 0) return findings
    return [{ status: 'pass', message: `${workflows.length} workflow(s): no untrusted checkout run with privileges, no script injection` }]
  },
}

function untrustedCheckouts(workflow: Workflow): Finding[] {
  const trigger = workflow.triggers.find((t) => PRIVILEGED_TRIGGERS.includes(t))
  if (!trigger) return []
  const findings: Finding[] = []
  for (const [jobId, job] of Object.entries(workflow.doc.jobs ?? {})) {
    const steps = Array.isArray(job?.steps) ? job.steps : []
    const index = steps.findIndex(
      (s) =>
        (typeof s?.uses === 'string' && s.uses.startsWith('actions/checkout') && UNTRUSTED_REF.test(JSON.stringify(s.with ?? {}))) ||
        (typeof s?.run === 'string' && fetchesUntrusted(s.run)),
    )
    if (index < 0) continue
    const runner = steps
      .slice(index + 1)
      .find((s) => typeof s?.run === 'string' || (typeof s?.uses === 'string' && !INERT_ACTIONS.test(s.uses)))
    if (!runner) continue
    const path = ['jobs', jobId, 'steps', index]
    findings.push({
      status: 'fail',
      message: `${workflow.path}: job "${jobId}" runs on ${trigger} (with a write token and secrets) and checks out the pull request's untrusted code, then runs it (${runner.run ? 'a run: step' : `uses: ${runner.uses}`})`,
      location: { path: workflow.path, startLine: workflow.yaml.lineAt(path) ?? 1 },
      remediation:
        'Build untrusted code in a pull_request workflow without secrets, and pass results to the privileged workflow as artifacts it only reads; never check out the PR head in pull_request_target or workflow_run jobs that run code.',
    })
  }
  return findings
}

function scriptInjections(workflow: Workflow): Finding[] {
  const findings: Finding[] = []
  for (const [jobId, job] of Object.entries(workflow.doc.jobs ?? {})) {
    const steps = Array.isArray(job?.steps) ? job.steps : []
    steps.forEach((step, i) => {
      const scripts: [string, (string | number)[]][] = []
      if (typeof step?.run === 'string') scripts.push([step.run, ['jobs', jobId, 'steps', i, 'run']])
      if (typeof step?.uses === 'string' && step.uses.startsWith('actions/github-script') && typeof step.with?.script === 'string') {
        scripts.push([step.with.script, ['jobs', jobId, 'steps', i, 'with', 'script']])
      }
      for (const [script, path] of scripts) {
        for (const m of script.matchAll(EXPRESSION)) {
          const expr = normaliseExpression(m[1]!)
          const input = UNTRUSTED_INPUT.exec(expr) ?? UNTRUSTED_OBJECT.exec(expr)
          if (!input) continue
          findings.push({
            status: 'fail',
            message: `${workflow.path}: job "${jobId}" expands \${{ ${input[0]} }} into a script; whoever controls it can run commands in the workflow`,
            location: { path: workflow.path, startLine: lineOfTextIn(workflow, path, m[0]) ?? 1 },
            remediation: `Pass it through an environment variable instead: env: { VALUE: \${{ ${input[0]} }} } and use "$VALUE" in the script.`,
          })
        }
      }
    })
  }
  return findings
}
