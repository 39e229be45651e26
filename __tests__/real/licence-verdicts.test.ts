/**
 * The licence-file verdicts a careful reviewer gives on real projects, from extracts of their
 * repositories (fixtures/real/<project>/, each with its source and licence in SOURCE.md).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { check } from '../../checks/licence/licence-file/index.js'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { detectProjectLicence } from '../../src/licence/project-licence.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup, realRepo } from '../helpers/repo.js'

afterAll(cleanup)

describe('licence verdicts on real projects', () => {
  it.each([
    // COPYING is the curl licence; LICENSES/ (REUSE) holds the ISC and BSD-4-Clause-UC texts some files are under
    ['curl', 'curl AND BSD-4-Clause-UC AND ISC', /curl: on the Blue Oak Council list of permissive licences \(Bronze\)/],
    // the official CC-BY-SA-4.0 legal code, with the "Considerations for licensors" the template allows
    [
      'reuse-tool',
      'Apache-2.0 AND CC0-1.0 AND CC-BY-SA-4.0 AND GPL-3.0-or-later',
      /declared in pyproject.toml and matching LICENSES\/Apache-2.0.txt/,
    ],
    // an MIT licence whose copyright notice runs over three lines
    ['X-Road', 'MIT', /declared in publiccode.yml and matching LICENSE/],
    // open through its AGPL branch; LICENSE-COMMERCIAL is the text of the LicenseRef- the manifest declares
    ['synapse', 'AGPL-3.0-or-later OR LicenseRef-Element-Commercial', /AGPL-3.0-or-later: OSI-approved/],
    // COPYING is the MIT text followed by notices of bundled code; the README names MIT and decNumber's ICU licence
    ['jq', 'MIT AND ICU', /declared in README.md \(its licence section\) and matching COPYING/],
    ['rails', 'MIT', /declared in rails.gemspec and matching MIT-LICENSE/],
    // the EUPL-1.2 text as the European Commission publishes it (quotes and a comma the SPDX template lacks)
    ['publiccode-parser-go', 'EUPL-1.2', /declared in publiccode.yml and matching LICENSE/],
  ])('%s is under %s, and the check passes', async (project, expression, reason) => {
    const root = realRepo(project)
    const licence = await detectProjectLicence(await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] }))
    expect(licence.expression).toBe(expression)
    const run = await runCheckOn(check, {}, { root })
    expect(run.status).toBe('pass')
    expect(run.findings.find((f) => f.message.startsWith('the project is under'))?.message).toMatch(reason)
  })

  it('jq: the notices after the MIT text are a warning, not part of the licence', async () => {
    const run = await runCheckOn(check, {}, { root: realRepo('jq') })
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/^COPYING: the MIT text, followed by \d+ more words \("jq's documentation/),
      }),
    )
  })
})
