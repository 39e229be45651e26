/**
 * ois-ready in a GitLab CI job, as the component in templates/ois-ready.yml runs it: GitLab's
 * predefined variables, the job's ID token (`id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore`) signed
 * into a Sigstore bundle by the local Fulcio and Rekor, the Code Quality report, and verification
 * and a catalogue that pin the GitLab identity, beside a GitHub one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, fixtureRepo, git, PROJECT_ROOT, tempDir } from '../helpers/repo.js'
import {
  GITLAB_IDENTITY,
  GITLAB_ISSUER,
  ISSUER,
  githubClaims,
  gitlabClaims,
  startSigstore,
  type SigstoreEnv,
} from '../helpers/sigstore-env.js'
import type { ProcessResult } from '../helpers/process.js'

let sigstore: SigstoreEnv
let rootFile: string
beforeAll(async () => {
  sigstore = await startSigstore()
  rootFile = join(tempDir(), 'trusted_root.json')
  writeFileSync(rootFile, JSON.stringify(sigstore.trustedRoot))
})
afterAll(async () => {
  await sigstore.close()
  cleanup()
})

/** The CLI as a process that does not block this one, whose local Fulcio and Rekor must answer it. */
function cli(args: string[], env: Record<string, string> = {}): Promise<ProcessResult> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(GITHUB_|GITLAB_|CI_|FORGEJO_|GITEA_|SIGSTORE_)/.test(k)),
  ) as Record<string, string>
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/cli.js'), ...args], {
      env: { ...clean, NO_PROXY: '127.0.0.1,localhost', ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d))
    child.stderr.on('data', (d: Buffer) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

/** The variables a GitLab runner sets for a push pipeline on main of kommune/forms (GitLab's predefined CI/CD variables). */
function gitlabJob(root: string, commit: string, projectPath = 'kommune/forms'): Record<string, string> {
  return {
    CI: 'true',
    GITLAB_CI: 'true',
    CI_SERVER_URL: 'https://gitlab.com',
    CI_SERVER_HOST: 'gitlab.com',
    CI_PROJECT_PATH: projectPath,
    CI_PROJECT_URL: `https://gitlab.com/${projectPath}`,
    CI_PROJECT_DIR: root,
    CI_COMMIT_SHA: commit,
    CI_COMMIT_BRANCH: 'main',
    CI_COMMIT_REF_NAME: 'main',
    CI_PIPELINE_SOURCE: 'push',
    CI_CONFIG_PATH: '.gitlab-ci.yml',
  }
}

describe('a GitLab CI job: keyless signing with its ID token, Code Quality, verification of the GitLab identity', () => {
  let root: string
  let commit: string
  let out: string
  let check: ProcessResult
  beforeAll(async () => {
    // the clone a GitLab runner makes: its remote carries the job token, which never reaches an output
    root = fixtureRepo('exemplary', { remote: 'https://gitlab-ci-token:glcbt-secret-token@gitlab.com/kommune/forms.git' })
    commit = git(root, ['rev-parse', 'HEAD']).trim()
    out = join(tempDir(), 'ois-ready')
    check = await cli(
      [
        'check',
        root,
        '-o',
        out,
        '--fail-on',
        '2',
        '--sign',
        'sigstore',
        '--fulcio-url',
        sigstore.fulcioURL,
        '--rekor-url',
        sigstore.rekorURL,
        '--trusted-root',
        rootFile,
        '--code-quality',
      ],
      { ...gitlabJob(root, commit), SIGSTORE_ID_TOKEN: sigstore.token(gitlabClaims('main', 'kommune/forms', commit)) },
    )
  })

  test('the run is signed keylessly as the pipeline file at its ref, for the project and commit of the job', () => {
    expect([check.status, check.stderr.match(/ois-ready: .*/)?.[0]]).toEqual([0, undefined])
    expect(check.stdout).toContain(`Signed keylessly as ${GITLAB_IDENTITY} (${GITLAB_ISSUER})`)
    const bundle = JSON.parse(readFileSync(join(out, 'attestation.intoto.jsonl'), 'utf8'))
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))
    expect(report.repository).toMatchObject({ url: 'https://gitlab.com/kommune/forms', commit, ref: 'refs/heads/main' })
    for (const name of ['report.json', 'attestation.intoto.jsonl', 'codeclimate.json', 'summary.md'])
      expect(readFileSync(join(out, name), 'utf8')).not.toContain('glcbt-secret-token')
  })

  test('codeclimate.json is a Code Quality report GitLab reads', () => {
    const issues = JSON.parse(readFileSync(join(out, 'codeclimate.json'), 'utf8')) as Record<string, unknown>[]
    expect(Array.isArray(issues)).toBe(true)
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity'])
      expect(issue).toMatchObject({ location: { path: expect.any(String), lines: { begin: expect.any(Number) } } })
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length)
  })

  test('verify accepts it with the GitLab identity and issuer pinned, and rejects another identity', async () => {
    const ok = await cli([
      'verify',
      join(out, 'attestation.intoto.jsonl'),
      '--trusted-root',
      rootFile,
      '--certificate-identity',
      GITLAB_IDENTITY,
      '--certificate-oidc-issuer',
      GITLAB_ISSUER,
      '--repo',
      'https://gitlab.com/kommune/forms',
      '--commit',
      commit,
      '--min-level',
      '2',
    ])
    expect(ok.status).toBe(0)
    expect(JSON.parse(ok.stdout).attestations[0]).toMatchObject({
      valid: true,
      signer: { type: 'sigstore', identity: GITLAB_IDENTITY, issuer: GITLAB_ISSUER, sourceRepository: 'https://gitlab.com/kommune/forms' },
    })
    const otherBranch = await cli([
      'verify',
      join(out, 'attestation.intoto.jsonl'),
      '--trusted-root',
      rootFile,
      '--certificate-identity',
      GITLAB_IDENTITY.replace('@refs/heads/main', '@refs/heads/release'),
      '--certificate-oidc-issuer',
      GITLAB_ISSUER,
    ])
    expect(otherBranch.status).toBe(1)
    expect(JSON.parse(otherBranch.stdout).attestations[0].rejections[0].code).toBe('wrong-identity')
  })

  test("another project's pipeline cannot attest this project: the certificate's source repository is bound", async () => {
    const mallory = join(tempDir(), 'mallory')
    const r = await cli(
      [
        'check',
        root,
        '-o',
        mallory,
        '--sign',
        'sigstore',
        '--fulcio-url',
        sigstore.fulcioURL,
        '--rekor-url',
        sigstore.rekorURL,
        '--trusted-root',
        rootFile,
      ],
      // the job claims kommune/forms, but its token is mallory/evil's
      { ...gitlabJob(root, commit), SIGSTORE_ID_TOKEN: sigstore.token(gitlabClaims('main', 'mallory/evil', commit)) },
    )
    expect(r.status).not.toBe(0)
    expect(r.stderr).toContain('the certificate was issued for https://gitlab.com/mallory/evil')
  })

  test('without the token, --sign sigstore says how to add it', async () => {
    const r = await cli(['check', root, '-o', join(tempDir(), 'x'), '--sign', 'sigstore'], gitlabJob(root, commit))
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore')
  })

  test('a catalogue holds GitHub and GitLab projects side by side, each pinned to its own identity', async () => {
    // a GitHub Actions run of another project, signed by the same local Sigstore
    const ghRoot = fixtureRepo('exemplary', { remote: 'https://github.com/kommune/forms.git' })
    const ghCommit = git(ghRoot, ['rev-parse', 'HEAD']).trim()
    const ghOut = join(tempDir(), 'gh')
    const gh = await cli(
      [
        'check',
        ghRoot,
        '-o',
        ghOut,
        '--sign',
        'sigstore',
        '--fulcio-url',
        sigstore.fulcioURL,
        '--rekor-url',
        sigstore.rekorURL,
        '--trusted-root',
        rootFile,
      ],
      { SIGSTORE_ID_TOKEN: sigstore.token(githubClaims('refs/heads/main', 'kommune/forms', ghCommit)) },
    )
    expect(gh.status).toBe(0)
    const dir = tempDir()
    writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot))
    writeFileSync(
      join(dir, 'trust.yml'),
      [
        'version: 1',
        'sigstore:',
        '  trusted-root: trusted_root.json',
        '  identities:',
        `    - issuer: ${ISSUER}`,
        `      identity-regexp: 'https://github\\.com/kommune/[^/]+/\\.github/workflows/ois-ready\\.yml@refs/heads/main'`,
        "      repositories: ['https://github.com/kommune/*']",
        `    - issuer: ${GITLAB_ISSUER}`,
        `      identity-regexp: 'https://gitlab\\.com/kommune/[^/]+//\\.gitlab-ci\\.yml@refs/heads/main'`,
        "      repositories: ['https://gitlab.com/kommune/**']",
        '',
      ].join('\n'),
    )
    const catalogue = join(tempDir(), 'catalogue')
    const built = await cli([
      'catalogue',
      'build',
      join(out, 'attestation.intoto.jsonl'),
      join(ghOut, 'attestation.intoto.jsonl'),
      '--trust',
      join(dir, 'trust.yml'),
      '-o',
      catalogue,
      '-q',
    ])
    expect(built.stderr).toBe('')
    expect(built.status).toBe(0)
    const records = readFileSync(join(catalogue, 'index.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { repository: string; signer?: { identity?: string } })
    expect(records.map((r) => r.repository).sort()).toEqual(['https://github.com/kommune/forms', 'https://gitlab.com/kommune/forms'])
  })
})
