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
  FileExistsError,
  writeNewFiles,
  writeOutputFiles
} from "./cli-7Q62MYNX.js";
import {
  badgeState,
  renderBadgeEndpoint,
  renderBadgeSvg
} from "./cli-67OL6K6Z.js";
import {
  sha256Hex,
  verifyEnvelope,
  verifyEnvelopeAsync
} from "./cli-NAAW3K7K.js";
import {
  generateKeyPair,
  readAttestationFile
} from "./cli-6RUMOVE5.js";
import "./cli-T7X4NOLO.js";
import "./cli-TKJ7F2JB.js";
import "./cli-4DWRY7RY.js";
import "./cli-BKLTSLIV.js";
import {
  EXIT
} from "./cli-6ZZFNIXW.js";
import "./cli-PHPCDMR4.js";
import "./cli-MMGOHJES.js";
import {
  UsageError,
  printable
} from "./cli-XG6W23XE.js";
import "./cli-SGVELQFP.js";

// src/cli/attest-commands.ts
import { existsSync as existsSync2, readlinkSync } from "node:fs";
import { basename, dirname, join as join2, resolve } from "node:path";

// src/attest/verify-file.ts
import { existsSync, readFileSync } from "node:fs";

// src/core/text-spool.ts
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var READ_BYTES = 1 << 20;
var TextSpool = class {
  constructor(memoryChars = 1 << 20) {
    this.memoryChars = memoryChars;
  }
  memoryChars;
  pending = [];
  pendingLength = 0;
  fd;
  dir;
  write(text) {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= this.memoryChars) this.flush();
  }
  /** Everything written, in pieces (strings while it fits in memory, then buffers of the file). */
  *read() {
    if (this.fd === void 0) {
      yield this.pending.join("");
      return;
    }
    this.flush();
    for (let position = 0; ; ) {
      const chunk = Buffer.allocUnsafe(READ_BYTES);
      const read = readSync(this.fd, chunk, 0, READ_BYTES, position);
      if (read === 0) return;
      position += read;
      yield chunk.subarray(0, read);
    }
  }
  dispose() {
    if (this.fd !== void 0) closeSync(this.fd);
    if (this.dir !== void 0) rmSync(this.dir, { recursive: true, force: true });
    this.fd = void 0;
    this.dir = void 0;
    this.pending = [];
    this.pendingLength = 0;
  }
  flush() {
    if (this.fd === void 0) {
      this.dir = mkdtempSync(join(tmpdir(), "ois-ready-spool-"));
      this.fd = openSync(join(this.dir, "spool"), "wx+", 384);
    }
    const bytes = Buffer.from(this.pending.join(""), "utf8");
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
    this.pending = [];
    this.pendingLength = 0;
  }
};

// src/attest/verify-attestation.ts
function prepareVerifier(trust) {
  return prepare(trust, verifyEnvelope);
}
function prepareVerifierAsync(trust) {
  return prepare(trust, verifyEnvelopeAsync);
}
function prepare(trust, envelope) {
  const sigstore = trust.sigstore ? { trust: trust.sigstore, prepared: makeVerifier(trust.sigstore) } : void 0;
  return (value) => {
    if (isSigstoreBundle(value)) {
      if (!sigstore) {
        return {
          valid: false,
          rejections: [
            {
              code: "unknown-key",
              message: "a Sigstore bundle needs --trusted-root with --certificate-identity and --certificate-oidc-issuer"
            }
          ],
          verifiedAt: (trust.at ?? /* @__PURE__ */ new Date()).toISOString()
        };
      }
      return verifySigstoreBundle(value, sigstore.trust, trust, sigstore.prepared);
    }
    return envelope(value, trust);
  };
}

// src/attest/verify-file.ts
function verifyOptionsFrom(opts, extraKeys = []) {
  if (!opts.key?.length && !extraKeys.length && !opts.trustedRoot) {
    throw new UsageError(
      "say what to trust: --key PUB.pem (one or more), or --trusted-root FILE with --certificate-identity and --certificate-oidc-issuer"
    );
  }
  const options = { keys: [...extraKeys, ...(opts.key ?? []).map(publicKeyFromFile)] };
  if (opts.trustedRoot) {
    if (!existsSync(opts.trustedRoot)) throw new UsageError(`trusted root ${opts.trustedRoot} does not exist`);
    let trustedRoot;
    try {
      trustedRoot = JSON.parse(readFileSync(opts.trustedRoot, "utf8"));
    } catch {
      throw new UsageError(`trusted root ${opts.trustedRoot} is not JSON`);
    }
    options.sigstore = {
      trustedRoot,
      issuer: opts.certificateOidcIssuer ?? "",
      ...opts.certificateIdentity ? { identity: opts.certificateIdentity } : {},
      ...opts.certificateIdentityRegexp ? { identityRegexp: opts.certificateIdentityRegexp } : {}
    };
  } else if (opts.certificateIdentity || opts.certificateIdentityRegexp || opts.certificateOidcIssuer) {
    throw new UsageError("--certificate-identity and --certificate-oidc-issuer need --trusted-root");
  }
  if (opts.repo) options.repo = opts.repo;
  if (opts.commit) {
    if (!/^[0-9a-f]{7,64}$/i.test(opts.commit)) throw new UsageError(`--commit ${opts.commit} is not a commit hash`);
    options.commit = opts.commit;
  }
  if (opts.minLevel !== void 0) options.minLevel = opts.minLevel;
  if (opts.report) {
    if (!existsSync(opts.report)) throw new UsageError(`report ${opts.report} does not exist`);
    options.reportDigest = sha256Hex(readFileSync(opts.report));
  }
  if (opts.at) {
    const at = new Date(opts.at);
    if (Number.isNaN(at.getTime())) throw new UsageError(`--at ${opts.at} is not a date or time (use ISO 8601, e.g. 2026-12-01T00:00:00Z)`);
    options.at = at;
  }
  return options;
}
function attestationVerifier(options) {
  const verify = prepareVerifier(options);
  return ({ line, value, error }) => error ? {
    line,
    verification: {
      valid: false,
      rejections: [{ code: "malformed", message: `line ${line}: ${error}` }],
      verifiedAt: (options.at ?? /* @__PURE__ */ new Date()).toISOString()
    }
  } : { line, verification: verify(value) };
}
var VERIFY_WINDOW = 64;
async function* verifyEachInParallel(file, options) {
  const verify = prepareVerifierAsync(options);
  const verifiedAt = () => (options.at ?? /* @__PURE__ */ new Date()).toISOString();
  const pending = [];
  for (const { line, value, error } of readAttestationFile(file)) {
    pending.push(
      error ? Promise.resolve({
        line,
        verification: {
          valid: false,
          rejections: [{ code: "malformed", message: `line ${line}: ${error}` }],
          verifiedAt: verifiedAt()
        }
      }) : Promise.resolve(verify(value)).then((verification) => ({ line, verification }))
    );
    if (pending.length >= VERIFY_WINDOW) yield await pending.shift();
  }
  while (pending.length > 0) yield await pending.shift();
}
function attestationEntry({ line, verification: v }) {
  const p = v.statement?.predicate;
  return {
    line,
    valid: v.valid,
    rejections: v.rejections,
    verifiedAt: v.verifiedAt,
    ...v.signer ? { signer: v.signer } : {},
    ...p ? {
      predicateType: v.statement.predicateType,
      subject: v.statement.subject,
      repository: p.repository,
      level: p.level,
      issuedAt: p.issuedAt,
      validUntil: p.validUntil,
      policy: p.policy,
      report: p.report,
      ...p.licence ? { licence: p.licence } : {},
      ...p.sbom ? { sbom: p.sbom } : {},
      crosswalkVersion: p.crosswalkVersion,
      exemptions: p.exemptions,
      checks: p.checks,
      tool: p.tool
    } : {}
  };
}
var WRAPPER_HEAD = '{\n  "a": [\n';
var WRAPPER_TAIL = "\n  ]\n}";
async function verifyToRecordInParallel(file, options, each) {
  const builder = recordBuilder(file);
  try {
    for await (const result of verifyEachInParallel(file, options)) {
      each?.(result);
      builder.add(result);
    }
  } catch (error) {
    builder.fail();
    throw error;
  }
  return builder.done();
}
function recordBuilder(file) {
  const spool = new TextSpool();
  let count = 0;
  let valid = true;
  return {
    add(result) {
      const wrapped = JSON.stringify({ a: [attestationEntry(result)] }, null, 2);
      spool.write(`${count ? ",\n" : ""}${wrapped.slice(WRAPPER_HEAD.length, -WRAPPER_TAIL.length)}`);
      count++;
      valid &&= result.verification.valid;
    },
    fail() {
      spool.dispose();
    },
    done() {
      valid &&= count > 0;
      return {
        valid,
        count,
        *text() {
          const head = `{
  "file": ${JSON.stringify(file)},
  "valid": ${valid},
  "attestations": `;
          if (count === 0) {
            yield `${head}[]
}
`;
            return;
          }
          yield `${head}[
`;
          yield* spool.read();
          yield "\n  ]\n}\n";
        },
        dispose: () => spool.dispose()
      };
    }
  };
}

// src/cli/attest-commands.ts
function runKeygen(opts, io) {
  const dir = resolve(opts.outDir);
  const privatePath = join2(dir, `${opts.name}.key`);
  const publicPath = join2(dir, `${opts.name}.pub`);
  const pair = generateKeyPair(opts.type);
  try {
    writeNewFiles(dir, {
      [basename(publicPath)]: { content: pair.publicPem, mode: 420 },
      [basename(privatePath)]: { content: pair.privatePem, mode: 384 }
    });
  } catch (error) {
    if (error instanceof FileExistsError) {
      if (error.link) throw linkRefused(error.path);
      throw new UsageError(`${error.path} exists; ois-ready keygen never overwrites a key`);
    }
    throw error;
  }
  io.stdout(
    `${opts.type} key pair written
  private key: ${privatePath} (mode 0600; keep it secret, e.g. in a CI secret)
  public key:  ${publicPath}
  key id:      ${pair.keyid}
Never commit ${opts.name}.key: add it to .gitignore, or move it out of the repository.
`
  );
  return EXIT.ok;
}
function linkRefused(path) {
  let target = "?";
  try {
    target = readlinkSync(path);
  } catch {
  }
  const dangling = !existsSync2(path);
  return new UsageError(
    `${printable(path)} is a symbolic link to ${printable(target)}${dangling ? ", which does not exist" : ""}; ois-ready keygen never writes a key through a link: remove the link, or choose another --out-dir or --name`
  );
}
async function runVerify(file, opts, io) {
  const options = verifyOptionsFrom(opts);
  if (opts.format === "json") {
    const recorded = await verifyToRecordInParallel(file, options);
    try {
      for (const piece of recorded.text()) io.stdout(piece);
    } finally {
      recorded.dispose();
    }
    return recorded.valid ? EXIT.ok : EXIT.failed;
  }
  let valid = true;
  let count = 0;
  let pending = "";
  const out = (text) => {
    pending += text;
    if (pending.length >= 1 << 16) {
      io.stdout(pending);
      pending = "";
    }
  };
  try {
    for await (const result of verifyEachInParallel(file, options)) {
      count++;
      valid &&= result.verification.valid;
      out(verificationLine(result));
    }
  } finally {
    if (pending) io.stdout(pending);
  }
  return valid && count > 0 ? EXIT.ok : EXIT.failed;
}
function verificationLine({ line, verification: v }) {
  const p = v.statement?.predicate;
  if (v.valid && p) {
    const signer = v.signer?.type === "key" ? `key ${v.signer.keyid.slice(0, 16)}\u2026` : v.signer?.type === "sigstore" ? `${v.signer.identity} (${v.signer.issuer})` : "?";
    return printable(
      `VALID (line ${line}): level ${p.level} for ${p.repository.url ?? "a repository"} at ${p.repository.commit?.slice(0, 12) ?? "no commit"}, signed by ${signer}, valid until ${p.validUntil}`
    ) + "\n";
  }
  return `INVALID (line ${line}):
${v.rejections.map((r) => `  ${r.code}: ${printable(r.message)}
`).join("")}`;
}
function runBadge(file, opts, io) {
  const options = verifyOptionsFrom(opts);
  const verify = attestationVerifier(options);
  let first;
  let count = 0;
  for (const attestation of readAttestationFile(file)) if (count++ === 0) first = verify(attestation);
  if (count !== 1 || !first) throw new UsageError(`${file} holds ${count} attestations; a badge is drawn from exactly one`);
  const state = badgeState(first.verification);
  writeOutputFiles(opts.outputDir, { "badge.svg": renderBadgeSvg(state), "badge.json": renderBadgeEndpoint(state) });
  io.stdout(`badge: ${state.label} | ${state.message} (${state.color}) -> ${resolve(opts.outputDir)}
`);
  if (!first.verification.valid)
    io.stderr(`the attestation did not verify: ${first.verification.rejections.map((r) => r.message).join("; ")}
`);
  return first.verification.valid ? EXIT.ok : EXIT.failed;
}
async function runTrustedRoot(output, io) {
  const { getTrustedRoot } = await import("./cli-ZL7GMY6J.js");
  const { TrustedRoot } = await import("./cli-HNEHNF6N.js");
  const root = TrustedRoot.toJSON(await getTrustedRoot());
  writeOutputFiles(dirname(resolve(output)), { [basename(resolve(output))]: `${JSON.stringify(root, null, 2)}
` });
  io.stdout(`wrote Sigstore's trusted root to ${output}; verify offline with --trusted-root ${output}
`);
  return EXIT.ok;
}
export {
  runBadge,
  runKeygen,
  runTrustedRoot,
  runVerify
};
