/**
 * The files publiccode.yml names by a relative path (logo, monochromeLogo, screenshots,
 * legal.authorsFile) must exist next to it, and images must be the images their extensions
 * say (images.ts). The caller reads the files: the check through the repository snapshot,
 * `ois-ready validate publiccode` from the folder of the file; both give the same answers.
 */
import { posix } from 'node:path'
import { imageProblem } from './images.js'
import type { PublicCodeIssue, ReferencedFile } from './validate.js'

/** What a reader found at a path: the bytes, nothing, or why it would not read it. */
export type FileRead = { bytes: Uint8Array } | { missing: true } | { problem: string }

/** The path relative to the folder of publiccode.yml, or undefined when it leaves that folder. */
export function localPath(value: string): string | undefined {
  const normal = posix.normalize(value.replace(/\\/g, '/'))
  if (normal === '..' || normal.startsWith('../') || normal.startsWith('/')) return undefined
  return normal.replace(/^\.\//, '')
}

export interface ReferencedFileIssue extends PublicCodeIssue {
  /** false: the file is not there (or not where it may be); true: it is, and it is not what it should be. */
  found: boolean
}

/** Problems with the local files of `files` (URLs are left to the network checks), in the order given. */
export async function checkReferencedFiles(
  files: readonly ReferencedFile[],
  read: (path: string) => Promise<FileRead>,
): Promise<ReferencedFileIssue[]> {
  const issues: ReferencedFileIssue[] = []
  for (const file of files) {
    if (file.remote) continue
    const problem = await fileProblem(file, read)
    if (problem) issues.push({ severity: 'error', key: file.key, line: file.line, column: file.column, ...problem })
  }
  return issues
}

async function fileProblem(
  file: ReferencedFile,
  read: (path: string) => Promise<FileRead>,
): Promise<{ message: string; found: boolean } | undefined> {
  const path = localPath(file.value)
  if (path === undefined) return { message: `${file.value} is outside the folder of publiccode.yml (the repository root)`, found: false }
  const found = await read(path)
  if ('missing' in found) return { message: `no such file: ${file.value}`, found: false }
  if ('problem' in found) return { message: found.problem, found: false }
  if (file.kind === 'authors') return undefined
  const problem = imageProblem(path, found.bytes, file.kind)
  return problem ? { message: problem, found: true } : undefined
}
