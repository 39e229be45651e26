import type { Check, CheckContext, Finding, ForgeAsset, ForgeRelease } from '../../../src/core/types.js'
import { DEFAULT_FETCH, fetchText } from '../../../src/core/guarded-fetch.js'
import { sbomDocumentQuality } from '../../../src/sbom/document-quality.js'
import { versionTags, byRecency } from '../../../src/docs/release-tags.js'
import { loadWorkflows, type Workflow } from '../../../src/workflows/workflows.js'
import docs from './README.md'

/** Release assets that are SBOMs, by name: CycloneDX and SPDX documents as generators name them. */
const SBOM_ASSET = /\.(cdx|cyclonedx|spdx)(\.json|\.xml|\.ya?ml)?$|(^|[-_.])(s?bom)([-_.][^/]*)?\.(json|xml|spdx|ya?ml)$|^bom\.(json|xml)$/i
/** SBOM media types an uploader may give. */
const SBOM_TYPE = /cyclonedx|spdx/i
/** Generators in a release workflow or a GoReleaser configuration. */
const GENERATORS: [RegExp, string][] = [
  [/anchore\/sbom-action@/, 'anchore/sbom-action'],
  // installs syft for a later step (GoReleaser's sboms shell out to it)
  [/anchore\/sbom-action\/download-syft@/, 'syft, installed by anchore/sbom-action/download-syft'],
  [/\bsyft\b/, 'syft'],
  [/\bcdxgen\b/, 'cdxgen'],
  [/\bcyclonedx[-\w]*|CycloneDX\/gh-[\w-]+/i, 'CycloneDX'],
  [/\btrivy\b[^\n]*--format[= ](cyclonedx|spdx)/, 'trivy'],
  [/\bois-ready\b[^\n]*\bsbom\b/, 'ois-ready sbom'],
  [/spdx-sbom-generator|\bbom generate\b/, 'an SPDX generator'],
  [/^sboms:/m, 'GoReleaser sboms'],
]
/** Ways a release workflow publishes an SBOM: as a release asset or as an attestation. */
const PUBLISHERS: [RegExp, string][] = [
  [/anchore\/sbom-action@/, 'anchore/sbom-action (release asset)'],
  [/actions\/attest-sbom/, 'actions/attest-sbom (attestation)'],
  [/cosign\s+attest\b[^\n]*--type[= ]?(cyclonedx|spdx)/, 'cosign attest (attestation)'],
  [/gh\s+release\s+(upload|create)\b/, 'gh release'],
  [/softprops\/action-gh-release|ncipollo\/release-action|actions\/upload-release-asset/, 'a release-upload action'],
  [/goreleaser/, 'GoReleaser'],
]
const ATTESTS = /actions\/attest-sbom|cosign\s+attest\b[^\n]*--type[= ]?(cyclonedx|spdx)/

export const check: Check = {
  meta: {
    id: 'release-sbom',
    family: 'sbom',
    title: 'Releases ship an SBOM',
    level: 3,
    version: '1.0.0',
    crosswalk: { osps: ['OSPS-QA-02.02'], cra: ['Annex I Part II(1)'] },
    anchors: ['.github/workflows', '.goreleaser.yml', '.goreleaser.yaml'],
    defaultOptions: { 'min-score': 80 },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'min-score': {
          type: 'integer',
          minimum: 0,
          maximum: 100,
          description: "The release SBOM's share of the NTIA / BSI component fields, as sbom-quality counts them (its default threshold)",
        },
      },
    },
  },
  docs,
  async run({ repo, git, releases, network, options }) {
    const tags = versionTags(git.tags)
      .filter((t) => !t.prerelease)
      .sort(byRecency)
    const evidence = await releaseWorkflowEvidence(repo)
    const lookup = await releases.list()
    if ('releases' in lookup) {
      const newest = lookup.releases.find((r) => !r.prerelease)
      if (newest) return [await fromAssets(newest, evidence, network, Number(options['min-score'] ?? 80))]
      if (tags.length === 0)
        return [
          {
            status: 'unknown',
            message: 'no releases: there is no release that could ship an SBOM',
            remediation: 'Run again once the project publishes a release.',
          },
        ]
    }
    if (tags.length === 0 && !git.isRepository)
      return [
        {
          status: 'unknown',
          message: 'not a git repository, and no release list: whether releases ship an SBOM cannot be seen',
          remediation: 'Run on a git clone, with --network.',
        },
      ]
    if (tags.length === 0)
      return [
        {
          status: 'unknown',
          message: 'no release tags: there is no release that could ship an SBOM',
          remediation: 'Run with --network so that GitHub Releases are read, or once the project releases.',
        },
      ]
    const why = 'unknown' in lookup ? lookup.unknown : 'the forge lists no published release'
    if (evidence.made && evidence.published)
      return [
        {
          status: 'unknown',
          message: `${evidence.made.path} makes an SBOM on release (${evidence.made.tool}) and publishes it (${evidence.published.tool}); whether ${tags[0]!.name} ships it and what it holds needs its release assets (${why})`,
          location: { path: evidence.made.path, startLine: evidence.made.line },
          remediation: 'Run with --network (on by default in the Action) so that the release assets are read.',
        },
      ]
    return [
      {
        status: 'unknown',
        message: `the release assets of ${tags[0]!.name} cannot be seen (${why})${evidence.made ? `; ${evidence.made.path} makes an SBOM (${evidence.made.tool}) but no step publishes it with the release` : '; no release workflow makes an SBOM'}`,
        remediation:
          'Run with --network so that the release assets are read; to ship an SBOM, generate one in the release workflow (anchore/sbom-action, cyclonedx, ois-ready sbom) and attach it to the release or attest it (actions/attest-sbom).',
      },
    ]
  },
}

interface Evidence {
  made?: { path: string; line: number; tool: string }
  published?: { tool: string }
  attests?: boolean
}

/** A release workflow (on release or tag pushes, or named for releases and started only by hand or another workflow) that makes an SBOM and publishes it; or GoReleaser's sboms. */
async function releaseWorkflowEvidence(repo: Parameters<Check['run']>[0]['repo']): Promise<Evidence> {
  const { workflows } = await loadWorkflows(repo)
  const texts: { path: string; text: string }[] = workflows.filter(isRelease).map((w) => ({ path: w.path, text: w.text }))
  for (const entry of repo.glob(['.goreleaser.{yml,yaml}', 'goreleaser.{yml,yaml}'])) {
    const read = await repo.readText(entry.path)
    if (read.ok) texts.push({ path: entry.path, text: read.text })
  }
  const evidence: Evidence = {}
  for (const { path, text } of texts) {
    const gen = GENERATORS.find(([re]) => re.test(text))
    if (!gen) continue
    const at = gen[0].exec(text)!.index
    const pub = PUBLISHERS.find(([re]) => re.test(text)) ?? (path.includes('goreleaser') ? [/./, 'GoReleaser'] : undefined)
    if (!evidence.made || (pub && !evidence.published)) {
      evidence.made = { path, line: text.slice(0, at).split('\n').length, tool: gen[1] }
      if (pub) evidence.published = { tool: pub[1] as string }
    }
    if (ATTESTS.test(text)) evidence.attests = true
  }
  return evidence
}

function isRelease(w: Workflow): boolean {
  if (w.triggers.includes('release')) return true
  const on = w.doc.on
  const push = on && typeof on === 'object' && !Array.isArray(on) ? (on as Record<string, unknown>).push : undefined
  if (push && typeof push === 'object' && 'tags' in push) return true
  // started only by hand or by another workflow, and named for releases; a workflow that also runs on
  // pushes and pull requests (goreleaser-check: release --snapshot) tests the release, it does not make one
  return (
    /release|publish/i.test(w.path) && w.triggers.length > 0 && w.triggers.every((t) => t === 'workflow_dispatch' || t === 'workflow_call')
  )
}

/** A release SBOM is a few MiB; one of a large container image can be tens. */
const SBOM_BYTES = 64 * 1024 * 1024

async function fromAssets(release: ForgeRelease, evidence: Evidence, network: CheckContext['network'], minScore: number): Promise<Finding> {
  const assets = release.assets
  if (!assets)
    return {
      status: 'unknown',
      message: `the forge did not list the assets of ${release.tag}`,
      remediation: 'Run again; if it stays so, report it.',
    }
  const sboms = assets.filter((a) => SBOM_ASSET.test(a.name) || SBOM_TYPE.test(a.contentType))
  if (sboms.length > 0) return judgeSbom(release, sboms, network, minScore)
  if (assets.length === 0)
    return {
      status: 'not-applicable',
      message: `${release.tag} ships no built assets (source only): OSPS-QA-02.02 asks for an SBOM with compiled release assets`,
    }
  if (evidence.attests)
    return {
      status: 'unknown',
      message: `${release.tag} ships ${assets.length} asset(s) and no SBOM among them; the release workflow attests an SBOM, which this version does not read from the attestations API yet`,
      remediation: 'Attach the SBOM to the release as well, or exempt the check with the attestation.',
    }
  return {
    status: 'fail',
    message: `${release.tag} ships ${assets.length} asset(s) (${assets
      .slice(0, 3)
      .map((a) => a.name)
      .join(', ')}${assets.length > 3 ? ', …' : ''}) and no SBOM`,
    remediation:
      'Generate an SBOM in the release workflow (anchore/sbom-action, cyclonedx, ois-ready sbom) and attach it to the release (e.g. <name>.cdx.json), or attest it (actions/attest-sbom).',
  }
}

/** Downloads the release's SBOM (a JSON one first) and scores it as sbom-quality scores ours. */
async function judgeSbom(release: ForgeRelease, sboms: ForgeAsset[], network: CheckContext['network'], minScore: number): Promise<Finding> {
  const asset = sboms.find((a) => /\.json$/i.test(a.name) || /json/i.test(a.contentType)) ?? sboms[0]!
  const names = sboms
    .slice(0, 3)
    .map((a) => a.name)
    .join(', ')
  if (!asset.url)
    return {
      status: 'unknown',
      message: `${release.tag} ships an SBOM (${names}) whose download address the forge did not give`,
      remediation: 'Run again.',
    }
  const got = await fetchText(asset.url, { ...DEFAULT_FETCH, timeoutMs: 30_000, maxBytes: SBOM_BYTES, allowHosts: network.allowHosts })
  if (!got.ok)
    return {
      status: 'unknown',
      message: `${release.tag} ships an SBOM (${names}), which could not be downloaded to judge its quality (${got.reason})`,
      remediation: 'Run again; its quality against the sbom-quality threshold is judged once it is read.',
    }
  const q = sbomDocumentQuality(got.text)
  if ('unreadable' in q)
    return {
      status: 'unknown',
      message: `${release.tag} ships an SBOM (${asset.name}) that this version cannot judge: ${q.unreadable}`,
      remediation: 'Attach a CycloneDX or SPDX JSON SBOM too (<name>.cdx.json or <name>.spdx.json).',
    }
  const gaps = Object.entries(q.missing)
    .map(([field, n]) => `${n} without ${field}`)
    .join(', ')
  const summary = `${release.tag} ships an SBOM (${asset.name}, ${q.format}, ${q.components} component(s)) with ${q.score}% of the NTIA / BSI TR-03183-2 component fields`
  if (q.components === 0)
    return {
      status: 'fail',
      message: `${release.tag} ships an SBOM (${asset.name}, ${q.format}) that lists no components`,
      remediation: 'Generate the SBOM from the built artefact or the lockfiles, so that it lists what the release contains.',
    }
  return q.score >= minScore
    ? { status: 'pass', message: `${summary} (threshold ${minScore}%)${gaps ? `; ${gaps}` : ''}` }
    : {
        status: 'fail',
        message: `${summary}, below the threshold of ${minScore}% (${gaps})`,
        remediation:
          'Generate the SBOM with a tool that records versions, purls, hashes, licences and the dependency graph (e.g. from the lockfiles: ois-ready sbom, cdxgen, syft with cataloguers for the ecosystem).',
      }
}
