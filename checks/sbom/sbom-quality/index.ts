import type { Check, Finding } from '../../../src/core/types.js'
import { scanLockfiles } from '../../../src/sbom/lockfiles.js'
import type { GraphComponent } from '../../../src/sbom/graph.js'
import docs from './README.md'

/**
 * The component fields of the NTIA minimum elements and BSI TR-03183-2 (v2.1), as the SBOM
 * written from the lockfiles carries them. "creator" is ois-ready itself, in the metadata.
 */
const FIELDS: { field: string; has: (c: GraphComponent) => boolean }[] = [
  { field: 'name', has: (c) => Boolean(c.name) },
  { field: 'version', has: (c) => Boolean(c.version) },
  { field: 'identifier (purl)', has: (c) => Boolean(c.purl) },
  // the project's own code (a workspace, a module replaced by a folder) is the commit the SBOM names, not a download;
  // a Go module's go.sum h1: hash is integrity evidence, though not a hash of any file
  { field: 'hash', has: (c) => c.hashes.length > 0 || c.local !== undefined || c.goSum !== undefined },
  { field: 'licence', has: (c) => Boolean(c.licence) },
  // a lockfile gives each component's dependencies; a manifest (pom.xml) only the project's own
  { field: 'dependencies', has: (c) => !c.declaredOnly },
]

export const check: Check = {
  meta: {
    id: 'sbom-quality',
    family: 'sbom',
    title: 'The SBOM covers the NTIA minimum elements and the BSI TR-03183-2 component fields',
    level: 2,
    version: '1.1.0',
    needs: ['lockfile-scan'],
    crosswalk: { osps: ['OSPS-QA-02.01'], cra: ['Annex I Part II(1)'] },
    anchors: ['package-lock.json'],
    defaultOptions: { 'min-score': 80 },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { 'min-score': { type: 'integer', minimum: 0, maximum: 100 } },
    },
  },
  docs,
  async run({ repo, options }) {
    const { graph } = await scanLockfiles(repo)
    const components = [...graph.components.values()]
    if (components.length === 0) return [{ status: 'not-applicable', message: 'no components: no SBOM to judge' }]
    const minScore = Number(options['min-score'] ?? 80)
    // per ecosystem, how many components lack each field
    const missing = new Map<string, Map<string, number>>()
    let present = 0
    for (const c of components) {
      for (const f of FIELDS) {
        if (f.has(c)) present++
        else {
          const byField = missing.get(c.ecosystem) ?? new Map<string, number>()
          byField.set(f.field, (byField.get(f.field) ?? 0) + 1)
          missing.set(c.ecosystem, byField)
        }
      }
    }
    const score = Math.round((present / (components.length * FIELDS.length)) * 100)
    const gaps: Finding[] = [...missing.entries()].sort().flatMap(([ecosystem, byField]) =>
      [...byField.entries()].map(([field, count]) => ({
        status: 'pass' as const,
        severity: 'warning' as const,
        message: `${ecosystem}: ${count} component(s) without ${field}`,
        remediation:
          field === 'licence'
            ? 'Lockfiles of this ecosystem do not record licences: they come with the dependency licence checks, or from the package manifests.'
            : field === 'dependencies'
              ? 'These come from a manifest (pom.xml), which does not resolve dependencies: commit a lockfile (Gradle dependency locking, or a Maven lockfile plugin).'
              : field === 'hash' && ecosystem === 'golang'
                ? 'Commit go.sum beside go.mod: it holds the h1: hash of every module.'
                : `Regenerate the lockfile with a package manager version that records the ${field}.`,
      })),
    )
    // said, since go.sum's h1: is integrity evidence but not a hash of a file
    const byGoSum = components.filter((c) => c.hashes.length === 0 && c.goSum).length
    const summary =
      `SBOM quality ${score}% of the NTIA / BSI TR-03183-2 component fields (name, version, purl, hash, licence, dependencies) over ${components.length} component(s)` +
      (byGoSum ? `; the hash of ${byGoSum} Go module(s) is go.sum's h1: (a hash of the module's file list, not of a file)` : '')
    if (score < minScore) {
      return [
        {
          status: 'fail',
          message: `${summary}; at least ${minScore}% required`,
          remediation: 'See the fields missing per ecosystem below.',
        },
        ...gaps.map(({ severity: _warning, ...gap }) => ({ ...gap, status: 'fail' as const })),
      ]
    }
    return [{ status: 'pass', message: summary }, ...gaps]
  },
}
