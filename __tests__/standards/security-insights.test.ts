import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../checks/standards/security-insights/index.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup } from '../helpers/repo.js'

afterAll(cleanup)

/** The specification's minimal 2.2.0 example, with our dates. */
const MINIMAL = `header:
  schema-version: 2.2.0
  last-updated: '2026-03-01'
  last-reviewed: '2026-04-01'
  url: https://example.com/foo/bar/raw/branch/main/security-insights.yml
project:
  name: FooBar
  administrators:
    - name: Joe Dohn
      affiliation: Foo
      email: joe.bob@example.com
      primary: true
  repositories:
    - name: Foo
      url: https://example.com/foobar/foo
      comment: Foo is the core repo for FooBar.
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: true
    contact:
      name: Security team
      primary: true
      email: security@foobar.example.eu
repository:
  url: https://example.com/foobar/foo
  status: active
  accepts-change-request: true
  accepts-automated-change-request: true
  core-team:
    - name: Alice White
      primary: true
  license:
    url: https://example.com/LICENSE
    expression: MIT
  security:
    assessments:
      self:
        comment: Self assessment has not yet been completed.
`

describe('security-insights', () => {
  test.each([['security-insights.yml'], ['.github/security-insights.yml'], ['.gitlab/security-insights.yml']])(
    'a valid 2.x file in %s passes',
    async (path) => {
      const run = await runCheckOn(check, { [path]: MINIMAL })
      expect(run).toMatchObject({ status: 'pass', messages: [`${path}: valid Security Insights 2.2.0, last reviewed 2026-04-01`] })
    },
  )

  test.each<[string, string, RegExp]>([
    [
      'a missing required field',
      MINIMAL.replace('    bug-bounty-available: true\n', ''),
      /security-insights\.yml:17: project\.vulnerability-reporting\.bug-bounty-available is required/,
    ],
    [
      'a wrong type',
      MINIMAL.replace('reports-accepted: true', 'reports-accepted: "yes"'),
      /:18: project\.vulnerability-reporting\.reports-accepted must be boolean/,
    ],
    [
      'a status not allowed',
      MINIMAL.replace('status: active', 'status: alive'),
      /:26: repository\.status must be one of active, abandoned/,
    ],
    [
      'an unknown field',
      MINIMAL.replace('  status: active', '  status: active\n  stars: 5'),
      /:27: repository\.stars is not a Security Insights 2\.x field/,
    ],
    [
      'a malformed e-mail',
      MINIMAL.replace('joe.bob@example.com', 'joe at example'),
      /:11: project\.administrators\.0\.email is not in the expected form/,
    ],
    [
      'no project and no parent file',
      MINIMAL.replace(/project:[\s\S]*?repository:/, 'repository:'),
      /project is required \(or header\.project-si-source/,
    ],
    [
      'a review more than a year old',
      MINIMAL.replace("last-reviewed: '2026-04-01'", "last-reviewed: '2025-04-01'"),
      /:4: last reviewed on 2025-04-01, more than a year ago|last reviewed on 2025-04-01, more than a year ago/,
    ],
    ['invalid YAML', MINIMAL.replace('project:', 'project: [\n'), /invalid YAML/],
  ])('fails on %s', async (_name, text, message) => {
    const run = await runCheckOn(check, { 'security-insights.yml': text })
    expect(run.status).toBe('fail')
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })

  test('the contact must agree with SECURITY.md', async () => {
    const agree = await runCheckOn(check, { 'security-insights.yml': MINIMAL, 'SECURITY.md': 'Mail security@foobar.example.eu' })
    expect(agree.status).toBe('pass')
    const differ = await runCheckOn(check, { 'security-insights.yml': MINIMAL, 'SECURITY.md': 'Mail cert@elsewhere.example.eu' })
    expect(differ.messages).toContainEqual(
      'security-insights.yml names security@foobar.example.eu as security contact, but SECURITY.md names cert@elsewhere.example.eu',
    )
  })

  test('a version 1 file is accepted with a deprecation warning', async () => {
    const v1 =
      "header:\n  schema-version: 1.0.0\n  expiration-date: '2027-01-01T00:00:00.000Z'\n  last-reviewed: '2026-05-01'\n  project-url: https://github.com/o/r\nsecurity-contacts:\n  - type: email\n    value: security@o.example.eu\nvulnerability-reporting:\n  accepts-vulnerability-reports: true\n"
    const run = await runCheckOn(check, { 'SECURITY-INSIGHTS.yml': v1 })
    expect(run.status).toBe('pass')
    expect(run.findings).toContainEqual(
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('Security Insights 1.0.0 is deprecated') }),
    )
  })

  test('a version 1 file without the fields its schema requires fails', async () => {
    const run = await runCheckOn(check, { 'SECURITY-INSIGHTS.yml': "header:\n  schema-version: 1.0.0\n  last-reviewed: '2026-05-01'\n" })
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('header.expiration-date is required'),
        expect.stringContaining('security-contacts is required'),
      ]),
    )
  })

  test('a child file whose project is in a parent file gives no evidence either way', async () => {
    const child = MINIMAL.replace(/project:[\s\S]*?repository:/, 'repository:').replace(
      '  url: https://example.com/foo/bar/raw/branch/main/security-insights.yml',
      '  url: https://example.com/foo/bar/raw/branch/main/security-insights.yml\n  project-si-source: https://example.com/parent/raw/security-insights.yml',
    )
    const run = await runCheckOn(check, { 'security-insights.yml': child })
    expect(run).toMatchObject({
      status: 'not-applicable',
      messages: [expect.stringContaining('come from https://example.com/parent/raw/security-insights.yml')],
    })
  })

  test('not applicable without a file', async () => {
    expect((await runCheckOn(check, { 'README.md': 'x' })).status).toBe('not-applicable')
  })
})
