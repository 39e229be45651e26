import { afterAll, describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { AnalysisError } from '../../src/core/errors.js'
import { readGitFacts, tagVersion } from '../../src/core/git-facts.js'
import { cleanup, git, makeRepo, tempDir } from '../helpers/repo.js'

afterAll(cleanup)

const NOW = new Date('2026-06-01T00:00:00Z')

describe('readGitFacts on real repositories', () => {
  test('commit, tree, ref, remote, last commit date, tags and activity', async () => {
    const root = makeRepo(
      {},
      {
        remote: 'git@github.com:kommune/forms.git',
        commits: [
          { files: { 'a.txt': '1' }, date: '2025-01-10T10:00:00Z', author: 'old@example.eu', tags: ['v0.9.0'] },
          { files: { 'a.txt': '2' }, date: '2025-09-01T10:00:00Z', author: 'anna@example.eu', tags: ['v1.0.0', 'nightly'] },
          { files: { 'a.txt': '3' }, date: '2026-04-01T10:00:00Z', author: 'Anna@example.eu', tags: ['v1.1.0-rc.1'] },
          { files: { 'a.txt': '4' }, date: '2026-05-20T10:00:00Z', author: 'jonas@example.eu', tags: ['v1.0.1', 'v1.2'] },
        ],
      },
    )
    const facts = await readGitFacts(root, NOW)
    expect(facts.isRepository).toBe(true)
    expect(facts.commit).toBe(git(root, ['rev-parse', 'HEAD']).trim())
    expect(facts.tree).toBe(git(root, ['rev-parse', 'HEAD^{tree}']).trim())
    expect(facts.ref).toBe('refs/heads/main')
    expect(facts.remoteUrl).toBe('https://github.com/kommune/forms')
    expect(facts.lastCommitDate).toBe('2026-05-20T10:00:00.000Z')
    expect(facts.shallow).toBe(false)
    expect(facts.tags.map((t) => [t.name, t.version])).toEqual([
      ['nightly', undefined],
      ['v0.9.0', '0.9.0'],
      ['v1.0.0', '1.0.0'],
      ['v1.0.1', '1.0.1'],
      ['v1.1.0-rc.1', '1.1.0-rc.1'],
      ['v1.2', undefined],
    ])
    // prereleases do not count as the latest release
    expect(facts.latestVersionTag?.name).toBe('v1.0.1')
    // 2026-03-03 .. 2026-06-01: two commits by two authors (emails compared case-insensitively)
    expect(facts.activity.days90).toEqual({ commits: 2, authors: 2 })
    // 2025-06-01 .. 2026-06-01: three commits by anna (twice) and jonas
    expect(facts.activity.days365).toEqual({ commits: 3, authors: 2 })
  })

  test('an empty repository without commits has no commit, tree or tags', async () => {
    const root = tempDir()
    git(root, ['init', '-q', '-b', 'main'])
    const facts = await readGitFacts(root, NOW)
    expect(facts.commit).toBeUndefined()
    expect(facts.tree).toBeUndefined()
    expect(facts.lastCommitDate).toBeUndefined()
    expect(facts.ref).toBe('refs/heads/main')
    expect(facts.tags).toEqual([])
    expect(facts.activity.days365).toEqual({ commits: 0, authors: 0 })
  })

  test('a detached HEAD has no ref', async () => {
    const root = makeRepo({}, { commits: [{ files: { a: '1' } }, { files: { a: '2' } }] })
    git(root, ['checkout', '-q', 'HEAD~1'])
    const facts = await readGitFacts(root, NOW)
    expect(facts.ref).toBeUndefined()
    expect(facts.commit).toBe(git(root, ['rev-parse', 'HEAD']).trim())
  })

  test('a shallow clone is reported as shallow, and does not say which tags are in its history', async () => {
    const origin = makeRepo({}, { commits: [{ files: { a: '1' }, tags: ['v1.0.0'] }, { files: { a: '2' } }, { files: { a: '3' } }] })
    const clone = tempDir()
    git(clone, ['clone', '-q', '--depth', '1', `file://${origin}`, 'c'])
    git(`${clone}/c`, ['fetch', '-q', '--depth', '1', 'origin', 'tag', 'v1.0.0'])
    const facts = await readGitFacts(`${clone}/c`, NOW)
    expect(facts.shallow).toBe(true)
    expect(facts.tags).toEqual([expect.objectContaining({ name: 'v1.0.0' })])
    expect(facts.tags[0]!.merged).toBeUndefined()
  })

  test('a tag made on another branch is not in the history of HEAD', async () => {
    const root = makeRepo({}, { commits: [{ files: { a: '1' }, tags: ['v1.0.0'] }] })
    git(root, ['checkout', '-q', '-b', 'stable'])
    git(root, ['commit', '-q', '--allow-empty', '-m', 'fix'])
    git(root, ['tag', 'v1.0.1'])
    git(root, ['checkout', '-q', 'main'])
    const facts = await readGitFacts(root, NOW)
    expect(facts.tags.map((t) => [t.name, t.merged])).toEqual([
      ['v1.0.0', true],
      ['v1.0.1', false],
    ])
    // not asked for (no enabled check needs it): the history is not walked and nothing is said
    const without = await readGitFacts(root, NOW, { tagHistory: false })
    expect(without.tags.map((t) => [t.name, t.merged])).toEqual([
      ['v1.0.0', undefined],
      ['v1.0.1', undefined],
    ])
  })
})

describe('readGitFacts on hostile repositories', () => {
  test('a commit and a tag dated in the year 10000: the dates are left out (a report cannot write them), the rest is read', async () => {
    const root = makeRepo({ 'a.txt': '1' }, { commits: [{ date: '@253402300800 +0000', tags: ['v1.0.0'] }] })
    expect(git(root, ['log', '-1', '--format=%cI']).trim()).toBe('10000-01-01T00:00:00+00:00')
    const facts = await readGitFacts(root, NOW)
    expect(facts.commit).toBe(git(root, ['rev-parse', 'HEAD']).trim())
    expect(facts.lastCommitDate).toBeUndefined()
    expect(facts.tags).toEqual([{ name: 'v1.0.0', version: '1.0.0', merged: true }])
  })

  test('a history with a missing object is a failure in git’s words, not an empty history', async () => {
    const root = makeRepo({ 'a.txt': '1' }, { commits: [{ tags: ['v1.0.0'] }, { files: { 'a.txt': '2' } }] })
    const head = git(root, ['rev-parse', 'HEAD']).trim()
    rmSync(join(root, '.git', 'objects', head.slice(0, 2), head.slice(2)))
    const failure = await readGitFacts(root, NOW).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AnalysisError)
    expect(failure).toMatchObject({ bug: false, message: 'the git history could not be read: git log failed: fatal: bad object HEAD' })
  })
})

describe('tagVersion', () => {
  test.each([
    ['v1.2.3', true, '1.2.3'],
    ['1.2.3-rc.1', true, '1.2.3-rc.1'],
    ['pkg@2.0.0', true, '2.0.0'],
    ['tools/v3.1.0', true, '3.1.0'],
    ['v1.2', true, undefined],
    ['1.2.3.4', true, undefined],
    ['release-2024', false, undefined],
    ['latest', false, undefined],
  ])('%s', (tag, versionLike, version) => {
    expect(tagVersion(tag)).toEqual(version ? { versionLike, version } : { versionLike })
  })
})
