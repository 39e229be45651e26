import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PAYLOAD_TYPE,
  pae
} from "./cli-NAAW3K7K.js";
import {
  canonicalize,
  signBytes
} from "./cli-6RUMOVE5.js";

// src/attest/sign-key.ts
function serialiseStatement(statement) {
  return Buffer.from(canonicalize(statement) ?? "", "utf8");
}
function signEnvelope(statement, key) {
  const payload = serialiseStatement(statement);
  const sig = signBytes(key, pae(PAYLOAD_TYPE, payload));
  return { payloadType: PAYLOAD_TYPE, payload: payload.toString("base64"), signatures: [{ keyid: key.keyid, sig: sig.toString("base64") }] };
}

export {
  serialiseStatement,
  signEnvelope
};
