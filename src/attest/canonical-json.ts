import canonicalize from 'canonicalize'

/**
 * Whether a text is the RFC 8785 canonical form of the value parsed from it, mostly without
 * building that form again: canonicalize (the signer's library) writes what JSON.stringify
 * writes, with every object's keys sorted by UTF-16 code units. So when every object's keys, in
 * the order JavaScript keeps them, are already sorted so, the canonical form is JSON.stringify's
 * (native, and much faster). JavaScript keeps integer-like keys first, in numeric order ("9"
 * before "10", which RFC 8785 sorts as text): only then is canonicalize asked. For values from
 * the strict JSON reader (no lone surrogates, no numbers beyond a double, bounded depth).
 */
export function isCanonicalJsonText(value: unknown, text: string): boolean {
  return keysSorted(value) ? JSON.stringify(value) === text : canonicalize(value) === text
}

function keysSorted(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  if (Array.isArray(value)) {
    for (const item of value) if (!keysSorted(item)) return false
    return true
  }
  const record = value as Record<string, unknown>
  let previous: string | undefined
  for (const key of Object.keys(record)) {
    if (previous !== undefined && !(previous < key)) return false
    if (!keysSorted(record[key])) return false
    previous = key
  }
  return true
}
