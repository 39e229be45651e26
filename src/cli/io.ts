/** Where the CLI writes; tests and the process entry point give their own. */
export interface Io {
  stdout: (text: string | Uint8Array) => void
  stderr: (text: string) => void
  isTTY: boolean
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const
