// Writes data/licence-digests.json: the digest of each SPDX licence text as ois-ready normalises
// it, so that an exact match needs no index (src/licence/text-match.ts computeExactDigests).
// Run by `npm run build`; a test fails if the committed file differs from what this writes.
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

// inside the project, so that the bundle finds node_modules (the licence texts)
mkdirSync('node_modules/.cache', { recursive: true })
const dir = mkdtempSync(join('node_modules/.cache', 'ois-ready-digests-'))
try {
  const out = join(dir, 'digests.mjs')
  await build({
    stdin: { contents: "export { computeExactDigests } from './src/licence/text-match.ts'", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    // the digests themselves are what is being computed: an empty table stands in
    plugins: [
      { name: 'empty-digests', setup: (b) => b.onLoad({ filter: /licence-digests\.json$/ }, () => ({ contents: '{}', loader: 'json' })) },
    ],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  })
  const { computeExactDigests } = await import(pathToFileURL(join(process.cwd(), out)).href)
  writeFileSync('data/licence-digests.json', `${JSON.stringify(computeExactDigests(), null, 1)}\n`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
