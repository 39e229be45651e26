/** HTML as plain text (htmlparser2): tags dropped, entities decoded, block elements as line breaks, scripts and styles left out. */
import { Parser } from 'htmlparser2'

const BLOCK = new Set(
  'address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
)
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template'])

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
