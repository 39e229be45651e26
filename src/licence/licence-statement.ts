/**
 * What a licence statement says: prose that names licences instead of holding their text (a
 * README's licence section, a short COPYING such as "This project is dual-licensed under the
 * Unlicense and MIT licenses", the GNU notice at the head of a source file). Licences are read
 * by SPDX id as written (Apache-2.0, MIT), by their name on the SPDX list ("the Apache License,
 * Version 2.0", "The Unlicense"), and from the GNU notices, whose words say the version and
 * whether later ones may be chosen:
 *
 * - "the GNU General Public License as published by the Free Software Foundation, either
 *   version 3 of the License, or (at your option) any later version": GPL-3.0-or-later;
 * - "the GNU Lesser General Public License version 2.1 as published by ...": LGPL-2.1-only;
 * - "GPLv2+", "LGPL 2.1 or later": -or-later; "GPLv3 only": -only. A bare "GPLv3" says neither
 *   and is not read (a guess either way).
 * - "any later version that is accepted by the membership of KDE e.V. ... which shall act as a
 *   proxy" (GPL-3.0 section 14): the named version, with later ones only as the proxy accepts
 *   them; read as -only, with the proxy noted.
 *
 * Several licences are a choice (OR) when the statement says so ("either", "dual-licensed",
 * "at your option") outside its GNU notices, whose "either ... or any later version" is about
 * versions; otherwise all apply (AND).
 */
import { canonicalLicenceId } from './expression.js'
import { licenceFlags, listedLicences } from './licence-list.js'

export interface Statement {
  /** The licences named, in order of appearance. */
  ids: string[]
  /** OR when the statement says they are a choice, otherwise AND. */
  expression: string
  /** GNU notices whose "later versions" are those a proxy accepts (ids as read, -only). */
  proxies: { id: string; proxy: string }[]
}

/** Words that say licences are a choice. */
export const CHOICE = /\b(either|dual[- ]licen[cs](ed|ing|e)|at your (option|choice|discretion)|your choice of)\b/i

let names: { pattern: string; id: string }[] | undefined

/**
 * Each current licence's name on the SPDX list, normalised as statements are ("Apache License
 * 2.0" -> "apache license 2.0"), longest first. Names of one word are kept: there are two, both
 * words of no other use ("The Unlicense", "BSD-Inferno-Nettverk").
 */
function licenceNames(): { pattern: string; id: string }[] {
  if (names) return names
  names = listedLicences()
    .filter((l) => !l.deprecated)
    .map((l) => ({ pattern: normaliseName(l.name), id: l.id }))
    .filter((n) => n.pattern.trim() !== '')
    .sort((a, b) => b.pattern.length - a.pattern.length)
  return names
}

function normaliseName(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/licence/g, 'license')
    .replace(/[,;:()"'“”[\]]/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\b(?:version|v)\s*(\d)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()} `
}

/** Reads a statement: the licences it names and how they combine; undefined when it names none. */
export function readStatement(text: string): Statement | undefined {
  const flat = text.replace(/\s+/g, ' ')
  const notices = gnuNotices(flat)
  // the notices' own words ("either version 3 ... or any later version") are not a choice between licences
  let rest = flat
  for (const n of [...notices].sort((a, b) => b.at - a.at)) rest = `${rest.slice(0, n.at)} ${' '.repeat(n.end - n.at)}${rest.slice(n.end)}`
  const found = [...notices.map((n) => ({ at: n.at, id: n.id })), ...namedAt(rest)].sort((a, b) => a.at - b.at)
  const ids: string[] = []
  for (const { id } of found) {
    // "GNU General Public License v3.0 or later" named, and its notice: one licence
    if (ids.some((known) => known === id || (family(known) === family(id) && isGnu(id)))) continue
    ids.push(id)
  }
  if (ids.length === 0) return undefined
  const choice = CHOICE.test(rest) || /\bOR\b/.test(rest)
  return {
    ids,
    expression: ids.join(choice ? ' OR ' : ' AND '),
    proxies: notices.filter((n) => n.proxy).map((n) => ({ id: n.id, proxy: n.proxy! })),
  }
}

/** Licences a statement names: SPDX ids as written (Apache-2.0, MIT), and names on the SPDX list, in order of appearance. */
export function namedLicences(statement: string): string[] {
  return [...new Set(namedAt(statement).map((f) => f.id))]
}

function namedAt(statement: string): { at: number; id: string }[] {
  const found: { at: number; id: string }[] = []
  // the normalised text is not the same length as the statement: positions are only compared among names
  let text = normaliseName(statement)
  const scale = statement.length / Math.max(1, text.length)
  for (const { pattern, id } of licenceNames()) {
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
      found.push({ at: Math.round(at * scale), id })
      text = text.slice(0, at) + ' '.repeat(pattern.length) + text.slice(at + pattern.length)
    }
  }
  // ids written as such: with a digit or a hyphen (Apache-2.0), or all capitals (MIT, ISC), to keep words like "curl" out
  const listed = new Set(listedLicences().map((l) => l.id))
  for (const m of statement.matchAll(/[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g)) {
    const word = m[0]
    if (listed.has(word) && (/[\d-]/.test(word) || /^[A-Z0-9]{3,}$/.test(word))) found.push({ at: m.index, id: word })
  }
  return found
}

export interface GnuNotice {
  /** GPL-3.0-or-later, LGPL-2.1-only, AGPL-3.0-only, ... */
  id: string
  /** Where the notice starts and ends in the text. */
  at: number
  end: number
  /** Later versions only as this body accepts them ("the membership of KDE e.V."). */
  proxy?: string
}

const LONG_NAME = /\b(?:GNU\s+)?(Affero\s+|Lesser\s+|Library\s+)?General\s+Public\s+Licen[cs]e\b/gi
const VERSION = /^(?:[^.]|\.(?!\s)){0,160}?\b(?:version|v\.?)\s*(\d(?:\.\d)?)\b/i
const LATER =
  /^\s*(?:of\s+(?:the|this)\s+licen[cs]e\s*)?,?\s*(?:\(\s*)?or\s*(?:\(?\s*at\s+your\s+option\s*\)?\s*)?,?\s*(?:at\s+)?(?:any\s+)?later\s+versions?\b/i
const PROXY = /^\s*,?\s*(?:that\s+is\s+|which\s+is\s+|as\s+)?(?:accepted|approved)\s+by\s+([^;(),]{1,80})/i
const ONLY = /^\s*(?:of\s+(?:the|this)\s+licen[cs]e\s*)?,?\s*only\b/i
const SHORT = /\b(A|L)?GPL\s*-?\s*v?(\d(?:\.\d)?)(\s*\+|\s+or\s+(?:any\s+)?later(?:\s+versions?)?\b|\s+only\b)/gi

/** The GNU licence notices in a text (whitespace collapsed), in order. */
export function gnuNotices(text: string): GnuNotice[] {
  const out: GnuNotice[] = []
  for (const m of text.matchAll(LONG_NAME)) {
    const after = m.index + m[0].length
    const version = VERSION.exec(text.slice(after, after + 200))
    if (!version) continue
    // another licence named before the version: the version is not this one's
    if (/General\s+Public\s+Licen[cs]e|\bMIT\b|Apache|BSD/i.test(version[0].slice(0, -version[1]!.length))) continue
    const id = gnuId(m[1]?.trim().toLowerCase(), version[1]!)
    if (!id) continue
    let end = after + version.index + version[0].length
    const tail = text.slice(end, end + 200)
    const later = LATER.exec(tail)
    if (later) {
      end += later[0].length
      const proxy = PROXY.exec(text.slice(end, end + 200))
      // the body named, to the end of its sentence ("the membership of KDE e.V. (or its successor ...)")
      const body = proxy?.[1]!.split(/\.\s+(?=[A-Z])/)[0]!.trim()
      if (proxy && body) out.push({ id: `${id}-only`, at: m.index, end: end + proxy[0].length, proxy: body })
      else out.push({ id: `${id}-or-later`, at: m.index, end })
    } else {
      const only = ONLY.exec(tail)
      out.push({ id: `${id}-only`, at: m.index, end: end + (only ? only[0].length : 0) })
    }
  }
  for (const m of text.matchAll(SHORT)) {
    if (out.some((n) => m.index >= n.at && m.index < n.end)) continue
    const kind = m[1]?.toUpperCase() === 'A' ? 'affero' : m[1]?.toUpperCase() === 'L' ? 'lesser' : undefined
    const id = gnuId(kind, m[2]!)
    if (!id) continue
    out.push({ id: `${id}${/only/i.test(m[3]!) ? '-only' : '-or-later'}`, at: m.index, end: m.index + m[0].length })
  }
  return out.sort((a, b) => a.at - b.at)
}

/** GPL-3.0, LGPL-2.1, AGPL-3.0, LGPL-2.0 (the Library GPL): the family, when the list has it. */
function gnuId(kind: string | undefined, version: string): string | undefined {
  const v = version.includes('.') ? version : `${version}.0`
  const prefix = kind === 'affero' ? 'AGPL' : kind === 'lesser' || kind === 'library' ? 'LGPL' : 'GPL'
  const id = `${prefix}-${v}`
  return licenceFlags(`${id}-only`) && canonicalLicenceId(`${id}-only`) ? id : undefined
}

function family(id: string): string {
  return id.replace(/-(only|or-later)$/, '').replace(/\+$/, '')
}

function isGnu(id: string): boolean {
  return /^(A|L)?GPL-/.test(id)
}
