/** The files of one run's output folder, rendered from the report. */
import type { Report } from '../core/report.js'
import type { Check } from '../core/types.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'

export const OUTPUT_FILES = { report: 'report.json', summary: 'summary.md', sarif: 'results.sarif' } as const

export function renderOutputs(report: Report, checks: readonly Check[], options: { sarifUriPrefix?: string } = {}): Record<string, string> {
  return {
    [OUTPUT_FILES.report]: renderJson(report),
    [OUTPUT_FILES.summary]: renderMarkdown(report),
    [OUTPUT_FILES.sarif]: renderSarif(report, checks, options.sarifUriPrefix),
  }
}
