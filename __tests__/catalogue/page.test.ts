import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Statement } from '../../src/attest/statement.js'
import { exemplaryStatement, testKey } from '../helpers/attest.js'
import { signedVariant, writeLines } from '../helpers/catalogue.js'
import { cleanup, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'

// Debian's chromium, installed by .ci/run; the flags keep it from reaching for the network.
const CHROMIUM = '/usr/bin/chromium'
const INJECTED = 'https://codeberg.org/eu/"><img/src=x/onerror=alert(1)>'

let browser: Browser
let pageUrl: string
let shot: string

beforeAll(async () => {
  const { statement } = (await exemplaryStatement()) as { statement: Statement }
  const key = testKey('ed25519')
  const dir = tempDir()
  writeFileSync(join(dir, 'k.pub'), key.publicPem)
  writeFileSync(join(dir, 'trust.yml'), 'keys:\n  - path: k.pub\n')
  const file = writeLines(dir, 'all.jsonl', [
    signedVariant(statement, key, { repository: 'https://github.com/kommune/forms', level: 2, licence: 'EUPL-1.2' }),
    signedVariant(statement, key, {
      repository: 'https://github.com/kommune/maps',
      level: 1,
      licence: 'MIT OR GPL-3.0-only',
      failing: ['changelog'],
    }),
    signedVariant(statement, key, {
      repository: 'https://gitlab.com/agency/registry',
      level: 2,
      licence: 'Apache-2.0',
      failing: ['dependency-updates'],
    }),
    signedVariant(statement, key, { repository: INJECTED, level: 0, licence: 'MIT' }),
  ])
  const out = join(dir, 'out')
  expect(
    runCli(['catalogue', 'build', file, '--trust', join(dir, 'trust.yml'), '-o', out, '--at', '2026-07-01T00:00:00Z', '-q']).status,
  ).toBe(0)
  pageUrl = `file://${join(out, 'index.html')}`
  shot = join(dir, 'phone.png')
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  cleanup()
})

async function open(width = 1200): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  page.on('dialog', async (d) => {
    dialogs.push(d.message())
    await d.dismiss()
  })
  await page.goto(pageUrl)
  return { page, requests, dialogs }
}

const shown = (page: Page) => page.$$eval('#rows tr', (rows) => rows.map((r) => r.getAttribute('data-repository')))

describe('the catalogue page in a real browser', () => {
  test('lists every project; no request leaves the file; injected markup stays text', async () => {
    const { page, requests, dialogs } = await open()
    expect(await shown(page)).toEqual([
      'https://codeberg.org/eu/"><img/src=x/onerror=alert(1)>',
      'https://github.com/kommune/forms',
      'https://github.com/kommune/maps',
      'https://gitlab.com/agency/registry',
    ])
    expect(await page.textContent('#count')).toBe('4 of 4 projects shown')
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true)
    expect(dialogs).toEqual([])
    expect(await page.$$('#rows img')).toHaveLength(0)
    expect(await page.textContent('#rows tr:first-child td:first-child')).toBe('codeberg.org/eu/"><img/src=x/onerror=alert(1)>')
    await page.close()
  })

  test('filters by level, licence (SPDX semantics), check and text', async () => {
    const { page } = await open()
    await page.selectOption('#f-level', '2')
    expect(await shown(page)).toEqual(['https://github.com/kommune/forms'])
    await page.selectOption('#f-level', '1')
    expect(await shown(page)).toEqual([
      'https://github.com/kommune/forms',
      'https://github.com/kommune/maps',
      'https://gitlab.com/agency/registry',
    ])
    await page.selectOption('#f-level', '0')
    await page.selectOption('#f-licence', 'MIT')
    expect(await shown(page)).toEqual(['https://codeberg.org/eu/"><img/src=x/onerror=alert(1)>', 'https://github.com/kommune/maps'])
    await page.selectOption('#f-licence', 'GPL-3.0-only')
    expect(await shown(page)).toEqual(['https://github.com/kommune/maps'])
    await page.selectOption('#f-licence', '')
    await page.selectOption('#f-check', 'dependency-updates')
    expect(await shown(page)).not.toContain('https://gitlab.com/agency/registry')
    await page.selectOption('#f-check', '')
    await page.fill('#f-text', 'kommune maps')
    expect(await shown(page)).toEqual(['https://github.com/kommune/maps'])
    expect(await page.textContent('#count')).toBe('1 of 4 projects shown')
    await page.close()
  })

  test('the detail view shows what was checked and what failed, and is reachable by keyboard', async () => {
    const { page } = await open()
    await page.fill('#f-text', 'registry')
    const summary = page.locator('#rows tr:first-child summary')
    await summary.focus()
    await page.keyboard.press('Enter')
    const details = await page.textContent('#rows tr:first-child details')
    expect(details).toContain('dependency-updates (level 2): fail')
    expect(details).toContain('readme (level 1): pass')
    // every form control has a label
    const unlabelled = await page.$$eval('select, input', (els) => els.filter((e) => !e.closest('label')).length)
    expect(unlabelled).toBe(0)
    await page.close()
  })

  test('usable on a phone: no horizontal scrolling at 360 px, with every detail view open', async () => {
    const { page } = await open(360)
    for (const summary of await page.$$('#rows summary')) await summary.click()
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: shot, fullPage: true })
    expect(existsSync(shot)).toBe(true)
    await page.close()
  })
})
