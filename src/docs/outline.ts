/**
 * The outline of a document in the format its name says: Markdown through marked
 * (markdown.ts), AsciiDoc through Asciidoctor.js (in its secure mode: no includes, no file or
 * network access), Org through orga, and reStructuredText by its section rules (docutils'
 * title underlines and overlines; no maintained reStructuredText parser exists for JavaScript).
 * Every outline has the headings with their depth and line, and the prose blocks under them.
 */
import { countWords, MAX_ANALYSED_CHARS, outline as markdownOutline, plain, type Block, type Heading, type Outline } from './markdown.js'

export type DocumentFormat = 'markdown' | 'asciidoc' | 'org' | 'rst'

export function documentFormat(path: string): DocumentFormat {
  if (/\.(adoc|asciidoc|asc)$/i.test(path)) return 'asciidoc'
  if (/\.org$/i.test(path)) return 'org'
  if (/\.(rst|rest)$/i.test(path)) return 'rst'
  return 'markdown'
}

/** A few outlines are asked for more than once in a run (the README by several checks). */
const cache = new Map<string, Promise<Outline>>()

export function documentOutline(path: string, text: string): Promise<Outline> {
  const format = documentFormat(path)
  if (format === 'markdown') return Promise.resolve(markdownOutline(text))
  const key = `${format}\u0000${text}`
  let outline = cache.get(key)
  if (!outline) {
    outline = (
      format === 'asciidoc' ? asciidocOutline(text) : format === 'org' ? orgOutline(text) : Promise.resolve(rstOutline(text))
    ).catch(
      // a document its parser refuses is still read as Markdown, which keeps its words
      () => markdownOutline(text),
    )
    if (cache.size >= 16) cache.delete(cache.keys().next().value as string)
    cache.set(key, outline)
  }
  return outline
}

function finish(headings: Heading[], blocks: Block[]): Outline {
  return { headings, blocks, words: blocks.reduce((n, b) => n + countWords(b.text), 0) }
}

/** AsciiDoc text of a paragraph as prose: link:url[text] and url[text] keep their text, images and attributes go. */
function asciidocPlain(source: string): string {
  return plain(
    source
      .replace(/image::?[^\s[]*\[[^\]]*\]/g, ' ')
      .replace(/(?:link:|mailto:)?(?:https?:\/\/)?[^\s[]+\[([^\]]*)\]/g, '$1')
      .replace(/\{[\w-]+\}/g, ' '),
  )
}

interface AsciidocBlock {
  getContext(): string
  getBlocks(): AsciidocBlock[]
  getLineNumber(): number | undefined
  getTitle(): string | undefined
  getLevel(): number
  getSource?(): string
  getText?(): string
  getItems?(): AsciidocBlock[]
}

async function asciidocOutline(text: string): Promise<Outline> {
  // loaded when a document needs it: most projects have none
  const { load } = await import('@asciidoctor/core')
  const doc = (await load(text.slice(0, MAX_ANALYSED_CHARS), {
    safe: 'secure',
    sourcemap: true,
    parse: true,
  })) as unknown as AsciidocBlock & {
    getDocumentTitle(): string | undefined
  }
  const headings: Heading[] = []
  const blocks: Block[] = []
  const title = doc.getDocumentTitle()
  if (title) headings.push({ depth: 1, text: asciidocPlain(String(title)), line: 1 })
  const walk = (block: AsciidocBlock) => {
    for (const child of block.getBlocks()) {
      const context = child.getContext()
      const line = child.getLineNumber() ?? 1
      if (context === 'section') {
        headings.push({ depth: child.getLevel() + 1, text: asciidocPlain(String(child.getTitle() ?? '')), line })
        walk(child)
      } else if (context === 'paragraph' || context === 'admonition' || context === 'quote' || context === 'verse') {
        blocks.push({ type: 'paragraph', text: asciidocPlain(child.getSource?.() ?? ''), line, section: headings.length - 1 })
      } else if (context === 'ulist' || context === 'olist' || context === 'dlist') {
        const items = (child.getItems?.() ?? []).flat() as AsciidocBlock[]
        const itemText = items.map((i) => (typeof i.getText === 'function' ? String(i.getText() ?? '') : '')).join(' ')
        blocks.push({ type: 'list', text: asciidocPlain(itemText), line, section: headings.length - 1 })
      } else if (context === 'preamble' || context === 'open' || context === 'example' || context === 'sidebar') walk(child)
    }
  }
  walk(doc)
  return finish(headings, blocks)
}

interface OrgNode {
  type: string
  level?: number
  value?: string
  position?: { start: { line: number } }
  children?: OrgNode[]
}

async function orgOutline(text: string): Promise<Outline> {
  const { parse } = await import('orga')
  const doc = parse(text.slice(0, MAX_ANALYSED_CHARS)) as unknown as OrgNode
  const headings: Heading[] = []
  const blocks: Block[] = []
  const textOf = (node: OrgNode): string =>
    node.type === 'link.path'
      ? ''
      : node.value !== undefined && node.type !== 'keyword'
        ? node.value
        : (node.children ?? []).map(textOf).join('')
  const walk = (node: OrgNode) => {
    for (const child of node.children ?? []) {
      const line = child.position?.start.line ?? 1
      if (child.type === 'headline') headings.push({ depth: child.level ?? 1, text: plain(textOf(child)), line })
      else if (child.type === 'paragraph' || child.type === 'list')
        blocks.push({ type: child.type, text: plain(textOf(child)), line, section: headings.length - 1 })
      else if (child.type === 'section') walk(child)
    }
  }
  walk(doc)
  return finish(headings, blocks)
}

/** reStructuredText section titles: a line underlined (and maybe overlined) with one punctuation character, depth by the order styles appear. */
function rstOutline(text: string): Outline {
  const lines = text.slice(0, MAX_ANALYSED_CHARS).replace(/\r\n?/g, '\n').split('\n')
  const styles: string[] = []
  const headings: Heading[] = []
  const blocks: Block[] = []
  const adornment = (line: string | undefined) => (line && /^([=\-`:'"~^_*+#<>.])\1{2,}\s*$/.test(line) ? line[0]! : undefined)
  let paragraph: { lines: string[]; line: number } | undefined
  const flush = () => {
    if (paragraph)
      blocks.push({
        type: 'paragraph',
        text: plain(rstPlain(paragraph.lines.join(' '))),
        line: paragraph.line,
        section: headings.length - 1,
      })
    paragraph = undefined
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const under = adornment(lines[i + 1])
    const over = adornment(lines[i - 1])
    if (line.trim() && !adornment(line) && under && lines[i + 1]!.trim().length >= line.trim().length) {
      flush()
      const style = `${over === under ? 'o' : ''}${under}`
      if (!styles.includes(style)) styles.push(style)
      headings.push({ depth: styles.indexOf(style) + 1, text: rstPlain(line.trim()), line: i + 1 })
      i++
      continue
    }
    if (!line.trim() || adornment(line) || /^\.\. /.test(line) || /^\s{2,}/.test(line)) {
      flush()
      continue
    }
    if (paragraph) paragraph.lines.push(line)
    else paragraph = { lines: [line], line: i + 1 }
  }
  flush()
  return finish(headings, blocks)
}

/** reStructuredText inline markup as prose: `text <url>`_ keeps its text, roles and emphasis go. */
function rstPlain(text: string): string {
  return text
    .replace(/`([^`<]*)<[^>]*>`__?/g, '$1')
    .replace(/:[\w-]+:`([^`]*)`/g, '$1')
    .replace(/[`*|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
