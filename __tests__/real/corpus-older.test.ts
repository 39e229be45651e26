/**
 * The regression corpus, continued: the verdicts a careful reviewer gives, offline, on the
 * projects whose extracts came first (for the licence, community, changelog and tag checks):
 * foundations' projects (Apache, OpenSSF, OpenJS, Python, FSFE, Sigstore), public-sector
 * software of Estonia and Finland (X-Road), Italy and Germany, companies' projects and
 * single-maintainer tools, in C, Java, Go, Rust, Python, Ruby and TypeScript. Each extract in
 * fixtures/real/<project>/ holds only the files the verdicts depend on, and gives the same
 * statuses and messages as the full repository; SOURCE.md gives the repository, commit and licence.
 *
 * The expected status is the reviewer's, not ois-ready's. Where ois-ready disagrees today the
 * row is in KNOWN_WRONG, with the reason, and runs as an expected failure: fixing the check
 * makes it pass, and jest then reports the row, to be moved to VERDICTS.
 *
 * Offline, an organisation-wide file (the owner's `.github` repository, which GitHub shows for
 * repositories without their own) cannot be seen: where the repository has nothing of its own,
 * the verdict is unknown.
 */
import { afterAll } from '@jest/globals'
import { cleanup } from '../helpers/repo.js'
import { describeCorpus, noUpdates, noWorkflows, orgWide, project, type Verdict, type WrongVerdict } from '../helpers/corpus.js'

afterAll(cleanup)

const VERDICTS: Verdict[] = [
  // single steward, no legal entity (C): everything in the repository, 16 workflows with `permissions: {}`
  ...project('curl', 'curl/curl', [
    // COPYING is the curl licence; LICENSES/ (REUSE) adds the texts some files are under
    ['licence-file', 'pass', /^the project is under curl AND BSD-4-Clause-UC AND ISC /],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and prose that links how to install or use it/],
    // 52 words that link docs/CONTRIBUTE.md
    ['contributing', 'pass', /^\.github\/CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^docs\/CODE_OF_CONDUCT\.md: a code of conduct/],
    ['governance', 'pass', /^docs\/GOVERNANCE\.md: a governance or maintainers document/],
    [
      'security-policy',
      'pass',
      /^SECURITY\.md: private channel https:\/\/curl\.se\/dev\/vuln-disclosure\.html .*disclosure process described \(docs\/VULN-DISCLOSURE-POLICY\.md/,
    ],
    // pull_request_target for the labeler, which checks nothing out
    ['token-permissions', 'pass', /^\.github\/workflows\/label\.yml: top-level token permissions are read-only/],
    ['dangerous-workflow', 'pass', /^16 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, pip/],
  ]),
  // FSFE (Python), developed on Codeberg with Forgejo workflows; one workflow runs on the GitHub mirror
  ...project('reuse-tool', 'fsfe/reuse-tool', [
    [
      'licence-file',
      'pass',
      /^the project is under Apache-2\.0 AND CC0-1\.0 AND CC-BY-SA-4\.0 AND GPL-3\.0-or-later .*declared in pyproject\.toml/,
    ],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Install" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^CODE_OF_CONDUCT\.md: a code of conduct by reference to https:\/\/fsfe\.org\/about\/codeofconduct/],
    ['governance', 'pass', /^README\.md: a governance or maintainers document in the section "Maintainers"/],
    ['security-policy', 'unknown', orgWide('fsfe/reuse-tool')],
    ['token-permissions', 'fail', /^\.github\/workflows\/test\.yaml sets no top-level permissions/],
    ['dangerous-workflow', 'pass', /^1 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'fail', noUpdates],
  ]),
  // Nordic Institute for Interoperability Solutions (Java), with publiccode.yml
  ...project('X-Road', 'nordic-institute/X-Road', [
    ['licence-file', 'pass', /^the project is under MIT .*declared in publiccode\.yml and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "X-Road installation" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^CODE_OF_CONDUCT\.md: a code of conduct/],
    ['governance', 'pass', /^publiccode\.yml names 1 maintainer\(s\) \(maintenance\.contacts\)/],
    // the build workflow gives its five jobs write access
    ['token-permissions', 'fail', /^\.github\/workflows\/build\.yaml: top-level permissions grant write access/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, gradle, npm/],
  ]),
  // a company's project (Python, Rust): AGPL or a commercial licence
  ...project('synapse', 'element-hq/synapse', [
    ['licence-file', 'pass', /^the project is under AGPL-3\.0-or-later OR LicenseRef-Element-Commercial /],
    ['readme', 'pass', /^README\.rst: a description \(line \d+\) and a "🚀 Getting started" section/],
    [
      'contributing',
      'pass',
      /^CONTRIBUTING\.md: a contribution guide by a link to https:\/\/element-hq\.github\.io\/synapse\/latest\/development\/contributing_guide\.html/,
    ],
    ['code-of-conduct', 'unknown', orgWide('element-hq/synapse')],
    ['security-policy', 'unknown', orgWide('element-hq/synapse')],
    ['token-permissions', 'fail', /^\.github\/workflows\/tests\.yml sets no top-level permissions/],
    ['dangerous-workflow', 'pass', /^14 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates cargo, docker, github-actions, pip/],
  ]),
  // a small team (C): the README and the security policy, nothing else of the community files
  ...project('jq', 'jqlang/jq', [
    ['licence-file', 'pass', /^the project is under MIT AND ICU .*declared in README\.md \(its licence section\) and matching COPYING/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Documentation" section/],
    ['contributing', 'unknown', orgWide('jqlang/jq')],
    ['code-of-conduct', 'unknown', orgWide('jqlang/jq')],
    ['governance', 'unknown', orgWide('jqlang/jq')],
    // GitHub's private reporting, and nothing on what follows a report
    ['security-policy', 'fail', /^SECURITY\.md does not describe a disclosure process/],
    [
      'token-permissions',
      'fail',
      /^\.github\/workflows\/ci\.yml sets no top-level permissions, and job\(s\) linux, macos, windows, dist declare none/,
    ],
    ['dangerous-workflow', 'pass', /^7 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, pip/],
  ]),
  // Ruby on Rails: the code of conduct and the security policy live on rubyonrails.org
  ...project('rails', 'rails/rails', [
    ['licence-file', 'pass', /^the project is under MIT .*declared in rails\.gemspec and matching MIT-LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Getting Started" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^CODE_OF_CONDUCT\.md: a code of conduct by reference to https:\/\/rubyonrails\.org\/conduct/],
    ['governance', 'unknown', orgWide('rails/rails')],
    ['security-policy', 'unknown', /goes on at https:\/\/rubyonrails\.org\/security, which was not read/],
    [
      'token-permissions',
      'pass',
      /^\.github\/workflows\/release\.yml: no top-level permissions, and each of its 1 job\(s\) declares its own/,
    ],
    ['dangerous-workflow', 'pass', /^10 workflow\(s\): no untrusted checkout/],
    // the Dependabot files are templates of the app generator, not the repository's own
    ['dependency-updates', 'fail', noUpdates],
  ]),
  // Italian public sector (Go), with publiccode.yml
  ...project('publiccode-parser-go', 'italia/publiccode-parser-go', [
    ['licence-file', 'pass', /^the project is under EUPL-1\.2 .*declared in publiccode\.yml and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\)/],
    ['contributing', 'pass', /^README\.md: a contribution guide in the section "Contributing"/],
    ['code-of-conduct', 'unknown', orgWide('italia/publiccode-parser-go')],
    ['governance', 'pass', /^publiccode\.yml names 1 maintainer\(s\) \(maintenance\.contacts\)/],
    // "advisories" in the reporting URL is not a disclosure process
    ['security-policy', 'fail', /^SECURITY\.md does not describe a disclosure process/],
    ['token-permissions', 'pass', /^\.github\/workflows\/release\.yml: top-level token permissions are read-only/],
    ['dangerous-workflow', 'pass', /^9 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates docker, github-actions, gomod/],
  ]),
  // Apache (Java): the workflows call the Maven project's shared ones
  ...project('maven-resolver', 'apache/maven-resolver', [
    ['licence-file', 'pass', /^the project is under Apache-2\.0 .*identified in LICENSE/],
    // the README is the contribution guide
    ['contributing', 'pass', /^README\.md: a contribution guide in the section "Contributing to Apache Maven Artifact Resolver"/],
    ['code-of-conduct', 'unknown', orgWide('apache/maven-resolver')],
    ['governance', 'unknown', orgWide('apache/maven-resolver')],
    ['security-policy', 'unknown', /goes on at https:\/\/www\.apache\.org\/security\/, which was not read/],
    // the shared workflows get the default token, whatever they ask for later
    ['token-permissions', 'fail', /^\.github\/workflows\/maven-verify\.yml sets no top-level permissions/],
    // pull_request_target calls a shared workflow, which checks nothing of the pull request out
    ['dangerous-workflow', 'pass', /^4 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, maven/],
  ]),
  // GitHub's CLI (Go)
  ...project('cli', 'cli/cli', [
    ['licence-file', 'pass', /^the project is under MIT .*identified in LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Documentation" section/],
    ['contributing', 'pass', /^\.github\/CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^\.github\/CODE-OF-CONDUCT\.md: a code of conduct/],
    // CODEOWNERS names teams; "the core CLI team at GitHub" is named only in passing
    ['governance', 'unknown', orgWide('cli/cli')],
    [
      'security-policy',
      'pass',
      /^\.github\/SECURITY\.md: private channel https:\/\/hackerone\.com\/github .*disclosure process by the bug-bounty programme/,
    ],
    ['token-permissions', 'fail', /^\.github\/workflows\/triage\.yml sets no top-level permissions/],
    // pull_request_target with the titles and bodies in environment variables, nothing checked out
    ['dangerous-workflow', 'pass', /^8 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, gomod/],
  ]),
  // a company's project (Rust): the security policy is the organisation's
  ...project('uv', 'astral-sh/uv', [
    ['licence-file', 'pass', /^the project is under MIT OR Apache-2\.0 .*declared in Cargo\.toml and matching LICENSE-APACHE, LICENSE-MIT/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Installation" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('astral-sh/uv')],
    // "backed by Astral", and releases "can only be performed by Astral team members": no maintainers named
    ['governance', 'unknown', orgWide('astral-sh/uv')],
    ['security-policy', 'unknown', /goes on at https:\/\/github\.com\/astral-sh\/\.github\/blob\/main\/SECURITY\.md, which was not read/],
    ['dangerous-workflow', 'pass', /^41 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/renovate\.json5: Renovate configured/],
  ]),
  // Apache (Java): the code of conduct and the security policy on apache.org, the committers in pom.xml
  ...project('commons-lang', 'apache/commons-lang', [
    ['licence-file', 'pass', /^the project is under Apache-2\.0 .*identified in LICENSE\.txt/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Documentation" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    [
      'code-of-conduct',
      'pass',
      /^CODE_OF_CONDUCT\.md: a code of conduct by reference to https:\/\/www\.apache\.org\/foundation\/policies\/conduct\.html/,
    ],
    ['governance', 'pass', /^pom\.xml names 17 maintainer\(s\) \(<developers>\)/],
    ['security-policy', 'unknown', /goes on at https:\/\/commons\.apache\.org\/security\.html, which was not read/],
    ['token-permissions', 'pass', /^\.github\/workflows\/scorecards-analysis\.yml: top-level token permissions are read-only/],
    ['dangerous-workflow', 'pass', /^4 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, maven/],
  ]),
  // Python Software Foundation (Python): a disclosure process with response times
  ...project('requests', 'psf/requests', [
    ['licence-file', 'pass', /^the project is under Apache-2\.0 .*declared in pyproject\.toml and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Installing Requests and Supported Versions" section/],
    ['contributing', 'pass', /^\.github\/CONTRIBUTING\.md: a contribution guide/],
    [
      'code-of-conduct',
      'pass',
      /^\.github\/CODE_OF_CONDUCT\.md: a code of conduct by reference to https:\/\/www\.python\.org\/psf\/codeofconduct/,
    ],
    [
      'security-policy',
      'pass',
      /^\.github\/SECURITY\.md: private channel https:\/\/github\.com\/psf\/requests\/security\/advisories\/new .*disclosure process described/,
    ],
    // the one job that locks old threads gets its writes from the top level
    ['token-permissions', 'fail', /^\.github\/workflows\/lock-issues\.yml: top-level permissions grant write access/],
    ['dangerous-workflow', 'pass', /^8 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, pre-commit/],
  ]),
  // OpenSSF (Go): a steering committee, and every workflow read-only
  ...project('scorecard', 'ossf/scorecard', [
    ['licence-file', 'pass', /^the project is under Apache-2\.0 .*identified in LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Using Scorecard" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^CODE_OF_CONDUCT\.md: a code of conduct/],
    ['governance', 'pass', /^MAINTAINERS\.md: a governance or maintainers document/],
    ['security-policy', 'pass', /^SECURITY\.md: private channel security@openssf\.org .*disclosure process described/],
    [
      'token-permissions',
      'pass',
      /^\.github\/workflows\/osps-baseline\.yml: no top-level permissions, and each of its 1 job\(s\) declares its own/,
    ],
    // scdiff.yml runs a pull request's code on a maintainer's comment only, at the SHA seen before it
    ['dangerous-workflow', 'pass', /^14 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates docker, github-actions, gomod/],
  ]),
  // OpenJS Foundation (TypeScript)
  ...project('jest', 'jestjs/jest', [
    ['licence-file', 'pass', /^the project is under MIT .*declared in README\.md \(its licence section\) and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Getting Started" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^CODE_OF_CONDUCT\.md: a code of conduct by reference to https:\/\/code-of-conduct\.openjsf\.org/],
    ['governance', 'pass', /^GOVERNANCE\.md: a governance or maintainers document/],
    ['security-policy', 'pass', /^SECURITY\.md: private channel .*disclosure process described/],
    ['token-permissions', 'fail', /^\.github\/workflows\/pkg-pr-new\.yml sets no top-level permissions/],
    // pull_request_target checks out the base branch, not the pull request
    ['dangerous-workflow', 'pass', /^11 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/renovate\.json: Renovate configured/],
  ]),
  // Sigstore (TypeScript monorepo): the contribution guide and the security policy are the organisation's
  ...project('sigstore-js', 'sigstore/sigstore-js', [
    ['licence-file', 'pass', /^the project is under Apache-2\.0 .*declared in package\.json and matching LICENSE/],
    [
      'readme',
      'pass',
      /^README\.md: a description \(line \d+\) and a "Installation" section in packages\/client\/README\.md, which it links/,
    ],
    ['code-of-conduct', 'pass', /^CODE_OF_CONDUCT\.md: a code of conduct/],
    ['governance', 'unknown', orgWide('sigstore/sigstore-js')],
    ['security-policy', 'unknown', /links the organisation's security policy .*run with network access/],
    ['token-permissions', 'pass', /^\.github\/workflows\/release\.yml: top-level token permissions are read-only/],
    ['dangerous-workflow', 'pass', /^9 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, npm/],
  ]),
  // single maintainer (Rust), a tool that audits workflows
  ...project('zizmor', 'zizmorcore/zizmor', [
    ['licence-file', 'pass', /^the project is under MIT .*declared in Cargo\.toml and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and prose that links how to install or use it/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('zizmorcore/zizmor')],
    ['governance', 'unknown', orgWide('zizmorcore/zizmor')],
    ['security-policy', 'unknown', orgWide('zizmorcore/zizmor')],
    ['token-permissions', 'pass', /^\.github\/workflows\/release\.yml: top-level token permissions are read-only/],
    ['dangerous-workflow', 'pass', /^11 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates cargo, docker, github-actions, uv/],
  ]),
  // OpenJS Foundation (JavaScript): governance in its own repository
  ...project('webpack', 'webpack/webpack', [
    ['licence-file', 'pass', /^the project is under MIT .*declared in package\.json and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Install" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('webpack/webpack')],
    // 19 words that link the governance repository; the README lists the TSC too
    ['governance', 'pass', /^GOVERNANCE\.md: a governance or maintainers document/],
    ['security-policy', 'unknown', orgWide('webpack/webpack')],
    [
      'token-permissions',
      'fail',
      /^\.github\/workflows\/dependabot\.yml: top-level permissions grant write access \(contents: write, pull-requests: write\)/,
    ],
    // pull_request_target runs the labeler and a shared workflow pinned by SHA, on the base branch
    ['dangerous-workflow', 'pass', /^12 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, gitsubmodule, npm/],
  ]),
  // German company's project (Go): no GitHub workflows
  ...project('opencloud', 'opencloud-eu/opencloud', [
    ['licence-file', 'pass', /^the project is under Apache-2\.0 .*identified in LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Build OpenCloud" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('opencloud-eu/opencloud')],
    ['token-permissions', 'not-applicable', noWorkflows],
    ['dangerous-workflow', 'not-applicable', noWorkflows],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates gomod, npm/],
  ]),
]

const KNOWN_WRONG: WrongVerdict[] = [
  // governance
  [
    'synapse',
    'governance',
    'pass',
    'element-hq/synapse',
    /Element/,
    'the README says twice that Synapse is "written and maintained by Element" (line 9) and "developed and maintained by Element" (line 21), as phpunit\'s names its maintainer',
  ],
  [
    'requests',
    'governance',
    'pass',
    'psf/requests',
    /AUTHORS\.rst|CODEOWNERS/,
    'AUTHORS.rst\'s "Requests Maintainers" lists the two maintainers, and .github/CODEOWNERS requires their approval for the release files ("require lead maintainer approval")',
  ],
  [
    'opencloud',
    'governance',
    'pass',
    'opencloud-eu/opencloud',
    /OpenCloud [Cc]ompany/,
    'CONTRIBUTING.md\'s section "OpenCloud Company, Engineering Partners and Community" says who builds it (the OpenCloud company\'s developers and engineering partners) and who reviews all changes ("the full time devs from either organization")',
  ],
  // security-policy
  [
    'X-Road',
    'security-policy',
    'pass',
    'nordic-institute/X-Road',
    /bug-bounty programme https:\/\/nordic-institute\.atlassian\.net\/wiki\/spaces\/XRDBUGBOUNTY/,
    'SECURITY.md links "the X-Road bug bounty program", the project\'s own programme with published rules and a disclosure policy; a bug-bounty programme counts when it is on HackerOne (cli), not when the project hosts it',
  ],
  [
    'opencloud',
    'security-policy',
    'fail',
    'opencloud-eu/opencloud',
    /does not describe a disclosure process/,
    'the README\'s "Security" section is the policy: "please contact security@opencloud.eu immediately", and no disclosure process',
  ],
  // contributing
  [
    'sigstore-js',
    'contributing',
    'pass',
    'sigstore/sigstore-js',
    /https:\/\/github\.com\/sigstore\/\.github\/blob\/main\/CONTRIBUTING\.md/,
    'the README\'s "Contributing" section links the full guide (the organisation\'s CONTRIBUTING.md), which counts as a link from a short section does; the section alone has under 15 words',
  ],
  // readme
  [
    'maven-resolver',
    'readme',
    'fail',
    'apache/maven-resolver',
    /^README\.md has no description/,
    'README.md is the contribution guide ("Contributing to Apache Maven Artifact Resolver"): its first paragraph invites bug reports and its "Getting Started" is for contributors (a GitHub account, the dev list); it says neither what the resolver does nor how to use it',
  ],
  // token-permissions
  [
    'uv',
    'token-permissions',
    'pass',
    'astral-sh/uv',
    /check-release\.yml/,
    "check-release.yml runs only when ci.yml calls it (on: workflow_call), and a called workflow gets its caller's token, here contents: read; it never gets the default token",
  ],
  // dangerous-workflow
  [
    'X-Road',
    'dangerous-workflow',
    'fail',
    'nordic-institute/X-Road',
    /publish_images\.yaml/,
    'publish_images.yaml (workflow_run of "Build and test", branches: [develop]) installs the .deb packages that run built into Docker images and pushes them with packages: write; a pull request from a fork whose branch is named develop passes that filter, so code from the pull request is published with the repository\'s token (artifact poisoning)',
  ],
]

describeCorpus('the corpus of real projects (the older extracts), offline', VERDICTS, KNOWN_WRONG, 18)
