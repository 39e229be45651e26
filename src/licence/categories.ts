/**
 * Licence categories: what a licence asks of those who combine and distribute it.
 *
 * - `public-domain`: no conditions at all (CC0-1.0, Unlicense, 0BSD, ...).
 * - `permissive`: keep the notice (MIT, BSD, Apache-2.0, ISC, Zlib, CC-BY, ...).
 * - `weak-copyleft`: changes to the licensed files stay under it, the larger work does not
 *   (LGPL, MPL, EPL, CDDL, ...); a strong copyleft with a linking exception belongs here too.
 * - `strong-copyleft`: the whole distributed work falls under it (GPL, EUPL, CC-BY-SA, ...).
 * - `network-copyleft`: as strong, and offering it over a network counts (AGPL, OSL, RPL, ...).
 * - `non-open`: neither OSI-approved nor FSF-free, or restricting use (non-commercial,
 *   no-derivatives), whatever the flags say.
 * - `unknown`: not an SPDX licence id (a LicenseRef-, an unlisted name): someone has to read it.
 *
 * Families that matter are classified by hand; the rest of the SPDX list is `permissive`
 * when OSI-approved or FSF-free (the copyleft licences among them are all listed here), and
 * `non-open` otherwise.
 */
import licenceIds from 'spdx-license-ids/index.json' with { type: 'json' }
import { canonicalLicenceId, type LicenceLeaf } from './expression.js'
import { licenceFlags } from './licence-list.js'

export type Category = 'public-domain' | 'permissive' | 'weak-copyleft' | 'strong-copyleft' | 'network-copyleft' | 'non-open' | 'unknown'

export const CATEGORIES: readonly Category[] = [
  'public-domain',
  'permissive',
  'weak-copyleft',
  'strong-copyleft',
  'network-copyleft',
  'non-open',
  'unknown',
]

const current = new Set(licenceIds as string[])

/** Hand-classified families, by id prefix (tested in order; the first match wins). */
const FAMILIES: [RegExp, Category][] = [
  // restrictions on use or on changes are never open, whatever else the licence says
  [/^CC-BY(-[A-Z]+)*-(NC|ND)(-|$)/, 'non-open'],
  [/(^|-)(NC|ND)(-|$)|Noncommercial|NonCommercial/, 'non-open'],
  [/^(SSPL|BUSL|Elastic|PolyForm|Commons-Clause|FSL)-/, 'non-open'],
  [/^AGPL-/, 'network-copyleft'],
  [/^(OSL|NPOSL|RPL|CAL)-/, 'network-copyleft'],
  [/^(CERN-OHL-W|CDLA-Sharing|LiLiQ-R-)/, 'weak-copyleft'],
  [/^(CERN-OHL-S|LiLiQ-Rplus)/, 'strong-copyleft'],
  [/^LGPL/, 'weak-copyleft'],
  [/^GPL-/, 'strong-copyleft'],
  [/^(EUPL|CECILL-[12]|Sleepycat|GFDL|ODbL|CC-BY-SA|copyleft-next|LAL-|Arphic|UCL-)/, 'strong-copyleft'],
  [/^MPL-2\.0-no-copyleft-exception$/, 'permissive'],
  [
    /^(MPL|EPL|CDDL|CPL|IPL|APSL|MS-RL|NPL|ErlPL|SPL|CECILL-C|OSET-PL|LGPLLR|Motosoto|NASA|RPSL|SISSL|Nokia|gSOAP|CATOSL|OFL|QPL|Watcom|SimPL|OCLC|Ms-RL|MulanPSL-1|CPAL|eCos)/,
    'weak-copyleft',
  ],
  [/^(CC0-|Unlicense|0BSD$|CC-PDDC$|CC-PDM-|PDDL-|blessing$|WTFPL$|SAX-PD|NIST-PD|NCBI-PD|ANTLR-PD|DL-DE-ZERO-)/, 'public-domain'],
  // open-data and public-sector licences of European and other governments: attribution only
  [/^(etalab-2\.0|DL-DE-BY-2\.0|OGL-UK-|OGL-Canada-|NLOD-|CDLA-Permissive-|ODC-By-)/, 'permissive'],
  [
    /^(MIT|X11|BSD|Apache|ISC|Zlib|zlib|CC-BY-\d|BSL-|PSF-|Python-|PostgreSQL|NCSA|UPL|Unicode|curl|Libpng|libpng|AFL|Artistic|ECL|MS-PL|MulanPSL-2|Info-ZIP|bzip2|HPND|W3C|OpenSSL|Ruby|PHP-|Zope|ZPL|FTL|IJG|ICU|BlueOak|NTP|OLDAP|FSFAP|FSFUL|MirOS)/,
    'permissive',
  ],
]

/** Exceptions that let a copyleft library be linked into works under other licences. */
const LINKING_EXCEPTIONS = new Set(
  [
    'Classpath-exception-2.0',
    'GCC-exception-2.0',
    'GCC-exception-3.1',
    'LLVM-exception',
    'Autoconf-exception-2.0',
    'Autoconf-exception-3.0',
    'Bison-exception-2.2',
    'Font-exception-2.0',
    'Libtool-exception',
    'OCaml-LGPL-linking-exception',
    'Linux-syscall-note',
    'Universal-FOSS-exception-1.0',
    'eCos-exception-2.0',
    'FLTK-exception',
    'Qt-GPL-exception-1.0',
    'WxWindows-exception-3.1',
    'u-boot-exception-2.0',
    'OpenJDK-assembly-exception-1.0',
    'mif-exception',
    'freertos-exception-2.0',
    'LZMA-exception',
    'Swift-exception',
    'Bootloader-exception',
    'Qwt-exception-1.0',
    'GNAT-exception',
    'GStreamer-exception-2008',
  ].map((e) => e.toLowerCase()),
)

/** Deprecated ids that keep their meaning under a current id (GPL-2.0 is GPL-2.0-only). */
export function currentLicenceId(id: string): string {
  const canonical = canonicalLicenceId(id) ?? id
  if (current.has(canonical)) return canonical
  if (current.has(`${canonical}-only`)) return `${canonical}-only`
  const withException = /^(.*)-with-.*-exception$/.exec(canonical)
  if (withException && current.has(`${withException[1]}-only`)) return `${withException[1]}-only`
  return canonical
}

/** The category of one licence id (any case; deprecated ids too). */
export function category(id: string): Category {
  const bare = id.endsWith('+') ? id.slice(0, -1) : id
  const canonical = canonicalLicenceId(bare)
  if (!canonical) return 'unknown'
  const family = FAMILIES.find(([pattern]) => pattern.test(canonical))
  if (family) return family[1]
  const flags = licenceFlags(canonical)
  return flags?.osi || flags?.fsf === 'libre' ? 'permissive' : 'non-open'
}

/** The category of an expression leaf: a linking exception turns a strong copyleft into a weak one. */
export function leafCategory(leaf: LicenceLeaf): Category {
  const base = category(leaf.license)
  if (leaf.exception && LINKING_EXCEPTIONS.has(leaf.exception.toLowerCase()) && base === 'strong-copyleft') return 'weak-copyleft'
  return base
}
