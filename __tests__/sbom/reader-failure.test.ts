import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { cleanup, FIXTURES, tempDir, writeFiles } from '../helpers/repo.js'

// a reader with a bug nobody has found yet: it throws on every pom.xml
jest.unstable_mockModule('../../src/sbom/maven-pom.js', () => ({
  readPom: () => {
    throw new TypeError('d.version.trim is not a function\n    at readPom (maven-pom.js:1:1)')
  },
  propertyExpander: () => () => ({ ok: false, reason: 'not reached' }),
  textOf: () => undefined,
}))
const { scanLockfiles } = await import('../../src/sbom/lockfiles.js')

afterAll(cleanup)

describe('a reader that throws', () => {
  test('is a problem naming the file; the other lockfiles are still read', async () => {
    const root = tempDir()
    writeFiles(root, {
      'java/pom.xml': '<project/>',
      'web/package-lock.json': readFileSync(join(FIXTURES, 'sbom', 'npm-v3', 'package-lock.json'), 'utf8'),
    })
    const { graph } = await scanLockfiles(await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] }))
    expect(graph.problems).toEqual([{ path: 'java/pom.xml', message: 'could not be read: d.version.trim is not a function' }])
    expect(graph.sources).toEqual(['web/package-lock.json'])
    expect(graph.components.has('pkg:npm/is-number@7.0.0')).toBe(true)
  })
})
