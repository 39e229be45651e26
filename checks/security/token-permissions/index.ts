import type { Check, Finding } from '../../../src/core/types.js'
import { loadWorkflows } from '../../../src/workflows/workflows.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'token-permissions',
    family: 'security',
    title: 'Workflows give their jobs read-only tokens unless a job declares what it needs',
    level: 2,
    version: '1.2.0',
    crosswalk: { osps: ['OSPS-AC-04.01'], cra: ['Annex I Part I(2)(d)'] },
    securitySeverity: 5.0,
  },
  docs,
  async run({ repo }) {
    const { workflows, problems } = await loadWorkflows(repo)
    if (workflows.length === 0 && problems.length === 0) return [{ status: 'not-applicable', message: 'no GitHub Actions workflows' }]
    const findings: Finding[] = [...problems]
    for (const workflow of workflows) {
      const permissions = workflow.doc.permissions
      const line = workflow.yaml.lineAt(['permissions']) ?? 1
      const location = { path: workflow.path, startLine: line }
      const writes = writeScopes(permissions)
      const jobs = Object.entries(workflow.doc.jobs ?? {})
      const unset = jobs.filter(([, job]) => job?.permissions === undefined).map(([id]) => id)
      const reusable = workflow.triggers.length > 0 && workflow.triggers.every((t) => t === 'workflow_call')
      if (permissions === undefined && reusable) {
        // a reusable workflow runs with the token of the workflow that calls it, which it can only restrict:
        // the caller's permissions apply, and the caller is judged on its own
        findings.push({
          status: 'pass',
          message: `${workflow.path} is a reusable workflow (on: workflow_call) and sets no top-level permissions: its jobs get the calling workflow's token, so the caller's permissions apply`,
          location: { path: workflow.path, startLine: 1 },
        })
      } else if (permissions === undefined && jobs.length > 0 && unset.length === 0) {
        // no top-level permissions, but every job says which it needs: nothing gets the default token
        findings.push({
          status: 'pass',
          message: `${workflow.path}: no top-level permissions, and each of its ${jobs.length} job(s) declares its own`,
          location: { path: workflow.path, startLine: 1 },
        })
      } else if (permissions === undefined) {
        findings.push({
          status: 'fail',
          message:
            jobs.length > 0 && unset.length < jobs.length
              ? `${workflow.path} sets no top-level permissions, and job(s) ${unset.join(', ')} declare none, so they get the repository's default token, which may be read-write`
              : `${workflow.path} sets no top-level permissions, so every job gets the repository's default token, which may be read-write`,
          location: { path: workflow.path, startLine: 1 },
          remediation:
            'Add "permissions: contents: read" (or "permissions: {}") at the top of the workflow, and grant writes per job where needed.',
        })
      } else if (writes.length > 0) {
        findings.push({
          status: 'fail',
          message: `${workflow.path}: top-level permissions grant write access (${writes.join(', ')}) to every job`,
          location,
          remediation: 'Make the top-level permissions read-only and move each write permission to the job that needs it.',
        })
      } else findings.push({ status: 'pass', message: `${workflow.path}: top-level token permissions are read-only`, location })
    }
    return findings
  },
}

/** The scopes a `permissions` value grants write access to (`write-all` grants all). */
function writeScopes(permissions: unknown): string[] {
  if (permissions === undefined || permissions === null) return []
  if (typeof permissions === 'string') return permissions === 'read-all' ? [] : [permissions]
  if (typeof permissions !== 'object') return [String(permissions)]
  return Object.entries(permissions as Record<string, unknown>)
    .filter(([, v]) => v !== 'read' && v !== 'none')
    .map(([k, v]) => `${k}: ${String(v)}`)
}
