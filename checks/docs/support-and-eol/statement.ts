/** A statement of supported versions in a Markdown document: its section, its table rows, and what its prose says about duration. */

export interface SupportSection {
  heading: string
  line: number
  text: string
}

export interface SupportRow {
  /** The version cell as written. */
  cell: string
  /** Its numbers (`1.4.x` -> [1, 4]; `PHPUnit 13` -> [13]). */
  release: number[]
  /** `< 1.4`, `<= 2`: a range of older versions, not a version that must exist. */
  below: boolean
  /** `>= 2.0`: a range of newer versions. */
  above: boolean
  supported?: boolean
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/
const SUPPORT_HEADING =
  /supported versions?|version support|support(ed)?\s+(policy|period|lifecycle|schedule|matrix)|security (support|updates|fixes)|end[- ]of[- ]life|\bEOL\b|\bLTS\b|maintenance (policy|period)|release (support|policy)/i

/** The first section whose heading speaks of supported versions, up to the next heading of its level or higher. */
export function supportSection(text: string): SupportSection | undefined {
  const lines = text.split('\n')
  let fence = false
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i]!)) fence = !fence
    if (fence) continue
    const h = HEADING.exec(lines[i]!)
    if (!h || !SUPPORT_HEADING.test(h[2]!)) continue
    const level = h[1]!.length
    let end = lines.length
    for (let j = i + 1; j < lines.length; j++) {
      const next = HEADING.exec(lines[j]!)
      if (next && next[1]!.length <= level) {
        end = j
        break
      }
    }
    return { heading: h[2]!, line: i + 1, text: lines.slice(i + 1, end).join('\n') }
  }
  return undefined
}

const NEGATIVE = /(❌|:x:|:no_entry:|\bno\b|\beol\b|end[- ]of[- ]life|unsupported|not supported|life support|\bended\b|\bdeprecated\b)/i
const POSITIVE =
  /(✅|:white_check_mark:|:heavy_check_mark:|✓|✔|:hourglass|\byes\b|supported|bugfix support|security support|\bactive\b|maintained|\blts\b)/i
const VERSION_CELL = /^(?:[A-Za-z][\w .-]*?\s)?\s*(<=?|>=?|~|\^)?\s*v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/i

/** Table rows of the section whose first cell names a version. */
export function supportRows(section: string): SupportRow[] {
  const rows: SupportRow[] = []
  for (const line of section.split('\n')) {
    if (!/^\s*\|/.test(line) || /^\s*\|[\s:|-]+\|\s*$/.test(line)) continue
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim())
    const m = VERSION_CELL.exec(cells[0] ?? '')
    if (!m) continue
    const release = [m[2], m[3], m[4]].filter((x): x is string => x !== undefined && /^\d+$/.test(x)).map(Number)
    const rest = cells.slice(1).join(' | ')
    const supported = NEGATIVE.test(rest) ? false : POSITIVE.test(rest) ? true : undefined
    rows.push({
      cell: cells[0]!,
      release,
      below: /^</.test(m[1] ?? ''),
      above: /^>/.test(m[1] ?? ''),
      ...(supported !== undefined ? { supported } : {}),
    })
  }
  return rows
}

/** Prose that says how long versions get fixes: dates, "until", durations, "only the latest", "two previous". */
const DURATION =
  /\b20\d\d-\d\d(-\d\d)?\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2},?\s+)?20\d\d\b|\buntil\b|end[- ]of[- ]life|\bEOL\b|\b\d+\s+(months?|years?)\b|\b(latest|newest|current|most recent|last)\s+(\w+\s+)?(versions?|releases?|minors?|majors?)\b|\b(one|two|three|\d)\s+(earlier|previous|prior|most recent)\b|\bsecurity fixes (go|are made) (into|to|for) the\b/i
/** Prose that makes the newest release supported whatever its number. */
const NEWEST = /\b(latest|newest|current|most recent|last)\s+(\w+\s+)?(versions?|releases?|minors?|majors?|tags?)\b|\bonly the latest\b/i

export function statesDuration(section: string): boolean {
  return DURATION.test(section)
}

export function coversNewestByProse(section: string): boolean {
  return NEWEST.test(section)
}

/** GitHub's SECURITY.md template, whose versions are examples. */
export const GITHUB_TEMPLATE = /Use this section to tell people about which versions of your project are\s+currently being supported/i

/** Whether a row's versions include a release `[major, minor, patch]`. */
export function rowIncludes(row: SupportRow, release: readonly number[]): boolean {
  if (row.release.length === 0) return false
  const cmp = compare(release.slice(0, row.release.length), row.release)
  if (row.below) return cmp < 0
  if (row.above) return cmp >= 0
  return cmp === 0
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
