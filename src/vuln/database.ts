/**
 * The offline vulnerability database: a folder made by `ois-ready vulndb update` from OSV's
 * per-ecosystem exports. Per ecosystem, `<eco>.records.jsonl` holds each advisory once, reduced to
 * what matching needs, one line each, and `<eco>.index.json` maps each package (ecosystem and
 * normalised name) to the byte ranges of its records; `manifest.json` says when each export was
 * downloaded, from where, its sha256 and how many records it gave. A check reads the manifest and
 * the indexes, then only the lines of the packages present.
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseJson } from '../core/json-source.js'
import { isWellFormed, packageKey, type OsvRecord } from './osv.js'

export const DATABASE_FORMAT = 'ois-ready-vulndb/1'
export const MANIFEST = 'manifest.json'

export interface EcosystemExport {
  /** Where the export was downloaded from. */
  source: string
  /** ISO time of the download: the database is as current as this. */
  downloadedAt: string
  /** sha256 of the export zip. */
  sha256: string
  /** Advisories indexed. */
  records: number
  /** Entries of the zip left out (not JSON, not an OSV record of the expected shape, over the size limit). */
  skipped: number
  /** The newest `modified` time among the records. */
  newestRecord?: string
}

export interface Manifest {
  format: typeof DATABASE_FORMAT
  ecosystems: Record<string, EcosystemExport>
}

/** File names of an ecosystem's parts (the OSV name has no characters a file name cannot hold, `crates.io` included). */
export const recordsFile = (ecosystem: string): string => `${ecosystem}.records.jsonl`
export const indexFile = (ecosystem: string): string => `${ecosystem}.index.json`

/** An index: package key -> [offset, length, offset, length, ...] in the records file. */
export type PackageIndex = Record<string, number[]>

export interface OpenDatabase {
  folder: string
  manifest: Manifest
  /** sha256 of manifest.json: names this database (each export's digest is inside). */
  digest: string
  /** The oldest download of the ecosystems asked for. */
  dateOf(ecosystems: readonly string[]): string | undefined
  /** The records of one package, from the lines the index names. */
  recordsOf(ecosystem: string, name: string): OsvRecord[]
  close(): void
}

export class DatabaseError extends Error {}

/** Reads a database folder; a missing or malformed manifest or index is a DatabaseError saying which file and why. */
export function openDatabase(folder: string): OpenDatabase {
  const manifestPath = join(folder, MANIFEST)
  let bytes: Buffer
  try {
    bytes = readFileSync(manifestPath)
  } catch (error) {
    throw new DatabaseError(`${manifestPath}: ${(error as Error).message}; make it with \`ois-ready vulndb update -o ${folder}\``)
  }
  const parsed = parseJson(bytes.toString('utf8'))
  const manifest = parsed.ok ? (parsed.value as Manifest) : undefined
  if (!manifest || manifest.format !== DATABASE_FORMAT || typeof manifest.ecosystems !== 'object' || manifest.ecosystems === null)
    throw new DatabaseError(`${manifestPath} is not an ois-ready vulnerability database (format ${DATABASE_FORMAT})`)
  const digest = createHash('sha256').update(bytes).digest('hex')
  const indexes = new Map<string, PackageIndex>()
  const fds = new Map<string, number>()
  const indexOf = (ecosystem: string): PackageIndex | undefined => {
    if (!manifest.ecosystems[ecosystem]) return undefined
    let index = indexes.get(ecosystem)
    if (!index) {
      const path = join(folder, indexFile(ecosystem))
      let read
      try {
        read = parseJson(readFileSync(path, 'utf8'))
      } catch (error) {
        throw new DatabaseError(`${path}: ${(error as Error).message}`)
      }
      if (!read.ok || typeof read.value !== 'object' || read.value === null)
        throw new DatabaseError(`${path} is not an index (not a JSON object)`)
      index = read.value as PackageIndex
      indexes.set(ecosystem, index)
    }
    return index
  }
  return {
    folder,
    manifest,
    digest,
    dateOf(ecosystems) {
      const dates = ecosystems.map((e) => manifest.ecosystems[e]?.downloadedAt).filter((d): d is string => typeof d === 'string')
      return dates.sort()[0]
    },
    recordsOf(ecosystem, name) {
      const index = indexOf(ecosystem)
      const spans = index && Object.hasOwn(index, packageKey(ecosystem, name)) ? index[packageKey(ecosystem, name)] : undefined
      if (!Array.isArray(spans) || spans.length === 0) return []
      const path = join(folder, recordsFile(ecosystem))
      let fd = fds.get(ecosystem)
      if (fd === undefined) {
        fd = openSync(path, 'r')
        fds.set(ecosystem, fd)
      }
      const size = statSync(path).size
      const records: OsvRecord[] = []
      for (let i = 0; i + 1 < spans.length; i += 2) {
        const offset = spans[i]!
        const length = spans[i + 1]!
        if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length <= 0 || offset + length > size)
          throw new DatabaseError(
            `${path}: the index names bytes ${offset}+${length}, outside the file (${size} bytes); run \`vulndb update\` again`,
          )
        const buffer = Buffer.alloc(length)
        readSync(fd, buffer, 0, length, offset)
        const line = parseJson(buffer.toString('utf8'))
        if (!line.ok || !isWellFormed(line.value))
          throw new DatabaseError(`${path}: bytes ${offset}+${length} are not a record; run \`vulndb update\` again`)
        records.push(line.value as OsvRecord)
      }
      return records
    },
    close() {
      for (const fd of fds.values()) closeSync(fd)
      fds.clear()
    },
  }
}

/** A record reduced to what matching and reporting read, for one ecosystem. */
export function compactRecord(record: OsvRecord, ecosystem: string): OsvRecord | undefined {
  const affected = (record.affected ?? []).filter((a) => a.package && a.package.ecosystem.split(':')[0] === ecosystem)
  if (affected.length === 0) return undefined
  const severityWord = record.database_specific?.severity
  return {
    id: record.id,
    ...(record.modified ? { modified: record.modified } : {}),
    ...(record.withdrawn ? { withdrawn: record.withdrawn } : {}),
    ...(record.aliases?.length ? { aliases: record.aliases } : {}),
    ...(record.summary ? { summary: record.summary.slice(0, 300) } : {}),
    ...(record.severity?.length ? { severity: record.severity } : {}),
    affected: affected.map((a) => ({
      package: { ecosystem: a.package!.ecosystem, name: a.package!.name },
      ...(a.ranges ? { ranges: a.ranges } : {}),
      ...(a.versions ? { versions: a.versions } : {}),
      ...(typeof a.ecosystem_specific?.severity === 'string' ? { ecosystem_specific: { severity: a.ecosystem_specific.severity } } : {}),
      ...(typeof a.database_specific?.severity === 'string' ? { database_specific: { severity: a.database_specific.severity } } : {}),
    })),
    ...(typeof severityWord === 'string' ? { database_specific: { severity: severityWord } } : {}),
  }
}
