/** Reading attestation files: JSON Lines (one envelope or bundle per line) or a single JSON document, size-bounded. */
import { lstatSync, readFileSync } from 'node:fs'
import { UsageError } from '../core/errors.js'

export const ATTESTATION_FILE = 'attestation.intoto.jsonl'
/** One attestation (one line) may be at most this large; a file of many at most MAX_FILE_BYTES. */
export const MAX_ATTESTATION_BYTES = 16 * 1024 * 1024
export const MAX_FILE_BYTES = 256 * 1024 * 1024

export interface AttestationLine {
  line: number
  value?: unknown
  error?: string
}

export function parseAttestations(text: string): AttestationLine[] {
  const trimmed = text.trim()
  if (!trimmed) return [{ line: 1, error: 'the file is empty' }]
  // A pretty-printed single document spans lines; JSON Lines has one document per line.
  if (trimmed.length <= MAX_ATTESTATION_BYTES && !trimmed.includes('\n{')) {
    try {
      return [{ line: 1, value: JSON.parse(trimmed) }]
    } catch {
      // not one document: read it as JSON Lines
    }
  }
  const lines: AttestationLine[] = []
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return
    if (raw.length > MAX_ATTESTATION_BYTES) {
      lines.push({ line: i + 1, error: 'longer than 16 MiB; not read' })
      return
    }
    try {
      lines.push({ line: i + 1, value: JSON.parse(raw) })
    } catch {
      lines.push({ line: i + 1, error: 'not JSON' })
    }
  })
  return lines
}

export function readAttestationFile(path: string): AttestationLine[] {
  let size: number
  try {
    size = lstatSync(path).size
  } catch {
    throw new UsageError(`attestation file ${path} does not exist`)
  }
  if (size > MAX_FILE_BYTES) throw new UsageError(`${path} is ${size} bytes; an attestation file may be at most 256 MiB`)
  return parseAttestations(readFileSync(path, 'utf8'))
}
