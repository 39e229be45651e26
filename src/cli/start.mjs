#!/usr/bin/env node
// The command's start file (dist/cli.js): Node's compile cache (in the system's temporary
// folder) spares a run after the first the compiling of the 4 MB bundle, cli-main.js.
import module from 'node:module'

try {
  module.enableCompileCache?.()
} catch {
  // no cache (an old Node, a read-only temporary folder): the bundle is compiled as before
}
// beside it in dist/ (not in the sources, which is why the name is worked out, not imported)
await import(new URL('./cli-main.js', import.meta.url).href)
