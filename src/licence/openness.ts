/**
 * Is the project's licence open? A licence is open when a well-kept public list admits it:
 * OSI-approved or FSF free/libre (both as the SPDX License List records them), or rated by the
 * Blue Oak Council's list of permissive licences (@blueoak/list, CC0-1.0). It is closed when
 * it restricts use or changes (non-commercial, no-derivatives, source-available families),
 * or when the FSF lists it as non-free and no other list admits it. A licence no list rates,
 * and a LicenseRef- that the policy does not allow, is unknown: someone has to read it, unless
 * its text is an SPDX licence's or a notice granting one (then it is as open as that licence).
 *
 * An expression is open when one OR branch is, and every AND term of that branch is open.
 */
import blueOak from '@blueoak/list/index.json' with { type: 'json' }
import { canonicalLicenceId, type LicenceNode } from './expression.js'
import { licenceFlags } from './licence-list.js'

export type Openness = 'open' | 'closed' | 'unknown'

export interface OpennessVerdict {
  verdict: Openness
  /** One line per licence: which list admitted it, or why it is closed or unknown. */
  reasons: string[]
}

export interface OpennessOptions {
  /** LicenseRef- ids the policy allows as open (config: licence-file options `allow-licence-refs`). */
  allowedRefs?: readonly string[]
  /** LicenseRef- ids whose text is that of an SPDX licence (LICENSES/LicenseRef-MIT.txt holding the MIT text). */
  refTexts?: ReadonlyMap<string, string>
  /**
   * LicenseRef- ids whose text is a notice granting an SPDX licence (KDE's LicenseRef-KDE-Accepted-GPL:
   * GPL-3.0, and later versions as KDE e.V. accepts them): as open as the licence it grants at least.
   */
  refGrants?: ReadonlyMap<string, { id: string; proxy?: string }>
}

const BLUE_OAK = new Map<string, string>()
for (const tier of blueOak as { name: string; licenses: { id: string }[] }[]) for (const l of tier.licenses) BLUE_OAK.set(l.id, tier.name)

/** Families that restrict use or changes: never open, whatever a flag says. */
const RESTRICTED = [
  /^CC-BY(-[A-Z]+)*-(NC|ND)(-|$)/,
  /(^|-)(NC|ND)(-|$)|Noncommercial|NonCommercial/,
  /^(SSPL|BUSL|Elastic|PolyForm|Commons-Clause|FSL|Hippocratic|CAL-1\.0-Combined|Parity)-/,
]

export function licenceOpenness(id: string, options: OpennessOptions = {}): { verdict: Openness; reason: string } {
  if (/^LicenseRef-/i.test(id) || /^DocumentRef-/i.test(id)) {
    const text = options.refTexts?.get(id)
    if (text) {
      const inner = licenceOpenness(text, options)
      return { verdict: inner.verdict, reason: `${id} (its text is that of ${text}): ${inner.reason.replace(/^[^:]*: /, '')}` }
    }
    const grant = options.refGrants?.get(id)
    if (grant) {
      const inner = licenceOpenness(grant.id, options)
      const later = grant.proxy ? `, and later versions as ${grant.proxy} accepts them` : ''
      return { verdict: inner.verdict, reason: `${id} (its text grants ${grant.id}${later}): ${inner.reason.replace(/^[^:]*: /, '')}` }
    }
    if (options.allowedRefs?.some((r) => r.toLowerCase() === id.toLowerCase()))
      return { verdict: 'open', reason: `${id}: allowed by the policy` }
    return {
      verdict: 'unknown',
      reason: `${id} is not on the SPDX list, so no list rates it; someone has to read it (allow it in the policy if it is open)`,
    }
  }
  const bare = id.endsWith('+') ? id.slice(0, -1) : id
  const canonical = canonicalLicenceId(bare)
  if (!canonical) return { verdict: 'unknown', reason: `${id} is not an SPDX licence id` }
  if (RESTRICTED.some((r) => r.test(canonical)))
    return { verdict: 'closed', reason: `${canonical} restricts use or changes (non-commercial, no-derivatives or source-available)` }
  const flags = licenceFlags(canonical)
  const admitted: string[] = []
  if (flags?.osi) admitted.push('OSI-approved')
  if (flags?.fsf === 'libre') admitted.push('free according to the FSF')
  const tier = BLUE_OAK.get(canonical)
  if (tier) admitted.push(`on the Blue Oak Council list of permissive licences (${tier})`)
  if (admitted.length > 0) return { verdict: 'open', reason: `${canonical}: ${admitted.join(', ')}` }
  if (flags?.fsf === 'non-free')
    return {
      verdict: 'closed',
      reason: `${canonical}: not free according to the FSF, and neither OSI-approved nor on the Blue Oak Council list`,
    }
  return {
    verdict: 'unknown',
    reason: `${canonical}: neither OSI-approved, FSF-free nor on the Blue Oak Council list; no list rates it, someone has to read it (allow it in the policy if it is open)`,
  }
}

export function expressionOpenness(node: LicenceNode, options: OpennessOptions = {}): OpennessVerdict {
  if ('license' in node) {
    const { verdict, reason } = licenceOpenness(node.license, options)
    return { verdict, reasons: [reason] }
  }
  const left = expressionOpenness(node.left, options)
  const right = expressionOpenness(node.right, options)
  const reasons = [...left.reasons, ...right.reasons]
  const both = [left.verdict, right.verdict]
  if (node.conjunction === 'or') {
    // one open branch is enough: say only what admitted it
    if (left.verdict === 'open') return left
    if (right.verdict === 'open') return right
    return { verdict: both.includes('unknown') ? 'unknown' : 'closed', reasons }
  }
  return { verdict: both.includes('closed') ? 'closed' : both.includes('unknown') ? 'unknown' : 'open', reasons }
}
