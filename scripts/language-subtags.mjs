// Writes data/publiccode/language-subtags.json, the part of the IANA Language Subtag Registry
// that checking a BCP 47 tag needs (src/standards/publiccode/language-tag.ts): the registered
// language, extlang, script, region and variant subtags (ranges such as qaa..qtz expanded), the
// prefixes extlangs and variants require, and the grandfathered tags. The source is the registry
// as the npm package language-subtag-registry ships it (CC0-1.0, by Matthew Caruana Galizia and
// contributors, converted from IANA's file). Usage:
//   npm pack language-subtag-registry@0.4.2 && tar xzf language-subtag-registry-0.4.2.tgz
//   node scripts/language-subtags.mjs package
// Then note the package version and the registry's File-Date in data/README.md.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'

/** `qaa..qtz` -> qaa, qab, ..., qtz (letters only, as the registry's ranges are). */
function expand(range) {
  const [from, to] = range.split('..')
  if (!to) return [range]
  const out = []
  const step = (s) => {
    const chars = [...s]
    for (let i = chars.length - 1; i >= 0; i--) {
      const upper = chars[i] === chars[i].toUpperCase()
      const last = upper ? 'Z' : 'z'
      if (chars[i] !== last) {
        chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1)
        return chars.join('')
      }
      chars[i] = upper ? 'A' : 'a'
    }
    throw new Error(`range ${range} overflows`)
  }
  for (let s = from; ; s = step(s)) {
    out.push(s)
    if (s === to) return out
    if (out.length > 100000) throw new Error(`range ${range} does not end`)
  }
}

export function languageSubtags(dir) {
  const registry = JSON.parse(readFileSync(join(dir, 'data', 'json', 'registry.json'), 'utf8'))
  const meta = JSON.parse(readFileSync(join(dir, 'data', 'json', 'meta.json'), 'utf8'))
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const lists = { language: [], script: [], region: [] }
  const extlang = {}
  const variant = {}
  const grandfathered = []
  for (const record of registry) {
    const type = record.Type
    if (type === 'grandfathered') grandfathered.push(record.Tag.toLowerCase())
    else if (type === 'extlang') extlang[record.Subtag.toLowerCase()] = record.Prefix.map((p) => p.toLowerCase())
    else if (type === 'variant') variant[record.Subtag.toLowerCase()] = (record.Prefix ?? []).map((p) => p.toLowerCase())
    else if (type in lists) lists[type].push(...expand(record.Subtag).map((s) => s.toLowerCase()))
  }
  const sorted = (list) => [...new Set(list)].sort().join(' ')
  const keyed = (map) =>
    Object.fromEntries(
      Object.keys(map)
        .sort()
        .map((k) => [k, map[k]]),
    )
  return {
    source: `npm package ${pkg.name} ${pkg.version} (CC0-1.0), IANA Language Subtag Registry File-Date ${meta['File-Date']}`,
    fileDate: meta['File-Date'],
    language: sorted(lists.language),
    script: sorted(lists.script),
    region: sorted(lists.region),
    extlang: keyed(extlang),
    variant: keyed(variant),
    grandfathered: [...grandfathered].sort(),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2]
  if (!dir) {
    console.error('usage: node scripts/language-subtags.mjs <folder of the language-subtag-registry package>')
    process.exit(2)
  }
  const data = languageSubtags(dir)
  const target = 'data/publiccode/language-subtags.json'
  writeFileSync(target, await format(JSON.stringify(data), { ...(await resolveConfig(target)), filepath: target }))
  console.log(
    `${data.source}: ${data.language.split(' ').length} languages, ${data.script.split(' ').length} scripts, ${data.region.split(' ').length} regions`,
  )
}
