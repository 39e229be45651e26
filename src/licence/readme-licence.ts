/**
 * What the README's licence section says: the full text of a licence (identified by the SPDX
 * templates), or a statement (licence-statement.ts) naming licences by SPDX id, by their name on
 * the SPDX list ("licensed under the Apache License, Version 2.0", "[The MIT License](…)") or in
 * a GNU notice ("either version 3 of the License, or (at your option) any later version"), with
 * OR when it says the licences are a choice ("either", "at your option", "dual-licensed").
 *
 * Read when there is no licence file, and to tell whether several licence files are a choice.
 */
import type { Snapshot } from '../core/snapshot.js'
import { outline } from '../docs/markdown.js'
import { readStatement } from './licence-statement.js'
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
/** A statement is read in the section's first words. */
const STATEMENT_CHARS = 1500

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
  const statement = readStatement(plainText.slice(0, STATEMENT_CHARS))
  if (!statement) return undefined
  return { path: readme.path, line: heading.line, expression: statement.expression, how: 'statement' }
}
