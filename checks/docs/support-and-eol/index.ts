import type { Check, Finding } from '../../../src/core/types.js'
import { docCandidates } from '../../../src/docs/doc-files.js'
import { byRecency, versionTags } from '../../../src/docs/release-tags.js'
import { coversNewestByProse, GITHUB_TEMPLATE, rowIncludes, statesDuration, supportRows, supportSection } from './statement.js'
import docs from './README.md'

/** Where projects state their supported versions: the security policy first, then files of their own. */
const CANDIDATES = [
  ...docCandidates(['SECURITY']),
  ...docCandidates([
    'SUPPORT',
    'SUPPORTED_VERSIONS',
    'supported-versions',
    'support-policy',
    'RELEASES',
    'release-policy',
    'LTS',
    'VERSIONING',
    'versioning',
    'MAINTENANCE',
  ]),
]

export const check: Check = {
  meta: {
    id: 'support-and-eol',
    family: 'docs',
    title: 'Supported versions and how long each gets security fixes are stated, and agree with the releases',
    level: 3,
    version: '1.0.0',
    crosswalk: { osps: ['OSPS-DO-04.01', 'OSPS-DO-05.01'], bestPractices: ['maintenance_or_update'], cra: ['Annex I Part II(7)'] },
    anchors: ['SECURITY.md', '.github/SECURITY.md'],
    subjectFile: 'SECURITY.md',
  },
  docs,
  async run({ repo, git }) {
    const finals = versionTags(git.tags).filter((t) => !t.prerelease)
    if (finals.length === 0) {
      if (git.shallow || !git.isRepository)
        return [
          {
            status: 'unknown',
            message: 'the release tags cannot be seen (shallow clone or no git history)',
            remediation: 'Check out with fetch-depth: 0.',
          },
        ]
      return [{ status: 'not-applicable', message: 'no release tags: nothing released yet, so no support period to state' }]
    }
    const newest = [...finals].sort(byRecency)[0]!
    const seen = new Set<string>()
    for (const path of CANDIDATES) {
      const entry = repo.find([path])
      if (!entry || seen.has(entry.path)) continue
      seen.add(entry.path)
      const read = await repo.readText(entry.path)
      if (!read.ok) continue
      const section = supportSection(read.text)
      if (!section) continue
      const location = { path: entry.path, startLine: section.line }
      const where = `${entry.path} "${section.heading}" (line ${section.line})`
      if (GITHUB_TEMPLATE.test(section.text))
        return [
          {
            status: 'fail',
            message: `${where} is GitHub's template: its versions are examples`,
            location,
            remediation: 'Replace the template with your versions and how long each gets security fixes.',
          },
        ]
      const findings: Finding[] = []
      const rows = supportRows(section.text)
      const releases = finals.map((t) => t.version.release)
      const missing = rows.filter((r) => !r.below && !r.above && r.release.length > 0 && !releases.some((rel) => rowIncludes(r, rel)))
      for (const r of missing)
        findings.push({
          status: 'fail',
          message: `${where} lists ${r.cell}, which no release tag names`,
          location,
          remediation: 'List only versions that were released (the tags), or tag the release.',
        })
      const supportedRows = rows.filter((r) => r.supported === true)
      const covered =
        supportedRows.some((r) => rowIncludes(r, newest.version.release)) ||
        (supportedRows.length === 0 && coversNewestByProse(section.text))
      const listedUnsupported = rows.some((r) => r.supported === false && rowIncludes(r, newest.version.release))
      if (!covered)
        findings.push({
          status: rows.length === 0 && !coversNewestByProse(section.text) ? 'unknown' : 'fail',
          message:
            rows.length === 0 && !coversNewestByProse(section.text)
              ? `${where} names no versions in a table and does not say that the latest release is supported, so whether ${newest.name} is covered cannot be read`
              : `${where} does not cover the newest release ${newest.name}${listedUnsupported ? ' (it is listed as not supported)' : ''}`,
          location,
          remediation: `Add a row for ${newest.version.release.slice(0, 2).join('.')}.x, or say that the latest release gets security fixes.`,
        })
      if (!statesDuration(section.text))
        findings.push({
          status: 'fail',
          message: `${where} says which versions are supported but not how long they get security fixes`,
          location,
          remediation:
            'Say when a version stops getting security fixes: an end date per version, "the latest minor release only", or "for 12 months after the next major release".',
        })
      if (findings.length === 0)
        findings.push({
          status: 'pass',
          message: `${where}: supported versions and how long they get security fixes, covering the newest release ${newest.name}${rows.length ? ` (${rows.length} version row(s), each released)` : ''}`,
          location,
        })
      return findings
    }
    return [
      {
        status: 'fail',
        message: `no statement of supported versions (a "Supported versions" section in SECURITY.md or a support policy file) although the project releases (newest ${newest.name})`,
        remediation: 'Add a "Supported versions" section to SECURITY.md: which versions get security fixes, and until when.',
      },
    ]
  },
}
