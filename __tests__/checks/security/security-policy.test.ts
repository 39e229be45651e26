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
      /^no security policy \(SECURITY\.md in the root, \.github\/ or docs\/, a security section of the README, or one the README links\)$/,
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
    // disclosure processes written in other languages
    [
      'French: an acknowledgement within 72 hours (demarches-simplifiees.fr)',
      {
        'SECURITY.md':
          "# Politiques de sécurité\n\nSignalez toute faille en envoyant un mail à tech@ville.example.fr\n\nL'équipe accusera réception de votre mail dans les 72 heures.\n",
      },
      'pass',
      /private channel tech@ville\.example\.fr \(line 3\); disclosure process described \(line 5\)$/,
    ],
    [
      'French: "divulgation coordonnée"',
      { 'SECURITY.md': 'Écrivez à securite@ville.example.fr. Nous pratiquons la divulgation coordonnée.' },
      'pass',
      /disclosure process described/,
    ],
    [
      'German: "innerhalb von 5 Werktagen"',
      { 'SECURITY.md': 'Melden Sie Lücken an sicherheit@stadt.example.de. Wir antworten innerhalb von 5 Werktagen.' },
      'pass',
      /disclosure process described/,
    ],
    [
      'German: "koordinierte Offenlegung"',
      { 'SECURITY.md': 'Melden an sicherheit@stadt.example.de; wir folgen der koordinierten Offenlegung.' },
      'pass',
      /disclosure process described/,
    ],
    [
      'Italian: "entro 3 giorni lavorativi"',
      { 'SECURITY.md': 'Scrivete a sicurezza@comune.example.it: rispondiamo entro 3 giorni lavorativi.' },
      'pass',
      /disclosure process described/,
    ],
    [
      'Spanish: "divulgación coordinada"',
      { 'SECURITY.md': 'Escriba a seguridad@ayto.example.es. Aplicamos una divulgación coordinada.' },
      'pass',
      /disclosure process described/,
    ],
    [
      'Dutch: "binnen 5 werkdagen"',
      { 'SECURITY.md': 'Meld kwetsbaarheden aan security@gemeente.example.nl. Wij reageren binnen 5 werkdagen.' },
      'pass',
      /disclosure process described/,
    ],
    [
      'Portuguese: "divulgação coordenada"',
      { 'SECURITY.md': 'Envie para seguranca@camara.example.pt. Seguimos a divulgação coordenada.' },
      'pass',
      /disclosure process described/,
    ],
    [
      'Estonian: "5 tööpäeva jooksul"',
      { 'SECURITY.md': 'Teata turvanõrkusest aadressil turve@ria.example.ee. Vastame 5 tööpäeva jooksul.' },
      'pass',
      /disclosure process described/,
    ],
    [
      "a table of contents' link to the disclosure section describes nothing",
      { 'SECURITY.md': '* [Politique de divulgation](#politique-de-divulgation)\n\nÉcrivez à securite@ville.example.fr.\n' },
      'fail',
      /does not describe a disclosure process/,
    ],
    // a coordinator that takes reports and discloses under its own process
    [
      'Tidelift coordinates the fix and disclosure (hynek/structlog)',
      {
        '.github/SECURITY.md':
          '## Reporting a vulnerability\n\nTo report a security vulnerability, please use the [Tidelift security contact](https://tidelift.com/security).\n',
      },
      'pass',
      /private channel https:\/\/tidelift\.com\/security \(line 3\); disclosure process by the coordinator https:\/\/tidelift\.com\/security, which publishes its process/,
    ],
    [
      '"coordinate the fix and disclosure" is a disclosure process',
      { 'SECURITY.md': 'Mail security@city.example.eu; the security team will coordinate the fix and disclosure.' },
      'pass',
      /disclosure process described/,
    ],
    [
      'a mention of CVEs is no process ("do not pressure developers to fix a CVE")',
      { 'SECURITY.md': 'Mail security@city.example.eu. Do not pressure developers to fix a CVE.' },
      'fail',
      /does not describe a disclosure process/,
    ],
    [
      'requesting a CVE is part of a process',
      { 'SECURITY.md': 'Mail security@city.example.eu. We request a CVE for each confirmed vulnerability.' },
      'pass',
      /disclosure process described/,
    ],
    // the README's own security section is the policy
    [
      "the README's security section: a confidential issue, no process (GNOME/libxml2)",
      {
        'README.md':
          '# libx\n\nA library.\n\n## Security\n\nTo **report security bugs**, you can create a confidential issue with\nthe "security" label. We will review and work on it as a best effort.\nDo not pressure developers to fix a CVE.\n\n## Build\n\nmake\n',
      },
      'fail',
      /^README\.md section "Security" does not describe a disclosure process/,
    ],
    [
      "the README's vulnerability reporting section: the maintainer's contact page (BurntSushi/ripgrep)",
      {
        'README.md':
          '# rg\n\n### Vulnerability reporting\n\nFor reporting a security vulnerability, please\n[contact Andrew Gallant](https://blog.burntsushi.net/about/).\nThe contact page has my email address and PGP public key.\n',
      },
      'fail',
      /^README\.md section "Vulnerability reporting" does not describe a disclosure process/,
    ],
    [
      "the README's security section with an address and a response time passes",
      {
        'README.md': '# X\n\n## Security\n\nReport vulnerabilities to security@city.example.eu; we answer within 5 working days.\n',
      },
      'pass',
      /^README\.md section "Security": private channel security@city\.example\.eu \(line 5\); disclosure process described \(line 5\)$/,
    ],
    [
      "a README security section that only points to GitHub's policy page is not the policy (expressjs/express)",
      {
        'README.md':
          '# X\n\n### Security Issues\n\nIf you discover a security vulnerability, please see [Security Policies and Procedures](https://github.com/o/r/security/policy).\n',
      },
      'fail',
      /^no security policy/,
    ],
    [
      'a README section on security features is not a policy',
      { 'README.md': '# X\n\n### Safety + security features\n\nTLS everywhere, and strict content security policies.\n' },
      'fail',
      /^no security policy/,
    ],
  ])('%s', async (_name, files, status, message) => {
    const run = await runCheckOn(check, files as Record<string, string | Buffer>)
    expect(run.status).toBe(status)
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })

  test("a README section's findings point at the README's own lines", async () => {
    const run = await runCheckOn(check, {
      'README.md':
        '# X\n\nA tool.\n\n## Security\n\nReport vulnerabilities to security@city.example.eu.\n\n## Usage\n\nWe answer within 5 days.\n',
    })
    // the answer time of another section is not the policy's
    expect(run.findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        location: { path: 'README.md', startLine: 5 },
        message: expect.stringMatching(/^README\.md section "Security" does not/),
      }),
    ])
  })

  test('a missing channel is reported at the public tracker line', async () => {
    const run = await runCheckOn(check, { 'SECURITY.md': `# S\n\n${DISCLOSURE}\n\nhttps://gitlab.com/g/p/-/issues\n` })
    expect(run.findings).toEqual([expect.objectContaining({ location: { path: 'SECURITY.md', startLine: 5 } })])
  })
})
