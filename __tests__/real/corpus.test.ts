/**
 * The regression corpus: the verdicts a careful reviewer gives, offline, on extracts of 17 real
 * projects of several languages, forges (GitHub; GitLab, Codeberg and KDE's GitLab through their
 * GitHub mirrors) and kinds (public-sector software of Estonia, France, Italy and Germany,
 * foundations' projects, single-maintainer libraries). Each extract in fixtures/real/<project>/
 * holds only the files the verdicts depend on; SOURCE.md gives the repository, commit and licence.
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
  // Estonian public sector (C++); the README says nothing of what the library does
  ...project('libdigidocpp', 'open-eid/libdigidocpp', [
    // COPYING holds notices of bundled code (schemas, minizip, a PKCS#11 header), not a licence; LICENSE.LGPL is the
    // LGPL-2.1 text, and the sources' notices say "or (at your option) any later version"
    [
      'licence-file',
      'pass',
      /^the project is under LGPL-2\.1-or-later .*the notices of \d+ of \d+ source files read say LGPL-2\.1-or-later/,
    ],
    ['readme', 'fail', /^README\.md has no description/],
    ['contributing', 'unknown', orgWide('open-eid/libdigidocpp')],
    ['code-of-conduct', 'unknown', orgWide('open-eid/libdigidocpp')],
    ['governance', 'unknown', orgWide('open-eid/libdigidocpp')],
    ['security-policy', 'unknown', orgWide('open-eid/libdigidocpp')],
    ['token-permissions', 'pass', /^\.github\/workflows\/build\.yml: top-level token permissions are read-only/],
    ['dangerous-workflow', 'pass', /^1 workflow\(s\): no untrusted checkout run with privileges, no script injection/],
    ['dependency-updates', 'fail', noUpdates],
  ]),
  // developed on GitLab: no GitHub workflows; Android (Kotlin)
  ...project('fdroidclient', 'f-droid/fdroidclient', [
    // the README's licence section: "either version 3 of the License, or (at your option) any later version"
    [
      'licence-file',
      'pass',
      /^the project is under GPL-3\.0-or-later .*declared in README\.md \(its licence section\) and matching LICENSE/,
    ],
    ['readme', 'pass', /^README\.md: a description \(line 6\) and a "Building with Gradle" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('f-droid/fdroidclient')],
    ['governance', 'unknown', orgWide('f-droid/fdroidclient')],
    ['security-policy', 'unknown', orgWide('f-droid/fdroidclient')],
    ['token-permissions', 'not-applicable', noWorkflows],
    ['dangerous-workflow', 'not-applicable', noWorkflows],
    ['dependency-updates', 'fail', noUpdates],
  ]),
  // a Nextcloud app (PHP): REUSE texts, manifests that say "agpl", workflows from the organisation's template
  ...project('deck', 'nextcloud/deck', [
    ['licence-file', 'pass', /^the project is under AGPL-3\.0-or-later .*declared in package\.json and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Installation\/Update" section/],
    ['contributing', 'pass', /^README\.md: a contribution guide in the section "Contribution Guidelines"/],
    // "Please read the [Code of Conduct](https://nextcloud.com/community/code-of-conduct/)"
    ['code-of-conduct', 'pass', /^README\.md: a code of conduct by reference to https:\/\/nextcloud\.com\/community\/code-of-conduct/],
    // "# App maintainers" / "* @luka-nextcloud @grnd-alt"
    [
      'governance',
      'pass',
      /^\.github\/CODEOWNERS names the code owners of every file, who are asked to review each change: @luka-nextcloud, @grnd-alt$/,
    ],
    ['security-policy', 'pass', /^SECURITY\.md: private channel https:\/\/hackerone\.com\/nextcloud/],
    // only the release workflow and two others give every job a write token
    [
      'token-permissions',
      'fail',
      /^\.github\/workflows\/appstore-build-publish\.yml: top-level permissions grant write access \(contents: write\) to every job/,
    ],
    // pull_request_target, but nothing of the pull request is checked out
    ['dangerous-workflow', 'pass', /^20 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates composer, github-actions, npm/],
  ]),
  // OpenJS Foundation (JavaScript): everything in the README, linking the organisation's files
  ...project('express', 'expressjs/express', [
    ['licence-file', 'pass', /^the project is under MIT .*declared in package\.json and matching LICENSE/],
    ['readme', 'pass', /^Readme\.md: a description \(line \d+\) and a "Installation" section/],
    ['contributing', 'pass', /^Readme\.md: a contribution guide in the section "Contributing"/],
    [
      'code-of-conduct',
      'pass',
      /^Readme\.md: a code of conduct by reference to https:\/\/github\.com\/expressjs\/\.github\/blob\/HEAD\/CODE_OF_CONDUCT\.md/,
    ],
    ['governance', 'pass', /^Readme\.md: a governance or maintainers document in the section "Current project team members"/],
    // "Security Issues" links github.com/expressjs/express/security/policy: the organisation's policy
    ['security-policy', 'unknown', orgWide('expressjs/express')],
    ['token-permissions', 'pass', /^\.github\/workflows\/scorecard\.yml: top-level token permissions are read-only/],
    ['dangerous-workflow', 'pass', /^4 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions, npm/],
  ]),
  // developed on Codeberg (Go); the GitHub mirror only closes issues and pull requests
  ...project('gotosocial', 'superseriousbusiness/gotosocial', [
    // LICENSE is the AGPL text, the same for -only and -or-later; the sources' SPDX tags say AGPL-3.0-or-later
    [
      'licence-file',
      'pass',
      /^the project is under AGPL-3\.0-or-later .*the notices of \d+ of \d+ source files read say AGPL-3\.0-or-later/,
    ],
    // "Installing GoToSocial", not the feature "Easy to run"
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Installing GoToSocial" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^CODE_OF_CONDUCT\.md: a code of conduct/],
    ['governance', 'pass', /^README\.md: a governance or maintainers document in the section "Team"/],
    // "Please email security issues to: admin@gotosocial.org", and nothing more
    ['security-policy', 'fail', /^SECURITY\.md does not describe a disclosure process/],
    ['token-permissions', 'fail', /^\.github\/workflows\/autoclose\.yaml: top-level permissions grant write access/],
    ['dangerous-workflow', 'pass', /^1 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'fail', noUpdates],
  ]),
  // public-sector microsimulation (Python), with publiccode.yml
  ...project('openfisca-core', 'openfisca/openfisca-core', [
    ['licence-file', 'pass', /^the project is under AGPL-3\.0-or-later .*declared in publiccode\.yml and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Installation" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('openfisca/openfisca-core')],
    ['governance', 'pass', /^publiccode\.yml names 1 maintainer\(s\) \(maintenance\.contacts\)/],
    ['security-policy', 'unknown', orgWide('openfisca/openfisca-core')],
    // the calling workflows give every job the default token
    ['token-permissions', 'fail', /^\.github\/workflows\/merge\.yaml sets no top-level permissions/],
    ['dangerous-workflow', 'pass', /^8 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates pip/],
  ]),
  // single maintainer (PHP)
  ...project('phpunit', 'sebastianbergmann/phpunit', [
    ['licence-file', 'pass', /^the project is under BSD-3-Clause .*declared in composer\.json and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Installation" section/],
    ['contributing', 'pass', /^\.github\/CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^\.github\/CODE_OF_CONDUCT\.md: a code of conduct/],
    // "primarily developed and maintained by Sebastian Bergmann"
    ['governance', 'pass', /^README\.md names the maintainer Sebastian Bergmann/],
    ['security-policy', 'pass', /^SECURITY\.md: private channel sebastian@phpunit\.de .*disclosure process described/],
    ['token-permissions', 'pass', /^\.github\/workflows\/release\.yaml: top-level token permissions are read-only/],
    // workflow_run that runs a pinned action and checks nothing out
    ['dangerous-workflow', 'pass', /^6 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^renovate\.json: Renovate configured/],
  ]),
  // French and German governments (Python, TypeScript), with publiccode.yml
  ...project('suitenumerique-docs', 'suitenumerique/docs', [
    ['licence-file', 'pass', /^the project is under MIT .*declared in publiccode\.yml and matching LICENSE/],
    // "Self-hosting", not "A concrete example: Meet's transcriptions"
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Self-hosting" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'pass', /^CODE_OF_CONDUCT\.md: a code of conduct/],
    ['governance', 'pass', /^publiccode\.yml names 2 maintainer\(s\) \(maintenance\.contacts\)/],
    // a reporting form and an address; advisories with GHSA and CVE identifiers
    ['security-policy', 'pass', /^SECURITY\.md: private channel docs@numerique\.gouv\.fr .*disclosure process described/],
    ['token-permissions', 'fail', /^\.github\/workflows\/helmfile-linter\.yaml sets no top-level permissions/],
    ['dangerous-workflow', 'pass', /^12 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^renovate\.json: Renovate configured/],
  ]),
  // French government (Ruby on Rails): the licence it declares is not the one it ships
  ...project('demarches-simplifiees', 'demarches-simplifiees/demarches-simplifiees.fr', [
    ['licence-file', 'fail', /^publiccode\.yml: declares GPL-3\.0-or-later, but the licence files say AGPL-3\.0-only/],
    // "Launching the application", not "Adding tasks to run during deployment"
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Launching the application" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('demarches-simplifiees/demarches-simplifiees.fr')],
    ['governance', 'unknown', orgWide('demarches-simplifiees/demarches-simplifiees.fr')],
    // in French: "accusera réception de votre mail dans les 72 heures", "Politique de divulgation et de correction"
    ['security-policy', 'pass', /^SECURITY\.md: private channel tech@demarche\.numerique\.gouv\.fr .*disclosure process described/],
    ['token-permissions', 'fail', /^\.github\/workflows\/ci\.yml sets no top-level permissions/],
    ['dangerous-workflow', 'pass', /^4 workflow\(s\): no untrusted checkout/],
    // its only entry: "open-pull-requests-limit: 0 # disabled for now"
    ['dependency-updates', 'fail', /^\.github\/dependabot\.yml: every entry sets open-pull-requests-limit: 0/],
  ]),
  // developed on GNOME's GitLab (C): the licence text is in a file named Copyright
  ...project('libxml2', 'GNOME/libxml2', [
    ['licence-file', 'fail', /^no licence file \(LICENSE, COPYING or LICENSES\/\); the licence MIT is only declared/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Build instructions" section/],
    ['contributing', 'pass', /^README\.md: a contribution guide in the section "Contributing"/],
    ['code-of-conduct', 'unknown', orgWide('GNOME/libxml2')],
    // MAINTAINERS.md is a maintainer's guide (test suite, releases, CI image) that names nobody
    [
      'governance',
      'unknown',
      /^MAINTAINERS\.md is not a governance or maintainers document: it names no maintainer .*organisation-wide file from https:\/\/github\.com\/GNOME\/\.github may apply/,
    ],
    // the README's "Security": a confidential issue, "as a best effort", no process
    ['security-policy', 'fail', /^README\.md section "Security" does not describe a disclosure process/],
    ['token-permissions', 'not-applicable', noWorkflows],
    ['dangerous-workflow', 'not-applicable', noWorkflows],
    ['dependency-updates', 'fail', noUpdates],
  ]),
  // single maintainer (Rust)
  ...project('ripgrep', 'BurntSushi/ripgrep', [
    // COPYING is a statement ("dual-licensed under the Unlicense and MIT licenses"), and agrees with Cargo.toml
    [
      'licence-file',
      'pass',
      /^the project is under Unlicense OR MIT .*declared in Cargo\.toml and matching LICENSE-MIT, UNLICENSE \(COPYING says so too\)/,
    ],
    // "Installation", not "Documentation quick links"
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Installation" section/],
    // CONTRIBUTING.md only links the AI policy
    ['contributing', 'fail', /^CONTRIBUTING\.md has 24 words/],
    ['code-of-conduct', 'unknown', orgWide('BurntSushi/ripgrep')],
    ['governance', 'unknown', orgWide('BurntSushi/ripgrep')],
    // the README's "Vulnerability reporting": the maintainer's contact page, no process
    ['security-policy', 'fail', /^README\.md section "Vulnerability reporting" does not describe a disclosure process/],
    ['token-permissions', 'fail', /^\.github\/workflows\/release\.yml: top-level permissions grant write access/],
    ['dangerous-workflow', 'pass', /^2 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'fail', noUpdates],
  ]),
  // single maintainer (Python)
  ...project('structlog', 'hynek/structlog', [
    ['licence-file', 'pass', /^the project is under MIT OR Apache-2\.0 .*declared in pyproject\.toml/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and prose that links how to install or use it/],
    ['contributing', 'pass', /^\.github\/CONTRIBUTING\.md: a contribution guide/],
    // the PSF code, with an enforcement contact
    ['code-of-conduct', 'pass', /^\.github\/CODE_OF_CONDUCT\.md: a code of conduct/],
    // the README's "Credits": "structlog is written and maintained by Hynek Schlawack"
    ['governance', 'pass', /^README\.md names the maintainer Hynek Schlawack/],
    // "Tidelift will coordinate the fix and disclosure"
    [
      'security-policy',
      'pass',
      /^\.github\/SECURITY\.md: private channel https:\/\/tidelift\.com\/security .*disclosure process described/,
    ],
    ['token-permissions', 'pass', /^\.github\/workflows\/ci\.yml: top-level token permissions are read-only/],
    ['dangerous-workflow', 'pass', /^5 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions/],
  ]),
  // single maintainer (C#)
  ...project('CsvHelper', 'JoshClose/CsvHelper', [
    // LICENSE.txt: "Dual licensing under MS-PL and Apache 2.0", then both texts
    ['licence-file', 'pass', /^the project is under MS-PL OR Apache-2\.0 /],
    ['readme', 'pass', /^README\.markdown: a description \(line \d+\) and a "Install" section/],
    ['contributing', 'pass', /^README\.markdown: a contribution guide in the section "Contributing"/],
    ['code-of-conduct', 'unknown', orgWide('JoshClose/CsvHelper')],
    ['governance', 'unknown', orgWide('JoshClose/CsvHelper')],
    ['security-policy', 'unknown', orgWide('JoshClose/CsvHelper')],
    ['token-permissions', 'fail', /^\.github\/workflows\/ci\.yaml sets no top-level permissions/],
    ['dangerous-workflow', 'pass', /^3 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'fail', noUpdates],
  ]),
  // developed on KDE's GitLab (C++): REUSE, thirteen licence texts
  ...project('kdeconnect-kde', 'KDE/kdeconnect-kde', [
    // the sources' SPDX tags use the LICENSES/ texts as a choice; LicenseRef-KDE-Accepted-GPL is a GPL-3.0 grant
    [
      'licence-file',
      'pass',
      /^the project is under GPL-2\.0-only OR GPL-3\.0-only OR LicenseRef-KDE-Accepted-GPL .*the licence of 3 of the 4 files with an SPDX-License-Identifier/,
    ],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "How to install" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('KDE/kdeconnect-kde')],
    ['governance', 'unknown', orgWide('KDE/kdeconnect-kde')],
    ['security-policy', 'unknown', orgWide('KDE/kdeconnect-kde')],
    ['token-permissions', 'not-applicable', noWorkflows],
    ['dangerous-workflow', 'not-applicable', noWorkflows],
    ['dependency-updates', 'fail', noUpdates],
  ]),
  // small Ruby library
  ...project('httparty', 'jnunemaker/httparty', [
    ['licence-file', 'pass', /^the project is under MIT .*declared in httparty\.gemspec and matching MIT-LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Install" section/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('jnunemaker/httparty')],
    ['governance', 'unknown', orgWide('jnunemaker/httparty')],
    ['security-policy', 'unknown', orgWide('jnunemaker/httparty')],
    ['token-permissions', 'fail', /^\.github\/workflows\/ci\.yml sets no top-level permissions/],
    ['dangerous-workflow', 'pass', /^1 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates github-actions/],
  ]),
  // developed on Codeberg (Android, Java): no GitHub workflows
  ...project('Gadgetbridge', 'Freeyourgadget/Gadgetbridge', [
    // LICENSE.artwork lists the icons' licences (notices, not the project's); the sources' notices say "or later"
    [
      'licence-file',
      'pass',
      /^the project is under AGPL-3\.0-or-later .*the notices of \d+ of \d+ source files read say AGPL-3\.0-or-later/,
    ],
    // "Download", not the "Contribute" section's prose
    ['readme', 'pass', /^README\.md: a description \(line \d+\) and a "Download" section/],
    // "Contribute", not "Additional contributors" (a list of names)
    ['contributing', 'pass', /^README\.md: a contribution guide in the section "Contribute"/],
    ['code-of-conduct', 'unknown', orgWide('Freeyourgadget/Gadgetbridge')],
    // "Core Team (in order of first code contribution)": four names
    ['governance', 'pass', /section "Core Team \(in order of first code contribution\)" \(line \d+\), which names 4 people/],
    ['security-policy', 'unknown', orgWide('Freeyourgadget/Gadgetbridge')],
    ['token-permissions', 'not-applicable', noWorkflows],
    ['dangerous-workflow', 'not-applicable', noWorkflows],
    ['dependency-updates', 'pass', /^renovate\.json: Renovate configured/],
  ]),
  // Italian public sector (Go), with publiccode.yml
  ...project('developers-italia-api', 'italia/developers-italia-api', [
    ['licence-file', 'pass', /^the project is under AGPL-3\.0-or-later .*declared in publiccode\.yml and matching LICENSE/],
    ['readme', 'pass', /^README\.md: a description \(line \d+\)/],
    ['contributing', 'pass', /^CONTRIBUTING\.md: a contribution guide/],
    ['code-of-conduct', 'unknown', orgWide('italia/developers-italia-api')],
    ['governance', 'pass', /^publiccode\.yml names 1 maintainer\(s\) \(maintenance\.contacts\)/],
    [
      'security-policy',
      'pass',
      /^SECURITY\.md: private channel https:\/\/github\.com\/italia\/developers-italia-api\/security\/advisories\/new .*disclosure process described/,
    ],
    ['token-permissions', 'pass', /^\.github\/workflows\/release\.yml: top-level token permissions are read-only/],
    ['dangerous-workflow', 'pass', /^12 workflow\(s\): no untrusted checkout/],
    ['dependency-updates', 'pass', /^\.github\/dependabot\.yml: Dependabot updates docker, docker-compose, github-actions, gomod/],
  ]),
]

const KNOWN_WRONG: WrongVerdict[] = [
  // none left: every row above is the reviewer's verdict
]

describeCorpus('the corpus of real projects, offline', VERDICTS, KNOWN_WRONG, 12)
