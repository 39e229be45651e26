/** The verdict on one changelog file: one finding that sums up what is right and what is wrong. */
import type { Finding } from '../../../src/core/types.js'
import type { VersionTag } from '../../../src/docs/release-tags.js'
import { compareVersions, sameVersion, versionKey, type Version } from '../../../src/docs/versions.js'
import type { ChangelogOutline, Release } from './releases.js'

/** What can be known of the release tags the changelog is compared with. */
export type TagView =
  | {
      kind: 'latest'
      tag: VersionTag
      /** The release tags of the same name (prefix), to compare the dates of the releases with. */
      tags: readonly VersionTag[]
      /** When the latest release was tagged on another branch: the latest release in the history of HEAD. */
      inHistory?: VersionTag
    }
  /** Tags are there but none is a release of what this file describes. */
  | { kind: 'none'; why: string }
  /** A shallow clone without tags: the comparison cannot be made. */
  | { kind: 'unseen' }

export const FETCH_TAGS = 'Check out with the tags: in GitHub Actions, actions/checkout with `fetch-depth: 0` (or `fetch-tags: true`).'
const HEADING_FORM = '"## [1.2.3] - 2024-05-01" (Keep a Changelog) or "## 1.2.3 (2024-05-01)"'

export function judgeChangelog(path: string, outline: ChangelogOutline, tags: TagView): Finding {
  if (outline.gnu) return judgeGnu(path, outline.gnu, tags)
  if (outline.releases.length === 0) return judgeWithoutReleases(path, outline, tags)

  const { releases } = outline
  const versioned = releases.filter((r): r is Release & { version: Version } => r.version !== undefined)
  const newest = versioned.reduce((a, b) => (compareVersions(b.version, a.version) > 0 ? b : a))
  const latest = tags.kind === 'latest' ? tags.tag : undefined
  const describes = (tag: VersionTag) => versioned.some((r) => sameVersion(r.version, tag.version))
  const described = latest !== undefined && describes(latest)
  const behind = latest !== undefined && !described && compareVersions(newest.version, latest.version) < 0
  // a release made on another branch (a stable branch's patch) need not be in this branch's changelog; one in its history must
  let stale: VersionTag | undefined
  if (behind && latest.merged !== false) stale = latest
  else if (behind && tags.kind === 'latest' && tags.inHistory) {
    const own = tags.inHistory
    if (!describes(own) && compareVersions(newest.version, own.version) < 0) stale = own
  }

  const warnings: string[] = []
  const fixes: string[] = []
  if (latest && !described && !behind) {
    warnings.push(
      `the latest release tag ${latest.name} is not in it (its newest section, ${newest.version.text} at line ${newest.line}, is not tagged yet)`,
    )
    fixes.push(`Describe each tagged release (${latest.name}) in the file.`)
  } else if (behind && !stale) {
    warnings.push(`the latest release tag ${tagName(latest)} was made on another branch and is not in it`)
    fixes.push(`Bring the notes of releases made on other branches (${latest.name}) into this changelog too.`)
  }
  const undated = releases.filter((r) => !r.date)
  if (undated.length > 0) {
    warnings.push(
      undated.length === releases.length
        ? `no release has a date`
        : `${undated.length} of ${releases.length} releases have no date (${lineList(undated.map((r) => r.line))})`,
    )
    fixes.push(`Give each release its date as YYYY-MM-DD: ${HEADING_FORM}, or "Released on 2024-05-01." under the heading.`)
  }
  const impossible = releases.filter((r) => r.date && !r.date.valid)
  const unclear = releases.filter((r) => r.date?.valid && r.date.iso === undefined)
  if (impossible.length > 0) {
    warnings.push(
      `${count(impossible.length, 'date')} ${impossible.length === 1 ? 'is' : 'are'} no day of the calendar (${quoteDates(impossible)})`,
    )
    fixes.push('Correct the impossible dates.')
  }
  if (unclear.length > 0) {
    warnings.push(`${count(unclear.length, 'date')} ${unclear.length === 1 ? 'does' : 'do'} not say which day (${quoteDates(unclear)})`)
    fixes.push('Write dates as YYYY-MM-DD.')
  }
  const misdated = tags.kind === 'latest' ? laterThanTags(versioned, tags.tags) : []
  if (misdated.length > 0) {
    const shown = misdated
      .slice(0, 3)
      .map(
        ({ release, tag }) =>
          `line ${release.date!.line}: ${release.version.text} dated ${release.date!.iso}, tagged ${tag.date!.slice(0, 10)}`,
      )
    warnings.push(
      `${count(misdated.length, 'release')} ${misdated.length === 1 ? 'is' : 'are'} dated more than a month after ${misdated.length === 1 ? 'its tag' : 'their tags'} (${shown.join('; ')}${misdated.length > 3 ? '; …' : ''})`,
    )
    fixes.push('Correct the dates: a release is dated the day it is tagged.')
  }
  const disorder = outOfOrder(versioned)
  if (disorder) {
    warnings.push(
      `releases are not listed newest first: ${disorder[0].version.text} (line ${disorder[0].line}) comes before ${disorder[1].version.text} (line ${disorder[1].line})`,
    )
    fixes.push('List releases newest first.')
  }
  if (outline.stray.length > 0) {
    const shown = outline.stray.slice(0, 3).map((h) => `line ${h.line} "${h.text.slice(0, 40)}"`)
    warnings.push(
      `${count(outline.stray.length, 'heading')} at the level of the releases ${outline.stray.length === 1 ? 'names' : 'name'} no version (${shown.join(', ')}${outline.stray.length > 3 ? ', …' : ''})`,
    )
    fixes.push('Nest the sections of a release one level below its heading.')
  }

  const summary = `${path}: ${outline.truncated ? 'at least ' : ''}${count(releases.length, 'release')}${outline.form ? ` (${outline.form})` : ''}, newest ${releaseName(newest)}`
  const also = warnings.length > 0 ? `; ${warnings.join('; ')}` : ''
  if (stale) {
    const ofBranch = stale !== latest
    return {
      status: 'fail',
      message: `${path} is behind the release tags${ofBranch ? ' of its branch' : ''}: its newest release is ${releaseName(newest)}, the latest release tag${ofBranch ? ' in its history' : ''} is ${tagName(stale)}${also}`,
      location: { path, startLine: newest.line },
      remediation: [
        `Add the section for ${stale.version.text}: ${HEADING_FORM}, or tag the release the changelog describes.`,
        ...fixes,
      ].join(' '),
    }
  }
  let comparison: string
  if (tags.kind === 'latest') comparison = described ? `, which includes the latest release tag ${latest!.name}` : ''
  else if (tags.kind === 'none') comparison = ` (${tags.why})`
  else {
    return {
      status: 'unknown',
      message: `${summary}; this shallow clone has no tags, so whether it describes the latest release cannot be seen${also}`,
      location: { path },
      remediation: FETCH_TAGS,
    }
  }
  const finding: Finding = { status: 'pass', message: `${summary}${comparison}${also}`, location: { path } }
  if (warnings.length > 0) {
    finding.severity = 'warning'
    finding.remediation = fixes.join(' ')
  }
  return finding
}

function judgeWithoutReleases(path: string, outline: ChangelogOutline, tags: TagView): Finding {
  const section = outline.unreleased[0]
  // the changes since the last release, kept per change (rails' component changelogs, curl's RELEASE-NOTES)
  const onlyUnreleased = outline.listItems > 0 && (section !== undefined || (outline.headings <= 1 && outline.listItems >= 2))
  if (onlyUnreleased) {
    const under = section ? `, under "${section.title}" (line ${section.line})` : ''
    const holds = `${path} holds only changes not released yet (${count(outline.listItems, 'entry', 'entries')}${under})`
    const location = section ? { path, startLine: section.line } : { path }
    if (tags.kind === 'none') return { status: 'pass', message: `${holds} (${tags.why})`, location }
    if (tags.kind === 'unseen') {
      return {
        status: 'unknown',
        message: `${holds}; this shallow clone has no tags, so whether a release is missing cannot be seen`,
        location,
        remediation: FETCH_TAGS,
      }
    }
    return {
      status: 'pass',
      severity: 'warning',
      message: `${holds}; the notes of released versions, such as the latest release tag ${tags.tag.name}${tags.tag.merged === false ? ' (made on another branch)' : ''}, are not in it (they may be at the tag, on a release branch or on a web page, which this check does not read)`,
      location,
      remediation: `Keep the notes of each release in the file: on release, turn the unreleased changes into a section for the version, ${HEADING_FORM}.`,
    }
  }
  if (outline.words === 0) {
    return {
      status: 'fail',
      message: `${path} is empty`,
      location: { path },
      remediation: `Describe each release in it, newest first: ${HEADING_FORM}.`,
    }
  }
  return {
    status: 'fail',
    message: `${path} describes no release: no section names a version (it reads: "${outline.opening}")`,
    location: { path },
    remediation: `Describe each release in the file, newest first, one section per version: ${HEADING_FORM}. A link to release pages elsewhere is not a changelog in the repository.`,
  }
}

function judgeGnu(path: string, gnu: NonNullable<ChangelogOutline['gnu']>, tags: TagView): Finding {
  const latest = tags.kind === 'latest' ? tags.tag : undefined
  const tagDay = latest?.date?.slice(0, 10)
  const what = `${path} is a GNU-style ChangeLog of commits (${count(gnu.entries, 'dated entry', 'dated entries')}, the newest of ${gnu.newest} at line ${gnu.line}), not notes by release`
  const remediation = `Keep release notes by version (NEWS.md or CHANGELOG.md, one section per release: ${HEADING_FORM}), and update them with each release.`
  if (latest && tagDay && tagDay > gnu.newest) {
    return {
      status: 'fail',
      message: `${what}, and it stops before the latest release tag ${tagName(latest)}`,
      location: { path, startLine: gnu.line },
      remediation,
    }
  }
  if (tags.kind === 'unseen') {
    return {
      status: 'unknown',
      message: `${what}; this shallow clone has no tags to compare it with`,
      location: { path },
      remediation: FETCH_TAGS,
    }
  }
  return { status: 'pass', severity: 'warning', message: what, location: { path }, remediation }
}

const MONTH_MS = 31 * 86_400_000

/** Releases dated more than a month after the tag of their version: a typo in the year or month (X-Road's 7.6.0). */
function laterThanTags(
  releases: readonly (Release & { version: Version })[],
  tags: readonly VersionTag[],
): { release: Release & { version: Version }; tag: VersionTag }[] {
  // the last tag of each version: `2.0` and `v2.0.0` both name requests' 2.0.0, months apart
  const lastTag = new Map<string, VersionTag>()
  for (const tag of tags) {
    if (!tag.date) continue
    const key = versionKey(tag.version)
    const seen = lastTag.get(key)
    if (!seen || seen.date! < tag.date) lastTag.set(key, tag)
  }
  const found: { release: Release & { version: Version }; tag: VersionTag }[] = []
  for (const release of releases) {
    const iso = release.date?.iso
    if (!iso) continue
    const tag = lastTag.get(versionKey(release.version))
    if (tag && new Date(`${iso}T00:00:00Z`).getTime() - new Date(tag.date!).getTime() > MONTH_MS) found.push({ release, tag })
  }
  return found
}

/** A pair of releases out of order by version that their dates do not explain (maintenance releases listed by date are in order). */
function outOfOrder(
  releases: readonly (Release & { version: Version })[],
): [Release & { version: Version }, Release & { version: Version }] | undefined {
  for (let i = 1; i < releases.length; i++) {
    const before = releases[i - 1]!
    const after = releases[i]!
    if (compareVersions(before.version, after.version) >= 0) continue
    const d1 = before.date?.iso
    const d2 = after.date?.iso
    if (d1 && d2 && d1 >= d2) continue
    return [before, after]
  }
  return undefined
}

function releaseName(r: Release): string {
  const date = r.date?.iso ?? r.date?.text
  return `${r.version?.text ?? r.title} (${date ? `${date}, ` : ''}line ${r.line})`
}

function tagName(tag: VersionTag): string {
  return tag.date ? `${tag.name} (${tag.date.slice(0, 10)})` : tag.name
}

function quoteDates(releases: readonly Release[]): string {
  const shown = releases.slice(0, 3).map((r) => `line ${r.date!.line}: "${r.date!.text}"`)
  return `${shown.join(', ')}${releases.length > 3 ? ', …' : ''}`
}

function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 3).map((l) => `line ${l}`)
  return `${shown.join(', ')}${lines.length > 3 ? ', …' : ''}`
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`
}
