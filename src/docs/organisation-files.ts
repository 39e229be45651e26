/**
 * GitHub's organisation-wide community files: a repository without its own SECURITY.md,
 * CONTRIBUTING.md, CODE_OF_CONDUCT.md, GOVERNANCE.md or SUPPORT.md shows those of the
 * organisation's public `.github` repository (in its root, `.github/` or `docs/`). They are
 * read through the GitHub REST API (contents), with the run's token when there is one, only
 * when the run may use the network; otherwise whether one applies is unknown.
 */
import { parseJson } from '../core/json-source.js'
import { fetchText, type FetchOptions } from '../core/guarded-fetch.js'
import type { OrganisationFiles } from '../core/types.js'
import { DOC_EXTENSIONS } from './doc-files.js'
import { githubEndpoints, githubFetchOptions, githubRepository, type GitHubAccess } from './github-api.js'

export type { GitHubAccess } from './github-api.js'

export interface OrganisationFilesOptions {
  /** The repository's web address, as the git facts or the CI give it. */
  repositoryUrl?: string
  network: { enabled: boolean; allowHosts: string[] }
  github?: GitHubAccess
}

/** Where GitHub looks in the `.github` repository, in its order. */
const FOLDERS = ['', '.github', 'docs']

export function organisationFiles(options: OrganisationFilesOptions): OrganisationFiles {
  const { server, api } = githubEndpoints(options.github)
  const repository = githubRepository(options.repositoryUrl, server)
  const owner = repository ? { name: repository.owner, repo: repository.repo } : undefined
  const fetchOptions: FetchOptions = githubFetchOptions(options.github, options.network.allowHosts, 1024 * 1024)
  // the three folders are listed once per run, whichever checks ask
  let listing: Promise<{ paths: string[] } | { absent: string } | { unknown: string }> | undefined
  const list = () => (listing ??= listFolders(api, owner!.name, fetchOptions))

  return {
    async find(baseNames) {
      if (!owner) return { absent: `the repository is not on ${server}, so no organisation-wide files apply` }
      if (owner.repo === '.github') return { absent: 'this is the organisation-wide files repository itself' }
      const where = `${server}/${owner.name}/.github`
      if (!options.network.enabled) {
        return {
          unknown: `an organisation-wide file from ${where} may apply; run with network access (--network, on by default in the Action) to check`,
        }
      }
      const listed = await list()
      if (!('paths' in listed)) return listed
      const wanted = FOLDERS.flatMap((folder) =>
        baseNames.flatMap((name) => DOC_EXTENSIONS.map((ext) => `${folder ? `${folder}/` : ''}${name}${ext}`.toLowerCase())),
      )
      const path = wanted.map((w) => listed.paths.find((p) => p.toLowerCase() === w)).find((p) => p !== undefined)
      if (!path) return { absent: `${where} has no ${baseNames[0]} file` }
      const url = `${api}/repos/${owner.name}/.github/contents/${path.split('/').map(encodeURIComponent).join('/')}`
      const read = await fetchText(url, { ...fetchOptions, headers: { ...fetchOptions.headers, accept: 'application/vnd.github.raw' } })
      if (!read.ok) return { unknown: `${where}/${path} could not be read (${read.reason}); run again to check` }
      return { file: { path, url: `${server}/${owner.name}/.github/blob/HEAD/${path}`, text: read.text } }
    },
  }
}

async function listFolders(
  api: string,
  owner: string,
  options: FetchOptions,
): Promise<{ paths: string[] } | { absent: string } | { unknown: string }> {
  const paths: string[] = []
  for (const folder of FOLDERS) {
    const url = `${api}/repos/${owner}/.github/contents/${folder}`
    const answer = await fetchText(url, options)
    if (!answer.ok) {
      if (answer.status === 404) {
        if (folder === '') return { absent: `${owner} has no public .github repository for organisation-wide files` }
        continue
      }
      return {
        unknown: `the organisation-wide files of ${owner} could not be listed (${answer.reason}); run again, or with a token, to check`,
      }
    }
    const json = parseJson(answer.text)
    if (!json.ok) return { unknown: `${url} did not answer with JSON` }
    const entries = json.value
    if (!Array.isArray(entries)) continue
    for (const e of entries.slice(0, 1000))
      if (e && typeof e === 'object' && (e as { type?: unknown }).type === 'file' && typeof (e as { path?: unknown }).path === 'string')
        paths.push((e as { path: string }).path)
  }
  return { paths }
}
