import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/attest/validity.ts
var DEFAULT_VALID_DAYS = 90;
var MAX_VALID_DAYS = 400;

export {
  DEFAULT_VALID_DAYS,
  MAX_VALID_DAYS
};
