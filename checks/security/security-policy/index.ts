import type { Check, Finding } from '../../../src/core/types.js'
import { findDoc } from '../../../src/docs/doc-files.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import { lineOf } from '../../../src/docs/markdown.js'
import docs from './README.md'

const URL_PATTERN = /https?:\/\/[^\s)>\]"'`<]{1,2000}/g
/** Known private reporting channels: forge advisories, confidential issues, bug-bounty platforms. */
const PRIVATE_URL =
  /\/security\/advisories\/new|\/security\/policy|confidential=true|hackerone\.com\/|bugcrowd\.com\/|intigriti\.com\/|yeswehack\.com\/|huntr\.(dev|com)\/|\/\.well-known\/security\.txt/i
/** Pages that publish what is posted there, or only describe disclosure in general. */
const PUBLIC_URL =
  /\/(issues|discussions|pulls|merge_requests)(\/|\?|#|$)|\/-\/issues|wikipedia\.org|owasp\.org|cheatsheetseries|first\.org\/cvss/i
const FORGE_HOST = /^https?:\/\/(www\.)?(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\//i
const SECURITY_PAGE = /^https?:\/\/[^/]+\/[^?#]*(security|vulnerab|disclos|responsible)/i
const PRIVATE_REPORTING_FEATURE =
  /private vulnerability reporting|privately report|report(ing)? (a vulnerability |vulnerabilities |it |them |issues )?privately|"report a vulnerability" button/i
/** "security at example dot org" and "security [at] example.org". */
const OBFUSCATED_EMAIL =
  /\b[\w.+-]{1,64}\s?(?:\[at\]|\(at\)|\sat\s)\s?[\w-]{1,63}(?:\s?(?:\[dot\]|\(dot\)|\sdot\s|\.)\s?[\w-]{1,63}){1,4}\b/i
const DISCLOSURE =
  /disclos|embargo|coordinated|advisor(y|ies)|\bCVE\b|\b\d{1,3}\s?(business\s|working\s|calendar\s)?(days?|hours?|weeks?)\b|timeline/i
const TEMPLATE = /Use this section to tell people about which versions of your project are\s+currently being supported/i

export const check: Check = {
  meta: {
    id: 'security-policy',
    family: 'security',
    title: 'Security policy with a private reporting channel and a disclosure process',
    level: 1,
    version: '1.0.0',
    crosswalk: {
      osps: ['OSPS-VM-01.01', 'OSPS-VM-02.01', 'OSPS-VM-03.01'],
      bestPractices: ['vulnerability_report_process', 'vulnerability_report_private', 'vulnerability_report_response'],
      publicCode: ['make-contributing-easy'],
      cra: ['Art. 24(1)', 'Annex I Part II(5)', 'Annex I Part II(6)'],
    },
    anchors: ['SECURITY.md'],
  },
  docs,
  async run({ repo }) {
    const entry = findDoc(repo, ['SECURITY'])
    if (!entry) {
      return [
        {
          status: 'fail',
          message: 'no security policy (SECURITY.md in the root, .github/ or docs/)',
          remediation:
            'Add SECURITY.md saying how to report a vulnerability privately (a security email address or GitHub private vulnerability reporting) and what happens after a report.',
        },
      ]
    }
    const read = await repo.readText(entry.path)
    if (!read.ok) return [unreadableFinding(read, 'the security policy')]
    const { text } = read
    const path = entry.path
    const template = TEMPLATE.exec(text)
    if (template) {
      return [
        {
          status: 'fail',
          message: `${path} is still GitHub's SECURITY.md template`,
          location: { path, startLine: lineOf(text, template.index) },
          remediation: 'Replace the template with your supported versions, your private reporting channel and your disclosure process.',
        },
      ]
    }
    const channel = privateChannel(text)
    const disclosure = DISCLOSURE.exec(text)
    const findings: Finding[] = []
    if (!channel.found) {
      findings.push({
        status: 'fail',
        message: channel.publicOnly
          ? `${path} only points to the public issue tracker (${channel.publicOnly}); vulnerabilities need a private channel`
          : `${path} gives no private reporting channel (no email address and no private reporting URL)`,
        location: { path, ...(channel.line ? { startLine: channel.line } : {}) },
        remediation:
          'Name a security email address, or enable GitHub private vulnerability reporting and link https://github.com/OWNER/REPO/security/advisories/new.',
      })
    }
    if (!disclosure) {
      findings.push({
        status: 'fail',
        message: `${path} does not describe a disclosure process (what happens after a report, in what time, how it is published)`,
        location: { path },
        remediation:
          'Say when reporters hear back (e.g. "within 5 working days"), how fixes are coordinated, and how advisories are published.',
      })
    }
    if (findings.length > 0) return findings
    return [
      {
        status: 'pass',
        message: `${path}: private channel ${channel.found} (line ${channel.line}); disclosure process described (line ${lineOf(text, disclosure!.index)})`,
        location: { path, startLine: channel.line! },
      },
    ]
  },
}

function privateChannel(text: string): { found?: string; line?: number; publicOnly?: string } {
  for (const { address, index } of emails(text)) {
    if (/noreply|no-reply|example\.(com|org)$/i.test(address)) continue
    return { found: address, line: lineOf(text, index) }
  }
  let publicOnly: { url: string; line: number } | undefined
  for (const m of text.matchAll(URL_PATTERN)) {
    const url = m[0].replace(/[.,;:]+$/, '')
    if (PRIVATE_URL.test(url)) return { found: url, line: lineOf(text, m.index) }
    if (PUBLIC_URL.test(url)) {
      if (/\/(issues|discussions|-\/issues)/i.test(url)) publicOnly ??= { url, line: lineOf(text, m.index) }
      continue
    }
    // a security contact page on the project's own site (not a page on a forge)
    if (!FORGE_HOST.test(url) && SECURITY_PAGE.test(url)) return { found: url, line: lineOf(text, m.index) }
  }
  const obfuscated = OBFUSCATED_EMAIL.exec(text)
  if (obfuscated) return { found: obfuscated[0], line: lineOf(text, obfuscated.index) }
  const feature = PRIVATE_REPORTING_FEATURE.exec(text)
  if (feature) return { found: `"${feature[0]}"`, line: lineOf(text, feature.index) }
  return publicOnly ? { publicOnly: publicOnly.url, line: publicOnly.line } : {}
}

/** Email addresses, found from each "@" outwards, so the time stays linear in the text's length. */
function* emails(text: string): Generator<{ address: string; index: number }> {
  let at = text.indexOf('@')
  while (at >= 0) {
    let start = at
    while (start > 0 && at - start < 64 && /[A-Za-z0-9._%+-]/.test(text[start - 1]!)) start--
    let end = at + 1
    while (end < text.length && end - at < 255 && /[A-Za-z0-9.-]/.test(text[end]!)) end++
    const local = text.slice(start, at)
    const domain = text.slice(at + 1, end).replace(/\.+$/, '')
    if (local && /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) yield { address: `${local}@${domain}`, index: start }
    at = text.indexOf('@', end)
  }
}
