import type { Check, Finding } from '../../../src/core/types.js'
import type { Snapshot } from '../../../src/core/snapshot.js'
import { lineOfTextIn, loadWorkflows, type Workflow } from '../../../src/workflows/workflows.js'
import { downloadAndRun, packageInstalls, type InstallContext } from '../../../src/workflows/shell-commands.js'
import { isInstalled, testDataFolder } from '../../../src/sbom/coverage.js'
import { judgeUses } from './actions.js'
import { composeImages, dockerfileImages, judgeImage, type PinVerdict } from './images.js'
import docs from './README.md'

type Kind = 'action' | 'image' | 'download' | 'install'

interface Pin {
  kind: Kind
  path: string
  line: number
  what: string
  verdict: PinVerdict
  why: string
  owner?: string
}

const DOCKERFILES = [
  '**/{Dockerfile,Containerfile,dockerfile}',
  '**/*.{Dockerfile,dockerfile,Containerfile}',
  '**/{Dockerfile,Containerfile}.*',
]
const COMPOSE = [
  '**/{docker-compose,compose}.{yml,yaml}',
  '**/{docker-compose,compose}.*.{yml,yaml}',
  '**/{docker-compose,compose}-*.{yml,yaml}',
]
const SCRIPTS = ['**/*.{sh,bash,zsh,ps1}']
/** More files of one kind than this are not read (each is a read); the rest is said. */
const MAX_FILES = 2000
/** Findings listed per kind; the rest are counted. */
const MAX_LISTED = 25

const REMEDIATION: Record<Kind, string> = {
  action:
    'Pin each action and reusable workflow by its full commit SHA, with the version as a comment (uses: actions/checkout@<40-hex sha> # v5.0.0); Dependabot and Renovate keep such pins up to date.',
  image:
    'Pin each image by digest (FROM debian:12@sha256:<digest>; image: postgres:16@sha256:<digest>); Dependabot and Renovate update digests.',
  download:
    'Download to a file, verify its checksum or signature against a value committed in the repository, then run it; or use a package manager with a lockfile.',
  install:
    'Install from a lockfile: npm ci, pip install --require-hashes -r requirements.txt (generated with pip-compile --generate-hashes or uv pip compile --generate-hashes), cargo install --locked --version X, go install pkg@vX.Y.Z.',
}

export const check: Check = {
  meta: {
    id: 'pinned-dependencies',
    family: 'security',
    title: 'Actions, container images and CI installs are pinned by hash; nothing is downloaded and run unverified',
    level: 3,
    version: '1.0.0',
    crosswalk: { cra: ['Annex I Part I(2)(f)'] },
    anchors: ['.github/workflows'],
    securitySeverity: 6.0,
    defaultOptions: { 'github-owned-actions': 'sha' },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'github-owned-actions': {
          enum: ['sha', 'tag'],
          description:
            'sha (default): actions of GitHub (actions/, github/) must be pinned by SHA like any other; tag: a tag is accepted for them (Scorecard weighs them 2 to 8 against third-party actions)',
        },
      },
    },
  },
  docs,
  async run({ repo, options }) {
    const allowGitHubTags = options['github-owned-actions'] === 'tag'
    const { workflows, problems } = await loadWorkflows(repo)
    const findings: Finding[] = [...problems]
    const context = await installContext(repo)
    const pins: Pin[] = []
    for (const workflow of workflows) pins.push(...workflowPins(workflow, context))
    const files = await repositoryPins(repo)
    pins.push(...files.pins)
    findings.push(...files.findings)
    const elsewhere = otherCi(repo)
    if (pins.length === 0 && workflows.length === 0 && files.read === 0 && findings.length === 0 && elsewhere.length === 0)
      return [{ status: 'not-applicable', message: 'no workflows, Dockerfiles, compose files or shell scripts' }]

    const accepted = (p: Pin) =>
      p.verdict === 'pinned' || (allowGitHubTags && p.kind === 'action' && p.owner === 'github' && p.verdict === 'unpinned')
    const unpinned = pins.filter((p) => !accepted(p) && p.verdict === 'unpinned')
    const unknown = pins.filter((p) => p.verdict === 'unknown')
    const summary = counts(pins, accepted)
    if (unpinned.length > 0) {
      findings.push({ status: 'fail', message: `not pinned: ${summary}`, remediation: REMEDIATION[unpinned[0]!.kind] })
      findings.push(...listed(unpinned, 'fail'))
    }
    if (unknown.length > 0) findings.push(...listed(unknown, 'unknown'))
    findings.push(...elsewhere)
    if (findings.every((f) => f.status === 'pass'))
      findings.push({
        status: 'pass',
        message: `${workflows.length} workflow(s), ${files.read} Dockerfile/compose/script file(s): ${summary}${files.skipped ? `; ${files.skipped} in test data, examples or vendored folders not read` : ''}`,
        ...(allowGitHubTags && pins.some((p) => p.owner === 'github' && p.verdict === 'unpinned') ? { severity: 'warning' as const } : {}),
      })
    return findings
  },
}

/** CI systems whose configuration this check does not read: what they pull could not be seen. */
const OTHER_CI: [string, string][] = [
  ['.gitlab-ci.yml', 'GitLab CI'],
  ['.woodpecker/**', 'Woodpecker CI'],
  ['.woodpecker.{yml,yaml}', 'Woodpecker CI'],
  ['.drone.{yml,yaml}', 'Drone CI'],
  ['.circleci/config.{yml,yaml}', 'CircleCI'],
  ['Jenkinsfile', 'Jenkins'],
  ['azure-pipelines.{yml,yaml}', 'Azure Pipelines'],
  ['.travis.yml', 'Travis CI'],
  ['bitbucket-pipelines.yml', 'Bitbucket Pipelines'],
  ['.cirrus.{yml,star}', 'Cirrus CI'],
  ['{.,}appveyor.yml', 'AppVeyor'],
  ['.buildkite/**', 'Buildkite'],
  ['{.gitea,.forgejo}/workflows/*.{yml,yaml}', 'Gitea/Forgejo Actions'],
]

function otherCi(repo: Snapshot): Finding[] {
  const out: Finding[] = []
  for (const [glob, name] of OTHER_CI) {
    const first = repo.glob(glob)[0]
    if (!first || out.some((f) => f.message.includes(`(${name})`))) continue
    out.push({
      status: 'unknown',
      message: `${first.path} (${name}): this check reads GitHub Actions workflows only; what that CI pulls (images, scripts, installs) could not be seen`,
      location: { path: first.path },
      remediation: `Pin images and tools in the ${name} configuration by digest or hash, then record that with an exemption that names the file and the date it was reviewed.`,
    })
  }
  return out
}

function listed(pins: Pin[], status: 'fail' | 'unknown'): Finding[] {
  const out: Finding[] = []
  for (const kind of ['action', 'image', 'download', 'install'] as Kind[]) {
    const of = pins.filter((p) => p.kind === kind)
    for (const p of of.slice(0, MAX_LISTED))
      out.push({
        status,
        message: `${p.path}:${p.line}: ${describe(p)}: ${p.why}`,
        location: { path: p.path, startLine: p.line },
        remediation:
          status === 'unknown'
            ? 'Name the image or file literally (or give the variable a default in the same file), so that its pin can be seen.'
            : REMEDIATION[kind],
      })
    if (of.length > MAX_LISTED) out.push({ status, message: `and ${of.length - MAX_LISTED} more ${kind} reference(s) like these` })
  }
  return out
}

function describe(p: Pin): string {
  switch (p.kind) {
    case 'action':
      return `${p.owner === 'github' ? 'GitHub-owned action' : p.owner === 'docker' ? 'Docker action' : 'third-party action'} ${p.what}`
    case 'image':
      return `image ${p.what}`
    case 'download':
      return `downloads and runs code: ${p.what}`
    case 'install':
      return `package install ${p.what}`
  }
}

/** "actions 12 of 14 by SHA (third-party 8 of 9, GitHub-owned 4 of 5); images 2 of 2 by digest; …" */
function counts(pins: Pin[], accepted: (p: Pin) => boolean): string {
  const parts: string[] = []
  const actions = pins.filter((p) => p.kind === 'action' && p.owner !== 'local')
  if (actions.length > 0) {
    const of = (owner: string) => {
      const all = actions.filter((p) => (owner === 'third-party' ? p.owner !== 'github' : p.owner === 'github'))
      return `${all.filter(accepted).length} of ${all.length}`
    }
    parts.push(
      `actions and reusable workflows ${actions.filter(accepted).length} of ${actions.length} pinned (third-party ${of('third-party')}, GitHub-owned ${of('github')})`,
    )
  }
  const images = pins.filter((p) => p.kind === 'image')
  if (images.length > 0) parts.push(`container images ${images.filter(accepted).length} of ${images.length} by digest`)
  const downloads = pins.filter((p) => p.kind === 'download')
  parts.push(downloads.length > 0 ? `${downloads.length} download-and-run command(s)` : 'no download-and-run')
  const installs = pins.filter((p) => p.kind === 'install')
  if (installs.length > 0)
    parts.push(`CI package installs ${installs.filter(accepted).length} of ${installs.length} from a lockfile or hashes`)
  return parts.join('; ')
}

function workflowPins(workflow: Workflow, context: InstallContext): Pin[] {
  const pins: Pin[] = []
  const at = (path: (string | number)[], needle?: string) =>
    (needle ? lineOfTextIn(workflow, path, needle) : workflow.yaml.lineAt(path)) ?? 1
  for (const [jobId, job] of Object.entries(workflow.doc.jobs ?? {})) {
    if (!job || typeof job !== 'object') continue
    if (typeof job.uses === 'string') {
      const ref = judgeUses(job.uses)
      if (ref)
        pins.push({
          kind: 'action',
          path: workflow.path,
          line: at(['jobs', jobId, 'uses']),
          what: ref.uses,
          verdict: ref.verdict,
          why: ref.why,
          owner: ref.owner,
        })
    }
    const container = typeof job.container === 'string' ? job.container : (job.container as { image?: unknown } | undefined)?.image
    if (typeof container === 'string')
      pins.push({ kind: 'image', path: workflow.path, line: at(['jobs', jobId, 'container']), what: container, ...judgeImage(container) })
    if (job.services && typeof job.services === 'object')
      for (const [name, service] of Object.entries(job.services as Record<string, unknown>)) {
        const image = (service as { image?: unknown } | undefined)?.image
        if (typeof image === 'string')
          pins.push({ kind: 'image', path: workflow.path, line: at(['jobs', jobId, 'services', name]), what: image, ...judgeImage(image) })
      }
    const steps = Array.isArray(job.steps) ? job.steps : []
    steps.forEach((step, i) => {
      if (!step || typeof step !== 'object') return
      if (typeof step.uses === 'string') {
        const ref = judgeUses(step.uses)
        if (ref)
          pins.push({
            kind: 'action',
            path: workflow.path,
            line: at(['jobs', jobId, 'steps', i, 'uses']),
            what: ref.uses,
            verdict: ref.verdict,
            why: ref.why,
            owner: ref.owner,
          })
      }
      if (typeof step.run !== 'string') return
      const path = ['jobs', jobId, 'steps', i, 'run']
      const dir = typeof step['working-directory'] === 'string' ? step['working-directory'] : ''
      for (const d of downloadAndRun(step.run))
        pins.push({
          kind: 'download',
          path: workflow.path,
          line: at(path, d.command.slice(0, 40)),
          what: d.command,
          verdict: 'unpinned',
          why: 'nothing checks what was downloaded before it runs',
        })
      for (const install of packageInstalls(step.run, inDirectory(context, dir)))
        pins.push({
          kind: 'install',
          path: workflow.path,
          line: at(path, install.command.split(' ').slice(0, 2).join(' ')),
          what: install.command,
          verdict: install.verdict,
          why: install.why,
        })
    })
  }
  return pins
}

/** Requirements files named in a step that sets working-directory are relative to it. */
function inDirectory(context: InstallContext, dir: string): InstallContext {
  if (!dir || dir.includes('${{')) return context
  const prefix = `${dir.replace(/^\.\//, '').replace(/\/+$/, '')}/`
  return { read: (p) => context.read(prefix + p) ?? context.read(p), exists: (p) => context.exists(prefix + p) || context.exists(p) }
}

/** The files a CI install may name (requirements files, yarn.lock): read up front, since the classifier is synchronous. */
async function installContext(repo: Snapshot): Promise<InstallContext> {
  const texts = new Map<string, string>()
  const wanted = repo
    .glob(['**/*requirements*.{txt,in}', '**/requirements/**/*.txt', 'yarn.lock'])
    .filter((e) => !isInstalled(e.path))
    .slice(0, MAX_FILES)
  for (const entry of wanted) {
    const read = await repo.readText(entry.path)
    if (read.ok) texts.set(entry.path, read.text)
  }
  return { read: (p) => texts.get(p), exists: (p) => repo.has(p) }
}

async function repositoryPins(repo: Snapshot): Promise<{ pins: Pin[]; findings: Finding[]; read: number; skipped: number }> {
  const pins: Pin[] = []
  const findings: Finding[] = []
  let read = 0
  let skipped = 0
  const own = (paths: { path: string }[]) => {
    const kept = paths.filter((e) => !testDataFolder(e.path) && !isInstalled(e.path) && !e.path.startsWith('.github/workflows/'))
    skipped += paths.length - kept.length
    if (kept.length > MAX_FILES)
      findings.push({
        status: 'unknown',
        message: `${kept.length} files of one kind; only the first ${MAX_FILES} were read`,
        remediation: 'Exclude vendored or generated folders in the config (exclude:).',
      })
    return kept.slice(0, MAX_FILES)
  }
  const dockerfiles = own(repo.glob(DOCKERFILES).filter((e) => !/\.dockerignore$/i.test(e.path)))
  const composeFiles = own(repo.glob(COMPOSE))
  const scripts = own(repo.glob(SCRIPTS))
  for (const [entries, kind] of [
    [dockerfiles, 'dockerfile'],
    [composeFiles, 'compose'],
    [scripts, 'script'],
  ] as const) {
    for (const entry of entries) {
      const r = await repo.readText(entry.path)
      if (!r.ok) {
        if (r.reason !== 'binary')
          findings.push({
            status: 'unknown',
            message: `${entry.path}: ${r.message}; its pins could not be seen`,
            location: { path: entry.path },
            remediation: "Raise limits.max-file-bytes in the config, or exclude the file if it is not the project's own.",
          })
        continue
      }
      read++
      if (kind === 'dockerfile')
        for (const image of dockerfileImages(r.text))
          pins.push({ kind: 'image', path: entry.path, line: image.line, what: image.image, verdict: image.verdict, why: image.why })
      if (kind === 'compose')
        for (const image of composeImages(r.text))
          pins.push({ kind: 'image', path: entry.path, line: image.line, what: image.image, verdict: image.verdict, why: image.why })
      if (kind !== 'compose')
        for (const d of downloadAndRun(r.text))
          pins.push({
            kind: 'download',
            path: entry.path,
            line: d.line,
            what: d.command,
            verdict: 'unpinned',
            why: 'nothing checks what was downloaded before it runs',
          })
    }
  }
  return { pins, findings, read, skipped }
}
