import type { Check, Finding } from '../../../src/core/types.js'
import { lineOfTextIn, loadWorkflows, type Job, type Workflow } from '../../../src/workflows/workflows.js'
import { stepNeeds } from './needs.js'
import docs from './README.md'

/** Every scope `write-all` grants. */
const ALL_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]

/** `${{ … }}` and the collaborator inputs it may name. */
const EXPRESSION = /\$\{\{([\s\S]{0,2000}?)\}\}/g
const INPUT = /\b(?:github\s*\.\s*event\s*\.\s*)?inputs\s*\.\s*([\w-]+)|\binputs\s*\[\s*['"]([\w-]+)['"]\s*\]/g
const CLIENT_PAYLOAD = /github\s*\.\s*event\s*\.\s*client_payload\b/
/** Input types whose values cannot carry shell syntax. */
const SAFE_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment'])

export const check: Check = {
  meta: {
    id: 'job-least-privilege',
    family: 'security',
    title: "Each workflow job's token has only the write permissions its steps need, and no collaborator input is expanded into a script",
    level: 3,
    version: '1.0.0',
    crosswalk: { osps: ['OSPS-AC-04.02', 'OSPS-BR-01.04'], cra: ['Annex I Part I(2)(d)'] },
    anchors: ['.github/workflows'],
    securitySeverity: 5.0,
    defaultOptions: { 'action-permissions': {} },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'action-permissions': {
          type: 'object',
          description:
            'Write scopes of actions the built-in table does not know, by owner/name (without the ref): { "my-org/deploy": ["contents", "id-token"] }',
          additionalProperties: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
  docs,
  async run({ repo, options }) {
    const extra = (options['action-permissions'] ?? {}) as Record<string, string[]>
    const { workflows, problems } = await loadWorkflows(repo)
    if (workflows.length === 0 && problems.length === 0) return [{ status: 'not-applicable', message: 'no GitHub Actions workflows' }]
    const findings: Finding[] = [...problems]
    const local = new Map(workflows.map((w) => [w.path, w]))
    let jobs = 0
    let writing = 0
    for (const workflow of workflows) {
      for (const [jobId, job] of Object.entries(workflow.doc.jobs ?? {})) {
        if (!job || typeof job !== 'object') continue
        jobs++
        const judged = judgeJob(workflow, jobId, job, extra, local)
        if (judged.writes > 0) writing++
        findings.push(...judged.findings)
      }
      findings.push(...inputInjections(workflow))
    }
    if (findings.every((f) => f.status === 'pass'))
      findings.push({
        status: 'pass',
        message: `${jobs} job(s) in ${workflows.length} workflow(s): every write permission is needed by a step of its job (${writing} job(s) write), and no collaborator input is expanded into a script`,
      })
    return findings
  },
}

function judgeJob(
  workflow: Workflow,
  jobId: string,
  job: Job,
  extra: Record<string, string[]>,
  local: Map<string, Workflow>,
): { writes: number; findings: Finding[] } {
  const own = job.permissions !== undefined
  const permissions = own ? job.permissions : workflow.doc.permissions
  const line = workflow.yaml.lineAt(own ? ['jobs', jobId, 'permissions'] : ['jobs', jobId]) ?? 1
  const location = { path: workflow.path, startLine: line }
  const name = `${workflow.path}: job "${jobId}"`
  if (permissions === undefined) {
    const reusable = workflow.triggers.length > 0 && workflow.triggers.every((t) => t === 'workflow_call')
    if (reusable) return { writes: 0, findings: [] }
    return {
      writes: 1,
      findings: [
        {
          status: 'fail',
          message: `${name} declares no permissions and the workflow none either: it gets the repository's default token, which may be read-write`,
          location,
          remediation: 'Declare permissions per job: "permissions: contents: read" and only the writes the job needs.',
        },
      ],
    }
  }
  const writes = writeScopes(permissions)
  if (writes.length === 0) return { writes: 0, findings: [] }
  if (permissions === 'write-all')
    return {
      writes: writes.length,
      findings: [
        {
          status: 'fail',
          message: `${name} is granted write-all: every scope, which no job needs`,
          location,
          remediation: 'Replace write-all with the scopes the job needs.',
        },
      ],
    }

  const needed = new Set<string>()
  const maybe = new Set<string>()
  const unknownSteps: string[] = []
  const why = new Map<string, string>()
  const add = (n: ReturnType<typeof stepNeeds>, where = '') => {
    if (n.needs === undefined) unknownSteps.push(`${n.what}${where}`)
    else
      for (const s of n.needs) {
        needed.add(s)
        why.set(s, n.what)
      }
    for (const s of n.maybe) maybe.add(s)
  }
  if (typeof job.uses === 'string') {
    const called = job.uses.replace(/^\$\//, './').replace(/^\.\//, '').split('@')[0]!
    const target = local.get(called)
    if (!target) unknownSteps.push(`the reusable workflow ${job.uses}`)
    else
      for (const [calledId, calledJob] of Object.entries(target.doc.jobs ?? {}))
        for (const step of Array.isArray(calledJob?.steps) ? calledJob.steps : [])
          add(stepNeeds(step ?? {}, extra), ` in ${called} job "${calledId}"`)
  }
  const steps = Array.isArray(job.steps) ? job.steps : []
  for (const step of steps) add(stepNeeds(step ?? {}, extra))
  // programs can push only with the credentials a checkout leaves behind
  const persisted = steps.some(
    (st) => typeof st?.uses === 'string' && st.uses.startsWith('actions/checkout') && String(st.with?.['persist-credentials']) !== 'false',
  )
  if (!persisted && typeof job.uses !== 'string') maybe.delete('contents')
  const excess = writes.filter((w) => !needed.has(w))
  if (excess.length === 0) return { writes: writes.length, findings: [] }
  // a write an unknown step or a program in a script might need is not shown to be excess
  const uncertain = excess.filter((w) => unknownSteps.length > 0 || maybe.has(w))
  const definite = excess.filter((w) => !uncertain.includes(w))
  const from = own ? '' : ' (from the workflow-level permissions)'
  const scopes = (list: string[]) => list.map((s) => `${s}: write`).join(', ')
  const findings: Finding[] = []
  if (definite.length > 0)
    findings.push({
      status: 'fail',
      message: `${name} is granted ${scopes(definite)}${from}, which none of its steps needs${needed.size ? ` (they need ${[...needed].map((s) => `${s}: write for ${why.get(s)}`).join(', ')})` : ''}`,
      location,
      remediation: own
        ? `Remove ${definite.join(', ')} from the job's permissions (or set them to read).`
        : `Give this job its own "permissions:" with only what it needs; the workflow-level permissions apply to every job.`,
    })
  if (uncertain.length > 0) {
    const who = unknownSteps.length > 0 ? [...new Set(unknownSteps)].slice(0, 3).join(', ') : 'a program its run: scripts start'
    findings.push({
      status: 'unknown',
      message: `${name} is granted ${scopes(uncertain)}${from}; no step the table knows needs it, and ${who} may use it in ways the table does not know`,
      location,
      remediation:
        unknownSteps.length > 0
          ? `If the step needs it, name it in the check's options (checks.job-least-privilege.options.action-permissions: { "${unknownSteps[0]}": ["${uncertain[0]}"] }); otherwise remove the permission.`
          : `If a program the job runs needs it (an OIDC login, a release tool that pushes), move that step to a job of its own that holds the permission; otherwise remove it.`,
    })
  }
  return { writes: writes.length, findings }
}

/** The scopes a `permissions` value grants write access to. */
function writeScopes(permissions: unknown): string[] {
  if (permissions === 'write-all') return ALL_SCOPES
  if (!permissions || typeof permissions !== 'object') return []
  return Object.entries(permissions as Record<string, unknown>)
    .filter(([, v]) => v === 'write')
    .map(([k]) => k)
}

function inputTypes(workflow: Workflow): Map<string, string> {
  const types = new Map<string, string>()
  const on = workflow.doc.on
  if (!on || typeof on !== 'object' || Array.isArray(on)) return types
  for (const trigger of ['workflow_dispatch', 'workflow_call']) {
    const inputs = (on as Record<string, { inputs?: Record<string, { type?: unknown }> } | null>)[trigger]?.inputs
    if (!inputs || typeof inputs !== 'object') continue
    for (const [name, spec] of Object.entries(inputs)) {
      const type = typeof spec?.type === 'string' ? spec.type : 'string'
      // the same name under both triggers: the less safe type counts
      if (!SAFE_INPUT_TYPES.has(types.get(name) ?? '') && types.has(name)) continue
      types.set(name, type)
    }
  }
  return types
}

function inputInjections(workflow: Workflow): Finding[] {
  const findings: Finding[] = []
  const types = inputTypes(workflow)
  for (const [jobId, job] of Object.entries(workflow.doc.jobs ?? {})) {
    const steps = Array.isArray(job?.steps) ? job.steps : []
    steps.forEach((step, i) => {
      const scripts: [string, (string | number)[]][] = []
      if (typeof step?.run === 'string') scripts.push([step.run, ['jobs', jobId, 'steps', i, 'run']])
      if (typeof step?.uses === 'string' && step.uses.startsWith('actions/github-script') && typeof step.with?.script === 'string')
        scripts.push([step.with.script, ['jobs', jobId, 'steps', i, 'with', 'script']])
      for (const [script, path] of scripts) {
        for (const m of script.matchAll(EXPRESSION)) {
          const expr = m[1]!
          const names = [...expr.matchAll(INPUT)].map((x) => x[1] ?? x[2]!)
          const unsafe = names.filter((n) => !SAFE_INPUT_TYPES.has(types.get(n) ?? 'string'))
          const payload = CLIENT_PAYLOAD.test(expr)
          if (unsafe.length === 0 && !payload) continue
          const what = payload
            ? 'github.event.client_payload'
            : `inputs.${unsafe[0]} (${types.has(unsafe[0]!) ? `type ${types.get(unsafe[0]!)}` : 'not declared: any text'})`
          findings.push({
            status: 'fail',
            message: `${workflow.path}: job "${jobId}" expands \${{ ${expr.trim().slice(0, 80)} }} into a script: ${what} is collaborator input, and quotes or $(…) in it become commands`,
            location: { path: workflow.path, startLine: lineOfTextIn(workflow, path, m[0]) ?? 1 },
            remediation: `Pass it through an environment variable (env: { VALUE: \${{ ${expr.trim().slice(0, 60)} }} } and "$VALUE" in the script), or make the input a choice, boolean or number.`,
          })
        }
      }
    })
  }
  return findings
}
