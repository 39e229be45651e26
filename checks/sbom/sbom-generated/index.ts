import type { Check, Finding } from '../../../src/core/types.js'
import { scanLockfiles, unsupportedMessage } from '../../../src/sbom/lockfiles.js'
import { ECOSYSTEM_NAMES, unreadCoveredBy, type ManifestCoverage } from '../../../src/sbom/coverage.js'
import docs from './README.md'

/** Unresolved manifests named in one finding; the rest are counted. */
const NAMED = 5

const list = (paths: string[]) => `${paths.slice(0, NAMED).join(', ')}${paths.length > NAMED ? ` and ${paths.length - NAMED} more` : ''}`

const REMEDIATION: Record<string, string> = {
  npm: 'Commit the lockfile your package manager writes (npm install --package-lock-only, pnpm install --lockfile-only, yarn install) at the workspace root.',
  pypi: 'Commit a lockfile (uv lock, poetry lock, pipenv lock) or a requirements file pinned with name==version (pip-compile, uv pip compile).',
  cargo: 'Commit Cargo.lock (cargo generate-lockfile); Cargo recommends it for libraries too.',
  gem: 'Commit Gemfile.lock (bundle lock).',
  composer: 'Commit composer.lock (composer update --lock).',
  gradle:
    "Turn on Gradle's dependency locking (./gradlew dependencies --write-locks) or dependency verification (./gradlew --write-verification-metadata sha256 help) and commit the files it writes.",
  nuget: 'Set <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile> and commit packages.lock.json.',
}

export const check: Check = {
  meta: {
    id: 'sbom-generated',
    family: 'sbom',
    title: "An SBOM is generated that covers the repository's builds, each component with a purl",
    level: 1,
    version: '2.2.0',
    needs: ['lockfile-scan'],
    crosswalk: { osps: ['OSPS-QA-02.01'], cra: ['Annex I Part II(1)'], bestPractices: ['external_dependencies'] },
    anchors: ['package-lock.json'],
  },
  docs,
  async run({ repo }) {
    const { graph, unsupported, manifests, excluded } = await scanLockfiles(repo)
    const findings: Finding[] = graph.problems.map((p) =>
      p.warning
        ? // the SBOM is right but less complete than it could be (a version only a parent POM knows)
          {
            status: 'pass' as const,
            severity: 'warning' as const,
            message: `${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}`,
            location: { path: p.path, ...(p.line ? { startLine: p.line } : {}) },
          }
        : {
            status: 'fail' as const,
            message: `${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}`,
            location: { path: p.path, ...(p.line ? { startLine: p.line } : {}) },
            remediation: 'Regenerate the lockfile with its package manager (e.g. npm install --package-lock-only) and commit it.',
          },
    )
    // a lockfile this version cannot read: the gap is ois-ready's, not the project's; a warning
    // when a lockfile it reads speaks for the same folder (bun.lockb beside package-lock.json)
    for (const path of unsupported) {
      const by = unreadCoveredBy(path, graph.sources)
      findings.push(
        by
          ? { status: 'pass', severity: 'warning', message: `${unsupportedMessage(path)} (${by} is read)`, location: { path } }
          : {
              status: 'unknown',
              message: unsupportedMessage(path),
              location: { path },
              remediation:
                "A version of ois-ready that reads this lockfile would resolve it; until then, attach an SBOM made by the ecosystem's own tool.",
            },
      )
    }
    // builds the SBOM does not cover, one finding per ecosystem
    const unresolved = new Map<string, ManifestCoverage[]>()
    for (const m of manifests.filter((x) => x.status === 'unresolved'))
      unresolved.set(m.ecosystem, [...(unresolved.get(m.ecosystem) ?? []), m])
    for (const [ecosystem, list_] of unresolved) {
      const paths = list_.map((m) => m.path)
      findings.push({
        status: 'fail',
        message: `${ECOSYSTEM_NAMES[ecosystem as keyof typeof ECOSYSTEM_NAMES]} build not in the SBOM: ${list(paths)} ${paths.length === 1 ? 'declares' : 'declare'} dependencies that no lockfile resolves (${list_[0]!.reason!.replace(/^declares dependencies, but /, '')})`,
        location: { path: paths[0]! },
        remediation: REMEDIATION[ecosystem] ?? 'Commit the lockfile the build tool writes.',
      })
    }
    const missingPurl = [...graph.components.values()].filter((c) => !c.purl)
    for (const c of missingPurl)
      findings.push({ status: 'fail', message: `${c.source}: ${c.name}@${c.version} has no purl`, location: { path: c.source } })
    const blocking = findings.some((f) => f.status === 'fail' || f.status === 'unknown')
    // test data left out: said, never a verdict of its own (an SBOM of test data alone is no SBOM)
    const empty = graph.components.size === 0
    for (const e of excluded) {
      findings.push({
        status: empty ? 'not-applicable' : 'pass',
        message: `${e.folder}: ${e.count} lockfile(s) or manifest(s) left out (${list(e.files)}): ${e.reason}`,
        location: { path: e.files[0]! },
      })
    }
    if (graph.sources.length === 0 && !blocking) {
      findings.push({
        status: 'not-applicable',
        message: 'no dependencies: no lockfile, and no build manifest that declares dependencies',
      })
      return findings
    }
    if (!blocking && empty) {
      // an empty SBOM is never a pass: the lockfiles read list nothing
      findings.push({ status: 'not-applicable', message: `${graph.sources.join(', ')} list(s) no dependencies` })
      return findings
    }
    if (graph.sources.length > 0 && !findings.some((f) => f.status === 'fail')) {
      const covered = manifests.filter((m) => m.status === 'covered').length
      findings.unshift({
        status: 'pass',
        message: `SBOM of ${graph.components.size} component(s) from ${list(graph.sources)}, each with a purl${
          covered ? `; covers the ${covered} build manifest(s) found` : ''
        }`,
      })
    }
    return findings
  },
}
