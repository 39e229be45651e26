/**
 * release-sbom: offline from the release workflows (always unknown: the release itself is not
 * seen), and with the network against a local HTTP server that answers
 * `GET /repos/{owner}/{repo}/releases` as GitHub does. The release objects are the recorded
 * cli/cli list (fixtures/real/cli/api.github.com, reconstructed, its assets empty) with asset
 * lists constructed here in the REST API's shape, one per case.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../../checks/sbom/release-sbom/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { startLocalServer } from '../../helpers/local-github.js'
import { cleanup, FIXTURES } from '../../helpers/repo.js'

afterAll(cleanup)

const RELEASE_ON_TAG = (steps: string) =>
  `name: release\non:\n  push:\n    tags: ["v*"]\njobs:\n  release:\n    runs-on: ubuntu-latest\n    permissions: { contents: write }\n    steps:\n${steps}`
const SYFT_AND_UPLOAD = RELEASE_ON_TAG(
  '      - uses: actions/checkout@v4\n      - run: syft dir:. -o cyclonedx-json=tool.cdx.json\n      - run: gh release upload "$GITHUB_REF_NAME" tool.cdx.json\n',
)
const SYFT_ARTIFACT_ONLY = RELEASE_ON_TAG(
  '      - run: syft dir:. -o spdx-json=tool.spdx.json\n      - uses: actions/upload-artifact@v4\n        with: { name: sbom, path: tool.spdx.json }\n',
)
const ATTEST_SBOM = RELEASE_ON_TAG(
  '      - uses: anchore/sbom-action/download-syft@v0\n      - run: syft dir:. -o spdx-json=sbom.spdx.json\n      - uses: actions/attest-sbom@v2\n        with: { subject-path: dist/tool, sbom-path: sbom.spdx.json }\n',
)
const tagged = [{ tags: ['v1.0.0'], date: '2026-03-01T10:00:00Z' }]

describe('release-sbom offline: the release is not seen, the workflows say what they do', () => {
  test.each<[string, Record<string, string>, { tags: string[]; date: string }[], RegExp]>([
    [
      'a release workflow that makes an SBOM with syft and uploads it',
      { '.github/workflows/release.yml': SYFT_AND_UPLOAD },
      tagged,
      /^\.github\/workflows\/release\.yml makes an SBOM on release \(syft\) and publishes it \(gh release\); whether v1\.0\.0 ships it and what it holds needs its release assets \(this run has no network access\)$/,
    ],
    [
      'GoReleaser with sboms',
      { '.goreleaser.yaml': 'version: 2\nbuilds:\n  - main: ./cmd/tool\nsboms:\n  - artifacts: archive\n' },
      tagged,
      /^\.goreleaser\.yaml makes an SBOM on release \(GoReleaser sboms\) and publishes it \(GoReleaser\)/,
    ],
    [
      'an SBOM made but only kept as a workflow artifact',
      { '.github/workflows/release.yml': SYFT_ARTIFACT_ONLY },
      tagged,
      /^the release assets of v1\.0\.0 cannot be seen \(this run has no network access\); \.github\/workflows\/release\.yml makes an SBOM \(syft\) but no step publishes it with the release$/,
    ],
    [
      'syft in a pull-request workflow is not a release workflow',
      { '.github/workflows/ci.yml': SYFT_AND_UPLOAD.replace('push:\n    tags: ["v*"]', 'pull_request: {}') },
      tagged,
      /^the release assets of v1\.0\.0 cannot be seen \(this run has no network access\); no release workflow makes an SBOM$/,
    ],
    [
      'no release tags',
      { 'README.md': '# x\n' },
      [{ tags: ['nightly'], date: '2026-03-01T10:00:00Z' }],
      /^no release tags: there is no release that could ship an SBOM$/,
    ],
  ])('%s: unknown', async (_name, files, commits, message) => {
    const run = await runCheckOn(check, files, {
      remote: 'https://github.com/example/tool',
      commits: commits.map((c) => ({ ...c, files })),
    })
    expect(run.status).toBe('unknown')
    expect(run.messages).toEqual([expect.stringMatching(message)])
  })
})

type Release = Record<string, unknown> & { tag_name: string }
const recorded = (): Release[] =>
  JSON.parse(readFileSync(join(FIXTURES, 'real', 'cli', 'api.github.com', 'repos', 'cli', 'cli', 'releases.json'), 'utf8')) as Release[]
const asset = (name: string, contentType = 'application/octet-stream') => ({
  name,
  content_type: contentType,
  size: 1234,
  // the local server answers the download too
  browser_download_url: `SERVER/cli/cli/releases/download/v2.60.0/${name}`,
  state: 'uploaded',
})
const FULL_CDX = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  components: ['a', 'b'].map((n) => ({
    'bom-ref': `pkg:golang/example.org/${n}@v1.0.0`,
    name: `example.org/${n}`,
    version: 'v1.0.0',
    purl: `pkg:golang/example.org/${n}@v1.0.0`,
    hashes: [{ alg: 'SHA-256', content: 'a'.repeat(64) }],
    licenses: [{ license: { id: 'MIT' } }],
  })),
  dependencies: [
    { ref: 'pkg:golang/example.org/a@v1.0.0', dependsOn: ['pkg:golang/example.org/b@v1.0.0'] },
    { ref: 'pkg:golang/example.org/b@v1.0.0', dependsOn: [] },
  ],
}
const FULL_SPDX = {
  spdxVersion: 'SPDX-2.3',
  SPDXID: 'SPDXRef-DOCUMENT',
  packages: [
    {
      SPDXID: 'SPDXRef-Package-a',
      name: 'a',
      versionInfo: '1.0.0',
      checksums: [{ algorithm: 'SHA256', checksumValue: 'b'.repeat(64) }],
      licenseConcluded: 'Apache-2.0',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/a@1.0.0' }],
    },
  ],
  relationships: [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-Package-a' }],
}
/** What the download addresses give: a real cdxgen SBOM (fixtures/sbom/agreement), complete ones made here, XML. */
const DOWNLOADS: Record<string, () => string> = {
  'gh_2.60.0_sbom.cdx.json': () => readFileSync(join(FIXTURES, 'sbom', 'agreement', 'maven-resolver.cdxgen.cdx.json'), 'utf8'),
  'gh_2.60.0_bill-of-materials': () => JSON.stringify(FULL_CDX),
  'gh_2.60.0.spdx.json': () => JSON.stringify(FULL_SPDX),
  'gh_2.60.0.sbom.xml': () => '<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>',
}
const BINARIES = [asset('gh_2.60.0_linux_amd64.tar.gz', 'application/gzip'), asset('gh_2.60.0_checksums.txt', 'text/plain')]

describe('release-sbom with the network: the newest release and its assets (local server, GitHub REST shape)', () => {
  test.each<[string, unknown[], Record<string, string>, string, RegExp]>([
    [
      'a real SBOM (cdxgen on apache/maven-resolver) attached by name',
      [...BINARIES, asset('gh_2.60.0_sbom.cdx.json', 'application/json')],
      {},
      'fail',
      /^v2\.60\.0 ships an SBOM \(gh_2\.60\.0_sbom\.cdx\.json, CycloneDX, 88 component\(s\)\) with \d+% of the NTIA \/ BSI TR-03183-2 component fields, below the threshold of 80% \(.*88 without dependencies/,
    ],
    [
      'an SBOM with every field, found by its media type',
      [...BINARIES, asset('gh_2.60.0_bill-of-materials', 'application/vnd.cyclonedx+json')],
      {},
      'pass',
      /^v2\.60\.0 ships an SBOM \(gh_2\.60\.0_bill-of-materials, CycloneDX, 2 component\(s\)\) with 100% of the NTIA \/ BSI TR-03183-2 component fields \(threshold 80%\)$/,
    ],
    [
      'an SPDX SBOM with every field',
      [...BINARIES, asset('gh_2.60.0.spdx.json', 'application/json')],
      {},
      'pass',
      /^v2\.60\.0 ships an SBOM \(gh_2\.60\.0\.spdx\.json, SPDX, 1 component\(s\)\) with 100% /,
    ],
    [
      'an SBOM that is not JSON',
      [...BINARIES, asset('gh_2.60.0.sbom.xml', 'application/xml')],
      {},
      'unknown',
      /^v2\.60\.0 ships an SBOM \(gh_2\.60\.0\.sbom\.xml\) that this version cannot judge: not JSON/,
    ],
    [
      'built assets and no SBOM',
      BINARIES,
      {},
      'fail',
      /^v2\.60\.0 ships 2 asset\(s\) \(gh_2\.60\.0_linux_amd64\.tar\.gz, gh_2\.60\.0_checksums\.txt\) and no SBOM$/,
    ],
    [
      'built assets, and the release workflow attests an SBOM',
      BINARIES,
      { '.github/workflows/release.yml': ATTEST_SBOM },
      'unknown',
      /^v2\.60\.0 ships 2 asset\(s\) and no SBOM among them; the release workflow attests an SBOM/,
    ],
    ['a source-only release', [], {}, 'not-applicable', /^v2\.60\.0 ships no built assets \(source only\)/],
  ])('%s', async (_name, assets, files, status, message) => {
    const releases = recorded().map((r, i) => (i === 0 ? { ...r, assets } : r))
    let base = ''
    const server = await startLocalServer((req) => {
      if (req.url.startsWith('/repos/cli/cli/releases?'))
        return { status: 200, body: req.url.includes('page=1') ? JSON.stringify(releases).replaceAll('SERVER', base) : [] }
      const download = /^\/cli\/cli\/releases\/download\/v2\.60\.0\/(.+)$/.exec(req.url)
      const file = download ? DOWNLOADS[download[1]!] : undefined
      if (file) return { status: 200, body: file() }
      return { status: 404, body: { message: 'Not Found' } }
    })
    base = server.url
    try {
      const run = await runCheckOn(
        check,
        { 'README.md': '# gh\n', ...files },
        {
          remote: 'https://github.com/cli/cli',
          commits: [{ tags: ['v2.60.0'], date: '2024-10-24T16:47:44Z' }],
          network: { enabled: true, allowHosts: [new URL(server.url).host] },
          github: { apiUrl: server.url },
        },
      )
      expect(run.status).toBe(status)
      expect(run.messages).toEqual([expect.stringMatching(message)])
      expect(server.requests[0]!.url).toBe('/repos/cli/cli/releases?per_page=100&page=1')
    } finally {
      await server.close()
    }
  })
})
