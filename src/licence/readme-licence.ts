/**
 * What the README's licence section says: the full text of a licence (identified by the SPDX
 * templates), or a statement naming licences by SPDX id or by their name on the SPDX list
 * ("licensed under the Apache License, Version 2.0", "[The MIT License](…)"), with OR when it
 * says the licences are a choice ("either", "at your option", "dual-licensed").
 *
 * Read when there is no licence file, and to tell whether several licence files are a choice.
 */
import type { Snapshot } from '../core/snapshot.js'
import { outline } from '../docs/markdown.js'
import { listedLicences } from './licence-list.js'
import { identifyByTemplates } from './templates/identify.js'
import { plainLicenceText } from './templates/render.js'

export interface ReadmeLicence {
  path: string
  line: number
  /** The licence expression the section gives. */
  expression: string
  /** How: the section holds the licence's text, or names it. */
  how: 'text' | 'statement'
}

const README = ['README.md', 'README.markdown', 'README', 'README.txt', 'README.rst', 'readme.md', 'Readme.md']
const HEADING = /^(licen[cs]es?|licensing|copyright( and licen[cs]e)?|licen[cs]e( and copyright)?|legal)\b/i
const CHOICE = /\b(either|dual[- ]licen[cs]ed|at your (option|choice|discretion)|your choice of)\b/i
/** A statement is read in the section's first words. */
const STATEMENT_CHARS = 1500

let names: { pattern: string; id: string }[] | undefined

/** Each current licence's name on the SPDX list, normalised as statements are ("Apache License 2.0" -> "apache license 2.0"), longest first. */
function licenceNames(): { pattern: string; id: string }[] {
  if (names) return names
  names = listedLicences()
    .filter((l) => !l.deprecated)
    .map((l) => ({ pattern: normaliseName(l.name), id: l.id }))
    .filter((n) => n.pattern.split(' ').length >= 2)
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

export async function readmeLicence(repo: Snapshot): Promise<ReadmeLicence | undefined> {
  const readme = repo.find(README)
  if (!readme) return undefined
  const read = await repo.readText(readme.path)
  if (!read.ok) return undefined
  const doc = outline(read.text)
  const index = doc.headings.findIndex((h) => HEADING.test(h.text.trim()))
  if (index < 0) return undefined
  const heading = doc.headings[index]!
  const lines = read.text.replace(/\r\n?/g, '\n').split('\n')
  const next = doc.headings.slice(index + 1).find((h) => h.depth <= heading.depth)
  const section = lines.slice(heading.line, next ? next.line - 1 : lines.length).join('\n')
  const markdown = !readme.path.toLowerCase().endsWith('.rst')
  const plainText = plainLicenceText(section, markdown ? 'markdown' : 'text')
  const identified = identifyByTemplates(plainText, { markup: markdown })
  // the section may go on after the licence text (a note, a badge); not with words that change its terms
  const text = identified.match ?? (identified.leading && !identified.leading.changesTerms ? identified.leading : undefined)
  if (text?.kind === 'licence') return { path: readme.path, line: heading.line, expression: text.ids[0]!, how: 'text' }
  const statement = plainText.slice(0, STATEMENT_CHARS)
  const ids = namedLicences(statement)
  if (ids.length === 0) return undefined
  return {
    path: readme.path,
    line: heading.line,
    expression: ids.join(CHOICE.test(statement) || /\bOR\b/.test(statement) ? ' OR ' : ' AND '),
    how: 'statement',
  }
}

/** Licences a statement names: SPDX ids as written (Apache-2.0, MIT), and names on the SPDX list, in order of appearance. */
export function namedLicences(statement: string): string[] {
  const found: { at: number; id: string }[] = []
  let text = normaliseName(statement)
  for (const { pattern, id } of licenceNames()) {
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
      found.push({ at, id })
      text = text.slice(0, at) + ' '.repeat(pattern.length) + text.slice(at + pattern.length)
    }
  }
  // ids written as such: with a digit or a hyphen (Apache-2.0), or all capitals (MIT, ISC), to keep words like "curl" out
  const listed = new Set(listedLicences().map((l) => l.id))
  for (const m of statement.matchAll(/[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g)) {
    const word = m[0]
    if (listed.has(word) && (/[\d-]/.test(word) || /^[A-Z0-9]{3,}$/.test(word))) found.push({ at: m.index, id: word })
  }
  const ordered = found.sort((a, b) => a.at - b.at).map((f) => f.id)
  return [...new Set(ordered)]
}
