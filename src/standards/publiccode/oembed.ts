/**
 * Video URLs from known oEmbed providers: `description.*.videos` must match one of the URL
 * schemes of the oEmbed provider list (oembed.com's providers.json) that the reference parser
 * embeds, copied to data/publiccode/oembed-schemes.json. A scheme's `*` stands for any run of
 * characters, the rest is literal, and the whole URL must match, as in the reference parser.
 */
import schemes from '../../../data/publiccode/oembed-schemes.json' with { type: 'json' }

/** A scheme cut at its `*`s: the URL starts with the first part, ends with the last, and holds the others in order. */
let compiled: string[][] | undefined

/** Each match is a few `startsWith`/`indexOf` calls, linear in the URL's length: no regular expression runs on the URL. */
function matches(url: string, parts: string[]): boolean {
  const first = parts[0]!
  if (!url.startsWith(first)) return false
  if (parts.length === 1) return url.length === first.length
  const last = parts[parts.length - 1]!
  if (url.length < first.length + last.length || !url.endsWith(last)) return false
  let at = first.length
  const end = url.length - last.length
  for (const middle of parts.slice(1, -1)) {
    const found = url.indexOf(middle, at)
    if (found < 0 || found + middle.length > end) return false
    at = found + middle.length
  }
  return true
}

export function isOembedUrl(url: string): boolean {
  compiled ??= schemes.map((s) => s.split('*'))
  return compiled.some((parts) => matches(url, parts))
}
