/**
 * The OSPS crosswalk is taken from the Baseline's own catalogue (data/osps-baseline/, release
 * 2026.02.19): the same requirements at the same levels, and every level-3-only requirement has
 * a check, a planned check, or a reason it is left to other means. Level 3 is awarded only when
 * nothing is left to a planned check.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import yaml from 'js-yaml'
import { scheme } from '../../src/core/crosswalk.js'
import { AWARDED_LEVELS } from '../../src/core/levels.js'
import { registry } from '../../src/pipeline/registry.js'

interface Requirement {
  id: string
  applicability: string[]
}
interface Catalogue {
  controls: { id: string; 'assessment-requirements': Requirement[] }[]
}

const DIR = join(import.meta.dirname, '../../data/osps-baseline')

function catalogue(): { id: string; levels: number[] }[] {
  const out: { id: string; levels: number[] }[] = []
  for (const file of readdirSync(DIR)
    .filter((f) => /^OSPS-[A-Z]{2}\.yaml$/.test(f))
    .sort()) {
    const doc = yaml.load(readFileSync(join(DIR, file), 'utf8')) as Catalogue
    for (const control of doc.controls)
      for (const r of control['assessment-requirements']) {
        if (r.applicability.includes('retired')) continue
        out.push({ id: r.id, levels: r.applicability.map((a) => Number(/^Maturity Level (\d)$/.exec(a)![1])) })
      }
  }
  return out
}

describe('OSPS Baseline catalogue 2026.02.19', () => {
  const reqs = catalogue()
  const osps = scheme('osps')
  const checksFor = (id: string) => registry.filter((c) => c.meta.crosswalk.osps?.includes(id)).map((c) => c.meta.id)

  test('the catalogue copy is the release the crosswalk names', () => {
    expect(osps.version).toBe('2026.02.19')
    expect(reqs).toHaveLength(64)
    expect(reqs.filter((r) => r.levels.includes(3))).toHaveLength(62)
  })

  test('the crosswalk lists the requirements in force, each at the lowest level that names it', () => {
    const fromCatalogue = reqs.map((r) => ({ id: r.id, level: Math.min(...r.levels) })).sort((a, b) => a.id.localeCompare(b.id))
    const fromCrosswalk = osps.criteria.map((c) => ({ id: c.id, level: c.level })).sort((a, b) => a.id.localeCompare(b.id))
    expect(fromCrosswalk).toEqual(fromCatalogue)
  })

  const onlyAt3 = reqs.filter((r) => r.levels.length === 1 && r.levels[0] === 3).map((r) => r.id)

  test.each(onlyAt3)('%s (level 3 only) has a check, a planned check, or a reason left to other means', (id) => {
    const c = osps.criteria.find((x) => x.id === id)!
    const covered = checksFor(id).length > 0 || (c.planned?.length ?? 0) > 0 || (c.otherMeans?.length ?? 0) > 20
    expect(covered).toBe(true)
  })

  test('a planned check is not built yet (when it is built, its criteria name it and the plan goes)', () => {
    const built = new Set(registry.map((c) => c.meta.id))
    const stale = osps.criteria.flatMap((c) => (c.planned ?? []).filter((p) => built.has(p)).map((p) => `${c.id}: ${p}`))
    expect(stale).toEqual([])
  })

  test('level 3 is awarded exactly when no OSPS criterion waits for a planned check', () => {
    const waiting = osps.criteria.filter((c) => c.planned?.length).map((c) => c.id)
    expect(AWARDED_LEVELS.includes(3)).toBe(waiting.length === 0)
    expect(AWARDED_LEVELS).toEqual(expect.arrayContaining([1, 2]))
  })
})
