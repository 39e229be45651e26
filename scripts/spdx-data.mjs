// Refreshes data/spdx/ from a checkout of spdx/license-list-data at a release tag:
// licence-templates.json, every licence's and exception's matching template
// (standardLicenseTemplate, licenseExceptionTemplate), and licences.json, the names and the
// flags ois-ready uses (OSI-approved, FSF free/non-free, deprecated). Usage:
//   git clone --depth 1 --branch v3.28.0 https://github.com/spdx/license-list-data
//   node scripts/spdx-data.mjs license-list-data [data/spdx]
// Then run `npm run build` (which compiles the templates into the shipped matching index) and
// `npm test`. The data is CC0-1.0, (c) Linux Foundation and its Contributors (data/README.md).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function readLicenseListData(dir) {
  const list = JSON.parse(readFileSync(join(dir, 'json', 'licenses.json'), 'utf8'))
  const version = list.licenseListVersion
  if (typeof version !== 'string') throw new Error(`${dir}/json/licenses.json has no licenseListVersion: not a license-list-data checkout`)
  const licences = {}
  for (const file of readdirSync(join(dir, 'json', 'details'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const d = JSON.parse(readFileSync(join(dir, 'json', 'details', file), 'utf8'))
    if (typeof d.licenseId !== 'string' || typeof d.standardLicenseTemplate !== 'string')
      throw new Error(`json/details/${file}: no licenseId or standardLicenseTemplate`)
    licences[d.licenseId] = {
      name: d.name,
      osi: d.isOsiApproved === true,
      ...(d.isFsfLibre === true ? { fsf: 'libre' } : d.isFsfLibre === false ? { fsf: 'non-free' } : {}),
      ...(d.isDeprecatedLicenseId ? { deprecated: true } : {}),
      template: d.standardLicenseTemplate,
    }
  }
  const exceptions = {}
  for (const file of readdirSync(join(dir, 'json', 'exceptions'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const d = JSON.parse(readFileSync(join(dir, 'json', 'exceptions', file), 'utf8'))
    if (typeof d.licenseExceptionId !== 'string') continue // exceptions.json sits beside the details in some releases
    const template = d.licenseExceptionTemplate ?? d.licenseExceptionText
    if (typeof template !== 'string') throw new Error(`json/exceptions/${file}: no licenseExceptionTemplate`)
    exceptions[d.licenseExceptionId] = { name: d.name, ...(d.isDeprecatedLicenseId ? { deprecated: true } : {}), template }
  }
  return { licenseListVersion: version, licences, exceptions }
}

/** Writes the two files: the templates (read at build time only) and the flags (bundled). */
export function writeLicenceData(data, out) {
  writeFileSync(join(out, 'licence-templates.json'), `${JSON.stringify(data, null, 1)}\n`)
  const flags = {
    licenseListVersion: data.licenseListVersion,
    licences: Object.fromEntries(Object.entries(data.licences).map(([id, { template: _t, ...rest }]) => [id, rest])),
    exceptions: Object.fromEntries(Object.entries(data.exceptions).map(([id, { template: _t, ...rest }]) => [id, rest])),
  }
  writeFileSync(join(out, 'licences.json'), `${JSON.stringify(flags, null, 1)}\n`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, out = 'data/spdx'] = process.argv.slice(2)
  if (!dir) {
    console.error('usage: node scripts/spdx-data.mjs <license-list-data checkout> [output]')
    process.exit(2)
  }
  const data = readLicenseListData(dir)
  writeLicenceData(data, out)
  console.log(
    `${out}: SPDX License List ${data.licenseListVersion}, ${Object.keys(data.licences).length} licences, ${Object.keys(data.exceptions).length} exceptions`,
  )
}
