// Loads a text file (a check's README.md, a data list) as a module whose default export is its content,
// as esbuild's `text` loader does in the bundle.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` }
  },
}
