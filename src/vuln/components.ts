/** Which SBOM components OSV knows, under which ecosystem and name (the purl type decides). */
import type { GraphComponent } from '../sbom/graph.js'
import { packageKey } from './osv.js'

/** purl type -> OSV ecosystem. */
const ECOSYSTEM_OF_PURL: Record<string, string> = {
  npm: 'npm',
  cargo: 'crates.io',
  golang: 'Go',
  pypi: 'PyPI',
  maven: 'Maven',
  gem: 'RubyGems',
  composer: 'Packagist',
  nuget: 'NuGet',
}

export interface Queried {
  component: GraphComponent
  ecosystem: string
  /** The name as OSV spells it: `@scope/name`, `group:artifact`, `vendor/name`, a Go module path. */
  name: string
  key: string
}

/** The OSV ecosystem and package name of a component, or undefined (the project's own code, an ecosystem OSV does not cover here). */
export function osvPackageOf(c: GraphComponent): Queried | undefined {
  const ecosystem = ECOSYSTEM_OF_PURL[c.ecosystem]
  if (!ecosystem || c.local !== undefined || !c.version) return undefined
  const name =
    c.namespace === undefined || c.namespace === ''
      ? c.name
      : ecosystem === 'Maven'
        ? `${c.namespace}:${c.name}`
        : `${c.namespace}/${c.name}`
  return { component: c, ecosystem, name, key: packageKey(ecosystem, name) }
}
