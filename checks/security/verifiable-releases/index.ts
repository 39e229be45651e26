import type { Check, Finding } from '../../../src/core/types.js'
import { readTagObjects, type TagObject } from '../../../src/core/tag-objects.js'
import { versionTags, byRecency } from '../../../src/docs/release-tags.js'
import { findDocs } from '../../../src/docs/doc-files.js'
import { parseAllowedSigners, verifySshSignature, type AllowedSigner } from '../../../src/core/ssh-signature.js'
import docs from './README.md'

/** Where projects publish the SSH keys that may sign their tags (git's gpg.ssh.allowedSignersFile). */
const ALLOWED_SIGNERS = [
  '.gitsigners',
  '.gitsigners/allowed_signers',
  'allowed_signers',
  '.allowed_signers',
  '.github/allowed_signers',
  '.config/allowed_signers',
  'docs/allowed_signers',
]
/** Documents where users look for how to verify a release. */
const DOC_NAMES = ['README', 'SECURITY', 'RELEASE', 'RELEASES', 'RELEASING', 'VERIFY', 'VERIFICATION', 'INSTALL']
/** How a user verifies a signed tag, and how release assets are verified with Sigstore or SLSA tools. */
const TAG_METHODS = /\bgit\b[^\n]{0,200}?\b(?:tag\s+(?:-v|--verify)|verify-tag)\b|ssh-keygen\s+-Y\s+verify\b|gpg\s+--verify\b/
const ASSET_METHODS = /cosign\s+verify(?:-blob)?(?:-attestation)?\b|gh\s+attestation\s+verify\b|slsa-verifier\b|sigstore\s+verify\b/
/** A release workflow that signs or attests its assets with Sigstore: evidence there may be something to verify that this version does not yet read. */
const ASSET_SIGNING =
  /sigstore\/cosign-installer|actions\/attest(?:-build-provenance)?@|cosign\s+sign(?:-blob)?\b|slsa-framework\/slsa-github-generator|goreleaser[\s\S]{0,2000}signs:/

export const check: Check = {
  meta: {
    id: 'verifiable-releases',
    family: 'security',
    title: 'Recent releases are signed, the signatures verify, and users are told how to verify them',
    level: 3,
    version: '1.0.0',
    crosswalk: {
      osps: ['OSPS-BR-02.02', 'OSPS-DO-03.01', 'OSPS-DO-03.02'],
      bestPractices: ['signed_releases', 'version_tags_signed'],
      cra: ['Annex I Part I(2)(f)'],
    },
    anchors: ['SECURITY.md', 'README.md'],
    securitySeverity: 5.0,
    defaultOptions: { releases: 3, 'allowed-signers': '' },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        releases: { type: 'integer', minimum: 1, maximum: 20, description: 'How many of the newest final release tags must be signed' },
        'allowed-signers': {
          type: 'string',
          maxLength: 300,
          description:
            'Path in the repository of an SSH allowed-signers file (default: .gitsigners, allowed_signers, .github/allowed_signers, ...)',
        },
      },
    },
  },
  docs,
  async run({ repo, git, options }) {
    if (!git.isRepository)
      return [
        {
          status: 'unknown',
          message: 'not a git repository: its release tags and their signatures cannot be seen',
          remediation: 'Run on a git clone.',
        },
      ]
    const count = Number(options.releases ?? 3)
    const recent = versionTags(git.tags)
      .filter((t) => !t.prerelease)
      .sort(byRecency)
      .slice(0, count)
    if (recent.length === 0)
      return [
        {
          status: 'unknown',
          message: git.shallow
            ? 'a shallow clone without release tags: whether releases are signed cannot be seen'
            : 'no release tags: there is no release whose signature could be verified',
          remediation: git.shallow
            ? 'Check out the whole history with its tags (actions/checkout with fetch-depth: 0).'
            : 'Tag releases (v1.2.3) and sign the tags (git tag -s), or exempt the check until the first release.',
        },
      ]
    const objects = await readTagObjects(
      repo.root,
      recent.map((t) => t.name),
    )
    const keys = await allowedSigners(repo, String(options['allowed-signers'] ?? ''))
    const findings: Finding[] = []
    const verdicts = objects.map((o) => judge(o, keys.signers))
    const signed = verdicts.filter((v) => v.signed)
    const formats = new Set(signed.map((v) => v.format))
    // tag by tag once the project signs tags; when it signs none, one finding says so
    if (signed.length > 0) for (const v of verdicts) findings.push(v.finding)
    else {
      const unreadable = verdicts.filter((v) => v.finding.status === 'unknown')
      findings.push(...unreadable.map((v) => v.finding))
      const workflows = await assetSigning(repo)
      findings.push(
        workflows
          ? {
              status: 'unknown',
              message: `none of the ${recent.length} newest release tags is signed, and ${workflows} signs or attests release assets with Sigstore: this version does not yet verify release-asset bundles`,
              remediation: 'Sign the release tags too (git tag -s), or exempt the check with the command that verifies the assets.',
              location: { path: workflows },
            }
          : {
              status: 'fail',
              message: `none of the ${recent.length} newest release tags (${recent.map((t) => t.name).join(', ')}) is signed, and no release workflow signs the assets`,
              remediation:
                'Sign release tags (git tag -s, with gpg.format ssh and a published allowed_signers file, or OpenPGP with a published KEYS file), or sign release assets with Sigstore (cosign, actions/attest-build-provenance).',
            },
      )
    }
    if (keys.problem) findings.push(keys.problem)
    findings.push(...(await instructions(repo, formats, signed.length > 0)))
    return findings
  },
}

interface TagVerdict {
  finding: Finding
  signed: boolean
  format?: string
}

function judge(tag: TagObject, signers: readonly AllowedSigner[] | undefined): TagVerdict {
  if (tag.error)
    return {
      signed: false,
      finding: {
        status: 'unknown',
        message: `${tag.name}: git could not read the tag (${tag.error})`,
        remediation: 'Fetch the tags again (git fetch --tags).',
      },
    }
  if (!tag.annotated)
    return {
      signed: false,
      finding: {
        status: 'fail',
        message: `${tag.name} is a lightweight tag, which cannot be signed`,
        remediation: 'Make release tags signed annotated tags (git tag -s).',
      },
    }
  if (!tag.signature)
    return {
      signed: false,
      finding: { status: 'fail', message: `${tag.name} is not signed`, remediation: 'Sign release tags (git tag -s).' },
    }
  const format = tag.signature.format
  if (format === 'openpgp' || format === 'x509')
    return {
      signed: true,
      format,
      finding: {
        status: 'unknown',
        message: `${tag.name} carries ${format === 'openpgp' ? 'an OpenPGP' : 'an X.509 (gpgsm or gitsign)'} signature, which this version does not verify yet (it verifies SSH signatures)`,
        remediation:
          format === 'openpgp'
            ? 'Verify it with git tag -v against the published KEYS and exempt the check with the result, or sign with SSH keys (gpg.format ssh) and publish an allowed_signers file.'
            : 'Exempt the check with the result of gitsign verify, or sign with SSH keys (gpg.format ssh) and publish an allowed_signers file.',
      },
    }
  if (!signers || signers.length === 0)
    return {
      signed: true,
      format,
      finding: {
        status: 'unknown',
        message: `${tag.name} has an SSH signature, but the repository publishes no allowed-signers file to verify it against`,
        remediation: `Publish the keys that sign releases in an allowed-signers file (${ALLOWED_SIGNERS.slice(0, 3).join(', ')}), or name it with the check's allowed-signers option.`,
      },
    }
  const v = verifySshSignature(tag.signature.armored, tag.payload!, signers)
  if (v.verified)
    return { signed: true, format, finding: { status: 'pass', message: `${tag.name}: SSH signature by ${v.signer.principals} verifies` } }
  return {
    signed: true,
    format,
    finding: v.knownKey
      ? {
          status: 'fail',
          message: `${tag.name}: ${v.reason}`,
          remediation: 'Re-sign the release tag with the published key; a signature that does not verify may mean the tag was altered.',
        }
      : {
          status: 'unknown',
          message: `${tag.name}: ${v.reason}`,
          remediation:
            'Add the key that signs releases to the published allowed-signers file (a key that is not published cannot be verified).',
        },
  }
}

async function allowedSigners(
  repo: Parameters<Check['run']>[0]['repo'],
  named: string,
): Promise<{ signers?: AllowedSigner[]; problem?: Finding }> {
  const path = named || ALLOWED_SIGNERS.find((p) => repo.get(p))
  if (!path) return {}
  if (!repo.get(path))
    return {
      problem: {
        status: 'fail',
        message: `the allowed-signers file ${path} named in the configuration does not exist`,
        remediation: 'Correct the allowed-signers option.',
      },
    }
  const read = await repo.readText(path, { maxBytes: 256 * 1024 })
  if (!read.ok)
    return {
      problem: {
        status: 'unknown',
        message: `${path} cannot be read`,
        location: { path },
        remediation: 'Keep the allowed-signers file a small text file.',
      },
    }
  const { signers, unreadable } = parseAllowedSigners(read.text)
  return unreadable.length
    ? {
        signers,
        problem: {
          status: 'pass',
          severity: 'warning',
          message: `${path}: line(s) ${unreadable.slice(0, 5).join(', ')} are not allowed-signers entries and were left out`,
          location: { path, startLine: unreadable[0]! },
        },
      }
    : { signers }
}

async function assetSigning(repo: Parameters<Check['run']>[0]['repo']): Promise<string | undefined> {
  for (const entry of repo.glob(['.github/workflows/*.{yml,yaml}', '.goreleaser.{yml,yaml}']).slice(0, 100)) {
    const read = await repo.readText(entry.path, { maxBytes: 512 * 1024 })
    if (read.ok && ASSET_SIGNING.test(read.text)) return entry.path
  }
  return undefined
}

/** OSPS-DO-03.01/02: the documentation tells users how to verify, naming the method the releases use. */
async function instructions(
  repo: Parameters<Check['run']>[0]['repo'],
  formats: Set<string | undefined>,
  tagsSigned: boolean,
): Promise<Finding[]> {
  const method = tagsSigned ? TAG_METHODS : ASSET_METHODS
  const entries = [...findDocs(repo, DOC_NAMES), ...repo.glob('docs/**/*.{md,rst,adoc}').slice(0, 200)]
  for (const entry of entries) {
    const read = await repo.readText(entry.path, { maxBytes: 1 << 20 })
    if (!read.ok) continue
    const m = method.exec(read.text)
    if (m) {
      const line = read.text.slice(0, m.index).split('\n').length
      return [
        {
          status: 'pass',
          message: `${entry.path} tells users how to verify a release (${m[0].replace(/\s+/g, ' ')})`,
          location: { path: entry.path, startLine: line },
        },
      ]
    }
  }
  const what = tagsSigned
    ? `signed tags (${[...formats].filter(Boolean).join(', ')}): git tag -v${formats.has('ssh') ? ' with gpg.ssh.allowedSignersFile' : ''}`
    : 'the release signatures (cosign verify-blob, gh attestation verify, slsa-verifier)'
  return [
    {
      status: 'fail',
      message: `no README, SECURITY or docs page tells users how to verify ${what}`,
      remediation:
        'Add a "Verifying releases" section to SECURITY.md or the README with the exact command and where the keys or the signing identity are published.',
    },
  ]
}
