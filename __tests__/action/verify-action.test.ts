import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { cleanup, fixtureRepo, tempDir, PROJECT_ROOT } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'
import { generateKeyPair } from '../../src/attest/keys.js'

afterAll(cleanup)

function verifyAction(inputs: Record<string, string>) {
  const dir = tempDir()
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/verify.js')], { encoding: 'utf8', env, cwd: dir })
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(outputFile, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!
  return { status: r.status, stdout: r.stdout, outputs, summary: readFileSync(summaryFile, 'utf8') }
}

describe('the verify sub-action (dist/verify.js)', () => {
  const pair = generateKeyPair('ed25519')
  const keyFile = join(tempDir(), 'signer.key')
  writeFileSync(keyFile, pair.privatePem)
  const out = join(tempDir(), 'out')
  const made = runCli(['check', fixtureRepo('exemplary'), '-o', out, '--signing-key', keyFile, '--fail-on', 'none', '-q'])
  if (made.status !== 0) throw new Error(`could not make the attestation: ${made.stderr}`)
  const attestation = join(out, 'attestation.intoto.jsonl')

  test('a valid attestation with the key given as PEM text', () => {
    const r = verifyAction({ attestation, key: pair.publicPem, 'min-level': '2' })
    expect(r.status).toBe(0)
    expect(r.outputs).toMatchObject({ valid: 'true', level: '2' })
    expect(JSON.parse(readFileSync(r.outputs['record-path']!, 'utf8')).valid).toBe(true)
    // the job summary: the verdict, then what was verified
    const lines = r.summary.split('\n')
    expect(lines[0]).toBe('# OIS-ready verification: valid')
    expect(lines[2]).toBe(`✅ **\`${attestation}\`**: 1 attestation, 1 verified.`)
    expect(r.summary).toMatch(/^\| 1 \| ✅ valid \| 2 \| {2}\| `[0-9a-f]{12}` \| key `[0-9a-f]+` \| \d{4}-\d\d-\d\dT/m)
  })

  test('a level too low fails the step with the reason; fail: false only warns', () => {
    const pub = join(tempDir(), 'k.pub')
    writeFileSync(pub, pair.publicPem)
    const r = verifyAction({ attestation, key: pub, 'min-level': '3' })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('::error::The attestation did not verify: level-too-low: attests level 2, at least 3 required')
    expect(r.outputs.valid).toBe('false')
    expect(r.summary).toMatch(/^# OIS-ready verification: not valid\n/)
    expect(r.summary).toContain('## Why it was rejected\n\n- line 1: `level-too-low`: attests level 2, at least 3 required')
    const soft = verifyAction({ attestation, key: pub, 'min-level': '3', fail: 'false' })
    expect(soft.status).toBe(0)
    expect(soft.stdout).toContain('::warning::The attestation did not verify')
  })

  test('nothing to trust is a usage error', () => {
    const r = verifyAction({ attestation })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('::error::say what to trust')
  })
})
