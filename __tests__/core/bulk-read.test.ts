import { afterAll, describe, expect, test } from '@jest/globals'
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { helperEntry, readEach, type BulkFile } from '../../src/core/bulk-read.js'
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
    expect(stats.helperFiles).toBeGreaterThan(2000)
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

  test('a file that shrank is read as it is now', async () => {
    const { root, files } = tree(5)
    writeFileSync(join(root, files[2]!.path), 'short')
    const { seen } = await readAll(root, files)
    expect(seen.get(2)).toBe('short')
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

  test.each(['../../src/core/read-worker.ts', '../../dist/read-worker.js'])(
    '%s, run alone, claims and delivers every chunk of its plan, as readChunk reads them',
    async (entry) => {
      const { root, files } = tree(700)
      const starts = Int32Array.from([0, 256, 512, 700])
      const sizes = Float64Array.from(files, (f) => f.size)
      const state = new Int32Array(new SharedArrayBuffer(4))
      const { port1, port2 } = new MessageChannel()
      const data: HelperData = {
        oisReadyReadWorker: true,
        root,
        paths: files.map((f) => f.path).join('\0'),
        sizes,
        starts,
        state,
        port: port2,
      }
      const worker = new Worker(new URL(entry, import.meta.url), {
        workerData: data,
        transferList: [port2],
        stderr: true,
      })
      await new Promise((resolve) => worker.once('exit', resolve))
      const chunks: Chunk[] = []
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) chunks.push(m.message as Chunk)
      expect(chunks.map((c) => c.chunk)).toEqual([0, 1, 2])
      const plan = { root, paths: files.map((f) => f.path), sizes, starts }
      for (const c of chunks) {
        const here = readChunk(plan, c.chunk)
        expect([...c.spans]).toEqual([...here.spans])
        const used = c.spans[c.spans.length - 2]! + c.spans[c.spans.length - 1]!
        expect(Buffer.from(c.buffer, 0, used).equals(Buffer.from(here.buffer, 0, used))).toBe(true)
      }
      expect(Atomics.load(state, 0)).toBeGreaterThanOrEqual(3)
    },
  )
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
