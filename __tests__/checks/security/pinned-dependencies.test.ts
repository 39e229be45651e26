import { afterAll, describe, expect, test } from '@jest/globals'
import { check } from '../../../checks/security/pinned-dependencies/index.js'
import { judgeUses } from '../../../checks/security/pinned-dependencies/actions.js'
import { composeImages, dockerfileImages } from '../../../checks/security/pinned-dependencies/images.js'
import { downloadAndRun, packageInstalls, type InstallContext } from '../../../src/workflows/shell-commands.js'
import { runCheckOn } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const SHA = '08c6903cd8c0fde910a37f88322edcfb5dd907a8'
const DIGEST = `sha256:${'a'.repeat(64)}`

describe('action references', () => {
  test.each([
    [`actions/checkout@${SHA}`, 'github', 'pinned'],
    ['actions/checkout@v5', 'github', 'unpinned'],
    ['github/codeql-action/init@v3', 'github', 'unpinned'],
    [`dtolnay/rust-toolchain@${SHA}`, 'third-party', 'pinned'],
    ['dtolnay/rust-toolchain@master', 'third-party', 'unpinned'],
    // a short SHA can be made ambiguous on purpose: only the full 40 characters pin
    ['dtolnay/rust-toolchain@08c6903', 'third-party', 'unpinned'],
    ['curl/curl-fuzzer/.github/workflows/ci.yml@master', 'third-party', 'unpinned'],
    ['./.github/actions/build', 'local', 'pinned'],
    ['$/.github/workflows/plan.yml', 'local', 'pinned'],
    [`docker://alpine@${DIGEST}`, 'docker', 'pinned'],
    ['docker://alpine:3.22', 'docker', 'unpinned'],
    // SLSA's generators must be called by an exact tag; a moving major tag is not accepted
    ['slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0', 'third-party', 'pinned'],
    ['slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2', 'third-party', 'unpinned'],
  ])('%s: %s, %s', (uses, owner, verdict) => {
    expect(judgeUses(uses)).toMatchObject({ owner, verdict })
  })
})

describe('container images', () => {
  test.each([
    ['FROM debian:12\n', ['unpinned']],
    [`FROM debian:12@${DIGEST}\n`, ['pinned']],
    ['FROM scratch\n', ['pinned']],
    [`FROM golang:1.23@${DIGEST} AS build\nFROM build\nFROM build AS test\n`, ['pinned']],
    [`ARG BASE=alpine@${DIGEST}\nFROM \${BASE}\n`, ['pinned']],
    ['ARG PY=3.13\nFROM python:${PY}-slim\n', ['unpinned']],
    ['FROM $IMAGE\n', ['unknown']],
    ['FROM --platform=$BUILDPLATFORM \\\n    node:22 AS web\n', ['unpinned']],
  ])('%j', (text, verdicts) => {
    expect(dockerfileImages(text).map((i) => i.verdict)).toEqual(verdicts)
  })

  test('compose: a service that builds its own image pulls nothing; ${VAR:-default} resolves', () => {
    const images = composeImages(
      `services:\n  db:\n    image: postgres:16\n  app:\n    build: .\n    image: me/app\n  cache:\n    image: \${REDIS:-redis@${DIGEST}}\n  other:\n    image: \${OTHER}\n`,
    )
    expect(images.map((i) => [i.image.slice(0, 12), i.verdict, i.line])).toEqual([
      ['postgres:16', 'unpinned', 3],
      ['${REDIS:-red', 'pinned', 8],
      ['${OTHER}', 'unknown', 10],
    ])
  })
})

describe('download and run', () => {
  test.each([
    ['curl -sSf https://sh.rustup.rs | sh -s -- -y', true],
    ['curl -fsSL https://get.docker.com | sudo bash', true],
    ['wget -qO- https://example.org/install.sh | sudo -E env FOO=1 sh', true],
    ['bash <(curl -s https://codecov.io/bash)', true],
    ['sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"', true],
    ['irm https://astral.sh/uv/install.ps1 | iex', true],
    ['iex (iwr https://example.org/x.ps1)', true],
    ['curl --proto "=https" -LsSf \\\n  https://example.org/installer.sh \\\n  | sh', true],
    // downloaded, then checked, then run: not flagged
    ['curl -fsSLo install.sh https://example.org/install.sh && echo "abc  install.sh" | sha256sum -c && sh install.sh', false],
    ['curl -s https://api.github.com/repos/x/y | jq .tag_name', false],
    ['curl -L https://example.org/tool.tar.gz | tar xz', false],
    ['# curl https://example.org | sh (not run: a comment)', false],
  ])('%s: %s', (script, flagged) => {
    expect(downloadAndRun(script).length > 0).toBe(flagged)
  })
})

describe('package installs in CI', () => {
  const files: Record<string, string> = {
    'requirements.txt': 'requests==2.32.3 \\\n    --hash=sha256:abc\n# comment\nidna==3.7 --hash=sha256:def\n',
    'docs/requirements.txt': 'sphinx>=7\n',
    'only-includes.txt': '-r requirements.txt\n',
  }
  const context = (extra: Record<string, string> = {}): InstallContext => {
    const all = { ...files, ...extra }
    return { read: (p) => all[p], exists: (p) => p in all }
  }
  test.each([
    ['npm ci', 'pinned'],
    ['npm install', 'unpinned'],
    ['npm i -g npm@8', 'unpinned'],
    [`npm install github:owner/repo#${SHA}`, 'pinned'],
    ['pip install --require-hashes -r anything.txt', 'pinned'],
    ['pip install -r requirements.txt', 'pinned'],
    ['python -m pip install -r docs/requirements.txt', 'unpinned'],
    ['pip install -r generated.txt', 'unknown'],
    ['pip install -r only-includes.txt', 'unknown'],
    ['pip install -r $REQS', 'unknown'],
    ['pip install requests', 'unpinned'],
    ['pip install pre-commit==4.6.0', 'unpinned'],
    ['pip install --upgrade pip', 'unpinned'],
    ['pip install -e . --group dev', 'unpinned'],
    ['pip install --no-deps -e .', 'pinned'],
    ['pip install dist/*.whl', 'pinned'],
    ['pip install ${PACKAGE_NAME} --no-index --find-links dist/', 'pinned'],
    ['pip install ${{ matrix.package }}', 'unknown'],
    ['pip install numpy==${{ inputs.numpy }}', 'unpinned'],
    ['uv pip install --system -r requirements.txt', 'pinned'],
    ['pipx install poetry==2.1.0', 'unpinned'],
    ['yarn install --frozen-lockfile', 'pinned'],
    ['yarn', 'unpinned'],
    ['yarn add left-pad', 'unpinned'],
    ['pnpm install', 'pinned'],
    ['pnpm install --no-frozen-lockfile', 'unpinned'],
    ['go install golang.org/x/tools/cmd/goimports@v0.24.0', 'pinned'],
    ['go install golang.org/x/tools/cmd/goimports@latest', 'unpinned'],
    ['cargo install cargo-fuzz', 'unpinned'],
    ['cargo install --locked cargo-deny', 'unpinned'],
    ['cargo install --locked --version 0.16.1 cargo-deny', 'pinned'],
    ['gem install bundler', 'unpinned'],
    ['composer install --no-interaction', 'pinned'],
    ['composer require --dev roave/security-advisories:dev-latest', 'unpinned'],
  ])('%s: %s', (script, verdict) => {
    const found = packageInstalls(script, context())
    expect(found.map((f) => f.verdict)).toEqual([verdict])
  })

  test('Yarn 2+ is frozen in CI', () => {
    expect(packageInstalls('yarn install', context({ 'yarn.lock': '__metadata:\n  version: 8\n' }))[0]!.verdict).toBe('pinned')
  })

  test('commands that install nothing are not counted', () => {
    expect(packageInstalls('npm test && make && cargo build --locked && pip --version && go build ./...', context())).toEqual([])
  })
})

const wf = (body: string) => ({ '.github/workflows/ci.yml': body })
const STEPS = (steps: string) => `on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`

describe('pinned-dependencies', () => {
  test.each([
    [
      'every action by SHA, installs from the lockfile',
      wf(STEPS(`      - uses: actions/checkout@${SHA} # v5\n      - uses: dtolnay/rust-toolchain@${SHA}\n      - run: npm ci\n`)),
      'pass',
      /^1 workflow\(s\), 0 Dockerfile\/compose\/script file\(s\): actions and reusable workflows 2 of 2 pinned \(third-party 1 of 1, GitHub-owned 1 of 1\); no download-and-run; CI package installs 1 of 1/,
    ],
    [
      'a third-party action by tag',
      wf(STEPS(`      - uses: actions/checkout@${SHA}\n      - uses: dtolnay/rust-toolchain@stable\n`)),
      'fail',
      /^not pinned: actions and reusable workflows 1 of 2 pinned \(third-party 0 of 1, GitHub-owned 1 of 1\)/,
    ],
    [
      'a GitHub-owned action by tag',
      wf(STEPS('      - uses: actions/checkout@v5\n')),
      'fail',
      /^not pinned: actions and reusable workflows 0 of 1 pinned \(third-party 0 of 0, GitHub-owned 0 of 1\)/,
    ],
    [
      'a workflow service by tag',
      wf(
        `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres:16\n    steps:\n      - run: make test\n`,
      ),
      'fail',
      /^not pinned: container images 0 of 1 by digest/,
    ],
    [
      'curl | sh in a workflow',
      wf(STEPS('      - run: |\n          set -e\n          curl -sSf https://sh.rustup.rs | sh -s -- -y\n')),
      'fail',
      /1 download-and-run command/,
    ],
    ['a Dockerfile FROM by tag', { Dockerfile: 'FROM node:22\nRUN npm ci\n' }, 'fail', /^not pinned: container images 0 of 1 by digest/],
    [
      'a job container named by a matrix value',
      wf(`on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    container: \${{ matrix.image }}\n    steps:\n      - run: make\n`),
      'unknown',
      /^\.github\/workflows\/ci\.yml:5: image \$\{\{ matrix\.image \}\}: named by a variable/,
    ],
    [
      'GitLab CI next to pinned workflows: what GitLab pulls is not seen',
      { ...wf(STEPS(`      - uses: actions/checkout@${SHA}\n`)), '.gitlab-ci.yml': 'image: node:22\n' },
      'unknown',
      /^\.gitlab-ci\.yml \(GitLab CI\): this check reads GitHub Actions workflows only/,
    ],
    [
      'nothing that pulls anything',
      { 'README.md': '# x\n' },
      'not-applicable',
      /^no workflows, Dockerfiles, compose files or shell scripts$/,
    ],
    [
      "a Dockerfile under test data is not the project's build",
      { 'tests/fixtures/Dockerfile': 'FROM node:22\n', 'scripts/build.sh': 'make\n' },
      'pass',
      /1 in test data, examples or vendored folders not read$/,
    ],
    [
      'an invalid workflow is a finding, not a crash',
      wf('on: [push\njobs: {'),
      'fail',
      /^\.github\/workflows\/ci\.yml:\d+: not a valid workflow/,
    ],
  ])('%s', async (_name, files, status, message) => {
    const r = await runCheckOn(check, files)
    expect(r.status).toBe(status)
    expect(r.messages.find((m) => message.test(m))).toBeDefined()
  })

  test('each unpinned reference is a finding at its line, with the fix', async () => {
    const r = await runCheckOn(check, wf(STEPS('      - uses: actions/checkout@v5\n      - run: pip install tox\n')))
    const action = r.findings.find((f) => f.message.includes('actions/checkout@v5'))!
    expect(action).toMatchObject({ status: 'fail', location: { path: '.github/workflows/ci.yml', startLine: 7 } })
    expect(action.message).toBe(
      '.github/workflows/ci.yml:7: GitHub-owned action actions/checkout@v5: "v5" is a tag or branch, which can be moved',
    )
    expect(action.remediation).toMatch(/full commit SHA/)
    const install = r.findings.find((f) => f.message.includes('pip install tox'))!
    expect(install).toMatchObject({ status: 'fail', location: { startLine: 8 } })
  })

  test('the option github-owned-actions: tag accepts tags for actions/ and github/ only, with a warning', async () => {
    const files = wf(STEPS('      - uses: actions/checkout@v5\n'))
    const r = await runCheckOn(check, files, { checkOptions: { 'github-owned-actions': 'tag' } })
    expect(r.status).toBe('pass')
    expect(r.findings[0]!.severity).toBe('warning')
    const third = await runCheckOn(check, wf(STEPS('      - uses: dtolnay/rust-toolchain@stable\n')), {
      checkOptions: { 'github-owned-actions': 'tag' },
    })
    expect(third.status).toBe('fail')
  })
})
