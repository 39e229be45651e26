import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/security/job-least-privilege/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const wf = (body: string, name = 'w.yml') => ({ [`.github/workflows/${name}`]: body })
const job = (permissions: string, steps: string, on = 'push') =>
  wf(`on: ${on}\njobs:\n  build:\n    runs-on: ubuntu-latest\n${permissions}    steps:\n${steps}`)

describe('job-least-privilege', () => {
  test.each([
    [
      'read-only jobs',
      job('    permissions:\n      contents: read\n', '      - uses: actions/checkout@v5\n      - run: npm ci && npm test\n'),
      'pass',
      /^1 job\(s\) in 1 workflow\(s\): every write permission is needed by a step of its job \(0 job\(s\) write\)/,
    ],
    [
      'a release job whose writes are each needed',
      job(
        '    permissions:\n      contents: write\n      id-token: write\n      attestations: write\n',
        '      - uses: actions/checkout@v5\n      - uses: actions/attest-build-provenance@v3\n        with: { subject-path: dist/* }\n      - uses: softprops/action-gh-release@v2\n',
      ),
      'pass',
      /\(1 job\(s\) write\)/,
    ],
    [
      'git push in a script needs contents: write',
      job(
        '    permissions:\n      contents: write\n',
        '      - uses: actions/checkout@v5\n      - run: |\n          git commit -am "bump"\n          git push\n',
      ),
      'pass',
      /every write permission is needed/,
    ],
    [
      'a test job with contents: write, the checkout not keeping its credentials',
      job(
        '    permissions:\n      contents: write\n',
        '      - uses: actions/checkout@v5\n        with:\n          persist-credentials: false\n      - uses: actions/setup-node@v5\n      - run: npm ci && npm test\n',
      ),
      'fail',
      /^\.github\/workflows\/w\.yml: job "build" is granted contents: write, which none of its steps needs$/,
    ],
    [
      'a test job with contents: write after a checkout that keeps its credentials: npm test could push',
      job('    permissions:\n      contents: write\n', '      - uses: actions/checkout@v5\n      - run: npm test\n'),
      'unknown',
      /is granted contents: write; no step the table knows needs it, and a program its run: scripts start may use it/,
    ],
    [
      'a job with pull-requests: write whose scripts are not handed the token',
      job(
        '    permissions:\n      pull-requests: write\n      id-token: write\n',
        '      - uses: actions/checkout@v5\n      - run: npm test\n',
      ),
      'fail',
      /is granted pull-requests: write, which none of its steps needs$/,
    ],
    [
      'id-token: write with only inert scripts',
      job(
        '    permissions:\n      id-token: write\n',
        '      - run: |\n          echo "release"\n          gh release create v1 --notes x\n',
      ),
      'fail',
      /is granted id-token: write, which none of its steps needs/,
    ],
    [
      'workflow-level writes on a job that needs only some',
      wf(
        'on: push\npermissions:\n  contents: write\n  pull-requests: write\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh release create v1\n',
      ),
      'fail',
      /job "release" is granted pull-requests: write \(from the workflow-level permissions\), which none of its steps needs \(they need contents: write for run: script\)/,
    ],
    ['write-all', job('    permissions: write-all\n', '      - run: make\n'), 'fail', /is granted write-all/],
    [
      'no permissions anywhere',
      job('', '      - run: make\n'),
      'fail',
      /declares no permissions and the workflow none either: it gets the repository's default token/,
    ],
    [
      "a reusable workflow gets the caller's token",
      job('', '      - run: make\n', 'workflow_call'),
      'pass',
      /every write permission is needed/,
    ],
    [
      'a write that only an unknown third-party action might need',
      job('    permissions:\n      issues: write\n', '      - uses: some-org/triage-bot@v1\n'),
      'unknown',
      /is granted issues: write; no step the table knows needs it, and some-org\/triage-bot may use it in ways the table does not know/,
    ],
    [
      'gh api can do anything the token allows',
      job('    permissions:\n      contents: write\n', '      - run: gh api repos/o/r/dispatches -f event_type=x\n'),
      'unknown',
      /run: script may use it in ways/,
    ],
    [
      'a dispatch input expanded into a script',
      wf(
        'on:\n  workflow_dispatch:\n    inputs:\n      version:\n        type: string\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./release.sh ${{ inputs.version }}\n',
      ),
      'fail',
      /^\.github\/workflows\/w\.yml: job "t" expands \$\{\{ inputs\.version \}\} into a script: inputs\.version \(type string\) is collaborator input/,
    ],
    [
      'github.event.inputs of an undeclared input',
      wf(
        'on: workflow_dispatch\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.inputs.tag }}\n',
      ),
      'fail',
      /inputs\.tag \(not declared: any text\)/,
    ],
    [
      'a repository_dispatch payload in a script',
      wf(
        'on: repository_dispatch\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.client_payload.ref }}"\n',
      ),
      'fail',
      /github\.event\.client_payload is collaborator input/,
    ],
    [
      'boolean and choice inputs cannot carry shell syntax; a string through env is safe',
      wf(
        'on:\n  workflow_dispatch:\n    inputs:\n      dry:\n        type: boolean\n      level:\n        type: choice\n        options: [patch, minor]\n      note:\n        type: string\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./release.sh ${{ inputs.dry }} ${{ inputs.level }} "$NOTE"\n        env:\n          NOTE: ${{ inputs.note }}\n',
      ),
      'pass',
      /no collaborator input is expanded into a script/,
    ],
    ['no workflows', { 'README.md': '# x\n' }, 'not-applicable', /^no GitHub Actions workflows$/],
  ])('%s', async (_name, files, status, message) => {
    const r = await runCheckOn(check, files)
    expect({ status: r.status, message: r.messages.find((m) => message.test(m)) ?? r.messages }).toEqual({
      status,
      message: expect.stringMatching(message),
    })
  })

  test('a job calling a reusable workflow of this repository needs what its steps need', async () => {
    const files = {
      ...wf(
        'on: workflow_call\njobs:\n  pub:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: pypa/gh-action-pypi-publish@release/v1\n',
        'publish.yml',
      ),
      ...wf(
        'on: push\npermissions: {}\njobs:\n  publish:\n    permissions:\n      id-token: write\n    uses: ./.github/workflows/publish.yml\n',
        'release.yml',
      ),
    }
    expect((await runCheckOn(check, files)).status).toBe('pass')
  })

  test('the options name what an unknown action needs', async () => {
    const files = job('    permissions:\n      issues: write\n', '      - uses: some-org/triage-bot@v1\n')
    const r = await runCheckOn(check, files, { checkOptions: { 'action-permissions': { 'some-org/triage-bot': ['issues'] } } })
    expect(r.status).toBe('pass')
  })

  test("the finding points at the job's permissions", async () => {
    const r = await runCheckOn(check, job('    permissions:\n      contents: write\n', '      - run: npm test\n'))
    expect(r.findings[0]!.location).toEqual({ path: '.github/workflows/w.yml', startLine: 5 })
  })
})
