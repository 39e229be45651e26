import type { Check, Finding } from '../../../src/core/types.js'
import { parseLicenceExpression } from '../../../src/licence/expression.js'
import { expressionOpenness } from '../../../src/licence/openness.js'
import { detectProjectLicence, type LicenceFile } from '../../../src/licence/project-licence.js'
import docs from './README.md'

export const check: Check = {
  meta: {
    id: 'licence-file',
    family: 'licence',
    title: 'The project licence is identified, declared consistently and open',
    level: 1,
    version: '2.2.0',
    crosswalk: {
      osps: ['OSPS-LE-02.01', 'OSPS-LE-03.01'],
      bestPractices: ['floss_license', 'floss_license_osi', 'license_location'],
      publicCode: ['publish-with-an-open-license'],
    },
    subjectFile: 'LICENSE',
    anchors: ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'COPYING', 'package.json'],
    defaultOptions: { 'allow-licence-refs': [] },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'allow-licence-refs': {
          description: 'LicenseRef- licences that the project has read and holds to be open',
          type: 'array',
          items: { type: 'string', pattern: '^LicenseRef-[A-Za-z0-9.-]+$' },
        },
      },
    },
  },
  docs,
  async run({ repo, options }) {
    const project = await detectProjectLicence(repo)
    const findings: Finding[] = []
    const standsFor = new Map(project.refTexts.map((r) => [r.path, r.ref]))
    for (const file of project.files) findings.push(...fileFindings(file, standsFor.get(file.path)))
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
    for (const problem of project.manifestProblems) {
      const location = { path: problem.source, ...(problem.line ? { startLine: problem.line } : {}) }
      findings.push(
        problem.kind === 'ambiguous'
          ? { status: 'fail', message: problem.message, location, remediation: 'Declare the licence once.' }
          : {
              status: 'unknown',
              message: problem.message,
              location,
              remediation: `Fix ${problem.source} so that it parses, then run again; whether it agrees with the licence files can then be checked.`,
            },
      )
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
    if (!project.expression) {
      findings.push({
        status: 'fail',
        message: `no project licence: ${project.reason}`,
        remediation: 'Add a LICENSE file with the full text of an open source licence (e.g. EUPL-1.2, Apache-2.0, MIT).',
      })
      return findings
    }
    // a licence file holds a licence text of the project: not a statement, notices, or the licence of a part
    if (!project.files.some((f) => f.method !== 'rider' && f.method !== 'statement' && f.method !== 'notices' && !f.scope)) {
      const readme = project.readme
      findings.push({
        status: 'fail',
        message:
          readme?.how === 'text'
            ? `no licence file (LICENSE, COPYING or LICENSES/); the ${readme.expression} text is in the licence section of ${readme.path}`
            : `no licence file (LICENSE, COPYING or LICENSES/); the licence ${project.expression} is only declared`,
        ...(readme ? { location: { path: readme.path, startLine: readme.line } } : {}),
        remediation: 'Add the licence text as LICENSE (or LICENSES/<id>.txt, per REUSE).',
      })
    }
    const parsed = parseLicenceExpression(project.expression)
    if (!parsed.ok) {
      findings.push({ status: 'fail', message: `the project licence ${project.expression} is not an SPDX expression: ${parsed.message}` })
      return findings
    }
    const refTexts = new Map(
      project.files.filter((f) => f.method === 'licence-ref' && f.textIs?.length).map((f) => [f.ids[0]!, f.textIs![0]!]),
    )
    const refGrants = new Map(project.files.filter((f) => f.method === 'licence-ref' && f.grants).map((f) => [f.ids[0]!, f.grants!]))
    const allowedRefs = (options['allow-licence-refs'] as string[] | undefined) ?? []
    const open = expressionOpenness(parsed.ast, { allowedRefs, refTexts, refGrants })
    if (open.verdict === 'closed') {
      findings.push({
        status: 'fail',
        message: `the project licence ${project.expression} is not open: ${open.reasons.join('; ')}`,
        remediation: 'An OIS-ready project is under an open source licence.',
      })
    } else if (open.verdict === 'unknown') {
      findings.push({
        status: 'unknown',
        message: `whether the project licence ${project.expression} is open cannot be told from the lists: ${open.reasons.join('; ')}`,
        remediation:
          'Read the licence; if it is open, list its LicenseRef- under checks.licence-file.options.allow-licence-refs in the config, or exempt the check with the reason.',
      })
    }
    if (!findings.some((f) => f.status === 'fail' || f.status === 'unknown')) {
      const read = project.files
        .filter((f) => f.ids.length)
        .map((f) => `${f.path}: ${f.texts || f.method === 'statement' ? f.expression : f.ids.join(' / ')} (${f.method})`)
      findings.unshift({
        status: 'pass',
        message: `the project is under ${project.expression} (${open.reasons.join('; ')}); ${project.reason}${read.length ? ` [${read.join('; ')}]` : ''}`,
      })
    }
    return findings
  },
}

function fileFindings(file: LicenceFile, standsFor: string | undefined): Finding[] {
  const location = { path: file.path }
  if (file.scope && file.method !== 'notices') {
    // the licence of a part: what is wrong with it is for a reader to see, not a fault of the project licence
    const what = file.problem
      ? file.problem.replace(`${file.path}: `, '')
      : file.ids.length
        ? `it holds ${file.expression ?? file.ids.join(' / ')}`
        : 'it is not identified as an SPDX licence'
    return [
      {
        status: 'pass',
        ...(file.ids.length && !file.problem ? {} : { severity: 'warning' as const }),
        message: `${file.path}: the licence of the ${file.scope} (its name says so), not of the project; ${what}`,
        location,
      },
    ]
  }
  if (file.problem) {
    return [
      {
        status: 'fail',
        message: file.problem,
        location,
        remediation: 'Use the licence text unchanged (https://spdx.org/licenses/), with only your copyright line added.',
      },
    ]
  }
  if (file.method === 'notices') {
    const named = file.notices ?? []
    const shown = named.slice(0, 3).join(', ') + (named.length > 3 ? `, and ${named.length - 3} more` : '')
    const bare = !file.scope && /^(licen[cs]e|copying)(\.[a-z]+)?$/i.test(file.path)
    return [
      {
        status: 'pass',
        ...(bare ? { severity: 'warning' as const } : {}),
        message: `${file.path}: notices of others' work (${shown}), each under its own terms; not a licence of the project`,
        location,
        ...(bare
          ? {
              remediation: `Name the notices file for what it is (e.g. THIRD-PARTY-NOTICES): readers and tools take ${file.path} for the project's licence.`,
            }
          : {}),
      },
    ]
  }
  if (file.method === 'statement') {
    return [{ status: 'pass', message: `${file.path}: a statement naming ${file.expression}, not a licence text`, location }]
  }
  if (file.method === 'rider') {
    return [
      {
        status: 'pass',
        severity: 'warning',
        message: `${file.path}: terms added beside the licence (a patent grant or rider); the project licence includes them, it is not the plain licence`,
        location,
        remediation: 'Make sure the added terms do not restrict what the licence grants; a verifier reads them.',
      },
    ]
  }
  if (file.method === 'none') {
    if (standsFor) {
      return [
        { status: 'pass', message: `${file.path}: not an SPDX licence; the text of ${standsFor}, which the declaration names`, location },
      ]
    }
    const closest = file.closest
    return [
      {
        status: 'fail',
        message: closest
          ? `${file.path}: not identified as an SPDX licence; closest is ${closest.ids.join(' / ')} (${percent(closest.confidence)} of its fixed words in place): ${closest.differences.join('; ')}`
          : `${file.path}: not identified as an SPDX licence`,
        location,
        remediation:
          'Use the licence text unchanged (https://spdx.org/licenses/), with only your copyright line added; for a licence of your own, put it in LICENSES/LicenseRef-<name>.txt and declare LicenseRef-<name>.',
      },
    ]
  }
  const out: Finding[] = []
  if (file.additional) {
    out.push({
      status: 'pass',
      severity: 'warning',
      message: `${file.path}: the ${file.ids.join(' / ')} text, followed by ${file.additional.words} more words ("${file.additional.excerpt}"); they are not read as the project licence`,
      location,
      remediation:
        'Keep notices of bundled code in a file of their own (e.g. THIRD-PARTY-NOTICES), so that the licence file holds only the licence.',
    })
  }
  if (file.method === 'licence-ref' && file.textIs?.length) {
    out.push({ status: 'pass', message: `${file.path}: ${file.ids[0]}, whose text is that of ${file.textIs.join(' / ')}`, location })
  }
  if (file.method === 'licence-ref' && file.grants) {
    const later = file.grants.proxy ? `, and later versions as ${file.grants.proxy} accepts them` : ''
    out.push({ status: 'pass', message: `${file.path}: ${file.ids[0]}, a notice granting ${file.grants.id}${later}`, location })
  }
  if (file.texts) {
    out.push({
      status: 'pass',
      message: `${file.path}: the texts of ${file.texts.join(' and ')}, a choice as the file says (${file.expression})`,
      location,
    })
  }
  return out
}

function percent(n: number): string {
  return `${(n * 100).toFixed(1)}%`
}
