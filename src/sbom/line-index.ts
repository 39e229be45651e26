/**
 * Line numbers of offsets in one text. Slicing and splitting the text per lookup is quadratic
 * over a file with many findings (40,000 dependencies in a pom.xml); this builds the index of
 * line starts once and binary-searches it.
 */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

/** Findings of one kind reported per file; more are counted in one last finding. */
export const MAX_REPORTED = 20
