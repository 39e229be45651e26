import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import licenceList from 'spdx-license-list/full.js'
import { check } from '../../../checks/licence/licence-file/index.js'
import { takeSnapshot } from '../../../src/core/snapshot.js'
import { detectProjectLicence } from '../../../src/licence/project-licence.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup, git, makeRepo } from '../../helpers/repo.js'

afterAll(cleanup)

const text = (id: string) => licenceList[id]!.licenseText
const withCopyright = (id: string, holder = 'Jane Doe') =>
  `Copyright (c) 2026 ${holder}\n\n${text(id).replace(/^.*copyright\s*\(c\)\s*<year>.*$/im, '')}`
const pkg = (license: unknown) => JSON.stringify({ name: 'x', version: '1.0.0', license }, null, 2)

async function projectLicence(files: Record<string, string | Buffer>) {
  const root = makeRepo(files)
  return detectProjectLicence(await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] }))
}

describe('project licence detection', () => {
  it.each<[string, Record<string, string>, string, RegExp]>([
    ['one licence file', { LICENSE: withCopyright('MIT') }, 'MIT', /identified in LICENSE$/],
    [
      'third-party notices are not the project licence',
      { 'LICENSE.md': withCopyright('MIT'), 'LICENSE-THIRD-PARTY.txt': `lodash\n${text('MIT')}\n\nleft-pad\n${text('WTFPL')}` },
      'MIT',
      /identified in LICENSE.md$/,
    ],
    [
      'a declared licence that the file confirms',
      { LICENSE: withCopyright('MIT'), 'package.json': pkg('MIT') },
      'MIT',
      /declared in package.json and matching LICENSE/,
    ],
    [
      'two licence files and nothing that says they are a choice',
      { 'LICENSE-MIT': withCopyright('MIT'), 'LICENSE-APACHE': text('Apache-2.0') },
      'Apache-2.0 AND MIT',
      /nothing declares them a choice, so all of them apply \(AND\)/,
    ],
    [
      'two licence files that the README says are a choice',
      {
        'LICENSE-MIT': withCopyright('MIT'),
        'LICENSE-APACHE': text('Apache-2.0'),
        'README.md': '# x\n\n## License\n\nLicensed under either of the Apache License, Version 2.0 or the MIT license, at your option.\n',
      },
      'Apache-2.0 OR MIT',
      /declared in README.md \(its licence section\) and matching LICENSE-APACHE, LICENSE-MIT/,
    ],
    [
      'a top-level licence file and LICENSES/ both count',
      { COPYING: withCopyright('MIT'), 'LICENSES/MIT.txt': withCopyright('MIT'), 'LICENSES/CC0-1.0.txt': text('CC0-1.0') },
      'MIT AND CC0-1.0',
      /several licences \(COPYING, LICENSES\/CC0-1.0.txt, LICENSES\/MIT.txt\)/,
    ],
    ['MIT-LICENSE, as Rails names it', { 'MIT-LICENSE': withCopyright('MIT') }, 'MIT', /identified in MIT-LICENSE$/],
    [
      'a licence file followed by notices of bundled code',
      { COPYING: `${withCopyright('MIT')}\n\njq incorporates David M. Gay's dtoa.c, which bears the following notice:\n\n${text('ISC')}` },
      'MIT',
      /identified in COPYING$/,
    ],
    [
      'a PATENTS file beside the licence stays in the expression',
      {
        LICENSE: withCopyright('BSD-3-Clause'),
        PATENTS: 'Additional Grant of Patent Rights Version 2\n\nThe license granted hereunder will terminate if you sue us.\n',
      },
      'BSD-3-Clause AND LicenseRef-PATENTS',
      /PATENTS adds terms beside it \(LicenseRef-PATENTS\)/,
    ],
    [
      'a declared LicenseRef- and a licence file that is its text',
      {
        'LICENSE-AGPL-3.0': text('AGPL-3.0-or-later'),
        'LICENSE-COMMERCIAL':
          'Licensees holding a valid commercial license with Element may use this software in accordance with the terms contained in a written agreement.\n',
        'pyproject.toml': '[project]\nname = "x"\nlicense = "AGPL-3.0-or-later OR LicenseRef-Element-Commercial"\n',
      },
      'AGPL-3.0-or-later OR LicenseRef-Element-Commercial',
      /declared in pyproject.toml and matching LICENSE-AGPL-3.0/,
    ],
    [
      'only the README holds the licence text',
      { 'README.md': `# x\n\n## Licence\n\n${withCopyright('MIT')}\n` },
      'MIT',
      /declared in README.md \(its licence section\); no licence file says so/,
    ],
    [
      'the operator from the manifest',
      {
        'LICENSE-MIT': withCopyright('MIT'),
        'LICENSE-APACHE': text('Apache-2.0'),
        'Cargo.toml': '[package]\nname = "x"\nversion = "1.0.0"\nlicense = "MIT OR Apache-2.0"\n',
      },
      'MIT OR Apache-2.0',
      /declared in Cargo.toml/,
    ],
    [
      'GPL text with the or-later version declared',
      { COPYING: text('GPL-3.0-or-later'), 'package.json': pkg('GPL-3.0-or-later') },
      'GPL-3.0-or-later',
      /declared in package.json/,
    ],
    ['GPL text alone', { COPYING: text('GPL-3.0-only') }, 'GPL-3.0-only', /also that of GPL-3.0-or-later, and nothing declares which/],
    [
      'the LGPL with the GPL text it adds to',
      { COPYING: text('GPL-3.0-only'), 'COPYING.LESSER': text('LGPL-3.0-only') },
      'LGPL-3.0-only',
      /COPYING.LESSER or COPYING.LIB beside COPYING/,
    ],
    [
      'the gnu.org LGPL-3.0 text (without the GPL) beside the GPL, declared or-later',
      {
        COPYING: readFileSync('/usr/share/common-licenses/GPL-3', 'utf8'),
        'COPYING.LESSER': readFileSync('/usr/share/common-licenses/LGPL-3', 'utf8'),
        'package.json': pkg('LGPL-3.0-or-later'),
      },
      'LGPL-3.0-or-later',
      /declared in package.json and matching COPYING, COPYING.LESSER/,
    ],
    [
      'the LGPL-2.1 beside the GPL-2.0',
      {
        COPYING: readFileSync('/usr/share/common-licenses/GPL-2', 'utf8'),
        'COPYING.LIB': readFileSync('/usr/share/common-licenses/LGPL-2.1', 'utf8'),
      },
      'LGPL-2.1-only',
      /COPYING.LIB beside COPYING/,
    ],
    [
      'an identifier file keeps "or later"',
      { LICENSE: 'SPDX-License-Identifier: GPL-2.0+\n' },
      'GPL-2.0-or-later',
      /identified in LICENSE/,
    ],
    [
      'an identifier file keeps AND and WITH',
      { LICENSE: '// SPDX-License-Identifier: MIT AND Apache-2.0 WITH LLVM-exception */\n' },
      'MIT AND Apache-2.0 WITH LLVM-exception',
      /identified in LICENSE/,
    ],
    [
      'REUSE LICENSES/ folder',
      { 'LICENSES/MIT.txt': text('MIT'), 'LICENSES/CC0-1.0.txt': text('CC0-1.0') },
      'CC0-1.0 AND MIT',
      /so all of them apply \(AND\)/,
    ],
    [
      'an SPDX identifier as the whole licence file',
      { LICENSE: 'SPDX-License-Identifier: EUPL-1.2\n' },
      'EUPL-1.2',
      /identified in LICENSE/,
    ],
    [
      'pyproject (PEP 639) only',
      { 'pyproject.toml': '[project]\nname = "x"\nlicense = "BSD-3-Clause"\n' },
      'BSD-3-Clause',
      /no licence file says so/,
    ],
    [
      'a pom.xml licence name',
      {
        LICENSE: text('Apache-2.0'),
        'pom.xml': '<project><licenses><license><name>The Apache Software License, Version 2.0</name></license></licenses></project>',
      },
      'Apache-2.0',
      /declared in pom.xml/,
    ],
    [
      'two pom.xml licences as a choice',
      {
        'LICENSE-MIT': withCopyright('MIT'),
        'LICENSE-APACHE': text('Apache-2.0'),
        'pom.xml':
          '<project><licenses><license><name>MIT</name></license><license><name>Apache License, Version 2.0</name></license></licenses></project>',
      },
      'MIT OR Apache-2.0',
      /declared in pom.xml and matching/,
    ],
    [
      'a gemspec, read not run',
      { LICENSE: withCopyright('MIT'), 'x.gemspec': 'Gem::Specification.new do |spec|\n  spec.name = "x"\n  spec.license = "MIT"\nend\n' },
      'MIT',
      /declared in x.gemspec/,
    ],
  ])('%s', async (_name, files, expression, reason) => {
    const result = await projectLicence(files)
    expect(result.expression).toBe(expression)
    expect(result.reason).toMatch(reason)
  })
})

describe('licence-file check', () => {
  it('passes an open licence and names the files', async () => {
    const run = await runCheckOn(check, { LICENSE: withCopyright('EUPL-1.2'), 'package.json': pkg('EUPL-1.2') })
    expect(run.status).toBe('pass')
    expect(run.messages[0]).toBe(
      'the project is under EUPL-1.2 (EUPL-1.2: OSI-approved, free according to the FSF); declared in package.json and matching LICENSE [LICENSE: EUPL-1.2 (template)]',
    )
  })

  it('fails a declared licence that the licence file contradicts, at the manifest line', async () => {
    const run = await runCheckOn(check, { LICENSE: text('Apache-2.0'), 'package.json': pkg('MIT') })
    expect(run.status).toBe('fail')
    const finding = run.findings.find((f) => /declares MIT/.test(f.message))
    expect(finding).toMatchObject({
      message: 'package.json: declares MIT, but the licence files say Apache-2.0',
      location: { path: 'package.json', startLine: 4 },
    })
  })

  it('fails a non-commercial licence and never reads it as its open sibling', async () => {
    const run = await runCheckOn(check, { LICENSE: text('CC-BY-NC-4.0') })
    expect(run.status).toBe('fail')
    expect(run.messages).toContain(
      'the project licence CC-BY-NC-4.0 is not open: CC-BY-NC-4.0 restricts use or changes (non-commercial, no-derivatives or source-available)',
    )
  })

  it('names the closest licence and what differs for a modified text', async () => {
    const modified = withCopyright('MIT').replace(/free\s+of\s+charge/, 'for a fee of ten euros per copy, for non-commercial use only')
    const run = await runCheckOn(check, { LICENSE: modified })
    expect(run.status).toBe('fail')
    expect(run.messages[0]).toMatch(
      /^LICENSE: not identified as an SPDX licence; closest is MIT \(9\d\.\d% of its fixed words in place\): lacks "free" near word 16 of the licence; adds "for a fee" near word 16 of the licence/,
    )
  })

  it('fails without any licence', async () => {
    const run = await runCheckOn(check, { 'README.md': '# x\n' })
    expect(run).toMatchObject({
      status: 'fail',
      messages: ['no project licence: no licence file, no declared licence and no licence section in the README'],
    })
  })

  it('warns about a declared licence that is not an SPDX expression, and passes', async () => {
    const run = await runCheckOn(check, { LICENSE: text('Apache-2.0'), 'package.json': pkg('Apache 2.0') })
    expect(run.status).toBe('pass')
    expect(run.findings).toContainEqual(
      expect.objectContaining({ severity: 'warning', message: 'package.json: "Apache 2.0" is not an SPDX expression; read as Apache-2.0' }),
    )
  })

  it('reads licence files in UTF-16 and Latin-1', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withCopyright('BSD-3-Clause', 'Jérôme Lefèvre'), 'utf16le')])
    const latin1 = Buffer.from(withCopyright('ISC', 'Jérôme Lefèvre'), 'latin1')
    const run = await runCheckOn(check, { 'LICENSE-BSD': utf16 as unknown as string, 'LICENSE-ISC': latin1 as unknown as string })
    expect(run.status).toBe('pass')
    expect(run.messages[0]).toMatch(/^the project is under BSD-3-Clause AND ISC/)
  })

  it('refuses a 50 MB COPYING file with a finding, without reading it', async () => {
    const root = makeRepo({ LICENSE: withCopyright('MIT') })
    writeFileSync(join(root, 'COPYING'), '')
    truncateSync(join(root, 'COPYING'), 50 * 1024 * 1024)
    git(root, ['add', 'COPYING'])
    git(root, ['commit', '-qm', 'big'])
    const run = await runCheckOn(check, {}, { root })
    expect(run.messages).toContain('COPYING is 50 MiB, too large to be a licence text (at most 1.0 MiB are read)')
  })

  it('does not follow a licence file that links out of the repository', async () => {
    const root = makeRepo({ 'README.md': '# x\n' })
    symlinkSync('/usr/share/common-licenses/GPL-3', join(root, 'LICENSE'))
    git(root, ['add', 'LICENSE'])
    git(root, ['commit', '-qm', 'link'])
    const run = await runCheckOn(check, {}, { root })
    expect(run.status).toBe('fail')
    expect(run.messages[0]).toMatch(/^LICENSE is a symlink to \/usr\/share\/common-licenses\/GPL-3, outside the repository; not followed/)
  })

  it('a long line after an SPDX tag takes no time (the pattern cannot backtrack)', async () => {
    const run = await runCheckOn(check, { LICENSE: `SPDX-License-Identifier: MIT${' '.repeat(100_000)}x` })
    expect(run.status).toBe('fail')
  })

  it('fails declarations that disagree with each other', async () => {
    const run = await runCheckOn(check, {
      COPYING: text('GPL-3.0-only'),
      'package.json': pkg('GPL-3.0-only'),
      'publiccode.yml': 'publiccodeYmlVersion: "0.4"\nlegal:\n  license: GPL-3.0-or-later\n',
    })
    expect(run.status).toBe('fail')
    expect(run.messages).toContain('publiccode.yml: declares GPL-3.0-or-later, but package.json declares GPL-3.0-only')
  })

  it('identifies a licence whose names are filled in, as the template allows', async () => {
    const bsd = `Copyright (c) 2026, Acme\n\n${text('BSD-3-Clause')
      .replace(/^Copyright.*$/m, '')
      .replace('the copyright holder nor', 'Acme Corporation nor')}`
    const run = await runCheckOn(check, { LICENSE: bsd })
    expect(run).toMatchObject({ status: 'pass', messages: [expect.stringMatching(/^the project is under BSD-3-Clause /)] })
  })

  it('warns about a licence file that goes on with notices of bundled code', async () => {
    const run = await runCheckOn(check, {
      COPYING: `${withCopyright('MIT')}\n\nThe bundled parser is under these terms:\n\n${text('ISC')}`,
    })
    expect(run.status).toBe('pass')
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/^COPYING: the MIT text, followed by \d+ more words \("The bundled parser is under these terms:/),
      }),
    )
  })

  it('says unknown for terms beside the licence that no list rates, and passes once the policy allows them', async () => {
    const files = {
      LICENSE: withCopyright('BSD-3-Clause'),
      PATENTS: 'Additional Grant of Patent Rights Version 2\n\nThe license granted hereunder will terminate if you sue us.\n',
    }
    const run = await runCheckOn(check, files)
    expect(run.status).toBe('unknown')
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        status: 'unknown',
        message: expect.stringMatching(
          /^whether the project licence BSD-3-Clause AND LicenseRef-PATENTS is open cannot be told from the lists: .*LicenseRef-PATENTS is not on the SPDX list/,
        ),
        remediation: expect.stringContaining('allow-licence-refs'),
      }),
    )
    const allowed = await runCheckOn(check, files, { checkOptions: { 'allow-licence-refs': ['LicenseRef-PATENTS'] } })
    expect(allowed.status).toBe('pass')
  })

  it('fails a REUSE licence text that is not the licence its name says', async () => {
    const run = await runCheckOn(check, { 'LICENSES/MIT.txt': text('ISC') })
    expect(run.status).toBe('fail')
    expect(run.messages).toContain('LICENSES/MIT.txt is named MIT, but its text is that of ISC')
  })

  it('a REUSE LicenseRef- text that is an open SPDX licence is open', async () => {
    const run = await runCheckOn(check, { 'LICENSES/LicenseRef-MIT.txt': withCopyright('MIT') })
    expect(run.status).toBe('pass')
    expect(run.messages).toContain('LICENSES/LicenseRef-MIT.txt: LicenseRef-MIT, whose text is that of MIT')
  })

  it('a licence file that is only a binary or one long line is not identified, and ends in bounded time', async () => {
    const run = await runCheckOn(check, {
      LICENSE: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]) as unknown as string,
      'LICENSE.txt': 'Permission is hereby granted '.repeat(30_000),
    })
    expect(run.status).toBe('fail')
    expect(run.messages.some((m) => /^LICENSE.*binary/.test(m))).toBe(true)
    expect(run.messages.some((m) => /^LICENSE.txt: not identified as an SPDX licence/.test(m))).toBe(true)
  })

  it('reports a declared expression that is unbalanced or 10,000 terms long', async () => {
    const run = await runCheckOn(check, {
      LICENSE: withCopyright('MIT'),
      'package.json': pkg('MIT OR (Apache-2.0'),
      'composer.json': JSON.stringify({ license: Array.from({ length: 10_000 }, () => 'MIT').join(' AND ') }),
    })
    expect(run.status).toBe('fail')
    expect(run.messages).toContain('package.json: licence "MIT OR (Apache-2.0": the "(" at column 8 is never closed')
    expect(
      run.messages.some((m) => /^composer.json: licence "MIT AND MIT .*": the expression has more than 256 licence terms$/.test(m)),
    ).toBe(true)
  })
})
