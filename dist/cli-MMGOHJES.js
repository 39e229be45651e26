import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/levels.ts
var LEVELS = [1, 2, 3];
var AWARDED_LEVELS = [1, 2, 3];
function computeLevels(checks, awarded = AWARDED_LEVELS) {
  const levels = LEVELS.map((level2) => {
    const blocking = checks.filter((c) => c.level <= level2 && !c.satisfied).map((c) => c.id);
    const own = checks.filter((c) => c.level === level2).length;
    const awardable = awarded.includes(level2);
    return { level: level2, checks: own, awardable, reached: awardable && own > 0 && blocking.length === 0, blocking };
  });
  let level = 0;
  for (const l of levels) {
    if (!l.reached) break;
    level = l.level;
  }
  return { level, levels };
}
function meetsTarget(level, failOn) {
  return failOn === "none" || level >= failOn;
}
function parseFailOn(value) {
  const v = value.trim().toLowerCase();
  if (v === "none" || v === "false" || v === "0") return "none";
  if (v === "1" || v === "2" || v === "3") return Number(v);
  return void 0;
}
function aggregate(findings) {
  if (findings.some((f) => f.status === "error")) return "error";
  if (findings.some((f) => f.status === "fail")) return "fail";
  if (findings.some((f) => f.status === "unknown")) return "unknown";
  if (findings.some((f) => f.status === "pass")) return "pass";
  return "not-applicable";
}

export {
  AWARDED_LEVELS,
  computeLevels,
  meetsTarget,
  parseFailOn,
  aggregate
};
