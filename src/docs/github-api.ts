/**
 * Where a repository on GitHub (or a GitHub Enterprise Server) is, and how its REST API is asked:
 * what the organisation-wide community files and the GitHub Releases look-ups share.
 */
import { DEFAULT_FETCH, type FetchOptions } from '../core/guarded-fetch.js'

export interface GitHubAccess {
  /** The web address of the forge (https://github.com, or a GitHub Enterprise Server). */
  serverUrl?: string
  /** Its REST API (https://api.github.com). */
  apiUrl?: string
  /** A token for the API (the Action's github.token); public repositories are read without one too. */
  token?: string
}

/** The forge's web address and its REST API, without a trailing slash. */
export function githubEndpoints(access: GitHubAccess | undefined): { server: string; api: string } {
  const server = (access?.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const api = (access?.apiUrl ?? (server === 'https://github.com' ? 'https://api.github.com' : `${server}/api/v3`)).replace(/\/+$/, '')
  return { server, api }
}

/** The owner and name of a repository on the forge, from its web address; undefined when it is elsewhere. */
export function githubRepository(repositoryUrl: string | undefined, server: string): { owner: string; repo: string } | undefined {
  if (!repositoryUrl) return undefined
  const prefix = `${server.toLowerCase()}/`
  const url = repositoryUrl.replace(/\.git$/, '').replace(/\/+$/, '')
  if (!url.toLowerCase().startsWith(prefix)) return undefined
  const [owner, repo] = url.slice(prefix.length).split('/')
  if (!owner || !repo) return undefined
  return /^[A-Za-z0-9-]{1,39}$/.test(owner) && /^[A-Za-z0-9._-]{1,100}$/.test(repo) ? { owner, repo } : undefined
}

/** The guarded client's options for the API: JSON of API version 2022-11-28, with the token when there is one. */
export function githubFetchOptions(access: GitHubAccess | undefined, allowHosts: string[], maxBytes: number): FetchOptions {
  return {
    ...DEFAULT_FETCH,
    maxBytes,
    allowHosts,
    headers: {
      'user-agent': 'ois-ready',
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(access?.token ? { authorization: `Bearer ${access.token}` } : {}),
    },
  }
}

/**
 * What resolves a GitHub API answer other than 200: `reads` says what the request was for
 * ("the release notes on GitHub Releases are read"), `privately` what a private repository needs
 * a token for; `again` is the advice for any other failure.
 */
export function githubRemedy(status: number | undefined, token: boolean, reads: string, privately: string, again: string): string {
  if (status === 401) return `Run with a valid token (the Action's github-token, or GITHUB_TOKEN) so that ${reads}.`
  if ((status === 403 || status === 429) && token)
    return 'Run again later: the GitHub API limits the requests of each token (an HTTP 403 may also mean that the token may not read the repository).'
  if (status === 403 || status === 429)
    return "Run again later, or with a token (the Action's github-token, or GITHUB_TOKEN): the GitHub API limits requests without one."
  if (status === 404) return `Run with a token that can read the repository (${privately}), or check its address (the remote origin).`
  return again
}
