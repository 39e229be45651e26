/**
 * Writes a run's outputs: never through a link, each file whole or not at all, and a set of
 * outputs as a whole.
 *
 * Links: no component of an output path may be a link, from the top-level folder of the
 * repository under check down when the output is inside that repository, otherwise from the
 * working directory down when it is inside that, otherwise the output folder itself and every
 * folder made for it (the rest is a path the user typed). A repository can track `ois-ready`, or
 * any folder on the way, as a link to anywhere. Each component is opened without following a link
 * and used through what was opened (./folder-handle.ts, which also says what remains where the
 * platform has no such handle).
 *
 * Sets: `writeOutputs` writes the new set into a fresh sibling folder and renames it into place,
 * so that a reader sees the earlier set or the new one, never a new report.json beside an earlier
 * attestation. Between the two renames of that swap (the earlier folder moved aside, the new one
 * moved in) the folder is absent for an instant; a kill there leaves both sets complete beside it.
 * Where the folder holds files that are not ois-ready's, or cannot be swapped (a mount point, the
 * working directory, a parent that cannot be written), the set is replaced file by file, the
 * attestation removed first and written last, so a kill leaves no attestation rather than one that
 * vouches for other files.
 *
 * Temporary files and folders are named `.<name>.ois-ready-<pid>-<random>[-new|-old].tmp`; those of
 * earlier runs (the process is gone, or they are older than a day) are removed when the same
 * output is written again, as are `.<name>.<pid>.tmp` files of earlier versions.
 */
import { randomBytes } from 'node:crypto'
import { linkSync, mkdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { UsageError } from './errors.js'
import { writeContent, type OutputContent } from './document.js'
import { LinkInPathError, openAnchor, openBelow, type Folder } from './folder-handle.js'

export interface OutputOptions {
  /** The folder under check: an output inside its repository is checked from the repository's top-level folder down. */
  repository?: string
  /** Names that earlier runs may have written into the folder besides the files written now; a new set leaves none of them behind. */
  owned?: readonly string[]
  /** Files that vouch for the others (the attestation): when a set is replaced file by file, removed first and written last. */
  vouching?: readonly string[]
}

/** A stale temporary entry of an earlier run is removed once it is this old, even if its process id is in use again. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000

/**
 * Writes `files` into `folder` as one set that replaces the earlier one. A folder that holds
 * nothing but `owned` files is replaced by one that holds exactly `files`; otherwise the files
 * are replaced one by one, the `vouching` ones removed first (even when none is written now) and
 * written last, and the rest of the folder stays. Returns the path of each file written.
 */
export function writeOutputs(folder: string, files: Record<string, OutputContent>, options: OutputOptions = {}): Record<string, string> {
  const owned = new Set([...(options.owned ?? []), ...Object.keys(files)])
  return write(folder, Object.keys(files), options, (anchor, parts, dir) => {
    if (parts.length > 0 && !within(dir, process.cwd())) {
      const parent = openBelow(anchor, parts.slice(0, -1), true)!
      try {
        if (swapInto(parent, parts.at(-1)!, files, owned)) return
      } finally {
        if (parent !== anchor) parent.close()
      }
    }
    inFolder(anchor, parts, (target) => replaceFileByFile(target, files, owned, options.vouching ?? []))
  })
}

/** Writes each file whole into `folder`, leaving everything else in it as it is (an SBOM, a badge, a record beside other files). */
export function writeOutputFiles(
  folder: string,
  files: Record<string, OutputContent>,
  options: OutputOptions = {},
): Record<string, string> {
  return write(folder, Object.keys(files), options, (anchor, parts) =>
    inFolder(anchor, parts, (target) => replaceFileByFile(target, files, new Set(Object.keys(files)), [])),
  )
}

/**
 * Writes new files (keys) into `folder`, each whole: refused when any of them exists, even as a
 * link, and never over one made in the meantime. Returns the path of each file written.
 */
export function writeNewFiles(
  folder: string,
  files: Record<string, { content: OutputContent; mode: number }>,
  options: OutputOptions = {},
): Record<string, string> {
  const names = Object.keys(files)
  return write(folder, names, options, (anchor, parts, dir) =>
    inFolder(anchor, parts, (target) => {
      cleanStale(target, new Set(names))
      for (const name of names) {
        const stats = target.lstat(name)
        if (stats) throw new FileExistsError(join(dir, name), stats.isSymbolicLink())
      }
      const published: string[] = []
      try {
        for (const [name, { content, mode }] of Object.entries(files)) {
          const temp = tempName(name)
          try {
            writeContent(target.entry(temp), content, mode)
            target.recheck()
            publishNew(target, temp, name, join(dir, name))
            published.push(name)
          } finally {
            rmSync(target.entry(temp), { force: true })
          }
        }
      } catch (error) {
        for (const name of published) rmSync(target.entry(name), { force: true })
        throw error
      }
    }),
  )
}

/** A file that `writeNewFiles` will not overwrite. */
export class FileExistsError extends UsageError {
  override name = 'FileExistsError'
  constructor(
    readonly path: string,
    readonly link: boolean,
  ) {
    super(`${path} exists${link ? ' (a symlink)' : ''}; ois-ready does not overwrite it`)
  }
}

const USER_FIXES = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['EROFS', 'read-only file system'],
  ['ENOSPC', 'no space left on the device'],
  ['EDQUOT', 'disk quota exceeded'],
  ['ENAMETOOLONG', 'a name is too long'],
])

type Writer = (anchor: Folder, parts: string[], dir: string) => void

function write(folder: string, names: readonly string[], options: OutputOptions, writer: Writer): Record<string, string> {
  const dir = resolve(folder)
  const { anchor: start, parts } = startOf(dir, options.repository)
  const anchor = openAnchor(start)
  try {
    writer(anchor, parts, dir)
  } catch (error) {
    if (error instanceof LinkInPathError)
      throw new UsageError(
        `the output folder ${folder} goes through the symlink ${error.link}; ois-ready does not write through links (a repository can track one that points anywhere). Choose another output folder.`,
      )
    // the file system refuses: something the user can change, not a bug
    const code = (error as NodeJS.ErrnoException).code
    if (code !== undefined && USER_FIXES.has(code)) throw new UsageError(`cannot write into ${folder}: ${code} (${USER_FIXES.get(code)})`)
    throw error
  } finally {
    anchor.close()
  }
  return Object.fromEntries(names.map((name) => [name, join(dir, name)]))
}

/**
 * Where the no-link rule starts for `dir`: the repository's top-level folder when `dir` is inside
 * it, otherwise the working directory when `dir` is inside that, otherwise the nearest existing
 * folder above `dir`. `parts`: the components from there down to `dir`.
 */
function startOf(dir: string, repository?: string): { anchor: string; parts: string[] } {
  for (const base of [repository === undefined ? undefined : topLevelOf(resolve(repository)), process.cwd()])
    if (base !== undefined && within(base, dir)) return { anchor: base, parts: componentsBetween(base, dir) }
  let base = dirname(dir)
  while (base !== dirname(base) && !statSync(base, { throwIfNoEntry: false })?.isDirectory()) base = dirname(base)
  return { anchor: base, parts: componentsBetween(base, dir) }
}

/** The git top-level folder that holds `path` (the nearest folder with a `.git`), or `path` itself outside git. */
function topLevelOf(path: string): string {
  for (let p = path; ; p = dirname(p)) {
    try {
      statSync(join(p, '.git'))
      return p
    } catch {
      if (p === dirname(p)) return path
    }
  }
}

function within(base: string, path: string): boolean {
  const rel = relative(base, path)
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..')
}

function componentsBetween(base: string, path: string): string[] {
  return relative(base, path).split(sep).filter(Boolean)
}

function inFolder(anchor: Folder, parts: readonly string[], use: (folder: Folder) => void): void {
  const folder = openBelow(anchor, parts, true)!
  try {
    use(folder)
  } finally {
    if (folder !== anchor) folder.close()
  }
}

/** Errors of a rename or mkdir that say the folder cannot be swapped here (a mount point, a parent that cannot be written, ...), not that something is wrong. */
const CANNOT_SWAP = new Set(['EXDEV', 'EBUSY', 'EPERM', 'EACCES', 'ENOTEMPTY', 'EEXIST', 'EINVAL'])

/**
 * Replaces the folder `base` of `parent` with a new one holding `files`, when it holds nothing but
 * ois-ready's outputs. Returns false, having changed nothing, where it cannot.
 */
function swapInto(parent: Folder, base: string, files: Record<string, OutputContent>, owned: ReadonlySet<string>): boolean {
  cleanStaleSets(parent, base)
  const existing = parent.open(base, false)
  if (existing) {
    try {
      cleanStale(existing, owned)
      if (existing.list().some((name) => !isOurs(existing, name, owned))) return false
    } finally {
      existing.close()
    }
  }
  const id = `${process.pid}-${randomBytes(4).toString('hex')}`
  const fresh = `.${base}.ois-ready-${id}-new.tmp`
  const aside = `.${base}.ois-ready-${id}-old.tmp`
  try {
    mkdirSync(parent.entry(fresh))
  } catch (error) {
    if (CANNOT_SWAP.has((error as NodeJS.ErrnoException).code ?? '')) return false
    throw error
  }
  try {
    const folder = parent.open(fresh, false)!
    try {
      for (const [name, content] of Object.entries(files)) writeContent(folder.entry(name), content)
    } finally {
      folder.close()
    }
    parent.recheck()
    if (existing) {
      try {
        renameSync(parent.entry(base), parent.entry(aside))
      } catch (error) {
        if (CANNOT_SWAP.has((error as NodeJS.ErrnoException).code ?? '')) return false
        throw error
      }
    }
    try {
      renameSync(parent.entry(fresh), parent.entry(base))
    } catch (error) {
      // the earlier set back in its place, then file by file
      if (existing) renameSync(parent.entry(aside), parent.entry(base))
      if (CANNOT_SWAP.has((error as NodeJS.ErrnoException).code ?? '')) return false
      throw error
    }
  } finally {
    rmSync(parent.entry(fresh), { recursive: true, force: true })
  }
  if (existing) rmSync(parent.entry(aside), { recursive: true, force: true })
  return true
}

/** An entry of an output folder that ois-ready wrote: one of `owned` as a file (or a link in its place), or a temporary file of one. */
function isOurs(folder: Folder, name: string, owned: ReadonlySet<string>): boolean {
  const temp = TEMP_FILE.exec(name) ?? OLD_TEMP_FILE.exec(name)
  if (temp) return owned.has(temp[1]!)
  if (!owned.has(name)) return false
  const stats = folder.lstat(name)
  return stats === undefined || stats.isFile() || stats.isSymbolicLink()
}

/**
 * Writes each file to a temporary name, then renames it into place: the files that vouch for the
 * others (the attestation) are removed before and renamed after all others, so that no kill
 * leaves an earlier attestation beside new files.
 */
function replaceFileByFile(
  folder: Folder,
  files: Record<string, OutputContent>,
  owned: ReadonlySet<string>,
  vouching: readonly string[],
): void {
  cleanStale(folder, owned)
  for (const name of Object.keys(files))
    if (folder.lstat(name)?.isDirectory())
      throw new UsageError(`${join(folder.path, name)} is a folder where ois-ready writes a file; move it, or choose another output folder`)
  const temps: [temp: string, name: string][] = []
  try {
    for (const [name, content] of Object.entries(files)) {
      const temp = tempName(name)
      writeContent(folder.entry(temp), content)
      temps.push([temp, name])
    }
    for (const name of vouching) {
      const stats = folder.lstat(name)
      if (stats?.isFile() || stats?.isSymbolicLink()) unlinkSync(folder.entry(name))
    }
    const rank = (name: string) => vouching.indexOf(name)
    for (const [temp, name] of [...temps].sort((a, b) => rank(a[1]) - rank(b[1]))) {
      folder.recheck()
      renameSync(folder.entry(temp), folder.entry(name))
    }
  } catch (error) {
    for (const [temp] of temps) rmSync(folder.entry(temp), { force: true })
    throw error
  }
}

/** Publishes `temp` as `name` unless `name` exists by now: a hard link fails rather than replace; where there are no hard links, a rename after a last look. */
function publishNew(folder: Folder, temp: string, name: string, shown: string): void {
  try {
    linkSync(folder.entry(temp), folder.entry(name))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new FileExistsError(shown, Boolean(folder.lstat(name)?.isSymbolicLink()))
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EMLINK') throw error
    if (folder.lstat(name)) throw new FileExistsError(shown, Boolean(folder.lstat(name)?.isSymbolicLink()))
    renameSync(folder.entry(temp), folder.entry(name))
  }
}

const TEMP_FILE = /^\.(.+)\.ois-ready-(\d+)-[0-9a-f]{8}\.tmp$/
/** The temporary files of versions up to 0.1.0. */
const OLD_TEMP_FILE = /^\.(.+)\.(\d+)\.tmp$/
const TEMP_SET = /^\.(.+)\.ois-ready-(\d+)-[0-9a-f]{8}-(?:new|old)\.tmp$/

function tempName(name: string): string {
  return `.${name}.ois-ready-${process.pid}-${randomBytes(4).toString('hex')}.tmp`
}

/** Removes the temporary files of earlier runs for the files `names`. */
function cleanStale(folder: Folder, names: ReadonlySet<string>): void {
  for (const entry of folder.list()) {
    const match = TEMP_FILE.exec(entry) ?? OLD_TEMP_FILE.exec(entry)
    if (!match || !names.has(match[1]!)) continue
    const stats = folder.lstat(entry)
    if (stats && !stats.isDirectory() && isStale(Number(match[2]), stats.mtimeMs)) rmSync(folder.entry(entry), { force: true })
  }
}

/** Removes the sibling folders of earlier runs' swaps of the folder `base`. */
function cleanStaleSets(parent: Folder, base: string): void {
  for (const entry of parent.list()) {
    const match = TEMP_SET.exec(entry)
    if (!match || match[1] !== base) continue
    const stats = parent.lstat(entry)
    if (stats?.isDirectory() && isStale(Number(match[2]), stats.mtimeMs)) rmSync(parent.entry(entry), { recursive: true, force: true })
  }
}

/**
 * Whether the process that made a temporary entry is done with it: it is gone, or the entry is
 * older than STALE_AFTER_MS (its id may be in use again). This process writes synchronously, so
 * nothing of its own is under way when it looks.
 */
function isStale(pid: number, mtimeMs: number): boolean {
  if (Date.now() - mtimeMs > STALE_AFTER_MS || pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}
