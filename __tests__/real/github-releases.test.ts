/**
 * Release notes kept on GitHub Releases: the changelog verdicts on real projects that keep their
 * notes there (cli/cli, ossf/scorecard, italia/publiccode-parser-go), with their real tags, against
 * a local HTTP server that answers `GET /repos/{owner}/{repo}/releases` page by page as GitHub does,
 * from the releases recorded in fixtures/real/<project>/api.github.com/ (reconstructed from the
 * projects' clones; SOURCE.md says how), read through the guarded client.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check as changelog } from '../../checks/docs/changelog/index.js'
import { githubReleases, MAX_PAGES } from '../../src/docs/github-releases.js'
import { runCheckOn } from '../helpers/check.js'
import { startLocalServer, type RecordedRequest } from '../helpers/local-github.js'
import { addTags, cleanup, FIXTURES, git, realRepo, realTags, tempDir } from '../helpers/repo.js'

afterAll(cleanup)

type Release = Record<string, unknown> & { tag_name: string; body: string | null }

const PROJECTS = { cli: 'cli/cli', scorecard: 'ossf/scorecard', 'publiccode-parser-go': 'italia/publiccode-parser-go' } as const
type Project = keyof typeof PROJECTS

function recorded(project: Project): Release[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'real', project, 'api.github.com', 'repos', PROJECTS[project], 'releases.json'), 'utf8'))
}

const repos = new Map<string, string>()
/** The project's extract, its remote on github.com and its real tags. */
function repoOf(project: Project): string {
  let root = repos.get(project)
  if (!root) {
    root = realRepo(project, { remote: `https://github.com/${PROJECTS[project]}` })
    addTags(root, realTags(project))
    repos.set(project, root)
  }
  return root
}

/** GitHub's list of releases: `per_page` (default 30, at most 100) and `page`, with its Link header; 404 elsewhere. */
function releasesRoute(slug: string, releases: readonly unknown[]) {
  return (req: RecordedRequest) => {
    const url = new URL(req.url, 'http://localhost')
    if (url.pathname !== `/repos/${slug}/releases`) return { status: 404, body: { message: 'Not Found' } }
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
    const page = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(releases.length / perPage))
    const link = page < last ? { link: `<${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"` } : undefined
    return { status: 200, body: releases.slice((page - 1) * perPage, page * perPage), ...(link ? { headers: link } : {}) }
  }
}

async function online<T>(route: Parameters<typeof startLocalServer>[0], run: (access: Access) => Promise<T>): Promise<T> {
  const server = await startLocalServer(route)
  try {
    return await run({
      network: { enabled: true, allowHosts: [new URL(server.url).host] },
      github: { apiUrl: server.url, token: TOKEN },
      server,
    })
  } finally {
    await server.close()
  }
}
interface Access {
  network: { enabled: boolean; allowHosts: string[] }
  github: { apiUrl: string; token: string }
  server: { url: string; requests: RecordedRequest[] }
}
const TOKEN = 'ghs_releasesTestToken0123456789'

describe('offline: release notes may be on GitHub Releases', () => {
  it.each([
    [
      'cli',
      /^no changelog in the repository; the release notes may be on GitHub Releases \(https:\/\/github\.com\/cli\/cli\/releases\), which were not read \(this run has no network access\)$/,
    ],
    [
      'scorecard',
      /^no changelog in the repository; the release notes may be on GitHub Releases \(https:\/\/github\.com\/ossf\/scorecard\/releases\)/,
    ],
    [
      'publiccode-parser-go',
      /^CHANGELOG\.md points to GitHub Releases \(https:\/\/github\.com\/italia\/publiccode-parser-go\/releases\) for the release notes, which were not read \(this run has no network access\)$/,
    ],
  ] as const)('%s: unknown, with what would resolve it', async (project, message) => {
    const run = await runCheckOn(changelog, {}, { root: repoOf(project) })
    expect(run.status).toBe('unknown')
    expect(run.messages).toEqual([expect.stringMatching(message)])
    expect(run.findings[0]!.remediation).toMatch(/^Run with network access \(--network; on by default in the Action\)/)
  })

  it('a repository that is not on GitHub, without a changelog: fails, as nothing can hold its notes', async () => {
    const root = realRepo('cli', { remote: 'https://codeberg.org/cli/cli' })
    addTags(root, realTags('cli'))
    const run = await runCheckOn(changelog, {}, { root })
    expect(run.status).toBe('fail')
    expect(run.messages[0]).toMatch(/^no changelog found/)
  })

  it('on GitHub without a changelog and without release tags: fails, nothing suggests Releases', async () => {
    const run = await runCheckOn(changelog, { 'README.md': '# widget\n' }, { remote: 'https://github.com/acme/widget' })
    expect(run.status).toBe('fail')
    expect(run.messages[0]).toMatch(/^no changelog found/)
  })
})

describe('online: the releases read through the GitHub API', () => {
  it.each([
    [
      'cli',
      'pass',
      /^no changelog in the repository; the release notes are on GitHub Releases, read from http:\/\/127\.0\.0\.1:\d+\/repos\/cli\/cli\/releases: each of the 31 release tags in the 12 months to v2\.60\.0 \(2024-10-24\) has a release with notes; newest v2\.60\.0, published 2024-10-24$/,
    ],
    [
      'scorecard',
      'pass',
      /^no changelog in the repository; the release notes are on GitHub Releases, read from .*\/repos\/ossf\/scorecard\/releases: each of the 5 release tags in the 12 months to v5\.5\.0 \(2026-04-23\) has a release with notes; newest v5\.5\.0, published 2026-04-23$/,
    ],
    [
      'publiccode-parser-go',
      'pass',
      /^CHANGELOG\.md points to GitHub Releases \(https:\/\/github\.com\/italia\/publiccode-parser-go\/releases\) for the release notes; read from .*\/repos\/italia\/publiccode-parser-go\/releases: each of the 21 release tags in the 12 months to v5\.4\.3 \(2026-08-06\) has a release with notes; newest v5\.4\.3, published 2026-08-06$/,
    ],
  ] as const)('%s: %s', async (project, status, message) => {
    await online(releasesRoute(PROJECTS[project], recorded(project)), async ({ network, github, server }) => {
      const run = await runCheckOn(changelog, {}, { root: repoOf(project), network, github })
      expect(run.messages).toEqual([expect.stringMatching(message)])
      expect(run.status).toBe(status)
      expect(run.findings[0]!.severity).toBeUndefined()
      // one page of 100 holds the year; the token goes to the API and nowhere into the findings
      expect(server.requests.map((r) => r.url)).toEqual([`/repos/${PROJECTS[project]}/releases?per_page=100&page=1`])
      expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`)
      expect(server.requests[0]!.headers['x-github-api-version']).toBe('2022-11-28')
      expect(JSON.stringify(run.findings)).not.toContain(TOKEN)
    })
  })

  it('publiccode-parser-go, its latest release without notes: fails, naming the tag', async () => {
    const releases = recorded('publiccode-parser-go').map((r) => (r.tag_name === 'v5.4.3' ? { ...r, body: '' } : r))
    await online(releasesRoute(PROJECTS['publiccode-parser-go'], releases), async ({ network, github }) => {
      const run = await runCheckOn(changelog, {}, { root: repoOf('publiccode-parser-go'), network, github })
      expect(run.status).toBe('fail')
      expect(run.findings[0]!.location).toEqual({ path: 'CHANGELOG.md' })
      expect(run.messages[0]).toMatch(
        /^CHANGELOG\.md points to GitHub Releases .*; on GitHub Releases \(read from .*\/releases\), the latest release tag v5\.4\.3 \(2026-08-06\) has a release with no notes$/,
      )
      expect(run.findings[0]!.remediation).toMatch(/Publish a release with notes for each release tag on GitHub Releases/)
    })
  })

  it('cli, its latest tag without a release and an older release whose notes are only the link to the commits: fails', async () => {
    const releases = recorded('cli')
      .filter((r) => r.tag_name !== 'v2.60.0')
      .map((r) =>
        r.tag_name === 'v2.55.0' ? { ...r, body: '**Full Changelog**: https://github.com/cli/cli/compare/v2.54.0...v2.55.0' } : r,
      )
    await online(releasesRoute('cli/cli', releases), async ({ network, github }) => {
      const run = await runCheckOn(changelog, {}, { root: repoOf('cli'), network, github })
      expect(run.status).toBe('fail')
      expect(run.messages[0]).toMatch(
        /the latest release tag v2\.60\.0 \(2024-10-24\) has no release, and 1 other of the 31 release tags in the 12 months to v2\.60\.0 \(2024-10-24\) lacks notes \(v2\.55\.0: only the link to the list of commits as notes\)$/,
      )
    })
  })

  it('cli, an older release tag without notes: passes with a warning that names it', async () => {
    const releases = recorded('cli').map((r) => (r.tag_name === 'v2.49.1' ? { ...r, body: null } : r))
    await online(releasesRoute('cli/cli', releases), async ({ network, github }) => {
      const run = await runCheckOn(changelog, {}, { root: repoOf('cli'), network, github })
      expect(run.status).toBe('pass')
      expect(run.findings[0]!.severity).toBe('warning')
      expect(run.messages[0]).toMatch(
        /: 30 of the 31 release tags .* have a release with notes; newest v2\.60\.0, published 2024-10-24; 1 release tag lacks notes \(v2\.49\.1: no notes\)$/,
      )
    })
  })

  it('a changelog behind the tags that does not point anywhere, and notes on Releases: passes with a warning', async () => {
    // scorecard as it would be with a changelog left at 4.13.1
    const stale = '# Changelog\n\n## 4.13.1 (2023-10-20)\n\n- Fixes.\n'
    const root = realRepo('scorecard', { remote: 'https://github.com/ossf/scorecard', commits: [{ files: { 'CHANGELOG.md': stale } }] })
    addTags(root, realTags('scorecard'))
    const run = await online(releasesRoute('ossf/scorecard', recorded('scorecard')), ({ network, github }) =>
      runCheckOn(changelog, {}, { root, network, github }),
    )
    expect(run.status).toBe('pass')
    expect(run.findings[0]!.severity).toBe('warning')
    expect(run.findings[0]!.location).toMatchObject({ path: 'CHANGELOG.md' })
    expect(run.messages[0]).toMatch(
      /^CHANGELOG\.md is behind the release tags: .*; the release notes are on GitHub Releases, read from .*: each of the 5 release tags .* has a release with notes; .*; CHANGELOG\.md does not say that the notes are on GitHub Releases$/,
    )
  })

  it('a shallow clone without tags: the releases are read, but whether each tag has one cannot be seen', async () => {
    const origin = repoOf('scorecard')
    const root = tempDir()
    git(root, ['clone', '-q', '--depth', '1', '--no-tags', `file://${origin}`, '.'])
    git(root, ['remote', 'set-url', 'origin', 'https://github.com/ossf/scorecard'])
    const run = await online(releasesRoute('ossf/scorecard', recorded('scorecard')), ({ network, github }) =>
      runCheckOn(changelog, {}, { root, network, github }),
    )
    expect(run.status).toBe('unknown')
    expect(run.messages[0]).toMatch(
      /each of the 5 releases in the 12 months to v5\.5\.0 \(2026-04-23\) has notes; newest v5\.5\.0, published 2026-04-23; this shallow clone has no tags/,
    )
    expect(run.findings[0]!.remediation).toMatch(/fetch-depth: 0/)
  })
})

describe('pagination: page by page, back to the twelve months before the newest tag, at most MAX_PAGES pages', () => {
  it('cli at 10 a page: stops once a page ends before the window (and its month of margin)', async () => {
    const releases = recorded('cli')
    await online(releasesRoute('cli/cli', releases), async ({ network, github, server }) => {
      // the twelve months to v2.60.0 (2024-10-24) start 2023-10-25; the margin takes it to 2023-09-24
      const lookup = await githubReleases({ repositoryUrl: 'https://github.com/cli/cli', network, github, pageSize: 10 }).list(
        '2023-10-25T16:47:44.000Z',
      )
      expect(server.requests.map((r) => r.url)).toEqual([1, 2, 3, 4].map((n) => `/repos/cli/cli/releases?per_page=10&page=${n}`))
      expect(lookup).toMatchObject({ complete: true, source: `${server.url}/repos/cli/cli/releases` })
      if (!('releases' in lookup)) throw new Error('no releases')
      expect(lookup.releases.map((r) => r.tag)).toEqual(releases.slice(0, 40).map((r) => r.tag_name))
      // page 3 ends with v2.39.0 (2023-11-06), inside the window; page 4 with v2.30.0 (2023-05-30), before its margin
      expect(lookup.releases.at(-1)).toMatchObject({ tag: 'v2.30.0', published: '2023-05-30T15:07:20.000Z', prerelease: false })
    })
  })

  it('a short page is the last one', async () => {
    await online(releasesRoute('ossf/scorecard', recorded('scorecard')), async ({ network, github, server }) => {
      const lookup = await githubReleases({ repositoryUrl: 'https://github.com/ossf/scorecard', network, github }).list(
        '2000-01-01T00:00:00Z',
      )
      expect(server.requests).toHaveLength(1)
      expect(lookup).toMatchObject({ complete: true })
    })
  })

  it(`a server that never ends is read for ${MAX_PAGES} pages, and the answer says it is incomplete`, async () => {
    const page = recorded('cli').slice(0, 10)
    await online(
      () => ({ status: 200, body: page }),
      async ({ network, github, server }) => {
        const lookup = await githubReleases({ repositoryUrl: 'https://github.com/cli/cli', network, github, pageSize: 10 }).list(
          '2023-10-25T16:47:44.000Z',
        )
        expect(server.requests).toHaveLength(MAX_PAGES)
        expect(lookup).toMatchObject({ complete: false })
      },
    )
  })
})

describe('what goes wrong says what and where, and never shows the token', () => {
  const cases: [string, Parameters<typeof startLocalServer>[0], RegExp, RegExp][] = [
    [
      'rate limited (403)',
      () => ({
        status: 403,
        body: { message: 'API rate limit exceeded for installation ID 1.' },
        headers: { 'x-ratelimit-remaining': '0' },
      }),
      /\(HTTP 403 from http:\/\/127\.0\.0\.1:\d+\/repos\/cli\/cli\/releases\?per_page=100&page=1\)$/,
      /^Run again later: the GitHub API limits the requests of each token/,
    ],
    [
      'a secondary rate limit (429)',
      () => ({ status: 429, body: { message: 'You have exceeded a secondary rate limit.' }, headers: { 'retry-after': '60' } }),
      /\(HTTP 429 from .*\)$/,
      /^Run again later: the GitHub API limits the requests of each token/,
    ],
    [
      'a page that does not come (the server stalls)',
      () => ({ status: 200, body: [], delayMs: 60_000 }),
      /\(http:\/\/127\.0\.0\.1:\d+\/repos\/cli\/cli\/releases\?per_page=100&page=1: no answer within 300 ms\)$/,
      /^Run again/,
    ],
    [
      'not found (404)',
      () => ({ status: 404, body: { message: 'Not Found' } }),
      /\(HTTP 404 from .*\)$/,
      /a token that can read the repository/,
    ],
    ['bad credentials (401)', () => ({ status: 401, body: { message: 'Bad credentials' } }), /\(HTTP 401 from .*\)$/, /a valid token/],
    ['a server error (502)', () => ({ status: 502, body: 'Bad Gateway' }), /\(HTTP 502 from .*\)$/, /^Run again/],
    [
      'not JSON',
      () => ({ status: 200, body: '<html>Unicorn!</html>', headers: { 'content-type': 'text/html' } }),
      /\(http:\/\/127\.0\.0\.1:\d+\/repos\/cli\/cli\/releases\?per_page=100&page=1 did not answer with JSON\)$/,
      /^Run again/,
    ],
    [
      'JSON that is not a list',
      () => ({ status: 200, body: { message: 'Moved' } }),
      /did not answer with a list of releases\)$/,
      /^Run again/,
    ],
    [
      'a release without a tag',
      () => ({ status: 200, body: [{ ...recorded('cli')[0], tag_name: null }] }),
      /answered with a release \(number 1 of the page\) without a tag_name\)$/,
      /^Run again/,
    ],
    [
      'a release with a date that is none',
      () => ({ status: 200, body: [{ ...recorded('cli')[0], published_at: 'yesterday' }] }),
      /a release \(number 1 of the page\) v2\.60\.0 with an invalid published_at\)$/,
      /^Run again/,
    ],
    [
      'a page over 16 MiB',
      () => ({ status: 200, body: `[${' '.repeat(17 * 1024 * 1024)}]` }),
      /\(http:\/\/127\.0\.0\.1:\d+\/repos\/cli\/cli\/releases\?per_page=100&page=1 is over the limit of 16777216 bytes\)$/,
      /^Run again/,
    ],
  ]
  it.each(cases)('%s: unknown', async (_name, route, message, remediation) => {
    await online(route, async ({ network, github, server }) => {
      // a page may take 300 ms here rather than 10 s, so that a stalled server is seen quickly
      const releases = githubReleases({ repositoryUrl: 'https://github.com/cli/cli', network, github, timeoutMs: 300 })
      const run = await runCheckOn(changelog, {}, { root: repoOf('cli'), network, github, releases })
      expect(run.status).toBe('unknown')
      expect(run.messages[0]).toMatch(
        /^no changelog in the repository; the release notes may be on GitHub Releases \(https:\/\/github\.com\/cli\/cli\/releases\), which were not read /,
      )
      expect(run.messages[0]).toMatch(message)
      expect(run.findings[0]!.remediation).toMatch(remediation)
      expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`)
      expect(JSON.stringify(run.findings)).not.toContain(TOKEN)
      expect(JSON.stringify(run.findings)).not.toContain('releasesTestToken')
    })
  })
})

describe('time limits, a closed port and rate limits without a token: unknown with the reason, never a crash', () => {
  it('pages that come slowly: the look-up stops at its total time limit and says how far it got', async () => {
    // cli at 10 a page needs several pages for its year; each takes 150 ms, all together may take 400 ms
    const slow = releasesRoute('cli/cli', recorded('cli'))
    await online(
      (req) => ({ ...slow(req), delayMs: 150 }),
      async ({ network, github, server }) => {
        const releases = githubReleases({ repositoryUrl: 'https://github.com/cli/cli', network, github, pageSize: 10, totalMs: 400 })
        const run = await runCheckOn(changelog, {}, { root: repoOf('cli'), network, github, releases })
        expect(run.status).toBe('unknown')
        expect(run.messages[0]).toMatch(
          /which were not read \(http:\/\/127\.0\.0\.1:\d+\/repos\/cli\/cli\/releases did not give its releases within 0\.4 s \([0-3] of up to 5 pages read\)\)$/,
        )
        expect(run.findings[0]!.remediation).toMatch(/^Run again/)
        expect(server.requests.length).toBeLessThan(MAX_PAGES)
      },
    )
  })

  it('nothing listens on the port: unknown, naming the address', async () => {
    const server = await startLocalServer(() => ({ status: 200, body: [] }))
    const host = new URL(server.url).host
    await server.close()
    const network = { enabled: true, allowHosts: [host] }
    const run = await runCheckOn(changelog, {}, { root: repoOf('cli'), network, github: { apiUrl: server.url } })
    expect(run.status).toBe('unknown')
    expect(run.messages[0]).toMatch(
      /which were not read \(http:\/\/127\.0\.0\.1:\d+\/repos\/cli\/cli\/releases\?per_page=100&page=1: .*ECONNREFUSED.*\)$/,
    )
    expect(run.findings[0]!.remediation).toMatch(/^Run again/)
  })

  it('rate limited without a token (403): unknown, and a token is what helps', async () => {
    const server = await startLocalServer(() => ({
      status: 403,
      body: { message: 'API rate limit exceeded for 203.0.113.7.' },
      headers: { 'x-ratelimit-remaining': '0' },
    }))
    try {
      const network = { enabled: true, allowHosts: [new URL(server.url).host] }
      const run = await runCheckOn(changelog, {}, { root: repoOf('cli'), network, github: { apiUrl: server.url } })
      expect(run.status).toBe('unknown')
      expect(run.messages[0]).toMatch(/\(HTTP 403 from .*\/repos\/cli\/cli\/releases\?per_page=100&page=1\)$/)
      expect(run.findings[0]!.remediation).toMatch(/with a token .*: the GitHub API limits requests without one\.$/)
      expect(server.requests[0]!.headers.authorization).toBeUndefined()
    } finally {
      await server.close()
    }
  })
})
