import semver from 'semver'
import type { Check, Finding } from '../../../src/core/types.js'
import { findDoc } from '../../../src/docs/doc-files.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import { outline, type Heading } from '../../../src/docs/markdown.js'
import docs from './README.md'

/** The change types Keep a Changelog 1.1.0 defines. */
const CHANGE_TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']
/** `[1.2.3] - 2024-05-01`, `1.2.3 - 2024-05-01`, `[Unreleased]`, optionally `[YANKED]`. */
const RELEASE_HEADING = /^\[?(?<version>[^\]\s]+?)\]?(?:\s+[-–—]\s+(?<date>\S+))?(?:\s+\[YANKED\])?$/i

interface Release {
  heading: Heading
  version?: string
  raw: string
  date?: string
}

export const check: Check = {
  meta: {
    id: 'changelog',
    family: 'docs',
    title: 'Changelog in Keep a Changelog form, matching the latest release tag',
    level: 2,
    version: '1.0.0',
    crosswalk: {
      osps: ['OSPS-BR-04.01'],
      bestPractices: ['release_notes', 'release_notes_vulns'],
      publicCode: ['document-codebase-maturity'],
      cra: ['Annex I Part II(4)'],
    },
    anchors: ['CHANGELOG.md'],
  },
  docs,
  async run({ repo, git }) {
    const entry = findDoc(repo, ['CHANGELOG', 'CHANGES', 'HISTORY', 'NEWS', 'RELEASE_NOTES', 'RELEASENOTES'], ['', 'docs/'])
    if (!entry) {
      return [
        {
          status: 'fail',
          message: 'no CHANGELOG found in the root or docs/',
          remediation: 'Add CHANGELOG.md in the Keep a Changelog form (https://keepachangelog.com/en/1.1.0/).',
        },
      ]
    }
    const read = await repo.readText(entry.path)
    if (!read.ok) return [unreadableFinding(read, 'the changelog')]
    const { headings } = outline(read.text)
    const path = entry.path
    const findings: Finding[] = []
    const releaseDepth = headings.find((h) => RELEASE_HEADING.exec(h.text)?.groups?.version?.match(/^(unreleased|v?\d)/i))?.depth ?? 2
    const releases: Release[] = []
    for (const heading of headings.filter((h) => h.depth === releaseDepth)) {
      const m = RELEASE_HEADING.exec(heading.text)
      const raw = m?.groups?.version ?? heading.text
      if (/^unreleased$/i.test(raw)) {
        releases.push({ heading, raw })
        continue
      }
      const version = semver.valid(raw.replace(/^v/i, '')) ?? undefined
      const release: Release = { heading, raw }
      if (version) release.version = version
      if (m?.groups?.date) release.date = m.groups.date
      releases.push(release)
      const at = { path, startLine: heading.line }
      if (!version) {
        findings.push({
          status: 'fail',
          message: `release heading "${heading.text}" does not name a SemVer version`,
          location: at,
          remediation: 'Write release headings as "## [1.2.3] - 2024-05-01".',
        })
      }
      if (!release.date) {
        findings.push({
          status: 'fail',
          message: `release "${heading.text}" has no date`,
          location: at,
          remediation: 'Add the release date in ISO 8601 form: "## [1.2.3] - 2024-05-01".',
        })
      } else if (!isIsoDate(release.date)) {
        findings.push({
          status: 'fail',
          message: `release "${raw}" has the date "${release.date}", not YYYY-MM-DD`,
          location: at,
          remediation: 'Write dates as YYYY-MM-DD.',
        })
      }
    }
    if (releases.length === 0) {
      return [
        {
          status: 'fail',
          message: `${path} has no "## [Unreleased]" or "## [x.y.z] - YYYY-MM-DD" sections`,
          location: { path },
          remediation: 'Structure the changelog as Keep a Changelog does: one "## [version] - date" section per release, newest first.',
        },
      ]
    }
    for (const heading of headings.filter((h) => h.depth === releaseDepth + 1)) {
      if (!CHANGE_TYPES.some((t) => t.toLowerCase() === heading.text.toLowerCase())) {
        findings.push({
          status: 'fail',
          message: `"${heading.text}" is not a Keep a Changelog change type (${CHANGE_TYPES.join(', ')})`,
          location: { path, startLine: heading.line },
          remediation: `Group changes under ${CHANGE_TYPES.join(', ')}.`,
        })
      }
    }
    const versioned = releases.filter((r): r is Release & { version: string } => r.version !== undefined)
    for (let i = 1; i < versioned.length; i++) {
      const prev = versioned[i - 1]!
      const cur = versioned[i]!
      if (semver.lte(prev.version, cur.version)) {
        findings.push({
          status: 'fail',
          message: `releases are not newest first: ${prev.version} (line ${prev.heading.line}) comes before ${cur.version}`,
          location: { path, startLine: cur.heading.line },
          remediation: 'List releases newest first.',
        })
      }
    }
    const latest = versioned.find((r) => !semver.prerelease(r.version))
    const tag = git.latestVersionTag
    if (tag?.version && latest && latest.version !== tag.version) {
      findings.push({
        status: 'fail',
        message: `${path}'s latest release is ${latest.version} (line ${latest.heading.line}) but the latest release tag is ${tag.name}`,
        location: { path, startLine: latest.heading.line },
        remediation: `Add a "## [${tag.version}] - ${tag.date?.slice(0, 10) ?? 'YYYY-MM-DD'}" section, or tag the release the changelog describes.`,
      })
    } else if (tag?.version && !latest) {
      findings.push({
        status: 'fail',
        message: `${path} describes no release, but the repository is tagged ${tag.name}`,
        location: { path },
        remediation: `Add a "## [${tag.version}]" section for the tagged release.`,
      })
    }
    if (findings.length > 0) return findings
    const tail = tag
      ? `, matching the latest tag ${tag.name}`
      : git.shallow
        ? ' (shallow clone: tags not compared)'
        : ' (no release tags to compare)'
    return [
      {
        status: 'pass',
        message: `${path} follows Keep a Changelog: ${versioned.length} release(s)${latest ? `, latest ${latest.version}` : ''}${tail}`,
        location: { path },
      },
    ]
  },
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)
}
