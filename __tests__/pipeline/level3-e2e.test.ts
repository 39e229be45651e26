/**
 * A repository that reaches level 3 end to end: fixtures/repos/level3 with a year of history by
 * two maintainers who review each other's changes, release tags, and its GitHub settings (a
 * ruleset requiring an approval and the CI's checks, answered issues) from a local HTTP server
 * through the guarded client; then signed, verified with --min-level 3 and made a badge.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { attestWithKey } from '../../src/attest/attest-run.js'
import { checkRepository } from '../../src/pipeline/check-repository.js'
import { OUTPUT_FILES, renderOutputs } from '../../src/pipeline/outputs.js'
import { registry } from '../../src/pipeline/registry.js'
import { testKey } from '../helpers/attest.js'
import { runCli } from '../helpers/process.js'
import { startLocalServer, type RecordedRequest } from '../helpers/local-github.js'
import { cleanup, fixtureRepo, git, tempDir } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

const SLUG = 'kommune/forms'
const ANNA = { name: 'Anna Virtanen', email: 'anna.virtanen@tampere.example.fi' }
const JONAS = { name: 'Jonas Berger', email: 'jonas.berger@muenchen.example.de' }

/** GitHub's answers for the repository: its default branch's ruleset, its issues. */
function github(req: RecordedRequest) {
  const path = new URL(req.url, 'http://localhost').pathname
  const ruleset = { ruleset_source_type: 'Repository', ruleset_source: SLUG, ruleset_id: 5120 }
  if (path === `/repos/${SLUG}`) return { status: 200, body: { full_name: SLUG, default_branch: 'main' } }
  if (path === `/repos/${SLUG}/rules/branches/main`)
    return {
      status: 200,
      body: [
        { type: 'deletion', ...ruleset },
        { type: 'non_fast_forward', ...ruleset },
        { type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true }, ...ruleset },
        {
          type: 'required_status_checks',
          parameters: {
            strict_required_status_checks_policy: true,
            required_status_checks: [{ context: 'ci-ok' }, { context: 'Dependency review' }],
          },
          ...ruleset,
        },
      ],
    }
  if (path === `/repos/${SLUG}/branches/main`) return { status: 200, body: { name: 'main', protected: false } }
  if (path === `/repos/${SLUG}/issues`)
    return {
      status: 200,
      body: [
        { number: 31, state: 'closed', comments: 2, created_at: '2026-03-02T08:00:00Z', author_association: 'NONE' },
        { number: 27, state: 'open', comments: 1, created_at: '2025-12-11T08:00:00Z', author_association: 'CONTRIBUTOR' },
      ],
    }
  if (path === `/repos/${SLUG}/releases`)
    // a source-only release (the package goes to npm): no built assets to ship an SBOM with
    return {
      status: 200,
      body: [
        {
          tag_name: 'v1.2.0',
          name: 'Kommune Forms 1.2.0',
          draft: false,
          prerelease: false,
          created_at: '2026-01-10T10:00:00Z',
          published_at: '2026-01-10T10:05:00Z',
          html_url: `https://github.com/${SLUG}/releases/tag/v1.2.0`,
          body: '### Added\n- Forms can have conditional sections.',
          assets: [],
        },
      ],
    }
  return { status: 404, body: { message: 'Not Found' } }
}

/** An SSH signing key made by ssh-keygen, and its line in an allowed-signers file. */
function sshKey(person: typeof ANNA): { private: string; signer: string } {
  const path = join(tempDir(), 'id_ed25519')
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', person.email, '-f', path])
  const [type, key] = readFileSync(`${path}.pub`, 'utf8').trim().split(' ')
  return { private: path, signer: `${person.email} namespaces="git" ${type} ${key}` }
}

/**
 * A year of history: each change written by one maintainer and reviewed by the other, merged
 * through a pull request; release tags signed with the releasing maintainer's SSH key, the keys
 * published in .gitsigners.
 */
function level3Repo(): string {
  const keys = new Map([ANNA, JONAS].map((p) => [p.email, sshKey(p)]))
  const signers = [...keys.values()].map((k) => `${k.signer}\n`).join('')
  const root = fixtureRepo('level3', {
    remote: `https://github.com/${SLUG}`,
    commits: [{ date: '2025-08-20T10:00:00Z', author: ANNA.email, files: { '.gitsigners': signers } }],
  })
  const changes: [string, typeof ANNA, typeof ANNA, string, string?][] = [
    ['2025-09-01T10:00:00Z', ANNA, JONAS, 'Release 1.0.0 (#3)', 'v1.0.0'],
    ['2025-11-02T10:00:00Z', JONAS, ANNA, 'Escape field labels in the preview (#9)', 'v1.1.0'],
    ['2026-01-10T10:00:00Z', ANNA, JONAS, 'Conditional sections (#14)', 'v1.2.0'],
    ['2026-04-15T10:00:00Z', JONAS, ANNA, 'Export answers as CSV (#21)'],
  ]
  for (const [date, author, reviewer, subject, tag] of changes) {
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    }
    git(root, ['commit', '-q', '--allow-empty', '-m', `${subject}\n\nReviewed-by: ${reviewer.name} <${reviewer.email}>`], env)
    const signingKey = `user.signingkey=${keys.get(author.email)!.private}`
    if (tag) git(root, ['-c', 'gpg.format=ssh', '-c', signingKey, 'tag', '-s', tag, '-m', `Kommune Forms ${tag}`], env)
  }
  return root
}

describe('a repository that reaches level 3', () => {
  let root: string
  let server: Awaited<ReturnType<typeof startLocalServer>>
  beforeAll(async () => {
    root = level3Repo()
    server = await startLocalServer(github)
  })
  afterAll(() => server.close())

  test('every check of levels 1 to 3 is satisfied; signed, it verifies with --min-level 3 and gives a level-3 badge', async () => {
    const { report } = await checkRepository({
      path: root,
      failOn: 3,
      now: TEST_NOW,
      network: true,
      allowHosts: [new URL(server.url).host],
      github: { apiUrl: server.url },
    })
    const unsatisfied = report.checks
      .filter((c) => !c.satisfied)
      .map((c) => `${c.id}: ${c.status}: ${c.findings.map((f) => f.message).join(' | ')}`)
    expect(unsatisfied).toEqual([])
    // every level-3 check ran and passed or did not apply; none was waived
    const level3 = report.checks.filter((c) => c.level === 3)
    expect(level3.map((c) => c.id).sort()).toEqual(
      registry
        .filter((c) => c.meta.level === 3)
        .map((c) => c.meta.id)
        .sort(),
    )
    expect(level3.filter((c) => c.status === 'pass').map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'verifiable-releases',
        'enforced-review',
        'change-gates',
        'sustained-maintenance',
        'threat-model',
        'project-policies',
        'vulnerability-accounting',
      ]),
    )
    for (const c of level3) expect([c.id, c.status]).toEqual([c.id, expect.stringMatching(/^(pass|not-applicable)$/)])
    expect(report.policy.exemptions).toEqual([])
    expect(report.policy.disabled).toEqual([])
    expect(report.levels.find((l) => l.level === 3)).toMatchObject({ awardable: true, reached: true, blocking: [] })
    expect(report.level).toBe(3)
    expect(report.passed).toBe(true)

    // signed with a key, as the CLI signs a run
    const key = testKey('ed25519')
    const files = renderOutputs(report, registry, {})
    const attested = attestWithKey({ report, reportJson: files[OUTPUT_FILES.report] as string, key: key.private, validDays: 90 })
    const dir = tempDir()
    const attestation = join(dir, 'attestation.intoto.jsonl')
    writeFileSync(attestation, attested.files['attestation.intoto.jsonl']!)
    writeFileSync(join(dir, 'ois.pub'), key.publicPem)
    const at = new Date(TEST_NOW.getTime() + 86_400_000).toISOString()
    const verified = runCli(['verify', attestation, '--key', join(dir, 'ois.pub'), '--min-level', '3', '--at', at, '--format', 'json'])
    expect(verified.status).toBe(0)
    expect(JSON.parse(verified.stdout)).toMatchObject({
      valid: true,
      attestations: [
        { valid: true, level: 3, repository: { url: `https://github.com/${SLUG}`, commit: git(root, ['rev-parse', 'HEAD']).trim() } },
      ],
    })
    const badgeDir = join(dir, 'badge')
    mkdirSync(badgeDir)
    expect(runCli(['badge', attestation, '--key', join(dir, 'ois.pub'), '-o', badgeDir, '--at', at]).status).toBe(0)
    expect(JSON.parse(readFileSync(join(badgeDir, 'badge.json'), 'utf8')).message).toMatch(/^level 3 · until \d{4}-\d{2}-\d{2}$/)
    expect(readFileSync(join(badgeDir, 'badge.svg'), 'utf8')).toMatch(/level 3/)
  })
})
