/**
 * Text from the repository (file names, branch names, messages quoting files, URLs) goes into
 * the job summary as text, never as markup. GitHub renders the summary as GitHub Flavored
 * Markdown, and each place in it takes a different escape: inline text, a code span, a table
 * cell, HTML (inside <details>), a link's text and its URL.
 */

/** Inline Markdown text: what would be markup is escaped, URLs become autolinks, package ids and e-mail-like tokens code spans (GFM would link them as e-mail addresses). */
export function mdText(text: string, options: { links?: boolean } = {}): string {
  const out = oneLine(text)
    .split(/( +)/)
    .map((token) => (token.trim() === '' ? token : mdToken(token, options.links ?? true)))
    .join('')
  // what starts a block (a heading, a list item, a quote) matters only at the start
  return out.replace(/^(\s*)([#=+-]|\d+[.)])/, (_, space: string, c: string) => `${space}${c.replace(/[#=+\-.)]/, (x) => `\\${x}`)}`)
}

function mdToken(token: string, links: boolean): string {
  if (token === '') return ''
  // a URL anywhere in the token ("(https://...)"): GFM would link it in any case, so it is linked whole and safely
  const url = /https?:\/\/[^\s<>"'`\\)\]|]+/i.exec(token)
  if (url) {
    const href = url[0].replace(/[.,;:!?]+$/, '')
    const safe = links ? safeUrl(href) : undefined
    const at = url.index
    return `${mdToken(token.slice(0, at), links)}${safe ? `<${safe}>` : escapeInline(href)}${mdToken(token.slice(at + href.length), links)}`
  }
  // alabaster@1.0.0, @scope/pkg@2.0.0, security@example.org: GFM autolinks user@host as mailto:
  const m = /^(.*?)([.,;:!?)\]'"]*)$/.exec(token)!
  const [, body, tail] = m as unknown as [string, string, string]
  if (/@[\p{L}\p{N}]/u.test(body)) return `${mdCode(body)}${escapeInline(tail)}`
  return escapeInline(token)
}

/** Backslash escapes (CommonMark §2.4) for the ASCII characters that can open or close inline markup; renderers drop the backslashes. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>!|~&]/g, (c) => `\\${c}`)
}

/**
 * A code span holding `text` literally: backslashes are not escapes there, so the fence is one
 * backtick longer than the longest run of backticks inside, with a space on each side when the
 * text starts or ends with a backtick or a space (CommonMark §6.1).
 */
export function mdCode(text: string): string {
  const body = oneLine(text)
  if (body === '') return ''
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(body) ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/**
 * A table cell from inline Markdown (made with mdText, mdCode, mdLink): GFM splits rows at
 * every unescaped `|`, inside code spans too, so each one is escaped; GFM removes those
 * backslashes before it renders the cell.
 */
export function mdCell(markdown: string): string {
  return markdown.replace(/\\\|/g, '|').replace(/\|/g, '\\|')
}

/** Text inside HTML (a <summary>, a <sub>): character references, never Markdown. */
export function htmlText(text: string): string {
  return oneLine(text).replace(/[&<>"'`*_[\]\\|~@]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * A URL to link to: http and https only (no javascript:, data:, file:), characters that could end
 * the destination or the table cell percent-encoded; undefined for anything else.
 */
export function safeUrl(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/g, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  )
}

/** A link whose text is shown literally; plain text when the URL is not one to link to. */
export function mdLink(text: string, url: string): string {
  const href = safeUrl(url)
  return href ? `[${mdText(text, { links: false })}](${href})` : mdText(text)
}

function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ')
}
