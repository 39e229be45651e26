import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeContent } from '../../src/core/document.js'
import { LinkInPathError, openAnchor, openBelow } from '../../src/core/folder-handle.js'
import { FileExistsError, STALE_AFTER_MS, writeNewFiles, writeOutputFiles, writeOutputs } from '../../src/core/output-folder.js'
import { UsageError } from '../../src/core/errors.js'
import { cleanup, tempDir } from '../helpers/repo.js'

afterAll(cleanup)

const OWNED = ['report.json', 'summary.md', 'attestation.intoto.jsonl', 'badge.svg']

/** The id of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', ''])
  return r.pid!
}

function read(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  )
}

describe('folders opened without following links (folder-handle)', () => {
  ;(process.platform === 'linux' ? test : test.skip)(
    'held open (Linux): a folder swapped for a link after it was opened still receives the write; the link target gets nothing',
    () => {
      const base = tempDir()
      const victim = tempDir()
      mkdirSync(join(base, 'out'))
      const anchor = openAnchor(base)
      const out = openBelow(anchor, ['out', 'reports'], true)!
      // another process swaps the opened folder for a link now
      renameSync(join(base, 'out'), join(base, 'moved'))
      symlinkSync(victim, join(base, 'out'))
      writeContent(out.entry('report.json'), '{}')
      out.recheck()
      out.close()
      anchor.close()
      expect(readdirSync(victim)).toEqual([])
      expect(read(join(base, 'moved', 'reports'))).toEqual({ 'report.json': '{}' })
    },
  )

  test('checked by path (macOS, Windows): the swap is seen before the next rename and refused', () => {
    const base = tempDir()
    const victim = tempDir()
    mkdirSync(join(base, 'out'))
    const anchor = openAnchor(base, { portable: true })
    const out = openBelow(anchor, ['out', 'reports'], true)!
    renameSync(join(base, 'out'), join(base, 'moved'))
    symlinkSync(victim, join(base, 'out'))
    expect(() => out.recheck()).toThrow(LinkInPathError)
    expect(readdirSync(victim)).toEqual([])
  })

  test.each([
    ['held open', false],
    ['checked by path', true],
  ])('%s: a link, a dangling link and a file on the way are refused; nothing is made behind them', (_, portable) => {
    const base = tempDir()
    const victim = tempDir()
    symlinkSync(victim, join(base, 'link'))
    symlinkSync(join(victim, 'gone'), join(base, 'dangling'))
    writeFileSync(join(base, 'file'), 'x')
    const anchor = openAnchor(base, { portable })
    expect(() => openBelow(anchor, ['link', 'x'], true)).toThrow(new LinkInPathError(join(base, 'link')))
    expect(() => openBelow(anchor, ['dangling'], true)).toThrow(new LinkInPathError(join(base, 'dangling')))
    expect(() => openBelow(anchor, ['file', 'x'], true)).toThrow(`${join(base, 'file')} is not a folder`)
    expect(openBelow(anchor, ['missing'], false)).toBeUndefined()
    anchor.close()
    expect(readdirSync(victim)).toEqual([])
    expect(existsSync(join(victim, 'gone'))).toBe(false)
  })
})

describe('writeOutputs: the set replaces the earlier one as a whole', () => {
  test('an unsigned run after a signed one leaves no earlier attestation or badge beside the new report', () => {
    const repo = tempDir()
    mkdirSync(join(repo, '.git'))
    const out = join(repo, 'ois-ready')
    writeOutputs(out, { 'report.json': 'old', 'attestation.intoto.jsonl': 'old', 'badge.svg': 'old' }, { repository: repo, owned: OWNED })
    const written = writeOutputs(out, { 'report.json': 'new', 'summary.md': 'new' }, { repository: repo, owned: OWNED })
    expect(written).toEqual({ 'report.json': join(out, 'report.json'), 'summary.md': join(out, 'summary.md') })
    expect(read(out)).toEqual({ 'report.json': 'new', 'summary.md': 'new' })
    // no temporary folder is left beside it
    expect(readdirSync(repo).sort()).toEqual(['.git', 'ois-ready'])
  })

  test('a folder with files ois-ready did not write: they stay, the earlier attestation goes, the folder is the same folder', () => {
    const repo = tempDir()
    mkdirSync(join(repo, '.git'))
    const out = join(repo, 'reports')
    mkdirSync(out)
    writeFileSync(join(out, 'coverage.xml'), 'theirs')
    writeFileSync(join(out, 'attestation.intoto.jsonl'), 'old')
    writeFileSync(join(out, 'badge.svg'), 'old')
    const inode = statSync(out).ino
    writeOutputs(out, { 'report.json': 'new' }, { repository: repo, owned: OWNED, vouching: ['attestation.intoto.jsonl'] })
    expect(read(out)).toEqual({ 'badge.svg': 'old', 'coverage.xml': 'theirs', 'report.json': 'new' })
    expect(statSync(out).ino).toBe(inode)
  })

  test('a folder named like an output file is a usage error, not a crash; nothing is left behind', () => {
    const out = tempDir()
    mkdirSync(join(out, 'report.json'))
    expect(() => writeOutputs(out, { 'report.json': 'new' })).toThrow(UsageError)
    expect(readdirSync(out)).toEqual(['report.json'])
  })
})

describe('temporary files of earlier runs', () => {
  test('those of a process that has ended, or older than a day, are removed; a live one and anything not ours stay', () => {
    const out = tempDir()
    const dead = deadPid()
    const live = process.ppid
    const stale = [
      `.sbom.cdx.json.${dead}.tmp`,
      `.sbom.cdx.json.ois-ready-${dead}-0a1b2c3d.tmp`,
      `.sbom.cdx.json.ois-ready-${live}-0a1b2c3e.tmp`, // made old below
    ]
    const kept = [`.sbom.cdx.json.ois-ready-${live}-0a1b2c3f.tmp`, `.other.json.${dead}.tmp`, `.sbom.cdx.json.${dead}.tmp.bak`, 'notes.txt']
    for (const name of [...stale, ...kept]) writeFileSync(join(out, name), 'x')
    const dayAgo = (Date.now() - STALE_AFTER_MS - 60_000) / 1000
    utimesSync(join(out, stale[2]!), dayAgo, dayAgo)
    writeOutputFiles(out, { 'sbom.cdx.json': '{}' })
    expect(readdirSync(out).sort()).toEqual([...kept, 'sbom.cdx.json'].sort())
  })

  test('the folders of an earlier swap of the same output folder that was killed are removed; others stay', () => {
    const parent = tempDir()
    const dead = deadPid()
    const live = process.ppid
    const ours = [`.out.ois-ready-${dead}-0a1b2c3d-new.tmp`, `.out.ois-ready-${dead}-0a1b2c3d-old.tmp`]
    const others = [`.out.ois-ready-${live}-0a1b2c3e-new.tmp`, `.other.ois-ready-${dead}-0a1b2c3d-new.tmp`]
    for (const name of [...ours, ...others]) {
      mkdirSync(join(parent, name))
      writeFileSync(join(parent, name, 'report.json'), 'x')
    }
    writeOutputs(join(parent, 'out'), { 'report.json': 'new' })
    expect(readdirSync(parent).sort()).toEqual([...others, 'out'].sort())
  })
})

describe('where the no-link rule starts', () => {
  test('inside the repository: a link anywhere from its top-level folder down is refused, even when a subfolder is checked', () => {
    const repo = tempDir()
    const victim = tempDir()
    mkdirSync(join(repo, '.git'))
    mkdirSync(join(repo, 'docs'))
    symlinkSync(victim, join(repo, 'ois-ready'))
    expect(() => writeOutputs(join(repo, 'ois-ready', 'x'), { 'report.json': '{}' }, { repository: join(repo, 'docs') })).toThrow(
      `the output folder ${join(repo, 'ois-ready', 'x')} goes through the symlink ${join(repo, 'ois-ready')}; ois-ready does not write through links`,
    )
    expect(readdirSync(victim)).toEqual([])
  })

  test('outside the repository and the working directory: links above the folder are the user’s own path; the folder itself may not be one', () => {
    const real = tempDir()
    const mine = join(tempDir(), 'mine')
    symlinkSync(real, mine)
    writeOutputFiles(join(mine, 'out'), { 'badge.svg': '<svg/>' })
    expect(read(join(real, 'out'))).toEqual({ 'badge.svg': '<svg/>' })
    expect(() => writeOutputFiles(mine, { 'badge.svg': '<svg/>' })).toThrow(`goes through the symlink ${mine}`)
    expect(readdirSync(real)).toEqual(['out'])
  })
})

describe('writeNewFiles (keys)', () => {
  test('writes with the mode asked; refuses a name that exists, a dangling link too, and writes nothing then', () => {
    const dir = tempDir()
    const victim = tempDir()
    writeNewFiles(dir, { 'k.pub': { content: 'pub', mode: 0o644 }, 'k.key': { content: 'secret', mode: 0o600 } })
    expect(statSync(join(dir, 'k.key')).mode & 0o777).toBe(0o600)
    expect(read(dir)).toEqual({ 'k.key': 'secret', 'k.pub': 'pub' })
    expect(() => writeNewFiles(dir, { 'k.key': { content: 'other', mode: 0o600 } })).toThrow(FileExistsError)
    expect(readFileSync(join(dir, 'k.key'), 'utf8')).toBe('secret')
    symlinkSync(join(victim, 'stolen.key'), join(dir, 'l.key'))
    expect(() => writeNewFiles(dir, { 'l.pub': { content: 'pub', mode: 0o644 }, 'l.key': { content: 'secret', mode: 0o600 } })).toThrow(
      `${join(dir, 'l.key')} exists (a symlink); ois-ready does not overwrite it`,
    )
    expect(readdirSync(victim)).toEqual([])
    expect(readdirSync(dir).sort()).toEqual(['k.key', 'k.pub', 'l.key'])
  })
})
