/**
 * The `reuse` section of report.json: the fields of `reuse lint --json`, with `files` limited
 * to the files that are not compliant (the first 1,000 of them) (a report of a large repository would otherwise list
 * every file), and the paths excluded by the configuration, which were not checked.
 */
import type { ReuseReportSection } from '../../core/report.js'
import type { ReuseLint } from './lint.js'

/**
 * Non-compliant files listed with their information; the rest are counted. The path lists
 * under non_compliant stay complete; 90,000 files with their information would make
 * report.json some 50 MB.
 */
export const MAX_REPORTED_FILES = 1000

export function reuseReportSection(lint: ReuseLint): ReuseReportSection {
  const n = lint.json.non_compliant
  const flagged = new Set([
    ...n.missing_copyright_info,
    ...n.missing_licensing_info,
    ...Object.keys(n.invalid_spdx_expressions),
    ...Object.values(n.bad_licenses).flat(),
    ...Object.values(n.missing_licenses).flat(),
  ])
  const files = lint.json.files.filter((f) => flagged.has(f.path))
  return {
    ...lint.json,
    files: files.slice(0, MAX_REPORTED_FILES),
    ...(files.length > MAX_REPORTED_FILES ? { files_omitted: files.length - MAX_REPORTED_FILES } : {}),
    excluded: lint.excluded,
  }
}
