/**
 * CycloneDX 1.6 JSON from the component graph, through @cyclonedx/cyclonedx-library (its
 * serializer, lists sorted): reproducible (timestamp from the commit, serial number derived from
 * the content), with purls, versions, scopes, hashes (also on the distribution reference),
 * licences where known, and the full dependency graph.
 */
import { createHash } from 'node:crypto'
// sub-modules only: the package's index also loads its validators, which look for schema files beside it
import * as Enums from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize'
import * as Spec from '@cyclonedx/cyclonedx-library/Spec'

const cdx = { Enums, Models, Serialize, Spec }
import { PackageURL } from 'packageurl-js'
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js'
import { rootLinks, type ComponentGraph } from './graph.js'

export interface SbomProject {
  name: string
  version?: string
  /** https://host/owner/repo */
  url?: string
  commit?: string
  licence?: string
  /** Commit time: the SBOM's timestamp, so the same commit gives the same SBOM. */
  timestamp?: string
}

export interface SbomOptions {
  /** exclude: leave development dependencies out; mark: keep them with scope "excluded" (the default). */
  dev: 'exclude' | 'mark'
  /** What the SBOM does not cover, said in its metadata so that a reader knows it is incomplete. */
  gaps?: SbomGaps
}

/** Build manifests no lockfile resolves, lockfiles not read, folders left out as test data or examples. */
export interface SbomGaps {
  unresolved: string[]
  notRead: string[]
  excluded: string[]
}

const ROOT_REF = 'root-component'

export function projectPurl(project: SbomProject): string | undefined {
  const m = project.url ? /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(project.url) : null
  if (m) return new PackageURL('github', m[1]!, m[2]!, project.commit ?? project.version ?? null, undefined, undefined).toString()
  return project.url
    ? new PackageURL(
        'generic',
        undefined,
        project.name,
        project.commit ?? project.version ?? null,
        { vcs_url: `git+${project.url}` },
        undefined,
      ).toString()
    : undefined
}

function licenceOf(expression: string): Models.License {
  return /\s(AND|OR|WITH)\s|^\(/.test(expression)
    ? new cdx.Models.LicenseExpression(expression)
    : /^[A-Za-z0-9.+-]+$/.test(expression)
      ? new cdx.Models.SpdxLicense(expression)
      : new cdx.Models.NamedLicense(expression)
}

export function renderCycloneDx(graph: ComponentGraph, project: SbomProject, options: SbomOptions = { dev: 'mark' }): string {
  const bom = new cdx.Models.Bom()
  bom.metadata.timestamp = new Date(project.timestamp ?? '1970-01-01T00:00:00Z')
  bom.metadata.tools.components.add(
    new cdx.Models.Component(cdx.Enums.ComponentType.Application, TOOL_NAME, { version: TOOL_VERSION, group: 'ois-ready' }),
  )
  const purl = projectPurl(project)
  const root = new cdx.Models.Component(cdx.Enums.ComponentType.Application, project.name, {
    bomRef: ROOT_REF,
    ...(project.version ? { version: project.version } : {}),
    ...(purl ? { purl } : {}),
  })
  if (project.licence) root.licenses.add(licenceOf(project.licence))
  if (project.url) root.externalReferences.add(new cdx.Models.ExternalReference(project.url, cdx.Enums.ExternalReferenceType.VCS))
  bom.metadata.component = root
  // CycloneDX has no field for "this build was not resolved": properties in ois-ready's namespace say it
  for (const path of options.gaps?.unresolved ?? [])
    bom.metadata.properties.add(new cdx.Models.Property('ois-ready:coverage:unresolved', path))
  for (const path of options.gaps?.notRead ?? []) bom.metadata.properties.add(new cdx.Models.Property('ois-ready:coverage:not-read', path))
  for (const path of options.gaps?.excluded ?? []) bom.metadata.properties.add(new cdx.Models.Property('ois-ready:coverage:excluded', path))
  const refs = new Map<string, Models.BomRef>()
  const included = [...graph.components.values()].filter((c) => options.dev === 'mark' || c.scope !== 'dev')
  const components = new Map<string, Models.Component>()
  for (const c of included.sort((a, b) => (a.purl < b.purl ? -1 : 1))) {
    const component = new cdx.Models.Component(cdx.Enums.ComponentType.Library, c.name, {
      bomRef: c.purl,
      version: c.version,
      purl: c.purl,
      scope:
        c.scope === 'required'
          ? cdx.Enums.ComponentScope.Required
          : c.scope === 'optional'
            ? cdx.Enums.ComponentScope.Optional
            : cdx.Enums.ComponentScope.Excluded,
      ...(c.namespace ? { group: c.namespace } : {}),
    })
    for (const h of c.hashes) component.hashes.set(h.algorithm as Enums.HashAlgorithm, h.content)
    if (c.licence) component.licenses.add(licenceOf(c.licence))
    // a manifest's declaration (pom.xml) and a package manager's patch, said where tools can read them
    if (c.declaredOnly) component.properties.add(new cdx.Models.Property('ois-ready:resolution', 'declared-only'))
    if (c.patch) component.properties.add(new cdx.Models.Property('ois-ready:patch', c.patch))
    if (c.distribution) {
      const reference = new cdx.Models.ExternalReference(c.distribution, cdx.Enums.ExternalReferenceType.Distribution)
      for (const h of c.hashes) reference.hashes.set(h.algorithm as Enums.HashAlgorithm, h.content)
      component.externalReferences.add(reference)
    }
    bom.components.add(component)
    components.set(c.purl, component)
    refs.set(c.purl, component.bomRef)
  }
  for (const c of included) {
    const component = components.get(c.purl)!
    for (const d of c.dependsOn) {
      const ref = refs.get(d)
      if (ref) component.dependencies.add(ref)
    }
  }
  // the direct dependencies, and components nothing depends on: every component reachable from the root, as in SPDX
  for (const d of rootLinks(graph, included)) {
    const ref = refs.get(d)
    if (ref) root.dependencies.add(ref)
  }
  // a serial number derived from the content: the same inputs give the same SBOM
  const serializer = new cdx.Serialize.JsonSerializer(new cdx.Serialize.JSON.Normalize.Factory(cdx.Spec.Spec1dot6))
  const unnumbered = serializer.serialize(bom, { sortLists: true })
  const digest = createHash('sha256').update(unnumbered).digest('hex')
  bom.serialNumber = `urn:uuid:${digest.slice(0, 8)}-${digest.slice(8, 12)}-5${digest.slice(13, 16)}-${((parseInt(digest[16]!, 16) & 0x3) | 0x8).toString(16)}${digest.slice(17, 20)}-${digest.slice(20, 32)}`
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`
}
