/**
 * A git remote as the web address of the repository: `https://host/owner/repo`.
 * Credentials in the remote (https://user:token@...) are dropped, never kept or printed.
 */
export function normaliseRemoteUrl(remote: string): string | undefined {
  const raw = remote.trim()
  if (!raw) return undefined
  // scp-like syntax: [user@]host:owner/repo(.git)
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(raw)
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) return build(scp[1]!, scp[2]!)
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return undefined
  }
  if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(url.protocol)) return undefined
  if (!url.hostname) return undefined
  return build(url.hostname, decodeURIComponent(url.pathname))
}

function build(host: string, path: string): string | undefined {
  const clean = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/^~[^/]*\//, '')
  if (!clean || clean.split('/').some((part) => part === '..' || part === '')) return undefined
  return `https://${host.toLowerCase()}/${clean}`
}
