/**
 * The one way ois-ready reaches the network (catalogue downloads, package registries, the
 * GitHub API, URLs in publiccode.yml): a time limit, a size limit and a bounded number of
 * requests at a time; redirects followed by hand (at most 5), each hop HTTPS and to a public
 * address, checked at connection time so DNS cannot swap it. A token sent to one host is never
 * sent on to another that a redirect names.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import type http from 'node:http'
import type https from 'node:https'
import { BlockList, isIP, type LookupFunction } from 'node:net'

export interface FetchOptions {
  timeoutMs: number
  maxBytes: number
  concurrency: number
  /** host:port allowed even when private or plain HTTP (an intranet mirror; the tests' local server). */
  allowHosts: string[]
  /** Plain http:// to public addresses too (reachability checks of web pages; never for attestations). */
  allowHttp?: boolean
  /** Extra request headers (crates.io refuses requests without a User-Agent). */
  headers?: Record<string, string>
  /** Sent as a POST with this JSON body instead of a GET (the OSV API's batch query); a POST is not redirected. */
  postJson?: string
}

export const DEFAULT_FETCH: FetchOptions = { timeoutMs: 10_000, maxBytes: 16 * 1024 * 1024, concurrency: 8, allowHosts: [] }
const MAX_REDIRECTS = 5

/**
 * Milliseconds this process has spent in stream sinks (a catalogue verifies what it downloads as
 * it arrives). Time limits measure the servers, not our own work: a download's limit is extended
 * by the time spent in sinks while it ran, this one's and the others' of the moment.
 */
let sinkMs = 0

const PRIVATE = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['100::', 64],
  ['2001:db8::', 32],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6')

/** IPv6 forms that carry an IPv4 address (IPv4-compatible, NAT64, 6to4): the embedded address decides. */
function embeddedIPv4(address: string): string | undefined {
  const lower = address.toLowerCase()
  const dotted = /^(?:::|::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)
  if (dotted) return dotted[1]
  const words = expandIPv6(lower)
  if (!words) return undefined
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  if (words.slice(0, 6).every((w) => w === 0)) return v4(words[6]!, words[7]!) // ::a.b.c.d
  if (words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff) return v4(words[6]!, words[7]!) // ::ffff:a.b.c.d
  if (words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0)) return v4(words[6]!, words[7]!) // NAT64
  if (words[0] === 0x2002) return v4(words[1]!, words[2]!) // 6to4
  return undefined
}

function expandIPv6(address: string): number[] | undefined {
  const [head, tail] = address.split('::') as [string, string | undefined]
  const parse = (part: string) => (part ? part.split(':').map((h) => parseInt(h, 16)) : [])
  const a = parse(head)
  const b = tail === undefined ? [] : parse(tail)
  const words = tail === undefined ? a : [...a, ...new Array(8 - a.length - b.length).fill(0), ...b]
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : undefined
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return true
  if (family === 6) {
    const v4 = embeddedIPv4(address)
    if (v4 !== undefined) return isIP(v4) !== 4 || PRIVATE.check(v4, 'ipv4')
  }
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

export type FetchResult = { url: string; ok: true; text: string } | FetchFailure

/** A DNS lookup that refuses private addresses, used for the connection itself. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0)
    const list = addresses as LookupAddress[]
    const bad = list.find((a) => isPrivateAddress(a.address))
    if (bad || list.length === 0)
      return callback(
        Object.assign(new Error(`${hostname} resolves to a private address (${bad?.address ?? 'none'})`), { code: 'EPRIVATE' }),
        '',
        0,
      )
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list)
    callback(null, list[0]!.address, list[0]!.family)
  })
}

export async function fetchText(url: string, options: FetchOptions): Promise<FetchResult> {
  const result = await fetchBytes(url, options)
  return result.ok ? { url, ok: true, text: result.bytes.toString('utf8') } : result
}

/** fetchText for binary answers (a Go module zip), with the same guards. */
export async function fetchBytes(url: string, options: FetchOptions): Promise<{ url: string; ok: true; bytes: Buffer } | FetchFailure> {
  const chunks: Buffer[] = []
  const result = await fetchWith(url, options, (chunk) => chunks.push(chunk), true)
  return result.ok ? { url, ok: true, bytes: Buffer.concat(chunks) } : result
}

export type FetchFailure = { url: string; ok: false; reason: string; status?: number }
export type StreamResult = { url: string; ok: true; bytes: number } | FetchFailure

/**
 * The body of the final answer (HTTP 200) handed to `sink` chunk by chunk as it arrives, with the
 * same guards as fetchBytes; nothing is held here. A failure can come after some chunks (the body
 * grew over the size limit, the time limit ended it, the connection broke): then what the sink was
 * given is incomplete. An exception thrown by the sink ends the download and rejects the promise.
 * Each download has a connection of its own: a server may close a kept-alive connection while a
 * slow sink still reads what it sent, and the next request on it would fail.
 */
export function fetchStream(url: string, options: FetchOptions, sink: (chunk: Buffer) => void): Promise<StreamResult> {
  return fetchWith(url, options, sink, false)
}

async function fetchWith(url: string, options: FetchOptions, sink: (chunk: Buffer) => void, reuse: boolean): Promise<StreamResult> {
  let current = url
  const firstHost = new URL(url, 'https://invalid').host
  const deadline = Date.now() + options.timeoutMs
  const sinkAtStart = sinkMs
  /** Negative: milliseconds left before the deadline (extended by the time spent in sinks). */
  const remaining = () => Date.now() - (sinkMs - sinkAtStart) - deadline
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (remaining() >= 0) return { url, ok: false, reason: `no complete answer within ${options.timeoutMs} ms (redirects included)` }
    let parsed: URL
    try {
      parsed = new URL(current)
    } catch {
      return { url, ok: false, reason: `${current} is not a URL` }
    }
    const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80')
    const allowed = options.allowHosts.includes(parsed.host) || options.allowHosts.includes(`${parsed.hostname}:${port}`)
    if (parsed.protocol !== 'https:' && !(allowed && parsed.protocol === 'http:'))
      return { url, ok: false, reason: `${current} is not an https:// URL` }
    if (!allowed && isIP(parsed.hostname.replace(/^\[|\]$/g, '')) && isPrivateAddress(parsed.hostname.replace(/^\[|\]$/g, ''))) {
      return { url, ok: false, reason: `${current} is a private address` }
    }
    // credentials go to the host they were given for, not to where it redirects
    const headers = parsed.host === firstHost ? options.headers : withoutCredentials(options.headers)
    const ask = () =>
      get(parsed, { ...options, ...(headers ? { headers } : {}), timeoutMs: Math.max(1, -remaining()) }, allowed, sink, reuse)
    let response = await ask()
    // a kept-alive connection the server closed as it was reused: the request never reached it (Node's own advice: ask again)
    if ('stale' in response && remaining() < 0) response = await ask()
    if ('reason' in response) return { url, ok: false, reason: response.reason }
    if (response.status >= 300 && response.status < 400 && response.location) {
      if (options.postJson !== undefined)
        return { url, ok: false, reason: `${current} redirects a POST (HTTP ${response.status}); not followed` }
      try {
        current = new URL(response.location, current).toString()
      } catch {
        return { url, ok: false, reason: `${current} redirects to an invalid address` }
      }
      continue
    }
    if (response.status !== 200) return { url, ok: false, reason: `HTTP ${response.status} from ${current}`, status: response.status }
    return { url, ok: true, bytes: response.bytes }
  }
  return { url, ok: false, reason: `more than ${MAX_REDIRECTS} redirects` }
}

function withoutCredentials(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!headers) return undefined
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(authorization|cookie|private-token)$/i.test(k)))
}

// Node's HTTP client is taken when a request is made, not imported: an ES import of node:http
// builds its module namespace, which loads Node's fetch implementation (some 30 to 100 ms) in
// every run, the offline ones too
const httpModule = () => process.getBuiltinModule('node:http') as typeof http
const httpsModule = () => process.getBuiltinModule('node:https') as typeof https

/** One request; only a 200 answer's body goes to the sink (other bodies are not read). */
function get(
  url: URL,
  options: FetchOptions,
  allowed: boolean,
  sink: (chunk: Buffer) => void,
  reuse: boolean,
): Promise<{ status: number; location?: string; bytes: number } | { reason: string; stale?: true }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? httpsModule() : httpModule()
    const body = options.postJson === undefined ? undefined : Buffer.from(options.postJson)
    const request = client.request(
      url,
      {
        method: body ? 'POST' : 'GET',
        timeout: options.timeoutMs,
        ...(reuse ? {} : { agent: false }),
        ...(allowed ? {} : { lookup: publicOnlyLookup }),
        headers: {
          accept: 'application/json, application/jsonl, */*',
          ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const status = res.statusCode ?? 0
        if (status >= 300 && status < 400) {
          res.resume()
          return resolve({ status, ...(res.headers.location ? { location: res.headers.location } : {}), bytes: 0 })
        }
        if (status !== 200) {
          res.destroy()
          return resolve({ status, bytes: 0 })
        }
        const declared = Number(res.headers['content-length'] ?? 0)
        if (declared > options.maxBytes) {
          res.destroy()
          return resolve({ reason: `${url} is ${declared} bytes, over the limit of ${options.maxBytes}` })
        }
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > options.maxBytes) {
            res.destroy()
            resolve({ reason: `${url} is over the limit of ${options.maxBytes} bytes` })
            return
          }
          const started = performance.now()
          try {
            sink(chunk)
          } catch (error) {
            res.destroy()
            reject(error as Error)
          } finally {
            sinkMs += performance.now() - started
          }
        })
        res.on('end', () => resolve({ status, bytes: size }))
        res.on('error', (e) => resolve({ reason: `${url}: ${e.message}` }))
      },
    )
    // the time limit, extended by the time spent in sinks meanwhile (see sinkMs)
    const sinkAtStart = sinkMs
    let credited = 0
    const expire = () => {
      const owed = sinkMs - sinkAtStart - credited
      if (owed < 1) return request.destroy(new Error(`no answer within ${options.timeoutMs} ms`))
      credited += owed
      timer = setTimeout(expire, owed)
    }
    let timer = setTimeout(expire, options.timeoutMs)
    request.on('close', () => clearTimeout(timer))
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)))
    let answered = false
    request.on('response', () => (answered = true))
    request.on('error', (e) => {
      const code = (e as NodeJS.ErrnoException).code
      const stale = !answered && !body && request.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')
      resolve({ reason: `${url}: ${e.message}`, ...(stale ? { stale: true as const } : {}) })
    })
    request.end(body)
  })
}

/** All downloads of one build together come to at most this much (each is also limited on its own). */
export const TOTAL_DOWNLOAD_BYTES = 1024 * 1024 * 1024

/** What a download of streamAll is handed to: its sink, and how it ended. */
export interface StreamTarget {
  sink: (chunk: Buffer) => void
  /** Its promise, when it gives one, is awaited before this worker's next download. */
  end: (result: StreamResult) => void | Promise<void>
}

/**
 * Streams many URLs, a few at a time, within a total byte budget: `open(url)` gives where one
 * download goes. Once the completed downloads reach the budget, the URLs not yet started end
 * with that reason, unfetched.
 */
export async function streamAll(
  urls: string[],
  options: FetchOptions,
  open: (url: string) => StreamTarget,
  budget = TOTAL_DOWNLOAD_BYTES,
): Promise<void> {
  let next = 0
  let spent = 0
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!
      const target = open(url)
      if (spent >= budget) {
        await target.end({ url, ok: false, reason: `the downloads of this build reached ${budget} bytes; not fetched` })
        continue
      }
      const result = await fetchStream(url, options, target.sink)
      if (result.ok) spent += result.bytes
      await target.end(result)
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency, urls.length) }, worker))
}

/** Fetches many URLs as text, a few at a time, keeping their order, within a total byte budget. */
export async function fetchAll(urls: string[], options: FetchOptions, budget = TOTAL_DOWNLOAD_BYTES): Promise<FetchResult[]> {
  const results: FetchResult[] = new Array(urls.length)
  let index = 0
  await streamAll(
    urls,
    options,
    () => {
      const i = index++
      const chunks: Buffer[] = []
      return {
        sink: (chunk) => chunks.push(chunk),
        end: (r) => {
          results[i] = r.ok ? { url: r.url, ok: true, text: Buffer.concat(chunks).toString('utf8') } : r
        },
      }
    },
    budget,
  )
  return results
}
