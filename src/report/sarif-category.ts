/** The code-scanning category of results.sarif, as the CLI option and the Action input give it. */
/**
 * What is wrong with a code-scanning category, or undefined when it is usable: parts of letters,
 * digits, `. _ - + @`, separated by `/` (e.g. `ois-ready/packages/app`).
 */
export function sarifCategoryProblem(category: string): string | undefined {
  return /^[\w.@+-]+(\/[\w.@+-]+)*$/.test(category)
    ? undefined
    : `"${category}" is not a category: use letters, digits, . _ - + @, and / between parts (e.g. ois-ready/packages/app)`
}
