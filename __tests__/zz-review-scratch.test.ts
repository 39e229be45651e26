import { it } from '@jest/globals'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { identifyLicenceText } from '../src/licence/text-match.js'

it('real world', () => {
  const files = execSync("find node_modules -maxdepth 4 \\( -iname 'licen[cs]e*' -o -iname 'copying*' \\) -type f", { encoding: 'utf8' }).trim().split('\n')
  for (const f of readdirSync('/usr/share/common-licenses')) files.push('/usr/share/common-licenses/' + f)
  const out: string[] = []
  const seen = new Set<string>()
  for (const f of files) {
    let t: string
    try { t = readFileSync(f, 'utf8') } catch { continue }
    if (seen.has(t)) continue
    seen.add(t)
    const t0 = Date.now()
    const r = identifyLicenceText(t)
    const ms = Date.now() - t0
    out.push(`${f}\t${ms}ms\t${r.match ? (r.match.exact ? 'EXACT ' : 'SIM ') + r.match.ids.join('/') + ' ' + r.match.confidence : 'NONE closest=' + (r.closest?.ids.join('/') ?? '-') + ' ' + (r.closest?.confidence ?? '') + ' ' + (r.closest?.differences.join(' | ') ?? '')}`)
  }
  writeFileSync('/tmp/review-lic/realworld.txt', out.join('\n'))
}, 600000)
