// The layers of docs/architecture.md ("Layers"), as rules that `npm test` enforces
// (__tests__/architecture/layers.test.ts) and `npm run layers` prints.
// A folder may import its own files and the folders listed for it; nothing else under src/ or checks/.

const LIBRARIES = ['src/licence', 'src/sbom', 'src/vuln', 'src/standards', 'src/docs', 'src/workflows', 'src/attest', 'src/report']

/** Who may import whom, lowest first. Type-only imports count too. */
export const LAYERS = {
  // the ground floor
  'src/core': [],
  // domain libraries; licence is below sbom (the SBOM writers use SPDX expressions) and uses the
  // outline of documents (the README's licence section)
  'src/licence': ['src/core', 'src/docs'],
  'src/sbom': ['src/core', 'src/licence'],
  // known vulnerabilities: OSV records matched against the SBOM's component graph
  'src/vuln': ['src/core', 'src/sbom'],
  'src/standards': ['src/core'],
  'src/docs': ['src/core'],
  'src/workflows': ['src/core'],
  'src/attest': ['src/core'],
  'src/report': ['src/core'],
  // one folder per check; a check does not import another check
  checks: ['src/core', 'src/licence', 'src/sbom', 'src/vuln', 'src/standards', 'src/docs', 'src/workflows'],
  // the only place that knows every check and every renderer
  'src/pipeline': ['src/core', ...LIBRARIES, 'checks'],
  // on top: the catalogue and the two front ends, which do not import each other
  'src/catalogue': ['src/core', ...LIBRARIES, 'src/pipeline'],
  'src/cli': ['src/core', ...LIBRARIES, 'checks', 'src/pipeline', 'src/catalogue'],
  'src/action': ['src/core', ...LIBRARIES, 'checks', 'src/pipeline'],
}

const escape = (folder) => folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const ruleSet = {
  forbidden: [
    ...Object.entries(LAYERS).map(([folder, allowed]) => ({
      name: `layer:${folder}`,
      comment: `${folder} may import ${allowed.length ? allowed.join(', ') : 'no other folder'} (docs/architecture.md, Layers)`,
      severity: 'error',
      from: { path: `^${escape(folder)}/` },
      to: { path: '^(src|checks)/', pathNot: [folder, ...allowed].map((f) => `^${escape(f)}/`) },
    })),
    {
      name: 'check-imports-check',
      comment: 'a check is read in one folder: what two checks share belongs in a library',
      severity: 'error',
      from: { path: '^checks/([^/]+/[^/]+)/' },
      to: { path: '^checks/', pathNot: '^checks/$1/' },
    },
    {
      name: 'actions-toolkit-outside-action',
      comment: 'only src/action talks to @actions/* (DESIGN.md)',
      severity: 'error',
      from: { path: '^(src|checks)/', pathNot: '^src/action/' },
      to: { path: '(^|/)node_modules/@actions/' },
    },
    {
      name: 'product-imports-tests',
      comment: 'code that is bundled never imports tests, fixtures, benchmarks or build scripts',
      severity: 'error',
      from: { path: '^(src|checks)/' },
      to: { path: '(^|/)(__tests__|fixtures|bench|scripts)/' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycle anywhere',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that cannot be resolved cannot be checked',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // as Node resolves packages' exports (@cyclonedx/cyclonedx-library has only 'types' and 'default')
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
}

export default ruleSet
