/** Writes a run's outputs into one folder; each file is written whole (temp file + rename) or not at all. */
import { lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import { UsageError } from './errors.js'
import { writeContent, type OutputContent } from './document.js'

/**
 * `repositoryRoot`: when the output folder is inside the repository under check, no folder between
 * the two may be a link (a repository can track "ois-ready" as a link to anywhere).
 */
export function writeOutputs(folder: string, files: Record<string, OutputContent>, repositoryRoot?: string): Record<string, string> {
  const dir = resolve(folder)
  const root = repositoryRoot ? resolve(repositoryRoot) : undefined
  const inside = root !== undefined && dir.startsWith(root + sep)
  for (let p = dir; inside ? p !== root : p === dir; p = dirname(p)) {
    let isLink = false
    try {
      isLink = lstatSync(p).isSymbolicLink()
    } catch {
      // not created yet
    }
    if (isLink)
      throw new UsageError(
        `the output folder ${folder} goes through the symlink ${p}; ois-ready does not write through links. Choose another output folder.`,
      )
    if (p === dirname(p)) break
  }
  mkdirSync(dir, { recursive: true })
  const written: Record<string, string> = {}
  const temps: [string, string][] = []
  try {
    for (const [name, content] of Object.entries(files)) {
      const temp = join(dir, `.${name}.${process.pid}.tmp`)
      writeContent(temp, content)
      temps.push([temp, join(dir, name)])
    }
    for (const [temp, final] of temps) {
      renameSync(temp, final)
      written[final.slice(dir.length + 1)] = final
    }
  } catch (error) {
    for (const [temp] of temps) rmSync(temp, { force: true })
    throw error
  }
  return written
}
