/** A local HTTP server answering the GitHub endpoints the Action uses, recording each request. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** An answer; `delayMs` holds it back (a slow or stalled server). */
export type Route = (req: RecordedRequest) => { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }

export async function startLocalServer(route: Route): Promise<{ url: string; requests: RecordedRequest[]; close: () => Promise<void> }> {
  const requests: RecordedRequest[] = []
  const held = new Set<NodeJS.Timeout>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) }
      requests.push(recorded)
      const { status, body, headers, delayMs } = route(recorded)
      const answer = () => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers })
        res.end(body === undefined ? '' : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body))
      }
      if (!delayMs) return answer()
      const timer = setTimeout(() => {
        held.delete(timer)
        if (!res.destroyed) answer()
      }, delayMs)
      held.add(timer)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of held) clearTimeout(timer)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
