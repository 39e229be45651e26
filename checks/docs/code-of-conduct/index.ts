import type { Check } from '../../../src/core/types.js'
import { requireDocument, minWordsOption } from '../../../src/docs/doc-files.js'
import docs from './README.md'

/**
 * Codes of conduct adopted by reference, by their address or by name: the Contributor
 * Covenant (in any language), and the codes of foundations and communities that projects
 * adopt (Python, Rust, Django, Go, Ubuntu, Mozilla, Apache, Eclipse, Linux Foundation, CNCF,
 * OpenJS, FSFE, KDE, GNOME, Ruby on Rails, Citizen Code of Conduct, Microsoft, Google).
 */
const KNOWN_CODES = new RegExp(
  [
    String.raw`https?:\/\/(www\.)?(` +
      [
        String.raw`contributor-covenant\.org`,
        String.raw`python\.org\/psf\/(code-?of-?)?conduct`,
        String.raw`policies\.python\.org`,
        String.raw`(www\.)?rust-lang\.org\/(policies\/code-of-conduct|conduct)`,
        String.raw`djangoproject\.com\/conduct`,
        String.raw`go(lang\.org|\.dev)\/conduct`,
        String.raw`ubuntu\.com\/community\/(ethos\/)?code-of-conduct`,
        String.raw`mozilla\.org\/[\w-]*\/?about\/governance\/policies\/participation`,
        String.raw`apache\.org\/foundation\/policies\/conduct`,
        String.raw`eclipse\.org\/org\/documents\/Community_Code_of_Conduct`,
        String.raw`linuxfoundation\.org\/[\w/-]*code-of-conduct`,
        String.raw`github\.com\/cncf\/foundation\/blob\/[^\s)]*code-of-conduct`,
        String.raw`(code-of-conduct\.)?openjsf\.org[^\s)]*`,
        String.raw`github\.com\/openjs-foundation\/[^\s)]*CODE_OF_CONDUCT`,
        String.raw`fsfe\.org\/about\/codeofconduct`,
        String.raw`kde\.org\/code-of-conduct`,
        String.raw`(wiki\.gnome\.org\/Foundation\/CodeOfConduct|conduct\.gnome\.org)`,
        String.raw`rubyonrails\.org\/conduct`,
        String.raw`citizencodeofconduct\.org`,
        String.raw`opensource\.microsoft\.com\/codeofconduct`,
        String.raw`opensource\.google\/conduct`,
        String.raw`github\.com\/[\w.-]+\/\.github\/blob\/[^\s)]*CODE_OF_CONDUCT`,
      ].join('|') +
      String.raw`)[^\s)]*`,
    String.raw`\b(adopt(s|ed)?|follows?|abides? by|governed by|under)\s+(the\s+)?(Contributor Covenant|Citizen Code of Conduct|(Python|PSF|Rust|Django|Go|Ubuntu|Mozilla|Apache|Eclipse|Linux Foundation|CNCF|OpenJS( Foundation)?|FSFE|KDE|GNOME|Ruby on Rails|Microsoft Open Source|Google Open Source)('s)? (Community )?Code of Conduct)`,
  ].join('|'),
  'i',
)

export const check: Check = {
  meta: {
    id: 'code-of-conduct',
    family: 'docs',
    title: 'Code of conduct',
    level: 2,
    version: '1.1.0',
    crosswalk: { bestPractices: ['code_of_conduct'], publicCode: ['welcome-contributors'] },
    anchors: ['CODE_OF_CONDUCT.md'],
    ...minWordsOption(60),
  },
  docs,
  run: (ctx) =>
    requireDocument(ctx, {
      names: ['CODE_OF_CONDUCT', 'CODE-OF-CONDUCT', 'CONDUCT'],
      what: 'a code of conduct',
      minWords: Number(ctx.options['min-words']),
      acceptedReference: KNOWN_CODES,
      guideLink: /conduct/i,
      remediation:
        'Add CODE_OF_CONDUCT.md, for example the Contributor Covenant, with a contact for reports that is not the person reported.',
    }),
}
