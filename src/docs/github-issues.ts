/**
 * The recent issues of a repository on GitHub, to see whether the project answers them: read
 * through the REST API (`GET /repos/{owner}/{repo}/issues?state=all&sort=created&direction=desc`,
 * with the run's token when there is one), only when the run may use the network; newest first,
 * page by page until the issues are older than the time asked for, at most MAX_PAGES pages.
 * GitHub lists pull requests there too: they are left out.
 */
import { parseJson } from '../core/json-source.js'
import { fetchText, type FetchOptions } from '../core/guarded-fetch.js'
import type { ForgeIssue, ForgeIssues, IssuesLookup } from '../core/types.js'
import { githubEndpoints, githubFetchOptions, githubRemedy, githubRepository, type GitHubAccess } from './github-api.js'

export interface GitHubIssuesOptions {
  repositoryUrl?: string
  network: { enabled: boolean; allowHosts: string[] }
  github?: GitHubAccess
  timeoutMs?: number
}

/** 500 issues and pull requests: a year of all but the busiest projects, whose newest are a fair sample. */
export const MAX_ISSUE_PAGES = 5
const PAGE_BYTES = 16 * 1024 * 1024
/** People the project counts as its own (GitHub's author_association). */
const MEMBERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])
const OFFLINE_FIX = 'Run with network access (--network; on by default in the Action) so that the issues on GitHub are read.'
const AGAIN = 'Run again to read the issues; if the answer stays wrong, report it with the address in the message.'

export function githubIssues(options: GitHubIssuesOptions): ForgeIssues {
  const { server, api } = githubEndpoints(options.github)
  const repository = githubRepository(options.repositoryUrl, server)
  const asked = new Map<string, Promise<IssuesLookup>>()
  return {
    since(time) {
      if (!repository) return Promise.resolve({ unknown: `the repository is not on ${server}`, remediation: '' })
      if (!options.network.enabled) return Promise.resolve({ unknown: 'this run has no network access', remediation: OFFLINE_FIX })
      const base = githubFetchOptions(options.github, options.network.allowHosts, PAGE_BYTES)
      const fetchOptions = options.timeoutMs ? { ...base, timeoutMs: options.timeoutMs } : base
      const source = `${api}/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}/issues`
      let answer = asked.get(time)
      if (!answer) {
        answer = readIssues(source, fetchOptions, time, Boolean(options.github?.token)).catch((error: unknown) => ({
          unknown: `${source} could not be read (${error instanceof Error ? error.message : String(error)})`,
          remediation: AGAIN,
        }))
        asked.set(time, answer)
      }
      return answer
    },
  }
}

async function readIssues(source: string, fetchOptions: FetchOptions, since: string, token: boolean): Promise<IssuesLookup> {
  const issues: ForgeIssue[] = []
  for (let page = 1; page <= MAX_ISSUE_PAGES; page++) {
    const url = `${source}?state=all&sort=created&direction=desc&per_page=100&page=${page}`
    const read = await fetchText(url, fetchOptions)
    if (!read.ok) {
      if (read.status === 410)
        return { unknown: `issues are turned off for the repository on GitHub (${url}: HTTP 410)`, remediation: TRACKER_ELSEWHERE }
      return {
        unknown: read.reason,
        remediation: githubRemedy(read.status, token, 'the issues on GitHub are read', 'a private repository needs one', AGAIN),
      }
    }
    const json = parseJson(read.text)
    if (!json.ok || !Array.isArray(json.value)) return { unknown: `${url} did not answer with a list of issues`, remediation: AGAIN }
    for (const [i, entry] of json.value.entries()) {
      const item = issueOf(entry)
      if (!item)
        return {
          unknown: `${url} answered with an issue (number ${i + 1} of the page) without its number, date or state`,
          remediation: AGAIN,
        }
      if (item === 'pull request') continue
      // newest first: once an issue is older than the time asked for, so is the rest
      if (item.createdAt < since) return { issues, source, complete: true }
      issues.push(item)
    }
    if (json.value.length < 100) return { issues, source, complete: true }
  }
  return { issues, source, complete: false }
}

function issueOf(entry: unknown): ForgeIssue | 'pull request' | undefined {
  if (!entry || typeof entry !== 'object') return undefined
  const e = entry as Record<string, unknown>
  if (e.pull_request !== undefined) return 'pull request'
  if (typeof e.number !== 'number' || typeof e.created_at !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(e.created_at)) return undefined
  if (e.state !== 'open' && e.state !== 'closed') return undefined
  const comments = typeof e.comments === 'number' && e.comments >= 0 ? e.comments : 0
  const association = typeof e.author_association === 'string' ? e.author_association : 'NONE'
  return { number: e.number, createdAt: e.created_at, state: e.state, comments, byMember: MEMBERS.has(association) }
}

const TRACKER_ELSEWHERE =
  'Say in the README or CONTRIBUTING where issues are reported (a tracker elsewhere), and record how they are answered in an exemption.'
