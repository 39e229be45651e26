/** Where the CLI writes; tests and the process entry point give their own. */
export interface Io {
  stdout: (text: string | Uint8Array) => void
  stderr: (text: string) => void
  isTTY: boolean
}

/** 0 passed or valid, 1 failed or invalid, 2 a usage or configuration error, 3 an internal error (a bug in ois-ready). */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const
