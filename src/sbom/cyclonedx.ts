/**
 * CycloneDX 1.6 JSON from the component graph, written component by component: reproducible
 * (timestamp from the commit, serial number derived from the content, lists in one fixed order),
 * with purls, versions, scopes, hashes (also on the distribution reference), licences where
 * known, and the full dependency graph.
 *
 * The output is what @cyclonedx/cyclonedx-library's JSON serializer gives for the same model
 * (`sortLists`, two-space indentation): the same fields, order and rules, which its own
 * specification object (hash values, reference types) and SPDX list decide here too;
 * __tests__/sbom/cyclonedx-writer.test.ts holds the two side by side. The serializer itself is
 * not used because it builds the whole document three times in memory (model, normalised tree,
 * string): a 440,000-package lockfile took 3.3 GB. Lists are sorted with one en-US collator
 * rather than the machine's locale, so that the same graph gives the same bytes everywhere.
 */
import { createHash } from 'node:crypto'
// sub-modules only: the package's index also loads its serializers and validators
import { isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX'
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec'
import { PackageURL } from 'packageurl-js'
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js'
import { partsDocument, textOf, type PartsDocument } from '../core/document.js'
import { distributionOf, rootLinks, type ComponentGraph, type GraphComponent } from './graph.js'

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
  /** Known vulnerabilities of the components (the known-vulnerabilities check's matches). */
  vulnerabilities?: SbomVulnerability[]
}

/** A known vulnerability of one component, as CycloneDX 1.6 `vulnerabilities` carries it. */
export interface SbomVulnerability {
  id: string
  /** The other ids of the same vulnerability (CVE, PYSEC...). */
  aliases: string[]
  rating: { severity: string; score?: number; method?: string; vector?: string }
  /** The component's bom-ref (its purl). */
  affects: string
  description?: string
  recommendation?: string
  /** VEX: not_affected, resolved, false_positive, in_triage...; justification in CycloneDX's words. */
  analysis?: { state: string; justification?: string; detail?: string }
}

/** Where an advisory id is published, for CycloneDX's `source`. */
function advisorySource(id: string): Json {
  if (id.startsWith('GHSA-')) return { name: 'GitHub', url: `https://github.com/advisories/${id}` }
  if (id.startsWith('CVE-')) return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` }
  return { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` }
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

/** The order of every list: the library's `localeCompare`, with one locale for every machine. */
const collator = new Intl.Collator('en-US')
const compare = collator.compare

type Json = string | number | boolean | undefined | Json[] | { [key: string]: Json }

/** A licence as the library normalises it: an expression, an SPDX id it knows, or a name. */
function licenceOf(expression: string): Json {
  if (/\s(AND|OR|WITH)\s|^\(/.test(expression)) return { expression }
  if (/^[A-Za-z0-9.+-]+$/.test(expression) && isSupportedSpdxId(expression)) return { license: { id: expression } }
  return { license: { name: expression } }
}

/** The library's escapeUri: the characters a JSON Schema iri-reference does not allow. */
function escapeUri(url: string): string {
  return url.replace(/[ "'[\]<>{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function hashesOf(hashes: readonly { algorithm: string; content: string }[]): Json {
  // a hash dictionary: one content per algorithm, the last one given; then those the specification allows
  const byAlgorithm = new Map(hashes.map((h) => [h.algorithm, h.content]))
  const kept = [...byAlgorithm].filter(([a, c]) => Spec1dot6.supportsHashAlgorithm(a as never) && Spec1dot6.supportsHashValue(c))
  // as the library: a dictionary with entries is a list, even when none of them is allowed
  if (byAlgorithm.size === 0) return undefined
  return kept.sort(([a1, c1], [a2, c2]) => compare(a1, a2) || compare(c1, c2)).map(([alg, content]) => ({ alg, content }))
}

function propertiesOf(properties: [string, string][]): Json {
  if (properties.length === 0) return undefined
  return properties.map(([name, value]) => ({ name, value })).sort((a, b) => compare(a.name, b.name) || compare(a.value, b.value))
}

/** Writes `value` as JSON.stringify(value, null, 2) would inside a document, `depth` levels deep (or compact). */
export function indented(value: unknown, depth: number, pretty: boolean): string {
  const text = JSON.stringify(value, null, pretty ? 2 : undefined)
  return pretty && depth > 0 ? text.replaceAll('\n', `\n${'  '.repeat(depth)}`) : text
}

/** What every writing of the document shares, worked out once: the components in order, the root's links. */
interface Prepared {
  sorted: GraphComponent[]
  present: Set<string>
  rootDependsOn: string[]
}

function prepare(graph: ComponentGraph, options: SbomOptions): Prepared {
  const sorted = [...graph.components.values()]
    .filter((c) => options.dev === 'mark' || c.scope !== 'dev')
    .sort((a, b) => compare(a.purl, b.purl))
  const present = new Set(sorted.map((c) => c.purl))
  return { sorted, present, rootDependsOn: rootLinks(graph, sorted).filter((d) => present.has(d)) }
}

/** The parts of the document, each small; the caller writes them where it wants. */
function* documentParts(
  { sorted, present, rootDependsOn }: Prepared,
  project: SbomProject,
  options: SbomOptions,
  serialNumber: string | undefined,
  pretty: boolean,
): Generator<string> {
  const nl = pretty ? '\n' : ''
  const pad = (depth: number) => (pretty ? '  '.repeat(depth) : '')
  const colon = pretty ? ': ' : ':'
  const purl = projectPurl(project)
  const rootLicence = project.licence ? [licenceOf(project.licence)] : undefined
  const root: Json = {
    type: 'application',
    name: project.name,
    version: project.version || undefined,
    'bom-ref': ROOT_REF,
    licenses: rootLicence,
    purl,
    externalReferences: project.url ? [{ url: escapeUri(project.url), type: 'vcs' }] : undefined,
  }
  const metadata: Json = {
    timestamp: new Date(project.timestamp ?? '1970-01-01T00:00:00Z').toISOString(),
    tools: { components: [{ type: 'application', name: TOOL_NAME, group: 'ois-ready', version: TOOL_VERSION }] },
    component: root,
    // CycloneDX has no field for "this build was not resolved": properties in ois-ready's namespace say it
    properties: propertiesOf([
      ...(options.gaps?.unresolved ?? []).map((p): [string, string] => ['ois-ready:coverage:unresolved', p]),
      ...(options.gaps?.notRead ?? []).map((p): [string, string] => ['ois-ready:coverage:not-read', p]),
      ...(options.gaps?.excluded ?? []).map((p): [string, string] => ['ois-ready:coverage:excluded', p]),
    ]),
  }
  const head: Json = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    serialNumber,
    metadata,
  }
  // the head without its closing brace, then the two long lists one entry at a time
  const headText = indented(head, 0, pretty)
  yield `${headText.slice(0, headText.length - (pretty ? 2 : 1))},${nl}${pad(1)}"components"${colon}`
  yield sorted.length === 0 ? '[]' : `[${nl}`
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!
    const hashes = hashesOf(c.hashes)
    const distribution = distributionOf(c)
    const component: Json = {
      type: 'library',
      name: c.name,
      group: c.namespace || undefined,
      version: c.version || undefined,
      'bom-ref': c.purl,
      scope: c.scope === 'required' ? 'required' : c.scope === 'optional' ? 'optional' : 'excluded',
      hashes,
      licenses: c.licence ? [licenceOf(c.licence)] : undefined,
      purl: c.purl,
      externalReferences: distribution ? [{ url: escapeUri(distribution), type: 'distribution', hashes: hashes }] : undefined,
      // a manifest's declaration (pom.xml) and a package manager's patch, said where tools can read them
      properties: propertiesOf([
        ...(c.declaredOnly ? [['ois-ready:resolution', 'declared-only'] as [string, string]] : []),
        ...(c.patch ? [['ois-ready:patch', c.patch] as [string, string]] : []),
        ...(c.local !== undefined ? [['ois-ready:local-path', c.local || '.'] as [string, string]] : []),
        // not a CycloneDX hash: no file has it (as syft's h1Digest, a property)
        ...(c.goSum ? [['ois-ready:go-sum', c.goSum] as [string, string]] : []),
        // why a component is excluded, and a scope that is a default rather than evidence
        ...(c.buildTool ? [['ois-ready:build-tool', 'true'] as [string, string]] : []),
        ...(c.scopeUnknown ? [['ois-ready:scope-evidence', 'none'] as [string, string]] : []),
      ]),
    }
    yield `${pad(2)}${indented(component, 2, pretty)}${i < sorted.length - 1 ? ',' : ''}${nl}`
  }
  if (sorted.length > 0) yield `${pad(1)}]`
  // the dependency graph: the root and every component, each with the refs it depends on
  yield `,${nl}${pad(1)}"dependencies"${colon}[${nl}`
  // the components are in ref order already: the root's entry goes where its ref sorts
  let rootAt = sorted.findIndex((c) => compare(ROOT_REF, c.purl) < 0)
  if (rootAt < 0) rootAt = sorted.length
  for (let i = 0; i <= sorted.length; i++) {
    const c = i === rootAt ? undefined : sorted[i < rootAt ? i : i - 1]!
    const deps = (c ? [...c.dependsOn].filter((d) => d !== c.purl && present.has(d)) : [...rootDependsOn]).sort(compare)
    const entry: Json = { ref: c ? c.purl : ROOT_REF, dependsOn: deps.length > 0 ? deps : undefined }
    yield `${pad(2)}${indented(entry, 2, pretty)}${i < sorted.length ? ',' : ''}${nl}`
  }
  yield `${pad(1)}]`
  const vulnerabilities = [...(options.vulnerabilities ?? [])]
    .filter((v) => present.has(v.affects))
    .sort((a, b) => compare(a.id, b.id) || compare(a.affects, b.affects))
  if (vulnerabilities.length > 0) {
    yield `,${nl}${pad(1)}"vulnerabilities"${colon}[${nl}`
    for (let i = 0; i < vulnerabilities.length; i++) {
      const v = vulnerabilities[i]!
      const entry: Json = {
        'bom-ref': `${v.id}/${v.affects}`,
        id: v.id,
        source: advisorySource(v.id),
        references: v.aliases.length > 0 ? v.aliases.map((id) => ({ id, source: advisorySource(id) })) : undefined,
        ratings: [{ score: v.rating.score, severity: v.rating.severity, method: v.rating.method ?? 'other', vector: v.rating.vector }],
        description: v.description,
        recommendation: v.recommendation,
        analysis: v.analysis ? { state: v.analysis.state, justification: v.analysis.justification, detail: v.analysis.detail } : undefined,
        affects: [{ ref: v.affects }],
      }
      yield `${pad(2)}${indented(entry, 2, pretty)}${i < vulnerabilities.length - 1 ? ',' : ''}${nl}`
    }
    yield `${pad(1)}]`
  }
  yield `${nl}}`
}

/** The serial number: a UUID (version 5 form) from the digest of the document without it. */
function serialOf(prepared: Prepared, project: SbomProject, options: SbomOptions): string {
  const hash = createHash('sha256')
  for (const part of documentParts(prepared, project, options, undefined, false)) hash.update(part)
  const digest = hash.digest('hex')
  return `urn:uuid:${digest.slice(0, 8)}-${digest.slice(8, 12)}-5${digest.slice(13, 16)}-${((parseInt(digest[16]!, 16) & 0x3) | 0x8).toString(16)}${digest.slice(17, 20)}-${digest.slice(20, 32)}`
}

/**
 * The SBOM as a document made part by part each time it is written or digested, so that memory
 * holds the graph and one component's text, never the whole document.
 */
export function cycloneDxDocument(graph: ComponentGraph, project: SbomProject, options: SbomOptions = { dev: 'mark' }): PartsDocument {
  let prepared: Prepared | undefined
  let serial: string | undefined
  return partsDocument(function* () {
    prepared ??= prepare(graph, options)
    serial ??= serialOf(prepared, project, options)
    yield* documentParts(prepared, project, options, serial, true)
    yield '\n'
  })
}

export function renderCycloneDx(graph: ComponentGraph, project: SbomProject, options: SbomOptions = { dev: 'mark' }): string {
  return textOf(cycloneDxDocument(graph, project, options))
}
