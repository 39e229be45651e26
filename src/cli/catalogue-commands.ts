/** `ois-ready catalogue build` and `catalogue query`. */
import { resolve } from 'node:path'
import { UsageError } from '../core/errors.js'
import { writeOutputs } from '../core/output-folder.js'
import { buildCatalogue, renderIndexJsonl } from '../catalogue/build.js'
import { DEFAULT_FETCH } from '../core/guarded-fetch.js'
import { renderCataloguePage } from '../catalogue/page.js'
import { loadIndex, query, renderQuery, type QueryOptions } from '../catalogue/query.js'
import { loadTrustFile } from '../catalogue/trust-file.js'
import { printable } from '../core/printable.js'
import { EXIT, type Io } from './io.js'

export interface BuildCommandOptions {
  trust: string
  out: string
  at?: string
  allowHost?: string[]
  timeoutMs: number
  maxBytes: number
  concurrency: number
  quiet?: boolean
}

function parseTime(value: string, flag: string): Date {
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) throw new UsageError(`${flag} ${value} is not a date or time (ISO 8601)`)
  return at
}

export async function runCatalogueBuild(inputs: string[], opts: BuildCommandOptions, io: Io): Promise<number> {
  const trust = loadTrustFile(opts.trust)
  const at = opts.at ? parseTime(opts.at, '--at') : new Date()
  const { records, summary } = await buildCatalogue(inputs, trust, at, {
    ...DEFAULT_FETCH,
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
    concurrency: opts.concurrency,
    allowHosts: opts.allowHost ?? [],
  })
  writeOutputs(opts.out, {
    'index.jsonl': renderIndexJsonl(records),
    'index.json': `${JSON.stringify(summary, null, 2)}\n`,
    'index.html': renderCataloguePage(records, summary),
  })
  if (!opts.quiet) {
    const c = summary.counts
    io.stdout(
      `${c.repositories} repositories from ${c.attestations} attestations: ${c.accepted} accepted (${c.superseded} superseded, ${c.expired} expired), ${c.rejected} rejected\n`,
    )
    for (const r of summary.rejected.slice(0, 20))
      io.stdout(printable(`  rejected ${r.source}: ${r.reasons.map((x) => `${x.code}: ${x.message}`).join('; ')}`) + '\n')
    if (summary.rejected.length > 20) io.stdout(`  … ${summary.rejected.length - 20} more in index.json\n`)
    io.stdout(`wrote index.jsonl, index.json and index.html to ${resolve(opts.out)}\n`)
  }
  // warnings go to stderr even with --quiet: a trust file that matches nothing is the usual reason for an empty catalogue
  for (const w of summary.warnings) io.stderr(`${printable(`warning: ${w}`)}\n`)
  const c = summary.counts
  if (c.accepted === 0) {
    io.stderr(
      c.rejected === 0
        ? 'error: the inputs hold no attestation; the catalogue is empty\n'
        : `error: every attestation was rejected (${c.rejected}); the catalogue is empty. The reasons are in index.json${opts.quiet ? '' : ' and above'}\n`,
    )
    return EXIT.failed
  }
  return EXIT.ok
}

export interface QueryCommandOptions {
  minLevel?: number
  licence?: string
  licenceId?: string
  check?: string[]
  family?: string
  validAt?: string
  text?: string
  format: 'table' | 'json' | 'csv'
}

export function runCatalogueQuery(index: string, opts: QueryCommandOptions, io: Io): number {
  const options: QueryOptions = {}
  if (opts.minLevel !== undefined) options.minLevel = opts.minLevel
  if (opts.licence) options.licence = opts.licence
  if (opts.licenceId !== undefined) options.licenceId = opts.licenceId
  if (opts.check?.length) options.check = opts.check
  if (opts.family) options.family = opts.family
  if (opts.validAt) options.validAt = parseTime(opts.validAt, '--valid-at')
  if (opts.text) options.text = opts.text
  const found = query(loadIndex(index), options)
  io.stdout(renderQuery(found, opts.format))
  return EXIT.ok
}
