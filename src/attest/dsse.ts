/**
 * DSSE (Dead Simple Signing Envelope, https://github.com/secure-systems-lab/dsse):
 * the pre-authentication encoding that signatures cover, and the JSON envelope.
 */
export interface Signature {
  keyid?: string
  sig: string
}

export interface Envelope {
  payloadType: string
  payload: string
  signatures: Signature[]
}

/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes, in ASCII decimal. */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload])
}

// Character classes and lengths only: a pattern that repeats a group, such as (?:[A-Za-z0-9+/]{4})*,
// makes V8 backtrack once per group and throws RangeError on a payload of some 8 MB.
const BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/
const BASE64URL = /^[A-Za-z0-9_-]*$/
const BASE64URL_PADDED = /^[A-Za-z0-9_-]*={1,2}$/

/** Decodes standard or URL-safe base64 (the spec says verifiers must accept both); anything else is undefined. */
export function decodeBase64(text: string): Buffer | undefined {
  if (text.length % 4 === 0 && BASE64_TEXT.test(text)) return Buffer.from(text, 'base64')
  if ((BASE64URL.test(text) && text.length % 4 !== 1) || (text.length % 4 === 0 && BASE64URL_PADDED.test(text)))
    return Buffer.from(text, 'base64url')
  return undefined
}

/** Parses an envelope's shape; undefined means it is not a DSSE envelope. */
export function asEnvelope(value: unknown): Envelope | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const v = value as Record<string, unknown>
  if (typeof v.payloadType !== 'string' || typeof v.payload !== 'string' || !Array.isArray(v.signatures)) return undefined
  for (const s of v.signatures) {
    if (!s || typeof s !== 'object' || typeof (s as Signature).sig !== 'string') return undefined
    if ((s as Signature).keyid !== undefined && typeof (s as Signature).keyid !== 'string') return undefined
  }
  return { payloadType: v.payloadType, payload: v.payload, signatures: v.signatures as Signature[] }
}
