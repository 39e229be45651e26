import { describe, expect, it } from '@jest/globals'
import { latestRelease, prefixPackage, splitRecent, versionTag, versionTags } from '../../src/docs/release-tags.js'

describe('versionTag', () => {
  it.each([
    // tag, prefix, v, version text, pre-release
    ['v1.2.3', '', true, '1.2.3', false],
    ['1.2.3', '', false, '1.2.3', false],
    ['maven-resolver-1.9.2', 'maven-resolver-', false, '1.9.2', false],
    ['curl-8_11_0', 'curl-', false, '8_11_0', false],
    ['rc-8_22_0-1', 'rc-', false, '8_22_0-1', true],
    ['jq-1.8.2rc1', 'jq-', false, '1.8.2rc1', true],
    ['rel/commons-lang-3.20.0', 'rel/commons-lang-', false, '3.20.0', false],
    ['@sigstore/bundle@5.0.0', '@sigstore/bundle@', false, '5.0.0', false],
    ['yamlpath/v0.34.0', 'yamlpath/', true, '0.34.0', false],
    ['LANG_3_8_1', 'LANG_', false, '3_8_1', false],
    ['python3-1.0', 'python3-', false, '1.0', false],
    ['go1.21.0', 'go', false, '1.21.0', false],
    ['release-v2.0.1', 'release-', true, '2.0.1', false],
  ])('%s', (name, prefix, v, text, prerelease) => {
    expect(versionTag(name)).toMatchObject({ name, prefix, v, version: { text }, prerelease })
  })

  it.each(['latest', 'nightly', 'public_avail', 'before_urldata_rename', 'v4', 'hhs-1', 'a'.repeat(300) + '-1.0.0'])(
    '%s names no version',
    (name) => {
      expect(versionTag(name)).toBeUndefined()
    },
  )
})

const tags = (...list: [string, string][]) => versionTags(list.map(([name, date]) => ({ name, date: `${date}T12:00:00.000Z` })))

describe('splitRecent', () => {
  it('keeps the twelve months up to the newest tag, however long ago that was', () => {
    const { recent, older, since } = splitRecent(tags(['v0.1.0', '2019-01-01'], ['v1.0.0', '2022-06-01'], ['v1.1.0', '2023-03-01']))
    expect(recent.map((t) => t.name)).toEqual(['v1.1.0', 'v1.0.0'])
    expect(older.map((t) => t.name)).toEqual(['v0.1.0'])
    expect(since).toBe('2022-03-01T12:00:00.000Z')
  })
})

describe('latestRelease', () => {
  it('is the highest final version of the name the newest release is tagged under', () => {
    const list = tags(
      ['tiny-curl-8_4_0', '2023-10-30'],
      ['curl-8_20_0', '2026-04-29'],
      ['curl-8_21_0', '2026-06-24'],
      ['rc-8_22_0-1', '2026-08-08'],
    )
    expect(latestRelease(list)?.name).toBe('curl-8_21_0')
  })

  it('a maintenance release tagged later does not hide the highest version', () => {
    const list = tags(['7.8.0', '2026-02-04'], ['7.7.1', '2026-01-05'], ['7.5.2', '2026-02-05'])
    expect(latestRelease(list)?.name).toBe('7.8.0')
  })

  it('old date tags do not outrank versions', () => {
    const list = tags(['2017-06-06', '2017-06-06'], ['v1.157.1', '2026-07-22'])
    expect(latestRelease(list)?.name).toBe('v1.157.1')
  })

  it('can be restricted to the tags of a package', () => {
    const list = tags(['@sigstore/bundle@5.0.0', '2026-06-01'], ['@sigstore/cli@0.10.3', '2026-08-04'])
    expect(latestRelease(list, (p) => prefixPackage(p) === 'bundle')?.name).toBe('@sigstore/bundle@5.0.0')
  })
})
