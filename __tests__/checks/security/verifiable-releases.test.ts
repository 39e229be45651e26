/**
 * verifiable-releases on real repositories with real signed tags: SSH keys made by ssh-keygen,
 * tags signed by git (gpg.format ssh), a tag altered after signing by rewriting its object.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../../checks/security/verifiable-releases/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { addTagObjects, cleanup, git, makeRepo, realRepo, tempDir } from '../../helpers/repo.js'

afterAll(cleanup)

interface Key {
  private: string
  publicLine: string
}
let ed25519: Key
let ecdsa: Key
let stranger: Key

function sshKey(type: 'ed25519' | 'ecdsa'): Key {
  const dir = tempDir('ois-ready-ssh-')
  const path = join(dir, 'key')
  execFileSync('ssh-keygen', ['-q', '-t', type, ...(type === 'ecdsa' ? ['-b', '256'] : []), '-N', '', '-C', 'release key', '-f', path])
  return { private: path, publicLine: readFileSync(`${path}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' ') }
}

beforeAll(() => {
  ed25519 = sshKey('ed25519')
  ecdsa = sshKey('ecdsa')
  stranger = sshKey('ed25519')
})

interface TagPlan {
  name: string
  date: string
  /** Signed with this key; none: an unsigned annotated tag; 'lightweight': a lightweight tag. */
  key?: () => Key
  lightweight?: boolean
  /** Change the message after signing (the tag object is rewritten, its signature kept). */
  alter?: boolean
}

function repoWith(files: Record<string, string>, tags: TagPlan[]): string {
  const root = makeRepo(files)
  for (const t of tags) {
    const env = { GIT_COMMITTER_DATE: t.date }
    if (t.lightweight) git(root, ['tag', t.name], env)
    else if (!t.key) git(root, ['tag', '-a', t.name, '-m', t.name], env)
    else
      git(root, ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${t.key().private}`, 'tag', '-s', t.name, '-m', `release ${t.name}`], env)
    if (t.alter) {
      const raw = git(root, ['cat-file', 'tag', t.name]).replace(`release ${t.name}`, `release ${t.name} (altered)`)
      const id = execFileSync('git', ['hash-object', '-t', 'tag', '-w', '--stdin'], { cwd: root, input: raw, encoding: 'utf8' }).trim()
      git(root, ['update-ref', `refs/tags/${t.name}`, id])
    }
  }
  return root
}

const SECURITY = '# Security\n\n## Verifying releases\n\n    git -c gpg.ssh.allowedSignersFile=.gitsigners tag -v v1.2.0\n'
const signers = (...keys: (() => Key)[]) => keys.map((k) => `maintainer@example.eu namespaces="git" ${k().publicLine}`).join('\n') + '\n'

describe('verifiable-releases', () => {
  test.each<[string, () => Record<string, string>, TagPlan[], Record<string, unknown>, string, RegExp[]]>([
    [
      'three SSH-signed release tags that verify, keys published, instructions in SECURITY.md',
      () => ({
        'SECURITY.md': SECURITY,
        '.gitsigners': signers(
          () => ed25519,
          () => ecdsa,
        ),
      }),
      [
        { name: 'v1.0.0', date: '2026-01-01T10:00:00Z', key: () => ed25519 },
        { name: 'v1.1.0', date: '2026-02-01T10:00:00Z', key: () => ecdsa },
        { name: 'v1.2.0-rc.1', date: '2026-02-15T10:00:00Z' },
        { name: 'v1.2.0', date: '2026-03-01T10:00:00Z', key: () => ed25519 },
      ],
      {},
      'pass',
      [
        /^v1\.2\.0: SSH signature by maintainer@example\.eu verifies$/,
        /^v1\.1\.0: SSH signature by maintainer@example\.eu verifies$/,
        /^v1\.0\.0: SSH signature by maintainer@example\.eu verifies$/,
        /^SECURITY\.md tells users how to verify a release \(git -c gpg\.ssh\.allowedSignersFile/,
      ],
    ],
    [
      'a tag altered after signing: the signature by a published key does not verify',
      () => ({ 'SECURITY.md': SECURITY, '.gitsigners': signers(() => ed25519) }),
      [{ name: 'v2.0.0', date: '2026-03-01T10:00:00Z', key: () => ed25519, alter: true }],
      {},
      'fail',
      [/^v2\.0\.0: the signature by SHA256:\S+ does not match the tag$/],
    ],
    [
      'signed by a key the repository does not publish: unknown',
      () => ({ 'SECURITY.md': SECURITY, '.gitsigners': signers(() => ed25519) }),
      [{ name: 'v2.0.0', date: '2026-03-01T10:00:00Z', key: () => stranger }],
      {},
      'unknown',
      [/^v2\.0\.0: signed with key SHA256:\S+, which is not among the allowed signers$/],
    ],
    [
      'SSH-signed, but no allowed-signers file: unknown',
      () => ({ 'SECURITY.md': SECURITY }),
      [{ name: 'v2.0.0', date: '2026-03-01T10:00:00Z', key: () => ed25519 }],
      {},
      'unknown',
      [/^v2\.0\.0 has an SSH signature, but the repository publishes no allowed-signers file/],
    ],
    [
      'the allowed-signers file named by the option',
      () => ({ 'SECURITY.md': SECURITY, 'keys/release-signers': signers(() => ecdsa) }),
      [{ name: 'v2.0.0', date: '2026-03-01T10:00:00Z', key: () => ecdsa }],
      { 'allowed-signers': 'keys/release-signers' },
      'pass',
      [/^v2\.0\.0: SSH signature by maintainer@example\.eu verifies$/],
    ],
    [
      'a key allowed only for another namespace',
      () => ({ 'SECURITY.md': SECURITY, '.gitsigners': `maintainer@example.eu namespaces="file" ${ed25519.publicLine}\n` }),
      [{ name: 'v2.0.0', date: '2026-03-01T10:00:00Z', key: () => ed25519 }],
      {},
      'fail',
      [/^v2\.0\.0: the allowed signer \(line 1\) may not sign for "git"$/],
    ],
    [
      'verified signatures, but nobody is told how to verify',
      () => ({ 'README.md': '# Tool\n\nInstall it.\n', '.gitsigners': signers(() => ed25519) }),
      [{ name: 'v2.0.0', date: '2026-03-01T10:00:00Z', key: () => ed25519 }],
      {},
      'fail',
      [/^v2\.0\.0: SSH signature by .* verifies$/, /^no README, SECURITY or docs page tells users how to verify signed tags \(ssh\)/],
    ],
    [
      'the newest release is unsigned, older ones are signed',
      () => ({ 'SECURITY.md': SECURITY, '.gitsigners': signers(() => ed25519) }),
      [
        { name: 'v1.0.0', date: '2026-01-01T10:00:00Z', key: () => ed25519 },
        { name: 'v1.1.0', date: '2026-03-01T10:00:00Z' },
      ],
      {},
      'fail',
      [/^v1\.1\.0 is not signed$/, /^v1\.0\.0: SSH signature by .* verifies$/],
    ],
    [
      'no release tag signed, lightweight and unsigned tags, no asset signing',
      () => ({ 'README.md': '# Tool\n' }),
      [
        { name: 'v1.0.0', date: '2026-01-01T10:00:00Z', lightweight: true },
        { name: 'v1.1.0', date: '2026-03-01T10:00:00Z' },
      ],
      {},
      'fail',
      [/^none of the 2 newest release tags \(v1\.1\.0, v1\.0\.0\) is signed, and no release workflow signs the assets$/],
    ],
    [
      'unsigned tags, but the release workflow attests the assets with Sigstore: unknown',
      () => ({
        'README.md': '# Tool\n\nVerify a download: `gh attestation verify tool.tar.gz --repo example/tool`\n',
        '.github/workflows/release.yml':
          'on: { push: { tags: ["v*"] } }\njobs:\n  build:\n    runs-on: ubuntu-latest\n    permissions: { id-token: write, attestations: write }\n    steps:\n      - uses: actions/attest-build-provenance@v2\n        with: { subject-path: dist/* }\n',
      }),
      [{ name: 'v1.1.0', date: '2026-03-01T10:00:00Z' }],
      {},
      'unknown',
      [
        /is signed, and \.github\/workflows\/release\.yml signs or attests release assets with Sigstore/,
        /^README\.md tells users how to verify a release \(gh attestation verify\)$/,
      ],
    ],
    [
      'no release tags: unknown',
      () => ({ 'README.md': '# Tool\n' }),
      [{ name: 'nightly', date: '2026-03-01T10:00:00Z' }],
      {},
      'unknown',
      [/^no release tags: there is no release whose signature could be verified$/],
    ],
  ])('%s', async (_name, files, tags, checkOptions, status, expected) => {
    const root = repoWith(files(), tags)
    const run = await runCheckOn(check, {}, { root, checkOptions })
    expect(run.status).toBe(status)
    for (const re of expected) expect(run.messages).toContainEqual(expect.stringMatching(re))
  })

  test('not a git repository: unknown', async () => {
    const run = await runCheckOn(check, { 'README.md': '# x\n' }, { git: false })
    expect(run.status).toBe('unknown')
    expect(run.messages).toEqual(['not a git repository: its release tags and their signatures cannot be seen'])
  })

  describe('real signed tags (Radicle heartwood, fixtures/real/heartwood)', () => {
    test('each of the 3 newest release tags judged as git tag -v judges it against .gitsigners', async () => {
      const root = realRepo('heartwood')
      addTagObjects(root, 'heartwood')
      const run = await runCheckOn(check, {}, { root })
      // the pre-release FintanH/v1.2.0-pre.3 is not among the releases
      expect(run.messages.slice(0, 3)).toEqual([
        'FintanH/v1.2.0: signed with key SHA256:vV38nW5eSWfTMITdAoMCBOFzEEr0bDMXjSWHpwrpsKY, which is not among the allowed signers',
        'FintanH/v1.1.0: SSH signature by cloudhead verifies',
        'cloudhead/v1.1.0: SSH signature by cloudhead verifies',
      ])
      expect(run.findings.slice(0, 3).map((f) => f.status)).toEqual(['unknown', 'pass', 'pass'])
    })

    test('a real signed tag whose message was changed after signing fails', async () => {
      const root = realRepo('heartwood')
      addTagObjects(root, 'heartwood', (name, text) =>
        name === 'cloudhead/v1.1.0' ? text.replace('Release 1.1.0', 'Release 1.1.1') : text,
      )
      const run = await runCheckOn(check, {}, { root })
      expect(run.status).toBe('fail')
      expect(run.messages).toContain(
        'cloudhead/v1.1.0: the signature by SHA256:iTDjRHSIaoL8dpHbQ0mv+y0IQqPufGl2hQwk4TbXFlw does not match the tag',
      )
      expect(run.messages).toContain('FintanH/v1.1.0: SSH signature by cloudhead verifies')
    })
  })
})
