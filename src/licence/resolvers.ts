/**
 * Licences from package registries, for the run that enables the network (`--network`):
 * npm, crates.io, PyPI, Packagist and RubyGems serve a package version's licence as JSON.
 * The Go module proxy serves none: the LICENSE file in the module zip is identified (see `goModuleLicence`).
 *
 * Requests go through the project's guarded fetcher (HTTPS, public addresses only, a time
 * and size limit each), a few at a time, within a total time and request budget; answers are
 * cached on disk (resolvers-cache.ts).
 */
import { parseJson } from '../core/json-source.js'
import { fetchBytes, fetchText, DEFAULT_FETCH } from '../core/guarded-fetch.js'
import { TOOL_VERSION } from '../core/version.js'
import { declaredLicence, type Declared } from './declared.js'
import { readCache, writeCache } from './resolvers-cache.js'
import { LICENCE_FILE } from './licence-texts.js'
import { identifyByTemplates, prepareTemplateIndex } from './templates/identify.js'
import { formatOf, plainLicenceText } from './templates/render.js'
import { unzipSync } from 'fflate'

export type Registry = 'npm' | 'cargo' | 'pypi' | 'composer' | 'gem' | 'golang'

export const DEFAULT_REGISTRY_URLS: Record<Registry, string> = {
  npm: 'https://registry.npmjs.org',
  cargo: 'https://crates.io',
  pypi: 'https://pypi.org',
  composer: 'https://repo.packagist.org',
  gem: 'https://rubygems.org',
  golang: 'https://proxy.golang.org',
}

export interface ResolverOptions {
  urls: Record<Registry, string>
  /** Folder of the cache; false: no cache. */
  cacheDir: string | false
  cacheTtlMs: number
  /** Per request. */
  timeoutMs: number
  /** Per answer. */
  maxBytes: number
  concurrency: number
  /** All requests of one run end within this time; the rest are unresolved, with the reason. */
  budgetMs: number
  maxRequests: number
  /** host:port allowed even when private or plain HTTP (tests' local server, an intranet mirror). */
  allowHosts: string[]
  /** The run's reference time (cache ages). */
  now: Date
}

export const DEFAULT_RESOLVER: Omit<ResolverOptions, 'cacheDir' | 'allowHosts' | 'now'> = {
  urls: DEFAULT_REGISTRY_URLS,
  cacheTtlMs: 30 * 86_400_000,
  timeoutMs: 10_000,
  maxBytes: 8 * 1024 * 1024,
  concurrency: 8,
  budgetMs: 40_000,
  maxRequests: 5000,
}

/**
 * What licence resolution reads of a package: the naming fields of an SBOM component
 * (src/sbom/graph.ts's GraphComponent has them all). Declared here, not imported, because
 * licence sits below sbom: the SBOM writers use licence's SPDX expressions.
 */
export interface DependencyRef {
  purl: string
  ecosystem: string
  namespace?: string
  name: string
  version: string
  /** The licence the lockfile records, if any. */
  licence?: string
  /** The lockfile that lists it. */
  source: string
}

export type Resolution = { ok: true; declared: Declared; url: string; cached: boolean } | { ok: false; reason: string; url?: string }

type Request =
  { url: string; extract: (json: unknown) => Declared } | { url: string; maxBytes: number; extractBytes: (body: Buffer) => Declared }

/** The full package name as its ecosystem writes it: `@scope/name`, `vendor/name`, `github.com/a/b`. */
export function packageName(c: Pick<DependencyRef, 'namespace' | 'name'>): string {
  return c.namespace ? `${c.namespace}/${c.name}` : c.name
}

/** The registry request for a component, or why there is none. */
export function registryRequest(c: DependencyRef, urls: Record<Registry, string>): Request | { reason: string } {
  const name = packageName(c)
  const v = encodeURIComponent(c.version)
  switch (c.ecosystem) {
    case 'npm':
      // a scoped name keeps its @ and has its slash encoded, as the registry expects
      return { url: `${base(urls.npm)}/${name.replace('/', '%2F')}/${v}`, extract: (j) => npmLicence(j) }
    case 'cargo':
      return {
        url: `${base(urls.cargo)}/api/v1/crates/${encodeURIComponent(name)}/${v}`,
        extract: (j) => declaredLicence(field(j, 'version', 'license')),
      }
    case 'pypi':
      return { url: `${base(urls.pypi)}/pypi/${encodeURIComponent(name)}/${v}/json`, extract: (j) => pypiLicence(j) }
    case 'composer':
      return {
        url: `${base(urls.composer)}/p2/${name.split('/').map(encodeURIComponent).join('/')}.json`,
        extract: (j) => packagistLicence(j, name, c.version),
      }
    case 'gem':
      return {
        url: `${base(urls.gem)}/api/v2/rubygems/${encodeURIComponent(name)}/versions/${v}.json`,
        extract: (j) => declaredLicence(field(j, 'licenses')),
      }
    case 'golang': {
      const module = goEscape(name)
      return {
        url: `${base(urls.golang)}/${module}/@v/${goEscape(c.version)}.zip`,
        maxBytes: MAX_GO_ZIP_BYTES,
        extractBytes: (zip) => goModuleLicence(zip, `${name}@${c.version}`),
      }
    }
    default:
      return { reason: `no registry resolver for ${c.ecosystem} packages` }
  }
}

/** Module zips are bigger than JSON answers; the proxy refuses modules over 500 MB, we stop much earlier. */
export const MAX_GO_ZIP_BYTES = 32 * 1024 * 1024
const MAX_LICENCE_TEXT = 1024 * 1024

/** The proxy's case encoding of module paths and versions: an upper-case letter is "!" and its lower case. */
export function goEscape(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`)
}

/**
 * The Go module proxy serves no licence metadata: the licence is the LICENSE file at the root
 * of the module zip (`module@version/LICENSE`). Only those entries are inflated (each at most
 * 1 MiB, so a zip bomb stops there) and identified with the licence text matcher; several
 * licence files are a choice, as for a project.
 */
export function goModuleLicence(zip: Buffer, root: string): Declared {
  const prefix = `${root}/`
  let entries: Record<string, Uint8Array>
  const oversized: string[] = []
  try {
    entries = unzipSync(zip, {
      filter: (f) => {
        if (!f.name.startsWith(prefix) || !LICENCE_FILE.test(f.name.slice(prefix.length))) return false
        if (f.originalSize <= MAX_LICENCE_TEXT) return true
        oversized.push(f.name.slice(prefix.length))
        return false
      },
    })
  } catch (e) {
    return { kind: 'missing', reason: `the module zip could not be read (${(e as Error).message})` }
  }
  const names = Object.keys(entries).sort()
  if (oversized.length) return { kind: 'missing', reason: `${oversized[0]} in the module zip is over 1 MiB; not read as a licence` }
  if (names.length === 0) return { kind: 'missing', reason: 'the module zip has no LICENSE file at its root' }
  const ids: string[] = []
  for (const name of names) {
    const result = identifyByTemplates(plainLicenceText(Buffer.from(entries[name]!).toString('utf8'), formatOf(name)))
    if (result.match) ids.push(result.match.ids[0]!)
    else {
      const closest = result.closest ? `; closest is ${result.closest.ids[0]} (${Math.round(result.closest.confidence * 100)}%)` : ''
      return { kind: 'missing', reason: `${name.slice(prefix.length)} in the module zip is not identified as an SPDX licence${closest}` }
    }
  }
  return declaredLicence([...new Set(ids)])
}

function base(url: string): string {
  return url.replace(/\/+$/, '')
}

function field(json: unknown, ...path: string[]): unknown {
  let at = json
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined
  return at
}

/** npm: `license` (a string or the old `{ type }`), or the old `licenses` list. */
export function npmLicence(json: unknown): Declared {
  const license = field(json, 'license')
  if (license !== undefined) return declaredLicence(license)
  return declaredLicence(field(json, 'licenses'))
}

/** Trove classifiers of common licences, for PyPI packages that declare nothing else. */
const CLASSIFIERS: Record<string, string> = {
  'MIT License': 'MIT',
  'Apache Software License': 'Apache-2.0',
  'BSD License': 'BSD-3-Clause',
  'ISC License (ISCL)': 'ISC',
  'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
  'GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
  'GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
  'GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
  'GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
  'GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
  'GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
  'GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
  'GNU Affero General Public License v3': 'AGPL-3.0-only',
  'GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
  'European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
  'Python Software Foundation License': 'PSF-2.0',
  'The Unlicense (Unlicense)': 'Unlicense',
  'zlib/libpng License': 'Zlib',
}

/**
 * PyPI: `info.license_expression` (PEP 639), else `info.license` when it is a short SPDX-like
 * text (it is often a whole licence text), else the licence classifiers (several: OR).
 */
export function pypiLicence(json: unknown): Declared {
  const expression = field(json, 'info', 'license_expression')
  if (typeof expression === 'string' && expression.trim()) return declaredLicence(expression)
  const license = field(json, 'info', 'license')
  if (typeof license === 'string' && license.trim() && license.length <= 100 && !license.includes('\n')) return declaredLicence(license)
  const classifiers = field(json, 'info', 'classifiers')
  const ids = (Array.isArray(classifiers) ? classifiers : [])
    .filter((c): c is string => typeof c === 'string' && c.startsWith('License :: '))
    .map((c) => CLASSIFIERS[c.split(' :: ').at(-1)!])
    .filter((id): id is string => id !== undefined)
  if (ids.length > 0) return declaredLicence([...new Set(ids)])
  if (typeof license === 'string' && license.trim()) return { kind: 'missing', reason: 'PyPI gives a licence text, not an identifier' }
  return { kind: 'missing', reason: 'PyPI declares no licence for this version' }
}

/**
 * Packagist's p2 metadata lists every version, minified: each entry repeats only the fields
 * that changed since the previous one ("__unset" removes one). Expanded in order, then the
 * version is looked up (with or without a leading "v").
 */
export function packagistLicence(json: unknown, name: string, version: string): Declared {
  const versions = field(json, 'packages', name.toLowerCase())
  if (!Array.isArray(versions)) return { kind: 'missing', reason: `Packagist lists no versions of ${name}` }
  let current: Record<string, unknown> = {}
  const wanted = version.replace(/^v/, '')
  for (const raw of versions) {
    if (!raw || typeof raw !== 'object') continue
    current = { ...current, ...(raw as Record<string, unknown>) }
    for (const [k, val] of Object.entries(current)) if (val === '__unset') delete current[k]
    if (typeof current.version === 'string' && current.version.replace(/^v/, '') === wanted) return declaredLicence(current.license)
  }
  return { kind: 'missing', reason: `Packagist does not list version ${version} of ${name}` }
}

/** Resolves the licences of `components` (keyed by purl), from the cache or the registries. */
export async function resolveLicences(components: DependencyRef[], options: ResolverOptions): Promise<Map<string, Resolution>> {
  const results = new Map<string, Resolution>()
  // identifying a Go module's LICENSE needs the licence index: built before any request is timed
  if (components.some((c) => c.ecosystem === 'golang')) prepareTemplateIndex()
  const deadline = Date.now() + options.budgetMs
  const fetchOptions = {
    ...DEFAULT_FETCH,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    allowHosts: options.allowHosts,
    headers: { 'user-agent': `ois-ready/${TOOL_VERSION} (licence check; https://github.com/ois-ready/ois-ready)` },
  }
  let requests = 0
  let next = 0
  const resolveOne = async (c: DependencyRef): Promise<Resolution> => {
    const request = registryRequest(c, options.urls)
    if ('reason' in request) return { ok: false, reason: request.reason }
    if (options.cacheDir) {
      const cached = await readCache(options.cacheDir, request.url, options.now, options.cacheTtlMs)
      if (cached) return { ok: true, declared: cached.declared, url: request.url, cached: true }
    }
    const left = deadline - Date.now()
    if (left <= 0) return { ok: false, url: request.url, reason: `not asked: the network budget of ${options.budgetMs} ms was spent` }
    if (requests >= options.maxRequests)
      return { ok: false, url: request.url, reason: `not asked: the limit of ${options.maxRequests} registry requests was reached` }
    requests++
    const limits = { ...fetchOptions, timeoutMs: Math.min(options.timeoutMs, left) }
    let declared: Declared
    if ('extractBytes' in request) {
      const answer = await fetchBytes(request.url, { ...limits, maxBytes: Math.max(options.maxBytes, request.maxBytes) })
      if (!answer.ok) return { ok: false, url: request.url, reason: answer.reason }
      declared = request.extractBytes(answer.bytes)
    } else {
      const answer = await fetchText(request.url, limits)
      if (!answer.ok) return { ok: false, url: request.url, reason: answer.reason }
      const json = parseJson(answer.text)
      if (!json.ok) return { ok: false, url: request.url, reason: `${request.url} did not answer JSON` }
      declared = request.extract(json.value)
    }
    if (options.cacheDir) await writeCache(options.cacheDir, { url: request.url, fetchedAt: options.now.toISOString(), declared })
    return { ok: true, declared, url: request.url, cached: false }
  }
  const worker = async () => {
    while (next < components.length) {
      const c = components[next++]!
      results.set(c.purl, await resolveOne(c))
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, components.length)) }, worker))
  return results
}
