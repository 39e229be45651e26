import { describe, expect, test } from '@jest/globals'
import { runChecks } from '../../src/core/runner.js'
import { oncePerSnapshot, type Snapshot } from '../../src/core/snapshot.js'
import type { Check, CheckContext, Finding } from '../../src/core/types.js'

function fakeCheck(id: string, run: () => Promise<Finding[]>): Check {
  return { meta: { id, family: 'docs', title: id, level: 1, version: '1', crosswalk: {} }, docs: '', run }
}
const context = {} as CheckContext
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('runChecks', () => {
  test('a check that throws or times out yields an error for that check only', async () => {
    const checks = [
      fakeCheck('ok', async () => [{ status: 'pass', message: 'fine' }]),
      fakeCheck('throws', async () => {
        throw new Error('boom')
      }),
      fakeCheck('hangs', () => new Promise(() => {})),
      fakeCheck('empty', async () => []),
      fakeCheck('malformed', async () => [{ status: 'maybe', message: 'x' } as unknown as Finding]),
    ]
    const results = await runChecks(checks, () => context, { concurrency: 2, timeoutMs: 200 })
    expect(results.get('ok')?.findings).toEqual([{ status: 'pass', message: 'fine' }])
    expect(results.get('throws')?.findings).toEqual([
      {
        status: 'error',
        message:
          'throws failed with an internal error (a bug in ois-ready, please report it at https://github.com/ois-ready/ois-ready/issues): boom',
      },
    ])
    expect(results.get('hangs')?.findings[0]).toMatchObject({
      status: 'error',
      message: 'hangs did not finish within 0.2 s; the run went on without its result',
    })
    expect(results.get('empty')?.findings[0]).toMatchObject({
      status: 'error',
      message: 'empty returned no findings (a bug in ois-ready, please report it at https://github.com/ois-ready/ois-ready/issues)',
    })
    expect(results.get('malformed')?.findings[0]).toMatchObject({ status: 'error' })
  })

  test('a shared analysis that fails is the error of each check that uses it, with its reason; the others run', async () => {
    let runs = 0
    // a real failure, not a stand-in: JSON.stringify recurses once per level and runs out of stack
    const analysis = oncePerSnapshot('the demo analysis', async () => {
      runs++
      let deep: unknown = 0
      for (let i = 0; i < 200_000; i++) deep = [deep]
      return JSON.stringify(deep)
    })
    const repo = {} as Snapshot
    const checks = [
      fakeCheck('first', async () => [{ status: 'pass', message: (await analysis(repo)).slice(0, 9) }]),
      fakeCheck('second', async () => [{ status: 'pass', message: (await analysis(repo)).slice(0, 9) }]),
      fakeCheck('other', async () => [{ status: 'pass', message: 'fine' }]),
    ]
    const results = await runChecks(checks, () => context, { concurrency: 2, timeoutMs: 5000 })
    for (const id of ['first', 'second']) {
      expect(results.get(id)?.findings).toEqual([
        {
          status: 'error',
          message: `${id} could not run: the demo analysis failed with an internal error (a bug in ois-ready, please report it at https://github.com/ois-ready/ois-ready/issues): Maximum call stack size exceeded`,
        },
      ])
    }
    expect(results.get('other')?.findings).toEqual([{ status: 'pass', message: 'fine' }])
    expect(runs).toBe(1)
  })

  test('a check that reports thousands of findings is cut at 500, with a count of the rest', async () => {
    const flood = fakeCheck('flood', async () =>
      Array.from({ length: 2000 }, (_, i) => ({ status: 'fail' as const, message: `problem ${i}` })),
    )
    const findings = (await runChecks([flood], () => context, { concurrency: 1, timeoutMs: 5000 })).get('flood')!.findings
    expect(findings).toHaveLength(501)
    expect(findings[500]).toEqual({ status: 'fail', message: '1500 more finding(s) of flood not listed' })
  })

  test('no more than `concurrency` checks run at once, and all of them run', async () => {
    let running = 0
    let peak = 0
    const checks = Array.from({ length: 9 }, (_, i) =>
      fakeCheck(`c${i}`, async () => {
        running++
        peak = Math.max(peak, running)
        await sleep(10)
        running--
        return [{ status: 'pass', message: 'ok' }]
      }),
    )
    const done: string[] = []
    const results = await runChecks(checks, () => context, { concurrency: 3, timeoutMs: 5000, onDone: (id) => done.push(id) })
    expect(peak).toBe(3)
    expect(results.size).toBe(9)
    expect(done.sort()).toEqual(checks.map((c) => c.meta.id).sort())
  })
})
