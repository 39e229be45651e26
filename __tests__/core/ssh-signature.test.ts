/**
 * SSHSIG verification against signatures made by OpenSSH itself (ssh-keygen -Y sign), with keys
 * ssh-keygen generates here, and OpenSSH's own verdict (ssh-keygen -Y verify) as the reference.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllowedSigners, verifySshSignature } from '../../src/core/ssh-signature.js'
import { cleanup, tempDir } from '../helpers/repo.js'

afterAll(cleanup)

const KEYS: [string, string[]][] = [
  ['ed25519', ['-t', 'ed25519']],
  ['ecdsa P-256', ['-t', 'ecdsa', '-b', '256']],
  ['ecdsa P-384', ['-t', 'ecdsa', '-b', '384']],
  ['ecdsa P-521', ['-t', 'ecdsa', '-b', '521']],
  ['rsa 3072', ['-t', 'rsa', '-b', '3072']],
]

function signed(keyArgs: string[], message: string, namespace = 'git') {
  const dir = tempDir('ois-ready-sshsig-')
  const key = join(dir, 'key')
  execFileSync('ssh-keygen', ['-q', ...keyArgs, '-N', '', '-C', 'k', '-f', key])
  const file = join(dir, 'message')
  writeFileSync(file, message)
  execFileSync('ssh-keygen', ['-q', '-Y', 'sign', '-f', key, '-n', namespace, file], { stdio: 'ignore' })
  const pub = readFileSync(`${key}.pub`, 'utf8').trim().split(' ')
  const allowed = join(dir, 'allowed')
  writeFileSync(allowed, `release@example.eu ${pub[0]} ${pub[1]}\n`)
  return {
    dir,
    file,
    allowed,
    signature: readFileSync(`${file}.sig`, 'utf8'),
    signers: parseAllowedSigners(readFileSync(allowed, 'utf8')).signers,
  }
}

/** OpenSSH's own verdict on the same signature and message. */
function openssh(allowed: string, signatureFile: string, message: string, namespace = 'git'): boolean {
  const r = spawnSync('ssh-keygen', ['-Y', 'verify', '-f', allowed, '-I', 'release@example.eu', '-n', namespace, '-s', signatureFile], {
    input: message,
  })
  return r.status === 0
}

describe('SSH signatures (SSHSIG)', () => {
  test.each(KEYS)('%s: a signature OpenSSH made verifies, as OpenSSH says; one bit of the message changed does not', (_name, args) => {
    const s = signed(args, 'object 1234\ntype commit\ntag v1.0.0\n\nrelease\n')
    expect(openssh(s.allowed, `${s.file}.sig`, 'object 1234\ntype commit\ntag v1.0.0\n\nrelease\n')).toBe(true)
    expect(verifySshSignature(s.signature, Buffer.from('object 1234\ntype commit\ntag v1.0.0\n\nrelease\n'), s.signers)).toMatchObject({
      verified: true,
    })
    expect(openssh(s.allowed, `${s.file}.sig`, 'object 1234\ntype commit\ntag v1.0.1\n\nrelease\n')).toBe(false)
    expect(verifySshSignature(s.signature, Buffer.from('object 1234\ntype commit\ntag v1.0.1\n\nrelease\n'), s.signers)).toMatchObject({
      verified: false,
      knownKey: true,
      reason: expect.stringMatching(/does not match the tag$/),
    })
  })

  test('a signature for another namespace (file) is not a git signature', () => {
    const s = signed(['-t', 'ed25519'], 'x', 'file')
    expect(verifySshSignature(s.signature, Buffer.from('x'), s.signers)).toMatchObject({
      verified: false,
      reason: 'the signature is for namespace "file", not "git"',
    })
  })

  test.each([
    ['not armoured', 'hello'],
    ['not SSHSIG', '-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n'],
    [
      'cut short',
      `-----BEGIN SSH SIGNATURE-----\n${Buffer.from('SSHSIG\0\0\0\x01\0\0\xff\xff').toString('base64')}\n-----END SSH SIGNATURE-----\n`,
    ],
  ])('a signature that cannot be read (%s) is a reason, not an exception', (_name, armored) => {
    expect(verifySshSignature(armored, Buffer.from('x'), [])).toMatchObject({
      verified: false,
      knownKey: false,
      reason: expect.stringMatching(/^the SSH signature cannot be read/),
    })
  })

  test.each<[string, string, { principals: string; keyType: string; namespaces?: string[] }[], number[]]>([
    [
      'a plain line',
      'a@example.eu ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE3 comment\n',
      [{ principals: 'a@example.eu', keyType: 'ssh-ed25519' }],
      [],
    ],
    [
      'options with a quoted namespace list',
      'a@example.eu,b@example.eu namespaces="git,file",valid-after="20260101" ecdsa-sha2-nistp256 AAAAE2VjZHNh\n',
      [{ principals: 'a@example.eu,b@example.eu', keyType: 'ecdsa-sha2-nistp256', namespaces: ['git', 'file'] }],
      [],
    ],
    ['comments, blank lines and a broken line', '# maintainers\n\nnot a key line\n', [], [3]],
  ])('allowed signers: %s', (_name, text, expected, unreadable) => {
    const r = parseAllowedSigners(text)
    expect(r.signers).toEqual(expected.map((e) => expect.objectContaining(e)))
    expect(r.unreadable).toEqual(unreadable)
  })
})
