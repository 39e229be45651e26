// Agreement with the real REUSE tool: `reuse lint` (Debian's reuse 1.1.2, REUSE spec 3.0, text
// output) and our lint give the same non-compliant files and licence lists on the fixtures that
// use what that version supports (headers, .license files, dep5, ignore blocks, snippets,
// LICENSES/ problems). REUSE.toml is newer than 1.1.2: reuse-toml.test.ts checks it against
// the specification's text instead.
import { afterAll, describe, expect, test } from '@jest/globals'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { lintReuse, type ReuseLintJson } from '../../src/licence/reuse/index.js'
import { cleanup, fixtureRepo } from '../helpers/repo.js'
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
