import type { Check } from '../../../src/core/types.js'
import { requireDocument, minWordsOption } from '../../../src/docs/doc-files.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'code-of-conduct',
    family: 'docs',
    title: 'Code of conduct',
    level: 2,
    version: '1.0.0',
    crosswalk: { bestPractices: ['code_of_conduct'], publicCode: ['welcome-contributors'] },
    anchors: ['CODE_OF_CONDUCT.md'],
    ...minWordsOption(60),
  },
  docs,
  run: ({ repo, options }) =>
    requireDocument(repo, {
      names: ['CODE_OF_CONDUCT', 'CODE-OF-CONDUCT', 'CONDUCT'],
      what: 'a code of conduct',
      minWords: Number(options['min-words']),
      acceptedReference:
        /https?:\/\/(www\.)?(contributor-covenant\.org|www\.python\.org\/psf\/conduct|www\.djangoproject\.com\/conduct|policies\.python\.org|www\.apache\.org\/foundation\/policies\/conduct|(www\.)?linuxfoundation\.org\/[\w/-]*code-of-conduct|eclipse\.org\/org\/documents\/Community_Code_of_Conduct|github\.com\/[\w.-]+\/\.github\/blob\/[^\s)]*CODE_OF_CONDUCT)[^\s)]*/i,
      remediation:
        'Add CODE_OF_CONDUCT.md, for example the Contributor Covenant, with a contact for reports that is not the person reported.',
    }),
}
