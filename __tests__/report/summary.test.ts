import { afterAll, describe, expect, test } from '@jest/globals'
import { marked } from 'marked'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { renderConfigErrorMarkdown, renderMarkdown } from '../../src/report/markdown.js'
import type { FailOn } from '../../src/core/report.js'
import { cleanup, makeRepo } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

async function reportOf(files: Record<string, string>, options: { failOn?: FailOn; ref?: string; remote?: string } = {}) {
  const root = makeRepo(files, { remote: options.remote ?? 'https://github.com/o/r' })
  return (await checkRepository({ path: root, failOn: options.failOn ?? 1, now: TEST_NOW, ...(options.ref ? { ref: options.ref } : {}) }))
    .report
}

/** The summary as GitHub shows it: GFM rendered to HTML (marked stands in for GitHub's renderer). */
function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false })
}

/** The HTML elements the summary itself writes; anything else came from the repository. */
const OWN_ELEMENTS = new Set([
  'h1',
  'h2',
  'h3',
  'p',
  'strong',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'br',
  'details',
  'summary',
  'sub',
  'a',
])

function elements(htmlText: string): string[] {
  return [...htmlText.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]!)
}

const TINY = { 'README.md': '# tiny\n' }

describe('the job summary', () => {
  test('leads with the verdict, the level out of the levels this version awards, and what blocks the next level', async () => {
    const report = await reportOf(TINY)
    const md = renderMarkdown(report)
    const lines = md.split('\n')
    expect(lines[0]).toBe('# OIS-ready: level 0 (of the 3 levels this version can award)')
    expect(lines[2]).toMatch(/^❌ \*\*No level reached\*\*; fail-on requires level 1: not met\. /)
    // the first screen names every check that blocks level 1, with the fix
    const screen = lines.slice(0, 25).join('\n')
    expect(screen).toContain('## To reach level 1')
    for (const id of report.levels[0]!.blocking) expect(screen).toContain(`**\`${id}\`**`)
    expect(screen).toContain('<br>Fix: Add a LICENSE file')
    expect(screen).toContain('<br>To check it: Run with network access, or add CONTRIBUTING.md')
    expect(screen).toContain('Level 2 also needs:')
  })

  test('failing checks first; what passes is folded away; only failures are under "What to fix"', async () => {
    const report = await reportOf({ ...TINY, CONTRIBUTING: 'x' })
    const md = renderMarkdown(report)
    const firstTable = md.slice(md.indexOf('| | Check |'), md.indexOf('<details>'))
    const statuses = [...firstTable.matchAll(/^\| (\S+) \| `([a-z-]+)`/gm)].map((m) => m[1])
    expect(statuses.length).toBeGreaterThan(0)
    expect(statuses.indexOf('❔') === -1 || statuses.lastIndexOf('❌') < statuses.indexOf('❔')).toBe(true)
    expect(firstTable).not.toContain('✅')
    const folded = md.slice(md.indexOf('<details><summary>'), md.indexOf('</details>'))
    expect(folded).toMatch(/^<details><summary>\d+ checks? passed or did not apply/)
    for (const c of report.checks.filter((c) => c.satisfied && !c.exemption)) expect(folded).toContain(`\`${c.id}\``)
    const toFix = md.slice(md.indexOf('## What to fix'), md.indexOf('\n## ', md.indexOf('## What to fix') + 1))
    const fixIds = [...toFix.matchAll(/^### \S+ `([a-z-]+)`/gm)].map((m) => m[1])
    expect(fixIds.sort()).toEqual(
      report.checks
        .filter((c) => c.status === 'fail' || c.status === 'error')
        .map((c) => c.id)
        .sort(),
    )
  })

  test('fail-on none: no green tick beside "No level reached"', async () => {
    const md = renderMarkdown(await reportOf(TINY, { failOn: 'none' }))
    expect(md.split('\n')[2]).toMatch(/^➖ \*\*No level reached\*\*; no level is required \(fail-on: none\)\./)
    expect(md).not.toContain('✅ **No level reached**')
  })

  test('a hostile branch name and remote URL are text in the rendered summary', async () => {
    const report = await reportOf(TINY, {
      ref: 'refs/heads/y`<h1>Level 3 reached</h1>',
      remote: 'https://example.org/x)"><img src=x onerror=alert(1)>',
    })
    const out = html(renderMarkdown(report))
    for (const e of elements(out)) expect(OWN_ELEMENTS.has(e)).toBe(true)
    expect(out.match(/<h1>/g)).toHaveLength(1)
    expect(out).toContain('<code>refs/heads/y`&lt;h1&gt;Level 3 reached&lt;/h1&gt;</code>')
    expect(out).not.toContain('<img')
  })

  test('no autolinked package ids, no stray backslashes, no path printed twice', async () => {
    const report = await reportOf({
      ...TINY,
      'requirements.txt': 'alabaster==1.0.0\n',
      '.github/CODE_OF_CONDUCT.md': 'Be kind.\n',
    })
    const md = renderMarkdown(report)
    const out = html(md)
    expect(out).not.toContain('mailto:')
    expect(out).toContain('<code>alabaster@1.0.0</code>')
    // no text of this report has a backslash, so none may show
    expect(JSON.stringify(report)).not.toContain('\\\\')
    expect(out.replace(/<[^>]*>/g, '')).not.toContain('\\')
    expect(out).toContain('<code>.github/CODE_OF_CONDUCT.md</code>')
    expect(md).not.toMatch(/`(\S+)` \1:/)
  })

  test('a configuration error writes a summary that explains it', () => {
    const md = renderConfigErrorMarkdown([
      { file: '.ois-ready.yml', line: 2, column: 3, key: 'checks.reedme', message: 'unknown check id "reedme"' },
    ])
    const out = html(md)
    expect(out).toContain('<h1>OIS-ready: configuration error</h1>')
    expect(out).toContain(
      '<strong>Nothing was checked or signed</strong>: <code>.ois-ready.yml</code> is not a valid ois-ready configuration.',
    )
    expect(out).toContain(
      '<td><code>.ois-ready.yml</code></td>\n<td>2:3</td>\n<td><code>checks.reedme</code></td>\n<td>unknown check id &quot;reedme&quot;</td>',
    )
  })
})
