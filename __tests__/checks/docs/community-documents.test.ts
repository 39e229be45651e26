import { afterAll, describe, expect, test } from '@jest/globals'
import { check as contributing } from '../../../checks/docs/contributing/index.js'
import { check as codeOfConduct } from '../../../checks/docs/code-of-conduct/index.js'
import { check as governance } from '../../../checks/docs/governance/index.js'
import type { Check } from '../../../src/core/types.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')

const cases: [string, Check, Record<string, string>, string, RegExp][] = [
  [
    'contributing: CONTRIBUTING.md',
    contributing,
    { 'CONTRIBUTING.md': `# Contributing\n\n${words(60)}` },
    'pass',
    /^CONTRIBUTING\.md: a contribution guide \(\d+ words\)$/,
  ],
  ['contributing: .github/CONTRIBUTING.md', contributing, { '.github/CONTRIBUTING.md': words(60) }, 'pass', /^\.github\/CONTRIBUTING\.md/],
  [
    'contributing: a README section',
    contributing,
    { 'README.md': `# X\n\n## How to contribute\n\n${words(20)}\n` },
    'pass',
    /README\.md: a contribution guide in the section "How to contribute" \(line 3\)/,
  ],
  [
    'contributing: an empty README section',
    contributing,
    { 'README.md': '# X\n\n## Contributing\n\nTBD\n' },
    'fail',
    /no CONTRIBUTING file/,
  ],
  [
    'contributing: a stub file',
    contributing,
    { 'CONTRIBUTING.md': '# Contributing\n\nPRs welcome.\n' },
    'fail',
    /CONTRIBUTING\.md has 3 words; a contribution guide needs at least 40/,
  ],
  [
    'contributing: missing',
    contributing,
    { 'README.md': '# X' },
    'fail',
    /^no CONTRIBUTING file in the root, \.github\/ or docs\/, and no such section in the README$/,
  ],
  [
    'contributing: a "Contribute" section, not a list of contributors or a heading that mentions contributions (Gadgetbridge)',
    contributing,
    {
      'README.md': `# X\n\n## Authors\n\n### Core Team (in order of first code contribution)\n\n* Anna Virtanen\n* Jonas Berger\n\n### Additional contributors\n\n${Array.from({ length: 12 }, (_, i) => `* Person Number${i} (Watch ${i})`).join('\n')}\n\n## Contribute\n\n${words(30)}\n`,
    },
    'pass',
    /^README\.md: a contribution guide in the section "Contribute" \(line \d+\)$/,
  ],
  [
    'contributing: a long list of contributors is no contribution guide',
    contributing,
    { 'README.md': `# X\n\n## Contributors\n\n${Array.from({ length: 20 }, (_, i) => `* Person Number${i}`).join('\n')}\n` },
    'fail',
    /^no CONTRIBUTING file in the root, \.github\/ or docs\/, and no such section in the README$/,
  ],
  [
    'contributing: a "Contributor\'s guide" section is the guide',
    contributing,
    { 'README.md': `# X\n\n## Contributors' guide\n\n${words(20)}\n` },
    'pass',
    /section "Contributors' guide"/,
  ],
  ['code-of-conduct: full text', codeOfConduct, { 'CODE_OF_CONDUCT.md': words(80) }, 'pass', /a code of conduct \(80 words\)/],
  [
    'code-of-conduct: adoption by reference',
    codeOfConduct,
    {
      '.github/CODE_OF_CONDUCT.md': 'We follow https://www.contributor-covenant.org/version/2/1/code_of_conduct/ - report to conduct@x.eu',
    },
    'pass',
    /by reference to https:\/\/www\.contributor-covenant\.org/,
  ],
  [
    "code-of-conduct: an organisation's code adopted by link in the README (Nextcloud, nextcloud/deck)",
    codeOfConduct,
    {
      'README.md':
        '# Deck\n\n## Contribution Guidelines\n\nPlease read the [Code of Conduct](https://nextcloud.com/community/code-of-conduct/).\n',
    },
    'pass',
    /^README\.md: a code of conduct by reference to https:\/\/nextcloud\.com\/community\/code-of-conduct\/ \(line 5\)$/,
  ],
  ...(
    [
      ['Fedora', 'https://docs.fedoraproject.org/en-US/project/code-of-conduct/'],
      ['Debian', 'https://www.debian.org/code_of_conduct'],
      ['Drupal', 'https://www.drupal.org/dcoc'],
      ['Matrix.org', 'https://matrix.org/legal/code-of-conduct/'],
      ['WordPress', 'https://make.wordpress.org/handbook/community-code-of-conduct/'],
      ['Kubernetes', 'https://github.com/kubernetes/community/blob/master/code-of-conduct.md'],
      ['Node.js', 'https://github.com/nodejs/admin/blob/main/CODE_OF_CONDUCT.md'],
      ['OpenStack', 'https://www.openstack.org/legal/community-code-of-conduct/'],
      ['NumFOCUS', 'https://numfocus.org/code-of-conduct'],
      ['PostgreSQL', 'https://www.postgresql.org/about/policies/coc/'],
    ] as const
  ).map(
    ([name, url]) =>
      [
        `code-of-conduct: the ${name} code adopted by link`,
        codeOfConduct,
        { 'CODE_OF_CONDUCT.md': `This project follows the [${name} Code of Conduct](${url}).` },
        'pass',
        new RegExp(`by reference to ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
      ] as [string, Check, Record<string, string>, string, RegExp],
  ),
  [
    'code-of-conduct: adoption by name ("adheres to the NumFOCUS Code of Conduct")',
    codeOfConduct,
    { 'README.md': '# X\n\nEveryone here adheres to the NumFOCUS Code of Conduct.\n' },
    'pass',
    /by reference to adheres to the NumFOCUS Code of Conduct/,
  ],
  ['code-of-conduct: empty file', codeOfConduct, { 'CODE_OF_CONDUCT.md': '' }, 'fail', /has 0 words/],
  ['code-of-conduct: missing', codeOfConduct, {}, 'fail', /^no CODE_OF_CONDUCT or CODE-OF-CONDUCT or CONDUCT file/],
  [
    'governance: MAINTAINERS list',
    governance,
    { MAINTAINERS: 'Anna Virtanen <anna@x.eu>\nJonas Berger <jonas@x.eu>\nMarta Rossi <marta@x.eu>\n' },
    'pass',
    /^MAINTAINERS: a governance or maintainers document/,
  ],
  ['governance: GOVERNANCE.md in docs/', governance, { 'docs/GOVERNANCE.md': words(40) }, 'pass', /^docs\/GOVERNANCE\.md/],
  ['governance: README section', governance, { 'README.md': `# X\n\n## Maintainers\n\n${words(16)}\n` }, 'pass', /section "Maintainers"/],
  ['governance: missing', governance, { 'README.md': '# X' }, 'fail', /^no GOVERNANCE or MAINTAINERS/],
  // who maintains the project, said in the README's prose
  [
    'governance: "written and maintained by" a person (hynek/structlog)',
    governance,
    {
      'README.md':
        '# structlog\n\n## Credits\n\n*structlog* is written and maintained by [Hynek Schlawack](https://hynek.me/).\nThe idea is older.\n',
    },
    'pass',
    /^README\.md names the maintainer Hynek Schlawack \("structlog is written and maintained by Hynek Schlawack", line 5\)$/,
  ],
  [
    'governance: "primarily developed and maintained by" (sebastianbergmann/phpunit)',
    governance,
    {
      'README.md':
        '# X\n\n## Contribute\n\nThese components are primarily developed and maintained by [Sebastian Bergmann](https://sebastian-bergmann.de/):\n\n* a\n',
    },
    'pass',
    /names the maintainer Sebastian Bergmann/,
  ],
  [
    'governance: "X is the maintainer"',
    governance,
    { 'README.md': '# X\n\nMarta Rossi is the current maintainer of X.\n' },
    'pass',
    /names the maintainer Marta Rossi/,
  ],
  [
    'governance: "Maintainer: @handle"',
    governance,
    { 'README.md': '# X\n\nMaintainer: @marta-rossi\n' },
    'pass',
    /names the maintainer @marta-rossi/,
  ],
  [
    'governance: "maintained by volunteers" names nobody (GNOME/libxml2)',
    governance,
    { 'README.md': '# X\n\nThis is open-source software written by hobbyists and maintained by volunteers.\n' },
    'fail',
    /^no GOVERNANCE or MAINTAINERS/,
  ],
  [
    'governance: "not maintained by" denies it (superseriousbusiness/gotosocial)',
    governance,
    { 'README.md': '# X\n\nThese packages are not maintained by GoToSocial, so please ask their maintainers.\n' },
    'fail',
    /^no GOVERNANCE or MAINTAINERS/,
  ],
  [
    "governance: a distribution's package maintainer, in the installation section, is not the project's (BurntSushi/ripgrep)",
    governance,
    { 'README.md': '# X\n\n## Installation\n\nIf you run Debian stable, X is officially maintained by Debian.\n' },
    'fail',
    /^no GOVERNANCE or MAINTAINERS/,
  ],
  // a short list of names under a team heading
  [
    'governance: a "Core Team" list of four names, under the word minimum (Freeyourgadget/Gadgetbridge)',
    governance,
    {
      'README.md':
        '# X\n\n## Authors\n\n### Core Team (in order of first code contribution)\n\n* Andreas Shimokawa\n* Carsten Pfeiffer\n* Daniele Gobbetti\n* Petr Vaněk\n\n### Additional contributors\n\n* João Paulo Barraca (HPlus)\n',
    },
    'pass',
    /section "Core Team \(in order of first code contribution\)" \(line 5\), which names 4 people \(Andreas Shimokawa, Carsten Pfeiffer, Daniele Gobbetti, Petr Vaněk\)$/,
  ],
  [
    'governance: a short "Team" section of prose that names nobody is not enough',
    governance,
    { 'README.md': '# X\n\n## Team\n\nWe are a small team.\n' },
    'fail',
    /^no GOVERNANCE or MAINTAINERS/,
  ],
  // CODEOWNERS
  [
    'governance: CODEOWNERS naming the owners of every file (nextcloud/deck)',
    governance,
    { '.github/CODEOWNERS': '# App maintainers\n* @luka-nextcloud @grnd-alt\n' },
    'pass',
    /^\.github\/CODEOWNERS names the code owners of every file, who are asked to review each change: @luka-nextcloud, @grnd-alt$/,
  ],
  [
    'governance: CODEOWNERS for one file only (rails/rails) says nothing of who decides',
    governance,
    { '.github/CODEOWNERS': '.rubocop.yml    @rafaelfranca\n' },
    'fail',
    /^no GOVERNANCE or MAINTAINERS/,
  ],
  [
    'governance: CODEOWNERS naming only a team, whose members the public cannot see',
    governance,
    { '.github/CODEOWNERS': '* @cli/code-reviewers\n' },
    'fail',
    /^no GOVERNANCE or MAINTAINERS/,
  ],
  // MAINTAINERS that is not a list of maintainers
  [
    "governance: a maintainer's guide named MAINTAINERS.md that names nobody is passed over (GNOME/libxml2)",
    governance,
    {
      'MAINTAINERS.md': `# Maintainer's Guide\n\n## Making a release\n\n${words(40)}\n\n- Make sure that there's a reasonable alternative.\n- Mark the function as deprecated.\n`,
    },
    'fail',
    /^MAINTAINERS\.md is not a governance or maintainers document: it names no maintainer \(no name, handle or address\), it is a guide for maintainers; no other GOVERNANCE or MAINTAINERS/,
  ],
  [
    'governance: a short MAINTAINERS.md with two names is enough',
    governance,
    { 'MAINTAINERS.md': '# Maintainers\n\n- Anna Virtanen\n- Jonas Berger\n' },
    'pass',
    /^MAINTAINERS\.md: a governance or maintainers document \(\d+ words, which names 2 people \(Anna Virtanen, Jonas Berger\)\)$/,
  ],
]

describe('community documents', () => {
  test.each(cases)('%s', async (_name, check, files, status, message) => {
    const run = await runCheckOn(check, files)
    expect(run.status).toBe(status)
    expect(run.messages).toContainEqual(expect.stringMatching(message))
  })
})
