import type { Check, Finding } from '../../../src/core/types.js'
import { scanLockfiles, unsupportedMessage } from '../../../src/sbom/lockfiles.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'sbom-generated',
    family: 'sbom',
    title: 'An SBOM is generated from every lockfile, each component with a purl',
    level: 1,
    version: '1.0.0',
    crosswalk: { osps: ['OSPS-QA-02.01'], cra: ['Annex I Part II(1)'], bestPractices: ['external_dependencies'] },
    anchors: ['package-lock.json'],
  },
  docs,
  async run({ repo }) {
    const { graph, unsupported } = await scanLockfiles(repo)
    const findings: Finding[] = graph.problems.map((p) =>
      p.warning
        ? // the SBOM is right but less complete than it could be (a version only a parent POM knows)
          {
            status: 'pass' as const,
            severity: 'warning' as const,
            message: `${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}`,
            location: { path: p.path, ...(p.line ? { startLine: p.line } : {}) },
          }
        : {
            status: 'fail' as const,
            message: `${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}`,
            location: { path: p.path, ...(p.line ? { startLine: p.line } : {}) },
            remediation: 'Regenerate the lockfile with its package manager (e.g. npm install --package-lock-only) and commit it.',
          },
    )
    for (const path of unsupported) {
      findings.push({ status: 'pass', severity: 'warning', message: unsupportedMessage(path), location: { path } })
    }
    const missingPurl = [...graph.components.values()].filter((c) => !c.purl)
    for (const c of missingPurl)
      findings.push({ status: 'fail', message: `${c.source}: ${c.name}@${c.version} has no purl`, location: { path: c.source } })
    if (graph.sources.length === 0 && !graph.problems.some((p) => !p.warning)) {
      findings.push({
        status: 'not-applicable',
        message: unsupported.length
          ? 'no lockfile that this version reads'
          : 'no lockfiles: the repository declares no locked dependencies',
      })
      return findings
    }
    if (!findings.some((f) => f.status === 'fail')) {
      findings.unshift({
        status: 'pass',
        message: `SBOM of ${graph.components.size} component(s) from ${graph.sources.join(', ')}, each with a purl`,
      })
    }
    return findings
  },
}
