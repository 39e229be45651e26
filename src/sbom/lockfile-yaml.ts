/**
 * YAML lockfiles (pnpm-lock.yaml, yarn berry's yarn.lock) read as plain data with js-yaml.
 *
 * Why not the `yaml` library that reads the rest (workflows, publiccode.yml): it builds a node
 * tree with positions before the plain value, about 30 times the text in memory; a 54 MB
 * pnpm-lock.yaml took more than 1.8 GB and minutes. js-yaml builds the plain value directly
 * (about 7 times the text, 5 to 10 times faster), which keeps a lockfile under the read cap
 * inside the memory bound.
 *
 * Package managers write neither anchors nor aliases, so an anchor is refused: no alias bomb
 * (js-yaml shares an aliased value rather than copying it, but a reader walking it would
 * still pay for every use). Nesting is bounded by js-yaml's own maxDepth, before its recursion
 * gets deep.
 */
import { load, type LoadOptions } from 'js-yaml'

/** Deeper than any lockfile (pnpm nests five levels), far below the stack's limit. */
export const MAX_YAML_DEPTH = 100

export type LockfileYaml =
  | { ok: true; value: unknown }
  /**
   * message: the finding, from "not valid YAML: " or "not read: "; line: 1-based, when known;
   * duplicateKey: the defect is a key written twice in a mapping.
   */
  | { ok: false; line?: number; message: string; duplicateKey: boolean }

class Refused extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

interface LoaderState {
  anchor: string | null
  line: number
}

export function loadLockfileYaml(text: string): LockfileYaml {
  try {
    const options = {
      // js-yaml 4.3's own bound (its type definitions do not name it yet)
      maxDepth: MAX_YAML_DEPTH,
      listener(event: string, state: unknown) {
        const s = state as unknown as LoaderState
        if (event === 'close' && s.anchor !== null && s.anchor !== undefined)
          throw new Refused(
            `not read: anchor &${s.anchor}: package managers write no anchors or aliases, and a lockfile with them is not read (an alias can repeat a value without bound)`,
            s.line + 1,
          )
      },
    }
    const value = load(text, options as LoadOptions)
    return { ok: true, value }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, line: error.line, message: error.message, duplicateKey: false }
    const e = error as { reason?: string; mark?: { line?: number }; message?: string }
    const reason = e.reason ?? String(e.message ?? error).split('\n')[0]!
    const line = typeof e.mark?.line === 'number' ? e.mark.line + 1 : undefined
    return {
      ok: false,
      ...(line ? { line } : {}),
      message: `not valid YAML: ${reason}`,
      duplicateKey: /duplicated mapping key/.test(reason),
    }
  }
}
