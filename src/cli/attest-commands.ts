/** `ois-ready keygen`, `verify` and `badge`. */
import { existsSync, readlinkSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { badgeState, renderBadgeEndpoint, renderBadgeSvg } from '../attest/badge.js'
import { generateKeyPair, type KeyAlgorithm } from '../attest/keys.js'
import { readAttestationFile } from '../attest/attestation-file.js'
import {
  attestationVerifier,
  verifyEachInParallel,
  verifyOptionsFrom,
  verifyToRecordInParallel,
  type VerifiedAttestation,
  type VerifyCommandOptions,
} from '../attest/verify-file.js'
import { UsageError } from '../core/errors.js'
import { FileExistsError, writeNewFiles, writeOutputFiles } from '../core/output-folder.js'
import { EXIT, type Io } from './io.js'
import { printable } from '../core/printable.js'

export function runKeygen(opts: { type: KeyAlgorithm; outDir: string; name: string }, io: Io): number {
  const dir = resolve(opts.outDir)
  const privatePath = join(dir, `${opts.name}.key`)
  const publicPath = join(dir, `${opts.name}.pub`)
  const pair = generateKeyPair(opts.type)
  try {
    // the public key first: a kill between the two leaves a public key alone, never a private key nobody saw the id of
    writeNewFiles(dir, {
      [basename(publicPath)]: { content: pair.publicPem, mode: 0o644 },
      [basename(privatePath)]: { content: pair.privatePem, mode: 0o600 },
    })
  } catch (error) {
    if (error instanceof FileExistsError) {
      if (error.link) throw linkRefused(error.path)
      throw new UsageError(`${error.path} exists; ois-ready keygen never overwrites a key`)
    }
    throw error
  }
  io.stdout(
    `${opts.type} key pair written\n  private key: ${privatePath} (mode 0600; keep it secret, e.g. in a CI secret)\n  public key:  ${publicPath}\n  key id:      ${pair.keyid}\n` +
      `Never commit ${opts.name}.key: add it to .gitignore, or move it out of the repository.\n`,
  )
  return EXIT.ok
}

/** A link where a key would go (a dangling one too): what it points to, and what to do. */
function linkRefused(path: string): UsageError {
  let target = '?'
  try {
    target = readlinkSync(path)
  } catch {
    // gone since: the message still says it was a link
  }
  const dangling = !existsSync(path)
  return new UsageError(
    `${printable(path)} is a symbolic link to ${printable(target)}${dangling ? ', which does not exist' : ''}; ois-ready keygen never writes a key through a link: remove the link, or choose another --out-dir or --name`,
  )
}

export async function runVerify(file: string, opts: VerifyCommandOptions, io: Io): Promise<number> {
  const options = verifyOptionsFrom(opts)
  // the signatures of many attestations are checked at once, on every core (Node's thread pool)
  if (opts.format === 'json') {
    const recorded = await verifyToRecordInParallel(file, options)
    try {
      for (const piece of recorded.text()) io.stdout(piece)
    } finally {
      recorded.dispose()
    }
    return recorded.valid ? EXIT.ok : EXIT.failed
  }
  // text: the results as they are verified, written some 64 KiB at a time (a write per line
  // costs a system call each, and waits on a slow reader as often)
  let valid = true
  let count = 0
  let pending = ''
  const out = (text: string) => {
    pending += text
    if (pending.length >= 1 << 16) {
      io.stdout(pending)
      pending = ''
    }
  }
  try {
    for await (const result of verifyEachInParallel(file, options)) {
      count++
      valid &&= result.verification.valid
      out(verificationLine(result))
    }
  } finally {
    if (pending) io.stdout(pending)
  }
  return valid && count > 0 ? EXIT.ok : EXIT.failed
}

/** One result of `verify --format text`: VALID with what it attests, or INVALID with each rejection. */
function verificationLine({ line, verification: v }: VerifiedAttestation): string {
  const p = v.statement?.predicate
  if (v.valid && p) {
    const signer =
      v.signer?.type === 'key'
        ? `key ${v.signer.keyid.slice(0, 16)}…`
        : v.signer?.type === 'sigstore'
          ? `${v.signer.identity} (${v.signer.issuer})`
          : '?'
    return (
      printable(
        `VALID (line ${line}): level ${p.level} for ${p.repository.url ?? 'a repository'} at ${p.repository.commit?.slice(0, 12) ?? 'no commit'}, signed by ${signer}, valid until ${p.validUntil}`,
      ) + '\n'
    )
  }
  return `INVALID (line ${line}):\n${v.rejections.map((r) => `  ${r.code}: ${printable(r.message)}\n`).join('')}`
}

export function runBadge(file: string, opts: VerifyCommandOptions & { outputDir: string }, io: Io): number {
  const options = verifyOptionsFrom(opts)
  // a badge is drawn from exactly one attestation: the first is verified, the others only counted
  const verify = attestationVerifier(options)
  let first: VerifiedAttestation | undefined
  let count = 0
  for (const attestation of readAttestationFile(file)) if (count++ === 0) first = verify(attestation)
  if (count !== 1 || !first) throw new UsageError(`${file} holds ${count} attestations; a badge is drawn from exactly one`)
  const state = badgeState(first.verification)
  writeOutputFiles(opts.outputDir, { 'badge.svg': renderBadgeSvg(state), 'badge.json': renderBadgeEndpoint(state) })
  io.stdout(`badge: ${state.label} | ${state.message} (${state.color}) -> ${resolve(opts.outputDir)}\n`)
  if (!first.verification.valid)
    io.stderr(`the attestation did not verify: ${first.verification.rejections.map((r) => r.message).join('; ')}\n`)
  return first.verification.valid ? EXIT.ok : EXIT.failed
}

export async function runTrustedRoot(output: string, io: Io): Promise<number> {
  const { getTrustedRoot } = await import('@sigstore/tuf')
  const { TrustedRoot } = await import('@sigstore/protobuf-specs')
  const root = TrustedRoot.toJSON(await getTrustedRoot())
  writeOutputFiles(dirname(resolve(output)), { [basename(resolve(output))]: `${JSON.stringify(root, null, 2)}\n` })
  io.stdout(`wrote Sigstore's trusted root to ${output}; verify offline with --trusted-root ${output}\n`)
  return EXIT.ok
}
