/**
 * The one way ois-ready reaches the network (catalogue downloads, package registries, the
 * GitHub API, URLs in publiccode.yml): a time limit, a size limit and a bounded number of
 * requests at a time; redirects followed by hand (at most 5), each hop HTTPS and to a public
 * address, checked at connection time so DNS cannot swap it. A token sent to one host is never
 * sent on to another that a redirect names.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
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
}

export const DEFAULT_FETCH: FetchOptions = { timeoutMs: 10_000, maxBytes: 16 * 1024 * 1024, concurrency: 8, allowHosts: [] }
const MAX_REDIRECTS = 5

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

export type FetchResult = { url: string; ok: true; text: string } | { url: string; ok: false; reason: string; status?: number }

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
export async function fetchBytes(
  url: string,
  options: FetchOptions,
): Promise<{ url: string; ok: true; bytes: Buffer } | { url: string; ok: false; reason: string; status?: number }> {
  let current = url
  const firstHost = new URL(url, 'https://invalid').host
  const deadline = Date.now() + options.timeoutMs
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (Date.now() >= deadline) return { url, ok: false, reason: `no complete answer within ${options.timeoutMs} ms (redirects included)` }
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
    const response = await get(
      parsed,
      { ...options, ...(headers ? { headers } : {}), timeoutMs: Math.max(1, deadline - Date.now()) },
      allowed,
    )
    if ('reason' in response) return { url, ok: false, reason: response.reason }
    if (response.status >= 300 && response.status < 400 && response.location) {
      try {
        current = new URL(response.location, current).toString()
      } catch {
        return { url, ok: false, reason: `${current} redirects to an invalid address` }
      }
      continue
    }
    if (response.status !== 200) return { url, ok: false, reason: `HTTP ${response.status} from ${current}`, status: response.status }
    return { url, ok: true, bytes: response.body }
  }
  return { url, ok: false, reason: `more than ${MAX_REDIRECTS} redirects` }
}

function withoutCredentials(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!headers) return undefined
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(authorization|cookie|private-token)$/i.test(k)))
}

function get(
  url: URL,
  options: FetchOptions,
  allowed: boolean,
): Promise<{ status: number; location?: string; body: Buffer } | { reason: string }> {
  return new Promise((resolve) => {
    const client = url.protocol === 'https:' ? https : http
    const request = client.get(
      url,
      {
        timeout: options.timeoutMs,
        ...(allowed ? {} : { lookup: publicOnlyLookup }),
        headers: { accept: 'application/json, application/jsonl, */*', ...options.headers },
      },
      (res) => {
        const status = res.statusCode ?? 0
        if (status >= 300 && status < 400) {
          res.resume()
          return resolve({ status, ...(res.headers.location ? { location: res.headers.location } : {}), body: Buffer.alloc(0) })
        }
        const declared = Number(res.headers['content-length'] ?? 0)
        if (declared > options.maxBytes) {
          res.destroy()
          return resolve({ reason: `${url} is ${declared} bytes, over the limit of ${options.maxBytes}` })
        }
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > options.maxBytes) {
            res.destroy()
            resolve({ reason: `${url} is over the limit of ${options.maxBytes} bytes` })
          } else chunks.push(chunk)
        })
        res.on('end', () => resolve({ status, body: Buffer.concat(chunks) }))
        res.on('error', (e) => resolve({ reason: `${url}: ${e.message}` }))
      },
    )
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs)
    request.on('close', () => clearTimeout(timer))
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)))
    request.on('error', (e) => resolve({ reason: `${url}: ${e.message}` }))
  })
}

/** All downloads of one build together hold at most this much (each is also limited on its own). */
export const TOTAL_DOWNLOAD_BYTES = 1024 * 1024 * 1024

/** Fetches many URLs, a few at a time, keeping their order, within a total byte budget. */
export async function fetchAll(urls: string[], options: FetchOptions, budget = TOTAL_DOWNLOAD_BYTES): Promise<FetchResult[]> {
  const results: FetchResult[] = new Array(urls.length)
  let next = 0
  let spent = 0
  const worker = async () => {
    while (next < urls.length) {
      const i = next++
      if (spent >= budget) {
        results[i] = { url: urls[i]!, ok: false, reason: `the downloads of this build reached ${budget} bytes; not fetched` }
        continue
      }
      const result = await fetchText(urls[i]!, options)
      if (result.ok) spent += Buffer.byteLength(result.text)
      results[i] = result
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency, urls.length) }, worker))
  return results
}
