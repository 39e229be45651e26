/**
 * Published codes of conduct that projects adopt by reference: by the code's address, or by
 * its name after a verb of adoption ("follows the Fedora Code of Conduct"). Each entry is one
 * organisation or code: the names it goes by, and its addresses (host and path, as a regular
 * expression's source, without the scheme).
 */
interface KnownCode {
  /** Names before "Code of Conduct" ("Debian" in "the Debian Code of Conduct"), as regular expression sources. */
  names: string[]
  /** Addresses of the code, without https:// and www. */
  urls: string[]
}

export const KNOWN_CODES: KnownCode[] = [
  { names: ['Contributor Covenant'], urls: [String.raw`contributor-covenant\.org`] },
  { names: ['Citizen Code of Conduct'], urls: [String.raw`citizencodeofconduct\.org`] },
  { names: ['Python', 'PSF'], urls: [String.raw`python\.org\/psf\/(code-?of-?)?conduct`, String.raw`policies\.python\.org`] },
  { names: ['Rust'], urls: [String.raw`rust-lang\.org\/(policies\/code-of-conduct|conduct)`] },
  { names: ['Django'], urls: [String.raw`djangoproject\.com\/conduct`] },
  { names: ['Go'], urls: [String.raw`go(lang\.org|\.dev)\/conduct`] },
  { names: ['Ubuntu'], urls: [String.raw`ubuntu\.com\/community\/(ethos\/)?code-of-conduct`] },
  { names: ['Mozilla'], urls: [String.raw`mozilla\.org\/[\w-]*\/?about\/governance\/policies\/participation`] },
  { names: ['Apache'], urls: [String.raw`apache\.org\/foundation\/policies\/conduct`] },
  { names: ['Eclipse'], urls: [String.raw`eclipse\.org\/org\/documents\/Community_Code_of_Conduct`] },
  { names: ['Linux Foundation'], urls: [String.raw`linuxfoundation\.org\/[\w/-]*code-of-conduct`] },
  { names: ['CNCF'], urls: [String.raw`github\.com\/cncf\/foundation\/blob\/[^\s)]*code-of-conduct`] },
  {
    names: ['Kubernetes'],
    urls: [
      String.raw`github\.com\/kubernetes\/community\/blob\/[^\s)]*code-of-conduct`,
      String.raw`kubernetes\.io\/community\/code-of-conduct`,
    ],
  },
  {
    names: ['OpenJS( Foundation)?'],
    urls: [String.raw`(code-of-conduct\.)?openjsf\.org[^\s)]*`, String.raw`github\.com\/openjs-foundation\/[^\s)]*CODE_OF_CONDUCT`],
  },
  { names: [String.raw`Node\.js`], urls: [String.raw`github\.com\/nodejs\/admin\/blob\/[^\s)]*CODE_OF_CONDUCT`] },
  { names: ['FSFE'], urls: [String.raw`fsfe\.org\/about\/codeofconduct`] },
  { names: ['KDE'], urls: [String.raw`kde\.org\/code-of-conduct`] },
  { names: ['GNOME'], urls: [String.raw`wiki\.gnome\.org\/Foundation\/CodeOfConduct`, String.raw`conduct\.gnome\.org`] },
  { names: ['Nextcloud'], urls: [String.raw`nextcloud\.com\/(community\/)?code-of-conduct`] },
  { names: [String.raw`Matrix(\.org)?`], urls: [String.raw`matrix\.org\/(docs\/)?legal\/code-of-conduct`] },
  {
    names: ['Fedora'],
    urls: [String.raw`docs\.fedoraproject\.org\/[\w-]+\/project\/code-of-conduct`, String.raw`fedoraproject\.org\/code-of-conduct`],
  },
  { names: ['Debian'], urls: [String.raw`debian\.org\/code_of_conduct`] },
  { names: ['Drupal'], urls: [String.raw`drupal\.org\/dcoc`] },
  {
    names: ['OpenStack', 'OpenInfra'],
    urls: [String.raw`openstack\.org\/legal\/community-code-of-conduct`, String.raw`openinfra\.dev\/legal\/code-of-conduct`],
  },
  { names: ['WordPress'], urls: [String.raw`make\.wordpress\.org\/handbook\/community-code-of-conduct`] },
  { names: ['NumFOCUS'], urls: [String.raw`numfocus\.org\/code-of-conduct`] },
  { names: ['Jupyter'], urls: [String.raw`github\.com\/jupyter\/governance\/blob\/[^\s)]*conduct`] },
  { names: ['PostgreSQL'], urls: [String.raw`postgresql\.org\/about\/policies\/coc`] },
  { names: ['GitLab'], urls: [String.raw`about\.gitlab\.com\/community\/contribute\/code-of-conduct`] },
  { names: ['OpenSSF'], urls: [String.raw`openssf\.org\/community\/code-of-conduct`] },
  { names: ['Ruby on Rails', 'Rails'], urls: [String.raw`rubyonrails\.org\/conduct`] },
  { names: ['Microsoft Open Source'], urls: [String.raw`opensource\.microsoft\.com\/codeofconduct`] },
  { names: ['Google Open Source'], urls: [String.raw`opensource\.google\/conduct`] },
  // an organisation's own code, in its `.github` repository
  { names: [], urls: [String.raw`github\.com\/[\w.-]+\/\.github\/blob\/[^\s)]*CODE_OF_CONDUCT`] },
]

/** The address of a known code, or a sentence that adopts one by name. */
export const KNOWN_CODE_REFERENCE = new RegExp(
  [
    String.raw`https?:\/\/(www\.)?(${KNOWN_CODES.flatMap((c) => c.urls).join('|')})[^\s)]*`,
    String.raw`\b(adopt(s|ed)?|follows?|abides? by|adheres? to|governed by|under)\s+(the\s+)?(Contributor Covenant|Citizen Code of Conduct|(${KNOWN_CODES.flatMap(
      (c) => c.names,
    )
      .filter((n) => !/Code of Conduct|Covenant/.test(n))
      .join('|')})('s)? (Community )?Code of Conduct)`,
  ].join('|'),
  'i',
)
