/**
 * The verdicts a careful reviewer gives on real projects' security policies, contribution
 * guides, codes of conduct, maintainers and workflow token permissions, from extracts of their
 * repositories (fixtures/real/<project>/, source and licence in each SOURCE.md). Without network access an
 * organisation-wide file or a policy on a web page cannot be seen: the verdict is unknown.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check as securityPolicy } from '../../checks/security/security-policy/index.js'
import { check as contributing } from '../../checks/docs/contributing/index.js'
import { check as codeOfConduct } from '../../checks/docs/code-of-conduct/index.js'
import { check as tokenPermissions } from '../../checks/security/token-permissions/index.js'
import { check as readme } from '../../checks/docs/readme/index.js'
import { check as governance } from '../../checks/docs/governance/index.js'
import type { Check } from '../../src/core/types.js'
import { runCheckOn } from '../helpers/check.js'
import { startLocalServer } from '../helpers/local-github.js'
import { cleanup, FIXTURES, realRepo } from '../helpers/repo.js'

afterAll(cleanup)

const cases: [string, Check, string, string, RegExp][] = [
  // the address in the copyright comment is not the channel; the linked disclosure policy describes the process
  [
    'curl',
    securityPolicy,
    'pass',
    'curl/curl',
    /^SECURITY\.md: private channel https:\/\/curl\.se\/dev\/vuln-disclosure\.html \(line 14\); disclosure process described \(docs\/VULN-DISCLOSURE-POLICY\.md/,
  ],
  // "private disclosure" names the reporting mechanism; nothing says what happens after a report
  ['jq', securityPolicy, 'fail', 'jqlang/jq', /^SECURITY\.md does not describe a disclosure process/],
  // "advisories" in the reporting URL is not a disclosure process
  ['publiccode-parser-go', securityPolicy, 'fail', 'italia/publiccode-parser-go', /^SECURITY\.md does not describe a disclosure process/],
  // "reported privately" to the service desk is a private channel; no response time is given
  ['X-Road', securityPolicy, 'fail', 'nordic-institute/X-Road', /^SECURITY\.md does not describe a disclosure process/],
  // the ASF process is on apache.org, read only with network access
  [
    'maven-resolver',
    securityPolicy,
    'unknown',
    'apache/maven-resolver',
    /goes on at https:\/\/www\.apache\.org\/security\/, which was not read/,
  ],
  ['commons-lang', securityPolicy, 'unknown', 'apache/commons-lang', /goes on at https:\/\/commons\.apache\.org\/security\.html/],
  ['rails', securityPolicy, 'unknown', 'rails/rails', /goes on at https:\/\/rubyonrails\.org\/security/],
  // the policy is the organisation's, in astral-sh/.github
  [
    'uv',
    securityPolicy,
    'unknown',
    'astral-sh/uv',
    /gives no private reporting channel itself, and goes on at https:\/\/github\.com\/astral-sh\/\.github\/blob\/main\/SECURITY\.md/,
  ],
  [
    'cli',
    securityPolicy,
    'pass',
    'cli/cli',
    /private channel https:\/\/hackerone\.com\/github .*disclosure process by the bug-bounty programme/,
  ],
  ['requests', securityPolicy, 'pass', 'psf/requests', /private channel https:\/\/github\.com\/psf\/requests\/security\/advisories\/new/],
  ['scorecard', securityPolicy, 'pass', 'ossf/scorecard', /private channel security@openssf\.org/],
  ['jest', securityPolicy, 'pass', 'jestjs/jest', /private channel security@lists\.openjsf\.org/],
  ['sigstore-js', securityPolicy, 'unknown', 'sigstore/sigstore-js', /links the organisation's security policy .*run with network access/],
  // a short CONTRIBUTING.md that links the full guide
  [
    'synapse',
    contributing,
    'pass',
    'element-hq/synapse',
    /^CONTRIBUTING\.md: a contribution guide by a link to https:\/\/element-hq\.github\.io\/synapse\/latest\/development\/contributing_guide\.html/,
  ],
  // codes of conduct adopted by reference: FSFE's, OpenJS's
  ['reuse-tool', codeOfConduct, 'pass', 'fsfe/reuse-tool', /by reference to https:\/\/fsfe\.org\/about\/codeofconduct/],
  ['jest', codeOfConduct, 'pass', 'jestjs/jest', /by reference to https:\/\/code-of-conduct\.openjsf\.org/],
  // READMEs: prose that links the install and usage documents; a table of contents before the description;
  // reStructuredText; a monorepo's README whose packages say how to install them
  ['curl', readme, 'pass', 'curl/curl', /prose that links how to install or use it \("Learn how to use curl by reading the man page/],
  ['zizmor', readme, 'pass', 'zizmorcore/zizmor', /prose that links how to install or use it/],
  ['scorecard', readme, 'pass', 'ossf/scorecard', /^README\.md: a description \(line \d+\) and a "Using Scorecard" section/],
  ['synapse', readme, 'pass', 'element-hq/synapse', /^README\.rst: a description \(line \d+\) and a "🚀 Getting started" section/],
  ['sigstore-js', readme, 'pass', 'sigstore/sigstore-js', /a "Installation" section in packages\/client\/README\.md, which it links/],
  // the README names the maintainer, a company: "written and maintained by Element"
  [
    'synapse',
    governance,
    'pass',
    'element-hq/synapse',
    /^README\.rst names the maintainer Element \("…Matrix homeserver implementation, written and maintained by Element", line 8\)$/,
  ],
  // reusable workflows (on: workflow_call) run with the caller's token; the callers merge.yaml and push.yaml fail
  [
    'openfisca-core',
    tokenPermissions,
    'fail',
    'openfisca/openfisca-core',
    /^\.github\/workflows\/_before-pip\.yaml is a reusable workflow \(on: workflow_call\) and sets no top-level permissions: its jobs get the calling workflow's token, so the caller's permissions apply$/,
  ],
  // no top-level permissions, and every job declares its own
  [
    'scorecard',
    tokenPermissions,
    'pass',
    'ossf/scorecard',
    /osps-baseline\.yml: no top-level permissions, and each of its \d+ job\(s\) declares its own/,
  ],
]

describe('community files on real projects, offline', () => {
  it.each(cases.map(([p, c, ...rest]) => [p, c.meta.id, c, ...rest] as const))(
    '%s: %s',
    async (project, _id, check, status, repository, message) => {
      const run = await runCheckOn(check, {}, { root: realRepo(project, { remote: `https://github.com/${repository}` }) })
      expect(run.messages).toContainEqual(expect.stringMatching(message))
      expect(run.status).toBe(status)
    },
  )
})

describe("an organisation's .github repository, read through the GitHub API", () => {
  const policy = readFileSync(join(FIXTURES, 'real', 'sigstore-js', 'org-dot-github', 'SECURITY.md'), 'utf8')

  it("sigstore-js: the README links the organisation's policy, which passes once read", async () => {
    const server = await startLocalServer((req) => {
      if (req.url === '/repos/sigstore/.github/contents/')
        return { status: 200, body: [{ name: 'SECURITY.md', path: 'SECURITY.md', type: 'file', size: policy.length }] }
      if (req.url === '/repos/sigstore/.github/contents/SECURITY.md' && req.headers.accept === 'application/vnd.github.raw')
        return { status: 200, body: policy, headers: { 'content-type': 'text/plain' } }
      return { status: 404, body: { message: 'Not Found' } }
    })
    try {
      const host = new URL(server.url).host
      const run = await runCheckOn(
        securityPolicy,
        {},
        {
          root: realRepo('sigstore-js', { remote: 'https://github.com/sigstore/sigstore-js' }),
          network: { enabled: true, allowHosts: [host] },
          github: { apiUrl: server.url, token: 'ghs_test-token' },
        },
      )
      expect(run.messages[0]).toMatch(
        /^https:\/\/github\.com\/sigstore\/\.github\/blob\/HEAD\/SECURITY\.md: private channel lhinds@protonmail\.com/,
      )
      expect(run.status).toBe('pass')
      // the token goes to the API, and the three places GitHub looks are listed once
      expect(server.requests.every((r) => r.headers.authorization === 'Bearer ghs_test-token')).toBe(true)
      expect(server.requests.map((r) => r.url)).toEqual([
        '/repos/sigstore/.github/contents/',
        '/repos/sigstore/.github/contents/.github',
        '/repos/sigstore/.github/contents/docs',
        '/repos/sigstore/.github/contents/SECURITY.md',
      ])
    } finally {
      await server.close()
    }
  })

  it('an organisation without a .github repository: the repository has no policy, and the check fails', async () => {
    const server = await startLocalServer(() => ({ status: 404, body: { message: 'Not Found' } }))
    try {
      const run = await runCheckOn(
        securityPolicy,
        { 'README.md': '# x\n' },
        {
          remote: 'https://github.com/acme/widget',
          network: { enabled: true, allowHosts: [new URL(server.url).host] },
          github: { apiUrl: server.url },
        },
      )
      expect(run.status).toBe('fail')
      expect(run.messages).toEqual([
        'no security policy (SECURITY.md in the root, .github/ or docs/, a security section of the README, or one the README links)',
      ])
    } finally {
      await server.close()
    }
  })

  it('a rate-limited API makes the verdict unknown, with the reason', async () => {
    const server = await startLocalServer(() => ({ status: 403, body: { message: 'API rate limit exceeded' } }))
    try {
      const run = await runCheckOn(
        contributing,
        { 'README.md': '# x\n' },
        {
          remote: 'https://github.com/acme/widget',
          network: { enabled: true, allowHosts: [new URL(server.url).host] },
          github: { apiUrl: server.url },
        },
      )
      expect(run.status).toBe('unknown')
      expect(run.messages[0]).toMatch(
        /the organisation-wide files of acme could not be listed \(HTTP 403 from .*\); run again, or with a token, to check/,
      )
    } finally {
      await server.close()
    }
  })

  it('a repository on another forge has no organisation-wide files: a missing guide fails', async () => {
    const run = await runCheckOn(contributing, { 'README.md': '# x\n' }, { remote: 'https://codeberg.org/fsfe/reuse-tool' })
    expect(run.status).toBe('fail')
  })
})
