/** Real keys and real signed attestations for the attestation tests. */
import { checkRepository } from '../../src/pipeline/check-repository.js'
import {
  loadPrivateKey,
  loadPublicKey,
  generateKeyPair,
  type KeyAlgorithm,
  type PrivateSigningKey,
  type PublicVerificationKey,
} from '../../src/attest/keys.js'
import { buildStatement, type Statement } from '../../src/attest/statement.js'
import { renderJson } from '../../src/report/json.js'
import { fixtureRepo } from './repo.js'
import { TEST_NOW } from './check.js'

export interface TestKey {
  algorithm: KeyAlgorithm
  privatePem: string
  publicPem: string
  private: PrivateSigningKey
  public: PublicVerificationKey
}

export function testKey(algorithm: KeyAlgorithm): TestKey {
  const pair = generateKeyPair(algorithm)
  return {
    algorithm,
    ...pair,
    private: loadPrivateKey(pair.privatePem, 'test key'),
    public: loadPublicKey(pair.publicPem, 'test key'),
  }
}

/** A real report of the exemplary fixture and the statement that attests it. */
export async function exemplaryStatement(): Promise<{ statement: Statement; reportJson: string }> {
  const root = fixtureRepo('exemplary', { remote: 'https://github.com/kommune/forms.git', commits: [{ tags: ['v1.2.0'] }] })
  const { report } = await checkRepository({ path: root, failOn: 2, now: TEST_NOW })
  const reportJson = renderJson(report)
  return { statement: buildStatement({ report, reportJson }), reportJson }
}
