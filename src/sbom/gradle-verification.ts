/**
 * Gradle's dependency verification metadata (`gradle/verification-metadata.xml`): every
 * artifact the build resolved, with the checksums Gradle checks before it uses one. Its
 * components are pinned with real hashes, so they are resolved components, not declarations.
 *
 * The file lists what the build downloads, build tooling included (the Android Gradle plugin,
 * the Kotlin compiler); it says nothing of scopes or edges. A component whose only artifacts are
 * POM files is a parent POM or an imported BOM, read for its metadata (with `verify-metadata`):
 * it is left out unless the build declares it. The hash is the component's own artifact
 * (`name-version.jar`, `.aar`, or the one file its Gradle module metadata names), not its
 * sources, javadoc or POM; a component of several files (classifiers) gets none.
 */
import { Parser } from 'htmlparser2'
import type { ComponentHash, ParseProblem } from './graph.js'

export interface VerifiedComponent {
  group: string
  name: string
  version: string
  hashes: ComponentHash[]
  /** Only POM files were verified: a parent POM or an imported BOM, unless the build declares it. */
  pomOnly: boolean
}

const ALGORITHMS: Record<string, [ComponentHash['algorithm'], number]> = {
  sha1: ['SHA-1', 40],
  sha256: ['SHA-256', 64],
  sha512: ['SHA-512', 128],
}

/**
 * Reads the components and their artifacts' checksums. htmlparser2's streaming parser in XML
 * mode: files of several MB are common, and a streaming pass is several times faster than
 * building a document (no DTD is read, so no entity is expanded).
 */
export function readVerificationMetadata(path: string, text: string, problems: ParseProblem[]): VerifiedComponent[] | undefined {
  const out: VerifiedComponent[] = []
  let root = false
  let inComponents = false
  let incomplete = 0
  let component: { group?: string; name?: string; version?: string; artifacts: { name: string; hashes: ComponentHash[] }[] } | undefined
  let artifact: { name: string; hashes: ComponentHash[] } | undefined
  const finish = () => {
    if (!component) return
    const { group, name, version, artifacts } = component
    component = undefined
    if (!group || !name || !version) {
      incomplete++
      return
    }
    const stem = `${name}-${version}.`
    // the component's own file: not its POM or Gradle metadata, sources or javadoc
    const files = artifacts.filter((a) => !/\.(pom|module)$|-(sources|javadoc)\.jar$/.test(a.name))
    const exact = files.filter((a) => a.name.startsWith(stem))
    const pomOnly = artifacts.length > 0 && artifacts.every((a) => a.name.endsWith('.pom'))
    // named as published (name-version.jar), or the one file Gradle's module metadata names (animation.aar); a POM-only component: its POM
    const main =
      exact.length === 1 ? exact[0] : files.length === 1 ? files[0] : pomOnly ? artifacts.find((a) => a.name === `${stem}pom`) : undefined
    out.push({ group, name, version, hashes: main?.hashes ?? [], pomOnly })
  }
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag === 'verification-metadata') root = true
        else if (tag === 'components') inComponents = true
        else if (!inComponents) return
        else if (tag === 'component') {
          finish()
          component = { ...pick(attributes, 'group', 'name', 'version'), artifacts: [] }
        } else if (tag === 'artifact' && component && attributes.name) {
          artifact = { name: attributes.name, hashes: [] }
          component.artifacts.push(artifact)
        } else if (artifact && Object.hasOwn(ALGORITHMS, tag)) {
          const [algorithm, length] = ALGORITHMS[tag]!
          const value = attributes.value?.toLowerCase()
          // the first value of an algorithm; <also-trust> alternatives are not the artifact's
          if (value && value.length === length && /^[0-9a-f]+$/.test(value) && !artifact.hashes.some((h) => h.algorithm === algorithm))
            artifact.hashes.push({ algorithm, content: value })
        }
      },
      onclosetag(tag) {
        if (tag === 'component') finish()
        else if (tag === 'artifact') artifact = undefined
        else if (tag === 'components') inComponents = false
      },
    },
    { xmlMode: true },
  )
  parser.write(text)
  parser.end()
  finish()
  if (!root) {
    problems.push({ path, message: 'not Gradle verification metadata: no <verification-metadata> element' })
    return undefined
  }
  if (incomplete) problems.push({ path, message: `${incomplete} component(s) without group, name or version left out`, warning: true })
  return out
}

function pick(
  attributes: Record<string, string>,
  ...keys: ('group' | 'name' | 'version')[]
): { group?: string; name?: string; version?: string } {
  const out: { group?: string; name?: string; version?: string } = {}
  for (const k of keys) if (attributes[k]) out[k] = attributes[k]
  return out
}
