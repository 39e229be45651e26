import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateKeyPair } from '../../src/attest/keys.js'
import { cleanup, fixtureRepo, tempDir, git } from '../helpers/repo.js'
import { runActionAsync, runCli, parseOutputs } from '../helpers/process.js'
import { startLocalServer } from '../helpers/local-github.js'
import { fakeGitHub } from '../helpers/fake-github-git.js'

afterAll(cleanup)

async function runPublish(
  root: string,
  event: { name: string; ref: string; payload: object },
  apiUrl: string,
  key: string,
  publish: string,
) {
  const files = tempDir()
  const outputFile = join(files, 'output')
  const eventFile = join(files, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(join(files, 'summary'), '')
  writeFileSync(eventFile, JSON.stringify(event.payload))
  const r = await runActionAsync(
    {
      INPUT_SIGN: 'key',
      'INPUT_SIGNING-KEY': key,
      'INPUT_FAIL-ON': 'none',
      INPUT_PUBLISH: publish,
      'INPUT_GITHUB-TOKEN': 'ghs_test',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(files, 'summary'),
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REF: event.ref,
      GITHUB_SHA: git(root, ['rev-parse', 'HEAD']).trim(),
      GITHUB_REPOSITORY: 'kommune/forms',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: apiUrl,
    },
    root,
  )
  return { ...r, outputs: parseOutputs(readFileSync(outputFile, 'utf8')) }
}

describe('publishing the attestation and badge', () => {
  test('pushes to the ois-ready branch on the default branch, then on top of it; skips other branches', async () => {
    const gh = fakeGitHub('kommune', 'forms', 7)
    const api = await startLocalServer(gh.route)
    const pair = generateKeyPair('ed25519')
    try {
      const root = fixtureRepo('exemplary')
      const push = { name: 'push', ref: 'refs/heads/main', payload: { repository: { default_branch: 'main' } } }
      const first = await runPublish(root, push, api.url, pair.privatePem, 'branch')
      // level 3 is not required (nor awarded): its findings are warnings
      expect(first.stdout).not.toMatch(/::warning title=ois-ready [a-z-]+ \(level [12]\)/)
      expect(first.outputs['published-commit']).toBe(gh.refs.get('ois-ready'))
      const published = gh.filesOn('ois-ready')
      expect(Object.keys(published).sort()).toEqual(['attestation.intoto.jsonl', 'badge.json', 'badge.svg', 'report.json'])
      // what a catalogue fetches from the well-known path verifies
      const fetched = join(tempDir(), 'attestation.intoto.jsonl')
      writeFileSync(fetched, published['attestation.intoto.jsonl']!)
      const pub = join(tempDir(), 'k.pub')
      writeFileSync(pub, pair.publicPem)
      expect(runCli(['verify', fetched, '--key', pub, '--repo', 'https://github.com/kommune/forms']).status).toBe(0)

      const second = await runPublish(root, push, api.url, pair.privatePem, 'branch')
      const head = gh.commits.get(gh.refs.get('ois-ready')!)!
      expect(head.parents).toEqual([first.outputs['published-commit']])
      expect(second.outputs['published-commit']).toBe(gh.refs.get('ois-ready'))

      const before = gh.refs.get('ois-ready')
      const feature = await runPublish(root, { ...push, ref: 'refs/heads/feature' }, api.url, pair.privatePem, 'branch')
      expect(feature.stdout).toContain('not published for a push event on refs/heads/feature')
      expect(gh.refs.get('ois-ready')).toBe(before)
    } finally {
      await api.close()
    }
  })

  test.each([
    [
      'a pull_request_target event on the default branch',
      { name: 'pull_request_target', ref: 'refs/heads/main' },
      'not published for a pull_request_target event',
    ],
    ['a release event', { name: 'release', ref: 'refs/tags/v1.2.0' }, 'not published for a release event'],
  ])('never moves the branch for %s', async (_name, event, message) => {
    const gh = fakeGitHub('kommune', 'forms', 7)
    const api = await startLocalServer(gh.route)
    try {
      const root = fixtureRepo('exemplary')
      const r = await runPublish(
        root,
        { ...event, payload: { repository: { default_branch: 'main' } } },
        api.url,
        generateKeyPair('ed25519').privatePem,
        'branch',
      )
      expect(r.status).toBe(0)
      expect(r.stdout).toContain(message)
      expect(gh.refs.size).toBe(0)
    } finally {
      await api.close()
    }
  })

  test('attaches the files to the release on a release event, replacing earlier ones', async () => {
    const gh = fakeGitHub('kommune', 'forms', 7)
    const api = await startLocalServer(gh.route)
    const pair = generateKeyPair('ecdsa-p256')
    try {
      const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
      const release = {
        name: 'release',
        ref: 'refs/tags/v1.2.0',
        payload: {
          release: { id: 7, tag_name: 'v1.2.0', upload_url: `${api.url}/uploads/repos/kommune/forms/releases/7/assets{?name,label}` },
          repository: { default_branch: 'main' },
        },
      }
      const r = await runPublish(root, release, api.url, pair.privatePem, 'release')
      expect(r.stdout).not.toMatch(/::warning title=ois-ready [a-z-]+ \(level [12]\)/)
      expect(r.outputs['published-release']).toBe('v1.2.0')
      expect(gh.assets.map((a) => [a.name, a.contentType]).sort()).toEqual([
        ['attestation.intoto.jsonl', 'application/jsonl'],
        ['badge.json', 'application/json'],
        ['badge.svg', 'image/svg+xml'],
        ['report.json', 'application/json'],
      ])
      await runPublish(root, release, api.url, pair.privatePem, 'release')
      expect(gh.assets).toHaveLength(4)
    } finally {
      await api.close()
    }
  })

  test('without write permission the run still succeeds, with the permission to add', async () => {
    const api = await startLocalServer(() => ({ status: 403, body: { message: 'Resource not accessible by integration' } }))
    try {
      const root = fixtureRepo('exemplary')
      const r = await runPublish(
        root,
        { name: 'push', ref: 'refs/heads/main', payload: { repository: { default_branch: 'main' } } },
        api.url,
        generateKeyPair('ed25519').privatePem,
        'branch',
      )
      expect(r.status).toBe(0)
      expect(r.stdout).toContain('::warning::Could not push to the ois-ready branch (403): add `permissions: contents: write` to the job.')
    } finally {
      await api.close()
    }
  })
})
