/**
 * The `reuse` section of report.json: the fields of `reuse lint --json`, with `files` limited
 * to the files that are not compliant (a report of a large repository would otherwise list
 * every file), and the paths excluded by the configuration, which were not checked.
 */
import type { ReuseLint, ReuseLintJson } from './lint.js'

export interface ReuseReportSection extends ReuseLintJson {
  /** Covered paths that the configuration excluded (vendored, generated): not checked, listed here so that nothing is dropped silently. */
  excluded: { path: string; reason: string }[]
}

export function reuseReportSection(lint: ReuseLint): ReuseReportSection {
  const n = lint.json.non_compliant
  const flagged = new Set([
    ...n.missing_copyright_info,
    ...n.missing_licensing_info,
    ...Object.keys(n.invalid_spdx_expressions),
    ...Object.values(n.bad_licenses).flat(),
    ...Object.values(n.missing_licenses).flat(),
  ])
  return {
    ...lint.json,
    files: lint.json.files.filter((f) => flagged.has(f.path)),
    excluded: lint.excluded,
  }
}
