/** The files of one run's output folder, rendered from the report. */
import { ATTESTATION_FILE } from '../attest/attestation-file.js'
import type { OutputOptions } from '../core/output-folder.js'
import type { Report } from '../core/report.js'
import type { Check } from '../core/types.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { CODE_QUALITY_FILE, renderCodeQuality } from '../report/code-quality.js'

export const OUTPUT_FILES = { report: 'report.json', summary: 'summary.md', sarif: 'results.sarif' } as const

/**
 * Every file a run writes into its output folder: a new run replaces them all, so an unsigned run
 * leaves no earlier attestation or badge beside its report. The attestation vouches for the
 * report and the SBOM by digest.
 */
export const OUTPUT_SET: Pick<OutputOptions, 'owned' | 'vouching'> = {
  owned: [...Object.values(OUTPUT_FILES), 'sbom.cdx.json', CODE_QUALITY_FILE, ATTESTATION_FILE, 'badge.svg', 'badge.json'],
  vouching: [ATTESTATION_FILE],
}

export function renderOutputs(
  report: Report,
  checks: readonly Check[],
  options: {
    sarifUriPrefix?: string
    sarifCategory?: string
    /** GitLab's Code Quality report (codeclimate.json), with paths from the project's top folder. */
    codeQuality?: { pathPrefix?: string }
  } = {},
): Record<string, string> {
  return {
    ...(options.codeQuality ? { [CODE_QUALITY_FILE]: renderCodeQuality(report, checks, options.codeQuality) } : {}),
    [OUTPUT_FILES.report]: renderJson(report),
    [OUTPUT_FILES.summary]: renderMarkdown(report),
    [OUTPUT_FILES.sarif]: renderSarif(report, checks, {
      ...(options.sarifUriPrefix ? { uriPrefix: options.sarifUriPrefix } : {}),
      ...(options.sarifCategory ? { category: options.sarifCategory } : {}),
    }),
  }
}
