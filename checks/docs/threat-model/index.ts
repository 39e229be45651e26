import type { Check, Finding } from '../../../src/core/types.js'
import { docCandidates } from '../../../src/docs/doc-files.js'
import { ageNote, externalLinks, policySections, proseWords, topicsIn, type Topic } from '../../../src/docs/policy-document.js'
import docs from './README.md'

/** Files named for a threat model or an attack-surface analysis, anywhere in the repository. */
const FILE_NAME = /(^|\/)[^/]*(threat[-_ ]?model|attack[-_ ]?surface|security[-_ ]model)[^/]*$|(^|\/)docs?\/security\/[^/]+$/i
/** Sections of other documents whose heading names one. */
const HEADING = /threat[- ]?model|attack[- ]surface|security model|trust model|threat analysis|\bthreats\b/i
const DOCUMENTS = [
  ...docCandidates(['SECURITY', 'ARCHITECTURE', 'DESIGN']),
  ...docCandidates(['security', 'architecture', 'design'], ['docs/']),
  'README.md',
]

/** What a threat model covers: what is protected, where trust changes, what could go wrong, and what is done about it. */
export const TOPICS: Topic[] = [
  {
    name: 'assets',
    pattern:
      /\bassets?\b|what (we|it|the project) protects?|(data|resources|secrets) (it |we )?protect|protected (data|resources)|sensitive (data|information)|confidentiality|integrity/i,
  },
  {
    name: 'trust boundaries',
    pattern: /trust(ed)?[- ]boundar|\b(un)?trusted\b|\btrusts?\b|trust (model|assumptions?)|privilege boundar|security boundar/i,
  },
  {
    name: 'attack surface',
    pattern:
      /attack[- ]surface|entry[- ]points?|untrusted (input|data)|(inputs?|data) (from|received from) (the )?(network|users?|remote)|exposed (interfaces?|endpoints?|ports?)|interfaces? exposed/i,
  },
  {
    name: 'threats',
    pattern:
      /\bthreats\b|\bthreat\b(?![- ]?model)|\battack(s|ers?)\b|\badversar(y|ies|ial)\b|\bSTRIDE\b|\bspoofing\b|\btampering\b|denial[- ]of[- ]service|elevation of privilege|vulnerabilit(y|ies)/i,
  },
  {
    name: 'mitigations',
    pattern:
      /mitigat|countermeasures?|\bcontrols?\b|defen[cs]es?\b|defen[cs]e[- ]in[- ]depth|protect(ion|s)? against|\bsandbox|\bhardening\b/i,
  },
]

/** Enough topics for a threat model: what could go wrong, where (trust boundaries or attack surface), and one more. */
function covers(found: readonly string[]): boolean {
  return found.includes('threats') && (found.includes('trust boundaries') || found.includes('attack surface')) && found.length >= 3
}

/** A section shorter than this that links elsewhere holds its threat model elsewhere. */
const POINTER_WORDS = 60

export const check: Check = {
  meta: {
    id: 'threat-model',
    family: 'docs',
    title: 'A threat model or attack-surface analysis names trust boundaries, threats and mitigations',
    level: 3,
    version: '1.0.0',
    crosswalk: { osps: ['OSPS-SA-03.02'], cra: ['Annex I Part I(1)'] },
    anchors: ['THREAT_MODEL.md', 'docs/threat-model.md', 'SECURITY.md'],
    subjectFile: 'THREAT_MODEL.md',
    defaultOptions: { 'max-age-months': 24 },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { 'max-age-months': { type: 'integer', minimum: 1 } },
    },
  },
  docs,
  async run(ctx) {
    const { repo, now, options } = ctx
    const maxMonths = typeof options['max-age-months'] === 'number' ? options['max-age-months'] : 24
    const sections = await policySections(repo, { fileName: FILE_NAME, documents: DOCUMENTS, heading: HEADING })
    const thin: Finding[] = []
    const elsewhere: Finding[] = []
    for (const s of sections) {
      const { found, missing } = topicsIn(s.text, TOPICS)
      const where = s.wholeFile ? s.path : `${s.path} "${s.heading}" (line ${s.line})`
      const location = { path: s.path, startLine: s.line }
      if (covers(found)) {
        return [
          {
            status: 'pass',
            message: `${where} is a threat model: it covers ${found.join(', ')}; ${await ageNote(repo, () => ctx.git, s.path, now, maxMonths)}`,
            location,
          },
        ]
      }
      const external = externalLinks(s.text)
      if (external.length > 0 && proseWords(s.text) < POINTER_WORDS) {
        elsewhere.push({
          status: 'unknown',
          message: `${where} points to ${external.slice(0, 3).join(', ')}, which cannot be read offline`,
          location,
          remediation:
            'Keep the threat model in the repository (THREAT_MODEL.md or docs/threat-model.md), so that it is versioned with the code it describes.',
        })
        continue
      }
      // a file under docs/security/ that is about something else is not a threat model that fails
      if (s.wholeFile && found.length === 0 && !/threat|attack|security[-_ ]model/i.test(s.path)) continue
      thin.push({
        status: 'fail',
        message: `${where} is headed as a threat model but covers only ${found.length ? found.join(', ') : 'none of its topics'}: missing ${missing.join(', ')}`,
        location,
        remediation:
          'Name what the project protects, where trust changes (its trust boundaries or attack surface), the threats across them, and how each is mitigated.',
      })
    }
    if (elsewhere.length > 0) return elsewhere
    if (thin.length > 0) return thin
    return [
      {
        status: 'fail',
        message:
          'no threat model or attack-surface analysis: no THREAT_MODEL.md, docs/threat-model*, docs/security/ document, or "Threat model" section of SECURITY.md, ARCHITECTURE.md, DESIGN.md or the README',
        remediation:
          'Add THREAT_MODEL.md: the assets the project protects, its trust boundaries and entry points, the threats across them, and their mitigations.',
      },
    ]
  },
}
