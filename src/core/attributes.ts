/**
 * The `linguist-vendored` and `linguist-generated` attributes of `.gitattributes` files,
 * which mark code that is not the project's own (GitHub Linguist uses the same attributes).
 * Patterns follow gitattributes(5): a pattern without a slash matches a name at any depth,
 * one with a slash is anchored at the folder of its `.gitattributes`; deeper files and later
 * lines take precedence. The glob matching itself is picomatch's.
 */
import picomatch from 'picomatch'

export type LinguistAttribute = 'linguist-vendored' | 'linguist-generated'
const ATTRIBUTES: LinguistAttribute[] = ['linguist-vendored', 'linguist-generated']

export interface AttributeRule {
  source: string
  line: number
  pattern: string
  attribute: LinguistAttribute
  /** true sets, false unsets, undefined returns to unspecified. */
  value: boolean | undefined
  matches: (path: string) => boolean
}

export function parseGitattributes(file: string, text: string): AttributeRule[] {
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : ''
  const rules: AttributeRule[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const [pattern, ...attrs] = line.split(/\s+/)
    if (!pattern || pattern.startsWith('!') || pattern.startsWith('"') || pattern.endsWith('/')) return
    for (const attr of attrs) {
      const parsed = parseAttribute(attr)
      if (!parsed) continue
      rules.push({ source: file, line: index + 1, pattern, ...parsed, matches: compile(base, pattern) })
    }
  })
  return rules
}

function parseAttribute(attr: string): { attribute: LinguistAttribute; value: boolean | undefined } | undefined {
  const prefix = attr[0] === '-' || attr[0] === '!' ? attr[0] : ''
  const [name, val] = attr.slice(prefix.length).split('=', 2)
  const attribute = ATTRIBUTES.find((a) => a === name)
  if (!attribute) return undefined
  if (prefix === '-') return { attribute, value: false }
  if (prefix === '!') return { attribute, value: undefined }
  return { attribute, value: val === undefined || !['false', '0'].includes(val.toLowerCase()) }
}

function compile(base: string, pattern: string): (path: string) => boolean {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/')
  const body = pattern.replace(/^\//, '')
  const glob = anchored ? `${base}${body}` : `${base}**/${body}`
  return picomatch(glob, { dot: true })
}

/** Rules must be ordered shallow file first, then line order, so that the last match wins. */
export function linguistAttributes(rules: AttributeRule[], path: string): Partial<Record<LinguistAttribute, AttributeRule>> {
  const result: Partial<Record<LinguistAttribute, AttributeRule>> = {}
  for (const rule of rules) {
    if (!rule.matches(path)) continue
    if (rule.value) result[rule.attribute] = rule
    else delete result[rule.attribute]
  }
  return result
}
