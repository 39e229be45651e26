import type { Check, Finding, IssuesLookup } from '../../../src/core/types.js'
import type { RecentAuthor } from '../../../src/core/git-facts.js'
import { versionTags, byRecency, RECENT_DAYS } from '../../../src/docs/release-tags.js'
import { isInstalled, testDataFolder } from '../../../src/sbom/coverage.js'
import docs from './README.md'

/** Accounts that are automation, not people: bots, CI identities, GitHub's web-flow. */
const BOT =
  /\[bot\]|^(dependabot|renovate|github-actions|pre-commit-ci|mergify|snyk-bot|greenkeeper|allcontributors|codecov|weblate|transifex|l10n)\b|(^|[-_. ])bot($|[-_. @])/i
const isBot = (a: RecentAuthor): boolean => BOT.test(a.name) || BOT.test(a.email.split('@')[0]!) || a.email === 'noreply@github.com'
/** Source files of C and C++, for the fuzzing requirement. */
const C_SOURCES = '**/*.{c,cc,cpp,cxx,h,hh,hpp,hxx}'
/** Fuzzing set-ups a repository can hold: ClusterFuzzLite, OSS-Fuzz build files, fuzz target folders. */
const FUZZ_CONFIG = ['.clusterfuzzlite/**', '**/{oss-fuzz,ossfuzz,fuzz,fuzzing,fuzzers,fuzztest}/**', '**/*{fuzz,fuzzer}*.{c,cc,cpp,cxx}']
const DAY = 86_400_000
/** Source files of the common languages, to tell a C/C++ project from one with a few C helpers. */
const SOURCES = '**/*.{c,cc,cpp,cxx,h,hh,hpp,hxx,rs,go,py,js,mjs,ts,java,kt,rb,php,cs,swift,scala,m,mm,zig}'
const MIN_C_FILES = 20
const MIN_C_SHARE = 0.25

export const check: Check = {
  meta: {
    id: 'sustained-maintenance',
    family: 'docs',
    title: 'Maintained by at least two people, with a release in the last 12 months (and fuzzing for C/C++)',
    level: 3,
    version: '1.0.0',
    crosswalk: { bestPractices: ['maintained', 'dynamic_analysis'] },
    defaultOptions: { 'min-people': 2 },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'min-people': { type: 'integer', minimum: 1, maximum: 100, description: 'People (not bots) with commits in the last 12 months' },
      },
    },
  },
  docs,
  async run({ repo, git, now, options, issues }) {
    if (!git.isRepository)
      return [
        {
          status: 'unknown',
          message: 'not a git repository: who maintains it and when it released cannot be seen',
          remediation: 'Run on a git clone.',
        },
      ]
    if (git.shallow)
      return [
        {
          status: 'unknown',
          message: 'a shallow clone: the history of the last 12 months and the release tags are not all there',
          remediation: 'Check out the whole history (actions/checkout with fetch-depth: 0).',
        },
      ]
    const findings: Finding[] = []
    // people
    const people = (git.authors365 ?? []).filter((a) => !isBot(a))
    const bots = (git.authors365 ?? []).length - people.length
    const minPeople = Number(options['min-people'] ?? 2)
    findings.push(
      people.length >= minPeople
        ? {
            status: 'pass',
            message: `${people.length} people with commits in the last 12 months${bots ? ` (and ${bots} bot account(s), not counted)` : ''}`,
          }
        : {
            status: 'fail',
            message: `${people.length === 0 ? 'nobody' : people.length === 1 ? 'one person' : `${people.length} people`} with commits in the last 12 months${bots ? ` (${bots} bot account(s) not counted)` : ''}: fewer than ${minPeople} active maintainers`,
            remediation:
              'Bring a second maintainer in who commits or merges regularly; say who maintains the project in MAINTAINERS.md or GOVERNANCE.md.',
          },
    )
    // release
    const tags = versionTags(git.tags).filter((t) => t.date && !t.prerelease)
    const newest = [...tags].sort(byRecency)[0]
    if (!newest)
      findings.push({
        status: 'unknown',
        message: 'no dated version tags: when the project last released cannot be seen offline',
        remediation: 'Tag releases (v1.2.3), or run with --network so that GitHub Releases are read.',
      })
    else {
      const age = Math.floor((now.getTime() - Date.parse(newest.date!)) / DAY)
      findings.push(
        age <= RECENT_DAYS
          ? { status: 'pass', message: `latest release ${newest.name}, ${age} days ago` }
          : {
              status: 'fail',
              message: `latest release ${newest.name} is ${age} days old: no release in the last 12 months`,
              remediation: 'Publish a release (even a maintenance one), or say in the README that the project is finished or archived.',
            },
      )
    }
    // issues answered: only the forge knows
    const since = new Date(now.getTime() - ISSUE_WINDOW_DAYS[1] * DAY).toISOString()
    findings.push(
      issuesAnswered(
        issues ? await issues.since(since) : { unknown: 'the forge was not asked', remediation: '' },
        since,
        new Date(now.getTime() - ISSUE_WINDOW_DAYS[0] * DAY).toISOString(),
      ),
    )
    // fuzzing for C/C++
    const own = (e: { path: string }) => !testDataFolder(e.path) && !isInstalled(e.path)
    const cFiles = repo.glob(C_SOURCES).filter(own).length
    const sources = repo.glob(SOURCES).filter(own).length
    // a C/C++ project, not a Python or Java one with a helper in C
    if (cFiles >= MIN_C_FILES && cFiles >= sources * MIN_C_SHARE) {
      const fuzz = repo.glob(FUZZ_CONFIG).filter((e) => /\.(c|cc|cpp|cxx|ya?ml|sh|toml|py)$|Dockerfile$|project\.yaml$/.test(e.path))
      const targets: string[] = []
      for (const entry of fuzz.slice(0, 200)) {
        const r = await repo.readText(entry.path)
        if (r.ok && /LLVMFuzzerTestOneInput|FUZZ_TEST\(|honggfuzz|afl-/.test(r.text)) targets.push(entry.path)
      }
      const cfl = repo.glob('.clusterfuzzlite/**').length > 0
      findings.push(
        cfl || targets.length > 0
          ? {
              status: 'pass',
              message: `C/C++ code (${cFiles} files) with fuzzing: ${cfl ? 'ClusterFuzzLite configuration' : `fuzz targets (${targets.slice(0, 3).join(', ')})`}`,
            }
          : {
              status: 'unknown',
              message: `C/C++ code (${cFiles} files) and no fuzz targets or ClusterFuzzLite configuration in the repository; an OSS-Fuzz integration lives in google/oss-fuzz and cannot be seen offline`,
              remediation:
                'Add fuzz targets (LLVMFuzzerTestOneInput) and ClusterFuzzLite or OSS-Fuzz, or exempt with the link to the OSS-Fuzz project.',
            },
      )
    }
    return findings
  },
}

/** The Best Practices Badge's window for `report_responses`: reports of the last 2 to 12 months. */
const ISSUE_WINDOW_DAYS = [61, 365] as const

/**
 * Whether the project answers issues: of the issues people outside the project (not owners,
 * members or collaborators) opened 2 to 12 months ago, more than half have a comment or were
 * closed, as the Best Practices Badge's `report_responses` asks ("a majority ... acknowledged").
 */
function issuesAnswered(lookup: IssuesLookup, from: string, to: string): Finding {
  if ('unknown' in lookup)
    return {
      status: 'unknown',
      message: `whether issues are answered is known to the forge only, and its issues could not be read (${lookup.unknown})`,
      remediation:
        lookup.remediation ||
        'Run with network access (--network; on by default in the Action) for a repository on GitHub, or record how issues are answered in an exemption.',
    }
  const window = lookup.issues.filter((i) => !i.byMember && i.createdAt >= from && i.createdAt < to)
  const tooMany = !lookup.complete && !lookup.issues.some((i) => i.createdAt < to)
  if (tooMany)
    return {
      status: 'unknown',
      message: `${lookup.issues.length} issues were opened in the last two months alone: the issues of 2 to 12 months ago were not reached (${lookup.source})`,
      remediation: 'Record how issues are answered (a triage policy, response times) in an exemption.',
    }
  if (window.length === 0)
    return {
      status: 'pass',
      message: `no issues opened by people outside the project 2 to 12 months ago${lookup.complete ? '' : ' (among the newest read)'}: none left unanswered (${lookup.source})`,
    }
  const answered = window.filter((i) => i.state === 'closed' || i.comments > 0)
  const share = `${answered.length} of the ${window.length} issues people outside the project opened 2 to 12 months ago${lookup.complete ? '' : ' (among the newest read)'} have a comment or were closed`
  if (answered.length * 2 > window.length) return { status: 'pass', message: `${share} (${lookup.source})` }
  const open = window.filter((i) => i.state === 'open' && i.comments === 0).map((i) => `#${i.number}`)
  return {
    status: 'fail',
    message: `${share}: most go unanswered (e.g. ${open.slice(0, 5).join(', ')}; ${lookup.source})`,
    remediation:
      'Answer or triage new issues (a label and a comment), close what will not be done, and say in CONTRIBUTING how soon reports are answered.',
  }
}
