import { printable } from './printable.js'

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
