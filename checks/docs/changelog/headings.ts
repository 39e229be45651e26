/**
 * The headings of a changelog, line by line: Markdown (ATX `## 1.2.3` and setext underlines),
 * reStructuredText (titles under- or overlined with any punctuation, levels in order of first
 * use), AsciiDoc (`== 1.2.3`), and in plain text files, GNU NEWS outline lines (`* Noteworthy
 * changes in release 1.2`) and lines that stand alone between blank lines (`curl and libcurl 8.11.0`).
 * Every pattern here is linear in the line; lines are cut before any pattern runs.
 */

export type Markup = 'markdown' | 'rst' | 'asciidoc' | 'plain'

export interface Heading {
  depth: number
  /** The title, trimmed, markup as written (links and emphasis are for the reader of the title to strip). */
  text: string
  /** 1-based line of the title. */
  line: number
  /** How it was found: an ATX or AsciiDoc `#`/`=` line, an underline, an outline star, or a line standing alone. */
  style: 'atx' | 'underline' | 'outline' | 'alone'
}

export interface ScannedText {
  headings: Heading[]
  /** The lines (normalised line ends), for readers of the first lines of a section. */
  lines: string[]
  /** Lines that start a list item (`- x`, `* x`, `1. x`, ` o x`) outside code. */
  listItems: number
}

/** Longest line a pattern sees; headings are short. */
const MAX_LINE = 300
const ADORNMENT = /^([=\-~^*+#"'`:._])\1{2,}[ \t]*$/
const LIST_ITEM = /^[ \t]{0,8}(?:[-*+o•]|\d{1,3}[.)])[ \t]+\S/

export function markupOf(path: string): Markup {
  const lower = path.toLowerCase()
  if (/\.(md|markdown)$/.test(lower)) return 'markdown'
  if (lower.endsWith('.rst')) return 'rst'
  if (lower.endsWith('.adoc')) return 'asciidoc'
  return 'plain'
}

export function scanHeadings(source: string, markup: Markup): ScannedText {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const headings: Heading[] = []
  const underlineDepths = new Map<string, number>()
  let listItems = 0
  let fence: string | undefined
  let comment = false
  let start = 0
  // YAML front matter (mkdocs, Jekyll) is not part of the text
  if (markup === 'markdown' && lines[0] === '---') {
    const end = lines.indexOf('---', 1)
    if (end > 0 && end < 100) start = end + 1
  }
  const cut = (i: number): string => (lines[i] ?? '').slice(0, MAX_LINE)
  const blank = (i: number): boolean => i < start || i >= lines.length || cut(i).trim() === ''
  for (let i = start; i < lines.length; i++) {
    const line = cut(i)
    if (markup === 'markdown') {
      if (comment) {
        if (line.includes('-->')) comment = false
        continue
      }
      const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
      if (fence) {
        if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined
        continue
      }
      if (fenceMark) {
        fence = fenceMark
        continue
      }
      if (line.startsWith('<!--') && !line.includes('-->')) {
        comment = true
        continue
      }
    }
    if (LIST_ITEM.test(line)) listItems++
    const atx = markup === 'markdown' ? /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line) : markup === 'asciidoc' ? /^(={1,6})[ \t]/.exec(line) : null
    if (atx) {
      headings.push({ depth: atx[1]!.length, text: stripClosing(line.slice(atx[0].length), atx[1]![0]!), line: i + 1, style: 'atx' })
      continue
    }
    if (markup === 'plain') {
      const outline = /^(\*{1,4})[ \t]+\S/.exec(line)
      if (outline && blank(i - 1)) {
        headings.push({ depth: outline[1]!.length, text: line.slice(outline[1]!.length).trim(), line: i + 1, style: 'outline' })
        continue
      }
    }
    // a title line under which the next line is an adornment (and over which, for reStructuredText, may be one)
    const under = ADORNMENT.exec(cut(i + 1))
    // Markdown underlines with = and - only (``` and ~~~ open code, ### is a heading)
    if (
      under &&
      (markup !== 'markdown' || under[1] === '=' || under[1] === '-') &&
      line.trim() !== '' &&
      !ADORNMENT.test(line) &&
      /^ {0,3}\S/.test(line) &&
      !isListItem(line, markup)
    ) {
      const over = ADORNMENT.exec(cut(i - 1))
      const overlined = over !== null && over[1] === under[1]
      if (overlined || blank(i - 1)) {
        const ch = under[1]!
        let depth: number
        if (markup === 'markdown' && (ch === '=' || ch === '-')) depth = ch === '=' ? 1 : 2
        else {
          const key = `${overlined ? 'over' : ''}${ch}`
          depth = underlineDepths.get(key) ?? underlineDepths.size + 1
          underlineDepths.set(key, depth)
        }
        headings.push({ depth, text: line.trim(), line: i + 1, style: 'underline' })
        i++
        continue
      }
    }
    if (markup === 'plain' && /^\S/.test(line) && blank(i - 1) && blank(i + 1) && line.length <= 100) {
      headings.push({ depth: 1, text: line.trim(), line: i + 1, style: 'alone' })
    }
  }
  return { headings, lines, listItems }
}

function isListItem(line: string, markup: Markup): boolean {
  return markup === 'markdown' && /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)
}

/** A heading's text without the optional closing sequence (`## 1.2.3 ##`). */
function stripClosing(rest: string, mark: string): string {
  let text = rest.trim()
  let end = text.length
  while (end > 0 && text[end - 1] === mark) end--
  if (end < text.length && (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trim()
  return text
}
