/** Reading attestation files: JSON Lines (one envelope or bundle per line) or a single JSON document, size-bounded. */
import { lstatSync, readFileSync } from 'node:fs'
import { UsageError } from '../core/errors.js'
import { parseAttestationJson } from './attestation-json.js'

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
    const one = parseAttestationJson(trimmed)
    if ('value' in one) return [{ line: 1, value: one.value }]
    // one document that breaks a rule of strict JSON (a key twice, ...) is one rejection; text that is not one document is JSON Lines
    if (!trimmed.includes('\n') || isOneDocument(trimmed)) return [{ line: 1, error: `the attestation ${one.error}` }]
  }
  const lines: AttestationLine[] = []
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return
    if (raw.length > MAX_ATTESTATION_BYTES) {
      lines.push({ line: i + 1, error: 'longer than 16 MiB; not read' })
      return
    }
    const parsed = parseAttestationJson(raw)
    lines.push('value' in parsed ? { line: i + 1, value: parsed.value } : { line: i + 1, error: `the attestation ${parsed.error}` })
  })
  return lines
}

function isOneDocument(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
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
