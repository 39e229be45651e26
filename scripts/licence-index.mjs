// Compiles the SPDX matching templates (data/spdx/licence-templates.json) into the index that
// src/licence/templates/identify.ts reads, and writes it beside the bundles (licence-index.json
// and licence-index.bin): a run never parses templates. Run by `npm run build` (scripts/build.mjs).
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export async function writeLicenceIndex(out) {
  mkdirSync('node_modules/.cache', { recursive: true })
  const dir = mkdtempSync(join('node_modules/.cache', 'ois-ready-licence-index-'))
  try {
    const bundle = join(dir, 'compile.mjs')
    await build({
      stdin: {
        contents: "export { compileIndex, serializeIndex } from './src/licence/templates/compile.ts'",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'warning',
    })
    const { compileIndex, serializeIndex } = await import(pathToFileURL(join(process.cwd(), bundle)).href)
    const { index, numbers } = serializeIndex(compileIndex(JSON.parse(readFileSync('data/spdx/licence-templates.json', 'utf8'))))
    writeFileSync(out, JSON.stringify(index))
    writeFileSync(out.replace(/\.json$/, '.bin'), Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength))
    return index
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
