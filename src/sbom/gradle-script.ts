/**
 * Gradle build scripts (Groovy `build.gradle` and Kotlin `build.gradle.kts`) and settings
 * scripts, read as TEXT: Gradle is never run, and nothing in a script is evaluated. What a
 * reader can see without running the build is taken literally: the `dependencies { }` blocks
 * (not the build's own `buildscript { }` classpath), each declaration's configuration and
 * notation (`"g:a:v"`, `group: 'g', name: 'a', version: 'v'`, `libs.foo.bar`, `platform(...)`,
 * `kotlin("x")`), the simple assignments a version can come from (`ext.x = '1'`, `ext { }`,
 * `val x = "1"`, `extra["x"] = "1"`, Groovy maps `ext.versions = [x: '1']`), and from settings
 * the included projects, their folders and the version catalogs. Anything computed is left to
 * the caller to report as not resolved.
 *
 * Every pass is linear in the text: comments and strings are masked once, brackets matched with
 * one stack, and statements cut at the brackets' depth 0.
 */
import { lineIndex } from './line-index.js'

/** An expression a value can come from: a string literal (maybe with `$` templates) or a reference. */
export type Expr =
  | { kind: 'string'; value: string; /** Groovy single-quoted strings have no templates. */ templates: boolean }
  | { kind: 'ref'; path: string[] }

export type Notation =
  | { kind: 'expr'; expr: Expr }
  | { kind: 'map'; group?: Expr; name?: Expr; version?: Expr }
  /** kotlin("stdlib"): org.jetbrains.kotlin:kotlin-stdlib, at the Kotlin plugin's version unless given. */
  | { kind: 'kotlin'; module: string; version?: Expr }
  /** Something else, as written (a computed notation). */
  | { kind: 'unknown'; text: string }

export interface GradleDeclaration {
  configuration: string
  notation: Notation
  line: number
  /** platform(...) or enforcedPlatform(...): a BOM whose constraints manage versions. */
  platform?: boolean
  /** Inside `constraints { }`: a version for a module, not a dependency. */
  constraint?: boolean
  /** A version written in the declaration's block (`version { strictly("1.2") }`). */
  blockVersion?: string
  /** Inside a test source set's block (`commonTest { dependencies { } }`). */
  testContext?: boolean
}

/** A value a script assigns: a string, or a Groovy map (`[kotlin: '1.9', ...]`) flattened to dotted names. */
export interface GradleScript {
  declarations: GradleDeclaration[]
  /** ext / extra properties: visible to the project and its subprojects. */
  extra: Map<string, Expr>
  /** Local variables (`val`, `def`): visible in this script. */
  locals: Map<string, Expr>
  /** Versions given to the Kotlin plugin in a plugins block (`kotlin("jvm") version "2.0.0"`). */
  kotlinPluginVersion?: string
}

export interface GradleSettings {
  rootName?: string
  /** Project paths (":a:b") with their folders relative to the settings' folder ("a/b"). */
  projects: Map<string, string>
  /** An include this reader cannot follow (computed names): the project list is not complete. */
  dynamic: boolean
  /** Folders of included builds (composite builds), relative; `plugin` for pluginManagement's. */
  includedBuilds: { path: string; plugin: boolean }[]
  /** Version catalogs made from files: name and file, relative to the settings' folder. */
  catalogs: { name: string; file: string }[]
  /** Version catalogs from a published artifact ("g:a:v"), which are not read. */
  publishedCatalogs: { name: string; coordinates: string }[]
}

interface Lexed {
  /** The text with comments blanked (same length; newlines kept). */
  code: string
  /** The code with string contents blanked too (quotes kept): brackets in it are the program's. */
  shape: string
  /** For each bracket, the offset of its partner (or -1). */
  partner: Int32Array
  lineAt: (offset: number) => number
}

/** Strings nested in templates (`"${"${x}"}"`) deeper than this are read as plain text. */
const MAX_TEMPLATE_DEPTH = 16

function lex(text: string): Lexed {
  const n = text.length
  const code: string[] = []
  const shape: string[] = []
  let run = 0
  const flush = (to: number) => {
    if (to > run) {
      const s = text.slice(run, to)
      code.push(s)
      shape.push(s)
    }
  }
  const blank = (from: number, to: number) => text.slice(from, to).replace(/[^\n]/g, ' ')
  /** End (exclusive) of the string starting at i. */
  const stringEnd = (i: number, depth: number): number => {
    const q = text[i]!
    if (text.startsWith(q + q + q, i)) {
      const end = text.indexOf(q + q + q, i + 3)
      return end < 0 ? n : end + 3
    }
    let j = i + 1
    while (j < n) {
      const ch = text[j]!
      if (ch === '\\') j += 2
      else if (ch === q) return j + 1
      else if (ch === '\n') return j
      else if (q === '"' && ch === '$' && text[j + 1] === '{' && depth < MAX_TEMPLATE_DEPTH) j = templateEnd(j + 2, depth + 1)
      else j++
    }
    return n
  }
  const templateEnd = (k: number, depth: number): number => {
    let braces = 1
    while (k < n) {
      const ch = text[k]!
      if (ch === '{') braces++
      else if (ch === '}' && --braces === 0) return k + 1
      else if (ch === '"' || ch === "'") {
        k = stringEnd(k, depth)
        continue
      } else if (ch === '\n') return k
      k++
    }
    return n
  }
  let i = 0
  while (i < n) {
    const ch = text[i]!
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      flush(i)
      let end: number
      if (text[i + 1] === '/') {
        end = text.indexOf('\n', i)
        if (end < 0) end = n
      } else {
        end = text.indexOf('*/', i + 2)
        end = end < 0 ? n : end + 2
      }
      const b = blank(i, end)
      code.push(b)
      shape.push(b)
      i = run = end
    } else if (ch === '"' || ch === "'") {
      flush(i)
      const end = stringEnd(i, 0)
      const s = text.slice(i, end)
      code.push(s)
      const q = text.startsWith(ch + ch + ch, i) && end - i >= 6 ? 3 : 1
      const closed = end - i >= 2 * q && text.slice(end - q, end) === ch.repeat(q)
      shape.push(closed ? `${ch.repeat(q)}${'_'.repeat(end - i - 2 * q)}${ch.repeat(q)}` : `${ch.repeat(q)}${'_'.repeat(end - i - q)}`)
      i = run = end
    } else i++
  }
  flush(n)
  const codeText = code.join('')
  const shapeText = shape.join('')
  const partner = new Int32Array(n).fill(-1)
  const stack: number[] = []
  const close: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
  for (let k = 0; k < n; k++) {
    const c = shapeText[k]!
    if (c === '(' || c === '[' || c === '{') stack.push(k)
    else if (c === ')' || c === ']' || c === '}') {
      // an unbalanced bracket closes the nearest open one of its kind, if any
      let at = stack.length - 1
      while (at >= 0 && shapeText[stack[at]!] !== close[c]) at--
      if (at < 0) continue
      const open = stack[at]!
      stack.length = at
      partner[open] = k
      partner[k] = open
    }
  }
  return { code: codeText, shape: shapeText, partner, lineAt: lineIndex(text) }
}

interface Block {
  /** Offsets of `{` and its `}`. */
  open: number
  close: number
  /** The dotted name before the block (`commonMain.dependencies`), after any call arguments. */
  name: string
  /** The text of the line before `{`, for what it says about tests (`val jvmTest by getting {`). */
  head: string
  parent?: Block
  /** The argument list of `name(...)` before the block, if any (offsets inside the parentheses). */
  args?: [number, number]
}

const IDENT = /[\w.$]/

/** Every `{ }` block with its name, outermost first. */
function blocks(lx: Lexed): Block[] {
  const { shape, code, partner } = lx
  const out: Block[] = []
  const stack: Block[] = []
  for (let k = 0; k < shape.length; k++) {
    const c = shape[k]
    if (c === '}') {
      if (stack.length && stack[stack.length - 1]!.close === k) stack.pop()
      continue
    }
    if (c !== '{') continue
    while (stack.length && stack[stack.length - 1]!.close < k) stack.pop()
    let j = k - 1
    while (j >= 0 && (shape[j] === ' ' || shape[j] === '\t' || shape[j] === '\r' || shape[j] === '\n')) j--
    let args: [number, number] | undefined
    if (j >= 0 && shape[j] === ')' && partner[j]! >= 0) {
      args = [partner[j]! + 1, j]
      j = partner[j]! - 1
      while (j >= 0 && (shape[j] === ' ' || shape[j] === '\t')) j--
    }
    // `withType<Test> {`
    if (j >= 0 && shape[j] === '>') {
      const lt = shape.lastIndexOf('<', j)
      if (lt >= 0 && j - lt < 200) j = lt - 1
    }
    const end = j + 1
    while (j >= 0 && IDENT.test(shape[j]!)) j--
    let name = code.slice(j + 1, end)
    // a quoted name: "fullImplementation"(...) { } or create("x") { }
    if (!name && j >= 0 && (shape[j] === '"' || shape[j] === "'")) name = code.slice(shape.lastIndexOf(shape[j]!, j - 1), j + 1)
    const lineStart = Math.max(shape.lastIndexOf('\n', k - 1), shape.lastIndexOf(';', k - 1), shape.lastIndexOf('{', k - 1)) + 1
    const block: Block = {
      open: k,
      close: partner[k]! >= 0 ? partner[k]! : shape.length,
      name,
      head: code.slice(Math.max(lineStart, k - 200), k),
      ...(stack.length ? { parent: stack[stack.length - 1]! } : {}),
      ...(args ? { args } : {}),
    }
    out.push(block)
    stack.push(block)
  }
  return out
}

const lastSegment = (name: string) => name.slice(name.lastIndexOf('.') + 1)
const within = (b: Block, names: ReadonlySet<string>): boolean => {
  for (let p: Block | undefined = b.parent; p; p = p.parent) if (names.has(lastSegment(p.name))) return true
  return false
}

/** Statements of a body [from, to) at its own depth: cut at `;` and at line ends that do not continue. */
function statements(lx: Lexed, from: number, to: number): [number, number][] {
  const { shape, partner } = lx
  const out: [number, number][] = []
  let start = from
  const push = (end: number) => {
    let s = start
    while (s < end && /\s/.test(shape[s]!)) s++
    let e = end
    while (e > s && /\s/.test(shape[e - 1]!)) e--
    if (e > s) out.push([s, e])
  }
  for (let k = from; k < to; k++) {
    const c = shape[k]!
    if ((c === '(' || c === '[' || c === '{') && partner[k]! > k && partner[k]! < to) {
      k = partner[k]!
      continue
    }
    if (c !== '\n' && c !== ';') continue
    if (c === '\n') {
      let b = k - 1
      while (b >= start && (shape[b] === ' ' || shape[b] === '\t' || shape[b] === '\r')) b--
      // a line that ends in an operator or a comma goes on
      if (b >= start && /[,=+\-*/&|?:.(]/.test(shape[b]!) && !(shape[b] === '+' && shape[b - 1] === '+')) continue
      let a = k + 1
      while (a < to && /\s/.test(shape[a]!)) a++
      // a line that starts with `.` or `?.` continues the one before
      if (a < to && (shape[a] === '.' || (shape[a] === '?' && shape[a + 1] === '.'))) continue
    }
    push(k)
    start = k + 1
  }
  push(to)
  return out
}

/** Top-level comma-separated parts of [from, to). */
function splitArgs(lx: Lexed, from: number, to: number): [number, number][] {
  const { shape, partner } = lx
  const parts: [number, number][] = []
  let start = from
  for (let k = from; k < to; k++) {
    const c = shape[k]!
    if ((c === '(' || c === '[' || c === '{') && partner[k]! > k && partner[k]! < to) {
      k = partner[k]!
      continue
    }
    if (c === ',') {
      parts.push([start, k])
      start = k + 1
    }
  }
  parts.push([start, to])
  return parts
    .map(([s, e]): [number, number] => {
      while (s < e && /\s/.test(shape[s]!)) s++
      while (e > s && /\s/.test(shape[e - 1]!)) e--
      return [s, e]
    })
    .filter(([s, e]) => e > s)
}

/** A string literal spanning exactly [from, to), or undefined. */
function stringAt(lx: Lexed, from: number, to: number): Expr | undefined {
  const { code } = lx
  const q = code[from]
  if (q !== '"' && q !== "'") return undefined
  const triple = code.startsWith(q.repeat(3), from) && to - from >= 6
  const width = triple ? 3 : 1
  if (to - from < 2 * width || code.slice(to - width, to) !== q.repeat(width)) return undefined
  // the literal must be one: "a" + "b" is not
  if (lx.shape.slice(from + width, to - width).includes(q)) return undefined
  const raw = code.slice(from + width, to - width)
  return {
    kind: 'string',
    value: triple ? raw : raw.replace(/\\([\\'"$])/g, (m, c: string) => (c === '$' ? '\\$' : c)),
    templates: q === '"',
  }
}

/** A reference: `a.b.c`, `a["b"]`, `libs.findLibrary("x").get()`, with `.get()`, `!!`, `as String` dropped. */
function referenceAt(text: string): Expr | undefined {
  let t = text.trim()
  t = t.replace(/\s+as\s+String$/, '').replace(/(\.get\(\)|\.orElseThrow\(\)|\.getOrNull\(\)|\.toString\(\)|!!)+$/, '')
  const find = /^([A-Za-z_]\w*)\.find(Library|Bundle|Version)\(\s*["']([\w.-]+)["']\s*\)$/.exec(t)
  if (find) {
    const kind = find[2] === 'Library' ? [] : find[2] === 'Bundle' ? ['bundles'] : ['versions']
    return { kind: 'ref', path: [find[1]!, ...kind, ...find[3]!.split(/[-_.]/)] }
  }
  if (!/^[A-Za-z_][\w]*(\s*(\??\.\s*[A-Za-z_]\w*|\[\s*["'][\w.-]+["']\s*\]))*$/.test(t)) return undefined
  const path = [...t.matchAll(/[A-Za-z_]\w*|\[\s*["']([\w.-]+)["']\s*\]/g)].map((m) => m[1] ?? m[0])
  return { kind: 'ref', path }
}

/** An expression: a string literal or a reference, else undefined. */
function exprAt(lx: Lexed, from: number, to: number): Expr | undefined {
  return stringAt(lx, from, to) ?? referenceAt(lx.code.slice(from, to))
}

/** Calls that are not configurations, inside a dependencies block. */
const NOT_CONFIGURATIONS = new Set([
  'exclude',
  'module',
  'modules',
  'components',
  'withModule',
  'replacedBy',
  'because',
  'attributes',
  'capabilities',
  'requireCapability',
  'requireCapabilities',
  'version',
  'strictly',
  'prefer',
  'require',
  'reject',
  'force',
  'artifact',
  'println',
  'print',
  'logger',
  'apply',
  'project',
  'files',
  'fileTree',
  'platform',
  'enforcedPlatform',
  'testFixtures',
  'kotlin',
  'listOf',
  'setOf',
  'mapOf',
  'forEach',
  'each',
  'val',
  'var',
  'def',
  'return',
  'throw',
  'configurations',
  'compileOptions',
  'sourceSets',
])
/** Blocks inside a dependencies block whose statements are declarations too. */
const TRANSPARENT = new Set(['if', 'else', 'run', 'with', 'apply', 'also', 'let', 'forEach', 'each', 'when', 'afterEvaluate'])
/** Calls whose argument is no module of a repository. */
const LOCAL = /^(project|projects|files|fileTree|gradleApi|localGroovy|gradleTestKit|gradleKotlinDsl|localProject|sourceSets|layout)\b/

/** The notations of one argument list (several in Groovy: `implementation 'a:b:1', 'c:d:2'`). */
function notationsOf(lx: Lexed, from: number, to: number, kts: boolean): { notation: Notation; platform?: boolean }[] {
  const parts = splitArgs(lx, from, to)
  const named = parts.map(([s, e]) => /^(\w+)\s*(:|=(?!=))\s*/.exec(lx.code.slice(s, e)))
  if (named.some(Boolean)) {
    const map: { group?: Expr; name?: Expr; version?: Expr } = {}
    parts.forEach(([s, e], i) => {
      const m = named[i]
      if (!m) return
      const key = m[1]!
      const value = exprAt(lx, s + m[0].length, e)
      if (value && (key === 'group' || key === 'name' || key === 'version')) map[key] = value
    })
    return map.group || map.name ? [{ notation: { kind: 'map', ...map } }] : []
  }
  // Kotlin's positional form: implementation("g", "a", "1.0")
  if (kts && parts.length >= 2 && parts.length <= 3) {
    const strings = parts.map(([s, e]) => stringAt(lx, s, e))
    if (strings.every((x) => x && x.kind === 'string' && !x.value.includes(':'))) {
      const [group, name, version] = strings as Expr[]
      return [{ notation: { kind: 'map', group: group!, name: name!, ...(version ? { version } : {}) } }]
    }
  }
  return parts.flatMap(([s, e]) => notationOf(lx, s, e, kts))
}

function notationOf(lx: Lexed, from: number, to: number, kts: boolean): { notation: Notation; platform?: boolean }[] {
  const text = lx.code.slice(from, to)
  const call = /^([A-Za-z_]\w*)\s*\(/.exec(text)
  if (call) {
    const open = from + call[0].length - 1
    const close = lx.partner[open]!
    const name = call[1]!
    if (close > open && close <= to) {
      if (name === 'platform' || name === 'enforcedPlatform')
        return notationsOf(lx, open + 1, close, kts).map((n) => ({ ...n, platform: true }))
      if (name === 'testFixtures' || name === 'variantOf') return notationsOf(lx, open + 1, close, kts)
      if (name === 'kotlin') {
        const args = splitArgs(lx, open + 1, close)
        const module = args[0] ? stringAt(lx, args[0][0], args[0][1]) : undefined
        const version = args[1] ? exprAt(lx, args[1][0], args[1][1]) : undefined
        if (module?.kind === 'string') return [{ notation: { kind: 'kotlin', module: module.value, ...(version ? { version } : {}) } }]
      }
    }
  }
  if (LOCAL.test(text)) return []
  const expr = exprAt(lx, from, to)
  if (expr) return [{ notation: { kind: 'expr', expr } }]
  return [{ notation: { kind: 'unknown', text: text.replace(/\s+/g, ' ').slice(0, 120) } }]
}

/** A version written in a declaration's block: `version { strictly("1.2") }`, `version { require '1.2' }`. */
function blockVersion(body: string): string | undefined {
  const m = /\b(strictly|require|prefer)\s*\(?\s*["']([^"'$]+)["']/.exec(body)
  return m?.[2]
}

const DECLARATION_NAME = /^(?:"([\w-]+)"|'([\w-]+)'|([a-z][A-Za-z0-9_]*))/

/** The declarations of the statements in [from, to) of a dependencies block. */
function declarations(
  lx: Lexed,
  from: number,
  to: number,
  kts: boolean,
  context: { constraint: boolean; test: boolean },
  out: GradleDeclaration[],
  depth = 0,
): void {
  if (depth > 8) return
  for (const [s, e] of statements(lx, from, to)) {
    const text = lx.code.slice(s, e)
    const m = DECLARATION_NAME.exec(text)
    if (!m) continue
    let name = m[1] ?? m[2] ?? m[3]!
    let k = s + m[0].length
    // dependencies.add("implementation", ...) and add(...)
    while (k < e && (lx.shape[k] === ' ' || lx.shape[k] === '\t')) k++
    let args: [number, number] | undefined
    let rest = k
    if (lx.shape[k] === '(' && lx.partner[k]! > k && lx.partner[k]! <= e) {
      args = [k + 1, lx.partner[k]!]
      rest = lx.partner[k]! + 1
    }
    while (rest < e && /\s/.test(lx.shape[rest]!)) rest++
    const closure: [number, number] | undefined =
      lx.shape[rest] === '{' && lx.partner[rest]! > rest ? [rest + 1, Math.min(lx.partner[rest]!, e)] : undefined
    if (name === 'constraints' && closure) {
      declarations(lx, closure[0], closure[1], kts, { ...context, constraint: true }, out, depth + 1)
      continue
    }
    if (TRANSPARENT.has(name)) {
      // if (...) { ... } else { ... }: every block of the statement
      for (let b = s; b < e; b++) {
        if (lx.shape[b] === '{' && lx.partner[b]! > b && lx.partner[b]! <= e) {
          declarations(lx, b + 1, lx.partner[b]!, kts, context, out, depth + 1)
          b = lx.partner[b]!
        }
      }
      continue
    }
    if (name === 'add' && args) {
      const parts = splitArgs(lx, args[0], args[1])
      const configuration = parts[0] ? stringAt(lx, parts[0][0], parts[0][1]) : undefined
      if (configuration?.kind !== 'string' || parts.length < 2) continue
      name = configuration.value
      args = [parts[1]![0], parts[parts.length - 1]![1]]
    }
    if (NOT_CONFIGURATIONS.has(name)) continue
    if (!args) {
      // Groovy's command form: implementation 'g:a:v', implementation libs.x { transitive = false }
      if (k === s + m[0].length && !/\s/.test(text[m[0].length] ?? '')) continue
      const end = closure ? rest : e
      if (end <= k) continue
      args = [k, end]
    }
    const version = closure ? blockVersion(lx.code.slice(closure[0], closure[1])) : undefined
    for (const n of notationsOf(lx, args[0], args[1], kts)) {
      out.push({
        configuration: name,
        notation: n.notation,
        line: lx.lineAt(s),
        ...(n.platform ? { platform: true } : {}),
        ...(context.constraint ? { constraint: true } : {}),
        ...(context.test ? { testContext: true } : {}),
        ...(version ? { blockVersion: version } : {}),
      })
    }
  }
}

/** A Groovy map literal `[a: 'x', b: [c: "y"]]` at `at`, flattened into `into` under `prefix`. */
function readMap(lx: Lexed, at: number, prefix: string, into: Map<string, Expr>, depth = 0): void {
  const close = lx.partner[at]!
  if (close < at || depth > 6) return
  for (const [s, e] of splitArgs(lx, at + 1, close)) {
    const m = /^(?:"([\w.-]+)"|'([\w.-]+)'|([A-Za-z_][\w-]*))\s*:\s*/.exec(lx.code.slice(s, e))
    if (!m) continue
    const key = `${prefix}.${m[1] ?? m[2] ?? m[3]}`
    const v = s + m[0].length
    if (lx.shape[v] === '[') readMap(lx, v, key, into, depth + 1)
    else {
      const expr = exprAt(lx, v, e)
      if (expr) into.set(key, expr)
    }
  }
}

/** The value assigned at `at` (to the end of its statement): a string, a reference, or a Groovy map. */
function assign(lx: Lexed, at: number, end: number, name: string, into: Map<string, Expr>): void {
  while (at < end && /[ \t]/.test(lx.shape[at]!)) at++
  if (lx.shape[at] === '[') return readMap(lx, at, name, into)
  const expr = exprAt(lx, at, end)
  if (expr && !into.has(name)) into.set(name, expr)
}

/** End of the expression starting at `at`: the end of its line, past brackets. */
function expressionEnd(lx: Lexed, at: number): number {
  let k = at
  while (k < lx.shape.length) {
    const c = lx.shape[k]!
    if ((c === '(' || c === '[' || c === '{') && lx.partner[k]! > k) {
      k = lx.partner[k]! + 1
      continue
    }
    if (c === '\n' || c === ';' || c === ')' || c === '}' || c === ',') break
    k++
  }
  let e = k
  while (e > at && /\s/.test(lx.shape[e - 1]!)) e--
  return e
}

/** End of a Groovy command's arguments (`include ':a', ':b'`): the end of the line, or of the next if it ends in a comma. */
function commandEnd(lx: Lexed, at: number): number {
  let k = at
  let last = ''
  while (k < lx.shape.length) {
    const c = lx.shape[k]!
    if ((c === '(' || c === '[' || c === '{') && lx.partner[k]! > k) {
      k = lx.partner[k]! + 1
      last = ')'
      continue
    }
    if (c === ';' || c === '}' || (c === '\n' && last !== ',')) break
    if (!/\s/.test(c)) last = c
    k++
  }
  return k
}

export function readGradleScript(text: string, kts: boolean): GradleScript {
  const lx = lex(text)
  const all = blocks(lx)
  const declarationsOut: GradleDeclaration[] = []
  const OUTSIDE = new Set(['buildscript', 'pluginManagement', 'initscript'])
  for (const b of all) {
    if (lastSegment(b.name) !== 'dependencies' || within(b, OUTSIDE)) continue
    // a dependencies block inside another is read with it
    let nested = false
    for (let p = b.parent; p; p = p.parent) if (lastSegment(p.name) === 'dependencies') nested = true
    if (nested) continue
    let test = /test/i.test(b.name.slice(0, -'dependencies'.length))
    for (let p: Block | undefined = b.parent; p && !test; p = p.parent) if (/test/i.test(p.head) || /test/i.test(p.name)) test = true
    declarations(lx, b.open + 1, b.close, kts, { constraint: false, test }, declarationsOut)
  }
  const extra = new Map<string, Expr>()
  const locals = new Map<string, Expr>()
  // ext { name = 'value' } and extra.apply { set("name", "value") }
  for (const b of all) {
    if (!/(^|\.)(ext|extra)$/.test(b.name) && !(lastSegment(b.name) === 'apply' && /(^|\.)extra\.apply$/.test(b.name))) continue
    for (const [s, e] of statements(lx, b.open + 1, b.close)) {
      const m = /^([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(lx.code.slice(s, e))
      if (m) assign(lx, s + m[0].length, e, m[1]!, extra)
      const set = /^set\(\s*["']([\w.-]+)["']\s*,\s*/.exec(lx.code.slice(s, e))
      if (set) assign(lx, s + set[0].length, expressionEnd(lx, s + set[0].length), set[1]!, extra)
    }
  }
  const { code } = lx
  const patterns: [RegExp, Map<string, Expr>][] = [
    [/(?:^|[\s;{(])(?:(?:rootProject|project)\.)?(?:ext|extra)\.([A-Za-z_]\w*)\s*=(?!=)\s*/g, extra],
    [/\b(?:ext|extra)\.set\(\s*["']([\w.-]+)["']\s*,\s*/g, extra],
    [/\bextra\[\s*["']([\w.-]+)["']\s*\]\s*=(?!=)\s*/g, extra],
    [/\b(?:val|var)\s+([A-Za-z_]\w*)(?:\s*:\s*[\w.<>?]+)?\s+by\s+extra\(\s*/g, extra],
    [
      /(?:^|[\s;{(])(?:(?:const\s+)?val|var|def|String|final\s+String|final\s+def)\s+([A-Za-z_]\w*)(?:\s*:\s*[\w.<>?]+)?\s*=(?!=)\s*/g,
      locals,
    ],
  ]
  for (const [pattern, into] of patterns) {
    for (const m of code.matchAll(pattern)) {
      const at = m.index + m[0].length
      if (lx.shape[m.index + m[0].length - 1] === '_') continue
      assign(lx, at, expressionEnd(lx, at), m[1]!, into)
    }
  }
  const kotlinPlugin =
    /\bkotlin\(\s*"[\w.-]+"\s*\)\s+version\s+"([^"$]+)"/.exec(code) ??
    /\bid\s*\(?\s*["']org\.jetbrains\.kotlin\.[\w.-]+["']\s*\)?\s+version\s+["']([^"'$]+)["']/.exec(code)
  return {
    declarations: declarationsOut,
    extra,
    locals,
    ...(kotlinPlugin ? { kotlinPluginVersion: kotlinPlugin[1]! } : {}),
  }
}

/** A settings script: projects, their folders, included builds and version catalogs. */
export function readGradleSettings(text: string): GradleSettings {
  const lx = lex(text)
  const all = blocks(lx)
  const settings: GradleSettings = { projects: new Map(), dynamic: false, includedBuilds: [], catalogs: [], publishedCatalogs: [] }
  const { code } = lx
  const name = /\brootProject\.name\s*=\s*["']([^"'$]+)["']/.exec(code)
  if (name) settings.rootName = name[1]!
  const folderOf = (path: string) => path.replace(/^:/, '').replace(/:/g, '/')
  const inPluginManagement = (offset: number) => all.some((b) => b.name === 'pluginManagement' && b.open < offset && offset < b.close)
  for (const m of code.matchAll(/(^|[\s;{}])(include|includeFlat|includeBuild)\b\s*/g)) {
    const at = m.index + m[0].length
    const kind = m[2]!
    if (lx.shape[m.index + m[1]!.length] === '_') continue
    let from = at
    let to: number
    if (lx.shape[at] === '(' && lx.partner[at]! > at) {
      from = at + 1
      to = lx.partner[at]!
    } else to = commandEnd(lx, at)
    const args = splitArgs(lx, from, to)
    for (const [s, e] of args) {
      const literal = stringAt(lx, s, e)
      if (literal?.kind !== 'string' || (literal.templates && literal.value.includes('$'))) {
        if (kind !== 'includeBuild') settings.dynamic = true
        continue
      }
      if (kind === 'includeBuild') settings.includedBuilds.push({ path: literal.value, plugin: inPluginManagement(m.index) })
      else {
        const path = literal.value.startsWith(':') ? literal.value : `:${literal.value}`
        // include(":a:b") makes ":a" a project too
        const parts = path.slice(1).split(':')
        for (let i = 1; i <= parts.length; i++) {
          const p = `:${parts.slice(0, i).join(':')}`
          if (!settings.projects.has(p))
            settings.projects.set(p, kind === 'includeFlat' && i === parts.length ? `../${parts[i - 1]}` : folderOf(p))
        }
      }
    }
  }
  for (const m of code.matchAll(
    /\bproject\(\s*["'](:[^"']*)["']\s*\)\.projectDir\s*=\s*(?:file\(\s*|new\s+File\(\s*(?:settingsDir|rootDir|rootProject\.projectDir)\s*,\s*)["']([^"'$]+)["']/g,
  ))
    settings.projects.set(m[1]!, m[2]!.replace(/^\.\//, '').replace(/\/$/, ''))
  // versionCatalogs { create("libs") { from(files("...")) } } and Groovy's libs { from(files('...')) }
  for (const b of all) {
    if (!b.parent || lastSegment(b.parent.name) !== 'versionCatalogs') continue
    let catalog = b.name
    if (b.name === 'create' || b.name === 'register') {
      const arg = b.args ? stringAt(lx, ...trimmed(lx, b.args)) : undefined
      if (arg?.kind !== 'string') continue
      catalog = arg.value
    }
    const body = code.slice(b.open + 1, b.close)
    const file = /\bfrom\s*\(?\s*files\(\s*["']([^"'$]+)["']/.exec(body)
    if (file) settings.catalogs.push({ name: catalog, file: file[1]! })
    const published = /\bfrom\s*\(?\s*["']([^"'$]+:[^"'$]+)["']/.exec(body)
    if (published) settings.publishedCatalogs.push({ name: catalog, coordinates: published[1]! })
  }
  return settings
}

function trimmed(lx: Lexed, [s, e]: [number, number]): [number, number] {
  while (s < e && /\s/.test(lx.shape[s]!)) s++
  while (e > s && /\s/.test(lx.shape[e - 1]!)) e--
  return [s, e]
}
