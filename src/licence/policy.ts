/**
 * The dependency licence policy: allow, review and deny lists, per-package exceptions, and
 * what an SPDX expression gets under them.
 *
 * Entries are SPDX ids (`MIT`, `GPL-2.0-or-later`, `GPL-2.0+`, `GPL-2.0-only WITH
 * Classpath-exception-2.0`), family globs (`GPL-*`, picomatch) or categories (`permissive`,
 * see categories.ts). Semantics:
 *
 * - An expression is evaluated on its tree: `OR` gets the best of its branches (the user may
 *   pick any), `AND` the worst of its parts (all apply). Order: allowed > review > denied.
 * - `+` and `-or-later` are ranges: `GPL-2.0-or-later` offers GPL-2.0-only and GPL-3.0-only,
 *   so it is allowed by an allow of `GPL-3.0-only` and is denied only when every version it
 *   offers is denied. An entry with a range matches every version in it.
 * - One licence (one version, with its exception if any) is decided by the first that
 *   matches: a deny entry, an allow entry naming its exception, a deny entry for the bare
 *   licence (then review: an exception only adds permissions, and may be exactly what
 *   makes it acceptable, e.g. `Classpath-exception-2.0`), a review entry, an allow entry.
 *   Nothing matching: the `unlisted` verdict (default review).
 * - A licence that is not on the SPDX list (LicenseRef-, unknown) is review unless an entry
 *   names it; a missing or unparseable licence is review (it is never silently allowed).
 */
import picomatch from 'picomatch'
import semverCoerce from 'semver/functions/coerce.js'
import semverSatisfies from 'semver/functions/satisfies.js'
import semverValid from 'semver/functions/valid.js'
import semverValidRange from 'semver/ranges/valid.js'
import satisfies from 'spdx-satisfies'
import licenceIds from 'spdx-license-ids/index.json' with { type: 'json' }
import { CATEGORIES, currentLicenceId, leafCategory, type Category } from './categories.js'
import { parseLicenceExpression, type LicenceLeaf, type LicenceNode } from './expression.js'

export type Verdict = 'allowed' | 'review' | 'denied'
const RANK: Record<Verdict, number> = { allowed: 2, review: 1, denied: 0 }

export interface Decision {
  verdict: Verdict
  /** Why, naming the rule: `deny[0] "GPL-*" matches GPL-3.0-only`. */
  reason: string
}

type Matcher =
  | { kind: 'category'; category: Category }
  | { kind: 'glob'; isMatch: (id: string) => boolean; exception?: string }
  | { kind: 'licence'; licence: string; exception?: string }

interface Entry {
  list: 'allow' | 'review' | 'deny'
  index: number
  text: string
  matcher: Matcher
}

export interface PackageException {
  /** A package name (`lodash`, `@scope/name`, `vendor/name`) or a purl without version. */
  package: string
  /** SemVer range of the versions it covers. */
  versions: string
  reason: string
  /** Last day it applies (YYYY-MM-DD, UTC). */
  expires?: string
}

export interface Policy {
  entries: Entry[]
  unlisted: Verdict
  exceptions: PackageException[]
}

export interface PolicyOptions {
  allow?: string[]
  review?: string[]
  deny?: string[]
  unlisted?: 'review' | 'deny'
  exceptions?: PackageException[]
}

/** A problem in the policy options, with the option key it is about (`deny[2]`). */
export interface PolicyProblem {
  key: string
  message: string
}

const GLOB_CHARS = /[*?[\]{}]/

/** Compiles the lists; every entry that is not a category, a glob or one SPDX licence is a problem naming its key. */
export function compilePolicy(options: PolicyOptions): { policy: Policy; problems: PolicyProblem[] } {
  const entries: Entry[] = []
  const problems: PolicyProblem[] = []
  for (const list of ['deny', 'review', 'allow'] as const) {
    ;(options[list] ?? []).forEach((text, index) => {
      const matcher = compileEntry(text)
      if ('problem' in matcher) problems.push({ key: `${list}[${index}]`, message: matcher.problem })
      else entries.push({ list, index, text, matcher })
    })
  }
  ;(options.exceptions ?? []).forEach((e, i) => {
    if (!semverValidRange(e.versions, { loose: true }))
      problems.push({ key: `exceptions[${i}].versions`, message: `"${e.versions}" is not a SemVer range (e.g. "^1.2.0", "*")` })
  })
  return {
    policy: { entries, unlisted: options.unlisted === 'deny' ? 'denied' : 'review', exceptions: options.exceptions ?? [] },
    problems,
  }
}

function compileEntry(text: string): Matcher | { problem: string } {
  const trimmed = text.trim()
  if ((CATEGORIES as readonly string[]).includes(trimmed)) return { kind: 'category', category: trimmed as Category }
  const [head, exceptionText, ...rest] = trimmed.split(/\s+WITH\s+/i)
  if (rest.length > 0 || !head) return { problem: `"${short(text)}" has more than one WITH; give one licence, glob or category` }
  let exception: string | undefined
  if (exceptionText !== undefined) {
    const parsed = parseLicenceExpression(`MIT WITH ${exceptionText}`)
    if (!parsed.ok || !('license' in parsed.ast)) return { problem: `"${short(exceptionText)}" is not an SPDX licence exception` }
    exception = parsed.ast.exception
  }
  if (GLOB_CHARS.test(head)) {
    if (head.length > 100) return { problem: `the glob "${short(head)}" is longer than 100 characters` }
    const isMatch = picomatch(head, { nocase: true })
    return { kind: 'glob', isMatch, ...(exception ? { exception } : {}) }
  }
  const parsed = parseLicenceExpression(head)
  if (!parsed.ok)
    return { problem: `"${short(text)}" is not a licence, a glob or a category (${CATEGORIES.join(', ')}): ${parsed.message}` }
  if (!('license' in parsed.ast) || parsed.ast.exception)
    return { problem: `"${short(text)}" is an expression; give one licence per entry (AND and OR are decided per dependency)` }
  const leaf = parsed.ast
  return { kind: 'licence', licence: `${leaf.license}${leaf.plus ? '+' : ''}`, ...(exception ? { exception } : {}) }
}

/** The decision for a whole expression: OR takes the best branch, AND the worst part. */
export function evaluate(policy: Policy, node: LicenceNode): Decision {
  if ('license' in node) return evaluateLeaf(policy, node)
  const left = evaluate(policy, node.left)
  const right = evaluate(policy, node.right)
  if (node.conjunction === 'or') return RANK[right.verdict] > RANK[left.verdict] ? right : left
  // AND: the first part that decides is the reason (all parts apply)
  return RANK[right.verdict] < RANK[left.verdict] ? right : left
}

/** A licence with a range is decided by the best of the versions it offers. */
function evaluateLeaf(policy: Policy, leaf: LicenceLeaf): Decision {
  let best: Decision | undefined
  for (const id of versionsOffered(leaf)) {
    const decision = decideOne(policy, id, leaf.exception)
    if (!best || RANK[decision.verdict] > RANK[best.verdict]) best = decision
    if (best.verdict === 'allowed') break
  }
  return best!
}

function decideOne(policy: Policy, id: string, exception: string | undefined): Decision {
  const shown = exception ? `${id} WITH ${exception}` : id
  const rule = (e: Entry) => `${e.list}[${e.index}] "${e.text}"`
  const matching = (list: Entry['list'], exact: boolean) =>
    policy.entries.find((e) => e.list === list && matches(e.matcher, id, exception, exact))
  const denied = matching('deny', true)
  if (denied) return { verdict: 'denied', reason: `${rule(denied)} matches ${shown}` }
  const allowedWithException = exception
    ? policy.entries.find(
        (e) =>
          e.list === 'allow' &&
          e.matcher.kind !== 'category' &&
          e.matcher.exception === exception &&
          matches(e.matcher, id, exception, true),
      )
    : undefined
  if (allowedWithException) return { verdict: 'allowed', reason: `${rule(allowedWithException)} matches ${shown}` }
  const deniedBare = exception ? matching('deny', false) : undefined
  if (deniedBare) return { verdict: 'review', reason: `${rule(deniedBare)} matches ${id}, but ${exception} may permit this use: review` }
  const review = matching('review', false)
  if (review) return { verdict: 'review', reason: `${rule(review)} matches ${shown}` }
  const allowed = matching('allow', false)
  if (allowed) return { verdict: 'allowed', reason: `${rule(allowed)} matches ${shown}` }
  const cat = leafCategory({ license: id, ...(exception ? { exception } : {}) })
  if (cat === 'unknown') return { verdict: 'review', reason: `${shown} is not on the SPDX licence list: review its terms` }
  return {
    verdict: policy.unlisted,
    reason: `${shown} (${cat}) is on none of the allow, review and deny lists${policy.unlisted === 'denied' ? ' (unlisted: deny)' : ''}`,
  }
}

/**
 * Whether an entry covers one licence version. `exact`: the entry must name the same
 * exception as the licence (or the licence has none); otherwise an entry for the bare
 * licence covers it with any exception too.
 */
function matches(matcher: Matcher, id: string, exception: string | undefined, exact: boolean): boolean {
  if (matcher.kind === 'category') return leafCategory({ license: id, ...(exception ? { exception } : {}) }) === matcher.category
  if (matcher.exception !== undefined && matcher.exception !== exception) return false
  if (exact && exception !== undefined && matcher.exception === undefined) return false
  if (matcher.kind === 'glob') return matcher.isMatch(id)
  try {
    // spdx-satisfies compares one licence with one (possibly ranged) entry: GPL-3.0-only satisfies GPL-2.0+
    return satisfies(id, [matcher.licence])
  } catch {
    return currentLicenceId(matcher.licence) === id
  }
}

const current = licenceIds as string[]
const VERSIONED = /^(.+?)-(\d+(?:\.\d+)*)(-only|-or-later)?$/

/**
 * The concrete licences a leaf offers: itself, and with `+` or `-or-later` every later
 * version of the same family on the SPDX list (GPL-2.0+ -> GPL-2.0-only, GPL-3.0-only).
 * Ids without a version, or without later versions, offer only themselves.
 */
export function versionsOffered(leaf: LicenceLeaf): string[] {
  const m = VERSIONED.exec(leaf.license)
  const ranged = leaf.plus === true || m?.[3] === '-or-later'
  const self = m?.[3] === '-or-later' ? currentLicenceId(`${m[1]}-${m[2]}`) : currentLicenceId(leaf.license)
  if (!ranged || !m) return [self]
  const [, family, version] = m
  const later = current
    .map((id) => ({ id, m: VERSIONED.exec(id) }))
    .filter(({ m: o }) => o && o[1] === family && o[3] !== '-or-later' && compareVersions(o[2]!, version!) > 0)
    .sort((a, b) => compareVersions(a.m![2]!, b.m![2]!))
    .map(({ id }) => id)
  return [...new Set([self, ...later])]
}

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** A package as the exceptions see it. */
export interface PackageRef {
  /** The package's name as its ecosystem writes it (`@scope/name`, `vendor/name`, `serde`). */
  name: string
  version: string
  purl: string
}

export type ExceptionMatch =
  | { applies: true; exception: PackageException; index: number }
  | { applies: false; expired?: { exception: PackageException; index: number } }

/** The per-package exception for a package at a version, if one applies on `today` (YYYY-MM-DD); an expired one is reported. */
export function findException(policy: Policy, pkg: PackageRef, today: string): ExceptionMatch {
  let expired: { exception: PackageException; index: number } | undefined
  for (const [index, exception] of policy.exceptions.entries()) {
    if (!namesPackage(exception.package, pkg)) continue
    if (!versionIn(pkg.version, exception.versions)) continue
    if (exception.expires && exception.expires < today) {
      expired ??= { exception, index }
      continue
    }
    return { applies: true, exception, index }
  }
  return expired ? { applies: false, expired } : { applies: false }
}

function namesPackage(wanted: string, pkg: PackageRef): boolean {
  if (wanted.startsWith('pkg:')) return stripPurl(wanted) === stripPurl(pkg.purl)
  return wanted.toLowerCase() === pkg.name.toLowerCase()
}

/** A purl without version, qualifiers and subpath, decoded (`pkg:npm/%40a/b@1` -> `pkg:npm/@a/b`). */
function stripPurl(purl: string): string {
  let decoded = purl.split(/[?#]/)[0]!
  try {
    decoded = decodeURIComponent(decoded)
  } catch {
    // a malformed escape: compared as written
  }
  // the version is the "@..." after the last slash (a scope's "@" comes before it)
  const at = decoded.indexOf('@', decoded.lastIndexOf('/'))
  return (at >= 0 ? decoded.slice(0, at) : decoded).toLowerCase()
}

function versionIn(version: string, range: string): boolean {
  if (range.trim() === '*' || range.trim() === '') return true
  const v = semverValid(version, { loose: true }) ?? semverCoerce(version)?.version
  return v !== undefined && v !== null && semverSatisfies(v, range, { loose: true, includePrerelease: true })
}

/** The policy decision for a declared licence text: unparseable is review, with the parser's reason and column. */
export function evaluateText(policy: Policy, text: string): Decision & { normalised?: string } {
  const parsed = parseLicenceExpression(text)
  if (!parsed.ok) return { verdict: 'review', reason: `"${short(text)}" is not a valid SPDX expression: ${parsed.message}; review` }
  return { ...evaluate(policy, parsed.ast), normalised: parsed.normalised }
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}
