/** A small in-memory GitHub (git data, release assets) behind the local HTTP server, for the publishing tests. */
import { createHash } from 'node:crypto'
import type { RecordedRequest, Route } from './local-github.js'

export interface FakeGitHub {
  route: Route
  refs: Map<string, string>
  commits: Map<string, { tree: string; parents: string[]; message: string }>
  trees: Map<string, Map<string, string>>
  blobs: Map<string, Buffer>
  assets: { id: number; name: string; content: Buffer; contentType: string }[]
  /** The files on a branch: path -> content. */
  filesOn(branch: string): Record<string, string>
}

export function fakeGitHub(owner: string, repo: string, releaseId: number): FakeGitHub {
  const refs = new Map<string, string>()
  const commits = new Map<string, { tree: string; parents: string[]; message: string }>()
  const trees = new Map<string, Map<string, string>>()
  const blobs = new Map<string, Buffer>()
  const assets: FakeGitHub['assets'] = []
  let nextAsset = 1
  const id = (data: unknown) => createHash('sha1').update(JSON.stringify(data)).update(String(Math.random())).digest('hex')
  const base = `/repos/${owner}/${repo}`
  const json = (req: RecordedRequest) => JSON.parse(req.body.toString() || '{}')
  const route: Route = (req) => {
    const url = decodeURIComponent(req.url.split('?')[0]!)
    if (req.headers.authorization !== 'token ghs_test') return { status: 401, body: { message: 'Bad credentials' } }
    let m: RegExpExecArray | null
    if (req.method === 'GET' && (m = new RegExp(`^${base}/git/ref/heads/(.+)$`).exec(url))) {
      const sha = refs.get(m[1]!)
      return sha
        ? { status: 200, body: { ref: `refs/heads/${m[1]}`, object: { sha, type: 'commit' } } }
        : { status: 404, body: { message: 'Not Found' } }
    }
    if (req.method === 'GET' && (m = new RegExp(`^${base}/git/commits/(\\w+)$`).exec(url))) {
      const c = commits.get(m[1]!)
      return c
        ? { status: 200, body: { sha: m[1], tree: { sha: c.tree }, parents: c.parents.map((sha) => ({ sha })) } }
        : { status: 404, body: {} }
    }
    if (req.method === 'POST' && url === `${base}/git/blobs`) {
      const { content, encoding } = json(req)
      const sha = id(content)
      blobs.set(sha, Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'))
      return { status: 201, body: { sha } }
    }
    if (req.method === 'POST' && url === `${base}/git/trees`) {
      const { tree, base_tree } = json(req) as { tree: { path: string; sha: string }[]; base_tree?: string }
      const entries = new Map(base_tree ? trees.get(base_tree) : [])
      for (const e of tree) entries.set(e.path, e.sha)
      const sha = id(tree)
      trees.set(sha, entries)
      return { status: 201, body: { sha } }
    }
    if (req.method === 'POST' && url === `${base}/git/commits`) {
      const { tree, parents, message } = json(req)
      const sha = id(message)
      commits.set(sha, { tree, parents, message })
      return { status: 201, body: { sha } }
    }
    if (req.method === 'POST' && url === `${base}/git/refs`) {
      const { ref, sha } = json(req)
      refs.set(String(ref).replace(/^refs\/heads\//, ''), sha)
      return { status: 201, body: { ref, object: { sha } } }
    }
    if (req.method === 'PATCH' && (m = new RegExp(`^${base}/git/refs/heads/(.+)$`).exec(url))) {
      refs.set(m[1]!, json(req).sha)
      return { status: 200, body: { object: { sha: json(req).sha } } }
    }
    if (req.method === 'GET' && url === `${base}/releases/${releaseId}/assets`) {
      return { status: 200, body: assets.map((a) => ({ id: a.id, name: a.name })) }
    }
    if (req.method === 'DELETE' && (m = new RegExp(`^${base}/releases/assets/(\\d+)$`).exec(url))) {
      const i = assets.findIndex((a) => a.id === Number(m![1]))
      if (i >= 0) assets.splice(i, 1)
      return { status: 204 }
    }
    if (req.method === 'POST' && url === `/uploads${base}/releases/${releaseId}/assets`) {
      const name = new URL(`http://x${req.url}`).searchParams.get('name') ?? ''
      assets.push({ id: nextAsset++, name, content: req.body, contentType: String(req.headers['content-type']) })
      return { status: 201, body: { id: nextAsset - 1, name } }
    }
    return { status: 404, body: { message: `no route ${req.method} ${url}` } }
  }
  return {
    route,
    refs,
    commits,
    trees,
    blobs,
    assets,
    filesOn(branch) {
      const commit = commits.get(refs.get(branch) ?? '')
      const tree = commit ? trees.get(commit.tree) : undefined
      return Object.fromEntries([...(tree ?? [])].map(([path, sha]) => [path, blobs.get(sha)!.toString()]))
    },
  }
}
