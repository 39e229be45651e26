import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import licenceList from 'spdx-license-list/full.js'
import { check } from '../../checks/licence/dependency-licences/index.js'
import { parseConfig } from '../../src/core/config.js'
import { ConfigError } from '../../src/core/errors.js'
import { registry } from '../../src/pipeline/registry.js'
import { runCheckOn } from '../helpers/check.js'
import { startLocalServer } from '../helpers/local-github.js'
import { cleanup, FIXTURES, tempDir } from '../helpers/repo.js'

afterAll(cleanup)

const sbom = (path: string) => readFileSync(join(FIXTURES, 'sbom', path), 'utf8')
const NPM_V3 = { 'package-lock.json': sbom('npm-v3/package-lock.json'), 'package.json': sbom('npm-v3/package.json') }

/** The npm-v3 lockfile with other licences for some packages. */
function lockWith(licences: Record<string, unknown>): string {
  const lock = JSON.parse(sbom('npm-v3/package-lock.json')) as { packages: Record<string, { license?: unknown }> }
  for (const [name, licence] of Object.entries(licences)) lock.packages[`node_modules/${name}`]!.license = licence
  return JSON.stringify(lock, null, 2)
}

describe('dependency-licences on a real package-lock.json', () => {
  test('the default policy: every open licence allowed, compatible with the project (EUPL-1.2)', async () => {
    const run = await runCheckOn(check, NPM_V3)
    expect(run).toMatchObject({
      status: 'pass',
      messages: [
        "5 dependencies: 5 allowed, 0 to review, 0 denied; with the project's licence EUPL-1.2 (package.json): 5 compatible, 0 to review, 0 incompatible; licences from lockfile 5",
      ],
    })
  })

  test('a denied licence fails with the package, version, licence, lockfile and rule', async () => {
    const run = await runCheckOn(check, NPM_V3, { checkOptions: { deny: ['non-open', 'WTF*'] } })
    expect(run.status).toBe('fail')
    expect(run.findings).toContainEqual({
      status: 'fail',
      message: 'left-pad@1.3.0 (dev): licence WTFPL (from package-lock.json) is denied: deny[1] "WTF*" matches WTFPL',
      location: { path: 'package-lock.json' },
      remediation: 'Replace the dependency, or add an exception: { package: "left-pad", versions: "1.3.0", reason: "..." }.',
    })
  })

  test("the project's licence is the detected one: a LICENSE file without a manifest licence", async () => {
    const manifest = JSON.parse(NPM_V3['package.json']) as Record<string, unknown>
    delete manifest.license
    const files = {
      ...NPM_V3,
      'package.json': JSON.stringify(manifest),
      LICENSE: licenceList['GPL-2.0-only']!.licenseText,
      'package-lock.json': lockWith({ 'is-number': 'Apache-2.0' }),
    }
    const run = await runCheckOn(check, files)
    expect(run.status).toBe('fail')
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        status: 'fail',
        message:
          "is-number@7.0.0: licence Apache-2.0 is incompatible with the project's licence GPL-2.0-only: OSADL matrix: Apache-2.0 in a project under GPL-2.0-only: No",
      }),
    )
  })

  test('include-dev: false leaves dev-only dependencies out of the policy', async () => {
    const run = await runCheckOn(check, NPM_V3, { checkOptions: { deny: ['WTFPL'], 'include-dev': false } })
    expect(run.status).toBe('pass')
    expect(run.messages[0]).toMatch(/^4 dependencies: 4 allowed/)
  })

  test('an incompatible licence fails with the matrix reason; a dev-only one is a warning', async () => {
    const files = { ...NPM_V3, 'package-lock.json': lockWith({ 'is-number': 'GPL-3.0-only', 'left-pad': 'GPL-3.0-only' }) }
    const run = await runCheckOn(check, files, { checkOptions: { 'project-licence': 'MIT' } })
    expect(run.status).toBe('fail')
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        status: 'fail',
        message:
          "is-number@7.0.0: licence GPL-3.0-only is incompatible with the project's licence MIT: OSADL matrix: GPL-3.0-only in a project under MIT: No",
      }),
    )
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        status: 'pass',
        severity: 'warning',
        message:
          "left-pad@1.3.0 (dev): compatibility of GPL-3.0-only with the project's licence MIT is to review (dev-only: not distributed, so not a failure): OSADL matrix: GPL-3.0-only in a project under MIT: No",
      }),
    )
  })

  test('review is a warning by default, a failure with review-status: fail; UNLICENSED fails', async () => {
    const files = { ...NPM_V3, 'package-lock.json': lockWith({ 'is-number': 'LicenseRef-Custom', 'left-pad': 'UNLICENSED' }) }
    const warned = await runCheckOn(check, files, { checkOptions: { 'include-dev': false } })
    expect(warned.status).toBe('pass')
    expect(warned.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message:
          'is-number@7.0.0: licence LicenseRef-Custom (from package-lock.json) is to review: LicenseRef-Custom is not on the SPDX licence list: review its terms',
      }),
    )
    const failed = await runCheckOn(check, files, { checkOptions: { 'review-status': 'fail' } })
    expect(failed.status).toBe('fail')
    expect(failed.messages).toContain(
      'left-pad@1.3.0 (dev): declares "UNLICENSED" (from package-lock.json): no licence is granted to use it',
    )
  })

  test('per-package exceptions waive a package; an expired one is reported and no longer applies', async () => {
    const files = { ...NPM_V3, 'package-lock.json': lockWith({ 'is-number': 'CC-BY-NC-4.0', 'left-pad': 'CC-BY-NC-4.0' }) }
    const run = await runCheckOn(check, files, {
      checkOptions: {
        exceptions: [
          { package: 'is-number', versions: '^7.0.0', reason: 'licensed separately, contract 17' },
          { package: 'pkg:npm/left-pad', versions: '*', reason: 'waived until the rewrite', expires: '2026-01-31' },
        ],
      },
    })
    expect(run.status).toBe('fail')
    expect(run.messages).toContain('is-number@7.0.0: waived by exceptions[0] (^7.0.0): licensed separately, contract 17')
    expect(run.messages).toContain(
      'left-pad@1.3.0 (dev): exceptions[1] for pkg:npm/left-pad expired on 2026-01-31; the policy applies again',
    )
    expect(run.messages).toContain(
      'left-pad@1.3.0 (dev): licence CC-BY-NC-4.0 (from package-lock.json) is denied: deny[0] "non-open" matches CC-BY-NC-4.0',
    )
  })
})

describe('bad input', () => {
  test('unbalanced parentheses and a 10,000-term licence field are review findings, in bounded time', async () => {
    const huge = Array.from({ length: 10_000 }, () => 'MIT').join(' OR ')
    const files = { ...NPM_V3, 'package-lock.json': lockWith({ 'is-number': '(MIT OR Apache-2.0', 'left-pad': huge }) }
    const started = Date.now()
    const run = await runCheckOn(check, files)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(run.status).toBe('pass')
    expect(run.messages).toContain(
      'is-number@7.0.0: licence "(MIT OR Apache-2.0" (from package-lock.json) is to review: "(MIT OR Apache-2.0" is not a valid SPDX expression: the "(" at column 1 is never closed; review',
    )
    expect(run.messages.find((m) => m.startsWith('left-pad@1.3.0'))).toMatch(
      /is not a valid SPDX expression: the expression has more than 256 licence terms; review$/,
    )
  })

  test('a 10,000-term entry in the config is a config error with its line; a bad entry within limits is an error finding naming the key', async () => {
    const huge = Array.from({ length: 10_000 }, () => 'MIT').join(' AND ')
    const yaml = `checks:\n  dependency-licences:\n    options:\n      deny:\n        - "${huge}"\n`
    let error: unknown
    try {
      parseConfig(
        yaml,
        '.ois-ready.yml',
        registry.map((c) => c.meta),
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems).toEqual([
      expect.objectContaining({
        file: '.ois-ready.yml',
        line: 5,
        key: 'checks.dependency-licences.options.deny[0]',
        message: 'must NOT have more than 200 characters',
      }),
    ])
    const run = await runCheckOn(check, { ...NPM_V3, '.ois-ready.yml': 'version: 1\n' }, { checkOptions: { deny: ['(GPL-2.0'] } })
    expect(run.status).toBe('error')
    expect(run.findings[0]).toMatchObject({
      status: 'error',
      message: expect.stringMatching(
        /^checks\.dependency-licences\.options\.deny\[0\]: "\(GPL-2\.0" is not a licence, a glob or a category .*never closed/,
      ),
      location: { path: '.ois-ready.yml' },
    })
  })
})

describe('where licences come from when the lockfile has none', () => {
  test('without the network, licences no lockfile records are unknown (not looked up), grouped per lockfile, never allowed', async () => {
    const run = await runCheckOn(check, {
      'package-lock.json': sbom('npm-v1/package-lock.json'),
      'package.json': sbom('npm-v1/package.json'),
    })
    expect(run.status).toBe('unknown')
    expect(run.findings[1]).toMatchObject({
      status: 'unknown',
      message:
        '5 dependencies without a known licence: @sindresorhus/slugify@2.2.1, @sindresorhus/transliterate@1.6.0, escape-string-regexp@5.0.0, is-number@7.0.0, left-pad@1.3.0 (package-lock.json records no licence; no installed manifest in the repository; the registry was not asked (the network is off; run with --network)): not looked up',
      location: { path: 'package-lock.json' },
      remediation: expect.stringMatching(/^Run with network access/),
    })
    expect(run.messages[0]).toMatch(/^5 dependencies: 0 allowed, 5 to review, 0 denied/)
  })

  test('installed manifests: node_modules (license, licenses, { type }), vendored composer.json and Cargo.toml', async () => {
    const run = await runCheckOn(
      check,
      {
        'package-lock.json': sbom('npm-v1/package-lock.json'),
        'package.json': sbom('npm-v1/package.json'),
        'node_modules/is-number/package.json': JSON.stringify({ name: 'is-number', version: '7.0.0', license: 'MIT' }),
        'node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '1.3.0', licenses: [{ type: 'WTFPL' }] }),
        'node_modules/@sindresorhus/slugify/package.json': JSON.stringify({ version: '2.2.1', license: { type: 'MIT' } }),
        // another version than the lockfile's: not this package's licence
        'node_modules/escape-string-regexp/package.json': JSON.stringify({ version: '4.0.0', license: 'MIT' }),
        'composer.lock': sbom('other/composer.lock'),
        'vendor/psr/log/composer.json': JSON.stringify({ name: 'psr/log', license: ['MIT'] }),
        'Cargo.lock': sbom('other/Cargo.lock'),
        'vendor/serde/Cargo.toml': '[package]\nname = "serde"\nversion = "1.0.210"\nlicense = "MIT OR Apache-2.0"\n',
      },
      { git: false },
    )
    expect(run.messages[0]).toMatch(/licences from manifest 5$/)
    expect(run.messages).toContainEqual(
      expect.stringMatching(
        /^2 dependencies without a known licence: @sindresorhus\/transliterate@1\.6\.0, escape-string-regexp@5\.0\.0 \(package-lock\.json/,
      ),
    )
    expect(run.messages.join('\n')).not.toMatch(/without a known licence: [^\n]*(is-number|left-pad|psr\/log|serde@)/)
  })

  test('--network: the registries answer, through the cache', async () => {
    const server = await startLocalServer((req) =>
      req.url === '/api/v1/crates/serde/1.0.210'
        ? { status: 200, body: readFileSync(join(FIXTURES, 'registries', 'crates-serde-1.0.210.json'), 'utf8') }
        : { status: 404, body: {} },
    )
    const cacheDir = tempDir()
    try {
      const options = {
        checkOptions: { registries: { cargo: server.url }, 'cache-dir': cacheDir, 'project-licence': 'Apache-2.0' },
        network: { enabled: true, allowHosts: [server.url.slice('http://'.length)] },
      }
      const files = { 'Cargo.lock': sbom('other/Cargo.lock') }
      const run = await runCheckOn(check, files, options)
      expect(run.messages[0]).toBe(
        "2 dependencies: 1 allowed, 1 to review, 0 denied; with the project's licence Apache-2.0 (the project-licence option): 1 compatible, 0 to review, 0 incompatible; licences from registry 1",
      )
      expect(run.messages[1]).toBe(
        `1 dependency without a known licence: serde_derive@1.0.210 (Cargo.lock records no licence; no installed manifest in the repository; registry: HTTP 404 from ${server.url}/api/v1/crates/serde_derive/1.0.210): review`,
      )
      const again = await runCheckOn(check, files, options)
      expect(again.messages[0]).toMatch(/licences from cache 1$/)
    } finally {
      await server.close()
    }
  })

  test('composer.lock records licences (a list of alternatives)', async () => {
    const lock = {
      packages: [
        { name: 'monolog/monolog', version: '3.7.0', license: ['MIT'] },
        { name: 'psr/log', version: '3.0.2', license: ['GPL-2.0-only', 'MIT'] },
      ],
      'packages-dev': [{ name: 'phpunit/phpunit', version: '11.3.6', license: ['BSD-3-Clause'] }],
    }
    const run = await runCheckOn(
      check,
      { 'composer.lock': JSON.stringify(lock) },
      { checkOptions: { deny: ['GPL-*'], 'project-licence': 'MIT' } },
    )
    expect(run.status).toBe('pass')
    expect(run.messages[0]).toBe(
      "3 dependencies: 3 allowed, 0 to review, 0 denied; with the project's licence MIT (the project-licence option): 3 compatible, 0 to review, 0 incompatible; licences from lockfile 3",
    )
  })

  test('not applicable without lockfiles', async () => {
    expect((await runCheckOn(check, { 'README.md': 'x' })).status).toBe('not-applicable')
  })
})
