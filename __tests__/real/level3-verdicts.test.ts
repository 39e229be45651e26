/**
 * Level-3 checks on extracts of real projects (fixtures/real/<project>/, each with SOURCE.md):
 * the verdict a careful reviewer gives, and the message that says why. The extracts hold the
 * files these verdicts depend on; where the full repository has more (Dockerfiles, other CI),
 * the row says what the full repository gives.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { check as pinnedDependencies } from '../../checks/security/pinned-dependencies/index.js'
import { check as jobLeastPrivilege } from '../../checks/security/job-least-privilege/index.js'
import { check as supportAndEol } from '../../checks/docs/support-and-eol/index.js'
import { check as changeGates } from '../../checks/security/change-gates/index.js'
import { check as verifiableReleases } from '../../checks/security/verifiable-releases/index.js'
import { check as releaseSbom } from '../../checks/sbom/release-sbom/index.js'
import { check as threatModel } from '../../checks/docs/threat-model/index.js'
import { check as projectPolicies } from '../../checks/docs/project-policies/index.js'
import type { Check } from '../../src/core/types.js'
import { runCheckOn } from '../helpers/check.js'
import { addTagObjects, addTags, cleanup, FIXTURES, realRepo, realTags } from '../helpers/repo.js'

afterAll(cleanup)

type Row = [project: string, status: 'pass' | 'fail' | 'unknown' | 'not-applicable', message: RegExp, why: string]

const roots = new Map<string, string>()
const root = (project: string) => {
  if (!roots.has(project)) {
    const made = realRepo(project)
    if (existsSync(join(FIXTURES, 'real', project, 'git-tags.txt'))) addTags(made, realTags(project))
    if (existsSync(join(FIXTURES, 'real', project, 'git-tag-objects'))) addTagObjects(made, project)
    roots.set(project, made)
  }
  return roots.get(project)!
}

function table(check: Check, rows: Row[]): void {
  describe(check.meta.id, () => {
    test.each(rows)('%s: %s', async (project, status, message) => {
      const r = await runCheckOn(check, {}, { root: root(project) })
      expect({ status: r.status, match: r.messages.find((m) => message.test(m)) ?? r.messages }).toEqual({
        status,
        match: expect.stringMatching(message),
      })
    })
  })
}

table(pinnedDependencies, [
  [
    'scorecard',
    'pass',
    /actions and reusable workflows 97 of 97 pinned \(third-party 41 of 41, GitHub-owned 56 of 56\)/,
    'every action by SHA; the SLSA generator by its exact release tag, as SLSA requires',
  ],
  [
    'zizmor',
    'fail',
    /^Dockerfile:15: image cgr\.dev\/chainguard\/wolfi-base:latest: by tag/,
    '72 actions by SHA, but the release image is built FROM a :latest tag',
  ],
  [
    'curl',
    'fail',
    /^\.github\/workflows\/fuzz\.yml:\d+: third-party action curl\/curl-fuzzer\/\.github\/workflows\/ci\.yml@master/,
    '113 of 114 by SHA; the fuzzing reusable workflow at @master',
  ],
  ['curl', 'fail', /container images 1 of 2 by digest/, 'one workflow container by tag'],
  [
    'synapse',
    'fail',
    /^docker\/Dockerfile:\d+: downloads and runs code: RUN curl -sSf https:\/\/sh\.rustup\.rs \| sh/,
    'rustup piped into sh while building the image',
  ],
  [
    'synapse',
    'fail',
    /^\.github\/workflows\/tests\.yml:\d+: package install pip install rstcheck: rstcheck without a hash/,
    'tools installed in CI without hashes',
  ],
  [
    'uv',
    'fail',
    /^\.github\/workflows\/test-system\.yml:\d+: downloads and runs code: curl https:\/\/pyenv\.run \| bash/,
    'every action by SHA (local `$/` workflows included), but pyenv is installed by curl | bash',
  ],
  [
    'sigstore-js',
    'fail',
    /^\.github\/workflows\/compatibility-check\.yml:\d+: package install npm install -g @sigstore\/cli: npm install resolves versions anew/,
    'all actions by SHA, a global npm install of the newest CLI',
  ],
  ['ripgrep', 'fail', /^\.github\/workflows\/ci\.yml:\d+: third-party action dtolnay\/rust-toolchain@master/, 'actions by tag or branch'],
  [
    'reuse-tool',
    'fail',
    /^\.github\/workflows\/test\.yaml:\d+: GitHub-owned action actions\/checkout@v5/,
    'GitHub-owned actions by tag count too at level 3',
  ],
  [
    'requests',
    'fail',
    /^\.github\/workflows\/lint\.yml:\d+: package install pip install pre-commit==4\.6\.0: pre-commit==4\.6\.0 without a hash/,
    'a version pin without a hash is not a pin of content',
  ],
  [
    'gotosocial',
    'unknown',
    /^\.woodpecker\/pr\.yaml \(Woodpecker CI\): this check reads GitHub Actions workflows only/,
    'its CI runs on Woodpecker (the full repository also fails: Dockerfile FROM node:lts-alpine)',
  ],
  [
    'jest',
    'pass',
    /actions and reusable workflows 48 of 48 pinned .*CI package installs 13 of 13 from a lockfile or hashes/,
    'Yarn 4 installs are immutable in CI',
  ],
  ['phpunit', 'pass', /actions and reusable workflows 37 of 37 pinned/, 'every action by SHA, composer install from composer.lock'],
])

table(jobLeastPrivilege, [
  [
    'scorecard',
    'fail',
    /^\.github\/workflows\/verify\.yml: job "verify" is granted checks: write, which none of its steps needs$/,
    'a PR-title script that is not handed the token',
  ],
  [
    'ripgrep',
    'fail',
    /^\.github\/workflows\/release\.yml: job "create-release" is granted id-token: write, attestations: write \(from the workflow-level permissions\), which none of its steps needs \(they need contents: write for run: script\)/,
    'workflow-level attestation permissions reach the job that only runs gh release create',
  ],
  [
    'jest',
    'fail',
    /^\.github\/workflows\/nightly\.yml: job "prepare-yarn-cache-ubuntu" is granted issues: write \(from the workflow-level permissions\)/,
    'the issue-reporting permission reaches every job',
  ],
  [
    'reuse-tool',
    'fail',
    /^\.github\/workflows\/test\.yaml: job "test" declares no permissions and the workflow none either/,
    'the default token',
  ],
  [
    'zizmor',
    'pass',
    /job\(s\) in 11 workflow\(s\): every write permission is needed by a step of its job/,
    'security-events: write for zizmor-action, id-token for trusted publishing',
  ],
  [
    'X-Road',
    'unknown',
    /^\.github\/workflows\/build\.yaml: job "BuildAndPackageWithUnitTests" is granted contents: write, pull-requests: write \(from the workflow-level permissions\); no step the table knows needs it/,
    'test reporters need checks: write; what needs contents and pull-requests is not known',
  ],
])

table(supportAndEol, [
  [
    'X-Road',
    'pass',
    /^SECURITY\.md "Supported Versions" \(line 6\): supported versions and how long they get security fixes, covering the newest release/,
    '"Latest version and two earlier versions", on MAJOR.MINOR',
  ],
  [
    'phpunit',
    'pass',
    /^SECURITY\.md "Supported versions" \(line 3\): .*covering the newest release 13\.\d+\.\d+ \(6 version row\(s\), each released\)/,
    'a table of phases with end dates',
  ],
  [
    'deck',
    'fail',
    /^SECURITY\.md "Supported Versions" \(line 7\) does not cover the newest release v1\.\d+\.\d+$/,
    'the table stopped at 1.0.x; releases went on to 1.18',
  ],
  [
    'curl',
    'fail',
    /^no statement of supported versions .*newest curl-8_\d+_0/,
    'SECURITY.md and the disclosure policy say nothing of which versions get fixes',
  ],
])

table(changeGates, [
  [
    'scorecard',
    'unknown',
    /^dependency and vulnerability scanning \(SCA\) on pull requests, failing the job on findings: dependency-review-action \(\.github\/workflows\/depsreview\.yml/,
    'dependency review blocks; CodeQL only uploads, its blocking is a ruleset on the forge',
  ],
  [
    'curl',
    'unknown',
    /^static analysis \(SAST\) on pull requests, failing the job on findings: zizmor \(\.github\/workflows\/checksrc\.yml/,
    'zizmor blocks on pull requests; no dependency scanner in the workflows (curl has few dependencies)',
  ],
  [
    'phpunit',
    'unknown',
    /^dependency and vulnerability scanning \(SCA\) on pull requests, failing the job on findings: composer audit/,
    'composer audit blocks; no static analyser for security found',
  ],
])

table(verifiableReleases, [
  [
    'heartwood',
    'fail',
    /^no README, SECURITY or docs page tells users how to verify signed tags \(ssh\): git tag -v with gpg\.ssh\.allowedSignersFile$/,
    'release tags SSH-signed and the keys published in .gitsigners (v1.1.0 verifies; v1.2.0 is by a key not listed there, so unknown), but nothing tells users how to verify',
  ],
  [
    'zizmor',
    'fail',
    /^no README, SECURITY or docs page tells users how to verify the release signatures/,
    'its tags are lightweight (the real repository too) and its release workflows attest the binaries (actions/attest-build-provenance: unknown, not verified here), but nothing in the repository tells users how to verify them (git grep of the full repository finds no gh attestation verify either)',
  ],
])

table(releaseSbom, [
  [
    'publiccode-parser-go',
    'unknown',
    /^\.github\/workflows\/release\.yml makes an SBOM on release \(syft, installed by anchore\/sbom-action\/download-syft\) and publishes it \(GoReleaser\); whether v\S+ ships it and what it holds needs its release assets \(.+\)$/,
    'on tags, GoReleaser runs with syft installed for its sboms stanza and uploads the release; offline the release itself (and its SBOM) is not seen',
  ],
])

table(threatModel, [
  [
    'node',
    'pass',
    /^SECURITY\.md "The Node\.js threat model" \(line 7\) is a threat model: it covers assets, trust boundaries, attack surface, threats, mitigations;/,
    'what Node.js trusts and does not trust, what counts as a vulnerability, and defence-in-depth',
  ],
  [
    'curl',
    'fail',
    /^no threat model or attack-surface analysis/,
    'SECURITY.md and docs/VULN-DISCLOSURE-POLICY.md say how to report and disclose, not what curl trusts or which threats it weighs',
  ],
  ['scorecard', 'fail', /^no threat model or attack-surface analysis/, 'SECURITY.md is a reporting policy only'],
])

table(projectPolicies, [
  [
    'structlog',
    'fail',
    /^OSPS-QA-06\.02: \.github\/CONTRIBUTING\.md "Tests" \(line 156\) says how the tests are run and when/,
    'tox, "just as it will in our CI"',
  ],
  [
    'structlog',
    'fail',
    /^OSPS-QA-06\.03: \.github\/CONTRIBUTING\.md:39 asks changes to come with tests \("Always\* add tests and docs for your code\."\)/,
    '"*Always* add tests and docs for your code"',
  ],
  ['structlog', 'fail', /^OSPS-BR-07\.02: no policy for secrets and credentials/, 'nothing says where release credentials are kept'],
  [
    'scorecard',
    'fail',
    /^OSPS-QA-06\.02: CONTRIBUTING\.md "What to do before submitting a pull request" \(line 161\) says how the tests are run and when/,
    'make all / make unit-test before submitting a pull request',
  ],
  [
    'scorecard',
    'fail',
    /^OSPS-QA-06\.03: CONTRIBUTING\.md and the other contributor documents do not ask that major changes add or update tests$/,
    'the guide says how to run the tests, not that a change must add them',
  ],
  [
    'gotosocial',
    'fail',
    /^OSPS-QA-06\.03: CONTRIBUTING\.md:80 asks changes to come with tests \("Add tests where appropriate\./,
    'the pull request checklist',
  ],
  [
    'jest',
    'fail',
    /^OSPS-QA-06\.03: CONTRIBUTING\.md:59 asks changes to come with tests \("should be tested, add tests\./,
    '"If you\'ve added code that should be tested, add tests."',
  ],
])
