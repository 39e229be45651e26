import type { Check } from '../../../src/core/types.js'
import { requireDocument, minWordsOption } from '../../../src/docs/doc-files.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'contributing',
    family: 'docs',
    title: 'Contribution guide',
    level: 1,
    version: '2.0.0',
    crosswalk: {
      osps: ['OSPS-GV-03.01'],
      bestPractices: ['contribution', 'contribution_requirements'],
      publicCode: ['make-contributing-easy', 'welcome-contributors'],
    },
    subjectFile: 'CONTRIBUTING.md',
    anchors: ['CONTRIBUTING.md'],
    ...minWordsOption(40),
  },
  docs,
  run: (ctx) =>
    requireDocument(ctx, {
      names: ['CONTRIBUTING'],
      what: 'a contribution guide',
      minWords: Number(ctx.options['min-words']),
      readmeSection: /contribut|how to help|participat|mitwirken|contribuire|contribuer|contribuir/i,
      // "Additional contributors" lists people; "Contributor's guide" is the guide
      notReadmeSection: /\bcontributors\b(?!['’]?\s*(guide|guidelines|handbook|documentation))|\bcredits\b|\backnowledg/i,
      // a heading that starts with it ("Contribute", "How to contribute") is about contributing, not one that mentions it
      preferredSection:
        /^[^\p{L}\p{N}]*((how|ways|want) (to|can (i|you)) )?(contribut|help(ing)?\b|participat|mitwirken|contribuire|contribuer|contribuir)/iu,
      guideLink: /contribut|develop(ment|er|ing)|hacking|how[-_ ]to[-_ ]help|mitwirken|contribuire|contribuer|contribuir/i,
      remediation:
        'Add CONTRIBUTING.md: how to report bugs and propose changes, how to build and test, what a pull request needs to be accepted.',
    }),
}
