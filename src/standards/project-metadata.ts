/**
 * What a catalogue shows of a project besides its verdicts: its name, one-line description and
 * organisation, as publiccode.yml or the manifests state them (publiccode.yml first: it is
 * written for catalogues), and its programming languages, measured like GitHub's linguist
 * (bytes per language, by file extension) over the files the snapshot lists. Manifests are read
 * as data; one that cannot be read adds nothing (the checks that need it report it).
 */
import { XMLParser } from 'fast-xml-parser'
import * as linguist from 'linguist-languages'
import { parseJson } from '../core/json-source.js'
import { MAX_NESTING } from '../core/nesting.js'
import type { ProjectInfo } from '../core/report.js'
import type { Snapshot } from '../core/snapshot.js'
import { parseToml } from '../core/toml-source.js'
import { parseYaml } from '../core/yaml-source.js'

/** Descriptions are cut to MAX_DESCRIPTION characters; languages are those with at least MIN_LANGUAGE_SHARE of the code, at most MAX_LANGUAGES. */
export type ProjectMetadata = ProjectInfo

export const MAX_DESCRIPTION = 300
const MAX_NAME = 200
export const MAX_LANGUAGES = 5
export const MIN_LANGUAGE_SHARE = 0.02

type Field = 'name' | 'description' | 'organisation'
type Stated = Partial<Record<Field, unknown>>

/** Manifests in the order they are trusted: publiccode.yml is written for catalogues; a manifest for its package registry. */
const READERS: [string, (text: string) => Stated | undefined][] = [
  ['publiccode.yml', fromPubliccode],
  ['publiccode.yaml', fromPubliccode],
  ['package.json', (t) => fromJson(t)],
  ['composer.json', (t) => fromJson(t)],
  ['pyproject.toml', fromPyproject],
  ['Cargo.toml', fromCargo],
  ['pom.xml', fromPom],
]

export async function projectMetadata(repo: Snapshot): Promise<ProjectMetadata> {
  const out: ProjectMetadata = {}
  const sources: NonNullable<ProjectMetadata['sources']> = {}
  for (const [path, read] of READERS) {
    if (!repo.has(path)) continue
    const file = await repo.readText(path)
    if (!file.ok) continue
    let stated: Stated | undefined
    try {
      stated = read(file.text)
    } catch {
      stated = undefined
    }
    if (!stated) continue
    for (const field of ['name', 'description', 'organisation'] as const) {
      if (out[field] !== undefined) continue
      const value = oneLine(stated[field], field === 'description' ? MAX_DESCRIPTION : MAX_NAME)
      if (value === undefined) continue
      out[field] = value
      sources[field] = path
    }
  }
  const languages = languagesOf(repo)
  if (languages.length) {
    out.languages = languages
    sources.languages = 'file extensions'
  }
  if (Object.keys(sources).length) out.sources = sources
  return out
}

/** A stated text as one line of at most `max` characters; nothing for what is not a text or is blank. */
export function oneLine(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim()
  if (!text) return undefined
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined

/** publiccode.yml: name, description.<lang>.shortDescription (English first), organisation.name or legal.repoOwner. */
function fromPubliccode(text: string): Stated | undefined {
  const yaml = parseYaml(text)
  if (yaml.errors.length) return undefined
  const doc = record(yaml.value)
  if (!doc) return undefined
  const descriptions = record(doc.description) ?? {}
  const languages = Object.keys(descriptions).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
  const short = languages.map((l) => record(descriptions[l])?.shortDescription).find((s) => typeof s === 'string' && s.trim())
  const legal = record(doc.legal) ?? {}
  return {
    name: doc.name,
    description: short,
    organisation: record(doc.organisation)?.name ?? legal.repoOwner ?? legal.mainCopyrightOwner,
  }
}

/** English first (en, en-GB, …), then the others alphabetically. */
const rank = (tag: string) => (/^en(-|$)/i.test(tag) ? 0 : 1)

/**
 * package.json and composer.json: name and description (an author is a person, not an
 * organisation). A private package's name is internal (a monorepo's root, "@jest/monorepo").
 */
function fromJson(text: string): Stated | undefined {
  const read = parseJson(text)
  if (!read.ok) return undefined
  const doc = record(read.value)
  return doc ? { name: doc.private === true ? undefined : doc.name, description: doc.description } : undefined
}

/** pyproject.toml: [project] (PEP 621), else [tool.poetry]. */
function fromPyproject(text: string): Stated | undefined {
  const read = parseToml(text)
  if (!read.ok) return undefined
  const project = record(read.value.project) ?? record(record(record(read.value.tool)?.poetry)) ?? {}
  return { name: project.name, description: project.description }
}

/** Cargo.toml: [package], else the workspace's shared [workspace.package] description. */
function fromCargo(text: string): Stated | undefined {
  const read = parseToml(text)
  if (!read.ok) return undefined
  const pkg = record(read.value.package) ?? {}
  const shared = record(record(read.value.workspace)?.package) ?? {}
  return { name: pkg.name, description: pkg.description ?? shared.description }
}

const pomParser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, processEntities: false, maxNestedTags: MAX_NESTING })

/** pom.xml: <name> (else <artifactId>), <description>, <organization><name>. */
function fromPom(text: string): Stated | undefined {
  const project = record(record(pomParser.parse(text) as unknown)?.project)
  if (!project) return undefined
  return {
    name: project.name ?? project.artifactId,
    description: project.description,
    organisation: record(project.organization)?.name,
  }
}

/** Folders whose code is someone else's, as linguist's vendor list names the common ones. */
const VENDORED = /(^|\/)(node_modules|vendor|vendored|third[_-]?party|3rdparty|bower_components|external|extern)\//i

/** linguist's lib/linguist/popular.yml, which its language bar also prefers. */
const POPULAR = new Set([
  'C',
  'C#',
  'C++',
  'CoffeeScript',
  'CSS',
  'Dart',
  'DM',
  'Elixir',
  'Go',
  'Groovy',
  'HTML',
  'Java',
  'JavaScript',
  'Kotlin',
  'Objective-C',
  'Perl',
  'PHP',
  'PowerShell',
  'Python',
  'Ruby',
  'Rust',
  'Scala',
  'Shell',
  'Swift',
  'TypeScript',
])

/** Per extension: its language, or the popular programming languages among which it is ambiguous. */
let byExtension: Map<string, string | string[]> | undefined

/**
 * Extension -> language, from linguist's data (all types: `.md` is Markdown as well as GCC
 * Machine Description). An extension several languages claim goes to the one whose primary
 * extension it is (`.ts` is TypeScript, not XML); of two primaries, to the popular one (`.rs`
 * is Rust, not RenderScript). One that is no language's primary (`.h`: C, C++, Objective-C)
 * keeps its popular candidates, decided per repository (languagesOf). Only programming
 * languages are counted.
 */
function languageOfExtension(): Map<string, string | string[]> {
  if (byExtension) return byExtension
  const claims = new Map<string, { name: string; type: string; primary: boolean }[]>()
  for (const language of Object.values(linguist) as { name: string; type: string; extensions?: readonly string[] }[]) {
    for (const [i, ext] of (language.extensions ?? []).entries()) {
      const key = ext.toLowerCase()
      claims.set(key, [...(claims.get(key) ?? []), { name: language.name, type: language.type, primary: i === 0 }])
    }
  }
  byExtension = new Map()
  for (const [ext, list] of claims) {
    let chosen = list.length === 1 ? list : list.filter((c) => c.primary)
    if (chosen.length > 1) chosen = chosen.filter((c) => POPULAR.has(c.name))
    if (chosen.length === 1) {
      if (chosen[0]!.type === 'programming') byExtension.set(ext, chosen[0]!.name)
    } else if (chosen.length === 0) {
      const candidates = list.filter((c) => c.type === 'programming' && POPULAR.has(c.name)).map((c) => c.name)
      if (candidates.length > 1) byExtension.set(ext, candidates)
    }
  }
  return byExtension
}

/**
 * The programming languages of the listed files, by bytes, as linguist measures them but
 * without its content heuristics: a file of an ambiguous extension (`.h`) counts for the
 * candidate the repository's other files have most of (C beside `.c` files, C++ beside `.cpp`),
 * or for none.
 */
export function languagesOf(repo: Pick<Snapshot, 'files'>): string[] {
  const map = languageOfExtension()
  const bytes = new Map<string, number>()
  const ambiguous: { candidates: string[]; size: number }[] = []
  for (const entry of repo.files) {
    if (entry.kind !== 'file' || VENDORED.test(entry.path)) continue
    const name = entry.path.slice(entry.path.lastIndexOf('/') + 1).toLowerCase()
    // the longest known extension: .d.ts before .ts
    let language: string | string[] | undefined
    for (let dot = name.indexOf('.', 1); dot >= 0 && !language; dot = name.indexOf('.', dot + 1)) language = map.get(name.slice(dot))
    if (!language) continue
    if (Array.isArray(language)) ambiguous.push({ candidates: language, size: entry.size })
    else bytes.set(language, (bytes.get(language) ?? 0) + entry.size)
  }
  const known = new Map(bytes)
  for (const { candidates, size } of ambiguous) {
    const best = candidates.filter((c) => (known.get(c) ?? 0) > 0).sort((a, b) => known.get(b)! - known.get(a)! || (a < b ? -1 : 1))[0]
    if (best) bytes.set(best, bytes.get(best)! + size)
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return []
  return [...bytes]
    .filter(([, n]) => n / total >= MIN_LANGUAGE_SHARE)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, MAX_LANGUAGES)
    .map(([language]) => language)
}
