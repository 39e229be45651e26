/** Writes a run's outputs into one folder; each file is written whole (temp file + rename) or not at all. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export function writeOutputs(folder: string, files: Record<string, string>): Record<string, string> {
  const dir = resolve(folder)
  mkdirSync(dir, { recursive: true })
  const written: Record<string, string> = {}
  const temps: [string, string][] = []
  try {
    for (const [name, content] of Object.entries(files)) {
      const temp = join(dir, `.${name}.${process.pid}.tmp`)
      writeFileSync(temp, content)
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
