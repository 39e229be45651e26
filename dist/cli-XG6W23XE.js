import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/printable.ts
function printable(text) {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? " " : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

// package.json
var package_default = {
  name: "ois-ready",
  version: "0.1.0",
  description: "Checks a repository against the expectations on European digital commons (Open Internet Stack) and issues an OIS-ready report, SARIF and badge.",
  license: "EUPL-1.2",
  repository: {
    type: "git",
    url: "https://github.com/ois-ready/ois-ready"
  },
  type: "module",
  bin: {
    "ois-ready": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "schema",
    "checks/**/README.md"
  ],
  engines: {
    node: "^22.22.2 || ^24.15.0 || >=26"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p .",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    jest: "node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js",
    test: "npm run typecheck && npm run lint && npm run format:check && npm run build && npm run jest",
    bench: "node bench/run.mjs",
    layers: "depcruise src checks --config .dependency-cruiser.mjs --output-type err",
    "ois-ready": "node dist/cli.js"
  },
  dependencies: {},
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@asciidoctor/core": "^4.1.0",
    "@blueoak/list": "^15.0.0",
    "@cyclonedx/cyclonedx-library": "^10.3.0",
    "@cyclonedx/cyclonedx-npm": "^6.0.1",
    "@duckdb/node-api": "^1.5.6-r.1",
    "@eslint/js": "^10.0.1",
    "@jest/globals": "^30.5.2",
    "@peculiar/x509": "^2.2.0",
    "@renovatebot/pep440": "^4.2.4",
    "@renovatebot/ruby-semver": "^4.1.3",
    "@sigstore/bundle": "^5.0.1",
    "@sigstore/core": "^4.0.1",
    "@sigstore/protobuf-specs": "^0.5.2",
    "@sigstore/sign": "^5.1.0",
    "@sigstore/tuf": "^5.0.1",
    "@sigstore/verify": "^4.1.3",
    "@types/jest": "^30.0.0",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^24.19.2",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    "@types/semver": "^7.8.0",
    "@types/yauzl": "^3.4.0",
    "ae-cvss-calculator": "^1.0.13",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    "ajv-formats-draft2019": "^1.6.1",
    "badge-maker": "^6.0.0",
    canonicalize: "^4.0.0",
    commander: "^14.0.3",
    "dependency-cruiser": "^18.7.2",
    diff: "^9.0.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-xml-parser": "^5.12.1",
    fflate: "^0.8.3",
    globals: "^17.14.0",
    htmlparser2: "^12.0.0",
    ignore: "^7.0.16",
    jest: "^30.5.2",
    "js-yaml": "^4.3.2",
    json5: "^2.2.3",
    "jsonc-parser": "^3.3.1",
    "linguist-languages": "^9.5.0",
    marked: "^18.2.1",
    node: "^24.21.0",
    node22: "npm:node@^22.23.3",
    orga: "^4.7.1",
    "packageurl-js": "^2.0.1",
    picomatch: "^4.0.7",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    "reflect-metadata": "^0.2.2",
    semver: "^7.8.6",
    "simple-git": "^4.0.2",
    "smol-toml": "^1.9.1",
    "spdx-correct": "^3.2.0",
    "spdx-exceptions": "^2.5.0",
    "spdx-expression-parse": "^5.0.0",
    "spdx-license-ids": "^3.0.24",
    "spdx-license-list": "^6.12.0",
    "spdx-satisfies": "^6.0.0",
    "ts-jest": "^29.4.15",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.73.0",
    yaml: "^2.9.1",
    yauzl: "^3.4.0"
  },
  allowScripts: {
    node: true,
    esbuild: true,
    "@parcel/watcher": false,
    libxmljs2: false
  }
};

// src/core/version.ts
var TOOL_NAME = "ois-ready";
var TOOL_VERSION = package_default.version;
var DOCS_BASE = `https://github.com/ois-ready/ois-ready/blob/v${package_default.version}`;
var ISSUES_URL = `${package_default.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/issues`;

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends UsageError {
  constructor(problems) {
    super(
      problems.map(
        (p) => printable(`${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ""}` : ""}: ${p.key ? `${p.key}: ` : ""}${p.message}`)
      ).join("\n")
    );
    this.problems = problems;
  }
  problems;
  name = "ConfigError";
};
var BUG_NOTE = `a bug in ois-ready, please report it at ${ISSUES_URL}`;
var AnalysisError = class _AnalysisError extends Error {
  constructor(analysis, reason, bug) {
    super(bug ? `${analysis} failed with an internal error (${BUG_NOTE}): ${reason}` : `${analysis} could not be read: ${reason}`);
    this.analysis = analysis;
    this.reason = reason;
    this.bug = bug;
  }
  analysis;
  reason;
  bug;
  name = "AnalysisError";
  /** The error an analysis met, as its failure: an AnalysisError as it is (a nested analysis), anything else as a bug. */
  static of(analysis, error) {
    if (error instanceof _AnalysisError) return error;
    return new _AnalysisError(analysis, printable(error instanceof Error ? error.message : String(error)), true);
  }
};
function internalErrorLine(error, hint) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `internal error: ${printable(message.split("\n")[0] ?? message)} (${BUG_NOTE}${hint ? `; ${hint}` : ""})`;
}

export {
  printable,
  TOOL_NAME,
  TOOL_VERSION,
  DOCS_BASE,
  UsageError,
  ConfigError,
  BUG_NOTE,
  AnalysisError,
  internalErrorLine
};
