/**
 * CODEOWNERS: the people asked to review the changes to the files they own. GitHub reads it from `.github/`, the
 * root or `docs/`, GitLab also from `.gitlab/`. A rule for every file that names people says who
 * decides; a rule for one file (`.rubocop.yml @someone`) does not, nor does a team alone
 * (`* @org/reviewers`), whose members the public cannot see.
 */
import type { Snapshot } from '../../../src/core/snapshot.js'
import type { Finding } from '../../../src/core/types.js'

const LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS']
/** Patterns that cover every file. */
const EVERY_FILE = new Set(['*', '/', '**', '/**', '/*', '**/*', '/**/*'])
const USER = /^@[A-Za-z0-9][\w-]{0,38}$/
const EMAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63}){1,6}$/

export async function codeOwners(repo: Snapshot): Promise<Finding | undefined> {
  for (const path of LOCATIONS) {
    const entry = repo.find([path])
    if (!entry) continue
    const read = await repo.readText(entry.path)
    if (!read.ok) continue
    const lines = read.text.slice(0, 1_000_000).split(/\r?\n/)
    const people: string[] = []
    let firstLine: number | undefined
    lines.forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, '').trim()
      // GitLab sections ("[Docs] @a") give default owners to the rules under them; a section line names no pattern
      if (!line || line.startsWith('[') || line.startsWith('^[')) return
      const [pattern, ...owners] = line.split(/\s+/)
      if (!EVERY_FILE.has(pattern!)) return
      const named = owners.filter((o) => USER.test(o) || EMAIL.test(o))
      if (named.length === 0) return
      firstLine ??= i + 1
      for (const o of named) if (!people.includes(o)) people.push(o)
    })
    if (people.length > 0) {
      const shown = people.slice(0, 5).join(', ')
      return {
        status: 'pass',
        message: `${entry.path} names the code owners of every file, who are asked to review each change: ${shown}${people.length > 5 ? `, and ${people.length - 5} more` : ''}`,
        location: { path: entry.path, startLine: firstLine! },
      }
    }
  }
  return undefined
}
