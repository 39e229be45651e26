// Bundles the Action and the CLI into dist/ (committed; CI rebuilds and fails if it differs).
import { build } from 'esbuild'
import { chmodSync, copyFileSync, rmSync } from 'node:fs'
import { writeLicenceIndex } from './licence-index.mjs'

rmSync('dist', { recursive: true, force: true })
// read-worker: the helper thread of bulk reads (src/core/bulk-read.ts), started from dist/read-worker.js
const entries = {
  action: 'src/action/index.ts',
  verify: 'src/action/verify-index.ts',
  'read-worker': 'src/core/read-worker.ts',
}
const options = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // the oldest Node that package.json's engines accept (22): syntax it lacks (`using`) is lowered
  target: 'node22',
  loader: { '.md': 'text', '.txt': 'text' },
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // optional XML plugins of @cyclonedx/cyclonedx-library: ois-ready writes JSON only, so they are
  // modules that throw when loaded (the library tries them and goes on), never an installed copy
  // read at every start (xmlbuilder2 costs some 100 ms). kerberos: the optional Negotiate proxy
  // authentication of @sigstore/sign's HTTP agent (it catches the failed import and says so).
  // The published package has no dependencies: dist/ imports nothing but Node's own modules
  // (__tests__/package/packed-package.test.ts checks it).
  plugins: [
    {
      name: 'absent-optional-modules',
      setup(b) {
        b.onResolve({ filter: /^(libxmljs2|xmlbuilder2|kerberos)$/ }, (args) => ({ path: args.path, namespace: 'absent' }))
        b.onLoad({ filter: /.*/, namespace: 'absent' }, (args) => ({
          contents: `throw new Error('${args.path} is not part of ois-ready')`,
          loader: 'js',
        }))
      },
    },
  ],
  // jsonc-parser's main build is UMD, whose require() calls esbuild cannot follow; its ESM build bundles
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  legalComments: 'eof',
  logLevel: 'warning',
}
// the Action's bundles: one file each, as action.yml and verify/action.yml name them
await build({ ...options, entryPoints: entries })
// the CLI, split: dist/cli.js is a small start file (src/cli/start.mjs, copied below) that turns
// on Node's compile cache, then loads cli-main.js, which imports each command's code (chunks
// beside it, named by a hash of their content, so the same sources give the same files) only
// when that command runs: `--version` does not load the checks, `sbom` not the attestation code
await build({ ...options, entryPoints: { 'cli-main': 'src/cli/index.ts' }, splitting: true, chunkNames: 'cli-[hash]' })
copyFileSync('src/cli/start.mjs', 'dist/cli.js')
chmodSync('dist/cli.js', 0o755)
// the SPDX matching templates compiled (SPDX License List, CC0-1.0), read by src/licence/templates/identify.ts
await writeLicenceIndex('dist/licence-index.json')
