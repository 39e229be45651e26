/** One component graph for every ecosystem: what the lockfile parsers produce and the SBOM formats read. */
export interface ComponentHash {
  algorithm: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'
  /** Lower-case hex. */
  content: string
}

export interface GraphComponent {
  /** The purl is the component's identity (and its bom-ref). */
  purl: string
  ecosystem: string
  namespace?: string
  name: string
  version: string
  hashes: ComponentHash[]
  /**
   * Where the package is downloaded from, when the lockfile says (its `resolved`). Read it with
   * distributionOf: an npm package fetched from the registry's usual address does not hold it.
   */
  distribution?: string
  /**
   * Downloaded from the npm registry's usual address for its name and version, which
   * distributionOf makes when asked (a lockfile of 440,000 packages would otherwise hold
   * 440,000 such addresses).
   */
  fromRegistry?: true
  licence?: string
  /** dev: only needed to develop the project; optional: an optional dependency. */
  scope: 'required' | 'dev' | 'optional'
  /** Read-only: addEdge adds one (most components share NO_EDGES). */
  dependsOn: ReadonlySet<string>
  /** The lockfile that lists it. */
  source: string
  /**
   * Named in a manifest rather than resolved by a lockfile (pom.xml): the version is the one
   * written there, and the component's own dependencies are not known.
   */
  declaredOnly?: boolean
  /** The package manager applies a patch to it (yarn's `patch:` protocol): what the patch is. */
  patch?: string
  /**
   * The project's own code, not a package fetched from anywhere: a workspace of a monorepo, a Go
   * module replaced by a folder. The folder, from the repository's root.
   */
  local?: string
  /**
   * The Go module's `h1:` hash from go.sum, as written there: SHA-256 over the list of its files'
   * SHA-256 (Go's dirhash), what `go mod verify` checks. No file has this hash, so it is not one of
   * `hashes` (a consumer would compare it with the module's archive and find a mismatch).
   */
  goSum?: string
  /**
   * Build tooling (scope dev): run by the build — a Gradle plugin, the Kotlin compiler, an
   * annotation processor, a linter — and not part of what it builds, as the configurations that
   * need it say.
   */
  buildTool?: true
  /**
   * Its scope is a default, not evidence: the only file that lists it (Gradle verification
   * metadata) does not say whether the product, a test or the build needs it.
   */
  scopeUnknown?: true
}

export interface ParseProblem {
  path: string
  line?: number
  message: string
  /** A warning: the SBOM is still right, but less complete than it could be. */
  warning?: boolean
}

export interface ComponentGraph {
  components: Map<string, GraphComponent>
  /** Direct dependencies of the project (of each workspace, for monorepos). */
  direct: Set<string>
  /** The lockfiles read. */
  sources: string[]
  problems: ParseProblem[]
}

/** The edges of a component that depends on nothing: one set shared by all of them. */
export const NO_EDGES: ReadonlySet<string> = new Set()

/** The edges as stored: a shared empty set when there are none. */
export const edgesOf = (edges: Set<string>): ReadonlySet<string> => (edges.size === 0 ? NO_EDGES : edges)

/** Adds an edge from `component` to `purl`. */
export function addEdge(component: GraphComponent, purl: string): void {
  if (component.dependsOn === NO_EDGES) component.dependsOn = new Set([purl])
  else (component.dependsOn as Set<string>).add(purl)
}

/** The npm registry's address of a package's tarball. */
export function registryTarball(fullName: string, version: string): string {
  const base = fullName.includes('/') ? fullName.slice(fullName.indexOf('/') + 1) : fullName
  return `https://registry.npmjs.org/${fullName}/-/${base}-${version}.tgz`
}

/** Where a component is downloaded from, if known. */
export function distributionOf(c: GraphComponent): string | undefined {
  if (c.distribution !== undefined) return c.distribution
  return c.fromRegistry ? registryTarball(c.namespace ? `${c.namespace}/${c.name}` : c.name, c.version) : undefined
}

export function emptyGraph(): ComponentGraph {
  return { components: new Map(), direct: new Set(), sources: [], problems: [] }
}

/** Adds a component, merging a second sighting (another lockfile of a monorepo) into the first. */
export function addComponent(graph: ComponentGraph, component: GraphComponent): GraphComponent {
  const existing = graph.components.get(component.purl)
  if (!existing) {
    graph.components.set(component.purl, component)
    return component
  }
  for (const d of component.dependsOn) addEdge(existing, d)
  if (existing.scope !== 'required' && component.scope === 'required') existing.scope = 'required'
  // build tooling only when every sighting says so; a sighting with evidence of its scope settles it
  if (!component.buildTool || existing.scope === 'required') delete existing.buildTool
  if (!component.scopeUnknown) delete existing.scopeUnknown
  if (existing.hashes.length === 0) existing.hashes = component.hashes
  existing.licence ??= component.licence
  existing.patch ??= component.patch
  existing.local ??= component.local
  existing.goSum ??= component.goSum
  // a lockfile's sighting is better evidence than a manifest's
  if (existing.declaredOnly && !component.declaredOnly) delete existing.declaredOnly
  return existing
}

/**
 * What the root of an SBOM links to: the project's direct dependencies, and every included
 * component that nothing included depends on (a package left behind in a lockfile, or one whose
 * only parents were left out), so that each component is reachable from the root and a
 * development one keeps its DEV_DEPENDENCY_OF in SPDX. CycloneDX and SPDX both use this.
 */
export function rootLinks(graph: ComponentGraph, included: GraphComponent[]): string[] {
  const present = new Set(included.map((c) => c.purl))
  const hasParent = new Set(included.flatMap((c) => [...c.dependsOn]))
  const links = new Set([...graph.direct].filter((d) => present.has(d)))
  for (const c of included) if (!hasParent.has(c.purl)) links.add(c.purl)
  return [...links].sort()
}
