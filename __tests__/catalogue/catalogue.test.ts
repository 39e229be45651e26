import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { DuckDBInstance } from '@duckdb/node-api'
import type { Statement } from '../../src/attest/statement.js'
import { compileSchema } from '../../src/core/schema-validator.js'
import { licenceIds } from '../../src/catalogue/query.js'
import { exemplaryStatement, testKey } from '../helpers/attest.js'
import { signedVariant, writeLines } from '../helpers/catalogue.js'
import { cleanup, tempDir, PROJECT_ROOT } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'
import { startLocalServer } from '../helpers/local-github.js'

let template: Statement
const city = testKey('ed25519') // trusted for https://github.com/kommune/*
const agency = testKey('ecdsa-p256') // trusted for any repository
const stranger = testKey('ed25519') // not trusted
const AT = '2026-07-01T00:00:00Z'
const validateRecord = compileSchema(JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/catalogue-record.schema.json'), 'utf8')))

beforeAll(async () => {
  ;({ statement: template } = await exemplaryStatement())
})
afterAll(cleanup)

function trustFile(dir: string): string {
  writeFileSync(join(dir, 'city.pub'), city.publicPem)
  writeFileSync(join(dir, 'agency.pub'), agency.publicPem)
  const path = join(dir, 'trust.yml')
  writeFileSync(path, 'version: 1\nkeys:\n  - path: city.pub\n    repositories: ["https://github.com/kommune/*"]\n  - path: agency.pub\n')
  return path
}

/** CLI runs that must not block the event loop, so the local server can answer. */
function runCliAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/cli.js'), ...args], { env: { ...process.env, NO_PROXY: '127.0.0.1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d))
    child.stderr.on('data', (d: Buffer) => (stderr += d))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))

describe('catalogue build', () => {
  test('verified attestations from files, folders and URLs; newest per repository; rejections with reasons; same inputs, same files', async () => {
    const dir = tempDir()
    const trust = trustFile(dir)
    const a = (v: Parameters<typeof signedVariant>[2], key = city) => signedVariant(template, key, v)
    const file = writeLines(dir, 'city.jsonl', [
      a({ repository: 'https://github.com/kommune/forms', level: 1, licence: 'EUPL-1.2', issuedAt: '2026-05-01T00:00:00.000Z' }),
      a({ repository: 'https://github.com/kommune/forms', level: 2, licence: 'EUPL-1.2', issuedAt: '2026-06-15T00:00:00.000Z' }),
      a({ repository: 'https://github.com/kommune/maps', level: 1, licence: 'MIT OR GPL-3.0-only', issuedAt: '2026-06-01T00:00:00.000Z' }),
      a({ repository: 'https://github.com/other/tool', level: 2 }), // the city key may not attest other organisations
      a({ repository: 'https://github.com/kommune/old', level: 2, issuedAt: '2026-01-01T00:00:00.000Z', validDays: 30 }), // expired: kept, marked
      'not json at all',
    ])
    const folder = join(dir, 'agency')
    writeLines(join(folder, 'nested'), 'a.jsonl', [
      a({ repository: 'https://gitlab.com/agency/registry', level: 2, licence: 'Apache-2.0' }, agency),
    ])
    writeLines(folder, 'forged.jsonl', [
      a({ repository: 'https://gitlab.com/agency/forged', level: 1 }, agency).replace(/"payload":"./, '"payload":"A'),
    ])
    writeLines(folder, 'stranger.jsonl', [a({ repository: 'https://gitlab.com/agency/x', level: 3 }, stranger)])
    const served = a({ repository: 'https://codeberg.org/eu/"><img/src=x/onerror=alert(1)>', level: 1, licence: 'MPL-2.0' }, agency)
    const server = await startLocalServer((req) => (req.url === '/att.jsonl' ? { status: 200, body: served } : { status: 404, body: 'no' }))
    try {
      const host = server.url.replace('http://', '')
      const urls = writeLines(dir, 'urls.txt', [`${server.url}/att.jsonl`, `${server.url}/missing.jsonl`])
      const out = join(dir, 'out')
      const args = ['catalogue', 'build', file, folder, urls, '--trust', trust, '-o', out, '--at', AT, '--allow-host', host]
      const r = await runCliAsync(args)
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      const records = readJsonl(join(out, 'index.jsonl'))
      for (const rec of records) expect(validateRecord(rec)).toBe(true)
      expect(records.map((x) => [x.repository, x.level, x.expired])).toEqual([
        ['https://codeberg.org/eu/"><img/src=x/onerror=alert(1)>', 1, false],
        ['https://github.com/kommune/forms', 2, false],
        ['https://github.com/kommune/maps', 1, false],
        ['https://github.com/kommune/old', 2, true],
        ['https://gitlab.com/agency/registry', 2, false],
      ])
      const summary = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))
      expect(summary.counts).toEqual({ attestations: 9, accepted: 6, superseded: 1, expired: 1, rejected: 5, repositories: 5 })
      const reasons = Object.fromEntries(
        summary.rejected.map((x: { source: string; reasons: { code: string }[] }) => [
          x.source.replace(dir, '').replace(server.url, 'URL'),
          x.reasons.map((y) => y.code),
        ]),
      )
      expect(reasons).toEqual({
        '/city.jsonl:4': ['repo-mismatch'],
        '/city.jsonl:6': ['malformed'],
        '/agency/forged.jsonl': ['bad-signature'],
        '/agency/stranger.jsonl': ['unknown-key'],
        'URL/missing.jsonl': ['unreachable'],
      })
      // building again with the same inputs gives the same files
      const first = ['index.jsonl', 'index.json', 'index.html'].map((f) => readFileSync(join(out, f), 'utf8'))
      await runCliAsync(args)
      expect(['index.jsonl', 'index.json', 'index.html'].map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(first)
      // the page is self-contained, and the injected name is data, not markup
      expect(first[2]).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i)
      expect(first[2]).not.toContain('<img/src=x')
    } finally {
      await server.close()
    }
  })

  test('a 1 GB file, a redirect loop, a redirect to a private address and a plain-HTTP URL are rejected; the rest is built', async () => {
    const dir = tempDir()
    const trust = trustFile(dir)
    const big = join(dir, 'huge.jsonl')
    const fd = openSync(big, 'w')
    ftruncateSync(fd, 1024 ** 3)
    closeSync(fd)
    const good = writeLines(dir, 'good.jsonl', [signedVariant(template, agency, { repository: 'https://github.com/eu/ok', level: 1 })])
    const server = await startLocalServer((req) =>
      req.url === '/loop'
        ? { status: 302, body: '', headers: { location: '/loop' } }
        : { status: 302, body: '', headers: { location: 'https://127.0.0.2:9/secret' } },
    )
    try {
      const host = server.url.replace('http://', '')
      const urls = writeLines(dir, 'urls.txt', [`${server.url}/loop`, `${server.url}/private`, 'http://example.eu/a.jsonl'])
      const r = await runCliAsync([
        'catalogue',
        'build',
        big,
        good,
        urls,
        '--trust',
        trust,
        '-o',
        join(dir, 'out'),
        '--at',
        AT,
        '--allow-host',
        host,
        '--timeout-ms',
        '2000',
      ])
      expect(r.status).toBe(0)
      const summary = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8'))
      const messages = summary.rejected.map((x: { reasons: { message: string }[] }) => x.reasons[0]!.message).join('\n')
      expect(messages).toMatch(/huge\.jsonl is binary, not JSON/)
      expect(messages).toContain('more than 5 redirects')
      expect(messages).toContain('https://127.0.0.2:9/secret is a private address')
      expect(messages).toContain('http://example.eu/a.jsonl is not an https:// URL')
      expect(summary.counts.repositories).toBe(1)
    } finally {
      await server.close()
    }
  })

  test('sources are verified as they stream: a garbage source keeps its good lines, a source cut off half-way gives nothing, the rest is built', async () => {
    const dir = tempDir()
    const trust = trustFile(dir)
    const a = (repository: string) => signedVariant(template, agency, { repository, level: 2 })
    const MiB = 1024 * 1024
    const garbage = Buffer.from(
      [
        `{"padding":"${'x'.repeat(17 * MiB)}"}`,
        ...Array.from({ length: 1500 }, (_, i) => `garbage ${i}, not an attestation`),
        a('https://github.com/eu/survivor'),
      ].join('\n'),
    )
    const cut = Buffer.concat([
      Buffer.from(`${a('https://github.com/eu/cut-x')}\n${a('https://github.com/eu/cut-y')}\n`),
      Buffer.alloc(70 * MiB, 'x'),
    ])
    const good = `${a('https://github.com/eu/good-a')}\n${a('https://github.com/eu/good-b')}\n`
    const server = await startLocalServer((req) =>
      req.url === '/good.jsonl'
        ? { status: 200, body: good }
        : req.url === '/garbage.jsonl'
          ? { status: 200, body: garbage }
          : { status: 200, body: cut },
    )
    try {
      const host = server.url.replace('http://', '')
      const urls = writeLines(dir, 'urls.txt', [`${server.url}/good.jsonl`, `${server.url}/garbage.jsonl`, `${server.url}/cut.jsonl`])
      const out = join(dir, 'out')
      const r = await runCliAsync([
        'catalogue',
        'build',
        urls,
        '--trust',
        trust,
        '-o',
        out,
        '--at',
        AT,
        '--allow-host',
        host,
        '--max-bytes',
        String(64 * MiB),
      ])
      // only the agency signed these; the city's key is named as unused
      expect(r.stderr).toMatch(/^warning: \S+trust\.yml:3 keys\[0\] \(city\.pub\) matched nothing: no attestation was signed by it\n$/)
      expect(r.status).toBe(0)
      expect(readJsonl(join(out, 'index.jsonl')).map((x) => x.repository)).toEqual([
        'https://github.com/eu/good-a',
        'https://github.com/eu/good-b',
        'https://github.com/eu/survivor',
      ])
      const summary = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))
      // the garbage source's 1,501 rejections: the first 1,000 listed (the 17 MiB line first), the others counted in one entry
      expect(summary.counts).toEqual({ attestations: 3, accepted: 3, superseded: 0, expired: 0, rejected: 1502, repositories: 3 })
      type Entry = { source: string; reasons: { code: string; message: string }[] }
      const rejected = (summary.rejected as Entry[]).map((x) => ({ ...x, source: x.source.replace(server.url, 'URL') }))
      expect(rejected).toHaveLength(1002)
      expect(rejected.find((x) => x.source === 'URL/garbage.jsonl:1')?.reasons).toEqual([
        { code: 'malformed', message: 'longer than 16 MiB, the most one attestation may be; not read' },
      ])
      expect(rejected.find((x) => x.source === 'URL/garbage.jsonl:1000')?.reasons[0]?.code).toBe('malformed')
      expect(rejected.find((x) => x.source === 'URL/garbage.jsonl:1001')).toBeUndefined()
      expect(rejected.find((x) => x.source === 'URL/garbage.jsonl')?.reasons).toEqual([
        {
          code: 'not-listed',
          message: `501 more rejected attestations of ${server.url}/garbage.jsonl are not listed (at most 1000 are listed per source)`,
        },
      ])
      // verified before it was cut off, but a source counts only when it was read whole
      expect(rejected.find((x) => x.source === 'URL/cut.jsonl')?.reasons).toEqual([
        { code: 'unreachable', message: `${server.url}/cut.jsonl is over the limit of ${64 * MiB} bytes` },
      ])
    } finally {
      await server.close()
    }
  }, 60_000)

  test('one repository however spelled; valid over expired; times compared as times; a key listed twice; no spelling slips past a pattern', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'city.pub'), city.publicPem)
    writeFileSync(
      join(dir, 'trust.yml'),
      'keys:\n  - path: city.pub\n    repositories: ["https://github.com/org/*"]\n  - path: city.pub\n    repositories: ["https://gitlab.com/two/*"]\n',
    )
    const a = (v: Parameters<typeof signedVariant>[2]) => signedVariant(template, city, v)
    const file = writeLines(dir, 'all.jsonl', [
      a({ repository: 'https://github.com/org/repo', level: 1, issuedAt: '2026-06-01T12:00:00.000Z' }),
      // 08:00 UTC, written with an offset: older, although its text sorts later
      a({ repository: 'https://github.com/Org/Repo.git', level: 2, issuedAt: '2026-06-01T13:00:00+05:00' }),
      // newer but expired: the valid one above stays
      a({ repository: 'https://github.com/org/repo/', level: 0, issuedAt: '2026-06-02T00:00:00.000Z', validDays: 1 }),
      a({ repository: 'https://gitlab.com/two/p', level: 2 }),
      a({ repository: 'https://github.com/org/a\\..\\..\\evil', level: 2 }),
    ])
    const r = runCli(['catalogue', 'build', file, '--trust', join(dir, 'trust.yml'), '-o', join(dir, 'out'), '--at', AT])
    expect(r.status).toBe(0)
    const records = readJsonl(join(dir, 'out', 'index.jsonl'))
    expect(records.map((x) => [x.repository, x.level])).toEqual([
      ['https://github.com/org/repo', 1],
      ['https://gitlab.com/two/p', 2],
    ])
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8'))
    expect(summary.rejected.map((x: { reasons: { code: string }[] }) => x.reasons[0]!.code)).toEqual(['repo-mismatch'])
  })

  test('a trust file with an unknown key is a usage error naming the line', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'trust.yml'), 'keys:\n  - path: a.pub\n    repos: ["x"]\n')
    const r = runCli(['catalogue', 'build', dir, '--trust', join(dir, 'trust.yml'), '-o', join(dir, 'out')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('trust.yml:2')
  })
})

describe('catalogue query', () => {
  let index: string
  beforeAll(() => {
    const dir = tempDir()
    const trust = trustFile(dir)
    const file = writeLines(dir, 'all.jsonl', [
      signedVariant(template, agency, { repository: 'https://github.com/a/dual', level: 2, licence: 'MIT OR GPL-3.0-only' }),
      signedVariant(template, agency, { repository: 'https://github.com/a/gpl', licence: 'GPL-3.0-only', failing: ['dependency-updates'] }),
      signedVariant(template, agency, { repository: 'https://github.com/a/both', level: 2, licence: 'MIT AND Apache-2.0' }),
      signedVariant(template, agency, {
        repository: 'https://github.com/a/llvm',
        level: 2,
        licence: 'Apache-2.0 WITH LLVM-exception',
        issuedAt: '2026-06-01T13:00:00+05:00',
      }),
      signedVariant(template, agency, { repository: 'https://github.com/a/formula', level: 2, licence: '=HYPERLINK("http://x")' }),
      // reuse-tool's own expression
      signedVariant(template, agency, {
        repository: 'https://github.com/a/reuse',
        level: 2,
        licence: 'Apache-2.0 AND CC0-1.0 AND GPL-3.0-or-later',
      }),
      // every check satisfied, level 3 (the only one whose security family is, level-3 checks included)
      signedVariant(template, agency, { repository: 'https://github.com/a/top', level: 3 }),
      signedVariant(template, agency, {
        repository: 'https://github.com/a/=cmd',
        level: 0,
        issuedAt: '2026-01-01T00:00:00.000Z',
        validDays: 400,
      }),
    ])
    const out = join(dir, 'out')
    runCli(['catalogue', 'build', file, '--trust', trust, '-o', out, '--at', AT, '-q'])
    index = join(out, 'index.jsonl')
  })
  const repos = (args: string[]) =>
    JSON.parse(runCli(['catalogue', 'query', index, '--format', 'json', ...args]).stdout).map((r: { repository: string }) =>
      r.repository.replace('https://github.com/a/', ''),
    )

  test.each<[string, string[], string[]]>([
    ['no filter', [], ['=cmd', 'both', 'dual', 'formula', 'gpl', 'llvm', 'reuse', 'top']],
    ['minimum level', ['--min-level', '2'], ['both', 'dual', 'formula', 'llvm', 'reuse', 'top']],
    ['minimum level 3', ['--min-level', '3'], ['top']],
    ['licence MIT (SPDX semantics: "MIT OR GPL" matches, "MIT AND Apache" does not)', ['--licence', 'MIT'], ['dual']],
    ['licence MIT OR Apache-2.0', ['--licence', 'MIT OR Apache-2.0'], ['both', 'dual', 'llvm']],
    ['licence in lower-case operators', ['--licence', 'MIT or Apache-2.0'], ['both', 'dual', 'llvm']],
    ['licence Apache-2.0 (an exception only adds permissions)', ['--licence', 'Apache-2.0'], ['llvm']],
    ['licence GPL-3.0-only', ['--licence', 'GPL-3.0-only'], ['dual', 'gpl']],
    // spdx-satisfies: GPL-3.0-only satisfies GPL-3.0-or-later; reuse's AND also needs Apache-2.0 and CC0-1.0
    ['licence GPL-3.0-or-later: usable under it needs all of an AND', ['--licence', 'GPL-3.0-or-later'], ['dual', 'gpl']],
    ['licence id GPL-3.0-or-later: named anywhere in the expression', ['--licence-id', 'GPL-3.0-or-later'], ['reuse']],
    ['licence id CC0-1.0, in the middle of an AND', ['--licence-id', 'CC0-1.0'], ['reuse']],
    ['licence id MIT: named in an OR and in an AND', ['--licence-id', 'MIT'], ['both', 'dual']],
    ['licence id Apache-2.0: also before an exception', ['--licence-id', 'apache-2.0'], ['both', 'llvm', 'reuse']],
    ['licence id of an exception: not a licence', ['--licence-id', 'LLVM-exception'], []],
    ['licence id and usable under together', ['--licence-id', 'Apache-2.0', '--licence', 'MIT'], []],
    ['a check satisfied', ['--check', 'dependency-updates'], ['=cmd', 'both', 'dual', 'formula', 'llvm', 'reuse', 'top']],
    [
      'several checks satisfied',
      ['--check', 'readme', '--check', 'dependency-updates'],
      ['both', 'dual', 'formula', 'llvm', 'reuse', 'top'],
    ],
    // a family is judged on the checks of every level this version awards, level 3's included
    ['a family satisfied', ['--family', 'security'], ['top']],
    ['valid at a time', ['--valid-at', '2026-12-01T00:00:00Z'], ['=cmd']],
    [
      'valid at a time, issued with an offset (08:00 UTC)',
      ['--valid-at', '2026-06-01T10:00:00Z', '--min-level', '2'],
      ['both', 'dual', 'formula', 'llvm', 'reuse', 'top'],
    ],
    ['text', ['--text', 'gpl'], ['dual', 'gpl', 'reuse']],
    [
      'text in the project name the manifests state',
      ['--text', 'kommune-forms', '--min-level', '2'],
      ['both', 'dual', 'formula', 'llvm', 'reuse', 'top'],
    ],
  ])('%s', (_name, args, expected) => {
    expect(repos(args).sort()).toEqual(expected.sort())
  })

  test('table and CSV; a cell that a spreadsheet would run as a formula is neutralised', () => {
    const table = runCli(['catalogue', 'query', index])
    expect(table.stdout).toMatch(/^repository\s+L\s+licence\s+passed\s+valid until$/m)
    expect(table.stdout).toContain('8 project(s)')
    const csv = runCli(['catalogue', 'query', index, '--format', 'csv']).stdout.split('\n')
    expect(csv[0]).toBe('repository,level,licence,passed,checks,valid_until,expired')
    expect(csv.find((l) => l.startsWith('https://github.com/a/formula,'))).toContain(`,"'=HYPERLINK(""http://x"")",`)
    expect(runCli(['catalogue', 'query', index, '--licence', 'MIT AND'])).toMatchObject({ status: 2 })
    expect(runCli(['catalogue', 'query', index, '--licence-id', 'MIT OR Apache-2.0'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is not one licence id') as unknown as string,
    })
  })

  test('index.jsonl loads as it is into DuckDB', async () => {
    const db = await DuckDBInstance.create(':memory:')
    const connection = await db.connect()
    const result = await connection.runAndReadAll(
      `select level::INTEGER as level, count(*)::INTEGER as n from read_json_auto('${index.replace(/'/g, "''")}', format='newline_delimited') group by level order by level`,
    )
    expect(result.getRows()).toEqual([
      [0, 1],
      [1, 1],
      [2, 5],
      [3, 1],
    ])
    connection.closeSync()
  })
})

describe('licence ids of an expression', () => {
  test.each<[string | undefined, string[]]>([
    ['Apache-2.0 AND CC0-1.0 AND GPL-3.0-or-later', ['Apache-2.0', 'CC0-1.0', 'GPL-3.0-or-later']],
    ['(MIT OR Apache-2.0) AND BSD-3-Clause', ['MIT', 'Apache-2.0', 'BSD-3-Clause']],
    ['Apache-2.0 WITH LLVM-exception', ['Apache-2.0']],
    ['MIT or mit', ['MIT']],
    ['GPL-2.0+ AND LicenseRef-proprietary', ['GPL-2.0+', 'LicenseRef-proprietary']],
    // not SPDX: the words that look like ids, so a catalogue still finds what a signer wrote
    ['=HYPERLINK("http://x")', ['HYPERLINK', 'http:', 'x']],
    [undefined, []],
  ])('%s', (expression, ids) => {
    expect(licenceIds(expression)).toEqual(ids)
  })
})
