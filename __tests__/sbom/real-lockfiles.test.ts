/**
 * Lockfiles of real projects (fixtures/real/<project>, see each SOURCE.md): what a reviewer of
 * their SBOM would check by hand, component by component.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { scanLockfiles } from '../../src/sbom/lockfiles.js'
import type { ComponentGraph } from '../../src/sbom/graph.js'
import { check as sbomQuality } from '../../checks/sbom/sbom-quality/index.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup, FIXTURES, tempDir, writeFiles } from '../helpers/repo.js'

afterAll(cleanup)

/** The files of a real extract, at the paths given (repository path -> fixture path). */
const realFiles = (project: string, paths: Record<string, string>) =>
  Object.fromEntries(Object.entries(paths).map(([to, from]) => [to, readFileSync(join(FIXTURES, 'real', project, from), 'utf8')]))

async function graphOf(files: Record<string, string>): Promise<ComponentGraph> {
  const root = tempDir()
  writeFiles(root, files)
  return (await scanLockfiles(await takeSnapshot({ root, maxFileBytes: 8 << 20, exclude: [] }))).graph
}

const purls = (graph: ComponentGraph) => [...graph.components.keys()]

describe('Go: cli/cli', () => {
  const files = realFiles('cli', { 'go.mod': 'go.mod', 'go.sum': 'go.sum' })

  test('the replace directive: the fork that is built is listed, not the module it replaces', async () => {
    const graph = await graphOf(files)
    expect(purls(graph)).toContain('pkg:golang/github.com/cli/go-internal@v0.0.0-20241024130215-fa3c22e38b9b')
    expect(purls(graph).filter((p) => p.includes('rogpeppe/go-internal'))).toEqual([])
    // one component per requirement of go.mod: the replacement takes the replaced one's place
    const requirements = files['go.mod']!.split('\n').filter((l) => /^\t\S+ v\S+/.test(l)).length
    expect(graph.components.size).toBe(requirements)
  })

  test("every module has go.sum's h1: hash, as written there, and no CycloneDX hash (no file has it)", async () => {
    const graph = await graphOf(files)
    const go = [...graph.components.values()]
    expect(go.filter((c) => !c.goSum)).toEqual([])
    expect(go.filter((c) => c.hashes.length > 0)).toEqual([])
    expect(graph.components.get('pkg:golang/github.com/cli/go-internal@v0.0.0-20241024130215-fa3c22e38b9b')?.goSum).toBe(
      'h1:ogNz+pm9aI2Zn58V+WTMzPViN2fRVq/h2H9gwdvM09k=',
    )
    expect(graph.sources).toEqual(['go.mod', 'go.sum'])
  })

  test('sbom-quality: go.sum is the integrity evidence, and the summary says what it is', async () => {
    const run = await runCheckOn(sbomQuality, files)
    expect(run.status).toBe('pass')
    expect(run.messages).toEqual([
      "SBOM quality 83% of the NTIA / BSI TR-03183-2 component fields (name, version, purl, hash, licence, dependencies) over 158 component(s); the hash of 158 Go module(s) is go.sum's h1: (a hash of the module's file list, not of a file)",
      'golang: 158 component(s) without licence',
    ])
  })

  test('without go.sum, the modules have no hash, and the remediation says to commit it', async () => {
    const run = await runCheckOn(sbomQuality, { 'go.mod': files['go.mod']! })
    expect(run.status).toBe('fail')
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        message: 'golang: 158 component(s) without hash',
        remediation: 'Commit go.sum beside go.mod: it holds the h1: hash of every module.',
      }),
    )
  })
})
