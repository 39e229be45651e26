import { describe, expect, test } from '@jest/globals'
import { normaliseRemoteUrl } from '../../src/core/remote-url.js'

describe('normaliseRemoteUrl', () => {
  test.each([
    ['https://github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['https://github.com/owner/repo', 'https://github.com/owner/repo'],
    ['https://github.com/owner/repo/', 'https://github.com/owner/repo'],
    ['git@github.com:owner/repo.git', 'https://github.com/owner/repo'],
    ['ssh://git@gitlab.example.eu:2222/group/sub/repo.git', 'https://gitlab.example.eu/group/sub/repo'],
    ['git://codeberg.org/owner/repo.git', 'https://codeberg.org/owner/repo'],
    ['http://GitLab.Example.eu/owner/repo', 'https://gitlab.example.eu/owner/repo'],
    ['https://x-access-token:ghs_SECRET123@github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['https://user:pa%40ss@git.example.eu/owner/repo', 'https://git.example.eu/owner/repo'],
  ])('%s -> %s', (remote, expected) => {
    expect(normaliseRemoteUrl(remote)).toBe(expected)
  })

  test.each([['/srv/git/repo.git'], ['file:///srv/git/repo.git'], [''], ['https://github.com/']])(
    '%s is not a web repository',
    (remote) => {
      expect(normaliseRemoteUrl(remote)).toBeUndefined()
    },
  )

  test('never keeps credentials', () => {
    expect(normaliseRemoteUrl('https://oauth2:glpat-abcdef@gitlab.com/a/b.git')).not.toContain('glpat')
  })
})
