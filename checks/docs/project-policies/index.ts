import type { Check, Finding } from '../../../src/core/types.js'
import { docCandidates } from '../../../src/docs/doc-files.js'
import { lineOf, plain } from '../../../src/docs/markdown.js'
import {
  ageNote,
  externalLinks,
  policySections,
  proseWords,
  topicsIn,
  type PolicySection,
  type Topic,
} from '../../../src/docs/policy-document.js'
import docs from './README.md'

/** Where projects write their policies for contributors and maintainers. */
const DOCUMENTS = [
  ...docCandidates(['CONTRIBUTING', 'SECURITY', 'TESTING', 'DEVELOPMENT', 'HACKING', 'MAINTAINERS', 'RELEASING']),
  ...docCandidates(['contributing', 'testing', 'development', 'security', 'secrets', 'release', 'releasing'], ['docs/']),
  '.github/PULL_REQUEST_TEMPLATE.md',
  '.github/pull_request_template.md',
  'PULL_REQUEST_TEMPLATE.md',
  'README.md',
]

/** OSPS-BR-07.02: how the project stores and handles secrets and credentials. */
const SECRETS_HEADING = /secrets?\b|credentials?|signing keys?|\b(api|access) (keys|tokens)|key management|token (handling|management)/i
const SECRETS_FILE = /(^|\/)[^/]*(secrets?|credentials?)[-_ ]?(policy|management|handling)?[^/]*\.(md|rst|adoc|txt)$/i
export const SECRET_TOPICS: Topic[] = [
  {
    name: 'where they are stored',
    pattern:
      /\b(stored|kept|held|live)\b[^.]{0,80}\b(secrets? (store|manager)|vault|github (actions )?secrets?|environment secrets?|repository secrets?|organi[sz]ation secrets?|kms|hsm|hardware (token|key)|password manager|1password|bitwarden|keychain|sops|sealed)|\b(secrets? manager|vault|environment secrets?|repository secrets?|organi[sz]ation secrets?|password manager|hardware security module|\bHSM\b|\bKMS\b|sops|sealed secrets)\b/i,
  },
  {
    name: 'who may use them',
    pattern:
      /\b(only|limited to|restricted to)\b[^.]{0,60}\b(maintainers?|admins?|release (managers?|team)|owners?|members?)\b|least privilege|need[- ]to[- ]know|\baccess to (the )?(secrets?|credentials?|keys?)\b|protected environments?|required reviewers/i,
  },
  {
    name: 'rotation or revocation',
    pattern: /\brotat(e|ed|es|ion)\b|\brevok(e|ed)|\brevocation\b|\bexpir(y|es|e|ation)\b|\bcompromis(e|ed)\b|\bleak(ed|s)?\b/i,
  },
  {
    name: 'never in the repository',
    pattern:
      /\bnever\b[^.]{0,60}\b(commit|push|check(ed)? in|store|log|print)|\b(must|should) not be (committed|checked in|stored|logged|printed)|secret scanning|push protection|gitleaks|trufflehog|detect-secrets/i,
  },
]

/** OSPS-QA-06.02: when and how the tests are run. */
const TESTS_HEADING =
  /\btest(s|ing)?\b|\bcontinuous integration\b|quality (assurance|checks)|before (you )?(submit|submitting|open|opening|send|sending)\b|pull requests?|\bPRs?\b/i
/** The security policy speaks of CI for users (PHPUnit's "CI/CD Pipelines"), not of the project's own tests. */
const TEST_DOCUMENTS = DOCUMENTS.filter((d) => !/SECURITY|security/.test(d))
const TESTS_FILE = /(^|\/)(TESTING|testing|tests?)\.(md|rst|adoc|txt)$/
const HOW =
  /\b(npm (run )?test|npx jest|yarn test|pnpm test|make [\w-]*(check|test)[\w-]*|ctest|pytest|tox|nox|cargo (nextest|test)|go test|mvn (test|verify)|\.\/mvnw|gradlew? (test|check)|bundle exec (rake|rspec)|rake test|rspec|phpunit|composer test|dotnet test|meson test|ninja test|just test|hatch (test|run)|uv run pytest|mix test|swift test|flutter test)\b|\brun (the |all )?(unit |integration )?tests? (with|by|using)\b|\btest suite (is|can be) run\b/i
const WHEN =
  /\b(on|for) (every|each|all) (pull request|PR|push|commit|merge request|change)s?\b|\bcontinuous integration\b|\b(our |the )?CI\b|github actions|gitlab ci|\bbefore (submitting|opening|sending|merging|you (submit|open|send))\b|\bautomatically\b|\bnightly\b|\bpre-commit\b/i

/** A pull request workflow that mentions the tests says when they run: before the pull request. */
const WHEN_HEADING = /pull requests?|\bPRs?\b|before (you )?(submit|submitting|open|opening|send|sending)\b/i

/** OSPS-QA-06.03: major changes add or update tests. */
const ADD_TESTS = new RegExp(
  [
    // a rule: "must add tests", "*Always* add tests", "make sure to update the tests"
    String.raw`\b(must|should|please|always|need to|needs to|are expected to|is expected to|make sure (to|you)|remember to|be sure to)\b[^.\n]{0,30}\b(add|include|write|update|extend|provide)\b[^.\n]{0,30}\btests?\b`,
    // an instruction: "Add tests where appropriate.", "…, add tests.", "and add tests for it"
    String.raw`(^|[.!,;:]\s+|\band\s+|\n\s*(?:[-*]|\d+\.)?\s*)(add|write|include) (new |unit |appropriate |relevant |some |more )?tests?\b`,
    String.raw`\btests? (are|is) (required|expected|mandatory)\b`,
    String.raw`\b(without|no) tests? (will|won't|cannot|can't|may not|are not|is not)\b`,
    String.raw`\b(must|should) (be )?(come with|accompanied by|covered by) tests?\b`,
    // a pull request template's box: "- [ ] Tests added"
    String.raw`\[[ xX]\]\s*(I have )?(added|updated|wrote|included)?\s*tests?\b`,
  ].join('|'),
  'i',
)

function where(s: PolicySection): string {
  return s.wholeFile ? s.path : `${s.path} "${s.heading}" (line ${s.line})`
}

async function secretsFindings(ctx: Parameters<Check['run']>[0], maxMonths: number): Promise<Finding> {
  const sections = await policySections(ctx.repo, { fileName: SECRETS_FILE, documents: DOCUMENTS, heading: SECRETS_HEADING })
  let best: { s: PolicySection; found: string[]; missing: string[] } | undefined
  for (const s of sections) {
    const t = topicsIn(s.text, SECRET_TOPICS)
    if (t.found.includes('where they are stored') && t.found.length >= 2)
      return {
        status: 'pass',
        message: `OSPS-BR-07.02: ${where(s)} says how secrets are handled: ${t.found.join(', ')}; ${await ageNote(ctx.repo, () => ctx.git, s.path, ctx.now, maxMonths)}`,
        location: { path: s.path, startLine: s.line },
      }
    if (!best || t.found.length > best.found.length) best = { s, ...t }
  }
  if (best && best.found.length > 0)
    return {
      status: 'unknown',
      message: `OSPS-BR-07.02: ${where(best.s)} speaks of secrets (${best.found.join(', ')}) but not of ${best.missing.join(', ')}: whether it is the project's policy for storing and handling them needs a reader`,
      location: { path: best.s.path, startLine: best.s.line },
      remediation:
        'Say where the project keeps its secrets (e.g. GitHub environment secrets), who may use them, and how they are rotated when someone leaves or a secret leaks.',
    }
  return {
    status: 'fail',
    message:
      'OSPS-BR-07.02: no policy for secrets and credentials (a "Secrets" or "Credentials" section of SECURITY.md, CONTRIBUTING.md, MAINTAINERS.md or docs/, or a secrets-policy file)',
    remediation:
      'Add a "Secrets and credentials" section to SECURITY.md: where secrets are stored, who may use them, how they are rotated or revoked, and that none is committed.',
  }
}

async function testRunFinding(ctx: Parameters<Check['run']>[0], maxMonths: number): Promise<Finding> {
  const sections = await policySections(ctx.repo, { fileName: TESTS_FILE, documents: TEST_DOCUMENTS, heading: TESTS_HEADING })
  const read = sections.map((s) => {
    const text = `${s.heading}\n${plain(s.text)}\n${s.text}`
    return { s, how: HOW.test(text), when: WHEN.test(text) || (WHEN_HEADING.test(s.heading) && /\btests?\b/i.test(s.text)) }
  })
  const both = read.find((r) => r.how && r.when)
  // one section may give the command and another when it runs (a "Testing" section and a "Before submitting" one)
  const how = both ?? read.find((r) => r.how)
  const when = both ?? read.find((r) => r.when)
  if (how && when) {
    const at = how === when ? where(how.s) : `${where(how.s)} (how) and ${where(when.s)} (when)`
    return {
      status: 'pass',
      message: `OSPS-QA-06.02: ${at} say${how === when ? 's' : ''} how the tests are run and when; ${await ageNote(ctx.repo, () => ctx.git, how.s.path, ctx.now, maxMonths)}`,
      location: { path: how.s.path, startLine: how.s.line },
    }
  }
  const one = how ?? when
  if (one)
    return {
      status: 'fail',
      message: `OSPS-QA-06.02: ${where(one.s)} says ${one.how ? 'how the tests are run but not when (on every pull request, in CI, before submitting)' : 'when the tests run but not how to run them (the command)'}`,
      location: { path: one.s.path, startLine: one.s.line },
      remediation:
        'Document the command that runs the tests and when they run (e.g. "CI runs `npm test` on every pull request; run it before you open one").',
    }
  const pointer = read.find((r) => externalLinks(r.s.text).length > 0 && proseWords(r.s.text) < 60)
  if (pointer)
    return {
      status: 'unknown',
      message: `OSPS-QA-06.02: ${where(pointer.s)} points to ${externalLinks(pointer.s.text)[0]}, which cannot be read offline`,
      location: { path: pointer.s.path, startLine: pointer.s.line },
      remediation: 'Say in the repository how and when the tests are run.',
    }
  return {
    status: 'fail',
    message:
      'OSPS-QA-06.02: no documentation of when and how the tests are run (a "Tests" or "Testing" section of CONTRIBUTING.md, TESTING.md or docs/)',
    remediation: 'Add a "Running the tests" section to CONTRIBUTING.md: the command, and that CI runs it on every pull request.',
  }
}

async function addTestsFinding(ctx: Parameters<Check['run']>[0], maxMonths: number): Promise<Finding> {
  const seen = new Set<string>()
  let contributionGuide: string | undefined
  for (const candidate of DOCUMENTS) {
    const entry = ctx.repo.find([candidate])
    if (!entry || seen.has(entry.path)) continue
    seen.add(entry.path)
    if (/contributing|pull_request_template/i.test(entry.path)) contributionGuide ??= entry.path
    const read = await ctx.repo.readText(entry.path)
    if (!read.ok) continue
    const m = ADD_TESTS.exec(read.text.slice(0, 100_000))
    if (!m) continue
    const line = lineOf(read.text, m.index)
    const sentence = read.text
      .slice(m.index, m.index + 80)
      .replace(/^[\s.,;:!*-]+/, '')
      .split('\n')[0]!
      .trim()
    return {
      status: 'pass',
      message: `OSPS-QA-06.03: ${entry.path}:${line} asks changes to come with tests ("${sentence}"); ${await ageNote(ctx.repo, () => ctx.git, entry.path, ctx.now, maxMonths)}`,
      location: { path: entry.path, startLine: line },
    }
  }
  return {
    status: 'fail',
    message: `OSPS-QA-06.03: ${contributionGuide ? `${contributionGuide} and the other contributor documents do` : 'no contributor document does'} not ask that major changes add or update tests`,
    remediation:
      'Say in CONTRIBUTING.md (or the pull request template) that new features and bug fixes come with tests, and that pull requests without them are not merged.',
  }
}

export const check: Check = {
  meta: {
    id: 'project-policies',
    family: 'docs',
    title: 'Secrets and test policies: how secrets are handled, how and when tests run, and that changes add tests',
    level: 3,
    version: '1.0.0',
    crosswalk: {
      osps: ['OSPS-BR-07.02', 'OSPS-QA-06.02', 'OSPS-QA-06.03'],
      bestPractices: ['test_invocation', 'test_policy', 'tests_documented_added'],
    },
    anchors: ['CONTRIBUTING.md', 'SECURITY.md'],
    subjectFile: 'CONTRIBUTING.md',
    defaultOptions: { 'max-age-months': 24 },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { 'max-age-months': { type: 'integer', minimum: 1 } },
    },
  },
  docs,
  async run(ctx) {
    const maxMonths = typeof ctx.options['max-age-months'] === 'number' ? ctx.options['max-age-months'] : 24
    return [await secretsFindings(ctx, maxMonths), await testRunFinding(ctx, maxMonths), await addTestsFinding(ctx, maxMonths)]
  },
}
