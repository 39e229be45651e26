import type { Check, Finding } from '../../../src/core/types.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import { parseJson } from '../../../src/core/json-source.js'
import { parseYaml } from '../../../src/core/yaml-source.js'
import type { Snapshot } from '../../../src/core/snapshot.js'
import docs from './README.md'

const DEPENDABOT = ['.github/dependabot.yml', '.github/dependabot.yaml']
const RENOVATE = [
  'renovate.json',
  'renovate.json5',
  '.github/renovate.json',
  '.github/renovate.json5',
  '.gitlab/renovate.json',
  '.gitlab/renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.renovaterc.json5',
]
const INTERVALS = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron']

export const check: Check = {
  meta: {
    id: 'dependency-updates',
    family: 'security',
    title: 'Automated dependency updates (Dependabot or Renovate)',
    level: 2,
    version: '2.0.1',
    crosswalk: {
      bestPractices: ['dependency_monitoring'],
      cra: ['Annex I Part II(2)'],
    },
    subjectFile: '.github/dependabot.yml',
    securitySeverity: 4.0,
    anchors: ['.github/dependabot.yml', 'renovate.json'],
  },
  docs,
  async run({ repo }) {
    const findings: Finding[] = []
    const dependabot = repo.find(DEPENDABOT)
    if (dependabot) findings.push(...(await checkDependabot(repo, dependabot.path)))
    for (const path of RENOVATE) if (repo.get(path)) findings.push(...(await checkRenovate(repo, path)))
    const pkg = repo.get('package.json')
    if (pkg) {
      const read = await repo.readText('package.json')
      const manifest = read.ok ? parseJson(read.text) : undefined
      // an invalid package.json is the SBOM checks' concern
      const renovate = manifest?.ok ? (manifest.value as { renovate?: unknown } | null)?.renovate : undefined
      if (renovate) findings.push(renovateVerdict('package.json ("renovate" key)', 'package.json', renovate))
    }
    if (findings.length > 0) {
      // One working configuration is enough; report problems only when nothing works.
      const passing = findings.filter((f) => f.status === 'pass')
      return passing.length > 0 ? passing : findings
    }
    return [
      {
        status: 'fail',
        message: 'no automated dependency updates: no .github/dependabot.yml and no Renovate configuration',
        remediation:
          'Add .github/dependabot.yml (version: 2, one "updates" entry per package ecosystem) or a renovate.json, so that vulnerable dependencies are updated promptly.',
      },
    ]
  },
}

async function checkDependabot(repo: Snapshot, path: string): Promise<Finding[]> {
  const read = await repo.readText(path)
  if (!read.ok) return [unreadableFinding(read, 'the Dependabot configuration')]
  const yaml = parseYaml(read.text)
  const at = (line: number | undefined): Finding['location'] => ({ path, ...(line ? { startLine: line } : {}) })
  if (yaml.errors.length > 0) {
    const e = yaml.errors[0]!
    return [
      {
        status: 'fail',
        message: `${path}:${e.line}: invalid YAML: ${e.message}`,
        location: at(e.line),
        remediation: 'Fix the YAML syntax.',
      },
    ]
  }
  const config = yaml.value as { version?: unknown; updates?: unknown } | null
  const findings: Finding[] = []
  if (!config || typeof config !== 'object')
    return [{ status: 'fail', message: `${path} is empty`, location: at(1), remediation: 'Add "version: 2" and an "updates" list.' }]
  if (config.version !== 2) {
    findings.push({
      status: 'fail',
      message: `${path}: "version" must be 2`,
      location: at(yaml.lineAt(['version'])),
      remediation: 'Set "version: 2".',
    })
  }
  const updates = Array.isArray(config.updates) ? (config.updates as Record<string, unknown>[]) : []
  if (updates.length === 0) {
    findings.push({
      status: 'fail',
      message: `${path} has no "updates" entries`,
      location: at(yaml.lineAt(['updates'])),
      remediation: 'Add one "updates" entry per package ecosystem.',
    })
  }
  updates.forEach((u, i) => {
    const line = yaml.lineAt(['updates', i])
    const problems: string[] = []
    if (!u || typeof u !== 'object') problems.push('is not a mapping')
    else {
      if (typeof u['package-ecosystem'] !== 'string') problems.push('has no "package-ecosystem"')
      if (typeof u.directory !== 'string' && !Array.isArray(u.directories)) problems.push('has no "directory" or "directories"')
      const interval = (u.schedule as { interval?: unknown } | undefined)?.interval
      if (typeof interval !== 'string' || !INTERVALS.includes(interval))
        problems.push(`has no valid "schedule.interval" (${INTERVALS.join(', ')})`)
    }
    if (problems.length) {
      findings.push({
        status: 'fail',
        message: `${path}: updates[${i}] ${problems.join(', ')}`,
        location: at(line),
        remediation: 'See https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference',
      })
    }
  })
  if (findings.length > 0) return findings
  // GitHub's options reference: "You can temporarily disable version updates for a package manager by setting
  // this option to zero"; security updates are not subject to the limit, and are a repository setting the files do not show
  const off = (u: Record<string, unknown>) => u['open-pull-requests-limit'] === 0
  const on = updates.filter((u) => !off(u))
  if (on.length === 0) {
    const first = updates.findIndex(off)
    return [
      {
        status: 'fail',
        message: `${path}: every entry sets open-pull-requests-limit: 0, which turns Dependabot version updates off (security updates are a repository setting that the files do not show)`,
        location: at(lineOfKey(yaml, first)),
        remediation:
          'Remove "open-pull-requests-limit: 0" (or set a limit above 0) for the ecosystems you want updated; to receive only security updates, enable Dependabot security updates in the repository settings.',
      },
    ]
  }
  const ecosystems = [...new Set(on.map((u) => String(u['package-ecosystem'])))].sort()
  const disabled = [...new Set(updates.filter(off).map((u) => String(u['package-ecosystem'])))]
    .filter((e) => !ecosystems.includes(e))
    .sort()
  return [
    {
      status: 'pass',
      message: `${path}: Dependabot updates ${ecosystems.join(', ')}${disabled.length > 0 ? `; version updates of ${disabled.join(', ')} are off (open-pull-requests-limit: 0)` : ''}`,
      location: at(1),
    },
  ]
}

function lineOfKey(yaml: ReturnType<typeof parseYaml>, index: number): number | undefined {
  return yaml.lineAt(['updates', index, 'open-pull-requests-limit']) ?? yaml.lineAt(['updates', index])
}

async function checkRenovate(repo: Snapshot, path: string): Promise<Finding[]> {
  const read = await repo.readText(path)
  if (!read.ok) return [unreadableFinding(read, 'the Renovate configuration')]
  const config = parseJson(read.text, { json5: true })
  if (config.ok) return [renovateVerdict(path, path, config.value)]
  return [
    {
      status: 'fail',
      message: `${path}: invalid JSON: ${config.message}`,
      location: { path, ...(config.line ? { startLine: config.line } : {}) },
      remediation: 'Fix the syntax; Renovate ignores a configuration it cannot parse.',
    },
  ]
}

function renovateVerdict(name: string, path: string, config: unknown): Finding {
  if (!config || typeof config !== 'object' || Array.isArray(config))
    return { status: 'fail', message: `${name} is not a JSON object`, location: { path } }
  if ((config as { enabled?: unknown }).enabled === false) {
    return {
      status: 'fail',
      message: `${name} turns Renovate off ("enabled": false)`,
      location: { path },
      remediation: 'Remove "enabled": false.',
    }
  }
  return { status: 'pass', message: `${name}: Renovate configured`, location: { path } }
}
