import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/security/change-gates/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const pr = (steps: string, extra = '') =>
  `on: pull_request\npermissions: {}\njobs:\n  scan:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`
const DEP_REVIEW = '      - uses: actions/dependency-review-action@v4\n'
const SEMGREP = '      - run: semgrep ci\n'

describe('change-gates', () => {
  test.each([
    [
      'SCA and SAST that fail on findings',
      { '.github/workflows/pr.yml': pr(DEP_REVIEW + SEMGREP) },
      'pass',
      [
        /^dependency and vulnerability scanning \(SCA\) on pull requests, failing the job on findings: dependency-review-action/,
        /^static analysis \(SAST\) on pull requests, failing the job on findings: Semgrep/,
      ],
    ],
    [
      'CodeQL only reports',
      {
        '.github/workflows/pr.yml': pr(
          DEP_REVIEW + '      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n',
        ),
      },
      'unknown',
      [/^static analysis \(SAST\) on pull requests only reports \(CodeQL: uploads results/],
    ],
    [
      'a scanner told not to fail',
      { '.github/workflows/pr.yml': pr('      - run: npm audit || true\n' + SEMGREP) },
      'fail',
      [
        /^dependency and vulnerability scanning \(SCA\) runs on pull requests but is set not to block: npm audit \(.*`\|\| true` ignores its exit code\)/,
      ],
    ],
    [
      'a job under continue-on-error',
      { '.github/workflows/pr.yml': pr('      - run: pip-audit\n      - run: bandit -r src\n', '    continue-on-error: true\n') },
      'fail',
      [/SAST\) runs on pull requests but is set not to block: Bandit .*job continue-on-error/],
    ],
    [
      'scanners only after the merge',
      { '.github/workflows/push.yml': `on: push\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n${DEP_REVIEW}${SEMGREP}` },
      'unknown',
      [/^no dependency and vulnerability scanning \(SCA\) found in the pull request workflows/],
    ],
    [
      'Trivy that exits 1 on findings',
      {
        '.github/workflows/pr.yml': pr(
          "      - uses: aquasecurity/trivy-action@0.30.0\n        with:\n          exit-code: '1'\n" + SEMGREP,
        ),
      },
      'pass',
      [/failing the job on findings: Trivy/],
    ],
    [
      'a reusable workflow of the repository called on pull requests',
      {
        '.github/workflows/ci.yml': 'on: pull_request\njobs:\n  gates:\n    uses: ./.github/workflows/gates.yml\n',
        '.github/workflows/gates.yml': `on: workflow_call\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n${DEP_REVIEW}${SEMGREP}`,
      },
      'pass',
      [/gates\.yml:\d+, job "s"/],
    ],
  ])('%s', async (_name, files, status, messages) => {
    const r = await runCheckOn(check, files)
    expect(r.status).toBe(status)
    for (const m of messages) expect(r.messages.find((x) => m.test(x)) ?? r.messages).toEqual(expect.stringMatching(m))
  })
})
