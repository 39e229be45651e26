import { afterAll, describe, expect, test } from '@jest/globals'
import { cpSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { cleanup, FIXTURES, PROJECT_ROOT, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'

afterAll(cleanup)

interface Bom {
  components: { purl?: string; 'bom-ref': string }[]
  dependencies: { ref: string; dependsOn?: string[] }[]
}

/** Components (purls) and dependency edges (purl -> purl) of a CycloneDX document, whatever its bom-refs. */
function shape(bom: Bom): { purls: string[]; edges: string[] } {
  const purlOf = new Map(bom.components.map((c) => [c['bom-ref'], c.purl]))
  const edges = bom.dependencies.flatMap((d) =>
    purlOf.get(d.ref) ? (d.dependsOn ?? []).map((to) => `${purlOf.get(d.ref)} -> ${purlOf.get(to)}`) : [],
  )
  return { purls: bom.components.map((c) => c.purl!).sort(), edges: edges.sort() }
}

describe('agreement with cyclonedx-npm --package-lock-only', () => {
  test.each([['npm-v3'], ['npm-workspaces']])('%s: the same components and dependency edges', (name) => {
    const dir = tempDir()
    cpSync(join(FIXTURES, 'sbom', name), dir, { recursive: true })
    const reference = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/.bin/cyclonedx-npm'),
        '--package-lock-only',
        '--output-format',
        'JSON',
        '--output-file',
        join(dir, 'reference.json'),
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
      },
    )
    expect(reference.status).toBe(0)
    const ours = runCli(['sbom', dir])
    expect(ours.status).toBe(0)
    const theirs = shape(JSON.parse(readFileSync(join(dir, 'reference.json'), 'utf8')))
    const mine = shape(JSON.parse(ours.stdout))
    // workspace packages are components of their own in both, with their own dependencies
    expect(mine.purls).toEqual(theirs.purls)
    expect(mine.edges).toEqual(theirs.edges)
  })
})
