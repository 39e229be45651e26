// spdx-satisfies has no type declarations of its own.
declare module 'spdx-satisfies' {
  function satisfies(expression: string, approved: string[]): boolean
  export default satisfies
}
declare module 'spdx-expression-parse' {
  export type Node = { license: string; plus?: boolean; exception?: string } | { left: Node; conjunction: 'and' | 'or'; right: Node }
  function parse(expression: string): Node
  export default parse
}
declare module 'spdx-correct' {
  function correct(identifier: string, options?: { upgrade?: boolean }): string | null
  export default correct
}
