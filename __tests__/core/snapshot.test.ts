import { afterAll, describe, expect, test } from '@jest/globals'
import { closeSync, ftruncateSync, mkdirSync, openSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import picomatch from 'picomatch'
import { lastSegment, takeSnapshot } from '../../src/core/snapshot.js'
import { cleanup, git, makeRepo, tempDir, writeFiles } from '../helpers/repo.js'

afterAll(cleanup)

const LIMIT = 1 << 20
const snap = (root: string, exclude: string[] = [], maxFileBytes = LIMIT) => takeSnapshot({ root, maxFileBytes, exclude })
const paths = (s: { files: readonly { path: string }[] }) => s.files.map((f) => f.path)

describe('file listing', () => {
  test('in a git repository, the tracked files are under check, untracked ones are not', async () => {
    const root = makeRepo({ 'README.md': '# x', 'src/a.ts': 'a', '.gitignore': 'build/\n' })
    writeFiles(root, { 'untracked.txt': 'u', 'build/out.js': 'o' })
    const s = await snap(root)
    expect(s.source).toBe('git')
    expect(paths(s)).toEqual(['.gitignore', 'README.md', 'src/a.ts'])
  })

  test('tracked files deleted from the work tree are problems, not files', async () => {
    const root = makeRepo({ 'a.txt': 'a', 'b.txt': 'b' })
    rmSync(join(root, 'a.txt'))
    const s = await snap(root)
    expect(paths(s)).toEqual(['b.txt'])
    expect(s.problems).toEqual([{ path: 'a.txt', message: 'tracked but missing from the work tree; not checked' }])
  })

  test('a subfolder of a repository is checked with paths relative to it', async () => {
    const root = makeRepo({ 'pkg/README.md': '# p', 'pkg/src/x.ts': 'x', 'other/y.ts': 'y' })
    const s = await snap(join(root, 'pkg'))
    expect(paths(s)).toEqual(['README.md', 'src/x.ts'])
  })

  test('outside git, a walk honours every .gitignore, nested ones and negations included', async () => {
    const root = makeRepo(
      {
        '.gitignore': '*.log\nnode_modules/\n!keep.log\n',
        'a.log': 'x',
        'keep.log': 'x',
        'node_modules/dep/index.js': 'x',
        'src/.gitignore': 'generated/\n*.tmp\n!important.tmp\n',
        'src/main.ts': 'x',
        'src/generated/g.ts': 'x',
        'src/x.tmp': 'x',
        'src/important.tmp': 'x',
        'src/deep/.gitignore': '/only-here.txt\n',
        'src/deep/only-here.txt': 'x',
        'src/only-here.txt': 'x',
        '.git-not-really/file': 'x',
      },
      { git: false },
    )
    const s = await snap(root)
    expect(s.source).toBe('walk')
    expect(paths(s)).toEqual([
      '.git-not-really/file',
      '.gitignore',
      'keep.log',
      'src/.gitignore',
      'src/deep/.gitignore',
      'src/important.tmp',
      'src/main.ts',
      'src/only-here.txt',
    ])
  })

  test('a .git folder is never walked', async () => {
    const root = makeRepo({ 'README.md': 'x', '.git/config': '[core]' }, { git: false })
    // not a valid git dir: the folder is walked, but .git itself is skipped
    expect(paths(await snap(root))).toEqual(['README.md'])
  })
})

describe('exclusions', () => {
  test('config globs and linguist attributes exclude files, each with its reason', async () => {
    const root = makeRepo({
      '.gitattributes': 'vendor/** linguist-vendored\n*.min.js linguist-generated=true\nvendor/ours/** -linguist-vendored\n',
      'vendor/lib/a.js': 'a',
      'vendor/ours/b.js': 'b',
      'web/app.min.js': 'm',
      'third_party/x.c': 'x',
      'src/main.ts': 'm',
      'docs/gen/.gitattributes': '*.html linguist-generated\n',
      'docs/gen/api.html': 'h',
      'docs/index.html': 'h',
    })
    const s = await snap(root, ['third_party/**'])
    expect(paths(s)).toEqual(['.gitattributes', 'docs/gen/.gitattributes', 'docs/index.html', 'src/main.ts', 'vendor/ours/b.js'])
    expect(s.excluded).toEqual([
      { path: 'docs/gen/api.html', reason: 'linguist-generated (docs/gen/.gitattributes:1: *.html)' },
      { path: 'third_party/x.c', reason: 'config exclude: third_party/**' },
      { path: 'vendor/lib/a.js', reason: 'linguist-vendored (.gitattributes:1: vendor/**)' },
      { path: 'web/app.min.js', reason: 'linguist-generated (.gitattributes:2: *.min.js)' },
    ])
  })

  test("the project's own policy files are never excluded, by globs or attributes", async () => {
    const root = makeRepo({
      '.gitattributes': '.github/workflows/** linguist-generated\n*.md linguist-vendored\n',
      '.github/workflows/ci.yml': 'on: push',
      'SECURITY.md': 'x',
      'docs/CONTRIBUTING.md': 'x',
      'docs/guide/intro.md': 'x',
      'public/.well-known/security.txt': 'x',
    })
    const s = await snap(root, ['.github/**', '**/*.txt', '*.md'])
    expect(paths(s)).toEqual([
      '.gitattributes',
      '.github/workflows/ci.yml',
      'SECURITY.md',
      'docs/CONTRIBUTING.md',
      'public/.well-known/security.txt',
    ])
    expect(s.excluded).toEqual([{ path: 'docs/guide/intro.md', reason: 'linguist-vendored (.gitattributes:2: *.md)' }])
  })

  test('linguist rules beyond the cap are not applied, and that is reported', async () => {
    const rules = Array.from({ length: 2100 }, (_, i) => `gen${i}/** linguist-generated`).join('\n')
    const root = makeRepo({ '.gitattributes': rules, 'gen5/a.js': 'x', 'gen2050/b.js': 'x' })
    const s = await snap(root)
    expect(s.excluded.map((e) => e.path)).toEqual(['gen5/a.js'])
    expect(s.problems).toEqual([
      { path: '.gitattributes', message: 'more than 2000 linguist-vendored/linguist-generated rules in all; the rest were not applied' },
    ])
  })

  test('excluded files cannot be read by checks', async () => {
    const root = makeRepo({ 'vendor/README.md': 'x', 'README.md': 'y' })
    const s = await snap(root, ['vendor/**'])
    expect((await s.readText('vendor/README.md')).ok).toBe(false)
    expect(s.find(['vendor/README.md'])).toBeUndefined()
  })
})

describe('reads', () => {
  test('text is decoded from UTF-8, UTF-16 with a BOM, and Latin-1', async () => {
    const root = makeRepo({
      'utf8.md': 'Grüße',
      'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße', 'utf16le')]),
      'latin1.md': Buffer.from('Grüße', 'latin1'),
    })
    const s = await snap(root)
    for (const [path, encoding] of [
      ['utf8.md', 'utf-8'],
      ['utf16.md', 'utf-16le'],
      ['latin1.md', 'latin1'],
    ]) {
      const r = await s.readText(path!)
      expect(r).toMatchObject({ ok: true, text: 'Grüße', encoding })
    }
  })

  test('a binary file is detected and not returned as text', async () => {
    const root = makeRepo({ 'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) })
    const r = await (await snap(root)).readText('logo.png')
    expect(r).toMatchObject({ ok: false, reason: 'binary' })
  })

  test('a file over the read limit is a finding, not a read', async () => {
    const root = makeRepo({ 'big.txt': 'x'.repeat(5000) })
    const r = await (await snap(root, [], 4096)).readText('big.txt')
    expect(r).toMatchObject({ ok: false, reason: 'too-large' })
    expect(!r.ok && r.message).toBe('big.txt is 4.9 KiB, over the read limit of 4.0 KiB (limits.max-file-bytes); it was not read')
  })

  test('a 2 GB sparse file is sized, never read', async () => {
    const root = makeRepo({ 'README.md': 'x' }, { git: false })
    const fd = openSync(join(root, 'huge.bin'), 'w')
    ftruncateSync(fd, 2 * 1024 ** 3)
    closeSync(fd)
    const s = await snap(root)
    expect(s.get('huge.bin')?.size).toBe(2 * 1024 ** 3)
    const r = await s.readText('huge.bin')
    expect(r).toMatchObject({ ok: false, reason: 'too-large' })
  })
})

describe('symlinks', () => {
  test('links are recorded; a link inside the repository is read through, links out of it never', async () => {
    const root = makeRepo({ 'docs/SECURITY.md': 'policy' }, { git: false })
    symlinkSync('docs/SECURITY.md', join(root, 'SECURITY.md'))
    symlinkSync('/etc/passwd', join(root, 'passwd'))
    symlinkSync('../../etc/hostname', join(root, 'docs/up'))
    const s = await snap(root)
    expect(s.symlinks).toEqual([
      { path: 'SECURITY.md', target: 'docs/SECURITY.md', resolved: 'docs/SECURITY.md', outside: false },
      { path: 'docs/up', target: '../../etc/hostname', outside: true },
      { path: 'passwd', target: '/etc/passwd', outside: true },
    ])
    expect(await s.readText('SECURITY.md')).toMatchObject({ ok: true, text: 'policy' })
    const passwd = await s.readText('passwd')
    expect(passwd).toMatchObject({ ok: false, reason: 'outside' })
    expect(JSON.stringify(passwd)).not.toContain('root:')
    expect(await s.readText('docs/up')).toMatchObject({ ok: false, reason: 'outside' })
  })

  test('a symlink loop ends with a clear result, not a hang', async () => {
    const root = makeRepo({ 'README.md': 'x' }, { git: false })
    symlinkSync('b', join(root, 'a'))
    symlinkSync('a', join(root, 'b'))
    symlinkSync('.', join(root, 'self'))
    mkdirSync(join(root, 'dir'))
    symlinkSync('..', join(root, 'dir', 'parent'))
    const s = await snap(root)
    expect(paths(s)).toEqual(['README.md', 'a', 'b', 'dir/parent', 'self'])
    const r = await s.readText('a')
    expect(r).toMatchObject({ ok: false, reason: 'unreadable' })
    expect(!r.ok && r.message).toContain('symlink loop')
    expect(await s.readText('self')).toMatchObject({ ok: false, reason: 'outside' })
  })

  test('tracked symlinks in git are listed as links and never read out of the repository', async () => {
    const root = makeRepo({ 'docs/a.md': 'a' })
    symlinkSync('/etc', join(root, 'etc-link'))
    git(root, ['add', 'etc-link'])
    git(root, ['commit', '-qm', 'link'])
    const s = await snap(root)
    expect(s.get('etc-link')?.kind).toBe('symlink')
    expect(await s.readText('etc-link')).toMatchObject({ ok: false, reason: 'outside' })
  })

  test('a tracked folder swapped for a link out of the repository: its files are not listed, and not read by an earlier snapshot', async () => {
    const outside = tempDir()
    writeFileSync(join(outside, 'a.md'), 'SECRET OUTSIDE')
    writeFileSync(join(outside, '.gitattributes'), '*.md linguist-generated\n')
    const root = makeRepo({ 'docs/a.md': 'inside', 'docs/.gitattributes': '# none\n', 'README.md': 'x' })
    const before = await snap(root)
    renameSync(join(root, 'docs'), join(tempDir(), 'docs-old'))
    symlinkSync(outside, join(root, 'docs'))
    const read = await before.readText('docs/a.md')
    expect(read).toMatchObject({ ok: false, reason: 'outside' })
    expect(JSON.stringify(read)).not.toContain('SECRET')
    const after = await snap(root)
    expect(paths(after)).toEqual(['README.md'])
    expect(after.excluded).toEqual([])
    expect(after.problems).toEqual([
      { path: 'docs/.gitattributes', message: 'its folder is a link out of the repository; not checked' },
      { path: 'docs/a.md', message: 'its folder is a link out of the repository; not checked' },
    ])
  })
})

describe('folder confinement', () => {
  test('a folder swapped for a link out of the repository after the listing is not read by a bulk read either', async () => {
    const outside = tempDir()
    writeFileSync(join(outside, 'a.md'), 'SECRET OUTSIDE')
    const root = makeRepo({ 'docs/a.md': 'inside', 'src/b.md': 'kept', 'README.md': 'x' })
    const before = await snap(root)
    renameSync(join(root, 'docs'), join(tempDir(), 'docs-old'))
    symlinkSync(outside, join(root, 'docs'))
    const seen: Record<string, string | undefined> = {}
    const list = ['docs/a.md', 'src/b.md']
    await before.readEachText(list, (i, read) => (seen[list[i]!] = read?.ok ? read.text : undefined))
    expect(seen).toEqual({ 'docs/a.md': undefined, 'src/b.md': 'kept' })
  })

  test('a tracked folder swapped for a link inside the repository is followed, one deeper swapped for a link out is not', async () => {
    const outside = tempDir()
    writeFileSync(join(outside, 'c.md'), 'SECRET OUTSIDE')
    const root = makeRepo({ 'docs/sub/a.md': 'old', 'lib/deep/c.md': 'old', 'README.md': 'x' })
    // docs/ now leads to other/, which has sub/a.md; lib/deep/ leads out of the repository
    mkdirSync(join(root, 'other', 'sub'), { recursive: true })
    writeFileSync(join(root, 'other', 'sub', 'a.md'), 'through the link')
    rmSync(join(root, 'docs'), { recursive: true })
    symlinkSync('other', join(root, 'docs'))
    rmSync(join(root, 'lib', 'deep'), { recursive: true })
    symlinkSync(outside, join(root, 'lib', 'deep'))
    const s = await snap(root)
    expect(paths(s)).toEqual(['README.md', 'docs/sub/a.md'])
    expect(s.problems).toEqual([{ path: 'lib/deep/c.md', message: 'its folder is a link out of the repository; not checked' }])
    expect(await s.readText('docs/sub/a.md')).toMatchObject({ ok: true, text: 'through the link' })
    const seen: (string | undefined)[] = []
    await s.readEachText(['docs/sub/a.md'], (i, read) => (seen[i] = read?.ok ? read.text : undefined))
    expect(seen).toEqual(['through the link'])
  })
})

describe('bad names and paths', () => {
  test('a file name that is not valid UTF-8 is a problem with an escaped name (git and walk)', async () => {
    const root = makeRepo({ 'README.md': 'x' }, { git: false })
    const bad = Buffer.concat([Buffer.from(root + '/'), Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x74, 0x78, 0x74])])
    writeFileSync(bad, 'x')
    const walked = await snap(root)
    expect(paths(walked)).toEqual(['README.md'])
    expect(walked.problems).toEqual([{ path: 'f\\xff\\xfe.txt', message: 'file name is not valid UTF-8; it was not checked' }])
    git(root, ['init', '-q'])
    git(root, ['add', '-A'])
    const tracked = await snap(root)
    expect(tracked.source).toBe('git')
    expect(paths(tracked)).toEqual(['README.md'])
    expect(tracked.problems).toEqual([{ path: 'f\\xff\\xfe.txt', message: 'file name is not valid UTF-8; the file was not checked' }])
  })

  test('a path that does not exist is a usage error', async () => {
    await expect(snap('/nonexistent/ois-ready/repo')).rejects.toThrow(
      '/nonexistent/ois-ready/repo does not exist or cannot be read (ENOENT)',
    )
  })

  test('a file is not a repository', async () => {
    const root = makeRepo({ 'a.txt': 'x' }, { git: false })
    await expect(snap(join(root, 'a.txt'))).rejects.toThrow('is not a folder')
  })

  test('an empty repository without commits has its staged files and nothing else', async () => {
    const root = tempDir()
    git(root, ['init', '-q'])
    writeFiles(root, { 'README.md': 'x', 'notes.txt': 'y' })
    git(root, ['add', 'README.md'])
    const s = await snap(root)
    expect(s.source).toBe('git')
    expect(paths(s)).toEqual(['README.md'])
  })
})

describe('globs', () => {
  // this repository's own tree: real names in many folders (fixtures of real projects among them)
  const repository = join(import.meta.dirname, '..', '..')
  const patterns: [string | string[], boolean][] = [
    ['**/*.md', false],
    ['README*', false],
    ['{,docs/,.github/}SECURITY.md', false],
    ['**/.well-known/security.txt', false],
    ['*.{json,yml}', false],
    ['**/[A-Z]*.md', false],
    ['@(src|checks)/**/index.ts', false],
    ['src/**/*(a|b|c).ts', false],
    ['fixtures/**', false],
    ['docs/{a/b,architecture}.md', false],
    ['!**/*.ts', false],
    ['src/core/\\*.ts', false],
    [['**/LICENSE*', '**/COPYING*', 'LICENSES/*.txt'], false],
    [['**/*.ts', 'docs/**'], false],
    ['**/readme.MD', true],
    ['**/*.YML', true],
  ]
  test.each(patterns)('%j (nocase %s) finds what a test of every path finds, in path order', async (pattern, nocase) => {
    const snapshot = await takeSnapshot({ root: repository, maxFileBytes: LIMIT, exclude: [] })
    const isMatch = picomatch(pattern, { dot: true, nocase })
    const expected = snapshot.files.filter((e) => isMatch(e.path)).map((e) => e.path)
    expect(snapshot.glob(pattern, { nocase }).map((e) => e.path)).toEqual(expected)
    // asked again, the kept answer; changing the returned list does not change it
    const first = snapshot.glob(pattern, { nocase })
    first.length = 0
    expect(snapshot.glob(pattern, { nocase }).map((e) => e.path)).toEqual(expected)
  })

  test.each([
    ['**/*.md', '*.md'],
    ['README*', 'README*'],
    ['{,docs/,.github/}SECURITY.md', undefined],
    ['{docs,.github}/SECURITY.md', 'SECURITY.md'],
    ['docs/{a/b,c}.md', undefined],
    ['docs/**', undefined],
    ['a/**b', undefined],
    ['!x.md', undefined],
    ['src/\\*.ts', undefined],
    ['docs/', undefined],
    ['@(a|b/c)', undefined],
    ['x/[/]y', undefined],
  ])('the last segment of %s is %s', (glob, last) => {
    expect(lastSegment(glob)).toBe(last)
  })
})
