import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/support-and-eol/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup, type Commit } from '../../helpers/repo.js'

afterAll(cleanup)

const released = (tags: string[]): Commit[] => [{ date: '2026-03-01T10:00:00Z', tags }]
const TEMPLATE = `# Security Policy

## Supported Versions

Use this section to tell people about which versions of your project are
currently being supported with security updates.

| Version | Supported          |
| ------- | ------------------ |
| 5.1.x   | :white_check_mark: |
| 5.0.x   | :x:                |
| 4.0.x   | :white_check_mark: |
| < 4.0   | :x:                |
`

describe('support-and-eol', () => {
  test.each([
    [
      'a table that covers the newest release, with end dates',
      {
        'SECURITY.md':
          '# Security\n\n## Supported versions\n\n| Version | Supported | Until |\n|---|---|---|\n| 2.x | ✅ | 2027-06-30 |\n| 1.x | ❌ | 2025-12-31 |\n\n## Reporting\n',
      },
      ['v1.0.0', 'v2.1.0'],
      'pass',
      /^SECURITY\.md "Supported versions" \(line 3\): supported versions and how long they get security fixes, covering the newest release v2\.1\.0 \(2 version row\(s\), each released\)$/,
    ],
    [
      'prose: only the latest release',
      { '.github/SECURITY.md': '# Policy\n\n## Supported versions\n\nWe only support the latest release; fixes are not backported.\n' },
      ['24.1.0'],
      'pass',
      /^\.github\/SECURITY\.md "Supported versions"/,
    ],
    ["GitHub's template", { 'SECURITY.md': TEMPLATE }, ['v1.0.0'], 'fail', /is GitHub's template: its versions are examples$/],
    [
      'a table that stopped before the newest release',
      {
        'SECURITY.md':
          '## Supported Versions\n\n| Version | Supported |\n|---|---|\n| 1.0.x | :white_check_mark: |\n| < 1.0 | :x: |\n\nFixes until the next minor.\n',
      },
      ['v1.0.0', 'v1.18.3'],
      'fail',
      /^SECURITY\.md "Supported Versions" \(line 1\) does not cover the newest release v1\.18\.3$/,
    ],
    [
      'a row for a version never released',
      {
        'SECURITY.md':
          '## Supported Versions\n\n| Version | Supported |\n|---|---|\n| 3.x | yes |\n| 2.x | yes |\n\nEach major gets fixes for 12 months after the next.\n',
      },
      ['v2.0.0'],
      'fail',
      /lists 3\.x, which no release tag names$/,
    ],
    [
      'which versions but not how long',
      { 'SECURITY.md': '## Supported Versions\n\n| Version | Supported |\n|---|---|\n| 2.x | yes |\n' },
      ['v2.0.0'],
      'fail',
      /says which versions are supported but not how long they get security fixes$/,
    ],
    [
      'a section that names no versions and no latest release',
      { 'SECURITY.md': '## Supported versions\n\nPlease ask on the mailing list; releases are supported for 18 months.\n' },
      ['v2.0.0'],
      'unknown',
      /names no versions in a table and does not say that the latest release is supported/,
    ],
    [
      'no statement',
      { 'SECURITY.md': '# Security\n\nMail security@example.eu.\n' },
      ['v2.0.0'],
      'fail',
      /^no statement of supported versions .*\(newest v2\.0\.0\)$/,
    ],
    ['nothing released', { 'README.md': '# x\n' }, [], 'not-applicable', /^no release tags/],
  ])('%s', async (_name, files, tags, status, message) => {
    const r = await runCheckOn(check, files, { commits: [{ files }, ...released(tags)] })
    expect({ status: r.status, message: r.messages.find((m) => message.test(m)) ?? r.messages }).toEqual({
      status,
      message: expect.stringMatching(message),
    })
  })
})
