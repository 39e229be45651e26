/**
 * Text written in order and read back once, in order: held in memory up to a limit, then in a
 * temporary file (mode 0600, removed by dispose). For outputs whose first lines depend on what
 * comes after them (a verification record says whether all are valid before listing them).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const READ_BYTES = 1 << 20

export class TextSpool {
  private pending: string[] = []
  private pendingLength = 0
  private fd: number | undefined
  private dir: string | undefined

  constructor(private readonly memoryChars = 1 << 20) {}

  write(text: string): void {
    this.pending.push(text)
    this.pendingLength += text.length
    if (this.pendingLength >= this.memoryChars) this.flush()
  }

  /** Everything written, in pieces (strings while it fits in memory, then buffers of the file). */
  *read(): Generator<string | Buffer> {
    if (this.fd === undefined) {
      yield this.pending.join('')
      return
    }
    this.flush()
    for (let position = 0; ;) {
      const chunk = Buffer.allocUnsafe(READ_BYTES)
      const read = readSync(this.fd, chunk, 0, READ_BYTES, position)
      if (read === 0) return
      position += read
      yield chunk.subarray(0, read)
    }
  }

  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true })
    this.fd = undefined
    this.dir = undefined
    this.pending = []
    this.pendingLength = 0
  }

  private flush(): void {
    if (this.fd === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'ois-ready-spool-'))
      this.fd = openSync(join(this.dir, 'spool'), 'wx+', 0o600)
    }
    const bytes = Buffer.from(this.pending.join(''), 'utf8')
    for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at, bytes.length - at)
    this.pending = []
    this.pendingLength = 0
  }
}
