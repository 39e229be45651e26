/**
 * The line of the lockfile that names a vulnerable component, for the finding's location (SARIF,
 * annotations): the first mention of the package's name followed closely by its version (a
 * package-lock entry, a yarn.lock block, a Cargo.lock `[[package]]`), else the first mention of the
 * name. Lockfiles are read through the snapshot, once each.
 */
import type { Snapshot } from '../core/snapshot.js'
import { lineIndex } from '../sbom/line-index.js'
import type { Vulnerability } from './match-components.js'

/** How far after the name the version may stand (a package-lock entry puts it on the next line). */
const NEAR = 400

export async function lockfileLines(repo: Snapshot, vulnerabilities: readonly Vulnerability[]): Promise<Map<Vulnerability, number>> {
  const lines = new Map<Vulnerability, number>()
  const files = new Map<string, { text: string; lineOf: (offset: number) => number } | undefined>()
  for (const v of vulnerabilities) {
    const path = v.component.source
    if (!files.has(path)) {
      const read = await repo.readText(path)
      files.set(path, read.ok ? { text: read.text, lineOf: lineIndex(read.text) } : undefined)
    }
    const file = files.get(path)
    if (!file) continue
    // package-lock.json names each installed package by its folder; its root lists only ranges
    const folder = v.ecosystem === 'npm' ? file.text.indexOf(`"node_modules/${v.name}"`) : -1
    const offset = folder >= 0 ? folder + 1 : findMention(file.text, v.component.name, v.component.version)
    if (offset >= 0) lines.set(v, file.lineOf(offset))
  }
  return lines
}

function findMention(text: string, name: string, version: string): number {
  let first = -1
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // a whole name, not the tail or head of another (`semver` in `semver-utils`)
    const before = text[at - 1]
    const after = text[at + name.length]
    if ((before && /[A-Za-z0-9_-]/.test(before)) || (after && /[A-Za-z0-9_]/.test(after))) continue
    if (first < 0) first = at
    if (text.slice(at, at + NEAR).includes(version)) return at
  }
  return first
}
