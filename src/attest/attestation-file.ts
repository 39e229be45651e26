/**
 * Reading attestation files: JSON Lines (one envelope or bundle per line) or a single JSON
 * document, read attestation by attestation. A file may hold any number of attestations; what is
 * held at a time is one attestation's text (at most MAX_ATTESTATION_BYTES), so memory does not
 * grow with the file.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { UsageError } from '../core/errors.js'
import { parseAttestationJson } from './attestation-json.js'

export const ATTESTATION_FILE = 'attestation.intoto.jsonl'
/** One attestation (one line, or a single document) may be at most this large. */
export const MAX_ATTESTATION_BYTES = 16 * 1024 * 1024
/** A single pretty-printed document is recognised while the start of the file is at most this large (a little slack for spacing). */
const MAX_HEAD_BYTES = MAX_ATTESTATION_BYTES + 64 * 1024
const CHUNK_BYTES = 1 << 20
const NEWLINE = 0x0a
const OPEN_BRACE = 0x7b

export interface AttestationLine {
  line: number
  value?: unknown
  error?: string
  /** The attestation's text as written: its line, or the whole document (trimmed) when the file holds only it. */
  text?: string
  /** Whether the file holds more than this one attestation (then it is named by its line). */
  many?: boolean
}

/** Whole-text form of AttestationReader, for text already in memory. */
export function parseAttestations(text: string): AttestationLine[] {
  const lines: AttestationLine[] = []
  const reader = new AttestationReader((l) => lines.push(l))
  reader.push(Buffer.from(text, 'utf8'))
  reader.end()
  return lines
}

/** Strict JSON (attestation-json.ts): a value, or what is wrong with the text as an attestation. */
function parseJson(text: string): { value: unknown } | { error: string } {
  const parsed = parseAttestationJson(text)
  return 'value' in parsed ? { value: parsed.value } : { error: `the attestation ${parsed.error}` }
}

function isOneDocument(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * Splits bytes, pushed in chunks of any size, into attestations and hands each over as soon as it
 * is complete. A pretty-printed single document spans lines; JSON Lines has one document per
 * line: until the start of the file shows a line that opens a document ("\n{") or grows past
 * MAX_HEAD_BYTES, it may still be one document and is held; after that each line is read on its
 * own and a line over MAX_ATTESTATION_BYTES is skipped to its end, with a finding.
 */
export class AttestationReader {
  private head: Buffer[] | undefined = []
  private headBytes = 0
  private lastByte = -1
  private parts: Buffer[] = []
  private partBytes = 0
  private tooLong = false
  private lineNumber = 0
  private count = 0
  private first: AttestationLine | undefined

  constructor(private readonly emit: (attestation: AttestationLine) => void) {}

  push(chunk: Buffer): void {
    if (chunk.length === 0) return
    if (this.head) {
      this.head.push(chunk)
      this.headBytes += chunk.length
      const opensLine = (this.lastByte === NEWLINE && chunk[0] === OPEN_BRACE) || chunk.includes('\n{')
      this.lastByte = chunk[chunk.length - 1]!
      if (opensLine || this.headBytes > MAX_HEAD_BYTES) this.toLines()
      return
    }
    this.splitLines(chunk)
  }

  end(): void {
    if (this.head) {
      const text = Buffer.concat(this.head).toString('utf8')
      const trimmed = text.trim()
      if (!trimmed) {
        this.head = undefined
        this.take({ line: 1, error: 'the file is empty' })
        return this.finish()
      }
      if (trimmed.length <= MAX_ATTESTATION_BYTES && !trimmed.includes('\n{')) {
        const parsed = parseJson(trimmed)
        if ('value' in parsed) {
          this.head = undefined
          this.take({ line: 1, value: parsed.value, text: trimmed })
          return this.finish()
        }
        // one document that breaks a rule of strict JSON (a key twice, ...) is one rejection
        if (!trimmed.includes('\n') || isOneDocument(trimmed)) {
          this.head = undefined
          this.take({ line: 1, error: parsed.error })
          return this.finish()
        }
        // not one document: read it as JSON Lines
      }
      this.toLines()
    }
    if (this.partBytes > 0 || this.tooLong) this.endLine()
    if (this.count === 0) this.take({ line: 1, error: 'the file is empty' })
    this.finish()
  }

  private toLines(): void {
    const held = this.head ?? []
    this.head = undefined
    for (const chunk of held) this.splitLines(chunk)
  }

  private splitLines(chunk: Buffer): void {
    let start = 0
    for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      this.append(chunk.subarray(start, nl))
      this.endLine()
      start = nl + 1
    }
    if (start < chunk.length) this.append(chunk.subarray(start))
  }

  private append(part: Buffer): void {
    if (this.tooLong || part.length === 0) return
    if (this.partBytes + part.length > MAX_ATTESTATION_BYTES) {
      this.tooLong = true
      this.parts = []
      this.partBytes = 0
      return
    }
    this.parts.push(part)
    this.partBytes += part.length
  }

  private endLine(): void {
    this.lineNumber++
    const line = this.lineNumber
    if (this.tooLong) {
      this.tooLong = false
      this.take({ line, error: `longer than ${MAX_ATTESTATION_BYTES / 1024 / 1024} MiB, the most one attestation may be; not read` })
      return
    }
    const raw = (this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts)).toString('utf8')
    this.parts = []
    this.partBytes = 0
    if (!raw.trim()) return
    const parsed = parseJson(raw)
    this.take('value' in parsed ? { line, value: parsed.value, text: raw } : { line, error: parsed.error })
  }

  /** Holds the first attestation back until a second one shows whether the file holds more than one. */
  private take(attestation: AttestationLine): void {
    this.count++
    if (this.count === 1) {
      this.first = attestation
      return
    }
    if (this.first) {
      this.emit({ ...this.first, many: true })
      this.first = undefined
    }
    this.emit({ ...attestation, many: true })
  }

  private finish(): void {
    if (!this.first) return
    const only = this.first
    this.first = undefined
    this.emit({ ...only, many: false, ...(only.text !== undefined ? { text: only.text.trim() } : {}) })
  }
}

/** Reads an attestation file attestation by attestation (a generator: each is parsed when asked for). */
export function* readAttestationFile(path: string): Generator<AttestationLine> {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    throw new UsageError(`attestation file ${path} does not exist`)
  }
  try {
    const st = fstatSync(fd)
    if (st.isDirectory()) throw new UsageError(`${path} is a folder, not an attestation file`)
    // a device (/dev/zero, /dev/urandom, a terminal) never ends or is no file; a pipe (verify <(…)) is read to its end
    if (!st.isFile() && !st.isFIFO())
      throw new UsageError(`${path} is a ${st.isCharacterDevice() || st.isBlockDevice() ? 'device' : 'socket'}, not an attestation file`)
    const ready: AttestationLine[] = []
    const reader = new AttestationReader((a) => ready.push(a))
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
      let read: number
      try {
        read = readSync(fd, chunk, 0, CHUNK_BYTES, null)
      } catch (error) {
        throw new UsageError(`${path} could not be read (${(error as NodeJS.ErrnoException).code})`)
      }
      if (read === 0) break
      reader.push(chunk.subarray(0, read))
      yield* ready.splice(0)
    }
    reader.end()
    yield* ready.splice(0)
  } finally {
    closeSync(fd)
  }
}
