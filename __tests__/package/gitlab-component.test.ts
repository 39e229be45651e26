/**
 * templates/ois-ready.yml, the GitLab CI/CD component: the structure GitLab's component catalogue
 * expects (a spec header with inputs, a `---`, then the job that uses them), keyless signing
 * with the job's ID token, the outputs as artifacts and the Code Quality report.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { PROJECT_ROOT } from '../helpers/repo.js'

const text = readFileSync(join(PROJECT_ROOT, 'templates', 'ois-ready.yml'), 'utf8')
const docs = parseAllDocuments(text)
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }

interface Input {
  default?: unknown
  options?: unknown[]
  type?: string
  description?: string
}

describe('the GitLab CI/CD component', () => {
  test('two YAML documents: spec with inputs, then the job', () => {
    expect(docs.map((d) => d.errors)).toEqual([[], []])
    const [header, body] = docs.map((d) => d.toJS()) as [{ spec: { inputs: Record<string, Input> } }, Record<string, unknown>]
    expect(Object.keys(header)).toEqual(['spec'])
    const inputs = header.spec.inputs
    expect(Object.keys(inputs)).toEqual(['stage', 'job-name', 'image', 'version', 'path', 'fail-on', 'sign', 'network', 'expire-in'])
    for (const [name, input] of Object.entries(inputs)) {
      expect([name, typeof input.description]).toEqual([name, 'string'])
      // every input has a default, so that the component runs with none given
      expect([name, input.default !== undefined]).toEqual([name, true])
      if (input.options) expect([name, input.options.includes(input.default)]).toEqual([name, true])
    }
    expect(inputs.version!.default).toBe(pkg.version)
    // every input is used, and nothing but declared inputs is interpolated
    const used = [...text.matchAll(/\$\[\[ inputs\.([\w-]+) \]\]/g)].map((m) => m[1])
    expect(new Set(used)).toEqual(new Set(Object.keys(inputs)))
    expect(Object.keys(body)).toEqual(['$[[ inputs.job-name ]]'])
  })

  test('the job: the ID token for Sigstore, the pinned package, artifacts and the Code Quality report', () => {
    const job = (docs[1]!.toJS() as Record<string, Record<string, unknown>>)['$[[ inputs.job-name ]]']!
    expect(job.id_tokens).toEqual({ SIGSTORE_ID_TOKEN: { aud: 'sigstore' } })
    expect(job.artifacts).toEqual({
      when: 'always',
      expire_in: '$[[ inputs.expire-in ]]',
      paths: ['ois-ready/'],
      reports: { codequality: 'ois-ready/codeclimate.json' },
    })
    const script = (job.script as string[]).join('\n')
    expect(script).toContain('npx --yes "ois-ready@$OIS_READY_VERSION" "$@"')
    expect(script).toContain('--code-quality')
    expect(script).toContain('--output-dir ois-ready')
    expect((job.variables as Record<string, unknown>).GIT_DEPTH).toBe(0)
  })
})
