/** `ois-ready sbom [path]`: the SBOM alone, written to a file or printed. */
import { basename, resolve } from 'node:path'
import { writeFileSync } from 'node:fs'
import { takeSnapshot } from '../core/snapshot.js'
import { readGitFacts, NO_GIT } from '../core/git-facts.js'
import { DEFAULT_LIMITS } from '../core/config.js'
import { scanLockfiles, unsupportedMessage } from '../sbom/lockfiles.js'
import { renderCycloneDx } from '../sbom/cyclonedx.js'
import { renderSpdx } from '../sbom/spdx.js'
import { EXIT, type Io } from './io.js'

export async function runSbom(
  path: string,
  opts: { output?: string; format: 'cyclonedx' | 'spdx'; dev: 'mark' | 'exclude' },
  io: Io,
): Promise<number> {
  const repo = await takeSnapshot({ root: resolve(path), maxFileBytes: DEFAULT_LIMITS.maxFileBytes, exclude: [] })
  const git = repo.source === 'git' ? await readGitFacts(repo.realRoot, new Date()) : NO_GIT
  const { graph, unsupported } = await scanLockfiles(repo)
  for (const p of graph.problems) io.stderr(`${p.path}${p.line ? `:${p.line}` : ''}: ${p.warning ? 'warning: ' : ''}${p.message}\n`)
  for (const u of unsupported) io.stderr(`${unsupportedMessage(u)}\n`)
  const render = opts.format === 'spdx' ? renderSpdx : renderCycloneDx
  const json = render(
    graph,
    {
      name: git.remoteUrl?.split('/').pop() ?? basename(repo.realRoot),
      ...(git.remoteUrl ? { url: git.remoteUrl } : {}),
      ...(git.commit ? { commit: git.commit } : {}),
      ...(git.lastCommitDate ? { timestamp: git.lastCommitDate } : {}),
    },
    { dev: opts.dev },
  )
  if (opts.output) writeFileSync(opts.output, json)
  else io.stdout(json)
  if (opts.output)
    io.stderr(`wrote ${opts.output}: ${graph.components.size} component(s) from ${graph.sources.join(', ') || 'no lockfile'}\n`)
  return graph.problems.some((p) => !p.warning) ? EXIT.failed : EXIT.ok
}
