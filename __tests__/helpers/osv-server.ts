/**
 * A local stand-in for OSV's two services, serving real records (fixtures/real/osv): the
 * per-ecosystem exports (`/<ecosystem>/all.zip`, zipped here with fflate) and the API
 * (`POST /v1/querybatch`, `GET /v1/vulns/{id}`), answering as osv.dev does, or as told to misbehave.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { FIXTURES } from './repo.js'
import { matchRecord, type OsvRecord } from '../../src/vuln/osv.js'

/** Every real record in fixtures/real/osv. */
export function realRecords(): OsvRecord[] {
  const root = join(FIXTURES, 'real', 'osv')
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).map((f) => JSON.parse(readFileSync(join(root, d.name, f), 'utf8')) as OsvRecord))
}

/** OSV's export of one ecosystem: each record affecting it as `<id>.json` in a zip. */
export function exportZip(records: OsvRecord[], ecosystem: string): Buffer {
  const files: Record<string, Uint8Array> = {}
  for (const r of records)
    if ((r.affected ?? []).some((a) => a.package?.ecosystem === ecosystem))
      files[`${r.id}.json`] = new TextEncoder().encode(JSON.stringify(r))
  return Buffer.from(zipSync(files))
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => boolean | void

export interface OsvServer {
  url: string
  host: string
  requests: string[]
  close(): Promise<void>
}

/** Serves `zips` (ecosystem -> bytes) and the API over `records`; `override` may answer first. */
export function osvServer(options: { zips?: Record<string, Buffer>; records?: OsvRecord[]; override?: Handler }): Promise<OsvServer> {
  const requests: string[] = []
  const records = options.records ?? []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString('utf8')))
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`)
      if (options.override?.(req, res, body)) return
      const zip = /^\/([^/]+)\/all\.zip$/.exec(req.url ?? '')
      if (req.method === 'GET' && zip) {
        const bytes = options.zips?.[decodeURIComponent(zip[1]!)]
        if (!bytes) return void res.writeHead(404).end()
        return void res.writeHead(200, { 'content-type': 'application/zip', 'content-length': bytes.length }).end(bytes)
      }
      if (req.method === 'POST' && req.url === '/v1/querybatch') {
        const { queries } = JSON.parse(body) as { queries: { package: { ecosystem: string; name: string }; version: string }[] }
        const results = queries.map((q) => {
          const vulns = records
            .filter((r) => matchRecord(r, q.package.ecosystem, q.package.name, q.version).length > 0)
            .map((r) => ({ id: r.id, modified: r.modified }))
          return vulns.length > 0 ? { vulns } : {}
        })
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results }))
      }
      const vuln = /^\/v1\/vulns\/([^/]+)$/.exec(req.url ?? '')
      if (req.method === 'GET' && vuln) {
        const r = records.find((x) => x.id === decodeURIComponent(vuln[1]!))
        if (!r) return void res.writeHead(404).end(JSON.stringify({ code: 5, message: 'Bug not found.' }))
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(r))
      }
      res.writeHead(404).end()
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port
      resolve({
        url: `http://127.0.0.1:${port}`,
        host: `127.0.0.1:${port}`,
        requests,
        close: () => new Promise((r) => server.close(() => r())),
      })
    })
  })
}
