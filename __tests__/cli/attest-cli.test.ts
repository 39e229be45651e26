import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, fixtureRepo, git, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'

afterAll(cleanup)

function keygen(type = 'ed25519') {
  const dir = tempDir()
  const r = runCli(['keygen', '--type', type, '-o', dir, '--name', 'ci'])
  expect(r.status).toBe(0)
  return { dir, priv: join(dir, 'ci.key'), pub: join(dir, 'ci.pub'), stdout: r.stdout }
}

describe('keygen', () => {
  test('writes the private key with mode 0600 and prints the key id; never overwrites', () => {
    const k = keygen()
    expect(statSync(k.priv).mode & 0o777).toBe(0o600)
    expect(readFileSync(k.priv, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    expect(readFileSync(k.pub, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/)
    expect(k.stdout).toMatch(/key id:\s+[0-9a-f]{64}/)
    expect(k.stdout).not.toContain('BEGIN PRIVATE KEY')
    const again = runCli(['keygen', '-o', k.dir, '--name', 'ci'])
    expect(again.status).toBe(2)
    expect(again.stderr).toContain('exists; ois-ready keygen never overwrites a key')
  })
})

describe('check --signing-key, verify and badge', () => {
  test.each([['ed25519'], ['ecdsa-p256']])('a %s-signed run verifies offline and yields a badge', (type) => {
    const k = keygen(type)
    const root = fixtureRepo('exemplary', { remote: 'git@github.com:kommune/forms.git', commits: [{ tags: ['v1.2.0'] }] })
    const out = join(tempDir(), 'out')
    const check = runCli(['check', root, '-o', out, '--signing-key', k.priv, '--fail-on', '2'])
    expect(check.status).toBe(0)
    expect(check.stdout).toMatch(/Signed with key [0-9a-f]{16}… \(/)
    const attestation = join(out, 'attestation.intoto.jsonl')
    expect(readFileSync(attestation, 'utf8').trim().split('\n')).toHaveLength(1)
    // the key's body appears in no output, no file and no message
    const secret = readFileSync(k.priv, 'utf8').split('\n')[1]!
    for (const name of ['attestation.intoto.jsonl', 'report.json', 'summary.md', 'results.sarif', 'badge.svg', 'badge.json']) {
      expect(readFileSync(join(out, name), 'utf8')).not.toContain(secret)
    }
    expect(check.stdout + check.stderr).not.toContain(secret)
    expect(JSON.parse(readFileSync(join(out, 'badge.json'), 'utf8'))).toMatchObject({
      schemaVersion: 1,
      label: 'OIS-ready',
      color: 'green',
      message: expect.stringMatching(/^level 2 · until \d{4}-\d{2}-\d{2}$/),
    })
    expect(readFileSync(join(out, 'badge.svg'), 'utf8')).toMatch(/^<svg[^>]*>.*level 2/s)

    const commit = git(root, ['rev-parse', 'HEAD']).trim()
    const ok = runCli([
      'verify',
      attestation,
      '--key',
      k.pub,
      '--repo',
      'https://github.com/kommune/forms',
      '--commit',
      commit,
      '--min-level',
      '2',
      '--report',
      join(out, 'report.json'),
    ])
    expect(ok.status).toBe(0)
    const record = JSON.parse(ok.stdout)
    expect(record).toMatchObject({
      valid: true,
      attestations: [{ valid: true, level: 2, repository: { url: 'https://github.com/kommune/forms', commit }, signer: { type: 'key' } }],
    })

    const tooHigh = runCli(['verify', attestation, '--key', k.pub, '--min-level', '3', '--format', 'text'])
    expect(tooHigh.status).toBe(1)
    expect(tooHigh.stdout).toBe('INVALID (line 1):\n  level-too-low: attests level 2, at least 3 required\n')

    writeFileSync(join(out, 'report.json'), '{"tampered":true}')
    const tampered = runCli(['verify', attestation, '--key', k.pub, '--report', join(out, 'report.json')])
    expect(tampered.status).toBe(1)
    expect(JSON.parse(tampered.stdout).attestations[0].rejections[0].code).toBe('report-digest-mismatch')

    const badgeDir = join(tempDir(), 'badge')
    expect(runCli(['badge', attestation, '--key', k.pub, '-o', badgeDir]).status).toBe(0)
    const later = runCli(['badge', attestation, '--key', k.pub, '-o', badgeDir, '--at', '2099-01-01T00:00:00Z'])
    expect(later.status).toBe(1)
    expect(JSON.parse(readFileSync(join(badgeDir, 'badge.json'), 'utf8')).message).toMatch(/^expired /)
  })

  test('the signing key can come from OIS_READY_SIGNING_KEY; with another key the attestation is rejected', () => {
    const k = keygen()
    const stranger = keygen()
    const root = fixtureRepo('exemplary')
    const out = join(tempDir(), 'out')
    const r = runCli(['check', root, '-o', out, '--fail-on', 'none', '-q'], {
      env: { OIS_READY_SIGNING_KEY: readFileSync(k.priv, 'utf8') },
    })
    expect(r.status).toBe(0)
    const v = runCli(['verify', join(out, 'attestation.intoto.jsonl'), '--key', stranger.pub])
    expect(v.status).toBe(1)
    expect(JSON.parse(v.stdout).attestations[0]).toMatchObject({ valid: false, rejections: [{ code: 'unknown-key' }] })
    expect(JSON.parse(v.stdout).attestations[0].level).toBeUndefined()
  })

  test('--sign key without a key, a bad key, and verify without --key are usage errors; nothing is written', () => {
    const root = fixtureRepo('exemplary')
    const out = join(tempDir(), 'none')
    expect(runCli(['check', root, '-o', out, '--sign', 'key'], { env: { OIS_READY_SIGNING_KEY: '' } })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--sign key needs a key'),
    })
    const bad = join(tempDir(), 'bad.key')
    writeFileSync(bad, '-----BEGIN PRIVATE KEY-----\nTOPSECRETMATERIAL\n-----END PRIVATE KEY-----\n')
    const r = runCli(['check', root, '-o', out, '--signing-key', bad])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('is not a PEM private key')
    expect(r.stderr).not.toContain('TOPSECRETMATERIAL')
    expect(() => statSync(out)).toThrow()
    expect(runCli(['verify', bad]).stderr).toContain('say what to trust: --key PUB.pem (one or more), or --trusted-root FILE')
    expect(runCli(['verify', '/nonexistent.jsonl', '--key', keygen().pub])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('does not exist'),
    })
  })

  test('verify refuses a device (it never ends) and reads a pipe to its end', () => {
    const k = keygen()
    for (const device of ['/dev/zero', '/dev/null']) {
      expect(runCli(['verify', device, '--key', k.pub])).toMatchObject({
        status: 2,
        stderr: expect.stringContaining(`${device} is a device, not an attestation file`),
      })
    }
    // an attestation through a pipe (bash's process substitution gives /dev/fd/N, a pipe)
    const root = fixtureRepo('exemplary')
    const out = join(tempDir(), 'out')
    expect(runCli(['check', root, '-o', out, '--fail-on', 'none', '-q', '--signing-key', k.priv]).status).toBe(0)
    const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js')
    const piped = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${cli}" verify <(cat "${join(out, 'attestation.intoto.jsonl')}") --key "${k.pub}"`],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    )
    expect(piped.status).toBe(0)
    expect(JSON.parse(piped.stdout).attestations[0]).toMatchObject({ valid: true })
  })

  test('an unsigned run writes no attestation and no badge, and says so', () => {
    const root = fixtureRepo('exemplary')
    const out = join(tempDir(), 'out')
    const r = runCli(['check', root, '-o', out, '--fail-on', 'none'], { env: { OIS_READY_SIGNING_KEY: '' } })
    expect(r.stderr).toContain('not signed: no signing key given')
    expect(() => statSync(join(out, 'attestation.intoto.jsonl'))).toThrow()
    expect(() => statSync(join(out, 'badge.svg'))).toThrow()
  })
})
