import type { Check, Finding } from '../../../src/core/types.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import docs from './README.md'

/** The fields RFC 9116 defines (plus CSAF, registered by the CSAF standard), and how often each may appear. */
const FIELDS: Record<string, { once?: boolean; uri?: boolean }> = {
  acknowledgments: { uri: true },
  canonical: { uri: true },
  contact: { uri: true },
  encryption: { uri: true },
  expires: { once: true },
  hiring: { uri: true },
  policy: { uri: true },
  'preferred-languages': { once: true },
  csaf: { uri: true },
}
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/
const YEAR_MS = 366 * 86_400_000

export const check: Check = {
  meta: {
    id: 'security-txt',
    family: 'security',
    title: 'security.txt is valid per RFC 9116 (when present)',
    level: 2,
    version: '1.0.0',
    crosswalk: { osps: ['OSPS-VM-02.01'], cra: ['Annex I Part II(6)'] },
    securitySeverity: 2.0,
  },
  docs,
  async run({ repo, now }) {
    const files = repo.files.filter((e) => e.path === 'security.txt' || /(^|\/)\.well-known\/security\.txt$/.test(e.path))
    if (files.length === 0) return [{ status: 'not-applicable', message: 'no security.txt (.well-known/security.txt) in the repository' }]
    const findings: Finding[] = []
    for (const file of files) {
      const read = await repo.readText(file.path)
      if (!read.ok) findings.push(unreadableFinding(read, 'security.txt'))
      else findings.push(...validate(file.path, read.text, now))
    }
    return findings
  },
}

export function validate(path: string, text: string, now: Date): Finding[] {
  const findings: Finding[] = []
  const fail = (line: number, message: string, remediation: string): void => {
    findings.push({ status: 'fail', message: `${path}:${line}: ${message}`, location: { path, startLine: line }, remediation })
  }
  const lines = text.split(/\r?\n/)
  const seen = new Map<string, number[]>()
  let inSignature = false
  let signed = false
  lines.forEach((raw, index) => {
    const number = index + 1
    let line = raw
    if (line.startsWith('-----BEGIN PGP SIGNED MESSAGE-----')) {
      signed = true
      return
    }
    if (line.startsWith('-----BEGIN PGP SIGNATURE-----')) inSignature = true
    if (inSignature) {
      if (line.startsWith('-----END PGP SIGNATURE-----')) inSignature = false
      return
    }
    if (signed && /^Hash:/i.test(line)) return
    if (signed && line.startsWith('- ')) line = line.slice(2) // dash-escaped (RFC 4880)
    if (!line.trim() || line.startsWith('#')) return
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line)
    if (!m) {
      fail(
        number,
        `"${line.slice(0, 60)}" is not a "Field-Name: value" line`,
        'Write each field as "Name: value", one per line; start comments with #.',
      )
      return
    }
    const name = m[1]!.toLowerCase()
    const value = m[2]!.trim()
    const field = FIELDS[name]
    if (!field) return // RFC 9116 2.4: unknown fields are ignored
    seen.set(name, [...(seen.get(name) ?? []), number])
    if (field.uri) {
      let url: URL | undefined
      try {
        url = new URL(value)
      } catch {
        fail(number, `${m[1]} "${value}" is not a URI`, 'Give a full URI: https://..., mailto:... or tel:...')
        return
      }
      if (url.protocol === 'http:') fail(number, `${m[1]} uses http://; web URIs must use https://`, 'Use https:// (RFC 9116 2.5).')
      if (name === 'contact' && !['https:', 'mailto:', 'tel:'].includes(url.protocol)) {
        fail(number, `Contact "${value}" is not a mailto:, tel: or https: URI`, 'Use mailto:security@..., tel:+... or an https:// page.')
      }
    }
    if (name === 'expires') {
      if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
        fail(number, `Expires "${value}" is not an RFC 3339 date-time`, 'Write Expires as e.g. 2026-12-31T23:00:00Z.')
      } else {
        const expires = Date.parse(value)
        if (expires <= now.getTime())
          fail(
            number,
            `Expires ${value} is in the past; the file is stale`,
            'Review the file and set Expires to a date less than a year ahead.',
          )
        else if (expires - now.getTime() > YEAR_MS)
          fail(
            number,
            `Expires ${value} is more than a year ahead`,
            'Set Expires less than a year ahead (RFC 9116 2.5.5) and review the file before then.',
          )
      }
    }
    if (name === 'preferred-languages') {
      const bad = value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => !LANGUAGE_TAG.test(v))
      if (bad.length)
        fail(
          number,
          `Preferred-Languages has invalid language tags: ${bad.join(', ')}`,
          'List BCP 47 tags separated by commas, e.g. "en, de, fr".',
        )
    }
  })
  for (const [name, at] of seen) {
    if (FIELDS[name]?.once && at.length > 1)
      fail(at[1]!, `${name} appears ${at.length} times; it must appear once`, `Keep a single ${name} field.`)
  }
  if (!seen.has('contact')) fail(1, 'no Contact field; at least one is required', 'Add "Contact: mailto:security@..." (RFC 9116 2.5.3).')
  if (!seen.has('expires')) fail(1, 'no Expires field; it is required', 'Add "Expires: <date less than a year ahead>" (RFC 9116 2.5.5).')
  if (findings.length > 0) return findings
  return [
    { status: 'pass', message: `${path}: valid RFC 9116 security.txt (${seen.get('contact')!.length} contact(s))`, location: { path } },
  ]
}
