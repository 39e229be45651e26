import { parse as parseYaml } from 'yaml'
import type { Check, Finding } from '../../../src/core/types.js'
import type { Snapshot } from '../../../src/core/snapshot.js'
import { requireDocument, minWordsOption } from '../../../src/docs/doc-files.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'governance',
    family: 'docs',
    title: 'Governance or maintainers documented',
    level: 2,
    version: '1.1.0',
    crosswalk: {
      osps: ['OSPS-GV-01.01', 'OSPS-GV-01.02'],
      bestPractices: ['governance', 'roles_responsibilities'],
      publicCode: ['make-contributing-easy'],
      cra: ['Art. 24(1)'],
    },
    anchors: ['GOVERNANCE.md', 'MAINTAINERS.md'],
    ...minWordsOption(10),
  },
  docs,
  async run(ctx) {
    const findings = await requireDocument(ctx, {
      names: ['GOVERNANCE', 'MAINTAINERS', 'MAINTAINERS-LIST', 'OWNERS'],
      what: 'a governance or maintainers document',
      minWords: Number(ctx.options['min-words']),
      readmeSection: /governance|maintainers|team|steering/i,
      guideLink: /governance|maintainers|steering|charter|\bteam\b/i,
      remediation:
        'Add GOVERNANCE.md (how decisions are made, who has which role) or MAINTAINERS.md (who maintains the project and how to reach them).',
    })
    if (findings.some((f) => f.status === 'pass')) return findings
    // machine-readable maintainer lists say who maintains the project, as MAINTAINERS does
    const listed = await maintainerList(ctx.repo)
    return listed ? [listed] : findings
  },
}

/** The maintainers that publiccode.yml (maintenance.contacts) or a root pom.xml (<developers>) names. */
async function maintainerList(repo: Snapshot): Promise<Finding | undefined> {
  for (const path of ['publiccode.yml', 'publiccode.yaml']) {
    if (!repo.has(path)) continue
    const read = await repo.readText(path)
    if (!read.ok) continue
    let doc: unknown
    try {
      doc = parseYaml(read.text.slice(0, 1_000_000), { maxAliasCount: 100 })
    } catch {
      continue // an invalid publiccode.yml is the publiccode check's finding
    }
    const contacts = (doc as { maintenance?: { contacts?: unknown } } | null)?.maintenance?.contacts
    const names = Array.isArray(contacts)
      ? contacts.filter((c) => c && typeof c === 'object' && typeof (c as { name?: unknown }).name === 'string')
      : []
    if (names.length > 0) {
      const line = read.text.slice(0, read.text.indexOf('contacts')).split('\n').length
      return {
        status: 'pass',
        message: `${path} names ${names.length} maintainer(s) (maintenance.contacts)`,
        location: { path, startLine: line },
      }
    }
  }
  if (repo.has('pom.xml')) {
    const read = await repo.readText('pom.xml')
    if (read.ok) {
      const block = /<developers>([\s\S]{0,100000}?)<\/developers>/.exec(read.text.slice(0, 1_000_000))
      const count = block ? (block[1]!.match(/<developer>/g) ?? []).length : 0
      if (block && count > 0) {
        const line = read.text.slice(0, block.index).split('\n').length
        return {
          status: 'pass',
          message: `pom.xml names ${count} maintainer(s) (<developers>)`,
          location: { path: 'pom.xml', startLine: line },
        }
      }
    }
  }
  return undefined
}
