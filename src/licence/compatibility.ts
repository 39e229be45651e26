/**
 * Whether a dependency's licence is compatible with the project's: the OSADL matrix
 * (`matrix[leading][subordinate]`, the project leading), and a fallback by category for
 * licences the matrix lacks. The table of the fallback is in the dependency-licences
 * check's README.
 *
 * Expressions: the project may choose any branch of its OR (`MIT OR Apache-2.0`) and is
 * bound by every part of its AND; a dependency is compatible when some branch of its OR is,
 * and when every part of its AND is. Order: compatible > review > incompatible.
 */
import matrixData from '../../data/osadl-matrix.json' with { type: 'json' }
import { currentLicenceId, leafCategory, type Category } from './categories.js'
import type { LicenceLeaf, LicenceNode } from './expression.js'
import { versionsOffered } from './policy.js'

export type Compatibility = 'compatible' | 'review' | 'incompatible'
const RANK: Record<Compatibility, number> = { compatible: 2, review: 1, incompatible: 0 }

export interface CompatibilityResult {
  verdict: Compatibility
  /** Where the verdict comes from, for the finding: the matrix cell or the category rule. */
  reason: string
}

const matrix = matrixData as unknown as Record<string, Record<string, string> | string>

/** A licence as the matrix names it, when it does: `GPL-2.0+` is `GPL-2.0-or-later`, `GPL-2.0` is `GPL-2.0-only`. */
export function matrixKey(leaf: LicenceLeaf): string | undefined {
  const base = leaf.plus ? `${currentLicenceId(leaf.license).replace(/-only$/, '')}-or-later` : currentLicenceId(leaf.license)
  const candidates = leaf.exception ? [`${base} WITH ${leaf.exception}`] : [base]
  // a range the matrix lacks (Apache-2.0+) is read as its first version
  if (leaf.plus)
    candidates.push(leaf.exception ? `${currentLicenceId(leaf.license)} WITH ${leaf.exception}` : currentLicenceId(leaf.license))
  return candidates.find((k) => typeof matrix[k] === 'object')
}

/** The compatibility of a dependency expression with the project's expression. */
export function compatibility(project: LicenceNode, dependency: LicenceNode): CompatibilityResult {
  if (!('license' in project)) {
    const left = compatibility(project.left, dependency)
    const right = compatibility(project.right, dependency)
    return pick(project.conjunction, left, right)
  }
  return withProjectLeaf(project, dependency)
}

function withProjectLeaf(project: LicenceLeaf, dependency: LicenceNode): CompatibilityResult {
  if (!('license' in dependency)) {
    const left = withProjectLeaf(project, dependency.left)
    const right = withProjectLeaf(project, dependency.right)
    return pick(dependency.conjunction, left, right)
  }
  return leafPair(project, dependency)
}

function pick(conjunction: 'and' | 'or', left: CompatibilityResult, right: CompatibilityResult): CompatibilityResult {
  if (conjunction === 'or') return RANK[right.verdict] > RANK[left.verdict] ? right : left
  return RANK[right.verdict] < RANK[left.verdict] ? right : left
}

/**
 * One project licence with one dependency licence: the matrix when it has both, else the
 * categories. A licence with an exception the matrix does not list is not read as the bare
 * licence (the exception may be what makes it compatible): its category decides.
 */
function leafPair(project: LicenceLeaf, dependency: LicenceLeaf): CompatibilityResult {
  const leading = matrixKey(project)
  const shownProject = show(project)
  const shownDependency = show(dependency)
  if (leading) {
    const row = matrix[leading] as Record<string, string>
    // the dependency's range as a whole, then each version it offers (the best one counts)
    const keys = [
      matrixKey(dependency),
      ...versionsOffered(dependency).map((id) =>
        matrixKey({ license: id, ...(dependency.exception ? { exception: dependency.exception } : {}) }),
      ),
    ]
    let best: CompatibilityResult | undefined
    for (const key of keys) {
      if (!key || row[key] === undefined) continue
      const result = fromMatrix(row[key], leading, key)
      if (!best || RANK[result.verdict] > RANK[best.verdict]) best = result
    }
    if (best) return best
  }
  return byCategory(shownProject, leafCategory(project), shownDependency, leafCategory(dependency), leading === undefined)
}

function fromMatrix(cell: string, leading: string, subordinate: string): CompatibilityResult {
  const where = `OSADL matrix: ${subordinate} in a project under ${leading}`
  if (cell === 'Same' || cell === 'Yes') return { verdict: 'compatible', reason: `${where}: ${cell}` }
  if (cell === 'No') return { verdict: 'incompatible', reason: `${where}: No` }
  if (cell === 'Check dependency')
    return { verdict: 'review', reason: `${where}: "Check dependency" (compatible only in some uses, e.g. as a separate library): review` }
  return { verdict: 'review', reason: `${where}: ${cell}: review` }
}

const PERMISSIVE: Category[] = ['public-domain', 'permissive']

/**
 * The fallback by category (the table in checks/licence/dependency-licences/README.md).
 * Distribution is what copyleft is about: a strong or network copyleft dependency makes the
 * combined work fall under its licence, which a permissive or weak-copyleft project does not
 * carry; two copyleft licences are compatible only in certain pairs, so that is review.
 */
export function byCategory(
  project: string,
  projectCategory: Category,
  dependency: string,
  category: Category,
  projectMissing: boolean,
): CompatibilityResult {
  const missing = projectMissing ? project : dependency
  const where = `no OSADL matrix entry for ${missing}; by category, ${category} ${dependency} in a ${projectCategory} project (${project})`
  if (PERMISSIVE.includes(category)) return { verdict: 'compatible', reason: `${where}: compatible (only notices to keep)` }
  if (category === 'unknown')
    return { verdict: 'review', reason: `${dependency} is not on the SPDX list: its compatibility is unknown; review` }
  if (projectCategory === 'unknown' || projectCategory === 'non-open')
    return { verdict: 'review', reason: `${where}: the project's licence is not an open one this table knows; review` }
  if (category === 'non-open')
    return { verdict: 'incompatible', reason: `${where}: a non-open licence cannot be redistributed under an open one` }
  if (category === 'weak-copyleft')
    return {
      verdict: 'review',
      reason: `${where}: compatible when used as a separate, unmodified library; changes to its files stay under its licence; review`,
    }
  const projectCopyleft = projectCategory === 'strong-copyleft' || projectCategory === 'network-copyleft'
  if (!projectCopyleft)
    return { verdict: 'incompatible', reason: `${where}: the combined work would have to be distributed under ${dependency}` }
  return { verdict: 'review', reason: `${where}: copyleft licences are compatible only in certain pairs and versions; review` }
}

function show(leaf: LicenceLeaf): string {
  return `${leaf.license}${leaf.plus ? '+' : ''}${leaf.exception ? ` WITH ${leaf.exception}` : ''}`
}
