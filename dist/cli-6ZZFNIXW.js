import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 };

export {
  EXIT
};
