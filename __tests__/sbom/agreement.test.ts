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

type BomComponent = Bom['components'][number] & { components?: BomComponent[] }

/** cyclonedx-npm nests a package installed inside another's node_modules under that package. */
const flat = (components: BomComponent[] = []): BomComponent[] => components.flatMap((c) => [c, ...flat(c.components)])

/** Components (purls) and dependency edges (purl -> purl) of a CycloneDX document, whatever its bom-refs and nesting. */
function shape(bom: Bom): { purls: string[]; edges: string[] } {
  const components = flat(bom.components)
  const purlOf = new Map(components.map((c) => [c['bom-ref'], c.purl]))
  const edges = bom.dependencies.flatMap((d) =>
    purlOf.get(d.ref) ? (d.dependsOn ?? []).map((to) => `${purlOf.get(d.ref)} -> ${purlOf.get(to)}`) : [],
  )
  // a package installed at two places is one component (one purl) with the edges of both
  return { purls: [...new Set(components.map((c) => c.purl!))].sort(), edges: [...new Set(edges)].sort() }
}

describe('agreement with cyclonedx-npm --package-lock-only', () => {
  test.each([['sbom/npm-v3'], ['sbom/npm-workspaces'], ['real/sigstore-js']])('%s: the same components and dependency edges', (name) => {
    const dir = tempDir()
    cpSync(join(FIXTURES, name), dir, { recursive: true })
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
    // sigstore-js (14 workspaces, 863 packages, some installed at two places): nothing differs
    if (name === 'real/sigstore-js') expect([mine.purls.length, mine.edges.length]).toEqual([863, 1848])
    // workspace packages are components of their own in both, with their own dependencies
    expect(mine.purls).toEqual(theirs.purls)
    expect(mine.edges).toEqual(theirs.edges)
  })
})
