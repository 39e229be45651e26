/**
 * SPDX licence expressions (SPDX spec annex D) as everything else in ois-ready reads them:
 * parsed by spdx-expression-parse, but only after a linear pre-scan, because that parser
 * recurses once per term and per parenthesis (a 10,000-term expression overflows the stack)
 * and its errors ("Syntax error") do not say where the problem is.
 */
import parse from 'spdx-expression-parse'
import licenceIds from 'spdx-license-ids/index.json' with { type: 'json' }
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' }
import exceptionIds from 'spdx-exceptions/index.json' with { type: 'json' }

/** More terms than this are refused: real expressions have a handful. */
export const MAX_TERMS = 256
/** Deeper nesting than this is refused. */
export const MAX_DEPTH = 32
const MAX_CHARS = 100_000

export interface LicenceLeaf {
  license: string
  plus?: boolean
  exception?: string
}
export interface LicenceConjunction {
  conjunction: 'and' | 'or'
  left: LicenceNode
  right: LicenceNode
}
export type LicenceNode = LicenceLeaf | LicenceConjunction

export type ParsedExpression =
  | { ok: true; ast: LicenceNode; /** Canonical spelling: ids in their SPDX case, operators upper-case. */ normalised: string }
  | { ok: false; message: string; /** 1-based column of the problem, where known. */ column?: number }

const byLower = new Map<string, string>()
for (const id of [...licenceIds, ...deprecatedIds]) byLower.set(id.toLowerCase(), id)
const exceptionsByLower = new Map<string, string>()
for (const id of exceptionIds as string[]) exceptionsByLower.set(id.toLowerCase(), id)

const TOKEN = /\s*(\(|\)|[A-Za-z0-9.+:-]+|\S)/y
const OPERATORS = new Set(['and', 'or', 'with'])

/** The SPDX spelling of a licence id, matched case-insensitively as the spec allows; undefined if unknown. */
export function canonicalLicenceId(id: string): string | undefined {
  return byLower.get(id.toLowerCase())
}

export function isDeprecatedLicenceId(id: string): boolean {
  return (deprecatedIds as string[]).includes(id)
}

/** Whether `id` is on the SPDX list or a LicenseRef-/DocumentRef- reference. */
export function isKnownLicenceId(id: string): boolean {
  return byLower.has(id.toLowerCase()) || /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id)
}

/**
 * Parses an SPDX expression. Operators and ids are accepted in any case (SPDX matching is
 * case-insensitive) and returned canonical; unknown ids, unbalanced parentheses and
 * oversized expressions are errors that say where. With `unknownIds: 'keep'` an id that is
 * not on the SPDX list stays in the tree as written (REUSE reports it as a bad licence, not
 * as an invalid expression).
 */
export function parseLicenceExpression(text: string, options: { unknownIds?: 'error' | 'keep' } = {}): ParsedExpression {
  const keepUnknown = options.unknownIds === 'keep'
  const source = text.trim()
  if (source === '') return { ok: false, message: 'the licence expression is empty' }
  if (source.length > MAX_CHARS)
    return { ok: false, message: `the licence expression is ${source.length} characters long; at most ${MAX_CHARS} are read` }
  const tokens: string[] = []
  const open: number[] = []
  let terms = 0
  let depth = 0
  const kept = new Map<string, string>()
  const withExceptions: string[] = []
  TOKEN.lastIndex = 0
  let start = 0
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const token = m[1]!
    const column = m.index + m[0].length - token.length + 1
    start = TOKEN.lastIndex
    if (token === '(') {
      open.push(column)
      depth = Math.max(depth, open.length)
      if (depth > MAX_DEPTH) return { ok: false, message: `parentheses nest deeper than ${MAX_DEPTH} levels`, column }
      tokens.push(token)
    } else if (token === ')') {
      if (open.length === 0) return { ok: false, message: `the ")" at column ${column} closes nothing`, column }
      open.pop()
      tokens.push(token)
    } else if (OPERATORS.has(token.toLowerCase())) {
      tokens.push(token.toUpperCase())
    } else if (/^[A-Za-z0-9.+:-]+$/.test(token)) {
      terms++
      if (terms > MAX_TERMS) return { ok: false, message: `the expression has more than ${MAX_TERMS} licence terms`, column }
      const previous = tokens.at(-1)
      if (previous === 'WITH') {
        const exception = exceptionsByLower.get(token.toLowerCase())
        if (!exception && !keepUnknown && !/^(DocumentRef-[A-Za-z0-9.-]+:)?AdditionRef-[A-Za-z0-9.-]+$/.test(token)) {
          return { ok: false, message: `"${token}" at column ${column} is not an SPDX licence exception`, column }
        }
        withExceptions.push(exception ?? token)
        // spdx-expression-parse knows only listed exceptions: a kept one goes in under a stand-in
        tokens.push(exception ?? (keepUnknown ? 'Classpath-exception-2.0' : token))
        continue
      }
      const plus = token.endsWith('+') ? '+' : ''
      const bare = plus ? token.slice(0, -1) : token
      const id = canonicalLicenceId(bare) ?? (isKnownLicenceId(bare) || keepUnknown ? bare : undefined)
      if (!id) return { ok: false, message: `"${bare}" at column ${column} is not an SPDX licence identifier`, column }
      if (keepUnknown && !canonicalLicenceId(bare) && !isKnownLicenceId(bare)) {
        const standIn = `LicenseRef-ois-kept-${kept.size}`
        kept.set(standIn, bare)
        tokens.push(standIn + plus)
      } else tokens.push(id + plus)
    } else {
      return { ok: false, message: `unexpected "${token}" at column ${column}`, column }
    }
  }
  if (start < source.length) return { ok: false, message: `unexpected text at column ${start + 1}`, column: start + 1 }
  if (open.length > 0) return { ok: false, message: `the "(" at column ${open.at(-1)} is never closed`, column: open.at(-1) }
  const normalised = tokens.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')')
  try {
    const ast = parse(normalised) as LicenceNode
    if (!keepUnknown) return { ok: true, ast, normalised }
    // put the kept ids and exceptions back in place of their stand-ins (leaves come in source order)
    let k = 0
    for (const leaf of leaves(ast)) {
      leaf.license = kept.get(leaf.license) ?? leaf.license
      if (leaf.exception) leaf.exception = withExceptions[k++]
    }
    return { ok: true, ast, normalised: formatExpression(ast) }
  } catch (e) {
    const detail = (e as Error).message.includes('null') ? 'it ends with an operator' : (e as Error).message
    return { ok: false, message: `"${source}" is not a valid SPDX expression: ${detail}` }
  }
}

/** The licence leaves of an expression, left to right. */
export function leaves(node: LicenceNode): LicenceLeaf[] {
  const out: LicenceLeaf[] = []
  const stack: LicenceNode[] = [node]
  while (stack.length) {
    const n = stack.pop()!
    if ('license' in n) out.push(n)
    else stack.push(n.right, n.left)
  }
  return out
}

/** An expression back to text, parenthesised where the operators need it. */
export function formatExpression(node: LicenceNode, parent?: 'and' | 'or'): string {
  if ('license' in node) return `${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`
  const text = `${formatExpression(node.left, node.conjunction)} ${node.conjunction.toUpperCase()} ${formatExpression(node.right, node.conjunction)}`
  return parent && parent !== node.conjunction ? `(${text})` : text
}
