import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/readme/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const GOOD = `# Kommune Forms

Kommune Forms is a small form builder for municipal websites, so citizens can send requests
without an account and the municipality receives structured data for its case system.

## Installation

Run the installer with npm, then configure the storage folder and the list of forms you
want to publish on your website.

## Usage

Start the server and open the forms in a browser.
`

describe('readme', () => {
  test.each([
    [
      'a README with a description and installation section',
      { 'README.md': GOOD },
      'pass',
      /^README\.md: a description \(line 3\) and a "Installation" section \(line 6\), \d+ words$/,
    ],
    ['a README in docs/ counts', { 'docs/README.md': GOOD }, 'pass', /^docs\/README\.md/],
    ['a lowercase readme.md counts', { 'readme.md': GOOD }, 'pass', /^readme\.md/],
    [
      'a French README with "Utilisation"',
      {
        'README.md':
          '# Outil\n\nCet outil aide les communes à publier leurs formulaires en ligne sans créer de compte pour les citoyens. Les réponses arrivent au format JSON dans le système de gestion des dossiers.\n\n## Utilisation\n\nLancez le serveur puis ouvrez le formulaire dans un navigateur web moderne et remplissez les champs demandés par la commune.\n',
      },
      'pass',
      /"Utilisation"/,
    ],
    [
      'a plain-text README with a "Usage:" line',
      {
        README:
          'Tool for counting things in municipal open data sets, written for the statistics office of a small city and reused by others.\n\nUsage:\n  count FILE\n\nThe tool prints one line per category with the number of records found in the data set given on the command line. Nothing is sent over the network.\n',
      },
      'pass',
      /"Usage"/,
    ],
    ['no README', { 'main.c': 'int main(){}' }, 'fail', /^no README found in the root, \.github\/ or docs\/$/],
    [
      'a README with only a title',
      { 'README.md': '# my-repo\n' },
      'fail',
      /README\.md has 0 words of prose; a substantive README has at least 50/,
    ],
    [
      'the GitLab template',
      {
        'README.md':
          '# Project\n\n## Getting started\n\nTo make it easy for you to get started with GitLab, here is a list of recommended next steps. Already a pro? Just edit this README.md and make it your own. Want to make it easy? Use the template at the bottom! More words to pass the count of fifty words easily here and there.\n',
      },
      'fail',
      /README\.md still contains the GitLab project template/,
    ],
    [
      'a README without an installation or usage section',
      {
        'README.md': `# X\n\n${'This project converts address data between the formats used by European land registries. '.repeat(5)}\n\n## License\n\nEUPL\n`,
      },
      'fail',
      /says nowhere how to install or use the project/,
    ],
    [
      'a README of badges and code whose only prose comes at the end',
      {
        'README.md': `# X\n\n[![ci](https://x/badge.svg)](https://x)\n\n## Install\n\n${'```sh\nmake install\n```\n\n'.repeat(20)}## More\n\n${'word '.repeat(60)}\n`,
      },
      'fail',
      /has no description: no paragraph of at least 6 words of prose in its first half/,
    ],
    [
      'a table of contents of headings and lists before the description (ossf/scorecard)',
      {
        'README.md': `# X\n\n[![ci](https://x/badge.svg)](https://x)\n\n## Overview\n\n- [What](#what)\n- [Why](#why)\n\n## Using X\n\n- [Install](#install)\n\n## Checks\n\n- [All](#all)\n\n## What\n\nX checks the security practices of open source projects and scores them from 0 to 10.\n\n## Install\n\n${'Download the binary for your platform from the releases page and put it on your path. '.repeat(3)}\n`,
      },
      'pass',
      /^README\.md: a description \(line 20\) and a "Using X" section/,
    ],
    [
      'prose that links the install and usage documents (curl)',
      {
        'README.md': `# curl\n\ncurl is a command-line tool for transferring data from or to a server using URLs. It supports many protocols.\n\nLearn how to use curl by reading [the man page](https://curl.se/docs/manpage.html).\n\nFind out how to install curl by reading [the INSTALL document](https://curl.se/docs/install.html).\n\n## Contact\n\n${'Contact us on a mailing list or on the issue tracker of the project. '.repeat(3)}\n`,
      },
      'pass',
      /and prose that links how to install or use it \("Learn how to use curl by reading the man page\."\) \(line 5\)/,
    ],
    [
      'a linting section is not usage',
      {
        'README.md': `# X\n\n${'This library parses the address formats of European land registries for public bodies. '.repeat(4)}\n\n## Running the linter\n\nnpm run lint\n`,
      },
      'fail',
      /says nowhere how to install or use the project/,
    ],
    [
      'an AsciiDoc README with "== Getting started"',
      {
        'README.adoc': `= Kommune Forms\n\nKommune Forms is a small form builder for municipal websites, so citizens can send requests without an account.\n\n== Getting started\n\nRun the installer with link:docs/install.adoc[npm], then configure the storage folder and the forms you publish on the website of the municipality. Each form is a small file that the staff of the municipality can edit themselves.\n`,
      },
      'pass',
      /^README\.adoc: a description \(line 3\) and a "Getting started" section \(line 5\)/,
    ],
    [
      'a reStructuredText README with an underlined "Installation" title',
      {
        'README.rst': `=============\nKommune Forms\n=============\n\nKommune Forms is a small form builder for municipal websites, so citizens can send requests without an account.\n\nInstallation\n------------\n\nRun the installer with \`npm <https://npmjs.com>\`_, then configure the storage folder and the forms you publish on the website. Each form is a small file that the staff of the municipality can edit themselves.\n`,
      },
      'pass',
      /^README\.rst: a description \(line 5\) and a "Installation" section \(line 7\)/,
    ],
    [
      'an Org README with "* Usage"',
      {
        'README.org': `#+TITLE: Kommune Forms\n\nKommune Forms is a small form builder for municipal websites, so citizens can send requests without an account.\n\n* Usage\nStart the server with [[https://example.eu/docs][the guide]], then open the forms in a browser and fill in what the municipality asks for in them. Each form is a small file that the staff can edit.\n`,
      },
      'pass',
      /^README\.org: a description \(line 3\) and a "Usage" section \(line 5\)/,
    ],
    [
      'a section that names installing comes before one that mentions running (superseriousbusiness/gotosocial)',
      {
        'README.md': `# X\n\n${'X is a small server for the fediverse that a municipality can run for its staff. '.repeat(3)}\n\n## Features\n\n### Easy to run\n\nOne binary.\n\n## Installing X\n\nDownload the release for your platform.\n`,
      },
      'pass',
      /a "Installing X" section \(line 11\)/,
    ],
    [
      'a heading that starts with the word comes before one that only has it (demarches-simplifiees.fr)',
      {
        'README.md': `# X\n\n${'X lets public bodies publish online procedures for citizens and businesses. '.repeat(5)}\n\n### Adding tasks to run during deployment\n\nrake\n\n## Deployment\n\nSee the wiki.\n`,
      },
      'pass',
      /a "Deployment" section \(line 9\)/,
    ],
    [
      "a contribution section's mention of documentation is not usage (Freeyourgadget/Gadgetbridge)",
      {
        'README.md': `# X\n\n${'X is an app for smart watches that works without the vendors cloud services. '.repeat(3)}\n\n## Contribute\n\nContributions are welcome, be it feedback, bug reports, documentation or code: see the [wiki](https://example.org/wiki).\n`,
      },
      'fail',
      /says nowhere how to install or use the project/,
    ],
    [
      'a binary README',
      { 'README.md': Buffer.from([0x00, 0x01, 0x02, 0x03]) },
      'fail',
      /README\.md is a binary file \(it contains NUL bytes\), not text/,
    ],
  ])('%s', async (_name, files, status, message) => {
    const run = await runCheckOn(check, files as Record<string, string | Buffer>)
    expect(run.status).toBe(status)
    expect(run.messages.some((m) => message.test(m))).toBe(true)
  })

  test('findings point at the README and at the template line', async () => {
    const run = await runCheckOn(check, {
      'README.md': `# X\n\n${'Some text about the project. '.repeat(10)}\n\n## Usage\n\nTODO: write usage\n`,
    })
    expect(run.findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        location: { path: 'README.md', startLine: 7 },
        message: 'README.md still contains a TODO placeholder',
      }),
    ])
  })

  test('min-words is an option', async () => {
    const run = await runCheckOn(check, { 'README.md': GOOD }, { checkOptions: { 'min-words': 500 } })
    expect(run.messages).toContainEqual(expect.stringMatching(/at least 500$/))
  })
})
