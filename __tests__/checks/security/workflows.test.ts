import { afterAll, describe, expect, test } from '@jest/globals'
import { check as dangerous } from '../../../checks/security/dangerous-workflow/index.js'
import { check as permissions } from '../../../checks/security/token-permissions/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const wf = (body: string) => ({ '.github/workflows/w.yml': body })

const PRT_CHECKOUT_RUN = `on: pull_request_target
permissions: read-all
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
`

describe('dangerous-workflow', () => {
  test.each([
    [
      'a pull_request workflow that checks out the head',
      wf(
        'on: pull_request\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v5\n        with: { ref: "${{ github.event.pull_request.head.sha }}" }\n      - run: make\n',
      ),
      'pass',
      /^1 workflow\(s\): no untrusted checkout/,
    ],
    [
      'pull_request_target without checking out the head',
      wf('on: pull_request_target\njobs:\n  label:\n    steps:\n      - uses: actions/labeler@v5\n'),
      'pass',
      /no untrusted checkout/,
    ],
    [
      'pull_request_target checking out the head only to upload it',
      wf(
        'on: [pull_request_target]\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v5\n        with: { ref: "${{ github.head_ref }}" }\n      - uses: actions/upload-artifact@v4\n',
      ),
      'pass',
      /no untrusted checkout/,
    ],
    [
      'untrusted input passed through env',
      wf('on: issues\njobs:\n  t:\n    steps:\n      - run: echo "$T"\n        env:\n          T: ${{ github.event.issue.title }}\n'),
      'pass',
      /no script injection/,
    ],
    [
      'pull_request_target checks out the head and runs it',
      wf(PRT_CHECKOUT_RUN),
      'fail',
      /job "build" runs on pull_request_target \(with a write token and secrets\) and checks out the pull request's untrusted code, then runs it \(a run: step\)/,
    ],
    [
      'workflow_run checks out the head branch and uses a local action',
      wf(
        'on:\n  workflow_run:\n    workflows: [CI]\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v5\n        with:\n          ref: ${{ github.event.workflow_run.head_branch }}\n      - uses: ./.github/actions/build\n',
      ),
      'fail',
      /runs on workflow_run .* then runs it \(uses: \.\/\.github\/actions\/build\)/,
    ],
    [
      'gh pr checkout in a pull_request_target script',
      wf('on: pull_request_target\njobs:\n  t:\n    steps:\n      - run: gh pr checkout ${{ github.event.number }}\n      - run: make\n'),
      'fail',
      /checks out the pull request's untrusted code/,
    ],
    [
      'an issue title in a run script',
      wf(
        'on: issues\njobs:\n  t:\n    steps:\n      - run: |\n          echo "New issue"\n          echo "${{ github.event.issue.title }}"\n',
      ),
      'fail',
      /job "t" expands \$\{\{ github\.event\.issue\.title \}\} into a script/,
    ],
    [
      'a branch name in a run script',
      wf('on: pull_request\njobs:\n  t:\n    steps:\n      - run: git push origin ${{ github.head_ref }}\n'),
      'fail',
      /github\.head_ref/,
    ],
    [
      'a commit message in github-script',
      wf(
        'on: push\njobs:\n  t:\n    steps:\n      - uses: actions/github-script@v7\n        with:\n          script: console.log("${{ github.event.head_commit.message }}")\n',
      ),
      'fail',
      /github\.event\.head_commit\.message/,
    ],
    [
      'a comment body with spaces in the expression',
      wf('on: issue_comment\njobs:\n  t:\n    steps:\n      - run: echo ${{github.event.comment.body}}\n'),
      'fail',
      /github\.event\.comment\.body/,
    ],
    [
      'an untrusted field inside format()',
      wf('on: issues\njobs:\n  t:\n    steps:\n      - run: echo "${{ format(\'Title {0}\', github.event.issue.title) }}"\n'),
      'fail',
      /github\.event\.issue\.title/,
    ],
    [
      'bracket syntax',
      wf("on: issues\njobs:\n  t:\n    steps:\n      - run: echo \"${{ github['event']['issue']['title'] }}\"\n"),
      'fail',
      /github\.event\.issue\.title/,
    ],
    [
      'a whole comment serialised with toJSON',
      wf("on: issue_comment\njobs:\n  t:\n    steps:\n      - run: echo '${{ toJSON(github.event.comment) }}'\n"),
      'fail',
      /toJSON\(github\.event\.comment\)/,
    ],
    [
      'a workflow_dispatch input (only writers can dispatch)',
      wf('on: workflow_dispatch\njobs:\n  t:\n    steps:\n      - run: deploy ${{ github.event.inputs.environment }}\n'),
      'pass',
      /no script injection/,
    ],
    [
      'a 200 KB script of git fetch lines ends',
      wf(`on: pull_request_target\njobs:\n  t:\n    steps:\n      - run: "${'git fetch '.repeat(20_000)}"\n`),
      'pass',
      /no untrusted checkout/,
    ],
    ['an invalid workflow', wf('on: push\njobs:\n  t:\n    steps: [\n'), 'fail', /not a valid workflow/],
    ['no workflows', { 'README.md': 'x' }, 'not-applicable', /^no GitHub Actions workflows$/],
  ])('%s', async (_name, files, status, message) => {
    const run = await runCheckOn(dangerous, files)
    expect(run.status).toBe(status)
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })

  test('findings point at the checkout step and at the line of the injected expression', async () => {
    const checkout = await runCheckOn(dangerous, wf(PRT_CHECKOUT_RUN))
    expect(checkout.findings[0]!.location).toEqual({ path: '.github/workflows/w.yml', startLine: 7 })
    const injection = await runCheckOn(
      dangerous,
      wf(
        'on: issues\njobs:\n  t:\n    steps:\n      - run: |\n          echo "New issue"\n          echo "${{ github.event.issue.body }}"\n',
      ),
    )
    expect(injection.findings[0]!.location).toEqual({ path: '.github/workflows/w.yml', startLine: 7 })
  })
})

describe('token-permissions', () => {
  test.each([
    ['read-all', 'permissions: read-all\non: push\njobs: {}\n', 'pass', /top-level token permissions are read-only/],
    ['an empty map', 'permissions: {}\non: push\njobs: {}\n', 'pass', /read-only/],
    [
      'contents: read with a job-level write',
      'on: push\npermissions:\n  contents: read\njobs:\n  r:\n    permissions:\n      contents: write\n',
      'pass',
      /read-only/,
    ],
    ['no top-level permissions', 'on: push\njobs: {}\n', 'fail', /sets no top-level permissions/],
    [
      'no top-level permissions, every job declares its own (ossf/scorecard osps-baseline.yml)',
      'on: push\njobs:\n  a:\n    permissions:\n      contents: read\n    runs-on: x\n  b:\n    permissions:\n      id-token: write\n      contents: read\n    runs-on: x\n',
      'pass',
      /no top-level permissions, and each of its 2 job\(s\) declares its own/,
    ],
    [
      'no top-level permissions, one job without its own',
      'on: push\njobs:\n  a:\n    permissions: read-all\n    runs-on: x\n  b:\n    runs-on: x\n',
      'fail',
      /and job\(s\) b declare none, so they get the repository's default token/,
    ],
    [
      "a reusable workflow takes the caller's token (openfisca/openfisca-core, astral-sh/uv)",
      'on:\n  workflow_call:\njobs:\n  a:\n    runs-on: x\n',
      'pass',
      /^\.github\/workflows\/w\.yml is a reusable workflow \(on: workflow_call\) and sets no top-level permissions: its jobs get the calling workflow's token, so the caller's permissions apply$/,
    ],
    [
      'a workflow that is also run on its own gets the default token then',
      'on: [workflow_call, workflow_dispatch]\njobs:\n  a:\n    runs-on: x\n',
      'fail',
      /sets no top-level permissions/,
    ],
    [
      'a reusable workflow that asks for writes for every job',
      'on: workflow_call\npermissions:\n  contents: write\njobs: {}\n',
      'fail',
      /grant write access \(contents: write\)/,
    ],
    ['write-all', 'on: push\npermissions: write-all\njobs: {}\n', 'fail', /top-level permissions grant write access \(write-all\)/],
    [
      'a write scope',
      'on: push\npermissions:\n  contents: read\n  packages: write\njobs: {}\n',
      'fail',
      /grant write access \(packages: write\)/,
    ],
  ])('%s', async (_name, body, status, message) => {
    const run = await runCheckOn(permissions, wf(body))
    expect(run.status).toBe(status)
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })

  test('each workflow is judged on its own, at the permissions line', async () => {
    const run = await runCheckOn(permissions, {
      '.github/workflows/a.yml': 'on: push\npermissions: read-all\njobs: {}\n',
      '.github/workflows/b.yaml': 'on: push\njobs: {}\npermissions:\n  issues: write\n',
    })
    expect(run.status).toBe('fail')
    expect(run.findings.map((f) => [f.status, f.location])).toEqual([
      ['pass', { path: '.github/workflows/a.yml', startLine: 2 }],
      ['fail', { path: '.github/workflows/b.yaml', startLine: 3 }],
    ])
  })
})
