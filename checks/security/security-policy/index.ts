import type { Check, CheckContext, Finding } from '../../../src/core/types.js'
import { DEFAULT_FETCH, fetchText } from '../../../src/core/guarded-fetch.js'
import { findDoc, links, readmeSections } from '../../../src/docs/doc-files.js'
import { htmlToText } from '../../../src/docs/html-text.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import { lineOf, MAX_ANALYSED_CHARS } from '../../../src/docs/markdown.js'
import docs from './README.md'

/** Known private reporting channels: forge advisories, confidential issues, bug-bounty platforms, service desks. */
const PRIVATE_URL =
  /\/security\/advisories\/new|\/security\/policy|confidential=true|hackerone\.com\/|bugcrowd\.com\/|intigriti\.com\/|yeswehack\.com\/|huntr\.(dev|com)\/|tidelift\.com\/security|\/\.well-known\/security\.txt|servicedesk|service-desk/i
/** Pages that publish what is posted there, or only describe disclosure in general. */
const PUBLIC_URL =
  /\/(issues|discussions|pulls|merge_requests)(\/|\?|#|$)|\/-\/issues|wikipedia\.org|owasp\.org|cheatsheetseries|first\.org\/cvss|forum|discourse|community\.|matrix\.to|discord|slack\.com|gitter|stackoverflow|docs\.github\.com|docs\.gitlab\.com/i
const FORGE_HOST = /^https?:\/\/(www\.)?(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\//i
const SECURITY_PAGE = /^https?:\/\/[^/]+\/[^?#]*(security|vuln|disclos|responsible)/i
const PRIVATE_REPORTING_FEATURE =
  /private vulnerability reporting|privately report|report(ing)? (a vulnerability |vulnerabilities |it |them |issues )?privately|reported privately|"report a vulnerability" button|confidential (issue|report|merge request)/i
/** "security at example dot org" and "security [at] example.org". */
const OBFUSCATED_EMAIL =
  /\b[\w.+-]{1,64}\s?(?:\[at\]|\(at\)|\sat\s)\s?[\w-]{1,63}(?:\s?(?:\[dot\]|\(dot\)|\sdot\s|\.)\s?[\w-]{1,63}){1,4}\b/i
/** Words of a paragraph on reporting: an address in it is the channel before any other. */
const REPORTING = /report|disclos|vulnerab|security|contact|send|e-?mail|write to|submit|notify|reach/i
/** A paragraph that is a copyright or licence notice: its address is the author's, not a channel. */
const NOTICE = /copyright|©|SPDX-License-Identifier|\(c\)\s*\d{4}/i
/** What happens after a report: times, coordination, embargo, advisories, CVEs. Read with the addresses of links left out. */
const DISCLOSURE =
  /\b(coordinated|responsible) (vulnerability )?disclosure|\bdisclosure (process|timeline|deadline|date)|\bcoordinat(e|es|ed|ing) (the )?(fix(es)? and (the )?)?(public )?disclosure|\bembargo|\b(request|assign|obtain|reserve|allocate|issue|publish|file)\w* (a |an )?CVEs?\b|\bCVEs?( ids?| identifiers?| numbers?)? (will|is|are|gets?) (be )?(assigned|requested|issued|published|reserved)|\bCVE (ids?|identifiers?|numbers?)\b|\bCVE-\d{4}|\b(security )?advisor(y|ies)\b|\bdisclos(e|ed|ing) (it |them |the |this |a |any )?(vulnerabilit|issue|fix|details|publicly)|\bwithin \d+|\b\d{1,3}\s?(business |working |calendar )?(days?|hours?|weeks?)\b|\btimeline\b|\bwe (will|'ll|aim to|try to) (respond|acknowledge|reply|get back|investigate|fix|release|publish|notify|credit|confirm)|\byou (will|should) (receive|hear|get) (a |an )?(response|reply|acknowledg)/i
/**
 * The same in French, German, Italian, Spanish, Dutch, Portuguese and Estonian: a disclosure
 * policy or coordinated disclosure, an acknowledgement, a time to answer, security advisories.
 */
const DISCLOSURE_OTHER_LANGUAGES = new RegExp(
  [
    // French
    String.raw`divulgation (coordonnée|responsable)|(processus|procédure|calendrier|délai) de (divulgation|publication)|accuse(ra|rons|r)? (de )?réception|avis de sécurité|bulletins? de sécurité`,
    // German
    String.raw`(koordinierte|verantwortungsvolle|verantwortliche)n? (Offenlegung|Veröffentlichung)|Offenlegungs(prozess|frist)|Sicherheits(hinweis|mitteilung|warnung|bulletin)(e|en)?|Eingangsbestätigung|innerhalb von \d+`,
    // Italian
    String.raw`divulgazione (coordinata|responsabile)|(processo|procedura) di divulgazione|avvis[oi] di sicurezza|bollettin[oi] di sicurezza|entro \d+`,
    // Spanish
    String.raw`divulgación (coordinada|responsable)|(proceso|procedimiento) de divulgación|avisos? de seguridad|boletín de seguridad|acuse de recibo|en un plazo de \d+`,
    // Dutch
    String.raw`(gecoördineerde|verantwoorde) (kwetsbaarheids)?openbaarmaking|binnen \d+|beveiligingsadvi(es|ezen)`,
    // Portuguese
    String.raw`divulgação (coordenada|responsável)|processo de divulgação|avisos? de segurança|boletim de segurança|no prazo de \d+`,
    // Estonian
    String.raw`(koordineeritud|vastutustundlik) (haavatavuse )?avalikustami\p{L}*|\d+ (tööpäeva|päeva|tunni|nädala) jooksul`,
    // a number of hours, days or weeks in any of them
    String.raw`\d{1,3}\s?(heures|jours( ouvrés| ouvrables)?|semaines|Stunden|Tagen?|Werktagen?|Wochen|ore|giorni( lavorativi)?|settimane|horas|días( hábiles)?|semanas|uur|dagen|werkdagen|weken|dias( úteis)?)`,
  ]
    .map((p) => String.raw`(?<![\p{L}\p{N}])(${p})(?![\p{L}])`)
    .join('|'),
  'iu',
)
/** Bug-bounty platforms, whose programmes set response times and disclosure. */
const BOUNTY = /^https:\/\/(www\.)?(hackerone\.com|bugcrowd\.com|intigriti\.com|yeswehack\.com)\//i
/** Services that take reports for the maintainers and coordinate the fix and its disclosure under their own published process. */
const COORDINATOR = /^https:\/\/(www\.)?tidelift\.com\/security/i
const TEMPLATE = /Use this section to tell people about which versions of your project are\s+currently being supported/i

interface Source {
  /** Where the text is: a path of the repository, or an address. */
  where: string
  text: string
  /** The path the findings point at, when the text is in the repository. */
  path?: string
  /** The line findings without a line of their own point at (a README section's heading). */
  line?: number
}

export const check: Check = {
  meta: {
    id: 'security-policy',
    family: 'security',
    title: 'Security policy with a private reporting channel and a disclosure process',
    level: 1,
    version: '3.0.0',
    crosswalk: {
      osps: ['OSPS-VM-01.01', 'OSPS-VM-02.01', 'OSPS-VM-03.01'],
      bestPractices: ['vulnerability_report_process', 'vulnerability_report_private', 'vulnerability_report_response'],
      publicCode: ['make-contributing-easy'],
      cra: ['Art. 24(1)', 'Annex I Part II(5)', 'Annex I Part II(6)'],
    },
    subjectFile: 'SECURITY.md',
    securitySeverity: 3.0,
    anchors: ['SECURITY.md'],
  },
  docs,
  async run(ctx) {
    const found = await policySources(ctx)
    if ('finding' in found) return [found.finding]
    const { sources } = found
    const first = sources[0]!
    const template = TEMPLATE.exec(first.text)
    if (template && first.path) {
      return [
        {
          status: 'fail',
          message: `${first.where} is still GitHub's SECURITY.md template`,
          location: { path: first.path, startLine: lineOf(first.text, template.index) },
          remediation: 'Replace the template with your supported versions, your private reporting channel and your disclosure process.',
        },
      ]
    }
    let channel = firstOf(sources, privateChannel)
    let disclosure = firstOf(sources, disclosureProcess)
    // a policy that goes on elsewhere (the foundation's security page, the organisation's policy) is read there
    let unread: string | undefined
    if (!channel.found || !disclosure.found) {
      const further = await continuation(ctx, sources)
      sources.push(...further.sources)
      unread = further.unread
      channel = firstOf(sources, privateChannel)
      disclosure = firstOf(sources, disclosureProcess)
    }
    if ((!channel.found || !disclosure.found) && unread) {
      return [
        {
          status: 'unknown',
          message: `${first.where} ${!channel.found ? 'gives no private reporting channel' : 'does not describe a disclosure process'} itself, and goes on at ${unread}, which was not read`,
          ...(first.path ? { location: { path: first.path } } : {}),
          remediation: 'Run with network access (--network, on by default in the Action), or put the whole policy in SECURITY.md.',
        },
      ]
    }
    const findings: Finding[] = []
    const read = sources.map((s) => s.where).join(', ')
    const at = (source: Source | undefined, line?: number) =>
      source?.path ? { location: { path: source.path, ...((line ?? source.line) ? { startLine: line ?? source.line } : {}) } } : {}
    if (!channel.found) {
      const publicOnly = firstOf(sources, (t) => publicTracker(t))
      findings.push({
        status: 'fail',
        message: publicOnly.found
          ? `${read} only points to the public issue tracker or a public forum (${publicOnly.found.what}); vulnerabilities need a private channel`
          : `${read} gives no private reporting channel (no address to report to, and no private reporting URL)`,
        ...at(publicOnly.source ?? first, publicOnly.found?.line),
        remediation:
          'Name a security email address in a sentence on reporting, or enable GitHub private vulnerability reporting and link https://github.com/OWNER/REPO/security/advisories/new.',
      })
    }
    if (!disclosure.found) {
      findings.push({
        status: 'fail',
        message: `${read} does not describe a disclosure process (what happens after a report, in what time, how it is published)`,
        ...at(first),
        remediation:
          'Say when reporters hear back (e.g. "within 5 working days"), how fixes are coordinated, and how advisories are published.',
      })
    }
    if (findings.length > 0) return findings
    const where = (s: Source, line: number) => (s === first ? `line ${line}` : `${s.where}, line ${line}`)
    return [
      {
        status: 'pass',
        message: `${first.where}: private channel ${channel.found!.what} (${where(channel.source!, channel.found!.line)}); disclosure process ${disclosure.found!.what} (${where(disclosure.source!, disclosure.found!.line)})`,
        ...at(channel.source, channel.found!.line),
      },
    ]
  },
}

interface Hit {
  what: string
  line: number
}

function firstOf(sources: Source[], find: (text: string) => Hit | undefined): { found?: Hit; source?: Source } {
  for (const source of sources) {
    const found = find(source.text)
    if (found) return { found, source }
  }
  return {}
}

/**
 * The policy's texts: the repository's SECURITY file and the documents of the repository it
 * links on security; else the policy the README links (read over the network when it is on a
 * web page); else the organisation's SECURITY file (GitHub's `.github` repository).
 */
async function policySources(ctx: CheckContext): Promise<{ sources: Source[] } | { finding: Finding }> {
  const { repo } = ctx
  const entry = findDoc(repo, ['SECURITY'])
  if (entry) {
    const read = await repo.readText(entry.path)
    if (!read.ok) return { finding: unreadableFinding(read, 'the security policy') }
    return { sources: [{ where: entry.path, path: entry.path, text: read.text }, ...(await linkedDocuments(ctx, entry.path, read.text))] }
  }
  const readme = findDoc(repo, ['README'])
  const readmeText = readme ? await repo.readText(readme.path) : undefined
  // the README's own security section: the policy when it holds a channel of its own (not only a link to the policy)
  const section = readme && readmeText?.ok ? await readmeSecuritySection(ctx, readme.path, readmeText.text) : undefined
  if (section && privateChannel(section.text) && disclosureProcess(section.text)) return { sources: [section] }
  if (readme && readmeText?.ok) {
    const linked = await linkedDocuments(ctx, readme.path, readmeText.text)
    if (linked.length > 0) return { sources: linked }
    const web = links(readmeText.text).find(
      (l) => /^https:\/\//i.test(l.target) && !PUBLIC_URL.test(l.target) && isPolicyLink(l.text, l.target),
    )
    if (web && ORGANISATION_POLICY.test(web.target)) {
      const organisation = await ctx.organisation.find(['SECURITY'])
      if ('file' in organisation) return { sources: [{ where: organisation.file.url, text: organisation.file.text }] }
      if ('unknown' in organisation) {
        return {
          finding: {
            status: 'unknown',
            message: `no SECURITY file in the repository; ${readme.path} links the organisation's security policy (${web.target}); ${organisation.unknown}`,
            location: { path: readme.path, startLine: web.line },
            remediation: 'Run with network access (--network, on by default in the Action), or add SECURITY.md to the repository.',
          },
        }
      }
    } else if (web && !ctx.network.enabled) {
      return {
        finding: {
          status: 'unknown',
          message: `no SECURITY file in the repository; ${readme.path} links the security policy at ${web.target}, which is read only with network access`,
          location: { path: readme.path, startLine: web.line },
          remediation: 'Run with network access (--network, on by default in the Action), or add SECURITY.md to the repository.',
        },
      }
    }
    if (web) {
      const page = await fetchText(web.target, { ...DEFAULT_FETCH, maxBytes: 2 * 1024 * 1024, allowHosts: ctx.network.allowHosts })
      if (!page.ok) {
        return {
          finding: {
            status: 'unknown',
            message: `no SECURITY file in the repository; the security policy ${readme.path} links (${web.target}) could not be read: ${page.reason}`,
            location: { path: readme.path, startLine: web.line },
            remediation: 'Run again when the page can be reached, or add SECURITY.md to the repository.',
          },
        }
      }
      return { sources: [{ where: web.target, text: /<html|<body|<p[\s>]/i.test(page.text) ? htmlToText(page.text) : page.text }] }
    }
  }
  if (section) return { sources: [section] }
  const none = 'no security policy (SECURITY.md in the root, .github/ or docs/, a security section of the README, or one the README links)'
  const organisation = await ctx.organisation.find(['SECURITY'])
  if ('file' in organisation) return { sources: [{ where: organisation.file.url, text: organisation.file.text }] }
  if ('unknown' in organisation) {
    return {
      finding: {
        status: 'unknown',
        message: `${none} in the repository; ${organisation.unknown}`,
        remediation: 'Run with network access, or add SECURITY.md to the repository.',
      },
    }
  }
  return {
    finding: {
      status: 'fail',
      message: none,
      remediation:
        'Add SECURITY.md saying how to report a vulnerability privately (a security email address or GitHub private vulnerability reporting) and what happens after a report.',
    },
  }
}

/** Headings of a README's security section, in the languages of the disclosure vocabulary. */
const SECURITY_HEADING = /secur|vulnerab|sicherheit|sécurité|seguridad|sicurezza|beveiliging|segurança|turvalisus|haavatavus/i
/** Words of a section on reporting vulnerabilities. */
const REPORTING_SECTION = /report|disclos|vulnerab|contact|signaler|melden|segnala|reportar|meld|teata/i
/** Links to where the policy is: GitHub's page for the repository's policy, the organisation's SECURITY.md. */
const POLICY_POINTER = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/security\/policy\/?$|^https:\/\/github\.com\/[\w-]+\/\.github\//i

/**
 * The README's section on security (libxml2's "Security", ripgrep's "Vulnerability reporting"),
 * when it says how to report: a channel, or the public tracker, of its own. A section that only
 * sends readers to the policy is not the policy. The text is the README's, blanked outside the
 * section, so that lines stay the README's.
 */
async function readmeSecuritySection(ctx: CheckContext, path: string, text: string): Promise<Source | undefined> {
  const sections = await readmeSections(ctx.repo, { readmeSection: SECURITY_HEADING })
  for (const section of sections) {
    if (!REPORTING_SECTION.test(section.text)) continue
    const own = section.text.replace(/\]\(([^()\s]*)\)|https?:\/\/[^\s)>\]"'`<]*/g, (m, target?: string) =>
      POLICY_POINTER.test(target ?? m) ? ' '.repeat(m.length) : m,
    )
    if (!privateChannel(own) && !publicTracker(own)) continue
    const lines = text.split(/\r?\n/)
    const end = section.line - 1 + section.text.split(/\r?\n/).length
    const blanked = lines.map((l, i) => (i >= section.line - 1 && i < end ? l : '')).join('\n')
    return { where: `${path} section "${section.heading}"`, path, line: section.line, text: blanked }
  }
  return undefined
}

/** The organisation's SECURITY.md in its `.github` repository. */
const ORGANISATION_POLICY = /^https:\/\/github\.com\/[\w-]+\/\.github\//i

/** A link from a README to the security policy: its text says so, or it is a SECURITY file or a security page. */
function isPolicyLink(text: string, target: string): boolean {
  const path = target.replace(/^https?:\/\/[^/]+/, '')
  return (
    /security (policy|vulnerabilit)|vulnerabilit|disclos|report(ing)? (a )?security/i.test(text) ||
    /\/security(\.md|\.html?|\/?$)/i.test(path)
  )
}

function isSecurityLink(text: string, target: string): boolean {
  return /security|vulnerab|disclos/i.test(text) || /security|vuln|disclos/i.test(target.replace(/^https?:\/\/[^/]+/, ''))
}

/** Documents of the repository a text links on security (curl's SECURITY.md links docs/VULN-DISCLOSURE-POLICY.md): at most three. */
async function linkedDocuments(ctx: CheckContext, from: string, text: string): Promise<Source[]> {
  const out: Source[] = []
  for (const link of links(text)) {
    if (out.length >= 3) break
    if (/^[a-z][a-z0-9+.-]*:/i.test(link.target) || link.target.startsWith('#') || !isSecurityLink(link.text, link.target)) continue
    const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : ''
    const target = resolvePath(base, decodeURIComponent(link.target.split('#')[0]!))
    if (!target || target === from || out.some((s) => s.path === target)) continue
    const read = await ctx.repo.readText(target)
    if (read.ok) out.push({ where: target, path: target, text: read.text })
  }
  return out
}

function resolvePath(base: string, relative: string): string | undefined {
  const parts: string[] = []
  for (const part of (relative.startsWith('/') ? relative.slice(1) : `${base}${relative}`).split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(part)
  }
  return parts.length ? parts.join('/') : undefined
}

/**
 * The pages a policy sends readers on to (an organisation's SECURITY.md, a foundation's
 * security page): read over the network when the run may; otherwise `unread` names them.
 */
async function continuation(ctx: CheckContext, sources: Source[]): Promise<{ sources: Source[]; unread?: string }> {
  const out: Source[] = []
  let unread: string | undefined
  const seen = new Set(sources.map((s) => s.where))
  for (const link of sources.flatMap((s) => links(s.text))) {
    if (out.length >= 2) break
    const url = link.target
    if (!/^https:\/\//i.test(url) || seen.has(url) || PUBLIC_URL.test(url) || !isSecurityLink(link.text, url)) continue
    seen.add(url)
    if (ORGANISATION_POLICY.test(url)) {
      const organisation = await ctx.organisation.find(['SECURITY'])
      if ('file' in organisation) out.push({ where: organisation.file.url, text: organisation.file.text })
      else if ('unknown' in organisation) unread ??= url
      continue
    }
    if (FORGE_HOST.test(url)) continue
    if (!ctx.network.enabled) {
      unread ??= url
      continue
    }
    const page = await fetchText(url, { ...DEFAULT_FETCH, maxBytes: 2 * 1024 * 1024, allowHosts: ctx.network.allowHosts })
    if (page.ok) out.push({ where: url, text: /<html|<body|<p[\s>]/i.test(page.text) ? htmlToText(page.text) : page.text })
    else unread ??= `${url} (${page.reason})`
  }
  return { sources: out, ...(unread ? { unread } : {}) }
}

/** The text's paragraphs (blank-line separated), with where each starts; HTML comments blanked out, lines kept. */
function paragraphs(text: string): { text: string; start: number }[] {
  const visible = text.slice(0, MAX_ANALYSED_CHARS).replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
  const out: { text: string; start: number }[] = []
  let start = 0
  for (const m of visible.matchAll(/\n[ \t]*\n/g)) {
    out.push({ text: visible.slice(start, m.index), start })
    start = m.index + m[0].length
  }
  out.push({ text: visible.slice(start), start })
  return out
}

/** A private channel: an address (not in a notice), a private reporting URL, or the forge's private reporting. */
function privateChannel(text: string): Hit | undefined {
  const urls = links(text).filter((l) => /^https?:\/\//i.test(l.target))
  // a private reporting URL first (GitHub's advisories form, a bug-bounty platform, a service desk)
  const form = urls.find((l) => PRIVATE_URL.test(l.target))
  if (form) return { what: form.target, line: form.line }
  // then an address in a paragraph on reporting, then any other address that is not in a notice
  const addresses: (Hit & { reporting: boolean })[] = []
  for (const p of paragraphs(text)) {
    if (NOTICE.test(p.text) && !/report|vulnerab/i.test(p.text)) continue
    for (const { address, index } of emails(p.text)) {
      if (/noreply|no-reply|example\.(com|org)$/i.test(address)) continue
      addresses.push({ what: address, line: lineOf(text, p.start + index), reporting: REPORTING.test(p.text) })
    }
  }
  const address = addresses.find((a) => a.reporting) ?? addresses[0]
  if (address) return { what: address.what, line: address.line }
  // a link to the maintainers' contact page in a sentence on reporting ("please [contact Andrew Gallant](…/about/)")
  const contact = urls.find(
    (l) =>
      /^(contact|e-?mail|write to|reach)\b/i.test(l.text) &&
      !PUBLIC_URL.test(l.target) &&
      !FORGE_HOST.test(l.target) &&
      paragraphs(text).some((p) => REPORTING.test(p.text) && /report|vulnerab|security/i.test(p.text) && p.text.includes(l.target)),
  )
  if (contact) return { what: contact.target, line: contact.line }
  // a security contact page on the project's own site (not a page on a forge)
  const page = urls.find((l) => !PUBLIC_URL.test(l.target) && !FORGE_HOST.test(l.target) && SECURITY_PAGE.test(l.target))
  if (page) return { what: page.target, line: page.line }
  const obfuscated = OBFUSCATED_EMAIL.exec(text)
  if (obfuscated) return { what: obfuscated[0], line: lineOf(text, obfuscated.index) }
  const feature = PRIVATE_REPORTING_FEATURE.exec(text)
  if (feature) return { what: `"${feature[0]}"`, line: lineOf(text, feature.index) }
  return undefined
}

function publicTracker(text: string): Hit | undefined {
  const link = links(text).find(
    (l) => /\/(issues|discussions|-\/issues)/i.test(l.target) || (PUBLIC_URL.test(l.target) && REPORTING.test(l.text)),
  )
  return link ? { what: link.target, line: link.line } : undefined
}

/** The disclosure process: described in the text (links' addresses left out), or a link to the process the project follows. */
function disclosureProcess(text: string): Hit | undefined {
  const withoutAddresses = text
    .slice(0, MAX_ANALYSED_CHARS)
    // a table of contents' links to the policy's own sections describe nothing
    .replace(/\[[^[\]\n]*\]\(#[^()\s]*\)/g, (m) => ' '.repeat(m.length))
    .replace(/\]\([^()\s]*\)|https?:\/\/[^\s)>\]"'`<]*/g, (m) => ' '.repeat(m.length))
  const english = DISCLOSURE.exec(withoutAddresses)
  const other = DISCLOSURE_OTHER_LANGUAGES.exec(withoutAddresses)
  const described = english && other ? (english.index <= other.index ? english : other) : (english ?? other)
  if (described) return { what: 'described', line: lineOf(text, described.index) }
  // a bug-bounty programme's platform sets the disclosure rules (response times, publication)
  const bounty = links(text).find((l) => BOUNTY.test(l.target))
  if (bounty) return { what: `by the bug-bounty programme ${bounty.target}`, line: bounty.line }
  const coordinator = links(text).find((l) => COORDINATOR.test(l.target))
  if (coordinator) return { what: `by the coordinator ${coordinator.target}, which publishes its process`, line: coordinator.line }
  return undefined
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
