/**
 * Licence identification by the SPDX License List's matching templates, over the whole list
 * (the texts of the registry package spdx-license-list, list 3.28.0, as the list publishes
 * them): each text is identified as itself as published, re-wrapped, without its title, with
 * another copyright line, rendered as Markdown with a numbered list and as HTML; and never
 * once words are inserted, the grant is restricted, or the text is only a notice.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import licenceList from 'spdx-license-list/full.js'
import currentIds from 'spdx-license-ids/index.json' with { type: 'json' }
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' }
import { identifyByTemplates, licenceListVersion } from '../../src/licence/templates/identify.js'
import { normaliseText } from '../../src/licence/templates/normalise.js'
import { plainLicenceText } from '../../src/licence/templates/render.js'
import { prng } from '../helpers/process.js'

const deprecated = new Set<string>(deprecatedIds)
const current = new Set<string>(currentIds)
/**
 * Current ids whose text the list publishes. Left out, with the reason:
 * RSCPL: its template has an optional apostrophe inside a word ("RSV<<optional '>>S"), which a
 * matcher over words cannot express; SPDX's Java tools special-case it. Its texts are reported as
 * closest RSCPL (99.8%), never as another licence.
 */
const NOT_MATCHED = new Set(['RSCPL'])
/**
 * Texts this test's Markdown conversion turns into other words, with the reason:
 * - BSD-Systemics-W3Works, Community-Spec-1.0, LZMA-SDK-9.11-to-9.20, LZMA-SDK-9.22: their
 *   clause numbers ("1.", "1)") stand inside a line of the SPDX template, not at a line's start,
 *   so they are words of the template; a Markdown list that drops them lacks those words.
 * - TAPR-OHL-1.0: the conversion makes "6. NEW LICENSE VERSIONS" and the next line one list item,
 *   which joins the heading to the clause.
 * - TORQUE-1.1: its URL holds "&", which the conversion escapes as &amp;; Markdown keeps that
 *   in a bare link, so the rendering is not the URL.
 */
const MARKDOWN_CONVERSION_LIMITS = [
  'BSD-Systemics-W3Works',
  'Community-Spec-1.0',
  'LZMA-SDK-9.11-to-9.20',
  'LZMA-SDK-9.22',
  'TAPR-OHL-1.0',
  'TORQUE-1.1',
]
const ids = Object.keys(licenceList).filter((id) => current.has(id) && !deprecated.has(id) && !NOT_MATCHED.has(id))

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

/** Drops the first line when it is a title: a few words on a line of their own, not a sentence, not a copyright notice. */
function withoutTitle(source: string): string {
  const lines = source.trimStart().split('\n')
  const first = lines[0]!.trim()
  const title = lines[1]?.trim() === '' && first.split(/\s+/).length <= 12 && !/[.,;:]$/.test(first) && !/^(copyright|\(c\)|©)/i.test(first)
  return title ? lines.slice(1).join('\n') : source
}

/** The project's own copyright: the placeholders of a copyright line near the top filled in (<year>, <copyright holders>), else a line added above the licence. */
function otherCopyright(source: string): string {
  const lines = source.split('\n')
  const at = lines.slice(0, 10).findIndex((l) => /copyright/i.test(l) && /<year>|\[yyyy\]/i.test(l))
  if (at < 0) return `Copyright (c) 2026 Jane Doe <jane@example.eu>\n\n${source}`
  lines[at] = lines[at]!.replace(/<year>|\[yyyy\]/i, '2026').replace(
    /<[^<>]*(holder|owner|author|name)[^<>]*>|\[name of copyright owner\]/i,
    'Jane Doe',
  )
  return lines.join('\n')
}

/** The text as a Markdown file: the first line a heading, list items a numbered Markdown list, characters Markdown reads escaped. */
function asMarkdown(source: string): string {
  const escape = (line: string) => line.replace(/[\\`*_{}[\]<>#|!]/g, (c) => `\\${c}`).replace(/&/g, '&amp;')
  const lines = source.trim().split('\n')
  return [
    `# ${escape(lines[0]!.trim())}`,
    '',
    ...lines.slice(1).map((line) => {
      const item = /^\s*(\d{1,2})\.\s+(.*)$/.exec(line)
      // a numbered clause keeps its number as a Markdown list item: the rendering shows no number
      if (item) return `${item[1]}. ${escape(item[2]!)}`
      return escape(line.trim())
        .replace(/^(\d+)\./, '$1\\.')
        .replace(/^([-+=])/, '\\$1')
    }),
  ].join('\n')
}

/** The text as an HTML page: paragraphs, escaped, the first line a heading. */
function asHtml(source: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const paragraphs = source.trim().split(/\n\s*\n/)
  return `<!doctype html><html><head><title>Licence</title><style>p{margin:0}</style></head><body>${paragraphs
    .map((p, i) => (i === 0 ? `<h1>${escape(p)}</h1>` : `<p>${escape(p).replace(/\n/g, '<br>\n')}</p>`))
    .join('\n')}</body></html>`
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

function identifiedAs(source: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] {
  return identifyByTemplates(plainLicenceText(source, format), { markup: format !== 'text' }).match?.ids ?? []
}

describe('licence identification over the whole SPDX list', () => {
  it(`matches the list's own texts against its templates (list ${licenceListVersion()}, ${ids.length} current ids)`, () => {
    expect(licenceListVersion()).toBe('3.28.0')
    expect(ids.length).toBeGreaterThan(650)
  })

  const variants: [string, (s: string) => string, 'text' | 'markdown' | 'html'][] = [
    ['as published', (s) => s, 'text'],
    ['re-wrapped at 60 columns', (s) => rewrap(s, 60), 'text'],
    ['without its title', withoutTitle, 'text'],
    ['with another copyright line', otherCopyright, 'text'],
    ['as Markdown with a numbered list', asMarkdown, 'markdown'],
    ['as HTML', asHtml, 'html'],
  ]
  // texts that are the same (GPL-3.0-only and -or-later) count as the same
  const family = (id: string) => id.replace(/-(only|or-later)$/, '')
  it.each(variants)('identifies every licence %s as itself', (name, variant, format) => {
    const wrong = ids.filter((id) => !identifiedAs(variant(text(id)), format).some((found) => family(found) === family(id)))
    expect(wrong.sort()).toEqual(name.includes('Markdown') ? MARKDOWN_CONVERSION_LIMITS : [])
  })

  it('does not identify a licence as itself once 75 random words are inserted', () => {
    const random = prng(75)
    const wrong = ids.filter((id) => identifiedAs(insertRandomWords(text(id), 75, random)).includes(id))
    expect(wrong).toEqual([])
  })

  it('does not identify a text as a licence after 5 random words are inserted into it', () => {
    const random = prng(5)
    const wrong = ids.filter((id) => identifiedAs(insertRandomWords(text(id), 5, random)).length > 0)
    expect(wrong).toEqual([])
  })
})

describe('identifyByTemplates', () => {
  it('reads comment prefixes, list numbering, dashes, quotes and http/https as the SPDX guidelines say', () => {
    const commented = text('BSD-2-Clause')
      .split('\n')
      .map((l) => ` * ${l.replace(/^1\./, '(a)').replace(/^2\./, '(b)')}`)
      .join('\n')
    expect(identifiedAs(`/*\n${commented}\n */`)).toEqual(['BSD-2-Clause'])
    const words = (s: string) => normaliseText(s).words
    expect(words('Licence at https://example.org — “quoted” non‑infringement')).toEqual(
      words('License at http://example.org -- "quoted" non-infringement'),
    )
  })

  it('never mistakes a non-commercial or no-derivatives licence for its open sibling', () => {
    for (const id of ['CC-BY-NC-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-NC-3.0', 'CC-BY-NC-ND-4.0']) {
      expect(identifiedAs(rewrap(text(id), 60))).toEqual([id])
    }
  })

  it('reports texts that are the same as a set', () => {
    expect(identifiedAs(text('GPL-2.0-only')).sort()).toEqual(['GPL-2.0-only', 'GPL-2.0-or-later'])
  })

  it('gives the closest licence and what differs, and never identifies it', () => {
    const mit = text('MIT').replace(/free\s+of\s+charge/, 'against a fee of ten euros per copy, paid to the authors')
    const result = identifyByTemplates(mit)
    expect(result.match).toBeUndefined()
    expect(result.closest?.ids).toEqual(['MIT'])
    expect(result.closest?.confidence).toBeGreaterThan(0.9)
    expect(result.closest?.differences).toEqual([
      'lacks "free" near word 16 of the licence',
      'adds "against a fee" near word 16 of the licence',
      'lacks "charge" near word 18 of the licence',
      'adds "ten euros per copy" near word 18 of the licence',
      'adds "paid" near word 19 of the licence',
    ])
  })

  it('never identifies a short text as a long licence, nor a notice as the licence it names', () => {
    for (const short of [
      'MIT',
      'MIT License',
      'Licensed under the Apache License, Version 2.0',
      'This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License.',
      'Copyright (c) 2026 Jane Doe',
    ])
      expect(identifyByTemplates(short).match).toBeUndefined()
  })

  it('does not match a licence whose words are scrambled', () => {
    const words = text('Apache-2.0').split(/\s+/)
    const random = prng(7)
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[words[i], words[j]] = [words[j]!, words[i]!]
    }
    const result = identifyByTemplates(words.join(' '))
    expect(result.match).toBeUndefined()
    expect(result.closest?.ids).toEqual(['Apache-2.0'])
  })

  it('says where a text leaves a variable part of the template when every fixed word is in place', () => {
    const bsd = text('BSD-3-Clause').replace(
      'the copyright holder nor the names of its contributors',
      'Acme nor the names of other contributors',
    )
    const result = identifyByTemplates(bsd)
    expect(result.match).toBeUndefined()
    expect(result.closest?.differences).toEqual([
      'the text is not one the template allows at word 94: "of Acme nor the names of other contributors may be used to"',
    ])
  })

  it('finds the licence a text starts with, and whether what follows may change its terms', () => {
    const notices = `${text('MIT')}\n\nThis product bundles zlib, which is under the following terms:\n\n${text('Zlib')}`
    expect(identifyByTemplates(notices).leading).toMatchObject({ ids: ['MIT'], changesTerms: false })
    const rider = `${text('BSD-3-Clause')}\n\nAdditional grant of patent rights: the grant terminates if you sue us.\n`
    expect(identifyByTemplates(rider).leading).toMatchObject({ ids: ['BSD-3-Clause'], changesTerms: true })
  })

  it('forgives a few full stops and commas, never a word', () => {
    const eupl = text('EUPL-1.2').replace('Licensed under the EUPL', 'Licensed under the EUPL,')
    expect(identifiedAs(eupl)).toEqual(['EUPL-1.2'])
    expect(identifiedAs(eupl.replace('Licensed under the EUPL', 'Licensed under the EUPL only'))).toEqual([])
    const commas = text('MIT').replace(/ the /g, (m, at: number) => (at % 3 === 0 ? ' the, ' : m))
    expect(identifiedAs(commas)).toEqual([])
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
    ['a preamble that makes it a choice', `This project is dual licensed: you may choose either the GPL or the terms below.\n\n${mit}`],
  ])('%s', (_name, licence) => {
    const result = identifyByTemplates(licence)
    expect(result.match).toBeUndefined()
    expect(result.closest?.ids).toEqual(['MIT'])
  })

  it('17 words of restriction before the GPL are not the GPL', () => {
    const gpl = `You may not use this program for military purposes or in any commercial product without our written consent.\n\n${text('GPL-3.0-only')}`
    expect(identifyByTemplates(gpl).match).toBeUndefined()
  })
})

describe('hostile licence texts end in bounded time (the jest timeout is the bound)', () => {
  it.each([
    ['1 MB of "(c) 1 " on one line', '(c) 1 '.repeat(170_000)],
    ['a line of 200,000 spaces ending in */', `MIT${' '.repeat(200_000)}*/`],
    ['a megabyte of one word', 'licence'.repeat(150_000)],
    ['the MIT text 200 times over', text('MIT').repeat(200)],
    ['a BSD clause whose name runs on for 100,000 words', text('BSD-3-Clause').replace('the copyright holder', 'x '.repeat(100_000))],
  ])('%s', (_name, hostile) => {
    const result = identifyByTemplates(hostile)
    expect(result.match).toBeUndefined()
  })
})
