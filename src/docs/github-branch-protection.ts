/**
 * The protection of a GitHub repository's default branch, as any reader of a public repository
 * can see it through the REST API, only when the run may use the network:
 * - `GET /repos/{owner}/{repo}`: the default branch;
 * - `GET /repos/{owner}/{repo}/rules/branches/{branch}`: the active rules of every ruleset that
 *   applies to it, the organisation's included (pull requests with approvals, required status
 *   checks, required code scanning results, required workflows);
 * - `GET /repos/{owner}/{repo}/branches/{branch}`: whether classic branch protection is on, and its
 *   required status checks (its review settings are shown to administrators only).
 * One look-up per run, whichever check asks; whatever goes wrong is an unknown with its reason.
 */
import { parseJson } from '../core/json-source.js'
import { fetchText, type FetchOptions } from '../core/guarded-fetch.js'
import type { BranchProtectionLookup, BranchRule, ForgeBranchProtection } from '../core/types.js'
import { githubEndpoints, githubFetchOptions, githubRemedy, githubRepository, type GitHubAccess } from './github-api.js'

export interface GitHubBranchProtectionOptions {
  /** The repository's web address, as the git facts or the CI give it. */
  repositoryUrl?: string
  network: { enabled: boolean; allowHosts: string[] }
  github?: GitHubAccess
  /** Time limit of each request in milliseconds (the guarded client's default otherwise). */
  timeoutMs?: number
}

/** A branch has a few dozen rules at most; 100 a page, and at most this many pages. */
const MAX_RULE_PAGES = 3
const ANSWER_BYTES = 2 * 1024 * 1024
const OFFLINE_FIX =
  "Run with network access (--network; on by default in the Action) so that the default branch's rulesets and branch protection are read through the GitHub API."
const AGAIN = "Run again to read the default branch's protection; if the answer stays wrong, report it with the address in the message."

export function githubBranchProtection(options: GitHubBranchProtectionOptions): ForgeBranchProtection {
  const { server, api } = githubEndpoints(options.github)
  const repository = githubRepository(options.repositoryUrl, server)
  let answer: Promise<BranchProtectionLookup> | undefined
  return {
    read() {
      if (!repository) return Promise.resolve({ unknown: `the repository is not on ${server}`, remediation: '' })
      if (!options.network.enabled) return Promise.resolve({ unknown: 'this run has no network access', remediation: OFFLINE_FIX })
      const base = githubFetchOptions(options.github, options.network.allowHosts, ANSWER_BYTES)
      const fetchOptions = options.timeoutMs ? { ...base, timeoutMs: options.timeoutMs } : base
      const path = `${api}/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`
      answer ??= readProtection(path, fetchOptions, Boolean(options.github?.token)).catch((error: unknown) => ({
        unknown: `${path} could not be read (${error instanceof Error ? error.message : String(error)})`,
        remediation: AGAIN,
      }))
      return answer
    },
  }
}

type Json = { ok: true; value: unknown } | { ok: false; unknown: string; remediation: string }

async function getJson(url: string, fetchOptions: FetchOptions, token: boolean): Promise<Json> {
  const read = await fetchText(url, fetchOptions)
  if (!read.ok) return { ok: false, unknown: read.reason, remediation: remedy(read.status, token) }
  const json = parseJson(read.text)
  if (!json.ok) return { ok: false, unknown: `${url} did not answer with JSON`, remediation: AGAIN }
  return { ok: true, value: json.value }
}

async function readProtection(path: string, fetchOptions: FetchOptions, token: boolean): Promise<BranchProtectionLookup> {
  const repo = await getJson(path, fetchOptions, token)
  if (!repo.ok) return repo
  const branch = (repo.value as { default_branch?: unknown } | null)?.default_branch
  if (typeof branch !== 'string' || branch === '') return { unknown: `${path} did not name a default branch`, remediation: AGAIN }
  const name = encodeURIComponent(branch)
  const rules: BranchRule[] = []
  for (let page = 1; page <= MAX_RULE_PAGES; page++) {
    const url = `${path}/rules/branches/${name}?per_page=100&page=${page}`
    const read = await getJson(url, fetchOptions, token)
    if (!read.ok) return read
    if (!Array.isArray(read.value)) return { unknown: `${url} did not answer with a list of rules`, remediation: AGAIN }
    for (const [i, entry] of read.value.entries()) {
      const rule = ruleOf(entry)
      if (!rule) return { unknown: `${url} answered with a rule (number ${i + 1} of the page) without a type`, remediation: AGAIN }
      rules.push(rule)
    }
    if (read.value.length < 100) break
    if (page === MAX_RULE_PAGES)
      return { unknown: `${url}: more than ${100 * MAX_RULE_PAGES} rules apply to ${branch}`, remediation: AGAIN }
  }
  const url = `${path}/branches/${name}`
  const read = await getJson(url, fetchOptions, token)
  if (!read.ok) return read
  const answer = read.value as {
    protected?: unknown
    protection?: { required_status_checks?: { contexts?: unknown; checks?: unknown } }
  } | null
  if (typeof answer?.protected !== 'boolean') return { unknown: `${url} did not say whether ${branch} is protected`, remediation: AGAIN }
  const checks = answer.protection?.required_status_checks
  const requiredChecks = new Set<string>()
  if (Array.isArray(checks?.contexts)) for (const c of checks.contexts) if (typeof c === 'string') requiredChecks.add(c)
  if (Array.isArray(checks?.checks))
    for (const c of checks.checks as unknown[]) {
      const context = (c as { context?: unknown } | null)?.context
      if (typeof context === 'string') requiredChecks.add(context)
    }
  return {
    branch,
    rules,
    classic: { protected: answer.protected, requiredChecks: [...requiredChecks] },
    source: `${path}/rules/branches/${name}, ${url}`,
  }
}

function ruleOf(entry: unknown): BranchRule | undefined {
  if (!entry || typeof entry !== 'object') return undefined
  const e = entry as { type?: unknown; parameters?: unknown; ruleset_source_type?: unknown; ruleset_source?: unknown; ruleset_id?: unknown }
  if (typeof e.type !== 'string' || e.type === '') return undefined
  const parameters =
    e.parameters && typeof e.parameters === 'object' && !Array.isArray(e.parameters) ? (e.parameters as Record<string, unknown>) : {}
  const kind = typeof e.ruleset_source_type === 'string' ? e.ruleset_source_type.toLowerCase() : 'ruleset'
  const where = typeof e.ruleset_source === 'string' ? ` ${e.ruleset_source}` : ''
  const id = typeof e.ruleset_id === 'number' ? ` (ruleset ${e.ruleset_id})` : ''
  return { type: e.type, parameters, source: `${kind}${where}${id}` }
}

/** The required status checks of the branch: those of its rulesets and of classic protection. */
export function requiredChecksOf(lookup: Extract<BranchProtectionLookup, { branch: string }>): { context: string; source: string }[] {
  const out: { context: string; source: string }[] = []
  for (const rule of lookup.rules) {
    if (rule.type !== 'required_status_checks') continue
    const list = rule.parameters.required_status_checks
    if (!Array.isArray(list)) continue
    for (const item of list as unknown[]) {
      const context = typeof item === 'string' ? item : (item as { context?: unknown } | null)?.context
      if (typeof context === 'string') out.push({ context, source: rule.source })
    }
  }
  for (const context of lookup.classic.requiredChecks) out.push({ context, source: 'branch protection' })
  return out
}

function remedy(status: number | undefined, token: boolean): string {
  return githubRemedy(status, token, "the branch's protection is read", 'a private repository needs one', AGAIN)
}
