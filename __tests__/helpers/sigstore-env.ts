/** A running set of local Sigstore services and a GitHub-Actions-like OIDC identity, for keyless tests. */
import { TestCA, TestRekor, mintIdToken, newECKey, startFakeFulcio, startFakeRekor, trustedRootJSON, type Claims } from './fake-sigstore.js'

export const ISSUER = 'https://token.actions.githubusercontent.com'
export const IDENTITY = 'https://github.com/kommune/forms/.github/workflows/ois-ready.yml@refs/heads/main'

export function githubClaims(ref = 'refs/heads/main', repository = 'kommune/forms', sha = 'a'.repeat(40)): Claims {
  return {
    iss: ISSUER,
    sub: `repo:${repository}:ref:${ref}`,
    repository,
    repository_owner: repository.split('/')[0]!,
    ref,
    sha,
    event_name: 'push',
    workflow: 'OIS-ready',
    workflow_ref: `${repository}/.github/workflows/ois-ready.yml@${ref}`,
    job_workflow_ref: `${repository}/.github/workflows/ois-ready.yml@${ref}`,
    runner_environment: 'github-hosted',
  }
}

export interface SigstoreEnv {
  fulcioURL: string
  rekorURL: string
  trustedRoot: Record<string, unknown>
  token: (claims?: Claims) => string
  close: () => Promise<void>
}

export async function startSigstore(): Promise<SigstoreEnv> {
  // the signing library fetches through proxies when the environment names one; these servers are local
  process.env.NO_PROXY = '127.0.0.1,localhost'
  const ca = await new TestCA().init()
  const rekor = new TestRekor()
  const oidc = newECKey('P-256')
  const fulcio = await startFakeFulcio(ca, oidc.publicKey)
  const rekorServer = await startFakeRekor(rekor)
  return {
    fulcioURL: fulcio.url,
    rekorURL: rekorServer.url,
    trustedRoot: trustedRootJSON(ca, rekor),
    token: (claims = githubClaims()) => mintIdToken(oidc.privateKey, claims),
    close: async () => {
      await fulcio.close()
      await rekorServer.close()
    },
  }
}
