/**
 * The licences a project's manifests declare (package.json, composer.json, Cargo.toml,
 * pyproject.toml, pom.xml, publiccode.yml, *.gemspec), each read as an SPDX expression where
 * it is one, with a note where it was read otherwise ("Apache 2.0" as Apache-2.0) or not at all.
 * Manifests are parsed as data; nothing in them is executed (a gemspec is Ruby: only its
 * `license = "..."` assignments are read).
 */
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import correct from 'spdx-correct'
import { XMLParser } from 'fast-xml-parser'
import type { Snapshot } from '../core/snapshot.js'
import { declaredLicence } from './declared.js'
import { parseLicenceExpression } from './expression.js'

export interface DeclaredLicence {
  /** The manifest, e.g. package.json. */
  source: string
  line?: number
  /** As written. */
  value: string
  /** The SPDX expression it reads as, when it does. */
  expression?: string
  /** Why it was not read as written ("Apache 2.0" read as Apache-2.0), or why not at all. */
  note?: string
  /** The manifest points elsewhere ("SEE LICENSE IN LICENSE.txt") rather than naming a licence. */
  pointer?: boolean
}

export async function declaredLicences(repo: Snapshot): Promise<DeclaredLicence[]> {
  const out: DeclaredLicence[] = []
  const readers: [string, (text: string) => Declaration[]][] = [
    ['package.json', fromPackageJson],
    ['composer.json', fromComposerJson],
    ['Cargo.toml', (t) => fromToml(t, ['package', 'license']).concat(fromToml(t, ['workspace', 'package', 'license']))],
    ['pyproject.toml', fromPyproject],
    ['pom.xml', fromPom],
    ['publiccode.yml', fromPubliccode],
  ]
  const gemspecs = repo.files.filter((e) => !e.path.includes('/') && e.path.endsWith('.gemspec')).map((e) => e.path)
  for (const [path, read] of [...readers, ...gemspecs.map((p) => [p, fromGemspec] as const)]) {
    if (!repo.has(path)) continue
    const file = await repo.readText(path)
    if (!file.ok) continue
    let values: Declaration[]
    try {
      values = read(file.text)
    } catch {
      continue // a manifest that does not parse is another check's finding
    }
    for (const { value, line } of values) out.push(interpret(path, value, line))
  }
  return out
}

function interpret(source: string, raw: unknown, line?: number): DeclaredLicence {
  const declared = declaredLicence(raw)
  const value = typeof raw === 'string' ? raw : declared.kind === 'missing' ? JSON.stringify(raw).slice(0, 200) : declared.text
  const base: DeclaredLicence = { source, value, ...(line ? { line } : {}) }
  if (declared.kind === 'none') return { ...base, note: 'declares that no licence is granted' }
  if (declared.kind === 'missing') return { ...base, pointer: true, note: declared.reason }
  const parsed = parseLicenceExpression(declared.text)
  if (parsed.ok) {
    const legacy = declared.text !== value.trim() ? { note: `"${value}" is not an SPDX expression; read as ${parsed.normalised}` } : {}
    return { ...base, expression: parsed.normalised, ...legacy }
  }
  // spdx-correct reads one licence's name ("Apache 2.0"); it would drop half of a broken expression
  const corrected = /\b(and|or|with)\b|[()]/i.test(value) ? null : correct(value, { upgrade: true })
  if (corrected) return { ...base, expression: corrected, note: `"${value}" is not an SPDX expression; read as ${corrected}` }
  return { ...base, note: parsed.message }
}

function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle)
  return at < 0 ? undefined : text.slice(0, at).split('\n').length
}

/** A licence as a manifest writes it: a string, a { type } object or a list (declared.ts reads all three). */
interface Declaration {
  value: unknown
  line?: number
}

function fromPackageJson(text: string): Declaration[] {
  const json = JSON.parse(text) as { license?: unknown; licenses?: unknown }
  const line = lineOf(text, '"license')
  const value = json.license !== undefined ? json.license : json.licenses
  return value !== undefined ? [{ value, ...(line ? { line } : {}) }] : []
}

function fromComposerJson(text: string): Declaration[] {
  const value = (JSON.parse(text) as { license?: unknown }).license
  const line = lineOf(text, '"license"')
  return value !== undefined ? [{ value, ...(line ? { line } : {}) }] : []
}

function fromToml(text: string, path: string[]): Declaration[] {
  let node: unknown = parseToml(text)
  for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  const line = lineOf(text, '\nlicense')
  return typeof node === 'string' ? [{ value: node, ...(line ? { line: line + 1 } : {}) }] : []
}

function fromPyproject(text: string): Declaration[] {
  const doc = parseToml(text) as { project?: { license?: unknown }; tool?: { poetry?: { license?: unknown } } }
  const license = doc.project?.license
  const line = lineOf(text, '\nlicense')
  const at = line ? { line: line + 1 } : {}
  // PEP 639: a string expression; older: { text = "..." } ({ file = ... } points at a file)
  if (typeof license === 'string') return [{ value: license, ...at }]
  if (license && typeof license === 'object' && typeof (license as { text?: unknown }).text === 'string') {
    return [{ value: (license as { text: string }).text, ...at }]
  }
  const poetry = doc.tool?.poetry?.license
  return typeof poetry === 'string' ? [{ value: poetry, ...at }] : []
}

const pomParser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: false,
  isArray: (name) => name === 'license',
})

/** `<licenses><license><name>` of a pom.xml; several are a choice, as Maven's own reports read them. */
function fromPom(text: string): Declaration[] {
  const doc = pomParser.parse(text) as { project?: { licenses?: { license?: { name?: unknown }[] } } }
  const names = (doc.project?.licenses?.license ?? [])
    .map((l) => l?.name)
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
  const line = lineOf(text, '<licenses>')
  const value = names.length > 1 ? names.map((n) => correct(n) ?? n).join(' OR ') : names[0]
  return value ? [{ value: value.trim(), ...(line ? { line } : {}) }] : []
}

function fromPubliccode(text: string): Declaration[] {
  const doc = parseYaml(text.slice(0, 1_000_000), { maxAliasCount: 100 }) as { legal?: { license?: unknown } } | null
  const license = doc?.legal?.license
  const line = lineOf(text, 'license:')
  return typeof license === 'string' ? [{ value: license, ...(line ? { line } : {}) }] : []
}

function fromGemspec(text: string): Declaration[] {
  const single = /\.license\s*=\s*["']([^"'\n]{1,200})["']/.exec(text)
  const list = /\.licenses\s*=\s*\[([^\]\n]{1,500})\]/.exec(text)
  const value = single ? single[1]! : list ? [...list[1]!.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!) : undefined
  const line = lineOf(text, single ? single[0] : (list?.[0] ?? '\0'))
  return value !== undefined ? [{ value, ...(line ? { line } : {}) }] : []
}
