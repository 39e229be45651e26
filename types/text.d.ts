// Markdown files are bundled as text (esbuild `loader: { '.md': 'text' }`, and a jest transform in tests).
declare module '*.md' {
  const text: string
  export default text
}
// Text data files (data/publiccode/ipa-codes.txt), bundled the same way.
declare module '*.txt' {
  const text: string
  export default text
}
