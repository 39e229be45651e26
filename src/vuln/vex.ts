/**
 * VEX documents in the repository: OpenVEX (JSON, v0.0.1 and v0.2.0) and CycloneDX VEX (a BOM's
 * `vulnerabilities` with `analysis`). A statement suppresses a finding when it names one of the
 * vulnerability's ids, applies to the component (its purl, with the same version or none) and says
 * `not_affected` with a justification (or an impact statement, as OpenVEX allows), or `fixed`
 * (CycloneDX: `resolved`, `false_positive`, or `not_affected` with a justification). A statement
 * about a product that holds the component as a subcomponent applies only when the product is this
 * project (its repository URL, or a purl with the repository's name). An invalid document is a
 * problem with its file and line; its statements are not used.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser'
import type { Snapshot } from '../core/snapshot.js'
import { parseJson } from '../core/json-source.js'
import { lineIndex } from '../sbom/line-index.js'

/** Where VEX documents are looked for, unless the check's options name others. */
export const DEFAULT_VEX_GLOBS = [
  '**/*.openvex.json',
  '**/*.vex.json',
  '**/openvex.json',
  '**/vex.json',
  '.vex/**/*.json',
  '**/*.vex.cdx.json',
]

export interface VexStatement {
  /** The vulnerability ids it names (its name and aliases). */
  ids: string[]
  /** purls it is about: products, or subcomponents of a product of this project. */
  purls: string[]
  status: string
  justification?: string
  /** OpenVEX's impact statement, CycloneDX's detail. */
  detail?: string
  path: string
  line: number
}

export interface VexProblem {
  path: string
  line?: number
  message: string
}

export interface VexDocuments {
  statements: VexStatement[]
  problems: VexProblem[]
  files: string[]
}

const OPENVEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation']
const OPENVEX_JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
]
const CDX_STATES = ['resolved', 'resolved_with_pedigree', 'exploitable', 'in_triage', 'false_positive', 'not_affected']
const CDX_JUSTIFICATIONS = [
  'code_not_present',
  'code_not_reachable',
  'requires_configuration',
  'requires_dependency',
  'requires_environment',
  'protected_by_compiler',
  'protected_at_runtime',
  'protected_at_perimeter',
  'protected_by_mitigating_control',
]

/** Reads the VEX documents of the repository; `project` names this project (repository URL and name) for product statements. */
export async function readVex(repo: Snapshot, globs: readonly string[], project: { url?: string; name: string }): Promise<VexDocuments> {
  const files = repo
    .glob([...globs])
    .map((e) => e.path)
    .sort()
  const statements: VexStatement[] = []
  const problems: VexProblem[] = []
  for (const path of files) {
    const read = await repo.readText(path)
    if (!read.ok) {
      problems.push({ path, message: `the VEX document cannot be read: ${read.message}` })
      continue
    }
    const parsed = parseJson(read.text)
    if (!parsed.ok) {
      problems.push({ path, ...(parsed.line ? { line: parsed.line } : {}), message: `not JSON: ${parsed.message}` })
      continue
    }
    const tree = parseTree(read.text)
    const lineOf = lineIndex(read.text)
    const at = (location: (string | number)[]) => {
      const node: Node | undefined = tree ? findNodeAtLocation(tree, location) : undefined
      return node ? lineOf(node.offset) : 1
    }
    const doc = parsed.value as Record<string, unknown>
    const found = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? readDocument(doc, path, at, project) : undefined
    if (!found) {
      problems.push({
        path,
        line: 1,
        message: 'neither an OpenVEX document (`@context` https://openvex.dev/ns/...) nor a CycloneDX document with `vulnerabilities`',
      })
      continue
    }
    if (found.problems.length > 0) problems.push(...found.problems)
    else statements.push(...found.statements)
  }
  return { statements, problems, files }
}

type At = (location: (string | number)[]) => number

function readDocument(
  doc: Record<string, unknown>,
  path: string,
  at: At,
  project: { url?: string; name: string },
): { statements: VexStatement[]; problems: VexProblem[] } | undefined {
  if (typeof doc['@context'] === 'string' && doc['@context'].startsWith('https://openvex.dev/ns'))
    return readOpenVex(doc, path, at, project)
  if (doc.bomFormat === 'CycloneDX' && Array.isArray(doc.vulnerabilities)) return readCycloneDx(doc, path, at)
  return undefined
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

function readOpenVex(doc: Record<string, unknown>, path: string, at: At, project: { url?: string; name: string }) {
  const statements: VexStatement[] = []
  const problems: VexProblem[] = []
  if (!Array.isArray(doc.statements))
    return { statements, problems: [{ path, line: at([]), message: 'OpenVEX: `statements` is not a list' }] }
  doc.statements.forEach((s: unknown, i: number) => {
    const line = at(['statements', i])
    const problem = (message: string) => problems.push({ path, line, message: `OpenVEX statement ${i + 1}: ${message}` })
    if (typeof s !== 'object' || s === null) return problem('not an object')
    const st = s as Record<string, unknown>
    const vuln = st.vulnerability
    const ids =
      typeof vuln === 'string'
        ? [vuln]
        : typeof vuln === 'object' && vuln !== null
          ? [
              str((vuln as Record<string, unknown>).name),
              ...(Array.isArray((vuln as Record<string, unknown>).aliases)
                ? ((vuln as Record<string, unknown>).aliases as unknown[]).map(str)
                : []),
            ].filter((x): x is string => x !== undefined)
          : []
    if (ids.length === 0) return problem('no `vulnerability` name')
    const status = str(st.status)
    if (!status || !OPENVEX_STATUSES.includes(status))
      return problem(`\`status\` ${JSON.stringify(st.status)} is not one of ${OPENVEX_STATUSES.join(', ')}`)
    const justification = str(st.justification)
    if (justification && !OPENVEX_JUSTIFICATIONS.includes(justification))
      return problem(`\`justification\` ${justification} is not one of ${OPENVEX_JUSTIFICATIONS.join(', ')}`)
    const detail = str(st.impact_statement)
    if (status === 'not_affected' && !justification && !detail)
      return problem('`not_affected` needs a `justification` or an `impact_statement`')
    if (!Array.isArray(st.products) || st.products.length === 0) return problem('no `products`')
    const purls: string[] = []
    for (const p of st.products as unknown[]) {
      const id = typeof p === 'string' ? p : str((p as Record<string, unknown> | null)?.['@id'])
      if (!id) return problem('a product without `@id`')
      const subs =
        typeof p === 'object' && p !== null && Array.isArray((p as Record<string, unknown>).subcomponents)
          ? ((p as Record<string, unknown>).subcomponents as unknown[])
          : []
      if (subs.length === 0) purls.push(id)
      else if (isThisProject(id, project))
        for (const sub of subs) {
          const subId = typeof sub === 'string' ? sub : str((sub as Record<string, unknown> | null)?.['@id'])
          if (subId) purls.push(subId)
        }
    }
    statements.push({ ids, purls, status, ...(justification ? { justification } : {}), ...(detail ? { detail } : {}), path, line })
  })
  return { statements, problems }
}

function readCycloneDx(doc: Record<string, unknown>, path: string, at: At) {
  const statements: VexStatement[] = []
  const problems: VexProblem[] = []
  ;(doc.vulnerabilities as unknown[]).forEach((v: unknown, i: number) => {
    const line = at(['vulnerabilities', i])
    const problem = (message: string) => problems.push({ path, line, message: `CycloneDX vulnerability ${i + 1}: ${message}` })
    if (typeof v !== 'object' || v === null) return problem('not an object')
    const vuln = v as Record<string, unknown>
    const id = str(vuln.id)
    if (!id) return problem('no `id`')
    const analysis = vuln.analysis as Record<string, unknown> | undefined
    if (!analysis || typeof analysis !== 'object') return problem('no `analysis`')
    const state = str(analysis.state)
    if (!state || !CDX_STATES.includes(state))
      return problem(`\`analysis.state\` ${JSON.stringify(analysis.state)} is not one of ${CDX_STATES.join(', ')}`)
    const justification = str(analysis.justification)
    if (justification && !CDX_JUSTIFICATIONS.includes(justification))
      return problem(`\`analysis.justification\` ${justification} is not one of ${CDX_JUSTIFICATIONS.join(', ')}`)
    if (state === 'not_affected' && !justification) return problem('`not_affected` needs an `analysis.justification`')
    if (!Array.isArray(vuln.affects) || vuln.affects.length === 0) return problem('no `affects`')
    const purls = (vuln.affects as unknown[])
      .map((a) => str((a as Record<string, unknown> | null)?.ref))
      .filter((x): x is string => x !== undefined)
    const detail = str(analysis.detail)
    const aliases = Array.isArray(vuln.references)
      ? (vuln.references as unknown[])
          .map((r) => str((r as Record<string, unknown> | null)?.id))
          .filter((x): x is string => x !== undefined)
      : []
    statements.push({
      ids: [id, ...aliases],
      purls,
      status: state,
      ...(justification ? { justification } : {}),
      ...(detail ? { detail } : {}),
      path,
      line,
    })
  })
  return { statements, problems }
}

/** A product id names this project: its repository URL, or a purl whose name is the repository's. */
function isThisProject(id: string, project: { url?: string; name: string }): boolean {
  const norm = (u: string) =>
    u
      .replace(/\.git$/, '')
      .replace(/\/+$/, '')
      .toLowerCase()
  if (project.url && norm(id) === norm(project.url)) return true
  const purl = /^pkg:[^/]+\/(?:.*\/)?([^/@?#]+)(?:@[^?#]*)?(?:[?#].*)?$/.exec(id)
  return purl !== null && decodeURIComponent(purl[1]!).toLowerCase() === project.name.toLowerCase()
}

/** The purl without its version, qualifiers and subpath; and its version. */
function splitPurl(purl: string): { base: string; version?: string } {
  const cut = purl.search(/[?#]/)
  const bare = cut >= 0 ? purl.slice(0, cut) : purl
  const at = bare.lastIndexOf('@')
  // an npm scope's @ is encoded as %40 in a purl, and comes before the last slash anyway
  if (at > bare.lastIndexOf('/'))
    return { base: decodeURIComponent(bare.slice(0, at)).toLowerCase(), version: decodeURIComponent(bare.slice(at + 1)) }
  return { base: decodeURIComponent(bare).toLowerCase() }
}

/** A statement's purl applies to a component's purl: the same package, and the same version or none given. */
export function purlApplies(statementPurl: string, componentPurl: string): boolean {
  const s = splitPurl(statementPurl)
  const c = splitPurl(componentPurl)
  return s.base === c.base && (s.version === undefined || s.version === c.version)
}

/** The statement that suppresses a vulnerability of a component, if any (the first, by file and line). */
export function suppressing(statements: readonly VexStatement[], ids: readonly string[], purl: string): VexStatement | undefined {
  return statements.find(
    (s) =>
      s.ids.some((id) => ids.includes(id)) &&
      s.purls.some((p) => purlApplies(p, purl)) &&
      (s.status === 'fixed' ||
        s.status === 'resolved' ||
        s.status === 'resolved_with_pedigree' ||
        s.status === 'false_positive' ||
        (s.status === 'not_affected' && (s.justification !== undefined || s.detail !== undefined))),
  )
}
