/** Is a licence open: OSI-approved, FSF-free or on the Blue Oak Council list; closed when it restricts; unknown when no list rates it. */
import { describe, expect, it } from '@jest/globals'
import { parseLicenceExpression } from '../../src/licence/expression.js'
import { expressionOpenness, licenceOpenness } from '../../src/licence/openness.js'

function of(expression: string, options = {}) {
  const parsed = parseLicenceExpression(expression)
  if (!parsed.ok) throw new Error(parsed.message)
  return expressionOpenness(parsed.ast, options)
}

describe('licence openness', () => {
  it.each([
    ['MIT', 'open', 'MIT: OSI-approved, free according to the FSF, on the Blue Oak Council list of permissive licences (Silver)'],
    ['curl', 'open', 'curl: on the Blue Oak Council list of permissive licences (Bronze)'],
    ['X11', 'open', 'X11: free according to the FSF, on the Blue Oak Council list of permissive licences (Bronze)'],
    ['EUPL-1.2', 'open', 'EUPL-1.2: OSI-approved, free according to the FSF'],
    ['CC-BY-SA-4.0', 'open', 'CC-BY-SA-4.0: free according to the FSF'],
    ['GPL-2.0+', 'open', 'GPL-2.0: OSI-approved, free according to the FSF'],
    ['CC-BY-NC-4.0', 'closed', 'CC-BY-NC-4.0 restricts use or changes (non-commercial, no-derivatives or source-available)'],
    ['SSPL-1.0', 'closed', 'SSPL-1.0 restricts use or changes (non-commercial, no-derivatives or source-available)'],
    ['JSON', 'closed', 'JSON: not free according to the FSF, and neither OSI-approved nor on the Blue Oak Council list'],
    [
      'etalab-2.0',
      'unknown',
      expect.stringMatching(/^etalab-2.0: neither OSI-approved, FSF-free nor on the Blue Oak Council list; no list rates it/),
    ],
    ['LicenseRef-Acme', 'unknown', expect.stringMatching(/^LicenseRef-Acme is not on the SPDX list, so no list rates it/)],
  ])('%s is %s', (id, verdict, reason) => {
    expect(licenceOpenness(id)).toEqual({ verdict, reason })
  })

  it.each([
    ['MIT OR CC-BY-NC-4.0', 'open'],
    ['MIT AND CC-BY-NC-4.0', 'closed'],
    ['(SSPL-1.0 OR BUSL-1.1) AND MIT', 'closed'],
    ['(SSPL-1.0 OR Apache-2.0) AND MIT', 'open'],
    ['AGPL-3.0-or-later OR LicenseRef-Element-Commercial', 'open'],
    ['MIT AND LicenseRef-PATENTS', 'unknown'],
    ['etalab-2.0 OR CC-BY-NC-4.0', 'unknown'],
    ['curl AND BSD-4-Clause-UC AND ISC', 'open'],
  ])('%s is %s', (expression, verdict) => {
    expect(of(expression).verdict).toBe(verdict)
  })

  it('says which list admitted the open branch of a choice', () => {
    expect(of('AGPL-3.0-or-later OR LicenseRef-Element-Commercial').reasons).toEqual([
      'AGPL-3.0-or-later: OSI-approved, free according to the FSF',
    ])
  })

  it('a LicenseRef- is open when the policy allows it, or when its text is an open SPDX licence', () => {
    expect(of('LicenseRef-Acme', { allowedRefs: ['LicenseRef-Acme'] })).toEqual({
      verdict: 'open',
      reasons: ['LicenseRef-Acme: allowed by the policy'],
    })
    expect(of('LicenseRef-MIT', { refTexts: new Map([['LicenseRef-MIT', 'MIT']]) }).verdict).toBe('open')
    expect(of('LicenseRef-NC', { refTexts: new Map([['LicenseRef-NC', 'CC-BY-NC-4.0']]) }).verdict).toBe('closed')
  })
})
