/** `ois-ready keygen`, `verify` and `badge`. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { badgeState, renderBadgeEndpoint, renderBadgeSvg } from '../attest/badge.js'
import { readAttestationFile } from '../attest/attestation-file.js'
import { generateKeyPair, type KeyAlgorithm, type PublicVerificationKey } from '../attest/keys.js'
import { publicKeyFromFile } from '../attest/signing-key-source.js'
import { sha256Hex } from '../attest/statement.js'
import type { Verification } from '../attest/verify.js'
import { prepareVerifier, type Trust } from '../attest/verify-attestation.js'
import { UsageError } from '../core/errors.js'
import { writeOutputs } from '../core/output-folder.js'
import { EXIT, type Io } from './io.js'
import { printable } from '../core/printable.js'

export function runKeygen(opts: { type: KeyAlgorithm; outDir: string; name: string }, io: Io): number {
  const dir = resolve(opts.outDir)
  const privatePath = join(dir, `${opts.name}.key`)
  const publicPath = join(dir, `${opts.name}.pub`)
  for (const p of [privatePath, publicPath]) if (existsSync(p)) throw new UsageError(`${p} exists; ois-ready keygen never overwrites a key`)
  const pair = generateKeyPair(opts.type)
  mkdirSync(dir, { recursive: true })
  writeFileSync(privatePath, pair.privatePem, { mode: 0o600, flag: 'wx' })
  writeFileSync(publicPath, pair.publicPem, { mode: 0o644, flag: 'wx' })
  io.stdout(
    `${opts.type} key pair written\n  private key: ${privatePath} (mode 0600; keep it secret, e.g. in a CI secret)\n  public key:  ${publicPath}\n  key id:      ${pair.keyid}\n` +
      `Never commit ${opts.name}.key: add it to .gitignore, or move it out of the repository.\n`,
  )
  return EXIT.ok
}

export interface VerifyCommandOptions {
  key?: string[]
  trustedRoot?: string
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  repo?: string
  commit?: string
  minLevel?: number
  report?: string
  at?: string
  format: 'json' | 'text'
}

/** `extraKeys`: keys already loaded (the verify Action takes PEM text); `key` holds file paths. */
export function verifyOptionsFrom(opts: VerifyCommandOptions, extraKeys: PublicVerificationKey[] = []): Trust {
  if (!opts.key?.length && !extraKeys.length && !opts.trustedRoot) {
    throw new UsageError(
      'say what to trust: --key PUB.pem (one or more), or --trusted-root FILE with --certificate-identity and --certificate-oidc-issuer',
    )
  }
  const options: Trust = { keys: [...extraKeys, ...(opts.key ?? []).map(publicKeyFromFile)] }
  if (opts.trustedRoot) {
    if (!existsSync(opts.trustedRoot)) throw new UsageError(`trusted root ${opts.trustedRoot} does not exist`)
    let trustedRoot: unknown
    try {
      trustedRoot = JSON.parse(readFileSync(opts.trustedRoot, 'utf8'))
    } catch {
      throw new UsageError(`trusted root ${opts.trustedRoot} is not JSON`)
    }
    options.sigstore = {
      trustedRoot,
      issuer: opts.certificateOidcIssuer ?? '',
      ...(opts.certificateIdentity ? { identity: opts.certificateIdentity } : {}),
      ...(opts.certificateIdentityRegexp ? { identityRegexp: opts.certificateIdentityRegexp } : {}),
    }
  } else if (opts.certificateIdentity || opts.certificateIdentityRegexp || opts.certificateOidcIssuer) {
    throw new UsageError('--certificate-identity and --certificate-oidc-issuer need --trusted-root')
  }
  if (opts.repo) options.repo = opts.repo
  if (opts.commit) {
    if (!/^[0-9a-f]{7,64}$/i.test(opts.commit)) throw new UsageError(`--commit ${opts.commit} is not a commit hash`)
    options.commit = opts.commit
  }
  if (opts.minLevel !== undefined) options.minLevel = opts.minLevel
  if (opts.report) {
    if (!existsSync(opts.report)) throw new UsageError(`report ${opts.report} does not exist`)
    options.reportDigest = sha256Hex(readFileSync(opts.report))
  }
  if (opts.at) {
    const at = new Date(opts.at)
    if (Number.isNaN(at.getTime())) throw new UsageError(`--at ${opts.at} is not a date or time (use ISO 8601, e.g. 2026-12-01T00:00:00Z)`)
    options.at = at
  }
  return options
}

export function verifyFile(file: string, options: Trust): { line: number; verification: Verification }[] {
  const verify = prepareVerifier(options)
  return readAttestationFile(file).map(({ line, value, error }) =>
    error
      ? {
          line,
          verification: {
            valid: false,
            rejections: [{ code: 'malformed' as const, message: `line ${line}: ${error}` }],
            verifiedAt: (options.at ?? new Date()).toISOString(),
          },
        }
      : { line, verification: verify(value) },
  )
}

/** The JSON record of what was verified: facts from the statement only when its signature verified. */
export function verificationRecord(file: string, results: { line: number; verification: Verification }[]): object {
  return {
    file,
    valid: results.length > 0 && results.every((r) => r.verification.valid),
    attestations: results.map(({ line, verification: v }) => {
      const p = v.statement?.predicate
      return {
        line,
        valid: v.valid,
        rejections: v.rejections,
        verifiedAt: v.verifiedAt,
        ...(v.signer ? { signer: v.signer } : {}),
        ...(p
          ? {
              predicateType: v.statement!.predicateType,
              subject: v.statement!.subject,
              repository: p.repository,
              level: p.level,
              issuedAt: p.issuedAt,
              validUntil: p.validUntil,
              policy: p.policy,
              report: p.report,
              ...(p.licence ? { licence: p.licence } : {}),
              ...(p.sbom ? { sbom: p.sbom } : {}),
              crosswalkVersion: p.crosswalkVersion,
              exemptions: p.exemptions,
              checks: p.checks,
              tool: p.tool,
            }
          : {}),
      }
    }),
  }
}

export function runVerify(file: string, opts: VerifyCommandOptions, io: Io): number {
  const results = verifyFile(file, verifyOptionsFrom(opts))
  const record = verificationRecord(file, results) as { valid: boolean }
  if (opts.format === 'json') io.stdout(`${JSON.stringify(record, null, 2)}\n`)
  else {
    for (const { line, verification: v } of results) {
      const p = v.statement?.predicate
      if (v.valid && p) {
        const signer =
          v.signer?.type === 'key'
            ? `key ${v.signer.keyid.slice(0, 16)}…`
            : v.signer?.type === 'sigstore'
              ? `${v.signer.identity} (${v.signer.issuer})`
              : '?'
        io.stdout(
          printable(
            `VALID (line ${line}): level ${p.level} for ${p.repository.url ?? 'a repository'} at ${p.repository.commit?.slice(0, 12) ?? 'no commit'}, signed by ${signer}, valid until ${p.validUntil}`,
          ) + '\n',
        )
      } else {
        io.stdout(`INVALID (line ${line}):\n${v.rejections.map((r) => `  ${r.code}: ${printable(r.message)}\n`).join('')}`)
      }
    }
  }
  return record.valid ? EXIT.ok : EXIT.failed
}

export function runBadge(file: string, opts: VerifyCommandOptions & { outputDir: string }, io: Io): number {
  const results = verifyFile(file, verifyOptionsFrom(opts))
  if (results.length !== 1) throw new UsageError(`${file} holds ${results.length} attestations; a badge is drawn from exactly one`)
  const first = results[0]!
  const state = badgeState(first.verification)
  writeOutputs(opts.outputDir, { 'badge.svg': renderBadgeSvg(state), 'badge.json': renderBadgeEndpoint(state) })
  io.stdout(`badge: ${state.label} | ${state.message} (${state.color}) -> ${resolve(opts.outputDir)}\n`)
  if (!first.verification.valid)
    io.stderr(`the attestation did not verify: ${first.verification.rejections.map((r) => r.message).join('; ')}\n`)
  return first.verification.valid ? EXIT.ok : EXIT.failed
}

export async function runTrustedRoot(output: string, io: Io): Promise<number> {
  const { getTrustedRoot } = await import('@sigstore/tuf')
  const { TrustedRoot } = await import('@sigstore/protobuf-specs')
  const root = TrustedRoot.toJSON(await getTrustedRoot())
  writeOutputs(dirname(resolve(output)), { [basename(output)]: `${JSON.stringify(root, null, 2)}\n` })
  io.stdout(`wrote Sigstore's trusted root to ${output}; verify offline with --trusted-root ${output}\n`)
  return EXIT.ok
}
