/** Runs one check on a real repository built from a map of files (fixture in, findings out). */
import { takeSnapshot } from '../../src/core/snapshot.js'
import { readGitFacts, NO_GIT } from '../../src/core/git-facts.js'
import type { Check, Finding, ForgeReleases, VulnerabilityDataOptions } from '../../src/core/types.js'
import { aggregate } from '../../src/core/levels.js'
import { makeRepo, type RepoOptions } from './repo.js'
import { organisationFiles, type GitHubAccess } from '../../src/docs/organisation-files.js'
import { githubBranchProtection } from '../../src/docs/github-branch-protection.js'
import { githubIssues } from '../../src/docs/github-issues.js'
import { githubReleases } from '../../src/docs/github-releases.js'
import { configureVulnerabilityAnalysis } from '../../src/vuln/analysis.js'
import { findCheck } from '../../src/pipeline/registry.js'

export const TEST_NOW = new Date('2026-06-01T12:00:00Z')

export interface CheckRun {
  status: string
  findings: Finding[]
  messages: string[]
}

export async function runCheckOn(
  check: Check,
  files: Record<string, string | Buffer>,
  options: RepoOptions & {
    now?: Date
    checkOptions?: Record<string, unknown>
    root?: string
    network?: { enabled: boolean; allowHosts: string[] }
    github?: GitHubAccess
    /** GitHub Releases as another look-up gives them (one with shorter time limits); by default from network and github. */
    releases?: ForgeReleases
    vulnerabilityData?: VulnerabilityDataOptions
    /** The known-vulnerabilities check's options for the shared analysis (by default its own, when that check runs). */
    vulnerabilityOptions?: Record<string, unknown>
  } = {},
): Promise<CheckRun> {
  const root = options.root ?? makeRepo(files, options)
  const now = options.now ?? TEST_NOW
  const repo = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })
  const git = repo.source === 'git' ? await readGitFacts(root, now) : NO_GIT
  const forge = {
    ...(git.remoteUrl ? { repositoryUrl: git.remoteUrl } : {}),
    network: options.network ?? { enabled: false, allowHosts: [] },
    ...(options.github ? { github: options.github } : {}),
  }
  const checkOptions = { ...(check.meta.defaultOptions ?? {}), ...(options.checkOptions ?? {}) }
  const known = findCheck('known-vulnerabilities')?.meta.defaultOptions ?? {}
  configureVulnerabilityAnalysis(repo, {
    ...known,
    ...(check.meta.id === 'known-vulnerabilities' ? checkOptions : (options.vulnerabilityOptions ?? {})),
  })
  const findings = await check.run({
    repo,
    git,
    now,
    options: checkOptions,
    network: forge.network,
    organisation: organisationFiles(forge),
    releases: options.releases ?? githubReleases(forge),
    branchProtection: githubBranchProtection(forge),
    issues: githubIssues(forge),
    ...(options.vulnerabilityData ? { vulnerabilityData: options.vulnerabilityData } : {}),
  })
  return { status: aggregate(findings), findings, messages: findings.map((f) => f.message) }
}
