/** Finding the project's community documents where forges look for them: the root, `.github/` and `docs/`. */
import type { Entry, Snapshot } from '../core/snapshot.js'
import { unreadableFinding } from '../core/read-failure.js'
import type { CheckContext, Finding } from '../core/types.js'
import { countWords, lineOf, MAX_ANALYSED_CHARS, outline } from './markdown.js'
import { documentOutline } from './outline.js'

export const DOC_FOLDERS = ['', '.github/', 'docs/']
export const DOC_EXTENSIONS = ['.md', '', '.markdown', '.rst', '.txt', '.adoc', '.org']

/** Candidate paths for base names such as SECURITY, in the order forges prefer them. */
export function docCandidates(baseNames: readonly string[], folders: readonly string[] = DOC_FOLDERS): string[] {
  return folders.flatMap((folder) => baseNames.flatMap((name) => DOC_EXTENSIONS.map((ext) => `${folder}${name}${ext}`)))
}

export function findDoc(repo: Snapshot, baseNames: readonly string[], folders?: readonly string[]): Entry | undefined {
  return repo.find(docCandidates(baseNames, folders))
}

/** Every file of the repository with one of the base names, in the order forges prefer them. */
export function findDocs(repo: Snapshot, baseNames: readonly string[], folders?: readonly string[]): Entry[] {
  const out: Entry[] = []
  for (const candidate of docCandidates(baseNames, folders)) {
    const entry = repo.find([candidate])
    if (entry && !out.some((e) => e.path === entry.path)) out.push(entry)
  }
  return out
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
  /** Headings that match `readmeSection` but name another thing (a list of contributors is no contribution guide). */
  notReadmeSection?: RegExp
  /** Headings tried before the others that match (a "Contribute" section before "Core team, by first contribution"). */
  preferredSection?: RegExp
  /**
   * A text under the word minimum that is the document all the same (a list of the maintainers'
   * names): how it is, or undefined.
   */
  shortEnough?: (text: string) => string | undefined
  /**
   * A file with the right name that is another document (a guide for maintainers that names
   * none): why it is not the document, or undefined. Such a file is passed over, as if absent.
   */
  notTheDocument?: (path: string, text: string) => string | undefined
  /** A reference that makes a short document enough (adopting a known code of conduct by its address or name). */
  acceptedReference?: RegExp
  /**
   * A link to the full document (its address or the link's text match): a short file or README
   * section that points to it is the guide (synapse's CONTRIBUTING.md links its contributing guide).
   */
  guideLink?: RegExp
}

/** A Markdown link [text](target), an rST `text <target>`_ link, or a bare address. */
const LINK = /\[([^\]\n]{0,200})\]\(([^()\s]{1,500})\)|`([^`<\n]{0,200})<([^>\s]{1,500})>`_|(https?:\/\/[^\s)>\]"'`<]{1,500})/g

interface Link {
  text: string
  target: string
  line: number
}

export function links(text: string): Link[] {
  const out: Link[] = []
  for (const m of text.slice(0, MAX_ANALYSED_CHARS).matchAll(LINK)) {
    const target = (m[2] ?? m[4] ?? m[5] ?? '').replace(/[.,;:]+$/, '')
    out.push({ text: (m[1] ?? m[3] ?? '').trim(), target, line: lineOf(text, m.index) })
  }
  return out
}

type Evaluation = { enough: true; how: string; line?: number } | { enough: false; words: number }

/** Is a document's text the document: long enough, a known reference, or a pointer to the full guide? */
async function evaluate(repo: Snapshot | undefined, path: string, text: string, req: DocumentRequirement): Promise<Evaluation> {
  const words = countProseWords(text)
  if (words >= req.minWords) return { enough: true, how: `(${words} words)` }
  const short = req.shortEnough?.(text)
  if (short) return { enough: true, how: `(${words} words, ${short})` }
  const reference = req.acceptedReference?.exec(text)
  if (reference) return { enough: true, how: `by reference to ${reference[0]}`, line: lineOf(text, reference.index) }
  const guide = req.guideLink ? await guideLinked(repo, path, text, req) : undefined
  if (guide) return { enough: true, ...guide }
  return { enough: false, words }
}

/** A link from a short text to the full document: a file of the repository long enough to be it, or an address that names it. */
async function guideLinked(
  repo: Snapshot | undefined,
  from: string,
  text: string,
  req: DocumentRequirement,
): Promise<{ how: string; line: number } | undefined> {
  for (const link of links(text)) {
    if (!req.guideLink!.test(link.target) && !req.guideLink!.test(link.text)) continue
    if (/^https?:\/\//i.test(link.target)) return { how: `by a link to ${link.target}`, line: link.line }
    if (!repo || /^(mailto:|#)/i.test(link.target)) continue
    // a path relative to the linking file (or to the root, with a leading slash)
    const relative = decodeURIComponent(link.target.split('#')[0]!)
    const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : ''
    const target = normalisePath(relative.startsWith('/') ? relative.slice(1) : `${base}${relative}`)
    if (!target || target === from) continue
    const read = await repo.readText(target)
    if (!read.ok) continue
    const words = countProseWords(read.text)
    if (words >= req.minWords) return { how: `by a link to ${target} (${words} words)`, line: link.line }
  }
  return undefined
}

function normalisePath(path: string): string | undefined {
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/') || undefined
}

/**
 * Findings for a community document that must exist and say something: a file of the
 * repository, else a README section, else the organisation's file (GitHub's `.github`
 * repository); unknown when the organisation could not be looked up.
 */
export async function requireDocument(ctx: Pick<CheckContext, 'repo' | 'organisation'>, req: DocumentRequirement): Promise<Finding[]> {
  const { repo } = ctx
  // files passed over because they are another document, named in the final finding
  const passedOver: string[] = []
  for (const entry of findDocs(repo, req.names)) {
    const read = await repo.readText(entry.path)
    if (!read.ok) return [unreadableFinding(read, req.what)]
    const other = req.notTheDocument?.(entry.path, read.text)
    if (other) {
      passedOver.push(`${entry.path} is not ${req.what}: ${other}`)
      continue
    }
    const result = await evaluate(repo, entry.path, read.text, req)
    if (result.enough) {
      return [
        {
          status: 'pass',
          message: `${entry.path}: ${req.what} ${result.how}`,
          location: { path: entry.path, ...(result.line ? { startLine: result.line } : {}) },
        },
      ]
    }
    return [
      {
        status: 'fail',
        message: `${entry.path} has ${result.words} words; ${req.what} needs at least ${req.minWords}, or a link to the full document`,
        location: { path: entry.path },
        remediation: req.remediation,
      },
    ]
  }
  if (req.readmeSection) {
    for (const section of await readmeSections(repo, req)) {
      const short = section.words < Math.min(15, req.minWords) ? req.shortEnough?.(section.text) : undefined
      if (section.words >= Math.min(15, req.minWords) || short) {
        return [
          {
            status: 'pass',
            message: `${section.path}: ${req.what} in the section "${section.heading}" (line ${section.line})${short ? `, ${short}` : ''}`,
            location: { path: section.path, startLine: section.line },
          },
        ]
      }
      const linked = req.guideLink ? await guideLinked(repo, section.path, section.text, req) : undefined
      if (linked) {
        return [
          {
            status: 'pass',
            message: `${section.path}: ${req.what} in the section "${section.heading}", ${linked.how}`,
            location: { path: section.path, startLine: section.line + linked.line - 1 },
          },
        ]
      }
    }
  }
  // a known document adopted by reference in the README ("expected to follow the Rails code of conduct")
  if (req.acceptedReference) {
    const readme = findDoc(repo, ['README'])
    const read = readme ? await repo.readText(readme.path) : undefined
    const reference = read?.ok ? req.acceptedReference.exec(read.text.slice(0, MAX_ANALYSED_CHARS)) : null
    if (readme && read?.ok && reference) {
      const line = lineOf(read.text, reference.index)
      return [
        {
          status: 'pass',
          message: `${readme.path}: ${req.what} by reference to ${reference[0]} (line ${line})`,
          location: { path: readme.path, startLine: line },
        },
      ]
    }
  }
  const where =
    (passedOver.length > 0 ? `${passedOver.join('; ')}; ` : '') +
    `no ${passedOver.length > 0 ? 'other ' : ''}${req.names.join(' or ')} file in the root, .github/ or docs/${req.readmeSection ? ', and no such section in the README' : ''}`
  const organisation = await ctx.organisation.find(req.names)
  if ('file' in organisation) {
    const result = await evaluate(undefined, organisation.file.path, organisation.file.text, req)
    if (result.enough)
      return [{ status: 'pass', message: `${where}; the organisation-wide ${organisation.file.url}: ${req.what} ${result.how}` }]
    return [
      {
        status: 'fail',
        message: `${where}; the organisation-wide ${organisation.file.url} has ${result.words} words, ${req.what} needs at least ${req.minWords}`,
        remediation: req.remediation,
      },
    ]
  }
  if ('unknown' in organisation) {
    return [
      {
        status: 'unknown',
        message: `${where}; ${organisation.unknown}`,
        remediation: `Run with network access, or ${lowerFirst(req.remediation)}`,
      },
    ]
  }
  return [{ status: 'fail', message: where, remediation: req.remediation }]
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function countProseWords(text: string): number {
  const doc = outline(text)
  return doc.words + doc.headings.reduce((n, h) => n + countWords(h.text), 0)
}

export interface ReadmeSection {
  path: string
  heading: string
  line: number
  /** Words of prose under the heading, not in its subsections. */
  words: number
  /** The lines of the section, its heading and subsections included. */
  text: string
}

/**
 * The README's sections whose heading matches `readmeSection` and not `notReadmeSection`, those
 * whose heading matches `preferredSection` first, each group in the document's order.
 */
export async function readmeSections(
  repo: Snapshot,
  req: Pick<DocumentRequirement, 'readmeSection' | 'notReadmeSection' | 'preferredSection'>,
): Promise<ReadmeSection[]> {
  const readme = findDoc(repo, ['README'])
  if (!readme || !req.readmeSection) return []
  const read = await repo.readText(readme.path)
  if (!read.ok) return []
  const doc = await documentOutline(readme.path, read.text)
  const lines = read.text.slice(0, MAX_ANALYSED_CHARS).split(/\r?\n/)
  const sections: (ReadmeSection & { preferred: boolean })[] = []
  doc.headings.forEach((h, index) => {
    if (!req.readmeSection!.test(h.text) || req.notReadmeSection?.test(h.text)) return
    const words = doc.blocks.filter((b) => b.section === index).reduce((n, b) => n + countWords(b.text), 0)
    const next = doc.headings.slice(index + 1).find((x) => x.depth <= h.depth)
    const text = lines.slice(h.line - 1, next ? next.line - 1 : lines.length).join('\n')
    sections.push({ path: readme.path, heading: h.text, line: h.line, words, text, preferred: req.preferredSection?.test(h.text) ?? false })
  })
  return [...sections.filter((s) => s.preferred), ...sections.filter((s) => !s.preferred)].map(({ preferred: _, ...s }) => s)
}

/** The `min-words` option that document checks share: its default and its schema. */
export function minWordsOption(defaultWords: number): { defaultOptions: Record<string, unknown>; optionsSchema: Record<string, unknown> } {
  return {
    defaultOptions: { 'min-words': defaultWords },
    optionsSchema: { type: 'object', additionalProperties: false, properties: { 'min-words': { type: 'integer', minimum: 0 } } },
  }
}
