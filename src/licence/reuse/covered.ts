/**
 * Which files must carry licensing information (REUSE spec 3.3, "Covered and ignored Files"),
 * with the names the REUSE tool ignores. The snapshot already leaves out untracked and
 * git-ignored files and the .git folder; submodules, symlinks and empty files are skipped here.
 */
import type { Entry } from '../../core/snapshot.js'

/** Folders ignored wherever they are, as the REUSE tool does (it matches them by name). */
const IGNORED_FOLDERS = new Set(['.git', '.hg', 'LICENSES', '.reuse'])
const IGNORED_NAMES = [
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

export function isCovered(entry: Entry, mesonRoot: boolean): boolean {
  if (entry.kind !== 'file' || entry.size === 0) return false
  const parts = entry.path.split('/')
  const name = parts.pop()!
  if (parts.some((p) => IGNORED_FOLDERS.has(p))) return false
  // Meson subprojects are projects of their own
  if (mesonRoot) for (let i = 0; i < parts.length - 1; i++) if (parts[i] === 'subprojects') return false
  return !IGNORED_NAMES.some((pattern) => pattern.test(name))
}
