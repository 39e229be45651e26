/**
 * What a SARIF file must be for GitHub code scanning to take it: valid against the OASIS SARIF
 * 2.1.0 schema (vendored, with its errata), and within the rules GitHub documents in "SARIF support
 * for code scanning" and "SARIF results exceed limits".
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type { Log } from 'sarif'
import { PROJECT_ROOT } from './repo.js'

const ajv = new Ajv04.default({ allErrors: true, strict: false })
addFormats.default(ajv as never)
const validate = ajv.compile(JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/vendor/sarif-2.1.0.schema.json'), 'utf8')))

/** Schema errors, as "path: message" lines; empty when the log is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.message}`)
}

/** GitHub's documented upload rules (hard limits, required properties), and the caps ois-ready sets itself. */
export function githubUploadProblems(log: Log, options: { resultsPerRule?: number } = {}): string[] {
  const problems: string[] = []
  if (log.$schema === undefined) problems.push('$schema is required')
  if (log.version !== '2.1.0') problems.push('version must be 2.1.0')
  if (log.runs.length > 20) problems.push(`${log.runs.length} runs, at most 20`)
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? []
    if (rules.length > 25_000) problems.push('more than 25,000 rules')
    for (const rule of rules) {
      if (!rule.shortDescription?.text) problems.push(`${rule.id}: shortDescription.text is required`)
      if (!rule.fullDescription?.text) problems.push(`${rule.id}: fullDescription.text is required`)
      if (!rule.help?.text) problems.push(`${rule.id}: help.text is required`)
      if ((rule.shortDescription?.text.length ?? 0) > 1024) problems.push(`${rule.id}: shortDescription over 1,024 characters`)
      if ((rule.fullDescription?.text.length ?? 0) > 1024) problems.push(`${rule.id}: fullDescription over 1,024 characters`)
      if ((rule.name?.length ?? 0) > 255) problems.push(`${rule.id}: name over 255 characters`)
      const tags = (rule.properties?.tags as string[] | undefined) ?? []
      if (tags.length > 20) problems.push(`${rule.id}: more than 20 tags`)
      const severity = rule.properties?.['security-severity'] as string | undefined
      if (severity !== undefined && !(typeof severity === 'string' && Number(severity) > 0 && Number(severity) <= 10))
        problems.push(`${rule.id}: security-severity must be a string from 0.1 to 10.0`)
      if (severity !== undefined && !tags.includes('security')) problems.push(`${rule.id}: security-severity on a rule not tagged security`)
    }
    const results = run.results ?? []
    if (results.length > 25_000) problems.push('more than 25,000 results in a run')
    const perRule = new Map<string, number>()
    for (const [n, r] of results.entries()) {
      const at = `result ${n} (${r.ruleId})`
      perRule.set(r.ruleId ?? '', (perRule.get(r.ruleId ?? '') ?? 0) + 1)
      if (!r.message.text) problems.push(`${at}: message.text is required`)
      // "locationFromSarifResult: expected at least one location" rejects the whole upload
      if (!r.locations || r.locations.length === 0) problems.push(`${at}: no location`)
      if ((r.locations?.length ?? 0) > 10) problems.push(`${at}: more than 10 locations`)
      if ((r.relatedLocations?.length ?? 0) > 1000) problems.push(`${at}: more than 1,000 related locations`)
      if (!r.partialFingerprints || Object.keys(r.partialFingerprints).length === 0) problems.push(`${at}: no partialFingerprints`)
      for (const loc of [...(r.locations ?? []), ...(r.relatedLocations ?? [])]) {
        const uri = loc.physicalLocation?.artifactLocation?.uri
        if (!uri) {
          problems.push(`${at}: a location without artifactLocation.uri`)
          continue
        }
        // relative to the repository root: no scheme, no leading slash, no .. segment, nothing a URI must encode
        if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/') || uri.split('/').includes('..'))
          problems.push(`${at}: ${uri} is not a path relative to the repository`)
        if (/[\s#?\\]/.test(uri) || /[^\x21-\x7e]/.test(uri)) problems.push(`${at}: ${uri} has characters a URI must encode`)
        const region = loc.physicalLocation?.region
        if (region && (!(region.startLine! >= 1) || (region.endLine !== undefined && region.endLine < region.startLine!)))
          problems.push(`${at}: bad region ${JSON.stringify(region)}`)
      }
    }
    if (options.resultsPerRule !== undefined)
      for (const [ruleId, count] of perRule)
        if (count > options.resultsPerRule) problems.push(`${ruleId}: ${count} results, at most ${options.resultsPerRule}`)
  }
  return problems
}
