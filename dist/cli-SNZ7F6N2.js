import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  signEnvelope
} from "./cli-2RWJKW3M.js";
import {
  badgeState,
  renderBadgeEndpoint,
  renderBadgeSvg
} from "./cli-67OL6K6Z.js";
import {
  buildStatement,
  verifyEnvelope
} from "./cli-NAAW3K7K.js";
import {
  ATTESTATION_FILE
} from "./cli-6RUMOVE5.js";
import "./cli-T7X4NOLO.js";
import "./cli-TKJ7F2JB.js";
import "./cli-4DWRY7RY.js";
import "./cli-PHPCDMR4.js";
import "./cli-MMGOHJES.js";
import "./cli-XG6W23XE.js";
import "./cli-SGVELQFP.js";

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
