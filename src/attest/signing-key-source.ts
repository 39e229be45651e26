/** Where a signing key comes from: a PEM file, or PEM text (an environment variable or the Action input). */
import { lstatSync, readFileSync } from 'node:fs'
import { UsageError } from '../core/errors.js'
import { loadPrivateKey, loadPublicKey, type PrivateSigningKey, type PublicVerificationKey } from './keys.js'

export const SIGNING_KEY_ENV = 'OIS_READY_SIGNING_KEY'

export function signingKeyFromFile(path: string): PrivateSigningKey {
  return loadPrivateKey(readKeyFile(path), path)
}

export function signingKeyFromText(pem: string, source: string): PrivateSigningKey {
  return loadPrivateKey(pem.replace(/\\n/g, '\n'), source)
}

export function publicKeyFromFile(path: string): PublicVerificationKey {
  return loadPublicKey(readKeyFile(path), path)
}

function readKeyFile(path: string): string {
  try {
    const st = lstatSync(path)
    if (!st.isFile() || st.size > 64 * 1024) throw new UsageError(`${path} is not a key file`)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`key file ${path} does not exist`)
  }
  return readFileSync(path, 'utf8')
}
