/** `uses:` references of workflows: actions and reusable workflows, pinned by full commit SHA or not. */
import type { PinVerdict } from './images.js'

export interface ActionReference {
  uses: string
  /** GitHub-owned (`actions/`, `github/`), as Scorecard tells them apart: a lower risk than third-party, weighed 2 to 8. */
  owner: 'github' | 'third-party' | 'local' | 'docker'
  verdict: PinVerdict
  why: string
}

const FULL_SHA = /^[0-9a-f]{40}$/
/** SLSA's builders and generators must be called by an exact tag (their README, "Referencing SLSA builders and generators"). */
const SLSA_GENERATOR = /^slsa-framework\/slsa-github-generator\/\.github\/workflows\/[\w.-]+\.ya?ml$/

export function judgeUses(uses: string): ActionReference | undefined {
  const value = uses.trim()
  if (value === '') return undefined
  // `$/` is GitHub's newer spelling of "this repository, at the same commit"
  if (value.startsWith('./') || value.startsWith('$/'))
    return { uses: value, owner: 'local', verdict: 'pinned', why: 'in this repository, at the same commit' }
  if (value.startsWith('docker://')) {
    const image = value.slice('docker://'.length)
    return /@sha256:[0-9a-f]{64}$/.test(image)
      ? { uses: value, owner: 'docker', verdict: 'pinned', why: 'image by digest' }
      : { uses: value, owner: 'docker', verdict: 'unpinned', why: 'image by tag' }
  }
  if (value.includes('${{')) return { uses: value, owner: 'third-party', verdict: 'unknown', why: 'named by an expression' }
  const at = value.lastIndexOf('@')
  const name = at > 0 ? value.slice(0, at) : value
  const ref = at > 0 ? value.slice(at + 1) : ''
  const owner = /^(actions|github)\//i.test(name) ? 'github' : 'third-party'
  if (FULL_SHA.test(ref)) return { uses: value, owner, verdict: 'pinned', why: 'full commit SHA' }
  if (SLSA_GENERATOR.test(name) && /^v\d+\.\d+\.\d+$/.test(ref))
    return {
      uses: value,
      owner,
      verdict: 'pinned',
      why: 'an exact release tag, as SLSA requires of its builders (slsa-verifier checks the builder identity by that tag; a SHA would break verification)',
    }
  return { uses: value, owner, verdict: 'unpinned', why: ref ? `"${ref}" is a tag or branch, which can be moved` : 'no ref at all' }
}
