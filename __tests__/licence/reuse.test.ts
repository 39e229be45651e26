import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../checks/licence/reuse-compliance/index.js'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { lintReuse, lintReuseWithAllFiles, extractTags, parseReuseToml } from '../../src/licence/reuse/index.js'
import { compileTomlGlob, compileDep5Glob } from '../../src/licence/reuse/globs.js'
import { parseDep5 } from '../../src/licence/reuse/dep5.js'
import { runCheckOn, TEST_NOW } from '../helpers/check.js'
import { validateReport } from '../helpers/schemas.js'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { renderJson } from '../../src/report/json.js'
import { organisationFiles } from '../../src/docs/organisation-files.js'
import { githubReleases } from '../../src/docs/github-releases.js'
import { cleanup, fixtureRepo, makeRepo } from '../helpers/repo.js'

afterAll(cleanup)

async function lintFixture(name: string, exclude: string[] = []) {
  const root = fixtureRepo(`../reuse/${name}`)
  const repo = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude })
  return { root, lint: await lintReuseWithAllFiles(repo) }
}

describe('tags in a file', () => {
  test.each<[string, string, string[], string[]]>([
    [
      'hash comments',
      '# SPDX-FileCopyrightText: 2026 Jane\n# SPDX-License-Identifier: MIT\n',
      ['SPDX-FileCopyrightText: 2026 Jane'],
      ['MIT'],
    ],
    ['a C block comment', '/* SPDX-License-Identifier: MIT */\n/* Copyright (c) 2020 Bob */', ['Copyright (c) 2020 Bob'], ['MIT']],
    ['HTML comment', '<!-- SPDX-License-Identifier: EUPL-1.2 -->', [], ['EUPL-1.2']],
    ['a framed comment', '|* SPDX-License-Identifier: MIT *|', [], ['MIT']],
    ['a markup attribute', '<meta content="SPDX-License-Identifier: MIT" />', [], ['MIT']],
    ['the copyright sign', '// © 2021 Legal Team', ['© 2021 Legal Team'], []],
    ['a snippet notice', '# SPDX-SnippetCopyrightText: 2019 Upstream', ['SPDX-SnippetCopyrightText: 2019 Upstream'], []],
    ['not notices: "Copyright:" and "copyrighted"', 'Copyright: yes\nthis is copyrighted by me\nCopyright', [], []],
    ['a tag without a space after the colon', 'SPDX-License-Identifier:MIT', [], []],
    ['an ignore block', 'REUSE-IgnoreStart\nSPDX-License-Identifier: MIT\nREUSE-IgnoreEnd\nSPDX-License-Identifier: 0BSD', [], ['0BSD']],
    ['an ignore block that is never closed', 'SPDX-License-Identifier: MIT\nREUSE-IgnoreStart\nSPDX-License-Identifier: 0BSD', [], ['MIT']],
    ['a tag far from the top', `${'x\n'.repeat(5000)}// SPDX-License-Identifier: MIT`, [], ['MIT']],
  ])('%s', (_name, text, copyrights, expressions) => {
    const tags = extractTags(text)
    expect(tags.copyrights.map((c) => c.value)).toEqual(copyrights)
    expect(tags.expressions.map((e) => e.value)).toEqual(expressions)
  })

  test('lines are counted, also with CRLF', () => {
    const tags = extractTags('a\r\nb\r\n# SPDX-License-Identifier: MIT\r\n\r\n# Copyright 2020 X\r\n')
    expect(tags.expressions).toEqual([{ value: 'MIT', line: 3 }])
    expect(tags.copyrights).toEqual([{ value: 'Copyright 2020 X', line: 5 }])
  })

  test('an unclosed snippet and a stray end are reported with their lines', () => {
    expect(extractTags('# SPDX-SnippetEnd\n\n# SPDX-SnippetBegin\n').unbalancedSnippets).toEqual([
      { line: 1, message: 'SPDX-SnippetEnd closes no SPDX-SnippetBegin' },
      { line: 3, message: 'SPDX-SnippetBegin is never closed by SPDX-SnippetEnd' },
    ])
  })

  test('a tag line seen in many files is worked out once, and each file gets its own line numbers and ignore blocks', () => {
    const line = '// SPDX-License-Identifier: MIT OR Apache-2.0 */'
    expect(extractTags(`${line}\n`).expressions).toEqual([{ value: 'MIT OR Apache-2.0', line: 1 }])
    expect(extractTags(`x\ny\n${line}\n`).expressions).toEqual([{ value: 'MIT OR Apache-2.0', line: 3 }])
    // the same line inside an ignore block counts for nothing; a marker on the line itself cuts the value
    expect(extractTags(`// REUSE-IgnoreStart\n${line}\n// REUSE-IgnoreEnd\n`).expressions).toEqual([])
    expect(extractTags('// SPDX-License-Identifier: MIT REUSE-IgnoreStart GPL-3.0 REUSE-IgnoreEnd\n').expressions).toEqual([
      { value: 'MIT', line: 1 },
    ])
    const tags = extractTags('# SPDX-SnippetBegin\n# SPDX-SnippetCopyrightText: 2026 A\n# SPDX-SnippetEnd\n# SPDX-SnippetEnd\n')
    expect(tags.copyrights).toEqual([{ value: 'SPDX-SnippetCopyrightText: 2026 A', line: 2 }])
    expect(tags.unbalancedSnippets).toEqual([{ line: 4, message: 'SPDX-SnippetEnd closes no SPDX-SnippetBegin' }])
  })

  test('a 10 MB file of tags is scanned in linear time', () => {
    const text = '// Copyright 2020 A (c) SPDX-License-Identifier: MIT ©\n'.repeat(200_000)
    const started = performance.now()
    const tags = extractTags(text)
    expect(tags.expressions).toHaveLength(200_000)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('tags on one long line', () => {
  test('only the first SPDX-License-Identifier of a line counts, as the REUSE tool reads it; its value runs to the end of the line', () => {
    expect(extractTags('// SPDX-License-Identifier: MIT SPDX-License-Identifier: GPL-3.0-only\n').expressions).toEqual([
      { value: 'MIT SPDX-License-Identifier: GPL-3.0-only', line: 1 },
    ])
  })

  test.each([
    ['20,000 identifiers', 'SPDX-License-Identifier: MIT '.repeat(20_000)],
    ['20,000 notices and an ignore marker', `${'Copyright 2026 A '.repeat(20_000)}REUSE-IgnoreStart x REUSE-IgnoreEnd`],
    ['20,000 identifiers after an ignore block', `REUSE-IgnoreStart x REUSE-IgnoreEnd ${'SPDX-License-Identifier: MIT '.repeat(20_000)}`],
  ])('%s on one line: one value, in bounded time', (_, line) => {
    const tags = extractTags(`// ${line}\n`)
    expect(tags.expressions.length + tags.copyrights.length).toBe(1)
  })
})

describe('REUSE.toml globs', () => {
  test.each<[string, string, boolean]>([
    ['*.md', 'README.md', true],
    ['*.md', 'docs/guide.md', false],
    ['*', '.hidden', true],
    ['src/**', 'src/a/b/c.py', true],
    ['**/*.png', 'a/b/c.png', true],
    ['**/*.png', 'c.png', true],
    ['src/*/x.txt', 'src/a/x.txt', true],
    ['src/*/x.txt', 'src/a/b/x.txt', false],
    ['weird\\*name', 'weird*name', true],
    ['weird\\*name', 'weirdXname', false],
    ['a?b', 'a?b', true],
    ['a?b', 'axb', false],
    ['[ab].txt', '[ab].txt', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(compileTomlGlob(pattern).matches(path)).toBe(expected)
  })

  test('dep5 globs: * crosses folders, ? is one character', () => {
    expect(compileDep5Glob('data/*').matches('data/a/b.json')).toBe(true)
    expect(compileDep5Glob('a?.txt').matches('ab.txt')).toBe(true)
  })

  test('many wildcards on a long path stay fast (no backtracking)', () => {
    const glob = compileTomlGlob(`${'**a'.repeat(30)}b`)
    const started = performance.now()
    expect(glob.matches('a'.repeat(4000))).toBe(false)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('REUSE.toml parsing', () => {
  test.each<[string, string, RegExp]>([
    ['invalid TOML', 'version = 1\n[[annotations]\n', /REUSE\.toml:2: invalid TOML: .*the file was not applied/],
    ['no version', '[[annotations]]\npath = "a"\n', /REUSE\.toml:1: no version; REUSE\.toml must say version = 1/],
    [
      'a table without path',
      'version = 1\n\n[[annotations]]\nSPDX-License-Identifier = "MIT"\n',
      /REUSE\.toml:3: \[\[annotations\]\] needs path/,
    ],
    [
      'an unknown precedence',
      'version = 1\n[[annotations]]\npath = "a"\nprecedence = "first"\n',
      /REUSE\.toml:2: precedence "first" is not/,
    ],
    ['a path out of the folder', 'version = 1\n[[annotations]]\npath = "../x"\n', /REUSE\.toml:2: path "\.\.\/x" points outside/],
    [
      'an override of everything',
      'version = 1\n[[annotations]]\npath = "**"\nprecedence = "override"\n',
      /REUSE\.toml:2: path "\*\*" with precedence override matches every file/,
    ],
  ])('%s', (_name, text, message) => {
    const { problems } = parseReuseToml('REUSE.toml', text)
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(message))
  })
})

describe('dep5 parsing', () => {
  test('paragraphs, multi-line copyright, licence synopsis', () => {
    const { dep5, problems } = parseDep5('Format: x\n\nFiles: a/* b\nCopyright: 2020 A\n 2021 B\nLicense: MIT\n Permission is granted...\n')
    expect(problems).toEqual([])
    expect(dep5?.paragraphs[0]).toMatchObject({ line: 3, copyrights: ['2020 A', '2021 B'], expression: 'MIT' })
  })
  test('no Format header is an error with its line', () => {
    expect(parseDep5('Files: *\nCopyright: x\nLicense: MIT\n').problems).toEqual([
      { line: 1, message: 'the first paragraph has no Format: field; this is not a machine-readable copyright file' },
    ])
  })
})

describe('the memoised lint of a run', () => {
  test('keeps only the non-compliant files, with the same verdicts as the lint of every file', async () => {
    const { root, lint: all } = await lintFixture('missing-info')
    const repo = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })
    const run = await lintReuse(repo)
    expect(run.json.non_compliant).toEqual(all.json.non_compliant)
    expect(run.json.summary).toEqual(all.json.summary)
    const flagged = new Set([...all.json.non_compliant.missing_copyright_info, ...all.json.non_compliant.missing_licensing_info])
    expect(run.json.files.map((f) => f.path)).toEqual(all.json.files.map((f) => f.path).filter((p) => flagged.has(p)))
    expect(all.json.files.length).toBeGreaterThan(run.json.files.length)
  })
})

describe('REUSE.toml precedence (spec 3.3)', () => {
  test('closest, aggregate and override, with nested REUSE.toml files', async () => {
    const { lint } = await lintFixture('reuse-toml')
    const info = (path: string) => {
      const f = lint.json.files.find((x) => x.path === path)!
      return {
        copyrights: f.copyrights.map((c) => `${c.value} @${c.source}`),
        licences: f.spdx_expressions.map((e) => `${e.value} @${e.source}`),
      }
    }
    // a binary covered by the root table
    expect(info('assets/photo.png')).toEqual({
      copyrights: ['2026 Design Team @REUSE.toml'],
      licences: ['CC-BY-4.0 @REUSE.toml'],
    })
    // the closer REUSE.toml wins over the root one
    expect(info('assets/icons/a.svg')).toEqual({
      copyrights: ['2026 Icon Author @assets/REUSE.toml'],
      licences: ['MIT @assets/REUSE.toml'],
    })
    // closest is applied separately: the file's own copyright, the table's licence
    expect(info('assets/icons/b.svg')).toEqual({
      copyrights: ['SPDX-FileCopyrightText: 2025 Someone Else @assets/icons/b.svg'],
      licences: ['MIT @assets/REUSE.toml'],
    })
    // the top-most override replaces the file's header and the closer REUSE.toml
    expect(info('vendor/lib/x.js')).toEqual({
      copyrights: ['2019 Upstream Ltd @REUSE.toml'],
      licences: ['Apache-2.0 @REUSE.toml'],
    })
    // aggregate adds to the file's own information
    expect(info('po/de.po')).toEqual({
      copyrights: ['SPDX-FileCopyrightText: 2026 Jane Doe @po/de.po', '2026 Translators @REUSE.toml'],
      licences: ['MIT @po/de.po', 'CC0-1.0 @REUSE.toml'],
    })
    // "*.md" does not cross folders
    expect(lint.json.non_compliant.missing_licensing_info).toEqual(['docs/guide.md'])
    expect(lint.json.non_compliant).toMatchObject({ missing_licenses: {}, bad_licenses: {}, unused_licenses: [] })
    expect(lint.json.summary.used_licenses).toEqual(['Apache-2.0', 'CC-BY-4.0', 'CC0-1.0', 'MIT'])
  })
})

describe('bad input: a clear finding, no crash, bounded time', () => {
  test('one invalid REUSE.toml expression for many files: a problem per file, in path order however the files were read', async () => {
    const root = makeRepo({
      'REUSE.toml':
        'version = 1\n\n[[annotations]]\npath = "*.txt"\nSPDX-FileCopyrightText = "2026 A"\nSPDX-License-Identifier = "MIT OR"\n',
      // over the bulk read's limit, so it is read last, one by one
      'a.txt': 'x'.repeat(300 * 1024),
      'b.txt': 'b',
      'c.txt': 'c',
    })
    const lint = await lintReuse(await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] }))
    const forFiles = lint.problems.filter((p) => p.path === 'REUSE.toml').map((p) => /\(for (\S+)\)/.exec(p.message)?.[1])
    expect(forFiles).toEqual(['a.txt', 'b.txt', 'c.txt'])
  })

  test('invalid REUSE.toml, orphan .license, unbalanced and 10,000-term expressions, UTF-16 and Latin-1 files', async () => {
    const started = performance.now()
    const root = fixtureRepo('../reuse/bad-input')
    const run = await runCheckOn(check, {}, { root })
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^REUSE\.toml:5: invalid TOML: .*the file was not applied$/),
        'ghost.png.license:1: describes ghost.png, which does not exist; remove it or restore ghost.png',
        expect.stringMatching(
          /^src\/unbalanced\.py:2: SPDX-License-Identifier "\(MIT OR Apache-2\.0" is not a valid SPDX expression: the "\(" at column 1 is never closed$/,
        ),
        expect.stringMatching(
          /^src\/huge-expression\.py:2: SPDX-License-Identifier ".*\.\.\." is not a valid SPDX expression: the expression has more than 256 licence terms$/,
        ),
        'src/unbalanced.py: no licence (SPDX-License-Identifier), neither in the file, in unbalanced.py.license, nor in REUSE.toml',
      ]),
    )
    const invalid = run.findings.find((f) => f.message.startsWith('src/unbalanced.py:2'))
    expect(invalid?.location).toEqual({ path: 'src/unbalanced.py', startLine: 2, startColumn: 1 })
    // UTF-16 (with BOM) and Latin-1 files are decoded and their tags read
    const repo = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })
    const files = (await lintReuseWithAllFiles(repo)).json.files
    expect(files.find((f) => f.path === 'src/utf16.txt')?.copyrights[0]?.value).toBe('SPDX-FileCopyrightText: 2026 Jürgen Müller')
    expect(files.find((f) => f.path === 'src/latin1.txt')?.copyrights[0]?.value).toBe('© 2026 Jürgen Müller')
  })

  test('a REUSE.toml that overrides every file is a warning; the files are covered', async () => {
    const run = await runCheckOn(check, {
      'REUSE.toml':
        'version = 1\n[[annotations]]\npath = "**"\nprecedence = "override"\nSPDX-FileCopyrightText = "2026 Jane"\nSPDX-License-Identifier = "MIT"\n',
      'a.py': 'print(1)\n',
      'LICENSES/MIT.txt': 'MIT License\n',
    })
    expect(run.status).toBe('pass')
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('REUSE.toml:2: path "**" with precedence override matches every file'),
      }),
    )
  })

  test('REUSE.toml and .reuse/dep5 together: an error, dep5 not applied', async () => {
    const run = await runCheckOn(check, {
      'REUSE.toml': 'version = 1\n',
      '.reuse/dep5': 'Format: x\n\nFiles: *\nCopyright: 2026 A\nLicense: MIT\n',
      'a.py': 'print(1)\n',
      'LICENSES/MIT.txt': 'MIT License\n',
    })
    expect(run.messages).toContainEqual('.reuse/dep5:1: REUSE.toml and .reuse/dep5 must not be used together; .reuse/dep5 was not applied')
  })
})

describe('reuse-compliance findings', () => {
  test('a compliant project passes, naming its licences', async () => {
    const run = await runCheckOn(check, {}, { root: fixtureRepo('../reuse/compliant') })
    expect(run).toMatchObject({
      status: 'pass',
      messages: ['7 files, all with copyright and licensing information; licences: CC0-1.0, MIT'],
    })
  })

  test('one finding per non-compliant file, with the path, and the line where there is one', async () => {
    const run = await runCheckOn(check, {}, { root: fixtureRepo('../reuse/licences-folder') })
    expect(run.status).toBe('fail')
    expect(run.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          message: 'LICENSES/Foo.txt: "Foo" is not an SPDX licence identifier, so this file is not a licence text REUSE recognises',
          location: { path: 'LICENSES/Foo.txt' },
        }),
        expect.objectContaining({ message: 'LICENSES/GPL-3.0.txt: GPL-3.0 is a deprecated SPDX identifier' }),
        expect.objectContaining({ message: 'LICENSES/MIT: the licence text has no file extension' }),
        expect.objectContaining({ message: 'LICENSES/Apache-2.0.txt: no file is licensed under Apache-2.0' }),
        expect.objectContaining({
          message: 'src/c.py:3: BSD-3-Clause has no licence text in LICENSES/',
          location: { path: 'src/c.py', startLine: 3 },
        }),
        expect.objectContaining({
          message: 'src/d.py:3: "Nonsense-1.0" is not an SPDX licence identifier, nor a LicenseRef- with a text in LICENSES/',
        }),
        expect.objectContaining({ message: 'src/g.py:3: Classpath-exception-2.0 has no licence text in LICENSES/' }),
      ]),
    )
    // a bad id is not also reported as missing
    expect(run.messages.filter((m) => m.startsWith('src/d.py'))).toHaveLength(1)
  })

  test('files without information', async () => {
    const run = await runCheckOn(check, {}, { root: fixtureRepo('../reuse/missing-info') })
    expect(run.messages).toEqual(
      expect.arrayContaining([
        'data/blob.bin: no copyright notice and no licence, neither in the file, in blob.bin.license, nor in REUSE.toml',
        'src/no-copyright.c: no copyright notice (SPDX-FileCopyrightText), neither in the file, in no-copyright.c.license, nor in REUSE.toml',
        'src/no-licence.c: no licence (SPDX-License-Identifier), neither in the file, in no-licence.c.license, nor in REUSE.toml',
      ]),
    )
  })

  test('dep5 is applied with a deprecation warning', async () => {
    const run = await runCheckOn(check, {}, { root: fixtureRepo('../reuse/dep5') })
    expect(run.findings).toContainEqual(
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('.reuse/dep5: the DEP5 file is deprecated') }),
    )
    expect(run.messages).toContainEqual(
      'src/uncovered.py: no copyright notice and no licence, neither in the file, in uncovered.py.license, nor in REUSE.toml',
    )
  })

  test('paths excluded by the configuration are listed as excluded, not dropped', async () => {
    const { lint } = await lintFixture('missing-info', ['data/**'])
    expect(lint.excluded).toEqual([{ path: 'data/blob.bin', reason: 'config exclude: data/**' }])
    expect(lint.json.non_compliant.missing_copyright_info).not.toContain('data/blob.bin')
    const root = fixtureRepo('../reuse/missing-info')
    const repo = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: ['data/**'] })
    const network = { enabled: false, allowHosts: [] }
    const findings = await check.run({
      repo,
      git: {} as never,
      options: {},
      now: new Date(),
      network,
      organisation: organisationFiles({ network }),
      releases: githubReleases({ network }),
    })
    expect(findings).toContainEqual({
      status: 'pass',
      severity: 'warning',
      message: '1 excluded path(s) were not checked for copyright and licensing information: data/blob.bin (config exclude: data/**)',
    })
  })
})

describe('excluded paths and the licences REUSE.toml gives them', () => {
  test('a licence text used only by excluded files under a REUSE.toml annotation is used, not unused', async () => {
    const toml = (license: string) =>
      `version = 1\n\n[[annotations]]\npath = "**"\nSPDX-FileCopyrightText = "2026 A"\nSPDX-License-Identifier = "EUPL-1.2"\n\n[[annotations]]\npath = "fixtures/**"\nprecedence = "override"\nSPDX-FileCopyrightText = "2026 B"\nSPDX-License-Identifier = "${license}"\n`
    const files = {
      'src/a.ts': 'export {}\n',
      'fixtures/copied/notes.txt': 'copied text\n',
      'LICENSES/EUPL-1.2.txt': 'EUPL text\n',
      'LICENSES/MIT.txt': 'MIT text\n',
      'LICENSES/curl.txt': 'curl text\n',
    }
    const lint = async (license: string) =>
      lintReuse(
        await takeSnapshot({ root: makeRepo({ ...files, 'REUSE.toml': toml(license) }), maxFileBytes: 1 << 20, exclude: ['fixtures/**'] }),
      )
    expect((await lint('MIT OR curl')).json.non_compliant.unused_licenses).toEqual([])
    expect((await lint('MIT')).json.non_compliant.unused_licenses).toEqual(['curl'])
  })
})

describe('the reuse section of report.json', () => {
  test('has the fields of reuse lint --json, lists the non-compliant files and the excluded paths, and is valid', async () => {
    const root = fixtureRepo('../reuse/missing-info', {
      commits: [
        { files: { '.ois-ready.yml': '# SPDX-FileCopyrightText: 2026 Jane Doe\n# SPDX-License-Identifier: MIT\nexclude:\n  - data/**\n' } },
      ],
    })
    const { report } = await checkRepository({ path: root, failOn: 'none', now: TEST_NOW })
    const reportJson = JSON.parse(renderJson(report))
    expect(validateReport(reportJson)).toBe(true)
    expect(Object.keys(report.reuse!)).toEqual([
      'lint_version',
      'reuse_spec_version',
      'reuse_tool_version',
      'files',
      'non_compliant',
      'summary',
      'recommendations',
      'excluded',
    ])
    expect(report.reuse!.files.map((f) => f.path)).toEqual(['Makefile', 'src/no-copyright.c', 'src/no-licence.c', 'src/nothing.c'])
    expect(report.reuse!.summary).toEqual({
      used_licenses: ['MIT'],
      files_total: 6,
      files_with_copyright_info: 3,
      files_with_licensing_info: 3,
      compliant: false,
    })
    expect(report.reuse!.excluded).toEqual([{ path: 'data/blob.bin', reason: 'config exclude: data/**' }])
  })
})
