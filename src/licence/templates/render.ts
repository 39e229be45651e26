/**
 * Licence texts as projects ship them, rendered to plain text before matching: Markdown
 * (LICENSE.md with headings, numbered lists, links, entities) through marked, HTML through
 * htmlparser2 (tags dropped, entities decoded, block elements as line breaks). The SPDX
 * guidelines match the licence's words, not its markup; list numbers that the markup makes
 * vanish, and the templates' bullets may be empty.
 */
import { Parser } from 'htmlparser2'
import { marked } from 'marked'

/** Markdown this long is read as plain text: no licence is, and the parser's time stays bounded. */
const MAX_MARKUP_CHARS = 256 * 1024

const BLOCK = new Set(
  'address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
)
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template'])

export type LicenceTextFormat = 'markdown' | 'html' | 'text'

export function formatOf(path: string): LicenceTextFormat {
  if (/\.(md|markdown|mkd|mdown)$/i.test(path)) return 'markdown'
  if (/\.html?$/i.test(path)) return 'html'
  return 'text'
}

export function plainLicenceText(text: string, format: LicenceTextFormat): string {
  if (format === 'text' || text.length > MAX_MARKUP_CHARS) return text
  if (format === 'html') return htmlToText(text)
  return htmlToText(marked.parse(text, { async: false, gfm: true }))
}

export function htmlToText(html: string): string {
  let out = ''
  let skipping = 0
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++
        else if (BLOCK.has(name)) out += '\n'
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1)
        else if (BLOCK.has(name)) out += '\n'
      },
      ontext(text) {
        if (skipping === 0) out += text
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  return out.replace(/\n[ \t]*(?=\n)/g, '\n').replace(/\n{3,}/g, '\n\n')
}
