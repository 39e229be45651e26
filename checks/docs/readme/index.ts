import type { Check, CheckContext, Finding } from '../../../src/core/types.js'
import { findDoc, links, minWordsOption } from '../../../src/docs/doc-files.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import { documentOutline } from '../../../src/docs/outline.js'
import { countWords, type Outline } from '../../../src/docs/markdown.js'
import docs from './README.md'

/** Headings that introduce how to install or use the project (English and a few EU languages). */
const USAGE_HEADING =
  /\b(usage|using|how to use|install(ation|ing)?|getting[ -]started|get started|quick[ -]?start|set ?up|build(ing)?|run(ning)?|launch(ing)?|deploy(ment|ing)?|download(s|ing)?|self[- ]?host(ing|ed)?|examples?|tutorial|user guide|documentation|utili[sz]ation|installazione|utilizzo|installation|nutzung|verwendung|instalaci[oó]n|uso|gebruik|installatie|asennus|käyttö)\b/i
/** Headings that name installing or using the project itself, preferred over those that only mention running, building or examples. */
const STRONG_USAGE_HEADING =
  /\b(usage|using|how to use|install(ation|ing)?|getting[ -]started|get started|quick[ -]?start|set ?up|user guide|self[- ]?host(ing|ed)?|utili[sz]ation|installazione|utilizzo|nutzung|verwendung|instalaci[oó]n|uso|gebruik|installatie|asennus|käyttö)\b/i
/** A developers' section (linting, testing, contributing) is not how to use the project, unless it says so too. */
const DEVELOPER_HEADING =
  /\b(lint(er|ers|ing)?|format(ter|ting)?|test(s|ing)?|contribut\w*|develop(ment|ing)?|hacking|release|changesets?)\b/i
/** Prose that sends readers to how to install or use the project. */
const USAGE_PROSE =
  /\b(how to (install|use|get started)|install(ation|ing)?|usage|quick ?start|getting started|get started|tutorial|user guide|documentation|man ?page|handbook|manual)\b/i
/** Text left in place from forge or generator templates. */
const TEMPLATE_MARKERS: [RegExp, string][] = [
  [/To make it easy for you to get started with GitLab/i, 'the GitLab project template'],
  [/This README would normally document whatever steps are necessary/i, 'the Bitbucket README template'],
  [/One Paragraph of project description goes here/i, 'a README template ("One Paragraph of project description goes here")'],
  [/\blorem ipsum\b/i, 'placeholder text (lorem ipsum)'],
  [/\bTODO:? (write|add|describe|fill)/i, 'a TODO placeholder'],
]
/** A description is a paragraph of this many words at least, in the first half of the README. */
const DESCRIPTION_WORDS = 6

export const check: Check = {
  meta: {
    id: 'readme',
    family: 'docs',
    title: 'README that says what the project is and how to use it',
    level: 1,
    version: '3.0.0',
    crosswalk: {
      osps: ['OSPS-DO-01.01'],
      bestPractices: ['description_good', 'interact', 'documentation_basics'],
      publicCode: ['document-codebase-objectives', 'document-the-code'],
    },
    subjectFile: 'README.md',
    anchors: ['README.md'],
    ...minWordsOption(50),
  },
  docs,
  async run(ctx) {
    const { repo, options } = ctx
    const entry = findDoc(repo, ['README'], ['', '.github/', 'docs/'])
    if (!entry) {
      return [
        {
          status: 'fail',
          message: 'no README found in the root, .github/ or docs/',
          remediation: 'Add README.md with what the project does, who it is for, and how to install and use it.',
        },
      ]
    }
    const read = await repo.readText(entry.path)
    if (!read.ok) return [unreadableFinding(read, 'the README')]
    const minWords = Number(options['min-words'] ?? 50)
    const doc = await documentOutline(entry.path, read.text)
    const findings: Finding[] = []
    const location = { path: entry.path }
    for (const [pattern, what] of TEMPLATE_MARKERS) {
      const match = pattern.exec(read.text)
      if (match) {
        const line = read.text.slice(0, match.index).split('\n').length
        findings.push({
          status: 'fail',
          message: `${entry.path} still contains ${what}`,
          location: { path: entry.path, startLine: line },
          remediation: 'Replace the template text with a description of this project and how to use it.',
        })
      }
    }
    if (doc.words < minWords) {
      findings.push({
        status: 'fail',
        message: `${entry.path} has ${doc.words} words of prose; a substantive README has at least ${minWords}`,
        location,
        remediation: 'Describe what the project does, who it is for, how to install it and how to use it.',
      })
    }
    const description = descriptionOf(doc, read.text)
    if (!description) {
      findings.push({
        status: 'fail',
        message: `${entry.path} has no description: no paragraph of at least ${DESCRIPTION_WORDS} words of prose in its first half`,
        location,
        remediation: 'Start the README with a paragraph that says what the project is and what problem it solves.',
      })
    }
    const usage =
      usageSection(doc) ?? usageLine(read.text) ?? usageProse(doc, read.text) ?? (await usageInLinkedReadmes(ctx, entry.path, read.text))
    if (!usage) {
      findings.push({
        status: 'fail',
        message: `${entry.path} says nowhere how to install or use the project: no section such as "Installation", "Usage" or "Getting started", and no link to install or usage documentation`,
        location,
        remediation: 'Add a section that shows how to install and use the project, or link the documentation that does.',
      })
    }
    if (findings.length > 0) return findings
    return [
      {
        status: 'pass',
        message: `${entry.path}: a description (line ${description!.line}) and ${usage!.what} (line ${usage!.line}), ${doc.words} words`,
        location: { path: entry.path, startLine: usage!.line },
      },
    ]
  },
}

/** The first paragraph of prose (not a list of links, not badges) in the first half of the document, after a title and a table of contents. */
function descriptionOf(doc: Outline, text: string): { line: number } | undefined {
  const lines = text.split('\n').length
  return doc.blocks.find((b) => {
    if (b.type !== 'paragraph' && b.type !== 'html' && b.type !== 'text') return false
    if (b.line > Math.max(40, lines / 2)) return false
    return countWords(b.text) >= DESCRIPTION_WORDS
  })
}

interface Usage {
  what: string
  line: number
}

/**
 * The section on installing or using the project: a heading that names installing or using it
 * ("Installing GoToSocial") before one that mentions running or examples ("Easy to run", a
 * feature), and within each, a heading that starts with the word before one that only has it.
 */
function usageSection(doc: Outline): Usage | undefined {
  const candidates = doc.headings.filter(
    (h) => USAGE_HEADING.test(h.text) && !(DEVELOPER_HEADING.test(h.text) && !/install|usage|using|use\b/i.test(h.text)),
  )
  const rank = (text: string) => {
    const head = text.replace(/^[^\p{L}\p{N}]*/u, '').replace(/^(how (to|do i)|ways to)\s+/i, '')
    const strong = STRONG_USAGE_HEADING.exec(head)
    if (strong) return strong.index === 0 ? 0 : 1
    return USAGE_HEADING.exec(head)?.index === 0 ? 2 : 3
  }
  let heading: (typeof candidates)[number] | undefined
  for (const h of candidates) if (!heading || rank(h.text) < rank(heading.text)) heading = h
  return heading ? { what: `a "${heading.text}" section`, line: heading.line } : undefined
}

/** Plain-text READMEs mark sections with a line such as "Usage:" rather than a heading. */
function usageLine(text: string): Usage | undefined {
  const lines = text.split(/\r?\n/)
  const index = lines.findIndex((l) => /^\s*[A-Z][\w ]{0,30}:\s*$/.test(l) && USAGE_HEADING.test(l) && !DEVELOPER_HEADING.test(l))
  return index >= 0 ? { what: `a "${lines[index]!.trim().replace(/:$/, '')}" section`, line: index + 1 } : undefined
}

/** Prose that links install or usage documentation ("Find out how to install curl by reading the INSTALL document"). */
function usageProse(doc: Outline, text: string): Usage | undefined {
  const all = links(text)
  for (const block of doc.blocks) {
    if (!USAGE_PROSE.test(block.text)) continue
    // a contribution section's "documentation, translation or code" is how to contribute, not how to use it
    const heading = doc.headings[block.section]
    if (heading && DEVELOPER_HEADING.test(heading.text) && !/install|usage|using|use\b/i.test(heading.text)) continue
    // the block has a link: inline, or to a reference defined elsewhere ([installation steps])
    const blockEnd = block.line + block.text.split('\n').length + 3
    const link =
      all.find((l) => l.line >= block.line && l.line <= blockEnd) ??
      (/\[[^\]]+\]/.test(text.split('\n')[block.line - 1] ?? '') ? { line: block.line } : undefined)
    if (link) return { what: `prose that links how to install or use it ("${clip(block.text)}")`, line: block.line }
  }
  return undefined
}

/** A monorepo's README that lists its packages: one of the packages' READMEs says how to install or use it. */
async function usageInLinkedReadmes(ctx: CheckContext, from: string, text: string): Promise<Usage | undefined> {
  let tried = 0
  for (const link of links(text)) {
    if (tried >= 5) break
    if (/^[a-z][a-z0-9+.-]*:|^#/i.test(link.target)) continue
    const target = link.target.replace(/^\.\//, '').replace(/\/+$/, '').split('#')[0]!
    const candidates = /\.(md|rst|adoc|org|txt)$/i.test(target)
      ? [target]
      : [`${target}/README.md`, `${target}/README.rst`, `${target}/README`]
    const found = ctx.repo.find(candidates.map((c) => (from.includes('/') ? `${from.slice(0, from.lastIndexOf('/') + 1)}${c}` : c)))
    if (!found || found.path === from) continue
    tried++
    const read = await ctx.repo.readText(found.path)
    if (!read.ok) continue
    const usage = usageSection(await documentOutline(found.path, read.text))
    if (usage) return { what: `${usage.what.replace(/^a /, 'a ')} in ${found.path}, which it links`, line: link.line }
  }
  return undefined
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > 80 ? `${t.slice(0, 79)}…` : t
}
