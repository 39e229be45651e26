/**
 * SSH signatures (the SSHSIG format of OpenSSH's PROTOCOL.sshsig, which `git tag -s` writes with
 * `gpg.format ssh`) verified with node:crypto, and the allowed-signers files (`ssh-keygen -Y
 * verify -f`, git's gpg.ssh.allowedSignersFile) that say whose keys count.
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto'

export interface AllowedSigner {
  principals: string
  /** The key type and its base64 blob, as in an authorized_keys line. */
  keyType: string
  key: string
  /** The namespaces it may sign for (namespaces="git,file"); undefined: any. */
  namespaces?: string[]
  /** Line in its file, for messages. */
  line: number
}

const KEY_TYPES = /^(ssh-ed25519|ecdsa-sha2-nistp(256|384|521)|ssh-rsa|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)$/

/** The signers of an allowed-signers file: `principals [options] keytype key [comment]`; lines it cannot read are left out and counted. */
export function parseAllowedSigners(text: string): { signers: AllowedSigner[]; unreadable: number[] } {
  const signers: AllowedSigner[] = []
  const unreadable: number[] = []
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    // options may hold quoted values with spaces (namespaces="git,file")
    const fields = line.match(/(?:[^\s"]+|"[^"]*")+/g) ?? []
    const at = fields.findIndex((f, n) => n > 0 && KEY_TYPES.test(f))
    if (at < 1 || !fields[at + 1] || !/^[A-Za-z0-9+/]+={0,2}$/.test(fields[at + 1]!)) {
      unreadable.push(i + 1)
      continue
    }
    const options = fields.slice(1, at).join(',')
    const ns = /(?:^|,)namespaces="([^"]*)"/i.exec(options)
    const signer: AllowedSigner = { principals: fields[0]!, keyType: fields[at]!, key: fields[at + 1]!, line: i + 1 }
    if (ns) signer.namespaces = ns[1]!.split(',').map((n) => n.trim())
    signers.push(signer)
  }
  return { signers, unreadable }
}

export interface SshSignature {
  publicKey: Buffer
  namespace: string
  hashAlgorithm: string
  signatureType: string
  signature: Buffer
  reserved: Buffer
}

/** Reads the armoured SSHSIG blob; throws with what is wrong. */
export function parseSshSignature(armored: string): SshSignature {
  const body = /-----BEGIN SSH SIGNATURE-----([\s\S]*?)-----END SSH SIGNATURE-----/.exec(armored)
  if (!body) throw new Error('not an armoured SSH signature')
  const blob = Buffer.from(body[1]!.replace(/\s+/g, ''), 'base64')
  if (blob.subarray(0, 6).toString('latin1') !== 'SSHSIG') throw new Error('no SSHSIG magic')
  const r = new Reader(blob, 6)
  const version = r.uint32()
  if (version !== 1) throw new Error(`SSHSIG version ${version}, not 1`)
  const publicKey = r.string()
  const namespace = r.string().toString('utf8')
  const reserved = r.string()
  const hashAlgorithm = r.string().toString('utf8')
  const sig = new Reader(r.string())
  const signatureType = sig.string().toString('utf8')
  const signature = sig.string()
  return { publicKey, namespace, hashAlgorithm, signatureType, signature, reserved }
}

export type SshVerdict =
  { verified: true; signer: AllowedSigner } | { verified: false; reason: string; knownKey: boolean; fingerprint?: string }

/** Verifies an SSH signature of `message` for `namespace` (git signs with "git") against the allowed signers. */
export function verifySshSignature(armored: string, message: Buffer, signers: readonly AllowedSigner[], namespace = 'git'): SshVerdict {
  let sig: SshSignature
  try {
    sig = parseSshSignature(armored)
  } catch (error) {
    return { verified: false, knownKey: false, reason: `the SSH signature cannot be read (${(error as Error).message})` }
  }
  const fingerprint = `SHA256:${createHash('sha256').update(sig.publicKey).digest('base64').replace(/=+$/, '')}`
  const keyBase64 = sig.publicKey.toString('base64')
  const signer = signers.find((s) => s.key === keyBase64)
  if (!signer)
    return {
      verified: false,
      knownKey: false,
      fingerprint,
      reason: `signed with key ${fingerprint}, which is not among the allowed signers`,
    }
  if (sig.namespace !== namespace)
    return { verified: false, knownKey: true, fingerprint, reason: `the signature is for namespace "${sig.namespace}", not "${namespace}"` }
  if (signer.namespaces && !signer.namespaces.includes(namespace))
    return {
      verified: false,
      knownKey: true,
      fingerprint,
      reason: `the allowed signer (line ${signer.line}) may not sign for "${namespace}"`,
    }
  const hash = sig.hashAlgorithm === 'sha512' ? 'sha512' : sig.hashAlgorithm === 'sha256' ? 'sha256' : undefined
  if (!hash) return { verified: false, knownKey: true, fingerprint, reason: `unsupported hash algorithm ${sig.hashAlgorithm}` }
  const signed = Buffer.concat([
    Buffer.from('SSHSIG', 'latin1'),
    sshString(Buffer.from(namespace, 'utf8')),
    sshString(sig.reserved),
    sshString(Buffer.from(sig.hashAlgorithm, 'utf8')),
    sshString(createHash(hash).update(message).digest()),
  ])
  try {
    const ok = verifyWithKey(sig, signed)
    return ok
      ? { verified: true, signer }
      : { verified: false, knownKey: true, fingerprint, reason: `the signature by ${fingerprint} does not match the tag` }
  } catch (error) {
    return {
      verified: false,
      knownKey: true,
      fingerprint,
      reason: `the signature by ${fingerprint} cannot be checked (${(error as Error).message})`,
    }
  }
}

function verifyWithKey(sig: SshSignature, signed: Buffer): boolean {
  const k = new Reader(sig.publicKey)
  const type = k.string().toString('utf8')
  if (type === 'ssh-ed25519') {
    if (sig.signatureType !== 'ssh-ed25519') throw new Error(`signature type ${sig.signatureType} for an Ed25519 key`)
    return verify(null, signed, jwk({ kty: 'OKP', crv: 'Ed25519', x: b64url(k.string()) }), sig.signature)
  }
  const ec = /^ecdsa-sha2-nistp(256|384|521)$/.exec(type)
  if (ec) {
    if (sig.signatureType !== type) throw new Error(`signature type ${sig.signatureType} for an ${type} key`)
    k.string() // the curve's name again
    const point = k.string()
    const size = (point.length - 1) / 2
    const key = jwk({ kty: 'EC', crv: `P-${ec[1]}`, x: b64url(point.subarray(1, 1 + size)), y: b64url(point.subarray(1 + size)) })
    const rs = new Reader(sig.signature)
    const r = unsigned(rs.string(), size)
    const s = unsigned(rs.string(), size)
    const digest = ec[1] === '256' ? 'sha256' : ec[1] === '384' ? 'sha384' : 'sha512'
    return verify(digest, signed, { key, dsaEncoding: 'ieee-p1363' }, Buffer.concat([r, s]))
  }
  if (type === 'ssh-rsa') {
    const e = k.string()
    const n = k.string()
    const digest = sig.signatureType === 'rsa-sha2-512' ? 'sha512' : sig.signatureType === 'rsa-sha2-256' ? 'sha256' : undefined
    if (!digest) throw new Error(`signature type ${sig.signatureType} (SSHSIG needs rsa-sha2-256 or rsa-sha2-512)`)
    return verify(digest, signed, jwk({ kty: 'RSA', e: b64url(stripZero(e)), n: b64url(stripZero(n)) }), sig.signature)
  }
  throw new Error(`key type ${type} is not supported`)
}

const jwk = (key: Record<string, string>): KeyObject => createPublicKey({ key, format: 'jwk' })
const b64url = (b: Buffer): string => b.toString('base64url')
const stripZero = (b: Buffer): Buffer => (b[0] === 0 ? b.subarray(1) : b)
/** An SSH mpint as a fixed-size big-endian integer. */
function unsigned(b: Buffer, size: number): Buffer {
  const v = stripZero(b)
  if (v.length > size) throw new Error('an ECDSA signature value larger than the curve')
  return Buffer.concat([Buffer.alloc(size - v.length), v])
}

function sshString(b: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(b.length)
  return Buffer.concat([len, b])
}

class Reader {
  constructor(
    private readonly b: Buffer,
    private at = 0,
  ) {}
  uint32(): number {
    if (this.at + 4 > this.b.length) throw new Error('truncated')
    const v = this.b.readUInt32BE(this.at)
    this.at += 4
    return v
  }
  string(): Buffer {
    const len = this.uint32()
    if (this.at + len > this.b.length) throw new Error('truncated')
    const v = this.b.subarray(this.at, this.at + len)
    this.at += len
    return v
  }
}
