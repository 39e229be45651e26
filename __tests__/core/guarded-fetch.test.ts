import { describe, expect, test } from '@jest/globals'
import { fetchAll, fetchStream, fetchText, isPrivateAddress, DEFAULT_FETCH } from '../../src/core/guarded-fetch.js'
import { startLocalServer } from '../helpers/local-github.js'

describe('private addresses are refused, in every spelling', () => {
  test.each([
    ['127.0.0.1'],
    ['10.1.2.3'],
    ['172.16.0.1'],
    ['192.168.1.1'],
    ['169.254.169.254'],
    ['0.0.0.0'],
    ['::1'],
    ['::'],
    ['::ffff:127.0.0.1'],
    ['::127.0.0.1'],
    ['64:ff9b::7f00:1'],
    ['2002:7f00:1::'],
    ['fc00::1'],
    ['fe80::1'],
    ['fec0::1'],
    ['ff02::1'],
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  test.each([['93.184.215.14'], ['2a00:1450:4001:80e::200e'], ['64:ff9b::5db8:d70e'], ['2002:5db8:d70e::']])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false)
  })

  test.each([
    ['https://localhost:9/a.jsonl'],
    ['https://[::ffff:127.0.0.1]:9/a.jsonl'],
    ['https://127.0.0.1:9/a.jsonl'],
    ['https://[::127.0.0.1]:9/a'],
  ])('%s is not fetched', async (url) => {
    const r = await fetchText(url, { ...DEFAULT_FETCH, timeoutMs: 2000 })
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/private address/) })
  })
})

describe('downloads are bounded', () => {
  test('a redirect to an invalid address, an oversized body and a slow body end with a reason', async () => {
    const server = await startLocalServer((req) => {
      if (req.url === '/bad-location') return { status: 302, body: '', headers: { location: 'https://[x' } }
      if (req.url === '/big') return { status: 200, body: 'x'.repeat(5000) }
      return { status: 404, body: '' }
    })
    const slow = await new Promise<{ url: string; close: () => void }>((resolve) => {
      import('node:http').then(({ createServer }) => {
        const s = createServer((_req, res) => {
          res.writeHead(200)
          res.write('{')
          // never ends: the time limit must
        })
        s.listen(0, '127.0.0.1', () => {
          const port = (s.address() as { port: number }).port
          resolve({ url: `http://127.0.0.1:${port}`, close: () => (s.closeAllConnections(), s.close()) })
        })
      })
    })
    try {
      const opts = { ...DEFAULT_FETCH, allowHosts: [server.url.slice(7), slow.url.slice(7)], maxBytes: 1000, timeoutMs: 1500 }
      expect(await fetchText(`${server.url}/bad-location`, opts)).toMatchObject({
        ok: false,
        reason: expect.stringContaining('redirects to an invalid address'),
      })
      expect(await fetchText(`${server.url}/big`, opts)).toMatchObject({
        ok: false,
        reason: expect.stringContaining('over the limit of 1000'),
      })
      const started = Date.now()
      expect(await fetchText(`${slow.url}/slow`, opts)).toMatchObject({ ok: false })
      expect(Date.now() - started).toBeLessThan(10_000)
    } finally {
      await server.close()
      slow.close()
    }
  })
})

describe('streamed downloads', () => {
  test('the body goes to the sink chunk by chunk; time spent in the sink does not count against the time limit', async () => {
    const body = Buffer.alloc(256 * 1024, 'a')
    const server = await startLocalServer(() => ({ status: 200, body }))
    try {
      const opts = { ...DEFAULT_FETCH, allowHosts: [server.url.slice(7)], timeoutMs: 400 }
      const chunks: number[] = []
      // at least four chunks of at most 64 KiB, 150 ms of work each: longer than the limit in all
      const result = await fetchStream(`${server.url}/slow-sink`, opts, (chunk) => {
        chunks.push(chunk.length)
        const until = Date.now() + 150
        while (Date.now() < until) {
          // a verifier at work
        }
      })
      expect(result).toEqual({ url: `${server.url}/slow-sink`, ok: true, bytes: body.length })
      expect(chunks.length).toBeGreaterThanOrEqual(4)
      expect(chunks.reduce((a, b) => a + b, 0)).toBe(body.length)
    } finally {
      await server.close()
    }
  })
})

describe('the download budget of a build', () => {
  test('once the downloads reach the budget, the remaining URLs are rejected with the reason', async () => {
    const server = await startLocalServer(() => ({ status: 200, body: 'x'.repeat(600) }))
    try {
      const opts = { ...DEFAULT_FETCH, allowHosts: [server.url.slice(7)], concurrency: 1 }
      const results = await fetchAll([`${server.url}/1`, `${server.url}/2`, `${server.url}/3`], opts, 1000)
      expect(results.map((r) => r.ok)).toEqual([true, true, false])
      expect(results[2]).toMatchObject({ reason: 'the downloads of this build reached 1000 bytes; not fetched' })
    } finally {
      await server.close()
    }
  })
})

describe('a kept-alive connection the server has closed', () => {
  /**
   * A server that answers the first request of each connection and resets the connection at the
   * second, as a server does that closes an idle kept-alive connection just as the client reuses it.
   */
  async function resettingServer(): Promise<{ host: string; connections: () => number; requests: string[]; close: () => Promise<void> }> {
    const { createServer } = await import('node:net')
    const requests: string[] = []
    let connections = 0
    const sockets = new Set<import('node:net').Socket>()
    const server = createServer((socket) => {
      connections++
      sockets.add(socket)
      let served = 0
      let pending = ''
      socket.on('data', (data: Buffer) => {
        pending += data.toString('latin1')
        while (pending.includes('\r\n\r\n')) {
          const end = pending.indexOf('\r\n\r\n') + 4
          const head = pending.slice(0, end)
          pending = pending.slice(end)
          const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0)
          pending = pending.slice(length)
          requests.push(head.split('\r\n')[0]!)
          if (served++ === 0)
            socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4\r\nConnection: keep-alive\r\n\r\n"ok"')
          else socket.resetAndDestroy()
        }
      })
      socket.on('error', () => {})
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as import('node:net').AddressInfo
    return {
      host: `127.0.0.1:${port}`,
      connections: () => connections,
      requests,
      close: () =>
        new Promise<void>((resolve) => {
          for (const s of sockets) s.destroy()
          server.close(() => resolve())
        }),
    }
  }

  test('a GET is asked again on a new connection; a POST is not sent twice', async () => {
    const server = await resettingServer()
    try {
      const options = { ...DEFAULT_FETCH, allowHosts: [server.host] }
      const first = await fetchText(`http://${server.host}/a`, options)
      expect(first).toMatchObject({ ok: true, text: '"ok"' })
      // the same connection is reused and reset: the request is made again, on a second connection
      const second = await fetchText(`http://${server.host}/b`, options)
      expect(second).toMatchObject({ ok: true, text: '"ok"' })
      expect(server.requests).toEqual(['GET /a HTTP/1.1', 'GET /b HTTP/1.1', 'GET /b HTTP/1.1'])
      expect(server.connections()).toBe(2)
      // a POST that met a reset connection may have been acted on: it fails with the reason
      const post = await fetchText(`http://${server.host}/c`, { ...options, postJson: '{}' })
      const third = await fetchText(`http://${server.host}/c`, { ...options, postJson: '{}' })
      expect([post.ok, third.ok]).toContain(false)
      expect(server.requests.filter((r) => r.startsWith('POST')).length).toBe(2)
    } finally {
      await server.close()
    }
  })
})
