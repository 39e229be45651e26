/**
 * Repository content shown on a terminal or in a CI log loses its control characters: a newline in a
 * file or job name must not start a line (GitHub Actions reads "::command::" lines from a step's output).
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
