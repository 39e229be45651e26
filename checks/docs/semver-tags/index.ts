import type { Check, Finding } from '../../../src/core/types.js'
import { tagVersion } from '../../../src/core/git-facts.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'semver-tags',
    family: 'docs',
    title: 'Release tags are SemVer versions',
    level: 2,
    version: '1.0.0',
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
      return [
        {
          status: 'not-applicable',
          message: git.shallow
            ? 'no tags in this shallow clone (fetch with fetch-depth: 0 or fetch-tags: true to check them)'
            : 'no release tags yet',
        },
      ]
    }
    const findings: Finding[] = []
    let versions = 0
    for (const tag of git.tags) {
      const parsed = tagVersion(tag.name)
      if (!parsed.versionLike) continue
      if (parsed.version) versions++
      else {
        findings.push({
          status: 'fail',
          message: `tag "${tag.name}" looks like a version but is not valid SemVer`,
          remediation: 'Name release tags MAJOR.MINOR.PATCH, optionally with a "v" prefix (v1.4.0); do not move or reuse tags.',
        })
      }
    }
    if (findings.length > 0) return findings
    if (versions === 0) {
      return [
        {
          status: 'fail',
          message: `none of the ${git.tags.length} tag(s) names a version (${git.tags
            .slice(0, 5)
            .map((t) => t.name)
            .join(', ')})`,
          remediation: 'Tag releases with their SemVer version, e.g. v1.0.0.',
        },
      ]
    }
    return [
      { status: 'pass', message: `${versions} release tag(s) are SemVer; latest ${git.latestVersionTag?.name ?? '(prereleases only)'}` },
    ]
  },
}
