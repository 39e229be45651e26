import licenceList from 'spdx-license-list/full.js'
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { validatePublicCode } from '../../src/standards/publiccode/validate.js'
import { check } from '../../checks/standards/publiccode/index.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup, FIXTURES, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'
import { startLocalServer } from '../helpers/local-github.js'

afterAll(cleanup)

const example = (name: string) => readFileSync(join(FIXTURES, 'publiccode', name), 'utf8')
const MINIMAL = example('minimal-current.yml')
/** The minimal example with one line replaced (or added at the end). */
const edit = (from: string, to: string) => {
  if (!MINIMAL.includes(from)) throw new Error(`the example has no "${from}"`)
  return MINIMAL.replace(from, to)
}
const issues = (text: string) => {
  const r = validatePublicCode(text)
  return {
    errors: r.errors.map((e) => `${e.line}:${e.column} ${e.key}: ${e.message}`),
    warnings: r.warnings.map((w) => `${w.line}:${w.column} ${w.key}: ${w.message}`),
  }
}

describe('publiccode.yml validator', () => {
  test.each([
    ['minimal-current.yml', 0],
    ['minimal-0.4.yml', 1],
    ['version-0.2.yml', 2],
  ])('the standard example %s is valid (%d warnings)', (name, warnings) => {
    const r = validatePublicCode(example(name))
    expect(r.errors).toEqual([])
    expect(r.warnings).toHaveLength(warnings)
  })

  test("the standard's full example is valid but for its placeholder video, which is no oEmbed video (the reference parser says so too)", () => {
    expect(issues(example('full-current.yml'))).toEqual({
      errors: [
        "64:9 description.en.videos[0]: 'https://youtube.com/xxxxxxxx' is not a valid video URL supporting oEmbed: not a URL of a known oEmbed provider (https://oembed.com/providers.json)",
      ],
      warnings: [],
    })
  })

  test.each<[string, string, string]>([
    [
      'an unquoted version',
      edit('publiccodeYmlVersion: "0"', 'publiccodeYmlVersion: 0.5'),
      '1:23 publiccodeYmlVersion: wrong type for this field (quote the version: "0.5")',
    ],
    [
      'an unsupported version',
      edit('publiccodeYmlVersion: "0"', 'publiccodeYmlVersion: "0.1"'),
      "1:23 publiccodeYmlVersion: unsupported version: '0.1'",
    ],
    [
      'a missing mandatory key',
      edit('developmentStatus: development\n', ''),
      '1:1 developmentStatus: developmentStatus is a required field',
    ],
    ['an unknown key', edit('platforms:', 'tags: [x]\nplatforms:'), '5:1 tags: field tags not found in the publiccode.yml standard'],
    [
      'a value not allowed',
      edit('developmentStatus: development', 'developmentStatus: ready'),
      '8:20 developmentStatus: developmentStatus must be one of the following:',
    ],
    [
      'softwareType standalone (0.1 only)',
      edit('softwareType: "standalone/desktop"', 'softwareType: "standalone"'),
      '10:15 softwareType: softwareType must be one of the following:',
    ],
    [
      'an invalid SPDX expression',
      edit('license: AGPL-3.0-or-later', 'license: GPL-3'),
      '28:12 legal.license: license must be a valid license (see https://spdx.org/licenses)',
    ],
    [
      'a BCP 47 key that is a POSIX locale',
      edit('  en:\n', '  en_GB:\n'),
      "13:3 description: description must be a valid BCP 47 language ('en_GB' is not a tag made of subtags of the IANA Language Subtag Registry",
    ],
    [
      'a short description over 150 characters',
      edit(
        'shortDescription: >\n      A rather short description which\n      is probably useless',
        `shortDescription: "${'x'.repeat(151)}"`,
      ),
      '14:23 description.en.shortDescription: shortDescription must be a maximum of 150 characters in length',
    ],
    [
      'a malformed date',
      edit('platforms:', 'releaseDate: "2024-02-30"\nplatforms:'),
      "5:14 releaseDate: releaseDate must be a date with format 'YYYY-MM-DD'",
    ],
    ['a URL without scheme', edit('platforms:', 'landingURL: example.com\nplatforms:'), '5:13 landingURL: landingURL must be an HTTP URL'],
    [
      'an invalid email',
      edit('    - name: Francesco Rossi', '    - name: Francesco Rossi\n      email: francesco-at-example'),
      '35:14 maintenance.contacts[0].email: email must be a valid email address',
    ],
    [
      'contractors without contract',
      edit('  type: "community"', '  type: "community"\n  contractors:\n    - name: ACME\n      until: "2030-01-01"'),
      '32:3 maintenance.contractors: contractors must not be present unless "type" is "contract"',
    ],
    [
      'contract without contractors',
      edit('  type: "community"', '  type: "contract"'),
      '31:3 maintenance.contractors: contractors is a required field when "type" is "contract"',
    ],
    [
      'community without contacts',
      edit('\n  contacts:\n    - name: Francesco Rossi', ''),
      '31:3 maintenance.contacts: contacts is a required field when "type" is "community"',
    ],
    [
      'a YAML 1.1 boolean',
      edit('localisationReady: true', 'localisationReady: yes'),
      '37:22 localisation.localisationReady: localisationReady: wrong type for this field (expected true or false) ("yes" is a string in YAML 1.2: write true or false)',
    ],
    [
      'an unknown supports alias',
      edit('platforms:', 'supports:\n  - id: alias:foo\nplatforms:'),
      "6:9 supports[0].id: id: unknown alias 'foo'",
    ],
    [
      'an invalid country code',
      edit('platforms:', 'intendedAudience:\n  countries: [EU]\nplatforms:'),
      '6:15 intendedAudience.countries[0]: countries[0] must be a valid ISO 3166-1 alpha-2 two-letter country code',
    ],
    [
      'an unknown category',
      edit('platforms:', 'categories: [blockchain]\nplatforms:'),
      '5:14 categories[0]: categories[0] must be a valid category',
    ],
    [
      'an absolute logo path',
      edit('platforms:', 'logo: /etc/logo.png\nplatforms:'),
      '5:7 logo: logo is an absolute path. Only relative paths or HTTP(s) URLs allowed',
    ],
    [
      'a MIME type',
      edit('platforms:', 'inputTypes: [textplain]\nplatforms:'),
      '5:14 inputTypes[0]: inputTypes[0] is not a valid MIME type',
    ],
    [
      'a well-formed language tag whose language is not registered',
      edit('    - en', '    - xxx'),
      "39:7 localisation.availableLanguages[0]: availableLanguages[0] must be a valid BCP 47 language ('xxx' is not",
    ],
    [
      'a language tag with an unregistered region',
      edit('    - en', '    - en-ZY'),
      "39:7 localisation.availableLanguages[0]: availableLanguages[0] must be a valid BCP 47 language ('en-ZY' is not",
    ],
    [
      'a variant without the prefix the registry requires',
      edit('    - en', '    - it-rozaj'),
      "39:7 localisation.availableLanguages[0]: availableLanguages[0] must be a valid BCP 47 language ('it-rozaj' is not",
    ],
    [
      'an organisation URI naming an iPA code that does not exist',
      edit('platforms:', 'organisation:\n  uri: urn:x-italian-pa:no_such_pa\nplatforms:'),
      "6:8 organisation.uri: uri must be a valid Italian Public Administration Code (iPA) with format 'urn:x-italian-pa:[codiceIPA]'",
    ],
    [
      'an organisation URI that is no URI',
      edit('platforms:', 'organisation:\n  uri: "1"\nplatforms:'),
      '6:8 organisation.uri: uri is not a valid URI',
    ],
    [
      'a fundedBy entry without uri',
      edit('platforms:', 'fundedBy:\n  - name: Comune di Roma\nplatforms:'),
      '6:5 fundedBy[0].uri: uri is a required field',
    ],
    [
      'an IT.riuso.codiceIPA that does not exist',
      `${MINIMAL}IT:\n  riuso:\n    codiceIPA: NO_SUCH_IPA_CODE\n`,
      '42:16 IT.riuso.codiceIPA: codiceIPA must be a valid Italian Public Administration Code (iPA)',
    ],
    [
      'a video that is not from an oEmbed provider',
      edit('    features:', '    videos:\n      - https://example.com/demo.mp4\n    features:'),
      "25:9 description.en.videos[0]: 'https://example.com/demo.mp4' is not a valid video URL supporting oEmbed",
    ],
  ])('%s', (_name, text, expected) => {
    expect(issues(text).errors.join('\n')).toContain(expected)
  })

  test.each([
    ['en'],
    ['en-GB'],
    ['pt-BR'],
    ['zh-Hant-TW'],
    ['sr-Latn-RS'],
    ['de-CH-1901'],
    ['sl-rozaj-biske'],
    ['zh-yue'],
    ['es-419'],
    ['i-klingon'],
    ['en-US-x-twain'],
    ['qaa'],
  ])('the registered language tag %s is valid', (tag) => {
    expect(issues(edit('    - en', `    - ${tag}`)).errors).toEqual([])
  })

  test('iPA codes and oEmbed videos that exist are valid; a valid IT.riuso.codiceIPA is deprecated in favour of organisation.uri', () => {
    const text = `${edit(
      'platforms:',
      'organisation:\n  uri: urn:x-italian-pa:pcm\nfundedBy:\n  - uri: URN:X-ITALIAN-PA:c_h501\nplatforms:',
    ).replace(
      '    features:',
      '    videos:\n      - https://www.youtube.com/watch?v=RaHmGbBOP84\n      - https://vimeo.com/76979871\n    features:',
    )}IT:\n  riuso:\n    codiceIPA: pcm\n`
    expect(issues(text)).toEqual({
      errors: [],
      warnings: [
        "49:16 IT.riuso.codiceIPA: This key is DEPRECATED and will be removed in the future. Use 'organisation.uri' and set it to 'urn:x-italian-pa:pcm' instead",
      ],
    })
  })

  test('an unquoted number in a text field is read as it is written, as the reference parser reads it', () => {
    const text = edit('    - name: Francesco Rossi', '    - name: Francesco Rossi\n      phone: +391624231322')
    const r = validatePublicCode(text)
    expect(r.errors).toEqual([])
    expect((r.value?.maintenance as { contacts: { phone: unknown }[] }).contacts[0]!.phone).toBe('+391624231322')
    // a 36-digit genericName is 36 characters long, not a number
    const long = edit('    shortDescription:', '    genericName: 012345678901234567890123456789012345\n    shortDescription:')
    expect(issues(long).errors).toEqual(['14:18 description.en.genericName: genericName must be a maximum of 35 characters in length'])
  })

  test('aliases and empty optional lists are valid, as YAML means them', () => {
    const text = edit('name: Medusa', 'name: &n Medusa\napplicationSuite: *n\ncategories:\nusedBy:')
    expect(issues(text)).toEqual({ errors: [], warnings: [] })
  })

  test('a flood of errors is capped', () => {
    const flood = `${MINIMAL}${Array.from({ length: 5000 }, () => 'name: again').join('\n')}\n`
    const r = validatePublicCode(flood)
    expect(r.errors.length).toBeGreaterThan(0)
    expect(r.errors.length).toBeLessThanOrEqual(200)
  })

  test('deprecated keys and lowercase country codes are warnings with their line', () => {
    const text = edit('platforms:', 'monochromeLogo: logo-bw.png\nintendedAudience:\n  countries: [it]\nplatforms:')
    expect(issues(text)).toEqual({
      errors: [],
      warnings: [
        "5:1 monochromeLogo: This key is DEPRECATED and will be removed in the future. Use 'logo' instead",
        "7:15 intendedAudience.countries[0]: Lowercase country codes are DEPRECATED. Use uppercase instead ('IT')",
      ],
    })
  })

  test.each<[string, string, RegExp]>([
    ['tabs for indentation', MINIMAL.replace('  en:', '\ten:'), /^\d+:\d+ : /],
    ['duplicate keys', edit('platforms:', 'name: Again\nplatforms:'), /Map keys must be unique/],
    [
      'an alias bomb',
      `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`,
      /alias/i,
    ],
    ['two documents', `${MINIMAL}\n---\nname: second\n`, /multiple YAML documents/],
    ['an empty file', '', /publiccodeYmlVersion is a required field/],
  ])('bad input: %s is an error with a position', (_name, text, message) => {
    const r = validatePublicCode(text)
    expect(r.errors.length).toBeGreaterThan(0)
    expect(`${r.errors[0]!.line}:${r.errors[0]!.column} ${r.errors[0]!.key}: ${r.errors[0]!.message}`).toMatch(message)
  })
})

describe('the publiccode check', () => {
  test('a valid file that agrees with the repository passes; warnings stay warnings', async () => {
    const text = MINIMAL.replace('url: "https://example.com/italia/medusa.git"', 'url: "https://github.com/kommune/forms"').replace(
      'platforms:',
      'softwareVersion: "1.2.0"\nplatforms:',
    )
    const run = await runCheckOn(
      check,
      { 'publiccode.yml': text },
      { remote: 'git@github.com:kommune/forms.git', commits: [{ tags: ['v1.2.0'] }] },
    )
    expect(run.status).toBe('pass')
    expect(run.messages[0]).toBe('publiccode.yml: valid publiccode.yml (version 0)')
  })

  test.each<[string, Record<string, string | Buffer>, object, RegExp]>([
    [
      'url is not the remote',
      { 'publiccode.yml': MINIMAL },
      { remote: 'https://github.com/kommune/forms' },
      /url https:\/\/example\.com\/italia\/medusa\.git is not the repository's remote \(https:\/\/github\.com\/kommune\/forms\)/,
    ],
    [
      'softwareVersion is not the latest tag',
      { 'publiccode.yml': MINIMAL.replace('platforms:', 'softwareVersion: "1.0.0"\nplatforms:') },
      { commits: [{ tags: ['v1.1.0'] }] },
      /softwareVersion 1\.0\.0 is not the latest release tag \(v1\.1\.0\)/,
    ],
    [
      'the licence differs from the detected licence',
      { 'publiccode.yml': MINIMAL, LICENSE: licenceList['MIT']!.licenseText, 'package.json': '{"license":"MIT"}' },
      {},
      /legal\.license AGPL-3\.0-or-later differs from the detected licence MIT \(declared in package\.json and matching LICENSE\)/,
    ],
    [
      'a logo that is not in the repository',
      { 'publiccode.yml': MINIMAL.replace('platforms:', 'logo: img/logo.svg\nplatforms:') },
      {},
      /^publiccode\.yml:5:7: logo: no such file: img\/logo\.svg$/,
    ],
    [
      'a Latin-1 file',
      { 'publiccode.yml': Buffer.from(MINIMAL.replace('Francesco Rossi', 'François Rössi'), 'latin1') },
      {},
      /is not UTF-8 \(read as latin1\)/,
    ],
  ])('fails when %s', async (_name, files, repo, message) => {
    const run = await runCheckOn(check, files, repo)
    expect(run.status).toBe('fail')
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })

  test('versions and licence expressions are compared by meaning', async () => {
    const text = MINIMAL.replace('platforms:', 'softwareVersion: "1.2"\nplatforms:').replace(
      'license: AGPL-3.0-or-later',
      'license: Apache-2.0 OR MIT',
    )
    const run = await runCheckOn(
      check,
      {
        'publiccode.yml': text,
        'package.json': '{"license":"(MIT OR Apache-2.0)"}',
        'LICENSE-MIT': licenceList['MIT']!.licenseText,
        'LICENSE-APACHE': licenceList['Apache-2.0']!.licenseText,
      },
      { commits: [{ tags: ['v1.2.0'] }] },
    )
    expect(run.status).toBe('pass')
    const pointer = await runCheckOn(check, { 'publiccode.yml': MINIMAL, 'package.json': '{"license":"SEE LICENSE IN LICENSE.txt"}' })
    expect(pointer.status).toBe('pass')
  })

  test('logo and screenshots: the content must be the image the extension says, a PNG logo at least 120 px wide', async () => {
    const png = (width: number) => {
      const b = Buffer.alloc(33)
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0)
      b.writeUInt32BE(13, 8)
      b.write('IHDR', 12, 'latin1')
      b.writeUInt32BE(width, 16)
      b.writeUInt32BE(50, 20)
      return b
    }
    const withImages = (logo: string) =>
      MINIMAL.replace('platforms:', `logo: ${logo}\nplatforms:`).replace(
        '    features:',
        '    screenshots:\n      - shot.jpg\n    features:',
      )
    const files = {
      'logo-small.png': png(100),
      'logo.png': png(1200),
      'fake.png': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'shot.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]),
    }
    expect((await runCheckOn(check, { 'publiccode.yml': withImages('logo.png'), ...files })).status).toBe('pass')
    expect((await runCheckOn(check, { 'publiccode.yml': withImages('logo.svg'), ...files })).status).toBe('pass')
    expect((await runCheckOn(check, { 'publiccode.yml': withImages('logo-small.png'), ...files })).messages).toContainEqual(
      'publiccode.yml:5:7: logo: invalid image size of 100 (min 120px of width): logo-small.png',
    )
    expect((await runCheckOn(check, { 'publiccode.yml': withImages('fake.png'), ...files })).messages).toContainEqual(
      "publiccode.yml:5:7: logo: 'fake.png' is not an image of its extension: the content is SVG",
    )
  })

  test('a file over the read limit is a finding', async () => {
    const run = await runCheckOn(check, { 'publiccode.yml': `${MINIMAL}# ${'x'.repeat(10 * 1024 * 1024)}\n` })
    expect(run.messages[0]).toMatch(/over the read limit/)
  })

  test('not applicable without the file, unless the project declares itself public-sector software', async () => {
    expect((await runCheckOn(check, { 'README.md': 'x' })).status).toBe('not-applicable')
    const declared = await runCheckOn(check, { 'README.md': 'x' }, { checkOptions: { 'public-sector': true } })
    expect(declared).toMatchObject({ status: 'fail', messages: [expect.stringContaining('declares itself public-sector software')] })
  })

  test('with the network on, URLs must answer (a local server stands for the web)', async () => {
    const server = await startLocalServer((req) => (req.url === '/ok' ? { status: 200, body: 'ok' } : { status: 404, body: 'no' }))
    try {
      const host = server.url.slice('http://'.length)
      const text = MINIMAL.replace('platforms:', `landingURL: ${server.url}/ok\nroadmap: ${server.url}/missing\nplatforms:`)
      const run = await runCheckOn(check, { 'publiccode.yml': text }, { network: { enabled: true, allowHosts: [host] } })
      expect(run.messages).toContainEqual(
        `publiccode.yml: roadmap: '${server.url}/missing' not reachable: HTTP 404 from ${server.url}/missing`,
      )
      expect(run.messages.join('\n')).not.toContain('landingURL')
      // a private address is never reached, unless allowed
      const blocked = await runCheckOn(check, { 'publiccode.yml': text }, { network: { enabled: true, allowHosts: [] } })
      expect(blocked.messages.join('\n')).toMatch(/landingURL: .* not reachable: .*(private address|not an https)/)
    } finally {
      await server.close()
    }
  })
})

describe('ois-ready validate publiccode', () => {
  test('prints each problem with file, line and column; exit 1 when invalid, 0 when valid', () => {
    const valid = runCli(['validate', 'publiccode', join(FIXTURES, 'publiccode', 'version-0.2.yml')])
    expect(valid.status).toBe(0)
    expect(valid.stdout).toContain('valid publiccode.yml (version 0.2): 0 error(s), 2 warning(s)')
    const json = JSON.parse(
      runCli(['validate', 'publiccode', join(FIXTURES, 'publiccode', 'minimal-current.yml'), '--format', 'json']).stdout,
    )
    expect(json).toMatchObject({ valid: true, version: '0', errors: [], warnings: [] })
    expect(runCli(['validate', 'publiccode', '/nonexistent.yml']).status).toBe(2)
    // a link to a device or a folder is refused without reading it whole
    const dir = tempDir()
    symlinkSync('/dev/zero', join(dir, 'zero.yml'))
    expect(runCli(['validate', 'publiccode', join(dir, 'zero.yml')])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is not a file'),
    })
    expect(runCli(['validate', 'publiccode', dir])).toMatchObject({ status: 2, stderr: expect.stringContaining('is not a file') })
  })

  test('checks the files the document names, in the folder of the file and never outside it', () => {
    const outside = tempDir()
    writeFileSync(join(outside, 'secret.png'), 'not an image')
    const dir = tempDir()
    const text = MINIMAL.replace('platforms:', 'logo: img/logo.png\nmonochromeLogo: ../secret.png\nplatforms:').replace(
      '    features:',
      '    screenshots:\n      - shot.png\n      - link.png\n      - ok.jpg\n    features:',
    )
    writeFileSync(join(dir, 'publiccode.yml'), text)
    writeFileSync(join(dir, 'shot.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    writeFileSync(join(dir, 'ok.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))
    symlinkSync(join(outside, 'secret.png'), join(dir, 'link.png'))
    const r = runCli(['validate', 'publiccode', join(dir, 'publiccode.yml')])
    expect(r.status).toBe(1)
    expect(r.stdout.split('\n').filter((l) => l.includes(': error: '))).toEqual([
      `${join(dir, 'publiccode.yml')}:5:7: error: logo: no such file: img/logo.png`,
      `${join(dir, 'publiccode.yml')}:6:17: error: monochromeLogo: ../secret.png is outside the folder of publiccode.yml (the repository root)`,
      `${join(dir, 'publiccode.yml')}:27:9: error: description.en.screenshots[0]: 'shot.png' is not an image of its extension: the content is SVG`,
      `${join(dir, 'publiccode.yml')}:28:9: error: description.en.screenshots[1]: link.png resolves outside the folder of publiccode.yml; not read`,
    ])
  })
})
