/** URL reachability for network checks: the catalogue's guarded fetcher (public addresses only, time and size limits). */
import { fetchText, DEFAULT_FETCH } from '../core/guarded-fetch.js'

export async function checkReachable(url: string, allowHosts: string[], timeoutMs = 10_000): Promise<string | undefined> {
  // publiccode.yml may name plain-http pages; private addresses stay refused either way
  const result = await fetchText(url, { ...DEFAULT_FETCH, timeoutMs, maxBytes: 1024 * 1024, allowHosts, allowHttp: true })
  return result.ok ? undefined : result.reason
}
