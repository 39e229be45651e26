/**
 * Hostile manifests and documents, one per kind of reader (JSON, JSON5, TOML, XML, YAML,
 * Markdown): each gives a finding that names the file and what is wrong, and the run goes on.
 * Issue 17: a 10 KB package.json (a licence in 5,000 nested lists) stopped `check` with a
 * stack overflow and no report; others were read as if they said nothing.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import type { Finding } from '../../src/core/types.js'
import { validateReport } from '../helpers/schemas.js'
import { cleanup, makeRepo } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

const nested = (n: number, inner = '') => '['.repeat(n) + inner + ']'.repeat(n)

interface Case {
  name: string
  files: Record<string, string>
  check: string
  /** A finding the check must give (status, the start of the message, where). */
  finding: Omit<Partial<Finding>, 'message'> & { message: string | RegExp }
}

const MIT = `MIT License

Copyright (c) 2024 Example

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`

const README = `# demo

A small library that turns the timetables of municipal buses and trams into open data feeds,
so that journey planners, researchers and citizens can read them without scraping web pages.
It reads the formats most operators export and writes GTFS.

## Installation

Run npm install demo, then import it in your code and call convert with the path of a timetable.
`

const cases: Case[] = [
  {
    name: 'JSON: package.json whose licence is 5,000 nested lists (the 10 KB file of issue 17)',
    files: { 'package.json': `{"name":"x","license":${nested(5000)}}`, LICENSE: MIT },
    check: 'licence-file',
    finding: {
      status: 'unknown',
      message: 'package.json:1: could not be read (nested deeper than 100 levels), so the licence it declares is not known',
      location: { path: 'package.json', startLine: 1 },
    },
  },
  {
    name: 'JSON: composer.json nested 5,000 deep',
    files: { 'composer.json': `{"name":"x/y","license":[${'{"type":'.repeat(5000)}1${'}'.repeat(5000)}]}`, LICENSE: MIT },
    check: 'licence-file',
    finding: { status: 'unknown', message: /^composer\.json:1: could not be read \(nested deeper than 100 levels\)/ },
  },
  {
    name: 'JSON: a licence JSON reads as a non-finite number (1e400 is Infinity)',
    files: { 'package.json': '{"name":"x","license":1e400}', LICENSE: MIT },
    check: 'licence-file',
    finding: {
      status: 'fail',
      message:
        'package.json: licence "Infinity": not a licence: a licence is declared as a text (an SPDX expression), an object with a "type", or a list of them',
    },
  },
  {
    name: 'JSON: "license" written twice, so that readers disagree',
    files: { 'package.json': '{\n  "name": "x",\n  "license": "MIT",\n  "license": "GPL-3.0-only"\n}\n', LICENSE: MIT },
    check: 'licence-file',
    finding: {
      status: 'fail',
      message:
        'package.json:4: "license" is written twice; JSON.parse (and npm, Composer) keep the last, other readers the first, so the manifest declares two things',
      location: { path: 'package.json', startLine: 4 },
    },
  },
  {
    name: 'JSON: a licence of 700,000 characters is shown cut',
    files: { 'package.json': `{"name":"x","license":"${'MIT OR '.repeat(100_000)}MIT"}`, LICENSE: MIT },
    check: 'licence-file',
    finding: {
      status: 'fail',
      message: /^package\.json: licence "(MIT OR ){28}MIT … \(700003 characters\)": the licence expression is 700003 characters long/,
    },
  },
  {
    name: 'JSON5: renovate.json5 nested 5,000 deep',
    files: { 'renovate.json5': `{ extends: ${nested(5000)} }` },
    check: 'dependency-updates',
    finding: {
      status: 'fail',
      message: 'renovate.json5: invalid JSON: nested deeper than 100 levels',
      location: { path: 'renovate.json5', startLine: 1 },
    },
  },
  {
    name: 'TOML: Cargo.toml whose licence is 5,000 nested arrays',
    files: { 'Cargo.toml': `[package]\nname = "x"\nlicense = ${nested(5000)}\n`, LICENSE: MIT },
    check: 'licence-file',
    finding: {
      status: 'unknown',
      message: 'Cargo.toml:3: could not be read (nested deeper than 100 levels), so the licence it declares is not known',
      location: { path: 'Cargo.toml', startLine: 3 },
    },
  },
  {
    name: 'TOML: REUSE.toml with version = inf (not "null", as JSON would write it)',
    files: { 'REUSE.toml': 'version = inf\n', 'a.txt': 'x\n' },
    check: 'reuse-compliance',
    finding: { status: 'fail', message: 'REUSE.toml:1: version inf; REUSE.toml must say version = 1; the file was not applied' },
  },
  {
    name: 'XML: pom.xml with elements nested 5,000 deep',
    files: {
      'pom.xml': `<project><licenses><license><name>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</name></license></licenses></project>`,
      LICENSE: MIT,
    },
    check: 'licence-file',
    finding: {
      status: 'unknown',
      message: 'pom.xml: could not be read (nested deeper than 100 levels), so the licence it declares is not known',
    },
  },
  {
    name: 'YAML: publiccode.yml nested 5,000 deep',
    files: { 'publiccode.yml': `publiccodeYmlVersion: "0.4"\nlegal:\n  license: ${nested(5000)}\n` },
    check: 'publiccode',
    finding: { status: 'fail', message: /^publiccode\.yml:3:\d+: nested deeper than 100 levels$/ },
  },
  {
    name: 'YAML: a workflow nested 5,000 deep',
    files: { '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: ${nested(5000)}\n` },
    check: 'token-permissions',
    finding: {
      status: 'fail',
      message: '.github/workflows/ci.yml:5: not a valid workflow (nested deeper than 100 levels); it could not be checked',
    },
  },
  {
    name: 'Markdown: LICENSE.md made of 3,000 nested list items',
    files: { 'LICENSE.md': `${'1. '.repeat(3000)}MIT License` },
    check: 'licence-file',
    finding: { status: 'pass', message: 'LICENSE.md: a statement naming MIT, not a licence text', location: { path: 'LICENSE.md' } },
  },
  {
    name: 'Markdown: a README that ends in 3,200 nested list markers is still read',
    files: { 'README.md': `${README}\n${'- '.repeat(3200)}x\n` },
    check: 'readme',
    finding: { status: 'pass', message: /^README\.md: a description/ },
  },
]

describe('hostile manifests and documents: a finding that says which file and what is wrong, never a crash', () => {
  test.each(cases)('$name', async ({ files, check, finding }) => {
    const root = makeRepo(files)
    const { report } = await checkRepository({ path: root, failOn: 'none', now: TEST_NOW, only: [check] })
    expect(validateReport(report)).toBe(true)
    const result = report.checks.find((c) => c.id === check)!
    const { message, ...rest } = finding
    expect(result.findings).toContainEqual(
      expect.objectContaining({ ...rest, message: typeof message === 'string' ? message : expect.stringMatching(message) }),
    )
    // nothing a repository holds is copied whole into the report
    expect(JSON.stringify(report).length).toBeLessThan(100_000)
  })
})
