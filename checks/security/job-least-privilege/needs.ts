/**
 * What a step needs of the workflow token: the write scopes of common actions and shell
 * commands (reads are not judged). Taken from each action's documentation (its README's
 * "Permissions" section or action.yml), and from the GitHub REST API's fine-grained permission
 * tables for `gh` commands.
 */
import type { Step } from '../../../src/workflows/workflows.js'
import { logicalLines } from '../../../src/workflows/shell-commands.js'

/** Write scopes (`contents`, `id-token`, …) a step needs; `undefined` when it could use the token in ways the table does not know. */
export type Needs = string[] | undefined

/**
 * What a step needs, and the scopes it might use without the table knowing: any program a
 * script runs can ask for an OIDC token (id-token) and can push with the credentials
 * actions/checkout leaves in .git/config (contents). Other scopes reach a script only through
 * the token in its environment, which the step would name.
 */
export interface StepNeeds {
  needs: Needs
  maybe: string[]
  what: string
}

/** Actions by `owner/name[/path]`, without the ref: the write scopes they need. */
export const ACTION_NEEDS: Record<string, string[]> = {
  'actions/checkout': [],
  'actions/setup-node': [],
  'actions/setup-python': [],
  'actions/setup-java': [],
  'actions/setup-go': [],
  'actions/setup-dotnet': [],
  'actions/cache': [],
  'actions/cache/restore': [],
  'actions/cache/save': [],
  'actions/upload-artifact': [],
  'actions/download-artifact': [],
  'actions/upload-pages-artifact': [],
  'actions/configure-pages': [],
  'actions/dependency-review-action': [],
  'actions/deploy-pages': ['pages', 'id-token'],
  'actions/attest-build-provenance': ['id-token', 'attestations'],
  'actions/attest-sbom': ['id-token', 'attestations'],
  'actions/attest': ['id-token', 'attestations'],
  'actions/labeler': ['pull-requests'],
  'actions/stale': ['issues', 'pull-requests'],
  'actions/first-interaction': ['issues', 'pull-requests'],
  'actions/create-release': ['contents'],
  'actions/upload-release-asset': ['contents'],
  'github/codeql-action/init': [],
  'github/codeql-action/autobuild': [],
  'github/codeql-action/analyze': ['security-events'],
  'github/codeql-action/upload-sarif': ['security-events'],
  'ossf/scorecard-action': ['security-events', 'id-token'],
  'softprops/action-gh-release': ['contents'],
  'ncipollo/release-action': ['contents'],
  'googleapis/release-please-action': ['contents', 'pull-requests', 'issues'],
  'peter-evans/create-pull-request': ['contents', 'pull-requests'],
  'stefanzweifel/git-auto-commit-action': ['contents'],
  'EndBug/add-and-commit': ['contents'],
  'JamesIves/github-pages-deploy-action': ['contents'],
  'peaceiris/actions-gh-pages': ['contents'],
  'pypa/gh-action-pypi-publish': ['id-token'],
  'sigstore/gh-action-sigstore-python': ['id-token'],
  'sigstore/cosign-installer': [],
  'rust-lang/crates-io-auth-action': ['id-token'],
  'aws-actions/configure-aws-credentials': ['id-token'],
  'google-github-actions/auth': ['id-token'],
  'azure/login': ['id-token'],
  'docker/setup-buildx-action': [],
  'docker/setup-qemu-action': [],
  'docker/metadata-action': [],
  'docker/build-push-action': [],
  'dtolnay/rust-toolchain': [],
  'Swatinem/rust-cache': [],
  'astral-sh/setup-uv': [],
  'pnpm/action-setup': [],
  'gradle/actions/setup-gradle': [],
  'ruby/setup-ruby': [],
  'shivammathur/setup-php': [],
  'step-security/harden-runner': [],
  'dorny/test-reporter': ['checks'],
  'EnricoMi/publish-unit-test-result-action': ['checks', 'pull-requests'],
  'mikepenz/action-junit-report': ['checks'],
  'changesets/action': ['contents', 'pull-requests'],
  'dependabot/fetch-metadata': [],
  'actions/create-github-app-token': [],
  'zizmorcore/zizmor-action': ['security-events'],
  'dessant/lock-threads': ['issues', 'pull-requests', 'discussions'],
  'marocchino/sticky-pull-request-comment': ['pull-requests'],
  'thollander/actions-comment-pull-request': ['pull-requests'],
  'hashicorp/vault-action': ['id-token'],
  'taiki-e/install-action': [],
  'microsoft/setup-msbuild': [],
  'ko-build/setup-ko': [],
  'SimenB/github-actions-cpu-cores': [],
  'jlumbroso/free-disk-space': [],
  'pyTooling/upload-artifact': [],
  'pyTooling/download-artifact': [],
  'sigstore/sigstore-conformance': ['id-token'],
}

/** Needs that depend on the step's inputs. */
function conditionalNeeds(name: string, step: Step): Needs | null {
  const w = step.with ?? {}
  if (name === 'docker/login-action') return String(w.registry ?? '').includes('ghcr.io') ? ['packages'] : []
  if (name === 'codecov/codecov-action') return w.use_oidc === true || w.use_oidc === 'true' ? ['id-token'] : []
  if (name === 'goreleaser/goreleaser-action') return ['contents']
  return null
}

/** The write scopes a step needs (undefined: it may use the token in ways not known here), and those it might use unseen. */
export function stepNeeds(step: Step, extra: Record<string, string[]>): StepNeeds {
  if (typeof step.uses === 'string') {
    const uses = step.uses.trim()
    if (uses.startsWith('./') || uses.startsWith('$/') || uses.startsWith('docker://'))
      return { needs: usesToken(step) ? undefined : [], maybe: ['id-token', 'contents'], what: uses }
    const name = uses.split('@')[0]!
    const known = extra[name] ?? ACTION_NEEDS[name] ?? conditionalNeeds(name, step) ?? undefined
    return { needs: known, maybe: [], what: name }
  }
  if (typeof step.run === 'string') {
    const programs = !inertScript(step.run)
    return { needs: scriptNeeds(step.run, usesToken(step)), maybe: programs ? ['id-token', 'contents'] : [], what: 'run: script' }
  }
  return { needs: [], maybe: [], what: 'step' }
}

/** Commands that run no program of the project or the network that could ask for an OIDC token or push. */
const INERT = new Set(
  'echo printf cat mkdir cp mv rm ls cd test [ [[ ]] export set shopt unset tar zip unzip gzip gunzip xz sha256sum sha512sum shasum md5sum find grep egrep sed awk jq yq tee touch chmod chown ln date sort uniq head tail wc basename dirname true false exit if then fi else elif for do done while case esac local read sleep which pwd realpath cut tr base64 du df file gh git'.split(
    ' ',
  ),
)

function inertScript(script: string): boolean {
  for (const { text } of logicalLines(script)) {
    for (const part of text.split(/&&|\|\||;|\||\$\(|`/)) {
      const words = part.trim().split(/\s+/).filter(Boolean)
      while (words.length > 0 && /^\w+=/.test(words[0]!)) words.shift()
      const program = words[0]
      if (
        !program ||
        program.startsWith('#') ||
        program.startsWith('"') ||
        program.startsWith("'") ||
        program.startsWith('$') ||
        program.startsWith('}') ||
        program === ')'
      )
        continue
      if (!INERT.has(program)) return false
    }
  }
  return true
}

const TOKEN = /\b(secrets\.GITHUB_TOKEN|github\.token)\b/

function usesToken(step: Step): boolean {
  return TOKEN.test(JSON.stringify(step.with ?? {})) || TOKEN.test(JSON.stringify(step.env ?? {}))
}

/** Shell commands that need write scopes. */
const COMMANDS: [RegExp, string[]][] = [
  [/\bgh\s+release\s+(create|upload|edit|delete)\b/, ['contents']],
  [/\bgit\s+push\b/, ['contents']],
  // release tools that push tags and commits, open pull requests, comment on issues
  [/\bsemantic-release\b/, ['contents', 'issues', 'pull-requests']],
  [
    /\bchangeset\s+(publish|version)\b|\blerna\s+(publish|version)\b|\brelease-it\b|\bcargo\s+release\b|\bgoreleaser\b|\bmvn\b.*\brelease:/,
    ['contents'],
  ],
  // merging writes the base branch
  [/\bgh\s+pr\s+merge\b/, ['contents', 'pull-requests']],
  [/\bgh\s+pr\s+(create|comment|edit|review|close|reopen|ready)\b/, ['pull-requests']],
  [/\bgh\s+issue\s+(create|comment|edit|close|reopen|delete|transfer|pin|unpin|lock|unlock)\b/, ['issues']],
  [/\bgh\s+label\s+(create|edit|delete|clone)\b/, ['issues']],
  [/\bgh\s+(workflow\s+(run|enable|disable)|run\s+(rerun|cancel|delete))\b/, ['actions']],
  [/\bgh\s+cache\s+delete\b/, ['actions']],
  [/\bdocker\s+push\s+ghcr\.io\//, ['packages']],
  [/\b(npm|pnpm|yarn)\s+publish\b.*--provenance|\bnpm\s+publish\b/, ['id-token']],
  [/\bcosign\s+(sign|attest)(-blob)?\b/, ['id-token']],
  [/\buv\s+publish\b|\btwine\s+upload\b.*|\bcargo\s+publish\b/, ['id-token']],
]
/** Commands that can do anything the token allows. */
const OPEN_ENDED = /\bgh\s+api\b|\bcurl\b[^\n]*api\.github\.com|\bgh\s+extension\b/

function scriptNeeds(script: string, tokenInEnv: boolean): Needs {
  const needs = new Set<string>()
  for (const { text } of logicalLines(script)) {
    if (OPEN_ENDED.test(text)) return undefined
    for (const [pattern, scopes] of COMMANDS) if (pattern.test(text)) for (const s of scopes) needs.add(s)
  }
  // a script handed the token that runs no command we know: it may use it in any way
  if (needs.size === 0 && (tokenInEnv || TOKEN.test(script)) && /\b(gh|git|curl|wget|node|python3?|npx|bash|sh)\b/.test(script))
    return undefined
  return [...needs]
}
