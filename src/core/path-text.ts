/** Turning file-name bytes into text without losing track of names that are not valid UTF-8. */
// ignoreBOM: a name that starts with U+FEFF keeps it (the decoder would drop it as a byte order mark)
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The name as text, or undefined when its bytes are not valid UTF-8. */
export function decodeName(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes)
  } catch {
    return undefined
  }
}

/** A printable, unambiguous rendering of raw name bytes: ASCII kept, everything else as \xNN. */
export function escapeName(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`
  return out
}
