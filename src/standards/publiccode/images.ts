/** The image files publiccode.yml names (logo, screenshots): their format from their bytes, and a logo's width. */
export type ImageFormat = 'png' | 'jpg' | 'svg' | 'svgz'

export function imageFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png'
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return 'svgz'
  if (/<svg[\s>]/i.test(Buffer.from(bytes.subarray(0, 4096)).toString('utf8'))) return 'svg'
  return undefined
}

/** Width of a PNG from its IHDR chunk. */
export function pngWidth(bytes: Uint8Array): number | undefined {
  if (imageFormat(bytes) !== 'png' || bytes.length < 24) return undefined
  return Buffer.from(bytes).readUInt32BE(16)
}

/** The reference parser's rules: the extension says the format, the content must be that format, a PNG logo is at least 120 px wide. */
export function imageProblem(path: string, bytes: Uint8Array, kind: 'logo' | 'screenshot'): string | undefined {
  const format = imageFormat(bytes)
  const ext = path.toLowerCase().split('.').pop()
  const expected = ext === 'jpeg' ? 'jpg' : ext
  if (!format) return `'${path}' is not an image: unknown format`
  if (format !== expected) return `'${path}' is not an image of its extension: the content is ${format.toUpperCase()}`
  if (kind === 'logo' && format === 'png') {
    const width = pngWidth(bytes)
    if (width !== undefined && width < 120) return `invalid image size of ${width} (min 120px of width): ${path}`
  }
  return undefined
}
