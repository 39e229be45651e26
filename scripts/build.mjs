// Bundles the Action and the CLI into dist/ (committed; CI rebuilds and fails if it differs).
import { build } from 'esbuild'
import { chmodSync, copyFileSync, rmSync } from 'node:fs'

await import('./licence-digests.mjs')
rmSync('dist', { recursive: true, force: true })
// read-worker: the helper thread of bulk reads (src/core/bulk-read.ts), started from dist/read-worker.js
const entries = {
  action: 'src/action/index.ts',
  cli: 'src/cli/index.ts',
  verify: 'src/action/verify-index.ts',
  'read-worker': 'src/core/read-worker.ts',
}
await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  loader: { '.md': 'text' },
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // optional XML plugins of @cyclonedx/cyclonedx-library, loaded only if installed; ois-ready writes JSON
  external: ['libxmljs2', 'xmlbuilder2'],
  // jsonc-parser's main build is UMD, whose require() calls esbuild cannot follow; its ESM build bundles
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  legalComments: 'eof',
  logLevel: 'warning',
})
chmodSync('dist/cli.js', 0o755)
// the SPDX licence texts (spdx-license-list, CC0-1.0), read by src/licence/text-match.ts when first needed
copyFileSync('node_modules/spdx-license-list/spdx-full.json', 'dist/spdx-licence-texts.json')
