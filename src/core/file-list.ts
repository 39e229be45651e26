/**
 * Which files are under check: the tracked files of a git work tree (`git ls-files`), or,
 * outside git, a walk of the folder that honours every `.gitignore` in it. Nothing here
 * follows a symlink: links are listed as links.
 */
import { execFile } from 'node:child_process'
import { readdir, readFile, lstat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ignore, { type Ignore } from 'ignore'
import { decodeName, escapeName } from './path-text.js'
import { UsageError } from './errors.js'

const execFileP = promisify(execFile)

export type EntryKind = 'file' | 'symlink' | 'submodule'

export interface ListedEntry {
  path: string
  kind: EntryKind
}

export interface ListProblem {
  path: string
  message: string
}

export interface FileListing {
  source: 'git' | 'walk'
  entries: ListedEntry[]
  problems: ListProblem[]
}

/**
 * Options that keep git from running programs named in the repository's own config
 * (a checked repository is untrusted input).
 */
export const SAFE_GIT_CONFIG = ['core.fsmonitor=false', 'log.showSignature=false', 'core.quotepath=off']

export async function runGit(root: string, args: string[], maxBuffer = 1 << 30): Promise<Buffer> {
  const config = SAFE_GIT_CONFIG.flatMap((c) => ['-c', c])
  const { stdout } = await execFileP('git', [...config, ...args], {
    cwd: root,
    encoding: 'buffer',
    maxBuffer,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
  })
  return stdout
}

/**
 * Where `root` is in its git work tree ('' at the top, 'sub/' in a folder below it), or undefined
 * when it is not in one; a git that refuses the repository is a usage error.
 */
export async function gitWorkTreePrefix(root: string): Promise<string | undefined> {
  try {
    // one process for both answers: a process costs more than the reading it does
    const [inside, prefix = ''] = (await runGit(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix'])).toString().split('\n')
    return inside === 'true' ? prefix : undefined
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '')
    if (/dubious ownership/.test(stderr)) {
      throw new UsageError(
        `git refuses to read ${root}: it is owned by another user ("dubious ownership"). ` +
          `If you trust it, run: git config --global --add safe.directory ${root}`,
      )
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError('git is not installed or not on PATH; ois-ready needs git to read repositories')
    }
    return undefined
  }
}

/** `prefix`: where `root` is in its work tree, when `gitWorkTreePrefix` has told it already. */
export async function listGitFiles(root: string, prefix?: string): Promise<FileListing> {
  // -s gives the mode, which tells links (120000) and submodules (160000) from files; -z keeps names as raw bytes.
  const [out, prefixOut] = await Promise.all([
    runGit(root, ['ls-files', '-z', '-s', '--full-name', '--', '.']),
    prefix === undefined ? runGit(root, ['rev-parse', '--show-prefix']) : undefined,
  ])
  prefix ??= prefixOut!.toString().trim()
  const entries: ListedEntry[] = []
  const problems: ListProblem[] = []
  const seen = new Set<string>()
  const add = (mode: string, name: string) => {
    // --full-name gives paths from the top of the work tree; make them relative to the folder under check.
    const path = prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name
    if (seen.has(path)) return // a path in conflict appears once per stage
    seen.add(path)
    entries.push({ path, kind: mode === '120000' ? 'symlink' : mode === '160000' ? 'submodule' : 'file' })
  }
  // nearly always every name is UTF-8: the listing is decoded at once, and taken apart as text
  const text = decodeName(out)
  if (text !== undefined) {
    for (const record of text.split('\0')) {
      const tab = record.indexOf('\t')
      if (tab >= 0) add(record.slice(0, 6), record.slice(tab + 1))
    }
    return { source: 'git', entries, problems }
  }
  // else record by record, so that the names that are not UTF-8 are told apart
  let start = 0
  while (start < out.length) {
    const end = out.indexOf(0, start)
    const record = out.subarray(start, end === -1 ? out.length : end)
    start = end === -1 ? out.length : end + 1
    const tab = record.indexOf(0x09)
    if (tab < 0) continue
    const nameBytes = record.subarray(tab + 1)
    const name = decodeName(nameBytes)
    if (name === undefined) {
      problems.push({ path: escapeName(nameBytes), message: 'file name is not valid UTF-8; the file was not checked' })
      continue
    }
    add(record.subarray(0, 6).toString(), name)
  }
  return { source: 'git', entries, problems }
}

interface IgnoreLevel {
  base: string
  ig: Ignore
}

const MAX_GITIGNORE_BYTES = 1 << 20

/** Walks `root` without following links, skipping `.git` and whatever a `.gitignore` on the way ignores. */
export async function walkFiles(root: string): Promise<FileListing> {
  const entries: ListedEntry[] = []
  const problems: ListProblem[] = []

  async function visit(dir: string, levels: IgnoreLevel[]): Promise<void> {
    let names: Buffer[]
    try {
      names = await readdir(join(root, dir), { encoding: 'buffer' })
    } catch (error) {
      problems.push({ path: dir || '.', message: `folder could not be read: ${(error as Error).message}` })
      return
    }
    const here = [...levels]
    const gitignore = names.find((n) => n.toString() === '.gitignore')
    if (gitignore) {
      const ig = await readGitignore(join(root, dir, '.gitignore'))
      if (ig) here.push({ base: dir, ig })
    }
    const decoded: string[] = []
    for (const raw of names) {
      const name = decodeName(raw)
      if (name === undefined) {
        problems.push({ path: join(dir, escapeName(raw)), message: 'file name is not valid UTF-8; it was not checked' })
      } else if (name !== '.git') decoded.push(name)
    }
    decoded.sort()
    for (const name of decoded) {
      const rel = dir ? `${dir}/${name}` : name
      let stat
      try {
        stat = await lstat(join(root, rel))
      } catch (error) {
        problems.push({ path: rel, message: `could not be read: ${(error as Error).message}` })
        continue
      }
      const isDir = stat.isDirectory()
      if (isIgnored(here, rel, isDir)) continue
      if (isDir) await visit(rel, here)
      else if (stat.isSymbolicLink()) entries.push({ path: rel, kind: 'symlink' })
      else if (stat.isFile()) entries.push({ path: rel, kind: 'file' })
      // sockets, FIFOs and devices are not files under check
    }
  }

  await visit('', [])
  return { source: 'walk', entries, problems }
}

async function readGitignore(file: string): Promise<Ignore | undefined> {
  try {
    const st = await lstat(file)
    if (!st.isFile() || st.size > MAX_GITIGNORE_BYTES) return undefined
    return ignore().add(await readFile(file, 'utf8'))
  } catch {
    return undefined
  }
}

/** Deeper `.gitignore` files take precedence, as in git; the first level with a verdict decides. */
function isIgnored(levels: IgnoreLevel[], path: string, isDir: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const { base, ig } = levels[i]!
    const rel = base ? path.slice(base.length + 1) : path
    const verdict = ig.test(isDir ? `${rel}/` : rel)
    if (verdict.ignored) return true
    if (verdict.unignored) return false
  }
  return false
}
