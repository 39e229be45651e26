/**
 * Reading many small files in chunks, shared by the thread that scans them and by a helper
 * thread that reads ahead (bulk-read.ts). This module runs as the helper's entry point too, so
 * it imports Node's own modules only: under Node 24 it runs as TypeScript with its types
 * stripped (the tests), and esbuild bundles it as dist/read-worker.js.
 */
import { closeSync, constants, openSync, readSync } from 'node:fs'
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads'

/** The files of `count` chunks from `chunk` on, read: their bytes one after the other in `buffer`. */
export interface Chunk {
  chunk: number
  count: number
  buffer: ArrayBuffer
  /** Per file: its start in buffer and its length, or -1 and -1 when it was not read here. */
  spans: Int32Array
}

export interface ChunkPlan {
  root: string
  /** The paths, relative to root, normal (no . or ..), with forward slashes. */
  paths: readonly string[]
  /** Each file's size when the files were listed; a file that has grown since is not read here. */
  sizes: Float64Array
  /** Chunk c holds the files starts[c] to starts[c + 1] - 1. */
  starts: Int32Array
}

/**
 * Reads the files of `count` chunks from `chunk` on: never a final symlink (O_NOFOLLOW; the caller has checked the
 * folders), never more than the size they were listed with, never blocking on a FIFO.
 */
export function readChunk(plan: ChunkPlan, chunk: number, count = 1): Chunk {
  const from = plan.starts[chunk]!
  const to = plan.starts[chunk + count]!
  let capacity = 0
  for (let i = from; i < to; i++) capacity += plan.sizes[i]! + 1
  // its own memory (not the shared pool), so that it can be handed to another thread
  const bytes = Buffer.allocUnsafeSlow(capacity)
  const spans = new Int32Array(2 * (to - from)).fill(-1)
  let offset = 0
  for (let i = from; i < to; i++) {
    const size = plan.sizes[i]!
    let fd: number
    try {
      // O_NONBLOCK: a file swapped for a FIFO since listing must not block the read
      fd = openSync(`${plan.root}/${plan.paths[i]}`, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    } catch {
      continue
    }
    try {
      // one byte more than listed tells a file that has grown
      const n = readSync(fd, bytes, offset, size + 1, 0)
      if (n <= size) {
        spans[2 * (i - from)] = offset
        spans[2 * (i - from) + 1] = n
        offset += n
      }
    } catch {
      // left to the caller, which reads it again and reports why it cannot
    } finally {
      closeSync(fd)
    }
  }
  return { chunk, count, buffer: bytes.buffer as ArrayBuffer, spans }
}

/** What the helper thread is given. */
export interface HelperData {
  oisReadyReadWorker: true
  root: string
  /** The paths joined by NUL (one string crosses threads faster than 100,000). */
  paths: string
  sizes: Float64Array
  starts: Int32Array
  /** [NEXT]: the next chunk to claim, by either thread; [AHEAD]: claims posted and not yet taken; [STOP]: 1 when the reader is done. */
  state: Int32Array
  /** Chunks the helper claims at a time (the other thread claims one): it reads more, and posts less often. */
  claim: number
  /** Claims the helper may have posted and not yet taken before it waits. */
  maxAhead: number
  port: MessagePort
}

export const NEXT = 0
export const AHEAD = 1
export const STOP = 2

function helperMain(data: HelperData): void {
  const plan: ChunkPlan = { root: data.root, paths: data.paths.split('\0'), sizes: data.sizes, starts: data.starts }
  const chunks = plan.starts.length - 1
  const { state } = data
  for (;;) {
    // back-pressure: what is read ahead waits in memory until the other thread takes it
    for (let ahead = Atomics.load(state, AHEAD); ahead >= data.maxAhead; ahead = Atomics.load(state, AHEAD)) {
      if (Atomics.load(state, STOP)) break
      Atomics.wait(state, AHEAD, ahead, 1000)
    }
    if (Atomics.load(state, STOP)) break
    const c = Atomics.add(state, NEXT, data.claim)
    if (c >= chunks) break
    const read = readChunk(plan, c, Math.min(data.claim, chunks - c))
    Atomics.add(state, AHEAD, 1)
    data.port.postMessage(read, [read.buffer, read.spans.buffer as ArrayBuffer])
  }
  data.port.close()
}

if (!isMainThread && (workerData as HelperData | undefined)?.oisReadyReadWorker === true) helperMain(workerData as HelperData)
