/**
 * Which forge's CI runs this process, read from the environment its runner sets: the forge's
 * address, the repository's web address, the ref and commit of the run, and the job's folder.
 * Never assumes github.com: Forgejo and Gitea runners set GitHub-compatible GITHUB_* variables
 * (GITHUB_SERVER_URL is their own instance, GITHUB_API_URL their own API, which is not GitHub's)
 * and mark themselves with FORGEJO_ACTIONS and GITEA_ACTIONS (Forgejo's runner sets both);
 * GitLab CI sets GITLAB_CI and its CI_* variables.
 */
export type Forge = 'github' | 'gitlab' | 'forgejo' | 'gitea'

export const FORGE_NAMES: Record<Forge, string> = { github: 'GitHub', gitlab: 'GitLab', forgejo: 'Forgejo', gitea: 'Gitea' }

export interface CiEnvironment {
  forge: Forge
  /** The forge's web address without a trailing slash: https://github.com, https://gitlab.example.org, https://codeberg.org. */
  serverUrl: string
  /** The repository's web address: https://gitlab.com/group/subgroup/project. */
  repositoryUrl?: string
  /** The full ref of the run: refs/heads/main, refs/tags/v1.2.0. */
  ref?: string
  commit?: string
  /** GitHub's REST API: only on GitHub and GitHub Enterprise Server (Forgejo's and Gitea's API is another). */
  githubApiUrl?: string
  /** The folder the runner checked the repository out into. */
  workspace?: string
}

type Env = Record<string, string | undefined>

/** An http(s) address without a trailing slash, or undefined for anything else (an empty or malformed variable). */
function webAddress(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash) return undefined
  } catch {
    return undefined
  }
  return value.replace(/\/+$/, '')
}

/** owner/name or group/subgroup/name: segments without `..`, spaces or other URL syntax. */
function repositoryPath(value: string | undefined): string | undefined {
  if (!value) return undefined
  const segments = value.split('/')
  return segments.length >= 2 && segments.every((s) => /^[A-Za-z0-9_.~-]+$/.test(s) && s !== '.' && s !== '..') ? value : undefined
}

const present = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as { [K in keyof T]: T[K] }

export function ciEnvironment(env: Env): CiEnvironment | undefined {
  if (env.GITLAB_CI === 'true') {
    const serverUrl = webAddress(env.CI_SERVER_URL)
    if (!serverUrl) return undefined
    const path = repositoryPath(env.CI_PROJECT_PATH)
    const ref = env.CI_COMMIT_TAG
      ? `refs/tags/${env.CI_COMMIT_TAG}`
      : env.CI_COMMIT_BRANCH
        ? `refs/heads/${env.CI_COMMIT_BRANCH}`
        : env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME
          ? `refs/heads/${env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME}`
          : undefined
    return present({
      forge: 'gitlab' as const,
      serverUrl,
      repositoryUrl: path ? `${serverUrl}/${path}` : undefined,
      ref,
      commit: env.CI_COMMIT_SHA,
      workspace: env.CI_PROJECT_DIR,
    })
  }
  const forge: Forge | undefined =
    env.FORGEJO_ACTIONS === 'true'
      ? 'forgejo'
      : env.GITEA_ACTIONS === 'true'
        ? 'gitea'
        : env.GITHUB_ACTIONS === 'true'
          ? 'github'
          : undefined
  if (!forge) return undefined
  // GitHub's own runners always set it; a runner without it is github.com
  const serverUrl = webAddress(env.GITHUB_SERVER_URL) ?? (forge === 'github' ? 'https://github.com' : undefined)
  if (!serverUrl) return undefined
  const path = repositoryPath(env.GITHUB_REPOSITORY)
  return present({
    forge,
    serverUrl,
    repositoryUrl: path ? `${serverUrl}/${path}` : undefined,
    ref: env.GITHUB_REF,
    commit: env.GITHUB_SHA,
    githubApiUrl: forge === 'github' ? webAddress(env.GITHUB_API_URL) : undefined,
    workspace: env.GITHUB_WORKSPACE,
  })
}
