/** The catalogue's trust file (schema/trust.schema.json): accepted keys and Sigstore identities, each for some repositories. */
import { lstatSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import picomatch from 'picomatch'
import trustSchema from '../../schema/trust.schema.json' with { type: 'json' }
import { lazySchema } from '../core/schema-validator.js'
import { parseYaml } from '../core/yaml-source.js'
import { ConfigError, UsageError } from '../core/errors.js'
import { publicKeyFromFile } from '../attest/signing-key-source.js'
import { makeVerifier, type SigstoreTrust } from '../attest/verify-sigstore.js'
import type { PublicVerificationKey } from '../attest/keys.js'

interface RawTrust {
  version?: 1
  keys?: { path: string; name?: string; repositories?: string[] }[]
  sigstore?: {
    'trusted-root': string
    identities: { issuer: string; identity?: string; 'identity-regexp'?: string; repositories?: string[] }[]
  }
}

export interface TrustedKey {
  key: PublicVerificationKey
  covers: (repository: string) => boolean
}

export interface TrustedIdentity {
  trust: SigstoreTrust
  prepared: ReturnType<typeof makeVerifier>
  covers: (repository: string) => boolean
  describe: string
}

export interface TrustFile {
  keys: TrustedKey[]
  identities: TrustedIdentity[]
}

const trustValidator = lazySchema<RawTrust>(trustSchema)

const MAX_REPOSITORY_URL = 2048

/**
 * Which repositories an entry covers. A repository URL is matched only in its plain form
 * (https://host/owner/repo, no backslashes, dots, query or fragment), so that no spelling
 * slips a repository past a pattern.
 */
function coverage(patterns?: string[]): (repository: string) => boolean {
  if (patterns === undefined) return () => true
  const isMatch = picomatch(patterns.map((p) => p.toLowerCase()))
  return (repository) => {
    // longer than any repository URL: the pattern below repeats a group per path segment, and
    // V8 throws RangeError on some two million of them (a signed URL of 4 MB)
    if (repository.length > MAX_REPOSITORY_URL) return false
    if (!/^https:\/\/[a-z0-9.-]+(:\d+)?(\/[A-Za-z0-9_.~-]+)+\/?$/i.test(repository) || /\/\.{1,2}(\/|$)/.test(repository)) return false
    return isMatch(
      repository
        .toLowerCase()
        .replace(/\/+$/, '')
        .replace(/\.git$/, ''),
    )
  }
}

export function loadTrustFile(path: string): TrustFile {
  let text: string
  try {
    if (lstatSync(path).size > 1 << 20) throw new UsageError(`trust file ${path} is larger than 1 MiB`)
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`trust file ${path} does not exist`)
  }
  const yaml = parseYaml(text)
  if (yaml.errors.length)
    throw new ConfigError(
      yaml.errors.map((e) => ({ file: path, line: e.line, column: e.column, key: '', message: `invalid YAML: ${e.message}` })),
    )
  const validate = trustValidator()
  if (!validate(yaml.value ?? {})) {
    throw new ConfigError(
      (validate.errors ?? []).slice(0, 5).map((e) => {
        const segments = e.instancePath
          .split('/')
          .slice(1)
          .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
        return {
          file: path,
          ...(yaml.lineAt(segments) ? { line: yaml.lineAt(segments)! } : {}),
          key: e.instancePath.slice(1).replace(/\//g, '.'),
          message: e.message ?? 'invalid',
        }
      }),
    )
  }
  const raw = (yaml.value ?? {}) as RawTrust
  const base = dirname(resolve(path))
  const keys = (raw.keys ?? []).map((k) => ({ key: publicKeyFromFile(resolve(base, k.path)), covers: coverage(k.repositories) }))
  let identities: TrustedIdentity[] = []
  if (raw.sigstore) {
    const rootPath = resolve(base, raw.sigstore['trusted-root'])
    let trustedRoot: unknown
    try {
      trustedRoot = JSON.parse(readFileSync(rootPath, 'utf8'))
    } catch {
      throw new UsageError(`trusted root ${rootPath} (from ${path}) is missing or not JSON`)
    }
    identities = raw.sigstore.identities.map((i) => {
      const trust: SigstoreTrust = {
        trustedRoot,
        issuer: i.issuer,
        ...(i.identity ? { identity: i.identity } : {}),
        ...(i['identity-regexp'] ? { identityRegexp: i['identity-regexp'] } : {}),
      }
      return {
        trust,
        prepared: makeVerifier(trust),
        covers: coverage(i.repositories),
        describe: `${i.identity ?? i['identity-regexp']} (${i.issuer})`,
      }
    })
  }
  if (keys.length === 0 && identities.length === 0)
    throw new UsageError(`trust file ${path} trusts nobody: add keys or sigstore identities`)
  return { keys, identities }
}
