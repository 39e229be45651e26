import { afterAll, describe, expect, test } from '@jest/globals'
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { helperEntry, MAX_AHEAD, readEach, YIELD_EVERY, type BulkFile } from '../../src/core/bulk-read.js'
import { readChunk, type Chunk, type HelperData } from '../../src/core/read-worker.js'
import { BULK_READ_MAX_BYTES, takeSnapshot } from '../../src/core/snapshot.js'
import { cleanup, makeRepo, tempDir } from '../helpers/repo.js'

afterAll(cleanup)

/** `count` small files in folders of 100, each with its own content. */
function tree(count: number): { root: string; files: BulkFile[]; content: (i: number) => string } {
  const root = tempDir()
  const content = (i: number) => `// SPDX-License-Identifier: EUPL-1.2\nexport const n = ${i}\n`
  const files: BulkFile[] = []
  for (let i = 0; i < count; i++) {
    const folder = `d${Math.floor(i / 100)}`
    if (i % 100 === 0) mkdirSync(join(root, folder))
    const path = `${folder}/f${i}.ts`
    writeFileSync(join(root, path), content(i))
    files.push({ path, size: Buffer.byteLength(content(i)) })
  }
  return { root, files, content }
}

function readAll(root: string, files: BulkFile[], options: { helper?: boolean } = {}, pause = 0) {
  const seen = new Map<number, string | undefined>()
  let twice = 0
  let first = true
  const stats = readEach(
    root,
    files,
    (i, bytes) => {
      if (seen.has(i)) twice++
      seen.set(i, bytes?.toString('utf8'))
      if (first && pause) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause)
      first = false
    },
    options,
  )
  return stats.then((s) => ({ stats: s, seen, twice }))
}

describe('reading every file of a list once', () => {
  test('each file is visited exactly once with its bytes, with a helper thread and without', async () => {
    const { root, files, content } = tree(3000)
    for (const helper of [false, true]) {
      const { seen, twice } = await readAll(root, files, { helper })
      expect(twice).toBe(0)
      expect(seen.size).toBe(3000)
      for (let i = 0; i < 3000; i++) expect(seen.get(i)).toBe(content(i))
    }
  })

  test('the helper thread reads chunks while this thread is busy, and nothing is lost or read twice', async () => {
    const { root, files, content } = tree(4000)
    // the first file's handling blocks this thread for 1.5 s: the helper reads most chunks meanwhile
    const { stats, seen, twice } = await readAll(root, files, { helper: true }, 1500)
    expect(stats.helperProblem).toBeUndefined()
    // it read up to MAX_AHEAD chunks of 256 files while this thread was blocked, and then went on
    expect(stats.helperFiles).toBeGreaterThanOrEqual(MAX_AHEAD * 256)
    expect(twice).toBe(0)
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(files.map((_, i) => i))
    for (let i = 0; i < 4000; i++) expect(seen.get(i)).toBe(content(i))
  })

  test('files changed since they were listed are left to the caller: missing, grown, replaced by a link', async () => {
    const { root, files, content } = tree(300)
    rmSync(join(root, files[10]!.path))
    appendFileSync(join(root, files[20]!.path), 'more\n')
    renameSync(join(root, files[30]!.path), join(root, 'moved.ts'))
    symlinkSync('/etc/passwd', join(root, files[30]!.path))
    for (const helper of [false, true]) {
      const { seen } = await readAll(root, files, { helper })
      expect(seen.size).toBe(300)
      expect(seen.get(10)).toBeUndefined()
      expect(seen.get(20)).toBeUndefined()
      expect(seen.get(30)).toBeUndefined()
      expect(seen.get(31)).toBe(content(31))
    }
  })

  test('a file swapped for a FIFO since listing does not block the read, nor the careful read after it', async () => {
    const { root, files, content } = tree(20)
    rmSync(join(root, files[5]!.path))
    execFileSync('mkfifo', [join(root, files[5]!.path)])
    for (const helper of [false, true]) {
      const { seen } = await readAll(root, files, { helper })
      expect(seen.size).toBe(20)
      expect(seen.get(5) ?? '').toBe('')
      expect(seen.get(6)).toBe(content(6))
    }
    const s = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })
    expect(await s.readTextUncached(files[5]!.path)).toMatchObject({ ok: false })
  })

  test('a file that shrank is read as it is now', async () => {
    const { root, files } = tree(5)
    writeFileSync(join(root, files[2]!.path), 'short')
    const { seen } = await readAll(root, files)
    expect(seen.get(2)).toBe('short')
  })

  test('the event loop turns every YIELD_EVERY files, also while the helper delivers faster than they are handled', async () => {
    const { root, files } = tree(4000)
    for (const helper of [false, true]) {
      let turns = 0
      let running = true
      const spin = (): void => {
        if (!running) return
        turns++
        setImmediate(spin)
      }
      setImmediate(spin)
      await readEach(root, files, () => {}, { helper })
      running = false
      expect(turns).toBeGreaterThanOrEqual(4000 / YIELD_EVERY - 1)
    }
  })

  test('an empty list visits nothing', async () => {
    const { seen, stats } = await readAll(tempDir(), [], { helper: true })
    expect(seen.size).toBe(0)
    expect(stats.helperFiles).toBe(0)
  })
})

describe('the helper thread', () => {
  test('its entry point is found beside the bundles and beside the source', () => {
    const dist = new URL('../../dist/cli.js', import.meta.url).href
    expect(helperEntry(dist)?.pathname).toMatch(/\/dist\/read-worker\.js$/)
    expect(helperEntry(new URL('../../src/core/bulk-read.ts', import.meta.url).href)?.pathname).toMatch(/\/src\/core\/read-worker\.ts$/)
    expect(helperEntry(new URL('../../docs/x.js', import.meta.url).href)).toBeUndefined()
  })

  /** Starts the helper alone on a plan of `files` in chunks starting at `starts`; this thread claims nothing. */
  function helperAlone(entry: string, root: string, files: BulkFile[], starts: number[], maxAhead: number, claim = 1) {
    const sizes = Float64Array.from(files, (f) => f.size)
    const state = new Int32Array(new SharedArrayBuffer(12))
    const { port1, port2 } = new MessageChannel()
    const data: HelperData = {
      oisReadyReadWorker: true,
      root,
      paths: files.map((f) => f.path).join('\0'),
      sizes,
      starts: Int32Array.from(starts),
      state,
      claim,
      maxAhead,
      port: port2,
    }
    const worker = new Worker(new URL(entry, import.meta.url), { workerData: data, transferList: [port2], stderr: true })
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    const received = (): Chunk[] => {
      const chunks: Chunk[] = []
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) chunks.push(m.message as Chunk)
      return chunks
    }
    return { plan: { root, paths: files.map((f) => f.path), sizes, starts: Int32Array.from(starts) }, state, exited, received }
  }

  test.each(['../../src/core/read-worker.ts', '../../dist/read-worker.js'])(
    '%s, run alone, claims and delivers every chunk of its plan, as readChunk reads them',
    async (entry) => {
      const { root, files } = tree(700)
      const { plan, state, exited, received } = helperAlone(entry, root, files, [0, 256, 512, 700], 8)
      await exited
      const chunks = received()
      expect(chunks.map((c) => c.chunk)).toEqual([0, 1, 2])
      for (const c of chunks) {
        const here = readChunk(plan, c.chunk)
        expect([...c.spans]).toEqual([...here.spans])
        const used = c.spans[c.spans.length - 2]! + c.spans[c.spans.length - 1]!
        expect(Buffer.from(c.buffer, 0, used).equals(Buffer.from(here.buffer, 0, used))).toBe(true)
      }
      expect(Atomics.load(state, 0)).toBeGreaterThanOrEqual(3)
    },
  )

  test('it claims several chunks at a time and delivers them together, the last claim cut at the end of the plan', async () => {
    const { root, files } = tree(700)
    const { plan, exited, received } = helperAlone('../../src/core/read-worker.ts', root, files, [0, 256, 512, 700], 8, 2)
    await exited
    const chunks = received()
    expect(chunks.map((c) => [c.chunk, c.count, c.spans.length / 2])).toEqual([
      [0, 2, 512],
      [2, 1, 188],
    ])
    expect([...chunks[1]!.spans]).toEqual([...readChunk(plan, 2).spans])
  })

  test('it reads at most maxAhead chunks that nobody has taken, then waits; told to stop, it ends', async () => {
    const { root, files } = tree(1000)
    const { state, exited, received } = helperAlone('../../src/core/read-worker.ts', root, files, [0, 100, 200, 300, 400, 500, 1000], 2)
    // it has posted 2 chunks and waits for room
    for (let i = 0; i < 200 && Atomics.load(state, 1) < 2; i++) await new Promise((r) => setTimeout(r, 10))
    await new Promise((r) => setTimeout(r, 200))
    expect(Atomics.load(state, 1)).toBe(2)
    expect(Atomics.load(state, 0)).toBe(2)
    // taking them makes room for two more
    expect(received().map((c) => c.chunk)).toEqual([0, 1])
    Atomics.sub(state, 1, 2)
    Atomics.notify(state, 1)
    for (let i = 0; i < 200 && Atomics.load(state, 1) < 2; i++) await new Promise((r) => setTimeout(r, 10))
    expect(Atomics.load(state, 0)).toBe(4)
    Atomics.store(state, 2, 1)
    Atomics.notify(state, 1)
    await exited
    expect(received().map((c) => c.chunk)).toEqual([2, 3])
    expect(Atomics.load(state, 0)).toBe(4)
  })
})

describe('Snapshot.readEachText', () => {
  test('reads text like readText, and leaves links, large files and folders that lead out of the repository to readText', async () => {
    const outside = tempDir()
    writeFileSync(join(outside, 'secret.txt'), 'SECRET')
    const root = makeRepo(
      {
        'a.txt': 'Grüße',
        'b.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]),
        'large.txt': 'x'.repeat(BULK_READ_MAX_BYTES + 1),
        'docs/c.txt': 'inside',
      },
      { git: false },
    )
    symlinkSync('a.txt', join(root, 'link.txt'))
    const s = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })
    rmSync(join(root, 'docs'), { recursive: true })
    symlinkSync(outside, join(root, 'docs'))
    writeFileSync(join(outside, 'c.txt'), 'SECRET')
    const paths = ['a.txt', 'b.bin', 'large.txt', 'docs/c.txt', 'link.txt', 'not-listed.txt']
    const got = new Map<string, unknown>()
    await s.readEachText(paths, (i, read) => got.set(paths[i]!, read))
    expect(got.get('a.txt')).toMatchObject({ ok: true, text: 'Grüße', encoding: 'utf-8' })
    expect(got.get('b.bin')).toMatchObject({ ok: false, reason: 'binary' })
    for (const p of ['large.txt', 'docs/c.txt', 'link.txt', 'not-listed.txt']) expect(got.get(p)).toBeUndefined()
    expect(readFileSync(join(root, 'docs/c.txt'), 'utf8')).toBe('SECRET')
    expect(await s.readTextUncached('docs/c.txt')).toMatchObject({ ok: false })
  })
})
