/**
 * The quality of an SBOM document someone else made (a release asset): the share of the NTIA /
 * BSI TR-03183-2 component fields its components carry, the same six fields the sbom-quality
 * check counts on the SBOM ois-ready writes (name, version, purl, hash, licence, dependencies).
 * CycloneDX JSON (1.2 and later) and SPDX 2.x JSON are read; anything else says what it is not.
 */
import { parseJson } from '../core/json-source.js'

export const SBOM_FIELDS = ['name', 'version', 'identifier (purl)', 'hash', 'licence', 'dependencies'] as const
export type SbomField = (typeof SBOM_FIELDS)[number]

export type DocumentQuality =
  { format: 'CycloneDX' | 'SPDX'; components: number; score: number; missing: Partial<Record<SbomField, number>> } | { unreadable: string }

/** Components beyond this are not counted (a release SBOM of a large image has tens of thousands). */
const MAX_COMPONENTS = 100_000

export function sbomDocumentQuality(text: string): DocumentQuality {
  const parsed = parseJson(text)
  if (!parsed.ok) return { unreadable: 'not JSON (an XML or tag-value SBOM is not read by this version)' }
  const doc = parsed.value
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { unreadable: 'not a JSON object' }
  const d = doc as Record<string, unknown>
  if (d.bomFormat === 'CycloneDX') return cyclonedx(d)
  if (typeof d.spdxVersion === 'string' && d.spdxVersion.startsWith('SPDX-2')) return spdx(d)
  return { unreadable: 'neither a CycloneDX nor an SPDX 2.x JSON document' }
}

type Row = Record<string, unknown>
const rows = (v: unknown): Row[] =>
  Array.isArray(v) ? v.filter((x): x is Row => Boolean(x) && typeof x === 'object' && !Array.isArray(x)) : []
const text = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '' && v !== 'NOASSERTION' && v !== 'NONE'

function score(format: 'CycloneDX' | 'SPDX', components: Row[], has: (c: Row, field: SbomField) => boolean): DocumentQuality {
  const missing: Partial<Record<SbomField, number>> = {}
  let present = 0
  for (const c of components)
    for (const f of SBOM_FIELDS) {
      if (has(c, f)) present++
      else missing[f] = (missing[f] ?? 0) + 1
    }
  const total = components.length * SBOM_FIELDS.length
  return { format, components: components.length, score: total ? Math.round((present / total) * 100) : 0, missing }
}

function cyclonedx(d: Row): DocumentQuality {
  const components: Row[] = []
  const walk = (list: Row[], depth: number) => {
    for (const c of list) {
      if (components.length >= MAX_COMPONENTS) return
      components.push(c)
      if (depth < 20) walk(rows(c.components), depth + 1)
    }
  }
  walk(rows(d.components), 0)
  const withDeps = new Set(rows(d.dependencies).flatMap((e) => (typeof e.ref === 'string' ? [e.ref] : [])))
  return score('CycloneDX', components, (c, f) => {
    switch (f) {
      case 'name':
        return text(c.name)
      case 'version':
        return text(c.version)
      case 'identifier (purl)':
        return text(c.purl)
      case 'hash':
        return rows(c.hashes).some((h) => text(h.content))
      case 'licence':
        return rows(c.licenses).some(
          (l) =>
            text(l.expression) ||
            (l.license && typeof l.license === 'object' && (text((l.license as Row).id) || text((l.license as Row).name))),
        )
      case 'dependencies':
        return typeof c['bom-ref'] === 'string' && withDeps.has(c['bom-ref'])
    }
  })
}

function spdx(d: Row): DocumentQuality {
  const packages = rows(d.packages).slice(0, MAX_COMPONENTS)
  const related = new Set(
    rows(d.relationships).flatMap((r) =>
      /DEPENDS_ON|DEPENDENCY_OF|CONTAINS|CONTAINED_BY/.test(String(r.relationshipType))
        ? [String(r.spdxElementId), String(r.relatedSpdxElement)]
        : [],
    ),
  )
  return score('SPDX', packages, (c, f) => {
    switch (f) {
      case 'name':
        return text(c.name)
      case 'version':
        return text(c.versionInfo)
      case 'identifier (purl)':
        return rows(c.externalRefs).some((r) => r.referenceType === 'purl' && text(r.referenceLocator))
      case 'hash':
        return rows(c.checksums).some((h) => text(h.checksumValue))
      case 'licence':
        return text(c.licenseConcluded) || text(c.licenseDeclared)
      case 'dependencies':
        return typeof c.SPDXID === 'string' && related.has(c.SPDXID)
    }
  })
}
