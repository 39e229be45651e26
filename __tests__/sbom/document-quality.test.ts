/** The quality of an SBOM someone else made: the six component fields sbom-quality counts, per document. */
import { describe, expect, test } from '@jest/globals'
import { sbomDocumentQuality } from '../../src/sbom/document-quality.js'

const cdx = (components: unknown[], dependencies: unknown[] = []) =>
  JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components, dependencies })

describe('sbomDocumentQuality', () => {
  test.each<[string, string, unknown]>([
    [
      'CycloneDX: nested components count, a licence expression counts, dependencies by bom-ref',
      cdx(
        [
          {
            'bom-ref': 'a',
            name: 'a',
            version: '1',
            purl: 'pkg:npm/a@1',
            hashes: [{ alg: 'SHA-256', content: 'ff' }],
            licenses: [{ expression: 'MIT OR Apache-2.0' }],
            components: [{ name: 'a-inner', version: '1' }],
          },
        ],
        [{ ref: 'a', dependsOn: [] }],
      ),
      { format: 'CycloneDX', components: 2, score: 67, missing: { 'identifier (purl)': 1, hash: 1, licence: 1, dependencies: 1 } },
    ],
    [
      'SPDX: NOASSERTION is no licence, a purl external reference is the identifier',
      JSON.stringify({
        spdxVersion: 'SPDX-2.3',
        packages: [
          {
            SPDXID: 'SPDXRef-p',
            name: 'p',
            versionInfo: '2.0',
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: 'NOASSERTION',
            externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:pypi/p@2.0' }],
          },
        ],
      }),
      { format: 'SPDX', components: 1, score: 50, missing: { hash: 1, licence: 1, dependencies: 1 } },
    ],
    ['XML', '<?xml version="1.0"?><bom/>', { unreadable: 'not JSON (an XML or tag-value SBOM is not read by this version)' }],
    ['JSON that is no SBOM', '{"name":"package.json"}', { unreadable: 'neither a CycloneDX nor an SPDX 2.x JSON document' }],
    ['a JSON list', '[]', { unreadable: 'not a JSON object' }],
  ])('%s', (_name, text, expected) => {
    expect(sbomDocumentQuality(text)).toEqual(expected)
  })
})
