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
const LONG =
  'https://gitlab.example.org/ministry-of-digital-affairs/shared-components/identity-and-access-management/self-service-portal-for-citizens'

let browser: Browser
let pageUrl: string
let emptyUrl: string
let shot: string

beforeAll(async () => {
  const { statement } = (await exemplaryStatement()) as { statement: Statement }
  const key = testKey('ed25519')
  const stranger = testKey('ed25519')
  const unused = testKey('ecdsa-p256')
  const dir = tempDir()
  writeFileSync(join(dir, 'k.pub'), key.publicPem)
  writeFileSync(join(dir, 'unused.pub'), unused.publicPem)
  writeFileSync(join(dir, 'trust.yml'), 'keys:\n  - path: k.pub\n  - path: unused.pub\n    repositories: ["https://github.com/*"]\n')
  const file = writeLines(dir, 'all.jsonl', [
    signedVariant(statement, key, {
      repository: 'https://github.com/kommune/forms',
      level: 2,
      licence: 'EUPL-1.2',
      project: {
        name: 'Kommune Forms',
        description: 'Forms for municipal services',
        organisation: 'City of Tampere',
        languages: ['TypeScript'],
      },
      activity: { lastCommitDate: '2026-06-20T10:00:00.000Z', commitsLastYear: 340, authorsLastYear: 12 },
    }),
    signedVariant(statement, key, {
      repository: 'https://github.com/kommune/maps',
      level: 1,
      licence: 'MIT OR GPL-3.0-only',
      failing: ['changelog'],
      project: { name: 'Maps', languages: ['Python', 'JavaScript'] },
      activity: { lastCommitDate: '2025-11-02T10:00:00.000Z', commitsLastYear: 4, authorsLastYear: 1 },
    }),
    signedVariant(statement, key, {
      repository: 'https://gitlab.com/agency/registry',
      level: 2,
      licence: 'Apache-2.0',
      failing: ['dependency-updates'],
      // an attestation made before the predicate carried the project and activity
      project: null,
      activity: null,
    }),
    signedVariant(statement, key, {
      repository: 'https://github.com/fsfe/reuse-tool',
      level: 2,
      licence: 'Apache-2.0 AND CC0-1.0 AND GPL-3.0-or-later',
      project: { name: 'reuse', description: 'reuse is a tool for compliance with the REUSE recommendations.', languages: ['Python'] },
      activity: { lastCommitDate: '2026-06-28T10:00:00.000Z', commitsLastYear: 210, authorsLastYear: 25 },
    }),
    signedVariant(statement, key, {
      repository: LONG,
      level: 1,
      licence: 'EUPL-1.2',
      failing: ['changelog'],
      project: null,
      activity: null,
    }),
    signedVariant(statement, key, { repository: INJECTED, level: 0, licence: 'MIT', project: null, activity: null }),
    // rejected: signed by a key the trust file does not name
    signedVariant(statement, stranger, { repository: 'https://github.com/someone/else', level: 2 }),
  ])
  const out = join(dir, 'out')
  expect(
    runCli(['catalogue', 'build', file, '--trust', join(dir, 'trust.yml'), '-o', out, '--at', '2026-07-01T00:00:00Z', '-q']).status,
  ).toBe(0)
  pageUrl = `file://${join(out, 'index.html')}`
  // a catalogue where every attestation was rejected
  const emptyOut = join(dir, 'empty')
  const rejectedOnly = writeLines(dir, 'rejected.jsonl', [signedVariant(statement, stranger, { repository: 'https://github.com/x/y' })])
  expect(
    runCli(['catalogue', 'build', rejectedOnly, '--trust', join(dir, 'trust.yml'), '-o', emptyOut, '--at', '2026-07-01T00:00:00Z', '-q'])
      .status,
  ).toBe(1)
  emptyUrl = `file://${join(emptyOut, 'index.html')}`
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
}, 90_000)

afterAll(async () => {
  await browser?.close()
  cleanup()
})

async function open(width = 1200, url = pageUrl): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  page.on('dialog', async (d) => {
    dialogs.push(d.message())
    await d.dismiss()
  })
  await page.goto(url)
  return { page, requests, dialogs }
}

const shown = (page: Page) => page.$$eval('#rows tr[data-repository]', (rows) => rows.map((r) => r.getAttribute('data-repository')))
const short = (page: Page) => shown(page).then((list) => list.map((u) => u!.replace(/^https:\/\/[^/]+\//, '')))
const sortState = (page: Page) =>
  page.$$eval('th[data-col]', (ths) =>
    ths.filter((t) => t.hasAttribute('aria-sort')).map((t) => [t.dataset.col, t.getAttribute('aria-sort')]),
  )
const fragment = (page: Page) => page.evaluate<string>('decodeURIComponent(location.hash)')

describe('the catalogue page in a real browser', () => {
  test('lists every project with its description, organisation and languages; no request leaves the file; injected markup stays text', async () => {
    const { page, requests, dialogs } = await open()
    // sorted by project name (or URL) by default
    expect(await short(page)).toEqual([
      'eu/"><img/src=x/onerror=alert(1)>',
      'agency/registry',
      'ministry-of-digital-affairs/shared-components/identity-and-access-management/self-service-portal-for-citizens',
      'kommune/forms',
      'kommune/maps',
      'fsfe/reuse-tool',
    ])
    expect(await page.textContent('#count')).toBe('6 of 6 projects shown')
    expect(await sortState(page)).toEqual([['project', 'ascending']])
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true)
    expect(dialogs).toEqual([])
    expect(await page.$$('#rows img')).toHaveLength(0)
    expect(await page.textContent('#rows tr:first-child td:first-child')).toBe('codeberg.org/eu/"><img/src=x/onerror=alert(1)>')
    const forms = await page.textContent('tr[data-repository="https://github.com/kommune/forms"] td:first-child')
    expect(forms).toBe('Kommune Formsgithub.com/kommune/formsForms for municipal servicesCity of Tampere · TypeScript')
    const activity = await page.textContent('tr[data-repository="https://github.com/kommune/forms"] td[data-label="Last commit"]')
    expect(activity).toBe('2026-06-20340 commits, 12 authors in 12 months')
    // an attestation without project and activity still shows
    expect(await page.textContent('tr[data-repository="https://gitlab.com/agency/registry"] td[data-label="Last commit"]')).toBe(
      'not stated',
    )
    await page.close()
  })

  test('filters by level, licence id anywhere in the expression, usable-under licence, several checks and text', async () => {
    const { page } = await open()
    await page.selectOption('#f-level', '2')
    expect(await short(page)).toEqual(['kommune/forms', 'fsfe/reuse-tool'])
    await page.selectOption('#f-level', '0')
    // the trap of issue 16: a project under Apache-2.0 AND CC0-1.0 AND GPL-3.0-or-later is found by GPL-3.0-or-later
    await page.selectOption('#f-licence-id', 'GPL-3.0-or-later')
    expect(await short(page)).toEqual(['fsfe/reuse-tool'])
    await page.selectOption('#f-licence-id', 'Apache-2.0')
    expect(await short(page)).toEqual(['agency/registry', 'fsfe/reuse-tool'])
    await page.selectOption('#f-licence-id', '')
    // usable under keeps SPDX semantics: MIT OR GPL-3.0-only is usable under MIT; the AND is not usable under Apache-2.0 alone
    await page.selectOption('#f-usable', 'MIT')
    expect(await short(page)).toEqual(['eu/"><img/src=x/onerror=alert(1)>', 'kommune/maps'])
    await page.selectOption('#f-usable', 'Apache-2.0')
    expect(await short(page)).toEqual(['agency/registry'])
    await page.selectOption('#f-usable', '')
    // several checks at once: every ticked check passed
    await page.click('#check-summary')
    await page.check('#f-checks input[value="changelog"]')
    expect(await short(page)).not.toContain('kommune/maps')
    await page.check('#f-checks input[value="dependency-updates"]')
    expect(await short(page)).toEqual(['eu/"><img/src=x/onerror=alert(1)>', 'kommune/forms', 'fsfe/reuse-tool'])
    expect(await page.textContent('#check-summary')).toBe('Checks passed: 2 selected (changelog, dependency-updates)')
    await page.uncheck('#f-checks input[value="changelog"]')
    await page.uncheck('#f-checks input[value="dependency-updates"]')
    // text reaches the description and the languages
    await page.fill('#f-text', 'REUSE recommendations')
    expect(await short(page)).toEqual(['fsfe/reuse-tool'])
    await page.fill('#f-text', 'javascript')
    expect(await short(page)).toEqual(['kommune/maps'])
    expect(await page.textContent('#count')).toBe('1 of 6 projects shown')
    await page.close()
  })

  test('sorts by every column with the keyboard; aria-sort says which and how', async () => {
    const { page } = await open()
    const sortBy = async (col: string) => {
      await page.focus(`th[data-col="${col}"] button`)
      await page.keyboard.press('Enter')
    }
    await sortBy('activity')
    expect(await sortState(page)).toEqual([['activity', 'ascending']])
    // no activity first, then oldest
    expect((await short(page)).slice(-3)).toEqual(['kommune/maps', 'kommune/forms', 'fsfe/reuse-tool'])
    await page.keyboard.press('Space')
    expect(await sortState(page)).toEqual([['activity', 'descending']])
    expect((await short(page)).slice(0, 3)).toEqual(['fsfe/reuse-tool', 'kommune/forms', 'kommune/maps'])
    await sortBy('level')
    expect(await sortState(page)).toEqual([['level', 'ascending']])
    expect((await short(page))[0]).toBe('eu/"><img/src=x/onerror=alert(1)>')
    await sortBy('licence')
    expect((await short(page))[0]).toBe('agency/registry')
    await sortBy('checks')
    // most checks passed last; ties by URL
    expect((await short(page)).slice(-2)).toEqual(['fsfe/reuse-tool', 'kommune/forms'])
    await sortBy('verified')
    expect(await sortState(page)).toEqual([['verified', 'ascending']])
    await sortBy('project')
    expect(await sortState(page)).toEqual([['project', 'ascending']])
    // Tab reaches the sort buttons in order
    await page.focus('th[data-col="project"] button')
    await page.keyboard.press('Tab')
    expect(await page.evaluate<string>('document.activeElement.dataset.sort')).toBe('level')
    await page.close()
  })

  test('filters and sort are kept in the URL: a reload and a shared link restore them', async () => {
    const { page } = await open()
    await page.selectOption('#f-licence-id', 'EUPL-1.2')
    await page.click('#check-summary')
    await page.check('#f-checks input[value="readme"]')
    await page.fill('#f-text', 'github')
    await page.click('th[data-col="activity"] button')
    await page.click('th[data-col="activity"] button')
    expect(await fragment(page)).toBe('#licence-id=EUPL-1.2&check=readme&q=github&sort=activity&dir=desc')
    const expected = ['kommune/forms']
    expect(await short(page)).toEqual(expected)
    const url = page.url()
    await page.reload()
    expect(await short(page)).toEqual(expected)
    expect(await page.inputValue('#f-licence-id')).toBe('EUPL-1.2')
    expect(await page.inputValue('#f-text')).toBe('github')
    expect(await page.isChecked('#f-checks input[value="readme"]')).toBe(true)
    expect(await sortState(page)).toEqual([['activity', 'descending']])
    await page.close()
    // a link shared to someone else
    const { page: shared } = await open(1200, url)
    expect(await short(shared)).toEqual(expected)
    expect(await sortState(shared)).toEqual([['activity', 'descending']])
    // an unknown value in a link is ignored, not an error
    await shared.goto(`${pageUrl}#level=9&licence-id=Nope&check=nope&sort=evil&dir=up`)
    await shared.reload()
    expect(await shared.textContent('#count')).toBe('6 of 6 projects shown')
    expect(await sortState(shared)).toEqual([['project', 'ascending']])
    // clearing the filters clears the URL's filters
    await shared.goto(url)
    await shared.reload()
    await shared.click('#clear')
    expect(await fragment(shared)).toBe('#sort=activity&dir=desc')
    await shared.close()
  })

  test('an empty result says so, instead of a blank table', async () => {
    const { page } = await open()
    await page.fill('#f-text', 'no such project anywhere')
    expect(await page.isVisible('#table')).toBe(false)
    expect(await page.textContent('#empty')).toBe(
      'No project matches these filters (6 projects in the catalogue). Clear or change the filters to see them.',
    )
    await page.click('#clear')
    expect(await page.isVisible('#table')).toBe(true)
    expect(await page.isVisible('#empty')).toBe(false)
    await page.close()
    const { page: empty } = await open(1200, emptyUrl)
    expect(await empty.textContent('#empty')).toContain('The catalogue is empty: no attestation was accepted.')
    expect(await empty.textContent('#rejected-title')).toBe('Rejected attestations (1)')
    await empty.close()
  })

  test("details show each check's result, its reason and a link to its page; opening them neither squeezes the table nor needs a mouse", async () => {
    const { page } = await open()
    const widths = () => page.$$eval('thead th', (ths) => ths.map((t) => Math.round(t.getBoundingClientRect().width)))
    const before = await widths()
    await page.focus('tr[data-repository="https://gitlab.com/agency/registry"] button')
    await page.keyboard.press('Enter')
    const detail = page.locator('tr.detail:not([hidden])')
    expect(await detail.count()).toBe(1)
    expect(await page.getAttribute('tr[data-repository="https://gitlab.com/agency/registry"] button', 'aria-expanded')).toBe('true')
    const items = await detail.locator('.results li').allTextContents()
    expect(items).toContain('faildependency-updates (level 2): dependency-updates fails in this test catalogue')
    expect(items.find((t) => t.startsWith('passreadme (level 1): '))).toMatch(/README/)
    const link = detail.locator('a', { hasText: 'dependency-updates' })
    expect(await link.getAttribute('href')).toMatch(
      /^https:\/\/github\.com\/ois-ready\/ois-ready\/blob\/v[^/]+\/checks\/security\/dependency-updates\/README\.md$/,
    )
    // the detail row spans the table; the columns keep their widths
    expect(await widths()).toEqual(before)
    await page.keyboard.press('Enter')
    expect(await detail.count()).toBe(0)
    // every detail open: still no horizontal scrolling, still the same columns
    for (const button of await page.$$('#rows button[aria-expanded]')) await button.click()
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(
      0,
    )
    expect(await widths()).toEqual(before)
    // every form control has a label
    const unlabelled = await page.$$eval('select, input', (els) => els.filter((e) => !e.closest('label')).length)
    expect(unlabelled).toBe(0)
    await page.close()
  })

  test('rejected attestations are listed with their reasons, and the trust file warnings with them', async () => {
    const { page } = await open()
    expect(await page.textContent('#rejected-title')).toBe('Rejected attestations (1)')
    const rejected = await page.textContent('#rejected-list')
    expect(rejected).toMatch(/all\.jsonl:7/)
    expect(rejected).toContain('unknown-key')
    const warnings = await page.$$eval('#warnings .warning', (ps) => ps.map((p) => p.textContent))
    expect(warnings).toEqual([
      expect.stringMatching(/^Trust file: .*trust\.yml:4: https:\/\/github\.com\/\* matches only URLs of one path segment/),
      expect.stringMatching(/^Trust file: .*keys\[1\] \(unused\.pub\) matched nothing: no attestation was signed by it$/),
    ])
    await page.close()
  })

  test('long URLs wrap at their separators without widening the page', async () => {
    const { page } = await open()
    const cell = `tr[data-repository="${LONG}"] td:first-child`
    expect(await page.$$eval(`${cell} wbr`, (w) => w.length)).toBeGreaterThan(5)
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
    expect(overflow).toBeLessThanOrEqual(0)
    // the link wraps onto several lines, each ending at a separator: no word is cut
    const lines = await page.evaluate<string[]>(`(() => {
      const a = document.querySelector(${JSON.stringify(`${cell} a`)});
      const lines = [];
      let top = null;
      const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        for (let i = 0; i < n.length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const t = Math.round(r.getBoundingClientRect().top);
          if (t !== top) { lines.push(''); top = t; }
          lines[lines.length - 1] += n.data[i];
        }
      return lines;
    })()`)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(LONG.replace('https://', ''))
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/.\-_?&=]$/)
    await page.close()
  })

  test('usable on a phone: no horizontal scrolling at 360 px with every detail open; sort buttons reachable', async () => {
    const { page } = await open(360)
    for (const button of await page.$$('#rows button[aria-expanded]')) await button.click()
    expect(await page.$$('tr.detail:not([hidden])')).toHaveLength(6)
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await page.isVisible('th[data-col="level"] button')).toBe(true)
    await page.focus('th[data-col="level"] button')
    await page.keyboard.press('Enter')
    expect(await sortState(page)).toEqual([['level', 'ascending']])
    await page.screenshot({ path: shot, fullPage: true })
    expect(existsSync(shot)).toBe(true)
    await page.close()
  })
})
