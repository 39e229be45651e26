import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isSigstoreBundle,
  makeVerifier,
  verifySigstoreBundle
} from "./cli-DNT5QIMO.js";
import {
  publicKeyFromFile
} from "./cli-WVIYRYXA.js";
import {
  writeOutputs
} from "./cli-7Q62MYNX.js";
import {
  registry,
  require_spdx_satisfies
} from "./cli-K3J6YZNT.js";
import {
  DEFAULT_FETCH,
  streamAll
} from "./cli-OHF2XLYJ.js";
import "./cli-STNUJCYO.js";
import "./cli-CMHSVN5M.js";
import "./cli-OQ7V57UQ.js";
import "./cli-IEPTYG5A.js";
import "./cli-HVAKYI6X.js";
import {
  require_spdx_expression_parse
} from "./cli-DUHQOW6B.js";
import {
  parseYaml,
  require_picomatch
} from "./cli-OZMZAFTQ.js";
import {
  canonicalJson,
  sha256Hex,
  verifyEnvelope,
  verifyEnvelopeAsync
} from "./cli-NAAW3K7K.js";
import {
  AttestationReader,
  MAX_ATTESTATION_BYTES
} from "./cli-6RUMOVE5.js";
import {
  partsDocument
} from "./cli-T7X4NOLO.js";
import "./cli-TKJ7F2JB.js";
import {
  lazySchema
} from "./cli-4DWRY7RY.js";
import "./cli-AHRLZAO7.js";
import "./cli-BKLTSLIV.js";
import {
  EXIT
} from "./cli-6ZZFNIXW.js";
import "./cli-PHPCDMR4.js";
import {
  AWARDED_LEVELS
} from "./cli-MMGOHJES.js";
import {
  ConfigError,
  DOCS_BASE,
  UsageError,
  printable
} from "./cli-XG6W23XE.js";
import {
  __toESM
} from "./cli-SGVELQFP.js";

// src/cli/catalogue-commands.ts
import { resolve as resolve2 } from "node:path";

// src/catalogue/build.ts
import { closeSync, constants, lstatSync as lstatSync2, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";

// src/catalogue/record.ts
var CATALOGUE_SCHEMA_VERSION = "1.1.0";
function toRecord(verification, source, raw, expired) {
  const p = verification.statement.predicate;
  const signer = verification.signer;
  return {
    ...p.activity ? { activity: p.activity } : {},
    attestationSha256: sha256Hex(raw),
    checks: p.checks.map((c) => ({
      id: c.id,
      level: c.level,
      ...c.reason ? { reason: c.reason } : {},
      satisfied: c.satisfied,
      status: c.status
    })),
    ...p.repository.commit ? { commit: p.repository.commit } : {},
    exemptions: p.exemptions.map((e) => ({ check: e.check, expires: e.expires, reason: e.reason, status: e.status })),
    expired,
    issuedAt: p.issuedAt,
    level: p.level,
    ...p.licence ? { licence: p.licence.expression } : {},
    passed: p.checks.filter((c) => c.satisfied && c.status === "pass").map((c) => c.id),
    policyDigest: p.policy.digest,
    ...p.project ? { project: p.project } : {},
    ...p.repository.ref ? { ref: p.repository.ref } : {},
    repository: p.repository.url,
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    signer: signer.type === "key" ? { keyid: signer.keyid, type: "key" } : { identity: signer.identity, issuer: signer.issuer, type: "sigstore" },
    source,
    tool: p.tool,
    validUntil: p.validUntil
  };
}
var RecordPool = class {
  /** At most this many distinct values are remembered (a catalogue whose records share nothing gains nothing). */
  constructor(limit = 1e5) {
    this.limit = limit;
  }
  limit;
  values = /* @__PURE__ */ new Map();
  share(record) {
    record.checks = this.one(record.checks);
    record.passed = this.one(record.passed);
    record.exemptions = this.one(record.exemptions);
    record.signer = this.one(record.signer);
    record.tool = this.one(record.tool);
    record.policyDigest = this.one(record.policyDigest);
    return record;
  }
  one(value) {
    const key = JSON.stringify(value);
    const known = this.values.get(key);
    if (known !== void 0) return known;
    if (this.values.size < this.limit) this.values.set(key, value);
    return value;
  }
};

// src/catalogue/trust-file.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// schema/trust.schema.json
var trust_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ois-ready/ois-ready/blob/main/schema/trust.schema.json",
  title: "ois-ready catalogue trust file: which signers a catalogue accepts, and for which repositories",
  type: "object",
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    keys: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path"],
        properties: {
          path: { type: "string", minLength: 1, description: "PEM public key, relative to the trust file" },
          name: { type: "string" },
          repositories: { $ref: "#/definitions/repositories" }
        }
      }
    },
    sigstore: {
      type: "object",
      additionalProperties: false,
      required: ["trusted-root", "identities"],
      properties: {
        "trusted-root": { type: "string", minLength: 1, description: "trusted_root.json, relative to the trust file" },
        identities: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["issuer"],
            description: "identity (exact) or identity-regexp (anchored) is required",
            properties: {
              issuer: { type: "string", minLength: 1 },
              identity: { type: "string", minLength: 1 },
              "identity-regexp": { type: "string", minLength: 1 },
              repositories: { $ref: "#/definitions/repositories" }
            }
          }
        }
      }
    }
  },
  definitions: {
    repositories: {
      type: "array",
      minItems: 1,
      description: "Glob patterns of repository URLs this signer may attest, matched case-insensitively against https://host/path (no trailing slash or .git): * matches within one path segment (never /), ** as a whole segment any number of segments, ? one character, {a,b} either. https://github.com/kommune/* covers kommune's repositories, https://github.com/** every repository on github.com; https://github.com/* only URLs of one segment (a warning says so). Leave the key out to trust any repository",
      items: { type: "string", pattern: "^https://" }
    }
  }
};

// src/catalogue/trust-file.ts
var trustValidator = lazySchema(trust_schema_default);
var MAX_REPOSITORY_URL = 2048;
function repositoryMatcher(patterns) {
  if (patterns === void 0) return () => true;
  const isMatch = (0, import_picomatch.default)(patterns.map(plainPattern));
  return (repository) => {
    if (repository.length > MAX_REPOSITORY_URL) return false;
    if (!/^https:\/\/[a-z0-9.-]+(:\d+)?(\/[A-Za-z0-9_.~-]+)+\/?$/i.test(repository) || /\/\.{1,2}(\/|$)/.test(repository)) return false;
    return isMatch(
      repository.toLowerCase().replace(/\/+$/, "").replace(/\.git$/, "")
    );
  };
}
var plainPattern = (pattern) => pattern.toLowerCase().replace(/\/+$/, "").replace(/\.git$/, "");
function patternWarning(pattern) {
  const plain = plainPattern(pattern);
  const path = plain.replace(/^https:\/\/[^/]*/, "");
  const segments = path.split("/").filter(Boolean);
  if (segments.some((s) => s === "**")) return void 0;
  if (segments.length >= 2) return void 0;
  const host = plain.slice(0, plain.length - path.length);
  const what = segments.length === 0 ? "only the host itself" : `only URLs of one path segment, such as ${host}/${segments[0] === "*" ? "NAME" : segments[0]}`;
  return `${pattern} matches ${what}: \`*\` does not cross \`/\`, and a repository is usually https://host/owner/repo. Write ${host}/**${segments.length ? ` (every repository of the host) or ${host}/${segments[0]}/* (one owner's repositories)` : " (every repository of the host)"}`;
}
function loadTrustFile(path) {
  let text;
  try {
    if (lstatSync(path).size > 1 << 20) throw new UsageError(`trust file ${path} is larger than 1 MiB`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`trust file ${path} does not exist`);
  }
  const yaml = parseYaml(text);
  if (yaml.errors.length)
    throw new ConfigError(
      yaml.errors.map((e) => ({ file: path, line: e.line, column: e.column, key: "", message: `invalid YAML: ${e.message}` }))
    );
  const validate = trustValidator();
  if (!validate(yaml.value ?? {})) {
    throw new ConfigError(
      (validate.errors ?? []).slice(0, 5).map((e) => {
        const segments = e.instancePath.split("/").slice(1).map((s) => /^\d+$/.test(s) ? Number(s) : s);
        return {
          file: path,
          ...yaml.lineAt(segments) ? { line: yaml.lineAt(segments) } : {},
          key: e.instancePath.slice(1).replace(/\//g, "."),
          message: e.message ?? "invalid"
        };
      })
    );
  }
  const raw = yaml.value ?? {};
  const base = dirname(resolve(path));
  const warnings = [];
  const entry = (at, label, patterns) => {
    const line = yaml.lineAt(at);
    const describe = `${path}${line ? `:${line}` : ""} ${label}`;
    for (const [j, pattern] of (patterns ?? []).entries()) {
      const why = patternWarning(pattern);
      const patternLine = yaml.lineAt([...at, "repositories", j]);
      if (why) warnings.push(`${path}${patternLine ? `:${patternLine}` : line ? `:${line}` : ""}: ${why}`);
    }
    return { describe, ...patterns ? { patterns } : {} };
  };
  const keys = (raw.keys ?? []).map((k, i) => ({
    key: publicKeyFromFile(resolve(base, k.path)),
    covers: repositoryMatcher(k.repositories),
    entry: entry(["keys", i], `keys[${i}] (${k.name ?? k.path})`, k.repositories)
  }));
  let identities = [];
  if (raw.sigstore) {
    const rootPath = resolve(base, raw.sigstore["trusted-root"]);
    let trustedRoot;
    try {
      trustedRoot = JSON.parse(readFileSync(rootPath, "utf8"));
    } catch {
      throw new UsageError(`trusted root ${rootPath} (from ${path}) is missing or not JSON`);
    }
    identities = raw.sigstore.identities.map((i, n) => {
      const trust = {
        trustedRoot,
        issuer: i.issuer,
        ...i.identity ? { identity: i.identity } : {},
        ...i["identity-regexp"] ? { identityRegexp: i["identity-regexp"] } : {}
      };
      const describe = `${i.identity ?? i["identity-regexp"]} (${i.issuer})`;
      return {
        trust,
        prepared: makeVerifier(trust),
        covers: repositoryMatcher(i.repositories),
        describe,
        entry: entry(["sigstore", "identities", n], `sigstore.identities[${n}] (${describe})`, i.repositories)
      };
    });
  }
  if (keys.length === 0 && identities.length === 0)
    throw new UsageError(`trust file ${path} trusts nobody: add keys or sigstore identities`);
  return { keys, identities, warnings };
}

// src/catalogue/build.ts
var TrustUsage = class {
  covered = /* @__PURE__ */ new Map();
  missed = /* @__PURE__ */ new Map();
  cover(entry) {
    this.covered.set(entry, (this.covered.get(entry) ?? 0) + 1);
  }
  miss(entry, repository) {
    const m = this.missed.get(entry) ?? { count: 0, examples: [] };
    m.count++;
    if (m.examples.length < 3 && !m.examples.includes(repository)) m.examples.push(repository.slice(0, 200));
    this.missed.set(entry, m);
  }
  /** One warning per entry that covered no attestation: none was signed by it, or its patterns missed their repositories. */
  warnings(trust) {
    const out = [];
    for (const entry of [...trust.keys.map((k) => k.entry), ...trust.identities.map((i) => i.entry)]) {
      if (this.covered.get(entry)) continue;
      const missed = this.missed.get(entry);
      if (!missed) {
        out.push(`${entry.describe} matched nothing: no attestation was signed by it`);
        continue;
      }
      const hints = (entry.patterns ?? []).map(patternWarning).filter((h) => h !== void 0);
      out.push(
        `${entry.describe} matched nothing: ${missed.count} attestation(s) signed by it are for repositories its patterns (${(entry.patterns ?? []).join(", ")}) do not cover, e.g. ${missed.examples.join(", ")}${hints.length ? `. ${hints.join(". ")}` : ""}`
      );
    }
    return out;
  }
};
function verifyWithTrust(value, trust, at, usage) {
  if (isSigstoreBundle(value)) {
    let last;
    for (const identity of trust.identities) {
      const v = verifySigstoreBundle(value, identity.trust, { at }, identity.prepared);
      if (v.statement) return coverage(v, [identity.entry], identity.covers, identity.describe, usage);
      last = v;
    }
    return last ?? {
      valid: false,
      rejections: [{ code: "unknown-key", message: "a Sigstore bundle, but the trust file names no Sigstore identities" }],
      verifiedAt: at.toISOString()
    };
  }
  return keyCoverage(verifyEnvelope(value, { keys: trust.keys.map((k) => k.key), at }), trust, usage);
}
async function verifyWithTrustDeferred(value, trust, at) {
  if (isSigstoreBundle(value)) return (usage) => verifyWithTrust(value, trust, at, usage);
  const v = await verifyEnvelopeAsync(value, { keys: trust.keys.map((k) => k.key), at });
  return (usage) => keyCoverage(v, trust, usage);
}
function keyCoverage(v, trust, usage) {
  if (!v.statement || v.signer?.type !== "key") return v;
  const keyid = v.signer.keyid;
  const entries = trust.keys.filter((k) => k.key.keyid === keyid);
  return coverage(
    v,
    entries.map((k) => k.entry),
    (repo) => {
      let covered = false;
      for (const k of entries) {
        if (k.covers(repo)) {
          usage?.cover(k.entry);
          covered = true;
        } else usage?.miss(k.entry, repo);
      }
      return covered;
    },
    `key ${keyid.slice(0, 16)}\u2026 (${entries[0].key.source})`,
    usage,
    true
  );
}
function coverage(v, entries, covers, signer, usage, counted = false) {
  const repo = v.statement?.predicate.repository.url;
  if (!repo)
    return {
      ...v,
      valid: false,
      rejections: [...v.rejections, { code: "repo-mismatch", message: "the attestation names no repository URL" }]
    };
  if (!covers(repo)) {
    if (!counted) for (const e of entries) usage?.miss(e, repo);
    const hints = [...new Set(entries.flatMap((e) => e.patterns ?? []))].map(patternWarning).filter((h) => h !== void 0);
    return {
      ...v,
      valid: false,
      rejections: [
        ...v.rejections,
        {
          code: "repo-mismatch",
          message: `${signer} is not trusted for ${repo} (not covered by its repositories in the trust file${hints.length ? `; ${hints.join("; ")}` : ""})`
        }
      ]
    };
  }
  if (!counted) for (const e of entries) usage?.cover(e);
  return v;
}
var MAX_LISTED_REJECTIONS = 1e3;
var MAX_URL_LIST_BYTES = MAX_ATTESTATION_BYTES;
var CHUNK_BYTES = 1 << 20;
var BINARY_PROBE_BYTES = 8e3;
var IndexPart = class {
  newest = /* @__PURE__ */ new Map();
  rejected = [];
  unlisted = 0;
  rejectedCount = 0;
  attestations = 0;
  accepted = 0;
  keep(record) {
    const key = repositoryKey(record.repository);
    const current = this.newest.get(key);
    if (!current || newer(record, current)) this.newest.set(key, record);
  }
  reject(entry, listAll = false) {
    this.rejectedCount++;
    if (listAll || this.rejected.length < MAX_LISTED_REJECTIONS) this.rejected.push(entry);
    else this.unlisted++;
  }
  /** Adds a source's part, once the source has been read whole. */
  merge(part, source) {
    for (const record of part.newest.values()) this.keep(record);
    for (const entry of part.rejected) this.rejected.push(entry);
    if (part.unlisted)
      this.rejected.push({
        source,
        reasons: [
          {
            code: "not-listed",
            message: `${part.unlisted} more rejected attestations of ${source} are not listed (at most ${MAX_LISTED_REJECTIONS} are listed per source)`
          }
        ]
      });
    this.rejectedCount += part.rejectedCount;
    this.attestations += part.attestations;
    this.accepted += part.accepted;
  }
};
function sourceReader(source, trust, at, pool, usage) {
  const part = new IndexPart();
  const pending = [];
  let last = Promise.resolve();
  const reader = new AttestationReader((a) => {
    const name = a.many ? `${source}:${a.line}` : source;
    if (a.error !== void 0) {
      const error = a.error;
      last = last.then(() => part.reject({ source: name, reasons: [{ code: "malformed", message: error }] }));
    } else {
      const verified = verifyWithTrustDeferred(a.value, trust, at);
      last = last.then(() => verified).then((finish) => {
        part.attestations++;
        const v = finish(usage);
        const onlyExpired = !v.valid && v.statement !== void 0 && v.rejections.every((r) => r.code === "expired");
        if (!v.valid && !onlyExpired) return part.reject({ source: name, reasons: v.rejections });
        part.accepted++;
        part.keep(pool.share(toRecord(v, name, a.text ?? "", onlyExpired)));
      });
    }
    pending.push(last);
  });
  const settle = async (window) => {
    try {
      while (pending.length > window) await pending.shift();
    } catch (error) {
      for (const p of pending.splice(0)) p.catch(() => {
      });
      throw error;
    }
  };
  return { part, reader, settle };
}
var VERIFY_WINDOW = 64;
async function buildCatalogue(inputs, trust, at, fetchOptions) {
  const index = new IndexPart();
  const pool = new RecordPool();
  const usage = new TrustUsage();
  const urls = [];
  const unreadable = (source, code, message) => index.reject({ source, reasons: [{ code, message }] }, true);
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      urls.push(input);
      continue;
    }
    for (const file of listFiles(input, unreadable)) {
      const listed = await readFileSource(file, unreadable, async (fd) => {
        const { part, reader, settle } = sourceReader(file, trust, at, pool, usage);
        for (const chunk of chunksOf(fd)) {
          reader.push(chunk);
          await settle(VERIFY_WINDOW);
        }
        reader.end();
        await settle(0);
        index.merge(part, file);
      });
      if (listed) urls.push(...listed);
    }
  }
  await streamAll([...new Set(urls)], fetchOptions, (url) => {
    const { part, reader, settle } = sourceReader(url, trust, at, pool, usage);
    return {
      sink: (chunk) => reader.push(chunk),
      end: async (result) => {
        if (!result.ok) {
          await settle(0).catch(() => {
          });
          return unreadable(url, "unreachable", result.reason);
        }
        reader.end();
        await settle(0);
        index.merge(part, url);
      }
    };
  });
  const records = [...index.newest.values()].sort((a, b) => a.repository < b.repository ? -1 : 1);
  const rejected = index.rejected.sort((a, b) => a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  const levels = { "0": 0, "1": 0, "2": 0, "3": 0 };
  for (const r of records) levels[String(r.level)]++;
  return {
    records,
    summary: {
      schemaVersion: CATALOGUE_SCHEMA_VERSION,
      verifiedAt: at.toISOString(),
      counts: {
        attestations: index.attestations,
        accepted: index.accepted,
        superseded: index.accepted - records.length,
        expired: records.filter((r) => r.expired).length,
        rejected: index.rejectedCount,
        repositories: records.length
      },
      levels,
      rejected,
      warnings: [...trust.warnings, ...usage.warnings(trust)]
    }
  };
}
function repositoryKey(url) {
  return url.trim().toLowerCase().replace(/\/+$/, "").replace(/\.git$/, "");
}
function newer(a, b) {
  if (a.expired !== b.expired) return !a.expired;
  const ta = Date.parse(a.issuedAt);
  const tb = Date.parse(b.issuedAt);
  if (ta !== tb) return ta > tb;
  if (a.level !== b.level) return a.level > b.level;
  return a.source < b.source;
}
function listFiles(input, unreadable) {
  let st;
  try {
    st = lstatSync2(input);
  } catch {
    unreadable(input, "unreadable", `${input} does not exist`);
    return [];
  }
  if (st.isSymbolicLink()) {
    unreadable(input, "unreadable", `${input} is a symlink; not followed`);
    return [];
  }
  if (st.isFile()) return [input];
  if (!st.isDirectory()) return [];
  let names;
  try {
    names = readdirSync(input).sort();
  } catch (error) {
    unreadable(input, "unreadable", `${input} could not be read (${error.code})`);
    return [];
  }
  const files = [];
  for (const name of names) {
    const path = join(input, name);
    const s = lstatSync2(path);
    if (s.isDirectory()) files.push(...listFiles(path, unreadable));
    else if (s.isFile() && /\.(jsonl|json)$/.test(name)) files.push(path);
  }
  return files;
}
async function readFileSource(file, unreadable, attestations) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    unreadable(file, "unreadable", `${file} could not be read (${error.code})`);
    return void 0;
  }
  try {
    const kind = classify(fd);
    if (kind === "binary") return void unreadable(file, "malformed", `${file} is binary, not JSON`);
    if (kind === "too-large")
      return void unreadable(
        file,
        "too-large",
        `${file} lists URLs over more than ${MAX_URL_LIST_BYTES} bytes; a list of URLs may be at most that`
      );
    if (kind !== "attestations") return kind;
    await attestations(fd);
    return void 0;
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    unreadable(file, "unreadable", `${file} could not be read (${error.code})`);
    return void 0;
  } finally {
    closeSync(fd);
  }
}
var ReadError = class extends Error {
  constructor(code) {
    super(`read failed (${code})`);
    this.code = code;
  }
  code;
};
function* chunksOf(fd) {
  for (let position = 0; ; ) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let read;
    try {
      read = readSync(fd, chunk, 0, CHUNK_BYTES, position);
    } catch (error) {
      throw new ReadError(error.code);
    }
    if (read === 0) return;
    position += read;
    yield chunk.subarray(0, read);
  }
}
function classify(fd) {
  const urls = [];
  let probe = Buffer.alloc(0);
  let partial = [];
  let seen = 0;
  let any = false;
  const line = (bytes) => {
    const text = bytes.toString("utf8").trim();
    if (!text) return true;
    any = true;
    if (text.startsWith("#")) return true;
    if (!/^https?:\/\/\S+$/i.test(text)) return false;
    urls.push(text);
    return true;
  };
  for (const chunk of chunksOf(fd)) {
    if (probe.length < BINARY_PROBE_BYTES) {
      probe = Buffer.concat([probe, chunk.subarray(0, BINARY_PROBE_BYTES - probe.length)]);
      if (probe.includes(0)) return "binary";
    }
    seen += chunk.length;
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      partial.push(chunk.subarray(start, nl));
      if (!line(Buffer.concat(partial))) return "attestations";
      partial = [];
      start = nl + 1;
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
    if (seen > MAX_URL_LIST_BYTES) {
      return partial.length && !line(Buffer.concat(partial).subarray(0, 4096)) ? "attestations" : "too-large";
    }
  }
  if (partial.length && !line(Buffer.concat(partial))) return "attestations";
  return any ? urls : "attestations";
}
function renderIndexJsonl(records) {
  return partsDocument(function* () {
    for (const r of records) yield `${canonicalJson(r)}
`;
  });
}

// src/catalogue/query.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var import_spdx_satisfies = __toESM(require_spdx_satisfies(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
function loadIndex(path) {
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch {
    throw new UsageError(`index ${path} does not exist (build it with ois-ready catalogue build)`);
  }
  return text.split("\n").filter(Boolean).map((line, i) => {
    try {
      return JSON.parse(line);
    } catch {
      throw new UsageError(`${path}:${i + 1} is not a JSON record`);
    }
  });
}
function evaluable(expression) {
  return expression.length <= 1e3 && (expression.match(/\bOR\b/gi)?.length ?? 0) <= 10;
}
function usableUnder(expression, licences) {
  if (!expression || !evaluable(expression)) return false;
  const plain = expression.replace(/\s+WITH\s+[A-Za-z0-9.+-]+/gi, "");
  try {
    return (0, import_spdx_satisfies.default)(plain, licences);
  } catch {
    return false;
  }
}
function licenceIds(expression) {
  if (!expression) return [];
  const ids = [];
  try {
    if (expression.length > 1e3) throw new Error("too long to parse");
    const walk = (n) => {
      if ("license" in n) ids.push(`${n.license}${n.plus ? "+" : ""}`);
      else {
        walk(n.left);
        walk(n.right);
      }
    };
    walk((0, import_spdx_expression_parse.default)(expression.replace(/\s(or|and|with)\s/gi, (m) => m.toUpperCase())));
  } catch {
    const words = expression.slice(0, 1e3).replace(/\s+WITH\s+[A-Za-z0-9.+-]+/gi, " ");
    for (const [w] of words.matchAll(/[A-Za-z0-9][A-Za-z0-9.+:-]*/g)) if (!/^(AND|OR|WITH)$/i.test(w)) ids.push(w);
  }
  const seen = /* @__PURE__ */ new Set();
  return ids.filter((id) => !seen.has(id.toLowerCase()) && seen.add(id.toLowerCase()));
}
function licenceIdArgument(id) {
  const trimmed = id.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9.+:-]*$/.test(trimmed) || /^(AND|OR|WITH)$/i.test(trimmed))
    throw new UsageError(`--licence-id ${id} is not one licence id (e.g. GPL-3.0-or-later); for an expression use --licence`);
  return trimmed.toLowerCase();
}
function acceptedLicences(query2) {
  let node;
  try {
    node = (0, import_spdx_expression_parse.default)(query2.replace(/\s(or|and|with)\s/gi, (m) => m.toUpperCase()));
  } catch {
    throw new UsageError(`--licence ${query2} is not a valid SPDX expression`);
  }
  const out = [];
  const walk = (n) => {
    if ("license" in n) out.push(`${n.license}${n.plus ? "+" : ""}${n.exception ? ` WITH ${n.exception}` : ""}`);
    else {
      if (n.conjunction === "and")
        throw new UsageError(`--licence ${query2}: give licences joined by OR (a project matches when it can be used under one of them)`);
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
  return out;
}
function makeFilter(options) {
  const licences = options.licence ? acceptedLicences(options.licence) : void 0;
  const licenceId = options.licenceId !== void 0 ? licenceIdArgument(options.licenceId) : void 0;
  const familyChecks = options.family ? registry.filter((c) => c.meta.family === options.family && AWARDED_LEVELS.includes(c.meta.level)).map((c) => c.meta.id) : void 0;
  if (options.family && familyChecks.length === 0)
    throw new UsageError(`--family ${options.family} is not a check family (licence, sbom, standards, docs, security)`);
  const words = options.text?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const at = options.validAt?.getTime();
  const usableCache = /* @__PURE__ */ new Map();
  return (r) => {
    if (options.minLevel !== void 0 && r.level < options.minLevel) return false;
    if (licences) {
      const key = r.licence ?? "";
      let usable = usableCache.get(key);
      if (usable === void 0) usableCache.set(key, usable = usableUnder(r.licence, licences));
      if (!usable) return false;
    }
    if (licenceId !== void 0 && !licenceIds(r.licence).some((id) => id.toLowerCase() === licenceId)) return false;
    const satisfied = new Set(r.checks.filter((c) => c.satisfied).map((c) => c.id));
    if (options.check?.some((id) => !satisfied.has(id))) return false;
    if (familyChecks) {
      const ofFamily = r.checks.filter((c) => familyChecks.includes(c.id));
      if (ofFamily.length === 0 || !ofFamily.every((c) => c.satisfied)) return false;
    }
    if (at !== void 0 && (Date.parse(r.validUntil) < at || Date.parse(r.issuedAt) > at)) return false;
    if (words.length) {
      const haystack = `${r.repository} ${r.licence ?? ""} ${projectWords(r)} ${r.passed.join(" ")} ${r.exemptions.map((e) => e.reason).join(" ")}`.toLowerCase();
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  };
}
function projectWords(r) {
  const p = r.project;
  return p ? [p.name, p.description, p.organisation, ...p.languages ?? []].filter(Boolean).join(" ") : "";
}
function query(records, options) {
  return records.filter(makeFilter(options));
}
var csvCell = (v) => {
  const s = String(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
function renderQuery(records, format) {
  if (format === "json") return `${JSON.stringify(records, null, 2)}
`;
  const rows = records.map((r) => ({
    repository: format === "table" ? printable(r.repository) : r.repository,
    level: r.level,
    licence: format === "table" ? printable(r.licence ?? "") : r.licence ?? "",
    passed: r.passed.length,
    checks: r.checks.length,
    validUntil: r.validUntil.slice(0, 10),
    expired: r.expired
  }));
  if (format === "csv") {
    const header = "repository,level,licence,passed,checks,valid_until,expired";
    return `${[header, ...rows.map((r) => [r.repository, r.level, r.licence, r.passed, r.checks, r.validUntil, r.expired].map(csvCell).join(","))].join("\n")}
`;
  }
  const width = Math.max(10, ...rows.map((r) => r.repository.length));
  const lines = [`${"repository".padEnd(width)}  L  ${"licence".padEnd(20)}  passed  valid until`];
  for (const r of rows)
    lines.push(
      `${r.repository.padEnd(width)}  ${r.level}  ${r.licence.slice(0, 20).padEnd(20)}  ${`${r.passed}/${r.checks}`.padEnd(6)}  ${r.validUntil}${r.expired ? " (expired)" : ""}`
    );
  lines.push(`${rows.length} project(s)`);
  return `${lines.join("\n")}
`;
}

// src/catalogue/page.ts
function embed(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function licencesUsable(records) {
  const memo = /* @__PURE__ */ new Map();
  const usable = records.map((r) => {
    const expression = r.licence ?? "";
    let list = memo.get(expression);
    if (!list && !evaluable(expression)) list = [];
    if (!list) {
      const named = [
        ...new Set(
          [...expression.replace(/\s+WITH\s+[A-Za-z0-9.+-]+/gi, "").matchAll(/[A-Za-z0-9.+-]+/g)].map((m) => m[0]).filter((t) => !["AND", "OR"].includes(t.toUpperCase()))
        )
      ];
      list = named.filter((l) => usableUnder(expression, [l])).sort();
      memo.set(expression, list);
    }
    return list;
  });
  return { licences: [...new Set(usable.flat())].sort(), usable };
}
var MAX_PAGE_REJECTIONS = 1e3;
function renderCataloguePage(records, summary) {
  const { licences, usable } = licencesUsable(records);
  const ids = /* @__PURE__ */ new Set();
  for (const r of records) for (const c of r.checks) ids.add(c.id);
  const checks = [...ids].sort();
  const docs = {};
  for (const c of registry)
    if (ids.has(c.meta.id)) docs[c.meta.id] = { title: c.meta.title, url: `${DOCS_BASE}/checks/${c.meta.family}/${c.meta.id}/README.md` };
  const named = records.map((r) => licenceIds(r.licence));
  const licenceIdList = [...new Map(named.flat().map((id) => [id.toLowerCase(), id])).values()].sort(
    (a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1
  );
  const project = (r, i) => ({
    repository: r.repository,
    level: r.level,
    licence: r.licence ?? "",
    usable: usable[i],
    ids: named[i],
    checks: r.checks,
    passed: r.passed,
    exemptions: r.exemptions,
    issuedAt: r.issuedAt,
    validUntil: r.validUntil,
    expired: r.expired,
    commit: r.commit ?? "",
    project: r.project ?? {},
    activity: r.activity ?? {},
    signer: r.signer.type === "key" ? `key ${r.signer.keyid.slice(0, 16)}\u2026` : `${r.signer.identity} (${r.signer.issuer})`
  });
  const rejected = summary.rejected.slice(0, MAX_PAGE_REJECTIONS).map((x) => ({
    source: x.source,
    reasons: x.reasons.map((r) => ({ code: r.code, message: r.message }))
  }));
  const [before, after] = page().split(DATA);
  return partsDocument(function* () {
    yield before;
    yield embed({
      verifiedAt: summary.verifiedAt,
      counts: summary.counts,
      licences,
      licenceIds: licenceIdList,
      checks,
      docs,
      warnings: summary.warnings,
      rejected
    }).slice(0, -1);
    yield ',"projects":[';
    for (const [i, r] of records.entries()) yield `${i ? "," : ""}${embed(project(r, i))}`;
    yield "]}";
    yield after;
  });
}
var DATA = "\0catalogue-data\0";
function page() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>OIS-ready catalogue</title>
<style>
  :root { --fg: #1f2328; --muted: #4b535d; --bg: #ffffff; --line: #d0d7de; --focus: #0b57d0; --soft: #f6f8fa; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
  header, main { max-width: 80rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
  .summary { color: var(--muted); margin: 0; }
  form { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .75rem; margin: 1rem 0; padding: 1rem; border: 1px solid var(--line); border-radius: .5rem; }
  label { display: flex; flex-direction: column; font-weight: 600; font-size: .9rem; gap: .25rem; }
  select, input[type=search] { font: inherit; padding: .4rem .5rem; border: 1px solid #6e7781; border-radius: .3rem; background: #fff; color: var(--fg); min-height: 2.5rem; width: 100%; }
  .check-filter { grid-column: 1 / -1; }
  .check-filter summary { font-weight: 600; font-size: .9rem; cursor: pointer; min-height: 2.5rem; display: flex; align-items: center; gap: .4rem; }
  .check-filter summary::before { content: "\\25B8"; } .check-filter[open] summary::before { content: "\\25BE"; }
  .nowrap { white-space: nowrap; }
  fieldset { border: 0; margin: 0; padding: .25rem 0 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .1rem .75rem; }
  fieldset label { flex-direction: row; align-items: center; font-weight: 400; gap: .4rem; min-height: 2rem; }
  fieldset input { width: 1.1rem; height: 1.1rem; margin: 0; }
  .actions { grid-column: 1 / -1; display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
  button { font: inherit; color: #0b57d0; background: none; border: 1px solid var(--line); border-radius: .3rem; padding: .3rem .6rem; cursor: pointer; min-height: 2.25rem; }
  :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
  th { font-size: .85rem; color: var(--muted); }
  th button { border: 0; padding: .2rem .1rem; font-weight: 700; color: var(--muted); text-align: left; min-height: 2rem; }
  th[aria-sort] button { color: var(--fg); }
  th button::after { content: " \\2195"; font-weight: 400; opacity: .6; }
  th[aria-sort=ascending] button::after { content: " \\25B2"; opacity: 1; }
  th[aria-sort=descending] button::after { content: " \\25BC"; opacity: 1; }
  col.c-project { width: 30%; } col.c-badge { width: 10%; } col.c-licence { width: 15%; } col.c-checks { width: 9%; }
  col.c-activity { width: 15%; } col.c-verified { width: 12%; } col.c-details { width: 9%; }
  .badge { display: inline-block; padding: .1rem .5rem; border-radius: .3rem; font-weight: 700; font-size: .85rem; color: #fff; }
  .l0 { background: #a40e26; } .l1 { background: #6f5d00; } .l2 { background: #1a7f37; } .l3 { background: #0b5f2a; } .expired { background: #4b535d; }
  a { color: #0b57d0; }
  .desc { margin: .15rem 0 0; font-size: .9rem; }
  .muted { color: var(--muted); font-size: .9rem; }
  tr.detail > td { background: var(--soft); padding: .75rem 1rem; }
  .results { list-style: none; margin: .25rem 0; padding: 0; }
  .results li { display: grid; grid-template-columns: 7rem minmax(0, 1fr); gap: .5rem; padding: .2rem 0; border-bottom: 1px dashed var(--line); }
  .st { font-weight: 700; font-size: .85rem; }
  .st-pass, .st-not-applicable { color: #1a7f37; } .st-fail, .st-error { color: #a40e26; } .st-unknown, .st-exempted, .st-skipped { color: #6f5d00; }
  #empty { padding: 1rem; border: 1px dashed var(--line); border-radius: .5rem; }
  #rejected ul { padding-left: 1.2rem; } #rejected li { margin: .3rem 0; overflow-wrap: break-word; }
  .warning { border-left: 4px solid #6f5d00; padding: .25rem .75rem; background: #fff8c5; margin: .5rem 0; overflow-wrap: break-word; }
  @media (max-width: 40rem) {
    table, tbody { display: block; }
    thead, thead tr { display: block; }
    thead tr { display: flex; flex-wrap: wrap; gap: .25rem; border: 0; }
    thead th { display: block; border: 0; padding: 0; }
    thead th.no-sort { display: none; }
    colgroup { display: none; }
    tr { display: block; border: 1px solid var(--line); border-radius: .5rem; margin-bottom: .75rem; padding: .5rem; }
    tr.detail { margin-top: -.85rem; border-top: 0; border-radius: 0 0 .5rem .5rem; }
    td { display: block; border: 0; padding: .2rem 0; }
    caption { display: block; text-align: left; margin-bottom: .5rem; }
    thead tr::before { content: "Sort by:"; font-size: .85rem; font-weight: 600; color: var(--muted); align-self: center; }
    tbody td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
    tbody td.no-label::before { content: none; }
    .results li { grid-template-columns: minmax(0, 1fr); gap: 0; }
  }
</style>
</head>
<body>
<header>
  <h1>OIS-ready catalogue</h1>
  <p class="summary" id="summary"></p>
</header>
<main>
  <form id="filters" role="search" aria-label="Filter projects" onsubmit="return false">
    <label>Minimum level
      <select id="f-level" name="level">
        <option value="0">any</option><option value="1">1 or more</option><option value="2">2 or more</option><option value="3">3</option>
      </select>
    </label>
    <label>Licence named in the expression
      <select id="f-licence-id" name="licence-id"><option value="">any</option></select>
    </label>
    <label>Usable under (SPDX: one OR branch is enough)
      <select id="f-usable" name="usable"><option value="">any</option></select>
    </label>
    <label>Search
      <input id="f-text" name="q" type="search" placeholder="name, description, organisation, language, licence">
    </label>
    <details class="check-filter" id="check-filter">
      <summary id="check-summary">Checks passed: any</summary>
      <fieldset id="f-checks"><legend class="muted">Show projects that pass every check ticked</legend></fieldset>
    </details>
    <div class="actions"><button type="button" id="clear">Clear filters</button><span id="count" role="status" aria-live="polite"></span></div>
  </form>
  <div id="empty" hidden></div>
  <table id="table">
    <caption class="muted">Only attestations whose signature verified against the catalogue's trust file are listed.</caption>
    <colgroup><col class="c-project"><col class="c-badge"><col class="c-licence"><col class="c-checks"><col class="c-activity"><col class="c-verified"><col class="c-details"></colgroup>
    <thead><tr>
      <th scope="col" data-col="project"><button type="button" data-sort="project">Project</button></th>
      <th scope="col" data-col="level"><button type="button" data-sort="level">Badge</button></th>
      <th scope="col" data-col="licence"><button type="button" data-sort="licence">Licence</button></th>
      <th scope="col" data-col="checks"><button type="button" data-sort="checks">Checks passed</button></th>
      <th scope="col" data-col="activity"><button type="button" data-sort="activity">Last commit</button></th>
      <th scope="col" data-col="verified"><button type="button" data-sort="verified">Verified</button></th>
      <th scope="col" class="no-sort">Details</th>
    </tr></thead>
    <tbody id="rows"></tbody>
  </table>
  <section id="rejected" aria-labelledby="rejected-title">
    <h2 id="rejected-title">Rejected attestations</h2>
    <div id="warnings"></div>
    <p id="rejected-none" class="muted" hidden>None: every attestation read verified.</p>
    <ul id="rejected-list"></ul>
  </section>
</main>
<script type="application/json" id="catalogue-data">${DATA}</script>
<script>
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('catalogue-data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  /** Text that may break after / . - _ ? & = (URLs, ids), never inside a word. */
  function breakable(text) {
    var f = document.createDocumentFragment();
    var part = '';
    for (var i = 0; i < text.length; i++) {
      part += text[i];
      if ('/.-_?&='.indexOf(text[i]) >= 0) { f.appendChild(document.createTextNode(part)); f.appendChild(document.createElement('wbr')); part = ''; }
    }
    if (part) f.appendChild(document.createTextNode(part));
    return f;
  }
  function fill(select, values) { values.forEach(function (v) { select.appendChild(el('option', { value: v }, v)); }); }
  fill($('f-licence-id'), data.licenceIds);
  fill($('f-usable'), data.licences);
  data.checks.forEach(function (id) {
    var label = el('label');
    var box = el('input', { type: 'checkbox', value: id, name: 'check' });
    label.appendChild(box);
    label.appendChild(document.createTextNode(data.docs[id] ? id + ' (' + data.docs[id].title + ')' : id));
    $('f-checks').appendChild(label);
  });
  var c = data.counts;
  $('summary').textContent = c.repositories + ' projects from ' + c.attestations + ' attestations (' + c.rejected + ' rejected), verified ' +
    data.verifiedAt.slice(0, 16).replace('T', ' ') + ' UTC';
  function safeUrl(u) { return u.indexOf('https://') === 0 ? u : '#'; }
  function day(t) { return t ? t.slice(0, 10) : ''; }

  // sort keys per column; ties by repository
  var keys = {
    project: function (p) { return (p.project.name || p.repository.replace('https://', '')).toLowerCase(); },
    level: function (p) { return (p.expired ? -1 : 0) + p.level * 2; },
    licence: function (p) { return p.licence.toLowerCase(); },
    checks: function (p) { return p.checks.length ? p.passed.length / p.checks.length : 0; },
    activity: function (p) { return p.activity.lastCommitDate || ''; },
    verified: function (p) { return p.issuedAt; }
  };
  var DEFAULT = { level: '0', licenceId: '', usable: '', checks: [], q: '', sort: 'project', dir: 'asc' };
  var state = JSON.parse(JSON.stringify(DEFAULT));

  function readUrl() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    state = JSON.parse(JSON.stringify(DEFAULT));
    if (['0', '1', '2', '3'].indexOf(params.get('level')) >= 0) state.level = params.get('level');
    if (data.licenceIds.indexOf(params.get('licence-id')) >= 0) state.licenceId = params.get('licence-id');
    if (data.licences.indexOf(params.get('usable')) >= 0) state.usable = params.get('usable');
    state.checks = params.getAll('check').filter(function (id) { return data.checks.indexOf(id) >= 0; });
    state.q = params.get('q') || '';
    if (keys[params.get('sort')]) state.sort = params.get('sort');
    if (params.get('dir') === 'desc') state.dir = 'desc';
  }
  function writeUrl() {
    var params = new URLSearchParams();
    if (state.level !== DEFAULT.level) params.set('level', state.level);
    if (state.licenceId) params.set('licence-id', state.licenceId);
    if (state.usable) params.set('usable', state.usable);
    state.checks.forEach(function (id) { params.append('check', id); });
    if (state.q) params.set('q', state.q);
    if (state.sort !== DEFAULT.sort || state.dir !== DEFAULT.dir) { params.set('sort', state.sort); params.set('dir', state.dir); }
    var hash = params.toString();
    if (hash !== location.hash.replace(/^#/, '')) history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  function showState() {
    $('f-level').value = state.level;
    $('f-licence-id').value = state.licenceId;
    $('f-usable').value = state.usable;
    $('f-text').value = state.q;
    Array.prototype.forEach.call($('f-checks').querySelectorAll('input'), function (box) { box.checked = state.checks.indexOf(box.value) >= 0; });
    $('check-summary').textContent = 'Checks passed: ' + (state.checks.length ? state.checks.length + ' selected (' + state.checks.join(', ') + ')' : 'any');
    if (state.checks.length) $('check-filter').open = true;
    Array.prototype.forEach.call(document.querySelectorAll('th[data-col]'), function (th) {
      if (th.getAttribute('data-col') === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }

  function statusOf(c) { return c.satisfied && c.status !== 'pass' && c.status !== 'not-applicable' ? 'exempted' : c.status; }
  function detail(p, id) {
    var tr = el('tr', { 'class': 'detail', id: id, hidden: '' });
    var td = el('td', { colspan: '7', 'class': 'no-label' });
    var title = el('p', {}, 'What was checked for ' + p.repository.replace('https://', ''));
    title.style.fontWeight = '600';
    td.appendChild(title);
    var list = el('ul', { 'class': 'results' });
    var rank = { fail: 0, error: 1, unknown: 2, exempted: 3, skipped: 4, pass: 5, 'not-applicable': 6 };
    p.checks.slice().sort(function (a, b) {
      var x = rank[statusOf(a)], y = rank[statusOf(b)];
      return x !== y ? (x === undefined ? 7 : x) - (y === undefined ? 7 : y) : a.id < b.id ? -1 : 1;
    }).forEach(function (c) {
      var status = statusOf(c);
      var li = el('li');
      li.appendChild(el('span', { 'class': 'st st-' + status }, status));
      var text = el('span');
      var doc = data.docs[c.id];
      if (doc) text.appendChild(el('a', { href: doc.url, rel: 'noopener noreferrer', title: doc.title }, c.id));
      else text.appendChild(document.createTextNode(c.id));
      text.appendChild(document.createTextNode(' (level ' + c.level + ')' + (c.reason ? ': ' + c.reason : '')));
      li.appendChild(text);
      list.appendChild(li);
    });
    td.appendChild(list);
    if (p.exemptions.length) {
      td.appendChild(el('p', { 'class': 'muted' }, 'Exemptions:'));
      var ex = el('ul');
      p.exemptions.forEach(function (e) { ex.appendChild(el('li', {}, e.check + ' until ' + e.expires + ' (' + e.status + '): ' + e.reason)); });
      td.appendChild(ex);
    }
    var a = p.activity;
    if (a.latestVersionTag) td.appendChild(el('p', { 'class': 'muted' }, 'Latest version tag ' + a.latestVersionTag.name + (a.latestVersionTag.date ? ' (' + day(a.latestVersionTag.date) + ')' : '')));
    var sig = el('p', { 'class': 'muted' });
    sig.appendChild(breakable('Commit ' + (p.commit || 'unknown') + ', signed by ' + p.signer));
    td.appendChild(sig);
    tr.appendChild(td);
    return tr;
  }
  function row(p, i) {
    var tr = el('tr', { 'data-repository': p.repository });
    var name = el('td', { 'data-label': 'Project' });
    var link = el('a', { href: safeUrl(p.repository), rel: 'noopener noreferrer' });
    link.appendChild(breakable(p.project.name || p.repository.replace('https://', '')));
    name.appendChild(link);
    if (p.project.name) { var u = el('div', { 'class': 'muted' }); u.appendChild(breakable(p.repository.replace('https://', ''))); name.appendChild(u); }
    if (p.project.description) name.appendChild(el('p', { 'class': 'desc' }, p.project.description));
    var facts = [p.project.organisation, (p.project.languages || []).join(', ')].filter(Boolean).join(' \xB7 ');
    if (facts) name.appendChild(el('div', { 'class': 'muted' }, facts));
    tr.appendChild(name);
    var badge = el('td', { 'data-label': 'Badge' });
    badge.appendChild(el('span', { 'class': 'badge ' + (p.expired ? 'expired' : 'l' + p.level) }, p.expired ? 'expired (level ' + p.level + ')' : p.level ? 'Level ' + p.level : 'not reached'));
    tr.appendChild(badge);
    var lic = el('td', { 'data-label': 'Licence' });
    // an id stays whole (BSD-4-Clause-UC), unless it is longer than a column
    (p.licence || 'not stated').split(' ').forEach(function (word, i) {
      if (i) lic.appendChild(document.createTextNode(' '));
      lic.appendChild(word.length <= 24 ? el('span', { 'class': 'nowrap' }, word) : breakable(word));
    });
    tr.appendChild(lic);
    tr.appendChild(el('td', { 'data-label': 'Checks passed' }, p.passed.length + ' of ' + p.checks.length));
    var a = p.activity;
    var act = el('td', { 'data-label': 'Last commit' });
    act.appendChild(a.lastCommitDate ? el('span', { 'class': 'nowrap' }, day(a.lastCommitDate)) : document.createTextNode('not stated'));
    if (a.commitsLastYear !== undefined) act.appendChild(el('div', { 'class': 'muted' }, a.commitsLastYear + ' commits, ' + a.authorsLastYear + ' authors in 12 months'));
    tr.appendChild(act);
    var verified = el('td', { 'data-label': 'Verified' });
    verified.appendChild(document.createTextNode('issued '));
    verified.appendChild(el('span', { 'class': 'nowrap' }, day(p.issuedAt)));
    verified.appendChild(document.createTextNode(', valid until '));
    verified.appendChild(el('span', { 'class': 'nowrap' }, day(p.validUntil)));
    tr.appendChild(verified);
    var cell = el('td', { 'data-label': 'Details', 'class': 'no-label' });
    var id = 'detail-' + i;
    var button = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': id, 'aria-label': 'What was checked for ' + p.repository }, 'Details');
    cell.appendChild(button);
    tr.appendChild(cell);
    var more;
    button.addEventListener('click', function () {
      if (!more) { more = detail(p, id); tr.parentNode.insertBefore(more, tr.nextSibling); }
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      more.hidden = !open;
    });
    return { main: tr, extra: function () { return more; } };
  }
  var rows = [];
  function rowOf(i) { return rows[i] || (rows[i] = row(data.projects[i], i)); }

  function matches(p) {
    if (p.level < Number(state.level)) return false;
    if (state.licenceId) {
      var want = state.licenceId.toLowerCase();
      if (!p.ids.some(function (id) { return id.toLowerCase() === want; })) return false;
    }
    if (state.usable && p.usable.indexOf(state.usable) < 0) return false;
    if (state.checks.some(function (id) { return p.passed.indexOf(id) < 0; })) return false;
    var words = state.q.toLowerCase().split(/\\s+/).filter(Boolean);
    if (words.length) {
      var pr = p.project;
      var hay = [p.repository, p.licence, pr.name, pr.description, pr.organisation, (pr.languages || []).join(' '), p.passed.join(' '),
        p.exemptions.map(function (e) { return e.reason; }).join(' ')].join(' ').toLowerCase();
      if (words.some(function (w) { return hay.indexOf(w) < 0; })) return false;
    }
    return true;
  }
  function apply() {
    var key = keys[state.sort];
    var sign = state.dir === 'asc' ? 1 : -1;
    var order = [];
    data.projects.forEach(function (p, i) { if (matches(p)) order.push(i); });
    var values = {};
    order.forEach(function (i) { values[i] = key(data.projects[i]); });
    order.sort(function (a, b) {
      var x = values[a], y = values[b];
      if (x < y) return -sign;
      if (x > y) return sign;
      return data.projects[a].repository < data.projects[b].repository ? -1 : 1;
    });
    var body = $('rows');
    body.textContent = '';
    order.forEach(function (i) {
      var r = rowOf(i);
      body.appendChild(r.main);
      if (r.extra()) body.appendChild(r.extra());
    });
    var empty = $('empty');
    empty.hidden = order.length > 0;
    $('table').hidden = order.length === 0;
    empty.textContent = data.projects.length === 0
      ? 'The catalogue is empty: no attestation was accepted. The rejected attestations and why are listed below.'
      : 'No project matches these filters (' + data.projects.length + ' projects in the catalogue). Clear or change the filters to see them.';
    $('count').textContent = order.length + ' of ' + data.projects.length + ' projects shown';
    showState();
    writeUrl();
  }

  function fromControls() {
    state.level = $('f-level').value;
    state.licenceId = $('f-licence-id').value;
    state.usable = $('f-usable').value;
    state.q = $('f-text').value;
    state.checks = Array.prototype.filter.call($('f-checks').querySelectorAll('input'), function (b) { return b.checked; }).map(function (b) { return b.value; });
    apply();
  }
  ['f-level', 'f-licence-id', 'f-usable', 'f-text'].forEach(function (id) {
    $(id).addEventListener('input', fromControls);
    $(id).addEventListener('change', fromControls);
  });
  $('f-checks').addEventListener('change', fromControls);
  $('clear').addEventListener('click', function () {
    var sort = state.sort, dir = state.dir;
    state = JSON.parse(JSON.stringify(DEFAULT));
    state.sort = sort; state.dir = dir;
    apply();
  });
  Array.prototype.forEach.call(document.querySelectorAll('th button[data-sort]'), function (b) {
    b.addEventListener('click', function () {
      var col = b.getAttribute('data-sort');
      state.dir = state.sort === col && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = col;
      apply();
    });
  });
  window.addEventListener('hashchange', function () { readUrl(); apply(); });

  // the rejected attestations, and the trust file's warnings
  data.warnings.forEach(function (w) { $('warnings').appendChild(el('p', { 'class': 'warning' }, 'Trust file: ' + w)); });
  $('rejected-title').textContent = 'Rejected attestations (' + c.rejected + ')';
  $('rejected-none').hidden = c.rejected > 0;
  data.rejected.forEach(function (r) {
    var li = el('li');
    var src = el('strong');
    src.appendChild(breakable(r.source));
    li.appendChild(src);
    var reasons = el('ul');
    r.reasons.forEach(function (x) { reasons.appendChild(el('li', {}, x.code + ': ' + x.message)); });
    li.appendChild(reasons);
    $('rejected-list').appendChild(li);
  });
  if (c.rejected > data.rejected.length) $('rejected-list').appendChild(el('li', {}, (c.rejected - data.rejected.length) + ' more are listed in index.json'));

  readUrl();
  apply();
})();
</script>
</body>
</html>
`;
}

// src/cli/catalogue-commands.ts
function parseTime(value, flag) {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new UsageError(`${flag} ${value} is not a date or time (ISO 8601)`);
  return at;
}
async function runCatalogueBuild(inputs, opts, io) {
  const trust = loadTrustFile(opts.trust);
  const at = opts.at ? parseTime(opts.at, "--at") : /* @__PURE__ */ new Date();
  const { records, summary } = await buildCatalogue(inputs, trust, at, {
    ...DEFAULT_FETCH,
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
    concurrency: opts.concurrency,
    allowHosts: opts.allowHost ?? []
  });
  writeOutputs(opts.out, {
    "index.jsonl": renderIndexJsonl(records),
    "index.json": `${JSON.stringify(summary, null, 2)}
`,
    "index.html": renderCataloguePage(records, summary)
  });
  if (!opts.quiet) {
    const c2 = summary.counts;
    io.stdout(
      `${c2.repositories} repositories from ${c2.attestations} attestations: ${c2.accepted} accepted (${c2.superseded} superseded, ${c2.expired} expired), ${c2.rejected} rejected
`
    );
    for (const r of summary.rejected.slice(0, 20))
      io.stdout(printable(`  rejected ${r.source}: ${r.reasons.map((x) => `${x.code}: ${x.message}`).join("; ")}`) + "\n");
    if (summary.rejected.length > 20) io.stdout(`  \u2026 ${summary.rejected.length - 20} more in index.json
`);
    io.stdout(`wrote index.jsonl, index.json and index.html to ${resolve2(opts.out)}
`);
  }
  for (const w of summary.warnings) io.stderr(`${printable(`warning: ${w}`)}
`);
  const c = summary.counts;
  if (c.accepted === 0) {
    io.stderr(
      c.rejected === 0 ? "error: the inputs hold no attestation; the catalogue is empty\n" : `error: every attestation was rejected (${c.rejected}); the catalogue is empty. The reasons are in index.json${opts.quiet ? "" : " and above"}
`
    );
    return EXIT.failed;
  }
  return EXIT.ok;
}
function runCatalogueQuery(index, opts, io) {
  const options = {};
  if (opts.minLevel !== void 0) options.minLevel = opts.minLevel;
  if (opts.licence) options.licence = opts.licence;
  if (opts.licenceId !== void 0) options.licenceId = opts.licenceId;
  if (opts.check?.length) options.check = opts.check;
  if (opts.family) options.family = opts.family;
  if (opts.validAt) options.validAt = parseTime(opts.validAt, "--valid-at");
  if (opts.text) options.text = opts.text;
  const found = query(loadIndex(index), options);
  io.stdout(renderQuery(found, opts.format));
  return EXIT.ok;
}
export {
  runCatalogueBuild,
  runCatalogueQuery
};
