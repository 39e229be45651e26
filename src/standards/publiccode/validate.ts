/**
 * A validator of publiccode.yml (the standard's versions 0.2 to 0.7): keys, types, allowed
 * values, lengths, dates, SPDX expression, BCP 47 tags (against the IANA registry), country
 * codes, URLs, emails, MIME types, `supports` aliases and URIs, organisation URIs (iPA codes
 * against their list), oEmbed video URLs, maintenance rules by type, and deprecated keys as
 * warnings. Like the reference parser (italia/publiccode-parser-go), every 0.x version is
 * checked with the current rules, and older versions get a warning. Every problem carries
 * the key, the line and the column. The files the document names (logo, screenshots, authors
 * file) are listed in the result for the caller to check (referenced-files.ts): this module
 * reads no file.
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
import { MAX_ALIASES, yamlErrors, yamlValue } from '../../core/yaml-source.js'
import { isIpaCode } from './ipa.js'
import { isValidLanguageTag } from './language-tag.js'
import { isOembedUrl } from './oembed.js'
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

/** A file the document names by a relative path or a URL: the logo, a screenshot, the authors file. */
export interface ReferencedFile {
  key: string
  /** As written in the document. */
  value: string
  kind: 'logo' | 'screenshot' | 'authors'
  /** An http(s) URL rather than a path in the repository. */
  remote: boolean
  line: number
  column: number
}

export interface PublicCodeResult {
  version?: string
  errors: PublicCodeIssue[]
  warnings: PublicCodeIssue[]
  /** The document as plain data, when it parsed (numbers in text fields read as their text, as the reference parser reads them). */
  value?: Record<string, unknown>
  /** The files it names whose path or URL is well formed, in document order. */
  files: ReferencedFile[]
}

type Format =
  | 'date'
  | 'url'
  | 'http'
  | 'email'
  | 'spdx'
  | 'bcp47'
  | 'country'
  | 'mime'
  | 'path'
  | 'uri'
  | 'organisation'
  | 'ipa'
  | 'oembed'
  | 'support'
  | 'category'
  | 'scope'

interface Rule {
  type: 'string' | 'bool' | 'list' | 'object' | 'map' | 'string-or-list'
  required?: boolean
  enum?: string[]
  min?: number
  max?: number
  /** Each format's problem is reported (a video URL can be both not HTTP and not oEmbed). */
  format?: Format | Format[]
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
  /** For a path: what the file is. */
  file?: ReferencedFile['kind']
  /** A deprecation warning given only when the value itself is valid (IT.riuso.codiceIPA). */
  deprecatedWhenValid?: (value: string) => string
}

const DROP = "This key is DEPRECATED and will be removed in the future. It's safe to drop it"
const str = (extra: Partial<Rule> = {}): Rule => ({ type: 'string', ...extra })
const list = (items: Rule, extra: Partial<Rule> = {}): Rule => ({ type: 'list', items, ...extra })
const obj = (fields: Record<string, Rule>, extra: Partial<Rule> = {}): Rule => ({ type: 'object', fields, ...extra })

// a phone number written without quotes (+391624231322) is a number in YAML; it is read as its text, as in the reference parser
const CONTACT = obj({ name: str({ required: true }), email: str({ format: 'email' }), phone: str(), affiliation: str() })
const CONTRACTOR = obj({
  name: str({ required: true }),
  until: str({ required: true, format: 'date' }),
  email: str({ format: 'email' }),
  website: str({ format: 'http' }),
})
const DEPENDENCY = obj({ name: str({ required: true }), versionMin: str(), versionMax: str(), version: str(), optional: { type: 'bool' } })
const ORGANISATION = obj({ uri: str({ required: true, format: 'organisation' }), name: str() })
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
    codiceIPA: str({
      format: 'ipa',
      deprecatedWhenValid: (code) =>
        `This key is DEPRECATED and will be removed in the future. Use 'organisation.uri' and set it to 'urn:x-italian-pa:${code}' instead`,
    }),
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
  logo: str({ format: 'path', extensions: IMAGE, file: 'logo' }),
  monochromeLogo: str({
    format: 'path',
    extensions: IMAGE,
    file: 'logo',
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
  organisation: ORGANISATION,
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
      screenshots: list(str({ format: 'path', extensions: ['.jpg', '.png'], file: 'screenshot' })),
      videos: list(str({ format: ['http', 'oembed'] })),
      awards: list(str()),
    }),
  },
  legal: obj(
    {
      license: str({ required: true, format: 'spdx' }),
      mainCopyrightOwner: str(),
      repoOwner: str({ deprecated: "This key is DEPRECATED and will be removed in the future. Use 'organisation.name' instead" }),
      authorsFile: str({ format: 'path', file: 'authors', deprecated: DROP }),
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

/** RFC 2141: `urn:`, a namespace id, `:`, and the namespace-specific string. */
const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:(?:[a-z0-9()+,\-.:=@;$_!*'/?#]|%[0-9a-f]{2})+$/i
const ITALIAN_PA = 'urn:x-italian-pa:'
const IPA_SEE = '(see https://github.com/publiccodeyml/italian-organizations-ipa-vocabulary)'

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
      return isValidLanguageTag(value)
        ? undefined
        : `${field} must be a valid BCP 47 language ('${value}' is not a tag made of subtags of the IANA Language Subtag Registry, such as en, en-GB, pt-BR)`
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
      if (u.protocol === 'urn:') return URN.test(value) ? undefined : `${field} is not a valid URI`
      return u.hostname ? undefined : `${field} is not a valid URI`
    }
    case 'organisation': {
      // an Italian public administration is named by its iPA code, which must be on the list
      const italian = value.toLowerCase().startsWith(ITALIAN_PA)
      if (!formatProblem('uri', value, field) && (!italian || isIpaCode(value.slice(ITALIAN_PA.length)))) return undefined
      return value.startsWith(ITALIAN_PA)
        ? `${field} must be a valid Italian Public Administration Code (iPA) with format '${ITALIAN_PA}[codiceIPA]' ${IPA_SEE}`
        : `${field} is not a valid URI`
    }
    case 'ipa':
      return isIpaCode(value) ? undefined : `${field} must be a valid Italian Public Administration Code (iPA) ${IPA_SEE}`
    case 'oembed':
      return isOembedUrl(value)
        ? undefined
        : `'${value}' is not a valid video URL supporting oEmbed: not a URL of a known oEmbed provider (https://oembed.com/providers.json)`
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
    return { errors, warnings, files: [] }
  }
  const doc = list[0]
  if (!doc || doc.contents === null) {
    add('error', 'publiccodeYmlVersion', 'publiccodeYmlVersion is a required field')
    return { errors, warnings, files: [] }
  }
  for (const e of yamlErrors(doc.errors).slice(0, MAX_ISSUES)) {
    const p = counter.linePos(e.offset)
    errors.push({ severity: 'error', key: '', message: e.message, line: p.line, column: p.col })
  }
  if (errors.length) return { errors, warnings, files: [] }
  // first of all: an alias bomb or a document nested thousands deep must fail here, before the walk follows aliases
  const read = yamlValue(doc)
  if (!read.ok) {
    const p = counter.linePos(read.offset ?? doc.contents.range?.[0] ?? 0)
    errors.push({ severity: 'error', key: '', message: `invalid YAML: ${read.message}`, line: p.line, column: p.col })
    return { errors, warnings, files: [] }
  }
  if (!isMap(doc.contents)) {
    add('error', '', 'the document must be a mapping of keys to values', doc.contents)
    return { errors, warnings, files: [] }
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
      add('warning', 'publiccodeYmlVersion', `v${version} is not the latest version, use '0'. Parsing this file as v0.7.`, versionNode)
  }

  const files: ReferencedFile[] = []
  walk(root, SCHEMA, '', { add, doc, files, pos })
  // after the walk, which reads numbers in text fields as their text
  const value = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>

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
  return { ...(version ? { version } : {}), errors: sortIssues(errors), warnings: sortIssues(warnings), value, files }
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

interface Walk {
  add: Add
  doc: Document
  files: ReferencedFile[]
  pos: (node: { range?: [number, number, number] | null } | null | undefined) => { line: number; column: number }
}

function walk(input: unknown, rule: Rule, path: string, w: Walk): void {
  const { add, doc } = w
  // an alias stands for the node it names
  const node = isAlias(input) ? (input.resolve(doc) ?? input) : input
  const field = path.split('.').pop() ?? path
  const at = node as YamlNode
  // an optional key left empty is as if absent; a mandatory one is missing
  if (isScalar(node) && node.value === null) return rule.required ? add('error', path, `${field} is a required field`, at) : undefined
  if (rule.type === 'object' || rule.type === 'map') {
    if (!isMap(node)) return add('error', path, `${field}: wrong type for this field (expected a mapping)`, at)
    const seen = new Set<string>()
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      seen.add(key)
      // its type and value are checked first of all (validatePublicCode)
      if (!path && key === 'publiccodeYmlVersion') continue
      const childPath = path ? `${path}.${key}` : key
      if (rule.type === 'map') {
        if (rule.keyFormat) {
          const problem = formatProblem(rule.keyFormat, key, field)
          if (problem) add('error', path, problem, pair.key as YamlNode)
        }
        walk(pair.value, rule.values!, childPath, w)
        continue
      }
      const child = rule.fields![key]
      if (!child) {
        add('error', childPath, `field ${childPath} not found in the publiccode.yml standard`, pair.key as YamlNode)
        continue
      }
      if (child.deprecated && !(isScalar(pair.value) && (pair.value.value === '' || pair.value.value === null)))
        add('warning', childPath, child.deprecated, pair.key as YamlNode)
      walk(pair.value, child, childPath, w)
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
      return walk(node, { ...rule, type: 'string' }, `${path}[0]`, w)
    if (!isSeq(node)) return add('error', path, `${field}: wrong type for this field (expected a list)`, at)
    if (rule.nonEmpty && node.items.length === 0) add('error', path, `${field} must contain more than 0 items`, at)
    const items = rule.items ?? { type: 'string', ...(rule.format ? { format: rule.format } : {}) }
    node.items.forEach((item, i) => walk(item, items, `${path}[${i}]`, w))
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
  if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean' || typeof node.value === 'bigint')) {
    // an unquoted number or boolean (phone: +391624231322) is read as it is written, as the reference parser reads it
    node.value = typeof node.source === 'string' ? node.source : String(node.value)
  }
  if (!isScalar(node) || typeof node.value !== 'string') {
    return add('error', path, `${field}: wrong type for this field (expected a string)`, at)
  }
  const value = node.value
  if (rule.enum && !rule.enum.includes(value))
    add('error', path, `${field} must be one of the following: ${rule.enum.map((e) => `"${e}"`).join(', ')}`, at)
  if (rule.min !== undefined && length(value) < rule.min)
    add('error', path, `${field} must be at least ${rule.min} characters in length`, at)
  if (rule.max !== undefined && length(value) > rule.max)
    add('error', path, `${field} must be a maximum of ${rule.max} characters in length`, at)
  const formats = rule.format === undefined ? [] : Array.isArray(rule.format) ? rule.format : [rule.format]
  let valid = true
  for (const format of formats) {
    const problem = formatProblem(format, value, field)
    if (problem) add('error', path, problem, at)
    valid &&= !problem
  }
  const remote = /^https?:\/\//i.test(value)
  // the extension of a URL is that of its path (logo.png?size=2)
  const name = (remote ? urlOf(value)?.pathname : value)?.toLowerCase() ?? ''
  if (rule.extensions && value !== '' && !rule.extensions.some((e) => name.endsWith(e))) {
    add('error', path, `invalid file extension for: ${value} (use ${rule.extensions.join(', ')})`, at)
    valid = false
  }
  if (valid && rule.deprecatedWhenValid) add('warning', path, rule.deprecatedWhenValid(value), at)
  // a file named by a well-formed path or URL, for the caller to look at
  if (valid && rule.file && value !== '') {
    w.files.push({ key: path, value, kind: rule.file, remote, ...w.pos(at) })
  }
}
