/**
 * The policy file (`.github/ois-ready.yml` or `.ois-ready.yml`): read, validated against
 * schema/config.schema.json and against the registered checks, and resolved into defaults.
 * Every problem names the file, the line and the key.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node as YamlNode } from 'yaml'
import configSchema from '../../schema/config.schema.json' with { type: 'json' }
import { compileSchema, lazySchema, type SchemaError } from './schema-validator.js'
import { ConfigError, UsageError, type ConfigProblem } from './errors.js'
import type { CheckMeta } from './types.js'
import { yamlErrors, yamlValue } from './yaml-source.js'

export const CONFIG_LOCATIONS = ['.github/ois-ready.yml', '.github/ois-ready.yaml', '.ois-ready.yml', '.ois-ready.yaml']
const MAX_CONFIG_BYTES = 1 << 20

export interface Exemption {
  check: string
  reason: string
  /** Last day on which it applies, YYYY-MM-DD (UTC). */
  expires: string
  line?: number
}

export interface CheckSettings {
  enabled: boolean
  options: Record<string, unknown>
}

export interface Limits {
  maxFileBytes: number
  checkTimeoutSeconds: number
  concurrency: number
}

export interface Config {
  /** Where the config came from (relative to the repository when inside it); undefined for the built-in defaults. */
  file?: string
  checks: Record<string, CheckSettings>
  exclude: string[]
  /** SBOM settings: test-data lockfiles and manifests read all the same. */
  sbom: { include: string[] }
  exemptions: Exemption[]
  limits: Limits
}

export const DEFAULT_LIMITS: Limits = { maxFileBytes: 1 << 20, checkTimeoutSeconds: 60, concurrency: 4 }

interface RawConfig {
  version?: 1
  checks?: Record<string, boolean | { enabled?: boolean; options?: Record<string, unknown> }>
  exclude?: string[]
  sbom?: { include?: string[] }
  exemptions?: { check: string; reason: string; expires: string }[]
  limits?: { 'max-file-bytes'?: number; 'check-timeout-seconds'?: number; concurrency?: number }
}

const validateRaw = lazySchema<RawConfig>(configSchema)

/** The config file `loadConfig` reads: `explicit` (which must exist), or the default one of `root` when there is one. */
export function findConfigFile(root: string, explicit?: string): string | undefined {
  return explicit ? resolveExplicit(explicit) : findDefault(root)
}

/** Finds and loads the config of `root`; `explicit` (a path given by the user) must exist. */
export function loadConfig(root: string, checks: readonly CheckMeta[], explicit?: string): Config {
  const found = findConfigFile(root, explicit)
  if (!found) return resolveConfig({}, checks)
  const shown = displayPath(root, found)
  const text = readBounded(found, shown)
  return parseConfig(text, shown, checks)
}

export function parseConfig(text: string, file: string, checks: readonly CheckMeta[]): Config {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' })
  const at = (offset: number | undefined): { line?: number; column?: number } => {
    if (offset === undefined) return {}
    const pos = lineCounter.linePos(offset)
    return { line: pos.line, column: pos.col }
  }
  if (doc.errors.length > 0) {
    throw new ConfigError(yamlErrors(doc.errors).map((e) => ({ file, ...at(e.offset), key: '', message: `invalid YAML: ${e.message}` })))
  }
  const read = yamlValue(doc)
  if (!read.ok) throw new ConfigError([{ file, ...at(read.offset ?? 0), key: '', message: `invalid YAML: ${read.message}` }])
  const raw: unknown = read.value ?? {}
  const validate = validateRaw()
  if (!validate(raw)) {
    throw new ConfigError(dedupe((validate.errors ?? []).map((e) => schemaProblem(e, doc, file, at))))
  }
  const problems: ConfigProblem[] = []
  const byId = new Map(checks.map((c) => [c.id, c]))
  const known = [...byId.keys()].sort().join(', ')
  for (const [id, value] of Object.entries(raw.checks ?? {})) {
    const meta = byId.get(id)
    if (!meta) {
      problems.push({
        file,
        ...at(keyOffset(doc, ['checks', id])),
        key: `checks.${id}`,
        message: `unknown check id "${id}"; known checks: ${known}`,
      })
      continue
    }
    if (typeof value === 'object' && value.options) {
      problems.push(...optionProblems(meta, value.options, doc, file, at))
    }
  }
  ;(raw.exemptions ?? []).forEach((exemption, i) => {
    if (!byId.has(exemption.check)) {
      problems.push({
        file,
        ...at(valueOffset(doc, ['exemptions', i, 'check'])),
        key: `exemptions[${i}].check`,
        message: `unknown check id "${exemption.check}"; known checks: ${known}`,
      })
    }
  })
  const globs: [string[], Segment[], string][] = [
    [raw.exclude ?? [], ['exclude'], 'exclude'],
    [raw.sbom?.include ?? [], ['sbom', 'include'], 'sbom.include'],
  ]
  for (const [list, segments, key] of globs) {
    for (const [i, glob] of list.entries()) {
      if (glob.startsWith('/') || glob.split('/').includes('..')) {
        problems.push({
          file,
          ...at(valueOffset(doc, [...segments, i])),
          key: `${key}[${i}]`,
          message: `"${glob}" must be relative to the repository root, without "/" at the start or ".."`,
        })
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems)
  const config = resolveConfig(raw, checks)
  config.file = file
  config.exemptions.forEach((e, i) => {
    const line = at(valueOffset(doc, ['exemptions', i])).line
    if (line) e.line = line
  })
  return config
}

function resolveConfig(raw: RawConfig, checks: readonly CheckMeta[]): Config {
  const settings: Record<string, CheckSettings> = {}
  for (const meta of checks) {
    const value = raw.checks?.[meta.id]
    const enabled = typeof value === 'boolean' ? value : (value?.enabled ?? true)
    const options = { ...(meta.defaultOptions ?? {}), ...(typeof value === 'object' ? (value.options ?? {}) : {}) }
    settings[meta.id] = { enabled, options }
  }
  return {
    checks: settings,
    exclude: [...(raw.exclude ?? [])],
    sbom: { include: [...(raw.sbom?.include ?? [])] },
    exemptions: (raw.exemptions ?? []).map((e) => ({ check: e.check, reason: e.reason, expires: e.expires })),
    limits: {
      maxFileBytes: raw.limits?.['max-file-bytes'] ?? DEFAULT_LIMITS.maxFileBytes,
      checkTimeoutSeconds: raw.limits?.['check-timeout-seconds'] ?? DEFAULT_LIMITS.checkTimeoutSeconds,
      concurrency: raw.limits?.concurrency ?? DEFAULT_LIMITS.concurrency,
    },
  }
}

function optionProblems(
  meta: CheckMeta,
  options: Record<string, unknown>,
  doc: Document,
  file: string,
  at: (offset: number | undefined) => { line?: number; column?: number },
): ConfigProblem[] {
  const schema = meta.optionsSchema ?? { type: 'object', additionalProperties: false, properties: {} }
  const validate = compileSchema(schema)
  if (validate(options)) return []
  const base = ['checks', meta.id, 'options']
  return (validate.errors ?? []).map((e) => schemaProblem(e, doc, file, at, base))
}

type Segment = string | number

function schemaProblem(
  error: SchemaError,
  doc: Document,
  file: string,
  at: (offset: number | undefined) => { line?: number; column?: number },
  base: Segment[] = [],
): ConfigProblem {
  const segments: Segment[] = [
    ...base,
    ...error.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
  ]
  let message = error.message ?? 'is invalid'
  let offset = valueOffset(doc, segments)
  let keyPath = segments
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty)
    keyPath = [...segments, extra]
    offset = keyOffset(doc, keyPath)
    message = `unknown key "${extra}"`
  } else if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty)
    keyPath = [...segments, missing]
    message = `is required${segments.length ? ` in ${formatKey(segments)}` : ''}`
  } else if (error.keyword === 'format') {
    const value = doc.getIn(segments)
    message = `"${String(value)}" is not a valid ${(error.params as { format: string }).format}${
      (error.params as { format: string }).format === 'date' ? ' (expected YYYY-MM-DD)' : ''
    }`
  } else if (error.keyword === 'propertyNames') {
    const name = String((error.params as { propertyName?: string }).propertyName ?? '')
    keyPath = [...segments, name]
    offset = keyOffset(doc, keyPath)
    message = `"${name}" is not a check id (kebab-case)`
  } else if (error.keyword === 'oneOf') {
    message = 'must be true, false, or an object with "enabled" and/or "options"'
  }
  return { file, ...at(offset), key: formatKey(keyPath), message }
}

function formatKey(segments: Segment[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function nodeAt(doc: Document, path: Segment[]): YamlNode | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true)
  return (node ?? undefined) as YamlNode | undefined
}

function valueOffset(doc: Document, path: Segment[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n))
    if (node?.range) return node.range[0]
  }
  return undefined
}

function keyOffset(doc: Document, path: Segment[]): number | undefined {
  const parent = nodeAt(doc, path.slice(0, -1))
  const last = path[path.length - 1]
  if (isMap(parent)) {
    for (const item of parent.items) {
      if (isPair(item) && isScalar(item.key) && item.key.value === last && item.key.range) return item.key.range[0]
    }
  }
  return valueOffset(doc, path.slice(0, -1))
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const k = `${p.line}:${p.key}:${p.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function resolveExplicit(path: string): string {
  const full = resolve(path)
  try {
    if (!lstatSync(full).isFile()) throw new UsageError(`config ${path} is not a file`)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(
      `config file ${path} does not exist; give the path of a YAML file, or leave it out to use ${CONFIG_LOCATIONS.join(' or ')}`,
    )
  }
  return full
}

function findDefault(root: string): string | undefined {
  let realRoot: string
  try {
    realRoot = realpathSync(root)
  } catch {
    return undefined
  }
  for (const location of CONFIG_LOCATIONS) {
    const full = join(realRoot, location)
    let real: string
    try {
      real = realpathSync(full)
    } catch {
      continue // not there
    }
    // the file, or a folder on the way to it (.github), may be a link: only a file inside the repository counts
    if (!real.startsWith(realRoot + sep))
      throw new UsageError(`${location} leads out of the repository (to ${real}); ois-ready does not follow it`)
    if (lstatSync(real).isFile()) return real
  }
  return undefined
}

function readBounded(full: string, shown: string): string {
  const st = lstatSync(full)
  if (st.size > MAX_CONFIG_BYTES)
    throw new ConfigError([{ file: shown, key: '', message: `is ${st.size} bytes; a config file may be at most 1 MiB` }])
  const bytes = readFileSync(full)
  if (bytes.includes(0)) throw new ConfigError([{ file: shown, key: '', message: 'is a binary file, not YAML' }])
  return bytes.toString('utf8')
}

function displayPath(root: string, full: string): string {
  let realRoot = root
  try {
    realRoot = realpathSync(root)
  } catch {
    // keep root as given
  }
  const rel = relative(realRoot, full)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : full
}
