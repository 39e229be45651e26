/** `ois-ready explain --scheme X`: every criterion of the scheme, and the checks that give evidence for it. */
import { scheme, type SchemeId } from '../core/crosswalk.js'
import { registry } from '../pipeline/registry.js'

const NAMES: Record<string, SchemeId> = { osps: 'osps', bestpractices: 'bestPractices', publiccode: 'publicCode', cra: 'cra' }

export function explainScheme(name: string): string {
  const id = NAMES[name]!
  const s = scheme(id)
  const lines = [`${s.name}, ${s.version} (${s.url})`, '']
  let covered = 0
  for (const c of s.criteria) {
    const checks = registry.filter((r) => r.meta.crosswalk[id]?.includes(c.id)).map((r) => r.meta.id)
    if (checks.length) covered++
    const level = c.level !== undefined ? ` [${c.level}]` : ''
    lines.push(`${c.id}${level}  ${c.title}`)
    if (checks.length) lines.push(`    evidence: ${checks.join(', ')}`)
    if (c.planned?.length) lines.push(`    planned: ${c.planned.join(', ')} (not in this version)`)
    if (c.otherMeans) lines.push(`    left to other means: ${c.otherMeans}`)
    else if (!checks.length && !c.planned?.length) lines.push('    no check yet: show by other means')
  }
  lines.push('', `${covered} of ${s.criteria.length} criteria have a check in this version of ois-ready.`)
  return `${lines.join('\n')}\n`
}
