/** The GitHub Action: inputs -> core -> outputs folder, job summary, annotations, step outputs. */
import { relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import { checkRepository } from '../core/check-repository.js'
import { ConfigError, UsageError } from '../core/errors.js'
import { writeOutputs } from '../core/output-folder.js'
import { registry } from '../core/registry.js'
import type { Report } from '../core/report.js'
import { renderMarkdown } from '../report/markdown.js'
import { OUTPUT_FILES, renderOutputs } from '../report/outputs.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const root = resolve(inputs.path)
    const out = resolve(inputs.outputDir)
    const rel = relative(root, out)
    const ignore = rel && !rel.startsWith('..') && !rel.startsWith(sep) ? [`${rel.split(sep).join('/')}/**`] : []
    const env = process.env
    const result = await checkRepository({
      path: root,
      failOn: inputs.failOn,
      ignore,
      ...(inputs.config ? { configPath: inputs.config } : {}),
      ...(env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
        ? { repositoryUrl: `${env.GITHUB_SERVER_URL.replace(/\/$/, '')}/${env.GITHUB_REPOSITORY}` }
        : {}),
      ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
      onProgress: (message) => core.debug(message),
    })
    const { report } = result
    const written = writeOutputs(out, renderOutputs(report, registry))
    await core.summary.addRaw(renderMarkdown(report)).write()
    annotate(report, inputs.maxAnnotations, inputs.path)
    core.setOutput('level', String(report.level))
    core.setOutput('passed', String(report.passed))
    core.setOutput('report-path', written[OUTPUT_FILES.report])
    core.setOutput('sarif-path', written[OUTPUT_FILES.sarif])
    core.setOutput('summary-path', written[OUTPUT_FILES.summary])
    core.info(`OIS-ready level ${report.level} of 3; outputs in ${out}`)
    if (!report.passed) {
      const blocking = report.levels.find((l) => l.level === report.policy.failOn)?.blocking ?? []
      core.setFailed(
        `OIS-ready level ${report.level} reached, but fail-on requires level ${report.policy.failOn}. ` +
          `Fix or exempt: ${blocking.join(', ')} (details in the job summary and ${OUTPUT_FILES.report}), or lower the fail-on input.`,
      )
    }
  } catch (error) {
    if (error instanceof ConfigError)
      core.setFailed(`Invalid ois-ready configuration; nothing was checked or signed. Fix:\n${error.message}`)
    else if (error instanceof UsageError) core.setFailed(error.message)
    else core.setFailed(`ois-ready failed with an internal error (a bug, please report it): ${(error as Error)?.stack ?? String(error)}`)
  }
}

/** File/line annotations for failing findings, capped, with a note of how many more there are. */
function annotate(report: Report, max: number, repoPath: string): void {
  const prefix = repoPath === '.' || repoPath === '' ? '' : `${repoPath.replace(/\/$/, '')}/`
  // Lowest levels first: with a cap, the annotations shown are the ones that block the first level.
  const ordered = [...report.checks].sort((a, b) => a.level - b.level || (a.id < b.id ? -1 : 1))
  const failing = ordered.flatMap((c) =>
    c.exemption ? [] : c.findings.filter((f) => f.status === 'fail' || f.status === 'error').map((f) => ({ check: c, finding: f })),
  )
  for (const { check, finding } of failing.slice(0, max)) {
    const props: core.AnnotationProperties = { title: `ois-ready ${check.id} (level ${check.level})` }
    if (finding.location) {
      props.file = `${prefix}${finding.location.path}`
      if (finding.location.startLine) props.startLine = finding.location.startLine
      if (finding.location.endLine) props.endLine = finding.location.endLine
    }
    const message = finding.remediation ? `${finding.message}\nFix: ${finding.remediation}` : finding.message
    if (finding.status === 'fail') core.error(message, props)
    else core.warning(message, props)
  }
  if (failing.length > max)
    core.notice(`${failing.length - max} more ois-ready finding(s) not annotated; see the job summary and ${OUTPUT_FILES.report}.`)
}
