/** Real repositories for tests: files written to a temp folder, committed with real git. */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, type Dirent } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const FIXTURES = join(PROJECT_ROOT, 'fixtures')

const made: string[] = []

export interface Commit {
  files?: Record<string, string | Buffer>
  /** ISO date used as author and committer date. */
  date?: string
  author?: string
  message?: string
  tags?: string[]
}

export interface RepoOptions {
  /** false: a plain folder, not a git repository. */
  git?: boolean
  commits?: Commit[]
  remote?: string
}

export function tempDir(prefix = 'ois-ready-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
}

export function git(root: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: root, ...env },
  })
}

/** A repository with the given files; with git (the default) each commit is a real commit, tags real tags. */
export function makeRepo(files: Record<string, string | Buffer>, options: RepoOptions = {}): string {
  const root = tempDir()
  if (options.git === false) {
    writeFiles(root, files)
    return root
  }
  initRepo(root, options.remote)
  if (options.commits) writeFiles(root, files)
  commitAll(root, options.commits ?? [{ files }])
  return root
}

/** A copy of fixtures/repos/<name>, committed to a fresh git repository unless git is false. */
export function fixtureRepo(name: string, options: RepoOptions = {}): string {
  const root = tempDir()
  cpSync(join(FIXTURES, 'repos', name), root, { recursive: true })
  if (options.git === false) return root
  initRepo(root, options.remote)
  commitAll(root, options.commits ?? [{}])
  return root
}

/**
 * A copy of the extract of a real project in fixtures/real/<project> (without its SOURCE.md,
 * git-tags.txt and the recorded API answers in api.github.com/), committed to a fresh git repository.
 */
export function realRepo(project: string, options: RepoOptions = {}): string {
  const root = tempDir()
  cpSync(join(FIXTURES, 'real', project), root, {
    recursive: true,
    filter: (source) =>
      !source.endsWith('/SOURCE.md') &&
      !source.endsWith('/git-tags.txt') &&
      !source.endsWith('/api.github.com') &&
      !source.endsWith('/git-tag-objects'),
  })
  initRepo(root, options.remote)
  commitAll(root, options.commits ?? [{}])
  return root
}

function initRepo(root: string, remote?: string): void {
  git(root, ['init', '-q', '-b', 'main'])
  git(root, ['config', 'user.email', 'dev@example.eu'])
  git(root, ['config', 'user.name', 'Dev'])
  git(root, ['config', 'commit.gpgsign', 'false'])
  git(root, ['config', 'tag.gpgsign', 'false'])
  if (remote) git(root, ['remote', 'add', 'origin', remote])
}

function commitAll(root: string, commits: Commit[]): void {
  for (const [i, commit] of commits.entries()) {
    if (commit.files) writeFiles(root, commit.files)
    git(root, ['add', '-A'])
    const date = commit.date ?? '2026-01-15T12:00:00Z'
    const author = commit.author ?? 'dev@example.eu'
    git(root, ['commit', '-q', '--allow-empty', '-m', commit.message ?? `commit ${i + 1}`], {
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_EMAIL: author,
      GIT_COMMITTER_EMAIL: author,
    })
    for (const tag of commit.tags ?? []) git(root, ['tag', '-a', tag, '-m', tag], { GIT_COMMITTER_DATE: date })
  }
}

export interface DatedTag {
  name: string
  /** ISO time the tag was made. */
  date: string
}

/** The tags of a real project, as fixtures/real/<project>/git-tags.txt lists them (name, tab, ISO date per line). */
export function realTags(project: string): DatedTag[] {
  return readFileSync(join(FIXTURES, 'real', project, 'git-tags.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name, date] = line.split('\t')
      return { name: name!, date: date! }
    })
}

/**
 * Annotated tags on HEAD, each made at its own date, in one `git fast-import` (hundreds of tags
 * in milliseconds; `git tag` once per tag takes seconds).
 */
export function addTags(root: string, tags: readonly DatedTag[]): void {
  const head = git(root, ['rev-parse', 'HEAD']).trim()
  const stream = tags
    .map(({ name, date }) => {
      const message = `${name}\n`
      const seconds = Math.floor(new Date(date).getTime() / 1000)
      return `tag ${name}\nfrom ${head}\ntagger Dev <dev@example.eu> ${seconds} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`
    })
    .join('')
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: root,
    input: stream,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: root },
  })
}

/**
 * The real tag objects of fixtures/real/<project>/git-tag-objects/<tag name> (as `git cat-file tag`
 * gives them, signatures included), written unchanged into the repository and named by their tags.
 * The commits they point to are not in the extract; git reads a tag object without them.
 * `change` rewrites an object's text first (a tag altered after signing).
 */
export function addTagObjects(root: string, project: string, change: (name: string, text: string) => string = (_n, t) => t): string[] {
  const folder = join(FIXTURES, 'real', project, 'git-tag-objects')
  const names = (readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
  for (const name of names) {
    const text = change(name, readFileSync(join(folder, name), 'latin1'))
    const id = execFileSync('git', ['hash-object', '-t', 'tag', '-w', '--literally', '--stdin'], {
      cwd: root,
      input: Buffer.from(text, 'latin1'),
      encoding: 'utf8',
    }).trim()
    git(root, ['update-ref', `refs/tags/${name}`, id])
  }
  return names
}

export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}
