/** A file that could not be read as text, as a failing finding that says why and what to change. */
import type { ReadResult } from './snapshot.js'
import type { Finding } from './types.js'

/** A failing finding that says why a file could not be read as text (too large, binary, outside, ...). */
export function unreadableFinding(result: Extract<ReadResult, { ok: false }>, what: string): Finding {
  const remediation: Record<typeof result.reason, string> = {
    'too-large': `Keep ${what} small, or raise limits.max-file-bytes in the config.`,
    binary: `${what} must be a text file (Markdown or plain text).`,
    outside: `Make ${what} a regular file in the repository; ois-ready never follows links out of it.`,
    missing: `Commit ${what} to the repository.`,
    unreadable: `Make ${what} a readable regular file.`,
  }
  return { status: 'fail', message: result.message, location: { path: result.path }, remediation: remediation[result.reason] }
}
