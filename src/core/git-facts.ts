/**
 * Facts about the repository's history, read through simple-git; empty when the folder is not a
 * git work tree. A history git cannot read (objects missing or corrupt) is an AnalysisError with
 * git's own words, never facts that look like an empty history; a date git gives that no
 * report can hold (a commit dated in the year 10000) is left out.
 */
import { simpleGit, type SimpleGit } from 'simple-git'
// semver's functions one by one: its index also builds the range-subset module's comparators at load
import semverPrerelease from 'semver/functions/prerelease.js'
import semverRcompare from 'semver/functions/rcompare.js'
import semverValid from 'semver/functions/valid.js'
import { AnalysisError } from './errors.js'
import { printable } from './printable.js'
import { normaliseRemoteUrl } from './remote-url.js'
import { SAFE_GIT_CONFIG } from './file-list.js'

export interface TagFact {
  name: string
  /** The SemVer version the tag names (without a leading `v`), when it names one. */
  version?: string
  date?: string
  /** The tag is in the history of HEAD; false for a tag made on another branch (a stable branch's patch release). Not read in a shallow clone, whose history is cut. */
  merged?: boolean
}

export interface Activity {
  commits: number
  authors: number
}

export interface GitFacts {
  isRepository: boolean
  commit?: string
  tree?: string
  ref?: string
  remoteUrl?: string
  lastCommitDate?: string
  /** A shallow clone (the default of actions/checkout) lacks older history and often tags. */
  shallow: boolean
  tags: TagFact[]
  /** The highest SemVer tag, by SemVer precedence. */
  latestVersionTag?: TagFact
  activity: { days90: Activity; days365: Activity }
  /** The authors of the last 365 days with their commit counts, most commits first (names and emails stay in memory, never in outputs). */
  authors365?: RecentAuthor[]
  /** The first-parent commits of the last 365 days, newest first, at most 500 (in memory only). */
  mainline365?: MainlineCommit[]
}

/** A commit of the first-parent history of HEAD (the default branch's own line), for how changes landed. */
export interface MainlineCommit {
  authorEmail: string
  authorName: string
  /** Who wrote the commit onto the branch: GitHub's web-flow (noreply@github.com) for merges made on github.com. */
  committerEmail: string
  /** More than one parent: a merge. */
  merge: boolean
  /** The subject line and the trailers (`Reviewed-by:`, `Approved-by:`, `PR-URL:`, `Closes #N`…), not the body. */
  subject: string
  trailers: string[]
}

export interface RecentAuthor {
  name: string
  email: string
  commits: number
}

export const NO_GIT: GitFacts = {
  isRepository: false,
  shallow: false,
  tags: [],
  activity: { days90: { commits: 0, authors: 0 }, days365: { commits: 0, authors: 0 } },
}

/** A tag names a version when, after an optional `name/` or `name@` prefix and an optional `v`, it starts with a digit. */
export function tagVersion(tag: string): { versionLike: boolean; version?: string } {
  const bare = tag.replace(/^.*[/@]/, '').replace(/^v/i, '')
  if (!/^\d/.test(bare)) return { versionLike: false }
  const version = semverValid(bare) ?? undefined
  return version ? { versionLike: true, version } : { versionLike: true }
}

/** `tagHistory`: find which tags are in the history of HEAD (a walk of the whole history: 0.4 s on curl). */
export async function readGitFacts(root: string, now: Date, { tagHistory = true }: { tagHistory?: boolean } = {}): Promise<GitFacts> {
  // simple-git refuses any core.fsmonitor setting unless allowed; ours turns the monitor off, which is the safe value.
  const git = simpleGit({
    baseDir: root,
    config: SAFE_GIT_CONFIG,
    maxConcurrentProcesses: 8,
    unsafe: { allowUnsafeFsMonitor: true },
  })
  const quiet = async (args: string[]): Promise<string | undefined> => {
    try {
      const out = (await git.raw(args)).trim()
      return out || undefined
    } catch {
      return undefined
    }
  }
  // HEAD's commit, tree and date in one git process (a process costs more than the reading it does)
  const head = await headCommit(git, quiet)
  const commit = head?.commit
  // every other read at once: each is a git process of its own, and none needs another's answer
  const reads = [
    head
      ? shallowAndRef(git, quiet)
      : Promise.all([quiet(['rev-parse', '--is-shallow-repository']), quiet(['symbolic-ref', '-q', 'HEAD'])]),
    remote(git),
    readTags(git),
    commit ? activity(git, now) : undefined,
    commit ? mainline(git, now) : undefined,
  ] as const
  const settled = await Promise.allSettled(reads)
  // when several fail, the same one is reported every time
  for (const i of [2, 3]) if (settled[i]!.status === 'rejected') throw (settled[i] as PromiseRejectedResult).reason
  const [[shallow, ref], remoteUrl, tags, recent, line] = await Promise.all(reads)
  const tree = head?.tree
  const lastCommitDate = head?.date
  // which tags are in the history of HEAD; a shallow clone's history is cut, so it cannot say
  if (tagHistory && commit && shallow === 'false' && tags.length > 0) {
    try {
      const names = new Set((await git.raw(['for-each-ref', '--merged=HEAD', '--format=%(refname:strip=2)', 'refs/tags'])).split('\n'))
      for (const tag of tags) tag.merged = names.has(tag.name)
    } catch {
      // whether a tag is on this branch stays unknown
    }
  }
  const latestVersionTag = tags
    .filter((t) => t.version && !semverPrerelease(t.version))
    .sort((a, b) => semverRcompare(a.version!, b.version!) || (a.name < b.name ? -1 : 1))[0]
  const facts: GitFacts = {
    isRepository: true,
    shallow: shallow === 'true',
    tags,
    ...(recent ?? { activity: NO_GIT.activity }),
  }
  if (line) facts.mainline365 = line
  if (commit) facts.commit = commit
  if (tree) facts.tree = tree
  if (ref) facts.ref = ref
  if (remoteUrl) facts.remoteUrl = remoteUrl
  const date = lastCommitDate ? isoDate(lastCommitDate) : undefined
  if (date) facts.lastCommitDate = date
  if (latestVersionTag) facts.latestVersionTag = latestVersionTag
  return facts
}

/**
 * HEAD's commit, tree and committer date, or undefined on a branch without commits. A HEAD that
 * names a commit git cannot read is the history's failure (the log's words say most: "bad object HEAD").
 */
async function headCommit(
  git: SimpleGit,
  quiet: (args: string[]) => Promise<string | undefined>,
): Promise<{ commit: string; tree: string; date: string } | undefined> {
  const args = ['log', '-1', '--format=%H%x00%T%x00%cI']
  try {
    const [commit = '', tree = '', date = ''] = (await git.raw(args)).trim().split('\0')
    if (commit && tree) return { commit, tree, date }
  } catch (error) {
    if (!(await quiet(['rev-parse', '--verify', '-q', 'HEAD']))) return undefined
    const said = (error as Error).message.split('\n').find((l) => l.trim() !== '') ?? String(error)
    throw new AnalysisError('the git history', `git log failed: ${printable(said.trim())}`, false)
  }
  throw new AnalysisError('the git history', 'git log gave no commit for HEAD', false)
}

/**
 * Whether the clone is shallow, and the branch HEAD is on (undefined when detached), in one git
 * process; `--symbolic-full-name` says `HEAD` for a detached HEAD (no branch may be named HEAD).
 */
async function shallowAndRef(
  git: SimpleGit,
  quiet: (args: string[]) => Promise<string | undefined>,
): Promise<[string | undefined, string | undefined]> {
  const out = await quiet(['rev-parse', '--is-shallow-repository', '--symbolic-full-name', 'HEAD'])
  const [shallow, ref] = out?.split('\n') ?? []
  if (shallow === undefined) return [undefined, await quiet(['symbolic-ref', '-q', 'HEAD'])]
  return [shallow, ref && ref !== 'HEAD' ? ref : undefined]
}

async function remote(git: SimpleGit): Promise<string | undefined> {
  try {
    const remotes = await git.getRemotes(true)
    const chosen = remotes.find((r) => r.name === 'origin') ?? remotes.sort((a, b) => (a.name < b.name ? -1 : 1))[0]
    const url = chosen?.refs.fetch || chosen?.refs.push
    return url ? normaliseRemoteUrl(url) : undefined
  } catch {
    return undefined
  }
}

/** A git command that must work in a repository with commits; its failure is the history's. */
const MAX_MAINLINE = 500
const TRAILER = /^[A-Za-z][\w-]*-by:\s*\S|^(closes|fixes|resolves)\s+#\d+|^(PR-URL|Pull-Request|Reviewed-on|Change-Id|Part-of):/i

async function mainline(git: SimpleGit, now: Date): Promise<MainlineCommit[] | undefined> {
  const since = new Date(now.getTime() - 365 * DAY).toISOString()
  try {
    const out = await git.raw([
      'log',
      '--first-parent',
      `--since=${since}`,
      `--until=${now.toISOString()}`,
      `-n${MAX_MAINLINE}`,
      '--format=%x1e%ae%x00%an%x00%ce%x00%P%x00%B',
    ])
    return out
      .split('\x1e')
      .filter((r) => r.trim())
      .map((record) => {
        const [email = '', name = '', committer = '', parents = '', body = ''] = record.split('\0')
        const lines = body.split('\n')
        return {
          authorEmail: email.trim().toLowerCase(),
          authorName: name,
          committerEmail: committer.trim().toLowerCase(),
          merge: parents.trim().split(/\s+/).length > 1,
          subject: (lines[0] ?? '').slice(0, 300),
          trailers: lines
            .filter((l) => TRAILER.test(l))
            .map((l) => l.trim().slice(0, 300))
            .slice(0, 20),
        }
      })
  } catch {
    return undefined
  }
}

async function strict(git: SimpleGit, args: string[]): Promise<string> {
  try {
    return (await git.raw(args)).trim()
  } catch (error) {
    const said = (error as Error).message.split('\n').find((l) => l.trim() !== '') ?? String(error)
    throw new AnalysisError('the git history', `git ${args[0]} failed: ${printable(said.trim())}`, false)
  }
}

/** A date as ISO 8601 in UTC, or undefined when JavaScript cannot hold it or the report's format cannot write it (years past 9999). */
function isoDate(text: string): string | undefined {
  const time = Date.parse(text)
  if (!Number.isFinite(time)) return undefined
  const iso = new Date(time).toISOString()
  return /^\d{4}-/.test(iso) ? iso : undefined
}

async function readTags(git: SimpleGit): Promise<TagFact[]> {
  const out = await strict(git, ['for-each-ref', '--format=%(refname:strip=2)%00%(creatordate:iso-strict)', 'refs/tags'])
  const tags: TagFact[] = []
  for (const line of out.split('\n')) {
    if (!line) continue
    const [name, date] = line.split('\0')
    if (!name) continue
    const tag: TagFact = { name }
    const { version } = tagVersion(name)
    if (version) tag.version = version
    const iso = date ? isoDate(date) : undefined
    if (iso) tag.date = iso
    tags.push(tag)
  }
  return tags.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

const DAY = 86_400_000

async function activity(git: SimpleGit, now: Date): Promise<{ activity: GitFacts['activity']; authors365: RecentAuthor[] }> {
  const since365 = new Date(now.getTime() - 365 * DAY)
  const since90 = now.getTime() - 90 * DAY
  // read only when HEAD is a commit: a log that fails then is a history git cannot read
  const out = await strict(git, ['log', `--since=${since365.toISOString()}`, `--until=${now.toISOString()}`, '--format=%ct%x00%ae%x00%an'])
  const year = new Map<string, RecentAuthor>()
  const quarter = new Set<string>()
  let commits365 = 0
  let commits90 = 0
  for (const line of out.split('\n')) {
    if (!line) continue
    const [time, email = '', name = ''] = line.split('\0')
    const author = email.toLowerCase()
    commits365++
    const known = year.get(author)
    if (known) known.commits++
    else year.set(author, { name, email: author, commits: 1 })
    if (Number(time) * 1000 >= since90) {
      commits90++
      quarter.add(author)
    }
  }
  return {
    activity: { days90: { commits: commits90, authors: quarter.size }, days365: { commits: commits365, authors: year.size } },
    authors365: [...year.values()].sort((a, b) => b.commits - a.commits || (a.email < b.email ? -1 : 1)),
  }
}
