/**
 * Reconstructs the answer of the GitHub REST API's `GET /repos/{owner}/{repo}/releases` for a
 * real project from a clone of it, for the tests of the changelog check (which have no network to
 * api.github.com): one release per version tag of the 18 months to the newest tag, in the API's
 * shape and order (newest `created_at` first), with the notes the project's release tooling writes,
 * rebuilt from the commits between the tag and the one before it (`git describe`).
 *
 *   node scripts/reconstruct-github-releases.mjs <clone> <owner/repo> <style> [title] > releases.json
 *
 * style: `generated` (GitHub's generated notes: "## What's Changed", one line per pull request,
 * "**Full Changelog**"), `goreleaser` (goreleaser's "## Changelog", one line per commit, as the
 * project's .goreleaser.yml filters and sorts it), `goreleaser-footer` (the same with the footer
 * scorecard's .goreleaser.yml adds), `goreleaser-asc` (sorted by message, without chore, test and
 * Merge commits, as publiccode-parser-go's .goreleaser.yml asks). title: what the release is named
 * before its version (cli's workflow names it "GitHub CLI 2.60.0"); by default the tag.
 */
import { execFileSync } from 'node:child_process'

const [clone, slug, style, title] = process.argv.slice(2)
if (!clone || !slug || !['generated', 'goreleaser', 'goreleaser-footer', 'goreleaser-asc'].includes(style ?? '')) {
  console.error('usage: reconstruct-github-releases.mjs <clone> <owner/repo> generated|goreleaser|goreleaser-asc|goreleaser-footer [title]')
  process.exit(2)
}
const git = (...args) => execFileSync('git', ['-C', clone, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })

const MONTHS_BACK = 18
const MAX_LINES = 40
// the account that creates releases from a workflow's GITHUB_TOKEN (gh release create, goreleaser)
const BOT = 'github-actions%5Bbot%5D'
const author = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: `https://api.github.com/users/${BOT}`,
  html_url: 'https://github.com/apps/github-actions',
  followers_url: `https://api.github.com/users/${BOT}/followers`,
  following_url: `https://api.github.com/users/${BOT}/following{/other_user}`,
  gists_url: `https://api.github.com/users/${BOT}/gists{/gist_id}`,
  starred_url: `https://api.github.com/users/${BOT}/starred{/owner}{/repo}`,
  subscriptions_url: `https://api.github.com/users/${BOT}/subscriptions`,
  organizations_url: `https://api.github.com/users/${BOT}/orgs`,
  repos_url: `https://api.github.com/users/${BOT}/repos`,
  events_url: `https://api.github.com/users/${BOT}/events{/privacy}`,
  received_events_url: `https://api.github.com/users/${BOT}/received_events`,
  type: 'Bot',
  user_view_type: 'public',
  site_admin: false,
}

const tags = git(
  'for-each-ref',
  '--format=%(refname:strip=2)%09%(creatordate:iso-strict)%09%(*committerdate:iso-strict)%(committerdate:iso-strict)',
  'refs/tags',
)
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [name, tagged, committed] = line.split('\t')
    return {
      name,
      tagged: new Date(tagged).toISOString().replace('.000', ''),
      committed: new Date(committed).toISOString().replace('.000', ''),
    }
  })
  .filter((t) => /^v?\d+\.\d+/.test(t.name))
const newest = tags
  .map((t) => t.tagged)
  .sort()
  .at(-1)
const since = new Date(new Date(newest).getTime() - MONTHS_BACK * 30.5 * 86_400_000).toISOString()
const recent = tags.filter((t) => t.tagged >= since).sort((a, b) => (a.committed < b.committed ? 1 : a.committed > b.committed ? -1 : 0))

function previousTag(tag) {
  try {
    return git('describe', '--tags', '--abbrev=0', `${tag}^`).trim()
  } catch {
    return undefined
  }
}

function notes(tag) {
  const previous = previousTag(tag)
  const range = previous ? `${previous}..${tag}` : tag
  if (style === 'generated') {
    // one line per pull request merged on the first-parent line: merge commits and squashed "(#123)" commits
    const lines = git('log', '--first-parent', '--format=%s%x1f%b%x1e', range)
      .split('\x1e')
      .map((c) => c.trim())
      .filter(Boolean)
      .flatMap((c) => {
        const [subject, body = ''] = c.split('\x1f')
        const merge = /^Merge pull request #(\d+) from /.exec(subject)
        if (merge) return [`* ${body.trim().split('\n')[0] || subject} in https://github.com/${slug}/pull/${merge[1]}`]
        const squash = /^(.*) \(#(\d+)\)$/.exec(subject)
        return squash ? [`* ${squash[1]} in https://github.com/${slug}/pull/${squash[2]}`] : []
      })
      .slice(0, MAX_LINES)
    const compare = previous ? `https://github.com/${slug}/compare/${previous}...${tag}` : `https://github.com/${slug}/commits/${tag}`
    return `## What's Changed\n${lines.join('\n')}\n\n\n**Full Changelog**: ${compare}`
  }
  let commits = git('log', '--format=%h %s', range).split('\n').filter(Boolean)
  if (style === 'goreleaser-asc') {
    // publiccode-parser-go: sort asc, leaving out chore, test and Merge commits
    commits = commits
      .filter((c) => !/^\S+ (?:chore|test|Merge)/.test(c))
      .sort((a, b) => a.slice(a.indexOf(' ') + 1).localeCompare(b.slice(b.indexOf(' ') + 1)))
  }
  const body = `## Changelog\n${commits
    .slice(0, MAX_LINES)
    .map((c) => `* ${c}`)
    .join('\n')}\n`
  return style === 'goreleaser-footer' ? `${body}\n### Thanks for all contributors!\n` : body
}

const branch = git('symbolic-ref', '--short', 'HEAD').trim()
const releases = recent.map((t, i) => {
  const id = recent.length - i
  const api = `https://api.github.com/repos/${slug}`
  return {
    url: `${api}/releases/${id}`,
    assets_url: `${api}/releases/${id}/assets`,
    upload_url: `https://uploads.github.com/repos/${slug}/releases/${id}/assets{?name,label}`,
    html_url: `https://github.com/${slug}/releases/tag/${t.name}`,
    id,
    author,
    node_id: `RE_reconstructed${id}`,
    tag_name: t.name,
    target_commitish: branch,
    name: title ? `${title} ${t.name.replace(/^v/, '')}` : t.name,
    draft: false,
    immutable: false,
    prerelease: t.name.includes('-'),
    created_at: t.committed,
    updated_at: t.tagged,
    published_at: t.tagged,
    assets: [],
    tarball_url: `${api}/tarball/${t.name}`,
    zipball_url: `${api}/zipball/${t.name}`,
    body: notes(t.name),
  }
})
process.stdout.write(`${JSON.stringify(releases, null, 2)}\n`)
