import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_spdx_expression_parse
} from "./cli-DUHQOW6B.js";
import {
  require_dist,
  yamlErrors,
  yamlValue
} from "./cli-WPFGWPLS.js";
import {
  compileSchema,
  lazySchema
} from "./cli-4DWRY7RY.js";
import {
  ConfigError,
  UsageError
} from "./cli-XG6W23XE.js";
import {
  __toESM
} from "./cli-SGVELQFP.js";

// src/core/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

// schema/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ois-ready/ois-ready/blob/main/schema/config.schema.json",
  title: "ois-ready configuration (.github/ois-ready.yml or .ois-ready.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    version: {
      description: "Version of this configuration format.",
      const: 1
    },
    checks: {
      description: "Per check: false turns it off (it then blocks the levels it belongs to), or an object with enabled and options.",
      type: "object",
      propertyNames: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
      additionalProperties: {
        oneOf: [
          { type: "boolean" },
          {
            type: "object",
            additionalProperties: false,
            properties: {
              enabled: { type: "boolean" },
              options: { type: "object" }
            }
          }
        ]
      }
    },
    exclude: {
      description: "Globs (relative to the repository root) of paths that are not the project's own, e.g. vendored code.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    sbom: {
      description: "How the SBOM is made from the repository's lockfiles and build manifests.",
      type: "object",
      additionalProperties: false,
      properties: {
        include: {
          description: "Globs (relative to the repository root) of lockfiles or manifests under test-data folders (testdata/, test/fixtures/, src/test/\u2026) that are the project's dependencies all the same and are read into the SBOM.",
          type: "array",
          items: { type: "string", minLength: 1 }
        }
      }
    },
    exemptions: {
      description: "Waivers of failing checks, each recorded in the report and the attestation.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["check", "reason", "expires"],
        properties: {
          check: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
          reason: { type: "string", minLength: 10, description: "Why the check is waived, for the people who read the report." },
          expires: { type: "string", format: "date", description: "Last day (YYYY-MM-DD, UTC) on which the exemption applies." }
        }
      }
    },
    limits: {
      type: "object",
      additionalProperties: false,
      properties: {
        "max-file-bytes": {
          type: "integer",
          minimum: 1024,
          maximum: 1073741824,
          description: "Largest file a check reads (default 1 MiB)."
        },
        "check-timeout-seconds": {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 3600,
          description: "Time limit of one check (default 60)."
        },
        concurrency: { type: "integer", minimum: 1, maximum: 64, description: "Checks run at once (default 4)." }
      }
    }
  }
};

// src/core/config.ts
var CONFIG_LOCATIONS = [".github/ois-ready.yml", ".github/ois-ready.yaml", ".ois-ready.yml", ".ois-ready.yaml"];
var MAX_CONFIG_BYTES = 1 << 20;
var DEFAULT_LIMITS = { maxFileBytes: 1 << 20, checkTimeoutSeconds: 60, concurrency: 4 };
var validateRaw = lazySchema(config_schema_default);
function findConfigFile(root, explicit) {
  return explicit ? resolveExplicit(explicit) : findDefault(root);
}
function loadConfig(root, checks, explicit) {
  const found = findConfigFile(root, explicit);
  if (!found) return resolveConfig({}, checks);
  const shown = displayPath(root, found);
  const text = readBounded(found, shown);
  return parseConfig(text, shown, checks);
}
function parseConfig(text, file, checks) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: "1.2" });
  const at = (offset) => {
    if (offset === void 0) return {};
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    throw new ConfigError(yamlErrors(doc.errors).map((e) => ({ file, ...at(e.offset), key: "", message: `invalid YAML: ${e.message}` })));
  }
  const read = yamlValue(doc);
  if (!read.ok) throw new ConfigError([{ file, ...at(read.offset ?? 0), key: "", message: `invalid YAML: ${read.message}` }]);
  const raw = read.value ?? {};
  const validate = validateRaw();
  if (!validate(raw)) {
    throw new ConfigError(dedupe((validate.errors ?? []).map((e) => schemaProblem(e, doc, file, at))));
  }
  const problems = [];
  const byId = new Map(checks.map((c) => [c.id, c]));
  const known = [...byId.keys()].sort().join(", ");
  for (const [id, value] of Object.entries(raw.checks ?? {})) {
    const meta = byId.get(id);
    if (!meta) {
      problems.push({
        file,
        ...at(keyOffset(doc, ["checks", id])),
        key: `checks.${id}`,
        message: `unknown check id "${id}"; known checks: ${known}`
      });
      continue;
    }
    if (typeof value === "object" && value.options) {
      problems.push(...optionProblems(meta, value.options, doc, file, at));
    }
  }
  ;
  (raw.exemptions ?? []).forEach((exemption, i) => {
    if (!byId.has(exemption.check)) {
      problems.push({
        file,
        ...at(valueOffset(doc, ["exemptions", i, "check"])),
        key: `exemptions[${i}].check`,
        message: `unknown check id "${exemption.check}"; known checks: ${known}`
      });
    }
  });
  const globs = [
    [raw.exclude ?? [], ["exclude"], "exclude"],
    [raw.sbom?.include ?? [], ["sbom", "include"], "sbom.include"]
  ];
  for (const [list, segments, key] of globs) {
    for (const [i, glob] of list.entries()) {
      if (glob.startsWith("/") || glob.split("/").includes("..")) {
        problems.push({
          file,
          ...at(valueOffset(doc, [...segments, i])),
          key: `${key}[${i}]`,
          message: `"${glob}" must be relative to the repository root, without "/" at the start or ".."`
        });
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config = resolveConfig(raw, checks);
  config.file = file;
  config.exemptions.forEach((e, i) => {
    const line = at(valueOffset(doc, ["exemptions", i])).line;
    if (line) e.line = line;
  });
  return config;
}
function resolveConfig(raw, checks) {
  const settings = {};
  for (const meta of checks) {
    const value = raw.checks?.[meta.id];
    const enabled = typeof value === "boolean" ? value : value?.enabled ?? true;
    const options = { ...meta.defaultOptions ?? {}, ...typeof value === "object" ? value.options ?? {} : {} };
    settings[meta.id] = { enabled, options };
  }
  return {
    checks: settings,
    exclude: [...raw.exclude ?? []],
    sbom: { include: [...raw.sbom?.include ?? []] },
    exemptions: (raw.exemptions ?? []).map((e) => ({ check: e.check, reason: e.reason, expires: e.expires })),
    limits: {
      maxFileBytes: raw.limits?.["max-file-bytes"] ?? DEFAULT_LIMITS.maxFileBytes,
      checkTimeoutSeconds: raw.limits?.["check-timeout-seconds"] ?? DEFAULT_LIMITS.checkTimeoutSeconds,
      concurrency: raw.limits?.concurrency ?? DEFAULT_LIMITS.concurrency
    }
  };
}
function optionProblems(meta, options, doc, file, at) {
  const schema = meta.optionsSchema ?? { type: "object", additionalProperties: false, properties: {} };
  const validate = compileSchema(schema);
  if (validate(options)) return [];
  const base = ["checks", meta.id, "options"];
  return (validate.errors ?? []).map((e) => schemaProblem(e, doc, file, at, base));
}
function schemaProblem(error, doc, file, at, base = []) {
  const segments = [
    ...base,
    ...error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s)
  ];
  let message = error.message ?? "is invalid";
  let offset = valueOffset(doc, segments);
  let keyPath = segments;
  if (error.keyword === "additionalProperties") {
    const extra = String(error.params.additionalProperty);
    keyPath = [...segments, extra];
    offset = keyOffset(doc, keyPath);
    message = `unknown key "${extra}"`;
  } else if (error.keyword === "required") {
    const missing = String(error.params.missingProperty);
    keyPath = [...segments, missing];
    message = `is required${segments.length ? ` in ${formatKey(segments)}` : ""}`;
  } else if (error.keyword === "format") {
    const value = doc.getIn(segments);
    message = `"${String(value)}" is not a valid ${error.params.format}${error.params.format === "date" ? " (expected YYYY-MM-DD)" : ""}`;
  } else if (error.keyword === "propertyNames") {
    const name = String(error.params.propertyName ?? "");
    keyPath = [...segments, name];
    offset = keyOffset(doc, keyPath);
    message = `"${name}" is not a check id (kebab-case)`;
  } else if (error.keyword === "oneOf") {
    message = 'must be true, false, or an object with "enabled" and/or "options"';
  }
  return { file, ...at(offset), key: formatKey(keyPath), message };
}
function formatKey(segments) {
  return segments.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function nodeAt(doc, path) {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return node ?? void 0;
}
function valueOffset(doc, path) {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    if (node?.range) return node.range[0];
  }
  return void 0;
}
function keyOffset(doc, path) {
  const parent = nodeAt(doc, path.slice(0, -1));
  const last = path[path.length - 1];
  if ((0, import_yaml.isMap)(parent)) {
    for (const item of parent.items) {
      if ((0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === last && item.key.range) return item.key.range[0];
    }
  }
  return valueOffset(doc, path.slice(0, -1));
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const k = `${p.line}:${p.key}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function resolveExplicit(path) {
  const full = resolve(path);
  try {
    if (!lstatSync(full).isFile()) throw new UsageError(`config ${path} is not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `config file ${path} does not exist; give the path of a YAML file, or leave it out to use ${CONFIG_LOCATIONS.join(" or ")}`
    );
  }
  return full;
}
function findDefault(root) {
  let realRoot;
  try {
    realRoot = realpathSync(root);
  } catch {
    return void 0;
  }
  for (const location of CONFIG_LOCATIONS) {
    const full = join(realRoot, location);
    let real;
    try {
      real = realpathSync(full);
    } catch {
      continue;
    }
    if (!real.startsWith(realRoot + sep))
      throw new UsageError(`${location} leads out of the repository (to ${real}); ois-ready does not follow it`);
    if (lstatSync(real).isFile()) return real;
  }
  return void 0;
}
function readBounded(full, shown) {
  const st = lstatSync(full);
  if (st.size > MAX_CONFIG_BYTES)
    throw new ConfigError([{ file: shown, key: "", message: `is ${st.size} bytes; a config file may be at most 1 MiB` }]);
  const bytes = readFileSync(full);
  if (bytes.includes(0)) throw new ConfigError([{ file: shown, key: "", message: "is a binary file, not YAML" }]);
  return bytes.toString("utf8");
}
function displayPath(root, full) {
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
  }
  const rel = relative(realRoot, full);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : full;
}

// src/core/remote-url.ts
function normaliseRemoteUrl(remote) {
  const raw = remote.trim();
  if (!raw) return void 0;
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(raw);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) return build(scp[1], scp[2]);
  let url;
  try {
    url = new URL(raw);
  } catch {
    return void 0;
  }
  if (!["https:", "http:", "ssh:", "git:", "git+ssh:", "ssh+git:"].includes(url.protocol)) return void 0;
  if (!url.hostname) return void 0;
  return build(url.hostname, decodeURIComponent(url.pathname));
}
function build(host, path) {
  const clean = path.replace(/^\/+/, "").replace(/\/+$/, "").replace(/\.git$/, "").replace(/^~[^/]*\//, "");
  if (!clean || clean.split("/").some((part) => part === ".." || part === "")) return void 0;
  return `https://${host.toLowerCase()}/${clean}`;
}

// src/licence/expression.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);

// node_modules/spdx-license-ids/index.json with { type: 'json' }
var spdx_license_ids_default = [
  "0BSD",
  "3D-Slicer-1.0",
  "AAL",
  "ADSL",
  "AFL-1.1",
  "AFL-1.2",
  "AFL-2.0",
  "AFL-2.1",
  "AFL-3.0",
  "AGPL-1.0-only",
  "AGPL-1.0-or-later",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "ALGLIB-Documentation",
  "AMD-newlib",
  "AMDPLPA",
  "AML",
  "AML-glslang",
  "AMPAS",
  "ANTLR-PD",
  "ANTLR-PD-fallback",
  "APAFML",
  "APL-1.0",
  "APSL-1.0",
  "APSL-1.1",
  "APSL-1.2",
  "APSL-2.0",
  "ASWF-Digital-Assets-1.0",
  "ASWF-Digital-Assets-1.1",
  "Abstyles",
  "AdaCore-doc",
  "Adobe-2006",
  "Adobe-Display-PostScript",
  "Adobe-Glyph",
  "Adobe-Utopia",
  "Advanced-Cryptics-Dictionary",
  "Afmparse",
  "Aladdin",
  "Apache-1.0",
  "Apache-1.1",
  "Apache-2.0",
  "App-s2p",
  "Arphic-1999",
  "Artistic-1.0",
  "Artistic-1.0-Perl",
  "Artistic-1.0-cl8",
  "Artistic-2.0",
  "Artistic-dist",
  "Aspell-RU",
  "BOLA-1.1",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-2-Clause-Darwin",
  "BSD-2-Clause-Patent",
  "BSD-2-Clause-Views",
  "BSD-2-Clause-first-lines",
  "BSD-2-Clause-pkgconf-disclaimer",
  "BSD-2-Clause-pos-unchanged",
  "BSD-3-Clause",
  "BSD-3-Clause-Attribution",
  "BSD-3-Clause-Clear",
  "BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL",
  "BSD-3-Clause-Modification",
  "BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License",
  "BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty",
  "BSD-3-Clause-Open-MPI",
  "BSD-3-Clause-OpenWebUI",
  "BSD-3-Clause-Sun",
  "BSD-3-Clause-Tso",
  "BSD-3-Clause-acpica",
  "BSD-3-Clause-flex",
  "BSD-4-Clause",
  "BSD-4-Clause-Shortened",
  "BSD-4-Clause-UC",
  "BSD-4.3RENO",
  "BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement",
  "BSD-Attribution-HPND-disclaimer",
  "BSD-Inferno-Nettverk",
  "BSD-Mark-Modifications",
  "BSD-Protection",
  "BSD-Source-Code",
  "BSD-Source-Code-no-disclaimer",
  "BSD-Source-alt-GPL",
  "BSD-Source-beginning-file",
  "BSD-Systemics",
  "BSD-Systemics-W3Works",
  "BSD-ask-to-endorse",
  "BSL-1.0",
  "BUSL-1.1",
  "Baekmuk",
  "Bahyph",
  "Barr",
  "Beerware",
  "BitTorrent-1.0",
  "BitTorrent-1.1",
  "Bitstream-Charter",
  "Bitstream-Vera",
  "BlueOak-1.0.0",
  "Boehm-GC",
  "Boehm-GC-without-fee",
  "Borceux",
  "Brian-Gladman-2-Clause",
  "Brian-Gladman-3-Clause",
  "Brian-Gladman-3-Clause-no-conversion",
  "Buddy",
  "Bugroff",
  "C-UDA-1.0",
  "CAL-1.0",
  "CAL-1.0-Combined-Work-Exception",
  "CAPEC-tou",
  "CATOSL-1.1",
  "CC-BY-1.0",
  "CC-BY-2.0",
  "CC-BY-2.5",
  "CC-BY-2.5-AU",
  "CC-BY-3.0",
  "CC-BY-3.0-AT",
  "CC-BY-3.0-AU",
  "CC-BY-3.0-DE",
  "CC-BY-3.0-IGO",
  "CC-BY-3.0-NL",
  "CC-BY-3.0-US",
  "CC-BY-4.0",
  "CC-BY-NC-1.0",
  "CC-BY-NC-2.0",
  "CC-BY-NC-2.5",
  "CC-BY-NC-3.0",
  "CC-BY-NC-3.0-DE",
  "CC-BY-NC-3.0-IGO",
  "CC-BY-NC-4.0",
  "CC-BY-NC-ND-1.0",
  "CC-BY-NC-ND-2.0",
  "CC-BY-NC-ND-2.5",
  "CC-BY-NC-ND-3.0",
  "CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO",
  "CC-BY-NC-ND-4.0",
  "CC-BY-NC-SA-1.0",
  "CC-BY-NC-SA-2.0",
  "CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR",
  "CC-BY-NC-SA-2.0-UK",
  "CC-BY-NC-SA-2.5",
  "CC-BY-NC-SA-3.0",
  "CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO",
  "CC-BY-NC-SA-4.0",
  "CC-BY-ND-1.0",
  "CC-BY-ND-2.0",
  "CC-BY-ND-2.5",
  "CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE",
  "CC-BY-ND-4.0",
  "CC-BY-SA-1.0",
  "CC-BY-SA-2.0",
  "CC-BY-SA-2.0-UK",
  "CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5",
  "CC-BY-SA-3.0",
  "CC-BY-SA-3.0-AT",
  "CC-BY-SA-3.0-DE",
  "CC-BY-SA-3.0-IGO",
  "CC-BY-SA-4.0",
  "CC-PDDC",
  "CC-PDM-1.0",
  "CC-SA-1.0",
  "CC0-1.0",
  "CDDL-1.0",
  "CDDL-1.1",
  "CDL-1.0",
  "CDLA-Permissive-1.0",
  "CDLA-Permissive-2.0",
  "CDLA-Sharing-1.0",
  "CECILL-1.0",
  "CECILL-1.1",
  "CECILL-2.0",
  "CECILL-2.1",
  "CECILL-B",
  "CECILL-C",
  "CERN-OHL-1.1",
  "CERN-OHL-1.2",
  "CERN-OHL-P-2.0",
  "CERN-OHL-S-2.0",
  "CERN-OHL-W-2.0",
  "CFITSIO",
  "CMU-Mach",
  "CMU-Mach-nodoc",
  "CNRI-Jython",
  "CNRI-Python",
  "CNRI-Python-GPL-Compatible",
  "COIL-1.0",
  "CPAL-1.0",
  "CPL-1.0",
  "CPOL-1.02",
  "CUA-OPL-1.0",
  "Caldera",
  "Caldera-no-preamble",
  "Catharon",
  "ClArtistic",
  "Clips",
  "Community-Spec-1.0",
  "Condor-1.1",
  "Cornell-Lossless-JPEG",
  "Cronyx",
  "Crossword",
  "CryptoSwift",
  "CrystalStacker",
  "Cube",
  "D-FSL-1.0",
  "DEC-3-Clause",
  "DL-DE-BY-2.0",
  "DL-DE-ZERO-2.0",
  "DOC",
  "DRL-1.0",
  "DRL-1.1",
  "DSDP",
  "DocBook-DTD",
  "DocBook-Schema",
  "DocBook-Stylesheet",
  "DocBook-XML",
  "Dotseqn",
  "ECL-1.0",
  "ECL-2.0",
  "EFL-1.0",
  "EFL-2.0",
  "EPICS",
  "EPL-1.0",
  "EPL-2.0",
  "ESA-PL-permissive-2.4",
  "ESA-PL-strong-copyleft-2.4",
  "ESA-PL-weak-copyleft-2.4",
  "EUDatagrid",
  "EUPL-1.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "Elastic-2.0",
  "Entessa",
  "ErlPL-1.1",
  "Eurosym",
  "FBM",
  "FDK-AAC",
  "FDK-MPEG-H",
  "FSFAP",
  "FSFAP-no-warranty-disclaimer",
  "FSFUL",
  "FSFULLR",
  "FSFULLRSD",
  "FSFULLRWD",
  "FSL-1.1-ALv2",
  "FSL-1.1-MIT",
  "FTL",
  "Fair",
  "Ferguson-Twofish",
  "Frameworx-1.0",
  "FreeBSD-DOC",
  "FreeImage",
  "Furuseth",
  "GCR-docs",
  "GD",
  "GFDL-1.1-invariants-only",
  "GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only",
  "GFDL-1.1-no-invariants-or-later",
  "GFDL-1.1-only",
  "GFDL-1.1-or-later",
  "GFDL-1.2-invariants-only",
  "GFDL-1.2-invariants-or-later",
  "GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later",
  "GFDL-1.3-no-invariants-only",
  "GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "GL2PS",
  "GLWTPL",
  "GPL-1.0-only",
  "GPL-1.0-or-later",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "Game-Programming-Gems",
  "Giftware",
  "Glide",
  "Glulxe",
  "Graphics-Gems",
  "Gutmann",
  "HDF5",
  "HIDAPI",
  "HP-1986",
  "HP-1989",
  "HPND",
  "HPND-DEC",
  "HPND-Fenneberg-Livingston",
  "HPND-INRIA-IMAG",
  "HPND-Intel",
  "HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer",
  "HPND-Markus-Kuhn",
  "HPND-Netrek",
  "HPND-Pbmplus",
  "HPND-SMC",
  "HPND-UC",
  "HPND-UC-export-US",
  "HPND-doc",
  "HPND-doc-sell",
  "HPND-export-US",
  "HPND-export-US-acknowledgement",
  "HPND-export-US-modify",
  "HPND-export2-US",
  "HPND-merchantability-variant",
  "HPND-sell-MIT-disclaimer-xserver",
  "HPND-sell-regexpr",
  "HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer",
  "HPND-sell-variant-MIT-disclaimer-rev",
  "HPND-sell-variant-critical-systems",
  "HTMLTIDY",
  "HaskellReport",
  "Hippocratic-2.1",
  "Hippocratic-3.0-core",
  "IBM-pibs",
  "ICU",
  "IEC-Code-Components-EULA",
  "IJG",
  "IJG-short",
  "IPA",
  "IPL-1.0",
  "ISC",
  "ISC-Veillard",
  "ISO-permission",
  "ImageMagick",
  "Imlib2",
  "Info-ZIP",
  "Informatica",
  "Inner-Net-2.0",
  "InnoSetup",
  "Intel",
  "Intel-ACPI",
  "Interbase-1.0",
  "JPL-image",
  "JPNIC",
  "JSON",
  "Jam",
  "JasPer-2.0",
  "Kastrup",
  "Kazlib",
  "Knuth-CTAN",
  "LAL-1.2",
  "LAL-1.3",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "LGPLLR",
  "LOOP",
  "LPD-document",
  "LPL-1.0",
  "LPL-1.02",
  "LPPL-1.0",
  "LPPL-1.1",
  "LPPL-1.2",
  "LPPL-1.3a",
  "LPPL-1.3c",
  "LZMA-SDK-9.11-to-9.20",
  "LZMA-SDK-9.22",
  "Latex2e",
  "Latex2e-translated-notice",
  "Leptonica",
  "LiLiQ-P-1.1",
  "LiLiQ-R-1.1",
  "LiLiQ-Rplus-1.1",
  "Libpng",
  "Linux-OpenIB",
  "Linux-man-pages-1-para",
  "Linux-man-pages-copyleft",
  "Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var",
  "Lucida-Bitmap-Fonts",
  "MIPS",
  "MIT",
  "MIT-0",
  "MIT-CMU",
  "MIT-Click",
  "MIT-Festival",
  "MIT-Khronos-old",
  "MIT-Modern-Variant",
  "MIT-STK",
  "MIT-Wu",
  "MIT-advertising",
  "MIT-enna",
  "MIT-feh",
  "MIT-open-group",
  "MIT-testregex",
  "MITNFA",
  "MMIXware",
  "MMPL-1.0.1",
  "MPEG-SSG",
  "MPL-1.0",
  "MPL-1.1",
  "MPL-2.0",
  "MPL-2.0-no-copyleft-exception",
  "MS-LPL",
  "MS-PL",
  "MS-RL",
  "MTLL",
  "MVT-1.1",
  "Mackerras-3-Clause",
  "Mackerras-3-Clause-acknowledgment",
  "MakeIndex",
  "Martin-Birgmeier",
  "McPhee-slideshow",
  "Minpack",
  "MirOS",
  "Motosoto",
  "MulanPSL-1.0",
  "MulanPSL-2.0",
  "Multics",
  "Mup",
  "NAIST-2003",
  "NASA-1.3",
  "NBPL-1.0",
  "NCBI-PD",
  "NCGL-UK-2.0",
  "NCL",
  "NCSA",
  "NGPL",
  "NICTA-1.0",
  "NIST-PD",
  "NIST-PD-TNT",
  "NIST-PD-fallback",
  "NIST-Software",
  "NLOD-1.0",
  "NLOD-2.0",
  "NLPL",
  "NOSL",
  "NPL-1.0",
  "NPL-1.1",
  "NPOSL-3.0",
  "NRL",
  "NTIA-PD",
  "NTP",
  "NTP-0",
  "Naumen",
  "NetCDF",
  "Newsletr",
  "Nokia",
  "Noweb",
  "O-UDA-1.0",
  "OAR",
  "OCCT-PL",
  "OCLC-2.0",
  "ODC-By-1.0",
  "ODbL-1.0",
  "OFFIS",
  "OFL-1.0",
  "OFL-1.0-RFN",
  "OFL-1.0-no-RFN",
  "OFL-1.1",
  "OFL-1.1-RFN",
  "OFL-1.1-no-RFN",
  "OGC-1.0",
  "OGDL-Taiwan-1.0",
  "OGL-Canada-2.0",
  "OGL-UK-1.0",
  "OGL-UK-2.0",
  "OGL-UK-3.0",
  "OGTSL",
  "OLDAP-1.1",
  "OLDAP-1.2",
  "OLDAP-1.3",
  "OLDAP-1.4",
  "OLDAP-2.0",
  "OLDAP-2.0.1",
  "OLDAP-2.1",
  "OLDAP-2.2",
  "OLDAP-2.2.1",
  "OLDAP-2.2.2",
  "OLDAP-2.3",
  "OLDAP-2.4",
  "OLDAP-2.5",
  "OLDAP-2.6",
  "OLDAP-2.7",
  "OLDAP-2.8",
  "OLFL-1.3",
  "OML",
  "OPL-1.0",
  "OPL-UK-3.0",
  "OPUBL-1.0",
  "OSC-1.0",
  "OSET-PL-2.1",
  "OSL-1.0",
  "OSL-1.1",
  "OSL-2.0",
  "OSL-2.1",
  "OSL-3.0",
  "OSSP",
  "OpenMDW-1.0",
  "OpenPBS-2.3",
  "OpenSSL",
  "OpenSSL-standalone",
  "OpenVision",
  "PADL",
  "PDDL-1.0",
  "PHP-3.0",
  "PHP-3.01",
  "PPL",
  "PSF-2.0",
  "ParaType-Free-Font-1.3",
  "Parity-6.0.0",
  "Parity-7.0.0",
  "Pixar",
  "Plexus",
  "PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0",
  "PostgreSQL",
  "Python-2.0",
  "Python-2.0.1",
  "QPL-1.0",
  "QPL-1.0-INRIA-2004",
  "Qhull",
  "RHeCos-1.1",
  "RPL-1.1",
  "RPL-1.5",
  "RPSL-1.0",
  "RSA-MD",
  "RSCPL",
  "Rdisc",
  "Ruby",
  "Ruby-pty",
  "SAX-PD",
  "SAX-PD-2.0",
  "SCEA",
  "SGI-B-1.0",
  "SGI-B-1.1",
  "SGI-B-2.0",
  "SGI-OpenGL",
  "SGMLUG-PM",
  "SGP4",
  "SHL-0.5",
  "SHL-0.51",
  "SISSL",
  "SISSL-1.2",
  "SL",
  "SMAIL-GPL",
  "SMLNJ",
  "SMPPL",
  "SNIA",
  "SOFA",
  "SPL-1.0",
  "SSH-OpenSSH",
  "SSH-short",
  "SSLeay-standalone",
  "SSPL-1.0",
  "SUL-1.0",
  "SWL",
  "Saxpath",
  "SchemeReport",
  "Sendmail",
  "Sendmail-8.23",
  "Sendmail-Open-Source-1.1",
  "SimPL-2.0",
  "Sleepycat",
  "Soundex",
  "Spencer-86",
  "Spencer-94",
  "Spencer-99",
  "SugarCRM-1.1.3",
  "Sun-PPP",
  "Sun-PPP-2000",
  "SunPro",
  "Symlinks",
  "TAPR-OHL-1.0",
  "TCL",
  "TCP-wrappers",
  "TGPPL-1.0",
  "TMate",
  "TORQUE-1.1",
  "TOSL",
  "TPDL",
  "TPL-1.0",
  "TTWL",
  "TTYP0",
  "TU-Berlin-1.0",
  "TU-Berlin-2.0",
  "TekHVC",
  "TermReadKey",
  "ThirdEye",
  "TrustedQSL",
  "UCAR",
  "UCL-1.0",
  "UMich-Merit",
  "UPL-1.0",
  "URT-RLE",
  "Ubuntu-font-1.0",
  "UnRAR",
  "Unicode-3.0",
  "Unicode-DFS-2015",
  "Unicode-DFS-2016",
  "Unicode-TOU",
  "UnixCrypt",
  "Unlicense",
  "Unlicense-libtelnet",
  "Unlicense-libwhirlpool",
  "VOSTROM",
  "VSL-1.0",
  "Vim",
  "Vixie-Cron",
  "W3C",
  "W3C-19980720",
  "W3C-20150513",
  "WTFNMFPL",
  "WTFPL",
  "Watcom-1.0",
  "Widget-Workshop",
  "WordNet",
  "Wsuipa",
  "X11",
  "X11-distribute-modifications-variant",
  "X11-no-permit-persons",
  "X11-swapped",
  "XFree86-1.1",
  "XSkat",
  "Xdebug-1.03",
  "Xerox",
  "Xfig",
  "Xnet",
  "YPL-1.0",
  "YPL-1.1",
  "ZPL-1.1",
  "ZPL-2.0",
  "ZPL-2.1",
  "Zed",
  "Zeeff",
  "Zend-2.0",
  "Zimbra-1.3",
  "Zimbra-1.4",
  "Zlib",
  "any-OSI",
  "any-OSI-perl-modules",
  "atc-game",
  "bcrypt-Solar-Designer",
  "blessing",
  "bzip2-1.0.6",
  "check-cvs",
  "checkmk",
  "copyleft-next-0.3.0",
  "copyleft-next-0.3.1",
  "curl",
  "cve-tou",
  "diffmark",
  "dtoa",
  "dvipdfm",
  "eGenix",
  "etalab-2.0",
  "fwlw",
  "gSOAP-1.3b",
  "generic-xts",
  "gnuplot",
  "gtkbook",
  "hdparm",
  "hyphen-bulgarian",
  "iMatix",
  "jove",
  "libpng-1.6.35",
  "libpng-2.0",
  "libselinux-1.0",
  "libtiff",
  "libutil-David-Nugent",
  "lsof",
  "magaz",
  "mailprio",
  "man2html",
  "metamail",
  "mpi-permissive",
  "mpich2",
  "mplus",
  "ngrep",
  "pkgconf",
  "pnmstitch",
  "psfrag",
  "psutils",
  "python-ldap",
  "radvd",
  "snprintf",
  "softSurfer",
  "ssh-keyscan",
  "swrule",
  "threeparttable",
  "ulem",
  "w3m",
  "wwl",
  "xinetd",
  "xkeyboard-config-Zinoviev",
  "xlock",
  "xpp",
  "xzoom",
  "zlib-acknowledgement"
];

// node_modules/spdx-license-ids/deprecated.json with { type: 'json' }
var deprecated_default = [
  "AGPL-1.0",
  "AGPL-3.0",
  "BSD-2-Clause-FreeBSD",
  "BSD-2-Clause-NetBSD",
  "GFDL-1.1",
  "GFDL-1.2",
  "GFDL-1.3",
  "GPL-1.0",
  "GPL-2.0",
  "GPL-2.0-with-GCC-exception",
  "GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception",
  "GPL-2.0-with-classpath-exception",
  "GPL-2.0-with-font-exception",
  "GPL-3.0",
  "GPL-3.0-with-GCC-exception",
  "GPL-3.0-with-autoconf-exception",
  "LGPL-2.0",
  "LGPL-2.1",
  "LGPL-3.0",
  "Net-SNMP",
  "Nunit",
  "StandardML-NJ",
  "bzip2-1.0.5",
  "eCos-2.0",
  "wxWindows"
];

// node_modules/spdx-exceptions/index.json with { type: 'json' }
var spdx_exceptions_default = [
  "389-exception",
  "Asterisk-exception",
  "Autoconf-exception-2.0",
  "Autoconf-exception-3.0",
  "Autoconf-exception-generic",
  "Autoconf-exception-generic-3.0",
  "Autoconf-exception-macro",
  "Bison-exception-1.24",
  "Bison-exception-2.2",
  "Bootloader-exception",
  "Classpath-exception-2.0",
  "CLISP-exception-2.0",
  "cryptsetup-OpenSSL-exception",
  "DigiRule-FOSS-exception",
  "eCos-exception-2.0",
  "Fawkes-Runtime-exception",
  "FLTK-exception",
  "fmt-exception",
  "Font-exception-2.0",
  "freertos-exception-2.0",
  "GCC-exception-2.0",
  "GCC-exception-2.0-note",
  "GCC-exception-3.1",
  "Gmsh-exception",
  "GNAT-exception",
  "GNOME-examples-exception",
  "GNU-compiler-exception",
  "gnu-javamail-exception",
  "GPL-3.0-interface-exception",
  "GPL-3.0-linking-exception",
  "GPL-3.0-linking-source-exception",
  "GPL-CC-1.0",
  "GStreamer-exception-2005",
  "GStreamer-exception-2008",
  "i2p-gpl-java-exception",
  "KiCad-libraries-exception",
  "LGPL-3.0-linking-exception",
  "libpri-OpenH323-exception",
  "Libtool-exception",
  "Linux-syscall-note",
  "LLGPL",
  "LLVM-exception",
  "LZMA-exception",
  "mif-exception",
  "OCaml-LGPL-linking-exception",
  "OCCT-exception-1.0",
  "OpenJDK-assembly-exception-1.0",
  "openvpn-openssl-exception",
  "PS-or-PDF-font-exception-20170817",
  "QPL-1.0-INRIA-2004-exception",
  "Qt-GPL-exception-1.0",
  "Qt-LGPL-exception-1.1",
  "Qwt-exception-1.0",
  "SANE-exception",
  "SHL-2.0",
  "SHL-2.1",
  "stunnel-exception",
  "SWI-exception",
  "Swift-exception",
  "Texinfo-exception",
  "u-boot-exception-2.0",
  "UBDL-exception",
  "Universal-FOSS-exception-1.0",
  "vsftpd-openssl-exception",
  "WxWindows-exception-3.1",
  "x11vnc-openssl-exception"
];

// src/licence/expression.ts
var MAX_TERMS = 256;
var MAX_DEPTH = 32;
var MAX_CHARS = 1e5;
var byLower = /* @__PURE__ */ new Map();
for (const id of [...spdx_license_ids_default, ...deprecated_default]) byLower.set(id.toLowerCase(), id);
var exceptionsByLower = /* @__PURE__ */ new Map();
for (const id of spdx_exceptions_default) exceptionsByLower.set(id.toLowerCase(), id);
var TOKEN = /\s*(\(|\)|[A-Za-z0-9.+:-]+|\S)/y;
var OPERATORS = /* @__PURE__ */ new Set(["and", "or", "with"]);
function canonicalLicenceId(id) {
  return byLower.get(id.toLowerCase());
}
function isKnownLicenceId(id) {
  return byLower.has(id.toLowerCase()) || /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id);
}
function parseLicenceExpression(text, options = {}) {
  const keepUnknown = options.unknownIds === "keep";
  const source = text.trim();
  if (source === "") return { ok: false, message: "the licence expression is empty" };
  if (source.length > MAX_CHARS)
    return { ok: false, message: `the licence expression is ${source.length} characters long; at most ${MAX_CHARS} are read` };
  const tokens = [];
  const open = [];
  let terms = 0;
  let depth = 0;
  const kept = /* @__PURE__ */ new Map();
  const withExceptions = [];
  TOKEN.lastIndex = 0;
  let start = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const token = m[1];
    const column = m.index + m[0].length - token.length + 1;
    start = TOKEN.lastIndex;
    if (token === "(") {
      open.push(column);
      depth = Math.max(depth, open.length);
      if (depth > MAX_DEPTH) return { ok: false, message: `parentheses nest deeper than ${MAX_DEPTH} levels`, column };
      tokens.push(token);
    } else if (token === ")") {
      if (open.length === 0) return { ok: false, message: `the ")" at column ${column} closes nothing`, column };
      open.pop();
      tokens.push(token);
    } else if (OPERATORS.has(token.toLowerCase())) {
      tokens.push(token.toUpperCase());
    } else if (/^[A-Za-z0-9.+:-]+$/.test(token)) {
      terms++;
      if (terms > MAX_TERMS) return { ok: false, message: `the expression has more than ${MAX_TERMS} licence terms`, column };
      const previous = tokens.at(-1);
      if (previous === "WITH") {
        const exception = exceptionsByLower.get(token.toLowerCase());
        if (!exception && !keepUnknown && !/^(DocumentRef-[A-Za-z0-9.-]+:)?AdditionRef-[A-Za-z0-9.-]+$/.test(token)) {
          return { ok: false, message: `"${token}" at column ${column} is not an SPDX licence exception`, column };
        }
        withExceptions.push(exception ?? token);
        tokens.push(exception ?? (keepUnknown ? "Classpath-exception-2.0" : token));
        continue;
      }
      const plus = token.endsWith("+") ? "+" : "";
      const bare = plus ? token.slice(0, -1) : token;
      const id = canonicalLicenceId(bare) ?? (isKnownLicenceId(bare) || keepUnknown ? bare : void 0);
      if (!id) return { ok: false, message: `"${bare}" at column ${column} is not an SPDX licence identifier`, column };
      if (keepUnknown && !canonicalLicenceId(bare) && !isKnownLicenceId(bare)) {
        const standIn = `LicenseRef-ois-kept-${kept.size}`;
        kept.set(standIn, bare);
        tokens.push(standIn + plus);
      } else tokens.push(id + plus);
    } else {
      return { ok: false, message: `unexpected "${token}" at column ${column}`, column };
    }
  }
  if (start < source.length) return { ok: false, message: `unexpected text at column ${start + 1}`, column: start + 1 };
  if (open.length > 0) return { ok: false, message: `the "(" at column ${open.at(-1)} is never closed`, column: open.at(-1) };
  const normalised = tokens.join(" ").replace(/\( /g, "(").replace(/ \)/g, ")");
  try {
    const ast = (0, import_spdx_expression_parse.default)(normalised);
    if (!keepUnknown) return { ok: true, ast, normalised };
    let k = 0;
    for (const leaf of leaves(ast)) {
      leaf.license = kept.get(leaf.license) ?? leaf.license;
      if (leaf.exception) leaf.exception = withExceptions[k++];
    }
    return { ok: true, ast, normalised: formatExpression(ast) };
  } catch (e) {
    const detail = e.message.includes("null") ? "it ends with an operator" : e.message;
    return { ok: false, message: `"${source}" is not a valid SPDX expression: ${detail}` };
  }
}
function leaves(node) {
  const out = [];
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if ("license" in n) out.push(n);
    else stack.push(n.right, n.left);
  }
  return out;
}
function formatExpression(node, parent) {
  if ("license" in node) return `${node.license}${node.plus ? "+" : ""}${node.exception ? ` WITH ${node.exception}` : ""}`;
  const text = `${formatExpression(node.left, node.conjunction)} ${node.conjunction.toUpperCase()} ${formatExpression(node.right, node.conjunction)}`;
  return parent && parent !== node.conjunction ? `(${text})` : text;
}

export {
  CONFIG_LOCATIONS,
  findConfigFile,
  loadConfig,
  normaliseRemoteUrl,
  spdx_license_ids_default,
  deprecated_default,
  spdx_exceptions_default,
  canonicalLicenceId,
  parseLicenceExpression,
  leaves,
  formatExpression
};
