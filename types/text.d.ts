// Markdown files are bundled as text (esbuild `loader: { '.md': 'text' }`, and a jest transform in tests).
declare module '*.md' {
  const text: string
  export default text
}
