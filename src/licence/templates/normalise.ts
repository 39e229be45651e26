/**
 * One normalisation for licence texts and SPDX matching templates, per the SPDX License List
 * Matching Guidelines: whitespace (3), case (4), hyphens and dashes (5.3), quotes (5.4), code
 * comment prefixes (6.2), separators (6.3), varietal spellings (8, equivalentwords.txt), the
 * copyright symbol (9) and http/https (13). Punctuation is kept and matched (5.2).
 *
 * It gives two views of the text: `str`, lightly normalised (whitespace collapsed, quotes and
 * dashes unified, case kept), on which the templates' variable regexes run, since they are
 * written against the licence's own wording; and tokens (words and punctuation, with their
 * place in `str`), which the template's fixed text is matched against.
 */

/** Spellings the guidelines treat as the same (equivalentwords.txt, and inflections of its words), mapped onto one. */
const EQUIVALENT_WORDS: Record<string, string> = {
  acknowledgment: 'acknowledgement',
  analogue: 'analog',
  analyse: 'analyze',
  artefact: 'artifact',
  authorisation: 'authorization',
  authorised: 'authorized',
  calibre: 'caliber',
  cancelled: 'canceled',
  capitalisations: 'capitalizations',
  catalogue: 'catalog',
  categorise: 'categorize',
  centre: 'center',
  emphasised: 'emphasized',
  favour: 'favor',
  favourite: 'favorite',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  initialise: 'initialize',
  judgment: 'judgement',
  labelling: 'labeling',
  labour: 'labor',
  licence: 'license',
  licences: 'licenses',
  licenced: 'licensed',
  licencee: 'licensee',
  licencees: 'licensees',
  licencor: 'licensor',
  licencing: 'licensing',
  maximise: 'maximize',
  merchantibility: 'merchantability',
  modelled: 'modeled',
  modelling: 'modeling',
  offence: 'offense',
  optimise: 'optimize',
  organisation: 'organization',
  organise: 'organize',
  practise: 'practice',
  programme: 'program',
  realise: 'realize',
  recognise: 'recognize',
  signalling: 'signaling',
  utilisation: 'utilization',
  whilst: 'while',
  wilfull: 'wilful',
  https: 'http',
}

/** Word pairs the guidelines treat as one word (after hyphens are dropped inside words). */
const EQUIVALENT_PAIRS: Record<string, Record<string, string>> = {
  copyright: { owner: 'copyrightholder', holder: 'copyrightholder', owners: 'copyrightholders', holders: 'copyrightholders' },
  per: { cent: 'percent' },
  sub: { license: 'sublicense', licence: 'sublicense', licenses: 'sublicenses', licences: 'sublicenses' },
}

/**
 * Punctuation that is matched; every other non-word character (dashes, bullets, markup) is not
 * a token. Quotation marks are not tokens either: any quotation is equivalent (guideline 5.4),
 * and official copies add or drop them (the EUPL-1.2 text the European Commission publishes
 * opens a quote at the start of wrapped lines).
 */
const MATCHED_PUNCTUATION = new Set(['.', ',', ';', ':', '?', '!', '(', ')', '[', ']', '/', '%', '$', '@', '+', '<', '>', '='])
const QUOTES = /[‘’‚‛′`´'“”„‟″«»"]/g
/** Hyphens join the parts of a word (non-infringement); dashes between words (en, em) separate them: "reason–for" is "reason -- for". */
const HYPHENS = /[‐‑‒−﹣－]/g
const DASHES = /[–—―﹘]/g
const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g
/** A word: letters and digits, with hyphens inside (non-infringement is one word). */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/uy
const COMMENT_PREFIX = /^[ \t]*(?:\/\/+|\/\*+|\*+\/?|#+|;+|--|%+|rem\b|'|\(\*|\{-|\.\\")[ \t]?/i

/** Private-use characters stand for template rules while a template is normalised. */
export const RULE_BASE = 0xe000
const RULE_LIMIT = 0xf8ff

export interface NormalisedText {
  /** Lightly normalised text: whitespace runs are one space, quotes are " and ', dashes are -. */
  str: string
  /** The tokens: lower-case words (equivalent spellings unified, hyphens dropped), punctuation, rule marks. */
  words: string[]
  /** Where each token starts and ends in `str`. */
  starts: Int32Array
  ends: Int32Array
  /** 1 where a token is the first of its line in the original text. */
  lineStart: Uint8Array
  /** Characters of separator runs (---, ===, ***) before each offset of `str`, so that variable lengths can leave them out. */
  separators: Int32Array
}

/** Strips a code-comment prefix that most lines share (guideline 6.2), and comment ends. */
function withoutCommentPrefixes(text: string): string {
  const lines = text.split('\n')
  const nonEmpty = lines.filter((l) => l.trim() !== '')
  const prefixed = nonEmpty.filter((l) => COMMENT_PREFIX.test(l)).length
  const stripped = nonEmpty.length >= 2 && prefixed / nonEmpty.length >= 0.6 ? lines.map((l) => l.replace(COMMENT_PREFIX, '')) : lines
  return stripped.map((l) => (/(\*\/|-->)\s*$/.test(l) ? l.replace(/\s*(\*\/|-->)\s*$/, '') : l)).join('\n')
}

export function normaliseText(text: string): NormalisedText {
  const source = withoutCommentPrefixes(text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n'))
  // whitespace runs become one space; remember where the runs that held a line break end
  let str = ''
  const newlineAt: number[] = []
  let last = 0
  SPACE.lastIndex = 0
  for (let m = SPACE.exec(source); m; m = SPACE.exec(source)) {
    str += source.slice(last, m.index)
    if (m[0].includes('\n')) newlineAt.push(str.length + 1)
    str += ' '
    last = m.index + m[0].length
  }
  str += source.slice(last)
  str = str.replace(QUOTES, (q) =>
    q === "'" || q === '‘' || q === '’' || q === '‚' || q === '‛' || q === '′' || q === '`' || q === '´' ? "'" : '"',
  )
  str = str.replace(HYPHENS, '-').replace(DASHES, '--')

  const words: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const lineStart: number[] = []
  let nextLine = 0
  const push = (word: string, start: number, end: number) => {
    let first = 0
    while (nextLine < newlineAt.length && newlineAt[nextLine]! <= start) {
      nextLine++
      first = 1
    }
    const previous = words.length - 1
    // "©", "(c)" and "Copyright" are one symbol (guideline 9); "Copyright (c)" is one
    if (previous >= 0 && word === words[previous] && word === 'copyright') {
      ends[previous] = end
      return
    }
    const pair = previous >= 0 ? EQUIVALENT_PAIRS[words[previous]!]?.[word] : undefined
    if (pair) {
      words[previous] = pair
      ends[previous] = end
      return
    }
    words.push(word)
    starts.push(start)
    ends.push(end)
    lineStart.push(first || words.length === 1 ? 1 : 0)
  }
  const separators = new Int32Array(str.length + 1)
  for (let i = 0; i < str.length;) {
    const c = str[i]!
    const code = c.charCodeAt(0)
    if (c === ' ') {
      separators[i + 1] = separators[i]!
      i++
      continue
    }
    WORD.lastIndex = i
    const word = WORD.exec(str)
    if (word) {
      const lower = word[0].toLowerCase().replace(/-/g, '')
      push(EQUIVALENT_WORDS[lower] ?? lower, i, i + word[0].length)
      for (let j = i; j < i + word[0].length; j++) separators[j + 1] = separators[j]!
      i += word[0].length
      continue
    }
    if (code >= RULE_BASE && code <= RULE_LIMIT) {
      push(c, i, i + 1)
      separators[i + 1] = separators[i]!
      i++
      continue
    }
    if ((c === '(' || c === '[') && /^[([]c[)\]]/i.test(str.slice(i, i + 3))) {
      push('copyright', i, i + 3)
      for (let j = i; j < i + 3; j++) separators[j + 1] = separators[j]!
      i += 3
      continue
    }
    // a run of one character: three or more are a separator (guideline 6.3), not text
    let run = 1
    while (str[i + run] === c) run++
    const separator = run >= 3
    for (let j = i; j < i + run; j++) separators[j + 1] = separators[j]! + (separator ? 1 : 0)
    if (!separator) {
      if (c === '©') push('copyright', i, i + run)
      else if (c === '&') push('and', i, i + 1)
      else if (MATCHED_PUNCTUATION.has(c)) for (let j = 0; j < run; j++) push(c, i + j, i + j + 1)
    }
    i += run
  }
  return {
    str,
    words,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    lineStart: Uint8Array.from(lineStart),
    separators,
  }
}
