/**
 * Licence texts as projects ship them, rendered to plain text before matching: Markdown
 * (LICENSE.md with headings, numbered lists, links, entities) through marked, HTML through
 * htmlparser2 (tags dropped, entities decoded, block elements as line breaks). The SPDX
 * guidelines match the licence's words, not its markup; list numbers that the markup makes
 * vanish, and the templates' bullets may be empty.
 */
import { marked } from 'marked'
import { htmlToText } from '../../docs/html-text.js'
import { boundMarkdownNesting } from '../../docs/markdown.js'

/** Markdown this long is read as plain text: no licence is, and the parser's time stays bounded. */
const MAX_MARKUP_CHARS = 256 * 1024

export type LicenceTextFormat = 'markdown' | 'html' | 'text'

export function formatOf(path: string): LicenceTextFormat {
  if (/\.(md|markdown|mkd|mdown)$/i.test(path)) return 'markdown'
  if (/\.html?$/i.test(path)) return 'html'
  return 'text'
}

export function plainLicenceText(text: string, format: LicenceTextFormat): string {
  if (format === 'text' || text.length > MAX_MARKUP_CHARS) return text
  if (format === 'html') return htmlToText(text)
  return htmlToText(marked.parse(boundMarkdownNesting(text), { async: false, gfm: true }))
}
