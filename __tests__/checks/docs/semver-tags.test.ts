import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/semver-tags/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

describe('semver-tags', () => {
  test.each([
    [
      'SemVer tags, with and without v, and monorepo prefixes',
      ['v1.0.0', '1.1.0', 'pkg@2.0.0', 'v1.2.0-rc.1', 'nightly'],
      'pass',
      /^4 release tag\(s\) are SemVer; latest pkg@2\.0\.0$/,
    ],
    [
      'a tag that looks like a version but is not SemVer',
      ['v1.0.0', 'v1.1'],
      'fail',
      /^tag "v1\.1" looks like a version but is not valid SemVer$/,
    ],
    ['a four-part version', ['1.2.3.4'], 'fail', /tag "1\.2\.3\.4"/],
    ['no tag names a version', ['latest', 'stable'], 'fail', /none of the 2 tag\(s\) names a version \(latest, stable\)/],
    ['no tags', [], 'not-applicable', /^no release tags yet$/],
  ])('%s', async (_name, tags, status, message) => {
    const run = await runCheckOn(check, { 'README.md': 'x' }, { commits: [{ tags }] })
    expect(run.status).toBe(status)
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })

  test('outside git there are no tags to check', async () => {
    const run = await runCheckOn(check, { 'README.md': 'x' }, { git: false })
    expect(run).toMatchObject({ status: 'not-applicable', messages: ['not a git repository: no tags to check'] })
  })
})
