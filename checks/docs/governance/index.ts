import type { Check, Finding } from '../../../src/core/types.js'
import type { Snapshot } from '../../../src/core/snapshot.js'
import { parseYaml } from '../../../src/core/yaml-source.js'
import { findDoc, requireDocument, minWordsOption } from '../../../src/docs/doc-files.js'
import { codeOwners } from './codeowners.js'
import { maintainerStatement, namesSomeone, peopleListed } from './people.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'governance',
    family: 'docs',
    title: 'Governance or maintainers documented',
    level: 2,
    version: '2.0.0',
    crosswalk: {
      osps: ['OSPS-GV-01.01', 'OSPS-GV-01.02'],
      bestPractices: ['governance', 'roles_responsibilities'],
      publicCode: ['make-contributing-easy'],
      cra: ['Art. 24(1)'],
    },
    subjectFile: 'GOVERNANCE.md',
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
      preferredSection: /^[^\p{L}\p{N}]*(governance|maintainers|(core |project )?team\b|steering)/iu,
      guideLink: /governance|maintainers|steering|charter|\bteam\b/i,
      // a list of the maintainers' names says who they are, however few words it has
      shortEnough: peopleListed,
      // MAINTAINERS is the list of maintainers: a guide for maintainers that names none is another document
      notTheDocument: (path, text) =>
        /(^|\/)MAINTAINERS[^/]*$/i.test(path) && !namesSomeone(text)
          ? 'it names no maintainer (no name, handle or address), it is a guide for maintainers'
          : undefined,
      remediation:
        'Add GOVERNANCE.md (how decisions are made, who has which role) or MAINTAINERS.md (who maintains the project and how to reach them).',
    })
    if (findings.some((f) => f.status === 'pass')) return findings
    // machine-readable maintainer lists, code owners of every file, and a README that names its
    // maintainer say who maintains the project, as MAINTAINERS does
    const named = (await maintainerList(ctx.repo)) ?? (await codeOwners(ctx.repo)) ?? (await namedInReadme(ctx.repo))
    return named ? [named] : findings
  },
}

/** The README's sentence that names the maintainer ("written and maintained by Hynek Schlawack"). */
async function namedInReadme(repo: Snapshot): Promise<Finding | undefined> {
  const readme = findDoc(repo, ['README'])
  if (!readme) return undefined
  const read = await repo.readText(readme.path)
  if (!read.ok) return undefined
  const statement = await maintainerStatement(readme.path, read.text)
  if (!statement) return undefined
  return {
    status: 'pass',
    message: `${readme.path} names the maintainer ${statement.name} ("${statement.quote}", line ${statement.line})`,
    location: { path: readme.path, startLine: statement.line },
  }
}

/** The maintainers that publiccode.yml (maintenance.contacts) or a root pom.xml (<developers>) names. */
async function maintainerList(repo: Snapshot): Promise<Finding | undefined> {
  for (const path of ['publiccode.yml', 'publiccode.yaml']) {
    if (!repo.has(path)) continue
    const read = await repo.readText(path)
    if (!read.ok) continue
    const yaml = parseYaml(read.text.slice(0, 1_000_000))
    if (yaml.errors.length > 0) continue // an invalid publiccode.yml is the publiccode check's finding
    const contacts = (yaml.value as { maintenance?: { contacts?: unknown } } | null)?.maintenance?.contacts
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
