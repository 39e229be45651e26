/** scripts/spdx-data.mjs reads a license-list-data checkout into data/spdx/ (templates, and the flags the bundle carries). */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
// @ts-expect-error: a build script in plain JavaScript, without types
import { readLicenseListData, writeLicenceData } from '../../scripts/spdx-data.mjs'
import { cleanup, FIXTURES, tempDir } from '../helpers/repo.js'
import { compileIndex, type LicenceListData } from '../../src/licence/templates/compile.js'

afterAll(cleanup)

describe('scripts/spdx-data.mjs', () => {
  it('reads templates and flags from license-list-data, and writes the two files ois-ready ships', () => {
    const data = readLicenseListData(join(FIXTURES, 'spdx-license-list-data')) as LicenceListData
    expect(data.licenseListVersion).toBe('3.28.0')
    expect(Object.keys(data.licences)).toEqual(['ISC'])
    expect(data.licences.ISC).toMatchObject({ name: 'ISC License', osi: true, fsf: 'libre' })
    expect(data.licences.ISC!.template).toMatch(/^<<beginOptional>><<var;name="title";original="ISC License"/)
    expect(data.exceptions['LLVM-exception']).toMatchObject({ name: 'LLVM Exception' })
    const out = tempDir()
    writeLicenceData(data, out)
    const flags = JSON.parse(readFileSync(join(out, 'licences.json'), 'utf8'))
    expect(flags).toEqual({
      licenseListVersion: '3.28.0',
      licences: { ISC: { name: 'ISC License', osi: true, fsf: 'libre' } },
      exceptions: { 'LLVM-exception': { name: 'LLVM Exception' } },
    })
    // what it writes compiles into the matching index
    const index = compileIndex(JSON.parse(readFileSync(join(out, 'licence-templates.json'), 'utf8')) as LicenceListData)
    expect(index.templates.map((t) => [t.id, t.kind])).toEqual([
      ['ISC', 'licence'],
      ['LLVM-exception', 'exception'],
    ])
  })

  it('refuses a folder that is not a license-list-data checkout', () => {
    const empty = tempDir()
    expect(() => readLicenseListData(empty)).toThrow(/licenses.json/)
  })

  it('the shipped data is the SPDX License List 3.28.0 the flags come from', () => {
    const templates = JSON.parse(readFileSync(join(FIXTURES, '..', 'data', 'spdx', 'licence-templates.json'), 'utf8')) as LicenceListData
    const flags = JSON.parse(readFileSync(join(FIXTURES, '..', 'data', 'spdx', 'licences.json'), 'utf8'))
    expect(templates.licenseListVersion).toBe(flags.licenseListVersion)
    expect(Object.keys(templates.licences)).toEqual(Object.keys(flags.licences))
    expect(Object.keys(templates.exceptions)).toEqual(Object.keys(flags.exceptions))
  })
})
