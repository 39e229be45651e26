/**
 * Which licence the project is under: its licence files (src/licence/licence-texts.ts), the
 * licences its manifests declare (declared-licences.ts) and what its README's licence section
 * says (readme-licence.ts), made into one SPDX expression with the reason for it. Memoised per
 * snapshot: the check, the report and publiccode use it.
 *
 * - A declaration (manifest, README, a licence file that is a statement) naming the licences
 *   the files hold wins: it says whether they are a choice (OR) or all apply (AND).
 * - Otherwise one licence file gives its licence; an LGPL beside the GPL it extends is the LGPL.
 *   A GNU text is the same for -only and -or-later: the notices of the source files say which
 *   (source-notices.ts), when they agree.
 * - Texts only in LICENSES/ (REUSE): the SPDX-License-Identifier tags of the source files say
 *   how they are used; the expression most files give is the project's, the others are the
 *   licences of some files.
 * - Several licences and nothing that says they are a choice: all apply (AND), with the reason.
 *   Top-level licence files and the texts in LICENSES/ count alike.
 * - Terms added beside the licence (a PATENTS file) stay in the expression as a LicenseRef-.
 * - Notices of others' work and the licences of parts (LICENSE.artwork) are not the project's.
 */
import type { Snapshot } from '../core/snapshot.js'
import { oncePerSnapshot } from '../core/snapshot.js'
import { declaredLicences, type DeclaredLicence, type ManifestProblem } from './declared-licences.js'
import { leaves, parseLicenceExpression } from './expression.js'
import { identifyLicenceFile, licenceFiles, type LicenceFile } from './licence-texts.js'
import { readmeLicence, type ReadmeLicence } from './readme-licence.js'
import { sourceLicences, type SourceLicences } from './source-notices.js'

export type { LicenceFile } from './licence-texts.js'
export type { DeclaredLicence, ManifestProblem } from './declared-licences.js'
export { LICENCE_FILE, MAX_LICENCE_FILE_BYTES } from './licence-texts.js'

export interface ProjectLicence {
  /** One SPDX expression for the project; undefined when nothing says. */
  expression?: string
  /** How the expression was decided. */
  reason: string
  files: LicenceFile[]
  declared: DeclaredLicence[]
  /** The README's licence section, when it names or holds a licence. */
  readme?: ReadmeLicence
  /** Declared licences (and licence statements) that the licence files contradict. */
  contradictions: { declared: DeclaredLicence; detected: string }[]
  /** Manifests whose declared licence could not be read, or that declare it twice. */
  manifestProblems: ManifestProblem[]
  /** Declared licences that contradict an earlier declaration (package.json MIT, publiccode.yml Apache-2.0). */
  disagreements: { declared: DeclaredLicence; other: DeclaredLicence }[]
  /** Licence files that are not an SPDX text but stand for a LicenseRef- a declaration names (synapse's LICENSE-COMMERCIAL). */
  refTexts: { path: string; ref: string }[]
}

export const detectProjectLicence: (repo: Snapshot) => Promise<ProjectLicence> = oncePerSnapshot('the project licence', (repo) =>
  detect(repo),
)

async function detect(repo: Snapshot): Promise<ProjectLicence> {
  const { declared, problems } = await declaredLicences(repo)
  const files: LicenceFile[] = []
  for (const entry of licenceFiles(repo)) files.push(await identifyLicenceFile(repo, entry.path))
  const readme = await readmeLicence(repo)
  return { ...(await combine(files, declared, readme, () => sourceLicences(repo))), manifestProblems: problems }
}

function idsOf(expression: string | undefined): string[] {
  if (!expression) return []
  const parsed = parseLicenceExpression(expression)
  return parsed.ok ? leaves(parsed.ast).map((l) => l.license) : []
}

/** GPL-3.0-only and -or-later have one text: "GPL-3.0" names the pair when only the text speaks. */
function family(id: string): string {
  return id.replace(/-(only|or-later)$/, '').replace(/\+$/, '')
}

const isRef = (id: string) => /^(LicenseRef|DocumentRef)-/i.test(id)

async function combine(
  files: LicenceFile[],
  declared: DeclaredLicence[],
  readme: ReadmeLicence | undefined,
  sources: () => Promise<SourceLicences>,
): Promise<Omit<ProjectLicence, 'manifestProblems'>> {
  const riders = files.filter((f) => f.method === 'rider')
  // the project's licence texts: not statements, not the licences of parts (LICENSE.artwork)
  const identified = files.filter((f) => f.ids.length > 0 && f.method !== 'statement' && !f.scope)
  const partFiles = files.filter((f) => f.ids.length > 0 && f.scope)
  // licence files that name licences without their text: declarations written in a licence file
  const fileStatements: DeclaredLicence[] = files
    .filter((f) => f.method === 'statement' && !f.scope && f.expression)
    .map((f) => ({ source: f.path, value: f.expression!, expression: f.expression! }))
  // what the files say, each licence once (LICENSE and LICENSES/MIT.txt are one MIT)
  const terms: string[] = []
  for (const f of identified) {
    const term = f.expression ?? f.ids[0]!
    if (!terms.some((t) => sameTerm(t, term))) terms.push(term)
  }
  const families = new Set(identified.flatMap((f) => f.ids.map(family)))
  const fileLeaves = terms.flatMap((t) => idsOf(t))
  const unidentified = files.filter((f) => f.method === 'none' && !f.scope && !f.problem?.includes('too large'))

  const contradictions: ProjectLicence['contradictions'] = []
  const detectedText = terms.join(', ')
  for (const d of [...declared, ...fileStatements]) {
    if (!d.expression || identified.length === 0) continue
    // a LicenseRef- names a text that no template identifies: the files cannot contradict it
    const named = idsOf(d.expression).filter((id) => !isRef(id))
    if (named.some((id) => !families.has(family(id)) && !isLgplCompanion(id, families)))
      contradictions.push({ declared: d, detected: detectedText })
  }
  const firstDeclared = declared.find((d) => d.expression)
  const disagreements: ProjectLicence['disagreements'] = []
  for (const d of [...declared, ...fileStatements]) {
    if (!d.expression || !firstDeclared || d === firstDeclared) continue
    if (sameLicences(d.expression, firstDeclared.expression!)) continue
    if (fileStatements.includes(d) && contradictions.some((c) => c.declared === d)) continue
    disagreements.push({ declared: d, other: firstDeclared })
  }
  const base = { files, declared, contradictions, disagreements, ...(readme ? { readme } : {}) }
  const withRiders = (expression: string) =>
    riders.length === 0 ? expression : `${/\s/.test(expression) ? `(${expression})` : expression} AND ${riders.map(riderRef).join(' AND ')}`
  const riderReason = riders.length
    ? `; ${riders.map((r) => r.path).join(', ')} adds terms beside it (${riders.map(riderRef).join(', ')})`
    : ''
  const partsReason = partFiles.length
    ? `; ${partFiles.map((f) => `${f.path} holds ${f.expression ?? f.ids[0]}, the licence of the ${f.scope} (its name says so)`).join('; ')}`
    : ''

  // a declaration that names every licence the files hold says how they combine
  const statements: { source: string; expression: string }[] = [
    ...declared
      .filter((d) => d.expression && !contradictions.some((c) => c.declared === d))
      .map((d) => ({ source: d.source, expression: d.expression! })),
    ...(readme ? [{ source: `${readme.path} (its licence section)`, expression: readme.expression }] : []),
    ...fileStatements
      .filter((d) => !contradictions.some((c) => c.declared === d))
      .map((d) => ({ source: `${d.source} (a licence statement)`, expression: d.expression! })),
  ]
  // with licence files at the root, those are the project's; LICENSES/ may add licences of single files (REUSE)
  const rootLeaves = identified.some((f) => !f.path.includes('/'))
    ? identified.filter((f) => !f.path.includes('/')).flatMap((f) => idsOf(f.expression ?? f.ids[0]))
    : fileLeaves
  const agreeing = statements.find((s) => coversAll(idsOf(s.expression), rootLeaves))
  if (agreeing) {
    const refs = idsOf(agreeing.expression).filter(isRef)
    const refTexts =
      unidentified.length > 0 && refs.length >= unidentified.length ? unidentified.map((f, i) => ({ path: f.path, ref: refs[i]! })) : []
    const named = new Set(idsOf(agreeing.expression).map(family))
    const others = identified.filter((f) => f.path.startsWith('LICENSES/') && !f.ids.some((id) => named.has(family(id))))
    const matching = identified.filter((f) => !others.includes(f))
    const alsoSaying = fileStatements.filter(
      (d) => `${d.source} (a licence statement)` !== agreeing.source && sameLicences(d.expression!, agreeing.expression),
    )
    return {
      ...base,
      expression: withRiders(agreeing.expression),
      reason: `declared in ${agreeing.source} and matching ${matching.map((f) => f.path).join(', ')}${
        alsoSaying.length ? ` (${alsoSaying.map((d) => d.source).join(', ')} says so too)` : ''
      }${
        others.length ? `; LICENSES/ also holds ${others.map((f) => f.ids[0]).join(', ')}, the licence of some files (REUSE)` : ''
      }${partsReason}${riderReason}`,
      refTexts,
    }
  }
  if (terms.length === 0) {
    const first = statements[0]
    if (first) {
      const refs = idsOf(first.expression).filter(isRef)
      return {
        ...base,
        expression: withRiders(first.expression),
        reason: `declared in ${first.source}; no licence file says so${partsReason}${riderReason}`,
        refTexts:
          unidentified.length > 0 && refs.length >= unidentified.length
            ? unidentified.map((f, i) => ({ path: f.path, ref: refs[i]! }))
            : [],
      }
    }
    return {
      ...base,
      reason: files.length
        ? partFiles.length || files.some((f) => f.method === 'notices')
          ? `no licence file of the project could be identified${partsReason}`
          : 'no licence file could be identified'
        : 'no licence file, no declared licence and no licence section in the README',
      refTexts: [],
    }
  }
  const lgpl = terms.filter((id) => /^LGPL-/.test(id))
  if (lgpl.length === 1 && terms.length === 2 && terms.some((id) => /^GPL-[23]\.0/.test(id))) {
    return {
      ...base,
      expression: withRiders(lgpl[0]!),
      reason: `the LGPL comes with the GPL text beside it (COPYING.LESSER or COPYING.LIB beside COPYING), not as a second licence${partsReason}${riderReason}`,
      refTexts: [],
    }
  }
  if (terms.length === 1) {
    const file = identified.find((f) => sameTerm(f.expression ?? f.ids[0]!, terms[0]!))!
    const sameText = !file.expression && file.ids.length > 1
    const notices = sameText ? await versionFromNotices(file.ids, sources) : undefined
    const ambiguous = notices
      ? `; the text is also that of ${file.ids.filter((id) => id !== notices.id).join(', ')}, and ${notices.reason}`
      : sameText
        ? `; the text is also that of ${file.ids.slice(1).join(', ')}, and nothing declares which`
        : ''
    return {
      ...base,
      expression: withRiders(notices?.id ?? terms[0]!),
      reason: `identified in ${identified.map((f) => f.path).join(', ')}${ambiguous}${partsReason}${riderReason}`,
      refTexts: [],
    }
  }
  const allApply = {
    ...base,
    expression: withRiders(terms.map((t) => (/\s/.test(t) ? `(${t})` : t)).join(' AND ')),
    reason: `several licences (${identified.map((f) => f.path).join(', ')}) and nothing declares them a choice, so all of them apply (AND); declare the expression (e.g. "MIT OR Apache-2.0") in a manifest or the README's licence section if they are a choice${partsReason}${riderReason}`,
    refTexts: [],
  }
  // REUSE: texts only in LICENSES/; the files' tags say how they are used
  if (!identified.every((f) => f.path.startsWith('LICENSES/'))) return allApply
  const used = usedByFiles(identified, await sources())
  if (!used) return allApply
  const named = new Set(idsOf(used.expression).map(family))
  const others = identified.filter((f) => !f.ids.some((id) => named.has(family(id))))
  return {
    ...base,
    expression: withRiders(used.expression),
    reason: `${used.reason}${
      others.length ? `; LICENSES/ also holds ${others.map((f) => f.ids[0]).join(', ')}, the licence of some files (REUSE)` : ''
    }${partsReason}${riderReason}`,
    refTexts: [],
  }
}

/** Fewer files than this saying one thing are no evidence. */
const MIN_NOTICES = 2

/**
 * -only or -or-later for a GNU text (ids: GPL-3.0-only, GPL-3.0-or-later), from the notices of
 * the source files: when at least two of them name the licence and all that do say the same.
 */
async function versionFromNotices(
  ids: string[],
  sources: () => Promise<SourceLicences>,
): Promise<{ id: string; reason: string } | undefined> {
  const only = ids.find((id) => id.endsWith('-only'))
  const later = ids.find((id) => id.endsWith('-or-later'))
  if (!only || !later || family(only) !== family(later)) return undefined
  const found = await sources()
  const saying = (id: string) => found.expressions.filter((e) => idsOf(e.expression).includes(id))
  const sayOnly = saying(only)
  const sayLater = saying(later)
  const count = (list: SourceLicences['expressions']) => list.reduce((n, e) => n + e.files, 0)
  const [a, b] = [count(sayOnly), count(sayLater)]
  const sampled = `${found.read} source file${found.read === 1 ? '' : 's'} read`
  if (b >= MIN_NOTICES && a === 0)
    return { id: later, reason: `the notices of ${b} of ${sampled} say ${later} (e.g. ${sayLater[0]!.example})` }
  if (a >= MIN_NOTICES && b === 0)
    return { id: only, reason: `the notices of ${a} of ${sampled} say ${only} (e.g. ${sayOnly[0]!.example})` }
  if (a > 0 && b > 0)
    return {
      id: only,
      reason: `the notices of the source files differ (${a} say ${only}, ${b} say ${later}, of ${sampled}); only the version all allow is sure`,
    }
  return undefined
}

/**
 * The expression the REUSE texts are used in, from the source files' tags: the one most files
 * give, when more than half of the tagged files give it and the texts in LICENSES/ hold each of
 * its licences; several expressions and no majority: all apply (AND), each as the files write it.
 */
function usedByFiles(texts: LicenceFile[], found: SourceLicences): { expression: string; reason: string } | undefined {
  const held = new Set(texts.flatMap((f) => f.ids.map(family)))
  const usable = found.expressions.filter((e) => idsOf(e.expression).every((id) => held.has(family(id))))
  const tagged = found.expressions.reduce((n, e) => n + e.files, 0)
  if (usable.length === 0 || tagged === 0) return undefined
  const top = usable[0]!
  const sampled = `${found.read} source file${found.read === 1 ? '' : 's'} read`
  if (top.files * 2 > tagged)
    return {
      expression: top.expression,
      reason: `the licence of ${top.files} of the ${tagged} files with an SPDX-License-Identifier (of ${sampled}; e.g. ${top.example}), whose texts are in LICENSES/`,
    }
  if (usable.length !== found.expressions.length || usable.length > MAX_USED_EXPRESSIONS) return undefined
  return {
    expression: usable.map((e) => (/\s/.test(e.expression) ? `(${e.expression})` : e.expression)).join(' AND '),
    reason: `the SPDX-License-Identifier tags of the source files (${sampled}) give ${usable.length} expressions and none of them most files, so all of them apply (AND)`,
  }
}

/** More expressions than this in the tags: the licence texts' AND says as much. */
const MAX_USED_EXPRESSIONS = 8

/** The LicenseRef- of a file of added terms: PATENTS is LicenseRef-PATENTS. */
function riderRef(file: LicenceFile): string {
  return `LicenseRef-${file.path.replace(/\.[a-z]+$/i, '').replace(/[^A-Za-z0-9.-]/g, '-')}`
}

function sameTerm(a: string, b: string): boolean {
  const key = (e: string) => [...new Set(idsOf(e).map(family))].sort().join(' ')
  return a === b || (key(a) !== '' && key(a) === key(b) && !/\s/.test(a) && !/\s/.test(b))
}

/** Same licences, in any order and grouping: MIT OR Apache-2.0 is (Apache-2.0 OR MIT). */
function sameLicences(a: string, b: string): boolean {
  const key = (e: string) => [...new Set(idsOf(e))].sort().join(' ')
  return key(a) === key(b)
}

function isLgplCompanion(id: string, families: Set<string>): boolean {
  return /^LGPL-/.test(id) && (families.has('GPL-3.0') || families.has('GPL-2.0'))
}

/** The named licences cover the files' licences; the GPL text that comes with the LGPL is covered by the LGPL. */
function coversAll(named: string[], fileIds: string[]): boolean {
  const families = new Set(named.map(family))
  return fileIds.length > 0 && fileIds.every((id) => families.has(family(id)) || isLgplCompanionText(id, families))
}

function isLgplCompanionText(id: string, namedFamilies: Set<string>): boolean {
  const gpl = /^GPL-([23])\.0/.exec(id)
  return gpl !== null && [...namedFamilies].some((f) => (gpl[1] === '3' ? f === 'LGPL-3.0' : f === 'LGPL-2.1' || f === 'LGPL-2.0'))
}
