import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/project-policies/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const SECRETS = `# Security

## Secrets and credentials

Release tokens are stored as GitHub environment secrets of the \`release\` environment, which only
maintainers can approve. Tokens are rotated every 90 days and revoked at once if leaked.
`
const TESTS = `# Contributing

## Running the tests

Run \`npm test\` before you open a pull request; CI runs it on every pull request.
New features and bug fixes must add or update tests.
`

type Row = [name: string, files: Record<string, string>, criterion: string, status: string, message: RegExp]

async function findingOf(files: Record<string, string>, criterion: string) {
  const r = await runCheckOn(check, files, { commits: [{ files, date: '2026-03-01T10:00:00Z' }] })
  return r.findings.find((f) => f.message.startsWith(`${criterion}: `))!
}

describe('project-policies', () => {
  test.each<Row>([
    [
      'secrets: where stored, who, rotation',
      { 'SECURITY.md': SECRETS },
      'OSPS-BR-07.02',
      'pass',
      /^OSPS-BR-07\.02: SECURITY\.md "Secrets and credentials" \(line 3\) says how secrets are handled: where they are stored, who may use them, rotation or revocation; last changed 2026-03-01$/,
    ],
    [
      'secrets: a file named for them',
      { 'docs/secrets-policy.md': '# Policy\n\nSigning keys are kept in an HSM. They must not be committed.\n' },
      'OSPS-BR-07.02',
      'pass',
      /^OSPS-BR-07\.02: docs\/secrets-policy\.md says how secrets are handled: where they are stored, never in the repository;/,
    ],
    [
      'secrets: one environment secret (singular) is a place too',
      {
        'CONTRIBUTING.md':
          '# Contributing\n\n## Secrets and credentials\n\nThe npm token is stored only as a GitHub environment secret of the `release` environment. It is rotated every six months.\n',
      },
      'OSPS-BR-07.02',
      'pass',
      /^OSPS-BR-07\.02: CONTRIBUTING\.md "Secrets and credentials" \(line 3\) says how secrets are handled: where they are stored, rotation or revocation;/,
    ],
    [
      'secrets: spoken of, but not where they are kept',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Secrets\n\nNever commit secrets or API keys.\n' },
      'OSPS-BR-07.02',
      'unknown',
      /^OSPS-BR-07\.02: CONTRIBUTING\.md "Secrets" \(line 3\) speaks of secrets \(never in the repository\) but not of where they are stored, who may use them, rotation or revocation/,
    ],
    [
      'secrets: none',
      { 'SECURITY.md': '# Security\n\nMail security@example.eu.\n' },
      'OSPS-BR-07.02',
      'fail',
      /^OSPS-BR-07\.02: no policy for secrets/,
    ],
    [
      'tests: how and when',
      { 'CONTRIBUTING.md': TESTS },
      'OSPS-QA-06.02',
      'pass',
      /^OSPS-QA-06\.02: CONTRIBUTING\.md "Running the tests" \(line 3\) says how the tests are run and when; last changed 2026-03-01$/,
    ],
    [
      'tests: TESTING.md',
      { 'TESTING.md': '# How we test\n\n```\ntox\n```\n\nGitHub Actions runs the same on every push.\n' },
      'OSPS-QA-06.02',
      'pass',
      /^OSPS-QA-06\.02: TESTING\.md says how the tests are run and when;/,
    ],
    [
      'tests: how but not when',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Testing\n\nRun `cargo test`.\n' },
      'OSPS-QA-06.02',
      'fail',
      /^OSPS-QA-06\.02: CONTRIBUTING\.md "Testing" \(line 3\) says how the tests are run but not when/,
    ],
    [
      'tests: a section that only links elsewhere',
      { 'CONTRIBUTING.md': '# Contributing\n\n## Testing\n\nSee [the wiki](https://wiki.example.org/Testing).\n' },
      'OSPS-QA-06.02',
      'unknown',
      /^OSPS-QA-06\.02: CONTRIBUTING\.md "Testing" \(line 3\) points to https:\/\/wiki\.example\.org\/Testing, which cannot be read offline$/,
    ],
    [
      'tests: none',
      { 'README.md': '# x\n\nA tool.\n' },
      'OSPS-QA-06.02',
      'fail',
      /^OSPS-QA-06\.02: no documentation of when and how the tests are run/,
    ],
    [
      'changes add tests: the contribution guide says so',
      { 'CONTRIBUTING.md': TESTS },
      'OSPS-QA-06.03',
      'pass',
      /^OSPS-QA-06\.03: CONTRIBUTING\.md:6 asks changes to come with tests \("must add or update tests\."\); last changed 2026-03-01$/,
    ],
    [
      'changes add tests: a pull request template box',
      { '.github/PULL_REQUEST_TEMPLATE.md': '## Checklist\n\n- [ ] Tests added\n- [ ] Changelog entry\n' },
      'OSPS-QA-06.03',
      'pass',
      /^OSPS-QA-06\.03: \.github\/PULL_REQUEST_TEMPLATE\.md:3 asks changes to come with tests/,
    ],
    [
      'changes add tests: a guide that does not ask',
      { 'CONTRIBUTING.md': '# Contributing\n\nOpen an issue first, then a pull request.\n' },
      'OSPS-QA-06.03',
      'fail',
      /^OSPS-QA-06\.03: CONTRIBUTING\.md and the other contributor documents do not ask that major changes add or update tests$/,
    ],
  ])('%s', async (_name, files, criterion, status, message) => {
    const f = await findingOf(files, criterion)
    expect({ status: f.status, message: f.message }).toEqual({ status, message: expect.stringMatching(message) })
  })
})
