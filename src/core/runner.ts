/**
 * Runs checks a few at a time, each with a time limit. A check that throws, times out or
 * returns nothing usable yields an `error` finding for that check only; the run goes on.
 */
import { AnalysisError, BUG_NOTE } from './errors.js'
import { printable } from './printable.js'
import type { Check, CheckContext, Finding } from './types.js'

export interface RunOptions {
  concurrency: number
  timeoutMs: number
  onDone?: (id: string, done: number, total: number) => void
}

export interface RunOutcome {
  findings: Finding[]
  durationMs: number
}

const STATUSES = new Set(['pass', 'fail', 'unknown', 'not-applicable', 'error'])

export async function runChecks(
  checks: readonly Check[],
  contextFor: (check: Check) => CheckContext,
  options: RunOptions,
): Promise<Map<string, RunOutcome>> {
  const results = new Map<string, RunOutcome>()
  let next = 0
  let done = 0
  const worker = async (): Promise<void> => {
    while (next < checks.length) {
      const check = checks[next++]!
      const started = performance.now()
      const findings = await runOne(check, contextFor, options.timeoutMs)
      results.set(check.meta.id, { findings, durationMs: Math.round(performance.now() - started) })
      options.onDone?.(check.meta.id, ++done, checks.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, checks.length)) }, worker))
  return results
}

async function runOne(check: Check, contextFor: (check: Check) => CheckContext, timeoutMs: number): Promise<Finding[]> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs)
  })
  try {
    const outcome = await Promise.race([Promise.resolve().then(() => check.run(contextFor(check))), timeout])
    if (outcome === 'timeout') {
      return [
        {
          status: 'error',
          message: `${check.meta.id} did not finish within ${timeoutMs / 1000} s; the run went on without its result`,
          remediation: 'Raise limits.check-timeout-seconds in the config, or exclude large generated or vendored folders.',
        },
      ]
    }
    return validated(check.meta.id, outcome)
  } catch (error) {
    if (error instanceof AnalysisError) {
      // a shared analysis the check needs failed: the check says which and why, as its own error
      return [{ status: 'error', message: `${check.meta.id} could not run: ${error.message}` }]
    }
    return [
      {
        status: 'error',
        message: `${check.meta.id} failed with an internal error (${BUG_NOTE}): ${printable((error as Error)?.message ?? String(error))}`,
      },
    ]
  } finally {
    clearTimeout(timer)
  }
}

/** A check reports at most this many findings; the rest are counted in one more. */
export const MAX_FINDINGS = 500

function validated(id: string, findings: unknown): Finding[] {
  if (!Array.isArray(findings) || findings.length === 0) {
    return [{ status: 'error', message: `${id} returned no findings (${BUG_NOTE})` }]
  }
  const bad = findings.find(
    (f) => !f || typeof f !== 'object' || !STATUSES.has((f as Finding).status) || typeof (f as Finding).message !== 'string',
  )
  if (bad) return [{ status: 'error', message: `${id} returned a malformed finding (${BUG_NOTE})` }]
  const list = findings as Finding[]
  if (list.length <= MAX_FINDINGS) return list
  const rest = list.slice(MAX_FINDINGS)
  const worst = rest.some((f) => f.status === 'fail') ? 'fail' : rest.some((f) => f.status === 'error') ? 'error' : 'pass'
  return [...list.slice(0, MAX_FINDINGS), { status: worst, message: `${rest.length} more finding(s) of ${id} not listed` }]
}
