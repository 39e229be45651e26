/** The job summary of the verify sub-action: the verdict first, then what was verified or why it was rejected. */
import type { Verification } from '../attest/verify.js'
import { mdCell, mdCode, mdLink, mdText } from '../report/markdown-escape.js'

export function renderVerifySummary(file: string, results: readonly { line: number; verification: Verification }[]): string {
  const valid = results.length > 0 && results.every((r) => r.verification.valid)
  const out = [
    `# OIS-ready verification: ${valid ? 'valid' : 'not valid'}`,
    '',
    `${valid ? '✅' : '❌'} **${mdCode(file)}**: ${results.length} attestation${results.length === 1 ? '' : 's'}, ${
      results.filter((r) => r.verification.valid).length
    } verified.`,
    '',
    '| Line | Result | Level | Repository | Commit | Signer | Valid until |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const { line, verification: v } of results) {
    // what the statement says is shown only when its signature verified: it is the signer's claim
    const p = v.statement?.predicate
    const signer = !v.signer ? '' : v.signer.type === 'key' ? `key ${mdCode(v.signer.keyid)}` : `${mdText(v.signer.identity)}`
    out.push(
      `| ${line} | ${v.valid ? '✅ valid' : '❌ rejected'} | ${p ? p.level : ''} | ${p?.repository.url ? mdCell(mdLink(p.repository.url, p.repository.url)) : ''} | ${
        p?.repository.commit ? mdCell(mdCode(p.repository.commit.slice(0, 12))) : ''
      } | ${mdCell(signer)} | ${p ? mdCell(mdText(p.validUntil)) : ''} |`,
    )
  }
  const rejected = results.filter((r) => !r.verification.valid)
  if (rejected.length > 0) {
    out.push('', '## Why it was rejected', '')
    for (const { line, verification } of rejected)
      for (const x of verification.rejections) out.push(`- line ${line}: ${mdCode(x.code)}: ${mdText(x.message)}`)
  }
  return `${out.join('\n')}\n`
}
