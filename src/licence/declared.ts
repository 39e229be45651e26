/**
 * A licence as packages declare it (package.json, composer.json, Cargo.toml, registry JSON),
 * turned into one SPDX expression text, or into the reason there is none.
 */

export type Declared =
  | { kind: 'expression'; text: string }
  /** The package says no licence is granted (npm `UNLICENSED`, SPDX `NONE`). */
  | { kind: 'none'; text: string }
  /** Nothing usable: absent, NOASSERTION, "SEE LICENSE IN ...". */
  | { kind: 'missing'; reason: string }

/** Longer lists than this are cut: the expression parser refuses more terms anyway. */
const MAX_LIST = 300

/**
 * Reads a declared licence: a string (an SPDX expression, the legacy `MIT/Apache-2.0` of
 * Cargo), an object `{ type }` (old package.json), or a list (package.json `licenses`,
 * composer `license`, gem `licenses`), whose entries are alternatives: OR.
 */
export function declaredLicence(value: unknown): Declared {
  if (typeof value === 'string') return fromString(value)
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string')
    return fromString((value as { type: string }).type)
  if (Array.isArray(value)) {
    const texts = value
      .slice(0, MAX_LIST + 1)
      .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { type?: unknown }).type : undefined))
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
      .map((v) => v.trim())
    if (texts.length === 0) return { kind: 'missing', reason: 'the licence list is empty' }
    if (texts.length === 1) return fromString(texts[0]!)
    return { kind: 'expression', text: texts.map((t) => (/\s/.test(t) ? `(${t})` : t)).join(' OR ') }
  }
  return { kind: 'missing', reason: 'no licence is declared' }
}

function fromString(raw: string): Declared {
  const text = raw.trim()
  if (text === '' || /^NOASSERTION$/i.test(text)) return { kind: 'missing', reason: 'no licence is declared' }
  if (/^(UNLICENSED|NONE)$/i.test(text)) return { kind: 'none', text }
  if (/^SEE LICEN[CS]E IN /i.test(text)) return { kind: 'missing', reason: `the licence is only in a file ("${text.slice(0, 80)}")` }
  // Cargo's legacy "MIT/Apache-2.0" means either
  if (/^[A-Za-z0-9.+-]+(\/[A-Za-z0-9.+-]+)+$/.test(text)) return { kind: 'expression', text: text.split('/').join(' OR ') }
  return { kind: 'expression', text }
}
