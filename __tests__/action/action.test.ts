import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, fixtureRepo, makeRepo, PROJECT_ROOT, tempDir } from '../helpers/repo.js'
import { runAction, parseOutputs } from '../helpers/process.js'
import { validateReport } from '../helpers/schemas.js'

afterAll(cleanup)

/** Runs dist/action.js as the runner does: inputs as INPUT_* variables, outputs and summary in files. */
function action(inputs: Record<string, string>, workspace: string, extra: Record<string, string> = {}) {
  const files = tempDir()
  const outputFile = join(files, 'output')
  const summaryFile = join(files, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: workspace, ...extra }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = runAction(env, workspace)
  return { ...result, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }
}

describe('the Action (dist/action.js)', () => {
  test('an exemplary repository: outputs, job summary, no failure', () => {
    const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
    const r = action({ 'fail-on': '2' }, root, {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'kommune/forms',
      GITHUB_REF: 'refs/tags/v1.2.0',
    })
    expect(r.status).toBe(0)
    expect(r.outputs).toEqual({
      level: '2',
      licence: 'EUPL-1.2',
      passed: 'true',
      'report-path': join(root, 'ois-ready', 'report.json'),
      'sarif-path': join(root, 'ois-ready', 'results.sarif'),
      'summary-path': join(root, 'ois-ready', 'summary.md'),
      'sarif-category': 'ois-ready',
      signer: 'none',
    })
    expect(r.summary).toContain('# OIS-ready: level 2 (of the 3 levels this version can award)')
    // each phase is a group of the log
    const groups = r.stdout.split('\n').filter((l) => l.startsWith('::group::'))
    expect(groups).toEqual([
      '::group::Check the repository',
      '::group::Sign the attestation',
      '::group::Write the outputs and the job summary',
    ])
    expect(r.stdout.split('\n').filter((l) => l === '::endgroup::')).toHaveLength(groups.length)
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'))
    expect(validateReport(report)).toBe(true)
    expect(report.repository).toMatchObject({ url: 'https://github.com/kommune/forms', ref: 'refs/tags/v1.2.0' })
    expect(r.stdout).not.toContain('::error')
  })

  test('annotations: errors for what blocks the fail-on level first, warnings above it, capped with a note; the step fails as fail-on says', () => {
    const workflows: Record<string, string> = {}
    for (let i = 0; i < 4; i++)
      workflows[`.github/workflows/w${i}.yml`] =
        'on: issues\npermissions: read-all\njobs:\n  t:\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n'
    const root = makeRepo({ 'README.md': '# tiny\n', ...workflows })
    const r = action({ 'fail-on': '1', 'max-annotations': '3' }, root)
    expect(r.status).toBe(1)
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l) && !l.includes('Not signed'))
    expect(annotations[1]).toMatch(/^::error title=ois-ready licence-file \(level 1\)::/)
    expect(annotations[2]).toMatch(/^::error title=ois-ready readme \(level 1\),file=README\.md::/)
    // a repository-level finding has no file it is about: no file, rather than the README
    expect(annotations[0]).toMatch(/^::error title=ois-ready contributing \(level 1\)::no CONTRIBUTING file/)
    expect(annotations[3]).toMatch(/^::notice::\d+ more ois-ready finding\(s\) not annotated; see the job summary and report\.json\./)
    expect(annotations[4]).toMatch(
      /^::error::OIS-ready level 0 reached, but fail-on requires level 1\. Fix or exempt: contributing, licence-file, readme, security-policy/,
    )
    expect(r.outputs.level).toBe('0')
    expect(r.outputs.passed).toBe('false')
    expect(r.summary).toContain('## What to fix')
    // without the cap, the level-2 findings are warnings, after every error
    const all = action({ 'fail-on': '1', 'max-annotations': '100' }, root)
    const kinds = all.stdout
      .split('\n')
      .filter((l) => /^::(error|warning|notice) title=/.test(l))
      .map((l) => l.slice(2, l.indexOf(' ')))
    expect(kinds.lastIndexOf('error')).toBeLessThan(kinds.indexOf('warning'))
    expect(all.stdout).toContain(
      '::warning title=ois-ready dangerous-workflow (level 2),file=.github/workflows/w0.yml,line=6::.github/workflows/w0.yml: job "t" expands',
    )
  })

  test('annotations carry the file and line of the finding', () => {
    const root = makeRepo({
      'README.md': '# tiny\n',
      '.github/workflows/w.yml': 'on: issues\njobs:\n  t:\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
    })
    writeFileSync(
      join(root, '.ois-ready.yml'),
      'checks:\n  changelog: false\n  code-of-conduct: false\n  contributing: false\n  dependency-updates: false\n  governance: false\n  readme: false\n  security-policy: false\n  token-permissions: false\n',
    )
    const r = action({ 'fail-on': '2' }, root)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(
      '::error title=ois-ready dangerous-workflow (level 2),file=.github/workflows/w.yml,line=5::.github/workflows/w.yml: job "t" expands',
    )
  })

  test('fail-on none never fails the step', () => {
    const root = makeRepo({ 'README.md': '# tiny\n' })
    const r = action({ 'fail-on': 'none' }, root)
    expect(r.status).toBe(0)
    expect(r.outputs.passed).toBe('true')
  })

  test('an invalid config: an error at its file and line, a job summary that explains it, the step fails, no outputs', () => {
    const workspace = makeRepo({ 'app/README.md': 'x', 'app/.ois-ready.yml': 'checks:\n  reedme: false\n' })
    const r = action({ path: 'app' }, workspace)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(
      '::error title=ois-ready configuration,file=app/.ois-ready.yml,line=2,col=3::checks.reedme: unknown check id "reedme"',
    )
    expect(r.stdout).toContain(
      '::error::Invalid ois-ready configuration; nothing was checked or signed. Fix:%0A.ois-ready.yml:2:3: checks.reedme: unknown check id "reedme"',
    )
    expect(r.summary).toMatch(/^# OIS-ready: configuration error\n/)
    expect(r.summary).toContain('| `.ois-ready.yml` | 2:3 | `checks.reedme` | unknown check id "reedme"')
    expect(r.outputs).toEqual({})
  })

  test('a category input names the code-scanning category', () => {
    const root = makeRepo({ 'README.md': '# tiny\n' })
    const r = action({ 'fail-on': 'none', category: 'ois-ready/nightly' }, root)
    expect(r.outputs['sarif-category']).toBe('ois-ready/nightly')
    expect(JSON.parse(readFileSync(r.outputs['sarif-path']!, 'utf8')).runs[0].automationDetails).toEqual({ id: 'ois-ready/nightly/' })
    expect(action({ category: 'a b' }, root).stdout).toContain('::error::input category: "a b" is not a category')
  })

  test('an invalid input is named', () => {
    const root = makeRepo({ 'README.md': 'x' })
    const r = action({ 'fail-on': 'gold' }, root)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('::error::input fail-on is "gold"; use none, 1, 2 or 3')
  })

  test('path and output-dir inputs', () => {
    const workspace = makeRepo({ 'app/README.md': '# tiny\n' })
    const r = action({ path: 'app', 'output-dir': 'reports/ois', 'fail-on': 'none' }, workspace)
    expect(r.status).toBe(0)
    expect(r.outputs['report-path']).toBe(join(workspace, 'reports/ois/report.json'))
    // locations are relative to the workspace, where code scanning and annotations resolve them
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-path']!, 'utf8'))
    expect(
      sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'readme').locations[0].physicalLocation.artifactLocation.uri,
    ).toBe('app/README.md')
    // its own code-scanning category, so that another folder's run does not replace its alerts
    expect(r.outputs['sarif-category']).toBe('ois-ready/app')
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'ois-ready/app/' })
    expect(r.stdout).toMatch(/::warning title=ois-ready readme \(level 1\),file=app\/README\.md::/)
  })

  test('an internal error fails the step with one line that says it is a bug and where to report it; the stack trace is in the debug log', () => {
    // the Action started in a folder removed under it: process.cwd() fails, which nothing in ois-ready expects
    const dir = join(tempDir(), 'gone')
    mkdirSync(dir)
    const files = tempDir()
    const r = spawnSync(
      'sh',
      ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', 'sh', dir, process.execPath, join(PROJECT_ROOT, 'dist/action.js')],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: join(files, 'o'), GITHUB_STEP_SUMMARY: join(files, 's') },
      },
    )
    expect(r.status).toBe(1)
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error::ois-ready: internal error: Error: ENOENT: process\.cwd failed.* \(a bug in ois-ready, please report it at https:\/\/github\.com\/ois-ready\/ois-ready\/issues; re-run the job with debug logging for the stack trace\)$/,
      ),
    ])
    expect(r.stdout).toMatch(/^::debug::Error: ENOENT: process\.cwd failed.*%0A {4}at /m)
  })
})
