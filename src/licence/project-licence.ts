/**
 * Which licence the project is under: its licence files identified against the SPDX list,
 * the licences its manifests declare, and one SPDX expression from both, with the reason
 * for how it was decided. Memoised per snapshot: the check, the report and publiccode use it.
 */
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import correct from 'spdx-correct'
import { declaredLicence } from './declared.js'
import { XMLParser } from 'fast-xml-parser'
import type { Snapshot, Entry } from '../core/snapshot.js'
import { formatBytes, oncePerSnapshot } from '../core/snapshot.js'
import { leaves, parseLicenceExpression } from './expression.js'
import { extractTags } from './reuse/tags.js'
import { identifyLicenceText, type IdentifyResult } from './text-match.js'

/** A licence text is a few hundred kilobytes at most; a bigger "LICENSE" is not read. */
export const MAX_LICENCE_FILE_BYTES = 1024 * 1024

export interface LicenceFile {
  path: string
  /** The licence(s) it is; several when their texts are the same. Empty when not identified. */
  ids: string[]
  confidence: number
  /** How it was identified. */
  method: 'exact' | 'similar' | 'spdx-identifier' | 'none'
  closest?: IdentifyResult['closest']
  /** For a similar match: what differs from the licence. */
  differences?: string[]
  /** The whole expression when the file gives one (an SPDX-License-Identifier), not only ids. */
  expression?: string
  /** Why it was not read. */
  problem?: string
}

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

export interface ProjectLicence {
  /** One SPDX expression for the project; undefined when nothing says. */
  expression?: string
  /** How the expression was decided. */
  reason: string
  files: LicenceFile[]
  declared: DeclaredLicence[]
  /** Declared licences that the licence files contradict. */
  contradictions: { declared: DeclaredLicence; detected: string }[]
  /** Declared licences that contradict an earlier declaration (package.json MIT, publiccode.yml Apache-2.0). */
  disagreements: { declared: DeclaredLicence; other: DeclaredLicence }[]
}

/** A licence file's name: LICENSE, LICENCE.md, COPYING.LESSER, UNLICENSE, LICENSE-MIT (also read in Go module zips). */
export const LICENCE_FILE = /^(licen[cs]e|copying|unlicen[cs]e)([-._][^/]*)?$/i
const SIDECAR = /\.license$/i
/** Notices about other people's code (LICENSE-THIRD-PARTY, LICENSE-3rdparty.csv) are not the project's licence. */
const THIRD_PARTY = /third|3rd|party|notice|vendor|depend|bundled/i

/** Licence files at the root (LICENSE, LICENSE-MIT, COPYING.LESSER, UNLICENSE) and in LICENSES/. */
export function licenceFiles(repo: Snapshot): Entry[] {
  return repo.files.filter((e) => {
    if (e.kind === 'submodule' || SIDECAR.test(e.path)) return false
    if (!e.path.includes('/')) return LICENCE_FILE.test(e.path) && !THIRD_PARTY.test(e.path)
    return /^LICENSES\/[^/]+$/.test(e.path)
  })
}

export const detectProjectLicence: (repo: Snapshot) => Promise<ProjectLicence> = oncePerSnapshot((repo) => detect(repo))

async function detect(repo: Snapshot): Promise<ProjectLicence> {
  const declared = await declaredLicences(repo)
  const declaredIds = new Set(declared.flatMap((d) => idsOf(d.expression)))
  const files: LicenceFile[] = []
  for (const entry of licenceFiles(repo)) files.push(await identifyFile(repo, entry.path, declaredIds))
  return combine(files, declared)
}

async function identifyFile(repo: Snapshot, path: string, declaredIds: Set<string>): Promise<LicenceFile> {
  const read = await repo.readText(path, { maxBytes: MAX_LICENCE_FILE_BYTES })
  if (!read.ok) {
    const problem =
      read.reason === 'too-large'
        ? `${path} is ${formatBytes(repo.get(path)?.size ?? 0)}, too large to be a licence text (at most ${formatBytes(MAX_LICENCE_FILE_BYTES)} are read)`
        : read.message
    return { path, ids: [], confidence: 0, method: 'none', problem }
  }
  // a short file that is only a tag, read as the REUSE lint reads tags (comment endings removed)
  const tag = read.text.length <= 2000 && read.text.trim().split(/\s+/).length <= 40 ? extractTags(read.text).expressions[0] : undefined
  if (tag) {
    const parsed = parseLicenceExpression(tag.value)
    if (parsed.ok) {
      const expression = upgradeDeprecated(parsed.normalised)
      return { path, ids: idsOf(expression), expression, confidence: 1, method: 'spdx-identifier' }
    }
    return { path, ids: [], confidence: 0, method: 'none', problem: `${path}: SPDX-License-Identifier: ${parsed.message}` }
  }
  const result = identifyLicenceText(read.text)
  // a "closest" licence that shares fewer than half its words says nothing
  const closest = result.closest && result.closest.confidence >= 0.5 ? { closest: result.closest } : {}
  if (!result.match) return { path, ids: [], confidence: 0, method: 'none', ...closest }
  // texts that are the same (GPL-3.0-only and -or-later): what the manifests declare decides, else the text's own order
  // the text alone cannot say "or later": the -only reading claims less, so it comes first
  const ids = [...result.match.ids].sort((a, b) => Number(b.endsWith('-only')) - Number(a.endsWith('-only')))
  const preferred = ids.filter((id) => declaredIds.has(id))
  return {
    path,
    ids: preferred.length ? preferred : ids,
    confidence: result.match.confidence,
    method: result.match.exact ? 'exact' : 'similar',
    ...(result.match.differences?.length ? { differences: result.match.differences } : {}),
  }
}

function idsOf(expression: string | undefined): string[] {
  if (!expression) return []
  const parsed = parseLicenceExpression(expression)
  return parsed.ok ? leaves(parsed.ast).map((l) => l.license) : []
}

/** GPL-3.0-only and -or-later have one text: "GPL-3.0" names the pair when only the text speaks. */
function family(id: string): string {
  return id.replace(/-(only|or-later)$/, '').replace(/\+$/, '')
}

/**
 * One expression from the files and the manifests:
 *  - a declared expression naming the same licences as the files wins (it says AND or OR);
 *  - otherwise several licence files at the root are a choice (LICENSE-MIT + LICENSE-APACHE:
 *    MIT OR Apache-2.0), except the LGPL, whose COPYING.LESSER comes with the GPL's COPYING;
 *  - LICENSES/ alone (REUSE) holds the licences of different files: all apply (AND).
 * A declared licence naming other licences than the files is a contradiction.
 */
function combine(files: LicenceFile[], declared: DeclaredLicence[]): ProjectLicence {
  const identified = files.filter((f) => f.ids.length > 0)
  const root = identified.filter((f) => !f.path.includes('/'))
  const folder = identified.filter((f) => f.path.includes('/'))
  const fileIds = [...new Set((root.length ? root : folder).map((f) => f.expression ?? f.ids[0]!))]
  const families = new Set(identified.flatMap((f) => f.ids.map(family)))
  const fileLeaves = fileIds.flatMap((e) => idsOf(e))
  const contradictions: ProjectLicence['contradictions'] = []
  const detectedText = fileIds.join(', ')
  for (const d of declared) {
    if (!d.expression || identified.length === 0) continue
    const named = idsOf(d.expression)
    if (named.some((id) => !families.has(family(id)) && !isLgplCompanion(id, families)))
      contradictions.push({ declared: d, detected: detectedText })
  }
  // declarations that name other licences than an earlier one (-only and -or-later differ)
  const firstDeclared = declared.find((d) => d.expression)
  const disagreements: ProjectLicence['disagreements'] = []
  for (const d of declared) {
    if (!d.expression || !firstDeclared || d === firstDeclared) continue
    if (sameLicences(d.expression, firstDeclared.expression!)) continue
    disagreements.push({ declared: d, other: firstDeclared })
  }
  const agreeing = declared.find(
    (d) => d.expression && !contradictions.some((c) => c.declared === d) && coversAll(idsOf(d.expression), fileLeaves),
  )

  if (agreeing?.expression) {
    return {
      expression: agreeing.expression,
      reason: `declared in ${agreeing.source} and matching ${identified.map((f) => f.path).join(', ')}`,
      files,
      declared,
      contradictions,
      disagreements,
    }
  }
  if (fileIds.length === 0) {
    const first = declared.find((d) => d.expression)
    return first?.expression
      ? {
          expression: first.expression,
          reason: `declared in ${first.source}; no licence file says so`,
          files,
          declared,
          contradictions,
          disagreements,
        }
      : {
          reason: files.length ? 'no licence file could be identified' : 'no licence file and no declared licence',
          disagreements,
          files,
          declared,
          contradictions,
        }
  }
  const lgpl = fileIds.filter((id) => /^LGPL-/.test(id))
  if (lgpl.length === 1 && fileIds.length === 2 && fileIds.some((id) => /^GPL-[23]\.0/.test(id))) {
    return {
      expression: lgpl[0]!,
      reason: 'the LGPL comes with the GPL text beside it (COPYING.LESSER or COPYING.LIB beside COPYING), not as a second licence',
      files,
      declared,
      contradictions,
      disagreements,
    }
  }
  if (fileIds.length === 1) {
    const file = identified.find((f) => (f.expression ?? f.ids[0]) === fileIds[0])!
    const ambiguous =
      !file.expression && file.ids.length > 1
        ? `; the text is also that of ${file.ids.slice(1).join(', ')}, and nothing declares which`
        : ''
    return { expression: fileIds[0]!, reason: `identified in ${file.path}${ambiguous}`, files, declared, contradictions, disagreements }
  }
  if (root.length) {
    return {
      expression: fileIds.join(' OR '),
      reason: `several licence files at the root are read as a choice (dual licensing): ${root.map((f) => f.path).join(', ')}; declare the expression in a manifest to say otherwise`,
      files,
      declared,
      contradictions,
      disagreements,
    }
  }
  return {
    expression: fileIds.join(' AND '),
    reason: 'the licences in LICENSES/ apply to different files, so all of them apply to the project',
    files,
    declared,
    contradictions,
    disagreements,
  }
}

/** Same licences, in any order and grouping: MIT OR Apache-2.0 is (Apache-2.0 OR MIT). */
function sameLicences(a: string, b: string): boolean {
  const key = (e: string) => [...new Set(idsOf(e))].sort().join(' ')
  return key(a) === key(b)
}

function isLgplCompanion(id: string, families: Set<string>): boolean {
  return /^LGPL-/.test(id) && (families.has('GPL-3.0') || families.has('GPL-2.0'))
}

/** Deprecated ids in a tag read as their successors: GPL-2.0+ is GPL-2.0-or-later. */
function upgradeDeprecated(expression: string): string {
  return expression
    .replace(/\b((?:A|L)?GPL-[123]\.[01]|GFDL-1\.[123])\+/g, '$1-or-later')
    .replace(/\b((?:A|L)?GPL-[123]\.[01]|GFDL-1\.[123])\b(?!-|\+)/g, '$1-only')
}

function coversAll(named: string[], fileIds: string[]): boolean {
  const families = new Set(named.map(family))
  return fileIds.length > 0 && fileIds.every((id) => families.has(family(id)))
}

// ---------------------------------------------------------------------------------------------
// Declared licences. Manifests are parsed as data; nothing in them is executed (a gemspec is
// Ruby: only its `license = "..."` assignments are read).

async function declaredLicences(repo: Snapshot): Promise<DeclaredLicence[]> {
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
