import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/threat-model/index.js'
import { takeSnapshot } from '../../../src/core/snapshot.js'
import { ageNote } from '../../../src/docs/policy-document.js'
import { runCheckOn, TEST_NOW } from '../../helpers/check.js'
import { cleanup, git, makeRepo, type Commit } from '../../helpers/repo.js'

afterAll(cleanup)

const FULL = `# Threat model

## Assets
Release signing keys and the data users pass through the parser.

## Trust boundaries
We trust the operating system; we do not trust data from the network.

## Threats and mitigations
| Threat | Mitigation |
|---|---|
| Malformed input crashes the parser (denial of service) | fuzzing, size limits |
`

describe('threat-model', () => {
  test.each<[string, Record<string, string>, string, RegExp]>([
    [
      'THREAT_MODEL.md with every topic',
      { 'THREAT_MODEL.md': FULL },
      'pass',
      /^THREAT_MODEL\.md is a threat model: it covers assets, trust boundaries, attack surface, threats, mitigations; last changed 2026-03-01$/,
    ],
    [
      'a SECURITY.md section, its sub-sections included',
      {
        'SECURITY.md':
          '# Security\n\nMail us.\n\n## Threat model\n\nAttack surface: the HTTP parser is the entry point for untrusted input.\n\n### Threats\n\nAn attacker sends oversized headers.\n\n### Mitigations\n\nLimits on every length.\n\n## Supported versions\n\nThe latest.\n',
      },
      'pass',
      /^SECURITY\.md "Threat model" \(line 5\) is a threat model: it covers trust boundaries, attack surface, threats, mitigations;/,
    ],
    [
      'docs/security/ holds an attack-surface analysis',
      {
        'docs/security/overview.md':
          '# Attack surface\n\nEntry points: the CLI arguments and the config file (untrusted input). Threats: path traversal by an attacker-controlled config. Mitigation: paths are confined to the root.\n',
      },
      'pass',
      /^docs\/security\/overview\.md is a threat model: it covers trust boundaries, attack surface, threats, mitigations;/,
    ],
    [
      'a file named for a threat model but a stub',
      { 'docs/threat-model.md': '# Threat model\n\nTODO: write this.\n' },
      'fail',
      /^docs\/threat-model\.md is headed as a threat model but covers only none of its topics: missing assets, trust boundaries, attack surface, threats, mitigations$/,
    ],
    [
      'a section with threats but no boundary',
      { 'SECURITY.md': '# Security\n\n## Threats\n\nAttackers may try things. We mitigate them.\n' },
      'fail',
      /^SECURITY\.md "Threats" \(line 3\) is headed as a threat model but covers only threats, mitigations: missing assets, trust boundaries, attack surface$/,
    ],
    [
      'a section that only links to a document elsewhere',
      { 'SECURITY.md': '# Security\n\n## Threat model\n\nSee [our threat model](https://wiki.example.org/threat-model.pdf).\n' },
      'unknown',
      /^SECURITY\.md "Threat model" \(line 3\) points to https:\/\/wiki\.example\.org\/threat-model\.pdf, which cannot be read offline$/,
    ],
    [
      'the name THREAT_MODEL alone in a README heading-free text is not a threat model',
      { 'README.md': '# tool\n\nWe should write a THREAT_MODEL.md one day.\n' },
      'fail',
      /^no threat model or attack-surface analysis/,
    ],
    [
      'a docs/security/ file about something else is not taken for one',
      { 'docs/security/reporting.md': '# Reporting\n\nMail security@example.eu.\n' },
      'fail',
      /^no threat model or attack-surface analysis/,
    ],
  ])('%s', async (_name, files, status, message) => {
    const commits: Commit[] = [{ files, date: '2026-03-01T10:00:00Z' }]
    const r = await runCheckOn(check, files, { commits })
    expect({ status: r.status, message: r.messages.find((m) => message.test(m)) ?? r.messages }).toEqual({
      status,
      message: expect.stringMatching(message),
    })
  })

  test('the age is from the last commit that touched the document, and an old one is said to be old', async () => {
    const files = { 'THREAT_MODEL.md': FULL }
    const root = makeRepo(files, {
      commits: [
        { files, date: '2023-01-10T10:00:00Z' },
        { files: { 'README.md': '# x\n' }, date: '2026-05-01T10:00:00Z' },
      ],
    })
    const r = await runCheckOn(check, {}, { root })
    expect(r.status).toBe('pass')
    expect(r.messages[0]).toMatch(
      /; last changed 2023-01-10, 41 months ago: older than 24 months, review that it still describes the project$/,
    )
    const strict = await runCheckOn(check, {}, { root, checkOptions: { 'max-age-months': 48 } })
    expect(strict.messages[0]).toMatch(/; last changed 2023-01-10$/)
  })

  test('outside git, or in a shallow clone, the age cannot be read and the message says why', async () => {
    const plain = await runCheckOn(check, { 'THREAT_MODEL.md': FULL }, { git: false })
    expect(plain.status).toBe('pass')
    expect(plain.messages[0]).toMatch(/; its age cannot be read: the folder is not a git work tree$/)
    const files = { 'THREAT_MODEL.md': FULL }
    const origin = makeRepo(files, { commits: [{ files, date: '2026-01-01T10:00:00Z' }, { files: { 'a.txt': 'a\n' } }] })
    const shallow = makeRepo({}, { git: false })
    git(shallow, ['clone', '-q', '--depth', '1', `file://${origin}`, 'c'])
    const r = await runCheckOn(check, {}, { root: `${shallow}/c` })
    expect(r.messages[0]).toMatch(/; its age cannot be read: the clone is shallow/)
  })

  test('when the history cannot be read, the document still counts and its age says why', async () => {
    const root = makeRepo({ 'THREAT_MODEL.md': FULL }, { git: false })
    const repo = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })
    const unreadable = () => {
      throw new Error('git log failed: fatal: bad object HEAD')
    }
    expect(await ageNote(repo, unreadable, 'THREAT_MODEL.md', TEST_NOW, 24)).toBe(
      'its age cannot be read: the git history could not be read',
    )
  })
})
