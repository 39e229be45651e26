import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../checks/sbom/sbom-quality/index.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup, FIXTURES } from '../helpers/repo.js'

afterAll(cleanup)

const read = (dir: string, file: string) => readFileSync(join(FIXTURES, 'sbom', dir, file), 'utf8')

describe('sbom-quality', () => {
  test('an npm lockfile v3 carries every field: 100%', async () => {
    const run = await runCheckOn(check, { 'package-lock.json': read('npm-v3', 'package-lock.json') })
    expect(run).toMatchObject({
      status: 'pass',
      messages: [
        'SBOM quality 100% of the NTIA / BSI TR-03183-2 component fields (name, version, purl, hash, licence, dependencies) over 5 component(s)',
      ],
    })
  })

  test('go.mod has neither hashes nor licences: the score says so, with the fields missing per ecosystem', async () => {
    const run = await runCheckOn(check, { 'go.mod': read('other', 'go.mod') })
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual([
      'SBOM quality 67% of the NTIA / BSI TR-03183-2 component fields (name, version, purl, hash, licence, dependencies) over 3 component(s); at least 80% required',
      'golang: 3 component(s) without hash',
      'golang: 3 component(s) without licence',
    ])
  })

  test('the threshold is an option; below it, gaps are warnings', async () => {
    const run = await runCheckOn(check, { 'Cargo.lock': read('other', 'Cargo.lock') }, { checkOptions: { 'min-score': 50 } })
    expect(run.status).toBe('pass')
    expect(run.findings).toContainEqual(expect.objectContaining({ severity: 'warning', message: 'cargo: 2 component(s) without licence' }))
  })

  test('pom.xml: declared dependencies count as without their own dependencies (and hashes, licences)', async () => {
    const run = await runCheckOn(check, { 'pom.xml': read('maven', 'pom.xml') })
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual([
      'SBOM quality 50% of the NTIA / BSI TR-03183-2 component fields (name, version, purl, hash, licence, dependencies) over 7 component(s); at least 80% required',
      'maven: 7 component(s) without hash',
      'maven: 7 component(s) without licence',
      'maven: 7 component(s) without dependencies',
    ])
  })

  test('not applicable without components', async () => {
    expect((await runCheckOn(check, { 'README.md': 'x' })).status).toBe('not-applicable')
  })
})
