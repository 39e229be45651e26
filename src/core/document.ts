/**
 * A document too large to hold as one string (an SBOM of a 440,000-package lockfile is 330 MB):
 * made part by part each time it is read, so that writing it and taking its digest never hold
 * more than one part in memory.
 */
import { createHash } from 'node:crypto'
import { closeSync, constants, openSync, writeFileSync, writeSync } from 'node:fs'

export interface PartsDocument {
  readonly kind: 'parts'
  /** The document's text, in order; each call makes it again. */
  parts(): Iterable<string>
  /** The SHA-256 of its UTF-8 bytes, hex (computed once). */
  sha256(): string
}

/** What an output file holds. */
export type OutputContent = string | Uint8Array | PartsDocument

export function isPartsDocument(content: unknown): content is PartsDocument {
  return typeof content === 'object' && content !== null && (content as { kind?: unknown }).kind === 'parts'
}

export function partsDocument(parts: () => Iterable<string>): PartsDocument {
  let digest: string | undefined
  return {
    kind: 'parts',
    parts,
    sha256() {
      if (digest === undefined) {
        const hash = createHash('sha256')
        for (const part of parts()) hash.update(part)
        digest = hash.digest('hex')
      }
      return digest
    },
  }
}

/** The SHA-256 (hex) of any output content. */
export function sha256Of(content: OutputContent): string {
  return isPartsDocument(content) ? content.sha256() : createHash('sha256').update(content).digest('hex')
}

/** The whole text (for tests and small documents). */
export function textOf(content: OutputContent): string {
  if (typeof content === 'string') return content
  if (isPartsDocument(content)) return [...content.parts()].join('')
  return Buffer.from(content).toString('utf8')
}

/** The document's parts joined into batches of about 1 MiB: one write per part would be a system call per component. */
export function* batchesOf(document: PartsDocument, size = 1 << 20): Generator<string> {
  let pending = ''
  for (const part of document.parts()) {
    pending += part
    if (pending.length >= size) {
      yield pending
      pending = ''
    }
  }
  if (pending) yield pending
}

/**
 * The document's UTF-8 bytes in batches of about 1 MiB, each part encoded straight into the batch:
 * joining parts into one string first makes V8 flatten it before encoding it (a second copy of
 * every byte; a third of a 10,000-project catalogue build's time).
 */
export function* byteBatchesOf(document: PartsDocument, size = 1 << 20): Generator<Uint8Array> {
  let batch = Buffer.allocUnsafe(size)
  let used = 0
  for (const part of document.parts()) {
    // a UTF-16 code unit takes at most 3 bytes of UTF-8 (a pair of surrogates, 4 for 2)
    if (part.length * 3 > size - used) {
      if (used > 0) yield batch.subarray(0, used)
      batch = Buffer.allocUnsafe(size)
      used = 0
      if (part.length * 3 > size) {
        yield Buffer.from(part, 'utf8')
        continue
      }
    }
    used += batch.write(part, used, 'utf8')
  }
  if (used > 0) yield batch.subarray(0, used)
}

/**
 * Writes content to a new file, in batches of about 1 MiB: never over an existing file and never
 * through a link (`O_CREAT | O_EXCL | O_NOFOLLOW`). `mode` as for open(2), less the umask.
 */
export function writeContent(path: string, content: OutputContent, mode = 0o666): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), mode)
  try {
    if (isPartsDocument(content)) for (const batch of byteBatchesOf(content)) writeAll(fd, batch)
    else writeFileSync(fd, content)
  } finally {
    closeSync(fd)
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at)
}
