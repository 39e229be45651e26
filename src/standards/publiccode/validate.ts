/**
 * A validator of publiccode.yml (the standard's versions 0.2 to 0.7): keys, types, allowed
 * values, lengths, dates, SPDX expression, BCP 47 tags, country codes, URLs, emails, MIME
 * types, `supports` aliases and URIs, maintenance rules by type, and deprecated keys as
 * warnings. Like the reference parser (italia/publiccode-parser-go), every 0.x version is
 * checked with the current rules, and older versions get a warning. Every problem carries
 * the key, the line and the column.
 */
import parseSpdx from 'spdx-expression-parse'
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml'
import { MAX_ALIASES } from '../../core/yaml-source.js'
import {
  CATEGORIES,
  COUNTRIES,
  DEVELOPMENT_STATUS,
  LATEST_VERSIONS,
  MAINTENANCE_TYPES,
  SCOPES,
  SOFTWARE_TYPES,
  SUPPORTED_VERSIONS,
  SUPPORT_ALIASES,
} from './vocabulary.js'

export interface PublicCodeIssue {
  severity: 'error' | 'warning'
  key: string
  message: string
  line: number
  column: number
}

export interface PublicCodeResult {
  version?: string
  errors: PublicCodeIssue[]
  warnings: PublicCodeIssue[]
  /** The document as plain data, when it parsed. */
  value?: Record<string, unknown>
}

type Format = 'date' | 'url' | 'http' | 'email' | 'spdx' | 'bcp47' | 'country' | 'mime' | 'path' | 'uri' | 'support' | 'category' | 'scope'

interface Rule {
  type: 'string' | 'bool' | 'list' | 'object' | 'map' | 'string-or-list'
  required?: boolean
  enum?: string[]
  min?: number
  max?: number
  format?: Format
  /** For lists: at least one item. */
  nonEmpty?: boolean
  items?: Rule
  fields?: Record<string, Rule>
  /** For maps (description): the rule of each value, and the format of each key. */
  values?: Rule
  keyFormat?: Format
  deprecated?: string
  /** File extensions allowed for a path (logo, screenshots). */
  extensions?: string[]
}

const DROP = "This key is DEPRECATED and will be removed in the future. It's safe to drop it"
const str = (extra: Partial<Rule> = {}): Rule => ({ type: 'string', ...extra })
const list = (items: Rule, extra: Partial<Rule> = {}): Rule => ({ type: 'list', items, ...extra })
const obj = (fields: Record<string, Rule>, extra: Partial<Rule> = {}): Rule => ({ type: 'object', fields, ...extra })

const CONTACT = obj({ name: str({ required: true }), email: str({ format: 'email' }), phone: str(), affiliation: str() })
const CONTRACTOR = obj({
  name: str({ required: true }),
  until: str({ required: true, format: 'date' }),
  email: str({ format: 'email' }),
  website: str({ format: 'http' }),
})
const DEPENDENCY = obj({ name: str({ required: true }), versionMin: str(), versionMax: str(), version: str(), optional: { type: 'bool' } })
const ORGANISATION = obj({ uri: str({ format: 'uri' }), name: str() })
const IMAGE = ['.svg', '.svgz', '.png']
const ITALY = obj({
  countryExtensionVersion: str({ enum: ['0.2', '1.0'] }),
  conforme: obj(
    {
      lineeGuidaDesign: { type: 'bool' },
      modelloInteroperabilita: { type: 'bool' },
      misureMinimeSicurezza: { type: 'bool' },
      gdpr: { type: 'bool' },
    },
    { deprecated: DROP },
  ),
  piattaforme: obj({
    spid: { type: 'bool' },
    cie: { type: 'bool' },
    anpr: { type: 'bool' },
    pagopa: { type: 'bool' },
    io: { type: 'bool' },
  }),
  riuso: obj({
    codiceIPA: str({ deprecated: "This key is DEPRECATED and will be removed in the future. Use 'organisation.uri' instead" }),
  }),
})

const SCHEMA: Rule = obj({
  publiccodeYmlVersion: str({ required: true }),
  name: str({ required: true, min: 1 }),
  applicationSuite: str(),
  url: str({ required: true, format: 'url' }),
  landingURL: str({ format: 'http' }),
  isBasedOn: { type: 'string-or-list', format: 'url' },
  softwareVersion: str(),
  releaseDate: str({ format: 'date' }),
  logo: str({ format: 'path', extensions: IMAGE }),
  monochromeLogo: str({
    format: 'path',
    extensions: IMAGE,
    deprecated: "This key is DEPRECATED and will be removed in the future. Use 'logo' instead",
  }),
  inputTypes: list(str({ format: 'mime' }), { deprecated: DROP }),
  outputTypes: list(str({ format: 'mime' }), { deprecated: DROP }),
  platforms: list(str(), { required: true, nonEmpty: true }),
  categories: list(str({ format: 'category' })),
  usedBy: list(str()),
  fundedBy: list(ORGANISATION),
  roadmap: str({ format: 'http' }),
  developmentStatus: str({ required: true, enum: DEVELOPMENT_STATUS }),
  softwareType: str({ required: true, enum: SOFTWARE_TYPES }),
  supports: list(obj({ id: str({ required: true, format: 'support' }) })),
  organisation: obj({ uri: str({ required: true, format: 'uri' }), name: str() }),
  intendedAudience: obj({
    countries: list(str({ format: 'country' })),
    unsupportedCountries: list(str({ format: 'country' })),
    scope: list(str({ format: 'scope' })),
  }),
  description: {
    type: 'map',
    required: true,
    keyFormat: 'bcp47',
    values: obj({
      localisedName: str(),
      genericName: str({ max: 35, deprecated: DROP }),
      shortDescription: str({ required: true, max: 150 }),
      longDescription: str({ required: true, min: 150, max: 10000 }),
      documentation: str({ format: 'http' }),
      apiDocumentation: str({ format: 'http' }),
      features: list(str(), { required: true, nonEmpty: true }),
      screenshots: list(str({ format: 'path', extensions: ['.jpg', '.png'] })),
      videos: list(str({ format: 'http' })),
      awards: list(str()),
    }),
  },
  legal: obj(
    {
      license: str({ required: true, format: 'spdx' }),
      mainCopyrightOwner: str(),
      repoOwner: str({ deprecated: "This key is DEPRECATED and will be removed in the future. Use 'organisation.name' instead" }),
      authorsFile: str({ format: 'path', deprecated: DROP }),
    },
    { required: true },
  ),
  maintenance: obj(
    { type: str({ required: true, enum: MAINTENANCE_TYPES }), contractors: list(CONTRACTOR), contacts: list(CONTACT) },
    { required: true },
  ),
  localisation: obj(
    {
      localisationReady: { type: 'bool', required: true },
      availableLanguages: list(str({ format: 'bcp47' }), { required: true, nonEmpty: true }),
    },
    { required: true },
  ),
  dependsOn: obj({ open: list(DEPENDENCY), proprietary: list(DEPENDENCY), hardware: list(DEPENDENCY) }),
  IT: ITALY,
  it: { ...ITALY, deprecated: "Lowercase country codes are DEPRECATED and will be removed in the future. Use 'IT' instead" },
})

const MIME = /^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})\/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$/
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' })
/** Lengths are counted in grapheme clusters, as the reference parser does. */
const length = (s: string) => [...segmenter.segment(s)].length

export function isBcp47(tag: string): boolean {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return false
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)
}

function urlOf(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

/** A problem with a value's format, or undefined when it is fine. `field` is the key's last segment. */
function formatProblem(format: Format, value: string, field: string): string | undefined {
  switch (format) {
    case 'date':
      return isDate(value) ? undefined : `${field} must be a date with format 'YYYY-MM-DD'`
    case 'url':
      return urlOf(value)?.protocol ? undefined : `${field} must be a valid URL`
    case 'http': {
      const u = urlOf(value)
      return u && (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? undefined : `${field} must be an HTTP URL`
    }
    case 'email':
      return EMAIL.test(value) ? undefined : `${field} must be a valid email address`
    case 'spdx':
      try {
        parseSpdx(value)
        return undefined
      } catch {
        return `${field} must be a valid license (see https://spdx.org/licenses)`
      }
    case 'bcp47':
      return isBcp47(value) ? undefined : `${field} must be a valid BCP 47 language`
    case 'country':
      return COUNTRIES.has(value.toUpperCase()) && (value === value.toUpperCase() || value === value.toLowerCase())
        ? undefined
        : `${field} must be a valid ISO 3166-1 alpha-2 two-letter country code`
    case 'mime':
      return MIME.test(value) ? undefined : `${field} is not a valid MIME type`
    case 'path':
      if (value.startsWith('/')) return `${field} is an absolute path. Only relative paths or HTTP(s) URLs allowed`
      if (/^file:/i.test(value)) return `${field} is a file:// URL. Only relative paths or HTTP(s) URLs allowed`
      return undefined
    case 'uri': {
      const u = urlOf(value)
      if (!u) return `${field} is not a valid URI`
      if (u.protocol === 'urn:') return /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/i.test(value) ? undefined : `${field} is not a valid URI`
      return u.hostname ? undefined : `${field} is not a valid URI`
    }
    case 'support': {
      if (value.startsWith('alias:'))
        return SUPPORT_ALIASES.includes(value.slice(6))
          ? undefined
          : `${field}: unknown alias '${value.slice(6)}' (known: ${SUPPORT_ALIASES.join(', ')})`
      return formatProblem('uri', value, field)
    }
    case 'category':
      return CATEGORIES.has(value)
        ? undefined
        : `${field} must be a valid category (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/categories-list.rst)`
    case 'scope':
      return SCOPES.has(value)
        ? undefined
        : `${field} must be a valid scope (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/scope-list.rst)`
  }
}

const MAX_ISSUES = 200

export function validatePublicCode(text: string): PublicCodeResult {
  const counter = new LineCounter()
  const errors: PublicCodeIssue[] = []
  const warnings: PublicCodeIssue[] = []
  const pos = (node: { range?: [number, number, number] | null } | null | undefined) => {
    const p = counter.linePos(node?.range?.[0] ?? 0)
    return { line: p.line, column: p.col }
  }
  const add = (severity: 'error' | 'warning', key: string, message: string, node?: { range?: [number, number, number] | null } | null) => {
    const target = severity === 'error' ? errors : warnings
    if (target.length < MAX_ISSUES) target.push({ severity, key, message, ...pos(node) })
  }
  const docs = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, version: '1.2' })
  const list = Array.isArray(docs) ? docs : [docs]
  if (list.length > 1) {
    add('error', '', 'multiple YAML documents in one file are not supported', list[1]!.contents)
    return { errors, warnings }
  }
  const doc = list[0]
  if (!doc || doc.contents === null) {
    add('error', 'publiccodeYmlVersion', 'publiccodeYmlVersion is a required field')
    return { errors, warnings }
  }
  for (const e of doc.errors.slice(0, MAX_ISSUES)) {
    const p = counter.linePos(e.pos[0])
    errors.push({ severity: 'error', key: '', message: e.message.split('\n')[0] ?? e.message, line: p.line, column: p.col })
  }
  if (errors.length) return { errors, warnings }
  let value: Record<string, unknown>
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>
  } catch (error) {
    add('error', '', `invalid YAML: ${(error as Error).message.split('\n')[0]}`, doc.contents)
    return { errors, warnings }
  }
  if (!isMap(doc.contents)) {
    add('error', '', 'the document must be a mapping of keys to values', doc.contents)
    return { errors, warnings }
  }

  const root = doc.contents as YAMLMap
  const versionNode = pairOf(root, 'publiccodeYmlVersion')?.value as YamlNode | undefined
  let version: string | undefined
  if (!versionNode) add('error', 'publiccodeYmlVersion', 'publiccodeYmlVersion is a required field', root)
  else if (!isScalar(versionNode) || typeof versionNode.value !== 'string') {
    add('error', 'publiccodeYmlVersion', 'wrong type for this field (quote the version: "0.5")', versionNode)
  } else if (!SUPPORTED_VERSIONS.includes(versionNode.value)) {
    add(
      'error',
      'publiccodeYmlVersion',
      `unsupported version: '${versionNode.value}'. Supported versions: ${SUPPORTED_VERSIONS.join(', ')}`,
      versionNode,
    )
  } else {
    version = versionNode.value
    if (!LATEST_VERSIONS.includes(version))
      add('warning', 'publiccodeYmlVersion', `v${version} is not the latest version, use '0'. Parsing this file as v0.5.`, versionNode)
  }

  walk(root, SCHEMA, '', add, doc)

  // rules across keys
  const maintenance = pairOf(root, 'maintenance')?.value
  if (isMap(maintenance)) {
    const type = scalarValue(pairOf(maintenance, 'type')?.value)
    const contractors = pairOf(maintenance, 'contractors')
    const contacts = pairOf(maintenance, 'contacts')
    if (type === 'contract' && !contractors)
      add('error', 'maintenance.contractors', 'contractors is a required field when "type" is "contract"', maintenance)
    if (type !== 'contract' && contractors)
      add('error', 'maintenance.contractors', 'contractors must not be present unless "type" is "contract"', contractors.key as YamlNode)
    if ((type === 'internal' || type === 'community') && !contacts) {
      add('error', 'maintenance.contacts', `contacts is a required field when "type" is "${type}"`, maintenance)
    }
  }
  if (pairOf(root, 'it') && pairOf(root, 'IT'))
    add('error', 'it', "'IT' key already present. Remove this key", pairOf(root, 'it')!.key as YamlNode)
  for (const key of ['countries', 'unsupportedCountries']) {
    const seq = isMap(pairOf(root, 'intendedAudience')?.value)
      ? pairOf(pairOf(root, 'intendedAudience')!.value as YAMLMap, key)?.value
      : undefined
    if (!isSeq(seq)) continue
    seq.items.forEach((item, i) => {
      const v = scalarValue(item)
      if (typeof v === 'string' && v === v.toLowerCase() && COUNTRIES.has(v.toUpperCase())) {
        add(
          'warning',
          `intendedAudience.${key}[${i}]`,
          `Lowercase country codes are DEPRECATED. Use uppercase instead ('${v.toUpperCase()}')`,
          item as YamlNode,
        )
      }
    })
  }
  return { ...(version ? { version } : {}), errors: sortIssues(errors), warnings: sortIssues(warnings), value }
}

function sortIssues(issues: PublicCodeIssue[]): PublicCodeIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.column - b.column || (a.key < b.key ? -1 : 1))
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined
}

type Add = (severity: 'error' | 'warning', key: string, message: string, node?: { range?: [number, number, number] | null } | null) => void

function walk(input: unknown, rule: Rule, path: string, add: Add, doc: Document): void {
  // an alias stands for the node it names
  const node = isAlias(input) ? (input.resolve(doc) ?? input) : input
  const field = path.split('.').pop() ?? path
  const at = node as YamlNode
  // an optional key left empty is as if absent
  if (!rule.required && isScalar(node) && node.value === null) return
  if (rule.type === 'object' || rule.type === 'map') {
    if (!isMap(node)) return add('error', path, `${field}: wrong type for this field (expected a mapping)`, at)
    const seen = new Set<string>()
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      seen.add(key)
      const childPath = path ? `${path}.${key}` : key
      if (rule.type === 'map') {
        if (rule.keyFormat) {
          const problem = formatProblem(rule.keyFormat, key, field)
          if (problem) add('error', path, `${problem} ('${key}')`, pair.key as YamlNode)
        }
        walk(pair.value, rule.values!, childPath, add, doc)
        continue
      }
      const child = rule.fields![key]
      if (!child) {
        add('error', childPath, `field ${childPath} not found in the publiccode.yml standard`, pair.key as YamlNode)
        continue
      }
      if (child.deprecated && !(isScalar(pair.value) && (pair.value.value === '' || pair.value.value === null)))
        add('warning', childPath, child.deprecated, pair.key as YamlNode)
      walk(pair.value, child, childPath, add, doc)
    }
    if (rule.type === 'map' && node.items.length === 0) add('error', path, `${field} must contain at least one language`, at)
    if (rule.type === 'object') {
      for (const [key, child] of Object.entries(rule.fields!)) {
        if (child.required && !seen.has(key) && key !== 'publiccodeYmlVersion')
          add('error', path ? `${path}.${key}` : key, `${key} is a required field`, at)
      }
    }
    return
  }
  if (rule.type === 'list' || rule.type === 'string-or-list') {
    if (rule.type === 'string-or-list' && isScalar(node) && typeof node.value === 'string')
      return walk(node, { ...rule, type: 'string' }, `${path}[0]`, add, doc)
    if (!isSeq(node)) return add('error', path, `${field}: wrong type for this field (expected a list)`, at)
    if (rule.nonEmpty && node.items.length === 0) add('error', path, `${field} must contain more than 0 items`, at)
    const items = rule.items ?? { type: 'string', ...(rule.format ? { format: rule.format } : {}) }
    node.items.forEach((item, i) => walk(item, items, `${path}[${i}]`, add, doc))
    return
  }
  if (rule.type === 'bool') {
    if (!isScalar(node) || typeof node.value !== 'boolean') {
      const hint =
        isScalar(node) && typeof node.value === 'string' && /^(yes|no|on|off|y|n)$/i.test(node.value)
          ? ` ("${node.value}" is a string in YAML 1.2: write true or false)`
          : ''
      add('error', path, `${field}: wrong type for this field (expected true or false)${hint}`, at)
    }
    return
  }
  // string
  if (!isScalar(node) || typeof node.value !== 'string') {
    return add(
      'error',
      path,
      `${field}: wrong type for this field (expected a string${isScalar(node) && typeof node.value === 'number' ? '; quote numbers' : ''})`,
      at,
    )
  }
  const value = node.value
  if (rule.enum && !rule.enum.includes(value))
    add('error', path, `${field} must be one of the following: ${rule.enum.map((e) => `"${e}"`).join(', ')}`, at)
  if (rule.min !== undefined && length(value) < rule.min)
    add('error', path, `${field} must be at least ${rule.min} characters in length`, at)
  if (rule.max !== undefined && length(value) > rule.max)
    add('error', path, `${field} must be a maximum of ${rule.max} characters in length`, at)
  if (rule.format) {
    const problem = formatProblem(rule.format, value, field)
    if (problem) add('error', path, problem, at)
  }
  if (rule.extensions && rule.format === 'path' && !rule.extensions.some((e) => value.toLowerCase().endsWith(e))) {
    add('error', path, `invalid file extension for: ${value} (use ${rule.extensions.join(', ')})`, at)
  }
}
