/**
 * The releases of a repository on GitHub (GitHub Releases), where many projects keep their
 * release notes instead of a file. Read through the REST API (`GET /repos/{owner}/{repo}/releases`,
 * with the run's token when there is one), only when the run may use the network; page by page,
 * newest first, until the releases are older than the time asked for, at most MAX_PAGES pages.
 */
import { parseJson } from '../core/json-source.js'
import { fetchText, type FetchOptions } from '../core/guarded-fetch.js'
import type { ForgeAsset, ForgeRelease, ForgeReleases, ReleasesLookup } from '../core/types.js'
import { githubEndpoints, githubFetchOptions, githubRemedy, githubRepository, type GitHubAccess } from './github-api.js'

export interface GitHubReleasesOptions {
  /** The repository's web address, as the git facts or the CI give it. */
  repositoryUrl?: string
  network: { enabled: boolean; allowHosts: string[] }
  github?: GitHubAccess
  /** Releases asked for per page; GitHub gives at most 100. */
  pageSize?: number
  /** Time limits in milliseconds: for each page (the guarded client's default), for all pages together (LIST_MS). */
  timeoutMs?: number
  totalMs?: number
}

/** 500 releases at 100 a page: more than any project publishes in a year. */
export const MAX_PAGES = 5
/** A page of 100 releases with their assets is a few MiB; release notes are at most 125,000 characters each. */
const PAGE_BYTES = 16 * 1024 * 1024
const NOTES_CHARS = 4000
/** All pages together, well within a check's time limit (60 s by default). */
const LIST_MS = 30_000
/** A release may be tagged (and published) well after the commit it is made from, whose date orders the list. */
const MARGIN_MS = 31 * 86_400_000

const OFFLINE_FIX =
  'Run with network access (--network; on by default in the Action) so that the release notes on GitHub Releases are read.'

export function githubReleases(options: GitHubReleasesOptions): ForgeReleases {
  const { server, api } = githubEndpoints(options.github)
  const repository = githubRepository(options.repositoryUrl, server)
  if (!repository) {
    return { list: () => Promise.resolve({ unknown: `the repository is not on ${server}`, remediation: '' }) }
  }
  const path = `${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`
  const page = `${server}/${path}/releases`
  const source = `${api}/repos/${path}/releases`
  const base = githubFetchOptions(options.github, options.network.allowHosts, PAGE_BYTES)
  const fetchOptions = options.timeoutMs ? { ...base, timeoutMs: options.timeoutMs } : base
  const pageSize = Math.min(100, Math.max(1, options.pageSize ?? 100))
  const reading: Reading = { source, pageSize, fetchOptions, totalMs: options.totalMs ?? LIST_MS, token: Boolean(options.github?.token) }
  // one look-up per run and time, whichever check asks
  const asked = new Map<string, Promise<ReleasesLookup>>()
  return {
    page,
    list(since) {
      if (!options.network.enabled) return Promise.resolve({ unknown: 'this run has no network access', remediation: OFFLINE_FIX })
      const key = since ?? ''
      let answer = asked.get(key)
      if (!answer) {
        // whatever goes wrong is an unknown with its reason, never a rejected promise that ends the check
        answer = readReleases(reading, since).catch((error: unknown) => ({
          unknown: `${source} could not be read (${error instanceof Error ? error.message : String(error)})`,
          remediation: AGAIN,
        }))
        asked.set(key, answer)
      }
      return answer
    },
  }
}

interface Reading {
  source: string
  pageSize: number
  fetchOptions: FetchOptions
  totalMs: number
  /** Whether the requests carry a token (what a rate limit asks for differs). */
  token: boolean
}

async function readReleases(
  { source, pageSize, fetchOptions, totalMs, token }: Reading,
  since: string | undefined,
): Promise<ReleasesLookup> {
  const sinceMs = since ? new Date(since).getTime() : NaN
  const until = Number.isNaN(sinceMs) ? undefined : new Date(sinceMs - MARGIN_MS).toISOString()
  const releases: ForgeRelease[] = []
  const deadline = Date.now() + totalMs
  // a page cut short by the time left says so, rather than "no answer within 87 ms"
  const late = (read: number): ReleasesLookup => ({
    unknown: `${source} did not give its releases within ${totalMs / 1000} s (${read} of up to ${MAX_PAGES} pages read)`,
    remediation: AGAIN,
  })
  for (let n = 1; n <= MAX_PAGES; n++) {
    const url = `${source}?per_page=${pageSize}&page=${n}`
    const left = deadline - Date.now()
    if (left <= 0) return late(n - 1)
    const answer = await fetchText(url, { ...fetchOptions, timeoutMs: Math.min(fetchOptions.timeoutMs, left) })
    if (!answer.ok && answer.status === undefined && left < fetchOptions.timeoutMs && Date.now() >= deadline) return late(n - 1)
    if (!answer.ok) return { unknown: answer.reason, remediation: remedy(answer.status, token) }
    const json = parseJson(answer.text)
    if (!json.ok) return { unknown: `${url} did not answer with JSON`, remediation: AGAIN }
    const entries = json.value
    if (!Array.isArray(entries)) return { unknown: `${url} did not answer with a list of releases`, remediation: AGAIN }
    let last: Dates | undefined
    for (const [i, entry] of entries.entries()) {
      const read = releaseOf(entry)
      if ('bad' in read) return { unknown: `${url} answered with a release (number ${i + 1} of the page) ${read.bad}`, remediation: AGAIN }
      if (read.release) releases.push(read.release)
      last = read.dates
    }
    // the list runs from the newest; once its last entry is older than the time asked for, so is the rest
    if (entries.length < pageSize) return { releases, source, complete: true }
    if (!until) return { releases, source, complete: false }
    if (last && last.created < until && (last.published ?? '') < until) return { releases, source, complete: true }
  }
  return { releases, source, complete: false }
}

interface Dates {
  created: string
  published?: string
}

/** A release object of the API: its release, or undefined for a draft; what is wrong when it is not one. */
function releaseOf(entry: unknown): { release?: ForgeRelease; dates: Dates } | { bad: string } {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return { bad: 'that is not an object' }
  const e = entry as Record<string, unknown>
  if (typeof e.tag_name !== 'string' || e.tag_name === '') return { bad: 'without a tag_name' }
  const tag = e.tag_name.slice(0, 200)
  if (typeof e.created_at !== 'string' || !isTime(e.created_at)) return { bad: `${tag} without a valid created_at` }
  if (e.published_at !== null && e.published_at !== undefined && (typeof e.published_at !== 'string' || !isTime(e.published_at)))
    return { bad: `${tag} with an invalid published_at` }
  if (e.body !== null && e.body !== undefined && typeof e.body !== 'string') return { bad: `${tag} whose body is not text` }
  const created = new Date(e.created_at).toISOString()
  const published = typeof e.published_at === 'string' ? new Date(e.published_at).toISOString() : undefined
  const dates: Dates = published ? { created, published } : { created }
  // a draft is not published (and only those who may push see it)
  if (e.draft === true || !published) return { dates }
  return {
    dates,
    release: {
      tag,
      notes: typeof e.body === 'string' ? e.body.slice(0, NOTES_CHARS) : '',
      published,
      prerelease: e.prerelease === true,
      url: typeof e.html_url === 'string' ? e.html_url.slice(0, 500) : '',
      ...(Array.isArray(e.assets) ? { assets: e.assets.slice(0, MAX_ASSETS).flatMap(assetOf) } : {}),
    },
  }
}

const MAX_ASSETS = 200

/** An asset object of the API, or nothing when it lacks a name. */
function assetOf(entry: unknown): ForgeAsset[] {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return []
  const a = entry as Record<string, unknown>
  if (typeof a.name !== 'string' || a.name === '') return []
  return [
    {
      name: a.name.slice(0, 300),
      contentType: typeof a.content_type === 'string' ? a.content_type.slice(0, 200) : '',
      size: typeof a.size === 'number' && Number.isFinite(a.size) ? a.size : 0,
      url: typeof a.browser_download_url === 'string' ? a.browser_download_url.slice(0, 1000) : '',
    },
  ]
}

function isTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(new Date(text).getTime())
}

const AGAIN =
  'Run again to read the release notes on GitHub Releases; if the answer stays wrong, report it with the address in the message.'

function remedy(status: number | undefined, token: boolean): string {
  return githubRemedy(status, token, 'the release notes on GitHub Releases are read', "a private repository's releases need one", AGAIN)
}
