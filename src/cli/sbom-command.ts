/** `ois-ready sbom [path]`: the SBOM alone, written to a file or printed. */
import { basename, dirname, resolve } from 'node:path'
import { writeOutputFiles } from '../core/output-folder.js'
import { takeSnapshot } from '../core/snapshot.js'
import { readGitFacts, NO_GIT } from '../core/git-facts.js'
import { findConfigFile, loadConfig } from '../core/config.js'
import { AnalysisError } from '../core/errors.js'
import { configureLockfileScan, gapsOf, scanLockfiles, unsupportedMessage } from '../sbom/lockfiles.js'
import { cycloneDxDocument } from '../sbom/cyclonedx.js'
import { batchesOf, isPartsDocument } from '../core/document.js'
import { spdxDocument } from '../sbom/spdx.js'
import { EXIT, type Io } from './io.js'

export async function runSbom(
  path: string,
  opts: { output?: string; format: 'cyclonedx' | 'spdx'; dev: 'mark' | 'exclude'; config?: string },
  io: Io,
): Promise<number> {
  const root = resolve(path)
  // the policy's exclude globs and SBOM settings apply as in `check`
  // the checks are loaded only to validate a config file's check settings: without a file, none
  const checks = findConfigFile(root, opts.config) ? (await import('../pipeline/registry.js')).registry.map((c) => c.meta) : []
  const config = loadConfig(root, checks, opts.config)
  const repo = await takeSnapshot({ root, maxFileBytes: config.limits.maxFileBytes, exclude: config.exclude })
  configureLockfileScan(repo, config.sbom)
  // the SBOM is made from the lockfiles: a history git cannot read only leaves out the commit and the time
  const git =
    repo.source === 'git'
      ? await readGitFacts(repo.realRoot, new Date(), { tagHistory: false }).catch((error: unknown) => {
          io.stderr(`warning: ${AnalysisError.of('the git history', error).message}; the SBOM names no commit and no time\n`)
          return NO_GIT
        })
      : NO_GIT
  const scan = await scanLockfiles(repo)
  const { graph, unsupported, manifests, excluded } = scan
  for (const p of graph.problems) io.stderr(`${p.path}${p.line ? `:${p.line}` : ''}: ${p.warning ? 'warning: ' : ''}${p.message}\n`)
  for (const u of unsupported) io.stderr(`${unsupportedMessage(u)}\n`)
  for (const m of manifests) if (m.status === 'unresolved') io.stderr(`${m.path}: not in the SBOM: ${m.reason}\n`)
  for (const e of excluded) io.stderr(`${e.folder}: ${e.count} lockfile(s) or manifest(s) left out: ${e.reason}\n`)
  const render = opts.format === 'spdx' ? spdxDocument : cycloneDxDocument
  const json = render(
    graph,
    {
      name: git.remoteUrl?.split('/').pop() ?? basename(repo.realRoot),
      ...(git.remoteUrl ? { url: git.remoteUrl } : {}),
      ...(git.commit ? { commit: git.commit } : {}),
      ...(git.lastCommitDate ? { timestamp: git.lastCommitDate } : {}),
    },
    { dev: opts.dev, gaps: gapsOf(scan) },
  )
  // written whole or not at all, as check's outputs, and not through a link the repository tracks
  if (opts.output) writeOutputFiles(dirname(resolve(opts.output)), { [basename(resolve(opts.output))]: json }, { repository: root })
  else if (isPartsDocument(json)) {
    for (const batch of batchesOf(json)) io.stdout(batch)
  } else io.stdout(json)
  if (opts.output)
    io.stderr(`wrote ${opts.output}: ${graph.components.size} component(s) from ${graph.sources.join(', ') || 'no lockfile'}\n`)
  return graph.problems.some((p) => !p.warning) ? EXIT.failed : EXIT.ok
}
