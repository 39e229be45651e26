/** Signed attestations of many repositories, for catalogue tests and the benchmark. */
import { writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { signEnvelope } from '../../src/attest/sign-key.js'
import type { Statement } from '../../src/attest/statement.js'
import type { TestKey } from './attest.js'
import { computeLevels } from '../../src/core/levels.js'

export interface Variant {
  repository: string
  level?: 0 | 1 | 2 | 3
  licence?: string
  issuedAt?: string
  validDays?: number
  failing?: string[]
  project?: Statement['predicate']['project'] | null
  activity?: Statement['predicate']['activity'] | null
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
  if (v.licence) s.predicate.licence = { expression: v.licence }
  // null: an attestation made before the predicate carried them
  if (v.project !== undefined) {
    if (v.project === null) delete s.predicate.project
    else s.predicate.project = v.project
  }
  if (v.activity !== undefined) {
    if (v.activity === null) delete s.predicate.activity
    else s.predicate.activity = v.activity
  }
  const issued = v.issuedAt ?? '2026-06-01T00:00:00.000Z'
  s.predicate.issuedAt = issued
  s.predicate.validUntil = new Date(Date.parse(issued) + (v.validDays ?? 90) * 86_400_000).toISOString()
  // the level must be the one the check results give, or verifiers reject the statement
  const failing = [...(v.failing ?? [])]
  // level 3: a project whose every check is satisfied (the template, a real run, reaches level 2)
  if (v.level === 3)
    for (const c of s.predicate.checks)
      if (!c.satisfied) Object.assign(c, { status: 'pass', satisfied: true, reason: `${c.id} passes in this test catalogue` })
  if (v.level === 0) failing.push('readme')
  if (v.level === 1 && !failing.some((id) => s.predicate.checks.find((c) => c.id === id)?.level === 2)) failing.push('changelog')
  for (const id of failing) {
    const c = s.predicate.checks.find((x) => x.id === id)
    if (c) Object.assign(c, { status: 'fail', satisfied: false, reason: `${id} fails in this test catalogue` })
  }
  s.predicate.level = computeLevels(s.predicate.checks).level
  return JSON.stringify(signEnvelope(s, key.private))
}

export function writeLines(dir: string, name: string, lines: string[]): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, `${lines.join('\n')}\n`)
  return path
}
