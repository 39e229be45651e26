/**
 * The repository as checks see it: the files under check (never the programs in them),
 * what was excluded and why, the symlinks, and bounded, root-confined reads.
 */
import { lstatSync, realpathSync, readlinkSync } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { constants } from 'node:fs'
import { isAscii } from 'node:buffer'
import { join, posix } from 'node:path'
import picomatch from 'picomatch'
import { parseGitattributes, linguistAttributes, type AttributeRule } from './attributes.js'
import { readEach, type BulkFile, type BulkReadStats } from './bulk-read.js'
import { isWithin, RealFolders } from './real-folders.js'
import { gitWorkTreePrefix, listGitFiles, walkFiles, type EntryKind, type ListProblem } from './file-list.js'
import { AnalysisError, UsageError } from './errors.js'

export interface Entry {
  path: string
  kind: EntryKind
  size: number
}

export interface Exclusion {
  path: string
  reason: string
}

export interface SymlinkRecord {
  path: string
  target: string
  /** Path inside the repository the link points at, when it stays inside. */
  resolved?: string
  outside: boolean
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1'

export type ReadResult =
  | { ok: true; path: string; text: string; encoding: Encoding; bytes: number }
  | { ok: false; path: string; reason: 'missing' | 'too-large' | 'binary' | 'outside' | 'unreadable'; message: string }

export interface SnapshotOptions {
  root: string
  /** Largest file read in full; larger files are findings, not reads. */
  maxFileBytes: number
  /** Globs (picomatch, relative to the root) of paths to exclude. */
  exclude: string[]
  /** Paths (folders end with /**) that are not part of the repository at all, e.g. the output folder of a run. */
  ignore?: string[]
}

const BINARY_SNIFF_BYTES = 8000
/**
 * The project's own policy files are never excluded: an exclude glob or a linguist attribute
 * must not make the workflow, dependency-update or community-document checks "not applicable".
 * Waiving those takes an exemption, with a reason and an expiry.
 */
export const PROTECTED_PATHS = ['*', '.github/**', '.gitlab/**', 'docs/*', '**/.well-known/security.txt']
const isProtected = picomatch(PROTECTED_PATHS, { dot: true })
/** More linguist rules than this are not read (each costs a glob test per file); the rest is a problem. */
export const MAX_ATTRIBUTE_RULES = 2000
const MAX_LINK_HOPS = 8

/**
 * The glob's last segment, which a matching path's file name must match, or undefined when
 * there is none such: a negation, an escape, a "**" or a "/" in that segment (inside braces or
 * an extglob), or a segment that is empty.
 */
export function lastSegment(glob: string): string | undefined {
  if (glob.startsWith('!') || glob.includes('\\')) return undefined
  let depth = 0
  let cut = -1
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '{' || c === '(' || c === '[') depth++
    else if ((c === '}' || c === ')' || c === ']') && depth > 0) depth--
    else if (c === '/' && depth === 0) cut = i
  }
  const last = glob.slice(cut + 1)
  if (depth !== 0 || last === '' || last.includes('/') || last.includes('**')) return undefined
  return last
}

export class Snapshot {
  private readonly byPath = new Map<string, Entry>()
  /** Paths in lower case, made on first use; an entry, or the entries when several differ only in case. */
  private byLowerPath: Map<string, Entry | Entry[]> | undefined
  /** The indices in `files` of each file name, made on first use (globs test names before paths). */
  private byName: Map<string, number[]> | undefined
  private readonly globs = new Map<string, readonly Entry[]>()
  private readonly cache = new Map<string, Promise<ReadResult>>()
  private readonly links = new Map<string, SymlinkRecord>()
  /**
   * Where each folder really is, for the bulk reads: worked out when first read, not taken from
   * the listing, so a folder swapped for a link after the listing is still refused.
   */
  private readonly realFolders: RealFolders

  constructor(
    readonly root: string,
    readonly realRoot: string,
    readonly source: 'git' | 'walk',
    /** Included entries, sorted by path. */
    readonly files: readonly Entry[],
    readonly excluded: readonly Exclusion[],
    readonly symlinks: readonly SymlinkRecord[],
    readonly problems: readonly ListProblem[],
    readonly maxFileBytes: number,
  ) {
    this.realFolders = new RealFolders(realRoot)
    for (const link of symlinks) this.links.set(link.path, link)
    for (const entry of files) this.byPath.set(entry.path, entry)
  }

  has(path: string): boolean {
    return this.byPath.has(path)
  }

  get(path: string): Entry | undefined {
    return this.byPath.get(path)
  }

  /** The first candidate path that exists, compared case-insensitively (READme.MD finds README.md). */
  find(candidates: readonly string[]): Entry | undefined {
    if (!this.byLowerPath) {
      this.byLowerPath = new Map()
      for (const entry of this.files) {
        const lower = entry.path.toLowerCase()
        const known = this.byLowerPath.get(lower)
        this.byLowerPath.set(lower, known === undefined ? entry : Array.isArray(known) ? [...known, entry] : [known, entry])
      }
    }
    for (const candidate of candidates) {
      const known = this.byLowerPath.get(candidate.toLowerCase())
      if (!known) continue
      if (!Array.isArray(known)) return known
      return known.find((e) => e.path === candidate) ?? known[0]
    }
    return undefined
  }

  /**
   * Entries whose path matches a glob (picomatch, dot files included), in path order. A glob
   * whose last segment cannot span folders is first tested on the distinct file names, then on
   * the paths of those names only; each answer is kept (the snapshot does not change).
   */
  glob(pattern: string | string[], options: { nocase?: boolean } = {}): Entry[] {
    const nocase = options.nocase ?? false
    const key = JSON.stringify([pattern, nocase])
    const known = this.globs.get(key)
    if (known) return [...known]
    const isMatch = picomatch(pattern, { dot: true, nocase })
    const names = (Array.isArray(pattern) ? pattern : [pattern]).map(lastSegment)
    let found: Entry[]
    if (names.every((n): n is string => n !== undefined)) {
      const nameMatch = picomatch(names, { dot: true, nocase })
      const indices: number[] = []
      for (const [name, at] of this.nameIndex()) if (nameMatch(name)) indices.push(...at)
      indices.sort((a, b) => a - b)
      found = []
      for (const i of indices) if (isMatch(this.files[i]!.path)) found.push(this.files[i]!)
    } else found = this.files.filter((e) => isMatch(e.path))
    this.globs.set(key, found)
    return [...found]
  }

  private nameIndex(): Map<string, number[]> {
    if (!this.byName) {
      this.byName = new Map()
      for (let i = 0; i < this.files.length; i++) {
        const path = this.files[i]!.path
        const name = path.slice(path.lastIndexOf('/') + 1)
        const at = this.byName.get(name)
        if (at) at.push(i)
        else this.byName.set(name, [i])
      }
    }
    return this.byName
  }

  /** The file's text, bounded by the read limit, decoded from UTF-8, UTF-16 (with BOM) or Latin-1. */
  readText(path: string, options: { maxBytes?: number } = {}): Promise<ReadResult> {
    const limit = options.maxBytes ?? this.maxFileBytes
    const key = `${limit}:${path}`
    let pending = this.cache.get(key)
    if (!pending) {
      pending = this.readUncached(path, 0, limit)
      this.cache.set(key, pending)
    }
    return pending
  }

  /**
   * Reads each of `paths` once, uncached, for scans of every file (the REUSE lint of 100,000
   * files), with a helper thread reading ahead (bulk-read.ts). `visit` gets each path's index
   * and text, in no fixed order; it gets undefined for a path the bulk read does not take (not a
   * regular file, over BULK_READ_MAX_BYTES, in a folder that resolves elsewhere, changed since
   * it was listed): readTextUncached reads those the careful way and says what is wrong.
   * The same limit, decoding and confinement as readText; the real location of each folder is
   * checked once, not once per file.
   */
  async readEachText(paths: readonly string[], visit: (index: number, read: ReadResult | undefined) => void): Promise<BulkReadStats> {
    const limit = Math.min(this.maxFileBytes, BULK_READ_MAX_BYTES)
    const taken: BulkFile[] = []
    const indices: number[] = []
    for (let i = 0; i < paths.length; i++) {
      const entry = this.byPath.get(paths[i]!)
      if (entry && entry.kind === 'file' && entry.size <= limit && this.folderInside(entry.path)) {
        taken.push(entry)
        indices.push(i)
      } else visit(i, undefined)
    }
    return readEach(this.realRoot, taken, (k, bytes) => {
      const i = indices[k]!
      visit(i, bytes && decode(paths[i]!, bytes))
    })
  }

  /** readText without keeping the result (for scans of many files, and for files too large to keep). */
  readTextUncached(path: string, options: { maxBytes?: number } = {}): Promise<ReadResult> {
    return this.readUncached(path, 0, options.maxBytes ?? this.maxFileBytes)
  }

  /** Whether the folder of a listed path really is inside the root (checked once per folder). */
  private folderInside(path: string): boolean {
    const slash = path.lastIndexOf('/')
    const folder = slash === -1 ? '' : path.slice(0, slash)
    // a folder that cannot be resolved is not read in bulk; the careful read says why
    return this.realFolders.inside(folder) ?? false
  }

  /** The file's bytes (images, archives), bounded and confined like readText; links are not followed here. */
  async readBytes(path: string, maxBytes = this.maxFileBytes): Promise<Buffer | { message: string }> {
    const entry = this.byPath.get(path)
    if (!entry || entry.kind !== 'file') return { message: `${path} is not a file under check` }
    if (entry.size > maxBytes) return { message: `${path} is ${formatBytes(entry.size)}, over the read limit of ${formatBytes(maxBytes)}` }
    const read = await readConfined(this.realRoot, path, Math.min(entry.size, maxBytes))
    if (Buffer.isBuffer(read)) return read
    return { message: 'outside' in read ? `${path} resolves outside the repository; not read` : `${path} could not be read (${read.code})` }
  }

  private async readUncached(path: string, hops: number, limit: number): Promise<ReadResult> {
    const entry = this.byPath.get(path)
    if (!entry) return { ok: false, path, reason: 'missing', message: `${path} is not among the files under check` }
    if (entry.kind === 'submodule') return { ok: false, path, reason: 'unreadable', message: `${path} is a git submodule` }
    if (entry.kind === 'symlink') {
      const link = this.links.get(path)
      if (!link || link.outside || !link.resolved) {
        return {
          ok: false,
          path,
          reason: 'outside',
          message: `${path} is a symlink to ${link?.target ?? '?'}, outside the repository; not followed`,
        }
      }
      if (hops >= MAX_LINK_HOPS) return { ok: false, path, reason: 'unreadable', message: `${path} is part of a symlink loop` }
      const target = await this.readUncached(link.resolved, hops + 1, limit)
      return target.ok ? { ...target, path } : { ...target, path, message: `${path} -> ${target.message}` }
    }
    if (entry.size > limit) {
      return {
        ok: false,
        path,
        reason: 'too-large',
        // the configured limit is named; a reader's own limit (lockfiles) is not a setting
        message: `${path} is ${formatBytes(entry.size)}, over the read limit of ${formatBytes(limit)}${limit === this.maxFileBytes ? ' (limits.max-file-bytes)' : ''}; it was not read`,
      }
    }
    const read = await readConfined(this.realRoot, path, Math.min(entry.size, limit))
    if (Buffer.isBuffer(read)) {
      if (read.length > limit) {
        return {
          ok: false,
          path,
          reason: 'too-large',
          message: `${path} grew over the read limit of ${formatBytes(limit)} while being read`,
        }
      }
      return decode(path, read)
    }
    if ('outside' in read)
      return { ok: false, path, reason: 'outside', message: `${path} resolves outside the repository (${read.outside}); not read` }
    if (read.code === 'ENOENT') return { ok: false, path, reason: 'missing', message: `${path} is tracked but missing from the work tree` }
    return { ok: false, path, reason: 'unreadable', message: `${path} could not be read (${read.code})` }
  }
}

/**
 * A computation done once per snapshot and shared by whoever asks (a check and the report,
 * several checks): the lockfile scan, the project licence, the REUSE lint. Its failure is an
 * AnalysisError named `analysis` ("the lockfile scan"), the same for everyone who asks: each
 * check that uses it reports it as its error, and the report is written without it.
 */
export function oncePerSnapshot<T>(analysis: string, compute: (repo: Snapshot) => Promise<T>): (repo: Snapshot) => Promise<T> {
  const memo = new WeakMap<Snapshot, Promise<T>>()
  return (repo) => {
    let pending = memo.get(repo)
    if (!pending) {
      pending = Promise.resolve()
        .then(() => compute(repo))
        .catch((error: unknown) => {
          throw AnalysisError.of(analysis, error)
        })
      memo.set(repo, pending)
    }
    return pending
  }
}

/**
 * Reads at most `limit` + 1 bytes of a file under `realRoot`, refusing any path whose real
 * location is outside it (a folder swapped for a link) and a final link (O_NOFOLLOW), and
 * never waiting on a FIFO (O_NONBLOCK).
 */
export async function readConfined(
  realRoot: string,
  path: string,
  limit: number,
): Promise<Buffer | { outside: string } | { code: string }> {
  const full = join(realRoot, path)
  try {
    const real = await realpath(full)
    if (!isWithin(realRoot, real)) return { outside: real }
    // O_NONBLOCK: a FIFO in place of a file must not block the read
    const handle = await open(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    try {
      const buffer = Buffer.alloc(limit + 1)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
      return buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code ?? (error as Error).message }
  }
}

/** Larger files are not read in bulk: they are few, and a chunk of them would hold much memory. */
export const BULK_READ_MAX_BYTES = 256 * 1024
const UTF8 = new TextDecoder('utf-8', { fatal: true })
const UTF16LE = new TextDecoder('utf-16le')
const UTF16BE = new TextDecoder('utf-16be')

function decode(path: string, bytes: Buffer): ReadResult {
  const n = bytes.length
  if (n >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return text(path, UTF16LE.decode(bytes.subarray(2)), 'utf-16le', n)
  if (n >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return text(path, UTF16BE.decode(bytes.subarray(2)), 'utf-16be', n)
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { ok: false, path, reason: 'binary', message: `${path} is a binary file (it contains NUL bytes), not text` }
  }
  const start = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  // ASCII is the common case: the same text in UTF-8 and Latin-1, and Latin-1 is the cheap decoder
  if (isAscii(bytes)) return text(path, bytes.toString('latin1'), 'utf-8', n)
  try {
    return text(path, UTF8.decode(bytes.subarray(start)), 'utf-8', n)
  } catch {
    return text(path, bytes.toString('latin1'), 'latin1', n)
  }
}

function text(path: string, value: string, encoding: Encoding, bytes: number): ReadResult {
  return { ok: true, path, text: value, encoding, bytes }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let v = n / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`
}

/** Lists, sizes and classifies the files of `root`. Never reads a file's content except `.gitattributes`. */
export async function takeSnapshot(options: SnapshotOptions): Promise<Snapshot> {
  const { root } = options
  let realRoot: string
  try {
    realRoot = realpathSync(root)
    if (!lstatSync(realRoot).isDirectory()) throw new UsageError(`${root} is not a folder; give the path of a repository`)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`${root} does not exist or cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
  const prefix = await gitWorkTreePrefix(realRoot)
  const listing = prefix !== undefined ? await listGitFiles(realRoot, prefix) : await walkFiles(realRoot)
  const problems = [...listing.problems]
  const sized: Entry[] = []
  const symlinks: SymlinkRecord[] = []
  const ignored = options.ignore?.length ? picomatch(options.ignore, { dot: true }) : () => false
  // a folder's real location, derived from its parent's, once per folder (a missing folder
  // counts as inside: the lstat below reports the file as missing)
  const realFolders = new RealFolders(realRoot)
  const insideRoot = (folder: string): boolean => realFolders.inside(folder) ?? true
  for (const listed of listing.entries) {
    if (ignored(listed.path)) continue
    const folder = posix.dirname(listed.path)
    if (folder !== '.' && !insideRoot(folder)) {
      problems.push({ path: listed.path, message: 'its folder is a link out of the repository; not checked' })
      continue
    }
    let st
    try {
      st = lstatSync(join(realRoot, listed.path))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      problems.push({
        path: listed.path,
        message: code === 'ENOENT' ? 'tracked but missing from the work tree; not checked' : `could not be read (${code})`,
      })
      continue
    }
    // What is in the work tree now decides: a tracked file replaced by a link is a link.
    const kind: EntryKind | undefined =
      listed.kind === 'submodule' ? 'submodule' : st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : undefined
    if (!kind) {
      problems.push({ path: listed.path, message: 'not a regular file in the work tree; not checked' })
      continue
    }
    if (kind === 'symlink') symlinks.push(describeLink(realRoot, listed.path))
    sized.push({ path: listed.path, kind, size: kind === 'file' ? st.size : 0 })
  }
  sized.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const rules = await attributeRules(realRoot, sized, options.maxFileBytes, problems)
  const excludeMatchers = options.exclude.map((glob) => ({ glob, isMatch: picomatch(glob, { dot: true }) }))
  const included: Entry[] = []
  const excluded: Exclusion[] = []
  for (const entry of sized) {
    const reason = exclusionReason(entry.path, excludeMatchers, rules)
    if (reason) excluded.push({ path: entry.path, reason })
    else included.push(entry)
  }
  symlinks.sort((a, b) => (a.path < b.path ? -1 : 1))
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return new Snapshot(root, realRoot, listing.source, included, excluded, symlinks, problems, options.maxFileBytes)
}

function describeLink(realRoot: string, path: string): SymlinkRecord {
  let target: string
  try {
    target = readlinkSync(join(realRoot, path), 'utf8')
  } catch {
    return { path, target: '?', outside: true }
  }
  if (posix.isAbsolute(target) || target.startsWith('\\')) return { path, target, outside: true }
  const resolved = posix.normalize(posix.join(posix.dirname(path), target))
  if (resolved === '..' || resolved.startsWith('../') || resolved === '.') return { path, target, outside: true }
  return { path, target, resolved, outside: false }
}

async function attributeRules(realRoot: string, entries: Entry[], maxBytes: number, problems: ListProblem[]): Promise<AttributeRule[]> {
  const files = entries
    .filter((e) => e.kind === 'file' && (e.path === '.gitattributes' || e.path.endsWith('/.gitattributes')))
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : 1))
  const rules: AttributeRule[] = []
  for (const file of files) {
    if (file.size > maxBytes) continue
    const read = await readConfined(realRoot, file.path, maxBytes)
    if (!Buffer.isBuffer(read)) continue
    const parsed = parseGitattributes(file.path, read.toString('utf8'))
    const room = MAX_ATTRIBUTE_RULES - rules.length
    rules.push(...parsed.slice(0, Math.max(0, room)))
    if (parsed.length > room) {
      problems.push({
        path: file.path,
        message: `more than ${MAX_ATTRIBUTE_RULES} linguist-vendored/linguist-generated rules in all; the rest were not applied`,
      })
    }
  }
  return rules
}

function exclusionReason(
  path: string,
  matchers: { glob: string; isMatch: (p: string) => boolean }[],
  rules: AttributeRule[],
): string | undefined {
  if ((matchers.length === 0 && rules.length === 0) || isProtected(path)) return undefined
  for (const { glob, isMatch } of matchers) if (isMatch(path)) return `config exclude: ${glob}`
  if (rules.length === 0) return undefined
  const attrs = linguistAttributes(rules, path)
  const rule = attrs['linguist-vendored'] ?? attrs['linguist-generated']
  return rule ? `${rule.attribute} (${rule.source}:${rule.line}: ${rule.pattern})` : undefined
}
