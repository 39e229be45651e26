import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { signEnvelope } from '../../src/attest/sign-key.js'
import type { Statement } from '../../src/attest/statement.js'
import { exemplaryStatement, testKey } from '../helpers/attest.js'
import { cleanup, PROJECT_ROOT } from '../helpers/repo.js'

afterAll(cleanup)

// Debian's python3-securesystemslib (installed by .ci/run) lives with Debian's python, not with a pyenv one.
const PYTHON = '/usr/bin/python3'

function sslibVerify(envelope: unknown, publicKeyPem: string) {
  const r = spawnSync(PYTHON, [join(PROJECT_ROOT, '__tests__/helpers/sslib_verify.py')], {
    input: JSON.stringify({ envelope, publicKeyPem }),
    encoding: 'utf8',
  })
  if (r.error) throw r.error
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr }
}

let statement: Statement
beforeAll(async () => {
  ;({ statement } = await exemplaryStatement())
})

describe('an independent verifier (python securesystemslib) accepts our envelopes', () => {
  test.each([['ed25519'], ['ecdsa-p256']] as const)('%s', (alg) => {
    const key = testKey(alg)
    const envelope = signEnvelope(statement, key.private)
    expect(sslibVerify(envelope, key.publicPem)).toMatchObject({ status: 0, stdout: 'verified' })
    // and rejects them when the payload is altered, so its acceptance means something
    const altered = {
      ...envelope,
      payload: Buffer.from(Buffer.from(envelope.payload, 'base64').toString().replace('"level":2', '"level":3')).toString('base64'),
    }
    expect(sslibVerify(altered, key.publicPem).status).toBe(1)
  })
})
