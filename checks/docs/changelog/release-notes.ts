/**
 * Release notes kept on GitHub Releases rather than in a file, judged like a changelog: each
 * release tag of the twelve months to the latest one has a published release with notes. Read
 * only when the repository has no changelog a reader can use and something suggests Releases
 * (a file that points there, release tags); without network access the verdict is unknown.
 */
import type { ForgeRelease, ForgeReleases, Finding } from '../../../src/core/types.js'
import { byRecency, RECENT_DAYS, splitRecent, type VersionTag } from '../../../src/docs/release-tags.js'
import { FETCH_TAGS, type TagView } from './judge.js'

/** What the repository itself holds, which sent the check to GitHub Releases. */
export type Preface =
  /** No changelog file at all. */
  | { kind: 'none' }
  /** A changelog file that points to the Releases page for its notes. */
  | { kind: 'pointer'; path: string }
  /** A changelog file a reader cannot use (behind the tags, no release in it, empty), which does not point anywhere. */
  | { kind: 'file'; finding: Finding }

/** Whether a changelog's text points to the repository's Releases page (`https://github.com/o/r/releases`, `/releases/tag/v1.2.3`). */
export function pointsToReleases(text: string, page: string): boolean {
  const lower = text.toLowerCase()
  const wanted = page.toLowerCase()
  for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
    if (!/[a-z0-9_-]/.test(lower.charAt(at + wanted.length))) return true
  }
  return false
}

const NOTES_FIX =
  'Publish a release with notes for each release tag on GitHub Releases (`gh release create v1.2.3 --generate-notes` lists the merged pull requests), or keep a changelog in the repository: CHANGELOG.md, one section per release, newest first, "## [1.2.3] - 2024-05-01" (https://keepachangelog.com/en/1.1.0/).'

export async function judgeReleaseNotes(releases: ForgeReleases, page: string, view: TagView, preface: Preface): Promise<Finding> {
  const location = preface.kind === 'pointer' ? { path: preface.path } : preface.kind === 'file' ? preface.finding.location : undefined
  const where = (f: Finding): Finding => (location ? { ...f, location } : f)
  const lead =
    preface.kind === 'none'
      ? 'no changelog in the repository'
      : preface.kind === 'pointer'
        ? `${preface.path} points to GitHub Releases (${page}) for the release notes`
        : preface.finding.message

  const expected = view.kind === 'latest' ? recentTags(view) : undefined
  const lookup = await releases.list(expected?.since)
  if ('unknown' in lookup) {
    const on =
      preface.kind === 'pointer' ? ', which were not read' : `; the release notes may be on GitHub Releases (${page}), which were not read`
    return where({
      status: 'unknown',
      message: `${lead}${on} (${lookup.unknown})`,
      remediation: lookup.remediation,
    })
  }
  const onReleases = `on GitHub Releases (read from ${lookup.source})`
  const published = lookup.releases
  const byTag = new Map<string, ForgeRelease>()
  for (const r of published) if (!byTag.has(r.tag)) byTag.set(r.tag, r)

  // what must have notes: the release tags of the twelve months to the latest, or without tags the releases themselves
  let wanted: { name: string; date?: string }[]
  let span: string
  if (expected) {
    // the oldest releases may not have been read (more than MAX_PAGES pages): tags older than the oldest read are not judged
    const floor = lookup.complete ? undefined : published.at(-1)?.published
    wanted = expected.tags.filter((t) => !floor || !t.date || t.date >= floor)
    span = `${count(wanted.length, 'release tag')} in the 12 months to ${tagName(expected.latest)}${floor ? ` (of those published since ${floor.slice(0, 10)}: more releases than were read)` : ''}`
  } else {
    const finals = published.filter((r) => !r.prerelease)
    const newest = finals[0]
    if (!newest) {
      return where({
        status: 'fail',
        message: `${lead}; ${onReleases}, there is no published release`,
        remediation: NOTES_FIX,
      })
    }
    const since = new Date(new Date(newest.published).getTime() - RECENT_DAYS * 86_400_000).toISOString()
    wanted = finals.filter((r) => r.published >= since).map((r) => ({ name: r.tag, date: r.published }))
    span = `${count(wanted.length, 'release')} in the 12 months to ${newest.tag} (${newest.published.slice(0, 10)})`
  }

  const lacking = wanted.flatMap((t) => {
    const release = byTag.get(t.name)
    const why = !release ? 'no release' : notesOf(release.notes)
    return why ? [{ name: t.name, why }] : []
  })
  const latestName = expected ? expected.latest.name : wanted[0]?.name
  const latestLacks = lacking.find((l) => l.name === latestName)
  const listed = (list: typeof lacking) =>
    `${list
      .slice(0, 3)
      .map((l) => `${l.name}: ${l.why}`)
      .join('; ')}${list.length > 3 ? `; and ${list.length - 3} more` : ''}`

  if (latestLacks) {
    const others = lacking.filter((l) => l !== latestLacks)
    return where({
      status: 'fail',
      message: `${lead}; ${onReleases}, the latest release ${expected ? `tag ${tagName(expected.latest)}` : latestLacks.name} has ${latestLacks.why === 'no release' ? 'no release' : `a release with ${latestLacks.why}`}${others.length > 0 ? `, and ${others.length} other of the ${span} ${others.length === 1 ? 'lacks' : 'lack'} notes (${listed(others)})` : ''}`,
      remediation: NOTES_FIX,
    })
  }

  const newest = latestName ? byTag.get(latestName) : undefined
  const has = expected ? 'a release with notes' : 'notes'
  const summary = `${lacking.length === 0 ? `each of the ${span} has ${has}` : `${wanted.length - lacking.length} of the ${span} have ${has}`}${newest ? `; newest ${newest.tag}, published ${newest.published.slice(0, 10)}` : ''}`
  const warnings: string[] = []
  const fixes: string[] = []
  if (lacking.length > 0) {
    warnings.push(`${count(lacking.length, 'release tag')} ${lacking.length === 1 ? 'lacks' : 'lack'} notes (${listed(lacking)})`)
    fixes.push('Publish notes for each release tag on GitHub Releases.')
  }
  if (preface.kind === 'file') {
    warnings.push(`${preface.finding.location?.path ?? 'the changelog'} does not say that the notes are on GitHub Releases`)
    fixes.push(
      `Say at the top of ${preface.finding.location?.path ?? 'the changelog'} that the release notes are on GitHub Releases (${page}), or keep it up to date.`,
    )
  }
  const on =
    preface.kind === 'pointer'
      ? `; read from ${lookup.source}: `
      : `; the release notes are on GitHub Releases, read from ${lookup.source}: `
  const message = `${lead}${on}${summary}${warnings.length > 0 ? `; ${warnings.join('; ')}` : ''}`

  if (view.kind === 'unseen') {
    return where({
      status: 'unknown',
      message: `${message}; this shallow clone has no tags, so whether each release tag has its release cannot be seen`,
      remediation: FETCH_TAGS,
    })
  }
  const finding: Finding = where({ status: 'pass', message })
  if (warnings.length > 0) {
    finding.severity = 'warning'
    finding.remediation = fixes.join(' ')
  }
  return finding
}

/** The final release tags, of the latest's name, in the twelve months to the newest of them. */
function recentTags(view: Extract<TagView, { kind: 'latest' }>): { tags: VersionTag[]; latest: VersionTag; since?: string } {
  const finals = view.tags.filter((t) => !t.prerelease)
  const { recent, since } = splitRecent(finals)
  const tags = [...recent].sort(byRecency)
  return since ? { tags, latest: view.tag, since } : { tags, latest: view.tag }
}

/** Why a release's notes are no notes: empty, or only the link to the commits that GitHub adds when it finds no pull request. */
export function notesOf(body: string): string | undefined {
  const text = body.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
  if (text.trim() === '') return 'no notes'
  const rest = text
    .split('\n')
    .filter((line) => !/^\s*(?:\*\*)?full changelog(?:\*\*)?\s*:?\s*(?:\*\*)?\s*\S*\s*$/i.test(line))
    .join('\n')
  return rest.trim() === '' ? 'only the link to the list of commits as notes' : undefined
}

function tagName(tag: VersionTag): string {
  return tag.date ? `${tag.name} (${tag.date.slice(0, 10)})` : tag.name
}

function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`
}
