import { CONFIG_LOCATIONS } from '../../../src/core/config.js'
import type { Check, CheckContext, Finding } from '../../../src/core/types.js'
import { scanLockfiles } from '../../../src/sbom/lockfiles.js'
import type { GraphComponent } from '../../../src/sbom/graph.js'
import { CATEGORIES } from '../../../src/licence/categories.js'
import { compatibility } from '../../../src/licence/compatibility.js'
import { componentLicences, type LicenceEvidence } from '../../../src/licence/dependency-licences.js'
import { detectProjectLicence } from '../../../src/licence/project-licence.js'
import { parseLicenceExpression, type LicenceNode } from '../../../src/licence/expression.js'
import { compilePolicy, evaluateText, findException, type PackageException, type Policy } from '../../../src/licence/policy.js'
import { defaultCacheDir } from '../../../src/licence/resolvers-cache.js'
import {
  DEFAULT_REGISTRY_URLS,
  DEFAULT_RESOLVER,
  packageName,
  type Registry,
  type ResolverOptions,
} from '../../../src/licence/resolvers.js'
import docs from './README.md'

/** A check keeps at most 500 findings (docs/architecture.md); the rest are counted in one. */
const MAX_DETAIL_FINDINGS = 450
/** Names listed in a grouped finding. */
const NAMES_SHOWN = 10

const ENTRY = { type: 'string', minLength: 1, maxLength: 200 }
const OPEN_CATEGORIES = ['public-domain', 'permissive', 'weak-copyleft', 'strong-copyleft', 'network-copyleft']

export const check: Check = {
  meta: {
    id: 'dependency-licences',
    family: 'licence',
    title: "Dependency licences meet the policy and are compatible with the project's licence",
    level: 2,
    version: '1.1.0',
    needs: ['lockfile-scan'],
    // a licence policy is one of the "SCA findings" the OSPS VM-05 controls ask a threshold for
    crosswalk: { osps: ['OSPS-VM-05.01', 'OSPS-VM-05.02'], cra: ['Annex I Part II(1)'] },
    anchors: ['package-lock.json', 'Cargo.lock', 'composer.lock', 'go.mod'],
    defaultOptions: {
      allow: OPEN_CATEGORIES,
      review: [],
      deny: ['non-open'],
      unlisted: 'review',
      exceptions: [],
      'include-dev': true,
      'review-status': 'warning',
      'cache-ttl-days': 30,
      'request-timeout-ms': 10_000,
      'network-budget-seconds': 40,
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: {
          type: 'array',
          maxItems: 500,
          items: ENTRY,
          description: `SPDX ids, globs (GPL-*) or categories (${CATEGORIES.join(', ')}).`,
        },
        review: { type: 'array', maxItems: 500, items: ENTRY },
        deny: { type: 'array', maxItems: 500, items: ENTRY },
        unlisted: { enum: ['review', 'deny'], description: 'What a licence on none of the lists gets.' },
        exceptions: {
          type: 'array',
          maxItems: 1000,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['package', 'versions', 'reason'],
            properties: {
              package: { type: 'string', minLength: 1, maxLength: 300, description: 'Package name (@scope/name, vendor/name) or purl.' },
              versions: { type: 'string', minLength: 1, maxLength: 200, description: 'SemVer range.' },
              reason: { type: 'string', minLength: 10, maxLength: 1000 },
              expires: { type: 'string', format: 'date' },
            },
          },
        },
        'include-dev': { type: 'boolean', description: 'Apply the policy to dev-only dependencies too.' },
        'review-status': { enum: ['warning', 'fail'], description: 'Whether a licence to review is a warning or a failure.' },
        'project-licence': { type: 'string', minLength: 1, maxLength: 500 },
        registries: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(Object.keys(DEFAULT_REGISTRY_URLS).map((k) => [k, { type: 'string', pattern: '^https?://' }])),
        },
        'cache-dir': { oneOf: [{ type: 'string', minLength: 1 }, { const: false }] },
        'cache-ttl-days': { type: 'number', minimum: 0, maximum: 3650 },
        'request-timeout-ms': { type: 'integer', minimum: 100, maximum: 120_000 },
        'max-response-bytes': { type: 'integer', minimum: 1024, maximum: 67_108_864 },
        'network-budget-seconds': { type: 'number', exclusiveMinimum: 0, maximum: 3600 },
        concurrency: { type: 'integer', minimum: 1, maximum: 32 },
      },
    },
  },
  docs,
  async run(ctx) {
    const { repo, options } = ctx
    const { policy, problems } = compilePolicy({
      allow: options.allow as string[],
      review: options.review as string[],
      deny: options.deny as string[],
      unlisted: options.unlisted as 'review' | 'deny',
      exceptions: options.exceptions as PackageException[],
    })
    if (problems.length > 0) {
      const config = repo.find(CONFIG_LOCATIONS)
      return problems.map((p) => ({
        status: 'error' as const,
        message: `checks.dependency-licences.options.${p.key}: ${p.message}`,
        ...(config ? { location: { path: config.path } } : {}),
        remediation: `Write one SPDX licence id, a glob such as "GPL-*", or a category (${CATEGORIES.join(', ')}) per entry.`,
      }))
    }
    const { graph } = await scanLockfiles(repo)
    const components = [...graph.components.values()].sort((a, b) => (a.purl < b.purl ? -1 : 1))
    if (components.length === 0) return [{ status: 'not-applicable', message: 'no dependencies: no lockfile lists any component' }]

    const findings: Finding[] = []
    const project = await projectLicence(ctx, findings)
    const evidence = await componentLicences(repo, components, ctx.network.enabled ? resolverOptions(ctx) : undefined)
    const judged = judge(components, evidence, policy, project, ctx)
    findings.push(...judged.details.slice(0, MAX_DETAIL_FINDINGS))
    if (judged.details.length > MAX_DETAIL_FINDINGS) {
      const rest = judged.details.slice(MAX_DETAIL_FINDINGS)
      findings.push({
        status: rest.some((f) => f.status === 'fail') ? 'fail' : 'pass',
        severity: 'warning',
        message: `${rest.length} more finding(s) not shown (${rest.filter((f) => f.status === 'fail').length} failing)`,
      })
    }
    findings.unshift({ status: 'pass', message: judged.summary })
    return findings
  },
}

interface ProjectLicence {
  node: LicenceNode
  text: string
  from: string
}

/** The project's licence: the option, else the root manifest's declaration. */
async function projectLicence(ctx: CheckContext, findings: Finding[]): Promise<ProjectLicence | undefined> {
  const option = ctx.options['project-licence']
  const detected = typeof option === 'string' ? undefined : await detectProjectLicence(ctx.repo)
  const declared =
    typeof option === 'string'
      ? { expression: option, path: 'the project-licence option' }
      : detected?.expression
        ? {
            expression: detected.expression,
            path: detected.files.find((f) => f.ids.length)?.path ?? detected.declared[0]?.source ?? 'the repository',
          }
        : undefined
  if (!declared) {
    findings.push({
      status: 'pass',
      severity: 'warning',
      message:
        "the project's licence is not declared (package.json, Cargo.toml, pyproject.toml, composer.json): compatibility is not judged",
      remediation: 'Declare the licence in the project manifest, or set the option project-licence.',
    })
    return undefined
  }
  const parsed = parseLicenceExpression(declared.expression)
  if (!parsed.ok) {
    findings.push({
      status: 'fail',
      message: `the project's licence in ${declared.path} is not a valid SPDX expression: ${parsed.message}; compatibility is not judged`,
      ...(declared.path.includes('option') ? {} : { location: { path: declared.path } }),
    })
    return undefined
  }
  return { node: parsed.ast, text: parsed.normalised, from: declared.path }
}

function resolverOptions(ctx: CheckContext): ResolverOptions {
  const o = ctx.options
  const cacheDir = o['cache-dir'] === false ? false : typeof o['cache-dir'] === 'string' ? o['cache-dir'] : defaultCacheDir()
  return {
    ...DEFAULT_RESOLVER,
    urls: { ...DEFAULT_REGISTRY_URLS, ...((o.registries ?? {}) as Partial<Record<Registry, string>>) },
    cacheDir,
    cacheTtlMs: Number(o['cache-ttl-days'] ?? 30) * 86_400_000,
    timeoutMs: Number(o['request-timeout-ms'] ?? DEFAULT_RESOLVER.timeoutMs),
    maxBytes: Number(o['max-response-bytes'] ?? DEFAULT_RESOLVER.maxBytes),
    budgetMs: Number(o['network-budget-seconds'] ?? 40) * 1000,
    concurrency: Number(o.concurrency ?? DEFAULT_RESOLVER.concurrency),
    allowHosts: ctx.network.allowHosts,
    now: ctx.now,
  }
}

interface Tally {
  allowed: number
  review: number
  denied: number
  compatible: number
  toReview: number
  incompatible: number
  sources: Map<string, number>
}

/** Every component through the exceptions, the policy and the compatibility table. */
function judge(
  components: GraphComponent[],
  evidence: Map<string, LicenceEvidence | { missing: string }>,
  policy: Policy,
  project: ProjectLicence | undefined,
  ctx: CheckContext,
): { details: Finding[]; summary: string } {
  const details: Finding[] = []
  const missing = new Map<string, GraphComponent[]>()
  const tally: Tally = { allowed: 0, review: 0, denied: 0, compatible: 0, toReview: 0, incompatible: 0, sources: new Map() }
  const includeDev = ctx.options['include-dev'] !== false
  const reviewStatus = ctx.options['review-status'] === 'fail' ? 'fail' : 'warning'
  const review = (message: string, c: GraphComponent, remediation: string): Finding =>
    reviewStatus === 'fail'
      ? { status: 'fail', message, location: { path: c.source }, remediation }
      : { status: 'pass', severity: 'warning', message, location: { path: c.source }, remediation }
  const today = ctx.now.toISOString().slice(0, 10)
  let consideredCount = 0
  // judged once per distinct licence text: a large lockfile repeats a few dozen licences
  const decisions = new Map<string, ReturnType<typeof evaluateText>>()
  const compatibilities = new Map<string, ReturnType<typeof compatibility> | undefined>()

  for (const c of components) {
    const dev = c.scope === 'dev'
    if (dev && !includeDev) continue
    consideredCount++
    const who = `${packageName(c)}@${c.version}${dev ? ' (dev)' : ''}`
    const exception = findException(policy, { name: packageName(c), version: c.version, purl: c.purl }, today)
    if (exception.applies) {
      details.push({
        status: 'pass',
        message: `${who}: waived by exceptions[${exception.index}] (${exception.exception.versions}): ${exception.exception.reason}`,
        location: { path: c.source },
      })
      continue
    }
    if (exception.expired) {
      const e = exception.expired
      details.push({
        status: 'pass',
        severity: 'warning',
        message: `${who}: exceptions[${e.index}] for ${e.exception.package} expired on ${e.exception.expires}; the policy applies again`,
        location: { path: c.source },
        remediation: 'Renew the exception with a new expiry date and reason, or remove it.',
      })
    }
    const found = evidence.get(c.purl)
    if (!found || 'missing' in found) {
      const reason = found && 'missing' in found ? found.missing : 'no licence found'
      const key = `${c.source}\u0000${reason}`
      // pushed, never copied: a copy per component made 440,000 components quadratic
      const group = missing.get(key)
      if (group) group.push(c)
      else missing.set(key, [c])
      tally.review++
      continue
    }
    tally.sources.set(found.source, (tally.sources.get(found.source) ?? 0) + 1)
    const where = found.from === c.source ? c.source : `${found.from}, listed in ${c.source}`
    if (found.declared.kind === 'missing') {
      details.push(
        review(
          `${who}: no licence (${found.declared.reason}; from ${where}): review`,
          c,
          'Find the licence in the package and add an exception with the reason once reviewed.',
        ),
      )
      tally.review++
      continue
    }
    if (found.declared.kind === 'none') {
      details.push({
        status: 'fail',
        message: `${who}: declares "${found.declared.text}" (from ${where}): no licence is granted to use it`,
        location: { path: c.source },
        remediation: 'Replace the dependency, or obtain a licence and record it as an exception with the reason.',
      })
      tally.denied++
      continue
    }
    let decision = decisions.get(found.declared.text)
    if (!decision) decisions.set(found.declared.text, (decision = evaluateText(policy, found.declared.text)))
    const licence = decision.normalised ?? shortText(found.declared.text)
    if (decision.verdict === 'denied') {
      details.push({
        status: 'fail',
        message: `${who}: licence ${licence} (from ${where}) is denied: ${decision.reason}`,
        location: { path: c.source },
        remediation: `Replace the dependency, or add an exception: { package: "${packageName(c)}", versions: "${c.version}", reason: "..." }.`,
      })
      tally.denied++
    } else if (decision.verdict === 'review') {
      details.push(
        review(
          `${who}: licence ${licence} (from ${where}) is to review: ${decision.reason}`,
          c,
          'Read the licence; then allow it, or add an exception with the reason.',
        ),
      )
      tally.review++
    } else tally.allowed++

    if (!project || decision.normalised === undefined) continue
    let result = compatibilities.get(decision.normalised)
    if (!compatibilities.has(decision.normalised)) {
      const parsed = parseLicenceExpression(decision.normalised)
      result = parsed.ok ? compatibility(project.node, parsed.ast) : undefined
      compatibilities.set(decision.normalised, result)
    }
    if (!result) continue
    if (result.verdict === 'compatible') {
      tally.compatible++
    } else if (result.verdict === 'incompatible' && !dev) {
      tally.incompatible++
      details.push({
        status: 'fail',
        message: `${who}: licence ${licence} is incompatible with the project's licence ${project.text}: ${result.reason}`,
        location: { path: c.source },
        remediation: 'Replace the dependency, change how it is combined (and record why in an exception), or relicense.',
      })
    } else {
      tally.toReview++
      const devNote = result.verdict === 'incompatible' ? ' (dev-only: not distributed, so not a failure)' : ''
      details.push({
        status: 'pass',
        severity: 'warning',
        message: `${who}: compatibility of ${licence} with the project's licence ${project.text} is to review${devNote}: ${result.reason}`,
        location: { path: c.source },
      })
    }
  }

  for (const [key, list] of missing) {
    const reason = key.slice(key.indexOf('\u0000') + 1)
    const names = list.slice(0, NAMES_SHOWN).map((c) => `${packageName(c)}@${c.version}`)
    const more = list.length > NAMES_SHOWN ? ` and ${list.length - NAMES_SHOWN} more` : ''
    const what = `${list.length} dependenc${list.length === 1 ? 'y' : 'ies'} without a known licence: ${names.join(', ')}${more} (${reason})`
    // offline, the registries were not asked: the licences are not known to be missing, they were not looked up
    if (!ctx.network.enabled) {
      details.push({
        status: 'unknown',
        message: `${what}: not looked up`,
        location: { path: list[0]!.source },
        remediation:
          'Run with network access (--network, on by default in the Action) to ask the package registries, or commit a lockfile format that records licences.',
      })
    } else {
      details.push(review(`${what}: review`, list[0]!, 'Commit a lockfile format that records licences, or add exceptions once reviewed.'))
    }
  }
  const sources = [...tally.sources.entries()].sort().map(([s, n]) => `${s} ${n}`)
  const summary =
    `${consideredCount} dependenc${consideredCount === 1 ? 'y' : 'ies'}: ${tally.allowed} allowed, ${tally.review} to review, ${tally.denied} denied` +
    (project
      ? `; with the project's licence ${project.text} (${project.from}): ${tally.compatible} compatible, ${tally.toReview} to review, ${tally.incompatible} incompatible`
      : '') +
    (sources.length ? `; licences from ${sources.join(', ')}` : '')
  return { details, summary }
}

function shortText(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`
}
