import { describe, expect, test } from '@jest/globals'
import { marked } from 'marked'
import { htmlText, mdCell, mdCode, mdLink, mdText, safeUrl } from '../../src/report/markdown-escape.js'

/** GitHub renders the job summary as GitHub Flavored Markdown; marked in GFM mode stands in for it. */
function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false })
}

/** The text a reader sees: the HTML without its tags, character references decoded. */
function visible(markdown: string): string {
  return html(markdown)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .trim()
}

const HOSTILE = [
  'y`<h1>Level 3 reached</h1>',
  '<img src=x onerror=alert(1)>',
  '**bold** _em_ ~~gone~~ [link](evil.html) ![img](x.png)',
  '# heading',
  '1. a list',
  '- a list',
  '> a quote',
  'CODE_OF_CONDUCT.md and a\\path\\with\\backslashes',
  '&lt; is not <',
  'a | pipe',
  '``two`` backticks ` and one',
  'line\nbreak',
]

describe('inline text', () => {
  test.each(HOSTILE)('%j is shown as it is, no markup', (text) => {
    const out = html(`x ${mdText(text)}`)
    expect(out).not.toMatch(/<(h\d|img|strong|em|del|a|ol|ul|blockquote|code)\b/)
    expect(visible(`x ${mdText(text)}`)).toBe(`x ${text.replace('\n', ' ')}`)
  })

  test('at the start of a list item, a heading or list marker stays text', () => {
    for (const text of ['# heading', '1. a list', '- a list', '+ plus', '2) two'])
      expect(html(`- ${mdText(text)}`)).toBe(`<ul>\n<li>${text.replace('>', '&gt;')}</li>\n</ul>\n`)
  })

  test('package ids and e-mail-like tokens are code, not mailto: links', () => {
    const text = '2 dependencies without a known licence: alabaster@1.0.0, @babel/core@7.24.0 (ask security@example.org).'
    const out = html(mdText(text))
    expect(out).not.toContain('mailto:')
    expect(out).toContain('<code>alabaster@1.0.0</code>, <code>@babel/core@7.24.0</code>')
    expect(out).toContain('(ask <code>security@example.org</code>).')
    expect(visible(mdText(text))).toBe(text)
  })

  test('http and https URLs are links; others are text', () => {
    expect(html(mdText('see https://example.org/a_b?c=1&d=2.'))).toBe(
      '<p>see <a href="https://example.org/a_b?c=1&amp;d=2">https://example.org/a_b?c=1&amp;d=2</a>.</p>\n',
    )
    expect(html(mdText('javascript:alert(1)'))).not.toContain('<a')
    // inside brackets, a URL is still the link it says
    expect(html(mdText('[x](<https://evil.example>)'))).toBe(
      '<p>[x](&lt;<a href="https://evil.example">https://evil.example</a>&gt;)</p>\n',
    )
  })
})

describe('code spans', () => {
  test.each([
    ['CODE_OF_CONDUCT.md', '<code>CODE_OF_CONDUCT.md</code>'],
    ['refs/heads/y`<h1>Level 3 reached</h1>', '<code>refs/heads/y`&lt;h1&gt;Level 3 reached&lt;/h1&gt;</code>'],
    ['`starts with a backtick', '<code>`starts with a backtick</code>'],
    ['a\\b', '<code>a\\b</code>'],
    ['``double``', '<code>``double``</code>'],
  ])('%j', (text, expected) => {
    expect(html(mdCode(text))).toBe(`<p>${expected}</p>\n`)
  })
})

describe('table cells', () => {
  test('pipes in text and in code spans stay in their cell', () => {
    const cell = mdCell(`${mdCode('a|b')} ${mdText('c | d')}`)
    const out = html(`| x | y |\n|---|---|\n| ${cell} | z |\n`)
    expect(out).toContain('<td><code>a|b</code> c | d</td>')
    expect(out).toContain('<td>z</td>')
  })

  test('a hostile branch name in a cell is text', () => {
    const out = html(`| x |\n|---|\n| ${mdCell(mdCode('y`<h1>Level 3 reached</h1>'))} |\n`)
    expect(out).not.toContain('<h1>')
    expect(out).toContain('<code>y`&lt;h1&gt;Level 3 reached&lt;/h1&gt;</code>')
  })
})

describe('HTML and links', () => {
  test('text inside <summary> is character references', () => {
    const out = html(`<details><summary>${htmlText('<b>x</b> & *y*')}</summary>\n\nbody\n\n</details>\n`)
    expect(out).not.toContain('<b>')
    expect(visible(`<details><summary>${htmlText('<b>x</b> & *y*')}</summary>\n\nbody\n\n</details>\n`)).toContain('<b>x</b> & *y*')
  })

  test.each([
    ['https://github.com/o/r', 'https://github.com/o/r'],
    ['https://example.org/a b(c)"d\'|e', 'https://example.org/a%20b%28c%29%22d%27%7Ce'],
    ['javascript:alert(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['git@github.com:o/r.git', undefined],
  ])('the URL %s is linked as %s', (url, expected) => {
    expect(safeUrl(url)).toBe(expected)
  })

  test('a remote URL cannot close the link and inject markup', () => {
    const url = 'https://example.org/x)"><img src=x onerror=alert(1)>'
    const out = html(mdLink(url, url))
    expect(out).not.toContain('<img')
    expect(out).toMatch(/^<p><a href="https:\/\/example\.org\/x%29%22%3E%3Cimg%20src=x%20onerror=alert%281%29%3E">/)
  })
})
