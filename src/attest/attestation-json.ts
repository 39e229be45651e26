/**
 * Attestations as text: every envelope, Sigstore bundle, line of JSON Lines and signed statement
 * is read as strict JSON (src/core/strict-json.ts), so that duplicate keys, numbers beyond a
 * double, lone surrogates, `__proto__` keys and deep nesting are a rejection with its reason,
 * before any recursive code (canonicalisation, schema validation, the Sigstore libraries) runs.
 */
import { parseStrictJson } from '../core/strict-json.js'

/** A statement nests 4 levels, a DSSE envelope 3, a Sigstore bundle 6: 32 leaves room for what the formats may add. */
export const MAX_ATTESTATION_DEPTH = 32

/** The value, or why the text is not JSON as an attestation must be ("has the key … twice …", "is not JSON (…)"). */
export function parseAttestationJson(text: string): { value: unknown } | { error: string } {
  const parsed = parseStrictJson(text, { maxDepth: MAX_ATTESTATION_DEPTH })
  return parsed.ok ? { value: parsed.value } : { error: parsed.reason }
}
