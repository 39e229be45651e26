/**
 * Path globs of REUSE.toml and .reuse/dep5. REUSE.toml (spec 3.3): `*` matches anything but `/`, `**` (and `**\/`)
 * matches anything including `/`, `\*` is a literal asterisk, `\\` a literal backslash, and
 * `\` before any other character is that character. Other characters (`?`, `[`, `{`) are
 * literal, which is why picomatch, whose globs give them meaning, is not used here. In dep5
 * (Debian copyright format 1.0) `*` matches anything including `/` and `?` one character.
 *
 * Matching runs the pattern as a small automaton over the path: time is the path length times
 * the pattern length, whatever the pattern, where a backtracking regular expression built from
 * many `*` could take exponential time on a crafted path.
 */

type Token = { kind: 'char'; ch: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'globstar' }

export interface TomlGlob {
  pattern: string
  /** Literal text every matching path starts with (a fast pre-filter). */
  prefix: string
  matches(path: string): boolean
}

export function compileTomlGlob(pattern: string): TomlGlob {
  const tokens: Token[] = []
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '\\') {
      i++
      if (i < pattern.length) tokens.push({ kind: 'char', ch: pattern[i]! })
    } else if (c === '*') {
      if (pattern[i + 1] === '*') {
        while (pattern[i + 1] === '*') i++
        if (pattern[i + 1] === '/') i++ // "**/" also matches no folder at all
        if (tokens.at(-1)?.kind !== 'globstar') tokens.push({ kind: 'globstar' })
      } else if (tokens.at(-1)?.kind !== 'star' && tokens.at(-1)?.kind !== 'globstar') {
        tokens.push({ kind: 'star' })
      }
    } else {
      tokens.push({ kind: 'char', ch: c })
    }
  }
  return fromTokens(pattern, tokens)
}

export function compileDep5Glob(pattern: string): TomlGlob {
  const tokens: Token[] = []
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '\\' && i + 1 < pattern.length) tokens.push({ kind: 'char', ch: pattern[++i]! })
    else if (c === '*') {
      if (tokens.at(-1)?.kind !== 'globstar') tokens.push({ kind: 'globstar' })
    } else if (c === '?') tokens.push({ kind: 'any' })
    else tokens.push({ kind: 'char', ch: c })
  }
  return fromTokens(pattern, tokens)
}

function fromTokens(pattern: string, tokens: Token[]): TomlGlob {
  let prefix = ''
  for (const t of tokens) {
    if (t.kind !== 'char') break
    prefix += t.ch
  }
  const literal = prefix.length === tokens.length
  return {
    pattern,
    prefix,
    matches: literal ? (path) => path === prefix : (path) => path.startsWith(prefix) && run(tokens, path),
  }
}

/** Whether the pattern matches every path (a table that would cover the whole folder). */
export function matchesEverything(glob: TomlGlob): boolean {
  return glob.prefix === '' && glob.matches('a/b/.c') && glob.matches('x')
}

function run(tokens: Token[], path: string): boolean {
  const n = tokens.length
  let states = new Uint8Array(n + 1)
  let next = new Uint8Array(n + 1)
  states[0] = 1
  close(tokens, states)
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!
    next.fill(0)
    let alive = false
    for (let s = 0; s < n; s++) {
      if (!states[s]) continue
      const t = tokens[s]!
      if (t.kind === 'char' || t.kind === 'any') {
        if (t.kind === 'any' || t.ch === ch) next[s + 1] = 1
        else continue
      } else if (t.kind === 'globstar' || ch !== '/') {
        next[s] = 1
      } else continue
      alive = true
    }
    if (!alive) return false
    close(tokens, next)
    ;[states, next] = [next, states]
  }
  return states[n] === 1
}

/** Wildcards may match nothing: a state before a wildcard also stands after it. */
function close(tokens: Token[], states: Uint8Array): void {
  for (let s = 0; s < tokens.length; s++) if (states[s] && (tokens[s]!.kind === 'star' || tokens[s]!.kind === 'globstar')) states[s + 1] = 1
}
