/** `ois-ready vulndb update -o DIR`: the offline vulnerability database, from OSV's per-ecosystem exports. */
import { resolve } from 'node:path'
import { DEFAULT_FETCH } from '../core/guarded-fetch.js'
import { UsageError } from '../core/errors.js'
import { takeSnapshot } from '../core/snapshot.js'
import { scanLockfiles } from '../sbom/lockfiles.js'
import { osvPackageOf } from '../vuln/components.js'
import { updateDatabase } from '../vuln/database-update.js'
import { ECOSYSTEMS } from '../vuln/versions.js'
import { EXIT, type Io } from './io.js'

export interface VulndbUpdateOptions {
  output: string
  ecosystem?: string[]
  /** The repository whose ecosystems to download when none is named. */
  repo: string
  /** Base URL of the exports (a mirror; tests). */
  source?: string
  allowHost?: string[]
  /** Largest export accepted, in MiB. */
  maxMib: number
}

export async function runVulndbUpdate(opts: VulndbUpdateOptions, io: Io): Promise<number> {
  let ecosystems = opts.ecosystem ?? []
  const unknown = ecosystems.filter((e) => !(ECOSYSTEMS as readonly string[]).includes(e))
  if (unknown.length > 0) throw new UsageError(`--ecosystem: ${unknown.join(', ')} is not one of ${ECOSYSTEMS.join(', ')}`)
  if (ecosystems.length === 0) {
    const repo = await takeSnapshot({ root: resolve(opts.repo), maxFileBytes: 64 * 1024 * 1024, exclude: [] })
    const { graph } = await scanLockfiles(repo)
    ecosystems = [
      ...new Set([...graph.components.values()].map((c) => osvPackageOf(c)?.ecosystem).filter((e): e is string => e !== undefined)),
    ].sort()
    if (ecosystems.length === 0)
      throw new UsageError(`${opts.repo} has no components OSV covers: name the ecosystems with --ecosystem (${ECOSYSTEMS.join(', ')})`)
  }
  const result = await updateDatabase({
    folder: resolve(opts.output),
    ecosystems,
    ...(opts.source ? { base: opts.source } : {}),
    // an export is one large file: minutes, not seconds
    fetch: {
      ...DEFAULT_FETCH,
      timeoutMs: 15 * 60_000,
      maxBytes: opts.maxMib * 1024 * 1024,
      concurrency: 1,
      allowHosts: opts.allowHost ?? [],
    },
    onProgress: (m) => io.stderr(`${m}\n`),
  })
  for (const [ecosystem, e] of Object.entries(result.updated))
    io.stdout(
      `${ecosystem}: ${e.records} advisories from ${e.source} (sha256 ${e.sha256})${e.skipped ? `, ${e.skipped} entries skipped` : ''}\n`,
    )
  for (const [ecosystem, reason] of Object.entries(result.failed)) io.stderr(`${ecosystem}: not updated: ${reason}\n`)
  return Object.keys(result.failed).length > 0 ? EXIT.failed : EXIT.ok
}
