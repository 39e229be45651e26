/**
 * Where advisories come from for one run, and what the report says about it: the offline
 * database (`--vulndb`), else the OSV API when network checks are on, else nothing, and the check
 * is unknown. Never silent: each answer names its source, its date and its digest.
 */
import type { Queried } from './components.js'
import { DatabaseError, openDatabase } from './database.js'
import type { OsvRecord } from './osv.js'

export interface SourceDescription {
  kind: 'database' | 'api'
  /** The database folder, or the API's address. */
  location: string
  /** ISO time the data is from: the database's download, or the time of the API's answers. */
  date: string
  /** sha256 of the database's manifest, or of the API's answers as read. */
  digest: string
}

export type Loaded =
  | { ok: true; source: SourceDescription; recordsOf: (q: Queried) => OsvRecord[]; notes: string[]; close(): void }
  | { ok: false; reason: string; remediation: string }

export const NO_DATA = 'no vulnerability data: run with network access or --vulndb'

/** Opens the offline database for the ecosystems asked; stale or missing data is a reason, not records. */
export function loadDatabase(folder: string, ecosystems: readonly string[], now: Date, maxAgeDays: number): Loaded {
  let db
  try {
    db = openDatabase(folder)
  } catch (error) {
    if (error instanceof DatabaseError)
      return {
        ok: false,
        reason: `the vulnerability database cannot be read: ${error.message}`,
        remediation: `Run \`ois-ready vulndb update -o ${folder}\`.`,
      }
    throw error
  }
  const missing = ecosystems.filter((e) => !db.manifest.ecosystems[e])
  if (missing.length > 0) {
    db.close()
    return {
      ok: false,
      reason: `the vulnerability database ${folder} has no data for ${missing.join(', ')}`,
      remediation: `Run \`ois-ready vulndb update -o ${folder} ${missing.map((e) => `--ecosystem ${e}`).join(' ')}\`.`,
    }
  }
  const date = db.dateOf(ecosystems) ?? ''
  const ageDays = (now.getTime() - Date.parse(date)) / 86_400_000
  if (!Number.isFinite(ageDays) || ageDays > maxAgeDays) {
    db.close()
    return {
      ok: false,
      reason: `the vulnerability database ${folder} is from ${date || 'an unknown date'}, older than ${maxAgeDays} days: known vulnerabilities since then would be missed`,
      remediation: `Run \`ois-ready vulndb update -o ${folder}\`, or raise \`max-age-days\` in the check's options.`,
    }
  }
  return {
    ok: true,
    source: { kind: 'database', location: folder, date, digest: `sha256:${db.digest}` },
    recordsOf: (q) => db.recordsOf(q.ecosystem, q.name),
    notes: [],
    close: () => db.close(),
  }
}
