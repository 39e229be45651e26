/**
 * Accuracy over the whole SPDX License List (the measure): each text is identified as
 * itself, also re-wrapped at 60 columns, without its title, or with another copyright line,
 * and is not identified as itself once 75 random words are inserted.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import licenceList from 'spdx-license-list/full.js'
import currentIds from 'spdx-license-ids/index.json' with { type: 'json' }
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' }
import { computeExactDigests, identifyLicenceText, normaliseLicenceText } from '../../src/licence/text-match.js'
import { prng } from '../helpers/process.js'

const deprecated = new Set<string>(deprecatedIds)
const current = new Set<string>(currentIds)
const ids = Object.keys(licenceList).filter((id) => current.has(id) && !deprecated.has(id))

function text(id: string): string {
  return licenceList[id]!.licenseText
}

/** Re-wraps every paragraph at `width` columns. */
function rewrap(source: string, width: number): string {
  return source
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines: string[] = []
      let line = ''
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line && line.length + word.length + 1 > width) {
          lines.push(line)
          line = word
        } else line = line ? `${line} ${word}` : word
      }
      if (line) lines.push(line)
      return lines.join('\n')
    })
    .join('\n\n')
}

/** Drops the first line when it is a title: short, not a sentence, not a copyright notice. */
function withoutTitle(source: string): string {
  const lines = source.trimStart().split('\n')
  const first = lines[0]!.trim()
  const titled = lines[1]?.trim() === '' || (/licen[cs]e|agreement|terms|version/i.test(first) && !/\.\s/.test(first))
  const rest = lines.slice(1).join(' ').split(/\s+/).filter(Boolean).length
  if (!titled || rest < 2 * first.split(/\s+/).length || first.split(/\s+/).length > 12 || /copyright|[.,;:]$/i.test(first)) return source
  return lines.slice(1).join('\n')
}

/** Replaces the first copyright line (a short one) with another holder's, or adds one. */
function otherCopyright(source: string): string {
  const notice = /^[ \t]*copyright\s*(\(c\)|©|<|\[|\d).*$/im
  const replacement = 'Copyright (c) 2026 Jane Doe <jane@example.eu>'
  const line = notice.exec(source)?.[0]
  return line && line.split(/\s+/).length <= 20 ? source.replace(line, replacement) : `${replacement}\n\n${source}`
}

const DICTIONARY =
  'apple river quantum velvet harbour nimbus orchid saffron tundra zephyr lantern marble cobalt meadow falcon prism summit willow ember glacier'.split(
    ' ',
  )

function insertRandomWords(source: string, count: number, random: () => number): string {
  const words = source.split(/(\s+)/)
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * (words.length + 1))
    words.splice(at, 0, ` ${DICTIONARY[Math.floor(random() * DICTIONARY.length)]!} `)
  }
  return words.join('')
}

function identifiedAs(source: string): string[] {
  return identifyLicenceText(source).match?.ids ?? []
}

describe('licence text identification over the whole SPDX list', () => {
  it(`has the list's texts (${ids.length} current ids)`, () => {
    expect(ids.length).toBeGreaterThan(650)
  })

  const variants: [string, (s: string) => string][] = [
    ['as published', (s) => s],
    ['re-wrapped at 60 columns', (s) => rewrap(s, 60)],
    ['without its title', withoutTitle],
    ['with another copyright line', otherCopyright],
  ]
  it.each(variants)('identifies every licence %s as itself', (_name, variant) => {
    const wrong = ids.filter((id) => !identifiedAs(variant(text(id))).includes(id))
    expect(wrong).toEqual([])
  })

  it('does not identify a licence as itself once 75 random words are inserted', () => {
    const random = prng(75)
    const wrong = ids.filter((id) => identifiedAs(insertRandomWords(text(id), 75, random)).includes(id))
    expect(wrong).toEqual([])
  })
})

describe('identifyLicenceText', () => {
  it('reads comment prefixes, list numbering and http/https as the SPDX guidelines say', () => {
    const commented = text('BSD-2-Clause')
      .split('\n')
      .map((l) => ` * ${l.replace(/^1\./, '(a)').replace(/^2\./, '(b)')}`)
      .join('\n')
    expect(identifyLicenceText(`/*\n${commented}\n */`).match?.ids).toEqual(['BSD-2-Clause'])
    expect(normaliseLicenceText('Licence at https://example.org — “quoted”')).toEqual(
      normaliseLicenceText('License at http://example.org - "quoted"'),
    )
  })

  it('never mistakes a non-commercial or no-derivatives licence for its open sibling', () => {
    for (const id of ['CC-BY-NC-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-NC-3.0', 'CC-BY-NC-ND-4.0']) {
      const found = identifiedAs(rewrap(text(id), 60))
      expect(found).toEqual([id])
    }
  })

  it('reports texts that are the same as a set', () => {
    expect(identifiedAs(text('GPL-3.0-only')).sort()).toEqual(['GPL-3.0-only', 'GPL-3.0-or-later'])
  })

  it('gives the closest licence and what differs below the threshold', () => {
    const mit = text('MIT').replace(
      /free\s+of\s+charge/,
      'against a fee of ten euros per copy, paid to the authors, and for non-commercial use only',
    )
    const result = identifyLicenceText(mit)
    expect(result.match).toBeUndefined()
    expect(result.closest?.ids).toEqual(['MIT'])
    expect(result.closest?.confidence).toBeGreaterThan(0.8)
    expect(result.closest?.differences.join('\n')).toMatch(/lacks "free"[^]*adds "against a fee"[^]*adds "ten euros per copy paid"/)
  })

  it('does not match a licence whose words are scrambled', () => {
    const words = text('Apache-2.0').split(/\s+/)
    const random = prng(7)
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[words[i], words[j]] = [words[j]!, words[i]!]
    }
    const result = identifyLicenceText(words.join(' '))
    expect(result.match).toBeUndefined()
    expect(result.closest?.ids).toEqual(['Apache-2.0'])
  })
})

describe('real licence files as projects write them', () => {
  const file = (path: string) => readFileSync(path, 'utf8')
  it.each([
    ['node_modules/yaml/LICENSE', 'ISC'],
    ['node_modules/semver/LICENSE', 'ISC'],
    ['node_modules/picomatch/LICENSE', 'MIT'],
    ['node_modules/commander/LICENSE', 'MIT'],
    ['node_modules/ajv/LICENSE', 'MIT'],
    ['node_modules/ignore/LICENSE-MIT', 'MIT'],
    ['node_modules/diff/LICENSE', 'BSD-3-Clause'],
    ['/usr/share/common-licenses/Apache-2.0', 'Apache-2.0'],
    ['/usr/share/common-licenses/GPL-2', 'GPL-2.0-only'],
    ['/usr/share/common-licenses/GPL-3', 'GPL-3.0-only'],
    ['/usr/share/common-licenses/LGPL-2.1', 'LGPL-2.1-only'],
    ['/usr/share/common-licenses/LGPL-3', 'LGPL-3.0-only'],
    ['/usr/share/common-licenses/MPL-2.0', 'MPL-2.0'],
  ])('%s is %s', (path, id) => {
    expect(identifiedAs(file(path))).toContain(id)
  })

  it('reads a "Copyright <name>" line without a year as a notice', () => {
    const joyent = `Copyright Joyent, Inc. and other Node contributors. All rights reserved.\n\n${text('MIT').replace(/^.*<year>.*$/m, '')}`
    expect(identifiedAs(joyent)).toEqual(['MIT'])
  })
})

describe('a licence with a restriction added is not that licence', () => {
  const mit = text('MIT').replace(/^.*<year>.*$/m, '')
  it.each([
    [
      'a restriction on the line after the notice',
      `Copyright (c) 2024 Jane Doe\nCommercial use of this software is prohibited without a paid licence.\n${mit}`,
    ],
    [
      'a restriction after the notice on its line',
      `Copyright (c) 2024 Jane Doe. You may not use the Software for commercial purposes.\n\n${mit}`,
    ],
    [
      'a restriction in the middle',
      mit.replace('The above copyright notice', 'Use in military systems is not permitted. The above copyright notice'),
    ],
    ['a restriction as the title', `MIT License, except that commercial use is strictly prohibited\n\n${mit}`],
    ['a grant narrowed in place', mit.replace(/documentation\s+files/, 'documentation files, for non-commercial use only,')],
  ])('%s', (_name, licence) => {
    const result = identifyLicenceText(licence)
    expect(result.match).toBeUndefined()
    expect(result.closest?.ids).toEqual(['MIT'])
  })

  it('17 words of restriction before the GPL are not the GPL', () => {
    const gpl = `You may not use this program for military purposes or in any commercial product without our written consent.\n\n${text('GPL-3.0-only')}`
    expect(identifyLicenceText(gpl).match).toBeUndefined()
  })
})

describe('data/licence-digests.json', () => {
  it('is what the normalisation gives today (npm run build writes it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../data/licence-digests.json', import.meta.url), 'utf8')) as unknown
    expect(committed).toEqual(computeExactDigests())
  })
})

describe('hostile licence texts end in bounded time (the jest timeout is the bound)', () => {
  it.each([
    ['1 MB of "(c) 1 " on one line', '(c) 1 '.repeat(170_000)],
    ['a line of 200,000 spaces ending in */', `MIT${' '.repeat(200_000)}*/`],
    ['a megabyte of one word', 'licence'.repeat(150_000)],
  ])('%s', (_name, hostile) => {
    const result = identifyLicenceText(hostile)
    expect(result.match).toBeUndefined()
  })
})
