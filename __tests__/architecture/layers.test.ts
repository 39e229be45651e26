/**
 * The layers of docs/architecture.md hold in the imports: core is the ground floor, libraries
 * import core (and each other one way), checks import libraries, the pipeline sits above the
 * checks, front ends on top; no cycles. The rules are .dependency-cruiser.mjs, run here through
 * dependency-cruiser on the real sources and on a tree made to break each rule once.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { cruise, type ICruiseResult } from 'dependency-cruiser'
import { LAYERS, ruleSet } from '../../.dependency-cruiser.mjs'

const ROOT = join(import.meta.dirname, '..', '..')

async function violations(baseDir: string, folders: string[]): Promise<string[]> {
  const { options, ...rules } = ruleSet
  const result = await cruise(folders, { ...options, baseDir, validate: true, ruleSet: rules })
  const output = result.output as ICruiseResult
  return output.summary.violations
    .map((v) => `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`)
    .sort()
}

describe('layering', () => {
  test('the sources keep every layering rule and have no import cycle', async () => {
    expect(await violations(ROOT, ['src', 'checks'])).toEqual([])
  })

  test('every source folder has its place in the layers', async () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `src/${d.name}`)
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([])
    expect(LAYERS['src/core']).toEqual([])
  })

  test('each rule fails on an import that breaks it', async () => {
    const fixture = join(ROOT, 'fixtures', 'layering')
    // a cycle is reported once, at the first import of it that dependency-cruiser meets
    const found = await violations(fixture, ['src', 'checks'])
    expect(found).toEqual(
      [
        'actions-toolkit-outside-action: src/report/render.ts -> ../../node_modules/@actions/core/lib/core.js',
        'check-imports-check: checks/docs/one/index.ts -> checks/docs/two/index.ts',
        'layer:checks: checks/docs/two/index.ts -> src/pipeline/registry.ts',
        'layer:src/action: src/action/main.ts -> src/cli/run.ts',
        'layer:src/core: src/core/ground.ts -> src/licence/ids.ts',
        'layer:src/licence: src/licence/ids.ts -> src/sbom/graph.ts',
        'no-circular: checks/docs/one/index.ts -> checks/docs/two/index.ts (checks/docs/two/index.ts -> src/pipeline/registry.ts -> checks/docs/one/index.ts)',
        'no-circular: src/licence/ids.ts -> src/sbom/graph.ts (src/sbom/graph.ts -> src/licence/ids.ts)',
        'not-to-unresolvable: src/core/missing.ts -> ./nowhere.js',
        'product-imports-tests: src/standards/uses-tests.ts -> __tests__/helper.ts',
      ].sort(),
    )
  })
})
