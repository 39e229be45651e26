import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  badgeState,
  renderBadgeEndpoint,
  renderBadgeSvg
} from "./cli-A2G6HKSL.js";
import {
  PAYLOAD_TYPE,
  buildStatement,
  pae,
  verifyEnvelope
} from "./cli-KRLRQ7TX.js";
import {
  ATTESTATION_FILE,
  canonicalize,
  signBytes
} from "./cli-BLDN67MT.js";
import "./cli-T7X4NOLO.js";
import "./cli-LJOWNNCC.js";
import "./cli-4V4TQRIR.js";
import "./cli-PHPCDMR4.js";
import "./cli-H7WXNU2H.js";
import "./cli-7PHZNYWW.js";
import "./cli-ZEJ2EIG2.js";

// src/attest/sign-key.ts
function serialiseStatement(statement) {
  return Buffer.from(canonicalize(statement) ?? "", "utf8");
}
function signEnvelope(statement, key) {
  const payload = serialiseStatement(statement);
  const sig = signBytes(key, pae(PAYLOAD_TYPE, payload));
  return { payloadType: PAYLOAD_TYPE, payload: payload.toString("base64"), signatures: [{ keyid: key.keyid, sig: sig.toString("base64") }] };
}

// src/attest/attest-run.ts
function attestWithKey(inputs) {
  const statement = buildStatement({
    report: inputs.report,
    reportJson: inputs.reportJson,
    ...inputs.validDays !== void 0 ? { validDays: inputs.validDays } : {},
    ...inputs.sbom ? { sbom: inputs.sbom } : {}
  });
  const envelope = signEnvelope(statement, inputs.key);
  const line = JSON.stringify(envelope);
  const verification = verifyEnvelope(JSON.parse(line), {
    keys: [{ algorithm: inputs.key.algorithm, keyid: inputs.key.keyid, publicKey: inputs.key.publicKey, source: "the signing key" }],
    at: new Date(inputs.report.generatedAt)
  });
  if (!verification.valid) {
    throw new Error(
      `the attestation just signed does not verify (a bug, please report it): ${verification.rejections.map((r) => r.message).join("; ")}`
    );
  }
  const state = badgeState(verification);
  return {
    files: { [ATTESTATION_FILE]: `${line}
`, "badge.svg": renderBadgeSvg(state), "badge.json": renderBadgeEndpoint(state) },
    verification
  };
}
export {
  attestWithKey
};
