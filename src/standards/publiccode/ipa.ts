/**
 * Codes of the Italian public administrations (codice iPA), from IndicePA through
 * publiccodeyml/italian-organizations-ipa-vocabulary, as the reference parser embeds them
 * (data/publiccode/ipa-codes.txt, one code a line). Compared without regard to case, as there.
 */
import list from '../../../data/publiccode/ipa-codes.txt'

let codes: Set<string> | undefined

export function isIpaCode(code: string): boolean {
  // built on first use: some 24,000 codes, and most runs never meet an Italian organisation
  codes ??= new Set(
    list
      .split('\n')
      .map((c) => c.trim().toLowerCase())
      .filter(Boolean),
  )
  return codes.has(code.toLowerCase())
}
