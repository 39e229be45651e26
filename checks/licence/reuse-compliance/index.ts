import type { Check, Finding } from '../../../src/core/types.js'
import { lintReuse, type ReuseLint } from '../../../src/licence/reuse/index.js'
import { MAX_FINDINGS } from '../../../src/core/runner.js'
import docs from './README.md'

/** Excluded paths named in the finding; the rest are counted (all are in report.json). */
const EXCLUDED_NAMED = 10

export const check: Check = {
  meta: {
    id: 'reuse-compliance',
    family: 'licence',
    title: 'Every file has copyright and licensing information (REUSE 3.3)',
    level: 2,
    version: '1.0.0',
    needs: ['reuse-lint'],
    crosswalk: {
      osps: ['OSPS-LE-03.01'],
      bestPractices: ['copyright_per_file', 'license_per_file'],
      publicCode: ['publish-with-an-open-license'],
    },
    subjectFile: 'REUSE.toml',
    anchors: ['REUSE.toml'],
  },
  docs,
  async run({ repo }) {
    const lint = await lintReuse(repo)
    const findings: Finding[] = [...projectFindings(lint), ...problemFindings(lint), ...fileFindings(lint)]
    const excluded = excludedFinding(lint)
    if (!findings.some((f) => f.status === 'fail')) {
      const s = lint.json.summary
      findings.unshift({
        status: 'pass',
        message: `${s.files_total} files, all with copyright and licensing information; licences: ${s.used_licenses.join(', ') || 'none'}${lint.uses.dep5 ? ' (some from .reuse/dep5)' : ''}${lint.uses.reuseToml.length ? ` (some from ${lint.uses.reuseToml.join(', ')})` : ''}`,
      })
    }
    if (excluded) findings.push(excluded)
    return findings
  },
}

function licenceTextPath(lint: ReuseLint, id: string): string {
  return lint.licenceFiles.byId.get(id) ?? `LICENSES/${id}.txt`
}

function projectFindings(lint: ReuseLint): Finding[] {
  const n = lint.json.non_compliant
  const out: Finding[] = []
  for (const [id, paths] of Object.entries(n.bad_licenses)) {
    for (const path of paths.filter((p) => p.startsWith('LICENSES/'))) {
      out.push({
        status: 'fail',
        message: `${path}: "${id}" is not an SPDX licence identifier, so this file is not a licence text REUSE recognises`,
        location: { path },
        remediation:
          'Name licence texts LICENSES/<SPDX id>.txt (exact case), or LICENSES/LicenseRef-<name>.txt for a licence not on the SPDX list.',
      })
    }
  }
  for (const id of n.deprecated_licenses) {
    const path = licenceTextPath(lint, id)
    out.push({
      status: 'fail',
      message: `${path}: ${id} is a deprecated SPDX identifier`,
      location: { path },
      remediation: `Use the current identifier (https://spdx.org/licenses/#deprecated), e.g. GPL-3.0 became GPL-3.0-only or GPL-3.0-or-later, and rename the file and the tags.`,
    })
  }
  for (const [id, path] of Object.entries(n.licenses_without_extension)) {
    out.push({
      status: 'fail',
      message: `${path}: the licence text has no file extension`,
      location: { path },
      remediation: `Rename it to LICENSES/${id}.txt.`,
    })
  }
  for (const id of n.unused_licenses) {
    const path = licenceTextPath(lint, id)
    const hint = lint.excluded.length ? ` (${lint.excluded.length} excluded paths were not read; they may use it)` : ''
    out.push({
      status: 'fail',
      message: `${path}: no file is licensed under ${id}${hint}`,
      location: { path },
      remediation: 'Remove the licence text, or add the SPDX-License-Identifier to the files under this licence.',
    })
  }
  return out
}

function problemFindings(lint: ReuseLint): Finding[] {
  return lint.problems.map((p) => ({
    status: p.severity === 'error' ? 'fail' : 'pass',
    ...(p.severity === 'warning' ? { severity: 'warning' as const } : {}),
    message: p.message,
    location: { path: p.path, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) },
  }))
}

function fileFindings(lint: ReuseLint): Finding[] {
  const n = lint.json.non_compliant
  const noCopyright = new Set(n.missing_copyright_info)
  const noLicence = new Set(n.missing_licensing_info)
  const out: Finding[] = []
  // the runner lists at most MAX_FINDINGS findings: the rest are counted, not built
  let unlisted = 0
  for (const path of [...new Set([...noCopyright, ...noLicence])].sort()) {
    if (out.length >= MAX_FINDINGS) {
      unlisted++
      continue
    }
    const what =
      noCopyright.has(path) && noLicence.has(path)
        ? 'no copyright notice and no licence'
        : noCopyright.has(path)
          ? 'no copyright notice (SPDX-FileCopyrightText)'
          : 'no licence (SPDX-License-Identifier)'
    out.push({
      status: 'fail',
      message: `${path}: ${what}, neither in the file, in ${path.split('/').pop()}.license, nor in REUSE.toml`,
      location: { path },
      remediation:
        'Add "SPDX-FileCopyrightText: <year> <holder>" and "SPDX-License-Identifier: <SPDX expression>" in a comment near the top of the file; for a file that cannot hold comments, put them in a .license file beside it, or cover it in REUSE.toml.',
    })
  }
  // an identifier given by REUSE.toml or dep5 applies to many files: one finding at its line
  const seen = new Set<string>()
  for (const [kind, map] of [
    ['bad', lint.bad],
    ['missing', lint.missing],
  ] as const) {
    for (const [path, uses] of [...map].sort(([a], [b]) => (a < b ? -1 : 1))) {
      for (const use of uses) {
        if (kind === 'missing' && lint.bad.get(path)?.some((b) => b.id === use.id)) continue
        const at = `${use.source}${use.line ? `:${use.line}` : ''}`
        const key = `${kind}\0${use.source === path ? path : ''}\0${at}\0${use.id}`
        if (seen.has(key)) continue
        seen.add(key)
        if (out.length >= MAX_FINDINGS) {
          unlisted++
          continue
        }
        const applies = use.source === path ? '' : use.source === path + '.license' ? '' : ` (applies to ${path} and maybe others)`
        out.push(
          kind === 'bad'
            ? {
                status: 'fail',
                message: `${at}: "${use.id}" is not an SPDX licence identifier, nor a LicenseRef- with a text in LICENSES/${applies}`,
                location: { path: use.source, ...(use.line ? { startLine: use.line } : {}) },
                remediation:
                  'Use an id from https://spdx.org/licenses/ (exact spelling), or LicenseRef-<name> with its text in LICENSES/LicenseRef-<name>.txt.',
              }
            : {
                status: 'fail',
                message: `${at}: ${use.id} has no licence text in LICENSES/${applies}`,
                location: { path: use.source, ...(use.line ? { startLine: use.line } : {}) },
                remediation: `Add LICENSES/${use.id.replace(/\+$/, '')}.txt (reuse download ${use.id.replace(/\+$/, '')}).`,
              },
        )
      }
    }
  }
  if (unlisted > 0) out.push({ status: 'fail', message: `${unlisted} more file finding(s) not listed; report.json (reuse) has every path` })
  return out
}

function excludedFinding(lint: ReuseLint): Finding | undefined {
  if (lint.excluded.length === 0) return undefined
  const named = lint.excluded.slice(0, EXCLUDED_NAMED).map((e) => `${e.path} (${e.reason})`)
  const more = lint.excluded.length - named.length
  return {
    status: 'pass',
    severity: 'warning',
    message: `${lint.excluded.length} excluded path(s) were not checked for copyright and licensing information: ${named.join(', ')}${more > 0 ? `, and ${more} more (all listed in report.json, reuse.excluded)` : ''}`,
  }
}
