import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/security/dependency-updates/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const DEPENDABOT =
  'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n  - package-ecosystem: cargo\n    directories: ["/a", "/b"]\n    schedule: { interval: daily }\n'

describe('dependency-updates', () => {
  test.each([
    ['Dependabot', { '.github/dependabot.yml': DEPENDABOT }, 'pass', /^\.github\/dependabot\.yml: Dependabot updates cargo, npm$/],
    [
      'Renovate in renovate.json',
      { 'renovate.json': '{ "extends": ["config:recommended"] }' },
      'pass',
      /^renovate\.json: Renovate configured$/,
    ],
    [
      'Renovate in .github/renovate.json5 with comments',
      { '.github/renovate.json5': '{\n  // weekly\n  extends: ["config:recommended"],\n}' },
      'pass',
      /renovate\.json5: Renovate configured/,
    ],
    [
      'Renovate in package.json',
      { 'package.json': '{ "name": "x", "renovate": { "extends": ["config:base"] } }' },
      'pass',
      /package\.json \("renovate" key\): Renovate configured/,
    ],
    ['nothing configured', { 'README.md': 'x' }, 'fail', /^no automated dependency updates/],
    ['Dependabot version 1', { '.github/dependabot.yml': DEPENDABOT.replace('version: 2', 'version: 1') }, 'fail', /"version" must be 2/],
    ['Dependabot without updates', { '.github/dependabot.yml': 'version: 2\nupdates: []\n' }, 'fail', /has no "updates" entries/],
    [
      'a Dependabot entry without schedule',
      { '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n' },
      'fail',
      /updates\[0\] has no valid "schedule\.interval"/,
    ],
    ['invalid Dependabot YAML', { '.github/dependabot.yml': 'version: 2\nupdates: [\n' }, 'fail', /dependabot\.yml:3: invalid YAML/],
    [
      'every Dependabot entry with open-pull-requests-limit: 0 (demarches-simplifiees.fr)',
      {
        '.github/dependabot.yml':
          'version: 2\nupdates:\n  - package-ecosystem: "bundler"\n    directory: "/"\n    open-pull-requests-limit: 0 # disabled for now\n    schedule:\n      interval: "daily"\n',
      },
      'fail',
      /^\.github\/dependabot\.yml: every entry sets open-pull-requests-limit: 0, which turns Dependabot version updates off \(security updates are a repository setting that the files do not show\)$/,
    ],
    [
      'one ecosystem turned off, another updated',
      { '.github/dependabot.yml': DEPENDABOT.replace('    directory: /\n', '    directory: /\n    open-pull-requests-limit: 0\n') },
      'pass',
      /^\.github\/dependabot\.yml: Dependabot updates cargo; version updates of npm are off \(open-pull-requests-limit: 0\)$/,
    ],
    [
      'a limit above 0 keeps updates on',
      { '.github/dependabot.yml': DEPENDABOT.replace('    directory: /\n', '    directory: /\n    open-pull-requests-limit: 10\n') },
      'pass',
      /^\.github\/dependabot\.yml: Dependabot updates cargo, npm$/,
    ],
    ['Renovate turned off', { 'renovate.json': '{ "enabled": false }' }, 'fail', /turns Renovate off/],
    ['invalid Renovate JSON', { 'renovate.json': '{ "extends": [ }' }, 'fail', /renovate\.json: invalid JSON/],
  ])('%s', async (_name, files, status, message) => {
    const run = await runCheckOn(check, files)
    expect(run.status).toBe(status)
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })

  test('one working configuration is enough', async () => {
    const run = await runCheckOn(check, { '.github/dependabot.yml': 'version: 1\n', 'renovate.json': '{}' })
    expect(run).toMatchObject({ status: 'pass', messages: ['renovate.json: Renovate configured'] })
  })

  test('updates turned off are located at the limit', async () => {
    const run = await runCheckOn(check, {
      '.github/dependabot.yml':
        'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: { interval: weekly }\n    open-pull-requests-limit: 0\n',
    })
    expect(run.findings[0]!.location).toEqual({ path: '.github/dependabot.yml', startLine: 6 })
  })

  test('a Dependabot problem is located at its line', async () => {
    const run = await runCheckOn(check, {
      '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n',
    })
    expect(run.findings[0]!.location).toEqual({ path: '.github/dependabot.yml', startLine: 3 })
  })
})
