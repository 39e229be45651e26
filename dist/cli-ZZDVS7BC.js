import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  registry
} from "./cli-K3J6YZNT.js";
import "./cli-OHF2XLYJ.js";
import "./cli-STNUJCYO.js";
import "./cli-CMHSVN5M.js";
import "./cli-OQ7V57UQ.js";
import "./cli-IEPTYG5A.js";
import "./cli-HVAKYI6X.js";
import "./cli-DUHQOW6B.js";
import "./cli-OZMZAFTQ.js";
import {
  scheme
} from "./cli-TKJ7F2JB.js";
import "./cli-4DWRY7RY.js";
import "./cli-AHRLZAO7.js";
import "./cli-XG6W23XE.js";
import "./cli-SGVELQFP.js";

// src/cli/explain-scheme.ts
var NAMES = { osps: "osps", bestpractices: "bestPractices", publiccode: "publicCode", cra: "cra" };
function explainScheme(name) {
  const id = NAMES[name];
  const s = scheme(id);
  const lines = [`${s.name}, ${s.version} (${s.url})`, ""];
  let covered = 0;
  for (const c of s.criteria) {
    const checks = registry.filter((r) => r.meta.crosswalk[id]?.includes(c.id)).map((r) => r.meta.id);
    if (checks.length) covered++;
    const level = c.level !== void 0 ? ` [${c.level}]` : "";
    lines.push(`${c.id}${level}  ${c.title}`);
    if (checks.length) lines.push(`    evidence: ${checks.join(", ")}`);
    if (c.planned?.length) lines.push(`    planned: ${c.planned.join(", ")} (not in this version)`);
    if (c.otherMeans) lines.push(`    left to other means: ${c.otherMeans}`);
    else if (!checks.length && !c.planned?.length) lines.push("    no check yet: show by other means");
  }
  lines.push("", `${covered} of ${s.criteria.length} criteria have a check in this version of ois-ready.`);
  return `${lines.join("\n")}
`;
}
export {
  explainScheme
};
