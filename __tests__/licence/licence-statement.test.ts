/**
 * Statements that name licences instead of holding their text, read on the words real projects
 * write: a short COPYING, a README's licence section, the GNU notice at the head of a source
 * file, a LicenseRef- text that is a notice, and files of notices of others' work.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { gnuNotices, readStatement } from '../../src/licence/licence-statement.js'
import { fileLicence } from '../../src/licence/source-notices.js'
import { plainLicenceText } from '../../src/licence/templates/render.js'
import { readNoticesFile } from '../../src/licence/third-party-notices.js'

const real = (path: string) => readFileSync(new URL(`../../fixtures/real/${path}`, import.meta.url), 'utf8')

/** A README's section under its heading, rendered as the README reader renders it. */
function section(path: string, heading: string): string {
  const text = real(path)
  const from = text.indexOf(`\n${heading}\n`)
  const to = text.indexOf('\n#', from + heading.length + 2)
  return plainLicenceText(text.slice(from, to < 0 ? undefined : to), 'markdown')
}

describe('licence statements', () => {
  it.each([
    // "This project is dual-licensed under the Unlicense and MIT licenses. You may use this code under the terms of either license."
    ['ripgrep COPYING', () => real('ripgrep/COPYING'), ['Unlicense', 'MIT'], 'Unlicense OR MIT'],
    // its "either version 3 ..., or (at your option) any later version" is about versions, not a choice of licences
    [
      'fdroidclient README licence section',
      () => section('fdroidclient/README.md', '## License'),
      ['GPL-3.0-or-later'],
      'GPL-3.0-or-later',
    ],
    // the title line of a file that holds both texts
    ['CsvHelper LICENSE.txt title', () => real('CsvHelper/LICENSE.txt').split('\n')[0]!, ['MS-PL'], 'MS-PL'],
    // gotosocial's vendored go-blurhash README, its licence section
    ['a short GNU name with "+"', () => 'GNU GPLv3+', ['GPL-3.0-or-later'], 'GPL-3.0-or-later'],
  ])('%s', (_name, text, ids, expression) => {
    expect(readStatement(text())).toEqual({ ids, expression, proxies: [] })
  })

  it('reads the GNU notice of a LicenseRef- text, and the proxy that may accept later versions (KDE)', () => {
    expect(readStatement(real('kdeconnect-kde/LICENSES/LicenseRef-KDE-Accepted-GPL.txt'))).toEqual({
      ids: ['GPL-3.0-only'],
      expression: 'GPL-3.0-only',
      proxies: [{ id: 'GPL-3.0-only', proxy: 'the membership of KDE e.V.' }],
    })
  })

  it.each([
    // without "or later", a numbered version is that version only (GPL-3.0, section 14)
    ['the GNU Lesser General Public License version 2.1 as published by the Free Software Foundation.', 'LGPL-2.1-only'],
    ['under the GNU General Public License v2 only', 'GPL-2.0-only'],
    ['licensed under LGPLv2.1 or later', 'LGPL-2.1-or-later'],
    ['the GNU Library General Public License, version 2, or any later version', 'LGPL-2.0-or-later'],
  ])('%s: %s', (text, id) => {
    expect(gnuNotices(text).map((n) => n.id)).toEqual([id])
  })

  it('does not guess -only or -or-later from a bare "GPLv3", nor read a licence from words that name none', () => {
    expect(readStatement('This program is released under the GPLv3.')).toBeUndefined()
    expect(readStatement('curl is a command line tool and library for transferring data with URLs.')).toBeUndefined()
  })

  it('takes licences named without a word of choice as all applying', () => {
    expect(readStatement('The code is under the MIT License and the documentation under CC-BY-4.0.')?.expression).toBe('MIT AND CC-BY-4.0')
  })
})

describe('the licence a source file says it is under', () => {
  it.each([
    ['gotosocial: its SPDX tag, before the notice', 'gotosocial/cmd/gen-ulid/main.go', 'AGPL-3.0-or-later'],
    [
      'kdeconnect-kde: an OR expression in the tag',
      'kdeconnect-kde/core/pairstate.h',
      'GPL-2.0-only OR GPL-3.0-only OR LicenseRef-KDE-Accepted-GPL',
    ],
    ['libdigidocpp: the LGPL notice in a C comment', 'libdigidocpp/src/crypto/X509Crypto.h', 'LGPL-2.1-or-later'],
    [
      'Gadgetbridge: the AGPL notice in a Java comment',
      'Gadgetbridge/app/src/main/java/nodomain/freeyourgadget/gadgetbridge/activities/charts/ChartsData.java',
      'AGPL-3.0-or-later',
    ],
  ])('%s', (_name, path, expression) => {
    expect(fileLicence(real(path))).toBe(expression)
  })

  it('says nothing for a file without a tag or a notice', () => {
    expect(fileLicence('#pragma once\n\nint main(void);\n')).toBeUndefined()
  })
})

describe("files of notices of others' work", () => {
  it("libdigidocpp's COPYING: bundled schemas and libraries, each under its path", () => {
    const notices = readNoticesFile(real('libdigidocpp/COPYING'))
    expect(notices?.entries).toEqual(expect.arrayContaining(['etc/schema/xmldsig-core-schema.xsd', 'src/minizip']))
  })

  it("Gadgetbridge's LICENSE.artwork: icons under their Creative Commons licences", () => {
    expect(readNoticesFile(real('Gadgetbridge/LICENSE.artwork'))?.entries).toEqual(expect.arrayContaining(['ic_launcher.png']))
  })

  it.each([
    ['a licence text', 'ripgrep/LICENSE-MIT'],
    ['a statement', 'ripgrep/COPYING'],
    ['two licence texts', 'CsvHelper/LICENSE.txt'],
  ])('%s is not a file of notices', (_name, path) => {
    expect(readNoticesFile(real(path))).toBeUndefined()
  })
})
