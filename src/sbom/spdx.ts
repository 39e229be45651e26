/**
 * SPDX 2.3 JSON from the component graph (the same graph as the CycloneDX document):
 * reproducible (created time from the commit, document namespace derived from the content),
 * the repository as the root package that the document DESCRIBES, each component with its
 * purl as a PACKAGE-MANAGER reference, checksums, licences (NOASSERTION when the lockfile
 * does not say), and DEPENDS_ON / DEV_DEPENDENCY_OF / OPTIONAL_DEPENDENCY_OF relationships.
 */
import { createHash } from 'node:crypto'
import { canonicalLicenceId, formatExpression, leaves, parseLicenceExpression, type LicenceNode } from '../licence/expression.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js'
import { partsDocument, textOf, type PartsDocument } from '../core/document.js'
import { indented, projectPurl, type SbomOptions, type SbomProject } from './cyclonedx.js'
import { distributionOf, rootLinks, type ComponentGraph, type ComponentHash, type GraphComponent } from './graph.js'

const NOASSERTION = 'NOASSERTION'
const DOCUMENT_ID = 'SPDXRef-DOCUMENT'
const ROOT_ID = 'SPDXRef-Repository'

const CHECKSUM: Record<ComponentHash['algorithm'], string> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512',
}

interface SpdxPackage {
  SPDXID: string
  name: string
  versionInfo?: string
  downloadLocation: string
  filesAnalyzed: false
  checksums?: { algorithm: string; checksumValue: string }[]
  licenseConcluded: string
  licenseDeclared: string
  copyrightText: string
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[]
  primaryPackagePurpose: string
  comment?: string
}

interface Relationship {
  spdxElementId: string
  relationshipType: string
  relatedSpdxElement: string
}

/** SPDX ids allow letters, digits, "." and "-" only. */
const idPart = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x'

/**
 * Ids readable in the document (`SPDXRef-npm-left-pad-1.3.0`), unique: two purls that clean to
 * the same id get a suffix from the purl's digest. Assigned in purl order, so stable.
 */
function assignIds(purls: string[]): Map<string, string> {
  const ids = new Map<string, string>()
  const taken = new Set([DOCUMENT_ID, ROOT_ID])
  for (const purl of purls) {
    const m = /^pkg:([^/]+)\/(.*?)(?:@([^?#]*))?(?:[?#].*)?$/.exec(purl)
    let id = `SPDXRef-${idPart(m ? `${m[1]}-${decodeURIComponent(m[2]!)}-${decodeURIComponent(m[3] ?? '')}` : purl)}`
    if (taken.has(id)) id = `${id}-${createHash('sha256').update(purl).digest('hex').slice(0, 12)}`
    taken.add(id)
    ids.set(purl, id)
  }
  return ids
}

/**
 * The licences a document defines itself (`hasExtractedLicensingInfos`): every LicenseRef used
 * in a licence field must be one of them. Id to the text it stands for; two texts never share
 * an id (the second gets a suffix from its digest).
 */
class ExtractedLicences {
  readonly byId = new Map<string, string>()

  /** A lockfile's free text ("SEE LICENSE IN LICENSE.md") as a LicenseRef of its own. */
  freeText(text: string): string {
    let id = `LicenseRef-${idPart(text)}`
    if (this.byId.has(id) && this.byId.get(id) !== text) id = `${id}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`
    this.byId.set(id, text)
    return id
  }

  /** A LicenseRef named in an expression: defined with the expression it came from, if no one defined it before. */
  named(id: string, from: string): string {
    if (!this.byId.has(id)) this.byId.set(id, from)
    return id
  }
}

/**
 * A licence as SPDX wants it: an SPDX expression with its ids in their canonical spelling
 * (`mit` is MIT), each LicenseRef defined in the document; a reference into another document
 * (`DocumentRef-x:LicenseRef-y`), which this document does not declare, and anything that is
 * not an expression (a lockfile's free text) become a LicenseRef of this document, with the
 * text kept.
 */
function licenceField(licence: string | undefined, extracted: ExtractedLicences): string {
  if (!licence) return NOASSERTION
  const parsed = parseLicenceExpression(licence, { unknownIds: 'keep' })
  if (!parsed.ok) return extracted.freeText(licence)
  const ids = leaves(parsed.ast).map((leaf) => leaf.license)
  // an id neither on the SPDX list nor a reference: the field is not an SPDX expression
  if (ids.some((id) => !canonicalLicenceId(id) && !/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id)))
    return extracted.freeText(licence)
  const rewrite = (node: LicenceNode): LicenceNode =>
    'license' in node
      ? {
          ...node,
          license: node.license.startsWith('DocumentRef-')
            ? extracted.freeText(node.license)
            : node.license.startsWith('LicenseRef-')
              ? extracted.named(node.license, licence)
              : canonicalLicenceId(node.license)!,
        }
      : { ...node, left: rewrite(node.left), right: rewrite(node.right) }
  return formatExpression(rewrite(parsed.ast))
}

/** SPDX wants `YYYY-MM-DDThh:mm:ssZ`, without fractions of a second. */
const spdxTime = (iso: string | undefined) => new Date(iso ?? '1970-01-01T00:00:00Z').toISOString().replace(/\.\d{3}Z$/, 'Z')

function componentPackage(c: GraphComponent, id: string, extracted: ExtractedLicences): SpdxPackage {
  const notes = [
    `from ${c.source}`,
    ...(c.scope === 'dev'
      ? [c.buildTool ? 'build tooling: run by the build, not part of what it builds' : 'a development dependency']
      : []),
    ...(c.scopeUnknown ? ['which the product, a test or the build needs is not known: only Gradle verification metadata lists it'] : []),
    ...(c.declaredOnly ? ['declared in a manifest: version as written there, its own dependencies not resolved'] : []),
    ...(c.patch ? [`patched by the package manager (${c.patch})`] : []),
    ...(c.local !== undefined ? [`the project's own code, in ${c.local || 'the root folder'}`] : []),
    // SPDX has no checksum algorithm for Go's dirhash
    ...(c.goSum ? [`go.sum ${c.goSum}`] : []),
  ]
  return {
    SPDXID: id,
    // the name as its ecosystem writes it: @scope/name, vendor/name, a Go module path, group:artifact
    name: c.namespace ? `${c.namespace}${c.ecosystem === 'maven' ? ':' : '/'}${c.name}` : c.name,
    ...(c.version ? { versionInfo: c.version } : {}),
    downloadLocation: distributionOf(c) ?? NOASSERTION,
    filesAnalyzed: false,
    ...(c.hashes.length
      ? { checksums: c.hashes.map((h) => ({ algorithm: CHECKSUM[h.algorithm], checksumValue: h.content.toLowerCase() })) }
      : {}),
    // nothing was analysed, so nothing is concluded; what the lockfile records is what was declared
    licenseConcluded: NOASSERTION,
    licenseDeclared: licenceField(c.licence, extracted),
    copyrightText: NOASSERTION,
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }],
    primaryPackagePurpose: 'LIBRARY',
    comment: `${notes.join('; ')}.`,
  }
}

/** What the SBOM does not cover, said in the root package's comment (SPDX 2.3 has no field for it). */
function gapsComment(options: SbomOptions): string {
  const g = options.gaps
  if (!g) return ''
  const parts = [
    g.unresolved.length ? ` Not covered (dependencies declared, no lockfile read): ${g.unresolved.join(', ')}.` : '',
    g.notRead.length ? ` Lockfiles not read by this version: ${g.notRead.join(', ')}.` : '',
    g.excluded.length ? ` Left out as test data or examples: ${g.excluded.join(', ')}.` : '',
  ]
  return parts.join('')
}

/** What every writing of the document shares, worked out once. */
interface Prepared {
  included: GraphComponent[]
  ids: Map<string, string>
  rootLinks: string[]
  /** The graph's components, by purl (those included have an id). */
  components: ReadonlyMap<string, GraphComponent>
}

function prepare(graph: ComponentGraph, options: SbomOptions): Prepared {
  const included = [...graph.components.values()]
    .filter((c) => options.dev === 'mark' || c.scope !== 'dev')
    .sort((a, b) => (a.purl < b.purl ? -1 : 1))
  return {
    included,
    ids: assignIds(included.map((c) => c.purl)),
    rootLinks: rootLinks(graph, included),
    components: graph.components,
  }
}

/**
 * The document's text in parts, exactly as JSON.stringify(document, null, 2) (pretty) or
 * JSON.stringify(document) writes it, one package or relationship at a time.
 */
function* documentParts(
  prepared: Prepared,
  project: SbomProject,
  options: SbomOptions,
  namespace: string,
  pretty: boolean,
): Generator<string> {
  const { included, ids, components } = prepared
  const extracted = new ExtractedLicences()
  const nl = pretty ? '\n' : ''
  const pad = (depth: number) => (pretty ? '  '.repeat(depth) : '')
  const colon = pretty ? ': ' : ':'
  const purl = projectPurl(project)
  const root: SpdxPackage = {
    SPDXID: ROOT_ID,
    name: project.name,
    ...(project.commit || project.version ? { versionInfo: project.commit ?? project.version! } : {}),
    // the SPDX VCS locator form: git+https://host/repo@commit
    downloadLocation: project.url ? `git+${project.url}${project.commit ? `@${project.commit}` : ''}` : NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: licenceField(project.licence, extracted),
    copyrightText: NOASSERTION,
    ...(purl ? { externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }] } : {}),
    primaryPackagePurpose: 'SOURCE',
    comment: `The repository under check; its components come from its lockfiles.${gapsComment(options)}`,
  }
  const head = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: DOCUMENT_ID,
    name: project.commit ? `${project.name}@${project.commit}` : project.name,
    documentNamespace: namespace,
    creationInfo: {
      created: spdxTime(project.timestamp),
      creators: [`Tool: ${TOOL_NAME}-${TOOL_VERSION}`],
    },
  }
  // the head without its closing brace, then the two long lists one entry at a time
  const headText = indented(head, 0, pretty)
  yield `${headText.slice(0, headText.length - (pretty ? 2 : 1))},${nl}${pad(1)}"packages"${colon}[${nl}`
  yield `${pad(2)}${indented(root, 2, pretty)}`
  for (const c of included) yield `,${nl}${pad(2)}${indented(componentPackage(c, ids.get(c.purl)!, extracted), 2, pretty)}`
  yield `${nl}${pad(1)}],${nl}${pad(1)}"relationships"${colon}[${nl}`
  const relationship = (r: Relationship) => `,${nl}${pad(2)}${indented(r, 2, pretty)}`
  yield `${pad(2)}${indented({ spdxElementId: DOCUMENT_ID, relationshipType: 'DESCRIBES', relatedSpdxElement: ROOT_ID }, 2, pretty)}`
  // the project's own dependencies (and components nothing depends on): development and optional ones say so, from their side
  for (const d of prepared.rootLinks) {
    const id = ids.get(d)
    const c = components.get(d)
    if (!c || id === undefined) continue
    if (c.scope === 'dev') yield relationship({ spdxElementId: id, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: ROOT_ID })
    else if (c.scope === 'optional')
      yield relationship({ spdxElementId: id, relationshipType: 'OPTIONAL_DEPENDENCY_OF', relatedSpdxElement: ROOT_ID })
    else yield relationship({ spdxElementId: ROOT_ID, relationshipType: 'DEPENDS_ON', relatedSpdxElement: id })
  }
  for (const c of included) {
    for (const d of [...c.dependsOn].sort()) {
      const target = ids.get(d)
      if (target) yield relationship({ spdxElementId: ids.get(c.purl)!, relationshipType: 'DEPENDS_ON', relatedSpdxElement: target })
    }
  }
  yield `${nl}${pad(1)}]`
  // the licences the packages above defined, known once they are all written
  if (extracted.byId.size) {
    const infos = [...extracted.byId.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([licenseId, text]) => ({ licenseId, extractedText: text, name: text }))
    yield `,${nl}${pad(1)}"hasExtractedLicensingInfos"${colon}${indented(infos, 1, pretty)}`
  }
  yield `${nl}}`
}

/**
 * The SPDX document, made part by part each time it is written or digested (as the CycloneDX
 * one), so that memory holds the graph and one package's text, never the whole document. Its
 * namespace is derived from the content: the digest of the compact document with an empty
 * namespace, so the same inputs give the same document, other inputs another namespace.
 */
export function spdxDocument(graph: ComponentGraph, project: SbomProject, options: SbomOptions = { dev: 'mark' }): PartsDocument {
  let prepared: Prepared | undefined
  let namespace: string | undefined
  return partsDocument(function* () {
    prepared ??= prepare(graph, options)
    if (namespace === undefined) {
      const hash = createHash('sha256')
      for (const part of documentParts(prepared, project, options, '', false)) hash.update(part)
      namespace = `https://github.com/ois-ready/ois-ready/spdxdocs/${idPart(project.name)}-${hash.digest('hex')}`
    }
    yield* documentParts(prepared, project, options, namespace, true)
    yield '\n'
  })
}

export function renderSpdx(graph: ComponentGraph, project: SbomProject, options: SbomOptions = { dev: 'mark' }): string {
  return textOf(spdxDocument(graph, project, options))
}
