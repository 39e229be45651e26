import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, FIXTURES, makeRepo, tempDir } from '../helpers/repo.js'
import { runAction, parseOutputs } from '../helpers/process.js'

afterAll(cleanup)

/** Runs dist/action.js as the runner does: inputs as INPUT_* variables, outputs in a file. */
function action(inputs: Record<string, string>, workspace: string) {
  const outputFile = join(tempDir(), 'output')
  const summaryFile = join(tempDir(), 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return { ...runAction(env, workspace), outputs: parseOutputs(readFileSync(outputFile, 'utf8')) }
}

describe('the Action: sbom-path and licence', () => {
  test('a repository with a lockfile: sbom-path names the CycloneDX SBOM written beside the report', () => {
    const root = makeRepo({
      'README.md': '# forms\n',
      'package.json': readFileSync(join(FIXTURES, 'sbom', 'npm-v3', 'package.json'), 'utf8'),
      'package-lock.json': readFileSync(join(FIXTURES, 'sbom', 'npm-v3', 'package-lock.json'), 'utf8'),
    })
    const r = action({ 'fail-on': 'none' }, root)
    expect(r.status).toBe(0)
    expect(r.outputs['sbom-path']).toBe(join(root, 'ois-ready', 'sbom.cdx.json'))
    const sbom = JSON.parse(readFileSync(r.outputs['sbom-path']!, 'utf8'))
    expect(sbom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' })
    expect(sbom.components).toHaveLength(5)
  })

  test('a repository without lockfiles has no sbom-path', () => {
    const r = action({ 'fail-on': 'none' }, makeRepo({ 'README.md': '# tiny\n' }))
    expect(r.status).toBe(0)
    expect(r.outputs['report-path']).toBeDefined()
    expect(r.outputs['sbom-path']).toBeUndefined()
    expect(r.outputs.licence).toBe('')
  })

  test('licence: the detected SPDX expression', () => {
    const r = action(
      { 'fail-on': 'none' },
      makeRepo({
        'README.md': '# tiny\n',
        'LICENSE-MIT': 'SPDX-License-Identifier: MIT\n',
        'LICENSE-APACHE': 'SPDX-License-Identifier: Apache-2.0\n',
        'Cargo.toml': '[package]\nname = "tiny"\nversion = "1.0.0"\nlicense = "MIT OR Apache-2.0"\n',
      }),
    )
    expect(r.status).toBe(0)
    expect(r.outputs.licence).toBe('MIT OR Apache-2.0')
  })
})
