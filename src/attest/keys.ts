/**
 * Signing keys: Ed25519 and ECDSA P-256 in PEM (PKCS#8 private, SPKI public), through Node's crypto.
 * The key id is the hex sha256 of the public key's DER SubjectPublicKeyInfo.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as cryptoSign,
  verify as cryptoVerify,
  type KeyObject,
} from 'node:crypto'
import { UsageError } from '../core/errors.js'

export type KeyAlgorithm = 'ed25519' | 'ecdsa-p256'

export interface PrivateSigningKey {
  algorithm: KeyAlgorithm
  keyid: string
  privateKey: KeyObject
  publicKey: KeyObject
}

export interface PublicVerificationKey {
  algorithm: KeyAlgorithm
  keyid: string
  publicKey: KeyObject
  /** Where the key came from, for messages. */
  source: string
}

function algorithmOf(key: KeyObject, source: string): KeyAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519'
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ecdsa-p256'
  const what = key.asymmetricKeyType === 'ec' ? `EC ${key.asymmetricKeyDetails?.namedCurve}` : String(key.asymmetricKeyType).toUpperCase()
  throw new UsageError(`${source}: ${what} keys are not supported; use an Ed25519 or ECDSA P-256 key (ois-ready keygen makes one)`)
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
}

/** A private key from PEM; the error never repeats the key material. */
export function loadPrivateKey(pem: string, source: string): PrivateSigningKey {
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' })
  } catch {
    throw new UsageError(`${source} is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----", as ois-ready keygen writes)`)
  }
  const algorithm = algorithmOf(privateKey, source)
  const publicKey = createPublicKey(privateKey)
  return { algorithm, keyid: keyIdOf(publicKey), privateKey, publicKey }
}

export function loadPublicKey(pem: string, source: string): PublicVerificationKey {
  let publicKey: KeyObject
  try {
    publicKey = createPublicKey({ key: pem, format: 'pem' })
  } catch {
    throw new UsageError(`${source} is not a PEM public key (expected "-----BEGIN PUBLIC KEY-----")`)
  }
  if (publicKey.type !== 'public') publicKey = createPublicKey(publicKey)
  return { algorithm: algorithmOf(publicKey, source), keyid: keyIdOf(publicKey), publicKey, source }
}

export function generateKeyPair(algorithm: KeyAlgorithm): { privatePem: string; publicPem: string; keyid: string } {
  const { privateKey, publicKey } =
    algorithm === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyid: keyIdOf(publicKey),
  }
}

/** Ed25519 signs the message itself; ECDSA P-256 signs its SHA-256, as a DER signature. */
export function signBytes(key: PrivateSigningKey, message: Uint8Array): Buffer {
  return key.algorithm === 'ed25519'
    ? cryptoSign(null, message, key.privateKey)
    : cryptoSign('sha256', message, { key: key.privateKey, dsaEncoding: 'der' })
}

export function verifyBytes(key: PublicVerificationKey, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    return key.algorithm === 'ed25519'
      ? cryptoVerify(null, message, key.publicKey, signature)
      : cryptoVerify('sha256', message, { key: key.publicKey, dsaEncoding: 'der' }, signature)
  } catch {
    return false
  }
}

/**
 * verifyBytes on Node's thread pool (crypto.verify with a callback), so that the signatures of
 * many attestations are checked on every core while this thread reads the next ones.
 */
export function verifyBytesAsync(key: PublicVerificationKey, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (error: Error | null, ok: boolean) => resolve(!error && ok === true)
    try {
      if (key.algorithm === 'ed25519') cryptoVerify(null, message, key.publicKey, signature, done)
      else cryptoVerify('sha256', message, { key: key.publicKey, dsaEncoding: 'der' }, signature, done)
    } catch {
      resolve(false)
    }
  })
}
