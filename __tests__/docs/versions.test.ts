import { describe, expect, it } from '@jest/globals'
import { compareVersions, parseVersion, sameVersion } from '../../src/docs/versions.js'

describe('parseVersion', () => {
  it.each([
    // text, scheme, prerelease, SemVer
    ['1.2.3', 'semver', false, true],
    ['v1.2.3', 'semver', false, true],
    ['1.0.0-rc.1', 'semver', true, true],
    ['3.20.0-RC1', 'semver', true, true],
    ['1.157.0rc1', 'pep440', true, false],
    ['2.34.0.dev1', 'pep440', true, false],
    ['0.4.0a1', 'pep440', true, false],
    ['1.7', 'pep440', false, false],
    ['8.1.3.1', 'pep440', false, false],
    ['8.1.0.rc1', 'other', true, false],
    ['2.0-alpha11', 'other', true, false],
    ['0.9.0.M1', 'other', true, false],
    ['1.0.2.v20150114', 'other', false, false],
    ['8_21_0', 'other', false, false],
    ['7_6-pre3', 'other', true, false],
    ['2024.05.1', 'calver', false, false],
    ['2024.5.1', 'calver', false, true],
    ['24.04', 'calver', false, false],
    ['2017-02-27', 'calver', false, false],
    ['01.2.3', 'other', false, false],
  ])('%s: %s, pre-release %s, SemVer %s', (text, scheme, prerelease, isSemver) => {
    expect(parseVersion(text)).toMatchObject({ scheme, prerelease, semver: isSemver })
  })

  it.each(['latest', 'v4', '12', 'x1.2', '', '2016-1840'])('%j names no version', (text) => {
    expect(parseVersion(text)).toBeUndefined()
  })

  it('reads underscores as separators', () => {
    expect(parseVersion('8_21_0')).toMatchObject({ release: [8, 21, 0], separator: '_', qualifier: '' })
  })
})

describe('compareVersions', () => {
  const v = (text: string) => parseVersion(text)!
  it.each([
    ['1.2.3', '1.10.0'],
    ['1.2.0rc1', '1.2.0'],
    ['1.2.0rc2', '1.2.0rc10'],
    ['8.1.3', '8.1.3.1'],
    ['2.0-alpha9', '2.0-alpha11'],
    ['1.23.2', '2.0-alpha0'],
    ['8_21_0', '8_22_0'],
  ])('%s < %s', (a, b) => {
    expect(compareVersions(v(a), v(b))).toBe(-1)
    expect(compareVersions(v(b), v(a))).toBe(1)
  })

  it.each([
    ['8_21_0', '8.21.0'],
    ['1.2', '1.2.0'],
    ['1.0.0-RC1', '1.0.0-rc1'],
  ])('%s names the same release as %s', (a, b) => {
    expect(sameVersion(v(a), v(b))).toBe(true)
  })

  it('a pre-release is not its release', () => {
    expect(sameVersion(v('1.2.0rc1'), v('1.2.0'))).toBe(false)
  })
})
