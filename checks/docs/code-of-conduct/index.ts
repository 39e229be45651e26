import type { Check } from '../../../src/core/types.js'
import { requireDocument, minWordsOption } from '../../../src/docs/doc-files.js'
import { KNOWN_CODE_REFERENCE } from './known-codes.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'code-of-conduct',
    family: 'docs',
    title: 'Code of conduct',
    level: 2,
    version: '1.2.0',
    crosswalk: { bestPractices: ['code_of_conduct'], publicCode: ['welcome-contributors'] },
    subjectFile: 'CODE_OF_CONDUCT.md',
    anchors: ['CODE_OF_CONDUCT.md'],
    ...minWordsOption(60),
  },
  docs,
  run: (ctx) =>
    requireDocument(ctx, {
      names: ['CODE_OF_CONDUCT', 'CODE-OF-CONDUCT', 'CONDUCT'],
      what: 'a code of conduct',
      minWords: Number(ctx.options['min-words']),
      acceptedReference: KNOWN_CODE_REFERENCE,
      guideLink: /conduct/i,
      remediation:
        'Add CODE_OF_CONDUCT.md, for example the Contributor Covenant, with a contact for reports that is not the person reported.',
    }),
}
