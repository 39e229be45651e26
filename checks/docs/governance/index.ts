import type { Check } from '../../../src/core/types.js'
import { requireDocument, minWordsOption } from '../../../src/docs/doc-files.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'governance',
    family: 'docs',
    title: 'Governance or maintainers documented',
    level: 2,
    version: '1.0.0',
    crosswalk: {
      osps: ['OSPS-GV-01.01', 'OSPS-GV-01.02'],
      bestPractices: ['governance', 'roles_responsibilities'],
      publicCode: ['make-contributing-easy'],
      cra: ['Art. 24(1)'],
    },
    anchors: ['GOVERNANCE.md', 'MAINTAINERS.md'],
    ...minWordsOption(10),
  },
  docs,
  run: ({ repo, options }) =>
    requireDocument(repo, {
      names: ['GOVERNANCE', 'MAINTAINERS', 'MAINTAINERS-LIST', 'OWNERS'],
      what: 'a governance or maintainers document',
      minWords: Number(options['min-words']),
      readmeSection: /governance|maintainers|team|steering/i,
      remediation:
        'Add GOVERNANCE.md (how decisions are made, who has which role) or MAINTAINERS.md (who maintains the project and how to reach them).',
    }),
}
