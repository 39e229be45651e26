/**
 * The on-disk cache of licences resolved from package registries: one small JSON file per
 * request URL, written atomically (a temporary file, then rename), read back while younger
 * than the time to live. A file that is not what this module writes is ignored (and later
 * replaced), never trusted.
 */
import { parseJson } from '../core/json-source.js'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { homedir, platform } from 'node:os'
import { join } from 'node:path'
import type { Declared } from './declared.js'

/** Cache entries are tiny; anything bigger is not ours. */
const MAX_ENTRY_BYTES = 64 * 1024

export interface CacheEntry {
  url: string
  /** ISO time of the answer. */
  fetchedAt: string
  declared: Declared
}

/** `$XDG_CACHE_HOME/ois-ready/licences`, or the platform's cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'ois-ready', 'licences')
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Caches', 'ois-ready', 'licences')
  if (platform() === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'ois-ready', 'Cache', 'licences')
  return join(homedir(), '.cache', 'ois-ready', 'licences')
}

export function cacheFile(dir: string, url: string): string {
  const hash = createHash('sha256').update(url).digest('hex')
  return join(dir, hash.slice(0, 2), `${hash}.json`)
}

/** The cached answer for `url`, if there is one younger than `ttlMs` at `now`. */
export async function readCache(dir: string, url: string, now: Date, ttlMs: number): Promise<CacheEntry | undefined> {
  let text: string
  try {
    const bytes = await readFile(cacheFile(dir, url))
    if (bytes.length > MAX_ENTRY_BYTES) return undefined
    text = bytes.toString('utf8')
  } catch {
    return undefined
  }
  const read = parseJson(text)
  const entry = read.ok ? read.value : undefined
  if (!isEntry(entry) || entry.url !== url) return undefined
  const age = now.getTime() - Date.parse(entry.fetchedAt)
  return Number.isFinite(age) && age >= 0 && age <= ttlMs ? entry : undefined
}

/** Writes an entry; a cache that cannot be written only costs a later request, so failures are ignored. */
export async function writeCache(dir: string, entry: CacheEntry): Promise<void> {
  const file = cacheFile(dir, entry.url)
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await mkdir(join(file, '..'), { recursive: true })
    await writeFile(temp, JSON.stringify(entry), { mode: 0o600 })
    await rename(temp, file)
  } catch {
    await rm(temp, { force: true }).catch(() => undefined)
  }
}

function isEntry(value: unknown): value is CacheEntry {
  if (!value || typeof value !== 'object') return false
  const e = value as Record<string, unknown>
  const d = e.declared as Record<string, unknown> | undefined
  if (typeof e.url !== 'string' || typeof e.fetchedAt !== 'string' || !d || typeof d !== 'object') return false
  if (d.kind === 'expression' || d.kind === 'none') return typeof d.text === 'string'
  return d.kind === 'missing' && typeof d.reason === 'string'
}
