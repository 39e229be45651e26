/**
 * The regression corpus's shared parts (__tests__/real/corpus*.test.ts): the nine checks it
 * judges, the shape of its rows, the messages many projects share, and the table runner.
 *
 * A row is the verdict a careful reviewer gives on an extract of a real project in
 * fixtures/real/<project>/. VERDICTS are rows ois-ready gets right; KNOWN_WRONG rows, with the
 * reason, run as expected failures (it.failing): fixing the check makes them pass, and jest then
 * reports the row, to be moved to VERDICTS.
 */
import { describe, expect, it } from '@jest/globals'
import { check as licenceFile } from '../../checks/licence/licence-file/index.js'
import { check as readme } from '../../checks/docs/readme/index.js'
import { check as contributing } from '../../checks/docs/contributing/index.js'
import { check as codeOfConduct } from '../../checks/docs/code-of-conduct/index.js'
import { check as governance } from '../../checks/docs/governance/index.js'
import { check as securityPolicy } from '../../checks/security/security-policy/index.js'
import { check as tokenPermissions } from '../../checks/security/token-permissions/index.js'
import { check as dangerousWorkflow } from '../../checks/security/dangerous-workflow/index.js'
import { check as dependencyUpdates } from '../../checks/security/dependency-updates/index.js'
import type { Check } from '../../src/core/types.js'
import { runCheckOn } from './check.js'
import { realRepo } from './repo.js'

export const CHECKS: Record<string, Check> = Object.fromEntries(
  [
    licenceFile,
    readme,
    contributing,
    codeOfConduct,
    governance,
    securityPolicy,
    tokenPermissions,
    dangerousWorkflow,
    dependencyUpdates,
  ].map((c) => [c.meta.id, c]),
)

export type Status = 'pass' | 'fail' | 'unknown' | 'not-applicable'
/** project (folder in fixtures/real), check id, expected status, GitHub remote (owner/name), expected message */
export type Verdict = [string, string, Status, string, RegExp]
/** a verdict ois-ready gets wrong today, and why */
export type WrongVerdict = [...Verdict, string]

/** The rows of one project, all with its remote. */
export function project(name: string, remote: string, rows: [string, Status, RegExp][]): Verdict[] {
  return rows.map(([check, status, message]) => [name, check, status, remote, message])
}

/** The message of a check that found nothing in the repository and could not look up the owner's `.github`. */
export const orgWide = (remote: string): RegExp =>
  new RegExp(`organisation-wide file from https://github\\.com/${remote.split('/')[0]}/\\.github may apply`)
export const noWorkflows = /^no GitHub Actions workflows$/
export const noUpdates = /^no automated dependency updates: no \.github\/dependabot\.yml and no Renovate configuration$/

/**
 * The table's tests: one verdict per project and check (at least `minProjects` projects), each
 * VERDICTS row as a test, each KNOWN_WRONG row as an expected failure. Each project's extract
 * is built once, as a git repository with its GitHub remote.
 */
export function describeCorpus(title: string, verdicts: Verdict[], knownWrong: WrongVerdict[], minProjects: number): void {
  const roots = new Map<string, string>()
  function root(name: string, remote: string): string {
    let made = roots.get(name)
    if (!made) {
      made = realRepo(name, { remote: `https://github.com/${remote}` })
      roots.set(name, made)
    }
    return made
  }

  async function verdict(name: string, id: string, remote: string): Promise<{ status: string; messages: string[] }> {
    return runCheckOn(CHECKS[id]!, {}, { root: root(name, remote) })
  }

  describe(title, () => {
    it('gives one verdict per project and check', () => {
      const rows = [...verdicts, ...knownWrong].map(([name, id]) => `${name} ${id}`)
      expect(new Set(rows).size).toBe(rows.length)
      expect(rows.filter((r) => !(r.split(' ')[1]! in CHECKS))).toEqual([])
      const projects = new Set(rows.map((r) => r.split(' ')[0]))
      expect(rows).toHaveLength(projects.size * Object.keys(CHECKS).length)
      expect(projects.size).toBeGreaterThanOrEqual(minProjects)
    })

    it.each(verdicts)('%s: %s is %s', async (name, id, status, remote, message) => {
      const run = await verdict(name, id, remote)
      expect(run.messages).toContainEqual(expect.stringMatching(message))
      expect(run.status).toBe(status)
    })

    // expected failures: ois-ready gives another verdict today, for the reason in the title
    it.failing.each(knownWrong.map(([name, id, status, remote, message, why]) => [name, id, status, why, remote, message] as const))(
      '%s: %s should be %s, because %s',
      async (name, id, status, _why, remote, message) => {
        const run = await verdict(name, id, remote)
        expect(run.messages).toContainEqual(expect.stringMatching(message))
        expect(run.status).toBe(status)
      },
    )
  })
}
