import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/security/security-policy/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const DISCLOSURE = 'We acknowledge reports within 5 working days and publish an advisory when the fix ships.'

describe('security-policy', () => {
  test.each([
    [
      'an email address and a disclosure process',
      { 'SECURITY.md': `# Security\n\nMail security@city.example.eu.\n\n${DISCLOSURE}\n` },
      'pass',
      /^SECURITY\.md: private channel security@city\.example\.eu \(line 3\); disclosure process described \(line 5\)$/,
    ],
    [
      'GitHub private vulnerability reporting in .github/',
      { '.github/SECURITY.md': `Use https://github.com/o/r/security/advisories/new to report.\n${DISCLOSURE}` },
      'pass',
      /private channel https:\/\/github\.com\/o\/r\/security\/advisories\/new/,
    ],
    [
      'a mailto link in docs/',
      { 'docs/SECURITY.md': `[Report](mailto:cert@example.gov.eu)\n\nCoordinated disclosure applies.` },
      'pass',
      /cert@example\.gov\.eu/,
    ],
    ['a bug-bounty platform', { 'SECURITY.md': `Report on https://hackerone.com/kommune. ${DISCLOSURE}` }, 'pass', /hackerone\.com/],
    [
      'missing',
      { 'README.md': 'x' },
      'fail',
      /^no security policy \(SECURITY\.md in the root, \.github\/ or docs\/, or one the README links\)$/,
    ],
    [
      'only the public issue tracker',
      { 'SECURITY.md': `Open an issue at https://github.com/o/r/issues/new. ${DISCLOSURE}` },
      'fail',
      /only points to the public issue tracker or a public forum \(https:\/\/github\.com\/o\/r\/issues\/new\)/,
    ],
    ['no channel at all', { 'SECURITY.md': `Please be nice. ${DISCLOSURE}` }, 'fail', /gives no private reporting channel/],
    [
      'a no-reply address is not a channel',
      { 'SECURITY.md': `Mail noreply@github.com. ${DISCLOSURE}` },
      'fail',
      /gives no private reporting channel/,
    ],
    [
      'a channel but no disclosure process',
      { 'SECURITY.md': 'Mail security@city.example.eu.' },
      'fail',
      /does not describe a disclosure process/,
    ],
    [
      "GitHub's unfilled template",
      {
        'SECURITY.md':
          '# Security Policy\n\n## Supported Versions\n\nUse this section to tell people about which versions of your project are\ncurrently being supported with security updates.\n\n## Reporting a Vulnerability\n\nUse this section to tell people how to report a vulnerability.\n',
      },
      'fail',
      /is still GitHub's SECURITY\.md template/,
    ],
    ['a binary SECURITY.md', { 'SECURITY.md': Buffer.from([0x00, 0xff]) }, 'fail', /binary file/],
    [
      'an obfuscated address',
      { 'SECURITY.md': `Write to security at acme dot org. ${DISCLOSURE}` },
      'pass',
      /private channel security at acme dot org/,
    ],
    [
      "a project's own security contact page",
      { 'SECURITY.md': `See https://acme.example.eu/security-contact. ${DISCLOSURE}` },
      'pass',
      /acme\.example\.eu\/security-contact/,
    ],
    [
      '"report a vulnerability" by opening an issue',
      { 'SECURITY.md': `To report a vulnerability, please open an issue. ${DISCLOSURE}` },
      'fail',
      /gives no private reporting channel/,
    ],
    [
      'an issue search for security labels',
      { 'SECURITY.md': `See https://github.com/acme/widget/issues?q=label%3Asecurity. ${DISCLOSURE}` },
      'fail',
      /only points to the public issue tracker/,
    ],
    [
      'a link about disclosure in general and a public issue',
      {
        'SECURITY.md': `We follow https://en.wikipedia.org/wiki/Coordinated_vulnerability_disclosure - open a GitHub issue. ${DISCLOSURE}`,
      },
      'fail',
      /gives no private reporting channel/,
    ],
    [
      'a 200 KB adversarial policy ends with a finding',
      { 'SECURITY.md': 'a.'.repeat(100_000) },
      'fail',
      /gives no private reporting channel/,
    ],
  ])('%s', async (_name, files, status, message) => {
    const run = await runCheckOn(check, files as Record<string, string | Buffer>)
    expect(run.status).toBe(status)
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })

  test('a missing channel is reported at the public tracker line', async () => {
    const run = await runCheckOn(check, { 'SECURITY.md': `# S\n\n${DISCLOSURE}\n\nhttps://gitlab.com/g/p/-/issues\n` })
    expect(run.findings).toEqual([expect.objectContaining({ location: { path: 'SECURITY.md', startLine: 5 } })])
  })
})
