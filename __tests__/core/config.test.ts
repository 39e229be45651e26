import { afterAll, describe, expect, test } from '@jest/globals'
import { loadConfig, parseConfig, DEFAULT_LIMITS } from '../../src/core/config.js'
import { ConfigError } from '../../src/core/errors.js'
import { registry } from '../../src/pipeline/registry.js'
import { cleanup, makeRepo } from '../helpers/repo.js'

afterAll(cleanup)

const metas = registry.map((c) => c.meta)
const FILE = '.github/ois-ready.yml'

function problems(text: string) {
  try {
    parseConfig(text, FILE, metas)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems
  }
  throw new Error('expected a ConfigError')
}

describe('valid configs', () => {
  test('checks turned off, options, excludes, exemptions and limits are resolved over the defaults', () => {
    const config = parseConfig(
      [
        'version: 1',
        'checks:',
        '  code-of-conduct: false',
        '  readme:',
        '    options:',
        '      min-words: 120',
        'exclude: ["vendor/**"]',
        'exemptions:',
        '  - check: governance',
        '    reason: Governance is set by the city council; document due in Q3',
        '    expires: 2026-09-30',
        'limits:',
        '  max-file-bytes: 2097152',
      ].join('\n'),
      FILE,
      metas,
    )
    expect(config.file).toBe(FILE)
    expect(config.checks['code-of-conduct']).toEqual({ enabled: false, options: { 'min-words': 60 } })
    expect(config.checks.readme).toEqual({ enabled: true, options: { 'min-words': 120 } })
    expect(config.checks['security-policy']).toEqual({ enabled: true, options: {} })
    expect(config.exclude).toEqual(['vendor/**'])
    expect(config.exemptions).toEqual([
      { check: 'governance', reason: 'Governance is set by the city council; document due in Q3', expires: '2026-09-30', line: 9 },
    ])
    expect(config.limits).toEqual({ ...DEFAULT_LIMITS, maxFileBytes: 2097152 })
  })

  test('an empty file is the defaults', () => {
    expect(parseConfig('', FILE, metas).exclude).toEqual([])
    expect(parseConfig('', FILE, metas).sbom).toEqual({ include: [] })
  })

  test('sbom.include: test-data folders to read all the same', () => {
    expect(parseConfig('sbom:\n  include: ["examples/server/**"]\n', FILE, metas).sbom).toEqual({ include: ['examples/server/**'] })
  })

  test('without a config file the built-in defaults apply; .ois-ready.yml in the root is found', () => {
    expect(loadConfig(makeRepo({ 'a.txt': 'x' }), metas).file).toBeUndefined()
    const root = makeRepo({ '.ois-ready.yml': 'exclude: [gen/**]\n' })
    expect(loadConfig(root, metas)).toMatchObject({ file: '.ois-ready.yml', exclude: ['gen/**'] })
  })
})

describe('invalid configs name the file, line and key', () => {
  test.each([
    ['an unknown top-level key', 'version: 1\nexlude: ["x"]\n', { line: 2, key: 'exlude', message: 'unknown key "exlude"' }],
    [
      'an unknown check id',
      'checks:\n  readme: true\n  reedme: false\n',
      {
        line: 3,
        key: 'checks.reedme',
        message: expect.stringContaining('unknown check id "reedme"; known checks: change-gates, changelog,'),
      },
    ],
    [
      'an exemption of an unknown check',
      'exemptions:\n  - check: nope\n    reason: because we cannot yet\n    expires: 2026-01-01\n',
      { line: 2, key: 'exemptions[0].check', message: expect.stringContaining('unknown check id "nope"') },
    ],
    [
      'an exemption without a reason',
      'exemptions:\n  - check: readme\n    expires: 2026-01-01\n',
      { line: 2, key: 'exemptions[0].reason', message: 'is required in exemptions[0]' },
    ],
    [
      'a malformed date',
      'exemptions:\n  - check: readme\n    reason: waiting for the translation\n    expires: 2026-02-30\n',
      { line: 4, key: 'exemptions[0].expires', message: '"2026-02-30" is not a valid date (expected YYYY-MM-DD)' },
    ],
    [
      'a date in another form',
      'exemptions:\n  - check: readme\n    reason: waiting for the translation\n    expires: 30.09.2026\n',
      { line: 4, key: 'exemptions[0].expires', message: '"30.09.2026" is not a valid date (expected YYYY-MM-DD)' },
    ],
    [
      'a reason too short to mean anything',
      'exemptions:\n  - check: readme\n    reason: todo\n    expires: 2026-01-01\n',
      { line: 3, key: 'exemptions[0].reason' },
    ],
    [
      'an option the check does not have',
      'checks:\n  readme:\n    options:\n      min-wrds: 3\n',
      { line: 4, key: 'checks.readme.options.min-wrds', message: 'unknown key "min-wrds"' },
    ],
    [
      'an option of the wrong type',
      'checks:\n  readme:\n    options:\n      min-words: many\n',
      { line: 4, key: 'checks.readme.options.min-words', message: 'must be integer' },
    ],
    ['a check setting that is neither boolean nor object', 'checks:\n  readme: yes\n', { line: 2, key: 'checks.readme' }],
    ['an exclude glob out of the repository', 'exclude: ["../x/**"]\n', { line: 1, key: 'exclude[0]' }],
    ['an sbom.include glob from the file system root', 'sbom:\n  include: ["/etc/**"]\n', { line: 2, key: 'sbom.include[0]' }],
    ['an sbom.include that is not a list', 'sbom:\n  include: examples/**\n', { line: 2, key: 'sbom.include' }],
    ['an unknown key under sbom', 'sbom:\n  exclude: ["x"]\n', { line: 2, key: 'sbom.exclude' }],
    ['a limit out of range', 'limits:\n  concurrency: 0\n', { line: 2, key: 'limits.concurrency', message: 'must be >= 1' }],
  ])('%s', (_name, text, expected) => {
    const [first] = problems(text)
    expect(first).toMatchObject({ file: FILE, ...expected })
  })

  test('invalid YAML and duplicate keys are reported with their line', () => {
    expect(problems('checks:\n  readme: [\n')[0]).toMatchObject({ file: FILE, line: 3, message: expect.stringContaining('invalid YAML') })
    expect(problems('exclude: []\nexclude: ["a"]\n')[0]).toMatchObject({ line: 2, message: expect.stringContaining('unique') })
  })

  test('a YAML alias bomb is refused quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
          .fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`)
          .join(',')}]`,
      )
    const started = Date.now()
    expect(problems(bomb.join('\n'))[0]).toMatchObject({ message: expect.stringMatching(/invalid YAML: .*alias/i) })
    expect(Date.now() - started).toBeLessThan(5000)
  })

  test('a config nested 5,000 deep is one problem that says so, with its line (not the parser running out of stack)', () => {
    expect(problems(`exclude: []\nchecks: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)).toEqual([
      { file: FILE, line: 2, column: expect.any(Number), key: '', message: 'invalid YAML: nested deeper than 100 levels' },
    ])
  })

  test('the error message has the form file:line:column: key: message', () => {
    try {
      parseConfig('exlude: 1\nchecks:\n  reedme: true\n', FILE, metas)
    } catch (error) {
      expect((error as Error).message).toBe('.github/ois-ready.yml:1:1: exlude: unknown key "exlude"')
      return
    }
    throw new Error('expected an error')
  })

  test('a config file that is binary or missing is a clear error', () => {
    const root = makeRepo({ '.ois-ready.yml': Buffer.from([0, 1, 2]) })
    expect(() => loadConfig(root, metas)).toThrow('.ois-ready.yml: is a binary file, not YAML')
    expect(() => loadConfig(root, metas, '/nonexistent/cfg.yml')).toThrow('config file /nonexistent/cfg.yml does not exist')
  })
})
