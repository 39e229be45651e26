import type { Check, Finding } from '../../../src/core/types.js'
import { detectProjectLicence } from '../../../src/licence/project-licence.js'
import { isOpenExpression } from '../../../src/licence/categories.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'licence-file',
    family: 'licence',
    title: 'The project licence is identified, declared consistently and open',
    level: 1,
    version: '1.0.0',
    crosswalk: {
      osps: ['OSPS-LE-02.01', 'OSPS-LE-03.01'],
      bestPractices: ['floss_license', 'floss_license_osi', 'license_location'],
      publicCode: ['publish-with-an-open-license'],
    },
    anchors: ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'COPYING', 'package.json'],
  },
  docs,
  async run({ repo }) {
    const project = await detectProjectLicence(repo)
    const findings: Finding[] = []
    for (const file of project.files) {
      if (file.problem) {
        findings.push({ status: 'fail', message: file.problem, location: { path: file.path } })
      } else if (file.ids.length === 0) {
        const closest = file.closest
        findings.push({
          status: 'fail',
          message: closest
            ? `${file.path}: not identified as an SPDX licence; closest is ${closest.ids.join(' / ')} (${percent(closest.confidence)} of its words match): ${closest.differences.join('; ')}`
            : `${file.path}: not identified as an SPDX licence`,
          location: { path: file.path },
          remediation: 'Use the licence text unchanged (https://spdx.org/licenses/), with only your copyright line added.',
        })
      }
    }
    for (const d of project.declared) {
      const location = { path: d.source, ...(d.line ? { startLine: d.line } : {}) }
      if (!d.expression && d.note && !d.pointer) {
        findings.push({ status: 'fail', message: `${d.source}: licence "${d.value}": ${d.note}`, location })
      } else if (d.note && !d.pointer) {
        findings.push({
          status: 'pass',
          severity: 'warning',
          message: `${d.source}: ${d.note}`,
          location,
          remediation: 'Declare the licence as an SPDX expression.',
        })
      }
    }
    for (const c of project.contradictions) {
      findings.push({
        status: 'fail',
        message: `${c.declared.source}: declares ${c.declared.expression}, but the licence files say ${c.detected}`,
        location: { path: c.declared.source, ...(c.declared.line ? { startLine: c.declared.line } : {}) },
        remediation: 'Make the declared licence and the licence files agree.',
      })
    }
    for (const d of project.disagreements) {
      findings.push({
        status: 'fail',
        message: `${d.declared.source}: declares ${d.declared.expression}, but ${d.other.source} declares ${d.other.expression}`,
        location: { path: d.declared.source, ...(d.declared.line ? { startLine: d.declared.line } : {}) },
        remediation: 'Declare the same licence expression in every manifest.',
      })
    }
    for (const f of project.files) {
      if (f.method !== 'similar' || !f.differences?.length) continue
      findings.push({
        status: 'pass',
        severity: 'warning',
        message: `${f.path}: ${f.ids.join(' / ')} with differences (${percent(f.confidence)} of its words match): ${f.differences.join('; ')}`,
        location: { path: f.path },
        remediation: 'Check that the changes do not change the terms; use the licence text unchanged where you can.',
      })
    }
    if (!project.expression) {
      findings.push({
        status: 'fail',
        message: `no project licence: ${project.reason}`,
        remediation: 'Add a LICENSE file with the full text of an open source licence (e.g. EUPL-1.2, Apache-2.0, MIT).',
      })
      return findings
    }
    if (project.files.length === 0) {
      findings.push({
        status: 'fail',
        message: `no licence file (LICENSE, COPYING or LICENSES/); the licence ${project.expression} is only declared`,
        remediation: 'Add the licence text as LICENSE (or LICENSES/<id>.txt, per REUSE).',
      })
    }
    const open = isOpenExpression(project.expression)
    if (!open.open) {
      findings.push({
        status: 'fail',
        message: `the project licence ${project.expression} is not open: ${open.reason}`,
        remediation: 'An OIS-ready project is under an open source licence.',
      })
    }
    if (!findings.some((f) => f.status === 'fail')) {
      const read = project.files
        .filter((f) => f.ids.length)
        .map((f) => `${f.path}: ${f.ids.join(' / ')} (${f.method === 'similar' ? percent(f.confidence) : f.method})`)
      findings.unshift({
        status: 'pass',
        message: `the project is under ${project.expression}; ${project.reason}${read.length ? ` [${read.join('; ')}]` : ''}`,
      })
    }
    return findings
  },
}

function percent(n: number): string {
  return `${(n * 100).toFixed(1)}%`
}
