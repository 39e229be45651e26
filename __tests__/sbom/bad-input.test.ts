import { afterAll, describe, expect, test } from '@jest/globals'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../checks/sbom/sbom-generated/index.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup, FIXTURES, tempDir, writeFiles } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'

afterAll(cleanup)

const fixture = (dir: string, file: string) => readFileSync(join(FIXTURES, 'sbom', dir, file), 'utf8')
const BOMB = `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`

/** Every kind of bad input from the SBOM issue, beside a good lockfile, in one repository. */
const BROKEN: Record<string, string> = {
  'truncated/package-lock.json': fixture('npm-v3', 'package-lock.json').slice(0, 400),
  'unknown/pnpm-lock.yaml': "lockfileVersion: '5.4'\n",
  'bomb/pnpm-lock.yaml': `lockfileVersion: '9.0'\n${BOMB}`,
  'berry/yarn.lock': fixture('yarn-berry', 'yarn.lock').slice(0, 700),
  'berry-bomb/yarn.lock': `__metadata:\n  version: 8\n${BOMB}`,
  'bun/bun.lock': '{"lockfileVersion": 9, "packages": {}}',
  'php/composer.lock': '{"packages": [\n{"name": "psr/log", "version": "3.0.2"}],\n"packages": []}',
  'java/pom.xml': fixture('maven', 'pom.xml').slice(0, 900),
  // not broken: a cycle and a name that purls must escape are read as they are
  'cycle/package-lock.json': JSON.stringify({
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { a: '1', 'we ird#name': '1' } },
      'node_modules/a': { version: '1.0.0', dependencies: { b: '1' } },
      'node_modules/b': { version: '1.0.0', dependencies: { a: '1' } },
      'node_modules/we ird#name': { version: '1.0.0' },
    },
  }),
}

describe('bad input: a finding naming the file, bounded time, and the rest of the SBOM still made', () => {
  const root = tempDir()
  cpSync(join(FIXTURES, 'sbom', 'npm-v3'), join(root, 'web'), { recursive: true })
  writeFiles(root, BROKEN)

  test('sbom-generated fails with one finding per broken file, each naming it', async () => {
    const start = Date.now()
    const run = await runCheckOn(check, {}, { root, git: false })
    expect(Date.now() - start).toBeLessThan(10_000)
    expect(run.status).toBe('fail')
    const failing = run.findings.filter((f) => f.status === 'fail')
    const named = (path: string) => failing.filter((f) => f.location?.path === path).map((f) => f.message)
    expect(named('truncated/package-lock.json')).toEqual([expect.stringMatching(/^truncated\/package-lock\.json:19: not valid JSON/)])
    expect(named('unknown/pnpm-lock.yaml')).toEqual([expect.stringMatching(/^unknown\/pnpm-lock\.yaml:1: unknown lockfileVersion "5\.4"/)])
    // the first anchor, on the second line: package managers write none
    expect(named('bomb/pnpm-lock.yaml')).toEqual([expect.stringMatching(/^bomb\/pnpm-lock\.yaml:2: not read: anchor &a: .*alias/i)])
    expect(named('berry/yarn.lock')).toEqual([expect.stringMatching(/^berry\/yarn\.lock:\d+: entry .* is incomplete/)])
    expect(named('berry-bomb/yarn.lock')).toEqual([expect.stringMatching(/alias/i)])
    expect(named('bun/bun.lock')).toEqual([expect.stringMatching(/^bun\/bun\.lock:1: unknown lockfileVersion 9/)])
    expect(named('php/composer.lock')).toEqual([expect.stringMatching(/^php\/composer\.lock:3: duplicate key "packages"/)])
    expect(named('java/pom.xml')).toEqual([expect.stringMatching(/^java\/pom\.xml:\d+: not valid XML/)])
    expect(named('cycle/package-lock.json')).toEqual([])
    expect(failing).toHaveLength(8)
  })

  test('ois-ready sbom still writes the components of the good and the readable lockfiles, in both formats', () => {
    const cdx = runCli(['sbom', root])
    expect(cdx.status).toBe(1) // the problems are printed, and the exit code says so
    expect(cdx.stderr).toMatch(/^truncated\/package-lock\.json:19: not valid JSON/m)
    const purls = (JSON.parse(cdx.stdout).components as { purl: string }[]).map((c) => c.purl)
    expect(purls).toEqual(
      expect.arrayContaining(['pkg:npm/is-number@7.0.0', 'pkg:npm/a@1.0.0', 'pkg:npm/b@1.0.0', 'pkg:npm/we%20ird%23name@1.0.0']),
    )
    const spdx = JSON.parse(runCli(['sbom', root, '--format', 'spdx']).stdout) as { packages: { SPDXID: string }[] }
    expect(spdx.packages.map((p) => p.SPDXID)).toEqual(expect.arrayContaining(['SPDXRef-npm-a-1.0.0', 'SPDXRef-npm-we-ird-name-1.0.0']))
  })
})
