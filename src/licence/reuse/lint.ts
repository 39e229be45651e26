/**
 * The project lint of the REUSE specification 3.3: every covered file's copyright and
 * licensing information (from the file, its `.license` file, REUSE.toml files or the
 * deprecated `.reuse/dep5`), and the licence texts in LICENSES/. The result has the fields
 * of `reuse lint --json` (lint_version 1.0) plus the line of each problem. It is computed once
 * per snapshot: the check and the report share it.
 */
import type { Entry, Snapshot } from '../../core/snapshot.js'
import { oncePerSnapshot, readConfined } from '../../core/snapshot.js'
import { TOOL_NAME, TOOL_VERSION } from '../../core/version.js'
import { leaves, parseLicenceExpression } from '../expression.js'
import { isCovered } from './covered.js'
import { DEP5_PATH, dep5ParagraphFor, parseDep5, type Dep5 } from './dep5.js'
import { readLicenceFiles, type LicenceFiles } from './licence-files.js'
import { annotationFor, parseReuseToml, type Annotation, type ReuseToml } from './reuse-toml.js'
import { extractTags } from './tags.js'

export type SourceType = 'file-header' | 'dot-license' | 'reuse-toml' | 'dep5'

export interface SourcedValue {
  value: string
  /** The file the value was read from. */
  source: string
  source_type: SourceType
  /** Its line in `source` (not in reuse's own output). */
  line?: number
}

export interface ReuseFile {
  path: string
  copyrights: SourcedValue[]
  spdx_expressions: SourcedValue[]
}

export interface ReuseProblem {
  path: string
  line?: number
  column?: number
  message: string
  /** warning: shown, but the project can still be compliant. */
  severity: 'error' | 'warning'
}

/** The fields of `reuse lint --json` (reuse >= 3, lint_version 1.0), plus `invalid_spdx_expressions` of reuse >= 5. */
export interface ReuseLintJson {
  lint_version: '1.0'
  reuse_spec_version: '3.3'
  reuse_tool_version: string
  /** Every file in lintReuseWithAllFiles; the memoised lint lists the non-compliant ones. */
  files: ReuseFile[]
  non_compliant: {
    bad_licenses: Record<string, string[]>
    deprecated_licenses: string[]
    invalid_spdx_expressions: Record<string, string[]>
    licenses_without_extension: Record<string, string>
    missing_copyright_info: string[]
    missing_licenses: Record<string, string[]>
    missing_licensing_info: string[]
    read_errors: string[]
    unused_licenses: string[]
  }
  summary: {
    used_licenses: string[]
    files_total: number
    files_with_copyright_info: number
    files_with_licensing_info: number
    compliant: boolean
  }
  recommendations: string[]
}

/** Where an identifier in a file's information was found, for findings that point at it. */
export interface IdentifierUse {
  id: string
  source: string
  line?: number
}

export interface ReuseLint {
  json: ReuseLintJson
  /** Per file: the identifiers that are not SPDX ids nor known LicenseRef-s, and those without a licence text. */
  bad: Map<string, IdentifierUse[]>
  missing: Map<string, IdentifierUse[]>
  /** Problems outside the categories of reuse lint: REUSE.toml and dep5 errors, orphan .license files, open snippets, read errors with their reason. */
  problems: ReuseProblem[]
  /** Files that would be covered but were excluded by the configuration (vendored, generated): not checked. */
  excluded: { path: string; reason: string }[]
  licenceFiles: LicenceFiles
  /** Which mechanism is in use, for messages. */
  uses: { reuseToml: string[]; dep5: boolean }
}

/** Most files of a project carry the same few expressions: each is parsed once (a bounded memo). */
const parsedExpressions = new Map<string, ReturnType<typeof parseLicenceExpression>>()
function parseTagExpression(value: string): ReturnType<typeof parseLicenceExpression> {
  let parsed = parsedExpressions.get(value)
  if (!parsed) {
    parsed = parseLicenceExpression(value, { unknownIds: 'keep' })
    if (parsedExpressions.size < 10_000) parsedExpressions.set(value, parsed)
  }
  return parsed
}

/** Files read between two turns of the event loop. */
const YIELD_EVERY = 500

/** The REUSE lint of a snapshot, computed once (the check and the report both use it). */
export const lintReuse: (repo: Snapshot) => Promise<ReuseLint> = oncePerSnapshot((repo) => doLint(repo))

/**
 * The lint with every file's information in json.files, as `reuse lint --json` lists them (not
 * memoised; the memoised lint keeps only the non-compliant files).
 */
export function lintReuseWithAllFiles(repo: Snapshot): Promise<ReuseLint> {
  return doLint(repo, true)
}

interface Globals {
  tomls: ReuseToml[]
  dep5?: Dep5
}

async function doLint(repo: Snapshot, keepAll = false): Promise<ReuseLint> {
  const problems: ReuseProblem[] = []
  const licenceFiles = readLicenceFiles(repo.files)
  for (const d of licenceFiles.duplicates) {
    problems.push({
      path: d.paths[1],
      message: `${d.paths[1]}: ${d.id} is already the licence text ${d.paths[0]}; keep one file per licence`,
      severity: 'error',
    })
  }
  const globals = await readGlobals(repo, problems)
  const mesonRoot = repo.has('meson.build')
  const covered = repo.files.filter((e) => isCovered(e, mesonRoot))
  const sidecars = new Set(repo.files.filter((e) => e.path.endsWith('.license') && e.kind === 'file').map((e) => e.path))
  orphanSidecars(repo, sidecars, problems)

  // each file's result is folded in as soon as it is read, so that it dies young (100,000
  // results kept until the end would be promoted to the old heap and raise the peak memory)
  const totals = new Totals(licenceFiles, problems, keepAll)
  for (let i = 0; i < covered.length; i++) {
    totals.add(await lintFile(repo, covered[i]!, sidecars, globals, problems))
    // reads are mostly synchronous: let timers and other checks run now and then
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve))
  }

  const lint = totals.finish(repo)
  lint.uses = { reuseToml: globals.tomls.map((t) => t.path), dep5: globals.dep5 !== undefined }
  return lint
}

async function readGlobals(repo: Snapshot, problems: ReuseProblem[]): Promise<Globals> {
  const tomls: ReuseToml[] = []
  const tomlEntries = repo.files.filter((e) => (e.path === 'REUSE.toml' || e.path.endsWith('/REUSE.toml')) && e.kind === 'file')
  for (const entry of tomlEntries) {
    const read = await repo.readText(entry.path)
    if (!read.ok) {
      problems.push({ path: entry.path, message: `${read.message}; its annotations were not applied`, severity: 'error' })
      continue
    }
    const parsed = parseReuseToml(entry.path, read.text)
    for (const p of parsed.problems)
      problems.push({ path: p.path, line: p.line, message: p.message, severity: p.warning ? 'warning' : 'error' })
    if (parsed.toml) tomls.push(parsed.toml)
  }
  // top-most first: the order in which precedence is resolved
  tomls.sort((a, b) => depth(a.folder) - depth(b.folder) || (a.folder < b.folder ? -1 : 1))
  let dep5: Dep5 | undefined
  if (repo.has(DEP5_PATH)) {
    if (tomls.length > 0 || tomlEntries.length > 0) {
      problems.push({
        path: DEP5_PATH,
        line: 1,
        message: `${DEP5_PATH}:1: REUSE.toml and .reuse/dep5 must not be used together; ${DEP5_PATH} was not applied`,
        severity: 'error',
      })
    } else {
      const read = await repo.readText(DEP5_PATH)
      if (!read.ok) problems.push({ path: DEP5_PATH, message: `${read.message}; it was not applied`, severity: 'error' })
      else {
        const parsed = parseDep5(read.text)
        for (const p of parsed.problems)
          problems.push({ path: DEP5_PATH, line: p.line, message: `${DEP5_PATH}:${p.line}: ${p.message}`, severity: 'error' })
        if (parsed.dep5 && parsed.problems.length === 0) dep5 = parsed.dep5
        if (parsed.problems.length)
          problems.push({ path: DEP5_PATH, message: `${DEP5_PATH}: not applied because of the errors above`, severity: 'error' })
        problems.push({
          path: DEP5_PATH,
          line: 1,
          message: `${DEP5_PATH}: the DEP5 file is deprecated since REUSE 3.2; convert it to REUSE.toml (reuse convert-dep5)`,
          severity: 'warning',
        })
      }
    }
  }
  return { tomls, ...(dep5 ? { dep5 } : {}) }
}

function depth(folder: string): number {
  return folder === '' ? 0 : folder.split('/').length
}

function orphanSidecars(repo: Snapshot, sidecars: Set<string>, problems: ReuseProblem[]): void {
  const excluded = new Set(repo.excluded.map((e) => e.path))
  for (const sidecar of sidecars) {
    if (sidecar.startsWith('LICENSES/')) continue
    const base = sidecar.slice(0, -'.license'.length)
    if (!repo.has(base) && !excluded.has(base) && !sidecars.has(base)) {
      problems.push({
        path: sidecar,
        line: 1,
        message: `${sidecar}:1: describes ${base}, which does not exist; remove it or restore ${base}`,
        severity: 'warning',
      })
    }
  }
}

interface FileResult {
  path: string
  readError?: string
  file: ReuseFile
  /** Expressions that parsed, with where they were found. */
  parsed: { ids: string[]; at: SourcedValue }[]
  invalid: { at: SourcedValue; message: string; column?: number }[]
}

async function lintFile(
  repo: Snapshot,
  entry: Entry,
  sidecars: Set<string>,
  globals: Globals,
  problems: ReuseProblem[],
): Promise<FileResult> {
  const path = entry.path
  const copyrights: SourcedValue[] = []
  const expressions: SourcedValue[] = []
  const toml = tomlInformation(globals.tomls, path)
  if (toml.override) {
    add(toml.override, copyrights, expressions)
  } else {
    const own = await ownInformation(repo, entry, sidecars, problems)
    if (own.readError)
      return { path, readError: own.readError, file: { path, copyrights: [], spdx_expressions: [] }, parsed: [], invalid: [] }
    copyrights.push(...own.copyrights)
    expressions.push(...own.expressions)
    for (const a of toml.aggregate) add(a, copyrights, expressions)
    // closest: the table is a fallback, separately for copyright and for licensing
    if (own.copyrights.length === 0 && toml.closestCopyright) add({ ...toml.closestCopyright, expressions: [] }, copyrights, expressions)
    if (own.expressions.length === 0 && toml.closestLicence) add({ ...toml.closestLicence, copyrights: [] }, copyrights, expressions)
    if (globals.dep5) {
      const p = dep5ParagraphFor(globals.dep5, path)
      if (p) {
        for (const c of p.copyrights) copyrights.push({ value: c, source: DEP5_PATH, source_type: 'dep5', line: p.line })
        if (p.expression) expressions.push({ value: p.expression, source: DEP5_PATH, source_type: 'dep5', line: p.line })
      }
    }
  }
  const parsed: FileResult['parsed'] = []
  const invalid: FileResult['invalid'] = []
  for (const at of expressions) {
    const result = parseTagExpression(at.value)
    if (!result.ok) {
      invalid.push({ at, message: result.message, ...(result.column ? { column: result.column } : {}) })
      continue
    }
    at.value = result.normalised
    const ids: string[] = []
    for (const leaf of leaves(result.ast)) {
      ids.push(leaf.license + (leaf.plus ? '+' : ''))
      if (leaf.exception) ids.push(leaf.exception)
    }
    parsed.push({ ids, at })
  }
  return { path, file: { path, copyrights: dedupe(copyrights), spdx_expressions: expressions }, parsed, invalid }
}

interface Sourced {
  copyrights: string[]
  expressions: string[]
  source: string
  line: number
}

function add(info: Sourced, copyrights: SourcedValue[], expressions: SourcedValue[]): void {
  for (const c of info.copyrights) copyrights.push({ value: c, source: info.source, source_type: 'reuse-toml', line: info.line })
  for (const e of info.expressions) expressions.push({ value: e, source: info.source, source_type: 'reuse-toml', line: info.line })
}

function dedupe(values: SourcedValue[]): SourcedValue[] {
  const seen = new Set<string>()
  return values.filter((v) => !seen.has(v.value) && seen.add(v.value))
}

/** The REUSE.toml tables that apply to a file, resolved by precedence (top-most override wins; closest is per kind of information). */
function tomlInformation(
  tomls: ReuseToml[],
  path: string,
): { override?: Sourced; aggregate: Sourced[]; closestCopyright?: Sourced; closestLicence?: Sourced } {
  const out: ReturnType<typeof tomlInformation> = { aggregate: [] }
  for (const toml of tomls) {
    const a = annotationFor(toml, path)
    if (!a) continue
    const info = sourced(toml, a)
    if (a.precedence === 'override') return { override: info, aggregate: [] }
    if (a.precedence === 'aggregate') out.aggregate.push(info)
    else {
      // tables come top-most first, so a later one is closer to the file
      if (a.copyrights.length) out.closestCopyright = info
      if (a.expressions.length) out.closestLicence = info
    }
  }
  return out
}

function sourced(toml: ReuseToml, a: Annotation): Sourced {
  return { copyrights: a.copyrights, expressions: a.expressions, source: toml.path, line: a.line }
}

/** The information in the file itself, or in its .license file, which takes precedence. */
async function ownInformation(
  repo: Snapshot,
  entry: Entry,
  sidecars: Set<string>,
  problems: ReuseProblem[],
): Promise<{ copyrights: SourcedValue[]; expressions: SourcedValue[]; readError?: string }> {
  const sidecar = `${entry.path}.license`
  const fromSidecar = sidecars.has(sidecar)
  const source = fromSidecar ? sidecar : entry.path
  const sourceType: SourceType = fromSidecar ? 'dot-license' : 'file-header'
  let text: string
  // the fast path reads each file once without caching it; anything unusual goes through readText
  const read = repo.readTextOnce(source) ?? (await repo.readText(source))
  if (read.ok) text = read.text
  else if (read.reason === 'binary') return { copyrights: [], expressions: [] }
  else if (read.reason === 'too-large') {
    // a large file is still read up to the limit: its header is at the top
    const prefix = await readPrefix(repo, source)
    if (prefix === undefined) return { copyrights: [], expressions: [], readError: read.message }
    text = prefix
  } else return { copyrights: [], expressions: [], readError: read.message }
  const tags = extractTags(text)
  for (const s of tags.unbalancedSnippets) {
    problems.push({ path: source, line: s.line, message: `${source}:${s.line}: ${s.message}`, severity: 'warning' })
  }
  return {
    copyrights: tags.copyrights.map((c) => ({ value: detach(c.value), source, source_type: sourceType, line: c.line })),
    expressions: tags.expressions.map((e) => ({ value: detach(e.value), source, source_type: sourceType, line: e.line })),
  }
}

/**
 * A copy of a value cut from a file's text. V8 keeps a slice pointing into the whole text,
 * so without the copy every file read would stay in memory until the lint is dropped.
 */
function detach(value: string): string {
  return (' ' + value).slice(1)
}

async function readPrefix(repo: Snapshot, path: string): Promise<string | undefined> {
  const bytes = await readConfined(repo.realRoot, path, repo.maxFileBytes)
  if (!Buffer.isBuffer(bytes)) return undefined
  if (bytes.subarray(0, 8000).includes(0)) return ''
  return bytes.subarray(0, repo.maxFileBytes).toString('utf8')
}

/** The lint's totals, folded in one file at a time. */
class Totals {
  private readonly badLicenses = new Map<string, Set<string>>()
  private readonly missingLicenses = new Map<string, Set<string>>()
  private readonly bad = new Map<string, IdentifierUse[]>()
  private readonly missing = new Map<string, IdentifierUse[]>()
  private readonly used = new Set<string>()
  private readonly invalidExpressions: Record<string, string[]> = {}
  private readonly readErrors: string[] = []
  private readonly noCopyright: string[] = []
  private readonly noLicence: string[] = []
  private readonly files: ReuseFile[] = []
  private filesTotal = 0

  constructor(
    private readonly licenceFiles: LicenceFiles,
    private readonly problems: ReuseProblem[],
    private readonly keepAll: boolean,
  ) {}

  add(r: FileResult): void {
    if (r.readError) {
      this.readErrors.push(r.path)
      this.problems.push({ path: r.path, message: r.readError, severity: 'error' })
      return
    }
    this.filesTotal++
    for (const inv of r.invalid) {
      ;(this.invalidExpressions[r.path] ??= []).push(inv.at.value)
      this.problems.push({
        path: inv.at.source,
        ...(inv.at.line ? { line: inv.at.line } : {}),
        ...(inv.column ? { column: inv.column } : {}),
        message: `${inv.at.source}${inv.at.line ? `:${inv.at.line}` : ''}: SPDX-License-Identifier "${clip(inv.at.value)}"${inv.at.source !== r.path ? ` (for ${r.path})` : ''} is not a valid SPDX expression: ${clip(inv.message, 200)}`,
        severity: 'error',
      })
    }
    let licensed = false
    for (const { ids, at } of r.parsed) {
      for (const id of ids) {
        licensed = true
        this.used.add(id)
        const candidates = id.endsWith('+') ? [id, id.slice(0, -1)] : [id]
        const use = { id, source: at.source, ...(at.line ? { line: at.line } : {}) }
        if (!candidates.some((c) => this.licenceFiles.known.has(c))) {
          setOf(this.badLicenses, id).add(r.path)
          listOf(this.bad, r.path).push(use)
        }
        if (!candidates.some((c) => this.licenceFiles.byId.has(c))) {
          setOf(this.missingLicenses, id).add(r.path)
          listOf(this.missing, r.path).push(use)
        }
      }
    }
    if (r.file.copyrights.length === 0) this.noCopyright.push(r.path)
    if (!licensed) this.noLicence.push(r.path)
    // compliant files are counted, not kept: 100,000 of them would hold some 100 MB to the end of the run
    if (this.keepAll || r.file.copyrights.length === 0 || !licensed || r.invalid.length || this.bad.has(r.path) || this.missing.has(r.path))
      this.files.push(r.file)
  }

  finish(repo: Snapshot): ReuseLint {
    const { licenceFiles, problems, files, used } = this
    for (const [id, path] of licenceFiles.bad) setOf(this.badLicenses, id).add(path)
    const unused = [...licenceFiles.byId.keys()].filter((id) => !used.has(id) && !used.has(`${id}+`)).sort()
    const nonCompliant: ReuseLintJson['non_compliant'] = {
      bad_licenses: sortedRecord(this.badLicenses),
      deprecated_licenses: [...licenceFiles.deprecated].sort(),
      invalid_spdx_expressions: this.invalidExpressions,
      licenses_without_extension: Object.fromEntries([...licenceFiles.withoutExtension].sort(([a], [b]) => (a < b ? -1 : 1))),
      missing_copyright_info: this.noCopyright,
      missing_licenses: sortedRecord(this.missingLicenses),
      missing_licensing_info: this.noLicence,
      read_errors: this.readErrors,
      unused_licenses: unused,
    }
    const compliant =
      Object.values(nonCompliant).every((v) => (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0)) &&
      !problems.some((p) => p.severity === 'error')
    problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)))
    return {
      json: {
        lint_version: '1.0',
        reuse_spec_version: '3.3',
        reuse_tool_version: `${TOOL_NAME} ${TOOL_VERSION}`,
        files,
        non_compliant: nonCompliant,
        summary: {
          used_licenses: [...used].sort(),
          files_total: this.filesTotal,
          files_with_copyright_info: this.filesTotal - this.noCopyright.length,
          files_with_licensing_info: this.filesTotal - this.noLicence.length,
          compliant,
        },
        recommendations: recommendations(nonCompliant),
      },
      bad: this.bad,
      missing: this.missing,
      problems,
      excluded: repo.excluded.filter((e) => isCovered({ path: e.path, kind: 'file', size: 1 }, false)).map((e) => ({ ...e })),
      licenceFiles,
      uses: { reuseToml: [], dep5: false },
    }
  }
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text
}

function setOf<K>(map: Map<K, Set<string>>, key: K): Set<string> {
  let set = map.get(key)
  if (!set) map.set(key, (set = new Set()))
  return set
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key)
  if (!list) map.set(key, (list = []))
  return list
}

function sortedRecord(map: Map<string, Set<string>>): Record<string, string[]> {
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]))
}

function recommendations(n: ReuseLintJson['non_compliant']): string[] {
  const out: string[] = []
  if (Object.keys(n.bad_licenses).length)
    out.push(
      'Fix bad licences: use SPDX licence identifiers (https://spdx.org/licenses/) or LicenseRef- ids with a licence text in LICENSES/.',
    )
  if (n.deprecated_licenses.length)
    out.push('Fix deprecated licences: replace them by their current SPDX identifiers (https://spdx.org/licenses/#deprecated).')
  if (Object.keys(n.licenses_without_extension).length)
    out.push('Fix licences without file extension: rename the files in LICENSES/ to end in .txt.')
  if (Object.keys(n.invalid_spdx_expressions).length)
    out.push('Fix invalid SPDX expressions: each SPDX-License-Identifier needs a valid SPDX licence expression.')
  if (Object.keys(n.missing_licenses).length)
    out.push('Fix missing licences: add the licence text of every licence used to LICENSES/<id>.txt (reuse download --all).')
  if (n.unused_licenses.length) out.push('Fix unused licences: remove licence texts from LICENSES/ that no file uses.')
  if (n.read_errors.length) out.push('Fix read errors: make the files readable regular files.')
  if (n.missing_copyright_info.length || n.missing_licensing_info.length)
    out.push(
      'Fix missing copyright/licensing information: add SPDX-FileCopyrightText and SPDX-License-Identifier tags to each file, a .license file beside files that cannot hold comments, or a REUSE.toml (https://reuse.software/tutorial/).',
    )
  return out
}
