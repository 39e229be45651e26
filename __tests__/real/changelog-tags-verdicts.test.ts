/**
 * The changelog and semver-tags verdicts a careful reviewer gives on real projects: their
 * changelog files (fixtures/real/<project>/, head excerpts of long ones, each with its source and
 * licence in SOURCE.md) in a repository carrying their real tags, names and dates
 * (fixtures/real/<project>/git-tags.txt).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { check as changelog } from '../../checks/docs/changelog/index.js'
import { check as semverTags } from '../../checks/docs/semver-tags/index.js'
import { runCheckOn } from '../helpers/check.js'
import { addTags, cleanup, realRepo, realTags } from '../helpers/repo.js'

afterAll(cleanup)

type Verdict = [status: 'pass' | 'fail' | 'unknown', severity: 'warning' | undefined, message: RegExp]

/** Projects whose notes are on GitHub Releases: their remote says where, so the check knows there may be some (offline: unknown). */
const ON_GITHUB: Record<string, string> = {
  cli: 'cli/cli',
  'maven-resolver': 'apache/maven-resolver',
  'publiccode-parser-go': 'italia/publiccode-parser-go',
  scorecard: 'ossf/scorecard',
}

const repos = new Map<string, string>()
function repoOf(project: string): string {
  let root = repos.get(project)
  if (!root) {
    root = realRepo(project, ON_GITHUB[project] ? { remote: `https://github.com/${ON_GITHUB[project]}` } : {})
    addTags(root, realTags(project))
    repos.set(project, root)
  }
  return root
}

// prettier-ignore
const verdicts: [project: string, changelog: Verdict, semverTags: Verdict][] = [
  // Keep a Changelog headings without brackets, "7.8.1 - UNRELEASED" on top; 7.6.0 is dated 2025-12-01 but was tagged 2025-01-03
  ['X-Road',
    ['pass', 'warning', /^CHANGELOG\.md: 14 releases, newest 7\.8\.0 \(2026-02-02, line 5\), which includes the latest release tag 7\.8\.0; 1 release is dated more than a month after its tag \(line 103: 7\.6\.0 dated 2025-12-01, tagged 2025-01-03\)$/],
    ['pass', undefined, /^6 release tags in the 12 months to 7\.8\.0 \(2026-02-04\) follow SemVer$/]],
  // release notes only on GitHub Releases, not read offline (__tests__/real/github-releases.test.ts reads them)
  ['cli',
    ['unknown', undefined, /^no changelog in the repository; the release notes may be on GitHub Releases \(https:\/\/github\.com\/cli\/cli\/releases\), which were not read/],
    ['pass', undefined, /^31 release tags in the 12 months to v2\.60\.0 \(2024-10-24\) follow SemVer$/]],
  // RELEASE-NOTES.txt (hyphen), "Apache Commons Lang 3.20.0 Release Notes" underlined, no dates; tags rel/commons-lang-3.20.0
  ['commons-lang',
    ['pass', 'warning', /^RELEASE-NOTES\.txt: \d+ releases, newest 3\.20\.0 \(line 17\), which includes the latest release tag rel\/commons-lang-3\.20\.0; no release has a date$/],
    ['pass', undefined, /^8 release tags in the 12 months to rel\/commons-lang-3\.20\.0 \(2025-11-16\) follow SemVer, under 2 names \(commons-lang-, rel\/commons-lang-\); 92 older tags do not follow it/]],
  // CHANGES.md points to the website; RELEASE-NOTES holds the coming release; tags curl-8_21_0
  ['curl',
    ['pass', 'warning', /^RELEASE-NOTES: 1 release, newest 8\.22\.0 \(line 1\); the latest release tag curl-8_21_0 is not in it \(its newest section, 8\.22\.0 at line 1, is not tagged yet\); no release has a date$/],
    ['pass', 'warning', /^8 release tags in the 12 months to rc-8_22_0-2 \(2026-08-17\) follow version numbers written with underscores \(curl-MAJOR_MINOR_PATCH\), not SemVer \(curl-8_21_0 is not a SemVer version\)/]],
  // "### 2.0-alpha11 (2026-07-10)": versions that are not SemVer, every release dated
  ['fdroidclient',
    ['pass', undefined, /^CHANGELOG\.md: \d+ releases, newest 2\.0-alpha11 \(2026-07-10, line 1\), which includes the latest release tag 1\.23\.2$/],
    ['pass', 'warning', /^14 release tags in the 12 months to 2\.0-alpha11 \(2026-07-13\) follow dotted version numbers, not SemVer \(2\.0-alpha11 is not a SemVer version\)$/]],
  // "## main" on top, no dates, two "## Features" headings where "### Features" was meant
  ['jest',
    ['pass', 'warning', /^CHANGELOG\.md: \d+ releases, newest 30\.4\.2 \(line 133\), which includes the latest release tag v30\.4\.2; no release has a date; 2 headings at the level of the releases name no version \(line 230 "Features", line 261 "Features"\)$/],
    ['pass', undefined, /^25 release tags in the 12 months to v30\.4\.2 \(2026-05-09\) follow SemVer$/]],
  // NEWS.md is kept, the GNU ChangeLog stopped in 2015; tags jq-1.8.2rc1
  ['jq',
    ['pass', 'warning', /^NEWS\.md: \d+ releases, newest 1\.8\.2 \(line 1\), which includes the latest release tag jq-1\.8\.2; no release has a date$/],
    ['pass', 'warning', /^3 release tags in the 12 months to jq-1\.8\.2 \(2026-06-20\) follow PEP 440, not SemVer \(jq-1\.8\.2rc1 is not a SemVer version\)$/]],
  // no changelog in the repository (the notes are on GitHub Releases); tags maven-resolver-2.0.22, the 2014-2015 aether-* tags are old
  ['maven-resolver',
    ['unknown', undefined, /^no changelog in the repository; the release notes may be on GitHub Releases \(https:\/\/github\.com\/apache\/maven-resolver\/releases\)/],
    ['pass', undefined, /^15 release tags in the 12 months to maven-resolver-2\.0\.22 \(2026-08-20\) follow SemVer; 8 older tags do not follow it and are not judged \(aether-1\.0\.2\.v20150114/]],
  // CHANGELOG.md was reset (entries wait in changelog/unreleased); this snapshot has one tag, public_avail
  ['opencloud',
    ['fail', undefined, /^CHANGELOG\.md is empty$/],
    ['fail', undefined, /^none of the 1 tag\(s\) names a version \(public_avail\)$/]],
  // CHANGELOG.md: "See the [releases page](https://github.com/italia/publiccode-parser-go/releases) for the full changelog."
  ['publiccode-parser-go',
    ['unknown', undefined, /^CHANGELOG\.md points to GitHub Releases \(https:\/\/github\.com\/italia\/publiccode-parser-go\/releases\) for the release notes, which were not read/],
    ['pass', undefined, /^21 release tags in the 12 months to v5\.4\.3 \(2026-08-06\) follow SemVer$/]],
  // requests: setext "2.34.2 (2026-05-14)" headings under "dev"; PEP 440 v2.34.0.dev1
  ['requests',
    ['pass', undefined, /^HISTORY\.md: \d+ releases, newest 2\.34\.2 \(2026-05-14, line 10\), which includes the latest release tag v2\.34\.2$/],
    ['pass', 'warning', /^8 release tags in the 12 months to v2\.34\.2 \(2026-05-14\) follow PEP 440, not SemVer \(v2\.34\.0\.dev1 is not a SemVer version\)$/]],
  // Keep a Changelog; the 2019 and 2024 alpha tags (v0.4.0a1, v3.1.0a1) are old
  ['reuse-tool',
    ['pass', undefined, /^CHANGELOG\.md: \d+ releases \(Keep a Changelog\), newest 6\.2\.0 \(2025-10-27, line 29\), which includes the latest release tag v6\.2\.0$/],
    ['pass', undefined, /^10 release tags in the 12 months to v6\.2\.0 \(2025-10-27\) follow SemVer; 2 older tags do not follow it and are not judged \(v3\.1\.0a1 \(2024-05-28\), v0\.4\.0a1 \(2019-07-04\)\)$/]],
  ['scorecard',
    ['unknown', undefined, /^no changelog in the repository; the release notes may be on GitHub Releases \(https:\/\/github\.com\/ossf\/scorecard\/releases\)/],
    ['pass', undefined, /^5 release tags in the 12 months to v5\.5\.0 \(2026-04-23\) follow SemVer$/]],
  // "# Synapse 1.157.1 (2026-07-22)" H1 releases with H2 categories; PEP 440 release candidates
  ['synapse',
    ['pass', undefined, /^CHANGES\.md: \d+ releases, newest 1\.157\.1 \(2026-07-22, line 1\), which includes the latest release tag v1\.157\.1$/],
    ['pass', 'warning', /^72 release tags in the 12 months to v1\.157\.1 \(2026-07-22\) follow PEP 440, not SemVer \(v1\.157\.0rc1 is not a SemVer version\); 74 older tags do not follow it/]],
  // "Released on 2026-08-14." under each heading; "## 0.11.x" series point to other files
  ['uv',
    ['pass', undefined, /^CHANGELOG\.md: 6 releases, newest 0\.12\.5 \(2026-08-14, line 6\), which includes the latest release tag 0\.12\.5$/],
    ['pass', undefined, /^97 release tags in the 12 months to 0\.12\.5 \(2026-08-14\) follow SemVer$/]],
  // changesets: "## 5.109.2" / "### Patch Changes", no dates
  ['webpack',
    ['pass', 'warning', /^CHANGELOG\.md: \d+ releases \(changesets\), newest 5\.109\.2 \(line 3\), which includes the latest release tag v5\.109\.2; no release has a date$/],
    ['pass', undefined, /^27 release tags in the 12 months to v5\.109\.2 \(2026-07-28\) follow SemVer$/]],
  // docs/release-notes.md with "## Next (UNRELEASED)", no dates; its crates are tagged yamlpath/v0.34.0 ...
  ['zizmor',
    ['pass', 'warning', /^docs\/release-notes\.md: \d+ releases, newest 1\.29\.0 \(line 54\), which includes the latest release tag v1\.29\.0; no release has a date$/],
    ['pass', undefined, /^89 release tags in the 12 months to v1\.30\.0-rc1 \(2026-08-13\) follow SemVer, under 7 names/]],
]

describe('changelog and semver-tags verdicts on real projects', () => {
  it.each(verdicts)('%s', async (project, [status, severity, message], [tagStatus, tagSeverity, tagMessage]) => {
    const root = repoOf(project)
    const notes = await runCheckOn(changelog, {}, { root })
    expect(notes.findings).toHaveLength(1)
    expect(notes.findings[0]).toMatchObject({ status, message: expect.stringMatching(message) })
    expect(notes.findings[0]!.severity).toBe(severity)
    const tags = await runCheckOn(semverTags, {}, { root })
    expect(tags.findings).toHaveLength(1)
    expect(tags.findings[0]).toMatchObject({ status: tagStatus, message: expect.stringMatching(tagMessage) })
    expect(tags.findings[0]!.severity).toBe(tagSeverity)
  })

  it("rails: each component's changelog holds the changes since 8.1, whose notes are on the stable branch; four-part versions", async () => {
    const root = repoOf('rails')
    const notes = await runCheckOn(changelog, {}, { root })
    expect(notes.findings).toHaveLength(13)
    expect(notes.findings.every((f) => f.status === 'pass' && f.severity === 'warning')).toBe(true)
    expect(notes.messages).toContainEqual(
      expect.stringMatching(
        /^activerecord\/CHANGELOG\.md holds only changes not released yet \(\d+ entries\); the notes of released versions, such as the latest release tag v8\.1\.3\.1, are not in it/,
      ),
    )
    expect(notes.messages).toContainEqual(
      expect.stringMatching(/^guides\/CHANGELOG\.md has no entries \(it reads: "Please check \[8-1-stable\]/),
    )
    const tags = await runCheckOn(semverTags, {}, { root })
    expect(tags.findings).toEqual([
      expect.objectContaining({
        status: 'pass',
        severity: 'warning',
        message: expect.stringMatching(
          /^22 release tags in the 12 months to v8\.0\.5\.1 \(2026-07-29\) follow dotted version numbers, not SemVer \(v8\.0\.5\.1 is not a SemVer version\)/,
        ),
      }),
    ])
  })

  it("sigstore-js: changesets changelogs per package, compared with the package's own tags", async () => {
    const root = repoOf('sigstore-js')
    const notes = await runCheckOn(changelog, {}, { root })
    expect(notes.messages).toEqual([
      expect.stringMatching(
        /^packages\/bundle\/CHANGELOG\.md: \d+ releases \(changesets\), newest 5\.0\.0 \(line 3\), which includes the latest release tag @sigstore\/bundle@5\.0\.0; no release has a date$/,
      ),
      expect.stringMatching(
        /^packages\/cli\/CHANGELOG\.md: .*, which includes the latest release tag @sigstore\/cli@0\.10\.3; no release has a date$/,
      ),
      expect.stringMatching(
        /^packages\/client\/CHANGELOG\.md: .*, which includes the latest release tag sigstore@5\.0\.0; no release has a date$/,
      ),
      // a private package, never tagged
      expect.stringMatching(/^packages\/conformance\/CHANGELOG\.md: .* \(no release tag of this package\); no release has a date$/),
      expect.stringMatching(
        /^packages\/core\/CHANGELOG\.md: .*, which includes the latest release tag @sigstore\/core@4\.0\.1; no release has a date$/,
      ),
      expect.stringMatching(
        /^packages\/verify\/CHANGELOG\.md: .*, which includes the latest release tag @sigstore\/verify@4\.1\.2; no release has a date$/,
      ),
    ])
    expect(notes.findings.every((f) => f.status === 'pass' && f.severity === 'warning')).toBe(true)
    const tags = await runCheckOn(semverTags, {}, { root })
    expect(tags.findings).toEqual([
      expect.objectContaining({
        status: 'pass',
        message: expect.stringMatching(
          /^31 release tags in the 12 months to @sigstore\/verify@4\.1\.2 \(2026-08-04\) follow SemVer, under 10 names/,
        ),
      }),
    ])
  })
})
