import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadPrivateKey,
  loadPublicKey
} from "./cli-6RUMOVE5.js";
import {
  UsageError
} from "./cli-XG6W23XE.js";

// src/attest/signing-key-source.ts
import { lstatSync, readFileSync } from "node:fs";
var SIGNING_KEY_ENV = "OIS_READY_SIGNING_KEY";
function signingKeyFromFile(path) {
  return loadPrivateKey(readKeyFile(path), path);
}
function signingKeyFromText(pem, source) {
  return loadPrivateKey(pem.replace(/\\n/g, "\n"), source);
}
function publicKeyFromFile(path) {
  return loadPublicKey(readKeyFile(path), path);
}
function readKeyFile(path) {
  try {
    const st = lstatSync(path);
    if (!st.isFile() || st.size > 64 * 1024) throw new UsageError(`${path} is not a key file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`key file ${path} does not exist`);
  }
  return readFileSync(path, "utf8");
}

export {
  SIGNING_KEY_ENV,
  signingKeyFromFile,
  signingKeyFromText,
  publicKeyFromFile
};
