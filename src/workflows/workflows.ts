/** GitHub Actions workflows of the repository, parsed with positions, for the workflow security checks. */
import type { Snapshot } from '../core/snapshot.js'
import type { Finding } from '../core/types.js'
import { parseYaml, type YamlSource } from '../core/yaml-source.js'
import { unreadableFinding } from '../core/read-failure.js'

export interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  name?: string
  env?: unknown
  'continue-on-error'?: unknown
  'working-directory'?: unknown
}

export interface Job {
  steps?: Step[]
  permissions?: unknown
  'runs-on'?: unknown
  /** A reusable workflow the job calls (`owner/repo/.github/workflows/x.yml@ref` or `./.github/workflows/x.yml`). */
  uses?: unknown
  container?: unknown
  services?: unknown
  'continue-on-error'?: unknown
  if?: unknown
  /** Its check run's name (may hold expressions). */
  name?: unknown
  /** The jobs that must succeed before it runs. */
  needs?: unknown
}

export interface WorkflowDocument {
  on?: unknown
  permissions?: unknown
  jobs?: Record<string, Job>
}

export interface Workflow {
  path: string
  text: string
  yaml: YamlSource
  doc: WorkflowDocument
  triggers: string[]
}

export async function loadWorkflows(repo: Snapshot): Promise<{ workflows: Workflow[]; problems: Finding[] }> {
  const workflows: Workflow[] = []
  const problems: Finding[] = []
  for (const entry of repo.glob('.github/workflows/*.{yml,yaml}')) {
    const read = await repo.readText(entry.path)
    if (!read.ok) {
      problems.push(unreadableFinding(read, 'the workflow'))
      continue
    }
    const yaml = parseYaml(read.text)
    if (yaml.errors.length > 0 || !yaml.value || typeof yaml.value !== 'object') {
      const e = yaml.errors[0]
      problems.push({
        status: 'fail',
        message: `${entry.path}${e ? `:${e.line}` : ''}: not a valid workflow (${e?.message ?? 'empty document'}); it could not be checked`,
        location: { path: entry.path, startLine: e?.line ?? 1 },
        remediation: 'Fix the YAML; GitHub does not run an invalid workflow either.',
      })
      continue
    }
    const doc = yaml.value as WorkflowDocument
    workflows.push({ path: entry.path, text: read.text, yaml, doc, triggers: triggersOf(doc.on) })
  }
  return { workflows, problems }
}

function triggersOf(on: unknown): string[] {
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(String)
  if (on && typeof on === 'object') return Object.keys(on)
  return []
}

/** Line of the first occurrence of `needle` inside the node at `path` (falls back to the node's line). */
export function lineOfTextIn(workflow: Workflow, path: (string | number)[], needle: string): number | undefined {
  const node = workflow.yaml.doc.getIn(path, true) as { range?: [number, number, number] } | undefined
  if (node?.range) {
    const index = workflow.text.indexOf(needle, node.range[0])
    if (index >= 0 && index <= node.range[2]) return workflow.yaml.line(index)
  }
  return workflow.yaml.lineAt(path)
}
