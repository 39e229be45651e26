// Refreshes what ois-ready takes from the reference publiccode.yml parser
// (italia/publiccode-parser-go, EUPL-1.2), from a checkout of it:
//   - data/publiccode/ipa-codes.txt: the iPA codes it embeds (data/it/ipa_codes.txt), one a line;
//   - data/publiccode/oembed-schemes.json: the oEmbed URL schemes it embeds (data/oembed_schemes.json);
//   - fixtures/publiccode-parser-go/testdata/v0/: its v0 test cases, unchanged;
//   - fixtures/publiccode-parser-go/expected.json: the results its tests (v0_test.go) expect for
//     each of those files, read out of the Go source as data (file, severity, key, message, line,
//     column; the test's working directory written as `<cwd>`).
// Usage:
//   git clone https://github.com/italia/publiccode-parser-go && git -C publiccode-parser-go log -1
//   node scripts/publiccode-reference.mjs publiccode-parser-go
// Then update the commit in fixtures/publiccode-parser-go/SOURCE.md and data/README.md, and run
// `npm run jest -- __tests__/standards` (the agreement test lists every difference).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'

/** Test function of v0_test.go -> the folder it reads and whether the network is on. */
const SUITES = {
  TestValidTestcasesV0_NoNetwork: { dir: 'valid/no-network', network: false },
  TestValidWithWarningTestcasesV0_NoNetwork: { dir: 'valid_with_warnings/no-network', network: false },
  TestInvalidTestcasesV0_NoNetwork: { dir: 'invalid/no-network', network: false },
  TestInvalidTestcasesV0: { dir: 'invalid', network: true },
  TestValidTestcasesV0: { dir: 'valid', network: true },
  TestValidWithWarningsTestcasesV0: { dir: 'valid_with_warnings', network: true },
}

/** Tokens of Go source: string literals, identifiers, numbers and punctuation (comments dropped). */
function tokens(source) {
  const out = []
  const re = /\/\/[^\n]*|"((?:[^"\\\n]|\\.)*)"|`([^`]*)`|([A-Za-z_][A-Za-z0-9_]*)|(\d+)|(\S)/g
  for (const m of source.matchAll(re)) {
    if (m[0].startsWith('//')) continue
    if (m[1] !== undefined) out.push({ string: JSON.parse(`"${m[1].replace(/\\'/g, "'")}"`) })
    else if (m[2] !== undefined) out.push({ string: m[2] })
    else if (m[3] !== undefined) out.push({ ident: m[3] })
    else if (m[4] !== undefined) out.push({ number: Number(m[4]) })
    else out.push({ punct: m[5] })
  }
  return out
}

/** The `expected := map[string]error{...}` table of one test function, as file -> results. */
function expectedOf(source, fn) {
  const start = source.indexOf(`func ${fn}(`)
  if (start < 0) throw new Error(`v0_test.go has no ${fn}`)
  const end = source.indexOf('\nfunc ', start + 1)
  const body = source.slice(start, end < 0 ? undefined : end)
  const table = body.indexOf('expected := map[string]error{')
  if (table < 0) return {}
  const t = tokens(body.slice(table + 'expected := map[string]error'.length))
  let i = 0
  const expect = (what) => {
    const tok = t[i++]
    if (!tok || (what.punct && tok.punct !== what.punct) || (what.ident && tok.ident !== what.ident))
      throw new Error(`${fn}: expected ${JSON.stringify(what)}, found ${JSON.stringify(tok)}`)
    return tok
  }
  const text = () => {
    let s = ''
    for (;;) {
      const tok = t[i++]
      if (tok.string !== undefined) s += tok.string
      else if (tok.ident === 'cwd') s += '<cwd>'
      else throw new Error(`${fn}: unexpected ${JSON.stringify(tok)} in a message`)
      if (t[i]?.punct !== '+') return s
      i++
    }
  }
  const out = {}
  expect({ punct: '{' })
  while (t[i]?.punct !== '}') {
    const file = text()
    expect({ punct: ':' })
    expect({ ident: 'ValidationResults' })
    expect({ punct: '{' })
    const results = []
    while (t[i]?.punct !== '}') {
      const kind = t[i++].ident
      if (kind !== 'ValidationError' && kind !== 'ValidationWarning') throw new Error(`${fn} ${file}: unexpected ${kind}`)
      expect({ punct: '{' })
      const key = text()
      expect({ punct: ',' })
      const message = text()
      expect({ punct: ',' })
      const line = t[i++].number
      expect({ punct: ',' })
      const column = t[i++].number
      if (t[i]?.punct === ',') i++
      expect({ punct: '}' })
      if (t[i]?.punct === ',') i++
      results.push({ severity: kind === 'ValidationError' ? 'error' : 'warning', key, message, line, column })
    }
    expect({ punct: '}' })
    if (t[i]?.punct === ',') i++
    out[file] = results
  }
  return out
}

export function readReference(checkout) {
  const source = readFileSync(join(checkout, 'v0_test.go'), 'utf8')
  const suites = {}
  for (const [fn, { dir, network }] of Object.entries(SUITES)) suites[dir] = { test: fn, network, expected: expectedOf(source, fn) }
  return suites
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const checkout = process.argv[2]
  if (!checkout) {
    console.error('usage: node scripts/publiccode-reference.mjs <checkout of italia/publiccode-parser-go>')
    process.exit(2)
  }
  mkdirSync('data/publiccode', { recursive: true })
  const codes = readFileSync(join(checkout, 'data', 'it', 'ipa_codes.txt'), 'utf8')
  writeFileSync('data/publiccode/ipa-codes.txt', codes.endsWith('\n') ? codes : `${codes}\n`)
  const schemes = JSON.parse(readFileSync(join(checkout, 'data', 'oembed_schemes.json'), 'utf8'))
  const json = async (target, value) =>
    writeFileSync(target, await format(JSON.stringify(value), { ...(await resolveConfig(target)), filepath: target }))
  await json('data/publiccode/oembed-schemes.json', schemes)
  const fixtures = 'fixtures/publiccode-parser-go'
  rmSync(join(fixtures, 'testdata'), { recursive: true, force: true })
  mkdirSync(fixtures, { recursive: true })
  cpSync(join(checkout, 'testdata', 'v0'), join(fixtures, 'testdata', 'v0'), { recursive: true })
  await json(join(fixtures, 'expected.json'), readReference(checkout))
  console.log(
    `iPA codes: ${codes.trim().split('\n').length}; oEmbed schemes: ${schemes.length}; test suites: ${Object.keys(SUITES).length}`,
  )
}
