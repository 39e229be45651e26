import type { Check, CheckContext, Finding } from '../../../src/core/types.js'
import type { Snapshot } from '../../../src/core/snapshot.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import { MAX_ANALYSED_CHARS } from '../../../src/docs/markdown.js'
import { latestRelease, prefixPackage, RECENT_DAYS, versionTags, type VersionTag } from '../../../src/docs/release-tags.js'
import { packageChangelogs, projectChangelogs } from './candidates.js'
import { markupOf } from './headings.js'
import { judgeChangelog, type TagView } from './judge.js'
import { judgeReleaseNotes, pointsToReleases } from './release-notes.js'
import { outlineChangelog, type ChangelogOutline } from './releases.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'changelog',
    family: 'docs',
    title: 'Changelog by release, describing the latest release tag',
    level: 2,
    version: '2.1.0',
    crosswalk: {
      osps: ['OSPS-BR-04.01'],
      bestPractices: ['release_notes', 'release_notes_vulns'],
      publicCode: ['document-codebase-maturity'],
      cra: ['Annex I Part II(4)'],
    },
    subjectFile: 'CHANGELOG.md',
    anchors: ['CHANGELOG.md'],
    needs: ['tag-history'],
  },
  docs,
  async run({ repo, git, releases }) {
    const tags = versionTags(git.tags)
    const noTags = tagsMissing(git)
    const view = noTags ?? viewOf(tags, projectLatest(tags), tags.length > 0 ? 'no final release tag yet' : 'no tag names a version')
    // GitHub Releases may hold the notes when the repository is on GitHub and it has release tags (or hides them in a shallow clone)
    const page = releases.page
    const releaseTags = tags.length > 0 || noTags?.kind === 'unseen'
    const project = projectChangelogs(repo)
    if (project.length > 0) {
      const judged: Judged[] = []
      for (const entry of project) judged.push(await judgeFile(repo, entry.path, () => view, page))
      // jq keeps a stale GNU ChangeLog beside a maintained NEWS.md: the reader goes by the better one
      const best = judged.sort((a, b) => b.rank - a.rank || b.releases - a.releases)[0]!
      if (best.finding.status === 'fail' && page) {
        // publiccode-parser-go's CHANGELOG.md says "See the releases page"; httparty's, that changes since 0.22 are there
        const pointer = judged.find((j) => j.pointer)
        if (pointer) return [await judgeReleaseNotes(releases, page, view, { kind: 'pointer', path: pointer.finding.location!.path })]
        if (releaseTags) return [await judgeReleaseNotes(releases, page, view, { kind: 'file', finding: best.finding })]
      }
      return [best.finding]
    }
    const packages = packageChangelogs(repo)
    if (packages.length > 0) {
      const judged: Judged[] = []
      for (const entry of packages)
        judged.push(await judgeFile(repo, entry.path, (outline) => noTags ?? packageView(tags, entry.path, outline)))
      // a package with no change since its last release has nothing to say yet (rails' guides/CHANGELOG.md points to the stable branch)
      const anyKept = judged.some((j) => j.rank >= 3)
      return judged.map(({ finding, outline }) =>
        anyKept && outline && outline.releases.length === 0 && outline.listItems === 0 && !outline.gnu
          ? {
              status: 'pass',
              severity: 'warning',
              message: `${finding.location!.path} has no entries${outline.words > 0 ? ` (it reads: "${outline.opening}")` : ''}, while other packages' changelogs have`,
              location: { path: finding.location!.path },
              remediation: 'Record the changes of this package in it as they are made, and the notes of each release.',
            }
          : finding,
      )
    }
    if (page && releaseTags) return [await judgeReleaseNotes(releases, page, view, { kind: 'none' })]
    return [
      {
        status: 'fail',
        message:
          'no changelog found: no CHANGELOG, CHANGES, NEWS, HISTORY or RELEASE-NOTES in the root, docs/, doc/ or .github/, nor in the folders of packages',
        remediation:
          'Add CHANGELOG.md with one section per release, newest first: "## [1.2.3] - 2024-05-01" (https://keepachangelog.com/en/1.1.0/).',
      },
    ]
  },
}

interface Judged {
  finding: Finding
  /** The file's outline, when it could be read. */
  outline?: ChangelogOutline
  /** pass 4, pass with a warning 3, unknown 2, fail 1. */
  rank: number
  releases: number
  /** The file points to the repository's GitHub Releases page. */
  pointer: boolean
}

async function judgeFile(
  repo: Snapshot,
  path: string,
  tagsFor: (outline: ChangelogOutline) => TagView,
  releasesPage?: string,
): Promise<Judged> {
  const read = await repo.readText(path)
  if (!read.ok) return { finding: unreadableFinding(read, 'the changelog'), rank: 1, releases: 0, pointer: false }
  const outline = outlineChangelog(read.text, markupOf(path))
  const finding = judgeChangelog(path, outline, tagsFor(outline))
  const rank = finding.status === 'pass' ? (finding.severity ? 3 : 4) : finding.status === 'unknown' ? 2 : 1
  const pointer = releasesPage !== undefined && pointsToReleases(read.text.slice(0, MAX_ANALYSED_CHARS), releasesPage)
  return { finding, outline, rank, releases: outline.releases.length, pointer }
}

/** Why there is no tag to compare with, when that is so before any tag is looked at. */
function tagsMissing(git: CheckContext['git']): TagView | undefined {
  if (!git.isRepository) return { kind: 'none', why: 'not a git repository: no tags to compare' }
  if (git.tags.length > 0) return undefined
  return git.shallow ? { kind: 'unseen' } : { kind: 'none', why: 'no release tags yet' }
}

function viewOf(tags: readonly VersionTag[], tag: VersionTag | undefined, why: string, latestOf = projectLatest): TagView {
  if (!tag) return { kind: 'none', why }
  const view: TagView = { kind: 'latest', tag, tags: tags.filter((t) => t.prefix === tag.prefix) }
  if (tag.merged === false) {
    const inHistory = latestOf(tags.filter((t) => t.merged))
    if (inHistory) view.inHistory = inHistory
  }
  return view
}

/**
 * The project's latest release: that of the tags without a package prefix when they are current
 * (zizmor tags its crates `yamlpath/v0.34.0` beside its own `v1.29.0`), else of all tags
 * (`maven-resolver-2.0.22`, `rel/commons-lang-3.20.0`).
 */
function projectLatest(tags: readonly VersionTag[]): VersionTag | undefined {
  const overall = latestRelease(tags)
  const own = latestRelease(tags.filter((t) => t.prefix === ''))
  if (!own || !overall) return overall
  const cutoff = new Date(new Date(overall.date ?? 0).getTime() - RECENT_DAYS * 86_400_000).toISOString()
  return !overall.date || (own.date ?? '') >= cutoff ? own : overall
}

/**
 * A package's latest release: from the tags that name it (`@sigstore/bundle@5.0.0` for
 * packages/bundle, whose title is `@sigstore/bundle`), or the project's when the project tags one
 * version for all its packages (rails' `v8.1.2`).
 */
function packageView(tags: readonly VersionTag[], path: string, outline: ChangelogOutline): TagView {
  const parts = path.split('/')
  const names = new Set([parts.at(-2)!.toLowerCase()])
  if (outline.title) names.add(prefixPackage(`${outline.title.trim()}@`))
  const ofPackage = (list: readonly VersionTag[]) => latestRelease(list, (prefix) => prefix !== '' && names.has(prefixPackage(prefix)))
  const own = ofPackage(tags)
  if (own) return viewOf(tags, own, '', ofPackage)
  const project = projectLatest(tags)
  if (project && project.prefix === '') return viewOf(tags, project, '')
  return { kind: 'none', why: tags.length > 0 ? 'no release tag of this package' : 'no tag names a version' }
}
