/**
 * The OSV API (https://google.github.io/osv.dev/api/): one batch query per 1,000 components
 * (`POST /v1/querybatch`, which answers ids and modified times), then the full record of each
 * advisory named (`GET /v1/vulns/{id}`), through the guarded client, within a request budget.
 * Records are cached on disk by id and modified time, which never change together, so a cached
 * record is current whenever the batch names the same modified time. Any failure (a time-out, an
 * HTTP error, an answer that is not what the API answers, the budget spent, the total time limit
 * passed) makes the whole answer unknown with the reason: a partial answer would read as "fewer
 * vulnerabilities".
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fetchAll, fetchText, DEFAULT_FETCH, type FetchOptions } from '../core/guarded-fetch.js'
import { parseJson } from '../core/json-source.js'
import type { Queried } from './components.js'
import { isWellFormed, type OsvRecord } from './osv.js'
import type { Loaded } from './source.js'

export const OSV_API = 'https://api.osv.dev'
/** The API's limit of queries in one batch. */
const BATCH = 1000

export interface ApiOptions {
  network: { enabled: boolean; allowHosts: string[] }
  now: Date
  osvApi?: string
  cacheDir?: string
  /** At most this many requests in all (batches, pages and records); default 2,000. */
  maxRequests?: number
  /** Per request (default 30 s) and per answer (default 32 MiB). */
  timeoutMs?: number
  maxBytes?: number
  /** For all the requests together (default 120 s): a slow API is unknown, not a check that hangs. */
  totalMs?: number
}

export function defaultOsvCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ois-ready', 'osv')
}

class ApiFailure extends Error {}

interface BatchAnswer {
  results: { vulns?: { id: string; modified?: string }[]; next_page_token?: string }[]
}

const isBatchAnswer = (v: unknown, n: number): v is BatchAnswer =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as BatchAnswer).results) &&
  (v as BatchAnswer).results.length === n &&
  (v as BatchAnswer).results.every(
    (r) =>
      typeof r === 'object' &&
      r !== null &&
      (r.vulns === undefined ||
        (Array.isArray(r.vulns) && r.vulns.every((x) => typeof x?.id === 'string' && /^[A-Za-z0-9._:-]+$/.test(x.id)))),
  )

export async function loadFromApi(queried: readonly Queried[], options: ApiOptions): Promise<Loaded> {
  const base = (options.osvApi ?? OSV_API).replace(/\/+$/, '')
  const fetchOptions: FetchOptions = {
    ...DEFAULT_FETCH,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? 32 * 1024 * 1024,
    concurrency: 4,
    allowHosts: options.network.allowHosts,
  }
  const totalMs = options.totalMs ?? 120_000
  const deadline = Date.now() + totalMs
  const late = () => new ApiFailure(`no complete answer within the total limit of ${totalMs} ms`)
  /** The per-request limit, shortened to what is left of the total. */
  const limited = (): FetchOptions => {
    const left = deadline - Date.now()
    if (left <= 0) throw late()
    return { ...fetchOptions, timeoutMs: Math.max(1, Math.min(fetchOptions.timeoutMs, left)) }
  }
  /** Work of several requests, given up at the deadline (each request also ends at its own limit). */
  const inTime = async <T>(work: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined
    try {
      return await Promise.race([
        work,
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(late()), Math.max(0, deadline - Date.now())))),
      ])
    } finally {
      clearTimeout(timer)
    }
  }
  const budget = { left: options.maxRequests ?? 2000 }
  const spend = (n: number) => {
    budget.left -= n
    if (budget.left < 0) throw new ApiFailure(`more than ${options.maxRequests ?? 2000} requests would be needed`)
  }
  try {
    // query -> ids with their modified time
    const idsOf: { id: string; modified: string }[][] = queried.map(() => [])
    for (let start = 0; start < queried.length; start += BATCH) {
      const slice = queried.slice(start, start + BATCH)
      let pending = slice.map((q, i) => ({ index: start + i, query: queryOf(q) as Record<string, unknown> }))
      while (pending.length > 0) {
        spend(1)
        const answer = await postJson(`${base}/v1/querybatch`, { queries: pending.map((p) => p.query) }, limited())
        if (!isBatchAnswer(answer, pending.length))
          throw new ApiFailure(`${base}/v1/querybatch answered something that is not a batch result for ${pending.length} queries`)
        const next: typeof pending = []
        answer.results.forEach((r, i) => {
          const p = pending[i]!
          for (const v of r.vulns ?? []) idsOf[p.index]!.push({ id: v.id, modified: typeof v.modified === 'string' ? v.modified : '' })
          if (typeof r.next_page_token === 'string' && r.next_page_token)
            next.push({ index: p.index, query: { ...p.query, page_token: r.next_page_token } })
        })
        pending = next
      }
    }
    const wanted = new Map<string, string>()
    for (const list of idsOf) for (const { id, modified } of list) wanted.set(id, modified)
    const cacheDir = options.cacheDir ?? defaultOsvCacheDir()
    const records = new Map<string, OsvRecord>()
    const toFetch: string[] = []
    for (const [id, modified] of wanted) {
      const cached = modified ? readCached(cacheDir, id, modified) : undefined
      if (cached) records.set(id, cached)
      else toFetch.push(id)
    }
    spend(toFetch.length)
    const answers = await inTime(
      fetchAll(
        toFetch.map((id) => `${base}/v1/vulns/${encodeURIComponent(id)}`),
        limited(),
      ),
    )
    answers.forEach((a, i) => {
      const id = toFetch[i]!
      if (!a.ok) throw new ApiFailure(a.reason)
      const read = parseJson(a.text)
      const record = read.ok && isWellFormed(read.value) ? read.value : undefined
      if (!record || record.id !== id) throw new ApiFailure(`${a.url} answered something that is not the OSV record ${id}`)
      records.set(id, record)
      if (record.modified) writeCached(cacheDir, record)
    })
    const byKey = new Map<string, OsvRecord[]>()
    queried.forEach((q, i) => {
      const list = byKey.get(q.key) ?? []
      for (const { id } of idsOf[i]!) if (!list.some((r) => r.id === id)) list.push(records.get(id)!)
      byKey.set(q.key, list)
    })
    const digest = createHash('sha256')
      .update(
        [...wanted]
          .map(([id, m]) => `${id}@${m}`)
          .sort()
          .join('\n'),
      )
      .digest('hex')
    return {
      ok: true,
      source: { kind: 'api', location: base, date: options.now.toISOString(), digest: `sha256:${digest}` },
      recordsOf: (q) => byKey.get(q.key) ?? [],
      notes: toFetch.length < wanted.size ? [`${wanted.size - toFetch.length} of ${wanted.size} advisories read from the cache`] : [],
      close: () => {},
    }
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error
    // a request cut short by the total limit says so, not "no answer within" its shortened time
    const message = Date.now() >= deadline ? late().message : error.message
    return {
      ok: false,
      reason: `the OSV API could not be read: ${message}`,
      remediation: 'Run again later, or use an offline database (`ois-ready vulndb update -o DIR`, then `--vulndb DIR`).',
    }
  }
}

function queryOf(q: Queried): { package: { ecosystem: string; name: string }; version: string } {
  return {
    package: { ecosystem: q.ecosystem, name: q.name },
    version: q.ecosystem === 'Go' ? q.component.version.replace(/^v/, '') : q.component.version,
  }
}

async function postJson(url: string, body: unknown, options: FetchOptions): Promise<unknown> {
  const answer = await fetchText(url, { ...options, postJson: JSON.stringify(body) })
  if (!answer.ok) throw new ApiFailure(answer.reason)
  const read = parseJson(answer.text)
  if (!read.ok) throw new ApiFailure(`${url} answered something that is not JSON`)
  return read.value
}

const cachePath = (dir: string, id: string, modified: string) =>
  join(dir, `${createHash('sha256').update(`${id}@${modified}`).digest('hex')}.json`)

/** A cached record, if it is the one asked for; anything else in the cache is ignored. */
function readCached(dir: string, id: string, modified: string): OsvRecord | undefined {
  try {
    const read = parseJson(readFileSync(cachePath(dir, id, modified), 'utf8'))
    const record = read.ok && isWellFormed(read.value) ? read.value : undefined
    return record && record.id === id && record.modified === modified ? record : undefined
  } catch {
    return undefined
  }
}

/** A cache that cannot be written only costs a later request. */
function writeCached(dir: string, record: OsvRecord): void {
  try {
    mkdirSync(dir, { recursive: true })
    const file = cachePath(dir, record.id, record.modified!)
    const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
    writeFileSync(temp, JSON.stringify(record), { mode: 0o600 })
    renameSync(temp, file)
  } catch {
    // ignored
  }
}
