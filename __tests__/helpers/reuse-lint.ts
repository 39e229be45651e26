/** Runs the real `reuse lint` (Debian's reuse 1.1.2 prints text, not JSON) and reads its sections. */
import { spawnSync } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'

export const REUSE_BIN = '/usr/bin/reuse'

/** The categories of `reuse lint`, in the shape of `reuse lint --json`'s non_compliant (sorted). */
export interface ReuseVerdict {
  bad_licenses: Record<string, string[]>
  deprecated_licenses: string[]
  licenses_without_extension: string[]
  missing_licenses: Record<string, string[]>
  unused_licenses: string[]
  read_errors: string[]
  missing_copyright_info: string[]
  missing_licensing_info: string[]
  used_licenses: string[]
  compliant: boolean
}

export function reuseAvailable(): boolean {
  return existsSync(REUSE_BIN)
}

export function runReuseLint(root: string): ReuseVerdict {
  const run = spawnSync(REUSE_BIN, ['--root', root, 'lint'], { cwd: root, encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 28 })
  if (run.status !== 0 && run.status !== 1) throw new Error(`reuse lint exited ${run.status}: ${run.stderr}`)
  return parseReuseLintText(run.stdout, root)
}

/** Parses the text report of reuse 1.x `lint`: "# SECTION" headings, "'id' found in:" groups, "* item" lists. */
export function parseReuseLintText(text: string, root = ''): ReuseVerdict {
  const prefixes = root ? [`${root}/`, `${realpathSync(root)}/`] : []
  const v: ReuseVerdict = {
    bad_licenses: {},
    deprecated_licenses: [],
    licenses_without_extension: [],
    missing_licenses: {},
    unused_licenses: [],
    read_errors: [],
    missing_copyright_info: [],
    missing_licensing_info: [],
    used_licenses: [],
    compliant: /Congratulations!/.test(text),
  }
  let section = ''
  let group: string[] | undefined
  let sub = ''
  for (const line of text.split('\n')) {
    const heading = /^# (.+)$/.exec(line)
    if (heading) {
      section = heading[1]!
      group = undefined
      continue
    }
    const found = /^'(.+)' found in:$/.exec(line)
    if (found) {
      const map = section === 'BAD LICENSES' ? v.bad_licenses : v.missing_licenses
      group = map[found[1]!] = []
      continue
    }
    if (/^The following files have no copyright and licensing information:/.test(line)) sub = 'both'
    else if (/^The following files have no copyright information:/.test(line)) sub = 'copyright'
    else if (/^The following files have no licensing information:/.test(line)) sub = 'licensing'
    const item = /^\* (.+)$/.exec(line)
    if (!item) continue
    let value = item[1]!.replace(/^\.\//, '')
    for (const p of prefixes) if (value.startsWith(p)) value = value.slice(p.length)
    if (section === 'BAD LICENSES' || section === 'MISSING LICENSES') group?.push(value)
    else if (section === 'DEPRECATED LICENSES') v.deprecated_licenses.push(value)
    else if (section === 'LICENSES WITHOUT FILE EXTENSION') v.licenses_without_extension.push(value)
    else if (section === 'UNUSED LICENSES') v.unused_licenses.push(value)
    else if (section === 'READ ERRORS') v.read_errors.push(value)
    else if (section === 'MISSING COPYRIGHT AND LICENSING INFORMATION') {
      if (sub !== 'licensing') v.missing_copyright_info.push(value)
      if (sub !== 'copyright') v.missing_licensing_info.push(value)
    } else if (section === 'SUMMARY') {
      const used = /^Used licenses:(.*)$/.exec(item[1]!)
      if (used)
        v.used_licenses = used[1]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
    }
  }
  for (const map of [v.bad_licenses, v.missing_licenses]) for (const k of Object.keys(map)) map[k]!.sort()
  for (const list of [
    v.deprecated_licenses,
    v.licenses_without_extension,
    v.unused_licenses,
    v.read_errors,
    v.missing_copyright_info,
    v.missing_licensing_info,
    v.used_licenses,
  ])
    list.sort()
  return v
}
