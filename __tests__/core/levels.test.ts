import { describe, expect, test } from '@jest/globals'
import { AWARDED_LEVELS, computeLevels, meetsTarget, parseFailOn } from '../../src/core/levels.js'
import { activeExemptions, isExpired } from '../../src/core/exemptions.js'

const c = (id: string, level: 1 | 2 | 3, satisfied: boolean) => ({ id, level, satisfied })

describe('levels', () => {
  test.each([
    ['everything satisfied', [c('a', 1, true), c('b', 2, true), c('c', 3, true)], 3, []],
    ['a level-2 check unsatisfied', [c('a', 1, true), c('b', 2, false), c('c', 3, true)], 1, ['b']],
    ['a level-1 check unsatisfied blocks every level', [c('a', 1, false), c('b', 2, true), c('c', 3, true)], 0, ['a']],
    ['a level without checks of its own is not reached', [c('a', 1, true), c('b', 2, true)], 2, []],
  ])('%s', (_name, checks, level, blockingAt1or2) => {
    const result = computeLevels(checks, [1, 2, 3])
    expect(result.level).toBe(level)
    expect([...new Set(result.levels.flatMap((l) => l.blocking))]).toEqual(blockingAt1or2)
  })

  test.each([
    ['level 3 awarded', [1, 2, 3] as const, 3, [true, true, true]],
    ['level 3 not awarded: its checks run, the level is not reached', [1, 2] as const, 2, [true, true, false]],
  ])('the switch of awarded levels: %s', (_name, awarded, level, awardable) => {
    const result = computeLevels([c('a', 1, true), c('b', 2, true), c('c', 3, true)], awarded)
    expect(result.level).toBe(level)
    expect(result.levels.map((l) => l.awardable)).toEqual(awardable)
    expect(result.levels.find((l) => l.level === 3)).toMatchObject({ checks: 1, blocking: [], reached: awardable[2] })
  })

  test('this version awards level 3 (its set of checks is complete: see osps-baseline.test.ts); a level left out is never reached', () => {
    expect(AWARDED_LEVELS).toEqual([1, 2, 3])
    expect(computeLevels([c('a', 1, true), c('b', 2, true), c('c', 3, true)]).level).toBe(3)
    expect(computeLevels([c('a', 1, true), c('b', 2, true), c('c', 3, true)], [1, 2]).level).toBe(2)
  })

  test('fail-on', () => {
    expect(meetsTarget(1, 2)).toBe(false)
    expect(meetsTarget(2, 2)).toBe(true)
    expect(meetsTarget(0, 'none')).toBe(true)
    expect(parseFailOn('none')).toBe('none')
    expect(parseFailOn('2')).toBe(2)
    expect(parseFailOn('4')).toBeUndefined()
    expect(parseFailOn('high')).toBeUndefined()
  })
})

describe('exemptions', () => {
  const e = (check: string, expires: string) => ({ check, reason: 'a good reason', expires })
  test('an exemption applies through its expiry day (UTC) and not after', () => {
    expect(isExpired(e('x', '2026-05-31'), new Date('2026-05-31T23:59:59Z'))).toBe(false)
    expect(isExpired(e('x', '2026-05-31'), new Date('2026-06-01T00:00:00Z'))).toBe(true)
  })
  test('of several exemptions of one check, the latest-expiring active one applies', () => {
    const now = new Date('2026-06-01T00:00:00Z')
    const active = activeExemptions([e('x', '2026-01-01'), e('x', '2026-08-01'), e('x', '2026-07-01'), e('y', '2025-01-01')], now)
    expect(active.get('x')?.expires).toBe('2026-08-01')
    expect(active.has('y')).toBe(false)
  })
})
