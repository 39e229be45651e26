import siSchema from '../../../schema/security-insights-2.schema.json' with { type: 'json' }
import type { Check, Finding } from '../../../src/core/types.js'
import { findDoc } from '../../../src/docs/doc-files.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import { lazySchema } from '../../../src/core/schema-validator.js'
import { parseYaml, type YamlSource } from '../../../src/core/yaml-source.js'
import docs from './README.md'

const V2_FILES = [
  'security-insights.yml',
  '.github/security-insights.yml',
  '.gitlab/security-insights.yml',
  'security-insights.yaml',
  '.github/security-insights.yaml',
]
const V1_FILES = ['SECURITY-INSIGHTS.yml', 'SECURITY-INSIGHTS.yaml']
const YEAR_MS = 366 * 86_400_000
const siValidator = lazySchema(siSchema)

type Json = Record<string, unknown>

export const check: Check = {
  meta: {
    id: 'security-insights',
    family: 'standards',
    title: 'OpenSSF Security Insights file is valid, reviewed within a year, and agrees with SECURITY.md',
    level: 2,
    version: '1.0.0',
    crosswalk: { osps: ['OSPS-VM-02.01', 'OSPS-SA-03.01'], cra: ['Annex I Part II(6)'] },
    subjectFile: 'security-insights.yml',
    anchors: ['security-insights.yml'],
  },
  docs,
  async run({ repo, now }) {
    const v2 = repo.find(V2_FILES)
    const v1 = v2 ? undefined : repo.find(V1_FILES)
    const entry = v2 ?? v1
    if (!entry) return [{ status: 'not-applicable', message: 'no security-insights.yml (root, .github/ or .gitlab/)' }]
    const path = entry.path
    const read = await repo.readText(path)
    if (!read.ok) return [unreadableFinding(read, 'the Security Insights file')]
    const yaml = parseYaml(read.text)
    if (yaml.errors.length || !yaml.value || typeof yaml.value !== 'object') {
      const e = yaml.errors[0]
      return [
        {
          status: 'fail',
          message: `${path}:${e?.line ?? 1}: invalid YAML: ${e?.message ?? 'empty document'}`,
          location: { path, startLine: e?.line ?? 1 },
        },
      ]
    }
    const doc = yaml.value as Json
    const header = (doc.header ?? {}) as Json
    const version = String(header['schema-version'] ?? '')
    const findings: Finding[] = []
    if (version.startsWith('1.')) {
      findings.push({
        status: 'pass',
        severity: 'warning',
        message: `${path}: Security Insights ${version} is deprecated; migrate to security-insights.yml version 2 (https://github.com/ossf/security-insights)`,
        location: { path, startLine: yaml.lineAt(['header', 'schema-version']) ?? 1 },
      })
      findings.push(...reviewAge(path, yaml, ['header', 'last-reviewed'], header['last-reviewed'], now))
      findings.push(...versionOneFindings(path, yaml, doc, now))
    } else {
      findings.push(...schemaFindings(path, yaml, doc))
      findings.push(...reviewAge(path, yaml, ['header', 'last-reviewed'], header['last-reviewed'], now))
      if (!doc.project && !header['project-si-source']) {
        findings.push({
          status: 'fail',
          message: `${path}: project is required (or header.project-si-source naming the parent file)`,
          location: { path, startLine: 1 },
        })
      }
      if (!doc.repository && header['project-si-source']) {
        findings.push({
          status: 'fail',
          message: `${path}: repository is required in a file that takes its project from project-si-source`,
          location: { path, startLine: 1 },
        })
      }
      for (const key of ['last-updated', 'last-reviewed']) {
        const v = header[key]
        if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
          findings.push({
            status: 'fail',
            message: `${path}: header.${key} ${v} is not a calendar date`,
            location: { path, startLine: yaml.lineAt(['header', key]) ?? 1 },
          })
        }
      }
      if (!findings.some((f) => f.status === 'fail')) {
        if (header['project-si-source'] && !doc.project) {
          // the contacts are in the parent file, which is not fetched: no evidence either way
          return [
            {
              status: 'not-applicable',
              message: `${path}: valid; its project and security contacts come from ${String(header['project-si-source'])}, which ois-ready does not fetch`,
            },
          ]
        }
        const reporting = ((doc.project as Json | undefined)?.['vulnerability-reporting'] ?? {}) as Json
        if (!reporting.contact && !reporting.policy && !reporting['security-policy'] && siEmails(doc).length === 0) {
          findings.push({
            status: 'fail',
            message: `${path}: names no security contact (project.vulnerability-reporting.contact) and no policy`,
            location: { path, startLine: yaml.lineAt(['project', 'vulnerability-reporting']) ?? 1 },
            remediation: 'Add project.vulnerability-reporting.contact (name, email, primary) or policy (the URL of SECURITY.md).',
          })
        }
      }
    }
    findings.push(...(await contactAgreement(repo, path, yaml, doc)))
    if (!findings.some((f) => f.status === 'fail')) {
      findings.unshift({
        status: 'pass',
        message: `${path}: valid Security Insights ${version || '(no version)'}, last reviewed ${String(header['last-reviewed'] ?? '?')}`,
        location: { path },
      })
    }
    return findings
  },
}

function schemaFindings(path: string, yaml: YamlSource, doc: Json): Finding[] {
  const validate = siValidator()
  if (validate(doc)) return []
  return (validate.errors ?? []).slice(0, 50).map((e) => {
    const segments = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')))
    let key = segments.join('.')
    let message = e.message ?? 'is invalid'
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty)
      segments.push(extra)
      key = segments.join('.')
      message = 'is not a Security Insights 2.x field'
    } else if (e.keyword === 'required') {
      key = [...segments, String((e.params as { missingProperty: string }).missingProperty)].join('.')
      message = 'is required'
    } else if (e.keyword === 'enum') {
      message = `must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`
    } else if (e.keyword === 'pattern') {
      message = 'is not in the expected form (an http(s) URL, an e-mail address, a YYYY-MM-DD date or a 2.x.y version)'
    }
    const line = yaml.lineAt(segments) ?? 1
    return {
      status: 'fail' as const,
      message: `${path}:${line}: ${key || '(document)'} ${message}`,
      location: { path, startLine: line },
      remediation: 'See https://github.com/ossf/security-insights (schema.cue) for the fields and their types.',
    }
  })
}

function reviewAge(path: string, yaml: YamlSource, at: string[], value: unknown, now: Date): Finding[] {
  if (typeof value !== 'string') return []
  const reviewed = Date.parse(`${value.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(reviewed)) return []
  if (now.getTime() - reviewed > YEAR_MS) {
    return [
      {
        status: 'fail',
        message: `${path}: last reviewed on ${value.slice(0, 10)}, more than a year ago`,
        location: { path, startLine: yaml.lineAt(at) ?? 1 },
        remediation: 'Review the file (contacts, policy, status) and update header.last-reviewed.',
      },
    ]
  }
  return []
}

/** Version 1.0.0: the fields its schema requires, and an expiration date still to come. */
function versionOneFindings(path: string, yaml: YamlSource, doc: Json, now: Date): Finding[] {
  const findings: Finding[] = []
  const header = (doc.header ?? {}) as Json
  const missing = (key: string[], what: string) =>
    findings.push({
      status: 'fail',
      message: `${path}: ${key.join('.')} is required (${what})`,
      location: { path, startLine: yaml.lineAt(key.slice(0, -1)) ?? 1 },
    })
  if (typeof header['expiration-date'] !== 'string') missing(['header', 'expiration-date'], 'an RFC 3339 date-time')
  else if (!(Date.parse(header['expiration-date']) > now.getTime())) {
    findings.push({
      status: 'fail',
      message: `${path}: expired on ${header['expiration-date']}`,
      location: { path, startLine: yaml.lineAt(['header', 'expiration-date']) ?? 1 },
    })
  }
  if (typeof header['project-url'] !== 'string') missing(['header', 'project-url'], 'a URL')
  const contacts = doc['security-contacts']
  if (!Array.isArray(contacts) || contacts.length === 0) missing(['security-contacts'], 'at least one contact')
  const reporting = doc['vulnerability-reporting'] as Json | undefined
  if (typeof reporting?.['accepts-vulnerability-reports'] !== 'boolean')
    missing(['vulnerability-reporting', 'accepts-vulnerability-reports'], 'true or false')
  return findings
}

/** E-mail addresses the file gives for security contacts, across versions. */
function siEmails(doc: Json): string[] {
  const out: string[] = []
  const add = (v: unknown) => typeof v === 'string' && v.includes('@') && out.push(v.replace(/^mailto:/, '').toLowerCase())
  const project = (doc.project ?? {}) as Json
  const reporting = (project['vulnerability-reporting'] ?? {}) as Json
  add((reporting.contact as Json | undefined)?.email)
  for (const c of (((doc.repository as Json | undefined)?.security as Json | undefined)?.champions as Json[] | undefined) ?? [])
    add(c?.email)
  for (const c of (doc['security-contacts'] as Json[] | undefined) ?? []) if (c?.type === 'email') add(c.value)
  add(((doc['vulnerability-reporting'] ?? {}) as Json)['email-contact'])
  return [...new Set(out)]
}

async function contactAgreement(repo: Parameters<Check['run']>[0]['repo'], path: string, yaml: YamlSource, doc: Json): Promise<Finding[]> {
  const fromSi = siEmails(doc)
  const policy = findDoc(repo, ['SECURITY'])
  if (!policy || fromSi.length === 0) return []
  const read = await repo.readText(policy.path)
  if (!read.ok) return []
  const fromPolicy = [...read.text.slice(0, 200_000).matchAll(/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,}/g)].map((m) =>
    m[0].toLowerCase(),
  )
  if (fromPolicy.length === 0 || fromSi.some((e) => fromPolicy.includes(e))) return []
  return [
    {
      status: 'fail',
      message: `${path} names ${fromSi.join(', ')} as security contact, but ${policy.path} names ${[...new Set(fromPolicy)].join(', ')}`,
      location: { path, startLine: yaml.lineAt(['project', 'vulnerability-reporting']) ?? 1 },
      remediation: 'Give reporters one channel: use the same security contact in both files.',
    },
  ]
}
