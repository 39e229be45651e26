import { printable } from './printable.js'
import { ISSUES_URL } from './version.js'

/** Errors the user can fix (exit code 2): they say what is wrong, where, and what to change. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface ConfigProblem {
  file: string
  line?: number
  column?: number
  key: string
  message: string
}

export class ConfigError extends UsageError {
  override name = 'ConfigError'
  constructor(readonly problems: ConfigProblem[]) {
    super(
      problems
        .map((p) =>
          printable(`${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.key ? `${p.key}: ` : ''}${p.message}`),
        )
        .join('\n'),
    )
  }
}

/** What a message says of an error that is a bug in ois-ready: so, and where to report it. */
export const BUG_NOTE = `a bug in ois-ready, please report it at ${ISSUES_URL}`

/**
 * An analysis that several checks share (git facts, the lockfile scan, the project licence,
 * the REUSE lint) could not be completed. Each check that uses it reports this as its error
 * finding; the other checks and the report are not affected. `bug`: an exception ois-ready did
 * not expect (the message says where to report it); otherwise the repository is what stops it
 * (a git history with missing objects).
 */
export class AnalysisError extends Error {
  override name = 'AnalysisError'
  constructor(
    readonly analysis: string,
    readonly reason: string,
    readonly bug: boolean,
  ) {
    super(bug ? `${analysis} failed with an internal error (${BUG_NOTE}): ${reason}` : `${analysis} could not be read: ${reason}`)
  }

  /** The error an analysis met, as its failure: an AnalysisError as it is (a nested analysis), anything else as a bug. */
  static of(analysis: string, error: unknown): AnalysisError {
    if (error instanceof AnalysisError) return error
    return new AnalysisError(analysis, printable(error instanceof Error ? error.message : String(error)), true)
  }
}

/**
 * One line for an error ois-ready did not expect (a bug): what it is, that it is a bug and
 * where to report it. Its stack trace is for --debug (CLI) or the debug log (Action).
 */
export function internalErrorLine(error: unknown, hint?: string): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return `internal error: ${printable(message.split('\n')[0] ?? message)} (${BUG_NOTE}${hint ? `; ${hint}` : ''})`
}
