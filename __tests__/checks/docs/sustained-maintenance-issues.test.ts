/**
 * sustained-maintenance: whether issues are answered, from GitHub Issues through the API
 * (`GET /repos/{owner}/{repo}/issues?state=all&sort=created&direction=desc`), served by a local
 * HTTP server page by page through the guarded client. The items have the fields of GitHub's REST
 * reference (number, state, comments, created_at, author_association, pull_request on pull
 * requests); this machine cannot reach api.github.com to record live ones.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/sustained-maintenance/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { startLocalServer, type RecordedRequest } from '../../helpers/local-github.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const SLUG = 'kommune/forms'
// TEST_NOW is 2026-06-01: the window is 2025-06-01 to 2026-04-01
const issue = (number: number, created: string, state: 'open' | 'closed', comments: number, association = 'NONE', pr = false) => ({
  number,
  title: `issue ${number}`,
  state,
  comments,
  created_at: `${created}T09:00:00Z`,
  author_association: association,
  ...(pr ? { pull_request: { url: `https://api.github.com/repos/${SLUG}/pulls/${number}` } } : {}),
})

/** GitHub's list, newest first, `per_page` and `page`; or one status for every request. */
function route(items: unknown[] | string, status = 200) {
  return (req: RecordedRequest) => {
    const url = new URL(req.url, 'http://localhost')
    if (url.pathname !== `/repos/${SLUG}/issues`) return { status: 404, body: { message: 'Not Found' } }
    if (status !== 200) return { status, body: { message: status === 410 ? 'Issues are disabled for this repo' : 'error' } }
    if (typeof items === 'string') return { status: 200, body: items }
    const perPage = Number(url.searchParams.get('per_page'))
    const page = Number(url.searchParams.get('page'))
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage) }
  }
}

async function answered(items: unknown[] | string | 'offline', status = 200) {
  const options = { remote: `https://github.com/${SLUG}`, commits: [{ tags: ['v1.0.0'], date: '2026-05-01T10:00:00Z' }] }
  if (items === 'offline') return issuesFinding(await runCheckOn(check, { 'README.md': '# Forms\n' }, options))
  const server = await startLocalServer(route(items, status))
  try {
    const run = await runCheckOn(
      check,
      { 'README.md': '# Forms\n' },
      {
        ...options,
        network: { enabled: true, allowHosts: [new URL(server.url).host] },
        github: { apiUrl: server.url },
      },
    )
    return { ...issuesFinding(run), pages: server.requests.length }
  } finally {
    await server.close()
  }
}

function issuesFinding(run: Awaited<ReturnType<typeof runCheckOn>>) {
  const finding = run.findings.find((f) => /issues/.test(f.message))!
  return { status: finding.status, message: finding.message }
}

const MIXED = [
  issue(40, '2026-05-20', 'open', 0), // too recent to count
  issue(39, '2026-04-10', 'open', 0, 'NONE', true), // a pull request
  issue(38, '2026-03-01', 'closed', 0), // answered: closed
  issue(37, '2026-01-15', 'open', 0, 'MEMBER'), // the project's own
  issue(36, '2025-11-02', 'open', 3, 'CONTRIBUTOR'), // answered: comments
  issue(35, '2025-08-09', 'open', 0, 'FIRST_TIME_CONTRIBUTOR'), // unanswered
  issue(30, '2025-04-01', 'open', 0), // older than 12 months: the list stops here
  issue(29, '2025-03-01', 'open', 0),
]

describe('sustained-maintenance: issues answered', () => {
  test.each<[string, unknown[] | string | 'offline', number, string, RegExp]>([
    ['offline: unknown, and why', 'offline', 200, 'unknown', /its issues could not be read \(this run has no network access\)$/],
    [
      'most issues of others answered: pass (pull requests, members and the last two months left out)',
      MIXED,
      200,
      'pass',
      /^2 of the 3 issues people outside the project opened 2 to 12 months ago have a comment or were closed \(http:\/\/127\.0\.0\.1:\d+\/repos\/kommune\/forms\/issues\)$/,
    ],
    [
      'most unanswered: fail, naming them',
      [issue(12, '2026-02-01', 'open', 0), issue(11, '2025-12-01', 'open', 0), issue(10, '2025-10-01', 'closed', 1)],
      200,
      'fail',
      /^1 of the 3 issues .* have a comment or were closed: most go unanswered \(e\.g\. #12, #11;/,
    ],
    [
      'half is not a majority',
      [issue(12, '2026-02-01', 'open', 0), issue(10, '2025-10-01', 'closed', 1)],
      200,
      'fail',
      /^1 of the 2 issues/,
    ],
    [
      'no issues of others in the window: none unanswered',
      [issue(5, '2026-05-25', 'open', 0), issue(4, '2024-01-01', 'open', 0)],
      200,
      'pass',
      /^no issues opened by people outside the project 2 to 12 months ago: none left unanswered/,
    ],
    ['issues turned off: unknown', [], 410, 'unknown', /issues are turned off for the repository on GitHub/],
    ['a rate limit: unknown', [], 403, 'unknown', /could not be read \(.*403/],
    ['not a list: unknown', '{"message":"oops"}', 200, 'unknown', /did not answer with a list of issues/],
    [
      'an item without a date: unknown',
      [{ number: 3, state: 'open' }],
      200,
      'unknown',
      /answered with an issue \(number 1 of the page\) without its number, date or state/,
    ],
  ])('%s', async (_label, items, status, verdict, message) => {
    const result = await answered(items, status)
    expect(result.status).toBe(verdict)
    expect(result.message).toMatch(message)
  })

  test('pages are read until the issues are older than 12 months, and no further', async () => {
    // 150 recent ones of the project's own, then answered issues of others, then old ones
    const items = [
      ...Array.from({ length: 150 }, (_, i) => issue(1000 - i, '2026-05-10', 'open', 0, 'OWNER')),
      ...Array.from({ length: 100 }, (_, i) => issue(800 - i, '2025-09-01', 'closed', 2)),
      ...Array.from({ length: 300 }, (_, i) => issue(500 - i, '2024-09-01', 'open', 0)),
    ]
    const result = await answered(items)
    expect(result).toMatchObject({ status: 'pass', message: expect.stringMatching(/^100 of the 100 issues/), pages: 3 })
  })

  test('a busy tracker whose newest 500 are all of the last two months: unknown', async () => {
    const items = Array.from({ length: 600 }, (_, i) => issue(5000 - i, '2026-05-15', 'open', 1))
    const result = await answered(items)
    expect(result).toMatchObject({
      status: 'unknown',
      message: expect.stringMatching(/^500 issues were opened in the last two months alone/),
      pages: 5,
    })
  })
})
