/** The one place that reads the Action's inputs; everything after this takes typed values. */
import * as core from '@actions/core'
import { parseFailOn } from '../core/levels.js'
import type { FailOn } from '../core/report.js'
import { UsageError } from '../core/errors.js'

export interface ActionInputs {
  path: string
  config?: string
  outputDir: string
  failOn: FailOn
  maxAnnotations: number
}

export function readInputs(): ActionInputs {
  const failOnText = core.getInput('fail-on') || '1'
  const failOn = parseFailOn(failOnText)
  if (failOn === undefined) throw new UsageError(`input fail-on is "${failOnText}"; use none, 1, 2 or 3`)
  const maxText = core.getInput('max-annotations') || '10'
  const maxAnnotations = Number(maxText)
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0)
    throw new UsageError(`input max-annotations is "${maxText}"; use a whole number, 0 or more`)
  const config = core.getInput('config')
  return {
    path: core.getInput('path') || '.',
    ...(config ? { config } : {}),
    outputDir: core.getInput('output-dir') || 'ois-ready',
    failOn,
    maxAnnotations,
  }
}
