/**
 * Publishing the signed attestation and badge for READMEs and catalogues, through the GitHub API
 * (@actions/github): as assets of the release on release events, and as a commit on a branch
 * (default `ois-ready`), so that the badge URL is stable and the latest attestation sits at a
 * well-known path: https://raw.githubusercontent.com/OWNER/REPO/ois-ready/attestation.intoto.jsonl
 */
import * as core from '@actions/core'
import * as github from '@actions/github'

type Octokit = ReturnType<typeof github.getOctokit>

export interface PublishTargets {
  release: boolean
  branch?: string
}

export interface PublishFiles {
  /** File name -> content, e.g. attestation.intoto.jsonl, badge.svg, badge.json, report.json. */
  [name: string]: string
}

const CONTENT_TYPES: Record<string, string> = {
  '.jsonl': 'application/jsonl',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

function contentType(name: string): string {
  const ext = Object.keys(CONTENT_TYPES).find((e) => name.endsWith(e))
  return ext ? CONTENT_TYPES[ext]! : 'application/octet-stream'
}

/** Events after which the checked-out commit is the default branch's own (not a pull request's, not a release's). */
const BRANCH_EVENTS = ['push', 'schedule', 'workflow_dispatch']

/** `attestedCommit`: the commit the attestation is for; the branch only ever shows the default branch's head. */
export async function publish(
  token: string,
  targets: PublishTargets,
  files: PublishFiles,
  attestedCommit?: string,
): Promise<{ release?: string; branch?: string }> {
  const { context } = github
  const octokit = github.getOctokit(token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {})
  const result: { release?: string; branch?: string } = {}
  if (targets.release) {
    const release = context.payload.release as { id?: number; upload_url?: string; tag_name?: string } | undefined
    if (context.eventName === 'release' && release?.id && release.upload_url) {
      await attempt('attach the attestation to the release', async () => {
        await uploadReleaseAssets(octokit, release.id!, release.upload_url!, files)
        result.release = release.tag_name ?? String(release.id)
      })
    } else {
      core.info('publish: release: not a release event; nothing attached')
    }
  }
  if (targets.branch) {
    const defaultBranch = (context.payload.repository as { default_branch?: string } | undefined)?.default_branch
    const onDefault = defaultBranch !== undefined && context.ref === `refs/heads/${defaultBranch}`
    if (!BRANCH_EVENTS.includes(context.eventName) || !onDefault) {
      core.info(
        `publish: branch: not published for a ${context.eventName} event on ${context.ref}; the published badge is that of ${defaultBranch ?? 'the default branch'}, from push, schedule or workflow_dispatch runs`,
      )
    } else if (attestedCommit !== context.sha) {
      core.warning(
        `publish: branch: the attested commit ${attestedCommit ?? '(none)'} is not the commit of this run (${context.sha}); not published`,
      )
    } else {
      await attempt(`push to the ${targets.branch} branch`, async () => {
        result.branch = await commitToBranch(
          octokit,
          targets.branch!,
          files,
          `OIS-ready attestation for ${context.sha.slice(0, 12)} (${context.ref})`,
        )
      })
    }
  }
  return result
}

async function attempt(what: string, action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    const status = (error as { status?: number }).status
    const hint = status === 403 || status === 404 ? ': add `permissions: contents: write` to the job' : ''
    core.warning(`Could not ${what} (${status ?? (error as Error).message})${hint}. The files are still in the output folder.`)
  }
}

async function uploadReleaseAssets(octokit: Octokit, releaseId: number, uploadUrl: string, files: PublishFiles): Promise<void> {
  const { owner, repo } = github.context.repo
  const existing = await octokit.rest.repos.listReleaseAssets({ owner, repo, release_id: releaseId, per_page: 100 })
  const url = uploadUrl.replace(/\{[^}]*\}$/, '')
  for (const [name, content] of Object.entries(files)) {
    const old = existing.data.find((a) => a.name === name)
    if (old) await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: old.id })
    await octokit.request({
      method: 'POST',
      url: `${url}?name=${encodeURIComponent(name)}`,
      headers: { 'content-type': contentType(name) },
      data: content,
    })
  }
}

/** One commit on the branch with the files at its root, on top of what the branch held (created when missing). */
async function commitToBranch(octokit: Octokit, branch: string, files: PublishFiles, message: string): Promise<string> {
  const { owner, repo } = github.context.repo
  let parent: string | undefined
  let baseTree: string | undefined
  try {
    const ref = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
    parent = ref.data.object.sha
    baseTree = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent })).data.tree.sha
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error
  }
  const tree = await Promise.all(
    Object.entries(files).map(async ([path, content]) => {
      const blob = await octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(content).toString('base64'), encoding: 'base64' })
      return { path, mode: '100644' as const, type: 'blob' as const, sha: blob.data.sha }
    }),
  )
  const newTree = await octokit.rest.git.createTree({ owner, repo, tree, ...(baseTree ? { base_tree: baseTree } : {}) })
  const commit = await octokit.rest.git.createCommit({ owner, repo, message, tree: newTree.data.sha, parents: parent ? [parent] : [] })
  if (parent) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.data.sha })
  else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha })
  return commit.data.sha
}
