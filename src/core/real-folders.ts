/**
 * Where each folder of a repository really is, worked out once per folder from its parent's
 * real location: one lstat per folder, and a realpath only for a folder that is a link. The
 * snapshot and its reads share one instance, so every confinement check of a folder costs one
 * look-up after the first (the JS realpath that was used before made an lstat per path
 * component, per folder, in two places: some 10 system calls per file of a monorepo).
 */
import { lstatSync, realpathSync } from 'node:fs'
import { sep } from 'node:path'

/** A folder's real location, or why it has none: `missing` (or not a folder), or `outside` the root. */
type Resolved = { real: string } | { missing: true } | { outside: true }

export class RealFolders {
  private readonly folders = new Map<string, Resolved>()
  /** lstat and realpath calls made, for the benchmark's count of system calls per file. */
  calls = 0

  constructor(readonly realRoot: string) {
    this.folders.set('', { real: realRoot })
  }

  /**
   * Whether `folder` (relative, '/'-separated, '' for the root) really lies inside the root:
   * undefined when it does not exist or is not a folder (the caller decides what that means).
   */
  inside(folder: string): boolean | undefined {
    const resolved = this.resolve(folder === '.' ? '' : folder)
    return 'real' in resolved ? true : 'outside' in resolved ? false : undefined
  }

  private resolve(folder: string): Resolved {
    const known = this.folders.get(folder)
    if (known) return known
    const slash = folder.lastIndexOf('/')
    const parent = this.resolve(slash === -1 ? '' : folder.slice(0, slash))
    let resolved: Resolved
    if (!('real' in parent)) resolved = parent
    else {
      const path = `${parent.real}${sep}${folder.slice(slash + 1)}`
      try {
        this.calls++
        const st = lstatSync(path)
        if (st.isDirectory()) resolved = { real: path }
        else if (st.isSymbolicLink()) {
          // a link: where it leads, which must be a folder inside the root
          this.calls++
          const real = realpathSync.native(path)
          this.calls++
          if (!isWithin(this.realRoot, real)) resolved = { outside: true }
          else resolved = lstatSync(real).isDirectory() ? { real } : { missing: true }
        } else resolved = { missing: true }
      } catch {
        resolved = { missing: true }
      }
    }
    this.folders.set(folder, resolved)
    return resolved
  }
}

/** Whether a real (resolved) path is the root or below it. */
export function isWithin(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot + sep)
}
