import { afterAll, describe, expect, test } from '@jest/globals'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { languagesOf, oneLine, projectMetadata } from '../../src/standards/project-metadata.js'
import { cleanup, makeRepo, realRepo } from '../helpers/repo.js'
import type { Entry } from '../../src/core/snapshot.js'

afterAll(cleanup)

const snapshotOf = (root: string) => takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })

describe('project metadata from publiccode.yml and the manifests (real extracts)', () => {
  test.each<[string, Record<string, unknown>]>([
    [
      'X-Road',
      {
        name: 'X-Road®',
        description:
          'X-Road® is open-source software that provides unified and secure data exchange between organisations in a collaborative ecosystem.',
        organisation: 'Nordic Institute for Interoperability Solutions (NIIS)',
        languages: ['Kotlin'],
        sources: { name: 'publiccode.yml', description: 'publiccode.yml', organisation: 'publiccode.yml', languages: 'file extensions' },
      },
    ],
    [
      'demarches-simplifiees',
      {
        name: 'Démarche Numérique',
        description:
          'outil permettant aux usagers d’effectuer des démarches en ligne, et aux agents administratifs d’instruire ces démarches.',
        sources: { name: 'publiccode.yml', description: 'publiccode.yml' },
      },
    ],
    [
      'structlog',
      {
        name: 'structlog',
        description: 'Structured Logging for Python',
        sources: { name: 'pyproject.toml', description: 'pyproject.toml' },
      },
    ],
    [
      'reuse-tool',
      {
        name: 'reuse',
        description: 'reuse is a tool for compliance with the REUSE recommendations.',
        sources: { name: 'pyproject.toml', description: 'pyproject.toml' },
      },
    ],
    [
      'maven-resolver',
      {
        name: 'Maven Artifact Resolver',
        description: 'The parent and aggregator for the repository system.',
        sources: { name: 'pom.xml', description: 'pom.xml' },
      },
    ],
    // a private package's name is a monorepo's internal one (@jest/monorepo)
    ['jest', {}],
  ])('%s', async (project, expected) => {
    expect(await projectMetadata(await snapshotOf(realRepo(project)))).toEqual(expected)
  })

  test('a long description becomes one line of at most 300 characters (commons-lang)', async () => {
    const { description } = await projectMetadata(await snapshotOf(realRepo('commons-lang')))
    expect(description).toMatch(/^Apache Commons Lang is a package of Java utility classes/)
    expect(description!.length).toBeLessThanOrEqual(300)
    expect(description).toMatch(/…$/)
    expect(description).not.toMatch(/\n/)
  })
})

describe('project metadata: made-up cases', () => {
  test('publiccode.yml wins over a manifest; English first; organisation from legal.repoOwner; a broken manifest adds nothing', async () => {
    const root = makeRepo({
      'publiccode.yml':
        'publiccodeYmlVersion: "0.4"\nname: Lomake\ndescription:\n  fi:\n    shortDescription: Lomakkeet kunnille\n  en:\n    shortDescription: "Forms\\nfor municipalities"\nlegal:\n  license: EUPL-1.2\n  repoOwner: City of Tampere\n',
      'package.json': '{ "name": "lomake", "description": "npm description" }',
      'Cargo.toml': '[package\nname = "broken"',
    })
    expect(await projectMetadata(await snapshotOf(root))).toEqual({
      name: 'Lomake',
      description: 'Forms for municipalities',
      organisation: 'City of Tampere',
      sources: { name: 'publiccode.yml', description: 'publiccode.yml', organisation: 'publiccode.yml' },
    })
  })

  test('nothing stated, no code: no metadata', async () => {
    expect(await projectMetadata(await snapshotOf(makeRepo({ 'README.md': '# x\n' })))).toEqual({})
  })

  test('oneLine: control characters and line breaks become spaces; non-text is nothing', () => {
    expect(oneLine('a\u2028b\r\n\tc\u0007', 100)).toBe('a b c')
    expect(oneLine(42, 100)).toBeUndefined()
    expect(oneLine('   ', 100)).toBeUndefined()
    expect(oneLine('abcdef', 4)).toBe('abc…')
  })
})

describe('languages by bytes, as linguist counts them', () => {
  const files = (list: [string, number][]): { files: Entry[] } => ({ files: list.map(([path, size]) => ({ path, kind: 'file', size })) })

  test.each<[string, [string, number][], string[]]>([
    [
      'C with headers and docs (curl-like): .h counts for C beside .c files; .md is Markdown, not GCC Machine Description',
      [
        ['lib/url.c', 120_000],
        ['include/curl/curl.h', 90_000],
        ['docs/INSTALL.md', 50_000],
        ['tests/runtests.pl', 60_000],
        ['scripts/release.sh', 8_000],
      ],
      ['C', 'Perl', 'Shell'],
    ],
    [
      'TypeScript, with declaration files and vendored code left out',
      [
        ['src/index.ts', 10_000],
        ['types/index.d.ts', 5_000],
        ['node_modules/x/index.js', 900_000],
        ['vendor/lib.go', 900_000],
        ['scripts/build.mjs', 1_000],
      ],
      ['TypeScript', 'JavaScript'],
    ],
    [
      'below 2 % of the code is not listed',
      [
        ['a.rs', 99_000],
        ['b.py', 1_000],
      ],
      ['Rust'],
    ],
    ['no code', [['README.md', 10]], []],
  ])('%s', (_name, list, expected) => {
    expect(languagesOf(files(list))).toEqual(expected)
  })

  test('at most five languages, most bytes first', () => {
    const list: [string, number][] = [
      ['a.rs', 60],
      ['b.py', 50],
      ['c.go', 40],
      ['d.java', 30],
      ['e.rb', 20],
      ['f.c', 10],
    ]
    expect(languagesOf(files(list))).toEqual(['Rust', 'Python', 'Go', 'Java', 'Ruby'])
  })
})
