/**
 * SPDX matching templates (the `standardLicenseTemplate` of the SPDX License List) compiled
 * into programs over token ids: fixed text, optional blocks (which nest) and variables (a
 * regular expression over the lightly normalised text). The compiled index is what the build
 * ships (dist/licence-index.json), so a run never parses templates.
 *
 * Template markup: <<var;name="…";original="…";match="…">> and <<beginOptional>> … <<endOptional>>.
 * Values are not escaped: `original` may hold quotes, so `match` is read from its last `";match="`.
 */
import { normaliseText, RULE_BASE } from './normalise.js'

/** A node: a token id (fixed text), an optional block, or a variable (an index into `vars`). */
export type TemplateNode = number | { o: TemplateNode[] } | { v: number }

export interface TemplateVar {
  /** The variable's regular expression (Java syntax that JavaScript reads the same, flags i and s). */
  match: string
  /** At most this many characters of text (separators left out). */
  cap: number
  /** The var is a catch-all (.+, .*, .{0,N}): what it holds is checked for words that restrict a grant. */
  free: boolean
  /** The token ids of the text the template shows for it, for describing differences. */
  original: number[]
}

export interface CompiledTemplate {
  id: string
  kind: 'licence' | 'exception'
  deprecated?: boolean
  seq: TemplateNode[]
  vars: TemplateVar[]
  /** Fixed tokens outside optional blocks, as [token id, count] pairs: a text lacking any cannot match. */
  required: number[]
}

export interface CompiledIndex {
  licenseListVersion: string
  vocabulary: string[]
  templates: CompiledTemplate[]
}

/**
 * The index as it is shipped: dist/licence-index.json holds the vocabulary and, per template, its
 * variables and where its numbers are in dist/licence-index.bin, 16-bit words read as they are.
 * A template is decoded only when a text meets it; parsing a million numbers as JSON would
 * take a tenth of a second at every run.
 */
export interface SerializedIndex {
  licenseListVersion: string
  vocabulary: string[]
  templates: SerializedTemplate[]
}

export interface SerializedTemplate {
  id: string
  kind: 'licence' | 'exception'
  deprecated?: boolean
  /** [offset, length] in the numbers of: [token id, count] pairs. */
  required: [number, number]
  /** Its rarest fixed word (fewest templates have it), or -1: texts without it cannot match, so it is looked up by that word. */
  signature: number
  /** Token ids; OPEN opens an optional block, CLOSE closes it, VAR - k is variable k. */
  program: [number, number]
  vars: Omit<TemplateVar, 'original'>[]
  /** Per variable: the number of words of its text, then their ids. */
  originals: [number, number]
}

const OPEN = 0xffff
const CLOSE = 0xfffe
const VAR = 0xfffd
/** Token ids and counts stay below the codes; the build fails if the list ever outgrows them. */
const LIMIT = 0xf000

export function serializeIndex(index: CompiledIndex): { index: SerializedIndex; numbers: Uint16Array } {
  if (index.vocabulary.length >= LIMIT)
    throw new Error(`the SPDX templates have ${index.vocabulary.length} distinct words: over the index's limit`)
  const numbers: number[] = []
  const put = (values: number[]): [number, number] => {
    const offset = numbers.length
    for (const v of values) {
      if (v < 0 || v > 0xffff) throw new Error(`${v} does not fit the index`)
      numbers.push(v)
    }
    return [offset, values.length]
  }
  const documentFrequency = new Map<number, number>()
  for (const t of index.templates)
    for (let i = 0; i < t.required.length; i += 2) documentFrequency.set(t.required[i]!, (documentFrequency.get(t.required[i]!) ?? 0) + 1)
  const templates = index.templates.map((t) => {
    let signature = -1
    for (let i = 0; i < t.required.length; i += 2) {
      const id = t.required[i]!
      if (signature < 0 || documentFrequency.get(id)! < documentFrequency.get(signature)!) signature = id
    }
    if (VAR - t.vars.length <= LIMIT) throw new Error(`${t.id} has ${t.vars.length} variables: over the index's limit`)
    const program: number[] = []
    const walk = (seq: TemplateNode[]) => {
      for (const node of seq) {
        if (typeof node === 'number') program.push(node)
        else if ('o' in node) {
          program.push(OPEN)
          walk(node.o)
          program.push(CLOSE)
        } else program.push(VAR - node.v)
      }
    }
    walk(t.seq)
    return {
      id: t.id,
      kind: t.kind,
      ...(t.deprecated ? { deprecated: true } : {}),
      required: put(t.required.map((n) => Math.min(n, LIMIT - 1))),
      signature,
      program: put(program),
      vars: t.vars.map(({ original: _o, ...v }) => v),
      originals: put(t.vars.flatMap((v) => [v.original.length, ...v.original])),
    }
  })
  return {
    index: { licenseListVersion: index.licenseListVersion, vocabulary: index.vocabulary, templates },
    numbers: Uint16Array.from(numbers),
  }
}

export function requiredOf(s: SerializedTemplate, numbers: Uint16Array): Map<number, number> {
  const [offset, length] = s.required
  const counts = new Map<number, number>()
  for (let i = offset; i < offset + length; i += 2) counts.set(numbers[i]!, numbers[i + 1]!)
  return counts
}

export function decodeTemplate(s: SerializedTemplate, numbers: Uint16Array): CompiledTemplate {
  const root: TemplateNode[] = []
  const stack: TemplateNode[][] = [root]
  const [offset, length] = s.program
  for (let i = offset; i < offset + length; i++) {
    const code = numbers[i]!
    if (code === OPEN) {
      const block: TemplateNode[] = []
      stack.at(-1)!.push({ o: block })
      stack.push(block)
    } else if (code === CLOSE) stack.pop()
    else if (code > LIMIT) stack.at(-1)!.push({ v: VAR - code })
    else stack.at(-1)!.push(code)
  }
  let at = s.originals[0]
  const vars = s.vars.map((v) => {
    const count = numbers[at]!
    const original = Array.from(numbers.subarray(at + 1, at + 1 + count))
    at += 1 + count
    return { ...v, original }
  })
  const required = [...requiredOf(s, numbers)].flat()
  return { id: s.id, kind: s.kind, ...(s.deprecated ? { deprecated: true } : {}), seq: root, vars, required }
}

export interface LicenceListData {
  licenseListVersion: string
  licences: Record<string, { name: string; osi: boolean; fsf?: 'libre' | 'non-free'; deprecated?: boolean; template: string }>
  exceptions: Record<string, { name: string; deprecated?: boolean; template: string }>
}

/** Catch-all variables get at most this many characters (an uncapped .+ would swallow a second copy of the licence). */
const FREE_CAP = 300
const RULE = /<<(beginOptional|endOptional|var;[\s\S]*?)>>/g
/** The same, capturing the whole rule, to split a template into text and rules. */
const RULE_SPLIT = /(<<(?:beginOptional|endOptional|var;[\s\S]*?)>>)/
/** A placeholder in angle brackets, not a link: <year>, <copyright holders>, <ORGANIZATION>. */
const PLACEHOLDER = /(?<!<)<(?!https?:|mailto:|<)([A-Za-z][A-Za-z0-9 '.,_-]{0,60})>(?!>)/g

export function compileIndex(data: LicenceListData): CompiledIndex {
  const vocabulary: string[] = []
  const ids = new Map<string, number>()
  const intern = (word: string): number => {
    let id = ids.get(word)
    if (id === undefined) {
      id = vocabulary.length
      vocabulary.push(word)
      ids.set(word, id)
    }
    return id
  }
  const templates: CompiledTemplate[] = []
  const entries: [string, 'licence' | 'exception', { template: string; deprecated?: boolean }][] = [
    ...Object.entries(data.licences).map(([id, e]) => [id, 'licence', e] as [string, 'licence', typeof e]),
    ...Object.entries(data.exceptions).map(([id, e]) => [id, 'exception', e] as [string, 'exception', typeof e]),
  ]
  for (const [id, kind, entry] of entries) {
    templates.push({ id, kind, ...(entry.deprecated ? { deprecated: true } : {}), ...compileTemplate(entry.template, intern) })
  }
  return { licenseListVersion: data.licenseListVersion, vocabulary, templates }
}

/**
 * A line that is only the licence's title in capitals ("GNU LESSER GENERAL PUBLIC LICENSE",
 * repeated before the terms): the guidelines ignore a licence's title (guideline 11), and
 * copies in Markdown often drop the repeated one, so it is optional wherever it stands.
 */
const TITLE_LINE = /^[ \t]*([A-Z0-9][A-Z0-9 .,'"-]*\bLICEN[CS]E\b[A-Z0-9 .,'"()-]*)[ \t]*$/gm

/** A list item's number or letter at the start of a line ("1.", "2)", "(a)"): the guidelines ignore it (guideline 7), so it is optional. */
const LIST_MARKER = /^([ \t]*)(\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])(?=[ \t])/gim
/** The first line, when it is a title: a few words, no full stop at its end, no rule inside. */
const FIRST_LINE = /^(\s*(?:<<beginOptional>>)?)([^\n<]{1,100})(?=\n)/

export function compileTemplate(template: string, intern: (word: string) => number): Omit<CompiledTemplate, 'id' | 'kind'> {
  const titled = template
    .replace(TITLE_LINE, (line: string, title: string) =>
      title.split(/\s+/).length <= 8 ? `<<beginOptional>>${title}<<endOptional>>` : line,
    )
    .replace(LIST_MARKER, (_m, indent: string, marker: string) => `${indent}<<beginOptional>>${marker}<<endOptional>>`)
    // guideline 11: the licence's name or title may be left out
    .replace(FIRST_LINE, (line: string, before: string, first: string) =>
      isTitle(first) ? `${before}<<beginOptional>>${first}<<endOptional>>` : line,
    )
  // placeholders the template writes as plain text (<Year>, <Asset Owner>, <OWNER>) are replaceable text (guideline 2.4)
  const filled = titled
    .split(RULE_SPLIT)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(PLACEHOLDER, (_m, name: string) => `<<var;name="placeholder";original="${name}";match=".{0,200}">>`),
    )
    .join('')
  const rules: string[] = []
  const marked = filled.replace(RULE, (_, rule: string) => {
    rules.push(rule)
    return ` ${String.fromCharCode(RULE_BASE + rules.length - 1)} `
  })
  const { words } = normaliseText(marked)
  const vars: TemplateVar[] = []
  const root: TemplateNode[] = []
  const stack: TemplateNode[][] = [root]
  for (const word of words) {
    const code = word.length === 1 ? word.charCodeAt(0) - RULE_BASE : -1
    const rule = code >= 0 && code < rules.length ? rules[code]! : undefined
    if (rule === undefined) stack.at(-1)!.push(intern(word))
    else if (rule === 'beginOptional') {
      const block: TemplateNode[] = []
      stack.at(-1)!.push({ o: block })
      stack.push(block)
    } else if (rule === 'endOptional') {
      if (stack.length > 1) stack.pop()
    } else {
      vars.push(compileVar(rule, intern))
      stack.at(-1)!.push({ v: vars.length - 1 })
    }
  }
  const counts = new Map<number, number>()
  for (const node of root) if (typeof node === 'number') counts.set(node, (counts.get(node) ?? 0) + 1)
  return { seq: root, vars, required: [...counts].flat() }
}

function isTitle(line: string): boolean {
  const words = line.trim().split(/\s+/)
  return (
    words.length <= 12 &&
    !/[.;:,]$/.test(line.trim()) &&
    !/^copyright\b|^\(c\)|^©/i.test(line.trim()) &&
    !/\b(not|only|prohibited|commercial)\b/i.test(line)
  )
}

function compileVar(rule: string, intern: (word: string) => number): TemplateVar {
  const at = rule.lastIndexOf('";match="')
  const match = at >= 0 ? rule.slice(at + '";match="'.length).replace(/"\s*$/, '') : '.*'
  const originalAt = rule.indexOf(';original="')
  const original = originalAt >= 0 && at > originalAt ? rule.slice(originalAt + ';original="'.length, at) : ''
  const bounded = /^\.\{(\d+),(\d+)\}$/.exec(match)
  const free = bounded !== null || match === '.+' || match === '.*'
  return {
    match,
    cap: bounded ? Number(bounded[2]) + 50 : FREE_CAP,
    free,
    original: normaliseText(original)
      .words.filter((w) => w.length !== 1 || w.charCodeAt(0) < RULE_BASE)
      .map(intern),
  }
}
