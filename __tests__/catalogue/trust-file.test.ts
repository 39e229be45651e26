import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Statement } from '../../src/attest/statement.js'
import { patternWarning, repositoryMatcher } from '../../src/catalogue/trust-file.js'
import { exemplaryStatement, testKey } from '../helpers/attest.js'
import { signedVariant, writeLines } from '../helpers/catalogue.js'
import { cleanup, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'

let template: Statement
const city = testKey('ed25519')
const unused = testKey('ecdsa-p256')
const AT = '2026-07-01T00:00:00Z'

beforeAll(async () => {
  ;({ statement: template } = await exemplaryStatement())
})
afterAll(cleanup)

describe('trust-file patterns: globs over the repository URL', () => {
  // pattern, URL, covered
  test.each<[string, string, boolean]>([
    // `*` stays within one path segment
    ['https://github.com/*', 'https://github.com/org/repo', false],
    ['https://github.com/*', 'https://github.com/org', true],
    ['https://github.com/org/*', 'https://github.com/org/repo', true],
    ['https://github.com/org/*', 'https://github.com/other/repo', false],
    ['https://github.com/org/*', 'https://github.com/org/sub/repo', false],
    ['https://github.com/*/*', 'https://github.com/org/repo', true],
    // `**` crosses segments: nested GitLab groups
    ['https://github.com/**', 'https://github.com/org/repo', true],
    ['https://gitlab.com/**', 'https://gitlab.com/group/sub/repo', true],
    ['https://gitlab.com/group/**', 'https://gitlab.com/group/sub/repo', true],
    ['https://gitlab.com/group/**', 'https://gitlab.com/other/repo', false],
    // the host is never a wildcard's: *.github.com is not github.com
    ['https://github.com/**', 'https://github.com.evil.example/org/repo', false],
    ['https://*.example.org/**', 'https://git.example.org/team/app', true],
    // one repository, however spelled; patterns too
    ['https://github.com/Org/Repo.git', 'https://github.com/org/repo/', true],
    ['https://github.com/org/repo', 'https://github.com/org/repo-fork', false],
    // ? and {a,b}
    ['https://github.com/org/app-?', 'https://github.com/org/app-1', true],
    ['https://github.com/{org,team}/*', 'https://github.com/team/x', true],
    // no spelling slips past a pattern
    ['https://github.com/org/**', 'https://github.com/org/../evil/repo', false],
    ['https://github.com/org/**', 'https://github.com/org/repo?x=1', false],
  ])('%s covers %s: %s', (pattern, url, covered) => {
    expect(repositoryMatcher([pattern])(url)).toBe(covered)
  })

  test.each<[string, string | undefined]>([
    [
      'https://github.com/*',
      "https://github.com/* matches only URLs of one path segment, such as https://github.com/NAME: `*` does not cross `/`, and a repository is usually https://host/owner/repo. Write https://github.com/** (every repository of the host) or https://github.com/*/* (one owner's repositories)",
    ],
    ['https://github.com', expect.stringContaining('matches only the host itself') as unknown as string],
    ['https://github.com/org/*', undefined],
    ['https://github.com/**', undefined],
    ['https://github.com/org/repo', undefined],
  ])('a pattern that cannot cover an owner/repo URL is named: %s', (pattern, warning) => {
    expect(patternWarning(pattern)).toEqual(warning)
  })
})

describe('catalogue build with a trust file that matches nothing', () => {
  test('the trap of https://github.com/*: a warning at the line, a warning per entry, every attestation rejected, exit 1', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'city.pub'), city.publicPem)
    writeFileSync(join(dir, 'unused.pub'), unused.publicPem)
    writeFileSync(
      join(dir, 'trust.yml'),
      'version: 1\nkeys:\n  - path: city.pub\n    repositories:\n      - "https://github.com/*"\n  - path: unused.pub\n',
    )
    const file = writeLines(dir, 'all.jsonl', [
      signedVariant(template, city, { repository: 'https://github.com/kommune/forms', level: 2 }),
      signedVariant(template, city, { repository: 'https://github.com/kommune/maps', level: 1 }),
    ])
    const out = join(dir, 'out')
    const r = runCli(['catalogue', 'build', file, '--trust', join(dir, 'trust.yml'), '-o', out, '--at', AT, '-q'])
    expect(r.status).toBe(1)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(
        /^warning: .*trust\.yml:5: https:\/\/github\.com\/\* matches only URLs of one path segment.*Write https:\/\/github\.com\/\*\*/,
      ),
      expect.stringMatching(
        /^warning: .*trust\.yml:3 keys\[0\] \(city\.pub\) matched nothing: 2 attestation\(s\) signed by it are for repositories its patterns \(https:\/\/github\.com\/\*\) do not cover, e\.g\. https:\/\/github\.com\/kommune\/forms, https:\/\/github\.com\/kommune\/maps\. /,
      ),
      expect.stringMatching(/^warning: .*trust\.yml:6 keys\[1\] \(unused\.pub\) matched nothing: no attestation was signed by it$/),
      'error: every attestation was rejected (2); the catalogue is empty. The reasons are in index.json',
    ])
    const summary = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))
    expect(summary.counts).toMatchObject({ attestations: 2, accepted: 0, rejected: 2 })
    expect(summary.warnings).toHaveLength(3)
    expect(summary.rejected[0].reasons[0].message).toContain('`*` does not cross `/`')
    // the files are written all the same, so the page can show why
    expect(readFileSync(join(out, 'index.jsonl'), 'utf8')).toBe('')
  })

  test('with https://github.com/** the same attestations are accepted, exit 0; the unused key is still named', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'city.pub'), city.publicPem)
    writeFileSync(join(dir, 'unused.pub'), unused.publicPem)
    writeFileSync(join(dir, 'trust.yml'), 'keys:\n  - path: city.pub\n    repositories: ["https://github.com/**"]\n  - path: unused.pub\n')
    const file = writeLines(dir, 'all.jsonl', [signedVariant(template, city, { repository: 'https://github.com/kommune/forms', level: 2 })])
    const r = runCli(['catalogue', 'build', file, '--trust', join(dir, 'trust.yml'), '-o', join(dir, 'out'), '--at', AT, '-q'])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/^warning: .*trust\.yml:4 keys\[1\] \(unused\.pub\) matched nothing: no attestation was signed by it\n$/)
  })

  test('a key listed twice: the entry whose pattern covered nothing is named with the repositories it missed', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'city.pub'), city.publicPem)
    writeFileSync(
      join(dir, 'trust.yml'),
      'keys:\n  - path: city.pub\n    repositories: ["https://github.com/**"]\n  - path: city.pub\n    name: city on GitLab\n    repositories: ["https://gitlab.com/city/*"]\n',
    )
    const file = writeLines(dir, 'all.jsonl', [signedVariant(template, city, { repository: 'https://github.com/kommune/forms', level: 2 })])
    const r = runCli(['catalogue', 'build', file, '--trust', join(dir, 'trust.yml'), '-o', join(dir, 'out'), '--at', AT, '-q'])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(
      /^warning: \S+trust\.yml:4 keys\[1\] \(city on GitLab\) matched nothing: 1 attestation\(s\) signed by it are for repositories its patterns \(https:\/\/gitlab\.com\/city\/\*\) do not cover, e\.g\. https:\/\/github\.com\/kommune\/forms\n$/,
    )
  })

  test('rejected for another reason (an untrusted key) or no attestation at all: exit 1 with the reason', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'unused.pub'), unused.publicPem)
    writeFileSync(join(dir, 'trust.yml'), 'keys:\n  - path: unused.pub\n')
    const file = writeLines(dir, 'all.jsonl', [signedVariant(template, city, { repository: 'https://github.com/kommune/forms', level: 2 })])
    const r = runCli(['catalogue', 'build', file, '--trust', join(dir, 'trust.yml'), '-o', join(dir, 'out'), '--at', AT])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('rejected')
    expect(r.stdout).toContain('unknown-key')
    expect(r.stderr).toContain('error: every attestation was rejected (1); the catalogue is empty. The reasons are in index.json and above')
    const empty = join(dir, 'nothing')
    mkdirSync(empty)
    const e = runCli(['catalogue', 'build', empty, '--trust', join(dir, 'trust.yml'), '-o', join(dir, 'out2'), '--at', AT, '-q'])
    expect(e.status).toBe(1)
    expect(e.stderr).toContain('error: the inputs hold no attestation; the catalogue is empty')
  })
})
