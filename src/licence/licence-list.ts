/**
 * The SPDX License List as ois-ready ships it (data/spdx/licences.json, written by
 * scripts/spdx-data.mjs): each licence's name and flags (OSI-approved, FSF free or non-free,
 * deprecated), and each exception's name. The matching templates are in a file of their own,
 * read only at build time (src/licence/templates/).
 */
import list from '../../data/spdx/licences.json' with { type: 'json' }

export interface LicenceFlags {
  name: string
  osi: boolean
  fsf?: 'libre' | 'non-free'
  deprecated?: boolean
}

const licences = list.licences as Record<string, LicenceFlags>
const exceptions = list.exceptions as Record<string, { name: string; deprecated?: boolean }>
const byLowerCase = new Map(Object.keys(licences).map((id) => [id.toLowerCase(), id]))

export const LICENCE_LIST_VERSION: string = list.licenseListVersion

/** The flags of a licence id (any case), or undefined when it is not on the list. */
export function licenceFlags(id: string): LicenceFlags | undefined {
  const canonical = byLowerCase.get(id.toLowerCase())
  return canonical ? licences[canonical] : undefined
}

/** Every licence on the list with its name, current ones first. */
export function listedLicences(): { id: string; name: string; deprecated: boolean }[] {
  return Object.entries(licences)
    .map(([id, l]) => ({ id, name: l.name, deprecated: l.deprecated === true }))
    .sort((a, b) => Number(a.deprecated) - Number(b.deprecated))
}

export function isListedException(id: string): boolean {
  return Object.keys(exceptions).some((e) => e.toLowerCase() === id.toLowerCase())
}
