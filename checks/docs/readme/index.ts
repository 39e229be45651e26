import type { Check, Finding } from '../../../src/core/types.js'
import { findDoc, minWordsOption } from '../../../src/docs/doc-files.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import { outline } from '../../../src/docs/markdown.js'
import docs from './README.md'

/** Headings that introduce how to install or use the project (English and a few EU languages). */
const USAGE_HEADING =
  /\b(usage|using|how to use|install(ation|ing)?|getting[ -]started|get started|quick[ -]?start|set ?up|build(ing)?|run(ning)?|deploy(ment|ing)?|examples?|tutorial|utili[sz]ation|installazione|utilizzo|installation|nutzung|verwendung|instalaci[oó]n|uso|gebruik|installatie|asennus|käyttö)\b/i
/** Text left in place from forge or generator templates. */
const TEMPLATE_MARKERS: [RegExp, string][] = [
  [/To make it easy for you to get started with GitLab/i, 'the GitLab project template'],
  [/This README would normally document whatever steps are necessary/i, 'the Bitbucket README template'],
  [/One Paragraph of project description goes here/i, 'a README template ("One Paragraph of project description goes here")'],
  [/\blorem ipsum\b/i, 'placeholder text (lorem ipsum)'],
  [/\bTODO:? (write|add|describe|fill)/i, 'a TODO placeholder'],
]

export const check: Check = {
  meta: {
    id: 'readme',
    family: 'docs',
    title: 'README that says what the project is and how to use it',
    level: 1,
    version: '1.0.0',
    crosswalk: {
      osps: ['OSPS-DO-01.01'],
      bestPractices: ['description_good', 'interact', 'documentation_basics'],
      publicCode: ['document-codebase-objectives', 'document-the-code'],
    },
    anchors: ['README.md'],
    ...minWordsOption(50),
  },
  docs,
  async run({ repo, options }) {
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
    const doc = outline(read.text)
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
    // near the top: a title, a table of contents and an "About" heading may come first; HTML headers count
    const description = doc.blocks.find(
      (b) => b.section <= 3 && (b.type === 'paragraph' || b.type === 'html') && b.text.split(' ').length >= 8,
    )
    if (!description) {
      findings.push({
        status: 'fail',
        message: `${entry.path} has no description: no paragraph of at least 8 words before its fourth heading`,
        location,
        remediation: 'Start the README with a paragraph that says what the project is and what problem it solves.',
      })
    }
    const usage = doc.headings.find((h) => USAGE_HEADING.test(h.text)) ?? usageLine(read.text)
    if (!usage) {
      findings.push({
        status: 'fail',
        message: `${entry.path} has no usage or installation section (a heading such as "Installation", "Usage" or "Getting started")`,
        location,
        remediation: 'Add a section that shows how to install and use the project.',
      })
    }
    if (findings.length > 0) return findings
    return [
      {
        status: 'pass',
        message: `${entry.path}: a description and a "${usage!.text}" section (line ${usage!.line}), ${doc.words} words`,
        location: { path: entry.path, startLine: usage!.line },
      },
    ]
  },
}

/** Plain-text READMEs mark sections with a line such as "Usage:" rather than a heading. */
function usageLine(text: string): { text: string; line: number } | undefined {
  const lines = text.split(/\r?\n/)
  const index = lines.findIndex((l) => /^\s*[A-Z][\w ]{0,30}:\s*$/.test(l) && USAGE_HEADING.test(l))
  return index >= 0 ? { text: lines[index]!.trim().replace(/:$/, ''), line: index + 1 } : undefined
}
