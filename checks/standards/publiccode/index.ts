import type { Check, Finding } from '../../../src/core/types.js'
import { unreadableFinding } from '../../../src/core/read-failure.js'
import { normaliseRemoteUrl } from '../../../src/core/remote-url.js'
import { validatePublicCode, type PublicCodeIssue, type ReferencedFile } from '../../../src/standards/publiccode/validate.js'
import { checkReachable } from '../../../src/standards/reachable.js'
import { checkReferencedFiles, type FileRead } from '../../../src/standards/publiccode/referenced-files.js'
import semverCoerce from 'semver/functions/coerce.js'
import semverValid from 'semver/functions/valid.js'
import parseSpdx, { type Node } from 'spdx-expression-parse'
import { detectProjectLicence } from '../../../src/licence/project-licence.js'
import docs from './README.md'

const FILES = ['publiccode.yml', 'publiccode.yaml']

export const check: Check = {
  meta: {
    id: 'publiccode',
    family: 'standards',
    title: 'publiccode.yml is valid and agrees with the repository (public-sector software)',
    level: 2,
    version: '1.0.0',
    crosswalk: {
      publicCode: ['make-the-codebase-findable', 'document-codebase-maturity'],
      bestPractices: ['description_good'],
    },
    subjectFile: 'publiccode.yml',
    anchors: ['publiccode.yml'],
    defaultOptions: { 'public-sector': false },
    optionsSchema: { type: 'object', additionalProperties: false, properties: { 'public-sector': { type: 'boolean' } } },
  },
  docs,
  async run(ctx) {
    const { repo, options, network } = ctx
    const entry = repo.find(FILES)
    if (!entry) {
      if (options['public-sector'] === true) {
        return [
          {
            status: 'fail',
            message:
              'the project declares itself public-sector software (checks.publiccode.options.public-sector), but has no publiccode.yml',
            remediation:
              'Add publiccode.yml to the repository root (https://yml.publiccode.tools/), so public-sector catalogues can list the software.',
          },
        ]
      }
      return [{ status: 'not-applicable', message: 'no publiccode.yml, and the project does not declare itself public-sector software' }]
    }
    const path = entry.path
    const read = await repo.readText(path)
    if (!read.ok) return [unreadableFinding(read, 'publiccode.yml')]
    const findings: Finding[] = []
    if (read.encoding !== 'utf-8') {
      findings.push({
        status: 'fail',
        message: `${path} is not UTF-8 (read as ${read.encoding}); the standard requires UTF-8`,
        location: { path, startLine: 1 },
        remediation: 'Save the file as UTF-8.',
      })
    }
    const result = validatePublicCode(read.text)
    const at = (i: PublicCodeIssue) => ({ path, startLine: i.line, startColumn: i.column })
    for (const e of result.errors) {
      findings.push({
        status: 'fail',
        message: `${path}:${e.line}:${e.column}: ${e.key ? `${e.key}: ` : ''}${e.message}`,
        location: at(e),
        remediation: 'See https://yml.publiccode.tools/schema.core.html',
      })
    }
    for (const w of result.warnings) {
      findings.push({
        status: 'pass',
        severity: 'warning',
        message: `${path}:${w.line}:${w.column}: ${w.key}: ${w.message}`,
        location: at(w),
      })
    }
    const doc = result.value
    // the files it names, whatever else is wrong with it
    const readFile = async (local: string): Promise<FileRead> => {
      if (!repo.has(local)) return { missing: true }
      const bytes = await repo.readBytes(local, 16 * 1024 * 1024)
      return Buffer.isBuffer(bytes) ? { bytes } : { problem: bytes.message }
    }
    for (const problem of await checkReferencedFiles(result.files, readFile)) {
      findings.push({
        status: 'fail',
        message: `${path}:${problem.line}:${problem.column}: ${problem.key}: ${problem.message}`,
        location: at(problem),
        remediation: problem.found
          ? 'Use an SVG or a PNG (at least 120 px wide, 1000 px recommended) for the logo, PNG or JPG for screenshots.'
          : 'Commit the file, or fix the path (relative to the repository root).',
      })
    }
    if (doc && result.errors.length === 0) {
      // agreement with the rest of the repository (git facts are read only here: a repository
      // whose history cannot be read fails this check only when it has a publiccode.yml)
      const git = ctx.git
      const url = typeof doc.url === 'string' ? normaliseRemoteUrl(doc.url) : undefined
      if (git.remoteUrl && url && url.toLowerCase() !== git.remoteUrl.toLowerCase()) {
        findings.push({
          status: 'fail',
          message: `${path}: url ${String(doc.url)} is not the repository's remote (${git.remoteUrl})`,
          location: { path },
          remediation: 'Set url to the address of this repository.',
        })
      }
      const version = typeof doc.softwareVersion === 'string' ? doc.softwareVersion : undefined
      const tag = git.latestVersionTag?.version
      // "1.2" names release 1.2.0: compare as versions
      const named = version ? semverValid(semverCoerce(version, { includePrerelease: true })) : null
      if (version && tag && named !== tag && version.replace(/^v/, '') !== tag) {
        findings.push({
          status: 'fail',
          message: `${path}: softwareVersion ${version} is not the latest release tag (${git.latestVersionTag!.name})`,
          location: { path },
          remediation: 'Update softwareVersion (and releaseDate) when you tag a release.',
        })
      }
      // the licence the repository's licence files say (and its manifests, when they agree)
      const project = await detectProjectLicence(repo)
      const licence = (doc.legal as { license?: unknown } | undefined)?.license
      const fromFiles = project.files.some((f) => f.ids.length > 0)
      if (fromFiles && project.expression && typeof licence === 'string' && !sameExpression(project.expression, licence)) {
        findings.push({
          status: 'fail',
          message: `${path}: legal.license ${licence} differs from the detected licence ${project.expression} (${project.reason})`,
          location: { path },
          remediation: 'Declare the same licence expression everywhere.',
        })
      }
      if (network.enabled) {
        // a bounded number of addresses, one after another, each with its own time limit
        for (const target of urls(doc, result.files).slice(0, 20)) {
          const problem = await checkReachable(target.value, network.allowHosts)
          if (problem)
            findings.push({
              status: 'fail',
              message: `${path}: ${target.key}: '${target.value}' not reachable: ${problem}`,
              location: { path },
            })
        }
      }
    }
    if (!findings.some((f) => f.status === 'fail')) {
      findings.unshift({
        status: 'pass',
        message: `${path}: valid publiccode.yml (version ${result.version ?? '?'}${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''})`,
        location: { path },
      })
    }
    return findings
  },
}

/** Two SPDX expressions with the same meaning: `(MIT OR Apache-2.0)` is `Apache-2.0 OR MIT`. */
export function sameExpression(a: string, b: string): boolean {
  const canon = (node: Node): string => {
    if ('license' in node) return `${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`
    const parts: string[] = []
    const collect = (n: Node): void => {
      if ('conjunction' in n && n.conjunction === node.conjunction) {
        collect(n.left)
        collect(n.right)
      } else parts.push(canon(n))
    }
    collect(node)
    return `(${parts.sort().join(` ${node.conjunction.toUpperCase()} `)})`
  }
  try {
    return canon(parseSpdx(a)) === canon(parseSpdx(b))
  } catch {
    return a.trim() === b.trim()
  }
}

/** URLs whose reachability the network mode checks. */
function urls(doc: Record<string, unknown>, files: readonly ReferencedFile[]): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = []
  for (const key of ['url', 'landingURL', 'roadmap']) if (typeof doc[key] === 'string') out.push({ key, value: doc[key] as string })
  for (const f of files) if (f.remote) out.push(f)
  for (const [lang, d] of Object.entries((doc.description ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const key of ['documentation', 'apiDocumentation'])
      if (typeof d?.[key] === 'string') out.push({ key: `description.${lang}.${key}`, value: d[key] as string })
  }
  return out
}
