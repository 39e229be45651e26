/**
 * The project lint of the REUSE specification 3.3: every covered file's copyright and
 * licensing information (from the file, its `.license` file, REUSE.toml files or the
 * deprecated `.reuse/dep5`), and the licence texts in LICENSES/. The result has the fields
 * of `reuse lint --json` (lint_version 1.0) plus the line of each problem. It is computed once
 * per snapshot: the check and the report share it.
 */
import type { BulkReadStats } from '../../core/bulk-read.js'
import type { Snapshot } from '../../core/snapshot.js'
import { oncePerSnapshot, readConfined } from '../../core/snapshot.js'
import { TOOL_NAME, TOOL_VERSION } from '../../core/version.js'
import type { ReuseLintJson, SourceType, SourcedValue, ReuseFile } from '../../core/report.js'
import { leaves, parseLicenceExpression } from '../expression.js'
import { isCovered } from './covered.js'
import { DEP5_PATH, dep5ParagraphFor, parseDep5, type Dep5 } from './dep5.js'
import { readLicenceFiles, type LicenceFiles } from './licence-files.js'
import { annotationFor, parseReuseToml, type Annotation, type ReuseToml } from './reuse-toml.js'
import { extractTags } from './tags.js'

export type { ReuseLintJson, SourceType, SourcedValue, ReuseFile }

export interface ReuseProblem {
  path: string
  line?: number
  column?: number
  message: string
  /** warning: shown, but the project can still be compliant. */
  severity: 'error' | 'warning'
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
  /** How the files were read (for the benchmark): how many the helper thread read. */
  read?: BulkReadStats
}

/** An SPDX-License-Identifier value, parsed: its normal form and the ids and exceptions it names. */
type ParsedTag = { ok: true; normalised: string; ids: readonly string[] } | { ok: false; message: string; column?: number }

/** Most files of a project carry the same few expressions: each is parsed once (a bounded memo). */
const parsedExpressions = new Map<string, ParsedTag>()
function parseTagExpression(value: string): ParsedTag {
  let parsed = parsedExpressions.get(value)
  if (!parsed) {
    const result = parseLicenceExpression(value, { unknownIds: 'keep' })
    if (result.ok) {
      const ids: string[] = []
      for (const leaf of leaves(result.ast)) {
        ids.push(leaf.license + (leaf.plus ? '+' : ''))
        if (leaf.exception) ids.push(leaf.exception)
      }
      parsed = { ok: true, normalised: result.normalised, ids }
    } else parsed = { ok: false, message: result.message, ...(result.column ? { column: result.column } : {}) }
    if (parsedExpressions.size < 10_000) parsedExpressions.set(value, parsed)
  }
  return parsed
}

/** The REUSE lint of a snapshot, computed once (the check and the report both use it). */
export const lintReuse: (repo: Snapshot) => Promise<ReuseLint> = oncePerSnapshot('the REUSE lint', (repo) => doLint(repo))

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
  const tomls = covered.map((e) => (globals.tomls.length ? tomlInformation(globals.tomls, e.path) : NO_TOML))
  // what each file's own information is read from: the file, or its .license file, which takes precedence
  const sources: string[] = []
  const coveredIndex: number[] = []
  for (let i = 0; i < covered.length; i++) {
    const path = covered[i]!.path
    if (tomls[i]!.override) totals.add(fileResult(path, tomls[i]!, nothingOwn(), globals))
    else {
      sources.push(sidecars.has(`${path}.license`) ? `${path}.license` : path)
      coveredIndex.push(i)
    }
  }
  const careful: number[] = []
  const readStats = await repo.readEachText(sources, (k, read) => {
    const own =
      read &&
      (read.ok
        ? fromText(sources[k]!, covered[coveredIndex[k]!]!.path, read.text, problems)
        : read.reason === 'binary'
          ? nothingOwn()
          : undefined)
    if (!own) careful.push(k)
    else totals.add(fileResult(covered[coveredIndex[k]!]!.path, tomls[coveredIndex[k]!]!, own, globals))
  })
  // what the bulk read did not take (links, large files, read errors) is read one by one, and says what is wrong
  for (const k of careful) {
    const i = coveredIndex[k]!
    totals.add(fileResult(covered[i]!.path, tomls[i]!, await ownInformation(repo, sources[k]!, covered[i]!.path, problems), globals))
  }
  // excluded files are not read, but what REUSE.toml or dep5 says of them is known: a licence
  // given to them is used (test fixtures under licences of their own)
  for (const e of repo.excluded) {
    if (!isCovered({ path: e.path, kind: 'file', size: 1 }, mesonRoot)) continue
    const toml = globals.tomls.length ? tomlInformation(globals.tomls, e.path) : NO_TOML
    totals.markUsed(fileResult(e.path, toml, nothingOwn(), globals).parsed.flatMap((p) => p.ids))
  }

  const lint = totals.finish(repo)
  lint.uses = { reuseToml: globals.tomls.map((t) => t.path), dep5: globals.dep5 !== undefined }
  lint.read = readStats
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
  parsed: { ids: readonly string[]; at: SourcedValue }[]
  invalid: { at: SourcedValue; message: string; column?: number }[]
}

type Own = { copyrights: SourcedValue[]; expressions: SourcedValue[]; readError?: string }
/** A file with no information of its own (a binary, or one under a REUSE.toml override); fresh each time, as fileResult adds to it. */
const nothingOwn = (): Own => ({ copyrights: [], expressions: [] })

function fileResult(path: string, toml: TomlInformation, own: Own, globals: Globals): FileResult {
  if (own.readError)
    return { path, readError: own.readError, file: { path, copyrights: [], spdx_expressions: [] }, parsed: [], invalid: [] }
  let copyrights: SourcedValue[]
  let expressions: SourcedValue[]
  if (toml.override) {
    copyrights = []
    expressions = []
    add(toml.override, copyrights, expressions)
  } else {
    copyrights = own.copyrights
    expressions = own.expressions
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
    parsed.push({ ids: result.ids, at })
  }
  return {
    path,
    file: { path, copyrights: copyrights.length > 1 ? dedupe(copyrights) : copyrights, spdx_expressions: expressions },
    parsed,
    invalid,
  }
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

interface TomlInformation {
  override?: Sourced
  aggregate: Sourced[]
  closestCopyright?: Sourced
  closestLicence?: Sourced
}
const NO_TOML: TomlInformation = { aggregate: [] }

/** The REUSE.toml tables that apply to a file, resolved by precedence (top-most override wins; closest is per kind of information). */
function tomlInformation(tomls: ReuseToml[], path: string): TomlInformation {
  const out: TomlInformation = { aggregate: [] }
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

/** The information in `source`: the file itself, or its .license file. */
async function ownInformation(repo: Snapshot, source: string, path: string, problems: ReuseProblem[]): Promise<Own> {
  const read = await repo.readTextUncached(source)
  if (read.ok) return fromText(source, path, read.text, problems)
  if (read.reason === 'binary') return nothingOwn()
  if (read.reason === 'too-large') {
    // a large file is still read up to the limit: its header is at the top
    const prefix = await readPrefix(repo, source)
    if (prefix === undefined) return { copyrights: [], expressions: [], readError: read.message }
    return fromText(source, path, prefix, problems)
  }
  return { copyrights: [], expressions: [], readError: read.message }
}

function fromText(source: string, path: string, text: string, problems: ReuseProblem[]): Own {
  const source_type: SourceType = source === path ? 'file-header' : 'dot-license'
  const tags = extractTags(text)
  for (const s of tags.unbalancedSnippets) {
    problems.push({ path: source, line: s.line, message: `${source}:${s.line}: ${s.message}`, severity: 'warning' })
  }
  // tag values are already copies, not slices of the text (which would keep every file's text alive)
  const copyrights: SourcedValue[] = []
  for (const c of tags.copyrights) copyrights.push({ value: c.value, source, source_type, line: c.line })
  const expressions: SourcedValue[] = []
  for (const e of tags.expressions) expressions.push({ value: e.value, source, source_type, line: e.line })
  return { copyrights, expressions }
}

async function readPrefix(repo: Snapshot, path: string): Promise<string | undefined> {
  const bytes = await readConfined(repo.realRoot, path, repo.maxFileBytes)
  if (!Buffer.isBuffer(bytes)) return undefined
  if (bytes.subarray(0, 8000).includes(0)) return ''
  return bytes.subarray(0, repo.maxFileBytes).toString('utf8')
}

interface IdVerdict {
  bad: boolean
  missing: boolean
}
const FINE: IdVerdict = { bad: false, missing: false }

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
  private readonly verdicts = new Map<string, IdVerdict>()
  private filesTotal = 0

  constructor(
    private readonly licenceFiles: LicenceFiles,
    private readonly problems: ReuseProblem[],
    private readonly keepAll: boolean,
  ) {}

  /** Licences that files not checked are given (by REUSE.toml or dep5): their texts are not unused. */
  markUsed(ids: readonly string[]): void {
    for (const id of ids) this.used.add(id)
  }

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
        const verdict = this.verdict(id)
        if (verdict === FINE) continue
        const use = { id, source: at.source, ...(at.line ? { line: at.line } : {}) }
        if (verdict.bad) {
          setOf(this.badLicenses, id).add(r.path)
          listOf(this.bad, r.path).push(use)
        }
        if (verdict.missing) {
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

  /** Whether an id is unknown (bad) or has no licence text (missing), worked out once per id. */
  private verdict(id: string): IdVerdict {
    let verdict = this.verdicts.get(id)
    if (!verdict) {
      const candidates = id.endsWith('+') ? [id, id.slice(0, -1)] : [id]
      const bad = !candidates.some((c) => this.licenceFiles.known.has(c))
      const missing = !candidates.some((c) => this.licenceFiles.byId.has(c))
      verdict = bad || missing ? { bad, missing } : FINE
      this.verdicts.set(id, verdict)
    }
    return verdict
  }

  finish(repo: Snapshot): ReuseLint {
    // files were read in no fixed order (bulk-read.ts): the lists are sorted by path, as reuse sorts them
    for (const list of [this.noCopyright, this.noLicence, this.readErrors]) list.sort(byString)
    this.files.sort((a, b) => byString(a.path, b.path))
    const invalidExpressions = Object.fromEntries(Object.entries(this.invalidExpressions).sort(([a], [b]) => byString(a, b)))
    const bad = new Map([...this.bad].sort(([a], [b]) => byString(a, b)))
    const missing = new Map([...this.missing].sort(([a], [b]) => byString(a, b)))
    const { licenceFiles, problems, files, used } = this
    for (const [id, path] of licenceFiles.bad) setOf(this.badLicenses, id).add(path)
    const unused = [...licenceFiles.byId.keys()].filter((id) => !used.has(id) && !used.has(`${id}+`)).sort()
    const nonCompliant: ReuseLintJson['non_compliant'] = {
      bad_licenses: sortedRecord(this.badLicenses),
      deprecated_licenses: [...licenceFiles.deprecated].sort(),
      invalid_spdx_expressions: invalidExpressions,
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
    // by path, line and message: files were read in no fixed order, and one REUSE.toml line can give a problem per file
    problems.sort((a, b) => byString(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || byString(a.message, b.message))
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
      bad,
      missing,
      problems,
      excluded: repo.excluded.filter((e) => isCovered({ path: e.path, kind: 'file', size: 1 }, false)).map((e) => ({ ...e })),
      licenceFiles,
      uses: { reuseToml: [], dep5: false },
    }
  }
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
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
