/** Container images the repository pulls: Dockerfile FROM lines and compose `image:` keys, each pinned by digest or not. */
import { parseYaml } from '../../../src/core/yaml-source.js'

export type PinVerdict = 'pinned' | 'unpinned' | 'unknown'

export interface ImageReference {
  line: number
  image: string
  verdict: PinVerdict
  why: string
}

const DIGEST = /@sha256:[0-9a-f]{64}$/

/** An image reference with any variables already resolved. */
export function judgeImage(image: string): Pick<ImageReference, 'verdict' | 'why'> {
  if (image.includes('${{') || /\$\{?[A-Za-z_]/.test(image))
    return { verdict: 'unknown', why: 'named by a variable whose value is not in the file' }
  if (image === 'scratch') return { verdict: 'pinned', why: 'the empty image' }
  if (DIGEST.test(image)) return { verdict: 'pinned', why: 'by digest' }
  return { verdict: 'unpinned', why: 'by tag, which can be moved to other content' }
}

/** FROM lines of a Dockerfile; stages named by an earlier `AS` and ARG defaults are resolved. */
export function dockerfileImages(text: string): ImageReference[] {
  const out: ImageReference[] = []
  const stages = new Set<string>()
  const args = new Map<string, string>()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const start = i
    let line = lines[i]!
    while (/\\\s*$/.test(line) && i + 1 < lines.length) line = line.replace(/\\\s*$/, ' ') + lines[++i]!
    const arg = /^\s*ARG\s+([A-Za-z_]\w*)=("?)([^"\s]*)\2\s*$/i.exec(line)
    if (arg) args.set(arg[1]!, arg[3]!)
    const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line)
    if (!from) continue
    const written = from[1]!
    const image = written.replace(
      /\$\{?([A-Za-z_]\w*)(?::-([^}]*))?\}?/g,
      (m, name: string, fallback?: string) => args.get(name) ?? fallback ?? m,
    )
    const earlierStage = stages.has(image.toLowerCase())
    if (from[2]) stages.add(from[2].toLowerCase())
    if (earlierStage) continue
    out.push({ line: start + 1, image: written, ...judgeImage(image) })
  }
  return out
}

/** `services.<name>.image` of a compose file; a service that builds its own image is not pulled. */
export function composeImages(text: string): ImageReference[] {
  const yaml = parseYaml(text)
  const services = (yaml.value as { services?: unknown } | undefined)?.services
  if (!services || typeof services !== 'object') return []
  const out: ImageReference[] = []
  for (const [name, service] of Object.entries(services as Record<string, unknown>)) {
    if (!service || typeof service !== 'object') continue
    const { image, build } = service as { image?: unknown; build?: unknown }
    if (typeof image !== 'string' || build !== undefined) continue
    const resolved = image.replace(/\$\{([A-Za-z_]\w*):?-([^}]*)\}/g, '$2')
    out.push({ line: yaml.lineAt(['services', name, 'image']) ?? 1, image, ...judgeImage(resolved) })
  }
  return out
}
