import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/security/enforced-review/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup, type Commit } from '../../helpers/repo.js'

afterAll(cleanup)

const c = (message: string, author = 'ana@example.eu', files: Record<string, string> = {}): Commit => ({
  message,
  author,
  date: '2026-03-01T10:00:00Z',
  files: { [`f${message.length}${author}`]: message, ...files },
})
const GITHUB = 'https://github.com/kommune/forms'

describe('enforced-review', () => {
  test.each([
    [
      'every commit reviewed by someone else (trailers)',
      [c('parser: fix\n\nReviewed-by: Bo <bo@example.eu>'), c('docs: typo\n\nAcked-by: Cy <cy@example.eu>', 'bo@example.eu')],
      GITHUB,
      'pass',
      /^all 2 commits on the default branch .* carry a review trailer/,
    ],
    [
      'a self-review does not count',
      [c('fix\n\nReviewed-by: Ana <ana@example.eu>')],
      GITHUB,
      'fail',
      /^1 of the 1 commits people made .* were pushed by their authors without a pull request or a review trailer \(e\.g\. "fix"\)/,
    ],
    [
      'squash-merged pull requests: whether approval was required is a setting',
      [c('Add forms (#12)'), c('Fix typo (#13)', 'bo@example.eu')],
      GITHUB,
      'unknown',
      /^2 of the 2 commits .* came through pull requests; whether an approval .* could not be read \(this run has no network access\)$/,
    ],
    ['a rebased pull request with Closes #N', [c('url: fix\n\nCloses #1234')], GITHUB, 'unknown', /came through pull requests/],
    [
      'a direct push on GitHub',
      [c('Add forms (#12)'), c('Tweak changelog')],
      GITHUB,
      'fail',
      /^1 of the 2 commits .* \(e\.g\. "Tweak changelog"\)/,
    ],
    [
      'the same history on GitLab',
      [c('Add forms (#12)'), c('Tweak changelog')],
      'https://gitlab.com/kommune/forms',
      'unknown',
      /1 show no request \(on a forge other than GitHub/,
    ],
    [
      'a GitHub mirror of a Codeberg project',
      [c('Tweak changelog', 'ana@example.eu', { '.forgejo/workflows/ci.yml': 'on: push\n' })],
      GITHUB,
      'unknown',
      /show no request/,
    ],
    [
      'only bots',
      [c('Bump x (#3)', '49699333+dependabot[bot]@users.noreply.github.com')],
      GITHUB,
      'unknown',
      /^no commits by people on the default branch/,
    ],
  ])('%s', async (_name, commits, remote, status, message) => {
    const r = await runCheckOn(check, {}, { commits, remote })
    expect({ status: r.status, message: r.messages[0] }).toEqual({ status, message: expect.stringMatching(message) })
  })

  test('not a git repository', async () => {
    expect((await runCheckOn(check, { 'README.md': '# x' }, { git: false })).status).toBe('unknown')
  })
})
