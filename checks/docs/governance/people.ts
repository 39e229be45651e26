/**
 * Who a text names: the people of a list (a "Core team" section, a MAINTAINERS file), and the
 * maintainer a README names in a sentence ("structlog is written and maintained by Hynek
 * Schlawack"). Every pattern here is applied to one line or one block at a time, and is linear.
 */
import { documentOutline } from '../../../src/docs/outline.js'
import { MAX_ANALYSED_CHARS } from '../../../src/docs/markdown.js'

/** A word of a name: a capital, then letters (Vaněk, O'Neil, Jean-François), or an initial (J.). */
const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)`
/** Lower-case words inside names (Ludwig van Beethoven, Maria de la Cruz). */
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|du|le|la|del|dos|das|ter|bin|al|zu)`
/** A personal name of two to five words, a handle (@anna), or both. */
const PERSON = new RegExp(
  String.raw`^(?:${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,4}|@[A-Za-z0-9][\w-]{0,38}(?:\/[\w.-]+)?)$`,
  'u',
)
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/
/** A profile on a forge: https://github.com/anna (one path segment). */
const PROFILE =
  /https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|gitlab\.gnome\.org|invent\.kde\.org)\/[\w.-]{1,39}\/?(?=[\s)\]>"']|$)/i
const HANDLE = /(?:^|[\s(,;:])@[A-Za-z0-9][\w-]{0,38}\b(?!\.[a-z])/

/** What a list item or table cell says of a person, without links, roles, notes and addresses. */
function bareName(item: string): string {
  return item
    .replace(/!\[[^\]]*\]\([^()]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^()]*\)/g, '$1')
    .replace(/<[^<>\s]+@[^<>\s]+>|<https?:[^<>\s]+>|https?:\/\/\S+/g, ' ')
    .replace(/[*_`~]+/g, '')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+[-–—:,|]\s+.*$|,.*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The people a text lists: items of a list, first cells of a table's rows, or "Name <address>" lines, that are names. */
export function listedPeople(text: string): string[] {
  const people: string[] = []
  for (const line of text.slice(0, MAX_ANALYSED_CHARS).split(/\r?\n/)) {
    const item =
      /^\s{0,8}(?:[-*+]|\d{1,3}[.)])\s+(.{1,200})$/.exec(line)?.[1] ??
      /^\s*\|([^|]{1,200})\|/.exec(line)?.[1] ??
      /^\s*([^<>\n]{1,100})<[^<>\s]+@[^<>\s]+>\s*$/.exec(line)?.[1]
    if (!item) continue
    const name = bareName(item)
    if (PERSON.test(name) && !people.includes(name)) people.push(name)
  }
  return people
}

/** Does a text name anyone: an address, a handle, a profile, or a list of names? */
export function namesSomeone(text: string): boolean {
  const head = text.slice(0, MAX_ANALYSED_CHARS)
  return EMAIL.test(head) || HANDLE.test(head) || PROFILE.test(head) || listedPeople(head).length > 0
}

/** "A list of names is enough": what shortEnough says of a short text that lists people. */
export function peopleListed(text: string): string | undefined {
  const people = listedPeople(text)
  if (people.length === 0) return undefined
  const shown = people.slice(0, 5).join(', ')
  return `which names ${people.length === 1 ? shown : `${people.length} people (${shown}${people.length > 5 ? ', …' : ''})`}`
}

/** "maintained by" in English and in the languages of the readme checks. */
const MAINTAINED_BY =
  /\b(?:(?:written|developed|created|authored|built|designed|run)\s+(?:and|&)\s+)?(?:maintained|maintenu|maintenue|mantenuto|mantenido|mantido|onderhouden|gepflegt|betreut)\s+(?:by|par|da|por|door|von)\s+(?:the\s+|die\s+|le\s+|la\s+|il\s+|el\s+|o\s+|de\s+)?/gi
/** "Anna Virtanen is the maintainer", "X is the current lead maintainer of ..." */
const IS_THE_MAINTAINER =
  /\s+(?:is|are)\s+(?:the\s+|its\s+|our\s+)?(?:current\s+|lead\s+|main\s+|primary\s+|sole\s+|core\s+|project\s+)*maintainers?\b/gi
/** "Maintainer: Anna Virtanen", "The maintainers are Anna and Jonas" */
const MAINTAINER_IS = /\b(?:the\s+)?(?:current\s+|lead\s+|project\s+)?maintainers?\s*(?::|(?:is|are)\b:?)\s*/gi
/** A name where the sentence names the maintainer: a capitalised name or a handle. */
const NAME_AT = new RegExp(
  String.raw`(?:${NAME_WORD}(?:\s+(?:(?:${PARTICLE}|of|for|and|&)\s+)*${NAME_WORD}){0,5}|@[A-Za-z0-9][\w-]{0,38})`,
  'uy',
)
const NAME_BEFORE = new RegExp(String.raw`(?:${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){0,4}|@[A-Za-z0-9][\w-]{0,38})$`, 'u')
/** The statement is denied, or speaks of the past. */
const NEGATED = /\b(?:not|no longer|never|formerly|previously|originally)\s+(?:been\s+)?$|n['’]t\s+(?:been\s+)?$/i
/** Sections where "maintained by" speaks of other things: packages, distributions, related projects. */
const ELSEWHERE =
  /install|packag|distribut|download|third[- ]party|alternative|related|see also|similar|ecosystem|plugins?\b|extensions?\b|integrations?\b|bindings?\b|ports?\b/i
/** Capitalised words that are not a maintainer. */
const NOT_A_NAME = /^(?:The|This|That|These|It|We|Our|Us|You|GitHub|GitLab|Dependabot|Renovate|Community|Volunteers?|Contributors?)$/

export interface MaintainerStatement {
  name: string
  quote: string
  line: number
}

/** The first sentence of the README that names who maintains the project, outside sections on packages and related projects. */
export async function maintainerStatement(path: string, text: string): Promise<MaintainerStatement | undefined> {
  const doc = await documentOutline(path, text)
  for (const block of doc.blocks) {
    const heading = doc.headings[block.section]
    if (heading && ELSEWHERE.test(heading.text)) continue
    const found = statementIn(block.text)
    if (found) return { ...found, line: block.line }
  }
  return undefined
}

function statementIn(text: string): { name: string; quote: string } | undefined {
  for (const m of text.matchAll(MAINTAINED_BY)) {
    if (NEGATED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
    NAME_AT.lastIndex = m.index + m[0].length
    const name = trimName(NAME_AT.exec(text)?.[0])
    if (name && !NOT_A_NAME.test(name)) return { name, quote: quote(text, m.index, NAME_AT.lastIndex) }
  }
  for (const m of text.matchAll(IS_THE_MAINTAINER)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[0]
    if (name && !NOT_A_NAME.test(name.split(/\s/)[0]!)) return { name, quote: quote(text, m.index - name.length, m.index + m[0].length) }
  }
  for (const m of text.matchAll(MAINTAINER_IS)) {
    NAME_AT.lastIndex = m.index + m[0].length
    const name = trimName(NAME_AT.exec(text)?.[0])
    if (name && !NOT_A_NAME.test(name)) return { name, quote: quote(text, m.index, NAME_AT.lastIndex) }
  }
  return undefined
}

/** A name without the full stop or dash that ends its sentence. */
function trimName(name: string | undefined): string | undefined {
  return name?.replace(/[.'’-]+$/, '') || undefined
}

function quote(text: string, start: number, end: number): string {
  // from the start of a word at most 40 characters before
  let from = Math.max(0, start - 40)
  if (from > 0) from = Math.min(start, text.indexOf(' ', from) + 1 || start)
  const clipped = text.slice(from, end).replace(/\s+/g, ' ').trim()
  return `${from > 0 ? '…' : ''}${clipped}`
}
