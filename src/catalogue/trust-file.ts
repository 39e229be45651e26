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

/** One entry of the trust file: where it is, and the repository patterns it lists (none: any repository). */
export interface TrustEntry {
  /** keys[0] (path k.pub) or sigstore.identities[1] (identity …), with the trust file's line. */
  describe: string
  patterns?: string[]
}

export interface TrustedKey {
  key: PublicVerificationKey
  covers: (repository: string) => boolean
  entry: TrustEntry
}

export interface TrustedIdentity {
  trust: SigstoreTrust
  prepared: ReturnType<typeof makeVerifier>
  covers: (repository: string) => boolean
  describe: string
  entry: TrustEntry
}

export interface TrustFile {
  keys: TrustedKey[]
  identities: TrustedIdentity[]
  /** Patterns that cannot match a repository URL of the form https://host/owner/repo, with why. */
  warnings: string[]
}

const trustValidator = lazySchema<RawTrust>(trustSchema)

const MAX_REPOSITORY_URL = 2048

/**
 * Which repositories an entry covers. Patterns are globs over the repository URL, matched
 * without regard to case against its plain form (https://host/path, no trailing slash or
 * .git): `*` matches any characters within one path segment (never `/`), `**` as a whole
 * segment any number of segments, `?` one character, `{a,b}` either; a pattern without them
 * names one repository. So `https://github.com/kommune/*` covers every repository of the
 * kommune organisation, `https://github.com/**` every repository on github.com, and
 * `https://github.com/*` only URLs of one segment such as https://github.com/kommune (which
 * loadTrustFile warns about). A URL in another form (backslashes, dots, query or fragment) is
 * covered by no pattern, so that no spelling slips a repository past one.
 */
export function repositoryMatcher(patterns?: string[]): (repository: string) => boolean {
  if (patterns === undefined) return () => true
  const isMatch = picomatch(patterns.map(plainPattern))
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

/** A pattern in the URL's plain form: lower case, no trailing slash or .git. */
const plainPattern = (pattern: string) =>
  pattern
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')

/**
 * Why a pattern cannot cover a repository of the form https://host/owner/repo: without `**`
 * it matches URLs of exactly as many path segments as it has, and one segment is an owner.
 */
export function patternWarning(pattern: string): string | undefined {
  const plain = plainPattern(pattern)
  const path = plain.replace(/^https:\/\/[^/]*/, '')
  const segments = path.split('/').filter(Boolean)
  if (segments.some((s) => s === '**')) return undefined
  if (segments.length >= 2) return undefined
  const host = plain.slice(0, plain.length - path.length)
  const what =
    segments.length === 0
      ? 'only the host itself'
      : `only URLs of one path segment, such as ${host}/${segments[0] === '*' ? 'NAME' : segments[0]}`
  return (
    `${pattern} matches ${what}: \`*\` does not cross \`/\`, and a repository is usually https://host/owner/repo. ` +
    `Write ${host}/**${segments.length ? ` (every repository of the host) or ${host}/${segments[0]}/* (one owner's repositories)` : ' (every repository of the host)'}`
  )
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
  const warnings: string[] = []
  const entry = (at: (string | number)[], label: string, patterns?: string[]): TrustEntry => {
    const line = yaml.lineAt(at)
    const describe = `${path}${line ? `:${line}` : ''} ${label}`
    for (const [j, pattern] of (patterns ?? []).entries()) {
      const why = patternWarning(pattern)
      const patternLine = yaml.lineAt([...at, 'repositories', j])
      if (why) warnings.push(`${path}${patternLine ? `:${patternLine}` : line ? `:${line}` : ''}: ${why}`)
    }
    return { describe, ...(patterns ? { patterns } : {}) }
  }
  const keys = (raw.keys ?? []).map((k, i) => ({
    key: publicKeyFromFile(resolve(base, k.path)),
    covers: repositoryMatcher(k.repositories),
    entry: entry(['keys', i], `keys[${i}] (${k.name ?? k.path})`, k.repositories),
  }))
  let identities: TrustedIdentity[] = []
  if (raw.sigstore) {
    const rootPath = resolve(base, raw.sigstore['trusted-root'])
    let trustedRoot: unknown
    try {
      trustedRoot = JSON.parse(readFileSync(rootPath, 'utf8'))
    } catch {
      throw new UsageError(`trusted root ${rootPath} (from ${path}) is missing or not JSON`)
    }
    identities = raw.sigstore.identities.map((i, n) => {
      const trust: SigstoreTrust = {
        trustedRoot,
        issuer: i.issuer,
        ...(i.identity ? { identity: i.identity } : {}),
        ...(i['identity-regexp'] ? { identityRegexp: i['identity-regexp'] } : {}),
      }
      const describe = `${i.identity ?? i['identity-regexp']} (${i.issuer})`
      return {
        trust,
        prepared: makeVerifier(trust),
        covers: repositoryMatcher(i.repositories),
        describe,
        entry: entry(['sigstore', 'identities', n], `sigstore.identities[${n}] (${describe})`, i.repositories),
      }
    })
  }
  if (keys.length === 0 && identities.length === 0)
    throw new UsageError(`trust file ${path} trusts nobody: add keys or sigstore identities`)
  return { keys, identities, warnings }
}
