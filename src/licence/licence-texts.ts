/**
 * The project's licence files and what each one is. Files: LICENSE, LICENCE, COPYING,
 * UNLICENSE and their variants (LICENSE.md, LICENSE-MIT, COPYING.LESSER, MIT-LICENSE) at the
 * root, the texts in LICENSES/ (REUSE), and a PATENTS file beside them. A text is identified
 * by the SPDX matching templates (Markdown and HTML rendered first), also when a file holds
 * several texts under words saying they are a choice; a file that is only an
 * SPDX-License-Identifier tag says its expression; a REUSE text is named by its file name. A
 * file that holds no licence text may be a statement naming licences (ripgrep's COPYING:
 * "dual-licensed under the Unlicense and MIT licenses") or notices of others' work
 * (libdigidocpp's COPYING); a name such as LICENSE.artwork says the file is the licence of some
 * files, not of the project.
 */
import type { Entry, Snapshot } from '../core/snapshot.js'
import { formatBytes } from '../core/snapshot.js'
import { canonicalLicenceId, leaves, parseLicenceExpression } from './expression.js'
import { isListedException, licenceFlags } from './licence-list.js'
import { extractTags } from './reuse/tags.js'
import { CHOICE, namedLicences, readStatement } from './licence-statement.js'
import { identifyByTemplates, identifyLicenceSequence, type ClosestTemplate } from './templates/identify.js'
import { RESTRICTIVE } from './templates/match.js'
import { normaliseText } from './templates/normalise.js'
import { readNoticesFile } from './third-party-notices.js'
import { formatOf, plainLicenceText } from './templates/render.js'

/** A licence text is a few hundred kilobytes at most; a bigger "LICENSE" is not read. */
export const MAX_LICENCE_FILE_BYTES = 1024 * 1024

export interface LicenceFile {
  path: string
  /**
   * The licence(s) or exception it is; several when their texts are the same (GPL-3.0-only /
   * GPL-3.0-or-later), or when it holds several texts or a statement names several. Empty
   * when not identified.
   */
  ids: string[]
  /**
   * template: its text matches the SPDX template of ids (or it holds several texts, each
   * matching); spdx-identifier: it is an SPDX tag; reuse-name: LICENSES/<id>.txt, named by
   * REUSE (its text is checked); licence-ref: a LicenseRef- text; rider: terms added beside the
   * licence (PATENTS); statement: a few sentences naming licences, no licence text; notices:
   * notices of others' work (files with their copyright and terms), no licence of the
   * project; none: not identified.
   */
  method: 'template' | 'spdx-identifier' | 'reuse-name' | 'licence-ref' | 'rider' | 'statement' | 'notices' | 'none'
  /**
   * The whole expression when the file gives one: an SPDX-License-Identifier, a statement, or
   * several texts that the file's words say are a choice (MS-PL OR Apache-2.0).
   */
  expression?: string
  /** Several licence texts in the file, one after the other, that its first words say are a choice (first id of each). */
  texts?: string[]
  /** The file's name says it is the licence of part of the project (LICENSE.artwork: "artwork"), not of the project. */
  scope?: string
  /** Notices of others' work: the files and folders the file names. */
  notices?: string[]
  /** A LicenseRef- text that is a notice granting an SPDX licence (a GNU notice), and the proxy that may accept later versions. */
  grants?: { id: string; proxy?: string }
  /** The text goes on after the licence: notices of bundled code, say. */
  additional?: { words: number; excerpt: string }
  /** A LicenseRef- or a REUSE-named text whose words are those of this SPDX licence. */
  textIs?: string[]
  /** Not identified: the nearest template and how the text differs. */
  closest?: ClosestTemplate
  /** A fault to fix: a text that is not the licence its name says, or a file that could not be read. */
  problem?: string
}

/** A licence file's name: LICENSE, LICENCE.md, COPYING.LESSER, UNLICENSE, LICENSE-MIT, LICENSE_1_0.txt (also read in Go module zips). */
export const LICENCE_FILE = /^(licen[cs]e|copying|unlicen[cs]e)([-._][^/]*)?$/i
/** MIT-LICENSE, APACHE-LICENSE-2.0.txt, GPL_LICENSE: a licence's name before the word. */
const NAMED_LICENCE_FILE = /^[a-z0-9.]{2,20}[-_]licen[cs]e([-._][^/]*)?$/i
const PATENTS_FILE = /^patents?([-._][^/]*)?$/i
const SIDECAR = /\.license$/i
/** Notices about other people's code (LICENSE-THIRD-PARTY, LICENSE-3rdparty.csv) are not the project's licence. */
const THIRD_PARTY = /third|3rd|party|notice|vendor|depend|bundled/i
/** LICENSE.artwork, COPYING-docs, LICENSE-fonts.txt: the licence of a part of the project, by its name. */
const SCOPED =
  /^(?:licen[cs]e|copying)[-._](art|artwork|assets|audio|data|docs?|documentation|fonts?|graphics|icons?|images?|logos?|media|sounds?|translations?)(?:\.(?:txt|md|markdown|rst|html?))?$/i
/** A statement is a few sentences: a longer text that is not a licence is not read as one. */
const MAX_STATEMENT_WORDS = 150
/** A title before a licence text is a line of a few words (as identify.ts skips one). */
const MAX_TITLE_WORDS = 12

/** Licence files at the root, the texts in LICENSES/, and a PATENTS file at the root. */
export function licenceFiles(repo: Snapshot): Entry[] {
  return repo.files.filter((e) => {
    if (e.kind === 'submodule' || SIDECAR.test(e.path)) return false
    if (!e.path.includes('/'))
      return (LICENCE_FILE.test(e.path) || NAMED_LICENCE_FILE.test(e.path) || PATENTS_FILE.test(e.path)) && !THIRD_PARTY.test(e.path)
    return /^LICENSES\/[^/]+$/.test(e.path)
  })
}

export async function identifyLicenceFile(repo: Snapshot, path: string): Promise<LicenceFile> {
  const read = await repo.readText(path, { maxBytes: MAX_LICENCE_FILE_BYTES })
  if (!read.ok) {
    const problem =
      read.reason === 'too-large'
        ? `${path} is ${formatBytes(repo.get(path)?.size ?? 0)}, too large to be a licence text (at most ${formatBytes(MAX_LICENCE_FILE_BYTES)} are read)`
        : read.message
    return { path, ids: [], method: 'none', problem }
  }
  if (!path.includes('/') && PATENTS_FILE.test(path)) return { path, ids: [], method: 'rider' }
  // a short file that is only a tag, read as the REUSE lint reads tags (comment endings removed)
  const tag = read.text.length <= 2000 && read.text.trim().split(/\s+/).length <= 40 ? extractTags(read.text).expressions[0] : undefined
  if (tag) {
    const parsed = parseLicenceExpression(tag.value)
    if (!parsed.ok) return { path, ids: [], method: 'none', problem: `${path}: SPDX-License-Identifier: ${parsed.message}` }
    const expression = upgradeDeprecated(parsed.normalised)
    const upgraded = parseLicenceExpression(expression)
    return { path, ids: leaves(upgraded.ok ? upgraded.ast : parsed.ast).map((l) => l.license), expression, method: 'spdx-identifier' }
  }
  const format = formatOf(path)
  const plain = plainLicenceText(read.text, format)
  const result = identifyByTemplates(plain, { markup: format !== 'text' })
  const named = reuseName(path)
  if (named) return reuseText(path, named, result, plain)
  const scope = !path.includes('/') ? SCOPED.exec(path)?.[1]?.toLowerCase() : undefined
  const scoped = scope ? { scope } : {}
  if (result.match) return { path, ids: orderSameText(result.match.ids), method: 'template', ...scoped }
  if (result.leading) {
    const sequence = identifyLicenceSequence(plain, { markup: format !== 'text' })
    // several texts are the project's licences only when the file's first words say they are a choice ("Dual
    // licensing under MS-PL and Apache 2.0") and nothing but a title comes before each later text. A text after
    // the licence is otherwise taken for a notice of bundled code (jq's COPYING: the MIT text, then "jq
    // incorporates David M. Gay's dtoa.c, which bears the following notice:" and the ISC text, whose template
    // lets the line pass for its copyright notice)
    const intro = sequence?.[0]?.before ?? ''
    if (
      sequence?.every((t, i) => t.kind === 'licence' && (i === 0 || isTitleOf(t.before, t.ids))) &&
      (CHOICE.test(intro) || /\bOR\b/.test(intro))
    ) {
      const texts = sequence.map((t) => orderSameText(t.ids)[0]!)
      return {
        path,
        ids: sequence.flatMap((t) => orderSameText(t.ids)),
        method: 'template',
        expression: texts.join(' OR '),
        texts,
        ...scoped,
      }
    }
  }
  if (result.leading && !result.leading.changesTerms) {
    return {
      path,
      ids: orderSameText(result.leading.ids),
      method: 'template',
      additional: { words: result.leading.words, excerpt: result.leading.excerpt },
      ...scoped,
    }
  }
  if (result.leading) {
    return {
      path,
      ids: [],
      method: 'none',
      problem: `${path}: the ${result.leading.ids.join(' / ')} text followed by ${result.leading.words} more words that may change its terms ("${result.leading.excerpt}"); this is not the plain ${result.leading.ids[0]}`,
      ...scoped,
    }
  }
  const notices = readNoticesFile(plain)
  if (notices) return { path, ids: [], method: 'notices', notices: notices.entries, ...scoped }
  const statement = readLicenceStatement(plain)
  if (statement) return { path, ids: statement.ids, method: 'statement', expression: statement.expression, ...scoped }
  return {
    path,
    ids: [],
    method: 'none',
    ...scoped,
    ...(result.closest && result.closest.confidence >= 0.5 ? { closest: result.closest } : {}),
  }
}

/** Words before a licence text that are only its title ("Apache License, Version 2.0"), or nothing. */
function isTitleOf(before: string, ids: string[]): boolean {
  if (before === '') return true
  const words = normaliseText(before).words.filter((w) => /\w/.test(w))
  if (words.length > MAX_TITLE_WORDS) return false
  const families = new Set(ids.map(familyOf))
  return namedLicences(before).some((id) => families.has(familyOf(id)))
}

/**
 * A short text that names licences and says nothing that restricts them: a statement such as
 * "This project is dual-licensed under the Unlicense and MIT licenses. You may use this code
 * under the terms of either license." Its expression is the statement's (licence-statement.ts).
 */
function readLicenceStatement(text: string): { ids: string[]; expression: string } | undefined {
  const words = normaliseText(text).words.filter((w) => /\w/.test(w))
  if (words.length === 0 || words.length > MAX_STATEMENT_WORDS) return undefined
  if (!/\blicen[cs]/i.test(text) || words.some((w) => RESTRICTIVE.has(w))) return undefined
  const statement = readStatement(text)
  if (!statement || statement.proxies.length > 0) return undefined
  const parsed = parseLicenceExpression(statement.expression)
  return parsed.ok ? { ids: statement.ids, expression: parsed.normalised } : undefined
}

/** The id a REUSE licence text's name gives (LICENSES/MIT.txt is MIT), if it is in LICENSES/. */
function reuseName(path: string): string | undefined {
  const m = /^LICENSES\/([^/]+?)(\.[a-z0-9]+)?$/i.exec(path)
  return m?.[1]
}

function reuseText(path: string, name: string, result: ReturnType<typeof identifyByTemplates>, plain: string): LicenceFile {
  const matched = result.match?.ids ?? []
  if (/^LicenseRef-/i.test(name)) {
    if (matched.length) return { path, ids: [name], method: 'licence-ref', textIs: matched }
    const grants = licenceGrant(plain)
    return { path, ids: [name], method: 'licence-ref', ...(grants ? { grants } : {}) }
  }
  const id = canonicalLicenceId(name) ?? (isListedException(name) ? name : undefined)
  if (!id || !(licenceFlags(id) || isListedException(id)))
    return {
      path,
      ids: [],
      method: 'none',
      problem: `${path}: "${name}" is neither an SPDX licence or exception id nor a LicenseRef- (REUSE names a licence text after its id)`,
    }
  if (matched.some((m) => sameLicence(m, id))) return { path, ids: [id], method: 'template' }
  const what = matched.length
    ? `its text is that of ${matched.join(' / ')}`
    : result.closest && result.closest.confidence >= 0.5
      ? `its text is not ${id}'s; closest is ${result.closest.ids.join(' / ')} (${Math.round(result.closest.confidence * 1000) / 10}% of its fixed words in place): ${result.closest.differences.join('; ')}`
      : `its text is not ${id}'s`
  return {
    path,
    ids: [id],
    method: 'reuse-name',
    ...(matched.length ? { textIs: matched } : {}),
    ...(result.closest ? { closest: result.closest } : {}),
    problem: `${path} is named ${id}, but ${what}`,
  }
}

/**
 * A short LicenseRef- text that is a licence notice: it grants one SPDX licence and restricts
 * nothing (KDE's LicenseRef-KDE-Accepted-GPL: "you can redistribute it and/or modify it under
 * the terms of the GNU General Public License ...; either version 3 of the license or (at your
 * option) at any later version that is accepted by the membership of KDE e.V. ... which shall
 * act as a proxy"). The grant is at least the named version; later ones are the proxy's to add.
 */
function licenceGrant(text: string): { id: string; proxy?: string } | undefined {
  const words = normaliseText(text).words.filter((w) => /\w/.test(w))
  if (words.length === 0 || words.length > MAX_STATEMENT_WORDS) return undefined
  if (!/\b(redistribute|licen[cs]ed under|under the terms of)\b/i.test(text)) return undefined
  // "WITHOUT ANY WARRANTY; without even the implied warranty": a disclaimer, not a restriction of the grant
  const grant = text.replace(/without any warranty[^.]*\./gi, ' ')
  if (normaliseText(grant).words.some((w) => RESTRICTIVE.has(w))) return undefined
  const statement = readStatement(text)
  if (!statement || statement.ids.length !== 1) return undefined
  const proxy = statement.proxies.find((p) => p.id === statement.ids[0])?.proxy
  return { id: statement.ids[0]!, ...(proxy ? { proxy } : {}) }
}

const familyOf = (id: string) => id.toLowerCase().replace(/(-only|-or-later|\+)$/, '')

/** GPL-2.0-only and GPL-2.0-or-later have one text; so do a deprecated id and its successor. */
function sameLicence(a: string, b: string): boolean {
  return familyOf(a) === familyOf(b)
}

/**
 * Ids that share a text, most likely first: -only before -or-later (the text alone cannot say
 * "or later", and -only claims less), then the id the others extend (MPL-2.0 before
 * MPL-2.0-no-copyleft-exception, GFDL-1.3-only before GFDL-1.3-invariants-only).
 */
function orderSameText(ids: string[]): string[] {
  const variant = (id: string) => id.replace(/-(only|or-later)$/, '').length
  return [...ids].sort((a, b) => Number(b.endsWith('-only')) - Number(a.endsWith('-only')) || variant(a) - variant(b) || (a < b ? -1 : 1))
}

/** Deprecated ids in a tag read as their successors: GPL-2.0+ is GPL-2.0-or-later. */
export function upgradeDeprecated(expression: string): string {
  return expression
    .replace(/\b((?:A|L)?GPL-[123]\.[01]|GFDL-1\.[123])\+/g, '$1-or-later')
    .replace(/\b((?:A|L)?GPL-[123]\.[01]|GFDL-1\.[123])\b(?!-|\+)/g, '$1-only')
}
