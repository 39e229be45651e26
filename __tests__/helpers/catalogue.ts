/** Signed attestations of many repositories, for catalogue tests and the benchmark. */
import { writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { signEnvelope } from '../../src/attest/sign-key.js'
import type { Statement } from '../../src/attest/statement.js'
import type { TestKey } from './attest.js'

export interface Variant {
  repository: string
  level?: 0 | 1 | 2 | 3
  licence?: string
  issuedAt?: string
  validDays?: number
  failing?: string[]
}

/** The template statement re-made for another repository, level, licence and time, then signed. */
export function signedVariant(template: Statement, key: TestKey, v: Variant): string {
  const s = structuredClone(template)
  const commit = Buffer.from(v.repository + (v.issuedAt ?? ''))
    .toString('hex')
    .padEnd(40, '0')
    .slice(0, 40)
  s.subject[0] = { name: v.repository, digest: { gitCommit: commit } }
  s.predicate.repository = { url: v.repository, commit, ref: 'refs/heads/main' }
  if (v.level !== undefined) s.predicate.level = v.level
  if (v.licence) s.predicate.licence = { expression: v.licence }
  const issued = v.issuedAt ?? '2026-06-01T00:00:00.000Z'
  s.predicate.issuedAt = issued
  s.predicate.validUntil = new Date(Date.parse(issued) + (v.validDays ?? 90) * 86_400_000).toISOString()
  for (const id of v.failing ?? []) {
    const c = s.predicate.checks.find((x) => x.id === id)
    if (c) Object.assign(c, { status: 'fail', satisfied: false })
  }
  return JSON.stringify(signEnvelope(s, key.private))
}

export function writeLines(dir: string, name: string, lines: string[]): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, `${lines.join('\n')}\n`)
  return path
}
