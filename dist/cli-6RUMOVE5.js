import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./cli-XG6W23XE.js";

// src/attest/keys.ts
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as cryptoSign,
  verify as cryptoVerify
} from "node:crypto";
function algorithmOf(key, source) {
  if (key.asymmetricKeyType === "ed25519") return "ed25519";
  if (key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1") return "ecdsa-p256";
  const what = key.asymmetricKeyType === "ec" ? `EC ${key.asymmetricKeyDetails?.namedCurve}` : String(key.asymmetricKeyType).toUpperCase();
  throw new UsageError(`${source}: ${what} keys are not supported; use an Ed25519 or ECDSA P-256 key (ois-ready keygen makes one)`);
}
function keyIdOf(publicKey) {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex");
}
function loadPrivateKey(pem, source) {
  let privateKey;
  try {
    privateKey = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new UsageError(`${source} is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----", as ois-ready keygen writes)`);
  }
  const algorithm = algorithmOf(privateKey, source);
  const publicKey = createPublicKey(privateKey);
  return { algorithm, keyid: keyIdOf(publicKey), privateKey, publicKey };
}
function loadPublicKey(pem, source) {
  let publicKey;
  try {
    publicKey = createPublicKey({ key: pem, format: "pem" });
  } catch {
    throw new UsageError(`${source} is not a PEM public key (expected "-----BEGIN PUBLIC KEY-----")`);
  }
  if (publicKey.type !== "public") publicKey = createPublicKey(publicKey);
  return { algorithm: algorithmOf(publicKey, source), keyid: keyIdOf(publicKey), publicKey, source };
}
function generateKeyPair(algorithm) {
  const { privateKey, publicKey } = algorithm === "ed25519" ? generateKeyPairSync("ed25519") : generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return {
    privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    keyid: keyIdOf(publicKey)
  };
}
function signBytes(key, message) {
  return key.algorithm === "ed25519" ? cryptoSign(null, message, key.privateKey) : cryptoSign("sha256", message, { key: key.privateKey, dsaEncoding: "der" });
}
function verifyBytes(key, message, signature) {
  try {
    return key.algorithm === "ed25519" ? cryptoVerify(null, message, key.publicKey, signature) : cryptoVerify("sha256", message, { key: key.publicKey, dsaEncoding: "der" }, signature);
  } catch {
    return false;
  }
}
function verifyBytesAsync(key, message, signature) {
  return new Promise((resolve) => {
    const done = (error, ok) => resolve(!error && ok === true);
    try {
      if (key.algorithm === "ed25519") cryptoVerify(null, message, key.publicKey, signature, done);
      else cryptoVerify("sha256", message, { key: key.publicKey, dsaEncoding: "der" }, signature, done);
    } catch {
      resolve(false);
    }
  });
}

// src/attest/attestation-file.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/core/strict-json.ts
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
var hex4 = (text, at) => /^[0-9A-Fa-f]{4}$/.test(text.slice(at, at + 4)) ? parseInt(text.slice(at, at + 4), 16) : -1;
var isHigh = (code) => code >= 55296 && code <= 56319;
var isLow = (code) => code >= 56320 && code <= 57343;
var isNumberPart = (c) => c >= 48 && c <= 57 || c === 101 || c === 69 || c === 43 || c === 46 || c === 45;
var quote = (text) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}\u2026` : text);
function parseStrictJson(text, options) {
  const fail = (reason) => ({ ok: false, reason });
  if (text.charCodeAt(0) === 65279) return fail("starts with a byte order mark (U+FEFF), which JSON text does not have");
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return fail(`holds a lone surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}) at offset ${lone.index}`);
  const open = [];
  let expectKey = false;
  let backslash = text.indexOf("\\");
  const nextBackslash = (from) => {
    if (backslash !== -1 && backslash < from) backslash = text.indexOf("\\", from);
    return backslash;
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (open.length >= options.maxDepth) return fail(`nested deeper than ${options.maxDepth} levels (at offset ${i})`);
      open.push(c === 123 ? /* @__PURE__ */ new Set() : null);
      expectKey = c === 123;
      i++;
    } else if (c === 125 || c === 93) {
      open.pop();
      expectKey = false;
      i++;
    } else if (c === 44) {
      expectKey = open.length > 0 && open[open.length - 1] !== null;
      i++;
    } else if (c === 34) {
      let j = i + 1;
      let escaped = false;
      let end = -1;
      while (end < 0) {
        const q = text.indexOf('"', j);
        if (q < 0) return fail(`is not JSON: a string at offset ${i} does not end`);
        const b = nextBackslash(j);
        if (b === -1 || b > q) end = q;
        else {
          escaped = true;
          if (text.charCodeAt(b + 1) === 117) {
            const code = hex4(text, b + 2);
            if (isLow(code) || isHigh(code) && !(text.startsWith("\\u", b + 6) && isLow(hex4(text, b + 8))))
              return fail(`holds a lone surrogate (\\u${text.slice(b + 2, b + 6)}) at offset ${b}`);
            j = isHigh(code) ? b + 12 : b + 6;
          } else j = b + 2;
        }
      }
      if (expectKey) {
        let key;
        try {
          key = escaped ? JSON.parse(text.slice(i, end + 1)) : text.slice(i + 1, end);
        } catch {
          return fail(`is not JSON: the key at offset ${i} is not a JSON string`);
        }
        if (key === "__proto__") return fail(`has a key "__proto__" at offset ${i}, which is no data field`);
        const keys = open[open.length - 1];
        if (keys.has(key)) return fail(`has the key ${quote(key)} twice in one object (again at offset ${i})`);
        keys.add(key);
        expectKey = false;
      }
      i = end + 1;
    } else if (c === 45 || c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < text.length && isNumberPart(text.charCodeAt(j))) j++;
      const value = Number(text.slice(i, j));
      if (value === Infinity || value === -Infinity)
        return fail(`holds the number ${quote(text.slice(i, j))} at offset ${i}, beyond the range of a double`);
      i = j;
    } else i++;
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error.message;
    return fail(`is not JSON (${message.length > 120 ? `${message.slice(0, 120)}\u2026` : message})`);
  }
}

// src/attest/attestation-json.ts
var MAX_ATTESTATION_DEPTH = 32;
function parseAttestationJson(text) {
  const parsed = parseStrictJson(text, { maxDepth: MAX_ATTESTATION_DEPTH });
  return parsed.ok ? { value: parsed.value } : { error: parsed.reason };
}

// src/attest/attestation-file.ts
var ATTESTATION_FILE = "attestation.intoto.jsonl";
var MAX_ATTESTATION_BYTES = 16 * 1024 * 1024;
var MAX_HEAD_BYTES = MAX_ATTESTATION_BYTES + 64 * 1024;
var CHUNK_BYTES = 1 << 20;
var NEWLINE = 10;
var OPEN_BRACE = 123;
function parseJson(text) {
  const parsed = parseAttestationJson(text);
  return "value" in parsed ? { value: parsed.value } : { error: `the attestation ${parsed.error}` };
}
function isOneDocument(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
var AttestationReader = class {
  constructor(emit) {
    this.emit = emit;
  }
  emit;
  head = [];
  headBytes = 0;
  lastByte = -1;
  parts = [];
  partBytes = 0;
  tooLong = false;
  lineNumber = 0;
  count = 0;
  first;
  push(chunk) {
    if (chunk.length === 0) return;
    if (this.head) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      const opensLine = this.lastByte === NEWLINE && chunk[0] === OPEN_BRACE || chunk.includes("\n{");
      this.lastByte = chunk[chunk.length - 1];
      if (opensLine || this.headBytes > MAX_HEAD_BYTES) this.toLines();
      return;
    }
    this.splitLines(chunk);
  }
  end() {
    if (this.head) {
      const text = Buffer.concat(this.head).toString("utf8");
      const trimmed = text.trim();
      if (!trimmed) {
        this.head = void 0;
        this.take({ line: 1, error: "the file is empty" });
        return this.finish();
      }
      if (trimmed.length <= MAX_ATTESTATION_BYTES && !trimmed.includes("\n{")) {
        const parsed = parseJson(trimmed);
        if ("value" in parsed) {
          this.head = void 0;
          this.take({ line: 1, value: parsed.value, text: trimmed });
          return this.finish();
        }
        if (!trimmed.includes("\n") || isOneDocument(trimmed)) {
          this.head = void 0;
          this.take({ line: 1, error: parsed.error });
          return this.finish();
        }
      }
      this.toLines();
    }
    if (this.partBytes > 0 || this.tooLong) this.endLine();
    if (this.count === 0) this.take({ line: 1, error: "the file is empty" });
    this.finish();
  }
  toLines() {
    const held = this.head ?? [];
    this.head = void 0;
    for (const chunk of held) this.splitLines(chunk);
  }
  splitLines(chunk) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      this.append(chunk.subarray(start, nl));
      this.endLine();
      start = nl + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
  }
  append(part) {
    if (this.tooLong || part.length === 0) return;
    if (this.partBytes + part.length > MAX_ATTESTATION_BYTES) {
      this.tooLong = true;
      this.parts = [];
      this.partBytes = 0;
      return;
    }
    this.parts.push(part);
    this.partBytes += part.length;
  }
  endLine() {
    this.lineNumber++;
    const line = this.lineNumber;
    if (this.tooLong) {
      this.tooLong = false;
      this.take({ line, error: `longer than ${MAX_ATTESTATION_BYTES / 1024 / 1024} MiB, the most one attestation may be; not read` });
      return;
    }
    const raw = (this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts)).toString("utf8");
    this.parts = [];
    this.partBytes = 0;
    if (!raw.trim()) return;
    const parsed = parseJson(raw);
    this.take("value" in parsed ? { line, value: parsed.value, text: raw } : { line, error: parsed.error });
  }
  /** Holds the first attestation back until a second one shows whether the file holds more than one. */
  take(attestation) {
    this.count++;
    if (this.count === 1) {
      this.first = attestation;
      return;
    }
    if (this.first) {
      this.emit({ ...this.first, many: true });
      this.first = void 0;
    }
    this.emit({ ...attestation, many: true });
  }
  finish() {
    if (!this.first) return;
    const only = this.first;
    this.first = void 0;
    this.emit({ ...only, many: false, ...only.text !== void 0 ? { text: only.text.trim() } : {} });
  }
};
function* readAttestationFile(path) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch {
    throw new UsageError(`attestation file ${path} does not exist`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError(`${path} is a folder, not an attestation file`);
    if (!st.isFile() && !st.isFIFO())
      throw new UsageError(`${path} is a ${st.isCharacterDevice() || st.isBlockDevice() ? "device" : "socket"}, not an attestation file`);
    const ready = [];
    const reader = new AttestationReader((a) => ready.push(a));
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let read;
      try {
        read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (error) {
        throw new UsageError(`${path} could not be read (${error.code})`);
      }
      if (read === 0) break;
      reader.push(chunk.subarray(0, read));
      yield* ready.splice(0);
    }
    reader.end();
    yield* ready.splice(0);
  } finally {
    closeSync(fd);
  }
}

// node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate(value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 55296 && code <= 56319) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 56320 && next <= 57343)) {
        return true;
      }
      i++;
    } else if (code >= 56320 && code <= 57343) {
      return true;
    }
  }
  return false;
}
function canonicalize(object, seen = /* @__PURE__ */ new Set()) {
  if (typeof object === "number" && isNaN(object)) {
    throw new Error("NaN is not allowed");
  }
  if (typeof object === "number" && !isFinite(object)) {
    throw new Error("Infinity is not allowed");
  }
  if (typeof object === "string" && hasLoneSurrogate(object)) {
    throw new Error("Lone surrogate is not allowed");
  }
  if (object === null || typeof object !== "object") {
    return JSON.stringify(object);
  }
  if (typeof object.toJSON === "function") {
    if (seen.has(object)) {
      throw new Error("Circular reference detected");
    }
    seen.add(object);
    const result2 = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result2;
  }
  if (seen.has(object)) {
    throw new Error("Circular reference detected");
  }
  seen.add(object);
  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === void 0 || typeof cv === "symbol" ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(",")}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === void 0 || typeof object[key] === "symbol") {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(",")}}`;
  }
  seen.delete(object);
  return result;
}

// src/core/report.ts
var REPORT_SCHEMA_VERSION = "1.5.0";
function checkHeadline(check) {
  if (check.status === "skipped") return "turned off by the policy";
  const first = check.findings.find((f) => f.status === check.status) ?? check.findings[0];
  const more = check.findings.filter((f) => f.status === check.status).length - 1;
  return `${first?.message ?? ""}${more > 0 ? ` (+${more} more)` : ""}`;
}

export {
  loadPrivateKey,
  loadPublicKey,
  generateKeyPair,
  signBytes,
  verifyBytes,
  verifyBytesAsync,
  canonicalize,
  REPORT_SCHEMA_VERSION,
  checkHeadline,
  MAX_ATTESTATION_DEPTH,
  parseAttestationJson,
  ATTESTATION_FILE,
  MAX_ATTESTATION_BYTES,
  AttestationReader,
  readAttestationFile
};
