import type { Check, Finding } from '../../../src/core/types.js'
import { splitRecent, versionTags, type VersionTag } from '../../../src/docs/release-tags.js'
import { formChanges, schemeOf, semverSpelling, TAG_SCHEME_NAMES, type TagScheme } from './tag-scheme.js'
import docs from './README.md'

const FETCH_TAGS = 'Check out with the tags: in GitHub Actions, actions/checkout with `fetch-depth: 0` (or `fetch-tags: true`).'

export const check: Check = {
  meta: {
    id: 'semver-tags',
    family: 'docs',
    title: 'Release tags name versions consistently, SemVer recommended',
    level: 2,
    version: '2.0.0',
    crosswalk: {
      osps: ['OSPS-BR-02.01'],
      bestPractices: ['version_unique', 'version_semver', 'version_tags'],
      publicCode: ['document-codebase-maturity', 'maintain-version-control'],
    },
    anchors: ['CHANGELOG.md'],
  },
  docs,
  async run({ git }) {
    if (!git.isRepository) return [{ status: 'not-applicable', message: 'not a git repository: no tags to check' }]
    if (git.tags.length === 0) {
      if (git.shallow) {
        return [
          {
            status: 'unknown',
            message: 'this is a shallow clone without tags: the release tags cannot be seen',
            remediation: FETCH_TAGS,
          },
        ]
      }
      return [{ status: 'not-applicable', message: 'no release tags yet' }]
    }
    const tags = versionTags(git.tags)
    if (tags.length === 0) {
      return [
        {
          status: 'fail',
          message: `none of the ${git.tags.length} tag(s) names a version (${list(git.tags.map((t) => t.name))})`,
          remediation: 'Tag each release with its version, e.g. v1.0.0 (SemVer).',
        },
      ]
    }
    return [judge(tags)]
  },
}

function judge(tags: VersionTag[]): Finding {
  const { recent, older } = splitRecent(tags)
  const newest = recent[0]!
  const window =
    recent.length === 1
      ? `the one release tag in the 12 months to ${describe(newest)}`
      : `${count(recent.length, 'release tag')} in the 12 months to ${describe(newest)}`
  const follow = recent.length === 1 ? 'follows' : 'follow'
  const prefixes = [...new Set(recent.map((t) => t.prefix))].sort()
  const names = prefixes.length > 1 ? `, under ${prefixes.length} names (${list(prefixes.map((p) => p || 'unprefixed'))})` : ''

  const inconsistent = prefixes
    .map((p) => ({ prefix: p, ...formChanges(recent.filter((t) => t.prefix === p)) }))
    .filter((g) => g.changes.length > 0)
  const alternating = inconsistent.find((g) => g.changes.length > 1)
  if (alternating) {
    const examples = alternating.changes.slice(0, 3).map((c) => c.at.name)
    return {
      status: 'fail',
      message: `${window} are not named consistently: they alternate between the forms ${alternating.forms.slice(0, -1).join(', ')} and ${alternating.forms.at(-1)} (${list(examples)})`,
      remediation: `Name every release tag in one form, SemVer recommended (${SEMVER_EXAMPLE}); add tags in that form rather than moving existing ones.`,
    }
  }
  const scheme = schemeOf(recent)
  const switched = inconsistent.map((g) => g.changes[0]!)
  const notes: string[] = []
  for (const change of switched) {
    notes.push(`the form changed from ${change.from} to ${change.to} at ${describe(change.at)}`)
  }
  const stragglers = older.filter((t) => !fits(t, scheme))
  if (stragglers.length > 0) {
    notes.push(
      `${count(stragglers.length, 'older tag')} ${stragglers.length === 1 ? 'does' : 'do'} not follow it and ${stragglers.length === 1 ? 'is' : 'are'} not judged (${list(stragglers.map(describe), 3)})`,
    )
  }
  const tail = `${names}${notes.length ? `; ${notes.join('; ')}` : ''}`
  if (scheme === 'semver') {
    const finding: Finding = { status: 'pass', message: `${window} ${follow} SemVer${tail}` }
    if (switched.length > 0) finding.severity = 'warning'
    return finding
  }
  // the newest final release names the scheme better than a candidate does (curl's rc-8_22_0-1)
  const example = recent.find((t) => !t.version.semver && !t.prerelease) ?? recent.find((t) => !t.version.semver)!
  const spelling = semverSpelling(example.version)
  return {
    status: 'pass',
    severity: 'warning',
    message: `${window} ${follow} ${schemeLabel(scheme, recent)}, not SemVer (${example.name} is not a SemVer version)${tail}`,
    remediation: spelling
      ? `SemVer is recommended: ${example.prefix}${example.v ? 'v' : ''}${spelling} rather than ${example.name}, in one form from the next release on.`
      : `SemVer is recommended: three numbers, MAJOR.MINOR.PATCH, and a hyphen before a pre-release (${SEMVER_EXAMPLE}), in one form from the next release on.`,
  }
}

const SEMVER_EXAMPLE = 'v1.4.0, v1.5.0-rc.1'

function schemeLabel(scheme: TagScheme, tags: readonly VersionTag[]): string {
  const shape = tags.find((t) => !t.prerelease) ?? tags[0]!
  if (scheme === 'underscores') return `${TAG_SCHEME_NAMES.underscores} (${shape.prefix}${shape.v ? 'v' : ''}MAJOR_MINOR_PATCH)`
  return TAG_SCHEME_NAMES[scheme]
}

function fits(tag: VersionTag, scheme: TagScheme): boolean {
  switch (scheme) {
    case 'semver':
      return tag.version.semver
    case 'pep440':
      return tag.version.scheme === 'semver' || tag.version.scheme === 'pep440'
    case 'calver': {
      const first = tag.version.release[0]!
      return tag.version.scheme === 'calver' || (first >= 10 && first <= 99) || (first >= 1990 && first <= 2099)
    }
    case 'underscores':
      return tag.version.separator === '_'
    case 'other':
      return true
  }
}

function describe(tag: VersionTag): string {
  return tag.date ? `${tag.name} (${tag.date.slice(0, 10)})` : tag.name
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function list(items: readonly string[], max = 5): string {
  return items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', ')
}
