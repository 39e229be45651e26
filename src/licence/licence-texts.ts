/**
 * The project's licence files and what each one is. Files: LICENSE, LICENCE, COPYING,
 * UNLICENSE and their variants (LICENSE.md, LICENSE-MIT, COPYING.LESSER, MIT-LICENSE) at the
 * root, the texts in LICENSES/ (REUSE), and a PATENTS file beside them. A text is identified
 * by the SPDX matching templates (Markdown and HTML rendered first); a file that is only an
 * SPDX-License-Identifier tag says its expression; a REUSE text is named by its file name.
 */
import type { Entry, Snapshot } from '../core/snapshot.js'
import { formatBytes } from '../core/snapshot.js'
import { canonicalLicenceId, leaves, parseLicenceExpression } from './expression.js'
import { isListedException, licenceFlags } from './licence-list.js'
import { extractTags } from './reuse/tags.js'
import { identifyByTemplates, type ClosestTemplate } from './templates/identify.js'
import { formatOf, plainLicenceText } from './templates/render.js'

/** A licence text is a few hundred kilobytes at most; a bigger "LICENSE" is not read. */
export const MAX_LICENCE_FILE_BYTES = 1024 * 1024

export interface LicenceFile {
  path: string
  /** The licence(s) or exception it is; several when their texts are the same. Empty when not identified. */
  ids: string[]
  /**
   * template: its text matches the SPDX template of ids; spdx-identifier: it is an SPDX tag;
   * reuse-name: LICENSES/<id>.txt, named by REUSE (its text is checked); licence-ref: a
   * LicenseRef- text; rider: terms added beside the licence (PATENTS); none: not identified.
   */
  method: 'template' | 'spdx-identifier' | 'reuse-name' | 'licence-ref' | 'rider' | 'none'
  /** The whole expression when the file gives one (an SPDX-License-Identifier). */
  expression?: string
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
  const result = identifyByTemplates(plainLicenceText(read.text, format), { markup: format !== 'text' })
  const named = reuseName(path)
  if (named) return reuseText(path, named, result)
  if (result.match) return { path, ids: orderSameText(result.match.ids), method: 'template' }
  if (result.leading && !result.leading.changesTerms) {
    return {
      path,
      ids: orderSameText(result.leading.ids),
      method: 'template',
      additional: { words: result.leading.words, excerpt: result.leading.excerpt },
    }
  }
  if (result.leading) {
    return {
      path,
      ids: [],
      method: 'none',
      problem: `${path}: the ${result.leading.ids.join(' / ')} text followed by ${result.leading.words} more words that may change its terms ("${result.leading.excerpt}"); this is not the plain ${result.leading.ids[0]}`,
    }
  }
  return { path, ids: [], method: 'none', ...(result.closest && result.closest.confidence >= 0.5 ? { closest: result.closest } : {}) }
}

/** The id a REUSE licence text's name gives (LICENSES/MIT.txt is MIT), if it is in LICENSES/. */
function reuseName(path: string): string | undefined {
  const m = /^LICENSES\/([^/]+?)(\.[a-z0-9]+)?$/i.exec(path)
  return m?.[1]
}

function reuseText(path: string, name: string, result: ReturnType<typeof identifyByTemplates>): LicenceFile {
  const matched = result.match?.ids ?? []
  if (/^LicenseRef-/i.test(name)) return { path, ids: [name], method: 'licence-ref', ...(matched.length ? { textIs: matched } : {}) }
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

/** GPL-2.0-only and GPL-2.0-or-later have one text; so do a deprecated id and its successor. */
function sameLicence(a: string, b: string): boolean {
  const family = (id: string) => id.toLowerCase().replace(/(-only|-or-later|\+)$/, '')
  return family(a) === family(b)
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
