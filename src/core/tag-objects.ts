/**
 * The tag objects of a repository's release tags, read with git (`git cat-file tag`), for whether
 * a release tag is signed and what its signature covers. Only git reads them; nothing of the
 * repository runs. A lightweight tag (a name for a commit, with no object of its own) cannot
 * carry a signature.
 */
import { runGit } from './file-list.js'

/** Signatures git writes into a tag object: OpenPGP (gpg), SSH (gpg.format ssh) and X.509 (gpgsm, gitsign). */
export type TagSignatureFormat = 'openpgp' | 'ssh' | 'x509'

export interface TagObject {
  name: string
  /** false: a lightweight tag, which has no object and cannot be signed. */
  annotated: boolean
  /** The tag object without its signature: what the signature covers. */
  payload?: Buffer
  signature?: { format: TagSignatureFormat; armored: string }
  /** Why git could not read the tag, when it could not. */
  error?: string
}

/** A tag object of a real release is a few KiB; far more is not a tag to verify. */
const MAX_TAG_BYTES = 256 * 1024

const BEGIN: readonly [string, TagSignatureFormat][] = [
  ['-----BEGIN PGP SIGNATURE-----', 'openpgp'],
  ['-----BEGIN SSH SIGNATURE-----', 'ssh'],
  ['-----BEGIN SIGNED MESSAGE-----', 'x509'],
]

/** The tag objects of these tags (names as `git for-each-ref` gives them), in the same order. */
export async function readTagObjects(root: string, names: readonly string[]): Promise<TagObject[]> {
  const types = new Map<string, string>()
  const listing = (await runGit(root, ['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)', 'refs/tags'], 64 << 20)).toString(
    'utf8',
  )
  for (const line of listing.split('\n')) {
    const [name, type] = line.split('\0')
    if (name && type) types.set(name, type)
  }
  const objects: TagObject[] = []
  for (const name of names) {
    const type = types.get(name)
    if (type !== 'tag') {
      objects.push(type ? { name, annotated: false } : { name, annotated: false, error: 'no such tag' })
      continue
    }
    try {
      const raw = await runGit(root, ['cat-file', 'tag', `refs/tags/${name}`], MAX_TAG_BYTES)
      objects.push({ name, annotated: true, ...splitSignature(raw) })
    } catch (error) {
      objects.push({ name, annotated: true, error: error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error) })
    }
  }
  return objects
}

/**
 * A tag object's signed part and its signature: git appends the armoured signature to the message
 * and signs what comes before it; like git, the last line that starts a signature begins it (a
 * message may quote one).
 */
export function splitSignature(raw: Buffer): { payload: Buffer; signature?: TagObject['signature'] } {
  const text = raw.toString('latin1')
  let at = -1
  let format: TagSignatureFormat | undefined
  for (const [marker, kind] of BEGIN) {
    const last = text.lastIndexOf(`\n${marker}`)
    const i = last >= 0 ? last + 1 : text.startsWith(marker) ? 0 : -1
    if (i > at) {
      at = i
      format = kind
    }
  }
  if (at < 0 || !format) return { payload: raw }
  return { payload: raw.subarray(0, at), signature: { format, armored: raw.subarray(at).toString('utf8') } }
}
