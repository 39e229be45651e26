/**
 * The licences the project's source files say they are under, from a sample of their heads: the
 * SPDX-License-Identifier tags (read as the REUSE lint reads them) and, in a file without tags,
 * the GNU notice ("either version 3 of the License, or (at your option) any later version").
 * Licence files cannot say everything: the GPL-3.0 text is the same for GPL-3.0-only and
 * GPL-3.0-or-later, and the texts in LICENSES/ (REUSE) do not say whether the files use them
 * together (AND) or as a choice (OR). The notices do.
 *
 * Bounded: at most MAX_FILES source files (spread evenly over the sorted file list), of the
 * first HEAD_CHARS characters each; vendored and third-party folders, test fixtures and the
 * licence texts themselves are left out. Memoised per snapshot, and only read when the licence
 * files leave a question open.
 */
import type { Snapshot } from '../core/snapshot.js'
import { oncePerSnapshot } from '../core/snapshot.js'
import { parseLicenceExpression } from './expression.js'
import { gnuNotices } from './licence-statement.js'
import { upgradeDeprecated } from './licence-texts.js'
import { extractTags } from './reuse/tags.js'

export interface SourceLicences {
  /** Source files in the repository (candidates) and how many of them were read. */
  candidates: number
  read: number
  /** Each expression the files give, with how many of the files read give it, most first, and the first such file. */
  expressions: { expression: string; files: number; example: string }[]
}

export const MAX_FILES = 400
const HEAD_CHARS = 8192

/** Code and build files, where notices are. */
const SOURCE =
  /\.(c|h|cc|cpp|cxx|hh|hpp|hxx|m|mm|java|kt|kts|scala|groovy|gradle|go|rs|py|pyi|rb|php|js|mjs|cjs|jsx|ts|mts|cts|tsx|vue|svelte|cs|fs|vb|swift|dart|lua|pl|pm|sh|bash|zsh|ps1|qml|ex|exs|erl|hrl|hs|ml|mli|clj|cljs|el|vala|zig|nim|jl|r|cmake)$|(^|\/)(CMakeLists\.txt|Makefile|meson\.build|BUILD(\.bazel)?)$/i
/** Other people's code and test material: their notices are not the project's. */
const NOT_THE_PROJECTS =
  /(^|\/)(vendor|vendored|third[-_]?party|3rd[-_]?party|external|extern|deps|node_modules|bower_components|fixtures?|testdata|test[-_]data|__fixtures__|LICENSES|\.reuse)\//i

export const sourceLicences: (repo: Snapshot) => Promise<SourceLicences> = oncePerSnapshot(
  'the licence notices of the source files',
  (repo) => sample(repo),
)

async function sample(repo: Snapshot): Promise<SourceLicences> {
  const candidates = repo.files.filter((e) => e.kind === 'file' && e.size > 0 && SOURCE.test(e.path) && !NOT_THE_PROJECTS.test(e.path))
  const n = Math.min(candidates.length, MAX_FILES)
  const paths = Array.from({ length: n }, (_, k) => candidates[Math.floor((k * candidates.length) / n)]!.path)
  const found: (string | undefined)[] = new Array(paths.length)
  let read = 0
  await repo.readEachText(paths, (i, result) => {
    if (!result?.ok) return
    read++
    found[i] = fileLicence(result.text.slice(0, HEAD_CHARS))
  })
  const counts = new Map<string, { files: number; example: string }>()
  found.forEach((expression, i) => {
    if (!expression) return
    const entry = counts.get(expression)
    if (entry) entry.files++
    else counts.set(expression, { files: 1, example: paths[i]! })
  })
  const expressions = [...counts]
    .map(([expression, c]) => ({ expression, ...c }))
    .sort((a, b) => b.files - a.files || (a.expression < b.expression ? -1 : 1))
  return { candidates: candidates.length, read, expressions }
}

/** A file's licence: its SPDX-License-Identifier tags (several: all apply), or its GNU notice. */
export function fileLicence(head: string): string | undefined {
  const tags = extractTags(head)
    .expressions.map((t) => parseLicenceExpression(t.value))
    .filter((p) => p.ok)
    .map((p) => upgradeDeprecated(p.normalised))
  if (tags.length > 0) {
    const distinct = [...new Set(tags)]
    const joined = distinct.length === 1 ? distinct[0]! : distinct.map((t) => (/\s/.test(t) ? `(${t})` : t)).join(' AND ')
    const parsed = parseLicenceExpression(joined)
    return parsed.ok ? parsed.normalised : undefined
  }
  const prose = head.replace(/^[ \t]*(?:\/\/+|\/?\*+\/?|#+|;+|--|%+|'|!|rem\b|dnl\b)[ \t]?/gim, '').replace(/\s+/g, ' ')
  return gnuNotices(prose)[0]?.id
}
