/**
 * The licences a project's manifests declare (package.json, composer.json, Cargo.toml,
 * pyproject.toml, pom.xml, publiccode.yml, *.gemspec), each read as an SPDX expression where
 * it is one, with a note where it was read otherwise ("Apache 2.0" as Apache-2.0) or not at all.
 * Manifests are parsed as data; nothing in them is executed (a gemspec is Ruby: only its
 * `license = "..."` assignments are read). A manifest that cannot be read (invalid, nested
 * deeper than any real one, a licence key written twice) is a problem with its line.
 */
import correct from 'spdx-correct'
import { XMLParser } from 'fast-xml-parser'
import { parseJson } from '../core/json-source.js'
import { MAX_NESTING, tooDeepMessage } from '../core/nesting.js'
import { printable } from '../core/printable.js'
import type { Snapshot } from '../core/snapshot.js'
import { parseToml } from '../core/toml-source.js'
import { parseYaml } from '../core/yaml-source.js'
import { declaredLicence } from './declared.js'
import { parseLicenceExpression } from './expression.js'

export interface DeclaredLicence {
  /** The manifest, e.g. package.json. */
  source: string
  line?: number
  /** As written (cut to MAX_SHOWN characters). */
  value: string
  /** The SPDX expression it reads as, when it does. */
  expression?: string
  /** Why it was not read as written ("Apache 2.0" read as Apache-2.0), or why not at all. */
  note?: string
  /** The manifest points elsewhere ("SEE LICENSE IN LICENSE.txt") rather than naming a licence. */
  pointer?: boolean
}

/** A manifest whose declared licence could not be read, or reads two ways. */
export interface ManifestProblem {
  source: string
  line?: number
  message: string
  /**
   * unread: the manifest could not be parsed, so what it declares is not known;
   * ambiguous: it declares the licence twice and readers disagree on which counts.
   */
  kind: 'unread' | 'ambiguous'
}

export interface DeclaredLicences {
  declared: DeclaredLicence[]
  problems: ManifestProblem[]
}

/** A value as written is shown up to this many characters: a declaration is a line, not a megabyte. */
const MAX_SHOWN = 200

export async function declaredLicences(repo: Snapshot): Promise<DeclaredLicences> {
  const declared: DeclaredLicence[] = []
  const problems: ManifestProblem[] = []
  const readers: [string, (text: string) => Read][] = [
    ['package.json', (t) => fromJson(t, ['license', 'licenses'])],
    ['composer.json', (t) => fromJson(t, ['license'])],
    ['Cargo.toml', fromCargo],
    ['pyproject.toml', fromPyproject],
    ['pom.xml', fromPom],
    ['publiccode.yml', fromPubliccode],
  ]
  const gemspecs = repo.files.filter((e) => !e.path.includes('/') && e.path.endsWith('.gemspec')).map((e) => e.path)
  for (const [path, read] of [...readers, ...gemspecs.map((p) => [p, fromGemspec] as const)]) {
    if (!repo.has(path)) continue
    const file = await repo.readText(path)
    // a manifest that is too large or not text is the finding of the checks that need all of it
    if (!file.ok) continue
    const result = read(file.text)
    if ('unread' in result) {
      problems.push({
        source: path,
        ...(result.line ? { line: result.line } : {}),
        message: `${path}${result.line ? `:${result.line}` : ''}: could not be read (${printable(result.unread)}), so the licence it declares is not known`,
        kind: 'unread',
      })
      continue
    }
    for (const twice of result.twice ?? []) {
      problems.push({
        source: path,
        line: twice.line,
        message: `${path}:${twice.line}: "${twice.key}" is written twice; JSON.parse (and npm, Composer) keep the last, other readers the first, so the manifest declares two things`,
        kind: 'ambiguous',
      })
    }
    for (const { value, line } of result.values) declared.push(interpret(path, value, line))
  }
  return { declared, problems }
}

function interpret(source: string, raw: unknown, line?: number): DeclaredLicence {
  const declared = declaredLicence(raw)
  const written = typeof raw === 'string' ? raw : declared.kind === 'missing' ? describe(raw) : declared.text
  const value = written.length > MAX_SHOWN ? `${written.slice(0, MAX_SHOWN)}… (${written.length} characters)` : written
  const base: DeclaredLicence = { source, value, ...(line ? { line } : {}) }
  if (typeof raw !== 'string' && declared.kind === 'missing' && raw !== null && raw !== undefined && !Array.isArray(raw))
    return {
      ...base,
      note: 'not a licence: a licence is declared as a text (an SPDX expression), an object with a "type", or a list of them',
    }
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

/** A value that is not a text, shown briefly: its nesting is bounded, but not its size. */
function describe(raw: unknown): string {
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint') return String(raw)
  if (raw === null || raw === undefined) return String(raw)
  const text = JSON.stringify(raw, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
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

/** What a manifest declares (and keys it writes twice), or why it could not be read. */
type Read = { values: Declaration[]; twice?: { key: string; line: number }[] } | { unread: string; line?: number }

/** package.json `license` (or the old `licenses` list), composer.json `license`. */
function fromJson(text: string, keys: string[]): Read {
  const read = parseJson(text, { duplicates: true })
  if (!read.ok) return { unread: read.message, ...(read.line ? { line: read.line } : {}) }
  const json = (read.value && typeof read.value === 'object' ? read.value : {}) as Record<string, unknown>
  const twice = read.duplicates.filter((d) => d.path.length === 1 && keys.includes(String(d.path[0])))
  const key = keys.find((k) => json[k] !== undefined)
  const line = key ? lineOf(text, `"${key}"`) : undefined
  return {
    values: key ? [{ value: json[key], ...(line ? { line } : {}) }] : [],
    twice: twice.map((d) => ({ key: String(d.path[0]), line: d.line })),
  }
}

function fromCargo(text: string): Read {
  const read = parseToml(text)
  if (!read.ok) return { unread: read.message, ...(read.line ? { line: read.line } : {}) }
  return {
    values: [...tomlString(text, read.value, ['package', 'license']), ...tomlString(text, read.value, ['workspace', 'package', 'license'])],
  }
}

function tomlString(text: string, doc: Record<string, unknown>, path: string[]): Declaration[] {
  let node: unknown = doc
  for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  const line = lineOf(text, '\nlicense')
  return typeof node === 'string' ? [{ value: node, ...(line ? { line: line + 1 } : {}) }] : []
}

function fromPyproject(text: string): Read {
  const read = parseToml(text)
  if (!read.ok) return { unread: read.message, ...(read.line ? { line: read.line } : {}) }
  const doc = read.value as { project?: { license?: unknown }; tool?: { poetry?: { license?: unknown } } }
  const license = doc.project?.license
  const line = lineOf(text, '\nlicense')
  const at = line ? { line: line + 1 } : {}
  // PEP 639: a string expression; older: { text = "..." } ({ file = ... } points at a file)
  if (typeof license === 'string') return { values: [{ value: license, ...at }] }
  if (license && typeof license === 'object' && typeof (license as { text?: unknown }).text === 'string') {
    return { values: [{ value: (license as { text: string }).text, ...at }] }
  }
  const poetry = doc.tool?.poetry?.license
  return { values: typeof poetry === 'string' ? [{ value: poetry, ...at }] : [] }
}

const pomParser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: false,
  isArray: (name) => name === 'license',
  maxNestedTags: MAX_NESTING,
})

/** `<licenses><license><name>` of a pom.xml; several are a choice, as Maven's own reports read them. */
function fromPom(text: string): Read {
  let doc: { project?: { licenses?: { license?: { name?: unknown }[] } } }
  try {
    doc = pomParser.parse(text) as typeof doc
  } catch (error) {
    const message = (error as Error).message
    return { unread: /nested tags/i.test(message) ? tooDeepMessage() : (message.split('\n')[0] ?? 'invalid XML') }
  }
  const names = (doc.project?.licenses?.license ?? [])
    .map((l) => l?.name)
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
  const line = lineOf(text, '<licenses>')
  const value = names.length > 1 ? names.map((n) => correct(n) ?? n).join(' OR ') : names[0]
  return { values: value ? [{ value: value.trim(), ...(line ? { line } : {}) }] : [] }
}

function fromPubliccode(text: string): Read {
  const yaml = parseYaml(text)
  const error = yaml.errors[0]
  if (error) return { unread: error.message, line: error.line }
  const license = (yaml.value as { legal?: { license?: unknown } } | null)?.legal?.license
  const line = yaml.lineAt(['legal', 'license'])
  return { values: typeof license === 'string' ? [{ value: license, ...(line ? { line } : {}) }] : [] }
}

function fromGemspec(text: string): Read {
  const single = /\.license\s*=\s*["']([^"'\n]{1,200})["']/.exec(text)
  const list = /\.licenses\s*=\s*\[([^\]\n]{1,500})\]/.exec(text)
  const value = single ? single[1]! : list ? [...list[1]!.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!) : undefined
  const line = lineOf(text, single ? single[0] : (list?.[0] ?? '\0'))
  return { values: value !== undefined ? [{ value, ...(line ? { line } : {}) }] : [] }
}
