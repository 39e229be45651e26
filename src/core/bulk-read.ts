/**
 * Reads every file of a list once, for scans of the whole repository (the REUSE lint of
 * 100,000 files). Opening a file costs more than what is done with it, so a helper thread
 * reads chunks of files ahead while this thread reads others and handles what both have read.
 * Neither thread waits for the other: when every chunk is claimed, this thread reads again the
 * chunks the helper has not delivered yet, and keeps whichever copy comes first. Small lists
 * are read here alone: a thread takes some 20 ms to start.
 */
import { existsSync } from 'node:fs'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { AHEAD, NEXT, readChunk, STOP, type Chunk, type ChunkPlan, type HelperData } from './read-worker.js'

/**
 * Files per chunk, and bytes. This thread claims one chunk at a time, between taking what the
 * helper has delivered, so it reads only while it would otherwise wait; the helper claims
 * HELPER_CLAIM chunks at a time, and so reads most files.
 */
const CHUNK_FILES = 64
const CHUNK_BYTES = 1 << 20
const HELPER_CLAIM = 4
/** How many claims the helper may read ahead of this thread: its reads wait beyond (memory stays bounded: 8 x 4 x 1 MiB at most). */
export const MAX_AHEAD = 8
/** The helper's heap: its garbage is per-file strings, its live data the paths (a failure past this is a helper problem, not a lost read). */
const HELPER_YOUNG_MB = 2
const HELPER_OLD_MB = 256
/** Below this many files, no helper thread: the files are read before it has started. */
export const HELPER_MIN_FILES = 10_000
/** Files handled between two turns of the event loop, so that timers and other checks run. */
export const YIELD_EVERY = 1000

export interface BulkFile {
  path: string
  size: number
}

export interface BulkReadStats {
  /** Files read by the helper thread (0 when there was none). */
  helperFiles: number
  /** Why there was no helper thread, or why it stopped early. */
  helperProblem?: string
}

/**
 * Calls `visit(index, bytes)` once for each file, in no fixed order, with its bytes (valid only
 * during the call), or with undefined when it could not be read as listed (missing, grown,
 * replaced by a link): the caller reads those again the careful way, which says why.
 */
export async function readEach(
  root: string,
  files: readonly BulkFile[],
  visit: (index: number, bytes: Buffer | undefined) => void,
  options: { helper?: boolean } = {},
): Promise<BulkReadStats> {
  const plan = planChunks(root, files)
  const chunks = plan.starts.length - 1
  // [NEXT]: the next chunk to claim; [AHEAD]: claims the helper has posted and this thread not taken; [STOP]: the end
  const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT))
  const stats: BulkReadStats = { helperFiles: 0 }
  const wanted = options.helper ?? files.length >= HELPER_MIN_FILES
  const helper = wanted ? startHelper(plan, state, stats) : undefined
  const handled = new Uint8Array(chunks)
  let left = chunks
  let sinceYield = 0
  const handle = (read: Chunk, byHelper: boolean): void => {
    if (byHelper) {
      // room for one more claim ahead
      Atomics.sub(state, AHEAD, 1)
      Atomics.notify(state, AHEAD)
    }
    const base = plan.starts[read.chunk]!
    const bytes = Buffer.from(read.buffer)
    for (let j = read.chunk; j < read.chunk + read.count; j++) {
      // a chunk this thread read while the helper was still at it: the helper's copy is dropped
      if (handled[j]) continue
      handled[j] = 1
      left--
      const from = plan.starts[j]!
      const to = plan.starts[j + 1]!
      for (let i = from; i < to; i++) {
        const start = read.spans[2 * (i - base)]!
        visit(i, start === -1 ? undefined : bytes.subarray(start, start + read.spans[2 * (i - base) + 1]!))
      }
      if (byHelper) stats.helperFiles += to - from
      sinceYield += to - from
    }
  }
  // what the helper has delivered, up to the next turn of the event loop (it is never more than MAX_AHEAD claims ahead)
  const drain = (): void => {
    if (!helper) return
    for (let m; sinceYield < YIELD_EVERY && (m = receiveMessageOnPort(helper.port));) handle(m.message as Chunk, true)
  }
  try {
    for (let next = 0; left > 0;) {
      drain()
      if (sinceYield >= YIELD_EVERY) {
        sinceYield = 0
        await new Promise((resolve) => setImmediate(resolve))
        continue
      }
      const c = Atomics.add(state, NEXT, 1)
      if (c < chunks) handle(readChunk(plan, c), false)
      else {
        // every chunk is claimed: rather than wait for the ones the helper is reading, read them here too
        while (next < chunks && handled[next]) next++
        if (next < chunks) handle(readChunk(plan, next), false)
      }
    }
  } finally {
    helper?.stop()
  }
  return stats
}

function planChunks(root: string, files: readonly BulkFile[]): ChunkPlan {
  const starts = [0]
  let bytes = 0
  for (let i = 0; i < files.length; i++) {
    const size = files[i]!.size
    if (i > starts[starts.length - 1]! && (i - starts[starts.length - 1]! >= CHUNK_FILES || bytes + size > CHUNK_BYTES)) {
      starts.push(i)
      bytes = 0
    }
    bytes += size + 1
  }
  if (files.length > 0) starts.push(files.length)
  return {
    root,
    paths: files.map((f) => f.path),
    sizes: Float64Array.from(files, (f) => f.size),
    starts: Int32Array.from(starts),
  }
}

interface Helper {
  port: MessagePort
  stop: () => void
}

/**
 * The helper's entry point beside a module: dist/read-worker.js beside the bundles, the
 * TypeScript source beside src/core/bulk-read.ts (tests); undefined when it is not there.
 */
export function helperEntry(moduleUrl: string = import.meta.url): URL | undefined {
  const url = new URL(moduleUrl.endsWith('.ts') ? './read-worker.ts' : './read-worker.js', moduleUrl)
  return existsSync(url) ? url : undefined
}

function startHelper(plan: ChunkPlan, state: Int32Array, stats: BulkReadStats): Helper | undefined {
  const url = helperEntry()
  if (!url) {
    stats.helperProblem = 'read-worker.js is missing beside the program; files were read by one thread'
    return undefined
  }
  const { port1, port2 } = new MessageChannel()
  const data: HelperData = {
    oisReadyReadWorker: true,
    claim: HELPER_CLAIM,
    maxAhead: MAX_AHEAD,
    root: plan.root,
    paths: plan.paths.join('\0'),
    sizes: plan.sizes,
    starts: plan.starts,
    state,
    port: port2,
  }
  let worker: Worker
  try {
    worker = new Worker(url, {
      workerData: data,
      transferList: [port2],
      stdout: true,
      stderr: true,
      // it keeps the paths and little else: a small young generation keeps the process's peak memory down
      resourceLimits: { maxYoungGenerationSizeMb: HELPER_YOUNG_MB, maxOldGenerationSizeMb: HELPER_OLD_MB },
    })
  } catch (error) {
    stats.helperProblem = `the helper thread did not start (${(error as Error).message}); files were read by one thread`
    return undefined
  }
  worker.once('error', (error) => {
    stats.helperProblem = `the helper thread stopped (${error.message}); this thread read the rest`
  })
  const helper: Helper = {
    port: port1,
    stop: () => {
      // a helper waiting for room wakes up and ends
      Atomics.store(state, STOP, 1)
      Atomics.notify(state, AHEAD)
      port1.close()
      void worker.terminate()
    },
  }
  return helper
}
