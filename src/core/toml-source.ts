/**
 * TOML documents of the repository (Cargo.toml, pyproject.toml, REUSE.toml, lockfiles) read
 * with smol-toml, their nesting bounded (nesting.ts) and errors given with their line.
 */
import { parse, TomlError } from 'smol-toml'
import { MAX_NESTING, nestsDeeperThan, tooDeepMessage } from './nesting.js'

export type TomlSource = { ok: true; value: Record<string, unknown> } | { ok: false; message: string; line?: number }

export function parseToml(text: string, maxNesting = MAX_NESTING): TomlSource {
  let value: Record<string, unknown>
  try {
    value = parse(text, { maxDepth: maxNesting }) as Record<string, unknown>
  } catch (error) {
    const line = error instanceof TomlError ? error.line : undefined
    const first = (error as Error).message.split('\n')[0] ?? 'invalid TOML'
    const message = /excessively nested/.test(first) ? tooDeepMessage(maxNesting) : first.replace(/^Invalid TOML document: /, '')
    return { ok: false, message, ...(line ? { line } : {}) }
  }
  // smol-toml bounds brackets and inline tables, not dotted keys: [a.a.a...] nests as deep as it is long
  if (nestsDeeperThan(value, maxNesting)) return { ok: false, message: `${tooDeepMessage(maxNesting)}, by dotted keys` }
  return { ok: true, value }
}
