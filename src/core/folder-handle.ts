/**
 * Folders opened one component at a time without following links, and used through what was
 * opened: the equivalent of openat(2) with O_NOFOLLOW, which Node does not offer.
 *
 * On Linux each folder is held open (`O_DIRECTORY | O_NOFOLLOW`, relative to its parent's handle)
 * and its entries are named `/proc/self/fd/<fd>/<name>`: the kernel resolves that to the very
 * folder that was opened, so a component swapped for a link after it was opened redirects
 * nothing; there is no check-then-use window.
 *
 * Elsewhere (macOS, Windows, Linux without /proc) there is no such handle: each component is
 * checked with lstat as it is opened, and the whole chain again (same device and inode, still no
 * link) before every rename that publishes a file (`recheck`). What remains is the moment between
 * that recheck and the rename: a process that can write into the output path while ois-ready
 * runs could swap a folder for a link in it. Links that exist before the run (the ones a
 * repository tracks) are always refused.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import { UsageError } from './errors.js'

/** A component of the path is a link. */
export class LinkInPathError extends UsageError {
  override name = 'LinkInPathError'
  constructor(readonly link: string) {
    super(`${link} is a symlink; ois-ready does not write through links`)
  }
}

/** A component of the path exists and is not a folder. */
export class NotAFolderError extends UsageError {
  override name = 'NotAFolderError'
  constructor(readonly entry: string) {
    super(`${entry} is not a folder`)
  }
}

export interface Folder {
  /** Its path as the caller named it (for messages and results). */
  readonly path: string
  /** A path that names the entry `name` of this very folder. */
  entry(name: string): string
  /** The subfolder `name`, opened without following a link; created when missing and `create`, otherwise undefined when missing. */
  open(name: string, create: boolean): Folder | undefined
  /** The names in the folder. */
  list(): string[]
  /** The entry's own status (a link is reported as a link), undefined when there is none. */
  lstat(name: string): Stats | undefined
  /** Throws when the path from the anchor no longer leads to this folder through folders only (a no-op where the folder is held open). */
  recheck(): void
  close(): void
}

const DIRECTORY = constants.O_RDONLY | (constants.O_DIRECTORY ?? 0)
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0

/**
 * Opens `path`, which is trusted as given (a link in it is followed: it is the repository's or the
 * working directory's own path), as the anchor below which nothing is followed.
 * `portable`: use the path-based way even where handles work (tests).
 */
export function openAnchor(path: string, options: { portable?: boolean } = {}): Folder {
  if (!options.portable && handlesWork()) return new HeldFolder(openSync(path, DIRECTORY), path)
  const real = realpathSync(path)
  const stats = statSync(real)
  if (!stats.isDirectory()) throw new NotAFolderError(path)
  return new CheckedFolder(path, real, [{ real, dev: stats.dev, ino: stats.ino }])
}

/** The folder `parts` below the anchor, each component opened without following a link. */
export function openBelow(anchor: Folder, parts: readonly string[], create: boolean): Folder | undefined {
  let folder = anchor
  for (const part of parts) {
    let next: Folder | undefined
    try {
      next = folder.open(part, create)
    } finally {
      if (folder !== anchor) folder.close()
    }
    if (!next) return undefined
    folder = next
  }
  return folder
}

function assertName(name: string): void {
  if (!name || name === '.' || name === '..' || /[/\\\0]/.test(name)) throw new UsageError(`"${name}" is not a file name`)
}

let handles: boolean | undefined

/** Whether /proc/self/fd/<fd> names the folder held open (Linux with /proc mounted). */
function handlesWork(): boolean {
  if (handles === undefined) {
    handles = false
    if (process.platform === 'linux') {
      let fd: number | undefined
      try {
        fd = openSync('/', DIRECTORY)
        const held = fstatSync(fd)
        const named = statSync(`/proc/self/fd/${fd}`)
        handles = named.isDirectory() && named.ino === held.ino && named.dev === held.dev
      } catch {
        handles = false
      } finally {
        if (fd !== undefined) closeSync(fd)
      }
    }
  }
  return handles
}

class HeldFolder implements Folder {
  constructor(
    private readonly fd: number,
    readonly path: string,
  ) {}

  entry(name: string): string {
    assertName(name)
    return `/proc/self/fd/${this.fd}/${name}`
  }

  open(name: string, create: boolean): Folder | undefined {
    const at = this.entry(name)
    for (let attempt = 0; ; attempt++) {
      try {
        return new HeldFolder(openSync(at, DIRECTORY | NO_FOLLOW), join(this.path, name))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT' && create && attempt === 0) {
          try {
            // mkdir never follows a link in the last component (a dangling one gives EEXIST, then the open refuses it)
            mkdirSync(at)
          } catch (made) {
            if ((made as NodeJS.ErrnoException).code !== 'EEXIST') throw made
          }
          continue
        }
        if (code === 'ENOENT') return undefined
        // the open has refused already; lstat only says why
        if (code === 'ENOTDIR' || code === 'ELOOP')
          throw this.lstat(name)?.isSymbolicLink() ? new LinkInPathError(join(this.path, name)) : new NotAFolderError(join(this.path, name))
        throw error
      }
    }
  }

  list(): string[] {
    return readdirSync(`/proc/self/fd/${this.fd}`)
  }

  lstat(name: string): Stats | undefined {
    return lstatSync(this.entry(name), { throwIfNoEntry: false })
  }

  recheck(): void {}

  close(): void {
    closeSync(this.fd)
  }
}

interface Link {
  real: string
  dev: number
  ino: number
}

class CheckedFolder implements Folder {
  constructor(
    readonly path: string,
    private readonly real: string,
    private readonly chain: readonly Link[],
  ) {}

  entry(name: string): string {
    assertName(name)
    return join(this.real, name)
  }

  open(name: string, create: boolean): Folder | undefined {
    const at = this.entry(name)
    let stats = lstatSync(at, { throwIfNoEntry: false })
    if (!stats) {
      if (!create) return undefined
      try {
        mkdirSync(at)
      } catch (made) {
        if ((made as NodeJS.ErrnoException).code !== 'EEXIST') throw made
      }
      stats = lstatSync(at)
    }
    if (stats.isSymbolicLink()) throw new LinkInPathError(join(this.path, name))
    if (!stats.isDirectory()) throw new NotAFolderError(join(this.path, name))
    const folder = new CheckedFolder(join(this.path, name), at, [...this.chain, { real: at, dev: stats.dev, ino: stats.ino }])
    folder.recheck()
    return folder
  }

  list(): string[] {
    return readdirSync(this.real)
  }

  lstat(name: string): Stats | undefined {
    return lstatSync(this.entry(name), { throwIfNoEntry: false })
  }

  recheck(): void {
    for (const link of this.chain) {
      const now = lstatSync(link.real, { throwIfNoEntry: false })
      if (now?.isSymbolicLink()) throw new LinkInPathError(link.real)
      if (!now?.isDirectory() || now.dev !== link.dev || now.ino !== link.ino)
        throw new UsageError(`${link.real} changed while ois-ready was writing into it; nothing more was written`)
    }
  }

  close(): void {}
}
