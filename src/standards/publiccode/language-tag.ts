/**
 * BCP 47 language tags (RFC 5646) checked against the IANA Language Subtag Registry, as the
 * reference parser does: a tag is valid when it is well formed and each of its language, extlang,
 * script, region and variant subtags is registered, an extlang or a variant stands after one of
 * the prefixes the registry gives it, and no variant or extension singleton is repeated. Private
 * use subtags (`x-...`) and the registry's grandfathered tags are valid. Case does not matter.
 * The registry data is data/publiccode/language-subtags.json (scripts/language-subtags.mjs).
 */
import registry from '../../../data/publiccode/language-subtags.json' with { type: 'json' }

interface Registry {
  languages: Set<string>
  scripts: Set<string>
  regions: Set<string>
  extlangs: Map<string, string[]>
  variants: Map<string, string[]>
  grandfathered: Set<string>
}

let loaded: Registry | undefined

/** The sets are built on first use: most runs never check a language tag. */
function subtags(): Registry {
  loaded ??= {
    languages: new Set(registry.language.split(' ')),
    scripts: new Set(registry.script.split(' ')),
    regions: new Set(registry.region.split(' ')),
    extlangs: new Map(Object.entries(registry.extlang)),
    variants: new Map(Object.entries(registry.variant)),
    grandfathered: new Set(registry.grandfathered),
  }
  return loaded
}

/** The IANA registry's date, for messages and docs. */
export const LANGUAGE_REGISTRY_DATE = registry.fileDate

const ALPHA = /^[a-z]+$/
const DIGIT = /^[0-9]+$/
const ALNUM = /^[a-z0-9]+$/

/** Whether `prefix` (a registry Prefix such as `sl-rozaj`) is the start of `tag`, subtag by subtag. */
const startsWith = (tag: string, prefix: string) => `${tag}-`.startsWith(`${prefix}-`)

export function isValidLanguageTag(input: string): boolean {
  if (input.length === 0 || input.length > 256) return false
  const tag = input.toLowerCase()
  const r = subtags()
  if (r.grandfathered.has(tag)) return true
  const parts = tag.split('-')
  let i = 0
  const at = () => parts[i] ?? ''
  if (at() === 'x') return privateUse(parts, i)
  // language: 2-3 letters (4 are reserved, 5-8 registered ones only, and there are none)
  const language = at()
  if (!ALPHA.test(language) || language.length < 2 || language.length > 8 || !r.languages.has(language)) return false
  i++
  // up to three extlangs, each after its prefix
  for (let n = 0; n < 3 && at().length === 3 && ALPHA.test(at()); n++, i++) {
    const prefixes = r.extlangs.get(at())
    if (!prefixes || !prefixes.some((p) => startsWith(tag, p))) return false
  }
  if (at().length === 4 && ALPHA.test(at())) {
    if (!r.scripts.has(at())) return false
    i++
  }
  if ((at().length === 2 && ALPHA.test(at())) || (at().length === 3 && DIGIT.test(at()))) {
    if (!r.regions.has(at())) return false
    i++
  }
  const seenVariants = new Set<string>()
  while (isVariant(at())) {
    const prefixes = r.variants.get(at())
    if (!prefixes || seenVariants.has(at())) return false
    if (prefixes.length > 0 && !prefixes.some((p) => startsWith(tag, p))) return false
    seenVariants.add(at())
    i++
  }
  const seenSingletons = new Set<string>()
  while (at().length === 1 && at() !== 'x' && ALNUM.test(at())) {
    if (seenSingletons.has(at())) return false
    seenSingletons.add(at())
    i++
    let n = 0
    while (at().length >= 2 && at().length <= 8 && ALNUM.test(at())) {
      n++
      i++
    }
    if (n === 0) return false
  }
  if (at() === 'x') return privateUse(parts, i)
  return i === parts.length
}

function isVariant(s: string): boolean {
  if (!ALNUM.test(s)) return false
  return (s.length >= 5 && s.length <= 8) || (s.length === 4 && s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57)
}

/** `x` then one or more subtags of 1 to 8 letters or digits, to the end of the tag. */
function privateUse(parts: string[], start: number): boolean {
  if (start + 1 >= parts.length) return false
  return parts.slice(start + 1).every((p) => p.length >= 1 && p.length <= 8 && ALNUM.test(p))
}
