/**
 * Tests of a path's end, such as `/(^|\/)Cargo\.lock$/`, made fast for trees of 100,000 files.
 *
 * Such a regular expression is searched for from every position of the path, and the lockfile
 * scan runs some forty of them on every listed file. When the part after `(^|\/)` cannot match
 * a "/", a match can only start where the file name starts, so the same test anchored at both
 * ends is run on the file name alone: the same answer, from one attempt at one short string.
 * Any other expression is run as it is.
 */
export class PathPattern {
  /** A test of the file name alone: the whole answer when `exact`, else a condition the path must meet first. */
  readonly name: RegExp | undefined
  readonly exact: boolean

  constructor(readonly regex: RegExp) {
    const name = nameTest(regex)
    this.name = name?.regex
    this.exact = name?.exact ?? false
  }

  /** True when the test runs on the file name alone. */
  get nameOnly(): boolean {
    return this.exact
  }

  /** `name`: the path's file name, when the caller has it already. */
  test(path: string, name = path.slice(path.lastIndexOf('/') + 1)): boolean {
    if (!this.name) return this.regex.test(path)
    return this.name.test(name) && (this.exact || this.regex.test(path))
  }
}

/**
 * Tests of a path's end in a table, in order, the first that matches giving its value. The
 * file-name tests are joined in one expression, so that a path none of them can match (nearly
 * every path of a large tree) is turned away by one attempt.
 */
export class PathTable<T> {
  readonly entries: readonly (readonly [PathPattern, T])[]
  private readonly anyName: RegExp | undefined

  constructor(table: [RegExp | PathPattern, T][]) {
    this.entries = table.map(([test, value]) => [test instanceof PathPattern ? test : new PathPattern(test), value] as const)
    const plain = this.entries.filter(([p]) => p.name && p.name.flags === '').map(([p]) => p.name!.source)
    // only when every file-name test can join (flags such as i would change the others' meaning)
    this.anyName =
      plain.length > 0 && plain.length === this.entries.filter(([p]) => p.name).length ? new RegExp(plain.join('|')) : undefined
  }

  /** The index of the first entry that matches the path, or -1. */
  index(path: string): number {
    const name = path.slice(path.lastIndexOf('/') + 1)
    const named = this.anyName ? this.anyName.test(name) : true
    for (let i = 0; i < this.entries.length; i++) {
      const pattern = this.entries[i]![0]
      if (pattern.name && !named) continue
      if (pattern.test(path, name)) return i
    }
    return -1
  }

  find(path: string): T | undefined {
    const i = this.index(path)
    return i < 0 ? undefined : this.entries[i]![1]
  }

  has(path: string): boolean {
    return this.index(path) >= 0
  }
}

/**
 * `/(^|\/)BODY$/` as `/^(?:BODY)$/` on the file name, exact when BODY matches no "/". When BODY
 * is a group of alternatives that may span folders (`(a\.gradle|gradle\/b\.xml)`), the parts of
 * each after its last "/" make a file-name condition that every match meets. Flags g, y, m and
 * s would change the meaning: none of them.
 */
function nameTest(regex: RegExp): { regex: RegExp; exact: boolean } | undefined {
  if (/[gyms]/.test(regex.flags)) return undefined
  const m = /^\((?:\?:)?\^\|\\\/\)(.*)\$$/s.exec(regex.source)
  if (!m) return undefined
  const body = m[1]!
  if (cannotMatchSlash(body)) return compiled(`^(?:${body})$`, regex.flags, true)
  const group = /^\((?:\?:)?(.*)\)$/s.exec(body)
  if (!group || group[1]!.startsWith('?') || splitTop(body, '').length !== 1) return undefined
  const lasts = splitTop(group[1]!, '|').map((alternative) => splitTop(alternative, '\\/').pop()!)
  if (!lasts.every(cannotMatchSlash)) return undefined
  return compiled(`^(?:${lasts.join('|')})$`, regex.flags, false)
}

/** The file-name test, or none when the text taken apart does not compile (then the whole expression runs). */
function compiled(source: string, flags: string, exact: boolean): { regex: RegExp; exact: boolean } | undefined {
  try {
    return { regex: new RegExp(source, flags), exact }
  } catch {
    return undefined
  }
}

/**
 * `text` cut at each `separator` outside groups, classes and escapes; with an empty separator,
 * the top-level pieces (one piece when a single group spans the whole text).
 */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (depth === 0 && separator && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i))
      start = i + separator.length
      i += separator.length - 1
      continue
    }
    if (c === '\\') i++
    else if (c === '[') i = Math.max(i, classEnd(text, i))
    else if (c === '(') depth++
    else if (c === ')') {
      depth--
      if (depth === 0 && !separator && i < text.length - 1) {
        parts.push(text.slice(start, i + 1))
        start = i + 1
      }
    }
  }
  parts.push(text.slice(start))
  return parts
}

/**
 * True when the pattern text can never match a "/": no `\/`, no unescaped `.`, no escape that
 * matches "/" (`\S`, `\W`, `\D`, `\p{…}`, `\u…`, `\x…`, octal or back references), no negated
 * class that leaves "/" in and no class that names it, no `^`, `$` or look-behind (they would
 * see the file name's start as the path's). Conservative: anything else is run whole.
 */
function cannotMatchSlash(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    // "^" and "$" inside would anchor at the file name's start; a look-behind would see the folder
    if (c === '/' || c === '.' || c === '^' || c === '$') return false
    if (body.startsWith('(?<=', i) || body.startsWith('(?<!', i)) return false
    if (c === '\\') {
      const next = body[i + 1] ?? ''
      if (!/[.\-+*?()[\]{}|^$\\dswbB]/.test(next)) return false
      i++
      continue
    }
    if (c === '[') {
      const end = classEnd(body, i)
      if (end < 0 || !classExcludesSlash(body.slice(i + 1, end))) return false
      i = end
    }
  }
  return true
}

/** The index of the first unescaped `]` after `start` (JavaScript's rule without the u flag), or -1. */
function classEnd(body: string, start: number): number {
  for (let i = start + 1; i < body.length; i++) {
    if (body[i] === '\\') i++
    else if (body[i] === ']') return i
  }
  return -1
}

/** True when the class `[inner]` cannot match "/" (0x2F). */
function classExcludesSlash(inner: string): boolean {
  const negated = inner.startsWith('^')
  // the atoms: a plain character, or an escape of two characters
  const atoms: string[] = []
  for (let i = negated ? 1 : 0; i < inner.length; i++) atoms.push(inner[i] === '\\' ? inner.slice(i, ++i + 1) : inner[i]!)
  let slash = false
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!
    if (atom.length === 2 && !/^\\[-\\\][^$.+*?(){}|/dswDSW]$/.test(atom)) return false // \p, \u, \x, \b… : not understood
    if (atom === '/' || atom === '\\/' || /^\\[SWD]$/.test(atom)) slash = true
    const to = atoms[i + 2]
    if (atoms[i + 1] === '-' && to !== undefined) {
      if (atom.length === 2 || to.length === 2) return false
      if (atom.charCodeAt(0) <= 0x2f && to.charCodeAt(0) >= 0x2f) slash = true
      i += 2
    }
  }
  return negated ? slash : !slash
}
