/** Finding the project's community documents where forges look for them: the root, `.github/` and `docs/`. */
import type { Entry, Snapshot } from '../core/snapshot.js'
import { unreadableFinding } from '../core/read-failure.js'
import type { Finding } from '../core/types.js'
import { countWords, outline } from './markdown.js'

export const DOC_FOLDERS = ['', '.github/', 'docs/']
export const DOC_EXTENSIONS = ['.md', '', '.markdown', '.rst', '.txt', '.adoc', '.org']

/** Candidate paths for base names such as SECURITY, in the order forges prefer them. */
export function docCandidates(baseNames: readonly string[], folders: readonly string[] = DOC_FOLDERS): string[] {
  return folders.flatMap((folder) => baseNames.flatMap((name) => DOC_EXTENSIONS.map((ext) => `${folder}${name}${ext}`)))
}

export function findDoc(repo: Snapshot, baseNames: readonly string[], folders?: readonly string[]): Entry | undefined {
  return repo.find(docCandidates(baseNames, folders))
}

export interface DocumentRequirement {
  /** Base names, e.g. ['CONTRIBUTING']. */
  names: readonly string[]
  /** How findings name it, e.g. 'a contributing guide'. */
  what: string
  minWords: number
  remediation: string
  /** Also accepted: a README section whose heading matches (used when the file is missing). */
  readmeSection?: RegExp
  /** A link that makes a short document enough (e.g. adopting the Contributor Covenant by reference). */
  acceptedReference?: RegExp
}

/** Findings for a community document that must exist and say something. */
export async function requireDocument(repo: Snapshot, req: DocumentRequirement): Promise<Finding[]> {
  const entry = findDoc(repo, req.names)
  if (entry) {
    const read = await repo.readText(entry.path)
    if (!read.ok) return [unreadableFinding(read, req.what)]
    const words = countProseWords(read.text)
    if (words >= req.minWords)
      return [{ status: 'pass', message: `${entry.path}: ${req.what} (${words} words)`, location: { path: entry.path } }]
    const reference = req.acceptedReference?.exec(read.text)
    if (reference) {
      return [{ status: 'pass', message: `${entry.path}: ${req.what}, by reference to ${reference[0]}`, location: { path: entry.path } }]
    }
    return [
      {
        status: 'fail',
        message: `${entry.path} has ${words} words; ${req.what} needs at least ${req.minWords}`,
        location: { path: entry.path },
        remediation: req.remediation,
      },
    ]
  }
  if (req.readmeSection) {
    const section = await readmeSection(repo, req.readmeSection)
    if (section && section.words >= Math.min(15, req.minWords)) {
      return [
        {
          status: 'pass',
          message: `${section.path}: ${req.what} in the section "${section.heading}" (line ${section.line})`,
          location: { path: section.path, startLine: section.line },
        },
      ]
    }
  }
  return [
    {
      status: 'fail',
      message: `no ${req.names.join(' or ')} file in the root, .github/ or docs/${req.readmeSection ? ', and no such section in the README' : ''}`,
      remediation: req.remediation,
    },
  ]
}

function countProseWords(text: string): number {
  const doc = outline(text)
  return doc.words + doc.headings.reduce((n, h) => n + countWords(h.text), 0)
}

async function readmeSection(
  repo: Snapshot,
  heading: RegExp,
): Promise<{ path: string; heading: string; line: number; words: number } | undefined> {
  const readme = findDoc(repo, ['README'])
  if (!readme) return undefined
  const read = await repo.readText(readme.path)
  if (!read.ok) return undefined
  const doc = outline(read.text)
  const index = doc.headings.findIndex((h) => heading.test(h.text))
  if (index < 0) return undefined
  const words = doc.blocks.filter((b) => b.section === index).reduce((n, b) => n + countWords(b.text), 0)
  const h = doc.headings[index]!
  return { path: readme.path, heading: h.text, line: h.line, words }
}

/** The `min-words` option that document checks share: its default and its schema. */
export function minWordsOption(defaultWords: number): { defaultOptions: Record<string, unknown>; optionsSchema: Record<string, unknown> } {
  return {
    defaultOptions: { 'min-words': defaultWords },
    optionsSchema: { type: 'object', additionalProperties: false, properties: { 'min-words': { type: 'integer', minimum: 0 } } },
  }
}
