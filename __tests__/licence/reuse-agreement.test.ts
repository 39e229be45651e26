// Agreement with the real REUSE tool: `reuse lint` (Debian's reuse 1.1.2, REUSE spec 3.0, text
// output) and our lint give the same non-compliant files and licence lists on the fixtures that
// use what that version supports (headers, .license files, dep5, ignore blocks, snippets,
// LICENSES/ problems). REUSE.toml is newer than 1.1.2: reuse-toml.test.ts checks it against
// the specification's text instead.
import { afterAll, describe, expect, test } from '@jest/globals'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { lintReuse, type ReuseLintJson } from '../../src/licence/reuse/index.js'
import { cleanup, fixtureRepo, makeRepo } from '../helpers/repo.js'
import { reuseAvailable, runReuseLint, type ReuseVerdict } from '../helpers/reuse-lint.js'

afterAll(cleanup)

const FIXTURES = ['compliant', 'missing-info', 'dep5', 'ignore-blocks', 'snippets', 'licences-folder']

function verdictOf(json: ReuseLintJson): ReuseVerdict {
  const n = json.non_compliant
  return {
    bad_licenses: n.bad_licenses,
    deprecated_licenses: n.deprecated_licenses,
    licenses_without_extension: Object.values(n.licenses_without_extension).sort(),
    missing_licenses: n.missing_licenses,
    unused_licenses: n.unused_licenses,
    read_errors: n.read_errors,
    missing_copyright_info: [...n.missing_copyright_info].sort(),
    missing_licensing_info: [...n.missing_licensing_info].sort(),
    used_licenses: json.summary.used_licenses,
    compliant: json.summary.compliant,
  }
}

const available = reuseAvailable()
if (!available) {
  if (process.env.CI === 'true')
    throw new Error('reuse is not installed: .ci/run installs the Debian package reuse; the agreement test must run in CI')
  console.warn(
    '\n*** reuse is not installed (/usr/bin/reuse): the agreement test with `reuse lint` is SKIPPED. apt-get install reuse to run it. ***\n',
  )
}

describe('agreement with reuse lint', () => {
  ;(available ? test.each(FIXTURES) : test.skip.each(FIXTURES))('%s: the same verdict as reuse lint', async (name) => {
    const root = fixtureRepo(`../reuse/${name}`)
    const theirs = runReuseLint(root)
    const repo = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })
    const ours = verdictOf((await lintReuse(repo)).json)
    expect(ours).toEqual(theirs)
  })
})

describe('agreement on a tree large enough for the helper thread that reads ahead', () => {
  // 10,500 files (over HELPER_MIN_FILES): every 7th has no copyright, every 11th no licence,
  // every 13th is a binary with a .license file, every 17th names a licence with no text in LICENSES/
  const FILES = 10_500
  function generate(): { files: Record<string, string | Buffer>; noCopyright: string[]; noLicence: string[] } {
    const files: Record<string, string | Buffer> = { 'LICENSES/EUPL-1.2.txt': 'The EUPL text.\n', 'LICENSES/MIT.txt': 'The MIT text.\n' }
    const noCopyright: string[] = []
    const noLicence: string[] = []
    for (let i = 0; i < FILES; i++) {
      const folder = `src/m${Math.floor(i / 250)}`
      if (i % 13 === 0) {
        files[`${folder}/image${i}.png`] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, i & 255])
        files[`${folder}/image${i}.png.license`] = 'SPDX-FileCopyrightText: 2026 Image Makers\nSPDX-License-Identifier: EUPL-1.2\n'
        continue
      }
      const path = `${folder}/file${i}.ts`
      const lines = []
      if (i % 7 !== 0) lines.push(`// SPDX-FileCopyrightText: ${2000 + (i % 20)} Contributor ${i % 5}`)
      else noCopyright.push(path)
      if (i % 11 !== 0) lines.push(`// SPDX-License-Identifier: ${i % 17 === 0 ? 'Apache-2.0' : i % 2 ? 'EUPL-1.2' : 'MIT'}`)
      else noLicence.push(path)
      files[path] = `${lines.join('\n')}\nexport const n = ${i}\n`
    }
    return { files, noCopyright: noCopyright.sort(), noLicence: noLicence.sort() }
  }

  ;(available ? test : test.skip)('the same verdict as reuse lint, and the lists the generator made', async () => {
    const { files, noCopyright, noLicence } = generate()
    const root = makeRepo(files)
    const theirs = runReuseLint(root)
    const repo = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })
    const lint = await lintReuse(repo)
    expect(verdictOf(lint.json)).toEqual(theirs)
    const n = lint.json.non_compliant
    expect(n.missing_copyright_info).toEqual(noCopyright)
    expect(n.missing_licensing_info).toEqual(noLicence)
    expect(Object.keys(n.missing_licenses)).toEqual(['Apache-2.0'])
    expect(lint.json.summary.files_total).toBe(FILES)
  })
})
