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

export const GITLAB_ISSUER = 'https://gitlab.com'
export const GITLAB_IDENTITY = 'https://gitlab.com/kommune/forms//.gitlab-ci.yml@refs/heads/main'

/** The claims of a GitLab CI job's ID token (`id_tokens:` with aud sigstore), as GitLab issues them. */
export function gitlabClaims(ref = 'main', projectPath = 'kommune/forms', sha = 'a'.repeat(40), issuer = GITLAB_ISSUER): Claims {
  const host = issuer.replace(/^https:\/\//, '')
  return {
    iss: issuer,
    sub: `project_path:${projectPath}:ref_type:branch:ref:${ref}`,
    namespace_id: '72',
    namespace_path: projectPath.split('/').slice(0, -1).join('/'),
    project_id: '4031',
    project_path: projectPath,
    user_id: '15',
    user_login: 'maintainer',
    user_access_level: 'maintainer',
    pipeline_id: '1391152406',
    pipeline_source: 'push',
    job_id: '7446098166',
    ref,
    ref_type: 'branch',
    ref_path: `refs/heads/${ref}`,
    ref_protected: 'true',
    runner_id: 12270852,
    runner_environment: 'gitlab-hosted',
    sha,
    project_visibility: 'public',
    ci_config_ref_uri: `${host}/${projectPath}//.gitlab-ci.yml@refs/heads/${ref}`,
    ci_config_sha: sha,
    jti: '3a8b958c-0117-4d61-8d84-90b186efc4e7',
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
