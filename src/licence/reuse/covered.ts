/**
 * Which files must carry licensing information (REUSE spec 3.3, "Covered and ignored Files"),
 * with the names the REUSE tool ignores. The snapshot already leaves out untracked and
 * git-ignored files and the .git folder; submodules, symlinks and empty files are skipped here.
 */
import type { Entry } from '../../core/snapshot.js'

/** Folders ignored wherever they are, as the REUSE tool does (it matches them by name). */
const IGNORED_FOLDERS = ['.git', '.hg', 'LICENSES', '.reuse'].map((name) => ({ top: `${name}/`, inner: `/${name}/` }))
const IGNORED_NAMES = new RegExp(
  [
    /^LICEN[CS]E([-.].*)?$/,
    /^COPYING([-.].*)?$/,
    /^\.git$/,
    /^\.gitkeep$/,
    /^\.hgtags$/,
    /\.license$/,
    /^REUSE\.toml$/,
    // licences whose SPDX id is also their usual file name (the REUSE tool's workaround)
    /^CAL-1\.0(-Combined-Work-Exception)?(\..+)?$/,
    /^SHL-2\.1(\..+)?$/,
    // SPDX documents
    /\.spdx$/,
    /\.spdx\.(rdf|json|xml|ya?ml)$/,
  ]
    .map((pattern) => `(?:${pattern.source})`)
    .join('|'),
)

/** Called once per file of the project: one test of the name, a few substring searches of the path. */
export function isCovered(entry: Entry, mesonRoot: boolean): boolean {
  if (entry.kind !== 'file' || entry.size === 0) return false
  const path = entry.path
  const slash = path.lastIndexOf('/')
  if (slash !== -1) {
    const folders = path.slice(0, slash + 1)
    for (const f of IGNORED_FOLDERS) if (folders.startsWith(f.top) || folders.includes(f.inner)) return false
    // Meson subprojects are projects of their own
    if (mesonRoot) {
      const parts = folders.split('/').slice(0, -1)
      for (let i = 0; i < parts.length - 1; i++) if (parts[i] === 'subprojects') return false
    }
  }
  return !IGNORED_NAMES.test(slash === -1 ? path : path.slice(slash + 1))
}
