import type { Check } from '../../../src/core/types.js'
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
  async run({ git, repo }) {
    // a GitHub repository that carries another forge's CI is often a mirror of one developed there
    const elsewhere = repo.glob(['.gitlab-ci.yml', '.forgejo/**', '.gitea/**', '.woodpecker/**', '.woodpecker.{yml,yaml}']).length > 0
    const onGitHub = /^https:\/\/github\.com\//.test(git.remoteUrl ?? '') && !elsewhere
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
          remediation: 'The branch protection or ruleset can be read through the API (planned).',
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
        message: `${requested.length} of the ${n} commits on the default branch in the last 12 months came through pull requests${reviewed.length ? ` (${reviewed.length} with a review trailer)` : ''}${unmarked ? `, ${unmarked} show no request (on a forge other than GitHub a fast-forwarded merge request looks like a push)` : ''}; whether an approval by someone other than the author was required is set in branch protection or rulesets, which cannot be seen offline`,
        remediation:
          'Require an approval in a ruleset; reading it through the GitHub API is planned. Meanwhile, an exemption can record the setting with a screenshot or the API answer.',
      },
    ]
  },
}
