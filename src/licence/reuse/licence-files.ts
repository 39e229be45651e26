/**
 * The licence texts in LICENSES/ (REUSE spec 3.3, "License Files"): each file is named after
 * the SPDX id of its licence (or a LicenseRef-), with a file extension. The id is read from the
 * name as the REUSE tool reads it, case included: `LICENSES/mit.txt` is not the MIT licence.
 */
import exceptionIds from 'spdx-exceptions/index.json' with { type: 'json' }
import licenceIds from 'spdx-license-ids/index.json' with { type: 'json' }
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' }
import type { Entry } from '../../core/snapshot.js'

const SPDX_IDS = new Set<string>([...licenceIds, ...deprecatedIds, ...(exceptionIds as string[])])
const DEPRECATED = new Set<string>(deprecatedIds)
const BY_LOWER = new Map([...SPDX_IDS].map((id) => [id.toLowerCase(), id]))

export interface LicenceFiles {
  /** SPDX id or LicenseRef- -> its file. */
  byId: Map<string, string>
  /** Ids on the SPDX list, plus the LicenseRef- ids that have a file. */
  known: Set<string>
  bad: Map<string, string>
  deprecated: Set<string>
  withoutExtension: Map<string, string>
  /** Two files that give the same id. */
  duplicates: { id: string; paths: [string, string] }[]
}

export function isSpdxId(id: string): boolean {
  return SPDX_IDS.has(id)
}

/** The SPDX spelling of an id written in another case, if there is one. */
export function spdxSpelling(id: string): string | undefined {
  return BY_LOWER.get(id.toLowerCase())
}

export function readLicenceFiles(files: readonly Entry[]): LicenceFiles {
  const out: LicenceFiles = {
    byId: new Map(),
    known: new Set(SPDX_IDS),
    bad: new Map(),
    deprecated: new Set(),
    withoutExtension: new Map(),
    duplicates: [],
  }
  for (const entry of files) {
    if (!entry.path.startsWith('LICENSES/') || entry.path.endsWith('.license') || entry.kind === 'submodule') continue
    const name = entry.path.slice(entry.path.lastIndexOf('/') + 1)
    const dot = name.lastIndexOf('.')
    const hasSuffix = dot > 0 && dot < name.length - 1
    const stem = hasSuffix ? name.slice(0, dot) : name
    let id: string
    if (hasSuffix && (SPDX_IDS.has(stem) || stem.startsWith('LicenseRef-'))) id = stem
    else if (SPDX_IDS.has(name)) {
      id = name
      out.withoutExtension.set(id, entry.path)
    } else id = stem
    const other = out.byId.get(id)
    if (other !== undefined) {
      out.duplicates.push({ id, paths: [other, entry.path] })
      continue
    }
    out.byId.set(id, entry.path)
    if (id.startsWith('LicenseRef-')) out.known.add(id)
    if (!out.known.has(id)) out.bad.set(id, entry.path)
    else if (DEPRECATED.has(id)) out.deprecated.add(id)
  }
  return out
}
