/** Where projects keep their changelog: the root, docs/, doc/ or .github/, else one per package of a monorepo. */
import type { Entry, Snapshot } from '../../../src/core/snapshot.js'

/** Base names, in the order a reader looks for them (ChangeLog is CHANGELOG: names are compared case-insensitively). */
export const CHANGELOG_NAMES = [
  'CHANGELOG',
  'CHANGE-LOG',
  'CHANGE_LOG',
  'CHANGES',
  'NEWS',
  'HISTORY',
  'RELEASE-NOTES',
  'RELEASE_NOTES',
  'RELEASENOTES',
  'RELEASES',
]
export const CHANGELOG_EXTENSIONS = ['.md', '', '.markdown', '.rst', '.txt', '.adoc']
export const CHANGELOG_FOLDERS = ['', 'docs/', 'doc/', '.github/']

const NAME = /^(?:change[-_]?log|changes|news|history|release[-_]?notes)(?:\.(?:md|markdown|rst|txt|adoc))?$/i
/** One changelog per release series in the root: PHPUnit's `ChangeLog-13.4.md`. */
const SERIES_NAME = /^(?:change[-_]?log|changes|news|history|release[-_]?notes)[-_]v?\d[\d.x]{0,20}(?:\.(?:md|markdown|rst|txt|adoc))$/i
/** Folders whose changelogs are someone else's (vendored code), not a package's (tests, examples) or pages of documentation. */
const NOT_A_PACKAGE =
  /^(?:vendor|node_modules|third[-_]?party|external|deps|test|tests|testdata|test-data|fixtures?|__tests__|e2e|examples?|samples?|benchmarks?|docs?|documentation|website|site|www|\..*)$/i
const MAX_PACKAGES = 50

/** The changelogs of the project as a whole, in the order of CHANGELOG_FOLDERS and CHANGELOG_NAMES, then those of release series in the root. */
export function projectChangelogs(repo: Snapshot): Entry[] {
  const found: Entry[] = []
  for (const folder of CHANGELOG_FOLDERS) {
    for (const name of CHANGELOG_NAMES) {
      for (const ext of CHANGELOG_EXTENSIONS) {
        const entry = repo.find([`${folder}${name}${ext}`])
        if (entry && entry.kind !== 'submodule' && !found.some((e) => e.path === entry.path)) found.push(entry)
      }
    }
  }
  for (const entry of repo.files) {
    if (!entry.path.includes('/') && entry.kind !== 'submodule' && SERIES_NAME.test(entry.path)) found.push(entry)
  }
  return found
}

/**
 * The changelogs of a monorepo's packages, one or two folders down (`activerecord/CHANGELOG.md`,
 * `packages/bundle/CHANGELOG.md`), outside vendored code, tests and examples. At most 50.
 */
export function packageChangelogs(repo: Snapshot): Entry[] {
  return repo.files
    .filter((e) => {
      if (e.kind === 'submodule') return false
      const parts = e.path.split('/')
      if (parts.length < 2 || parts.length > 3) return false
      return NAME.test(parts.at(-1)!) && parts.slice(0, -1).every((p) => !NOT_A_PACKAGE.test(p))
    })
    .slice(0, MAX_PACKAGES)
}
