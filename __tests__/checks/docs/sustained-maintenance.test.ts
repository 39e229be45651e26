import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/docs/sustained-maintenance/index.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup, type Commit } from '../../helpers/repo.js'

afterAll(cleanup)

// TEST_NOW is 2026-06-01
const by = (author: string, date: string, tags: string[] = []): Commit => ({ author, date, tags, files: { [`f-${author}-${date}`]: 'x' } })
const C_FILES = Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`src/m${i}.c`, 'int x;\n']))

describe('sustained-maintenance', () => {
  test.each([
    [
      'two people and a release this year (issues: unknown)',
      [by('ana@example.eu', '2025-09-01T10:00:00Z'), by('bo@example.eu', '2026-03-01T10:00:00Z', ['v1.4.0'])],
      {},
      'unknown',
      [
        /^2 people with commits in the last 12 months$/,
        /^latest release v1\.4\.0, 92 days ago$/,
        /^whether issues are answered is known to the forge only, and its issues could not be read \(the repository is not on https:\/\/github.com\)$/,
      ],
    ],
    [
      'one person and Dependabot',
      [
        by('ana@example.eu', '2026-01-01T10:00:00Z', ['v2.0.0']),
        by('49699333+dependabot[bot]@users.noreply.github.com', '2026-02-01T10:00:00Z'),
      ],
      {},
      'fail',
      [/^one person with commits in the last 12 months \(1 bot account\(s\) not counted\): fewer than 2 active maintainers$/],
    ],
    [
      'no release in the last 12 months',
      [
        by('ana@example.eu', '2024-01-01T10:00:00Z', ['v1.0.0']),
        by('ana@example.eu', '2026-01-01T10:00:00Z'),
        by('bo@example.eu', '2026-02-01T10:00:00Z', ['v1.1.0-rc.1']),
      ],
      {},
      'fail',
      [/^latest release v1\.0\.0 is 882 days old: no release in the last 12 months$/],
    ],
    [
      'no version tags: when it released cannot be seen',
      [by('ana@example.eu', '2026-01-01T10:00:00Z'), by('bo@example.eu', '2026-02-01T10:00:00Z')],
      {},
      'unknown',
      [/^no dated version tags/],
    ],
    [
      'a C project with fuzz targets',
      [
        {
          ...by('ana@example.eu', '2026-01-01T10:00:00Z', ['v1.0.0']),
          files: { ...C_FILES, 'fuzz/parse.c': 'int LLVMFuzzerTestOneInput(const char *d, long n) { return 0; }\n' },
        },
      ],
      {},
      'fail',
      [/^C\/C\+\+ code \(25 files\) with fuzzing: fuzz targets \(fuzz\/parse\.c\)$/],
    ],
    [
      'a C project without fuzzing in the repository',
      [{ ...by('ana@example.eu', '2026-01-01T10:00:00Z', ['v1.0.0']), files: C_FILES }],
      {},
      'fail',
      [
        /^C\/C\+\+ code \(24 files\) and no fuzz targets or ClusterFuzzLite configuration in the repository; an OSS-Fuzz integration lives in google\/oss-fuzz/,
      ],
    ],
    [
      'a Python project with one C helper is not a C project',
      [
        {
          ...by('ana@example.eu', '2026-01-01T10:00:00Z', ['v1.0.0']),
          files: { 'helper.c': 'int x;\n', ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`pkg/m${i}.py`, 'x = 1\n'])) },
        },
      ],
      {},
      'fail',
      [/^one person/],
    ],
    ['not a git repository', [], { git: false }, 'unknown', [/^not a git repository/]],
  ])('%s', async (_name, commits, options, status, messages) => {
    const r = await runCheckOn(check, commits.length ? {} : { 'README.md': '# x' }, { ...options, ...(commits.length ? { commits } : {}) })
    expect(r.status).toBe(status)
    for (const m of messages) expect(r.messages.find((x) => m.test(x)) ?? r.messages).toEqual(expect.stringMatching(m))
    if (_name.startsWith('a Python')) expect(r.messages.some((x) => x.startsWith('C/C++'))).toBe(false)
  })
})
