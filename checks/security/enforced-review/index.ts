import type { BranchProtectionLookup, Check, Finding } from '../../../src/core/types.js'
import type { MainlineCommit } from '../../../src/core/git-facts.js'
import docs from './README.md'

const BOT = /\[bot\]|^(dependabot|renovate|github-actions|pre-commit-ci|mergify|weblate|l10n)\b|(^|[-_. ])bot($|[-_. @])/i
const isBot = (c: MainlineCommit): boolean => BOT.test(c.authorName) || BOT.test(c.authorEmail.split('@')[0]!)
/** A pull or merge request: GitHub's merge and squash subjects, GitLab's and Gitea's merge messages. */
const VIA_REQUEST =
  /^Merge pull request #\d+|\(#\d+\)\s*$|^Merge branch .* into |See merge request |^Merge (pull request|PR) |^Merge commit from fork/i
/** Markers a pull request leaves in the trailers of a rebased or fast-forwarded commit. */
const REQUEST_TRAILER = /^(closes|fixes|resolves)\s+#\d+|^(PR-URL|Pull-Request|Reviewed-on):/i
const viaRequest = (c: MainlineCommit): boolean => VIA_REQUEST.test(c.subject) || c.trailers.some((t) => REQUEST_TRAILER.test(t))
/** GitHub's web-flow commits merges, squashes and rebases made on github.com. */
const WEB_FLOW = 'noreply@github.com'
const REVIEW_TRAILER = /^(Reviewed|Approved|Acked)-by:\s*(.+)$/i

function reviewedByOther(c: MainlineCommit): boolean {
  return c.trailers.some((t) => {
    const m = REVIEW_TRAILER.exec(t)
    if (!m) return false
    const who = m[2]!.toLowerCase()
    return !who.includes(c.authorEmail) && !(c.authorName && who.startsWith(c.authorName.toLowerCase()))
  })
}

export const check: Check = {
  meta: {
    id: 'enforced-review',
    family: 'security',
    title: 'Changes to the default branch need an approval by someone other than the author',
    level: 3,
    version: '1.0.0',
    crosswalk: { osps: ['OSPS-QA-07.01'], bestPractices: ['two_person_review'], cra: ['Annex I Part II(3)'] },
    securitySeverity: 5.0,
  },
  docs,
  async run({ git, repo, branchProtection }) {
    // a GitHub repository that carries another forge's CI is often a mirror of one developed there
    const elsewhere = repo.glob(['.gitlab-ci.yml', '.forgejo/**', '.gitea/**', '.woodpecker/**', '.woodpecker.{yml,yaml}']).length > 0
    const onGitHub = /^https:\/\/github\.com\//.test(git.remoteUrl ?? '') && !elsewhere
    // the forge's settings decide when they can be read; the history is the evidence otherwise
    const settings = !elsewhere && branchProtection ? fromSettings(await branchProtection.read()) : undefined
    if (settings && 'finding' in settings) return [settings.finding]
    const unseen = settings?.note ?? 'branch protection and rulesets cannot be seen offline'
    const readThem = settings?.remedy ?? OFFLINE_REMEDY
    if (!git.isRepository || !git.mainline365)
      return [
        {
          status: 'unknown',
          message: 'no git history to read: how changes reach the default branch cannot be seen',
          remediation: 'Run on a git clone.',
        },
      ]
    if (git.shallow)
      return [
        {
          status: 'unknown',
          message: "a shallow clone: the default branch's history is cut",
          remediation: 'Check out the whole history (actions/checkout with fetch-depth: 0).',
        },
      ]
    const people = git.mainline365.filter((c) => !isBot(c))
    if (people.length === 0)
      return [
        {
          status: 'unknown',
          message: 'no commits by people on the default branch in the last 12 months: nothing shows how changes land',
          remediation: readThem,
        },
      ]
    const reviewed = people.filter(reviewedByOther)
    const requested = people.filter((c) => !reviewedByOther(c) && (viaRequest(c) || c.committerEmail === WEB_FLOW))
    // on GitHub a commit a person wrote onto the branch without any pull request marker was pushed directly;
    // elsewhere a fast-forwarded merge request looks the same, so it proves nothing
    const direct = onGitHub ? people.filter((c) => !reviewedByOther(c) && !viaRequest(c) && c.committerEmail !== WEB_FLOW) : []
    const n = people.length
    if (direct.length > 0)
      return [
        {
          status: 'fail',
          message: `${direct.length} of the ${n} commits people made on the default branch in the last 12 months were pushed by their authors without a pull request or a review trailer (e.g. "${direct[0]!.subject.slice(0, 80)}"): the branch let them in without an approval`,
          remediation:
            'Protect the default branch (a ruleset or branch protection that requires a pull request with at least one approval, and dismisses stale approvals), and stop direct pushes.',
        },
      ]
    const unmarked = n - reviewed.length - requested.length
    if (reviewed.length === n)
      return [
        {
          status: 'pass',
          message: `all ${n} commits on the default branch in the last 12 months carry a review trailer (Reviewed-by, Approved-by, Acked-by) naming someone other than the author`,
        },
      ]
    return [
      {
        status: 'unknown',
        message: `${requested.length} of the ${n} commits on the default branch in the last 12 months came through pull requests${reviewed.length ? ` (${reviewed.length} with a review trailer)` : ''}${unmarked ? `, ${unmarked} show no request (on a forge other than GitHub a fast-forwarded merge request looks like a push)` : ''}; whether an approval by someone other than the author was required is set on the forge: ${unseen}`,
        remediation: readThem,
      },
    ]
  },
}

const OFFLINE_REMEDY =
  "Require an approval in a ruleset, and run with network access (--network; on by default in the Action) so that the default branch's rulesets are read through the GitHub API. Otherwise an exemption can record the setting with the API's answer."

/**
 * What the forge's settings for the default branch say: a verdict when they decide it (a ruleset
 * requires approvals; nothing guards the branch; pull requests without approvals), else a note
 * for the verdict from history (classic protection, whose review settings only an administrator
 * can read; or why the settings could not be read).
 */
function fromSettings(lookup: BranchProtectionLookup): { finding: Finding } | { note: string; remedy: string } {
  if ('unknown' in lookup)
    return {
      note: `the default branch's rulesets and branch protection could not be read (${lookup.unknown})`,
      remedy: lookup.remediation || OFFLINE_REMEDY,
    }
  const { branch, rules, classic, source } = lookup
  const requests = rules.filter((r) => r.type === 'pull_request')
  let best: { count: number; source: string } | undefined
  for (const r of requests) {
    const count = r.parameters.required_approving_review_count
    if (typeof count === 'number' && Number.isInteger(count) && count >= 1 && count > (best?.count ?? 0)) best = { count, source: r.source }
  }
  if (best)
    return {
      finding: {
        status: 'pass',
        message: `a rule of ${best.source} requires a pull request with ${best.count} approving review${best.count === 1 ? '' : 's'} before a change reaches the default branch ${branch} (GitHub does not count the author's own approval; read from ${source})`,
      },
    }
  const fix =
    'Add a ruleset for the default branch with the rule "Require a pull request before merging" and at least one required approval (and "Dismiss stale pull request approvals when new commits are pushed").'
  if (!classic.protected && requests.length > 0)
    return {
      finding: {
        status: 'fail',
        message: `a rule of ${requests[0]!.source} requires pull requests to the default branch ${branch} but no approval, and the branch has no classic protection (read from ${source}): a change can be merged by its author alone`,
        remediation: fix,
      },
    }
  if (!classic.protected)
    return {
      finding: {
        status: 'fail',
        message: `neither a ruleset nor branch protection guards the default branch ${branch} (read from ${source}): changes can reach it without a pull request or an approval`,
        remediation: fix,
      },
    }
  return {
    note: `${branch} has classic branch protection, whose review settings only an administrator's token can read (${source})`,
    remedy:
      'Move the review requirement to a ruleset (rulesets are readable by anyone who can read the repository), or record the setting in an exemption with the API answer of an administrator.',
  }
}
