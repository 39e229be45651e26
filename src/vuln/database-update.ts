/**
 * `vulndb update`: downloads OSV's export of each ecosystem (`<base>/<ecosystem>/all.zip`) through
 * the guarded client straight to a file (hashed as it arrives), then reads the zip's entries one
 * at a time with yauzl (which reads the central directory and checks each entry's sizes and CRC)
 * and writes the compact records and the index in one pass. Memory holds one entry and the index
 * of package names, never the export. Files are written under temporary names and renamed into
 * place, the manifest last, so a failed update leaves the previous database whole.
 */
import { createHash } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import yauzl from 'yauzl'
import { fetchStream, type FetchOptions } from '../core/guarded-fetch.js'
import { parseJson } from '../core/json-source.js'
import { DATABASE_FORMAT, MANIFEST, compactRecord, indexFile, recordsFile, type EcosystemExport, type Manifest } from './database.js'
import { isWellFormed, packageKey } from './osv.js'

export const OSV_EXPORTS = 'https://osv-vulnerabilities.storage.googleapis.com'

export interface UpdateOptions {
  folder: string
  ecosystems: string[]
  /** Base URL of the exports (tests: a local server). */
  base?: string
  fetch: FetchOptions
  /** At most this many bytes uncompressed in one export (default 8 GiB). */
  maxUncompressedBytes?: number
  /** An entry bigger than this is skipped and counted (default 16 MiB; OSV records are a few KB). */
  maxEntryBytes?: number
  now?: Date
  onProgress?: (message: string) => void
}

export interface UpdateResult {
  /** Ecosystems updated, with their export. */
  updated: Record<string, EcosystemExport>
  /** Ecosystems that failed, with why; their earlier data (if any) is kept. */
  failed: Record<string, string>
}

export async function updateDatabase(options: UpdateOptions): Promise<UpdateResult> {
  mkdirSync(options.folder, { recursive: true })
  const base = (options.base ?? OSV_EXPORTS).replace(/\/+$/, '')
  const updated: Record<string, EcosystemExport> = {}
  const failed: Record<string, string> = {}
  for (const ecosystem of options.ecosystems) {
    options.onProgress?.(`${ecosystem}: downloading`)
    try {
      updated[ecosystem] = await updateEcosystem(ecosystem, `${base}/${encodeURIComponent(ecosystem)}/all.zip`, options)
      options.onProgress?.(`${ecosystem}: ${updated[ecosystem].records} advisories`)
    } catch (error) {
      failed[ecosystem] = (error as Error).message
    }
  }
  if (Object.keys(updated).length > 0) {
    const manifestPath = join(options.folder, MANIFEST)
    let manifest: Manifest = { format: DATABASE_FORMAT, ecosystems: {} }
    if (existsSync(manifestPath)) {
      const read = parseJson(readFileSync(manifestPath, 'utf8'))
      const earlier = read.ok ? (read.value as Manifest) : undefined
      if (earlier?.format === DATABASE_FORMAT && typeof earlier.ecosystems === 'object' && earlier.ecosystems) manifest = earlier
    }
    manifest.ecosystems = Object.fromEntries(Object.entries({ ...manifest.ecosystems, ...updated }).sort(([a], [b]) => (a < b ? -1 : 1)))
    const temp = `${manifestPath}.${process.pid}.tmp`
    writeFileAll(temp, `${JSON.stringify(manifest, null, 2)}\n`)
    renameSync(temp, manifestPath)
  }
  return { updated, failed }
}

function writeFileAll(path: string, text: string): void {
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, text)
  } finally {
    closeSync(fd)
  }
}

async function updateEcosystem(ecosystem: string, url: string, options: UpdateOptions): Promise<EcosystemExport> {
  const folder = options.folder
  const stamp = `${process.pid}-${Date.now()}`
  const zipPath = join(folder, `.${ecosystem}.${stamp}.zip.tmp`)
  const recordsTemp = join(folder, `.${recordsFile(ecosystem)}.${stamp}.tmp`)
  const indexTemp = join(folder, `.${indexFile(ecosystem)}.${stamp}.tmp`)
  const downloadedAt = (options.now ?? new Date()).toISOString()
  try {
    const hash = createHash('sha256')
    const zipFd = openSync(zipPath, 'w')
    let result
    try {
      result = await fetchStream(url, options.fetch, (chunk) => {
        hash.update(chunk)
        writeSync(zipFd, chunk)
      })
    } finally {
      closeSync(zipFd)
    }
    if (!result.ok) throw new Error(`download failed: ${result.reason}`)
    const sha256 = hash.digest('hex')
    const built = await buildIndex(zipPath, ecosystem, recordsTemp, options)
    writeFileAll(indexTemp, JSON.stringify(built.index))
    renameSync(recordsTemp, join(folder, recordsFile(ecosystem)))
    renameSync(indexTemp, join(folder, indexFile(ecosystem)))
    return {
      source: url,
      downloadedAt,
      sha256,
      records: built.records,
      skipped: built.skipped,
      ...(built.newest ? { newestRecord: built.newest } : {}),
    }
  } finally {
    for (const f of [zipPath, recordsTemp, indexTemp]) rmSync(f, { force: true })
  }
}

interface Built {
  index: Record<string, number[]>
  records: number
  skipped: number
  newest?: string
}

/** Reads the zip entry by entry and appends each compact record to `recordsPath`. */
function buildIndex(zipPath: string, ecosystem: string, recordsPath: string, options: UpdateOptions): Promise<Built> {
  const maxEntry = options.maxEntryBytes ?? 16 * 1024 * 1024
  const maxTotal = options.maxUncompressedBytes ?? 8 * 1024 * 1024 * 1024
  const index = new Map<string, number[]>()
  let records = 0
  let skipped = 0
  let total = 0
  let offset = 0
  let newest: string | undefined
  const out = openSync(recordsPath, 'w')
  const finish = () => closeSync(out)
  return new Promise<Built>((resolve, reject) => {
    const fail = (message: string) => {
      finish()
      reject(new Error(message))
    }
    yauzl.open(zipPath, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) return fail(`the export is not a readable zip: ${error?.message ?? 'no archive'}`)
      let done = false
      zip.on('error', (e: Error) => {
        if (done) return
        done = true
        zip.close()
        fail(`the export is not a readable zip: ${e.message}`)
      })
      zip.on('end', () => {
        if (done) return
        done = true
        finish()
        const sorted: Record<string, number[]> = {}
        for (const key of [...index.keys()].sort()) sorted[key] = index.get(key)!
        resolve({ index: sorted, records, skipped, ...(newest ? { newest } : {}) })
      })
      zip.on('entry', (entry: yauzl.Entry) => {
        if (done) return
        if (entry.fileName.endsWith('/') || !entry.fileName.endsWith('.json') || entry.uncompressedSize > maxEntry) {
          if (!entry.fileName.endsWith('/')) skipped++
          return zip.readEntry()
        }
        total += entry.uncompressedSize
        if (total > maxTotal) {
          done = true
          zip.close()
          return fail(`the export holds more than ${maxTotal} bytes uncompressed; not indexed`)
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            done = true
            zip.close()
            return fail(`the export's entry ${entry.fileName} cannot be read: ${streamError?.message ?? 'no stream'}`)
          }
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', (e: Error) => {
            if (done) return
            done = true
            zip.close()
            fail(`the export's entry ${entry.fileName} is damaged: ${e.message}`)
          })
          stream.on('end', () => {
            if (done) return
            const read = parseJson(Buffer.concat(chunks).toString('utf8'))
            const record = read.ok && isWellFormed(read.value) ? read.value : undefined
            const compact = record ? compactRecord(record, ecosystem) : undefined
            if (!compact) skipped++
            else {
              const line = Buffer.from(`${JSON.stringify(compact)}\n`)
              writeSync(out, line)
              const keys = new Set(compact.affected!.map((a) => packageKey(ecosystem, a.package!.name)))
              for (const key of keys) {
                const spans = index.get(key)
                if (spans) spans.push(offset, line.length - 1)
                else index.set(key, [offset, line.length - 1])
              }
              offset += line.length
              records++
              if (compact.modified && (!newest || compact.modified > newest)) newest = compact.modified
            }
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}
