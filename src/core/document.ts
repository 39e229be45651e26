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
 * Writes content to a new file, in batches of about 1 MiB: never over an existing file and never
 * through a link (`O_CREAT | O_EXCL | O_NOFOLLOW`). `mode` as for open(2), less the umask.
 */
export function writeContent(path: string, content: OutputContent, mode = 0o666): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), mode)
  try {
    if (isPartsDocument(content)) for (const batch of batchesOf(content)) writeAll(fd, batch)
    else writeFileSync(fd, content)
  } finally {
    closeSync(fd)
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8')
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at)
}
