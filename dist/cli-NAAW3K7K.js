import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_ATTESTATION_DEPTH,
  canonicalize,
  checkHeadline,
  parseAttestationJson,
  verifyBytes,
  verifyBytesAsync
} from "./cli-6RUMOVE5.js";
import {
  sha256Of
} from "./cli-T7X4NOLO.js";
import {
  CROSSWALK_VERSION
} from "./cli-TKJ7F2JB.js";
import {
  lazySchema
} from "./cli-4DWRY7RY.js";
import {
  DEFAULT_VALID_DAYS,
  MAX_VALID_DAYS
} from "./cli-PHPCDMR4.js";
import {
  computeLevels
} from "./cli-MMGOHJES.js";

// src/attest/statement.ts
import { createHash } from "node:crypto";
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = "https://ois-ready.eu/attestation/v1";
var PAYLOAD_TYPE = "application/vnd.in-toto+json";
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
var MAX_REASON = 300;
var NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g;
function reasonOf(check) {
  const text = checkHeadline(check).replace(NOT_ONE_LINE, " ").trim();
  if (!text) return void 0;
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1).trimEnd()}\u2026` : text;
}
function projectOf(report) {
  const p = report.project;
  if (!p) return void 0;
  const project = {
    ...p.name ? { name: p.name } : {},
    ...p.description ? { description: p.description } : {},
    ...p.organisation ? { organisation: p.organisation } : {},
    ...p.languages?.length ? { languages: p.languages } : {}
  };
  return Object.keys(project).length ? project : void 0;
}
function activityOf(report) {
  const r = report.repository;
  if (r.source !== "git" || !r.commit) return void 0;
  return {
    ...r.lastCommitDate ? { lastCommitDate: r.lastCommitDate } : {},
    ...r.shallow ? {} : { commitsLastYear: r.activity.days365.commits, authorsLastYear: r.activity.days365.authors },
    ...r.tags.latestVersionTag && r.tags.latestVersion ? {
      latestVersionTag: {
        name: r.tags.latestVersionTag,
        version: r.tags.latestVersion,
        ...r.tags.latestVersionDate ? { date: r.tags.latestVersionDate } : {}
      }
    } : {}
  };
}
function buildStatement(inputs) {
  const { report } = inputs;
  const issued = new Date(report.generatedAt);
  const validUntil = new Date(issued.getTime() + (inputs.validDays ?? DEFAULT_VALID_DAYS) * 864e5);
  const reportDigest = sha256Hex(inputs.reportJson);
  const subject = [];
  if (report.repository.commit)
    subject.push({ name: report.repository.url ?? "repository", digest: { gitCommit: report.repository.commit } });
  subject.push({ name: "report.json", digest: { sha256: reportDigest } });
  const predicate = {
    tool: report.tool,
    repository: {
      ...report.repository.url ? { url: report.repository.url } : {},
      ...report.repository.commit ? { commit: report.repository.commit } : {},
      ...report.repository.ref ? { ref: report.repository.ref } : {}
    },
    policy: { digest: report.policy.digest, failOn: report.policy.failOn, ...report.policy.file ? { file: report.policy.file } : {} },
    level: report.level,
    checks: report.checks.map((c) => ({
      id: c.id,
      version: c.version,
      level: c.level,
      status: c.status,
      satisfied: c.satisfied,
      ...reasonOf(c) ? { reason: reasonOf(c) } : {}
    })),
    exemptions: report.policy.exemptions.map((e) => ({ check: e.check, reason: e.reason, expires: e.expires, status: e.status })),
    report: { digest: `sha256:${reportDigest}`, schemaVersion: report.schemaVersion },
    crosswalkVersion: CROSSWALK_VERSION,
    issuedAt: issued.toISOString(),
    validUntil: validUntil.toISOString()
  };
  if (report.vulnerabilities) {
    const v = report.vulnerabilities;
    predicate.vulnerabilities = {
      // the folder of a database is a path on the machine that ran the check: not signed
      ...v.source ? { source: { kind: v.source.kind, date: v.source.date, digest: v.source.digest } } : {},
      ...v.unknown ? { unknown: v.unknown } : {},
      counts: { ...v.counts },
      suppressed: v.findings.filter((f) => f.state === "suppressed").length,
      ignored: v.findings.filter((f) => f.state === "ignored").length
    };
  }
  const licence = inputs.licenceExpression ?? report.licence?.expression;
  if (licence) predicate.licence = { expression: licence };
  const project = projectOf(report);
  if (project) predicate.project = project;
  const activity = activityOf(report);
  if (activity) predicate.activity = activity;
  if (inputs.sbom) {
    const digest = sha256Of(inputs.sbom.bytes);
    subject.push({ name: inputs.sbom.name, digest: { sha256: digest } });
    predicate.sbom = { digest: `sha256:${digest}`, format: inputs.sbom.format };
  }
  return { _type: STATEMENT_TYPE, subject, predicateType: PREDICATE_TYPE, predicate };
}

// schema/predicate.schema.json
var predicate_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://ois-ready.eu/attestation/v1/schema.json",
  title: "OIS-ready attestation predicate v1 (predicateType https://ois-ready.eu/attestation/v1)",
  type: "object",
  additionalProperties: false,
  required: ["tool", "repository", "policy", "level", "checks", "exemptions", "report", "crosswalkVersion", "issuedAt", "validUntil"],
  definitions: {
    digest: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
    level: { type: "integer", enum: [1, 2, 3] }
  },
  properties: {
    tool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: { name: { const: "ois-ready" }, version: { type: "string", minLength: 1 } }
    },
    repository: {
      type: "object",
      additionalProperties: false,
      properties: {
        url: { type: "string", pattern: "^https://[^/@\\s]+/\\S+$" },
        commit: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" },
        ref: { type: "string" }
      }
    },
    policy: {
      type: "object",
      additionalProperties: false,
      required: ["digest", "failOn"],
      properties: {
        digest: { $ref: "#/definitions/digest" },
        file: { type: "string" },
        failOn: { oneOf: [{ const: "none" }, { $ref: "#/definitions/level" }] }
      }
    },
    level: { type: "integer", enum: [0, 1, 2, 3] },
    checks: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "version", "level", "status", "satisfied"],
        properties: {
          id: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
          version: { type: "string" },
          level: { $ref: "#/definitions/level" },
          status: { enum: ["pass", "fail", "unknown", "not-applicable", "error", "skipped"] },
          satisfied: { type: "boolean" },
          reason: {
            type: "string",
            minLength: 1,
            maxLength: 300,
            description: "the one line that sums up the result (optional; older attestations have none)"
          }
        }
      }
    },
    exemptions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["check", "reason", "expires", "status"],
        properties: {
          check: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
          reason: { type: "string", pattern: "\\S" },
          expires: { type: "string", format: "date" },
          status: { enum: ["applied", "not-needed", "expired"] }
        }
      }
    },
    licence: {
      type: "object",
      additionalProperties: false,
      required: ["expression"],
      properties: { expression: { type: "string", minLength: 1 } }
    },
    project: {
      type: "object",
      additionalProperties: false,
      description: "what a catalogue shows of the project, as publiccode.yml or its manifests state it (optional; older attestations have none)",
      properties: {
        name: { type: "string", minLength: 1, maxLength: 200 },
        description: { type: "string", minLength: 1, maxLength: 300 },
        organisation: { type: "string", minLength: 1, maxLength: 200 },
        languages: { type: "array", maxItems: 5, items: { type: "string", minLength: 1, maxLength: 100 } }
      }
    },
    activity: {
      type: "object",
      additionalProperties: false,
      description: "the git history: last commit, commits and authors in the 365 days before issuedAt (left out for a shallow clone), latest version tag (optional; older attestations have none)",
      properties: {
        lastCommitDate: { type: "string", format: "date-time" },
        commitsLastYear: { type: "integer", minimum: 0 },
        authorsLastYear: { type: "integer", minimum: 0 },
        latestVersionTag: {
          type: "object",
          additionalProperties: false,
          required: ["name", "version"],
          properties: {
            name: { type: "string", minLength: 1, maxLength: 200 },
            version: { type: "string", minLength: 1, maxLength: 200 },
            date: { type: "string", format: "date-time" }
          }
        }
      }
    },
    sbom: {
      type: "object",
      additionalProperties: false,
      required: ["digest", "format"],
      properties: { digest: { $ref: "#/definitions/digest" }, format: { type: "string" } }
    },
    vulnerabilities: {
      type: "object",
      additionalProperties: false,
      required: ["counts", "suppressed", "ignored"],
      properties: {
        source: {
          type: "object",
          additionalProperties: false,
          required: ["kind", "date", "digest"],
          properties: {
            kind: { enum: ["database", "api"] },
            date: { type: "string" },
            digest: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" }
          }
        },
        unknown: { type: "string" },
        counts: {
          type: "object",
          additionalProperties: false,
          required: ["malicious", "critical", "high", "medium", "low", "unknown"],
          properties: {
            malicious: { type: "integer", minimum: 0 },
            critical: { type: "integer", minimum: 0 },
            high: { type: "integer", minimum: 0 },
            medium: { type: "integer", minimum: 0 },
            low: { type: "integer", minimum: 0 },
            unknown: { type: "integer", minimum: 0 }
          }
        },
        suppressed: { type: "integer", minimum: 0 },
        ignored: { type: "integer", minimum: 0 }
      }
    },
    report: {
      type: "object",
      additionalProperties: false,
      required: ["digest", "schemaVersion"],
      properties: { digest: { $ref: "#/definitions/digest" }, schemaVersion: { type: "string" } }
    },
    crosswalkVersion: { type: "string", minLength: 1 },
    issuedAt: { type: "string", format: "date-time" },
    validUntil: { type: "string", format: "date-time" }
  }
};

// src/attest/canonical-json.ts
function isCanonicalJsonText(value, text) {
  return keysSorted(value) ? JSON.stringify(value) === text : canonicalize(value) === text;
}
function keysSorted(value) {
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!keysSorted(item)) return false;
    return true;
  }
  const record = value;
  let previous;
  for (const key of Object.keys(record)) {
    if (previous !== void 0 && !(previous < key)) return false;
    if (!keysSorted(record[key])) return false;
    previous = key;
  }
  return true;
}
function canonicalJson(value) {
  if (keysSorted(value)) return JSON.stringify(value);
  const copy = sortedCopy(value);
  return copy === NOT_SORTABLE ? canonicalize(value) ?? "" : JSON.stringify(copy);
}
var NOT_SORTABLE = /* @__PURE__ */ Symbol("not sortable");
var INTEGER_LIKE = /^(0|[1-9]\d*)$/;
function sortedCopy(value) {
  if (value === null || typeof value !== "object" || typeof value.toJSON === "function") return value;
  if (Array.isArray(value)) {
    const out2 = [];
    for (const item of value) {
      const copy = sortedCopy(item);
      if (copy === NOT_SORTABLE) return NOT_SORTABLE;
      out2.push(copy);
    }
    return out2;
  }
  const record = value;
  const out = {};
  for (const key of Object.keys(record).sort()) {
    if (INTEGER_LIKE.test(key)) return NOT_SORTABLE;
    const copy = sortedCopy(record[key]);
    if (copy === NOT_SORTABLE) return NOT_SORTABLE;
    out[key] = copy;
  }
  return out;
}
function parseCanonicalJson(text, maxDepth) {
  if (text.charCodeAt(0) === 65279 || /[\uD800-\uDFFF]|\\u[dD][89a-fA-F]/.test(text)) return void 0;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  return sortedWithin(value, 0, maxDepth) && JSON.stringify(value) === text ? { value } : void 0;
}
function sortedWithin(value, depth, maxDepth) {
  if (value === null || typeof value !== "object") return true;
  if (depth >= maxDepth) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!sortedWithin(item, depth + 1, maxDepth)) return false;
    return true;
  }
  const record = value;
  let previous;
  for (const key of Object.keys(record)) {
    if (key === "__proto__" || previous !== void 0 && !(previous < key)) return false;
    if (!sortedWithin(record[key], depth + 1, maxDepth)) return false;
    previous = key;
  }
  return true;
}

// src/attest/dsse.ts
function pae(payloadType, payload) {
  const type = Buffer.from(payloadType, "utf8");
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
var BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;
var BASE64URL = /^[A-Za-z0-9_-]*$/;
var BASE64URL_PADDED = /^[A-Za-z0-9_-]*={1,2}$/;
function decodeBase64(text) {
  if (text.length % 4 === 0 && BASE64_TEXT.test(text)) return Buffer.from(text, "base64");
  if (BASE64URL.test(text) && text.length % 4 !== 1 || text.length % 4 === 0 && BASE64URL_PADDED.test(text))
    return Buffer.from(text, "base64url");
  return void 0;
}
function asEnvelope(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const v = value;
  if (typeof v.payloadType !== "string" || typeof v.payload !== "string" || !Array.isArray(v.signatures)) return void 0;
  for (const s of v.signatures) {
    if (!s || typeof s !== "object" || typeof s.sig !== "string") return void 0;
    if (s.keyid !== void 0 && typeof s.keyid !== "string") return void 0;
  }
  return { payloadType: v.payloadType, payload: v.payload, signatures: v.signatures };
}

// src/attest/verify.ts
var validatePredicate = lazySchema(predicate_schema_default, { allErrors: false });
var SKEW_MS = 5 * 6e4;
function verifyKeySignatures(envelope, payload, keys) {
  const steps = signatureSteps(envelope, payload, keys);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    step = steps.next(verifyBytes(step.value.key, step.value.message, step.value.sig));
  }
}
async function verifyKeySignaturesAsync(envelope, payload, keys) {
  const steps = signatureSteps(envelope, payload, keys);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    step = steps.next(await verifyBytesAsync(step.value.key, step.value.message, step.value.sig));
  }
}
function* signatureSteps(envelope, payload, keys) {
  if (keys.length === 0) return { ok: false, rejections: [{ code: "unknown-key", message: "no trusted key given (use --key PUB.pem)" }] };
  if (envelope.signatures.length === 0)
    return { ok: false, rejections: [{ code: "bad-signature", message: "the envelope has no signatures" }] };
  const message = pae(envelope.payloadType, payload);
  const rejections = [];
  for (const signature of envelope.signatures) {
    const sig = decodeCanonical(signature.sig);
    if (!sig) {
      rejections.push({ code: "malformed", message: "a signature is not canonical base64" });
      continue;
    }
    const candidates = signature.keyid ? keys.filter((k) => k.keyid === signature.keyid) : keys;
    if (candidates.length === 0) {
      rejections.push({
        code: "unknown-key",
        message: `signed by key ${signature.keyid?.slice(0, 80)}, which is not among the trusted keys (${keys.map((k) => k.keyid.slice(0, 16)).join(", ")}\u2026)`
      });
      continue;
    }
    for (const key of candidates) {
      if (yield { key, message, sig })
        return { ok: true, rejections: [], signer: { type: "key", keyid: key.keyid, algorithm: key.algorithm, source: key.source } };
    }
    rejections.push({
      code: "bad-signature",
      message: signature.keyid ? `the signature does not verify with key ${signature.keyid.slice(0, 16)}\u2026 (${candidates[0].source}): the envelope was altered or signed by another key` : "no trusted key verifies the signature"
    });
  }
  return { ok: false, rejections };
}
function decodeCanonical(text) {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length === 0) return void 0;
  const std = bytes.toString("base64");
  const url = bytes.toString("base64url");
  return text === std || text === url || text === `${url}${"=".repeat((4 - url.length % 4) % 4)}` ? bytes : void 0;
}
function parseEnvelope(value) {
  const envelope = asEnvelope(value);
  if (!envelope) return { rejections: [{ code: "malformed", message: "not a DSSE envelope (needs payloadType, payload and signatures)" }] };
  const extra = Object.keys(value).filter((k) => !["payloadType", "payload", "signatures"].includes(k));
  if (extra.length) return { rejections: [{ code: "malformed", message: `unexpected envelope field(s): ${names(extra)}` }] };
  for (const s of envelope.signatures) {
    const fields = Object.keys(s).filter((k) => k !== "sig" && k !== "keyid");
    if (fields.length) return { rejections: [{ code: "malformed", message: `unexpected signature field(s): ${names(fields)}` }] };
  }
  const sigs = envelope.signatures.map((s) => decodeBase64(s.sig)?.toString("hex") ?? s.sig);
  if (new Set(sigs).size !== sigs.length)
    return { rejections: [{ code: "malformed", message: "the envelope holds the same signature twice" }] };
  if (envelope.payloadType !== PAYLOAD_TYPE) {
    return {
      envelope,
      rejections: [{ code: "payload-type", message: `payload type is "${envelope.payloadType.slice(0, 80)}", expected "${PAYLOAD_TYPE}"` }]
    };
  }
  const payload = decodeCanonical(envelope.payload);
  if (!payload) return { envelope, rejections: [{ code: "malformed", message: "the payload is not canonical base64" }] };
  return { envelope, payload, rejections: [] };
}
function checkStatement(payload, options) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(payload);
  } catch {
    return { rejections: [{ code: "malformed", message: "the payload is not UTF-8" }] };
  }
  const fast = parseCanonicalJson(text, MAX_ATTESTATION_DEPTH);
  if (fast) return statementChecks(fast.value, options);
  const read = parseAttestationJson(text);
  if ("error" in read) return { rejections: [{ code: "malformed", message: `the payload ${read.error}` }] };
  const parsed = read.value;
  if (!isCanonicalJsonText(parsed, text)) {
    return {
      rejections: [{ code: "malformed", message: "the payload is not canonical JSON (RFC 8785), as ois-ready signs it" }]
    };
  }
  return statementChecks(parsed, options);
}
function statementChecks(parsed, options) {
  const statement = parsed;
  const rejections = [];
  if (!statement || typeof statement !== "object" || statement._type !== STATEMENT_TYPE) {
    return {
      rejections: [{ code: "statement-type", message: `statement _type is ${shown(statement?._type)}, expected "${STATEMENT_TYPE}"` }]
    };
  }
  if (statement.predicateType !== PREDICATE_TYPE) {
    return {
      rejections: [
        { code: "predicate-type", message: `predicate type is ${shown(statement.predicateType)}, expected "${PREDICATE_TYPE}"` }
      ]
    };
  }
  const extra = Object.keys(statement).filter((k) => !["_type", "subject", "predicateType", "predicate"].includes(k));
  if (extra.length) return { rejections: [{ code: "schema", message: `unexpected statement field(s): ${names(extra)}` }] };
  const validate = validatePredicate();
  if (!validate(statement.predicate)) {
    const e = validate.errors?.[0];
    return {
      rejections: [
        { code: "schema", message: `the predicate does not match its schema: ${e?.instancePath || "/"} ${e?.message ?? ""}`.trim() }
      ]
    };
  }
  const p = statement.predicate;
  const consistency = predicateInconsistency(p);
  if (consistency) return { rejections: [{ code: "schema", message: consistency }] };
  const subjectProblem = subjectMismatch(statement);
  if (subjectProblem) rejections.push({ code: "subject-mismatch", message: subjectProblem });
  if (options.repo && normaliseUrl(options.repo) !== normaliseUrl(p.repository.url ?? "")) {
    rejections.push({ code: "repo-mismatch", message: `attests ${p.repository.url ?? "no repository URL"}, expected ${options.repo}` });
  }
  if (options.commit && !(p.repository.commit ?? "").startsWith(options.commit.toLowerCase())) {
    rejections.push({ code: "commit-mismatch", message: `attests commit ${p.repository.commit ?? "(none)"}, expected ${options.commit}` });
  }
  const at = (options.at ?? /* @__PURE__ */ new Date()).getTime();
  if (at > Date.parse(p.validUntil)) rejections.push({ code: "expired", message: `expired at ${p.validUntil}` });
  if (at < Date.parse(p.issuedAt) - SKEW_MS)
    rejections.push({ code: "not-yet-valid", message: `issued at ${p.issuedAt}, after the verification time` });
  if (options.minLevel !== void 0 && p.level < options.minLevel) {
    rejections.push({ code: "level-too-low", message: `attests level ${p.level}, at least ${options.minLevel} required` });
  }
  if (options.reportDigest && `sha256:${options.reportDigest}` !== p.report.digest) {
    rejections.push({
      code: "report-digest-mismatch",
      message: `the report given has sha256 ${options.reportDigest}, the attestation covers ${p.report.digest}`
    });
  }
  return { statement, rejections };
}
function subjectMismatch(statement) {
  const p = statement.predicate;
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  const expected = [];
  if (p.repository.commit) expected.push({ name: p.repository.url ?? "repository", digest: { gitCommit: p.repository.commit } });
  expected.push({ name: "report.json", digest: { sha256: p.report.digest.slice("sha256:".length) } });
  if (p.sbom) expected.push({ name: "*", digest: { sha256: p.sbom.digest.slice("sha256:".length) } });
  if (subjects.length !== expected.length)
    return `the statement has ${subjects.length} subject(s), expected ${expected.length} (commit, report.json${p.sbom ? ", SBOM" : ""})`;
  for (const [i, want] of expected.entries()) {
    const got = subjects[i];
    if (!got || typeof got !== "object" || want.name !== "*" && got.name !== want.name || canonicalJson(got.digest) !== canonicalJson(want.digest)) {
      return `subject ${i + 1} (${typeof got?.name === "string" ? got.name.slice(0, 80) : shown(got?.name)}) does not match the predicate`;
    }
  }
  return void 0;
}
function predicateInconsistency(p) {
  const issued = Date.parse(p.issuedAt);
  const until = Date.parse(p.validUntil);
  if (!Number.isFinite(issued) || !Number.isFinite(until)) return `issuedAt ${p.issuedAt} or validUntil ${p.validUntil} is not a time`;
  if (until <= issued) return "validUntil is not after issuedAt";
  if (until - issued > MAX_VALID_DAYS * 864e5) return `the validity window is longer than ${MAX_VALID_DAYS} days`;
  const computed = computeLevels(p.checks).level;
  if (computed !== p.level) return `level ${p.level} is not the level the check results give (${computed})`;
  const ids = new Set(p.checks.map((c) => c.id));
  const stray = p.exemptions.find((e) => !ids.has(e.check));
  if (stray) return `an exemption names "${stray.check.slice(0, 40)}", which is not among the checks`;
  const lapsed = p.exemptions.find((e) => e.status === "applied" && e.expires < p.issuedAt.slice(0, 10));
  if (lapsed)
    return `the exemption of ${lapsed.check} is marked applied, but it expired on ${lapsed.expires}, before the attestation was issued`;
  return void 0;
}
function shown(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}\u2026` : text;
}
function names(keys) {
  const listed = keys.slice(0, 5).map((k) => k.length > 40 ? `${k.slice(0, 40)}\u2026` : k);
  return keys.length > 5 ? `${listed.join(", ")} and ${keys.length - 5} more` : listed.join(", ");
}
function normaliseUrl(url) {
  return url.trim().replace(/\.git$/, "").replace(/\/+$/, "").toLowerCase();
}
function verifyEnvelope(value, options) {
  const verifiedAt = (options.at ?? /* @__PURE__ */ new Date()).toISOString();
  const parsed = parseEnvelope(value);
  if (!parsed.envelope || !parsed.payload) return { valid: false, rejections: parsed.rejections, verifiedAt };
  return afterSignature(parsed.payload, verifyKeySignatures(parsed.envelope, parsed.payload, options.keys ?? []), options, verifiedAt);
}
async function verifyEnvelopeAsync(value, options) {
  const verifiedAt = (options.at ?? /* @__PURE__ */ new Date()).toISOString();
  const parsed = parseEnvelope(value);
  if (!parsed.envelope || !parsed.payload) return { valid: false, rejections: parsed.rejections, verifiedAt };
  const signature = await verifyKeySignaturesAsync(parsed.envelope, parsed.payload, options.keys ?? []);
  return afterSignature(parsed.payload, signature, options, verifiedAt);
}
function afterSignature(payload, signature, options, verifiedAt) {
  if (!signature.ok) return { valid: false, rejections: signature.rejections, verifiedAt };
  const { statement, rejections } = checkStatement(payload, options);
  return {
    valid: rejections.length === 0,
    rejections,
    ...signature.signer ? { signer: signature.signer } : {},
    ...statement ? { statement } : {},
    verifiedAt
  };
}

export {
  pae,
  PAYLOAD_TYPE,
  sha256Hex,
  buildStatement,
  canonicalJson,
  checkStatement,
  verifyEnvelope,
  verifyEnvelopeAsync
};
