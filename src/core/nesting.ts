/**
 * Bounds on how deeply the data a repository holds may nest. Parsers and the code that walks
 * what they return recurse once per level: 5,000 nested `[` in a 10 KB package.json overflow
 * the stack of JSON.stringify, jsonc-parser or marked, where JSON.parse itself accepts them.
 * Every reader of repository data checks the nesting first, by these functions, and refuses a
 * document nested deeper than a real one ever is, as a finding that says where.
 */

/** Manifests, configuration and standard files nest a handful of levels; this is far above and far below the stack's limit. */
export const MAX_NESTING = 100

export function tooDeepMessage(max = MAX_NESTING): string {
  return `nested deeper than ${max} levels`
}

/**
 * The offset where the bracket nesting of a JSON (or JSON5, JSONC) text first goes deeper than
 * `max`, outside strings and comments; undefined if it never does. A linear scan that builds
 * nothing, so it runs before any parser.
 */
export function jsonTooDeepAt(text: string, max = MAX_NESTING): number | undefined {
  let depth = 0
  let quote = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (quote !== 0) {
      if (c === 0x5c)
        i++ // backslash: the next character is escaped
      else if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) {
      // JSON5 strings may be single-quoted; in JSON a single quote outside a string is an error anyway
      quote = c
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      // JSON5, JSONC and bun.lock may hold comments: a quote or bracket in one is not data
      const end = text.indexOf('\n', i)
      i = end < 0 ? text.length : end
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? text.length : end + 1
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return undefined
}

/**
 * Whether parsed data (from JSON, YAML, TOML or XML) nests deeper than `max`: a list or object
 * is one level more than the one it is in. Without recursion, with memory for one path from the
 * root; data that contains itself is too deep. An object in many places (a YAML alias) is
 * walked in each: yaml's alias limit (MAX_ALIASES) bounds how many that makes.
 */
export function nestsDeeperThan(value: unknown, max = MAX_NESTING): boolean {
  if (!isContainer(value)) return false
  // the path from the root: each object with the members left to visit
  const path: { node: object; members: unknown[]; next: number }[] = [{ node: value, members: members(value), next: 0 }]
  const onPath = new Set<object>([value])
  while (path.length > 0) {
    const top = path[path.length - 1]!
    if (top.next >= top.members.length) {
      path.pop()
      onPath.delete(top.node)
      continue
    }
    const child = top.members[top.next++]
    if (!isContainer(child)) continue
    if (onPath.has(child) || path.length >= max) return true
    path.push({ node: child, members: members(child), next: 0 })
    onPath.add(child)
  }
  return false
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object'
}

function members(value: object): unknown[] {
  if (Array.isArray(value)) return value
  if (value instanceof Map) return [...value.keys(), ...value.values()]
  if (value instanceof Set) return [...value]
  return Object.values(value)
}
