/**
 * enforced-review and change-gates with the default branch's settings read through the GitHub
 * API (`GET /repos/{owner}/{repo}`, `/rules/branches/{branch}`, `/branches/{branch}`), from a
 * local HTTP server through the guarded client. The answers have the shape GitHub's REST API
 * reference gives them (repository-rule-detailed items with ruleset_source_type, ruleset_source
 * and ruleset_id; a branch's `protected` and `protection.required_status_checks`); this machine
 * cannot reach api.github.com to record live ones.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { check as enforcedReview } from '../../../checks/security/enforced-review/index.js'
import { check as changeGates } from '../../../checks/security/change-gates/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { startLocalServer, type RecordedRequest } from '../../helpers/local-github.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const SLUG = 'kommune/forms'
const REMOTE = `https://github.com/${SLUG}`

interface Settings {
  rules?: unknown
  branch?: unknown
  repo?: unknown
  status?: number
}

/** GitHub's three answers for the repository's default branch `main`; 404 elsewhere. */
function route({
  rules = [],
  branch = { name: 'main', protected: false },
  repo = { full_name: SLUG, default_branch: 'main' },
  status,
}: Settings) {
  return (req: RecordedRequest) => {
    if (status) return { status, body: { message: 'API rate limit exceeded' } }
    const path = new URL(req.url, 'http://localhost').pathname
    if (path === `/repos/${SLUG}`) return { status: 200, body: repo }
    if (path === `/repos/${SLUG}/rules/branches/main`) return { status: 200, body: rules }
    if (path === `/repos/${SLUG}/branches/main`) return { status: 200, body: branch }
    return { status: 404, body: { message: 'Not Found' } }
  }
}

const rule = (type: string, parameters?: Record<string, unknown>, source = SLUG, kind = 'Repository', id = 4211) => ({
  type,
  ...(parameters ? { parameters } : {}),
  ruleset_source_type: kind,
  ruleset_source: source,
  ruleset_id: id,
})

async function run(
  check: typeof enforcedReview,
  files: Record<string, string>,
  settings: Settings | 'offline',
  commits?: { message: string }[],
) {
  const options = { remote: REMOTE, ...(commits ? { commits } : { commits: [{ message: 'Add the form (#12)' }] }) }
  if (settings === 'offline') return runCheckOn(check, files, options)
  const server = await startLocalServer(route(settings))
  try {
    const result = await runCheckOn(check, files, {
      ...options,
      network: { enabled: true, allowHosts: [new URL(server.url).host] },
      github: { apiUrl: server.url },
    })
    return { ...result, requests: server.requests.map((r) => new URL(r.url, 'http://localhost').pathname) }
  } finally {
    await server.close()
  }
}

describe('enforced-review with the default branch settings', () => {
  const files = { 'README.md': '# Forms\n' }
  test.each<[string, Settings | 'offline', string, RegExp]>([
    [
      'offline: the history decides, and the message says why the settings were not read',
      'offline',
      'unknown',
      /came through pull requests; whether an approval .* could not be read \(this run has no network access\)/,
    ],
    [
      'a ruleset requiring one approval passes',
      { rules: [rule('deletion'), rule('pull_request', { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true })] },
      'pass',
      /^a rule of repository kommune\/forms \(ruleset 4211\) requires a pull request with 1 approving review before a change reaches the default branch main/,
    ],
    [
      "an organisation's ruleset counts the same, the highest count is named",
      {
        rules: [
          rule('pull_request', { required_approving_review_count: 0 }),
          rule('pull_request', { required_approving_review_count: 2 }, 'kommune', 'Organization', 99),
        ],
      },
      'pass',
      /^a rule of organization kommune \(ruleset 99\) requires a pull request with 2 approving reviews/,
    ],
    [
      'neither a ruleset nor branch protection: fail',
      { rules: [rule('deletion'), rule('non_fast_forward')] },
      'fail',
      /^neither a ruleset nor branch protection guards the default branch main/,
    ],
    [
      'pull requests required without an approval, no classic protection: fail',
      { rules: [rule('pull_request', { required_approving_review_count: 0 })] },
      'fail',
      /requires pull requests to the default branch main but no approval/,
    ],
    [
      'classic protection, whose review settings need an administrator: unknown from history',
      { branch: { name: 'main', protected: true, protection: { enabled: true, required_status_checks: { contexts: [], checks: [] } } } },
      'unknown',
      /main has classic branch protection, whose review settings only an administrator's token can read/,
    ],
    ['a rate limit: unknown with its reason', { status: 403 }, 'unknown', /could not be read \(.*403/],
    ['an answer that is not JSON: unknown', { repo: 'not json {' }, 'unknown', /did not answer with JSON/],
    [
      'a rule without a type: unknown',
      { rules: [{ parameters: {} }] },
      'unknown',
      /answered with a rule \(number 1 of the page\) without a type/,
    ],
    ['a branch answer without `protected`: unknown', { branch: { name: 'main' } }, 'unknown', /did not say whether main is protected/],
  ])('%s', async (_label, settings, status, message) => {
    const result = await run(enforcedReview, files, settings)
    expect(result.status).toBe(status)
    expect(result.messages.join('\n')).toMatch(message)
  })

  test('direct pushes in the history fail when the settings cannot show a requirement', async () => {
    const result = await run(enforcedReview, files, { branch: { name: 'main', protected: true } }, [{ message: 'fix typo' }])
    expect(result.status).toBe('fail')
    expect(result.messages[0]).toMatch(/pushed by their authors without a pull request/)
  })

  test('a repository off GitHub asks nothing', async () => {
    const result = await runCheckOn(enforcedReview, files, {
      remote: 'https://gitlab.com/kommune/forms',
      commits: [{ message: 'Add (#1)' }],
    })
    expect(result.status).toBe('unknown')
    expect(result.messages[0]).toMatch(/could not be read \(the repository is not on https:\/\/github.com\)/)
  })
})

const SHA = '08c6903cd8c0fde910a37f88322edcfb5dd907a8'
const GATED = `on: pull_request
permissions:
  contents: read
jobs:
  deps:
    name: Dependency review
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
      - uses: actions/dependency-review-action@${SHA}
  semgrep:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
      - run: semgrep ci
  all-green:
    needs: [deps, semgrep]
    IFLINE
    runs-on: ubuntu-latest
    steps:
      - run: echo ok
`
const gated = (ifLine = '') => ({ '.github/workflows/pr.yml': GATED.replace('    IFLINE\n', ifLine ? `    ${ifLine}\n` : '') })
const CODEQL_ONLY = {
  '.github/workflows/codeql.yml': `on: [push, pull_request]
permissions:
  contents: read
jobs:
  analyze:
    runs-on: ubuntu-latest
    permissions:
      security-events: write
    steps:
      - uses: actions/checkout@${SHA}
      - uses: github/codeql-action/init@${SHA}
      - uses: github/codeql-action/analyze@${SHA}
`,
}
const required = (...contexts: string[]) =>
  rule('required_status_checks', {
    strict_required_status_checks_policy: true,
    required_status_checks: contexts.map((context) => ({ context })),
  })

describe('change-gates with the default branch settings', () => {
  test.each<[string, Record<string, string>, Settings | 'offline', [string, RegExp], [string, RegExp]]>([
    [
      'offline: scanners that fail their jobs can block (the settings are not read)',
      gated(),
      'offline',
      ['pass', /^dependency and vulnerability scanning \(SCA\) on pull requests, failing the job on findings: dependency-review-action/],
      ['pass', /^static analysis \(SAST\) on pull requests, failing the job on findings: Semgrep/],
    ],
    [
      'a required check that needs both scanners makes both required',
      gated(),
      { rules: [required('all-green')] },
      ['pass', /the status check "all-green" that needs it is required on main \(repository kommune\/forms \(ruleset 4211\)\)/],
      ['pass', /the status check "all-green" that needs it is required on main/],
    ],
    [
      "a job's name is its check's name; a matrix leg counts; classic protection's checks count",
      gated(),
      {
        rules: [required('Dependency review (ubuntu-latest)')],
        branch: {
          name: 'main',
          protected: true,
          protection: { required_status_checks: { contexts: ['semgrep'], checks: [{ context: 'semgrep', app_id: 15368 }] } },
        },
      },
      ['pass', /"Dependency review \(ubuntu-latest\)" that needs it is required/],
      ['pass', /"semgrep" that needs it is required on main \(branch protection\)/],
    ],
    [
      'a final job that runs always() waits for nothing: the scanners are not required',
      gated('if: always()'),
      { rules: [required('all-green')] },
      ['unknown', /none of the jobs that need it is among the required status checks of main \("all-green"\)/],
      ['unknown', /none of the jobs that need it/],
    ],
    [
      'no status check required at all: a failing scan does not stop a merge',
      gated(),
      { rules: [rule('pull_request', { required_approving_review_count: 1 })] },
      ['fail', /but no status check is required on main .*: a pull request whose scan fails can still be merged/],
      ['fail', /no status check is required on main/],
    ],
    [
      'CodeQL reporting, with a ruleset requiring its results: SAST passes; no SCA anywhere fails',
      CODEQL_ONLY,
      {
        rules: [
          rule('code_scanning', {
            code_scanning_tools: [{ tool: 'CodeQL', security_alerts_threshold: 'high_or_higher', alerts_threshold: 'errors' }],
          }),
        ],
      },
      ['fail', /^no dependency and vulnerability scanning \(SCA\) can block a pull request: none runs on pull requests/],
      [
        'pass',
        /^static analysis \(SAST\): a rule of repository kommune\/forms \(ruleset 4211\) requires the code scanning results of CodeQL on main \(on pull requests: CodeQL, reporting only\)/,
      ],
    ],
    [
      'CodeQL reporting, and no rule requiring its results: SAST fails',
      CODEQL_ONLY,
      { rules: [] },
      ['fail', /none runs on pull requests/],
      [
        'fail',
        /the scanners on pull requests only report \(on pull requests: CodeQL, reporting only\), and no rule of main requires code scanning results/,
      ],
    ],
    [
      "an organisation's required workflows are not read: unknown",
      { 'README.md': '# Forms\n' },
      {
        rules: [
          rule(
            'workflows',
            { workflows: [{ path: '.github/workflows/scan.yml', repository_id: 1, ref: 'main' }] },
            'kommune',
            'Organization',
            7,
          ),
        ],
      },
      ['unknown', /requires workflows kept elsewhere, which this check does not read/],
      ['unknown', /requires workflows kept elsewhere/],
    ],
  ])('%s', async (_label, files, settings, [scaStatus, sca], [sastStatus, sast]) => {
    const result = await run(changeGates, files, settings)
    expect(result.findings.map((f) => f.status)).toEqual([scaStatus, sastStatus])
    expect(result.messages[0]).toMatch(sca)
    expect(result.messages[1]).toMatch(sast)
    if (settings !== 'offline' && 'requests' in result)
      expect(result.requests).toEqual([`/repos/${SLUG}`, `/repos/${SLUG}/rules/branches/main`, `/repos/${SLUG}/branches/main`])
  })
})
