import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/read-worker.ts
import { closeSync, constants, openSync, readSync } from "node:fs";
import { isMainThread, workerData } from "node:worker_threads";
function readChunk(plan, chunk, count = 1) {
  const from = plan.starts[chunk];
  const to = plan.starts[chunk + count];
  let capacity = 0;
  for (let i = from; i < to; i++) capacity += plan.sizes[i] + 1;
  const bytes = Buffer.allocUnsafeSlow(capacity);
  const spans = new Int32Array(2 * (to - from)).fill(-1);
  let offset = 0;
  for (let i = from; i < to; i++) {
    const size = plan.sizes[i];
    let fd;
    try {
      fd = openSync(`${plan.root}/${plan.paths[i]}`, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      continue;
    }
    try {
      const n = readSync(fd, bytes, offset, size + 1, 0);
      if (n <= size) {
        spans[2 * (i - from)] = offset;
        spans[2 * (i - from) + 1] = n;
        offset += n;
      }
    } catch {
    } finally {
      closeSync(fd);
    }
  }
  return { chunk, count, buffer: bytes.buffer, spans };
}
var NEXT = 0;
var AHEAD = 1;
var STOP = 2;
function helperMain(data) {
  const plan = { root: data.root, paths: data.paths.split("\0"), sizes: data.sizes, starts: data.starts };
  const chunks = plan.starts.length - 1;
  const { state } = data;
  for (; ; ) {
    for (let ahead = Atomics.load(state, AHEAD); ahead >= data.maxAhead; ahead = Atomics.load(state, AHEAD)) {
      if (Atomics.load(state, STOP)) break;
      Atomics.wait(state, AHEAD, ahead, 1e3);
    }
    if (Atomics.load(state, STOP)) break;
    const c = Atomics.add(state, NEXT, data.claim);
    if (c >= chunks) break;
    const read = readChunk(plan, c, Math.min(data.claim, chunks - c));
    Atomics.add(state, AHEAD, 1);
    data.port.postMessage(read, [read.buffer, read.spans.buffer]);
  }
  data.port.close();
}
if (!isMainThread && workerData?.oisReadyReadWorker === true) helperMain(workerData);
export {
  AHEAD,
  NEXT,
  STOP,
  readChunk
};
