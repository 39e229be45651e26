import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SIGNING_KEY_ENV,
  signingKeyFromFile,
  signingKeyFromText
} from "./cli-WVIYRYXA.js";
import {
  NO_GIT,
  cycloneDxDocument,
  readGitFacts
} from "./cli-JWO5LN2I.js";
import {
  writeOutputs
} from "./cli-7Q62MYNX.js";
import {
  DOC_EXTENSIONS,
  configureVulnerabilityAnalysis,
  detectProjectLicence,
  githubBranchProtection,
  githubEndpoints,
  githubFetchOptions,
  githubRemedy,
  githubRepository,
  lintReuse,
  registry,
  reportSection,
  reuseReportSection,
  runChecks,
  sbomVulnerabilities,
  startedVulnerabilityAnalysis
} from "./cli-K3J6YZNT.js";
import {
  fetchText
} from "./cli-OHF2XLYJ.js";
import "./cli-STNUJCYO.js";
import {
  loadConfig
} from "./cli-CMHSVN5M.js";
import {
  XMLParser,
  configureLockfileScan,
  gapsOf,
  parseJson,
  parseToml,
  scanLockfiles
} from "./cli-OQ7V57UQ.js";
import "./cli-IEPTYG5A.js";
import "./cli-HVAKYI6X.js";
import "./cli-DUHQOW6B.js";
import {
  MAX_NESTING,
  parseYaml,
  takeSnapshot
} from "./cli-OZMZAFTQ.js";
import {
  ATTESTATION_FILE,
  REPORT_SCHEMA_VERSION,
  canonicalize,
  checkHeadline
} from "./cli-6RUMOVE5.js";
import "./cli-T7X4NOLO.js";
import {
  bestPracticesBaselineUrls,
  bestPracticesProposalUrl,
  crosswalkCoverage
} from "./cli-TKJ7F2JB.js";
import "./cli-4DWRY7RY.js";
import "./cli-AHRLZAO7.js";
import {
  EXIT
} from "./cli-6ZZFNIXW.js";
import {
  aggregate,
  computeLevels,
  meetsTarget
} from "./cli-MMGOHJES.js";
import {
  AnalysisError,
  DOCS_BASE,
  TOOL_NAME,
  TOOL_VERSION,
  UsageError,
  printable
} from "./cli-XG6W23XE.js";
import {
  __export
} from "./cli-SGVELQFP.js";

// src/cli/check-command.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve } from "node:path";
import { readFileSync } from "node:fs";

// src/core/ci-environment.ts
function webAddress(value) {
  if (!value) return void 0;
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:" || url.username || url.password || url.search || url.hash) return void 0;
  } catch {
    return void 0;
  }
  return value.replace(/\/+$/, "");
}
function repositoryPath(value) {
  if (!value) return void 0;
  const segments = value.split("/");
  return segments.length >= 2 && segments.every((s) => /^[A-Za-z0-9_.~-]+$/.test(s) && s !== "." && s !== "..") ? value : void 0;
}
var present = (value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0 && v !== ""));
function ciEnvironment(env) {
  if (env.GITLAB_CI === "true") {
    const serverUrl2 = webAddress(env.CI_SERVER_URL);
    if (!serverUrl2) return void 0;
    const path2 = repositoryPath(env.CI_PROJECT_PATH);
    const ref = env.CI_COMMIT_TAG ? `refs/tags/${env.CI_COMMIT_TAG}` : env.CI_COMMIT_BRANCH ? `refs/heads/${env.CI_COMMIT_BRANCH}` : env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ? `refs/heads/${env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME}` : void 0;
    return present({
      forge: "gitlab",
      serverUrl: serverUrl2,
      repositoryUrl: path2 ? `${serverUrl2}/${path2}` : void 0,
      ref,
      commit: env.CI_COMMIT_SHA,
      workspace: env.CI_PROJECT_DIR
    });
  }
  const forge = env.FORGEJO_ACTIONS === "true" ? "forgejo" : env.GITEA_ACTIONS === "true" ? "gitea" : env.GITHUB_ACTIONS === "true" ? "github" : void 0;
  if (!forge) return void 0;
  const serverUrl = webAddress(env.GITHUB_SERVER_URL) ?? (forge === "github" ? "https://github.com" : void 0);
  if (!serverUrl) return void 0;
  const path = repositoryPath(env.GITHUB_REPOSITORY);
  return present({
    forge,
    serverUrl,
    repositoryUrl: path ? `${serverUrl}/${path}` : void 0,
    ref: env.GITHUB_REF,
    commit: env.GITHUB_SHA,
    githubApiUrl: forge === "github" ? webAddress(env.GITHUB_API_URL) : void 0,
    workspace: env.GITHUB_WORKSPACE
  });
}

// src/pipeline/check-repository.ts
import { createHash } from "node:crypto";
import { realpath } from "node:fs/promises";

// src/core/exemptions.ts
function isExpired(exemption, now) {
  return now.toISOString().slice(0, 10) > exemption.expires;
}
function activeExemptions(exemptions, now) {
  const active = /* @__PURE__ */ new Map();
  for (const e of exemptions) {
    if (isExpired(e, now)) continue;
    const current = active.get(e.check);
    if (!current || current.expires < e.expires) active.set(e.check, e);
  }
  return active;
}

// src/pipeline/check-repository.ts
import { basename, isAbsolute, relative, sep } from "node:path";

// src/docs/organisation-files.ts
var FOLDERS = ["", ".github", "docs"];
function organisationFiles(options) {
  const { server, api } = githubEndpoints(options.github);
  const repository = githubRepository(options.repositoryUrl, server);
  const owner = repository ? { name: repository.owner, repo: repository.repo } : void 0;
  const fetchOptions = githubFetchOptions(options.github, options.network.allowHosts, 1024 * 1024);
  let listing;
  const list = () => listing ??= listFolders(api, owner.name, fetchOptions);
  return {
    async find(baseNames) {
      if (!owner) return { absent: `the repository is not on ${server}, so no organisation-wide files apply` };
      if (owner.repo === ".github") return { absent: "this is the organisation-wide files repository itself" };
      const where = `${server}/${owner.name}/.github`;
      if (!options.network.enabled) {
        return {
          unknown: `an organisation-wide file from ${where} may apply; run with network access (--network, on by default in the Action) to check`
        };
      }
      const listed = await list();
      if (!("paths" in listed)) return listed;
      const wanted = FOLDERS.flatMap(
        (folder) => baseNames.flatMap((name) => DOC_EXTENSIONS.map((ext) => `${folder ? `${folder}/` : ""}${name}${ext}`.toLowerCase()))
      );
      const path = wanted.map((w) => listed.paths.find((p) => p.toLowerCase() === w)).find((p) => p !== void 0);
      if (!path) return { absent: `${where} has no ${baseNames[0]} file` };
      const url = `${api}/repos/${owner.name}/.github/contents/${path.split("/").map(encodeURIComponent).join("/")}`;
      const read = await fetchText(url, { ...fetchOptions, headers: { ...fetchOptions.headers, accept: "application/vnd.github.raw" } });
      if (!read.ok) return { unknown: `${where}/${path} could not be read (${read.reason}); run again to check` };
      return { file: { path, url: `${server}/${owner.name}/.github/blob/HEAD/${path}`, text: read.text } };
    }
  };
}
async function listFolders(api, owner, options) {
  const paths = [];
  for (const folder of FOLDERS) {
    const url = `${api}/repos/${owner}/.github/contents/${folder}`;
    const answer = await fetchText(url, options);
    if (!answer.ok) {
      if (answer.status === 404) {
        if (folder === "") return { absent: `${owner} has no public .github repository for organisation-wide files` };
        continue;
      }
      return {
        unknown: `the organisation-wide files of ${owner} could not be listed (${answer.reason}); run again, or with a token, to check`
      };
    }
    const json = parseJson(answer.text);
    if (!json.ok) return { unknown: `${url} did not answer with JSON` };
    const entries = json.value;
    if (!Array.isArray(entries)) continue;
    for (const e of entries.slice(0, 1e3))
      if (e && typeof e === "object" && e.type === "file" && typeof e.path === "string")
        paths.push(e.path);
  }
  return { paths };
}

// src/docs/github-releases.ts
var MAX_PAGES = 5;
var PAGE_BYTES = 16 * 1024 * 1024;
var NOTES_CHARS = 4e3;
var LIST_MS = 3e4;
var MARGIN_MS = 31 * 864e5;
var OFFLINE_FIX = "Run with network access (--network; on by default in the Action) so that the release notes on GitHub Releases are read.";
function githubReleases(options) {
  const { server, api } = githubEndpoints(options.github);
  const repository = githubRepository(options.repositoryUrl, server);
  if (!repository) {
    return { list: () => Promise.resolve({ unknown: `the repository is not on ${server}`, remediation: "" }) };
  }
  const path = `${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`;
  const page = `${server}/${path}/releases`;
  const source = `${api}/repos/${path}/releases`;
  const base = githubFetchOptions(options.github, options.network.allowHosts, PAGE_BYTES);
  const fetchOptions = options.timeoutMs ? { ...base, timeoutMs: options.timeoutMs } : base;
  const pageSize = Math.min(100, Math.max(1, options.pageSize ?? 100));
  const reading = { source, pageSize, fetchOptions, totalMs: options.totalMs ?? LIST_MS, token: Boolean(options.github?.token) };
  const asked = /* @__PURE__ */ new Map();
  return {
    page,
    list(since) {
      if (!options.network.enabled) return Promise.resolve({ unknown: "this run has no network access", remediation: OFFLINE_FIX });
      const key = since ?? "";
      let answer = asked.get(key);
      if (!answer) {
        answer = readReleases(reading, since).catch((error) => ({
          unknown: `${source} could not be read (${error instanceof Error ? error.message : String(error)})`,
          remediation: AGAIN
        }));
        asked.set(key, answer);
      }
      return answer;
    }
  };
}
async function readReleases({ source, pageSize, fetchOptions, totalMs, token }, since) {
  const sinceMs = since ? new Date(since).getTime() : NaN;
  const until = Number.isNaN(sinceMs) ? void 0 : new Date(sinceMs - MARGIN_MS).toISOString();
  const releases = [];
  const deadline = Date.now() + totalMs;
  const late = (read) => ({
    unknown: `${source} did not give its releases within ${totalMs / 1e3} s (${read} of up to ${MAX_PAGES} pages read)`,
    remediation: AGAIN
  });
  for (let n = 1; n <= MAX_PAGES; n++) {
    const url = `${source}?per_page=${pageSize}&page=${n}`;
    const left = deadline - Date.now();
    if (left <= 0) return late(n - 1);
    const answer = await fetchText(url, { ...fetchOptions, timeoutMs: Math.min(fetchOptions.timeoutMs, left) });
    if (!answer.ok && answer.status === void 0 && left < fetchOptions.timeoutMs && Date.now() >= deadline) return late(n - 1);
    if (!answer.ok) return { unknown: answer.reason, remediation: remedy(answer.status, token) };
    const json = parseJson(answer.text);
    if (!json.ok) return { unknown: `${url} did not answer with JSON`, remediation: AGAIN };
    const entries = json.value;
    if (!Array.isArray(entries)) return { unknown: `${url} did not answer with a list of releases`, remediation: AGAIN };
    let last;
    for (const [i, entry] of entries.entries()) {
      const read = releaseOf(entry);
      if ("bad" in read) return { unknown: `${url} answered with a release (number ${i + 1} of the page) ${read.bad}`, remediation: AGAIN };
      if (read.release) releases.push(read.release);
      last = read.dates;
    }
    if (entries.length < pageSize) return { releases, source, complete: true };
    if (!until) return { releases, source, complete: false };
    if (last && last.created < until && (last.published ?? "") < until) return { releases, source, complete: true };
  }
  return { releases, source, complete: false };
}
function releaseOf(entry) {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) return { bad: "that is not an object" };
  const e = entry;
  if (typeof e.tag_name !== "string" || e.tag_name === "") return { bad: "without a tag_name" };
  const tag = e.tag_name.slice(0, 200);
  if (typeof e.created_at !== "string" || !isTime(e.created_at)) return { bad: `${tag} without a valid created_at` };
  if (e.published_at !== null && e.published_at !== void 0 && (typeof e.published_at !== "string" || !isTime(e.published_at)))
    return { bad: `${tag} with an invalid published_at` };
  if (e.body !== null && e.body !== void 0 && typeof e.body !== "string") return { bad: `${tag} whose body is not text` };
  const created = new Date(e.created_at).toISOString();
  const published = typeof e.published_at === "string" ? new Date(e.published_at).toISOString() : void 0;
  const dates = published ? { created, published } : { created };
  if (e.draft === true || !published) return { dates };
  return {
    dates,
    release: {
      tag,
      notes: typeof e.body === "string" ? e.body.slice(0, NOTES_CHARS) : "",
      published,
      prerelease: e.prerelease === true,
      url: typeof e.html_url === "string" ? e.html_url.slice(0, 500) : "",
      ...Array.isArray(e.assets) ? { assets: e.assets.slice(0, MAX_ASSETS).flatMap(assetOf) } : {}
    }
  };
}
var MAX_ASSETS = 200;
function assetOf(entry) {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) return [];
  const a = entry;
  if (typeof a.name !== "string" || a.name === "") return [];
  return [
    {
      name: a.name.slice(0, 300),
      contentType: typeof a.content_type === "string" ? a.content_type.slice(0, 200) : "",
      size: typeof a.size === "number" && Number.isFinite(a.size) ? a.size : 0,
      url: typeof a.browser_download_url === "string" ? a.browser_download_url.slice(0, 1e3) : ""
    }
  ];
}
function isTime(text) {
  return /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(new Date(text).getTime());
}
var AGAIN = "Run again to read the release notes on GitHub Releases; if the answer stays wrong, report it with the address in the message.";
function remedy(status, token) {
  return githubRemedy(status, token, "the release notes on GitHub Releases are read", "a private repository's releases need one", AGAIN);
}

// src/docs/github-issues.ts
var MAX_ISSUE_PAGES = 5;
var PAGE_BYTES2 = 16 * 1024 * 1024;
var MEMBERS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
var OFFLINE_FIX2 = "Run with network access (--network; on by default in the Action) so that the issues on GitHub are read.";
var AGAIN2 = "Run again to read the issues; if the answer stays wrong, report it with the address in the message.";
function githubIssues(options) {
  const { server, api } = githubEndpoints(options.github);
  const repository = githubRepository(options.repositoryUrl, server);
  const asked = /* @__PURE__ */ new Map();
  return {
    since(time) {
      if (!repository) return Promise.resolve({ unknown: `the repository is not on ${server}`, remediation: "" });
      if (!options.network.enabled) return Promise.resolve({ unknown: "this run has no network access", remediation: OFFLINE_FIX2 });
      const base = githubFetchOptions(options.github, options.network.allowHosts, PAGE_BYTES2);
      const fetchOptions = options.timeoutMs ? { ...base, timeoutMs: options.timeoutMs } : base;
      const source = `${api}/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}/issues`;
      let answer = asked.get(time);
      if (!answer) {
        answer = readIssues(source, fetchOptions, time, Boolean(options.github?.token)).catch((error) => ({
          unknown: `${source} could not be read (${error instanceof Error ? error.message : String(error)})`,
          remediation: AGAIN2
        }));
        asked.set(time, answer);
      }
      return answer;
    }
  };
}
async function readIssues(source, fetchOptions, since, token) {
  const issues = [];
  for (let page = 1; page <= MAX_ISSUE_PAGES; page++) {
    const url = `${source}?state=all&sort=created&direction=desc&per_page=100&page=${page}`;
    const read = await fetchText(url, fetchOptions);
    if (!read.ok) {
      if (read.status === 410)
        return { unknown: `issues are turned off for the repository on GitHub (${url}: HTTP 410)`, remediation: TRACKER_ELSEWHERE };
      return {
        unknown: read.reason,
        remediation: githubRemedy(read.status, token, "the issues on GitHub are read", "a private repository needs one", AGAIN2)
      };
    }
    const json = parseJson(read.text);
    if (!json.ok || !Array.isArray(json.value)) return { unknown: `${url} did not answer with a list of issues`, remediation: AGAIN2 };
    for (const [i, entry] of json.value.entries()) {
      const item = issueOf(entry);
      if (!item)
        return {
          unknown: `${url} answered with an issue (number ${i + 1} of the page) without its number, date or state`,
          remediation: AGAIN2
        };
      if (item === "pull request") continue;
      if (item.createdAt < since) return { issues, source, complete: true };
      issues.push(item);
    }
    if (json.value.length < 100) return { issues, source, complete: true };
  }
  return { issues, source, complete: false };
}
function issueOf(entry) {
  if (!entry || typeof entry !== "object") return void 0;
  const e = entry;
  if (e.pull_request !== void 0) return "pull request";
  if (typeof e.number !== "number" || typeof e.created_at !== "string" || !/^\d{4}-\d{2}-\d{2}T/.test(e.created_at)) return void 0;
  if (e.state !== "open" && e.state !== "closed") return void 0;
  const comments = typeof e.comments === "number" && e.comments >= 0 ? e.comments : 0;
  const association = typeof e.author_association === "string" ? e.author_association : "NONE";
  return { number: e.number, createdAt: e.created_at, state: e.state, comments, byMember: MEMBERS.has(association) };
}
var TRACKER_ELSEWHERE = "Say in the README or CONTRIBUTING where issues are reported (a tracker elsewhere), and record how they are answered in an exemption.";

// node_modules/linguist-languages/index.js
var linguist_languages_exports = {};
__export(linguist_languages_exports, {
  "1C Enterprise": () => C_20_Enterprise_default,
  "2-Dimensional Array": () => Dimensional_20_Array_default,
  "4D": () => D_default,
  ABAP: () => ABAP_default,
  "ABAP CDS": () => ABAP_20_CDS_default,
  ABNF: () => ABNF_default,
  "AGS Script": () => AGS_20_Script_default,
  AIDL: () => AIDL_default,
  AL: () => AL_default,
  ALGOL: () => ALGOL_default,
  AMPL: () => AMPL_default,
  ANTLR: () => ANTLR_default,
  "API Blueprint": () => API_20_Blueprint_default,
  APL: () => APL_default,
  ASL: () => ASL_default,
  "ASN.1": () => ASN_1_default,
  "ASP.NET": () => ASP_NET_default,
  ATS: () => ATS_default,
  ActionScript: () => ActionScript_default,
  Ada: () => Ada_default,
  "Adblock Filter List": () => Adblock_20_Filter_20_List_default,
  "Adobe Font Metrics": () => Adobe_20_Font_20_Metrics_default,
  Agda: () => Agda_default,
  Aiken: () => Aiken_default,
  Aleo: () => Aleo_default,
  Alloy: () => Alloy_default,
  "Alpine Abuild": () => Alpine_20_Abuild_default,
  "Altium Designer": () => Altium_20_Designer_default,
  AngelScript: () => AngelScript_default,
  "Answer Set Programming": () => Answer_20_Set_20_Programming_default,
  "Ant Build System": () => Ant_20_Build_20_System_default,
  Antlers: () => Antlers_default,
  ApacheConf: () => ApacheConf_default,
  Apex: () => Apex_default,
  "Apollo Guidance Computer": () => Apollo_20_Guidance_20_Computer_default,
  AppleScript: () => AppleScript_default,
  Arc: () => Arc_default,
  AsciiDoc: () => AsciiDoc_default,
  AspectJ: () => AspectJ_default,
  Assembly: () => Assembly_default,
  Astro: () => Astro_default,
  Asymptote: () => Asymptote_default,
  Augeas: () => Augeas_default,
  AutoHotkey: () => AutoHotkey_default,
  AutoIt: () => AutoIt_default,
  "Avro IDL": () => Avro_20_IDL_default,
  Awk: () => Awk_default,
  B: () => B_default,
  "B (Formal Method)": () => B_20_28_Formal_20_Method_29_default,
  B4X: () => B4X_default,
  BAML: () => BAML_default,
  BASIC: () => BASIC_default,
  BBCode: () => BBCode_default,
  BIRD2: () => BIRD2_default,
  BQN: () => BQN_default,
  Ballerina: () => Ballerina_default,
  Batchfile: () => Batchfile_default,
  Beef: () => Beef_default,
  Befunge: () => Befunge_default,
  Berry: () => Berry_default,
  BibTeX: () => BibTeX_default,
  "BibTeX Style": () => BibTeX_20_Style_default,
  Bicep: () => Bicep_default,
  Bikeshed: () => Bikeshed_default,
  Bison: () => Bison_default,
  BitBake: () => BitBake_default,
  Blade: () => Blade_default,
  BlitzBasic: () => BlitzBasic_default,
  BlitzMax: () => BlitzMax_default,
  Blueprint: () => Blueprint_default,
  Bluespec: () => Bluespec_default,
  "Bluespec BH": () => Bluespec_20_BH_default,
  Boo: () => Boo_default,
  Boogie: () => Boogie_default,
  Brainfuck: () => Brainfuck_default,
  BrighterScript: () => BrighterScript_default,
  Brightscript: () => Brightscript_default,
  Browserslist: () => Browserslist_default,
  Bru: () => Bru_default,
  BuildStream: () => BuildStream_default,
  C: () => C_default,
  "C#": () => C_23_default,
  "C++": () => C_2b_2b_default,
  "C-ObjDump": () => C_ObjDump_default,
  "C2hs Haskell": () => C2hs_20_Haskell_default,
  C3: () => C3_default,
  "CAP CDS": () => CAP_20_CDS_default,
  CIL: () => CIL_default,
  CLIPS: () => CLIPS_default,
  CMake: () => CMake_default,
  COBOL: () => COBOL_default,
  CODEOWNERS: () => CODEOWNERS_default,
  COLLADA: () => COLLADA_default,
  CQL: () => CQL_default,
  CSON: () => CSON_default,
  CSS: () => CSS_default,
  CSV: () => CSV_default,
  CUE: () => CUE_default,
  CWeb: () => CWeb_default,
  "Cabal Config": () => Cabal_20_Config_default,
  Caddyfile: () => Caddyfile_default,
  Cadence: () => Cadence_default,
  Cairo: () => Cairo_default,
  "Cairo Zero": () => Cairo_20_Zero_default,
  CameLIGO: () => CameLIGO_default,
  Cangjie: () => Cangjie_default,
  "Cap'n Proto": () => Cap_27_n_20_Proto_default,
  Carbon: () => Carbon_default,
  CartoCSS: () => CartoCSS_default,
  Ceylon: () => Ceylon_default,
  Chapel: () => Chapel_default,
  Charity: () => Charity_default,
  Checksums: () => Checksums_default,
  ChucK: () => ChucK_default,
  Circom: () => Circom_default,
  Cirru: () => Cirru_default,
  Clarion: () => Clarion_default,
  Clarity: () => Clarity_default,
  "Classic ASP": () => Classic_20_ASP_default,
  Clean: () => Clean_default,
  Click: () => Click_default,
  Clojure: () => Clojure_default,
  "Closure Templates": () => Closure_20_Templates_default,
  "Cloud Firestore Security Rules": () => Cloud_20_Firestore_20_Security_20_Rules_default,
  Clue: () => Clue_default,
  "CoNLL-U": () => CoNLL_U_default,
  CodeQL: () => CodeQL_default,
  CoffeeScript: () => CoffeeScript_default,
  ColdFusion: () => ColdFusion_default,
  "ColdFusion CFC": () => ColdFusion_20_CFC_default,
  "Common Lisp": () => Common_20_Lisp_default,
  "Common Workflow Language": () => Common_20_Workflow_20_Language_default,
  "Component Pascal": () => Component_20_Pascal_default,
  Cooklang: () => Cooklang_default,
  Cool: () => Cool_default,
  "Cpp-ObjDump": () => Cpp_ObjDump_default,
  Creole: () => Creole_default,
  Crystal: () => Crystal_default,
  Csound: () => Csound_default,
  "Csound Document": () => Csound_20_Document_default,
  "Csound Score": () => Csound_20_Score_default,
  Cuda: () => Cuda_default,
  "Cue Sheet": () => Cue_20_Sheet_default,
  Curry: () => Curry_default,
  Cycript: () => Cycript_default,
  Cylc: () => Cylc_default,
  Cypher: () => Cypher_default,
  Cython: () => Cython_default,
  D: () => D_default2,
  "D-ObjDump": () => D_ObjDump_default,
  D2: () => D2_default,
  "DIGITAL Command Language": () => DIGITAL_20_Command_20_Language_default,
  DM: () => DM_default,
  "DNS Zone": () => DNS_20_Zone_default,
  DTrace: () => DTrace_default,
  Dafny: () => Dafny_default,
  "Darcs Patch": () => Darcs_20_Patch_default,
  Dart: () => Dart_default,
  Daslang: () => Daslang_default,
  DataWeave: () => DataWeave_default,
  "Debian Package Control File": () => Debian_20_Package_20_Control_20_File_default,
  DenizenScript: () => DenizenScript_default,
  Dhall: () => Dhall_default,
  Diff: () => Diff_default,
  "DirectX 3D File": () => DirectX_20_3D_20_File_default,
  Dockerfile: () => Dockerfile_default,
  Dogescript: () => Dogescript_default,
  Dotenv: () => Dotenv_default,
  Dune: () => Dune_default,
  Dylan: () => Dylan_default,
  E: () => E_default,
  "E-mail": () => E_mail_default,
  EBNF: () => EBNF_default,
  ECL: () => ECL_default,
  ECLiPSe: () => ECLiPSe_default,
  EJS: () => EJS_default,
  EQ: () => EQ_default,
  Eagle: () => Eagle_default,
  Earthly: () => Earthly_default,
  Easybuild: () => Easybuild_default,
  "Ecere Projects": () => Ecere_20_Projects_default,
  Ecmarkup: () => Ecmarkup_default,
  Edge: () => Edge_default,
  EdgeQL: () => EdgeQL_default,
  EditorConfig: () => EditorConfig_default,
  "Edje Data Collection": () => Edje_20_Data_20_Collection_default,
  Eiffel: () => Eiffel_default,
  Elixir: () => Elixir_default,
  Elm: () => Elm_default,
  Elvish: () => Elvish_default,
  "Elvish Transcript": () => Elvish_20_Transcript_default,
  "Emacs Lisp": () => Emacs_20_Lisp_default,
  EmberScript: () => EmberScript_default,
  Erlang: () => Erlang_default,
  Euphoria: () => Euphoria_default,
  "F#": () => F_23_default,
  "F*": () => F_2a_default,
  "FIGlet Font": () => FIGlet_20_Font_default,
  FIRRTL: () => FIRRTL_default,
  FLUX: () => FLUX_default,
  FPP: () => FPP_default,
  Factor: () => Factor_default,
  Fancy: () => Fancy_default,
  Fantom: () => Fantom_default,
  Faust: () => Faust_default,
  Fennel: () => Fennel_default,
  "Filebench WML": () => Filebench_20_WML_default,
  Filterscript: () => Filterscript_default,
  FlatBuffers: () => FlatBuffers_default,
  Flix: () => Flix_default,
  Fluent: () => Fluent_default,
  Formatted: () => Formatted_default,
  Forth: () => Forth_default,
  Fortran: () => Fortran_default,
  "Fortran Free Form": () => Fortran_20_Free_20_Form_default,
  FreeBASIC: () => FreeBASIC_default,
  FreeMarker: () => FreeMarker_default,
  Frege: () => Frege_default,
  Futhark: () => Futhark_default,
  "G-code": () => G_code_default,
  GAML: () => GAML_default,
  GAMS: () => GAMS_default,
  GAP: () => GAP_default,
  "GCC Machine Description": () => GCC_20_Machine_20_Description_default,
  GDB: () => GDB_default,
  GDScript: () => GDScript_default,
  GDShader: () => GDShader_default,
  GEDCOM: () => GEDCOM_default,
  GLSL: () => GLSL_default,
  GN: () => GN_default,
  GSC: () => GSC_default,
  "Game Maker Language": () => Game_20_Maker_20_Language_default,
  "Gemfile.lock": () => Gemfile_lock_default,
  Gemini: () => Gemini_default,
  "Genero 4gl": () => Genero_20_4gl_default,
  "Genero per": () => Genero_20_per_default,
  Genie: () => Genie_default,
  Genshi: () => Genshi_default,
  "Gentoo Ebuild": () => Gentoo_20_Ebuild_default,
  "Gentoo Eclass": () => Gentoo_20_Eclass_default,
  "Gerber Image": () => Gerber_20_Image_default,
  "Gettext Catalog": () => Gettext_20_Catalog_default,
  Gherkin: () => Gherkin_default,
  "Git Attributes": () => Git_20_Attributes_default,
  "Git Commit": () => Git_20_Commit_default,
  "Git Config": () => Git_20_Config_default,
  "Git Revision List": () => Git_20_Revision_20_List_default,
  Gleam: () => Gleam_default,
  "Glimmer JS": () => Glimmer_20_JS_default,
  "Glimmer TS": () => Glimmer_20_TS_default,
  Glyph: () => Glyph_default,
  "Glyph Bitmap Distribution Format": () => Glyph_20_Bitmap_20_Distribution_20_Format_default,
  Gno: () => Gno_default,
  Gnuplot: () => Gnuplot_default,
  Go: () => Go_default,
  "Go Checksums": () => Go_20_Checksums_default,
  "Go Module": () => Go_20_Module_default,
  "Go Template": () => Go_20_Template_default,
  "Go Workspace": () => Go_20_Workspace_default,
  "Godot Resource": () => Godot_20_Resource_default,
  Golo: () => Golo_default,
  Gosu: () => Gosu_default,
  Grace: () => Grace_default,
  Gradle: () => Gradle_default,
  "Gradle Kotlin DSL": () => Gradle_20_Kotlin_20_DSL_default,
  "Grammatical Framework": () => Grammatical_20_Framework_default,
  "Graph Modeling Language": () => Graph_20_Modeling_20_Language_default,
  GraphQL: () => GraphQL_default,
  "Graphviz (DOT)": () => Graphviz_20_28_DOT_29_default,
  Groovy: () => Groovy_default,
  "Groovy Server Pages": () => Groovy_20_Server_20_Pages_default,
  GtkRC: () => GtkRC_default,
  HAProxy: () => HAProxy_default,
  HCL: () => HCL_default,
  HIP: () => HIP_default,
  HLSL: () => HLSL_default,
  HOCON: () => HOCON_default,
  HTML: () => HTML_default,
  "HTML+ECR": () => HTML_2b_ECR_default,
  "HTML+EEX": () => HTML_2b_EEX_default,
  "HTML+ERB": () => HTML_2b_ERB_default,
  "HTML+PHP": () => HTML_2b_PHP_default,
  "HTML+Razor": () => HTML_2b_Razor_default,
  HTTP: () => HTTP_default,
  HXML: () => HXML_default,
  Hack: () => Hack_default,
  Haml: () => Haml_default,
  Handlebars: () => Handlebars_default,
  Harbour: () => Harbour_default,
  Hare: () => Hare_default,
  Haskell: () => Haskell_default,
  Haxe: () => Haxe_default,
  HiveQL: () => HiveQL_default,
  HolyC: () => HolyC_default,
  "Hosts File": () => Hosts_20_File_default,
  Hurl: () => Hurl_default,
  Hy: () => Hy_default,
  HyPhy: () => HyPhy_default,
  IDL: () => IDL_default,
  "IGOR Pro": () => IGOR_20_Pro_default,
  "IL Assembly": () => IL_20_Assembly_default,
  INI: () => INI_default,
  "IRC log": () => IRC_20_log_default,
  ISPC: () => ISPC_default,
  Idris: () => Idris_default,
  "Ignore List": () => Ignore_20_List_default,
  "ImHex Pattern Language": () => ImHex_20_Pattern_20_Language_default,
  "ImageJ Macro": () => ImageJ_20_Macro_default,
  Imba: () => Imba_default,
  "Inform 7": () => Inform_20_7_default,
  Ink: () => Ink_default,
  "Inno Setup": () => Inno_20_Setup_default,
  Io: () => Io_default,
  Ioke: () => Ioke_default,
  Isabelle: () => Isabelle_default,
  "Isabelle ROOT": () => Isabelle_20_ROOT_default,
  J: () => J_default,
  "JAR Manifest": () => JAR_20_Manifest_default,
  JASS: () => JASS_default,
  JCL: () => JCL_default,
  JFlex: () => JFlex_default,
  JSON: () => JSON_default,
  "JSON with Comments": () => JSON_20_with_20_Comments_default,
  JSON5: () => JSON5_default,
  JSONLD: () => JSONLD_default,
  JSONiq: () => JSONiq_default,
  Jac: () => Jac_default,
  Jai: () => Jai_default,
  Janet: () => Janet_default,
  Jasmin: () => Jasmin_default,
  Java: () => Java_default,
  "Java Properties": () => Java_20_Properties_default,
  "Java Server Pages": () => Java_20_Server_20_Pages_default,
  "Java Template Engine": () => Java_20_Template_20_Engine_default,
  JavaScript: () => JavaScript_default,
  "JavaScript+ERB": () => JavaScript_2b_ERB_default,
  "Jest Snapshot": () => Jest_20_Snapshot_default,
  "JetBrains MPS": () => JetBrains_20_MPS_default,
  Jinja: () => Jinja_default,
  Jison: () => Jison_default,
  "Jison Lex": () => Jison_20_Lex_default,
  Jolie: () => Jolie_default,
  Jsonnet: () => Jsonnet_default,
  Julia: () => Julia_default,
  "Julia REPL": () => Julia_20_REPL_default,
  "Jupyter Notebook": () => Jupyter_20_Notebook_default,
  Just: () => Just_default,
  KCL: () => KCL_default,
  KDL: () => KDL_default,
  KFramework: () => KFramework_default,
  KRL: () => KRL_default,
  "Kaitai Struct": () => Kaitai_20_Struct_default,
  KakouneScript: () => KakouneScript_default,
  KerboScript: () => KerboScript_default,
  "KiCad Layout": () => KiCad_20_Layout_default,
  "KiCad Legacy Layout": () => KiCad_20_Legacy_20_Layout_default,
  "KiCad Schematic": () => KiCad_20_Schematic_default,
  Kickstart: () => Kickstart_default,
  Kit: () => Kit_default,
  "KoLmafia ASH": () => KoLmafia_20_ASH_default,
  Koka: () => Koka_default,
  Kotlin: () => Kotlin_default,
  Kusto: () => Kusto_default,
  LFE: () => LFE_default,
  LLVM: () => LLVM_default,
  LOLCODE: () => LOLCODE_default,
  LSL: () => LSL_default,
  "LTspice Symbol": () => LTspice_20_Symbol_default,
  LabVIEW: () => LabVIEW_default,
  Lambdapi: () => Lambdapi_default,
  Langium: () => Langium_default,
  Lark: () => Lark_default,
  Lasso: () => Lasso_default,
  Latte: () => Latte_default,
  Lean: () => Lean_default,
  "Lean 4": () => Lean_20_4_default,
  Leo: () => Leo_default,
  Less: () => Less_default,
  Lex: () => Lex_default,
  LigoLANG: () => LigoLANG_default,
  LilyPond: () => LilyPond_default,
  Limbo: () => Limbo_default,
  "Linear Programming": () => Linear_20_Programming_default,
  "Linker Script": () => Linker_20_Script_default,
  "Linux Kernel Module": () => Linux_20_Kernel_20_Module_default,
  Liquid: () => Liquid_default,
  Liquidsoap: () => Liquidsoap_default,
  "Literate Agda": () => Literate_20_Agda_default,
  "Literate CoffeeScript": () => Literate_20_CoffeeScript_default,
  "Literate Haskell": () => Literate_20_Haskell_default,
  "LiveCode Script": () => LiveCode_20_Script_default,
  LiveScript: () => LiveScript_default,
  Lobster: () => Lobster_default,
  Logos: () => Logos_default,
  Logtalk: () => Logtalk_default,
  LookML: () => LookML_default,
  LoomScript: () => LoomScript_default,
  Lua: () => Lua_default,
  Luau: () => Luau_default,
  M: () => M_default,
  M3U: () => M3U_default,
  M4: () => M4_default,
  M4Sugar: () => M4Sugar_default,
  MATLAB: () => MATLAB_default,
  MAXScript: () => MAXScript_default,
  MDX: () => MDX_default,
  MLIR: () => MLIR_default,
  MQL4: () => MQL4_default,
  MQL5: () => MQL5_default,
  MTML: () => MTML_default,
  MUF: () => MUF_default,
  Macaulay2: () => Macaulay2_default,
  Makefile: () => Makefile_default,
  Mako: () => Mako_default,
  Markdown: () => Markdown_default,
  Marko: () => Marko_default,
  Mask: () => Mask_default,
  "Mathematical Programming System": () => Mathematical_20_Programming_20_System_default,
  "Maven POM": () => Maven_20_POM_default,
  Max: () => Max_default,
  MeTTa: () => MeTTa_default,
  Mercury: () => Mercury_default,
  Mermaid: () => Mermaid_default,
  Meson: () => Meson_default,
  Metal: () => Metal_default,
  "Microsoft Developer Studio Project": () => Microsoft_20_Developer_20_Studio_20_Project_default,
  "Microsoft Visual Studio Solution": () => Microsoft_20_Visual_20_Studio_20_Solution_default,
  MiniD: () => MiniD_default,
  MiniScript: () => MiniScript_default,
  MiniYAML: () => MiniYAML_default,
  MiniZinc: () => MiniZinc_default,
  "MiniZinc Data": () => MiniZinc_20_Data_default,
  Mint: () => Mint_default,
  Mirah: () => Mirah_default,
  Modelica: () => Modelica_default,
  "Modula-2": () => Modula_2_default,
  "Modula-3": () => Modula_3_default,
  "Module Management System": () => Module_20_Management_20_System_default,
  Mojo: () => Mojo_default,
  Monkey: () => Monkey_default,
  "Monkey C": () => Monkey_20_C_default,
  Moocode: () => Moocode_default,
  MoonBit: () => MoonBit_default,
  MoonScript: () => MoonScript_default,
  Motoko: () => Motoko_default,
  "Motorola 68K Assembly": () => Motorola_20_68K_20_Assembly_default,
  Move: () => Move_default,
  Muse: () => Muse_default,
  Mustache: () => Mustache_default,
  Myghty: () => Myghty_default,
  NASL: () => NASL_default,
  NCL: () => NCL_default,
  NEON: () => NEON_default,
  NL: () => NL_default,
  NMODL: () => NMODL_default,
  "NPM Config": () => NPM_20_Config_default,
  NSIS: () => NSIS_default,
  NWScript: () => NWScript_default,
  Nasal: () => Nasal_default,
  Nearley: () => Nearley_default,
  Nemerle: () => Nemerle_default,
  NetLinx: () => NetLinx_default,
  "NetLinx+ERB": () => NetLinx_2b_ERB_default,
  NetLogo: () => NetLogo_default,
  NewLisp: () => NewLisp_default,
  Nextflow: () => Nextflow_default,
  Nginx: () => Nginx_default,
  Nickel: () => Nickel_default,
  Nim: () => Nim_default,
  Ninja: () => Ninja_default,
  Nit: () => Nit_default,
  Nix: () => Nix_default,
  Noir: () => Noir_default,
  Nu: () => Nu_default,
  NumPy: () => NumPy_default,
  Nunjucks: () => Nunjucks_default,
  Nushell: () => Nushell_default,
  "OASv2-json": () => OASv2_json_default,
  "OASv2-yaml": () => OASv2_yaml_default,
  "OASv3-json": () => OASv3_json_default,
  "OASv3-yaml": () => OASv3_yaml_default,
  OCaml: () => OCaml_default,
  "OMNeT++ MSG": () => OMNeT_2b_2b_20_MSG_default,
  "OMNeT++ NED": () => OMNeT_2b_2b_20_NED_default,
  Oberon: () => Oberon_default,
  ObjDump: () => ObjDump_default,
  "Object Data Instance Notation": () => Object_20_Data_20_Instance_20_Notation_default,
  ObjectScript: () => ObjectScript_default,
  "Objective-C": () => Objective_C_default,
  "Objective-C++": () => Objective_C_2b_2b_default,
  "Objective-J": () => Objective_J_default,
  Odin: () => Odin_default,
  Omgrofl: () => Omgrofl_default,
  Opa: () => Opa_default,
  Opal: () => Opal_default,
  "Open Policy Agent": () => Open_20_Policy_20_Agent_default,
  "OpenAPI Specification v2": () => OpenAPI_20_Specification_20_v2_default,
  "OpenAPI Specification v3": () => OpenAPI_20_Specification_20_v3_default,
  OpenCL: () => OpenCL_default,
  "OpenEdge ABL": () => OpenEdge_20_ABL_default,
  OpenQASM: () => OpenQASM_default,
  "OpenRC runscript": () => OpenRC_20_runscript_default,
  OpenSCAD: () => OpenSCAD_default,
  "OpenStep Property List": () => OpenStep_20_Property_20_List_default,
  "OpenType Feature File": () => OpenType_20_Feature_20_File_default,
  "Option List": () => Option_20_List_default,
  Org: () => Org_default,
  OverPy: () => OverPy_default,
  OverpassQL: () => OverpassQL_default,
  Ox: () => Ox_default,
  Oxygene: () => Oxygene_default,
  Oz: () => Oz_default,
  P4: () => P4_default,
  PDDL: () => PDDL_default,
  "PEG.js": () => PEG_js_default,
  PHP: () => PHP_default,
  PLSQL: () => PLSQL_default,
  PLpgSQL: () => PLpgSQL_default,
  "POV-Ray SDL": () => POV_Ray_20_SDL_default,
  Pact: () => Pact_default,
  Pan: () => Pan_default,
  Papyrus: () => Papyrus_default,
  Parrot: () => Parrot_default,
  "Parrot Assembly": () => Parrot_20_Assembly_default,
  "Parrot Internal Representation": () => Parrot_20_Internal_20_Representation_default,
  Pascal: () => Pascal_default,
  Pawn: () => Pawn_default,
  Pep8: () => Pep8_default,
  Perl: () => Perl_default,
  Pic: () => Pic_default,
  Pickle: () => Pickle_default,
  PicoLisp: () => PicoLisp_default,
  PigLatin: () => PigLatin_default,
  Pike: () => Pike_default,
  "Pip Requirements": () => Pip_20_Requirements_default,
  Pkl: () => Pkl_default,
  PlantUML: () => PlantUML_default,
  Pod: () => Pod_default,
  "Pod 6": () => Pod_20_6_default,
  PogoScript: () => PogoScript_default,
  Polar: () => Polar_default,
  Pony: () => Pony_default,
  Portugol: () => Portugol_default,
  PostCSS: () => PostCSS_default,
  PostScript: () => PostScript_default,
  "Power Query": () => Power_20_Query_default,
  PowerBuilder: () => PowerBuilder_default,
  PowerShell: () => PowerShell_default,
  Praat: () => Praat_default,
  Prisma: () => Prisma_default,
  "Pro*C": () => Pro_2a_C_default,
  Processing: () => Processing_default,
  Procfile: () => Procfile_default,
  Proguard: () => Proguard_default,
  Prolog: () => Prolog_default,
  Promela: () => Promela_default,
  "Propeller Spin": () => Propeller_20_Spin_default,
  "Protocol Buffer": () => Protocol_20_Buffer_default,
  "Protocol Buffer Text Format": () => Protocol_20_Buffer_20_Text_20_Format_default,
  "Public Key": () => Public_20_Key_default,
  Pug: () => Pug_default,
  Puppet: () => Puppet_default,
  "Pure Data": () => Pure_20_Data_default,
  PureBasic: () => PureBasic_default,
  PureScript: () => PureScript_default,
  Pyret: () => Pyret_default,
  Python: () => Python_default,
  "Python console": () => Python_20_console_default,
  "Python traceback": () => Python_20_traceback_default,
  "Q#": () => Q_23_default,
  QML: () => QML_default,
  QMake: () => QMake_default,
  "Qt Script": () => Qt_20_Script_default,
  Quake: () => Quake_default,
  QuakeC: () => QuakeC_default,
  "Quartus Simulation IP": () => Quartus_20_Simulation_20_IP_default,
  QuickBASIC: () => QuickBASIC_default,
  Quint: () => Quint_default,
  R: () => R_default,
  RAML: () => RAML_default,
  RAScript: () => RAScript_default,
  RBS: () => RBS_default,
  RDoc: () => RDoc_default,
  REALbasic: () => REALbasic_default,
  REXX: () => REXX_default,
  RMarkdown: () => RMarkdown_default,
  RON: () => RON_default,
  "ROS Interface": () => ROS_20_Interface_default,
  RPC: () => RPC_default,
  RPGLE: () => RPGLE_default,
  "RPM Spec": () => RPM_20_Spec_default,
  RUNOFF: () => RUNOFF_default,
  Racket: () => Racket_default,
  Ragel: () => Ragel_default,
  Raku: () => Raku_default,
  Rascal: () => Rascal_default,
  "Raw token data": () => Raw_20_token_20_data_default,
  ReScript: () => ReScript_default,
  "Readline Config": () => Readline_20_Config_default,
  Reason: () => Reason_default,
  ReasonLIGO: () => ReasonLIGO_default,
  Rebol: () => Rebol_default,
  "Record Jar": () => Record_20_Jar_default,
  Red: () => Red_default,
  Redcode: () => Redcode_default,
  "Redirect Rules": () => Redirect_20_Rules_default,
  Redscript: () => Redscript_default,
  "Regular Expression": () => Regular_20_Expression_default,
  "Ren'Py": () => Ren_27_Py_default,
  RenderScript: () => RenderScript_default,
  Rez: () => Rez_default,
  Rhai: () => Rhai_default,
  "Rich Text Format": () => Rich_20_Text_20_Format_default,
  Ring: () => Ring_default,
  Riot: () => Riot_default,
  RobotFramework: () => RobotFramework_default,
  "Robots Exclusion Rules": () => Robots_20_Exclusion_20_Rules_default,
  Roc: () => Roc_default,
  "Rocq Prover": () => Rocq_20_Prover_default,
  Roff: () => Roff_default,
  "Roff Manpage": () => Roff_20_Manpage_default,
  Rouge: () => Rouge_default,
  "RouterOS Script": () => RouterOS_20_Script_default,
  Ruby: () => Ruby_default,
  Rust: () => Rust_default,
  SAS: () => SAS_default,
  SCSS: () => SCSS_default,
  "SELinux Policy": () => SELinux_20_Policy_default,
  SIP: () => SIP_default,
  SMT: () => SMT_default,
  SPARQL: () => SPARQL_default,
  SQF: () => SQF_default,
  SQL: () => SQL_default,
  SQLPL: () => SQLPL_default,
  "SRecode Template": () => SRecode_20_Template_default,
  "SSH Config": () => SSH_20_Config_default,
  STAR: () => STAR_default,
  STL: () => STL_default,
  STON: () => STON_default,
  SVG: () => SVG_default,
  SWIG: () => SWIG_default,
  Sage: () => Sage_default,
  Sail: () => Sail_default,
  Salt: () => Salt_default,
  Sass: () => Sass_default,
  Scala: () => Scala_default,
  Scaml: () => Scaml_default,
  Scenic: () => Scenic_default,
  Scheme: () => Scheme_default,
  Scilab: () => Scilab_default,
  Self: () => Self_default,
  ShaderLab: () => ShaderLab_default,
  Shell: () => Shell_default,
  "ShellCheck Config": () => ShellCheck_20_Config_default,
  ShellSession: () => ShellSession_default,
  Shen: () => Shen_default,
  Sieve: () => Sieve_default,
  "Simple File Verification": () => Simple_20_File_20_Verification_default,
  Singularity: () => Singularity_default,
  Slang: () => Slang_default,
  Slash: () => Slash_default,
  Slice: () => Slice_default,
  Slim: () => Slim_default,
  Slint: () => Slint_default,
  SmPL: () => SmPL_default,
  Smali: () => Smali_default,
  Smalltalk: () => Smalltalk_default,
  Smarty: () => Smarty_default,
  Smithy: () => Smithy_default,
  Snakemake: () => Snakemake_default,
  Solidity: () => Solidity_default,
  Soong: () => Soong_default,
  SourcePawn: () => SourcePawn_default,
  "SpiceDB Schema": () => SpiceDB_20_Schema_default,
  "Spline Font Database": () => Spline_20_Font_20_Database_default,
  Squirrel: () => Squirrel_default,
  Stan: () => Stan_default,
  "Standard ML": () => Standard_20_ML_default,
  Starlark: () => Starlark_default,
  Stata: () => Stata_default,
  StringTemplate: () => StringTemplate_default,
  Stylus: () => Stylus_default,
  "SubRip Text": () => SubRip_20_Text_default,
  SugarSS: () => SugarSS_default,
  SuperCollider: () => SuperCollider_default,
  SurrealQL: () => SurrealQL_default,
  "Survex data": () => Survex_20_data_default,
  Svelte: () => Svelte_default,
  Sway: () => Sway_default,
  Sweave: () => Sweave_default,
  Swift: () => Swift_default,
  SystemVerilog: () => SystemVerilog_default,
  "TI Program": () => TI_20_Program_default,
  "TL-Verilog": () => TL_Verilog_default,
  TLA: () => TLA_default,
  TMDL: () => TMDL_default,
  TOML: () => TOML_default,
  "TSPLIB data": () => TSPLIB_20_data_default,
  TSQL: () => TSQL_default,
  TSV: () => TSV_default,
  TSX: () => TSX_default,
  TXL: () => TXL_default,
  Tact: () => Tact_default,
  Talon: () => Talon_default,
  Tape: () => Tape_default,
  Tcl: () => Tcl_default,
  Tcsh: () => Tcsh_default,
  TeX: () => TeX_default,
  Tea: () => Tea_default,
  Teal: () => Teal_default,
  Terra: () => Terra_default,
  "Terraform Template": () => Terraform_20_Template_default,
  Texinfo: () => Texinfo_default,
  Text: () => Text_default,
  TextGrid: () => TextGrid_default,
  "TextMate Properties": () => TextMate_20_Properties_default,
  Textile: () => Textile_default,
  Thrift: () => Thrift_default,
  Toit: () => Toit_default,
  Tolk: () => Tolk_default,
  "Tor Config": () => Tor_20_Config_default,
  "Tree-sitter Query": () => Tree_sitter_20_Query_default,
  Turing: () => Turing_default,
  Turtle: () => Turtle_default,
  Twig: () => Twig_default,
  "Type Language": () => Type_20_Language_default,
  TypeScript: () => TypeScript_default,
  TypeSpec: () => TypeSpec_default,
  Typst: () => Typst_default,
  "Unified Parallel C": () => Unified_20_Parallel_20_C_default,
  "Unity3D Asset": () => Unity3D_20_Asset_default,
  "Unix Assembly": () => Unix_20_Assembly_default,
  Uno: () => Uno_default,
  UnrealScript: () => UnrealScript_default,
  "Untyped Plutus Core": () => Untyped_20_Plutus_20_Core_default,
  UrWeb: () => UrWeb_default,
  V: () => V_default,
  VBA: () => VBA_default,
  VBScript: () => VBScript_default,
  VCL: () => VCL_default,
  VHDL: () => VHDL_default,
  Vala: () => Vala_default,
  "Valve Data Format": () => Valve_20_Data_20_Format_default,
  "Velocity Template Language": () => Velocity_20_Template_20_Language_default,
  Vento: () => Vento_default,
  Verilog: () => Verilog_default,
  Verse: () => Verse_default,
  "Vespa Schema Definition": () => Vespa_20_Schema_20_Definition_default,
  "Vim Help File": () => Vim_20_Help_20_File_default,
  "Vim Snippet": () => Vim_20_Snippet_default,
  "Vim script": () => Vim_20_script_default,
  "Visual Basic .NET": () => Visual_20_Basic_20_NET_default,
  "Visual Basic 6.0": () => Visual_20_Basic_20_6_0_default,
  Volt: () => Volt_default,
  Vue: () => Vue_default,
  Vyper: () => Vyper_default,
  WDL: () => WDL_default,
  WGSL: () => WGSL_default,
  "Wavefront Material": () => Wavefront_20_Material_default,
  "Wavefront Object": () => Wavefront_20_Object_default,
  "Web Ontology Language": () => Web_20_Ontology_20_Language_default,
  WebAssembly: () => WebAssembly_default,
  "WebAssembly Interface Type": () => WebAssembly_20_Interface_20_Type_default,
  WebIDL: () => WebIDL_default,
  WebVTT: () => WebVTT_default,
  "Wget Config": () => Wget_20_Config_default,
  Whiley: () => Whiley_default,
  Wikitext: () => Wikitext_default,
  "Win32 Message File": () => Win32_20_Message_20_File_default,
  "Windows Registry Entries": () => Windows_20_Registry_20_Entries_default,
  "Witcher Script": () => Witcher_20_Script_default,
  "Wolfram Language": () => Wolfram_20_Language_default,
  Wollok: () => Wollok_default,
  "World of Warcraft Addon Data": () => World_20_of_20_Warcraft_20_Addon_20_Data_default,
  Wren: () => Wren_default,
  "X BitMap": () => X_20_BitMap_default,
  "X Font Directory Index": () => X_20_Font_20_Directory_20_Index_default,
  "X PixMap": () => X_20_PixMap_default,
  X10: () => X10_default,
  XC: () => XC_default,
  XCompose: () => XCompose_default,
  XML: () => XML_default,
  "XML Property List": () => XML_20_Property_20_List_default,
  XPages: () => XPages_default,
  XProc: () => XProc_default,
  XQuery: () => XQuery_default,
  XS: () => XS_default,
  XSLT: () => XSLT_default,
  Xmake: () => Xmake_default,
  Xojo: () => Xojo_default,
  Xonsh: () => Xonsh_default,
  Xtend: () => Xtend_default,
  YAML: () => YAML_default,
  YANG: () => YANG_default,
  YARA: () => YARA_default,
  YASnippet: () => YASnippet_default,
  Yacc: () => Yacc_default,
  Yul: () => Yul_default,
  ZAP: () => ZAP_default,
  ZIL: () => ZIL_default,
  Zeek: () => Zeek_default,
  ZenScript: () => ZenScript_default,
  Zephir: () => Zephir_default,
  Zig: () => Zig_default,
  Zimpl: () => Zimpl_default,
  Zmodel: () => Zmodel_default,
  "cURL Config": () => cURL_20_Config_default,
  crontab: () => crontab_default,
  desktop: () => desktop_default,
  dircolors: () => dircolors_default,
  eC: () => eC_default,
  edn: () => edn_default,
  fish: () => fish_default,
  hoon: () => hoon_default,
  iCalendar: () => iCalendar_default,
  jq: () => jq_default,
  kvlang: () => kvlang_default,
  "mIRC Script": () => mIRC_20_Script_default,
  mcfunction: () => mcfunction_default,
  mdsvex: () => mdsvex_default,
  mupad: () => mupad_default,
  nanorc: () => nanorc_default,
  nesC: () => nesC_default,
  ooc: () => ooc_default,
  "pkg-config": () => pkg_config_default,
  q: () => q_default,
  reStructuredText: () => reStructuredText_default,
  sed: () => sed_default,
  templ: () => templ_default,
  ucode: () => ucode_default,
  vCard: () => vCard_default,
  wisp: () => wisp_default,
  xBase: () => xBase_default
});

// node_modules/linguist-languages/data/1C_20_Enterprise.js
var C_20_Enterprise_default = {
  name: "1C Enterprise",
  type: "programming",
  aceMode: "text",
  extensions: [".bsl", ".os"],
  languageId: 0,
  tmScope: "source.bsl",
  color: "#814CCC"
};

// node_modules/linguist-languages/data/2-Dimensional_20_Array.js
var Dimensional_20_Array_default = {
  name: "2-Dimensional Array",
  type: "data",
  aceMode: "text",
  extensions: [".2da"],
  languageId: 387204628,
  tmScope: "source.2da",
  color: "#38761D"
};

// node_modules/linguist-languages/data/4D.js
var D_default = {
  name: "4D",
  type: "programming",
  aceMode: "text",
  extensions: [".4dm"],
  languageId: 577529595,
  tmScope: "source.4dm",
  color: "#004289"
};

// node_modules/linguist-languages/data/ABAP.js
var ABAP_default = {
  name: "ABAP",
  type: "programming",
  aceMode: "abap",
  extensions: [".abap"],
  languageId: 1,
  tmScope: "source.abap",
  color: "#E8274B"
};

// node_modules/linguist-languages/data/ABAP_20_CDS.js
var ABAP_20_CDS_default = {
  name: "ABAP CDS",
  type: "programming",
  aceMode: "text",
  extensions: [".asddls"],
  languageId: 452681853,
  tmScope: "source.abapcds",
  color: "#555e25"
};

// node_modules/linguist-languages/data/ABNF.js
var ABNF_default = {
  name: "ABNF",
  type: "data",
  aceMode: "text",
  extensions: [".abnf"],
  languageId: 429,
  tmScope: "source.abnf"
};

// node_modules/linguist-languages/data/ActionScript.js
var ActionScript_default = {
  name: "ActionScript",
  type: "programming",
  aceMode: "actionscript",
  extensions: [".as"],
  languageId: 10,
  tmScope: "source.actionscript.3",
  aliases: ["actionscript 3", "actionscript3", "as3"],
  color: "#882B0F"
};

// node_modules/linguist-languages/data/Ada.js
var Ada_default = {
  name: "Ada",
  type: "programming",
  aceMode: "ada",
  extensions: [".adb", ".ada", ".ads"],
  languageId: 11,
  tmScope: "source.ada",
  aliases: ["ada95", "ada2005"],
  color: "#02f88c"
};

// node_modules/linguist-languages/data/Adblock_20_Filter_20_List.js
var Adblock_20_Filter_20_List_default = {
  name: "Adblock Filter List",
  type: "data",
  aceMode: "text",
  extensions: [".txt"],
  languageId: 884614762,
  tmScope: "text.adblock",
  aliases: ["ad block filters", "ad block", "adb", "adblock"],
  color: "#800000"
};

// node_modules/linguist-languages/data/Adobe_20_Font_20_Metrics.js
var Adobe_20_Font_20_Metrics_default = {
  name: "Adobe Font Metrics",
  type: "data",
  aceMode: "text",
  extensions: [".afm"],
  languageId: 147198098,
  tmScope: "source.afm",
  aliases: [
    "acfm",
    "adobe composite font metrics",
    "adobe multiple font metrics",
    "amfm"
  ],
  color: "#fa0f00"
};

// node_modules/linguist-languages/data/Agda.js
var Agda_default = {
  name: "Agda",
  type: "programming",
  aceMode: "text",
  extensions: [".agda"],
  languageId: 12,
  tmScope: "source.agda",
  color: "#315665"
};

// node_modules/linguist-languages/data/AGS_20_Script.js
var AGS_20_Script_default = {
  name: "AGS Script",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".asc", ".ash"],
  languageId: 2,
  tmScope: "source.c++",
  aliases: ["ags"],
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src",
  color: "#B9D9FF"
};

// node_modules/linguist-languages/data/AIDL.js
var AIDL_default = {
  name: "AIDL",
  type: "programming",
  aceMode: "text",
  extensions: [".aidl"],
  languageId: 451700185,
  tmScope: "source.aidl",
  color: "#34EB6B",
  interpreters: ["aidl"]
};

// node_modules/linguist-languages/data/Aiken.js
var Aiken_default = {
  name: "Aiken",
  type: "programming",
  aceMode: "text",
  extensions: [".ak"],
  languageId: 899409497,
  tmScope: "source.aiken",
  color: "#640ff8"
};

// node_modules/linguist-languages/data/AL.js
var AL_default = {
  name: "AL",
  type: "programming",
  aceMode: "text",
  extensions: [".al"],
  languageId: 658971832,
  tmScope: "source.al",
  color: "#3AA2B5"
};

// node_modules/linguist-languages/data/Aleo.js
var Aleo_default = {
  name: "Aleo",
  type: "programming",
  aceMode: "text",
  extensions: [".aleo"],
  languageId: 566431048,
  tmScope: "source.aleo",
  color: "#154BF9"
};

// node_modules/linguist-languages/data/ALGOL.js
var ALGOL_default = {
  name: "ALGOL",
  type: "programming",
  aceMode: "pascal",
  extensions: [".alg"],
  languageId: 79217948,
  tmScope: "source.algol60",
  codemirrorMode: "pascal",
  codemirrorMimeType: "text/x-pascal",
  color: "#D1E0DB"
};

// node_modules/linguist-languages/data/Alloy.js
var Alloy_default = {
  name: "Alloy",
  type: "programming",
  aceMode: "text",
  extensions: [".als"],
  languageId: 13,
  tmScope: "source.alloy",
  color: "#64C800"
};

// node_modules/linguist-languages/data/Alpine_20_Abuild.js
var Alpine_20_Abuild_default = {
  name: "Alpine Abuild",
  type: "programming",
  aceMode: "sh",
  filenames: ["APKBUILD"],
  languageId: 14,
  tmScope: "source.shell",
  aliases: ["abuild", "apkbuild"],
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  color: "#0D597F",
  group: "Shell"
};

// node_modules/linguist-languages/data/Altium_20_Designer.js
var Altium_20_Designer_default = {
  name: "Altium Designer",
  type: "data",
  aceMode: "ini",
  extensions: [".OutJob", ".PcbDoc", ".PrjPCB", ".SchDoc"],
  languageId: 187772328,
  tmScope: "source.ini",
  aliases: ["altium"],
  color: "#A89663"
};

// node_modules/linguist-languages/data/AMPL.js
var AMPL_default = {
  name: "AMPL",
  type: "programming",
  aceMode: "text",
  extensions: [".ampl", ".mod"],
  languageId: 3,
  tmScope: "source.ampl",
  color: "#E6EFBB"
};

// node_modules/linguist-languages/data/AngelScript.js
var AngelScript_default = {
  name: "AngelScript",
  type: "programming",
  aceMode: "text",
  extensions: [".as", ".angelscript"],
  languageId: 389477596,
  tmScope: "source.angelscript",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src",
  color: "#C7D7DC"
};

// node_modules/linguist-languages/data/Answer_20_Set_20_Programming.js
var Answer_20_Set_20_Programming_default = {
  name: "Answer Set Programming",
  type: "programming",
  aceMode: "prolog",
  extensions: [".lp"],
  languageId: 433009171,
  tmScope: "source.answersetprogramming",
  color: "#A9CC29",
  interpreters: ["clingo"]
};

// node_modules/linguist-languages/data/Ant_20_Build_20_System.js
var Ant_20_Build_20_System_default = {
  name: "Ant Build System",
  type: "data",
  aceMode: "xml",
  filenames: ["ant.xml", "build.xml"],
  languageId: 15,
  tmScope: "text.xml.ant",
  codemirrorMode: "xml",
  codemirrorMimeType: "application/xml",
  color: "#A9157E"
};

// node_modules/linguist-languages/data/Antlers.js
var Antlers_default = {
  name: "Antlers",
  type: "markup",
  aceMode: "text",
  extensions: [".antlers.html", ".antlers.php", ".antlers.xml"],
  languageId: 1067292663,
  tmScope: "text.html.statamic",
  color: "#ff269e"
};

// node_modules/linguist-languages/data/ANTLR.js
var ANTLR_default = {
  name: "ANTLR",
  type: "programming",
  aceMode: "text",
  extensions: [".g4"],
  languageId: 4,
  tmScope: "source.antlr",
  color: "#9DC3FF"
};

// node_modules/linguist-languages/data/ApacheConf.js
var ApacheConf_default = {
  name: "ApacheConf",
  type: "data",
  aceMode: "apache_conf",
  extensions: [".apacheconf", ".vhost"],
  filenames: [".htaccess", "apache2.conf", "httpd.conf"],
  languageId: 16,
  tmScope: "source.apacheconf",
  aliases: ["aconf", "apache"],
  color: "#d12127"
};

// node_modules/linguist-languages/data/Apex.js
var Apex_default = {
  name: "Apex",
  type: "programming",
  aceMode: "apex",
  extensions: [".cls", ".apex", ".trigger"],
  languageId: 17,
  tmScope: "source.apex",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-java",
  color: "#1797c0"
};

// node_modules/linguist-languages/data/API_20_Blueprint.js
var API_20_Blueprint_default = {
  name: "API Blueprint",
  type: "markup",
  aceMode: "markdown",
  extensions: [".apib"],
  languageId: 5,
  tmScope: "text.html.markdown.source.gfm.apib",
  color: "#2ACCA8"
};

// node_modules/linguist-languages/data/APL.js
var APL_default = {
  name: "APL",
  type: "programming",
  aceMode: "text",
  extensions: [".apl", ".dyalog"],
  languageId: 6,
  tmScope: "source.apl",
  codemirrorMode: "apl",
  codemirrorMimeType: "text/apl",
  color: "#5A8164",
  interpreters: ["apl", "aplx", "dyalog"]
};

// node_modules/linguist-languages/data/Apollo_20_Guidance_20_Computer.js
var Apollo_20_Guidance_20_Computer_default = {
  name: "Apollo Guidance Computer",
  type: "programming",
  aceMode: "assembly_x86",
  extensions: [".agc"],
  languageId: 18,
  tmScope: "source.agc",
  color: "#0B3D91",
  group: "Assembly"
};

// node_modules/linguist-languages/data/AppleScript.js
var AppleScript_default = {
  name: "AppleScript",
  type: "programming",
  aceMode: "applescript",
  extensions: [".applescript", ".scpt"],
  languageId: 19,
  tmScope: "source.applescript",
  aliases: ["apples", "osascript"],
  color: "#101F1F",
  interpreters: ["osascript"]
};

// node_modules/linguist-languages/data/Arc.js
var Arc_default = {
  name: "Arc",
  type: "programming",
  aceMode: "text",
  extensions: [".arc"],
  languageId: 20,
  tmScope: "none",
  color: "#aa2afe"
};

// node_modules/linguist-languages/data/AsciiDoc.js
var AsciiDoc_default = {
  name: "AsciiDoc",
  type: "prose",
  aceMode: "asciidoc",
  extensions: [".asciidoc", ".adoc", ".asc"],
  languageId: 22,
  tmScope: "text.html.asciidoc",
  color: "#73a0c5",
  wrap: true
};

// node_modules/linguist-languages/data/ASL.js
var ASL_default = {
  name: "ASL",
  type: "programming",
  aceMode: "asl",
  extensions: [".asl", ".dsl"],
  languageId: 124996147,
  tmScope: "source.asl"
};

// node_modules/linguist-languages/data/ASN.1.js
var ASN_1_default = {
  name: "ASN.1",
  type: "data",
  aceMode: "text",
  extensions: [".asn", ".asn1"],
  languageId: 7,
  tmScope: "source.asn",
  codemirrorMode: "asn.1",
  codemirrorMimeType: "text/x-ttcn-asn"
};

// node_modules/linguist-languages/data/ASP.NET.js
var ASP_NET_default = {
  name: "ASP.NET",
  type: "programming",
  aceMode: "text",
  extensions: [".asax", ".ascx", ".ashx", ".asmx", ".aspx", ".axd"],
  languageId: 564186416,
  tmScope: "text.html.asp",
  aliases: ["aspx", "aspx-vb"],
  codemirrorMode: "htmlembedded",
  codemirrorMimeType: "application/x-aspx",
  color: "#9400ff"
};

// node_modules/linguist-languages/data/AspectJ.js
var AspectJ_default = {
  name: "AspectJ",
  type: "programming",
  aceMode: "text",
  extensions: [".aj"],
  languageId: 23,
  tmScope: "source.aspectj",
  color: "#a957b0"
};

// node_modules/linguist-languages/data/Assembly.js
var Assembly_default = {
  name: "Assembly",
  type: "programming",
  aceMode: "assembly_x86",
  extensions: [".asm", ".a51", ".i", ".inc", ".nas", ".nasm", ".s"],
  languageId: 24,
  tmScope: "source.assembly",
  aliases: ["asm", "nasm"],
  color: "#6E4C13"
};

// node_modules/linguist-languages/data/Astro.js
var Astro_default = {
  name: "Astro",
  type: "markup",
  aceMode: "astro",
  extensions: [".astro"],
  languageId: 578209015,
  tmScope: "source.astro",
  codemirrorMode: "jsx",
  codemirrorMimeType: "text/jsx",
  color: "#ff5a03"
};

// node_modules/linguist-languages/data/Asymptote.js
var Asymptote_default = {
  name: "Asymptote",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".asy"],
  languageId: 591605007,
  tmScope: "source.c++",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-kotlin",
  color: "#ff0000",
  interpreters: ["asy"]
};

// node_modules/linguist-languages/data/ATS.js
var ATS_default = {
  name: "ATS",
  type: "programming",
  aceMode: "ocaml",
  extensions: [".dats", ".hats", ".sats"],
  languageId: 9,
  tmScope: "source.ats",
  aliases: ["ats2"],
  color: "#1ac620"
};

// node_modules/linguist-languages/data/Augeas.js
var Augeas_default = {
  name: "Augeas",
  type: "programming",
  aceMode: "text",
  extensions: [".aug"],
  languageId: 25,
  tmScope: "none",
  color: "#9CC134"
};

// node_modules/linguist-languages/data/AutoHotkey.js
var AutoHotkey_default = {
  name: "AutoHotkey",
  type: "programming",
  aceMode: "autohotkey",
  extensions: [".ahk", ".ah1", ".ah2", ".ahkl"],
  languageId: 26,
  tmScope: "source.ahk",
  aliases: ["ahk"],
  color: "#6594b9"
};

// node_modules/linguist-languages/data/AutoIt.js
var AutoIt_default = {
  name: "AutoIt",
  type: "programming",
  aceMode: "autohotkey",
  extensions: [".au3"],
  languageId: 27,
  tmScope: "source.autoit",
  aliases: ["au3", "AutoIt3", "AutoItScript"],
  color: "#1C3552"
};

// node_modules/linguist-languages/data/Avro_20_IDL.js
var Avro_20_IDL_default = {
  name: "Avro IDL",
  type: "data",
  aceMode: "text",
  extensions: [".avdl"],
  languageId: 785497837,
  tmScope: "source.avro",
  color: "#0040FF"
};

// node_modules/linguist-languages/data/Awk.js
var Awk_default = {
  name: "Awk",
  type: "programming",
  aceMode: "text",
  extensions: [".awk", ".auk", ".gawk", ".mawk", ".nawk"],
  languageId: 28,
  tmScope: "source.awk",
  color: "#c30e9b",
  interpreters: ["awk", "gawk", "mawk", "nawk"]
};

// node_modules/linguist-languages/data/B.js
var B_default = {
  name: "B",
  type: "programming",
  aceMode: "text",
  extensions: [".b"],
  languageId: 700792152,
  tmScope: "source.c",
  color: "#da7666"
};

// node_modules/linguist-languages/data/B_20__28_Formal_20_Method_29_.js
var B_20_28_Formal_20_Method_29_default = {
  name: "B (Formal Method)",
  type: "programming",
  aceMode: "text",
  extensions: [".mch"],
  languageId: 993355937,
  tmScope: "source.b",
  color: "#8aa8c5"
};

// node_modules/linguist-languages/data/B4X.js
var B4X_default = {
  name: "B4X",
  type: "programming",
  aceMode: "text",
  extensions: [".bas"],
  languageId: 96642275,
  tmScope: "source.vba",
  aliases: ["basic for android"],
  codemirrorMode: "vb",
  codemirrorMimeType: "text/x-vb",
  color: "#00e4ff"
};

// node_modules/linguist-languages/data/Ballerina.js
var Ballerina_default = {
  name: "Ballerina",
  type: "programming",
  aceMode: "text",
  extensions: [".bal"],
  languageId: 720859680,
  tmScope: "source.ballerina",
  color: "#FF5000"
};

// node_modules/linguist-languages/data/BAML.js
var BAML_default = {
  name: "BAML",
  type: "programming",
  aceMode: "io",
  extensions: [".baml"],
  languageId: 502521509,
  tmScope: "source.baml",
  codemirrorMode: "stylus",
  codemirrorMimeType: "text/x-styl",
  color: "#a855f7"
};

// node_modules/linguist-languages/data/BASIC.js
var BASIC_default = {
  name: "BASIC",
  type: "programming",
  aceMode: "basic",
  extensions: [".bas"],
  languageId: 28923963,
  tmScope: "source.basic",
  color: "#ff0000"
};

// node_modules/linguist-languages/data/Batchfile.js
var Batchfile_default = {
  name: "Batchfile",
  type: "programming",
  aceMode: "batchfile",
  extensions: [".bat", ".cmd"],
  filenames: ["gradlew.bat", "mvnw.cmd"],
  languageId: 29,
  tmScope: "source.batchfile",
  aliases: ["bat", "batch", "dosbatch", "winbatch"],
  color: "#C1F12E"
};

// node_modules/linguist-languages/data/BBCode.js
var BBCode_default = {
  name: "BBCode",
  type: "markup",
  aceMode: "text",
  extensions: [".bbcode"],
  languageId: 206921123,
  tmScope: "text.bbcode",
  color: "#CAFF42"
};

// node_modules/linguist-languages/data/Beef.js
var Beef_default = {
  name: "Beef",
  type: "programming",
  aceMode: "csharp",
  extensions: [".bf"],
  languageId: 545626333,
  tmScope: "source.cs",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csharp",
  color: "#a52f4e"
};

// node_modules/linguist-languages/data/Befunge.js
var Befunge_default = {
  name: "Befunge",
  type: "programming",
  aceMode: "text",
  extensions: [".befunge", ".bf"],
  languageId: 30,
  tmScope: "source.befunge"
};

// node_modules/linguist-languages/data/Berry.js
var Berry_default = {
  name: "Berry",
  type: "programming",
  aceMode: "text",
  extensions: [".be"],
  languageId: 121855308,
  tmScope: "source.berry",
  aliases: ["be"],
  color: "#15A13C"
};

// node_modules/linguist-languages/data/BibTeX.js
var BibTeX_default = {
  name: "BibTeX",
  type: "markup",
  aceMode: "bibtex",
  extensions: [".bib", ".bibtex"],
  languageId: 982188347,
  tmScope: "text.bibtex",
  codemirrorMode: "stex",
  codemirrorMimeType: "text/x-stex",
  color: "#778899",
  group: "TeX"
};

// node_modules/linguist-languages/data/BibTeX_20_Style.js
var BibTeX_20_Style_default = {
  name: "BibTeX Style",
  type: "programming",
  aceMode: "text",
  extensions: [".bst"],
  languageId: 909569041,
  tmScope: "source.bst"
};

// node_modules/linguist-languages/data/Bicep.js
var Bicep_default = {
  name: "Bicep",
  type: "programming",
  aceMode: "text",
  extensions: [".bicep", ".bicepparam"],
  languageId: 321200902,
  tmScope: "source.bicep",
  color: "#519aba"
};

// node_modules/linguist-languages/data/Bikeshed.js
var Bikeshed_default = {
  name: "Bikeshed",
  type: "markup",
  aceMode: "html",
  extensions: [".bs"],
  languageId: 1055528081,
  tmScope: "source.csswg",
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#5562ac"
};

// node_modules/linguist-languages/data/BIRD2.js
var BIRD2_default = {
  name: "BIRD2",
  type: "data",
  aceMode: "text",
  filenames: ["bird.conf"],
  languageId: 584191811,
  tmScope: "source.bird2",
  aliases: ["bird", "bird3"],
  color: "#b6d7e4"
};

// node_modules/linguist-languages/data/Bison.js
var Bison_default = {
  name: "Bison",
  type: "programming",
  aceMode: "text",
  extensions: [".bison"],
  languageId: 31,
  tmScope: "source.yacc",
  color: "#6A463F",
  group: "Yacc"
};

// node_modules/linguist-languages/data/BitBake.js
var BitBake_default = {
  name: "BitBake",
  type: "programming",
  aceMode: "text",
  extensions: [".bb", ".bbappend", ".bbclass", ".inc"],
  languageId: 32,
  tmScope: "source.bb",
  color: "#00bce4"
};

// node_modules/linguist-languages/data/Blade.js
var Blade_default = {
  name: "Blade",
  type: "markup",
  aceMode: "php_laravel_blade",
  extensions: [".blade", ".blade.php"],
  languageId: 33,
  tmScope: "text.html.php.blade",
  color: "#f7523f"
};

// node_modules/linguist-languages/data/BlitzBasic.js
var BlitzBasic_default = {
  name: "BlitzBasic",
  type: "programming",
  aceMode: "text",
  extensions: [".bb", ".decls"],
  languageId: 34,
  tmScope: "source.blitzmax",
  aliases: ["b3d", "blitz3d", "blitzplus", "bplus"],
  color: "#00FFAE"
};

// node_modules/linguist-languages/data/BlitzMax.js
var BlitzMax_default = {
  name: "BlitzMax",
  type: "programming",
  aceMode: "text",
  extensions: [".bmx"],
  languageId: 35,
  tmScope: "source.blitzmax",
  aliases: ["bmax"],
  color: "#cd6400"
};

// node_modules/linguist-languages/data/Blueprint.js
var Blueprint_default = {
  name: "Blueprint",
  type: "markup",
  aceMode: "text",
  extensions: [".blp"],
  languageId: 765545512,
  tmScope: "source.blueprint",
  aliases: ["blp"],
  color: "#3584E4"
};

// node_modules/linguist-languages/data/Bluespec.js
var Bluespec_default = {
  name: "Bluespec",
  type: "programming",
  aceMode: "verilog",
  extensions: [".bsv"],
  languageId: 36,
  tmScope: "source.bsv",
  aliases: ["bluespec bsv", "bsv"],
  codemirrorMode: "verilog",
  codemirrorMimeType: "text/x-systemverilog",
  color: "#12223c"
};

// node_modules/linguist-languages/data/Bluespec_20_BH.js
var Bluespec_20_BH_default = {
  name: "Bluespec BH",
  type: "programming",
  aceMode: "haskell",
  extensions: [".bs"],
  languageId: 641580358,
  tmScope: "source.bh",
  aliases: ["bh", "bluespec classic"],
  codemirrorMode: "haskell",
  codemirrorMimeType: "text/x-haskell",
  color: "#12223c",
  group: "Bluespec"
};

// node_modules/linguist-languages/data/Boo.js
var Boo_default = {
  name: "Boo",
  type: "programming",
  aceMode: "text",
  extensions: [".boo"],
  languageId: 37,
  tmScope: "source.boo",
  color: "#d4bec1"
};

// node_modules/linguist-languages/data/Boogie.js
var Boogie_default = {
  name: "Boogie",
  type: "programming",
  aceMode: "text",
  extensions: [".bpl"],
  languageId: 955017407,
  tmScope: "source.boogie",
  color: "#c80fa0",
  interpreters: ["boogie"]
};

// node_modules/linguist-languages/data/BQN.js
var BQN_default = {
  name: "BQN",
  type: "programming",
  aceMode: "text",
  extensions: [".bqn"],
  languageId: 330386870,
  tmScope: "source.bqn",
  color: "#2b7067"
};

// node_modules/linguist-languages/data/Brainfuck.js
var Brainfuck_default = {
  name: "Brainfuck",
  type: "programming",
  aceMode: "text",
  extensions: [".b", ".bf"],
  languageId: 38,
  tmScope: "source.bf",
  codemirrorMode: "brainfuck",
  codemirrorMimeType: "text/x-brainfuck",
  color: "#2F2530"
};

// node_modules/linguist-languages/data/BrighterScript.js
var BrighterScript_default = {
  name: "BrighterScript",
  type: "programming",
  aceMode: "text",
  extensions: [".bs"],
  languageId: 943571030,
  tmScope: "source.brs",
  color: "#66AABB"
};

// node_modules/linguist-languages/data/Brightscript.js
var Brightscript_default = {
  name: "Brightscript",
  type: "programming",
  aceMode: "text",
  extensions: [".brs"],
  languageId: 39,
  tmScope: "source.brs",
  color: "#662D91"
};

// node_modules/linguist-languages/data/Browserslist.js
var Browserslist_default = {
  name: "Browserslist",
  type: "data",
  aceMode: "text",
  filenames: [".browserslistrc", "browserslist"],
  languageId: 153503348,
  tmScope: "text.browserslist",
  color: "#ffd539"
};

// node_modules/linguist-languages/data/Bru.js
var Bru_default = {
  name: "Bru",
  type: "markup",
  aceMode: "text",
  extensions: [".bru"],
  languageId: 906627898,
  tmScope: "source.bru",
  color: "#F4AA41"
};

// node_modules/linguist-languages/data/BuildStream.js
var BuildStream_default = {
  name: "BuildStream",
  type: "data",
  aceMode: "yaml",
  extensions: [".bst"],
  languageId: 84359046,
  tmScope: "source.yaml",
  color: "#006bff"
};

// node_modules/linguist-languages/data/C.js
var C_default = {
  name: "C",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".c", ".cats", ".h", ".h.in", ".idc"],
  languageId: 41,
  tmScope: "source.c",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#555555",
  interpreters: ["tcc"]
};

// node_modules/linguist-languages/data/C-ObjDump.js
var C_ObjDump_default = {
  name: "C-ObjDump",
  type: "data",
  aceMode: "assembly_x86",
  extensions: [".c-objdump"],
  languageId: 44,
  tmScope: "objdump.x86asm"
};

// node_modules/linguist-languages/data/C_23_.js
var C_23_default = {
  name: "C#",
  type: "programming",
  aceMode: "csharp",
  extensions: [".cs", ".cake", ".cs.pp", ".csx", ".linq"],
  languageId: 42,
  tmScope: "source.cs",
  aliases: ["csharp", "cake", "cakescript"],
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csharp",
  color: "#7355dd"
};

// node_modules/linguist-languages/data/C_2b__2b_.js
var C_2b_2b_default = {
  name: "C++",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [
    ".cpp",
    ".c++",
    ".cc",
    ".cp",
    ".cppm",
    ".cxx",
    ".h",
    ".h++",
    ".hh",
    ".hpp",
    ".hxx",
    ".inc",
    ".inl",
    ".ino",
    ".ipp",
    ".ixx",
    ".re",
    ".tcc",
    ".tpp",
    ".txx"
  ],
  languageId: 43,
  tmScope: "source.c++",
  aliases: ["cpp"],
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src",
  color: "#f34b7d"
};

// node_modules/linguist-languages/data/C2hs_20_Haskell.js
var C2hs_20_Haskell_default = {
  name: "C2hs Haskell",
  type: "programming",
  aceMode: "haskell",
  extensions: [".chs"],
  languageId: 45,
  tmScope: "source.haskell",
  aliases: ["c2hs"],
  codemirrorMode: "haskell",
  codemirrorMimeType: "text/x-haskell",
  group: "Haskell"
};

// node_modules/linguist-languages/data/C3.js
var C3_default = {
  name: "C3",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".c3"],
  languageId: 769248603,
  tmScope: "source.c3",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#2563eb"
};

// node_modules/linguist-languages/data/Cabal_20_Config.js
var Cabal_20_Config_default = {
  name: "Cabal Config",
  type: "data",
  aceMode: "haskell_cabal",
  extensions: [".cabal"],
  filenames: ["cabal.config", "cabal.project"],
  languageId: 677095381,
  tmScope: "source.cabal",
  aliases: ["Cabal"],
  codemirrorMode: "haskell",
  codemirrorMimeType: "text/x-haskell",
  color: "#483465"
};

// node_modules/linguist-languages/data/Caddyfile.js
var Caddyfile_default = {
  name: "Caddyfile",
  type: "data",
  aceMode: "text",
  extensions: [".caddyfile"],
  filenames: ["Caddyfile"],
  languageId: 615465151,
  tmScope: "source.Caddyfile",
  aliases: ["Caddy"],
  color: "#22b638"
};

// node_modules/linguist-languages/data/Cadence.js
var Cadence_default = {
  name: "Cadence",
  type: "programming",
  aceMode: "text",
  extensions: [".cdc"],
  languageId: 270184138,
  tmScope: "source.cadence",
  color: "#00ef8b"
};

// node_modules/linguist-languages/data/Cairo.js
var Cairo_default = {
  name: "Cairo",
  type: "programming",
  aceMode: "text",
  extensions: [".cairo"],
  languageId: 620599567,
  tmScope: "source.cairo",
  color: "#ff4a48",
  group: "Cairo"
};

// node_modules/linguist-languages/data/Cairo_20_Zero.js
var Cairo_20_Zero_default = {
  name: "Cairo Zero",
  type: "programming",
  aceMode: "text",
  extensions: [".cairo"],
  languageId: 891399890,
  tmScope: "source.cairo0",
  color: "#ff4a48",
  group: "Cairo"
};

// node_modules/linguist-languages/data/CameLIGO.js
var CameLIGO_default = {
  name: "CameLIGO",
  type: "programming",
  aceMode: "ocaml",
  extensions: [".mligo"],
  languageId: 829207807,
  tmScope: "source.mligo",
  codemirrorMode: "mllike",
  codemirrorMimeType: "text/x-ocaml",
  color: "#3be133",
  group: "LigoLANG"
};

// node_modules/linguist-languages/data/Cangjie.js
var Cangjie_default = {
  name: "Cangjie",
  type: "programming",
  aceMode: "swift",
  extensions: [".cj"],
  languageId: 581895317,
  tmScope: "source.cj",
  codemirrorMode: "swift",
  codemirrorMimeType: "text/x-swift",
  color: "#00868B"
};

// node_modules/linguist-languages/data/CAP_20_CDS.js
var CAP_20_CDS_default = {
  name: "CAP CDS",
  type: "programming",
  aceMode: "text",
  extensions: [".cds"],
  languageId: 390788699,
  tmScope: "source.cds",
  aliases: ["cds"],
  color: "#0092d1"
};

// node_modules/linguist-languages/data/Cap_27_n_20_Proto.js
var Cap_27_n_20_Proto_default = {
  name: "Cap'n Proto",
  type: "programming",
  aceMode: "text",
  extensions: [".capnp"],
  languageId: 52,
  tmScope: "source.capnp",
  color: "#c42727"
};

// node_modules/linguist-languages/data/Carbon.js
var Carbon_default = {
  name: "Carbon",
  type: "programming",
  aceMode: "text",
  extensions: [".carbon"],
  languageId: 55627273,
  tmScope: "source.carbon",
  color: "#222222"
};

// node_modules/linguist-languages/data/CartoCSS.js
var CartoCSS_default = {
  name: "CartoCSS",
  type: "programming",
  aceMode: "text",
  extensions: [".mss"],
  languageId: 53,
  tmScope: "source.css.mss",
  aliases: ["Carto"]
};

// node_modules/linguist-languages/data/Ceylon.js
var Ceylon_default = {
  name: "Ceylon",
  type: "programming",
  aceMode: "text",
  extensions: [".ceylon"],
  languageId: 54,
  tmScope: "source.ceylon",
  color: "#dfa535"
};

// node_modules/linguist-languages/data/Chapel.js
var Chapel_default = {
  name: "Chapel",
  type: "programming",
  aceMode: "text",
  extensions: [".chpl"],
  languageId: 55,
  tmScope: "source.chapel",
  aliases: ["chpl"],
  color: "#8dc63f"
};

// node_modules/linguist-languages/data/Charity.js
var Charity_default = {
  name: "Charity",
  type: "programming",
  aceMode: "text",
  extensions: [".ch"],
  languageId: 56,
  tmScope: "none"
};

// node_modules/linguist-languages/data/Checksums.js
var Checksums_default = {
  name: "Checksums",
  type: "data",
  aceMode: "text",
  extensions: [
    ".crc32",
    ".md2",
    ".md4",
    ".md5",
    ".sha1",
    ".sha2",
    ".sha224",
    ".sha256",
    ".sha256sum",
    ".sha3",
    ".sha384",
    ".sha512"
  ],
  filenames: [
    "MD5SUMS",
    "SHA1SUMS",
    "SHA256SUMS",
    "SHA256SUMS.txt",
    "SHA512SUMS",
    "checksums.txt",
    "cksums",
    "md5sum.txt"
  ],
  languageId: 372063053,
  tmScope: "text.checksums",
  aliases: ["checksum", "hash", "hashes", "sum", "sums"]
};

// node_modules/linguist-languages/data/ChucK.js
var ChucK_default = {
  name: "ChucK",
  type: "programming",
  aceMode: "java",
  extensions: [".ck"],
  languageId: 57,
  tmScope: "source.java",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-java",
  color: "#3f8000"
};

// node_modules/linguist-languages/data/CIL.js
var CIL_default = {
  name: "CIL",
  type: "data",
  aceMode: "text",
  extensions: [".cil"],
  languageId: 29176339,
  tmScope: "source.cil"
};

// node_modules/linguist-languages/data/Circom.js
var Circom_default = {
  name: "Circom",
  type: "programming",
  aceMode: "text",
  extensions: [".circom"],
  languageId: 1042332086,
  tmScope: "source.circom",
  color: "#707575"
};

// node_modules/linguist-languages/data/Cirru.js
var Cirru_default = {
  name: "Cirru",
  type: "programming",
  aceMode: "cirru",
  extensions: [".cirru"],
  languageId: 58,
  tmScope: "source.cirru",
  color: "#ccccff"
};

// node_modules/linguist-languages/data/Clarion.js
var Clarion_default = {
  name: "Clarion",
  type: "programming",
  aceMode: "text",
  extensions: [".clw"],
  languageId: 59,
  tmScope: "source.clarion",
  color: "#db901e"
};

// node_modules/linguist-languages/data/Clarity.js
var Clarity_default = {
  name: "Clarity",
  type: "programming",
  aceMode: "lisp",
  extensions: [".clar"],
  languageId: 91493841,
  tmScope: "source.clar",
  color: "#5546ff"
};

// node_modules/linguist-languages/data/Classic_20_ASP.js
var Classic_20_ASP_default = {
  name: "Classic ASP",
  type: "programming",
  aceMode: "text",
  extensions: [".asp"],
  languageId: 8,
  tmScope: "text.html.asp",
  aliases: ["asp"],
  color: "#6a40fd"
};

// node_modules/linguist-languages/data/Clean.js
var Clean_default = {
  name: "Clean",
  type: "programming",
  aceMode: "text",
  extensions: [".icl", ".dcl"],
  languageId: 60,
  tmScope: "source.clean",
  color: "#3F85AF"
};

// node_modules/linguist-languages/data/Click.js
var Click_default = {
  name: "Click",
  type: "programming",
  aceMode: "text",
  extensions: [".click"],
  languageId: 61,
  tmScope: "source.click",
  color: "#E4E6F3"
};

// node_modules/linguist-languages/data/CLIPS.js
var CLIPS_default = {
  name: "CLIPS",
  type: "programming",
  aceMode: "text",
  extensions: [".clp"],
  languageId: 46,
  tmScope: "source.clips",
  color: "#00A300"
};

// node_modules/linguist-languages/data/Clojure.js
var Clojure_default = {
  name: "Clojure",
  type: "programming",
  aceMode: "clojure",
  extensions: [
    ".clj",
    ".bb",
    ".boot",
    ".cl2",
    ".cljc",
    ".cljs",
    ".cljs.hl",
    ".cljscm",
    ".cljx",
    ".hic"
  ],
  filenames: ["riemann.config"],
  languageId: 62,
  tmScope: "source.clojure",
  codemirrorMode: "clojure",
  codemirrorMimeType: "text/x-clojure",
  color: "#db5855",
  interpreters: ["bb"]
};

// node_modules/linguist-languages/data/Closure_20_Templates.js
var Closure_20_Templates_default = {
  name: "Closure Templates",
  type: "markup",
  aceMode: "soy_template",
  extensions: [".soy"],
  languageId: 357046146,
  tmScope: "text.html.soy",
  aliases: ["soy"],
  codemirrorMode: "soy",
  codemirrorMimeType: "text/x-soy",
  color: "#0d948f"
};

// node_modules/linguist-languages/data/Cloud_20_Firestore_20_Security_20_Rules.js
var Cloud_20_Firestore_20_Security_20_Rules_default = {
  name: "Cloud Firestore Security Rules",
  type: "data",
  aceMode: "less",
  filenames: ["firestore.rules"],
  languageId: 407996372,
  tmScope: "source.firestore",
  codemirrorMode: "css",
  codemirrorMimeType: "text/css",
  color: "#FFA000"
};

// node_modules/linguist-languages/data/Clue.js
var Clue_default = {
  name: "Clue",
  type: "programming",
  aceMode: "text",
  extensions: [".clue"],
  languageId: 163763508,
  tmScope: "source.clue",
  color: "#0009b5"
};

// node_modules/linguist-languages/data/CMake.js
var CMake_default = {
  name: "CMake",
  type: "programming",
  aceMode: "text",
  extensions: [".cmake", ".cmake.in"],
  filenames: ["CMakeLists.txt"],
  languageId: 47,
  tmScope: "source.cmake",
  codemirrorMode: "cmake",
  codemirrorMimeType: "text/x-cmake",
  color: "#DA3434"
};

// node_modules/linguist-languages/data/COBOL.js
var COBOL_default = {
  name: "COBOL",
  type: "programming",
  aceMode: "cobol",
  extensions: [".cob", ".cbl", ".ccp", ".cobol", ".cpy"],
  languageId: 48,
  tmScope: "source.cobol",
  codemirrorMode: "cobol",
  codemirrorMimeType: "text/x-cobol"
};

// node_modules/linguist-languages/data/CODEOWNERS.js
var CODEOWNERS_default = {
  name: "CODEOWNERS",
  type: "data",
  aceMode: "gitignore",
  filenames: ["CODEOWNERS"],
  languageId: 321684729,
  tmScope: "text.codeowners"
};

// node_modules/linguist-languages/data/CodeQL.js
var CodeQL_default = {
  name: "CodeQL",
  type: "programming",
  aceMode: "text",
  extensions: [".ql", ".qll"],
  languageId: 424259634,
  tmScope: "source.ql",
  aliases: ["ql"],
  color: "#140f46"
};

// node_modules/linguist-languages/data/CoffeeScript.js
var CoffeeScript_default = {
  name: "CoffeeScript",
  type: "programming",
  aceMode: "coffee",
  extensions: [".coffee", "._coffee", ".cake", ".cjsx", ".coffee.erb", ".iced"],
  filenames: ["Cakefile"],
  languageId: 63,
  tmScope: "source.coffee",
  aliases: ["coffee", "coffee-script"],
  codemirrorMode: "coffeescript",
  codemirrorMimeType: "text/x-coffeescript",
  color: "#244776",
  interpreters: ["coffee"]
};

// node_modules/linguist-languages/data/ColdFusion.js
var ColdFusion_default = {
  name: "ColdFusion",
  type: "programming",
  aceMode: "coldfusion",
  extensions: [".cfm", ".cfml"],
  languageId: 64,
  tmScope: "text.html.cfm",
  aliases: ["cfm", "cfml", "coldfusion html"],
  color: "#ed2cd6"
};

// node_modules/linguist-languages/data/ColdFusion_20_CFC.js
var ColdFusion_20_CFC_default = {
  name: "ColdFusion CFC",
  type: "programming",
  aceMode: "coldfusion",
  extensions: [".cfc"],
  languageId: 65,
  tmScope: "source.cfscript",
  aliases: ["cfc"],
  color: "#ed2cd6",
  group: "ColdFusion"
};

// node_modules/linguist-languages/data/COLLADA.js
var COLLADA_default = {
  name: "COLLADA",
  type: "data",
  aceMode: "xml",
  extensions: [".dae"],
  languageId: 49,
  tmScope: "text.xml",
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml",
  color: "#F1A42B"
};

// node_modules/linguist-languages/data/Common_20_Lisp.js
var Common_20_Lisp_default = {
  name: "Common Lisp",
  type: "programming",
  aceMode: "lisp",
  extensions: [".lisp", ".asd", ".cl", ".l", ".lsp", ".ny", ".podsl", ".sexp"],
  languageId: 66,
  tmScope: "source.commonlisp",
  aliases: ["lisp"],
  codemirrorMode: "commonlisp",
  codemirrorMimeType: "text/x-common-lisp",
  color: "#3fb68b",
  interpreters: ["lisp", "sbcl", "ccl", "clisp", "ecl"]
};

// node_modules/linguist-languages/data/Common_20_Workflow_20_Language.js
var Common_20_Workflow_20_Language_default = {
  name: "Common Workflow Language",
  type: "programming",
  aceMode: "yaml",
  extensions: [".cwl"],
  languageId: 988547172,
  tmScope: "source.cwl",
  aliases: ["cwl"],
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#B5314C",
  interpreters: ["cwl-runner"]
};

// node_modules/linguist-languages/data/Component_20_Pascal.js
var Component_20_Pascal_default = {
  name: "Component Pascal",
  type: "programming",
  aceMode: "pascal",
  extensions: [".cp", ".cps"],
  languageId: 67,
  tmScope: "source.pascal",
  codemirrorMode: "pascal",
  codemirrorMimeType: "text/x-pascal",
  color: "#B0CE4E"
};

// node_modules/linguist-languages/data/CoNLL-U.js
var CoNLL_U_default = {
  name: "CoNLL-U",
  type: "data",
  aceMode: "text",
  extensions: [".conllu", ".conll"],
  languageId: 421026389,
  tmScope: "text.conllu",
  aliases: ["CoNLL", "CoNLL-X"]
};

// node_modules/linguist-languages/data/Cooklang.js
var Cooklang_default = {
  name: "Cooklang",
  type: "markup",
  aceMode: "text",
  extensions: [".cook"],
  languageId: 788037493,
  tmScope: "source.cooklang",
  color: "#E15A29",
  wrap: true
};

// node_modules/linguist-languages/data/Cool.js
var Cool_default = {
  name: "Cool",
  type: "programming",
  aceMode: "text",
  extensions: [".cl"],
  languageId: 68,
  tmScope: "source.cool"
};

// node_modules/linguist-languages/data/Cpp-ObjDump.js
var Cpp_ObjDump_default = {
  name: "Cpp-ObjDump",
  type: "data",
  aceMode: "assembly_x86",
  extensions: [
    ".cppobjdump",
    ".c++-objdump",
    ".c++objdump",
    ".cpp-objdump",
    ".cxx-objdump"
  ],
  languageId: 70,
  tmScope: "objdump.x86asm",
  aliases: ["c++-objdump"]
};

// node_modules/linguist-languages/data/CQL.js
var CQL_default = {
  name: "CQL",
  type: "programming",
  aceMode: "text",
  extensions: [".cql"],
  languageId: 71155397,
  tmScope: "source.cql",
  color: "#006091"
};

// node_modules/linguist-languages/data/Creole.js
var Creole_default = {
  name: "Creole",
  type: "prose",
  aceMode: "text",
  extensions: [".creole"],
  languageId: 71,
  tmScope: "text.html.creole",
  wrap: true
};

// node_modules/linguist-languages/data/crontab.js
var crontab_default = {
  name: "crontab",
  type: "data",
  aceMode: "tcl",
  filenames: ["crontab"],
  languageId: 705203557,
  tmScope: "text.crontab",
  aliases: ["cron", "cron table"],
  color: "#ead7ac"
};

// node_modules/linguist-languages/data/Crystal.js
var Crystal_default = {
  name: "Crystal",
  type: "programming",
  aceMode: "crystal",
  extensions: [".cr"],
  languageId: 72,
  tmScope: "source.crystal",
  codemirrorMode: "crystal",
  codemirrorMimeType: "text/x-crystal",
  color: "#000100",
  interpreters: ["crystal"]
};

// node_modules/linguist-languages/data/CSON.js
var CSON_default = {
  name: "CSON",
  type: "data",
  aceMode: "coffee",
  extensions: [".cson"],
  languageId: 424,
  tmScope: "source.coffee",
  codemirrorMode: "coffeescript",
  codemirrorMimeType: "text/x-coffeescript",
  color: "#244776"
};

// node_modules/linguist-languages/data/Csound.js
var Csound_default = {
  name: "Csound",
  type: "programming",
  aceMode: "csound_orchestra",
  extensions: [".orc", ".udo"],
  languageId: 73,
  tmScope: "source.csound",
  aliases: ["csound-orc"],
  color: "#1a1a1a"
};

// node_modules/linguist-languages/data/Csound_20_Document.js
var Csound_20_Document_default = {
  name: "Csound Document",
  type: "programming",
  aceMode: "csound_document",
  extensions: [".csd"],
  languageId: 74,
  tmScope: "source.csound-document",
  aliases: ["csound-csd"],
  color: "#1a1a1a"
};

// node_modules/linguist-languages/data/Csound_20_Score.js
var Csound_20_Score_default = {
  name: "Csound Score",
  type: "programming",
  aceMode: "csound_score",
  extensions: [".sco"],
  languageId: 75,
  tmScope: "source.csound-score",
  aliases: ["csound-sco"],
  color: "#1a1a1a"
};

// node_modules/linguist-languages/data/CSS.js
var CSS_default = {
  name: "CSS",
  type: "markup",
  aceMode: "css",
  extensions: [".css"],
  languageId: 50,
  tmScope: "source.css",
  codemirrorMode: "css",
  codemirrorMimeType: "text/css",
  color: "#663399"
};

// node_modules/linguist-languages/data/CSV.js
var CSV_default = {
  name: "CSV",
  type: "data",
  aceMode: "csv",
  extensions: [".csv"],
  languageId: 51,
  tmScope: "source.csv",
  color: "#237346"
};

// node_modules/linguist-languages/data/Cuda.js
var Cuda_default = {
  name: "Cuda",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".cu", ".cuh"],
  languageId: 77,
  tmScope: "source.cuda-c++",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src",
  color: "#3A4E3A"
};

// node_modules/linguist-languages/data/CUE.js
var CUE_default = {
  name: "CUE",
  type: "programming",
  aceMode: "text",
  extensions: [".cue"],
  languageId: 356063509,
  tmScope: "source.cue",
  color: "#5886E1"
};

// node_modules/linguist-languages/data/Cue_20_Sheet.js
var Cue_20_Sheet_default = {
  name: "Cue Sheet",
  type: "data",
  aceMode: "text",
  extensions: [".cue"],
  languageId: 942714150,
  tmScope: "source.cuesheet"
};

// node_modules/linguist-languages/data/cURL_20_Config.js
var cURL_20_Config_default = {
  name: "cURL Config",
  type: "data",
  aceMode: "text",
  filenames: [".curlrc", "_curlrc"],
  languageId: 992375436,
  tmScope: "source.curlrc",
  aliases: ["curlrc"],
  group: "INI"
};

// node_modules/linguist-languages/data/Curry.js
var Curry_default = {
  name: "Curry",
  type: "programming",
  aceMode: "haskell",
  extensions: [".curry"],
  languageId: 439829048,
  tmScope: "source.curry",
  color: "#531242"
};

// node_modules/linguist-languages/data/CWeb.js
var CWeb_default = {
  name: "CWeb",
  type: "programming",
  aceMode: "text",
  extensions: [".w"],
  languageId: 657332628,
  tmScope: "none",
  color: "#00007a"
};

// node_modules/linguist-languages/data/Cycript.js
var Cycript_default = {
  name: "Cycript",
  type: "programming",
  aceMode: "javascript",
  extensions: [".cy"],
  languageId: 78,
  tmScope: "source.js",
  codemirrorMode: "javascript",
  codemirrorMimeType: "text/javascript"
};

// node_modules/linguist-languages/data/Cylc.js
var Cylc_default = {
  name: "Cylc",
  type: "data",
  aceMode: "ini",
  extensions: [".cylc"],
  filenames: ["suite.rc"],
  languageId: 476447814,
  tmScope: "source.cylc",
  color: "#00b3fd",
  group: "INI"
};

// node_modules/linguist-languages/data/Cypher.js
var Cypher_default = {
  name: "Cypher",
  type: "programming",
  aceMode: "text",
  extensions: [".cyp", ".cypher"],
  languageId: 850806976,
  tmScope: "source.cypher",
  codemirrorMode: "cypher",
  codemirrorMimeType: "application/x-cypher-query",
  color: "#34c0eb"
};

// node_modules/linguist-languages/data/Cython.js
var Cython_default = {
  name: "Cython",
  type: "programming",
  aceMode: "text",
  extensions: [".pyx", ".pxd", ".pxi"],
  languageId: 79,
  tmScope: "source.cython",
  aliases: ["pyrex"],
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-cython",
  color: "#fedf5b"
};

// node_modules/linguist-languages/data/D.js
var D_default2 = {
  name: "D",
  type: "programming",
  aceMode: "d",
  extensions: [".d", ".di"],
  languageId: 80,
  tmScope: "source.d",
  aliases: ["Dlang"],
  codemirrorMode: "d",
  codemirrorMimeType: "text/x-d",
  color: "#ba595e"
};

// node_modules/linguist-languages/data/D-ObjDump.js
var D_ObjDump_default = {
  name: "D-ObjDump",
  type: "data",
  aceMode: "assembly_x86",
  extensions: [".d-objdump"],
  languageId: 81,
  tmScope: "objdump.x86asm"
};

// node_modules/linguist-languages/data/D2.js
var D2_default = {
  name: "D2",
  type: "markup",
  aceMode: "text",
  extensions: [".d2"],
  languageId: 37531557,
  tmScope: "source.d2",
  aliases: ["d2lang"],
  color: "#526ee8"
};

// node_modules/linguist-languages/data/Dafny.js
var Dafny_default = {
  name: "Dafny",
  type: "programming",
  aceMode: "text",
  extensions: [".dfy"],
  languageId: 969323346,
  tmScope: "text.dfy.dafny",
  color: "#FFEC25",
  interpreters: ["dafny"]
};

// node_modules/linguist-languages/data/Darcs_20_Patch.js
var Darcs_20_Patch_default = {
  name: "Darcs Patch",
  type: "data",
  aceMode: "text",
  extensions: [".darcspatch", ".dpatch"],
  languageId: 86,
  tmScope: "none",
  aliases: ["dpatch"],
  color: "#8eff23"
};

// node_modules/linguist-languages/data/Dart.js
var Dart_default = {
  name: "Dart",
  type: "programming",
  aceMode: "dart",
  extensions: [".dart"],
  languageId: 87,
  tmScope: "source.dart",
  codemirrorMode: "dart",
  codemirrorMimeType: "application/dart",
  color: "#00B4AB",
  interpreters: ["dart"]
};

// node_modules/linguist-languages/data/Daslang.js
var Daslang_default = {
  name: "Daslang",
  type: "programming",
  aceMode: "text",
  extensions: [".das"],
  languageId: 648759486,
  tmScope: "source.daslang",
  color: "#d3d3d3"
};

// node_modules/linguist-languages/data/DataWeave.js
var DataWeave_default = {
  name: "DataWeave",
  type: "programming",
  aceMode: "text",
  extensions: [".dwl"],
  languageId: 974514097,
  tmScope: "source.data-weave",
  color: "#003a52"
};

// node_modules/linguist-languages/data/Debian_20_Package_20_Control_20_File.js
var Debian_20_Package_20_Control_20_File_default = {
  name: "Debian Package Control File",
  type: "data",
  aceMode: "text",
  extensions: [".dsc"],
  languageId: 527438264,
  tmScope: "source.deb-control",
  color: "#D70751"
};

// node_modules/linguist-languages/data/DenizenScript.js
var DenizenScript_default = {
  name: "DenizenScript",
  type: "programming",
  aceMode: "yaml",
  extensions: [".dsc"],
  languageId: 435000929,
  tmScope: "source.denizenscript",
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#FBEE96"
};

// node_modules/linguist-languages/data/desktop.js
var desktop_default = {
  name: "desktop",
  type: "data",
  aceMode: "text",
  extensions: [".desktop", ".desktop.in"],
  languageId: 412,
  tmScope: "source.desktop",
  group: "INI"
};

// node_modules/linguist-languages/data/Dhall.js
var Dhall_default = {
  name: "Dhall",
  type: "programming",
  aceMode: "haskell",
  extensions: [".dhall"],
  languageId: 793969321,
  tmScope: "source.haskell",
  codemirrorMode: "haskell",
  codemirrorMimeType: "text/x-haskell",
  color: "#dfafff"
};

// node_modules/linguist-languages/data/Diff.js
var Diff_default = {
  name: "Diff",
  type: "data",
  aceMode: "diff",
  extensions: [".diff", ".patch"],
  languageId: 88,
  tmScope: "source.diff",
  aliases: ["udiff"],
  codemirrorMode: "diff",
  codemirrorMimeType: "text/x-diff"
};

// node_modules/linguist-languages/data/DIGITAL_20_Command_20_Language.js
var DIGITAL_20_Command_20_Language_default = {
  name: "DIGITAL Command Language",
  type: "programming",
  aceMode: "text",
  extensions: [".com"],
  languageId: 82,
  tmScope: "none",
  aliases: ["dcl"]
};

// node_modules/linguist-languages/data/dircolors.js
var dircolors_default = {
  name: "dircolors",
  type: "data",
  aceMode: "text",
  extensions: [".dircolors"],
  filenames: [
    ".dir_colors",
    ".dircolors",
    "DIR_COLORS",
    "_dir_colors",
    "_dircolors",
    "dir_colors"
  ],
  languageId: 691605112,
  tmScope: "source.dircolors"
};

// node_modules/linguist-languages/data/DirectX_20_3D_20_File.js
var DirectX_20_3D_20_File_default = {
  name: "DirectX 3D File",
  type: "data",
  aceMode: "text",
  extensions: [".x"],
  languageId: 201049282,
  tmScope: "none",
  color: "#aace60"
};

// node_modules/linguist-languages/data/DM.js
var DM_default = {
  name: "DM",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".dm"],
  languageId: 83,
  tmScope: "source.dm",
  aliases: ["byond"],
  color: "#447265"
};

// node_modules/linguist-languages/data/DNS_20_Zone.js
var DNS_20_Zone_default = {
  name: "DNS Zone",
  type: "data",
  aceMode: "text",
  extensions: [".zone", ".arpa"],
  languageId: 84,
  tmScope: "text.zone_file"
};

// node_modules/linguist-languages/data/Dockerfile.js
var Dockerfile_default = {
  name: "Dockerfile",
  type: "programming",
  aceMode: "dockerfile",
  extensions: [".dockerfile", ".containerfile"],
  filenames: ["Containerfile", "Dockerfile"],
  languageId: 89,
  tmScope: "source.dockerfile",
  aliases: ["Containerfile"],
  codemirrorMode: "dockerfile",
  codemirrorMimeType: "text/x-dockerfile",
  color: "#384d54"
};

// node_modules/linguist-languages/data/Dogescript.js
var Dogescript_default = {
  name: "Dogescript",
  type: "programming",
  aceMode: "text",
  extensions: [".djs"],
  languageId: 90,
  tmScope: "none",
  color: "#cca760"
};

// node_modules/linguist-languages/data/Dotenv.js
var Dotenv_default = {
  name: "Dotenv",
  type: "data",
  aceMode: "text",
  extensions: [".env"],
  filenames: [
    ".env",
    ".env.ci",
    ".env.dev",
    ".env.development",
    ".env.development.local",
    ".env.example",
    ".env.local",
    ".env.prod",
    ".env.production",
    ".env.sample",
    ".env.staging",
    ".env.template",
    ".env.test",
    ".env.testing"
  ],
  languageId: 111148035,
  tmScope: "source.dotenv",
  color: "#e5d559"
};

// node_modules/linguist-languages/data/DTrace.js
var DTrace_default = {
  name: "DTrace",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".d"],
  languageId: 85,
  tmScope: "source.c",
  aliases: ["dtrace-script"],
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  interpreters: ["dtrace"]
};

// node_modules/linguist-languages/data/Dune.js
var Dune_default = {
  name: "Dune",
  type: "programming",
  aceMode: "lisp",
  filenames: ["dune-project"],
  languageId: 754574151,
  tmScope: "source.dune",
  color: "#89421e"
};

// node_modules/linguist-languages/data/Dylan.js
var Dylan_default = {
  name: "Dylan",
  type: "programming",
  aceMode: "text",
  extensions: [".dylan", ".dyl", ".intr", ".lid"],
  languageId: 91,
  tmScope: "source.dylan",
  codemirrorMode: "dylan",
  codemirrorMimeType: "text/x-dylan",
  color: "#6c616e"
};

// node_modules/linguist-languages/data/E.js
var E_default = {
  name: "E",
  type: "programming",
  aceMode: "text",
  extensions: [".e"],
  languageId: 92,
  tmScope: "none",
  color: "#ccce35",
  interpreters: ["rune"]
};

// node_modules/linguist-languages/data/E-mail.js
var E_mail_default = {
  name: "E-mail",
  type: "data",
  aceMode: "text",
  extensions: [".eml", ".mbox"],
  languageId: 529653389,
  tmScope: "text.eml.basic",
  aliases: ["email", "eml", "mail", "mbox"],
  codemirrorMode: "mbox",
  codemirrorMimeType: "application/mbox"
};

// node_modules/linguist-languages/data/Eagle.js
var Eagle_default = {
  name: "Eagle",
  type: "data",
  aceMode: "xml",
  extensions: [".sch", ".brd"],
  languageId: 97,
  tmScope: "text.xml",
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml"
};

// node_modules/linguist-languages/data/Earthly.js
var Earthly_default = {
  name: "Earthly",
  type: "programming",
  aceMode: "text",
  filenames: ["Earthfile"],
  languageId: 963512632,
  tmScope: "source.earthfile",
  aliases: ["Earthfile"],
  color: "#2af0ff"
};

// node_modules/linguist-languages/data/Easybuild.js
var Easybuild_default = {
  name: "Easybuild",
  type: "data",
  aceMode: "python",
  extensions: [".eb"],
  languageId: 342840477,
  tmScope: "source.python",
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python",
  color: "#069406",
  group: "Python"
};

// node_modules/linguist-languages/data/EBNF.js
var EBNF_default = {
  name: "EBNF",
  type: "data",
  aceMode: "text",
  extensions: [".ebnf"],
  languageId: 430,
  tmScope: "source.ebnf",
  codemirrorMode: "ebnf",
  codemirrorMimeType: "text/x-ebnf"
};

// node_modules/linguist-languages/data/eC.js
var eC_default = {
  name: "eC",
  type: "programming",
  aceMode: "text",
  extensions: [".ec", ".eh"],
  languageId: 413,
  tmScope: "source.c.ec",
  color: "#913960"
};

// node_modules/linguist-languages/data/Ecere_20_Projects.js
var Ecere_20_Projects_default = {
  name: "Ecere Projects",
  type: "data",
  aceMode: "json",
  extensions: [".epj"],
  languageId: 98,
  tmScope: "source.json",
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/json",
  color: "#913960",
  group: "JavaScript"
};

// node_modules/linguist-languages/data/ECL.js
var ECL_default = {
  name: "ECL",
  type: "programming",
  aceMode: "text",
  extensions: [".ecl", ".eclxml"],
  languageId: 93,
  tmScope: "source.ecl",
  codemirrorMode: "ecl",
  codemirrorMimeType: "text/x-ecl",
  color: "#8a1267"
};

// node_modules/linguist-languages/data/ECLiPSe.js
var ECLiPSe_default = {
  name: "ECLiPSe",
  type: "programming",
  aceMode: "prolog",
  extensions: [".ecl"],
  languageId: 94,
  tmScope: "source.prolog.eclipse",
  color: "#001d9d",
  group: "Prolog"
};

// node_modules/linguist-languages/data/Ecmarkup.js
var Ecmarkup_default = {
  name: "Ecmarkup",
  type: "markup",
  aceMode: "html",
  extensions: [".html"],
  languageId: 844766630,
  tmScope: "text.html.ecmarkup",
  aliases: ["ecmarkdown"],
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#eb8131",
  group: "HTML"
};

// node_modules/linguist-languages/data/Edge.js
var Edge_default = {
  name: "Edge",
  type: "markup",
  aceMode: "html",
  extensions: [".edge"],
  languageId: 460509620,
  tmScope: "text.html.edge",
  color: "#0dffe0"
};

// node_modules/linguist-languages/data/EdgeQL.js
var EdgeQL_default = {
  name: "EdgeQL",
  type: "programming",
  aceMode: "text",
  extensions: [".edgeql", ".esdl"],
  languageId: 925235833,
  tmScope: "source.edgeql",
  aliases: ["esdl"],
  color: "#31A7FF"
};

// node_modules/linguist-languages/data/EditorConfig.js
var EditorConfig_default = {
  name: "EditorConfig",
  type: "data",
  aceMode: "ini",
  extensions: [".editorconfig"],
  filenames: [".editorconfig"],
  languageId: 96139566,
  tmScope: "source.editorconfig",
  aliases: ["editor-config"],
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#fff1f2",
  group: "INI"
};

// node_modules/linguist-languages/data/Edje_20_Data_20_Collection.js
var Edje_20_Data_20_Collection_default = {
  name: "Edje Data Collection",
  type: "data",
  aceMode: "c_cpp",
  extensions: [".edc"],
  languageId: 342840478,
  tmScope: "source.c++",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src"
};

// node_modules/linguist-languages/data/edn.js
var edn_default = {
  name: "edn",
  type: "data",
  aceMode: "clojure",
  extensions: [".edn"],
  languageId: 414,
  tmScope: "source.clojure",
  codemirrorMode: "clojure",
  codemirrorMimeType: "application/edn"
};

// node_modules/linguist-languages/data/Eiffel.js
var Eiffel_default = {
  name: "Eiffel",
  type: "programming",
  aceMode: "eiffel",
  extensions: [".e"],
  languageId: 99,
  tmScope: "source.eiffel",
  codemirrorMode: "eiffel",
  codemirrorMimeType: "text/x-eiffel",
  color: "#4d6977"
};

// node_modules/linguist-languages/data/EJS.js
var EJS_default = {
  name: "EJS",
  type: "markup",
  aceMode: "ejs",
  extensions: [".ejs", ".ect", ".ejs.t", ".jst"],
  languageId: 95,
  tmScope: "text.html.js",
  codemirrorMode: "htmlembedded",
  codemirrorMimeType: "application/x-ejs",
  color: "#a91e50"
};

// node_modules/linguist-languages/data/Elixir.js
var Elixir_default = {
  name: "Elixir",
  type: "programming",
  aceMode: "elixir",
  extensions: [".ex", ".exs"],
  filenames: ["mix.lock"],
  languageId: 100,
  tmScope: "source.elixir",
  color: "#6e4a7e",
  interpreters: ["elixir"]
};

// node_modules/linguist-languages/data/Elm.js
var Elm_default = {
  name: "Elm",
  type: "programming",
  aceMode: "elm",
  extensions: [".elm"],
  languageId: 101,
  tmScope: "source.elm",
  codemirrorMode: "elm",
  codemirrorMimeType: "text/x-elm",
  color: "#60B5CC"
};

// node_modules/linguist-languages/data/Elvish.js
var Elvish_default = {
  name: "Elvish",
  type: "programming",
  aceMode: "text",
  extensions: [".elv"],
  languageId: 570996448,
  tmScope: "source.elvish",
  color: "#55BB55",
  interpreters: ["elvish"]
};

// node_modules/linguist-languages/data/Elvish_20_Transcript.js
var Elvish_20_Transcript_default = {
  name: "Elvish Transcript",
  type: "programming",
  aceMode: "text",
  languageId: 452025714,
  tmScope: "source.elvish-transcript",
  color: "#55BB55",
  group: "Elvish"
};

// node_modules/linguist-languages/data/Emacs_20_Lisp.js
var Emacs_20_Lisp_default = {
  name: "Emacs Lisp",
  type: "programming",
  aceMode: "lisp",
  extensions: [".el", ".emacs", ".emacs.desktop"],
  filenames: [
    ".abbrev_defs",
    ".emacs",
    ".emacs.desktop",
    ".gnus",
    ".spacemacs",
    ".viper",
    "Cask",
    "Eask",
    "Project.ede",
    "_emacs",
    "abbrev_defs"
  ],
  languageId: 102,
  tmScope: "source.emacs.lisp",
  aliases: ["cask", "eask", "elisp", "emacs"],
  codemirrorMode: "commonlisp",
  codemirrorMimeType: "text/x-common-lisp",
  color: "#c065db"
};

// node_modules/linguist-languages/data/EmberScript.js
var EmberScript_default = {
  name: "EmberScript",
  type: "programming",
  aceMode: "coffee",
  extensions: [".em", ".emberscript"],
  languageId: 103,
  tmScope: "source.coffee",
  codemirrorMode: "coffeescript",
  codemirrorMimeType: "text/x-coffeescript",
  color: "#FFF4F3"
};

// node_modules/linguist-languages/data/EQ.js
var EQ_default = {
  name: "EQ",
  type: "programming",
  aceMode: "csharp",
  extensions: [".eq"],
  languageId: 96,
  tmScope: "source.cs",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csharp",
  color: "#a78649"
};

// node_modules/linguist-languages/data/Erlang.js
var Erlang_default = {
  name: "Erlang",
  type: "programming",
  aceMode: "erlang",
  extensions: [
    ".erl",
    ".app",
    ".app.src",
    ".es",
    ".escript",
    ".hrl",
    ".xrl",
    ".yrl"
  ],
  filenames: ["Emakefile", "rebar.config", "rebar.config.lock", "rebar.lock"],
  languageId: 104,
  tmScope: "source.erlang",
  codemirrorMode: "erlang",
  codemirrorMimeType: "text/x-erlang",
  color: "#B83998",
  interpreters: ["escript"]
};

// node_modules/linguist-languages/data/Euphoria.js
var Euphoria_default = {
  name: "Euphoria",
  type: "programming",
  aceMode: "text",
  extensions: [".e", ".ex"],
  languageId: 880693982,
  tmScope: "source.euphoria",
  color: "#FF790B",
  interpreters: ["eui", "euiw"]
};

// node_modules/linguist-languages/data/F_2a_.js
var F_2a_default = {
  name: "F*",
  type: "programming",
  aceMode: "text",
  extensions: [".fst", ".fsti"],
  languageId: 336943375,
  tmScope: "source.fstar",
  aliases: ["fstar"],
  color: "#572e30"
};

// node_modules/linguist-languages/data/F_23_.js
var F_23_default = {
  name: "F#",
  type: "programming",
  aceMode: "fsharp",
  extensions: [".fs", ".fsi", ".fsx"],
  languageId: 105,
  tmScope: "source.fsharp",
  aliases: ["fsharp"],
  codemirrorMode: "mllike",
  codemirrorMimeType: "text/x-fsharp",
  color: "#b845fc"
};

// node_modules/linguist-languages/data/Factor.js
var Factor_default = {
  name: "Factor",
  type: "programming",
  aceMode: "text",
  extensions: [".factor"],
  filenames: [".factor-boot-rc", ".factor-rc"],
  languageId: 108,
  tmScope: "source.factor",
  codemirrorMode: "factor",
  codemirrorMimeType: "text/x-factor",
  color: "#636746"
};

// node_modules/linguist-languages/data/Fancy.js
var Fancy_default = {
  name: "Fancy",
  type: "programming",
  aceMode: "text",
  extensions: [".fy", ".fancypack"],
  filenames: ["Fakefile"],
  languageId: 109,
  tmScope: "source.fancy",
  color: "#7b9db4"
};

// node_modules/linguist-languages/data/Fantom.js
var Fantom_default = {
  name: "Fantom",
  type: "programming",
  aceMode: "text",
  extensions: [".fan"],
  languageId: 110,
  tmScope: "source.fan",
  color: "#14253c"
};

// node_modules/linguist-languages/data/Faust.js
var Faust_default = {
  name: "Faust",
  type: "programming",
  aceMode: "text",
  extensions: [".dsp"],
  languageId: 622529198,
  tmScope: "source.faust",
  color: "#c37240"
};

// node_modules/linguist-languages/data/Fennel.js
var Fennel_default = {
  name: "Fennel",
  type: "programming",
  aceMode: "text",
  extensions: [".fnl"],
  languageId: 239946126,
  tmScope: "source.fnl",
  color: "#fff3d7",
  interpreters: ["fennel"]
};

// node_modules/linguist-languages/data/FIGlet_20_Font.js
var FIGlet_20_Font_default = {
  name: "FIGlet Font",
  type: "data",
  aceMode: "text",
  extensions: [".flf"],
  languageId: 686129783,
  tmScope: "source.figfont",
  aliases: ["FIGfont"],
  color: "#FFDDBB"
};

// node_modules/linguist-languages/data/Filebench_20_WML.js
var Filebench_20_WML_default = {
  name: "Filebench WML",
  type: "programming",
  aceMode: "text",
  extensions: [".f"],
  languageId: 111,
  tmScope: "none",
  color: "#F6B900"
};

// node_modules/linguist-languages/data/Filterscript.js
var Filterscript_default = {
  name: "Filterscript",
  type: "programming",
  aceMode: "text",
  extensions: [".fs"],
  languageId: 112,
  tmScope: "none",
  group: "RenderScript"
};

// node_modules/linguist-languages/data/FIRRTL.js
var FIRRTL_default = {
  name: "FIRRTL",
  type: "programming",
  aceMode: "text",
  extensions: [".fir"],
  languageId: 906694254,
  tmScope: "source.firrtl",
  color: "#2f632f"
};

// node_modules/linguist-languages/data/fish.js
var fish_default = {
  name: "fish",
  type: "programming",
  aceMode: "text",
  extensions: [".fish"],
  languageId: 415,
  tmScope: "source.fish",
  color: "#4aae47",
  group: "Shell",
  interpreters: ["fish"]
};

// node_modules/linguist-languages/data/FlatBuffers.js
var FlatBuffers_default = {
  name: "FlatBuffers",
  type: "data",
  aceMode: "text",
  extensions: [".fbs"],
  languageId: 577640576,
  tmScope: "source.flatbuffers",
  color: "#ed284a"
};

// node_modules/linguist-languages/data/Flix.js
var Flix_default = {
  name: "Flix",
  type: "programming",
  aceMode: "flix",
  extensions: [".flix"],
  languageId: 800935960,
  tmScope: "source.flix",
  color: "#d44a45"
};

// node_modules/linguist-languages/data/Fluent.js
var Fluent_default = {
  name: "Fluent",
  type: "programming",
  aceMode: "text",
  extensions: [".ftl"],
  languageId: 206353404,
  tmScope: "source.ftl",
  color: "#ffcc33"
};

// node_modules/linguist-languages/data/FLUX.js
var FLUX_default = {
  name: "FLUX",
  type: "programming",
  aceMode: "text",
  extensions: [".fx", ".flux"],
  languageId: 106,
  tmScope: "none",
  color: "#88ccff"
};

// node_modules/linguist-languages/data/Formatted.js
var Formatted_default = {
  name: "Formatted",
  type: "data",
  aceMode: "text",
  extensions: [".for", ".eam.fs"],
  languageId: 113,
  tmScope: "none"
};

// node_modules/linguist-languages/data/Forth.js
var Forth_default = {
  name: "Forth",
  type: "programming",
  aceMode: "forth",
  extensions: [".fth", ".4th", ".f", ".for", ".forth", ".fr", ".frt", ".fs"],
  languageId: 114,
  tmScope: "source.forth",
  codemirrorMode: "forth",
  codemirrorMimeType: "text/x-forth",
  color: "#341708"
};

// node_modules/linguist-languages/data/Fortran.js
var Fortran_default = {
  name: "Fortran",
  type: "programming",
  aceMode: "fortran",
  extensions: [".f", ".f77", ".for", ".fpp"],
  languageId: 107,
  tmScope: "source.fortran",
  codemirrorMode: "fortran",
  codemirrorMimeType: "text/x-fortran",
  color: "#4d41b1",
  group: "Fortran"
};

// node_modules/linguist-languages/data/Fortran_20_Free_20_Form.js
var Fortran_20_Free_20_Form_default = {
  name: "Fortran Free Form",
  type: "programming",
  aceMode: "fortran",
  extensions: [".f90", ".f03", ".f08", ".f95"],
  languageId: 761352333,
  tmScope: "source.fortran.modern",
  codemirrorMode: "fortran",
  codemirrorMimeType: "text/x-fortran",
  color: "#4d41b1",
  group: "Fortran"
};

// node_modules/linguist-languages/data/FPP.js
var FPP_default = {
  name: "FPP",
  type: "programming",
  aceMode: "text",
  extensions: [".fpp", ".fppi"],
  languageId: 252360067,
  tmScope: "source.fpp",
  color: "#d37327"
};

// node_modules/linguist-languages/data/FreeBASIC.js
var FreeBASIC_default = {
  name: "FreeBASIC",
  type: "programming",
  aceMode: "text",
  extensions: [".bi", ".bas"],
  languageId: 472896659,
  tmScope: "source.vbnet",
  aliases: ["fb"],
  codemirrorMode: "vb",
  codemirrorMimeType: "text/x-vb",
  color: "#141AC9"
};

// node_modules/linguist-languages/data/FreeMarker.js
var FreeMarker_default = {
  name: "FreeMarker",
  type: "programming",
  aceMode: "ftl",
  extensions: [".ftl", ".ftlh"],
  languageId: 115,
  tmScope: "text.html.ftl",
  aliases: ["ftl"],
  color: "#0050b2"
};

// node_modules/linguist-languages/data/Frege.js
var Frege_default = {
  name: "Frege",
  type: "programming",
  aceMode: "haskell",
  extensions: [".fr"],
  languageId: 116,
  tmScope: "source.haskell",
  color: "#00cafe"
};

// node_modules/linguist-languages/data/Futhark.js
var Futhark_default = {
  name: "Futhark",
  type: "programming",
  aceMode: "text",
  extensions: [".fut"],
  languageId: 97358117,
  tmScope: "source.futhark",
  color: "#5f021f"
};

// node_modules/linguist-languages/data/G-code.js
var G_code_default = {
  name: "G-code",
  type: "programming",
  aceMode: "gcode",
  extensions: [".g", ".cnc", ".gco", ".gcode"],
  languageId: 117,
  tmScope: "source.gcode",
  color: "#D08CF2"
};

// node_modules/linguist-languages/data/Game_20_Maker_20_Language.js
var Game_20_Maker_20_Language_default = {
  name: "Game Maker Language",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".gml"],
  languageId: 125,
  tmScope: "source.c++",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src",
  color: "#71b417"
};

// node_modules/linguist-languages/data/GAML.js
var GAML_default = {
  name: "GAML",
  type: "programming",
  aceMode: "text",
  extensions: [".gaml"],
  languageId: 290345951,
  tmScope: "none",
  color: "#FFC766"
};

// node_modules/linguist-languages/data/GAMS.js
var GAMS_default = {
  name: "GAMS",
  type: "programming",
  aceMode: "text",
  extensions: [".gms"],
  languageId: 118,
  tmScope: "none",
  color: "#f49a22"
};

// node_modules/linguist-languages/data/GAP.js
var GAP_default = {
  name: "GAP",
  type: "programming",
  aceMode: "text",
  extensions: [".g", ".gap", ".gd", ".gi", ".tst"],
  languageId: 119,
  tmScope: "source.gap",
  color: "#0000cc"
};

// node_modules/linguist-languages/data/GCC_20_Machine_20_Description.js
var GCC_20_Machine_20_Description_default = {
  name: "GCC Machine Description",
  type: "programming",
  aceMode: "lisp",
  extensions: [".md"],
  languageId: 121,
  tmScope: "source.lisp",
  codemirrorMode: "commonlisp",
  codemirrorMimeType: "text/x-common-lisp",
  color: "#FFCFAB"
};

// node_modules/linguist-languages/data/GDB.js
var GDB_default = {
  name: "GDB",
  type: "programming",
  aceMode: "text",
  extensions: [".gdb", ".gdbinit"],
  languageId: 122,
  tmScope: "source.gdb"
};

// node_modules/linguist-languages/data/GDScript.js
var GDScript_default = {
  name: "GDScript",
  type: "programming",
  aceMode: "text",
  extensions: [".gd"],
  languageId: 123,
  tmScope: "source.gdscript",
  color: "#355570"
};

// node_modules/linguist-languages/data/GDShader.js
var GDShader_default = {
  name: "GDShader",
  type: "programming",
  aceMode: "glsl",
  extensions: [".gdshader", ".gdshaderinc"],
  languageId: 694638086,
  tmScope: "source.gdshader",
  color: "#478CBF"
};

// node_modules/linguist-languages/data/GEDCOM.js
var GEDCOM_default = {
  name: "GEDCOM",
  type: "data",
  aceMode: "text",
  extensions: [".ged"],
  languageId: 459577965,
  tmScope: "source.gedcom",
  color: "#003058"
};

// node_modules/linguist-languages/data/Gemfile.lock.js
var Gemfile_lock_default = {
  name: "Gemfile.lock",
  type: "data",
  aceMode: "text",
  filenames: ["Gemfile.lock"],
  languageId: 907065713,
  tmScope: "source.gemfile-lock",
  color: "#701516"
};

// node_modules/linguist-languages/data/Gemini.js
var Gemini_default = {
  name: "Gemini",
  type: "prose",
  aceMode: "text",
  extensions: [".gmi"],
  languageId: 310828396,
  tmScope: "source.gemini",
  aliases: ["gemtext"],
  color: "#ff6900",
  wrap: true
};

// node_modules/linguist-languages/data/Genero_20_4gl.js
var Genero_20_4gl_default = {
  name: "Genero 4gl",
  type: "programming",
  aceMode: "text",
  extensions: [".4gl"],
  languageId: 986054050,
  tmScope: "source.genero-4gl",
  color: "#63408e"
};

// node_modules/linguist-languages/data/Genero_20_per.js
var Genero_20_per_default = {
  name: "Genero per",
  type: "markup",
  aceMode: "text",
  extensions: [".per"],
  languageId: 902995658,
  tmScope: "source.genero-per",
  color: "#d8df39"
};

// node_modules/linguist-languages/data/Genie.js
var Genie_default = {
  name: "Genie",
  type: "programming",
  aceMode: "text",
  extensions: [".gs"],
  languageId: 792408528,
  tmScope: "none",
  color: "#fb855d"
};

// node_modules/linguist-languages/data/Genshi.js
var Genshi_default = {
  name: "Genshi",
  type: "programming",
  aceMode: "xml",
  extensions: [".kid"],
  languageId: 126,
  tmScope: "text.xml.genshi",
  aliases: ["xml+genshi", "xml+kid"],
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml",
  color: "#951531"
};

// node_modules/linguist-languages/data/Gentoo_20_Ebuild.js
var Gentoo_20_Ebuild_default = {
  name: "Gentoo Ebuild",
  type: "programming",
  aceMode: "sh",
  extensions: [".ebuild"],
  languageId: 127,
  tmScope: "source.shell",
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  color: "#9400ff",
  group: "Shell"
};

// node_modules/linguist-languages/data/Gentoo_20_Eclass.js
var Gentoo_20_Eclass_default = {
  name: "Gentoo Eclass",
  type: "programming",
  aceMode: "sh",
  extensions: [".eclass"],
  languageId: 128,
  tmScope: "source.shell",
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  color: "#9400ff",
  group: "Shell"
};

// node_modules/linguist-languages/data/Gerber_20_Image.js
var Gerber_20_Image_default = {
  name: "Gerber Image",
  type: "data",
  aceMode: "text",
  extensions: [
    ".gbr",
    ".cmp",
    ".gbl",
    ".gbo",
    ".gbp",
    ".gbs",
    ".gko",
    ".gml",
    ".gpb",
    ".gpt",
    ".gtl",
    ".gto",
    ".gtp",
    ".gts",
    ".ncl",
    ".sol"
  ],
  languageId: 404627610,
  tmScope: "source.gerber",
  aliases: ["rs-274x"],
  color: "#d20b00",
  interpreters: ["gerbv", "gerbview"]
};

// node_modules/linguist-languages/data/Gettext_20_Catalog.js
var Gettext_20_Catalog_default = {
  name: "Gettext Catalog",
  type: "prose",
  aceMode: "text",
  extensions: [".po", ".pot"],
  languageId: 129,
  tmScope: "source.po",
  aliases: ["pot"]
};

// node_modules/linguist-languages/data/Gherkin.js
var Gherkin_default = {
  name: "Gherkin",
  type: "programming",
  aceMode: "gherkin",
  extensions: [".feature", ".story"],
  languageId: 76,
  tmScope: "text.gherkin.feature",
  aliases: ["cucumber"],
  codemirrorMode: "gherkin",
  codemirrorMimeType: "text/x-feature",
  color: "#5B2063"
};

// node_modules/linguist-languages/data/Git_20_Attributes.js
var Git_20_Attributes_default = {
  name: "Git Attributes",
  type: "data",
  aceMode: "gitignore",
  filenames: [".gitattributes"],
  languageId: 956324166,
  tmScope: "source.gitattributes",
  aliases: ["gitattributes"],
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  color: "#F44D27"
};

// node_modules/linguist-languages/data/Git_20_Commit.js
var Git_20_Commit_default = {
  name: "Git Commit",
  type: "data",
  aceMode: "text",
  filenames: [".gitmessage", "COMMIT_EDITMSG"],
  languageId: 131750475,
  tmScope: "text.git-commit",
  aliases: ["commit"],
  color: "#F44D27",
  wrap: true
};

// node_modules/linguist-languages/data/Git_20_Config.js
var Git_20_Config_default = {
  name: "Git Config",
  type: "data",
  aceMode: "ini",
  extensions: [".gitconfig"],
  filenames: [".gitconfig", ".gitmodules", ".tgitconfig", "config.worktree"],
  languageId: 807968997,
  tmScope: "source.gitconfig",
  aliases: ["gitconfig", "gitmodules"],
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#F44D27",
  group: "INI"
};

// node_modules/linguist-languages/data/Git_20_Revision_20_List.js
var Git_20_Revision_20_List_default = {
  name: "Git Revision List",
  type: "data",
  aceMode: "text",
  filenames: [".git-blame-ignore-revs"],
  languageId: 461881235,
  tmScope: "source.git-revlist",
  aliases: ["Git Blame Ignore Revs"],
  color: "#F44D27"
};

// node_modules/linguist-languages/data/Gleam.js
var Gleam_default = {
  name: "Gleam",
  type: "programming",
  aceMode: "text",
  extensions: [".gleam"],
  languageId: 1054258749,
  tmScope: "source.gleam",
  color: "#ffaff3"
};

// node_modules/linguist-languages/data/Glimmer_20_JS.js
var Glimmer_20_JS_default = {
  name: "Glimmer JS",
  type: "programming",
  aceMode: "javascript",
  extensions: [".gjs"],
  languageId: 5523150,
  tmScope: "source.gjs",
  aliases: ["gjs"],
  color: "#F5835F",
  group: "JavaScript"
};

// node_modules/linguist-languages/data/Glimmer_20_TS.js
var Glimmer_20_TS_default = {
  name: "Glimmer TS",
  type: "programming",
  aceMode: "typescript",
  extensions: [".gts"],
  languageId: 95110458,
  tmScope: "source.gts",
  aliases: ["gts"],
  color: "#3178c6",
  group: "TypeScript"
};

// node_modules/linguist-languages/data/GLSL.js
var GLSL_default = {
  name: "GLSL",
  type: "programming",
  aceMode: "glsl",
  extensions: [
    ".glsl",
    ".fp",
    ".frag",
    ".frg",
    ".fs",
    ".fsh",
    ".fshader",
    ".geo",
    ".geom",
    ".glslf",
    ".glslv",
    ".gs",
    ".gshader",
    ".rchit",
    ".rmiss",
    ".shader",
    ".tesc",
    ".tese",
    ".vert",
    ".vrx",
    ".vs",
    ".vsh",
    ".vshader"
  ],
  languageId: 124,
  tmScope: "source.glsl",
  color: "#5686a5"
};

// node_modules/linguist-languages/data/Glyph.js
var Glyph_default = {
  name: "Glyph",
  type: "programming",
  aceMode: "tcl",
  extensions: [".glf"],
  languageId: 130,
  tmScope: "source.tcl",
  codemirrorMode: "tcl",
  codemirrorMimeType: "text/x-tcl",
  color: "#c1ac7f"
};

// node_modules/linguist-languages/data/Glyph_20_Bitmap_20_Distribution_20_Format.js
var Glyph_20_Bitmap_20_Distribution_20_Format_default = {
  name: "Glyph Bitmap Distribution Format",
  type: "data",
  aceMode: "text",
  extensions: [".bdf"],
  languageId: 997665271,
  tmScope: "source.bdf"
};

// node_modules/linguist-languages/data/GN.js
var GN_default = {
  name: "GN",
  type: "data",
  aceMode: "python",
  extensions: [".gn", ".gni"],
  filenames: [".gn"],
  languageId: 302957008,
  tmScope: "source.gn",
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python",
  interpreters: ["gn"]
};

// node_modules/linguist-languages/data/Gno.js
var Gno_default = {
  name: "Gno",
  type: "programming",
  aceMode: "golang",
  extensions: [".gno"],
  languageId: 279301301,
  tmScope: "source.gno",
  aliases: ["gnolang"],
  codemirrorMode: "go",
  codemirrorMimeType: "text/x-go",
  color: "#226c57"
};

// node_modules/linguist-languages/data/Gnuplot.js
var Gnuplot_default = {
  name: "Gnuplot",
  type: "programming",
  aceMode: "text",
  extensions: [".gp", ".gnu", ".gnuplot", ".p", ".plot", ".plt"],
  languageId: 131,
  tmScope: "source.gnuplot",
  color: "#f0a9f0",
  interpreters: ["gnuplot"]
};

// node_modules/linguist-languages/data/Go.js
var Go_default = {
  name: "Go",
  type: "programming",
  aceMode: "golang",
  extensions: [".go"],
  languageId: 132,
  tmScope: "source.go",
  aliases: ["golang"],
  codemirrorMode: "go",
  codemirrorMimeType: "text/x-go",
  color: "#00ADD8"
};

// node_modules/linguist-languages/data/Go_20_Checksums.js
var Go_20_Checksums_default = {
  name: "Go Checksums",
  type: "data",
  aceMode: "text",
  filenames: ["go.sum", "go.work.sum"],
  languageId: 1054391671,
  tmScope: "go.sum",
  aliases: ["go.sum", "go sum", "go.work.sum", "go work sum"],
  color: "#00ADD8"
};

// node_modules/linguist-languages/data/Go_20_Module.js
var Go_20_Module_default = {
  name: "Go Module",
  type: "data",
  aceMode: "text",
  filenames: ["go.mod"],
  languageId: 947461016,
  tmScope: "go.mod",
  aliases: ["go.mod", "go mod"],
  color: "#00ADD8"
};

// node_modules/linguist-languages/data/Go_20_Template.js
var Go_20_Template_default = {
  name: "Go Template",
  type: "markup",
  aceMode: "text",
  extensions: [".gohtml", ".gotmpl", ".html.tmpl", ".tmpl", ".tpl"],
  filenames: ["_helpers.tpl"],
  languageId: 247918769,
  tmScope: "source.go-template",
  aliases: ["gotmpl"],
  color: "#00ADD8"
};

// node_modules/linguist-languages/data/Go_20_Workspace.js
var Go_20_Workspace_default = {
  name: "Go Workspace",
  type: "data",
  aceMode: "text",
  filenames: ["go.work"],
  languageId: 934546256,
  tmScope: "go.mod",
  aliases: ["go.work", "go work"],
  color: "#00ADD8"
};

// node_modules/linguist-languages/data/Godot_20_Resource.js
var Godot_20_Resource_default = {
  name: "Godot Resource",
  type: "data",
  aceMode: "text",
  extensions: [".gdnlib", ".gdns", ".tres", ".tscn"],
  filenames: ["project.godot"],
  languageId: 738107771,
  tmScope: "source.gdresource",
  color: "#355570"
};

// node_modules/linguist-languages/data/Golo.js
var Golo_default = {
  name: "Golo",
  type: "programming",
  aceMode: "text",
  extensions: [".golo"],
  languageId: 133,
  tmScope: "source.golo",
  color: "#88562A"
};

// node_modules/linguist-languages/data/Gosu.js
var Gosu_default = {
  name: "Gosu",
  type: "programming",
  aceMode: "text",
  extensions: [".gs", ".gst", ".gsx", ".vark"],
  languageId: 134,
  tmScope: "source.gosu.2",
  color: "#82937f"
};

// node_modules/linguist-languages/data/Grace.js
var Grace_default = {
  name: "Grace",
  type: "programming",
  aceMode: "text",
  extensions: [".grace"],
  languageId: 135,
  tmScope: "source.grace",
  color: "#615f8b"
};

// node_modules/linguist-languages/data/Gradle.js
var Gradle_default = {
  name: "Gradle",
  type: "data",
  aceMode: "text",
  extensions: [".gradle"],
  languageId: 136,
  tmScope: "source.groovy.gradle",
  color: "#02303a"
};

// node_modules/linguist-languages/data/Gradle_20_Kotlin_20_DSL.js
var Gradle_20_Kotlin_20_DSL_default = {
  name: "Gradle Kotlin DSL",
  type: "data",
  aceMode: "text",
  extensions: [".gradle.kts"],
  languageId: 432600901,
  tmScope: "source.kotlin",
  color: "#02303a",
  group: "Gradle"
};

// node_modules/linguist-languages/data/Grammatical_20_Framework.js
var Grammatical_20_Framework_default = {
  name: "Grammatical Framework",
  type: "programming",
  aceMode: "haskell",
  extensions: [".gf"],
  languageId: 137,
  tmScope: "source.gf",
  aliases: ["gf"],
  codemirrorMode: "haskell",
  codemirrorMimeType: "text/x-haskell",
  color: "#ff0000"
};

// node_modules/linguist-languages/data/Graph_20_Modeling_20_Language.js
var Graph_20_Modeling_20_Language_default = {
  name: "Graph Modeling Language",
  type: "data",
  aceMode: "text",
  extensions: [".gml"],
  languageId: 138,
  tmScope: "none"
};

// node_modules/linguist-languages/data/GraphQL.js
var GraphQL_default = {
  name: "GraphQL",
  type: "data",
  aceMode: "graphqlschema",
  extensions: [".graphql", ".gql", ".graphqls"],
  languageId: 139,
  tmScope: "source.graphql",
  color: "#e10098"
};

// node_modules/linguist-languages/data/Graphviz_20__28_DOT_29_.js
var Graphviz_20_28_DOT_29_default = {
  name: "Graphviz (DOT)",
  type: "data",
  aceMode: "dot",
  extensions: [".dot", ".gv"],
  languageId: 140,
  tmScope: "source.dot",
  color: "#2596be"
};

// node_modules/linguist-languages/data/Groovy.js
var Groovy_default = {
  name: "Groovy",
  type: "programming",
  aceMode: "groovy",
  extensions: [".groovy", ".grt", ".gtpl", ".gvy"],
  filenames: ["Jenkinsfile"],
  languageId: 142,
  tmScope: "source.groovy",
  codemirrorMode: "groovy",
  codemirrorMimeType: "text/x-groovy",
  color: "#4298b8",
  interpreters: ["groovy"]
};

// node_modules/linguist-languages/data/Groovy_20_Server_20_Pages.js
var Groovy_20_Server_20_Pages_default = {
  name: "Groovy Server Pages",
  type: "programming",
  aceMode: "jsp",
  extensions: [".gsp"],
  languageId: 143,
  tmScope: "text.html.jsp",
  aliases: ["gsp", "java server page"],
  codemirrorMode: "htmlembedded",
  codemirrorMimeType: "application/x-jsp",
  color: "#4298b8",
  group: "Groovy"
};

// node_modules/linguist-languages/data/GSC.js
var GSC_default = {
  name: "GSC",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".gsc", ".csc", ".gsh"],
  languageId: 257856279,
  tmScope: "source.gsc",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#FF6800"
};

// node_modules/linguist-languages/data/GtkRC.js
var GtkRC_default = {
  name: "GtkRC",
  type: "data",
  aceMode: "ruby",
  extensions: [".gtkrc"],
  filenames: ["gtkrc", "gtkrc-2.0"],
  languageId: 876401352,
  tmScope: "source.gtkrc",
  aliases: ["gtk", "gtk 1", "gtk 2"],
  codemirrorMode: "ruby",
  codemirrorMimeType: "text/x-ruby",
  color: "#7fe719"
};

// node_modules/linguist-languages/data/Hack.js
var Hack_default = {
  name: "Hack",
  type: "programming",
  aceMode: "php",
  extensions: [".hack", ".hh", ".hhi", ".php"],
  languageId: 153,
  tmScope: "source.hack",
  codemirrorMode: "php",
  codemirrorMimeType: "application/x-httpd-php",
  color: "#878787"
};

// node_modules/linguist-languages/data/Haml.js
var Haml_default = {
  name: "Haml",
  type: "markup",
  aceMode: "haml",
  extensions: [".haml", ".haml.deface"],
  languageId: 154,
  tmScope: "text.haml",
  codemirrorMode: "haml",
  codemirrorMimeType: "text/x-haml",
  color: "#ece2a9"
};

// node_modules/linguist-languages/data/Handlebars.js
var Handlebars_default = {
  name: "Handlebars",
  type: "markup",
  aceMode: "handlebars",
  extensions: [".handlebars", ".hbs"],
  languageId: 155,
  tmScope: "text.html.handlebars",
  aliases: ["hbs", "htmlbars"],
  color: "#f7931e"
};

// node_modules/linguist-languages/data/HAProxy.js
var HAProxy_default = {
  name: "HAProxy",
  type: "data",
  aceMode: "text",
  extensions: [".cfg"],
  filenames: ["haproxy.cfg"],
  languageId: 366607477,
  tmScope: "source.haproxy-config",
  color: "#106da9"
};

// node_modules/linguist-languages/data/Harbour.js
var Harbour_default = {
  name: "Harbour",
  type: "programming",
  aceMode: "text",
  extensions: [".hb"],
  languageId: 156,
  tmScope: "source.harbour",
  color: "#0e60e3"
};

// node_modules/linguist-languages/data/Hare.js
var Hare_default = {
  name: "Hare",
  type: "programming",
  aceMode: "text",
  extensions: [".ha"],
  languageId: 463518941,
  tmScope: "none",
  color: "#9d7424"
};

// node_modules/linguist-languages/data/Haskell.js
var Haskell_default = {
  name: "Haskell",
  type: "programming",
  aceMode: "haskell",
  extensions: [".hs", ".hs-boot", ".hsc"],
  languageId: 157,
  tmScope: "source.haskell",
  codemirrorMode: "haskell",
  codemirrorMimeType: "text/x-haskell",
  color: "#5e5086",
  interpreters: ["runghc", "runhaskell", "runhugs"]
};

// node_modules/linguist-languages/data/Haxe.js
var Haxe_default = {
  name: "Haxe",
  type: "programming",
  aceMode: "haxe",
  extensions: [".hx", ".hxsl"],
  languageId: 158,
  tmScope: "source.hx",
  codemirrorMode: "haxe",
  codemirrorMimeType: "text/x-haxe",
  color: "#df7900"
};

// node_modules/linguist-languages/data/HCL.js
var HCL_default = {
  name: "HCL",
  type: "programming",
  aceMode: "terraform",
  extensions: [".hcl", ".nomad", ".tf", ".tfvars", ".tofu", ".workflow"],
  languageId: 144,
  tmScope: "source.hcl",
  aliases: ["HashiCorp Configuration Language", "opentofu", "terraform"],
  codemirrorMode: "ruby",
  codemirrorMimeType: "text/x-ruby",
  color: "#844FBA"
};

// node_modules/linguist-languages/data/HIP.js
var HIP_default = {
  name: "HIP",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".hip"],
  languageId: 674379998,
  tmScope: "source.c++",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src",
  color: "#4F3A4F"
};

// node_modules/linguist-languages/data/HiveQL.js
var HiveQL_default = {
  name: "HiveQL",
  type: "programming",
  aceMode: "sql",
  extensions: [".q", ".hql"],
  languageId: 931814087,
  tmScope: "source.hql",
  color: "#dce200"
};

// node_modules/linguist-languages/data/HLSL.js
var HLSL_default = {
  name: "HLSL",
  type: "programming",
  aceMode: "text",
  extensions: [".hlsl", ".cginc", ".fx", ".fxh", ".hlsli"],
  languageId: 145,
  tmScope: "source.hlsl",
  color: "#aace60"
};

// node_modules/linguist-languages/data/HOCON.js
var HOCON_default = {
  name: "HOCON",
  type: "data",
  aceMode: "text",
  extensions: [".hocon"],
  filenames: [".scalafix.conf", ".scalafmt.conf"],
  languageId: 679725279,
  tmScope: "source.hocon",
  color: "#9ff8ee"
};

// node_modules/linguist-languages/data/HolyC.js
var HolyC_default = {
  name: "HolyC",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".hc"],
  languageId: 928121743,
  tmScope: "source.hc",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#ffefaf"
};

// node_modules/linguist-languages/data/hoon.js
var hoon_default = {
  name: "hoon",
  type: "programming",
  aceMode: "text",
  extensions: [".hoon"],
  languageId: 560883276,
  tmScope: "source.hoon",
  color: "#00b171"
};

// node_modules/linguist-languages/data/Hosts_20_File.js
var Hosts_20_File_default = {
  name: "Hosts File",
  type: "data",
  aceMode: "text",
  filenames: ["HOSTS", "hosts", "hosts.txt"],
  languageId: 231021894,
  tmScope: "source.hosts",
  aliases: ["hosts"],
  color: "#308888"
};

// node_modules/linguist-languages/data/HTML.js
var HTML_default = {
  name: "HTML",
  type: "markup",
  aceMode: "html",
  extensions: [".html", ".hta", ".htm", ".html.hl", ".inc", ".xht", ".xhtml"],
  languageId: 146,
  tmScope: "text.html.basic",
  aliases: ["xhtml"],
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#e34c26"
};

// node_modules/linguist-languages/data/HTML_2b_ECR.js
var HTML_2b_ECR_default = {
  name: "HTML+ECR",
  type: "markup",
  aceMode: "html_ruby",
  extensions: [".ecr"],
  languageId: 148,
  tmScope: "text.html.ecr",
  aliases: ["ecr"],
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#2e1052",
  group: "HTML"
};

// node_modules/linguist-languages/data/HTML_2b_EEX.js
var HTML_2b_EEX_default = {
  name: "HTML+EEX",
  type: "markup",
  aceMode: "html_elixir",
  extensions: [".html.eex", ".heex", ".leex"],
  languageId: 149,
  tmScope: "text.html.elixir",
  aliases: ["eex", "heex", "leex"],
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#6e4a7e",
  group: "HTML"
};

// node_modules/linguist-languages/data/HTML_2b_ERB.js
var HTML_2b_ERB_default = {
  name: "HTML+ERB",
  type: "markup",
  aceMode: "html_ruby",
  extensions: [".erb", ".erb.deface", ".rhtml"],
  languageId: 150,
  tmScope: "text.html.erb",
  aliases: ["erb", "rhtml", "html+ruby"],
  codemirrorMode: "htmlembedded",
  codemirrorMimeType: "application/x-erb",
  color: "#701516",
  group: "HTML"
};

// node_modules/linguist-languages/data/HTML_2b_PHP.js
var HTML_2b_PHP_default = {
  name: "HTML+PHP",
  type: "markup",
  aceMode: "php",
  extensions: [".phtml"],
  languageId: 151,
  tmScope: "text.html.php",
  codemirrorMode: "php",
  codemirrorMimeType: "application/x-httpd-php",
  color: "#4f5d95",
  group: "HTML"
};

// node_modules/linguist-languages/data/HTML_2b_Razor.js
var HTML_2b_Razor_default = {
  name: "HTML+Razor",
  type: "markup",
  aceMode: "razor",
  extensions: [".cshtml", ".razor"],
  languageId: 479039817,
  tmScope: "text.html.cshtml",
  aliases: ["razor"],
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#512be4",
  group: "HTML"
};

// node_modules/linguist-languages/data/HTTP.js
var HTTP_default = {
  name: "HTTP",
  type: "data",
  aceMode: "text",
  extensions: [".http"],
  languageId: 152,
  tmScope: "source.httpspec",
  codemirrorMode: "http",
  codemirrorMimeType: "message/http",
  color: "#005C9C"
};

// node_modules/linguist-languages/data/Hurl.js
var Hurl_default = {
  name: "Hurl",
  type: "programming",
  aceMode: "text",
  extensions: [".hurl"],
  languageId: 959040217,
  tmScope: "source.hurl",
  color: "#FF0288"
};

// node_modules/linguist-languages/data/HXML.js
var HXML_default = {
  name: "HXML",
  type: "data",
  aceMode: "text",
  extensions: [".hxml"],
  languageId: 786683730,
  tmScope: "source.hxml",
  codemirrorMode: "haxe",
  codemirrorMimeType: "text/x-hxml",
  color: "#f68712"
};

// node_modules/linguist-languages/data/Hy.js
var Hy_default = {
  name: "Hy",
  type: "programming",
  aceMode: "text",
  extensions: [".hy"],
  languageId: 159,
  tmScope: "source.hy",
  aliases: ["hylang"],
  color: "#7790B2",
  interpreters: ["hy"]
};

// node_modules/linguist-languages/data/HyPhy.js
var HyPhy_default = {
  name: "HyPhy",
  type: "programming",
  aceMode: "text",
  extensions: [".bf"],
  languageId: 160,
  tmScope: "none"
};

// node_modules/linguist-languages/data/iCalendar.js
var iCalendar_default = {
  name: "iCalendar",
  type: "data",
  aceMode: "properties",
  extensions: [".ics", ".ical"],
  languageId: 98384424,
  tmScope: "source.iCalendar",
  aliases: ["iCal"],
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#ec564c"
};

// node_modules/linguist-languages/data/IDL.js
var IDL_default = {
  name: "IDL",
  type: "programming",
  aceMode: "text",
  extensions: [".pro", ".dlm"],
  languageId: 161,
  tmScope: "source.idl",
  codemirrorMode: "idl",
  codemirrorMimeType: "text/x-idl",
  color: "#a3522f"
};

// node_modules/linguist-languages/data/Idris.js
var Idris_default = {
  name: "Idris",
  type: "programming",
  aceMode: "text",
  extensions: [".idr", ".lidr"],
  languageId: 165,
  tmScope: "source.idris",
  color: "#b30000"
};

// node_modules/linguist-languages/data/Ignore_20_List.js
var Ignore_20_List_default = {
  name: "Ignore List",
  type: "data",
  aceMode: "gitignore",
  extensions: [".gitignore"],
  filenames: [
    ".agignore",
    ".atomignore",
    ".babelignore",
    ".bzrignore",
    ".ckignore",
    ".coffeelintignore",
    ".cvsignore",
    ".dockerignore",
    ".easignore",
    ".eleventyignore",
    ".eslint-ignore",
    ".eslintignore",
    ".gitignore",
    ".ignore",
    ".markdownlintignore",
    ".nodemonignore",
    ".npmignore",
    ".prettierignore",
    ".rgignore",
    ".stylelintignore",
    ".vercelignore",
    ".vscodeignore",
    "gitignore-global",
    "gitignore_global"
  ],
  languageId: 74444240,
  tmScope: "source.gitignore",
  aliases: ["ignore", "gitignore", "git-ignore"],
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  color: "#000000"
};

// node_modules/linguist-languages/data/IGOR_20_Pro.js
var IGOR_20_Pro_default = {
  name: "IGOR Pro",
  type: "programming",
  aceMode: "text",
  extensions: [".ipf"],
  languageId: 162,
  tmScope: "source.igor",
  aliases: ["igor", "igorpro"],
  color: "#0000cc"
};

// node_modules/linguist-languages/data/IL_20_Assembly.js
var IL_20_Assembly_default = {
  name: "IL Assembly",
  type: "programming",
  aceMode: "text",
  extensions: [".il"],
  languageId: 592065806,
  tmScope: "source.il",
  aliases: ["ilasm", "msil"],
  color: "#512BD4"
};

// node_modules/linguist-languages/data/ImageJ_20_Macro.js
var ImageJ_20_Macro_default = {
  name: "ImageJ Macro",
  type: "programming",
  aceMode: "text",
  extensions: [".ijm"],
  languageId: 575143428,
  tmScope: "none",
  aliases: ["ijm"],
  color: "#99AAFF"
};

// node_modules/linguist-languages/data/Imba.js
var Imba_default = {
  name: "Imba",
  type: "programming",
  aceMode: "text",
  extensions: [".imba"],
  languageId: 1057618448,
  tmScope: "source.imba",
  color: "#16cec6"
};

// node_modules/linguist-languages/data/ImHex_20_Pattern_20_Language.js
var ImHex_20_Pattern_20_Language_default = {
  name: "ImHex Pattern Language",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".hexpat"],
  languageId: 805861688,
  tmScope: "source.pl",
  aliases: ["ImHex", "ImHexPatternLanguage", "imhexpl"],
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#3a6be0"
};

// node_modules/linguist-languages/data/Inform_20_7.js
var Inform_20_7_default = {
  name: "Inform 7",
  type: "programming",
  aceMode: "text",
  extensions: [".ni", ".i7x"],
  languageId: 166,
  tmScope: "source.inform7",
  aliases: ["i7", "inform7"],
  wrap: true
};

// node_modules/linguist-languages/data/INI.js
var INI_default = {
  name: "INI",
  type: "data",
  aceMode: "ini",
  extensions: [
    ".ini",
    ".cfg",
    ".cnf",
    ".container",
    ".dof",
    ".frm",
    ".lektorproject",
    ".mount",
    ".network",
    ".prefs",
    ".pro",
    ".properties",
    ".service",
    ".socket",
    ".target",
    ".timer",
    ".url"
  ],
  filenames: [
    ".buckconfig",
    ".coveragerc",
    ".flake8",
    ".gitreview",
    ".pylintrc",
    "HOSTS",
    "buildozer.spec",
    "hosts",
    "pylintrc",
    "vlcrc"
  ],
  languageId: 163,
  tmScope: "source.ini",
  aliases: ["conf", "dosini"],
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#d1dbe0"
};

// node_modules/linguist-languages/data/Ink.js
var Ink_default = {
  name: "Ink",
  type: "programming",
  aceMode: "text",
  extensions: [".ink"],
  languageId: 838252715,
  tmScope: "source.ink",
  wrap: true
};

// node_modules/linguist-languages/data/Inno_20_Setup.js
var Inno_20_Setup_default = {
  name: "Inno Setup",
  type: "programming",
  aceMode: "text",
  extensions: [".iss", ".isl"],
  languageId: 167,
  tmScope: "source.inno",
  color: "#264b99"
};

// node_modules/linguist-languages/data/Io.js
var Io_default = {
  name: "Io",
  type: "programming",
  aceMode: "io",
  extensions: [".io"],
  languageId: 168,
  tmScope: "source.io",
  color: "#a9188d",
  interpreters: ["io"]
};

// node_modules/linguist-languages/data/Ioke.js
var Ioke_default = {
  name: "Ioke",
  type: "programming",
  aceMode: "text",
  extensions: [".ik"],
  languageId: 169,
  tmScope: "source.ioke",
  color: "#078193",
  interpreters: ["ioke"]
};

// node_modules/linguist-languages/data/IRC_20_log.js
var IRC_20_log_default = {
  name: "IRC log",
  type: "data",
  aceMode: "text",
  extensions: [".irclog", ".weechatlog"],
  languageId: 164,
  tmScope: "none",
  aliases: ["irc", "irc logs"],
  codemirrorMode: "mirc",
  codemirrorMimeType: "text/mirc"
};

// node_modules/linguist-languages/data/Isabelle.js
var Isabelle_default = {
  name: "Isabelle",
  type: "programming",
  aceMode: "text",
  extensions: [".thy"],
  languageId: 170,
  tmScope: "source.isabelle.theory",
  color: "#FEFE00"
};

// node_modules/linguist-languages/data/Isabelle_20_ROOT.js
var Isabelle_20_ROOT_default = {
  name: "Isabelle ROOT",
  type: "programming",
  aceMode: "text",
  filenames: ["ROOT"],
  languageId: 171,
  tmScope: "source.isabelle.root",
  color: "#FEFE00",
  group: "Isabelle"
};

// node_modules/linguist-languages/data/ISPC.js
var ISPC_default = {
  name: "ISPC",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".ispc"],
  languageId: 327071,
  tmScope: "source.ispc",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#2D68B1"
};

// node_modules/linguist-languages/data/J.js
var J_default = {
  name: "J",
  type: "programming",
  aceMode: "text",
  extensions: [".ijs"],
  languageId: 172,
  tmScope: "source.j",
  color: "#9EEDFF",
  interpreters: ["jconsole"]
};

// node_modules/linguist-languages/data/Jac.js
var Jac_default = {
  name: "Jac",
  type: "programming",
  aceMode: "text",
  extensions: [".jac"],
  languageId: 235277043,
  tmScope: "source.jac",
  color: "#FC792D"
};

// node_modules/linguist-languages/data/Jai.js
var Jai_default = {
  name: "Jai",
  type: "programming",
  aceMode: "text",
  extensions: [".jai"],
  languageId: 70127133,
  tmScope: "source.jai",
  color: "#ab8b4b"
};

// node_modules/linguist-languages/data/Janet.js
var Janet_default = {
  name: "Janet",
  type: "programming",
  aceMode: "scheme",
  extensions: [".janet"],
  languageId: 1028705371,
  tmScope: "source.janet",
  codemirrorMode: "scheme",
  codemirrorMimeType: "text/x-scheme",
  color: "#0886a5",
  interpreters: ["janet"]
};

// node_modules/linguist-languages/data/JAR_20_Manifest.js
var JAR_20_Manifest_default = {
  name: "JAR Manifest",
  type: "data",
  aceMode: "text",
  filenames: ["MANIFEST.MF"],
  languageId: 447261135,
  tmScope: "source.yaml",
  color: "#b07219"
};

// node_modules/linguist-languages/data/Jasmin.js
var Jasmin_default = {
  name: "Jasmin",
  type: "programming",
  aceMode: "java",
  extensions: [".j"],
  languageId: 180,
  tmScope: "source.jasmin",
  color: "#d03600"
};

// node_modules/linguist-languages/data/JASS.js
var JASS_default = {
  name: "JASS",
  type: "programming",
  aceMode: "text",
  extensions: [".j"],
  languageId: 504860504,
  tmScope: "source.jass",
  aliases: ["jass2"],
  color: "#FF0303"
};

// node_modules/linguist-languages/data/Java.js
var Java_default = {
  name: "Java",
  type: "programming",
  aceMode: "java",
  extensions: [".java", ".jav", ".jsh"],
  languageId: 181,
  tmScope: "source.java",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-java",
  color: "#b07219"
};

// node_modules/linguist-languages/data/Java_20_Properties.js
var Java_20_Properties_default = {
  name: "Java Properties",
  type: "data",
  aceMode: "properties",
  extensions: [".properties"],
  languageId: 519377561,
  tmScope: "source.java-properties",
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#2A6277"
};

// node_modules/linguist-languages/data/Java_20_Server_20_Pages.js
var Java_20_Server_20_Pages_default = {
  name: "Java Server Pages",
  type: "programming",
  aceMode: "jsp",
  extensions: [".jsp", ".tag"],
  languageId: 182,
  tmScope: "text.html.jsp",
  aliases: ["jsp"],
  codemirrorMode: "htmlembedded",
  codemirrorMimeType: "application/x-jsp",
  color: "#2A6277",
  group: "Java"
};

// node_modules/linguist-languages/data/Java_20_Template_20_Engine.js
var Java_20_Template_20_Engine_default = {
  name: "Java Template Engine",
  type: "programming",
  aceMode: "text",
  extensions: [".jte"],
  languageId: 599494012,
  tmScope: "text.html.jte",
  aliases: ["jte"],
  color: "#2A6277",
  group: "Java"
};

// node_modules/linguist-languages/data/JavaScript.js
var JavaScript_default = {
  name: "JavaScript",
  type: "programming",
  aceMode: "javascript",
  extensions: [
    ".js",
    "._js",
    ".bones",
    ".cjs",
    ".es",
    ".es6",
    ".frag",
    ".gs",
    ".jake",
    ".javascript",
    ".jsb",
    ".jscad",
    ".jsfl",
    ".jslib",
    ".jsm",
    ".jspre",
    ".jss",
    ".jsx",
    ".mjs",
    ".njs",
    ".pac",
    ".sjs",
    ".ssjs",
    ".xsjs",
    ".xsjslib"
  ],
  filenames: ["Jakefile"],
  languageId: 183,
  tmScope: "source.js",
  aliases: ["js", "node"],
  codemirrorMode: "javascript",
  codemirrorMimeType: "text/javascript",
  color: "#f1e05a",
  interpreters: [
    "bun",
    "chakra",
    "d8",
    "deno",
    "gjs",
    "js",
    "node",
    "nodejs",
    "qjs",
    "rhino",
    "v8",
    "v8-shell"
  ]
};

// node_modules/linguist-languages/data/JavaScript_2b_ERB.js
var JavaScript_2b_ERB_default = {
  name: "JavaScript+ERB",
  type: "programming",
  aceMode: "javascript",
  extensions: [".js.erb"],
  languageId: 914318960,
  tmScope: "source.js",
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/javascript",
  color: "#f1e05a",
  group: "JavaScript"
};

// node_modules/linguist-languages/data/JCL.js
var JCL_default = {
  name: "JCL",
  type: "programming",
  aceMode: "text",
  extensions: [".jcl"],
  languageId: 316620079,
  tmScope: "source.jcl",
  color: "#d90e09"
};

// node_modules/linguist-languages/data/Jest_20_Snapshot.js
var Jest_20_Snapshot_default = {
  name: "Jest Snapshot",
  type: "data",
  aceMode: "javascript",
  extensions: [".snap"],
  languageId: 774635084,
  tmScope: "source.jest.snap",
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/javascript",
  color: "#15c213"
};

// node_modules/linguist-languages/data/JetBrains_20_MPS.js
var JetBrains_20_MPS_default = {
  name: "JetBrains MPS",
  type: "programming",
  aceMode: "xml",
  extensions: [".mps", ".mpl", ".msd"],
  languageId: 465165328,
  tmScope: "none",
  aliases: ["mps"],
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml",
  color: "#21D789"
};

// node_modules/linguist-languages/data/JFlex.js
var JFlex_default = {
  name: "JFlex",
  type: "programming",
  aceMode: "text",
  extensions: [".flex", ".jflex"],
  languageId: 173,
  tmScope: "source.jflex",
  color: "#DBCA00",
  group: "Lex"
};

// node_modules/linguist-languages/data/Jinja.js
var Jinja_default = {
  name: "Jinja",
  type: "markup",
  aceMode: "django",
  extensions: [".jinja", ".j2", ".jinja2"],
  languageId: 147,
  tmScope: "text.html.django",
  aliases: ["django", "html+django", "html+jinja", "htmldjango"],
  codemirrorMode: "jinja2",
  codemirrorMimeType: "text/jinja2",
  color: "#a52a22"
};

// node_modules/linguist-languages/data/Jison.js
var Jison_default = {
  name: "Jison",
  type: "programming",
  aceMode: "text",
  extensions: [".jison"],
  languageId: 284531423,
  tmScope: "source.jison",
  color: "#56b3cb",
  group: "Yacc"
};

// node_modules/linguist-languages/data/Jison_20_Lex.js
var Jison_20_Lex_default = {
  name: "Jison Lex",
  type: "programming",
  aceMode: "text",
  extensions: [".jisonlex"],
  languageId: 406395330,
  tmScope: "source.jisonlex",
  color: "#56b3cb",
  group: "Lex"
};

// node_modules/linguist-languages/data/Jolie.js
var Jolie_default = {
  name: "Jolie",
  type: "programming",
  aceMode: "text",
  extensions: [".ol", ".iol"],
  languageId: 998078858,
  tmScope: "source.jolie",
  color: "#843179",
  interpreters: ["jolie"]
};

// node_modules/linguist-languages/data/jq.js
var jq_default = {
  name: "jq",
  type: "programming",
  aceMode: "text",
  extensions: [".jq"],
  languageId: 905371884,
  tmScope: "source.jq",
  color: "#c7254e",
  interpreters: ["gojq", "jaq", "jq", "jqjq", "jqq", "query-json"]
};

// node_modules/linguist-languages/data/JSON.js
var JSON_default = {
  name: "JSON",
  type: "data",
  aceMode: "json",
  extensions: [
    ".json",
    ".4DForm",
    ".4DProject",
    ".avsc",
    ".geojson",
    ".gltf",
    ".har",
    ".ice",
    ".JSON-tmLanguage",
    ".json.example",
    ".jsonl",
    ".mcmeta",
    ".sarif",
    ".slnlaunch",
    ".tact",
    ".tfstate",
    ".tfstate.backup",
    ".topojson",
    ".webapp",
    ".webmanifest",
    ".yy",
    ".yyp"
  ],
  filenames: [
    ".all-contributorsrc",
    ".arcconfig",
    ".auto-changelog",
    ".c8rc",
    ".htmlhintrc",
    ".imgbotconfig",
    ".nycrc",
    ".releaserc",
    ".secrets.baseline",
    ".tern-config",
    ".tern-project",
    ".watchmanconfig",
    "MODULE.bazel.lock",
    "Package.resolved",
    "Pipfile.lock",
    "bun.lock",
    "composer.lock",
    "deno.lock",
    "flake.lock",
    "mcmod.info"
  ],
  languageId: 174,
  tmScope: "source.json",
  aliases: ["geojson", "jsonl", "sarif", "topojson"],
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/json",
  color: "#292929"
};

// node_modules/linguist-languages/data/JSON_20_with_20_Comments.js
var JSON_20_with_20_Comments_default = {
  name: "JSON with Comments",
  type: "data",
  aceMode: "javascript",
  extensions: [
    ".jsonc",
    ".code-snippets",
    ".code-workspace",
    ".hujson",
    ".sublime-build",
    ".sublime-color-scheme",
    ".sublime-commands",
    ".sublime-completions",
    ".sublime-keymap",
    ".sublime-macro",
    ".sublime-menu",
    ".sublime-mousemap",
    ".sublime-project",
    ".sublime-settings",
    ".sublime-theme",
    ".sublime-workspace",
    ".sublime_metrics",
    ".sublime_session",
    ".tsconfig.json"
  ],
  filenames: [
    ".babelrc",
    ".devcontainer.json",
    ".eslintrc",
    ".eslintrc.json",
    ".jscsrc",
    ".jshintrc",
    ".jslintrc",
    ".oxlintrc.json",
    ".swcrc",
    "api-extractor.json",
    "devcontainer.json",
    "jsconfig.json",
    "language-configuration.json",
    "tsconfig.json",
    "tslint.json"
  ],
  languageId: 423,
  tmScope: "source.json.comments",
  aliases: ["jsonc"],
  codemirrorMode: "javascript",
  codemirrorMimeType: "text/javascript",
  color: "#292929",
  group: "JSON"
};

// node_modules/linguist-languages/data/JSON5.js
var JSON5_default = {
  name: "JSON5",
  type: "data",
  aceMode: "json5",
  extensions: [".json5"],
  languageId: 175,
  tmScope: "source.js",
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/json",
  color: "#267CB9"
};

// node_modules/linguist-languages/data/JSONiq.js
var JSONiq_default = {
  name: "JSONiq",
  type: "programming",
  aceMode: "jsoniq",
  extensions: [".jq"],
  languageId: 177,
  tmScope: "source.jsoniq",
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/json",
  color: "#40d47e"
};

// node_modules/linguist-languages/data/JSONLD.js
var JSONLD_default = {
  name: "JSONLD",
  type: "data",
  aceMode: "javascript",
  extensions: [".jsonld"],
  languageId: 176,
  tmScope: "source.js",
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/ld+json",
  color: "#0c479c"
};

// node_modules/linguist-languages/data/Jsonnet.js
var Jsonnet_default = {
  name: "Jsonnet",
  type: "programming",
  aceMode: "text",
  extensions: [".jsonnet", ".libsonnet"],
  languageId: 664885656,
  tmScope: "source.jsonnet",
  color: "#0064bd"
};

// node_modules/linguist-languages/data/Julia.js
var Julia_default = {
  name: "Julia",
  type: "programming",
  aceMode: "julia",
  extensions: [".jl"],
  languageId: 184,
  tmScope: "source.julia",
  codemirrorMode: "julia",
  codemirrorMimeType: "text/x-julia",
  color: "#a270ba",
  interpreters: ["julia"]
};

// node_modules/linguist-languages/data/Julia_20_REPL.js
var Julia_20_REPL_default = {
  name: "Julia REPL",
  type: "programming",
  aceMode: "text",
  languageId: 220689142,
  tmScope: "source.julia.console",
  color: "#a270ba",
  group: "Julia"
};

// node_modules/linguist-languages/data/Jupyter_20_Notebook.js
var Jupyter_20_Notebook_default = {
  name: "Jupyter Notebook",
  type: "markup",
  aceMode: "json",
  extensions: [".ipynb"],
  filenames: ["Notebook"],
  languageId: 185,
  tmScope: "source.json",
  aliases: ["IPython Notebook"],
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/json",
  color: "#DA5B0B"
};

// node_modules/linguist-languages/data/Just.js
var Just_default = {
  name: "Just",
  type: "programming",
  aceMode: "text",
  extensions: [".just"],
  filenames: [
    ".JUSTFILE",
    ".Justfile",
    ".justfile",
    "JUSTFILE",
    "Justfile",
    "justfile"
  ],
  languageId: 128447695,
  tmScope: "source.just",
  aliases: ["Justfile"],
  color: "#384d54"
};

// node_modules/linguist-languages/data/Kaitai_20_Struct.js
var Kaitai_20_Struct_default = {
  name: "Kaitai Struct",
  type: "programming",
  aceMode: "yaml",
  extensions: [".ksy"],
  languageId: 818804755,
  tmScope: "source.yaml",
  aliases: ["ksy"],
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#773b37"
};

// node_modules/linguist-languages/data/KakouneScript.js
var KakouneScript_default = {
  name: "KakouneScript",
  type: "programming",
  aceMode: "text",
  extensions: [".kak"],
  filenames: ["kakrc"],
  languageId: 603336474,
  tmScope: "source.kakscript",
  aliases: ["kak", "kakscript"],
  color: "#6f8042"
};

// node_modules/linguist-languages/data/KCL.js
var KCL_default = {
  name: "KCL",
  type: "programming",
  aceMode: "text",
  extensions: [".k"],
  filenames: ["kcl.mod", "kcl.mod.lock"],
  languageId: 1052003890,
  tmScope: "source.kcl",
  color: "#7ABABF"
};

// node_modules/linguist-languages/data/KDL.js
var KDL_default = {
  name: "KDL",
  type: "data",
  aceMode: "tcl",
  extensions: [".kdl"],
  languageId: 931123626,
  tmScope: "source.kdl",
  codemirrorMode: "yacas",
  codemirrorMimeType: "text/x-yacas",
  color: "#ffb3b3"
};

// node_modules/linguist-languages/data/KerboScript.js
var KerboScript_default = {
  name: "KerboScript",
  type: "programming",
  aceMode: "text",
  extensions: [".ks"],
  languageId: 59716426,
  tmScope: "source.kerboscript",
  color: "#41adf0"
};

// node_modules/linguist-languages/data/KFramework.js
var KFramework_default = {
  name: "KFramework",
  type: "programming",
  aceMode: "text",
  extensions: [".k"],
  languageId: 9479532,
  tmScope: "text.k",
  color: "#4195c5"
};

// node_modules/linguist-languages/data/KiCad_20_Layout.js
var KiCad_20_Layout_default = {
  name: "KiCad Layout",
  type: "data",
  aceMode: "lisp",
  extensions: [".kicad_pcb", ".kicad_mod", ".kicad_wks"],
  filenames: ["fp-lib-table"],
  languageId: 187,
  tmScope: "source.pcb.sexp",
  aliases: ["pcbnew"],
  codemirrorMode: "commonlisp",
  codemirrorMimeType: "text/x-common-lisp",
  color: "#2f4aab"
};

// node_modules/linguist-languages/data/KiCad_20_Legacy_20_Layout.js
var KiCad_20_Legacy_20_Layout_default = {
  name: "KiCad Legacy Layout",
  type: "data",
  aceMode: "text",
  extensions: [".brd"],
  languageId: 140848857,
  tmScope: "source.pcb.board",
  color: "#2f4aab"
};

// node_modules/linguist-languages/data/KiCad_20_Schematic.js
var KiCad_20_Schematic_default = {
  name: "KiCad Schematic",
  type: "data",
  aceMode: "text",
  extensions: [".kicad_sch", ".kicad_sym", ".sch"],
  languageId: 622447435,
  tmScope: "source.pcb.schematic",
  aliases: ["eeschema schematic"],
  color: "#2f4aab"
};

// node_modules/linguist-languages/data/Kickstart.js
var Kickstart_default = {
  name: "Kickstart",
  type: "data",
  aceMode: "text",
  extensions: [".ks"],
  languageId: 692635484,
  tmScope: "source.kickstart"
};

// node_modules/linguist-languages/data/Kit.js
var Kit_default = {
  name: "Kit",
  type: "markup",
  aceMode: "html",
  extensions: [".kit"],
  languageId: 188,
  tmScope: "text.html.basic",
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html"
};

// node_modules/linguist-languages/data/Koka.js
var Koka_default = {
  name: "Koka",
  type: "programming",
  aceMode: "text",
  extensions: [".kk"],
  languageId: 597930447,
  tmScope: "source.koka",
  color: "#215166",
  interpreters: ["koka"]
};

// node_modules/linguist-languages/data/KoLmafia_20_ASH.js
var KoLmafia_20_ASH_default = {
  name: "KoLmafia ASH",
  type: "programming",
  aceMode: "text",
  extensions: [".ash"],
  languageId: 852099832,
  tmScope: "source.ash",
  color: "#B9D9B9"
};

// node_modules/linguist-languages/data/Kotlin.js
var Kotlin_default = {
  name: "Kotlin",
  type: "programming",
  aceMode: "kotlin",
  extensions: [".kt", ".ktm", ".kts"],
  languageId: 189,
  tmScope: "source.kotlin",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-kotlin",
  color: "#A97BFF"
};

// node_modules/linguist-languages/data/KRL.js
var KRL_default = {
  name: "KRL",
  type: "programming",
  aceMode: "text",
  extensions: [".krl"],
  languageId: 186,
  tmScope: "none",
  color: "#28430A"
};

// node_modules/linguist-languages/data/Kusto.js
var Kusto_default = {
  name: "Kusto",
  type: "data",
  aceMode: "text",
  extensions: [".csl", ".kql"],
  languageId: 225697190,
  tmScope: "source.kusto"
};

// node_modules/linguist-languages/data/kvlang.js
var kvlang_default = {
  name: "kvlang",
  type: "markup",
  aceMode: "text",
  extensions: [".kv"],
  languageId: 970675279,
  tmScope: "source.python.kivy",
  color: "#1da6e0"
};

// node_modules/linguist-languages/data/LabVIEW.js
var LabVIEW_default = {
  name: "LabVIEW",
  type: "programming",
  aceMode: "xml",
  extensions: [".lvproj", ".lvclass", ".lvlib"],
  languageId: 194,
  tmScope: "text.xml",
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml",
  color: "#fede06"
};

// node_modules/linguist-languages/data/Lambdapi.js
var Lambdapi_default = {
  name: "Lambdapi",
  type: "programming",
  aceMode: "text",
  extensions: [".lp"],
  languageId: 759240513,
  tmScope: "source.lp",
  color: "#8027a3"
};

// node_modules/linguist-languages/data/Langium.js
var Langium_default = {
  name: "Langium",
  type: "programming",
  aceMode: "text",
  extensions: [".langium"],
  languageId: 548603830,
  tmScope: "source.langium",
  color: "#2c8c87"
};

// node_modules/linguist-languages/data/Lark.js
var Lark_default = {
  name: "Lark",
  type: "data",
  aceMode: "text",
  extensions: [".lark"],
  languageId: 758480799,
  tmScope: "source.lark",
  codemirrorMode: "ebnf",
  codemirrorMimeType: "text/x-ebnf",
  color: "#2980B9"
};

// node_modules/linguist-languages/data/Lasso.js
var Lasso_default = {
  name: "Lasso",
  type: "programming",
  aceMode: "text",
  extensions: [".lasso", ".las", ".lasso8", ".lasso9"],
  languageId: 195,
  tmScope: "file.lasso",
  aliases: ["lassoscript"],
  color: "#999999"
};

// node_modules/linguist-languages/data/Latte.js
var Latte_default = {
  name: "Latte",
  type: "markup",
  aceMode: "latte",
  extensions: [".latte"],
  languageId: 196,
  tmScope: "text.html.smarty",
  codemirrorMode: "smarty",
  codemirrorMimeType: "text/x-smarty",
  color: "#f2a542"
};

// node_modules/linguist-languages/data/Lean.js
var Lean_default = {
  name: "Lean",
  type: "programming",
  aceMode: "text",
  extensions: [".lean", ".hlean"],
  languageId: 197,
  tmScope: "source.lean"
};

// node_modules/linguist-languages/data/Lean_20_4.js
var Lean_20_4_default = {
  name: "Lean 4",
  type: "programming",
  aceMode: "text",
  extensions: [".lean"],
  languageId: 455147478,
  tmScope: "source.lean4",
  aliases: ["lean4"],
  group: "Lean"
};

// node_modules/linguist-languages/data/Leo.js
var Leo_default = {
  name: "Leo",
  type: "programming",
  aceMode: "text",
  extensions: [".leo"],
  languageId: 916034822,
  tmScope: "source.leo",
  color: "#C4FFC2",
  wrap: true
};

// node_modules/linguist-languages/data/Less.js
var Less_default = {
  name: "Less",
  type: "markup",
  aceMode: "less",
  extensions: [".less"],
  languageId: 198,
  tmScope: "source.css.less",
  aliases: ["less-css"],
  codemirrorMode: "css",
  codemirrorMimeType: "text/x-less",
  color: "#1d365d"
};

// node_modules/linguist-languages/data/Lex.js
var Lex_default = {
  name: "Lex",
  type: "programming",
  aceMode: "text",
  extensions: [".l", ".lex"],
  filenames: ["Lexer.x", "lexer.x"],
  languageId: 199,
  tmScope: "source.lex",
  aliases: ["flex"],
  color: "#DBCA00"
};

// node_modules/linguist-languages/data/LFE.js
var LFE_default = {
  name: "LFE",
  type: "programming",
  aceMode: "lisp",
  extensions: [".lfe"],
  languageId: 190,
  tmScope: "source.lisp",
  codemirrorMode: "commonlisp",
  codemirrorMimeType: "text/x-common-lisp",
  color: "#4C3023"
};

// node_modules/linguist-languages/data/LigoLANG.js
var LigoLANG_default = {
  name: "LigoLANG",
  type: "programming",
  aceMode: "pascal",
  extensions: [".ligo"],
  languageId: 1040646257,
  tmScope: "source.ligo",
  codemirrorMode: "pascal",
  codemirrorMimeType: "text/x-pascal",
  color: "#0e74ff",
  group: "LigoLANG"
};

// node_modules/linguist-languages/data/LilyPond.js
var LilyPond_default = {
  name: "LilyPond",
  type: "programming",
  aceMode: "text",
  extensions: [".ly", ".ily"],
  languageId: 200,
  tmScope: "source.lilypond",
  color: "#9ccc7c"
};

// node_modules/linguist-languages/data/Limbo.js
var Limbo_default = {
  name: "Limbo",
  type: "programming",
  aceMode: "text",
  extensions: [".b", ".m"],
  languageId: 201,
  tmScope: "none"
};

// node_modules/linguist-languages/data/Linear_20_Programming.js
var Linear_20_Programming_default = {
  name: "Linear Programming",
  type: "programming",
  aceMode: "text",
  extensions: [".lp"],
  languageId: 377204539,
  tmScope: "none"
};

// node_modules/linguist-languages/data/Linker_20_Script.js
var Linker_20_Script_default = {
  name: "Linker Script",
  type: "programming",
  aceMode: "text",
  extensions: [".ld", ".lds", ".x"],
  filenames: ["ld.script"],
  languageId: 202,
  tmScope: "source.c.linker"
};

// node_modules/linguist-languages/data/Linux_20_Kernel_20_Module.js
var Linux_20_Kernel_20_Module_default = {
  name: "Linux Kernel Module",
  type: "data",
  aceMode: "text",
  extensions: [".mod"],
  languageId: 203,
  tmScope: "none"
};

// node_modules/linguist-languages/data/Liquid.js
var Liquid_default = {
  name: "Liquid",
  type: "markup",
  aceMode: "liquid",
  extensions: [".liquid"],
  languageId: 204,
  tmScope: "text.html.liquid",
  color: "#67b8de"
};

// node_modules/linguist-languages/data/Liquidsoap.js
var Liquidsoap_default = {
  name: "Liquidsoap",
  type: "programming",
  aceMode: "text",
  extensions: [".liq"],
  languageId: 614641732,
  tmScope: "source.liquidsoap",
  color: "#990066"
};

// node_modules/linguist-languages/data/Literate_20_Agda.js
var Literate_20_Agda_default = {
  name: "Literate Agda",
  type: "programming",
  aceMode: "text",
  extensions: [".lagda"],
  languageId: 205,
  tmScope: "none",
  color: "#315665",
  group: "Agda"
};

// node_modules/linguist-languages/data/Literate_20_CoffeeScript.js
var Literate_20_CoffeeScript_default = {
  name: "Literate CoffeeScript",
  type: "programming",
  aceMode: "text",
  extensions: [".litcoffee", ".coffee.md"],
  languageId: 206,
  tmScope: "source.litcoffee",
  aliases: ["litcoffee"],
  color: "#244776",
  group: "CoffeeScript",
  wrap: true
};

// node_modules/linguist-languages/data/Literate_20_Haskell.js
var Literate_20_Haskell_default = {
  name: "Literate Haskell",
  type: "programming",
  aceMode: "text",
  extensions: [".lhs"],
  languageId: 207,
  tmScope: "text.tex.latex.haskell",
  aliases: ["lhaskell", "lhs"],
  codemirrorMode: "haskell-literate",
  codemirrorMimeType: "text/x-literate-haskell",
  color: "#5e5086",
  group: "Haskell"
};

// node_modules/linguist-languages/data/LiveCode_20_Script.js
var LiveCode_20_Script_default = {
  name: "LiveCode Script",
  type: "programming",
  aceMode: "text",
  extensions: [".livecodescript"],
  languageId: 891017,
  tmScope: "source.livecodescript",
  color: "#0c5ba5"
};

// node_modules/linguist-languages/data/LiveScript.js
var LiveScript_default = {
  name: "LiveScript",
  type: "programming",
  aceMode: "livescript",
  extensions: [".ls", "._ls"],
  filenames: ["Slakefile"],
  languageId: 208,
  tmScope: "source.livescript",
  aliases: ["live-script", "ls"],
  codemirrorMode: "livescript",
  codemirrorMimeType: "text/x-livescript",
  color: "#499886"
};

// node_modules/linguist-languages/data/LLVM.js
var LLVM_default = {
  name: "LLVM",
  type: "programming",
  aceMode: "text",
  extensions: [".ll"],
  languageId: 191,
  tmScope: "source.llvm",
  color: "#185619"
};

// node_modules/linguist-languages/data/Lobster.js
var Lobster_default = {
  name: "Lobster",
  type: "programming",
  aceMode: "python",
  extensions: [".lobster"],
  languageId: 790066842,
  tmScope: "source.lobster",
  color: "#f95428"
};

// node_modules/linguist-languages/data/Logos.js
var Logos_default = {
  name: "Logos",
  type: "programming",
  aceMode: "text",
  extensions: [".xm", ".x", ".xi"],
  languageId: 209,
  tmScope: "source.logos"
};

// node_modules/linguist-languages/data/Logtalk.js
var Logtalk_default = {
  name: "Logtalk",
  type: "programming",
  aceMode: "logtalk",
  extensions: [".lgt", ".logtalk"],
  languageId: 210,
  tmScope: "source.logtalk",
  color: "#295b9a"
};

// node_modules/linguist-languages/data/LOLCODE.js
var LOLCODE_default = {
  name: "LOLCODE",
  type: "programming",
  aceMode: "text",
  extensions: [".lol"],
  languageId: 192,
  tmScope: "source.lolcode",
  color: "#cc9900"
};

// node_modules/linguist-languages/data/LookML.js
var LookML_default = {
  name: "LookML",
  type: "programming",
  aceMode: "yaml",
  extensions: [".lkml", ".lookml"],
  languageId: 211,
  tmScope: "source.yaml",
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#652B81"
};

// node_modules/linguist-languages/data/LoomScript.js
var LoomScript_default = {
  name: "LoomScript",
  type: "programming",
  aceMode: "text",
  extensions: [".ls"],
  languageId: 212,
  tmScope: "source.loomscript"
};

// node_modules/linguist-languages/data/LSL.js
var LSL_default = {
  name: "LSL",
  type: "programming",
  aceMode: "lsl",
  extensions: [".lsl", ".lslp"],
  languageId: 193,
  tmScope: "source.lsl",
  color: "#3d9970",
  interpreters: ["lsl"]
};

// node_modules/linguist-languages/data/LTspice_20_Symbol.js
var LTspice_20_Symbol_default = {
  name: "LTspice Symbol",
  type: "data",
  aceMode: "text",
  extensions: [".asy"],
  languageId: 1013566805,
  tmScope: "source.ltspice.symbol",
  codemirrorMode: "spreadsheet",
  codemirrorMimeType: "text/x-spreadsheet"
};

// node_modules/linguist-languages/data/Lua.js
var Lua_default = {
  name: "Lua",
  type: "programming",
  aceMode: "lua",
  extensions: [
    ".lua",
    ".fcgi",
    ".nse",
    ".p8",
    ".pd_lua",
    ".rbxs",
    ".rockspec",
    ".wlua"
  ],
  filenames: [".luacheckrc"],
  languageId: 213,
  tmScope: "source.lua",
  codemirrorMode: "lua",
  codemirrorMimeType: "text/x-lua",
  color: "#000080",
  interpreters: ["lua", "luajit"]
};

// node_modules/linguist-languages/data/Luau.js
var Luau_default = {
  name: "Luau",
  type: "programming",
  aceMode: "lua",
  extensions: [".luau"],
  languageId: 365050359,
  tmScope: "source.luau",
  codemirrorMode: "lua",
  codemirrorMimeType: "text/x-lua",
  color: "#00A2FF",
  interpreters: ["luau"]
};

// node_modules/linguist-languages/data/M.js
var M_default = {
  name: "M",
  type: "programming",
  aceMode: "text",
  extensions: [".mumps", ".m"],
  languageId: 214,
  tmScope: "none",
  aliases: ["mumps"],
  codemirrorMode: "mumps",
  codemirrorMimeType: "text/x-mumps"
};

// node_modules/linguist-languages/data/M3U.js
var M3U_default = {
  name: "M3U",
  type: "data",
  aceMode: "text",
  extensions: [".m3u", ".m3u8"],
  languageId: 89638692,
  tmScope: "source.m3u",
  aliases: ["hls playlist", "m3u playlist"],
  color: "#179C7D"
};

// node_modules/linguist-languages/data/M4.js
var M4_default = {
  name: "M4",
  type: "programming",
  aceMode: "text",
  extensions: [".m4", ".mc"],
  languageId: 215,
  tmScope: "source.m4"
};

// node_modules/linguist-languages/data/M4Sugar.js
var M4Sugar_default = {
  name: "M4Sugar",
  type: "programming",
  aceMode: "text",
  extensions: [".m4"],
  filenames: ["configure.ac"],
  languageId: 216,
  tmScope: "source.m4",
  aliases: ["autoconf"],
  group: "M4"
};

// node_modules/linguist-languages/data/Macaulay2.js
var Macaulay2_default = {
  name: "Macaulay2",
  type: "programming",
  aceMode: "text",
  extensions: [".m2"],
  languageId: 34167825,
  tmScope: "source.m2",
  aliases: ["m2"],
  color: "#d8ffff",
  interpreters: ["M2"]
};

// node_modules/linguist-languages/data/Makefile.js
var Makefile_default = {
  name: "Makefile",
  type: "programming",
  aceMode: "makefile",
  extensions: [".mak", ".d", ".make", ".makefile", ".mk", ".mkfile"],
  filenames: [
    "BSDmakefile",
    "GNUmakefile",
    "Kbuild",
    "Makefile",
    "Makefile.am",
    "Makefile.boot",
    "Makefile.frag",
    "Makefile.in",
    "Makefile.inc",
    "Makefile.pc",
    "Makefile.wat",
    "makefile",
    "makefile.sco",
    "mkfile"
  ],
  languageId: 220,
  tmScope: "source.makefile",
  aliases: ["bsdmake", "make", "mf"],
  codemirrorMode: "cmake",
  codemirrorMimeType: "text/x-cmake",
  color: "#427819",
  interpreters: ["make"]
};

// node_modules/linguist-languages/data/Mako.js
var Mako_default = {
  name: "Mako",
  type: "programming",
  aceMode: "text",
  extensions: [".mako", ".mao"],
  languageId: 221,
  tmScope: "text.html.mako",
  color: "#7e858d"
};

// node_modules/linguist-languages/data/Markdown.js
var Markdown_default = {
  name: "Markdown",
  type: "prose",
  aceMode: "markdown",
  extensions: [
    ".md",
    ".livemd",
    ".markdown",
    ".mdown",
    ".mdwn",
    ".mkd",
    ".mkdn",
    ".mkdown",
    ".ronn",
    ".scd",
    ".workbook"
  ],
  filenames: ["contents.lr"],
  languageId: 222,
  tmScope: "text.md",
  aliases: ["md", "pandoc"],
  codemirrorMode: "gfm",
  codemirrorMimeType: "text/x-gfm",
  color: "#083fa1",
  wrap: true
};

// node_modules/linguist-languages/data/Marko.js
var Marko_default = {
  name: "Marko",
  type: "markup",
  aceMode: "text",
  extensions: [".marko"],
  languageId: 932782397,
  tmScope: "text.marko",
  aliases: ["markojs"],
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#42bff2"
};

// node_modules/linguist-languages/data/Mask.js
var Mask_default = {
  name: "Mask",
  type: "markup",
  aceMode: "mask",
  extensions: [".mask"],
  languageId: 223,
  tmScope: "source.mask",
  color: "#f97732"
};

// node_modules/linguist-languages/data/Mathematical_20_Programming_20_System.js
var Mathematical_20_Programming_20_System_default = {
  name: "Mathematical Programming System",
  type: "programming",
  aceMode: "text",
  extensions: [".mps"],
  languageId: 429002699,
  tmScope: "text.source.mps",
  color: "#0530ad"
};

// node_modules/linguist-languages/data/MATLAB.js
var MATLAB_default = {
  name: "MATLAB",
  type: "programming",
  aceMode: "matlab",
  extensions: [".matlab", ".m"],
  languageId: 225,
  tmScope: "source.matlab",
  aliases: ["octave"],
  codemirrorMode: "octave",
  codemirrorMimeType: "text/x-octave",
  color: "#e16737"
};

// node_modules/linguist-languages/data/Maven_20_POM.js
var Maven_20_POM_default = {
  name: "Maven POM",
  type: "data",
  aceMode: "xml",
  filenames: ["pom.xml"],
  languageId: 226,
  tmScope: "text.xml.pom",
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml",
  group: "XML"
};

// node_modules/linguist-languages/data/Max.js
var Max_default = {
  name: "Max",
  type: "programming",
  aceMode: "json",
  extensions: [".maxpat", ".maxhelp", ".maxproj", ".mxt", ".pat"],
  languageId: 227,
  tmScope: "source.json",
  aliases: ["max/msp", "maxmsp"],
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/json",
  color: "#c4a79c"
};

// node_modules/linguist-languages/data/MAXScript.js
var MAXScript_default = {
  name: "MAXScript",
  type: "programming",
  aceMode: "text",
  extensions: [".ms", ".mcr"],
  languageId: 217,
  tmScope: "source.maxscript",
  color: "#00a6a6"
};

// node_modules/linguist-languages/data/mcfunction.js
var mcfunction_default = {
  name: "mcfunction",
  type: "programming",
  aceMode: "text",
  extensions: [".mcfunction"],
  languageId: 462488745,
  tmScope: "source.mcfunction",
  color: "#E22837"
};

// node_modules/linguist-languages/data/mdsvex.js
var mdsvex_default = {
  name: "mdsvex",
  type: "markup",
  aceMode: "markdown",
  extensions: [".svx"],
  languageId: 566198445,
  tmScope: "none",
  codemirrorMode: "gfm",
  codemirrorMimeType: "text/x-gfm",
  color: "#5f9ea0",
  wrap: true
};

// node_modules/linguist-languages/data/MDX.js
var MDX_default = {
  name: "MDX",
  type: "markup",
  aceMode: "markdown",
  extensions: [".mdx"],
  languageId: 512838272,
  tmScope: "source.mdx",
  codemirrorMode: "gfm",
  codemirrorMimeType: "text/x-gfm",
  color: "#fcb32c",
  wrap: true
};

// node_modules/linguist-languages/data/Mercury.js
var Mercury_default = {
  name: "Mercury",
  type: "programming",
  aceMode: "prolog",
  extensions: [".m", ".moo"],
  languageId: 229,
  tmScope: "source.mercury",
  color: "#ff2b2b",
  interpreters: ["mmi"]
};

// node_modules/linguist-languages/data/Mermaid.js
var Mermaid_default = {
  name: "Mermaid",
  type: "markup",
  aceMode: "text",
  extensions: [".mmd", ".mermaid"],
  languageId: 385992043,
  tmScope: "source.mermaid",
  aliases: ["mermaid example"],
  color: "#ff3670"
};

// node_modules/linguist-languages/data/Meson.js
var Meson_default = {
  name: "Meson",
  type: "programming",
  aceMode: "text",
  filenames: ["meson.build", "meson_options.txt"],
  languageId: 799141244,
  tmScope: "source.meson",
  color: "#007800"
};

// node_modules/linguist-languages/data/Metal.js
var Metal_default = {
  name: "Metal",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".metal"],
  languageId: 230,
  tmScope: "source.c++",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src",
  color: "#8f14e9"
};

// node_modules/linguist-languages/data/MeTTa.js
var MeTTa_default = {
  name: "MeTTa",
  type: "programming",
  aceMode: "text",
  extensions: [".metta"],
  languageId: 1037612668,
  tmScope: "source.metta",
  color: "#6a5acd"
};

// node_modules/linguist-languages/data/Microsoft_20_Developer_20_Studio_20_Project.js
var Microsoft_20_Developer_20_Studio_20_Project_default = {
  name: "Microsoft Developer Studio Project",
  type: "data",
  aceMode: "text",
  extensions: [".dsp"],
  languageId: 800983837,
  tmScope: "none"
};

// node_modules/linguist-languages/data/Microsoft_20_Visual_20_Studio_20_Solution.js
var Microsoft_20_Visual_20_Studio_20_Solution_default = {
  name: "Microsoft Visual Studio Solution",
  type: "data",
  aceMode: "text",
  extensions: [".sln"],
  languageId: 849523096,
  tmScope: "source.solution"
};

// node_modules/linguist-languages/data/MiniD.js
var MiniD_default = {
  name: "MiniD",
  type: "programming",
  aceMode: "text",
  extensions: [".minid"],
  languageId: 231,
  tmScope: "none"
};

// node_modules/linguist-languages/data/MiniScript.js
var MiniScript_default = {
  name: "MiniScript",
  type: "programming",
  aceMode: "text",
  extensions: [".ms"],
  languageId: 704299647,
  tmScope: "source.ms",
  color: "#4B4A56"
};

// node_modules/linguist-languages/data/MiniYAML.js
var MiniYAML_default = {
  name: "MiniYAML",
  type: "data",
  aceMode: "yaml",
  extensions: [".yaml", ".yml"],
  languageId: 4896465,
  tmScope: "source.miniyaml",
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#ff1111"
};

// node_modules/linguist-languages/data/MiniZinc.js
var MiniZinc_default = {
  name: "MiniZinc",
  type: "programming",
  aceMode: "text",
  extensions: [".mzn"],
  languageId: 238874535,
  tmScope: "source.mzn",
  color: "#06a9e6"
};

// node_modules/linguist-languages/data/MiniZinc_20_Data.js
var MiniZinc_20_Data_default = {
  name: "MiniZinc Data",
  type: "data",
  aceMode: "text",
  extensions: [".dzn"],
  languageId: 938193433,
  tmScope: "source.mzn"
};

// node_modules/linguist-languages/data/Mint.js
var Mint_default = {
  name: "Mint",
  type: "programming",
  aceMode: "text",
  extensions: [".mint"],
  languageId: 968740319,
  tmScope: "source.mint",
  color: "#02b046"
};

// node_modules/linguist-languages/data/Mirah.js
var Mirah_default = {
  name: "Mirah",
  type: "programming",
  aceMode: "ruby",
  extensions: [".druby", ".duby", ".mirah"],
  languageId: 232,
  tmScope: "source.ruby",
  codemirrorMode: "ruby",
  codemirrorMimeType: "text/x-ruby",
  color: "#c7a938"
};

// node_modules/linguist-languages/data/mIRC_20_Script.js
var mIRC_20_Script_default = {
  name: "mIRC Script",
  type: "programming",
  aceMode: "text",
  extensions: [".mrc"],
  languageId: 517654727,
  tmScope: "source.msl",
  color: "#3d57c3"
};

// node_modules/linguist-languages/data/MLIR.js
var MLIR_default = {
  name: "MLIR",
  type: "programming",
  aceMode: "text",
  extensions: [".mlir"],
  languageId: 448253929,
  tmScope: "source.mlir",
  color: "#5EC8DB"
};

// node_modules/linguist-languages/data/Modelica.js
var Modelica_default = {
  name: "Modelica",
  type: "programming",
  aceMode: "text",
  extensions: [".mo"],
  languageId: 233,
  tmScope: "source.modelica",
  codemirrorMode: "modelica",
  codemirrorMimeType: "text/x-modelica",
  color: "#de1d31"
};

// node_modules/linguist-languages/data/Modula-2.js
var Modula_2_default = {
  name: "Modula-2",
  type: "programming",
  aceMode: "text",
  extensions: [".mod"],
  languageId: 234,
  tmScope: "source.modula2",
  color: "#10253f"
};

// node_modules/linguist-languages/data/Modula-3.js
var Modula_3_default = {
  name: "Modula-3",
  type: "programming",
  aceMode: "text",
  extensions: [".i3", ".ig", ".m3", ".mg"],
  languageId: 564743864,
  tmScope: "source.modula-3",
  color: "#223388"
};

// node_modules/linguist-languages/data/Module_20_Management_20_System.js
var Module_20_Management_20_System_default = {
  name: "Module Management System",
  type: "programming",
  aceMode: "text",
  extensions: [".mms", ".mmk"],
  filenames: ["descrip.mmk", "descrip.mms"],
  languageId: 235,
  tmScope: "none"
};

// node_modules/linguist-languages/data/Mojo.js
var Mojo_default = {
  name: "Mojo",
  type: "programming",
  aceMode: "python",
  extensions: [".mojo"],
  languageId: 1045019587,
  tmScope: "source.mojo",
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python",
  color: "#ff4c1f"
};

// node_modules/linguist-languages/data/Monkey.js
var Monkey_default = {
  name: "Monkey",
  type: "programming",
  aceMode: "text",
  extensions: [".monkey", ".monkey2"],
  languageId: 236,
  tmScope: "source.monkey"
};

// node_modules/linguist-languages/data/Monkey_20_C.js
var Monkey_20_C_default = {
  name: "Monkey C",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".mc"],
  languageId: 231751931,
  tmScope: "source.mc",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#8D6747"
};

// node_modules/linguist-languages/data/Moocode.js
var Moocode_default = {
  name: "Moocode",
  type: "programming",
  aceMode: "text",
  extensions: [".moo"],
  languageId: 237,
  tmScope: "none"
};

// node_modules/linguist-languages/data/MoonBit.js
var MoonBit_default = {
  name: "MoonBit",
  type: "programming",
  aceMode: "text",
  extensions: [".mbt"],
  languageId: 181453007,
  tmScope: "source.moonbit",
  color: "#b92381"
};

// node_modules/linguist-languages/data/MoonScript.js
var MoonScript_default = {
  name: "MoonScript",
  type: "programming",
  aceMode: "text",
  extensions: [".moon"],
  languageId: 238,
  tmScope: "source.moonscript",
  color: "#ff4585",
  interpreters: ["moon"]
};

// node_modules/linguist-languages/data/Motoko.js
var Motoko_default = {
  name: "Motoko",
  type: "programming",
  aceMode: "text",
  extensions: [".mo"],
  languageId: 202937027,
  tmScope: "source.mo",
  color: "#fbb03b"
};

// node_modules/linguist-languages/data/Motorola_20_68K_20_Assembly.js
var Motorola_20_68K_20_Assembly_default = {
  name: "Motorola 68K Assembly",
  type: "programming",
  aceMode: "assembly_x86",
  extensions: [".asm", ".i", ".inc", ".s", ".x68"],
  languageId: 477582706,
  tmScope: "source.m68k",
  aliases: ["m68k"],
  color: "#005daa",
  group: "Assembly"
};

// node_modules/linguist-languages/data/Move.js
var Move_default = {
  name: "Move",
  type: "programming",
  aceMode: "text",
  extensions: [".move"],
  languageId: 638334599,
  tmScope: "source.move",
  color: "#4a137a"
};

// node_modules/linguist-languages/data/MQL4.js
var MQL4_default = {
  name: "MQL4",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".mq4", ".mqh"],
  languageId: 426,
  tmScope: "source.mql5",
  color: "#62A8D6"
};

// node_modules/linguist-languages/data/MQL5.js
var MQL5_default = {
  name: "MQL5",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".mq5", ".mqh"],
  languageId: 427,
  tmScope: "source.mql5",
  color: "#4A76B8"
};

// node_modules/linguist-languages/data/MTML.js
var MTML_default = {
  name: "MTML",
  type: "markup",
  aceMode: "html",
  extensions: [".mtml"],
  languageId: 218,
  tmScope: "text.html.basic",
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#b7e1f4"
};

// node_modules/linguist-languages/data/MUF.js
var MUF_default = {
  name: "MUF",
  type: "programming",
  aceMode: "forth",
  extensions: [".muf", ".m"],
  languageId: 219,
  tmScope: "none",
  codemirrorMode: "forth",
  codemirrorMimeType: "text/x-forth",
  group: "Forth"
};

// node_modules/linguist-languages/data/mupad.js
var mupad_default = {
  name: "mupad",
  type: "programming",
  aceMode: "text",
  extensions: [".mu"],
  languageId: 416,
  tmScope: "source.mupad",
  color: "#244963"
};

// node_modules/linguist-languages/data/Muse.js
var Muse_default = {
  name: "Muse",
  type: "prose",
  aceMode: "text",
  extensions: [".muse"],
  languageId: 474864066,
  tmScope: "text.muse",
  aliases: ["amusewiki", "emacs muse"],
  wrap: true
};

// node_modules/linguist-languages/data/Mustache.js
var Mustache_default = {
  name: "Mustache",
  type: "markup",
  aceMode: "smarty",
  extensions: [".mustache"],
  languageId: 638334590,
  tmScope: "text.html.smarty",
  codemirrorMode: "smarty",
  codemirrorMimeType: "text/x-smarty",
  color: "#724b3b"
};

// node_modules/linguist-languages/data/Myghty.js
var Myghty_default = {
  name: "Myghty",
  type: "programming",
  aceMode: "text",
  extensions: [".myt"],
  languageId: 239,
  tmScope: "none"
};

// node_modules/linguist-languages/data/nanorc.js
var nanorc_default = {
  name: "nanorc",
  type: "data",
  aceMode: "text",
  extensions: [".nanorc"],
  filenames: [".nanorc", "nanorc"],
  languageId: 775996197,
  tmScope: "source.nanorc",
  color: "#2d004d",
  group: "INI"
};

// node_modules/linguist-languages/data/Nasal.js
var Nasal_default = {
  name: "Nasal",
  type: "programming",
  aceMode: "nasal",
  extensions: [".nas"],
  languageId: 178322513,
  tmScope: "source.nasal",
  color: "#1d2c4e"
};

// node_modules/linguist-languages/data/NASL.js
var NASL_default = {
  name: "NASL",
  type: "programming",
  aceMode: "text",
  extensions: [".nasl", ".inc"],
  languageId: 171666519,
  tmScope: "source.nasl"
};

// node_modules/linguist-languages/data/NCL.js
var NCL_default = {
  name: "NCL",
  type: "programming",
  aceMode: "text",
  extensions: [".ncl"],
  languageId: 240,
  tmScope: "source.ncl",
  color: "#28431f"
};

// node_modules/linguist-languages/data/Nearley.js
var Nearley_default = {
  name: "Nearley",
  type: "programming",
  aceMode: "text",
  extensions: [".ne", ".nearley"],
  languageId: 521429430,
  tmScope: "source.ne",
  color: "#990000"
};

// node_modules/linguist-languages/data/Nemerle.js
var Nemerle_default = {
  name: "Nemerle",
  type: "programming",
  aceMode: "text",
  extensions: [".n"],
  languageId: 243,
  tmScope: "source.nemerle",
  color: "#3d3c6e"
};

// node_modules/linguist-languages/data/NEON.js
var NEON_default = {
  name: "NEON",
  type: "data",
  aceMode: "text",
  extensions: [".neon"],
  languageId: 481192983,
  tmScope: "source.neon",
  aliases: ["nette object notation", "ne-on"]
};

// node_modules/linguist-languages/data/nesC.js
var nesC_default = {
  name: "nesC",
  type: "programming",
  aceMode: "text",
  extensions: [".nc"],
  languageId: 417,
  tmScope: "source.nesc",
  color: "#94B0C7"
};

// node_modules/linguist-languages/data/NetLinx.js
var NetLinx_default = {
  name: "NetLinx",
  type: "programming",
  aceMode: "text",
  extensions: [".axs", ".axi"],
  languageId: 244,
  tmScope: "source.netlinx",
  color: "#0aa0ff"
};

// node_modules/linguist-languages/data/NetLinx_2b_ERB.js
var NetLinx_2b_ERB_default = {
  name: "NetLinx+ERB",
  type: "programming",
  aceMode: "text",
  extensions: [".axs.erb", ".axi.erb"],
  languageId: 245,
  tmScope: "source.netlinx.erb",
  color: "#747faa"
};

// node_modules/linguist-languages/data/NetLogo.js
var NetLogo_default = {
  name: "NetLogo",
  type: "programming",
  aceMode: "lisp",
  extensions: [".nlogo"],
  languageId: 246,
  tmScope: "source.lisp",
  codemirrorMode: "commonlisp",
  codemirrorMimeType: "text/x-common-lisp",
  color: "#ff6375"
};

// node_modules/linguist-languages/data/NewLisp.js
var NewLisp_default = {
  name: "NewLisp",
  type: "programming",
  aceMode: "lisp",
  extensions: [".nl", ".lisp", ".lsp"],
  languageId: 247,
  tmScope: "source.lisp",
  codemirrorMode: "commonlisp",
  codemirrorMimeType: "text/x-common-lisp",
  color: "#87AED7",
  interpreters: ["newlisp"]
};

// node_modules/linguist-languages/data/Nextflow.js
var Nextflow_default = {
  name: "Nextflow",
  type: "programming",
  aceMode: "groovy",
  extensions: [".nf"],
  filenames: ["nextflow.config"],
  languageId: 506780613,
  tmScope: "source.nextflow",
  color: "#3ac486",
  interpreters: ["nextflow"]
};

// node_modules/linguist-languages/data/Nginx.js
var Nginx_default = {
  name: "Nginx",
  type: "data",
  aceMode: "nginx",
  extensions: [".nginx", ".nginxconf", ".vhost"],
  filenames: ["nginx.conf"],
  languageId: 248,
  tmScope: "source.nginx",
  aliases: ["nginx configuration file"],
  codemirrorMode: "nginx",
  codemirrorMimeType: "text/x-nginx-conf",
  color: "#009639"
};

// node_modules/linguist-languages/data/Nickel.js
var Nickel_default = {
  name: "Nickel",
  type: "programming",
  aceMode: "text",
  extensions: [".ncl"],
  languageId: 1067292664,
  tmScope: "source.nickel",
  color: "#E0C3FC"
};

// node_modules/linguist-languages/data/Nim.js
var Nim_default = {
  name: "Nim",
  type: "programming",
  aceMode: "nim",
  extensions: [".nim", ".nim.cfg", ".nimble", ".nimrod", ".nims"],
  filenames: ["nim.cfg"],
  languageId: 249,
  tmScope: "source.nim",
  color: "#ffc200"
};

// node_modules/linguist-languages/data/Ninja.js
var Ninja_default = {
  name: "Ninja",
  type: "data",
  aceMode: "text",
  extensions: [".ninja"],
  languageId: 250,
  tmScope: "source.ninja"
};

// node_modules/linguist-languages/data/Nit.js
var Nit_default = {
  name: "Nit",
  type: "programming",
  aceMode: "text",
  extensions: [".nit"],
  languageId: 251,
  tmScope: "source.nit",
  color: "#009917"
};

// node_modules/linguist-languages/data/Nix.js
var Nix_default = {
  name: "Nix",
  type: "programming",
  aceMode: "nix",
  extensions: [".nix"],
  languageId: 252,
  tmScope: "source.nix",
  aliases: ["nixos"],
  color: "#7e7eff"
};

// node_modules/linguist-languages/data/NL.js
var NL_default = {
  name: "NL",
  type: "data",
  aceMode: "text",
  extensions: [".nl"],
  languageId: 241,
  tmScope: "none"
};

// node_modules/linguist-languages/data/NMODL.js
var NMODL_default = {
  name: "NMODL",
  type: "programming",
  aceMode: "text",
  extensions: [".mod"],
  languageId: 136456478,
  tmScope: "none",
  color: "#00356B"
};

// node_modules/linguist-languages/data/Noir.js
var Noir_default = {
  name: "Noir",
  type: "programming",
  aceMode: "rust",
  extensions: [".nr"],
  languageId: 813068465,
  tmScope: "source.nr",
  aliases: ["nargo"],
  codemirrorMode: "rust",
  codemirrorMimeType: "text/x-rustsrc",
  color: "#2f1f49"
};

// node_modules/linguist-languages/data/NPM_20_Config.js
var NPM_20_Config_default = {
  name: "NPM Config",
  type: "data",
  aceMode: "text",
  filenames: [".npmrc"],
  languageId: 685022663,
  tmScope: "source.ini.npmrc",
  aliases: ["npmrc"],
  color: "#cb3837",
  group: "INI"
};

// node_modules/linguist-languages/data/NSIS.js
var NSIS_default = {
  name: "NSIS",
  type: "programming",
  aceMode: "nsis",
  extensions: [".nsi", ".nsh"],
  languageId: 242,
  tmScope: "source.nsis",
  codemirrorMode: "nsis",
  codemirrorMimeType: "text/x-nsis"
};

// node_modules/linguist-languages/data/Nu.js
var Nu_default = {
  name: "Nu",
  type: "programming",
  aceMode: "scheme",
  extensions: [".nu"],
  filenames: ["Nukefile"],
  languageId: 253,
  tmScope: "source.nu",
  aliases: ["nush"],
  codemirrorMode: "scheme",
  codemirrorMimeType: "text/x-scheme",
  color: "#c9df40",
  interpreters: ["nush"]
};

// node_modules/linguist-languages/data/NumPy.js
var NumPy_default = {
  name: "NumPy",
  type: "programming",
  aceMode: "text",
  extensions: [".numpy", ".numpyw", ".numsc"],
  languageId: 254,
  tmScope: "none",
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python",
  color: "#9C8AF9",
  group: "Python"
};

// node_modules/linguist-languages/data/Nunjucks.js
var Nunjucks_default = {
  name: "Nunjucks",
  type: "markup",
  aceMode: "nunjucks",
  extensions: [".njk"],
  languageId: 461856962,
  tmScope: "text.html.nunjucks",
  aliases: ["njk"],
  color: "#3d8137"
};

// node_modules/linguist-languages/data/Nushell.js
var Nushell_default = {
  name: "Nushell",
  type: "programming",
  aceMode: "sh",
  extensions: [".nu"],
  languageId: 446573572,
  tmScope: "source.nushell",
  aliases: ["nu-script", "nushell-script"],
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  color: "#4E9906",
  interpreters: ["nu"]
};

// node_modules/linguist-languages/data/NWScript.js
var NWScript_default = {
  name: "NWScript",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".nss"],
  languageId: 731233819,
  tmScope: "source.c.nwscript",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#111522"
};

// node_modules/linguist-languages/data/OASv2-json.js
var OASv2_json_default = {
  name: "OASv2-json",
  type: "data",
  aceMode: "json",
  extensions: [".json"],
  languageId: 834374816,
  tmScope: "source.json",
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/json",
  color: "#85ea2d",
  group: "OpenAPI Specification v2"
};

// node_modules/linguist-languages/data/OASv2-yaml.js
var OASv2_yaml_default = {
  name: "OASv2-yaml",
  type: "data",
  aceMode: "yaml",
  extensions: [".yaml", ".yml"],
  languageId: 105187618,
  tmScope: "source.yaml",
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#85ea2d",
  group: "OpenAPI Specification v2"
};

// node_modules/linguist-languages/data/OASv3-json.js
var OASv3_json_default = {
  name: "OASv3-json",
  type: "data",
  aceMode: "json",
  extensions: [".json"],
  languageId: 980062566,
  tmScope: "source.json",
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/json",
  color: "#85ea2d",
  group: "OpenAPI Specification v3"
};

// node_modules/linguist-languages/data/OASv3-yaml.js
var OASv3_yaml_default = {
  name: "OASv3-yaml",
  type: "data",
  aceMode: "yaml",
  extensions: [".yaml", ".yml"],
  languageId: 51239111,
  tmScope: "source.yaml",
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#85ea2d",
  group: "OpenAPI Specification v3"
};

// node_modules/linguist-languages/data/Oberon.js
var Oberon_default = {
  name: "Oberon",
  type: "programming",
  aceMode: "text",
  extensions: [".ob2"],
  languageId: 677210597,
  tmScope: "source.modula2"
};

// node_modules/linguist-languages/data/ObjDump.js
var ObjDump_default = {
  name: "ObjDump",
  type: "data",
  aceMode: "assembly_x86",
  extensions: [".objdump"],
  languageId: 256,
  tmScope: "objdump.x86asm"
};

// node_modules/linguist-languages/data/Object_20_Data_20_Instance_20_Notation.js
var Object_20_Data_20_Instance_20_Notation_default = {
  name: "Object Data Instance Notation",
  type: "data",
  aceMode: "text",
  extensions: [".odin"],
  languageId: 985227236,
  tmScope: "source.odin-ehr"
};

// node_modules/linguist-languages/data/Objective-C.js
var Objective_C_default = {
  name: "Objective-C",
  type: "programming",
  aceMode: "objectivec",
  extensions: [".m", ".h"],
  languageId: 257,
  tmScope: "source.objc",
  aliases: ["obj-c", "objc", "objectivec"],
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-objectivec",
  color: "#438eff"
};

// node_modules/linguist-languages/data/Objective-C_2b__2b_.js
var Objective_C_2b_2b_default = {
  name: "Objective-C++",
  type: "programming",
  aceMode: "objectivec",
  extensions: [".mm"],
  languageId: 258,
  tmScope: "source.objc++",
  aliases: ["obj-c++", "objc++", "objectivec++"],
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-objectivec++",
  color: "#6866fb"
};

// node_modules/linguist-languages/data/Objective-J.js
var Objective_J_default = {
  name: "Objective-J",
  type: "programming",
  aceMode: "text",
  extensions: [".j", ".sj"],
  languageId: 259,
  tmScope: "source.js.objj",
  aliases: ["obj-j", "objectivej", "objj"],
  color: "#ff0c5a"
};

// node_modules/linguist-languages/data/ObjectScript.js
var ObjectScript_default = {
  name: "ObjectScript",
  type: "programming",
  aceMode: "text",
  extensions: [".cls"],
  languageId: 202735509,
  tmScope: "source.objectscript",
  color: "#424893"
};

// node_modules/linguist-languages/data/OCaml.js
var OCaml_default = {
  name: "OCaml",
  type: "programming",
  aceMode: "ocaml",
  extensions: [".ml", ".eliom", ".eliomi", ".ml4", ".mli", ".mll", ".mly"],
  languageId: 255,
  tmScope: "source.ocaml",
  codemirrorMode: "mllike",
  codemirrorMimeType: "text/x-ocaml",
  color: "#ef7a08",
  interpreters: ["ocaml", "ocamlrun", "ocamlscript"]
};

// node_modules/linguist-languages/data/Odin.js
var Odin_default = {
  name: "Odin",
  type: "programming",
  aceMode: "odin",
  extensions: [".odin"],
  languageId: 889244082,
  tmScope: "source.odin",
  aliases: ["odinlang", "odin-lang"],
  color: "#60AFFE"
};

// node_modules/linguist-languages/data/Omgrofl.js
var Omgrofl_default = {
  name: "Omgrofl",
  type: "programming",
  aceMode: "text",
  extensions: [".omgrofl"],
  languageId: 260,
  tmScope: "none",
  color: "#cabbff"
};

// node_modules/linguist-languages/data/OMNeT_2b__2b__20_MSG.js
var OMNeT_2b_2b_20_MSG_default = {
  name: "OMNeT++ MSG",
  type: "programming",
  aceMode: "text",
  extensions: [".msg"],
  languageId: 664100008,
  tmScope: "source.msg",
  aliases: ["omnetpp-msg"],
  color: "#a0e0a0"
};

// node_modules/linguist-languages/data/OMNeT_2b__2b__20_NED.js
var OMNeT_2b_2b_20_NED_default = {
  name: "OMNeT++ NED",
  type: "programming",
  aceMode: "text",
  extensions: [".ned"],
  languageId: 924868392,
  tmScope: "source.ned",
  aliases: ["omnetpp-ned"],
  color: "#08607c"
};

// node_modules/linguist-languages/data/ooc.js
var ooc_default = {
  name: "ooc",
  type: "programming",
  aceMode: "text",
  extensions: [".ooc"],
  languageId: 418,
  tmScope: "source.ooc",
  color: "#b0b77e"
};

// node_modules/linguist-languages/data/Opa.js
var Opa_default = {
  name: "Opa",
  type: "programming",
  aceMode: "text",
  extensions: [".opa"],
  languageId: 261,
  tmScope: "source.opa"
};

// node_modules/linguist-languages/data/Opal.js
var Opal_default = {
  name: "Opal",
  type: "programming",
  aceMode: "text",
  extensions: [".opal"],
  languageId: 262,
  tmScope: "source.opal",
  color: "#f7ede0"
};

// node_modules/linguist-languages/data/Open_20_Policy_20_Agent.js
var Open_20_Policy_20_Agent_default = {
  name: "Open Policy Agent",
  type: "programming",
  aceMode: "text",
  extensions: [".rego"],
  languageId: 840483232,
  tmScope: "source.rego",
  color: "#7d9199"
};

// node_modules/linguist-languages/data/OpenAPI_20_Specification_20_v2.js
var OpenAPI_20_Specification_20_v2_default = {
  name: "OpenAPI Specification v2",
  type: "data",
  aceMode: "text",
  languageId: 848295328,
  tmScope: "none",
  aliases: ["oasv2"],
  color: "#85ea2d"
};

// node_modules/linguist-languages/data/OpenAPI_20_Specification_20_v3.js
var OpenAPI_20_Specification_20_v3_default = {
  name: "OpenAPI Specification v3",
  type: "data",
  aceMode: "text",
  languageId: 557959099,
  tmScope: "none",
  aliases: ["oasv3"],
  color: "#85ea2d"
};

// node_modules/linguist-languages/data/OpenCL.js
var OpenCL_default = {
  name: "OpenCL",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".cl", ".opencl"],
  languageId: 263,
  tmScope: "source.c",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#ed2e2d",
  group: "C"
};

// node_modules/linguist-languages/data/OpenEdge_20_ABL.js
var OpenEdge_20_ABL_default = {
  name: "OpenEdge ABL",
  type: "programming",
  aceMode: "text",
  extensions: [".p", ".cls", ".w"],
  languageId: 264,
  tmScope: "source.abl",
  aliases: ["progress", "openedge", "abl"],
  color: "#5ce600"
};

// node_modules/linguist-languages/data/OpenQASM.js
var OpenQASM_default = {
  name: "OpenQASM",
  type: "programming",
  aceMode: "text",
  extensions: [".qasm"],
  languageId: 153739399,
  tmScope: "source.qasm",
  color: "#AA70FF"
};

// node_modules/linguist-languages/data/OpenRC_20_runscript.js
var OpenRC_20_runscript_default = {
  name: "OpenRC runscript",
  type: "programming",
  aceMode: "sh",
  languageId: 265,
  tmScope: "source.shell",
  aliases: ["openrc"],
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  group: "Shell",
  interpreters: ["openrc-run"]
};

// node_modules/linguist-languages/data/OpenSCAD.js
var OpenSCAD_default = {
  name: "OpenSCAD",
  type: "programming",
  aceMode: "scad",
  extensions: [".scad"],
  languageId: 266,
  tmScope: "source.scad",
  color: "#e5cd45"
};

// node_modules/linguist-languages/data/OpenStep_20_Property_20_List.js
var OpenStep_20_Property_20_List_default = {
  name: "OpenStep Property List",
  type: "data",
  aceMode: "text",
  extensions: [".plist", ".glyphs"],
  languageId: 598917541,
  tmScope: "source.plist"
};

// node_modules/linguist-languages/data/OpenType_20_Feature_20_File.js
var OpenType_20_Feature_20_File_default = {
  name: "OpenType Feature File",
  type: "data",
  aceMode: "text",
  extensions: [".fea"],
  languageId: 374317347,
  tmScope: "source.opentype",
  aliases: ["AFDKO"]
};

// node_modules/linguist-languages/data/Option_20_List.js
var Option_20_List_default = {
  name: "Option List",
  type: "data",
  aceMode: "sh",
  filenames: [".ackrc", ".rspec", ".yardopts", "ackrc", "mocha.opts"],
  languageId: 723589315,
  tmScope: "source.opts",
  aliases: ["opts", "ackrc"],
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  color: "#476732"
};

// node_modules/linguist-languages/data/Org.js
var Org_default = {
  name: "Org",
  type: "prose",
  aceMode: "text",
  extensions: [".org"],
  languageId: 267,
  tmScope: "none",
  color: "#77aa99",
  wrap: true
};

// node_modules/linguist-languages/data/OverpassQL.js
var OverpassQL_default = {
  name: "OverpassQL",
  type: "programming",
  aceMode: "text",
  extensions: [".overpassql"],
  languageId: 689079655,
  tmScope: "source.overpassql",
  color: "#cce2aa",
  wrap: true
};

// node_modules/linguist-languages/data/OverPy.js
var OverPy_default = {
  name: "OverPy",
  type: "programming",
  aceMode: "python",
  extensions: [".opy"],
  languageId: 492781155,
  tmScope: "source.opy",
  aliases: ["opy"],
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python",
  color: "#78b355",
  wrap: true
};

// node_modules/linguist-languages/data/Ox.js
var Ox_default = {
  name: "Ox",
  type: "programming",
  aceMode: "text",
  extensions: [".ox", ".oxh", ".oxo"],
  languageId: 268,
  tmScope: "source.ox"
};

// node_modules/linguist-languages/data/Oxygene.js
var Oxygene_default = {
  name: "Oxygene",
  type: "programming",
  aceMode: "text",
  extensions: [".oxygene"],
  languageId: 269,
  tmScope: "none",
  color: "#cdd0e3"
};

// node_modules/linguist-languages/data/Oz.js
var Oz_default = {
  name: "Oz",
  type: "programming",
  aceMode: "text",
  extensions: [".oz"],
  languageId: 270,
  tmScope: "source.oz",
  codemirrorMode: "oz",
  codemirrorMimeType: "text/x-oz",
  color: "#fab738"
};

// node_modules/linguist-languages/data/P4.js
var P4_default = {
  name: "P4",
  type: "programming",
  aceMode: "text",
  extensions: [".p4"],
  languageId: 348895984,
  tmScope: "source.p4",
  color: "#7055b5"
};

// node_modules/linguist-languages/data/Pact.js
var Pact_default = {
  name: "Pact",
  type: "programming",
  aceMode: "text",
  extensions: [".pact"],
  languageId: 756774415,
  tmScope: "source.pact",
  color: "#F7A8B8"
};

// node_modules/linguist-languages/data/Pan.js
var Pan_default = {
  name: "Pan",
  type: "programming",
  aceMode: "text",
  extensions: [".pan"],
  languageId: 276,
  tmScope: "source.pan",
  color: "#cc0000"
};

// node_modules/linguist-languages/data/Papyrus.js
var Papyrus_default = {
  name: "Papyrus",
  type: "programming",
  aceMode: "text",
  extensions: [".psc"],
  languageId: 277,
  tmScope: "source.papyrus.skyrim",
  color: "#6600cc"
};

// node_modules/linguist-languages/data/Parrot.js
var Parrot_default = {
  name: "Parrot",
  type: "programming",
  aceMode: "text",
  extensions: [".parrot"],
  languageId: 278,
  tmScope: "none",
  color: "#f3ca0a"
};

// node_modules/linguist-languages/data/Parrot_20_Assembly.js
var Parrot_20_Assembly_default = {
  name: "Parrot Assembly",
  type: "programming",
  aceMode: "text",
  extensions: [".pasm"],
  languageId: 279,
  tmScope: "none",
  aliases: ["pasm"],
  group: "Parrot",
  interpreters: ["parrot"]
};

// node_modules/linguist-languages/data/Parrot_20_Internal_20_Representation.js
var Parrot_20_Internal_20_Representation_default = {
  name: "Parrot Internal Representation",
  type: "programming",
  aceMode: "text",
  extensions: [".pir"],
  languageId: 280,
  tmScope: "source.parrot.pir",
  aliases: ["pir"],
  group: "Parrot",
  interpreters: ["parrot"]
};

// node_modules/linguist-languages/data/Pascal.js
var Pascal_default = {
  name: "Pascal",
  type: "programming",
  aceMode: "pascal",
  extensions: [".pas", ".dfm", ".dpr", ".inc", ".lpr", ".pascal", ".pp"],
  languageId: 281,
  tmScope: "source.pascal",
  aliases: ["delphi", "objectpascal"],
  codemirrorMode: "pascal",
  codemirrorMimeType: "text/x-pascal",
  color: "#E3F171",
  interpreters: ["instantfpc"]
};

// node_modules/linguist-languages/data/Pawn.js
var Pawn_default = {
  name: "Pawn",
  type: "programming",
  aceMode: "text",
  extensions: [".pwn", ".inc", ".sma"],
  languageId: 271,
  tmScope: "source.pawn",
  color: "#dbb284"
};

// node_modules/linguist-languages/data/PDDL.js
var PDDL_default = {
  name: "PDDL",
  type: "programming",
  aceMode: "text",
  extensions: [".pddl"],
  languageId: 736235603,
  tmScope: "source.pddl",
  color: "#0d00ff"
};

// node_modules/linguist-languages/data/PEG.js.js
var PEG_js_default = {
  name: "PEG.js",
  type: "programming",
  aceMode: "javascript",
  extensions: [".pegjs", ".peggy"],
  languageId: 81442128,
  tmScope: "source.peggy",
  codemirrorMode: "javascript",
  codemirrorMimeType: "text/javascript",
  color: "#234d6b"
};

// node_modules/linguist-languages/data/Pep8.js
var Pep8_default = {
  name: "Pep8",
  type: "programming",
  aceMode: "text",
  extensions: [".pep"],
  languageId: 840372442,
  tmScope: "source.pep8",
  color: "#C76F5B"
};

// node_modules/linguist-languages/data/Perl.js
var Perl_default = {
  name: "Perl",
  type: "programming",
  aceMode: "perl",
  extensions: [
    ".pl",
    ".al",
    ".cgi",
    ".fcgi",
    ".perl",
    ".ph",
    ".plx",
    ".pm",
    ".psgi",
    ".t"
  ],
  filenames: [
    ".latexmkrc",
    "Makefile.PL",
    "Rexfile",
    "ack",
    "cpanfile",
    "latexmkrc"
  ],
  languageId: 282,
  tmScope: "source.perl",
  aliases: ["cperl"],
  codemirrorMode: "perl",
  codemirrorMimeType: "text/x-perl",
  color: "#0298c3",
  interpreters: ["cperl", "perl"]
};

// node_modules/linguist-languages/data/PHP.js
var PHP_default = {
  name: "PHP",
  type: "programming",
  aceMode: "php",
  extensions: [
    ".php",
    ".aw",
    ".ctp",
    ".fcgi",
    ".inc",
    ".php3",
    ".php4",
    ".php5",
    ".phps",
    ".phpt"
  ],
  filenames: [".php", ".php_cs", ".php_cs.dist", "Phakefile"],
  languageId: 272,
  tmScope: "text.html.php",
  aliases: ["inc"],
  codemirrorMode: "php",
  codemirrorMimeType: "application/x-httpd-php",
  color: "#4F5D95",
  interpreters: ["php"]
};

// node_modules/linguist-languages/data/Pic.js
var Pic_default = {
  name: "Pic",
  type: "markup",
  aceMode: "text",
  extensions: [".pic", ".chem"],
  languageId: 425,
  tmScope: "source.pic",
  aliases: ["pikchr"],
  codemirrorMode: "troff",
  codemirrorMimeType: "text/troff",
  group: "Roff"
};

// node_modules/linguist-languages/data/Pickle.js
var Pickle_default = {
  name: "Pickle",
  type: "data",
  aceMode: "text",
  extensions: [".pkl"],
  languageId: 284,
  tmScope: "none"
};

// node_modules/linguist-languages/data/PicoLisp.js
var PicoLisp_default = {
  name: "PicoLisp",
  type: "programming",
  aceMode: "lisp",
  extensions: [".l"],
  languageId: 285,
  tmScope: "source.lisp",
  color: "#6067af",
  interpreters: ["picolisp", "pil"]
};

// node_modules/linguist-languages/data/PigLatin.js
var PigLatin_default = {
  name: "PigLatin",
  type: "programming",
  aceMode: "pig",
  extensions: [".pig"],
  languageId: 286,
  tmScope: "source.pig_latin",
  codemirrorMode: "pig",
  codemirrorMimeType: "text/x-pig",
  color: "#fcd7de"
};

// node_modules/linguist-languages/data/Pike.js
var Pike_default = {
  name: "Pike",
  type: "programming",
  aceMode: "text",
  extensions: [".pike", ".pmod"],
  languageId: 287,
  tmScope: "source.pike",
  color: "#005390",
  interpreters: ["pike"]
};

// node_modules/linguist-languages/data/Pip_20_Requirements.js
var Pip_20_Requirements_default = {
  name: "Pip Requirements",
  type: "data",
  aceMode: "text",
  filenames: [
    "dev-requirements.txt",
    "requirements-dev.txt",
    "requirements.lock.txt",
    "requirements.txt"
  ],
  languageId: 684385621,
  tmScope: "source.pip-requirements",
  color: "#FFD343"
};

// node_modules/linguist-languages/data/pkg-config.js
var pkg_config_default = {
  name: "pkg-config",
  type: "data",
  aceMode: "properties",
  extensions: [".pc", ".pc.in"],
  languageId: 925023573,
  tmScope: "source.pkgconf",
  aliases: ["pkgconf"],
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#2b5e82"
};

// node_modules/linguist-languages/data/Pkl.js
var Pkl_default = {
  name: "Pkl",
  type: "programming",
  aceMode: "text",
  extensions: [".pkl"],
  languageId: 288822799,
  tmScope: "source.pkl",
  color: "#6b9543",
  interpreters: ["pkl"]
};

// node_modules/linguist-languages/data/PlantUML.js
var PlantUML_default = {
  name: "PlantUML",
  type: "data",
  aceMode: "text",
  extensions: [".puml", ".iuml", ".plantuml"],
  languageId: 833504686,
  tmScope: "source.wsd",
  color: "#fbbd16"
};

// node_modules/linguist-languages/data/PLpgSQL.js
var PLpgSQL_default = {
  name: "PLpgSQL",
  type: "programming",
  aceMode: "pgsql",
  extensions: [".pgsql", ".sql"],
  languageId: 274,
  tmScope: "source.sql",
  codemirrorMode: "sql",
  codemirrorMimeType: "text/x-sql",
  color: "#336790"
};

// node_modules/linguist-languages/data/PLSQL.js
var PLSQL_default = {
  name: "PLSQL",
  type: "programming",
  aceMode: "plsql",
  extensions: [
    ".pls",
    ".bdy",
    ".ddl",
    ".fnc",
    ".pck",
    ".pkb",
    ".pks",
    ".plb",
    ".plsql",
    ".prc",
    ".spc",
    ".sql",
    ".tpb",
    ".tps",
    ".trg",
    ".vw"
  ],
  languageId: 273,
  tmScope: "none",
  codemirrorMode: "sql",
  codemirrorMimeType: "text/x-plsql",
  color: "#dad8d8"
};

// node_modules/linguist-languages/data/Pod.js
var Pod_default = {
  name: "Pod",
  type: "prose",
  aceMode: "perl",
  extensions: [".pod"],
  languageId: 288,
  tmScope: "none",
  codemirrorMode: "perl",
  codemirrorMimeType: "text/x-perl",
  interpreters: ["perl"],
  wrap: true
};

// node_modules/linguist-languages/data/Pod_20_6.js
var Pod_20_6_default = {
  name: "Pod 6",
  type: "prose",
  aceMode: "perl",
  extensions: [".pod", ".pod6"],
  languageId: 155357471,
  tmScope: "source.raku",
  interpreters: ["perl6"],
  wrap: true
};

// node_modules/linguist-languages/data/PogoScript.js
var PogoScript_default = {
  name: "PogoScript",
  type: "programming",
  aceMode: "text",
  extensions: [".pogo"],
  languageId: 289,
  tmScope: "source.pogoscript",
  color: "#d80074"
};

// node_modules/linguist-languages/data/Polar.js
var Polar_default = {
  name: "Polar",
  type: "programming",
  aceMode: "text",
  extensions: [".polar"],
  languageId: 839112914,
  tmScope: "source.polar",
  color: "#ae81ff"
};

// node_modules/linguist-languages/data/Pony.js
var Pony_default = {
  name: "Pony",
  type: "programming",
  aceMode: "text",
  extensions: [".pony"],
  languageId: 290,
  tmScope: "source.pony"
};

// node_modules/linguist-languages/data/Portugol.js
var Portugol_default = {
  name: "Portugol",
  type: "programming",
  aceMode: "text",
  extensions: [".por"],
  languageId: 832391833,
  tmScope: "source.portugol",
  color: "#f8bd00"
};

// node_modules/linguist-languages/data/PostCSS.js
var PostCSS_default = {
  name: "PostCSS",
  type: "markup",
  aceMode: "text",
  extensions: [".pcss", ".postcss"],
  languageId: 262764437,
  tmScope: "source.postcss",
  color: "#dc3a0c",
  group: "CSS"
};

// node_modules/linguist-languages/data/PostScript.js
var PostScript_default = {
  name: "PostScript",
  type: "markup",
  aceMode: "text",
  extensions: [".ps", ".eps", ".epsi", ".pfa"],
  languageId: 291,
  tmScope: "source.postscript",
  aliases: ["postscr"],
  color: "#da291c"
};

// node_modules/linguist-languages/data/POV-Ray_20_SDL.js
var POV_Ray_20_SDL_default = {
  name: "POV-Ray SDL",
  type: "programming",
  aceMode: "text",
  extensions: [".pov", ".inc"],
  languageId: 275,
  tmScope: "source.pov-ray sdl",
  aliases: ["pov-ray", "povray"],
  color: "#6bac65"
};

// node_modules/linguist-languages/data/Power_20_Query.js
var Power_20_Query_default = {
  name: "Power Query",
  type: "programming",
  aceMode: "text",
  extensions: [".pq"],
  languageId: 37496382,
  tmScope: "source.powerquery",
  aliases: ["powerquery"],
  color: "#d38e0d"
};

// node_modules/linguist-languages/data/PowerBuilder.js
var PowerBuilder_default = {
  name: "PowerBuilder",
  type: "programming",
  aceMode: "text",
  extensions: [".pbt", ".sra", ".sru", ".srw"],
  languageId: 292,
  tmScope: "source.powerbuilder",
  color: "#8f0f8d"
};

// node_modules/linguist-languages/data/PowerShell.js
var PowerShell_default = {
  name: "PowerShell",
  type: "programming",
  aceMode: "powershell",
  extensions: [".ps1", ".psd1", ".psm1"],
  languageId: 293,
  tmScope: "source.powershell",
  aliases: ["posh", "pwsh"],
  codemirrorMode: "powershell",
  codemirrorMimeType: "application/x-powershell",
  color: "#012456",
  interpreters: ["pwsh"]
};

// node_modules/linguist-languages/data/Praat.js
var Praat_default = {
  name: "Praat",
  type: "programming",
  aceMode: "praat",
  extensions: [".praat"],
  languageId: 106029007,
  tmScope: "source.praat",
  color: "#c8506d"
};

// node_modules/linguist-languages/data/Prisma.js
var Prisma_default = {
  name: "Prisma",
  type: "data",
  aceMode: "prisma",
  extensions: [".prisma"],
  languageId: 499933428,
  tmScope: "source.prisma",
  color: "#0c344b"
};

// node_modules/linguist-languages/data/Pro_2a_C.js
var Pro_2a_C_default = {
  name: "Pro*C",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".pc"],
  languageId: 991047534,
  tmScope: "source.c",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#bb8368"
};

// node_modules/linguist-languages/data/Processing.js
var Processing_default = {
  name: "Processing",
  type: "programming",
  aceMode: "text",
  extensions: [".pde"],
  languageId: 294,
  tmScope: "source.processing",
  color: "#0096D8"
};

// node_modules/linguist-languages/data/Procfile.js
var Procfile_default = {
  name: "Procfile",
  type: "programming",
  aceMode: "batchfile",
  filenames: ["Procfile"],
  languageId: 305313959,
  tmScope: "source.procfile",
  color: "#3B2F63"
};

// node_modules/linguist-languages/data/Proguard.js
var Proguard_default = {
  name: "Proguard",
  type: "data",
  aceMode: "text",
  extensions: [".pro"],
  languageId: 716513858,
  tmScope: "none"
};

// node_modules/linguist-languages/data/Prolog.js
var Prolog_default = {
  name: "Prolog",
  type: "programming",
  aceMode: "prolog",
  extensions: [".pl", ".plt", ".pro", ".prolog", ".yap"],
  languageId: 295,
  tmScope: "source.prolog",
  color: "#74283c",
  interpreters: ["swipl", "yap"]
};

// node_modules/linguist-languages/data/Promela.js
var Promela_default = {
  name: "Promela",
  type: "programming",
  aceMode: "text",
  extensions: [".pml"],
  languageId: 441858312,
  tmScope: "source.promela",
  color: "#de0000"
};

// node_modules/linguist-languages/data/Propeller_20_Spin.js
var Propeller_20_Spin_default = {
  name: "Propeller Spin",
  type: "programming",
  aceMode: "text",
  extensions: [".spin"],
  languageId: 296,
  tmScope: "source.spin",
  color: "#7fa2a7"
};

// node_modules/linguist-languages/data/Protocol_20_Buffer.js
var Protocol_20_Buffer_default = {
  name: "Protocol Buffer",
  type: "data",
  aceMode: "protobuf",
  extensions: [".proto"],
  languageId: 297,
  tmScope: "source.proto",
  aliases: ["proto", "protobuf", "Protocol Buffers"],
  codemirrorMode: "protobuf",
  codemirrorMimeType: "text/x-protobuf"
};

// node_modules/linguist-languages/data/Protocol_20_Buffer_20_Text_20_Format.js
var Protocol_20_Buffer_20_Text_20_Format_default = {
  name: "Protocol Buffer Text Format",
  type: "data",
  aceMode: "text",
  extensions: [".textproto", ".pbt", ".pbtxt", ".txtpb"],
  languageId: 436568854,
  tmScope: "source.textproto",
  aliases: ["text proto", "protobuf text format"]
};

// node_modules/linguist-languages/data/Public_20_Key.js
var Public_20_Key_default = {
  name: "Public Key",
  type: "data",
  aceMode: "text",
  extensions: [".asc", ".pub"],
  languageId: 298,
  tmScope: "none",
  codemirrorMode: "asciiarmor",
  codemirrorMimeType: "application/pgp"
};

// node_modules/linguist-languages/data/Pug.js
var Pug_default = {
  name: "Pug",
  type: "markup",
  aceMode: "jade",
  extensions: [".jade", ".pug"],
  languageId: 179,
  tmScope: "text.jade",
  codemirrorMode: "pug",
  codemirrorMimeType: "text/x-pug",
  color: "#a86454"
};

// node_modules/linguist-languages/data/Puppet.js
var Puppet_default = {
  name: "Puppet",
  type: "programming",
  aceMode: "puppet",
  extensions: [".pp"],
  filenames: ["Modulefile"],
  languageId: 299,
  tmScope: "source.puppet",
  codemirrorMode: "puppet",
  codemirrorMimeType: "text/x-puppet",
  color: "#302B6D"
};

// node_modules/linguist-languages/data/Pure_20_Data.js
var Pure_20_Data_default = {
  name: "Pure Data",
  type: "data",
  aceMode: "text",
  extensions: [".pd"],
  languageId: 300,
  tmScope: "none"
};

// node_modules/linguist-languages/data/PureBasic.js
var PureBasic_default = {
  name: "PureBasic",
  type: "programming",
  aceMode: "text",
  extensions: [".pb", ".pbi"],
  languageId: 301,
  tmScope: "none",
  color: "#5a6986"
};

// node_modules/linguist-languages/data/PureScript.js
var PureScript_default = {
  name: "PureScript",
  type: "programming",
  aceMode: "haskell",
  extensions: [".purs"],
  languageId: 302,
  tmScope: "source.purescript",
  codemirrorMode: "haskell",
  codemirrorMimeType: "text/x-haskell",
  color: "#1D222D"
};

// node_modules/linguist-languages/data/Pyret.js
var Pyret_default = {
  name: "Pyret",
  type: "programming",
  aceMode: "python",
  extensions: [".arr"],
  languageId: 252961827,
  tmScope: "source.arr",
  color: "#ee1e10"
};

// node_modules/linguist-languages/data/Python.js
var Python_default = {
  name: "Python",
  type: "programming",
  aceMode: "python",
  extensions: [
    ".py",
    ".cgi",
    ".fcgi",
    ".gyp",
    ".gypi",
    ".lmi",
    ".py3",
    ".pyde",
    ".pyi",
    ".pyp",
    ".pyt",
    ".pyw",
    ".rpy",
    ".spec",
    ".tac",
    ".wsgi",
    ".xpy"
  ],
  filenames: [".gclient", "DEPS", "SConscript", "SConstruct", "wscript"],
  languageId: 303,
  tmScope: "source.python",
  aliases: ["py", "py3", "python3", "rusthon"],
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python",
  color: "#3572A5",
  interpreters: ["python", "python2", "python3", "py", "pypy", "pypy3", "uv"]
};

// node_modules/linguist-languages/data/Python_20_console.js
var Python_20_console_default = {
  name: "Python console",
  type: "programming",
  aceMode: "text",
  languageId: 428,
  tmScope: "text.python.console",
  aliases: ["pycon"],
  color: "#3572A5",
  group: "Python"
};

// node_modules/linguist-languages/data/Python_20_traceback.js
var Python_20_traceback_default = {
  name: "Python traceback",
  type: "data",
  aceMode: "text",
  extensions: [".pytb"],
  languageId: 304,
  tmScope: "text.python.traceback",
  color: "#3572A5",
  group: "Python"
};

// node_modules/linguist-languages/data/q.js
var q_default = {
  name: "q",
  type: "programming",
  aceMode: "text",
  extensions: [".q"],
  languageId: 970539067,
  tmScope: "source.q",
  codemirrorMode: "q",
  codemirrorMimeType: "text/x-q",
  color: "#0040cd"
};

// node_modules/linguist-languages/data/Q_23_.js
var Q_23_default = {
  name: "Q#",
  type: "programming",
  aceMode: "text",
  extensions: [".qs"],
  languageId: 697448245,
  tmScope: "source.qsharp",
  aliases: ["qsharp"],
  color: "#fed659"
};

// node_modules/linguist-languages/data/QMake.js
var QMake_default = {
  name: "QMake",
  type: "programming",
  aceMode: "text",
  extensions: [".pro", ".pri"],
  languageId: 306,
  tmScope: "source.qmake",
  interpreters: ["qmake"]
};

// node_modules/linguist-languages/data/QML.js
var QML_default = {
  name: "QML",
  type: "programming",
  aceMode: "qml",
  extensions: [".qml", ".qbs"],
  languageId: 305,
  tmScope: "source.qml",
  color: "#44a51c"
};

// node_modules/linguist-languages/data/Qt_20_Script.js
var Qt_20_Script_default = {
  name: "Qt Script",
  type: "programming",
  aceMode: "javascript",
  extensions: [".qs"],
  filenames: ["installscript.qs", "toolchain_installscript.qs"],
  languageId: 558193693,
  tmScope: "source.js",
  codemirrorMode: "javascript",
  codemirrorMimeType: "text/javascript",
  color: "#00b841"
};

// node_modules/linguist-languages/data/Quake.js
var Quake_default = {
  name: "Quake",
  type: "programming",
  aceMode: "text",
  filenames: ["m3makefile", "m3overrides"],
  languageId: 375265331,
  tmScope: "source.quake",
  color: "#882233"
};

// node_modules/linguist-languages/data/QuakeC.js
var QuakeC_default = {
  name: "QuakeC",
  type: "programming",
  aceMode: "text",
  extensions: [".qc"],
  languageId: 472308069,
  tmScope: "source.quakec",
  color: "#975777"
};

// node_modules/linguist-languages/data/Quartus_20_Simulation_20_IP.js
var Quartus_20_Simulation_20_IP_default = {
  name: "Quartus Simulation IP",
  type: "data",
  aceMode: "tcl",
  extensions: [".sip"],
  languageId: 828144309,
  tmScope: "source.tcl",
  codemirrorMode: "tcl",
  codemirrorMimeType: "text/x-tcl",
  color: "#58C42E"
};

// node_modules/linguist-languages/data/QuickBASIC.js
var QuickBASIC_default = {
  name: "QuickBASIC",
  type: "programming",
  aceMode: "text",
  extensions: [".bas", ".bi"],
  languageId: 593107205,
  tmScope: "source.QB64",
  aliases: ["qb", "qbasic", "qb64", "classic qbasic", "classic quickbasic"],
  codemirrorMode: "vb",
  codemirrorMimeType: "text/x-vb",
  color: "#008080"
};

// node_modules/linguist-languages/data/Quint.js
var Quint_default = {
  name: "Quint",
  type: "programming",
  aceMode: "text",
  extensions: [".qnt"],
  languageId: 562056483,
  tmScope: "source.quint",
  color: "#9d6ce5"
};

// node_modules/linguist-languages/data/R.js
var R_default = {
  name: "R",
  type: "programming",
  aceMode: "r",
  extensions: [".r", ".rd", ".rhistory", ".rsx"],
  filenames: [".Rapp.history", ".Rhistory", ".Rprofile", "expr-dist"],
  languageId: 307,
  tmScope: "source.r",
  aliases: ["Rscript", "splus"],
  codemirrorMode: "r",
  codemirrorMimeType: "text/x-rsrc",
  color: "#198CE7",
  interpreters: ["Rscript"]
};

// node_modules/linguist-languages/data/Racket.js
var Racket_default = {
  name: "Racket",
  type: "programming",
  aceMode: "lisp",
  extensions: [".rkt", ".rktd", ".rktl", ".scrbl"],
  languageId: 316,
  tmScope: "source.racket",
  color: "#3c5caa",
  interpreters: ["racket"]
};

// node_modules/linguist-languages/data/Ragel.js
var Ragel_default = {
  name: "Ragel",
  type: "programming",
  aceMode: "text",
  extensions: [".rl"],
  languageId: 317,
  tmScope: "none",
  aliases: ["ragel-rb", "ragel-ruby"],
  color: "#9d5200"
};

// node_modules/linguist-languages/data/Raku.js
var Raku_default = {
  name: "Raku",
  type: "programming",
  aceMode: "raku",
  extensions: [
    ".6pl",
    ".6pm",
    ".nqp",
    ".p6",
    ".p6l",
    ".p6m",
    ".pl",
    ".pl6",
    ".pm",
    ".pm6",
    ".raku",
    ".rakumod",
    ".t"
  ],
  languageId: 283,
  tmScope: "source.raku",
  aliases: ["perl6", "perl-6"],
  codemirrorMode: "perl",
  codemirrorMimeType: "text/x-perl",
  color: "#0000fb",
  interpreters: ["perl6", "raku", "rakudo"]
};

// node_modules/linguist-languages/data/RAML.js
var RAML_default = {
  name: "RAML",
  type: "markup",
  aceMode: "yaml",
  extensions: [".raml"],
  languageId: 308,
  tmScope: "source.yaml",
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#77d9fb"
};

// node_modules/linguist-languages/data/Rascal.js
var Rascal_default = {
  name: "Rascal",
  type: "programming",
  aceMode: "text",
  extensions: [".rsc"],
  languageId: 173616037,
  tmScope: "source.rascal",
  color: "#fffaa0"
};

// node_modules/linguist-languages/data/RAScript.js
var RAScript_default = {
  name: "RAScript",
  type: "programming",
  aceMode: "text",
  extensions: [".rascript"],
  languageId: 601118790,
  tmScope: "source.rascript",
  color: "#2C97FA"
};

// node_modules/linguist-languages/data/Raw_20_token_20_data.js
var Raw_20_token_20_data_default = {
  name: "Raw token data",
  type: "data",
  aceMode: "text",
  extensions: [".raw"],
  languageId: 318,
  tmScope: "none",
  aliases: ["raw"]
};

// node_modules/linguist-languages/data/RBS.js
var RBS_default = {
  name: "RBS",
  type: "data",
  aceMode: "ruby",
  extensions: [".rbs"],
  languageId: 899227493,
  tmScope: "source.rbs",
  codemirrorMode: "ruby",
  codemirrorMimeType: "text/x-ruby",
  color: "#701516",
  group: "Ruby"
};

// node_modules/linguist-languages/data/RDoc.js
var RDoc_default = {
  name: "RDoc",
  type: "prose",
  aceMode: "rdoc",
  extensions: [".rdoc"],
  languageId: 309,
  tmScope: "text.rdoc",
  color: "#701516",
  wrap: true
};

// node_modules/linguist-languages/data/Readline_20_Config.js
var Readline_20_Config_default = {
  name: "Readline Config",
  type: "data",
  aceMode: "text",
  filenames: [".inputrc", "inputrc"],
  languageId: 538732839,
  tmScope: "source.inputrc",
  aliases: ["inputrc", "readline"],
  group: "INI"
};

// node_modules/linguist-languages/data/REALbasic.js
var REALbasic_default = {
  name: "REALbasic",
  type: "programming",
  aceMode: "text",
  extensions: [".rbbas", ".rbfrm", ".rbmnu", ".rbres", ".rbtbar", ".rbuistate"],
  languageId: 310,
  tmScope: "source.vbnet"
};

// node_modules/linguist-languages/data/Reason.js
var Reason_default = {
  name: "Reason",
  type: "programming",
  aceMode: "rust",
  extensions: [".re", ".rei"],
  languageId: 869538413,
  tmScope: "source.reason",
  codemirrorMode: "rust",
  codemirrorMimeType: "text/x-rustsrc",
  color: "#ff5847"
};

// node_modules/linguist-languages/data/ReasonLIGO.js
var ReasonLIGO_default = {
  name: "ReasonLIGO",
  type: "programming",
  aceMode: "rust",
  extensions: [".religo"],
  languageId: 319002153,
  tmScope: "source.religo",
  codemirrorMode: "rust",
  codemirrorMimeType: "text/x-rustsrc",
  color: "#ff5847",
  group: "LigoLANG"
};

// node_modules/linguist-languages/data/Rebol.js
var Rebol_default = {
  name: "Rebol",
  type: "programming",
  aceMode: "text",
  extensions: [".reb", ".r", ".r2", ".r3", ".rebol"],
  languageId: 319,
  tmScope: "source.rebol",
  color: "#358a5b"
};

// node_modules/linguist-languages/data/Record_20_Jar.js
var Record_20_Jar_default = {
  name: "Record Jar",
  type: "data",
  aceMode: "text",
  filenames: ["language-subtag-registry.txt"],
  languageId: 865765202,
  tmScope: "source.record-jar",
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#0673ba"
};

// node_modules/linguist-languages/data/Red.js
var Red_default = {
  name: "Red",
  type: "programming",
  aceMode: "red",
  extensions: [".red", ".reds"],
  languageId: 320,
  tmScope: "source.red",
  aliases: ["red/system"],
  color: "#f50000"
};

// node_modules/linguist-languages/data/Redcode.js
var Redcode_default = {
  name: "Redcode",
  type: "programming",
  aceMode: "text",
  extensions: [".cw"],
  languageId: 321,
  tmScope: "none"
};

// node_modules/linguist-languages/data/Redirect_20_Rules.js
var Redirect_20_Rules_default = {
  name: "Redirect Rules",
  type: "data",
  aceMode: "text",
  filenames: ["_redirects"],
  languageId: 1020148948,
  tmScope: "source.redirects",
  aliases: ["redirects"]
};

// node_modules/linguist-languages/data/Redscript.js
var Redscript_default = {
  name: "Redscript",
  type: "programming",
  aceMode: "text",
  extensions: [".reds"],
  languageId: 686691365,
  tmScope: "source.redscript",
  color: "#f44336"
};

// node_modules/linguist-languages/data/Regular_20_Expression.js
var Regular_20_Expression_default = {
  name: "Regular Expression",
  type: "data",
  aceMode: "text",
  extensions: [".regexp", ".regex"],
  languageId: 363378884,
  tmScope: "source.regexp",
  aliases: ["regexp", "regex"],
  color: "#009a00"
};

// node_modules/linguist-languages/data/Ren_27_Py.js
var Ren_27_Py_default = {
  name: "Ren'Py",
  type: "programming",
  aceMode: "python",
  extensions: [".rpy"],
  languageId: 322,
  tmScope: "source.renpy",
  aliases: ["renpy"],
  color: "#ff7f7f"
};

// node_modules/linguist-languages/data/RenderScript.js
var RenderScript_default = {
  name: "RenderScript",
  type: "programming",
  aceMode: "text",
  extensions: [".rs", ".rsh"],
  languageId: 323,
  tmScope: "none"
};

// node_modules/linguist-languages/data/ReScript.js
var ReScript_default = {
  name: "ReScript",
  type: "programming",
  aceMode: "rust",
  extensions: [".res", ".resi"],
  languageId: 501875647,
  tmScope: "source.rescript",
  codemirrorMode: "rust",
  codemirrorMimeType: "text/x-rustsrc",
  color: "#ed5051",
  interpreters: ["ocaml"]
};

// node_modules/linguist-languages/data/reStructuredText.js
var reStructuredText_default = {
  name: "reStructuredText",
  type: "prose",
  aceMode: "rst",
  extensions: [".rst", ".rest", ".rest.txt", ".rst.txt"],
  languageId: 419,
  tmScope: "text.restructuredtext",
  aliases: ["rst"],
  codemirrorMode: "rst",
  codemirrorMimeType: "text/x-rst",
  color: "#141414",
  wrap: true
};

// node_modules/linguist-languages/data/REXX.js
var REXX_default = {
  name: "REXX",
  type: "programming",
  aceMode: "text",
  extensions: [".rexx", ".pprx", ".rex"],
  languageId: 311,
  tmScope: "source.rexx",
  aliases: ["arexx"],
  color: "#d90e09",
  interpreters: ["regina", "rexx"]
};

// node_modules/linguist-languages/data/Rez.js
var Rez_default = {
  name: "Rez",
  type: "programming",
  aceMode: "text",
  extensions: [".r"],
  languageId: 498022874,
  tmScope: "source.rez",
  color: "#FFDAB3"
};

// node_modules/linguist-languages/data/Rhai.js
var Rhai_default = {
  name: "Rhai",
  type: "programming",
  aceMode: "text",
  extensions: [".rhai"],
  languageId: 713228814,
  tmScope: "source.rhai",
  color: "#FBA63B"
};

// node_modules/linguist-languages/data/Rich_20_Text_20_Format.js
var Rich_20_Text_20_Format_default = {
  name: "Rich Text Format",
  type: "markup",
  aceMode: "text",
  extensions: [".rtf"],
  languageId: 51601661,
  tmScope: "text.rtf"
};

// node_modules/linguist-languages/data/Ring.js
var Ring_default = {
  name: "Ring",
  type: "programming",
  aceMode: "text",
  extensions: [".ring"],
  languageId: 431,
  tmScope: "source.ring",
  color: "#2D54CB"
};

// node_modules/linguist-languages/data/Riot.js
var Riot_default = {
  name: "Riot",
  type: "markup",
  aceMode: "html",
  extensions: [".riot"],
  languageId: 878396783,
  tmScope: "text.html.riot",
  color: "#A71E49"
};

// node_modules/linguist-languages/data/RMarkdown.js
var RMarkdown_default = {
  name: "RMarkdown",
  type: "prose",
  aceMode: "markdown",
  extensions: [".qmd", ".rmd"],
  languageId: 313,
  tmScope: "text.md",
  codemirrorMode: "gfm",
  codemirrorMimeType: "text/x-gfm",
  color: "#198ce7",
  wrap: true
};

// node_modules/linguist-languages/data/RobotFramework.js
var RobotFramework_default = {
  name: "RobotFramework",
  type: "programming",
  aceMode: "robot",
  extensions: [".robot", ".resource"],
  languageId: 324,
  tmScope: "text.robot",
  color: "#00c0b5"
};

// node_modules/linguist-languages/data/Robots_20_Exclusion_20_Rules.js
var Robots_20_Exclusion_20_Rules_default = {
  name: "Robots Exclusion Rules",
  type: "data",
  aceMode: "text",
  filenames: ["robots.txt"],
  languageId: 674736065,
  tmScope: "text.robots-txt",
  aliases: ["robots", "robots txt", "robotx.txt"]
};

// node_modules/linguist-languages/data/Roc.js
var Roc_default = {
  name: "Roc",
  type: "programming",
  aceMode: "text",
  extensions: [".roc"],
  languageId: 440182480,
  tmScope: "source.roc",
  color: "#7c38f5"
};

// node_modules/linguist-languages/data/Rocq_20_Prover.js
var Rocq_20_Prover_default = {
  name: "Rocq Prover",
  type: "programming",
  aceMode: "text",
  extensions: [".v", ".coq"],
  languageId: 69,
  tmScope: "source.coq",
  aliases: ["coq", "rocq"],
  color: "#d0b68c"
};

// node_modules/linguist-languages/data/Roff.js
var Roff_default = {
  name: "Roff",
  type: "markup",
  aceMode: "text",
  extensions: [
    ".roff",
    ".1",
    ".1in",
    ".1m",
    ".1x",
    ".2",
    ".3",
    ".3in",
    ".3m",
    ".3p",
    ".3pm",
    ".3qt",
    ".3x",
    ".4",
    ".5",
    ".6",
    ".7",
    ".8",
    ".9",
    ".l",
    ".man",
    ".mdoc",
    ".me",
    ".ms",
    ".n",
    ".nr",
    ".rno",
    ".tmac"
  ],
  filenames: ["eqnrc", "mmn", "mmt", "troffrc", "troffrc-end"],
  languageId: 141,
  tmScope: "text.roff",
  aliases: [
    "groff",
    "man",
    "manpage",
    "man page",
    "man-page",
    "mdoc",
    "nroff",
    "troff"
  ],
  codemirrorMode: "troff",
  codemirrorMimeType: "text/troff",
  color: "#ecdebe",
  wrap: true
};

// node_modules/linguist-languages/data/Roff_20_Manpage.js
var Roff_20_Manpage_default = {
  name: "Roff Manpage",
  type: "markup",
  aceMode: "text",
  extensions: [
    ".1",
    ".1in",
    ".1m",
    ".1x",
    ".2",
    ".3",
    ".3in",
    ".3m",
    ".3p",
    ".3pm",
    ".3qt",
    ".3x",
    ".4",
    ".5",
    ".6",
    ".7",
    ".8",
    ".9",
    ".man",
    ".mdoc"
  ],
  languageId: 612669833,
  tmScope: "text.roff",
  codemirrorMode: "troff",
  codemirrorMimeType: "text/troff",
  color: "#ecdebe",
  group: "Roff",
  wrap: true
};

// node_modules/linguist-languages/data/RON.js
var RON_default = {
  name: "RON",
  type: "data",
  aceMode: "rust",
  extensions: [".ron"],
  languageId: 587855233,
  tmScope: "source.ron",
  color: "#a62c00"
};

// node_modules/linguist-languages/data/ROS_20_Interface.js
var ROS_20_Interface_default = {
  name: "ROS Interface",
  type: "data",
  aceMode: "text",
  extensions: [".msg", ".action", ".srv"],
  languageId: 809230569,
  tmScope: "source.rosmsg",
  aliases: ["rosmsg"],
  color: "#22314e"
};

// node_modules/linguist-languages/data/Rouge.js
var Rouge_default = {
  name: "Rouge",
  type: "programming",
  aceMode: "clojure",
  extensions: [".rg"],
  languageId: 325,
  tmScope: "source.clojure",
  codemirrorMode: "clojure",
  codemirrorMimeType: "text/x-clojure",
  color: "#cc0088"
};

// node_modules/linguist-languages/data/RouterOS_20_Script.js
var RouterOS_20_Script_default = {
  name: "RouterOS Script",
  type: "programming",
  aceMode: "text",
  extensions: [".rsc"],
  languageId: 592853203,
  tmScope: "none",
  color: "#DE3941",
  interpreters: ["RouterOS"]
};

// node_modules/linguist-languages/data/RPC.js
var RPC_default = {
  name: "RPC",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".x"],
  languageId: 1031374237,
  tmScope: "source.c",
  aliases: ["rpcgen", "oncrpc", "xdr"]
};

// node_modules/linguist-languages/data/RPGLE.js
var RPGLE_default = {
  name: "RPGLE",
  type: "programming",
  aceMode: "text",
  extensions: [".rpgle", ".sqlrpgle"],
  languageId: 609977990,
  tmScope: "source.rpgle",
  aliases: ["ile rpg", "sqlrpgle"],
  color: "#2BDE21"
};

// node_modules/linguist-languages/data/RPM_20_Spec.js
var RPM_20_Spec_default = {
  name: "RPM Spec",
  type: "data",
  aceMode: "text",
  extensions: [".spec"],
  languageId: 314,
  tmScope: "source.rpm-spec",
  aliases: ["specfile"],
  codemirrorMode: "rpm",
  codemirrorMimeType: "text/x-rpm-spec"
};

// node_modules/linguist-languages/data/Ruby.js
var Ruby_default = {
  name: "Ruby",
  type: "programming",
  aceMode: "ruby",
  extensions: [
    ".rb",
    ".builder",
    ".eye",
    ".fcgi",
    ".gemspec",
    ".god",
    ".jbuilder",
    ".mspec",
    ".pluginspec",
    ".podspec",
    ".prawn",
    ".rabl",
    ".rake",
    ".rbi",
    ".rbuild",
    ".rbw",
    ".rbx",
    ".ru",
    ".ruby",
    ".spec",
    ".thor",
    ".watchr"
  ],
  filenames: [
    ".irbrc",
    ".pryrc",
    ".simplecov",
    "Appraisals",
    "Berksfile",
    "Brewfile",
    "Buildfile",
    "Capfile",
    "Dangerfile",
    "Deliverfile",
    "Fastfile",
    "Gemfile",
    "Guardfile",
    "Jarfile",
    "Mavenfile",
    "Podfile",
    "Puppetfile",
    "Rakefile",
    "Snapfile",
    "Steepfile",
    "Thorfile",
    "Vagrantfile",
    "buildfile"
  ],
  languageId: 326,
  tmScope: "source.ruby",
  aliases: ["jruby", "macruby", "rake", "rb", "rbx"],
  codemirrorMode: "ruby",
  codemirrorMimeType: "text/x-ruby",
  color: "#701516",
  interpreters: ["ruby", "macruby", "rake", "jruby", "rbx"]
};

// node_modules/linguist-languages/data/RUNOFF.js
var RUNOFF_default = {
  name: "RUNOFF",
  type: "markup",
  aceMode: "text",
  extensions: [".rnh", ".rno"],
  languageId: 315,
  tmScope: "text.runoff",
  color: "#665a4e",
  wrap: true
};

// node_modules/linguist-languages/data/Rust.js
var Rust_default = {
  name: "Rust",
  type: "programming",
  aceMode: "rust",
  extensions: [".rs", ".rs.in"],
  languageId: 327,
  tmScope: "source.rust",
  aliases: ["rs"],
  codemirrorMode: "rust",
  codemirrorMimeType: "text/x-rustsrc",
  color: "#dea584",
  interpreters: ["rust-script"]
};

// node_modules/linguist-languages/data/Sage.js
var Sage_default = {
  name: "Sage",
  type: "programming",
  aceMode: "python",
  extensions: [".sage", ".sagews"],
  languageId: 338,
  tmScope: "source.python",
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python"
};

// node_modules/linguist-languages/data/Sail.js
var Sail_default = {
  name: "Sail",
  type: "programming",
  aceMode: "text",
  extensions: [".sail"],
  languageId: 1029438153,
  tmScope: "source.sail",
  color: "#259dd5"
};

// node_modules/linguist-languages/data/Salt.js
var Salt_default = {
  name: "Salt",
  type: "programming",
  aceMode: "yaml",
  extensions: [".sls"],
  languageId: 339,
  tmScope: "source.yaml.salt",
  aliases: ["saltstack", "saltstate"],
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#57bcad"
};

// node_modules/linguist-languages/data/SAS.js
var SAS_default = {
  name: "SAS",
  type: "programming",
  aceMode: "text",
  extensions: [".sas"],
  languageId: 328,
  tmScope: "source.sas",
  codemirrorMode: "sas",
  codemirrorMimeType: "text/x-sas",
  color: "#B34936"
};

// node_modules/linguist-languages/data/Sass.js
var Sass_default = {
  name: "Sass",
  type: "markup",
  aceMode: "sass",
  extensions: [".sass"],
  languageId: 340,
  tmScope: "source.sass",
  codemirrorMode: "sass",
  codemirrorMimeType: "text/x-sass",
  color: "#a53b70"
};

// node_modules/linguist-languages/data/Scala.js
var Scala_default = {
  name: "Scala",
  type: "programming",
  aceMode: "scala",
  extensions: [".scala", ".kojo", ".sbt", ".sc"],
  languageId: 341,
  tmScope: "source.scala",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-scala",
  color: "#c22d40",
  interpreters: ["scala"]
};

// node_modules/linguist-languages/data/Scaml.js
var Scaml_default = {
  name: "Scaml",
  type: "markup",
  aceMode: "text",
  extensions: [".scaml"],
  languageId: 342,
  tmScope: "source.scaml",
  color: "#bd181a"
};

// node_modules/linguist-languages/data/Scenic.js
var Scenic_default = {
  name: "Scenic",
  type: "programming",
  aceMode: "text",
  extensions: [".scenic"],
  languageId: 619814037,
  tmScope: "source.scenic",
  color: "#fdc700",
  interpreters: ["scenic"]
};

// node_modules/linguist-languages/data/Scheme.js
var Scheme_default = {
  name: "Scheme",
  type: "programming",
  aceMode: "scheme",
  extensions: [".scm", ".sch", ".sld", ".sls", ".sps", ".ss"],
  languageId: 343,
  tmScope: "source.scheme",
  codemirrorMode: "scheme",
  codemirrorMimeType: "text/x-scheme",
  color: "#1e4aec",
  interpreters: ["scheme", "guile", "bigloo", "chicken", "csi", "gosh", "r6rs"]
};

// node_modules/linguist-languages/data/Scilab.js
var Scilab_default = {
  name: "Scilab",
  type: "programming",
  aceMode: "text",
  extensions: [".sci", ".sce", ".tst"],
  languageId: 344,
  tmScope: "source.scilab",
  color: "#ca0f21"
};

// node_modules/linguist-languages/data/SCSS.js
var SCSS_default = {
  name: "SCSS",
  type: "markup",
  aceMode: "scss",
  extensions: [".scss"],
  languageId: 329,
  tmScope: "source.css.scss",
  codemirrorMode: "css",
  codemirrorMimeType: "text/x-scss",
  color: "#c6538c"
};

// node_modules/linguist-languages/data/sed.js
var sed_default = {
  name: "sed",
  type: "programming",
  aceMode: "text",
  extensions: [".sed"],
  languageId: 847830017,
  tmScope: "source.sed",
  color: "#64b970",
  interpreters: ["gsed", "minised", "sed", "ssed"]
};

// node_modules/linguist-languages/data/Self.js
var Self_default = {
  name: "Self",
  type: "programming",
  aceMode: "text",
  extensions: [".self"],
  languageId: 345,
  tmScope: "none",
  color: "#0579aa"
};

// node_modules/linguist-languages/data/SELinux_20_Policy.js
var SELinux_20_Policy_default = {
  name: "SELinux Policy",
  type: "data",
  aceMode: "text",
  extensions: [".te"],
  filenames: [
    "file_contexts",
    "genfs_contexts",
    "initial_sids",
    "port_contexts",
    "security_classes"
  ],
  languageId: 880010326,
  tmScope: "source.sepolicy",
  aliases: ["SELinux Kernel Policy Language", "sepolicy"]
};

// node_modules/linguist-languages/data/ShaderLab.js
var ShaderLab_default = {
  name: "ShaderLab",
  type: "programming",
  aceMode: "text",
  extensions: [".shader"],
  languageId: 664257356,
  tmScope: "source.shaderlab",
  color: "#222c37"
};

// node_modules/linguist-languages/data/Shell.js
var Shell_default = {
  name: "Shell",
  type: "programming",
  aceMode: "sh",
  extensions: [
    ".sh",
    ".bash",
    ".bats",
    ".cgi",
    ".command",
    ".fcgi",
    ".ksh",
    ".pacscript",
    ".sbatch",
    ".sh.in",
    ".slurm",
    ".tmux",
    ".tool",
    ".trigger",
    ".zsh",
    ".zsh-theme"
  ],
  filenames: [
    ".bash_aliases",
    ".bash_functions",
    ".bash_history",
    ".bash_logout",
    ".bash_profile",
    ".bashrc",
    ".cshrc",
    ".envrc",
    ".flaskenv",
    ".kshrc",
    ".login",
    ".profile",
    ".tmux.conf",
    ".xinitrc",
    ".xsession",
    ".zlogin",
    ".zlogout",
    ".zprofile",
    ".zshenv",
    ".zshrc",
    "9fs",
    "PKGBUILD",
    "bash_aliases",
    "bash_logout",
    "bash_profile",
    "bashrc",
    "cshrc",
    "gradlew",
    "kshrc",
    "login",
    "man",
    "mvnw",
    "profile",
    "tmux.conf",
    "xinitrc",
    "xsession",
    "zlogin",
    "zlogout",
    "zprofile",
    "zshenv",
    "zshrc"
  ],
  languageId: 346,
  tmScope: "source.shell",
  aliases: ["sh", "shell-script", "bash", "zsh", "envrc"],
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  color: "#89e051",
  interpreters: [
    "ash",
    "bash",
    "dash",
    "ksh",
    "mksh",
    "pdksh",
    "rc",
    "sh",
    "zsh"
  ]
};

// node_modules/linguist-languages/data/ShellCheck_20_Config.js
var ShellCheck_20_Config_default = {
  name: "ShellCheck Config",
  type: "data",
  aceMode: "ini",
  filenames: [".shellcheckrc"],
  languageId: 687511714,
  tmScope: "source.shellcheckrc",
  aliases: ["shellcheckrc"],
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#cecfcb"
};

// node_modules/linguist-languages/data/ShellSession.js
var ShellSession_default = {
  name: "ShellSession",
  type: "programming",
  aceMode: "sh",
  extensions: [".sh-session"],
  languageId: 347,
  tmScope: "text.shell-session",
  aliases: ["bash session", "console"],
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh"
};

// node_modules/linguist-languages/data/Shen.js
var Shen_default = {
  name: "Shen",
  type: "programming",
  aceMode: "text",
  extensions: [".shen"],
  languageId: 348,
  tmScope: "source.shen",
  color: "#120F14"
};

// node_modules/linguist-languages/data/Sieve.js
var Sieve_default = {
  name: "Sieve",
  type: "programming",
  aceMode: "text",
  extensions: [".sieve"],
  languageId: 208976687,
  tmScope: "source.sieve",
  codemirrorMode: "sieve",
  codemirrorMimeType: "application/sieve"
};

// node_modules/linguist-languages/data/Simple_20_File_20_Verification.js
var Simple_20_File_20_Verification_default = {
  name: "Simple File Verification",
  type: "data",
  aceMode: "ini",
  extensions: [".sfv"],
  languageId: 735623761,
  tmScope: "source.sfv",
  aliases: ["sfv"],
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#C9BFED",
  group: "Checksums"
};

// node_modules/linguist-languages/data/Singularity.js
var Singularity_default = {
  name: "Singularity",
  type: "programming",
  aceMode: "text",
  filenames: ["Singularity"],
  languageId: 987024632,
  tmScope: "source.singularity",
  color: "#64E6AD"
};

// node_modules/linguist-languages/data/SIP.js
var SIP_default = {
  name: "SIP",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".sip"],
  languageId: 796891177,
  tmScope: "source.c++",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src",
  color: "#4E8D83"
};

// node_modules/linguist-languages/data/Slang.js
var Slang_default = {
  name: "Slang",
  type: "programming",
  aceMode: "text",
  extensions: [".slang"],
  languageId: 239357863,
  tmScope: "source.slang",
  color: "#1fbec9"
};

// node_modules/linguist-languages/data/Slash.js
var Slash_default = {
  name: "Slash",
  type: "programming",
  aceMode: "text",
  extensions: [".sl"],
  languageId: 349,
  tmScope: "text.html.slash",
  color: "#007eff"
};

// node_modules/linguist-languages/data/Slice.js
var Slice_default = {
  name: "Slice",
  type: "programming",
  aceMode: "text",
  extensions: [".ice"],
  languageId: 894641667,
  tmScope: "source.ice",
  color: "#003fa2"
};

// node_modules/linguist-languages/data/Slim.js
var Slim_default = {
  name: "Slim",
  type: "markup",
  aceMode: "slim",
  extensions: [".slim"],
  languageId: 350,
  tmScope: "text.slim",
  codemirrorMode: "slim",
  codemirrorMimeType: "text/x-slim",
  color: "#2b2b2b"
};

// node_modules/linguist-languages/data/Slint.js
var Slint_default = {
  name: "Slint",
  type: "markup",
  aceMode: "text",
  extensions: [".slint"],
  languageId: 119900149,
  tmScope: "source.slint",
  color: "#2379F4"
};

// node_modules/linguist-languages/data/Smali.js
var Smali_default = {
  name: "Smali",
  type: "programming",
  aceMode: "text",
  extensions: [".smali"],
  languageId: 351,
  tmScope: "source.smali"
};

// node_modules/linguist-languages/data/Smalltalk.js
var Smalltalk_default = {
  name: "Smalltalk",
  type: "programming",
  aceMode: "text",
  extensions: [".st", ".cs"],
  languageId: 352,
  tmScope: "source.smalltalk",
  aliases: ["squeak"],
  codemirrorMode: "smalltalk",
  codemirrorMimeType: "text/x-stsrc",
  color: "#596706"
};

// node_modules/linguist-languages/data/Smarty.js
var Smarty_default = {
  name: "Smarty",
  type: "programming",
  aceMode: "smarty",
  extensions: [".tpl"],
  languageId: 353,
  tmScope: "text.html.smarty",
  codemirrorMode: "smarty",
  codemirrorMimeType: "text/x-smarty",
  color: "#f0c040"
};

// node_modules/linguist-languages/data/Smithy.js
var Smithy_default = {
  name: "Smithy",
  type: "programming",
  aceMode: "smithy",
  extensions: [".smithy"],
  languageId: 1027892786,
  tmScope: "source.smithy",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#c44536"
};

// node_modules/linguist-languages/data/SmPL.js
var SmPL_default = {
  name: "SmPL",
  type: "programming",
  aceMode: "text",
  extensions: [".cocci"],
  languageId: 164123055,
  tmScope: "source.smpl",
  aliases: ["coccinelle"],
  color: "#c94949"
};

// node_modules/linguist-languages/data/SMT.js
var SMT_default = {
  name: "SMT",
  type: "programming",
  aceMode: "text",
  extensions: [".smt2", ".smt", ".z3"],
  languageId: 330,
  tmScope: "source.smt",
  interpreters: [
    "boolector",
    "cvc4",
    "mathsat5",
    "opensmt",
    "smtinterpol",
    "smt-rat",
    "stp",
    "verit",
    "yices2",
    "z3"
  ]
};

// node_modules/linguist-languages/data/Snakemake.js
var Snakemake_default = {
  name: "Snakemake",
  type: "programming",
  aceMode: "python",
  extensions: [".smk", ".snakefile"],
  filenames: ["Snakefile"],
  languageId: 151241392,
  tmScope: "source.python",
  aliases: ["snakefile"],
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python",
  color: "#419179",
  group: "Python"
};

// node_modules/linguist-languages/data/Solidity.js
var Solidity_default = {
  name: "Solidity",
  type: "programming",
  aceMode: "text",
  extensions: [".sol"],
  languageId: 237469032,
  tmScope: "source.solidity",
  color: "#AA6746"
};

// node_modules/linguist-languages/data/Soong.js
var Soong_default = {
  name: "Soong",
  type: "data",
  aceMode: "text",
  filenames: ["Android.bp"],
  languageId: 222900098,
  tmScope: "source.bp"
};

// node_modules/linguist-languages/data/SourcePawn.js
var SourcePawn_default = {
  name: "SourcePawn",
  type: "programming",
  aceMode: "text",
  extensions: [".sp", ".inc"],
  languageId: 354,
  tmScope: "source.sourcepawn",
  aliases: ["sourcemod"],
  color: "#f69e1d"
};

// node_modules/linguist-languages/data/SPARQL.js
var SPARQL_default = {
  name: "SPARQL",
  type: "data",
  aceMode: "sparql",
  extensions: [".sparql", ".rq"],
  languageId: 331,
  tmScope: "source.sparql",
  codemirrorMode: "sparql",
  codemirrorMimeType: "application/sparql-query",
  color: "#0C4597"
};

// node_modules/linguist-languages/data/SpiceDB_20_Schema.js
var SpiceDB_20_Schema_default = {
  name: "SpiceDB Schema",
  type: "data",
  aceMode: "text",
  extensions: [".zed"],
  languageId: 864005057,
  tmScope: "source.spicedb",
  color: "#a5318a"
};

// node_modules/linguist-languages/data/Spline_20_Font_20_Database.js
var Spline_20_Font_20_Database_default = {
  name: "Spline Font Database",
  type: "data",
  aceMode: "yaml",
  extensions: [".sfd"],
  languageId: 767169629,
  tmScope: "text.sfd"
};

// node_modules/linguist-languages/data/SQF.js
var SQF_default = {
  name: "SQF",
  type: "programming",
  aceMode: "text",
  extensions: [".sqf", ".hqf"],
  languageId: 332,
  tmScope: "source.sqf",
  color: "#3F3F3F"
};

// node_modules/linguist-languages/data/SQL.js
var SQL_default = {
  name: "SQL",
  type: "data",
  aceMode: "sql",
  extensions: [
    ".sql",
    ".ddl",
    ".inc",
    ".mysql",
    ".prc",
    ".tab",
    ".udf",
    ".viw"
  ],
  languageId: 333,
  tmScope: "source.sql",
  codemirrorMode: "sql",
  codemirrorMimeType: "text/x-sql",
  color: "#e38c00"
};

// node_modules/linguist-languages/data/SQLPL.js
var SQLPL_default = {
  name: "SQLPL",
  type: "programming",
  aceMode: "sql",
  extensions: [".sql", ".db2"],
  languageId: 334,
  tmScope: "source.sql",
  codemirrorMode: "sql",
  codemirrorMimeType: "text/x-sql",
  color: "#e38c00"
};

// node_modules/linguist-languages/data/Squirrel.js
var Squirrel_default = {
  name: "Squirrel",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".nut"],
  languageId: 355,
  tmScope: "source.nut",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-squirrel",
  color: "#800000"
};

// node_modules/linguist-languages/data/SRecode_20_Template.js
var SRecode_20_Template_default = {
  name: "SRecode Template",
  type: "markup",
  aceMode: "lisp",
  extensions: [".srt"],
  languageId: 335,
  tmScope: "source.lisp",
  codemirrorMode: "commonlisp",
  codemirrorMimeType: "text/x-common-lisp",
  color: "#348a34"
};

// node_modules/linguist-languages/data/SSH_20_Config.js
var SSH_20_Config_default = {
  name: "SSH Config",
  type: "data",
  aceMode: "text",
  filenames: [
    "ssh-config",
    "ssh_config",
    "sshconfig",
    "sshconfig.snip",
    "sshd-config",
    "sshd_config"
  ],
  languageId: 554920715,
  tmScope: "source.ssh-config",
  aliases: ["sshconfig", "sshdconfig", "ssh_config", "sshd_config"],
  group: "INI"
};

// node_modules/linguist-languages/data/Stan.js
var Stan_default = {
  name: "Stan",
  type: "programming",
  aceMode: "text",
  extensions: [".stan"],
  languageId: 356,
  tmScope: "source.stan",
  color: "#b2011d"
};

// node_modules/linguist-languages/data/Standard_20_ML.js
var Standard_20_ML_default = {
  name: "Standard ML",
  type: "programming",
  aceMode: "text",
  extensions: [".ml", ".fun", ".sig", ".sml"],
  languageId: 357,
  tmScope: "source.ml",
  aliases: ["sml"],
  codemirrorMode: "mllike",
  codemirrorMimeType: "text/x-sml",
  color: "#dc566d"
};

// node_modules/linguist-languages/data/STAR.js
var STAR_default = {
  name: "STAR",
  type: "data",
  aceMode: "text",
  extensions: [".star"],
  languageId: 424510560,
  tmScope: "source.star"
};

// node_modules/linguist-languages/data/Starlark.js
var Starlark_default = {
  name: "Starlark",
  type: "programming",
  aceMode: "python",
  extensions: [".bzl", ".star"],
  filenames: [
    "BUCK",
    "BUILD",
    "BUILD.bazel",
    "MODULE.bazel",
    "Tiltfile",
    "WORKSPACE",
    "WORKSPACE.bazel",
    "WORKSPACE.bzlmod"
  ],
  languageId: 960266174,
  tmScope: "source.python",
  aliases: ["bazel", "bzl"],
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python",
  color: "#76d275"
};

// node_modules/linguist-languages/data/Stata.js
var Stata_default = {
  name: "Stata",
  type: "programming",
  aceMode: "text",
  extensions: [".do", ".ado", ".doh", ".ihlp", ".mata", ".matah", ".sthlp"],
  languageId: 358,
  tmScope: "source.stata",
  color: "#1a5f91"
};

// node_modules/linguist-languages/data/STL.js
var STL_default = {
  name: "STL",
  type: "data",
  aceMode: "text",
  extensions: [".stl"],
  languageId: 455361735,
  tmScope: "source.stl",
  aliases: ["ascii stl", "stla"],
  color: "#373b5e"
};

// node_modules/linguist-languages/data/STON.js
var STON_default = {
  name: "STON",
  type: "data",
  aceMode: "text",
  extensions: [".ston"],
  languageId: 336,
  tmScope: "source.smalltalk",
  group: "Smalltalk"
};

// node_modules/linguist-languages/data/StringTemplate.js
var StringTemplate_default = {
  name: "StringTemplate",
  type: "markup",
  aceMode: "html",
  extensions: [".st"],
  languageId: 89855901,
  tmScope: "source.string-template",
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#3fb34f"
};

// node_modules/linguist-languages/data/Stylus.js
var Stylus_default = {
  name: "Stylus",
  type: "markup",
  aceMode: "stylus",
  extensions: [".styl"],
  languageId: 359,
  tmScope: "source.stylus",
  codemirrorMode: "stylus",
  codemirrorMimeType: "text/x-styl",
  color: "#ff6347"
};

// node_modules/linguist-languages/data/SubRip_20_Text.js
var SubRip_20_Text_default = {
  name: "SubRip Text",
  type: "data",
  aceMode: "text",
  extensions: [".srt"],
  languageId: 360,
  tmScope: "text.srt",
  color: "#9e0101"
};

// node_modules/linguist-languages/data/SugarSS.js
var SugarSS_default = {
  name: "SugarSS",
  type: "markup",
  aceMode: "text",
  extensions: [".sss"],
  languageId: 826404698,
  tmScope: "source.css.postcss.sugarss",
  color: "#2fcc9f"
};

// node_modules/linguist-languages/data/SuperCollider.js
var SuperCollider_default = {
  name: "SuperCollider",
  type: "programming",
  aceMode: "text",
  extensions: [".sc", ".scd"],
  languageId: 361,
  tmScope: "source.supercollider",
  color: "#46390b",
  interpreters: ["sclang", "scsynth"]
};

// node_modules/linguist-languages/data/SurrealQL.js
var SurrealQL_default = {
  name: "SurrealQL",
  type: "programming",
  aceMode: "text",
  extensions: [".surql"],
  languageId: 735141027,
  tmScope: "source.surrealql",
  aliases: ["surql"],
  color: "#ff00a0"
};

// node_modules/linguist-languages/data/Survex_20_data.js
var Survex_20_data_default = {
  name: "Survex data",
  type: "data",
  aceMode: "text",
  extensions: [".svx"],
  languageId: 24470517,
  tmScope: "none",
  color: "#ffcc99"
};

// node_modules/linguist-languages/data/Svelte.js
var Svelte_default = {
  name: "Svelte",
  type: "markup",
  aceMode: "html",
  extensions: [".svelte"],
  languageId: 928734530,
  tmScope: "source.svelte",
  codemirrorMode: "htmlmixed",
  codemirrorMimeType: "text/html",
  color: "#ff3e00"
};

// node_modules/linguist-languages/data/SVG.js
var SVG_default = {
  name: "SVG",
  type: "data",
  aceMode: "svg",
  extensions: [".svg"],
  languageId: 337,
  tmScope: "text.xml.svg",
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml",
  color: "#ff9900"
};

// node_modules/linguist-languages/data/Sway.js
var Sway_default = {
  name: "Sway",
  type: "programming",
  aceMode: "rust",
  extensions: [".sw"],
  languageId: 271471144,
  tmScope: "source.sway",
  codemirrorMode: "rust",
  codemirrorMimeType: "text/x-rustsrc",
  color: "#00F58C"
};

// node_modules/linguist-languages/data/Sweave.js
var Sweave_default = {
  name: "Sweave",
  type: "prose",
  aceMode: "tex",
  extensions: [".rnw"],
  languageId: 558779190,
  tmScope: "text.tex.latex.sweave",
  color: "#198ce7"
};

// node_modules/linguist-languages/data/Swift.js
var Swift_default = {
  name: "Swift",
  type: "programming",
  aceMode: "swift",
  extensions: [".swift"],
  languageId: 362,
  tmScope: "source.swift",
  codemirrorMode: "swift",
  codemirrorMimeType: "text/x-swift",
  color: "#F05138"
};

// node_modules/linguist-languages/data/SWIG.js
var SWIG_default = {
  name: "SWIG",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".i", ".swg", ".swig"],
  languageId: 1066250075,
  tmScope: "source.c++",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-c++src"
};

// node_modules/linguist-languages/data/SystemVerilog.js
var SystemVerilog_default = {
  name: "SystemVerilog",
  type: "programming",
  aceMode: "verilog",
  extensions: [".sv", ".svh", ".vh"],
  languageId: 363,
  tmScope: "source.systemverilog",
  codemirrorMode: "verilog",
  codemirrorMimeType: "text/x-systemverilog",
  color: "#DAE1C2"
};

// node_modules/linguist-languages/data/Tact.js
var Tact_default = {
  name: "Tact",
  type: "programming",
  aceMode: "text",
  extensions: [".tact"],
  languageId: 606708469,
  tmScope: "source.tact",
  color: "#48b5ff"
};

// node_modules/linguist-languages/data/Talon.js
var Talon_default = {
  name: "Talon",
  type: "programming",
  aceMode: "text",
  extensions: [".talon"],
  languageId: 959889508,
  tmScope: "source.talon",
  color: "#333333"
};

// node_modules/linguist-languages/data/Tape.js
var Tape_default = {
  name: "Tape",
  type: "programming",
  aceMode: "text",
  extensions: [".tape"],
  languageId: 516874200,
  tmScope: "source.vhs",
  aliases: ["vhs"]
};

// node_modules/linguist-languages/data/Tcl.js
var Tcl_default = {
  name: "Tcl",
  type: "programming",
  aceMode: "tcl",
  extensions: [".tcl", ".adp", ".sdc", ".tcl.in", ".tm", ".xdc"],
  filenames: ["owh", "starfield"],
  languageId: 367,
  tmScope: "source.tcl",
  aliases: ["sdc", "xdc"],
  codemirrorMode: "tcl",
  codemirrorMimeType: "text/x-tcl",
  color: "#e4cc98",
  interpreters: ["tclsh", "wish"]
};

// node_modules/linguist-languages/data/Tcsh.js
var Tcsh_default = {
  name: "Tcsh",
  type: "programming",
  aceMode: "sh",
  extensions: [".tcsh", ".csh"],
  languageId: 368,
  tmScope: "source.shell",
  codemirrorMode: "shell",
  codemirrorMimeType: "text/x-sh",
  group: "Shell",
  interpreters: ["tcsh", "csh"]
};

// node_modules/linguist-languages/data/Tea.js
var Tea_default = {
  name: "Tea",
  type: "markup",
  aceMode: "text",
  extensions: [".tea"],
  languageId: 370,
  tmScope: "source.tea"
};

// node_modules/linguist-languages/data/Teal.js
var Teal_default = {
  name: "Teal",
  type: "programming",
  aceMode: "lua",
  extensions: [".tl"],
  languageId: 719038619,
  tmScope: "source.teal",
  codemirrorMode: "lua",
  codemirrorMimeType: "text/x-lua",
  color: "#00B1BC",
  interpreters: ["tl"]
};

// node_modules/linguist-languages/data/templ.js
var templ_default = {
  name: "templ",
  type: "markup",
  aceMode: "text",
  extensions: [".templ"],
  languageId: 795579337,
  tmScope: "source.templ",
  color: "#66D0DD"
};

// node_modules/linguist-languages/data/Terra.js
var Terra_default = {
  name: "Terra",
  type: "programming",
  aceMode: "lua",
  extensions: [".t"],
  languageId: 371,
  tmScope: "source.terra",
  codemirrorMode: "lua",
  codemirrorMimeType: "text/x-lua",
  color: "#00004c",
  interpreters: ["lua"]
};

// node_modules/linguist-languages/data/Terraform_20_Template.js
var Terraform_20_Template_default = {
  name: "Terraform Template",
  type: "markup",
  aceMode: "ruby",
  extensions: [".tftpl"],
  languageId: 856832701,
  tmScope: "source.hcl.terraform",
  codemirrorMode: "ruby",
  codemirrorMimeType: "text/x-ruby",
  color: "#7b42bb",
  group: "HCL"
};

// node_modules/linguist-languages/data/TeX.js
var TeX_default = {
  name: "TeX",
  type: "markup",
  aceMode: "tex",
  extensions: [
    ".tex",
    ".aux",
    ".bbx",
    ".cbx",
    ".cls",
    ".dtx",
    ".ins",
    ".lbx",
    ".ltx",
    ".mkii",
    ".mkiv",
    ".mkvi",
    ".sty",
    ".toc"
  ],
  languageId: 369,
  tmScope: "text.tex.latex",
  aliases: ["latex"],
  codemirrorMode: "stex",
  codemirrorMimeType: "text/x-stex",
  color: "#3D6117",
  wrap: true
};

// node_modules/linguist-languages/data/Texinfo.js
var Texinfo_default = {
  name: "Texinfo",
  type: "prose",
  aceMode: "text",
  extensions: [".texinfo", ".texi", ".txi"],
  languageId: 988020015,
  tmScope: "text.texinfo",
  interpreters: ["makeinfo"],
  wrap: true
};

// node_modules/linguist-languages/data/Text.js
var Text_default = {
  name: "Text",
  type: "prose",
  aceMode: "text",
  extensions: [".txt", ".fr", ".nb", ".ncl", ".no"],
  filenames: [
    "CITATION",
    "CITATIONS",
    "COPYING",
    "COPYING.regex",
    "COPYRIGHT.regex",
    "FONTLOG",
    "INSTALL",
    "INSTALL.mysql",
    "LICENSE",
    "LICENSE.mysql",
    "NEWS",
    "README.me",
    "README.mysql",
    "README.nss",
    "README.pc",
    "click.me",
    "delete.me",
    "keep.me",
    "package.mask",
    "package.use.mask",
    "package.use.stable.mask",
    "read.me",
    "readme.1st",
    "test.me",
    "use.mask",
    "use.stable.mask"
  ],
  languageId: 372,
  tmScope: "none",
  aliases: ["fundamental", "plain text"],
  wrap: true
};

// node_modules/linguist-languages/data/TextGrid.js
var TextGrid_default = {
  name: "TextGrid",
  type: "data",
  aceMode: "text",
  extensions: [".TextGrid"],
  languageId: 965696054,
  tmScope: "source.textgrid",
  color: "#c8506d"
};

// node_modules/linguist-languages/data/Textile.js
var Textile_default = {
  name: "Textile",
  type: "prose",
  aceMode: "textile",
  extensions: [".textile"],
  languageId: 373,
  tmScope: "none",
  codemirrorMode: "textile",
  codemirrorMimeType: "text/x-textile",
  color: "#ffe7ac",
  wrap: true
};

// node_modules/linguist-languages/data/TextMate_20_Properties.js
var TextMate_20_Properties_default = {
  name: "TextMate Properties",
  type: "data",
  aceMode: "properties",
  filenames: [".tm_properties"],
  languageId: 981795023,
  tmScope: "source.tm-properties",
  aliases: ["tm-properties"],
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#df66e4"
};

// node_modules/linguist-languages/data/Thrift.js
var Thrift_default = {
  name: "Thrift",
  type: "programming",
  aceMode: "text",
  extensions: [".thrift"],
  languageId: 374,
  tmScope: "source.thrift",
  color: "#D12127"
};

// node_modules/linguist-languages/data/TI_20_Program.js
var TI_20_Program_default = {
  name: "TI Program",
  type: "programming",
  aceMode: "text",
  extensions: [".8xp", ".8xp.txt"],
  languageId: 422,
  tmScope: "source.8xp",
  color: "#A0AA87"
};

// node_modules/linguist-languages/data/TL-Verilog.js
var TL_Verilog_default = {
  name: "TL-Verilog",
  type: "programming",
  aceMode: "verilog",
  extensions: [".tlv"],
  languageId: 118656070,
  tmScope: "source.tlverilog",
  color: "#C40023"
};

// node_modules/linguist-languages/data/TLA.js
var TLA_default = {
  name: "TLA",
  type: "programming",
  aceMode: "text",
  extensions: [".tla"],
  languageId: 364,
  tmScope: "source.tla",
  color: "#4b0079"
};

// node_modules/linguist-languages/data/TMDL.js
var TMDL_default = {
  name: "TMDL",
  type: "data",
  aceMode: "text",
  extensions: [".tmdl"],
  languageId: 769162295,
  tmScope: "source.tmdl",
  aliases: ["Tabular Model Definition Language"],
  color: "#f0c913"
};

// node_modules/linguist-languages/data/Toit.js
var Toit_default = {
  name: "Toit",
  type: "programming",
  aceMode: "text",
  extensions: [".toit"],
  languageId: 356554395,
  tmScope: "source.toit",
  color: "#c2c9fb"
};

// node_modules/linguist-languages/data/Tolk.js
var Tolk_default = {
  name: "Tolk",
  type: "programming",
  aceMode: "text",
  extensions: [".tolk"],
  languageId: 678673060,
  tmScope: "source.tolk",
  codemirrorMode: "stylus",
  codemirrorMimeType: "text/x-styl",
  color: "#30A1F5"
};

// node_modules/linguist-languages/data/TOML.js
var TOML_default = {
  name: "TOML",
  type: "data",
  aceMode: "toml",
  extensions: [".toml", ".toml.example"],
  filenames: [
    "Cargo.lock",
    "Cargo.toml.orig",
    "Gopkg.lock",
    "Pipfile",
    "mise.local.lock",
    "mise.lock",
    "pdm.lock",
    "poetry.lock",
    "uv.lock"
  ],
  languageId: 365,
  tmScope: "source.toml",
  codemirrorMode: "toml",
  codemirrorMimeType: "text/x-toml",
  color: "#9c4221"
};

// node_modules/linguist-languages/data/Tor_20_Config.js
var Tor_20_Config_default = {
  name: "Tor Config",
  type: "data",
  aceMode: "apache_conf",
  filenames: ["torrc"],
  languageId: 1016912802,
  tmScope: "source.torrc",
  aliases: ["torrc"],
  color: "#59316b"
};

// node_modules/linguist-languages/data/Tree-sitter_20_Query.js
var Tree_sitter_20_Query_default = {
  name: "Tree-sitter Query",
  type: "programming",
  aceMode: "text",
  extensions: [".scm"],
  languageId: 436081647,
  tmScope: "source.scm",
  aliases: ["tsq"],
  color: "#8ea64c"
};

// node_modules/linguist-languages/data/TSPLIB_20_data.js
var TSPLIB_20_data_default = {
  name: "TSPLIB data",
  type: "data",
  aceMode: "text",
  extensions: [".tsp"],
  languageId: 89289301,
  tmScope: "none",
  aliases: ["travelling salesman problem", "traveling salesman problem"]
};

// node_modules/linguist-languages/data/TSQL.js
var TSQL_default = {
  name: "TSQL",
  type: "programming",
  aceMode: "sql",
  extensions: [".sql"],
  languageId: 918334941,
  tmScope: "source.tsql",
  color: "#e38c00"
};

// node_modules/linguist-languages/data/TSV.js
var TSV_default = {
  name: "TSV",
  type: "data",
  aceMode: "tsv",
  extensions: [".tsv", ".vcf"],
  languageId: 1035892117,
  tmScope: "source.tsv",
  aliases: ["tab-seperated values"],
  color: "#237346"
};

// node_modules/linguist-languages/data/TSX.js
var TSX_default = {
  name: "TSX",
  type: "programming",
  aceMode: "tsx",
  extensions: [".tsx"],
  languageId: 94901924,
  tmScope: "source.tsx",
  aliases: ["typescriptreact"],
  codemirrorMode: "jsx",
  codemirrorMimeType: "text/typescript-jsx",
  color: "#3178c6",
  group: "TypeScript"
};

// node_modules/linguist-languages/data/Turing.js
var Turing_default = {
  name: "Turing",
  type: "programming",
  aceMode: "text",
  extensions: [".t", ".tu"],
  languageId: 375,
  tmScope: "source.turing",
  color: "#cf142b"
};

// node_modules/linguist-languages/data/Turtle.js
var Turtle_default = {
  name: "Turtle",
  type: "data",
  aceMode: "turtle",
  extensions: [".ttl"],
  languageId: 376,
  tmScope: "source.turtle",
  codemirrorMode: "turtle",
  codemirrorMimeType: "text/turtle"
};

// node_modules/linguist-languages/data/Twig.js
var Twig_default = {
  name: "Twig",
  type: "markup",
  aceMode: "twig",
  extensions: [".twig"],
  languageId: 377,
  tmScope: "text.html.twig",
  codemirrorMode: "twig",
  codemirrorMimeType: "text/x-twig",
  color: "#c1d026"
};

// node_modules/linguist-languages/data/TXL.js
var TXL_default = {
  name: "TXL",
  type: "programming",
  aceMode: "text",
  extensions: [".txl"],
  languageId: 366,
  tmScope: "source.txl",
  color: "#0178b8"
};

// node_modules/linguist-languages/data/Type_20_Language.js
var Type_20_Language_default = {
  name: "Type Language",
  type: "data",
  aceMode: "text",
  extensions: [".tl"],
  languageId: 632765617,
  tmScope: "source.tl",
  aliases: ["tl"]
};

// node_modules/linguist-languages/data/TypeScript.js
var TypeScript_default = {
  name: "TypeScript",
  type: "programming",
  aceMode: "typescript",
  extensions: [".ts", ".cts", ".mts"],
  languageId: 378,
  tmScope: "source.ts",
  aliases: ["ts"],
  codemirrorMode: "javascript",
  codemirrorMimeType: "application/typescript",
  color: "#3178c6",
  interpreters: ["bun", "deno", "ts-node", "tsx", "node"]
};

// node_modules/linguist-languages/data/TypeSpec.js
var TypeSpec_default = {
  name: "TypeSpec",
  type: "programming",
  aceMode: "text",
  extensions: [".tsp"],
  languageId: 952272597,
  tmScope: "source.tsp",
  aliases: ["tsp"],
  color: "#4A3665"
};

// node_modules/linguist-languages/data/Typst.js
var Typst_default = {
  name: "Typst",
  type: "programming",
  aceMode: "text",
  extensions: [".typ"],
  languageId: 704730682,
  tmScope: "source.typst",
  aliases: ["typ"],
  color: "#239dad"
};

// node_modules/linguist-languages/data/ucode.js
var ucode_default = {
  name: "ucode",
  type: "programming",
  aceMode: "javascript",
  extensions: [".uc"],
  languageId: 365454253,
  tmScope: "source.ucode",
  codemirrorMode: "javascript",
  codemirrorMimeType: "text/javascript",
  color: "#00b8d4",
  interpreters: ["ucode"]
};

// node_modules/linguist-languages/data/Unified_20_Parallel_20_C.js
var Unified_20_Parallel_20_C_default = {
  name: "Unified Parallel C",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".upc"],
  languageId: 379,
  tmScope: "source.c",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#4e3617",
  group: "C"
};

// node_modules/linguist-languages/data/Unity3D_20_Asset.js
var Unity3D_20_Asset_default = {
  name: "Unity3D Asset",
  type: "data",
  aceMode: "yaml",
  extensions: [
    ".anim",
    ".asset",
    ".mask",
    ".mat",
    ".meta",
    ".prefab",
    ".unity"
  ],
  languageId: 380,
  tmScope: "source.yaml",
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#222c37"
};

// node_modules/linguist-languages/data/Unix_20_Assembly.js
var Unix_20_Assembly_default = {
  name: "Unix Assembly",
  type: "programming",
  aceMode: "assembly_x86",
  extensions: [".s", ".ms"],
  languageId: 120,
  tmScope: "source.x86",
  aliases: ["gas", "gnu asm", "unix asm"],
  group: "Assembly"
};

// node_modules/linguist-languages/data/Uno.js
var Uno_default = {
  name: "Uno",
  type: "programming",
  aceMode: "csharp",
  extensions: [".uno"],
  languageId: 381,
  tmScope: "source.cs",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csharp",
  color: "#9933cc"
};

// node_modules/linguist-languages/data/UnrealScript.js
var UnrealScript_default = {
  name: "UnrealScript",
  type: "programming",
  aceMode: "java",
  extensions: [".uc"],
  languageId: 382,
  tmScope: "source.java",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-java",
  color: "#a54c4d"
};

// node_modules/linguist-languages/data/Untyped_20_Plutus_20_Core.js
var Untyped_20_Plutus_20_Core_default = {
  name: "Untyped Plutus Core",
  type: "programming",
  aceMode: "text",
  extensions: [".uplc"],
  languageId: 1061635506,
  tmScope: "source.uplc",
  color: "#36adbd"
};

// node_modules/linguist-languages/data/UrWeb.js
var UrWeb_default = {
  name: "UrWeb",
  type: "programming",
  aceMode: "text",
  extensions: [".ur", ".urs"],
  languageId: 383,
  tmScope: "source.ur",
  aliases: ["Ur/Web", "Ur"],
  color: "#ccccee"
};

// node_modules/linguist-languages/data/V.js
var V_default = {
  name: "V",
  type: "programming",
  aceMode: "golang",
  extensions: [".v"],
  languageId: 603371597,
  tmScope: "source.v",
  aliases: ["vlang"],
  codemirrorMode: "go",
  codemirrorMimeType: "text/x-go",
  color: "#4f87c4"
};

// node_modules/linguist-languages/data/Vala.js
var Vala_default = {
  name: "Vala",
  type: "programming",
  aceMode: "vala",
  extensions: [".vala", ".vapi"],
  languageId: 386,
  tmScope: "source.vala",
  color: "#a56de2"
};

// node_modules/linguist-languages/data/Valve_20_Data_20_Format.js
var Valve_20_Data_20_Format_default = {
  name: "Valve Data Format",
  type: "data",
  aceMode: "text",
  extensions: [".vdf", ".vmf"],
  languageId: 544060961,
  tmScope: "source.keyvalues",
  aliases: ["keyvalues", "vdf"],
  color: "#f26025"
};

// node_modules/linguist-languages/data/VBA.js
var VBA_default = {
  name: "VBA",
  type: "programming",
  aceMode: "text",
  extensions: [".bas", ".cls", ".frm", ".vba"],
  languageId: 399230729,
  tmScope: "source.vba",
  aliases: ["visual basic for applications"],
  codemirrorMode: "vb",
  codemirrorMimeType: "text/x-vb",
  color: "#867db1"
};

// node_modules/linguist-languages/data/VBScript.js
var VBScript_default = {
  name: "VBScript",
  type: "programming",
  aceMode: "vbscript",
  extensions: [".vbs"],
  languageId: 408016005,
  tmScope: "source.vbnet",
  codemirrorMode: "vbscript",
  codemirrorMimeType: "text/vbscript",
  color: "#15dcdc"
};

// node_modules/linguist-languages/data/vCard.js
var vCard_default = {
  name: "vCard",
  type: "data",
  aceMode: "properties",
  extensions: [".vcf"],
  languageId: 851476558,
  tmScope: "source.vcard",
  aliases: ["virtual contact file", "electronic business card"],
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#ee2647"
};

// node_modules/linguist-languages/data/VCL.js
var VCL_default = {
  name: "VCL",
  type: "programming",
  aceMode: "text",
  extensions: [".vcl"],
  languageId: 384,
  tmScope: "source.vcl",
  color: "#148AA8"
};

// node_modules/linguist-languages/data/Velocity_20_Template_20_Language.js
var Velocity_20_Template_20_Language_default = {
  name: "Velocity Template Language",
  type: "markup",
  aceMode: "velocity",
  extensions: [".vtl"],
  languageId: 292377326,
  tmScope: "source.velocity",
  aliases: ["vtl", "velocity"],
  codemirrorMode: "velocity",
  codemirrorMimeType: "text/velocity",
  color: "#507cff"
};

// node_modules/linguist-languages/data/Vento.js
var Vento_default = {
  name: "Vento",
  type: "markup",
  aceMode: "text",
  extensions: [".vto"],
  languageId: 757053899,
  tmScope: "source.vento",
  color: "#ff0080"
};

// node_modules/linguist-languages/data/Verilog.js
var Verilog_default = {
  name: "Verilog",
  type: "programming",
  aceMode: "verilog",
  extensions: [".v", ".veo"],
  languageId: 387,
  tmScope: "source.verilog",
  codemirrorMode: "verilog",
  codemirrorMimeType: "text/x-verilog",
  color: "#b2b7f8"
};

// node_modules/linguist-languages/data/Verse.js
var Verse_default = {
  name: "Verse",
  type: "programming",
  aceMode: "text",
  extensions: [".verse"],
  languageId: 180832205,
  tmScope: "source.verse",
  color: "#518ef8"
};

// node_modules/linguist-languages/data/Vespa_20_Schema_20_Definition.js
var Vespa_20_Schema_20_Definition_default = {
  name: "Vespa Schema Definition",
  type: "data",
  aceMode: "text",
  extensions: [".sd"],
  languageId: 587879709,
  tmScope: "source.vespaSchema",
  aliases: ["vespa"],
  color: "#61D790"
};

// node_modules/linguist-languages/data/VHDL.js
var VHDL_default = {
  name: "VHDL",
  type: "programming",
  aceMode: "vhdl",
  extensions: [".vhdl", ".vhd", ".vhf", ".vhi", ".vho", ".vhs", ".vht", ".vhw"],
  languageId: 385,
  tmScope: "source.vhdl",
  codemirrorMode: "vhdl",
  codemirrorMimeType: "text/x-vhdl",
  color: "#adb2cb"
};

// node_modules/linguist-languages/data/Vim_20_Help_20_File.js
var Vim_20_Help_20_File_default = {
  name: "Vim Help File",
  type: "prose",
  aceMode: "text",
  extensions: [".txt"],
  languageId: 508563686,
  tmScope: "text.vim-help",
  aliases: ["help", "vimhelp"],
  color: "#199f4b"
};

// node_modules/linguist-languages/data/Vim_20_script.js
var Vim_20_script_default = {
  name: "Vim script",
  type: "programming",
  aceMode: "text",
  extensions: [".vim", ".vba", ".vimrc", ".vmb"],
  filenames: [
    ".exrc",
    ".gvimrc",
    ".nvimrc",
    ".vimrc",
    "_vimrc",
    "gvimrc",
    "nvimrc",
    "vimrc"
  ],
  languageId: 388,
  tmScope: "source.viml",
  aliases: ["vim", "viml", "nvim", "vimscript"],
  color: "#199f4b"
};

// node_modules/linguist-languages/data/Vim_20_Snippet.js
var Vim_20_Snippet_default = {
  name: "Vim Snippet",
  type: "markup",
  aceMode: "text",
  extensions: [".snip", ".snippet", ".snippets"],
  languageId: 81265970,
  tmScope: "source.vim-snippet",
  aliases: ["SnipMate", "UltiSnip", "UltiSnips", "NeoSnippet"],
  color: "#199f4b"
};

// node_modules/linguist-languages/data/Visual_20_Basic_20_.NET.js
var Visual_20_Basic_20_NET_default = {
  name: "Visual Basic .NET",
  type: "programming",
  aceMode: "text",
  extensions: [".vb", ".vbhtml"],
  languageId: 389,
  tmScope: "source.vbnet",
  aliases: ["visual basic", "vbnet", "vb .net", "vb.net"],
  codemirrorMode: "vb",
  codemirrorMimeType: "text/x-vb",
  color: "#945db7"
};

// node_modules/linguist-languages/data/Visual_20_Basic_20_6.0.js
var Visual_20_Basic_20_6_0_default = {
  name: "Visual Basic 6.0",
  type: "programming",
  aceMode: "text",
  extensions: [".bas", ".cls", ".ctl", ".Dsr", ".frm"],
  languageId: 679594952,
  tmScope: "source.vba",
  aliases: [
    "vb6",
    "vb 6",
    "visual basic 6",
    "visual basic classic",
    "classic visual basic"
  ],
  codemirrorMode: "vb",
  codemirrorMimeType: "text/x-vb",
  color: "#2c6353"
};

// node_modules/linguist-languages/data/Volt.js
var Volt_default = {
  name: "Volt",
  type: "programming",
  aceMode: "d",
  extensions: [".volt"],
  languageId: 390,
  tmScope: "source.d",
  codemirrorMode: "d",
  codemirrorMimeType: "text/x-d",
  color: "#1F1F1F"
};

// node_modules/linguist-languages/data/Vue.js
var Vue_default = {
  name: "Vue",
  type: "markup",
  aceMode: "vue",
  extensions: [".vue"],
  languageId: 391,
  tmScope: "text.html.vue",
  codemirrorMode: "vue",
  codemirrorMimeType: "text/x-vue",
  color: "#41b883"
};

// node_modules/linguist-languages/data/Vyper.js
var Vyper_default = {
  name: "Vyper",
  type: "programming",
  aceMode: "text",
  extensions: [".vy"],
  languageId: 1055641948,
  tmScope: "source.vyper",
  color: "#9F4CF2"
};

// node_modules/linguist-languages/data/Wavefront_20_Material.js
var Wavefront_20_Material_default = {
  name: "Wavefront Material",
  type: "data",
  aceMode: "text",
  extensions: [".mtl"],
  languageId: 392,
  tmScope: "source.wavefront.mtl"
};

// node_modules/linguist-languages/data/Wavefront_20_Object.js
var Wavefront_20_Object_default = {
  name: "Wavefront Object",
  type: "data",
  aceMode: "text",
  extensions: [".obj"],
  languageId: 393,
  tmScope: "source.wavefront.obj"
};

// node_modules/linguist-languages/data/WDL.js
var WDL_default = {
  name: "WDL",
  type: "programming",
  aceMode: "text",
  extensions: [".wdl"],
  languageId: 374521672,
  tmScope: "source.wdl",
  aliases: ["Workflow Description Language"],
  color: "#42f1f4"
};

// node_modules/linguist-languages/data/Web_20_Ontology_20_Language.js
var Web_20_Ontology_20_Language_default = {
  name: "Web Ontology Language",
  type: "data",
  aceMode: "xml",
  extensions: [".owl"],
  languageId: 394,
  tmScope: "text.xml",
  color: "#5b70bd"
};

// node_modules/linguist-languages/data/WebAssembly.js
var WebAssembly_default = {
  name: "WebAssembly",
  type: "programming",
  aceMode: "lisp",
  extensions: [".wast", ".wat"],
  languageId: 956556503,
  tmScope: "source.webassembly",
  aliases: ["wast", "wasm"],
  codemirrorMode: "wast",
  codemirrorMimeType: "text/webassembly",
  color: "#04133b"
};

// node_modules/linguist-languages/data/WebAssembly_20_Interface_20_Type.js
var WebAssembly_20_Interface_20_Type_default = {
  name: "WebAssembly Interface Type",
  type: "data",
  aceMode: "text",
  extensions: [".wit"],
  languageId: 134534086,
  tmScope: "source.wit",
  aliases: ["wit"],
  codemirrorMode: "webidl",
  codemirrorMimeType: "text/x-webidl",
  color: "#6250e7"
};

// node_modules/linguist-languages/data/WebIDL.js
var WebIDL_default = {
  name: "WebIDL",
  type: "programming",
  aceMode: "text",
  extensions: [".webidl"],
  languageId: 395,
  tmScope: "source.webidl",
  codemirrorMode: "webidl",
  codemirrorMimeType: "text/x-webidl"
};

// node_modules/linguist-languages/data/WebVTT.js
var WebVTT_default = {
  name: "WebVTT",
  type: "data",
  aceMode: "text",
  extensions: [".vtt"],
  languageId: 658679714,
  tmScope: "text.vtt",
  aliases: ["vtt"],
  wrap: true
};

// node_modules/linguist-languages/data/Wget_20_Config.js
var Wget_20_Config_default = {
  name: "Wget Config",
  type: "data",
  aceMode: "text",
  filenames: [".wgetrc"],
  languageId: 668457123,
  tmScope: "source.wgetrc",
  aliases: ["wgetrc"],
  group: "INI"
};

// node_modules/linguist-languages/data/WGSL.js
var WGSL_default = {
  name: "WGSL",
  type: "programming",
  aceMode: "text",
  extensions: [".wgsl"],
  languageId: 836605993,
  tmScope: "source.wgsl",
  color: "#1a5e9a"
};

// node_modules/linguist-languages/data/Whiley.js
var Whiley_default = {
  name: "Whiley",
  type: "programming",
  aceMode: "text",
  extensions: [".whiley"],
  languageId: 888779559,
  tmScope: "source.whiley",
  color: "#d5c397"
};

// node_modules/linguist-languages/data/Wikitext.js
var Wikitext_default = {
  name: "Wikitext",
  type: "prose",
  aceMode: "mediawiki",
  extensions: [".mediawiki", ".wiki", ".wikitext"],
  languageId: 228,
  tmScope: "text.html.mediawiki",
  aliases: ["mediawiki", "wiki"],
  color: "#fc5757",
  wrap: true
};

// node_modules/linguist-languages/data/Win32_20_Message_20_File.js
var Win32_20_Message_20_File_default = {
  name: "Win32 Message File",
  type: "data",
  aceMode: "ini",
  extensions: [".mc"],
  languageId: 950967261,
  tmScope: "source.win32-messages",
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties"
};

// node_modules/linguist-languages/data/Windows_20_Registry_20_Entries.js
var Windows_20_Registry_20_Entries_default = {
  name: "Windows Registry Entries",
  type: "data",
  aceMode: "ini",
  extensions: [".reg"],
  languageId: 969674868,
  tmScope: "source.reg",
  codemirrorMode: "properties",
  codemirrorMimeType: "text/x-properties",
  color: "#52d5ff"
};

// node_modules/linguist-languages/data/wisp.js
var wisp_default = {
  name: "wisp",
  type: "programming",
  aceMode: "clojure",
  extensions: [".wisp"],
  languageId: 420,
  tmScope: "source.clojure",
  codemirrorMode: "clojure",
  codemirrorMimeType: "text/x-clojure",
  color: "#7582D1"
};

// node_modules/linguist-languages/data/Witcher_20_Script.js
var Witcher_20_Script_default = {
  name: "Witcher Script",
  type: "programming",
  aceMode: "text",
  extensions: [".ws"],
  languageId: 686821385,
  tmScope: "source.witcherscript",
  color: "#ff0000"
};

// node_modules/linguist-languages/data/Wolfram_20_Language.js
var Wolfram_20_Language_default = {
  name: "Wolfram Language",
  type: "programming",
  aceMode: "text",
  extensions: [
    ".mathematica",
    ".cdf",
    ".m",
    ".ma",
    ".mt",
    ".nb",
    ".nbp",
    ".wl",
    ".wls",
    ".wlt"
  ],
  languageId: 224,
  tmScope: "source.mathematica",
  aliases: ["mathematica", "mma", "wolfram", "wolfram lang", "wl"],
  codemirrorMode: "mathematica",
  codemirrorMimeType: "text/x-mathematica",
  color: "#dd1100",
  interpreters: [
    "wolfram",
    "WolframKernel",
    "wolframscript",
    "math",
    "MathKernel",
    "MathematicaScript",
    "WolframNB",
    "Mathematica"
  ]
};

// node_modules/linguist-languages/data/Wollok.js
var Wollok_default = {
  name: "Wollok",
  type: "programming",
  aceMode: "wollok",
  extensions: [".wlk"],
  languageId: 632745969,
  tmScope: "source.wollok",
  color: "#a23738"
};

// node_modules/linguist-languages/data/World_20_of_20_Warcraft_20_Addon_20_Data.js
var World_20_of_20_Warcraft_20_Addon_20_Data_default = {
  name: "World of Warcraft Addon Data",
  type: "data",
  aceMode: "text",
  extensions: [".toc"],
  languageId: 396,
  tmScope: "source.toc",
  color: "#f7e43f"
};

// node_modules/linguist-languages/data/Wren.js
var Wren_default = {
  name: "Wren",
  type: "programming",
  aceMode: "text",
  extensions: [".wren"],
  languageId: 713580619,
  tmScope: "source.wren",
  aliases: ["wrenlang"],
  color: "#383838"
};

// node_modules/linguist-languages/data/X_20_BitMap.js
var X_20_BitMap_default = {
  name: "X BitMap",
  type: "data",
  aceMode: "c_cpp",
  extensions: [".xbm"],
  languageId: 782911107,
  tmScope: "source.c",
  aliases: ["xbm"],
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  group: "C"
};

// node_modules/linguist-languages/data/X_20_Font_20_Directory_20_Index.js
var X_20_Font_20_Directory_20_Index_default = {
  name: "X Font Directory Index",
  type: "data",
  aceMode: "text",
  filenames: ["encodings.dir", "fonts.alias", "fonts.dir", "fonts.scale"],
  languageId: 208700028,
  tmScope: "source.fontdir"
};

// node_modules/linguist-languages/data/X_20_PixMap.js
var X_20_PixMap_default = {
  name: "X PixMap",
  type: "data",
  aceMode: "c_cpp",
  extensions: [".xpm", ".pm"],
  languageId: 781846279,
  tmScope: "source.c",
  aliases: ["xpm"],
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  group: "C"
};

// node_modules/linguist-languages/data/X10.js
var X10_default = {
  name: "X10",
  type: "programming",
  aceMode: "text",
  extensions: [".x10"],
  languageId: 397,
  tmScope: "source.x10",
  aliases: ["xten"],
  color: "#4B6BEF"
};

// node_modules/linguist-languages/data/xBase.js
var xBase_default = {
  name: "xBase",
  type: "programming",
  aceMode: "text",
  extensions: [".prg", ".ch", ".prw"],
  languageId: 421,
  tmScope: "source.harbour",
  aliases: ["advpl", "clipper", "foxpro"],
  color: "#403a40"
};

// node_modules/linguist-languages/data/XC.js
var XC_default = {
  name: "XC",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".xc"],
  languageId: 398,
  tmScope: "source.xc",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc",
  color: "#99DA07"
};

// node_modules/linguist-languages/data/XCompose.js
var XCompose_default = {
  name: "XCompose",
  type: "data",
  aceMode: "text",
  filenames: [".XCompose", "XCompose", "xcompose"],
  languageId: 225167241,
  tmScope: "config.xcompose"
};

// node_modules/linguist-languages/data/Xmake.js
var Xmake_default = {
  name: "Xmake",
  type: "programming",
  aceMode: "text",
  filenames: ["xmake.lua"],
  languageId: 225223071,
  tmScope: "source.xmake",
  color: "#22a079"
};

// node_modules/linguist-languages/data/XML.js
var XML_default = {
  name: "XML",
  type: "data",
  aceMode: "xml",
  extensions: [
    ".xml",
    ".adml",
    ".admx",
    ".ant",
    ".axaml",
    ".axml",
    ".builds",
    ".ccproj",
    ".ccxml",
    ".clixml",
    ".cproject",
    ".cscfg",
    ".csdef",
    ".csl",
    ".csproj",
    ".ct",
    ".depproj",
    ".dita",
    ".ditamap",
    ".ditaval",
    ".dll.config",
    ".dotsettings",
    ".filters",
    ".fsproj",
    ".fxml",
    ".glade",
    ".gml",
    ".gmx",
    ".gpx",
    ".grxml",
    ".gst",
    ".hzp",
    ".icls",
    ".iml",
    ".ivy",
    ".jelly",
    ".jsproj",
    ".kml",
    ".launch",
    ".mdpolicy",
    ".meta4",
    ".mjml",
    ".mm",
    ".mod",
    ".mojo",
    ".mxml",
    ".natvis",
    ".ncl",
    ".ndproj",
    ".nproj",
    ".nuspec",
    ".odd",
    ".osm",
    ".pkgproj",
    ".pluginspec",
    ".proj",
    ".props",
    ".ps1xml",
    ".psc1",
    ".pt",
    ".pubxml",
    ".qhelp",
    ".rbxmx",
    ".rdf",
    ".res",
    ".resx",
    ".rs",
    ".rss",
    ".sch",
    ".scxml",
    ".sfproj",
    ".shproj",
    ".slnx",
    ".srdf",
    ".storyboard",
    ".sublime-snippet",
    ".sw",
    ".targets",
    ".tml",
    ".ts",
    ".tsx",
    ".typ",
    ".ui",
    ".urdf",
    ".ux",
    ".vbproj",
    ".vcxproj",
    ".vsixmanifest",
    ".vssettings",
    ".vstemplate",
    ".vxml",
    ".wixproj",
    ".workflow",
    ".wsdl",
    ".wsf",
    ".wxi",
    ".wxl",
    ".wxs",
    ".x3d",
    ".xacro",
    ".xaml",
    ".xib",
    ".xlf",
    ".xliff",
    ".xmi",
    ".xml.dist",
    ".xmp",
    ".xproj",
    ".xsd",
    ".xspec",
    ".xul",
    ".zcml"
  ],
  filenames: [
    ".classpath",
    ".cproject",
    ".project",
    "App.config",
    "NuGet.config",
    "Settings.StyleCop",
    "Web.Debug.config",
    "Web.Release.config",
    "Web.config",
    "packages.config"
  ],
  languageId: 399,
  tmScope: "text.xml",
  aliases: ["rss", "xsd", "wsdl"],
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml",
  color: "#0060ac"
};

// node_modules/linguist-languages/data/XML_20_Property_20_List.js
var XML_20_Property_20_List_default = {
  name: "XML Property List",
  type: "data",
  aceMode: "xml",
  extensions: [
    ".plist",
    ".stTheme",
    ".tmCommand",
    ".tmLanguage",
    ".tmPreferences",
    ".tmSnippet",
    ".tmTheme"
  ],
  languageId: 75622871,
  tmScope: "text.xml.plist",
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml",
  color: "#0060ac",
  group: "XML"
};

// node_modules/linguist-languages/data/Xojo.js
var Xojo_default = {
  name: "Xojo",
  type: "programming",
  aceMode: "text",
  extensions: [
    ".xojo_code",
    ".xojo_menu",
    ".xojo_report",
    ".xojo_script",
    ".xojo_toolbar",
    ".xojo_window"
  ],
  languageId: 405,
  tmScope: "source.xojo",
  color: "#81bd41"
};

// node_modules/linguist-languages/data/Xonsh.js
var Xonsh_default = {
  name: "Xonsh",
  type: "programming",
  aceMode: "text",
  extensions: [".xsh"],
  languageId: 614078284,
  tmScope: "source.python",
  codemirrorMode: "python",
  codemirrorMimeType: "text/x-python",
  color: "#285EEF"
};

// node_modules/linguist-languages/data/XPages.js
var XPages_default = {
  name: "XPages",
  type: "data",
  aceMode: "xml",
  extensions: [".xsp-config", ".xsp.metadata"],
  languageId: 400,
  tmScope: "text.xml",
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml"
};

// node_modules/linguist-languages/data/XProc.js
var XProc_default = {
  name: "XProc",
  type: "programming",
  aceMode: "xml",
  extensions: [".xpl", ".xproc"],
  languageId: 401,
  tmScope: "text.xml",
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml"
};

// node_modules/linguist-languages/data/XQuery.js
var XQuery_default = {
  name: "XQuery",
  type: "programming",
  aceMode: "xquery",
  extensions: [".xquery", ".xq", ".xql", ".xqm", ".xqy"],
  languageId: 402,
  tmScope: "source.xq",
  codemirrorMode: "xquery",
  codemirrorMimeType: "application/xquery",
  color: "#5232e7"
};

// node_modules/linguist-languages/data/XS.js
var XS_default = {
  name: "XS",
  type: "programming",
  aceMode: "c_cpp",
  extensions: [".xs"],
  languageId: 403,
  tmScope: "source.c",
  codemirrorMode: "clike",
  codemirrorMimeType: "text/x-csrc"
};

// node_modules/linguist-languages/data/XSLT.js
var XSLT_default = {
  name: "XSLT",
  type: "programming",
  aceMode: "xml",
  extensions: [".xslt", ".xsl"],
  languageId: 404,
  tmScope: "text.xml.xsl",
  aliases: ["xsl"],
  codemirrorMode: "xml",
  codemirrorMimeType: "text/xml",
  color: "#EB8CEB"
};

// node_modules/linguist-languages/data/Xtend.js
var Xtend_default = {
  name: "Xtend",
  type: "programming",
  aceMode: "text",
  extensions: [".xtend"],
  languageId: 406,
  tmScope: "source.xtend",
  color: "#24255d"
};

// node_modules/linguist-languages/data/Yacc.js
var Yacc_default = {
  name: "Yacc",
  type: "programming",
  aceMode: "text",
  extensions: [".y", ".yacc", ".yy"],
  languageId: 409,
  tmScope: "source.yacc",
  color: "#4B6C4B"
};

// node_modules/linguist-languages/data/YAML.js
var YAML_default = {
  name: "YAML",
  type: "data",
  aceMode: "yaml",
  extensions: [
    ".yml",
    ".mir",
    ".reek",
    ".rviz",
    ".sublime-syntax",
    ".syntax",
    ".yaml",
    ".yaml-tmlanguage",
    ".yaml.sed",
    ".yml.mysql"
  ],
  filenames: [
    ".clang-format",
    ".clang-tidy",
    ".clangd",
    ".eslintrc",
    ".gemrc",
    ".releaserc",
    "CITATION.cff",
    "glide.lock",
    "pixi.lock",
    "yarn.lock"
  ],
  languageId: 407,
  tmScope: "source.yaml",
  aliases: ["yml"],
  codemirrorMode: "yaml",
  codemirrorMimeType: "text/x-yaml",
  color: "#cb171e"
};

// node_modules/linguist-languages/data/YANG.js
var YANG_default = {
  name: "YANG",
  type: "data",
  aceMode: "text",
  extensions: [".yang"],
  languageId: 408,
  tmScope: "source.yang"
};

// node_modules/linguist-languages/data/YARA.js
var YARA_default = {
  name: "YARA",
  type: "programming",
  aceMode: "text",
  extensions: [".yar", ".yara"],
  languageId: 805122868,
  tmScope: "source.yara",
  color: "#220000"
};

// node_modules/linguist-languages/data/YASnippet.js
var YASnippet_default = {
  name: "YASnippet",
  type: "markup",
  aceMode: "text",
  extensions: [".yasnippet"],
  languageId: 378760102,
  tmScope: "source.yasnippet",
  aliases: ["snippet", "yas"],
  color: "#32AB90"
};

// node_modules/linguist-languages/data/Yul.js
var Yul_default = {
  name: "Yul",
  type: "programming",
  aceMode: "text",
  extensions: [".yul"],
  languageId: 237469033,
  tmScope: "source.yul",
  color: "#794932"
};

// node_modules/linguist-languages/data/ZAP.js
var ZAP_default = {
  name: "ZAP",
  type: "programming",
  aceMode: "text",
  extensions: [".zap", ".xzap"],
  languageId: 952972794,
  tmScope: "source.zap",
  color: "#0d665e"
};

// node_modules/linguist-languages/data/Zeek.js
var Zeek_default = {
  name: "Zeek",
  type: "programming",
  aceMode: "zeek",
  extensions: [".zeek", ".bro"],
  languageId: 40,
  tmScope: "source.zeek",
  aliases: ["bro"]
};

// node_modules/linguist-languages/data/ZenScript.js
var ZenScript_default = {
  name: "ZenScript",
  type: "programming",
  aceMode: "text",
  extensions: [".zs"],
  languageId: 494938890,
  tmScope: "source.zenscript",
  color: "#00BCD1"
};

// node_modules/linguist-languages/data/Zephir.js
var Zephir_default = {
  name: "Zephir",
  type: "programming",
  aceMode: "php",
  extensions: [".zep"],
  languageId: 410,
  tmScope: "source.php.zephir",
  color: "#118f9e"
};

// node_modules/linguist-languages/data/Zig.js
var Zig_default = {
  name: "Zig",
  type: "programming",
  aceMode: "zig",
  extensions: [".zig", ".zig.zon"],
  languageId: 646424281,
  tmScope: "source.zig",
  color: "#ec915c"
};

// node_modules/linguist-languages/data/ZIL.js
var ZIL_default = {
  name: "ZIL",
  type: "programming",
  aceMode: "text",
  extensions: [".zil", ".mud"],
  languageId: 973483626,
  tmScope: "source.zil",
  color: "#dc75e5"
};

// node_modules/linguist-languages/data/Zimpl.js
var Zimpl_default = {
  name: "Zimpl",
  type: "programming",
  aceMode: "text",
  extensions: [".zimpl", ".zmpl", ".zpl"],
  languageId: 411,
  tmScope: "none",
  color: "#d67711"
};

// node_modules/linguist-languages/data/Zmodel.js
var Zmodel_default = {
  name: "Zmodel",
  type: "data",
  aceMode: "text",
  extensions: [".zmodel"],
  languageId: 803760908,
  tmScope: "source.zmodel",
  color: "#ff7100"
};

// src/standards/project-metadata.ts
var MAX_DESCRIPTION = 300;
var MAX_NAME = 200;
var MAX_LANGUAGES = 5;
var MIN_LANGUAGE_SHARE = 0.02;
var READERS = [
  ["publiccode.yml", fromPubliccode],
  ["publiccode.yaml", fromPubliccode],
  ["package.json", (t) => fromJson(t)],
  ["composer.json", (t) => fromJson(t)],
  ["pyproject.toml", fromPyproject],
  ["Cargo.toml", fromCargo],
  ["pom.xml", fromPom]
];
async function projectMetadata(repo) {
  const out = {};
  const sources = {};
  for (const [path, read] of READERS) {
    if (!repo.has(path)) continue;
    const file = await repo.readText(path);
    if (!file.ok) continue;
    let stated;
    try {
      stated = read(file.text);
    } catch {
      stated = void 0;
    }
    if (!stated) continue;
    for (const field of ["name", "description", "organisation"]) {
      if (out[field] !== void 0) continue;
      const value = oneLine(stated[field], field === "description" ? MAX_DESCRIPTION : MAX_NAME);
      if (value === void 0) continue;
      out[field] = value;
      sources[field] = path;
    }
  }
  const languages = languagesOf(repo);
  if (languages.length) {
    out.languages = languages;
    sources.languages = "file extensions";
  }
  if (Object.keys(sources).length) out.sources = sources;
  return out;
}
function oneLine(value, max) {
  if (typeof value !== "string") return void 0;
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, " ").trim();
  if (!text) return void 0;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}\u2026` : text;
}
var record = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function fromPubliccode(text) {
  const yaml = parseYaml(text);
  if (yaml.errors.length) return void 0;
  const doc = record(yaml.value);
  if (!doc) return void 0;
  const descriptions = record(doc.description) ?? {};
  const languages = Object.keys(descriptions).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const short = languages.map((l) => record(descriptions[l])?.shortDescription).find((s) => typeof s === "string" && s.trim());
  const legal = record(doc.legal) ?? {};
  return {
    name: doc.name,
    description: short,
    organisation: record(doc.organisation)?.name ?? legal.repoOwner ?? legal.mainCopyrightOwner
  };
}
var rank = (tag) => /^en(-|$)/i.test(tag) ? 0 : 1;
function fromJson(text) {
  const read = parseJson(text);
  if (!read.ok) return void 0;
  const doc = record(read.value);
  return doc ? { name: doc.private === true ? void 0 : doc.name, description: doc.description } : void 0;
}
function fromPyproject(text) {
  const read = parseToml(text);
  if (!read.ok) return void 0;
  const project = record(read.value.project) ?? record(record(record(read.value.tool)?.poetry)) ?? {};
  return { name: project.name, description: project.description };
}
function fromCargo(text) {
  const read = parseToml(text);
  if (!read.ok) return void 0;
  const pkg = record(read.value.package) ?? {};
  const shared = record(record(read.value.workspace)?.package) ?? {};
  return { name: pkg.name, description: pkg.description ?? shared.description };
}
var pomParser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, processEntities: false, maxNestedTags: MAX_NESTING });
function fromPom(text) {
  const project = record(record(pomParser.parse(text))?.project);
  if (!project) return void 0;
  return {
    name: project.name ?? project.artifactId,
    description: project.description,
    organisation: record(project.organization)?.name
  };
}
var VENDORED = /(^|\/)(node_modules|vendor|vendored|third[_-]?party|3rdparty|bower_components|external|extern)\//i;
var POPULAR = /* @__PURE__ */ new Set([
  "C",
  "C#",
  "C++",
  "CoffeeScript",
  "CSS",
  "Dart",
  "DM",
  "Elixir",
  "Go",
  "Groovy",
  "HTML",
  "Java",
  "JavaScript",
  "Kotlin",
  "Objective-C",
  "Perl",
  "PHP",
  "PowerShell",
  "Python",
  "Ruby",
  "Rust",
  "Scala",
  "Shell",
  "Swift",
  "TypeScript"
]);
var byExtension;
function languageOfExtension() {
  if (byExtension) return byExtension;
  const claims = /* @__PURE__ */ new Map();
  for (const language of Object.values(linguist_languages_exports)) {
    for (const [i, ext] of (language.extensions ?? []).entries()) {
      const key = ext.toLowerCase();
      claims.set(key, [...claims.get(key) ?? [], { name: language.name, type: language.type, primary: i === 0 }]);
    }
  }
  byExtension = /* @__PURE__ */ new Map();
  for (const [ext, list] of claims) {
    let chosen = list.length === 1 ? list : list.filter((c) => c.primary);
    if (chosen.length > 1) chosen = chosen.filter((c) => POPULAR.has(c.name));
    if (chosen.length === 1) {
      if (chosen[0].type === "programming") byExtension.set(ext, chosen[0].name);
    } else if (chosen.length === 0) {
      const candidates = list.filter((c) => c.type === "programming" && POPULAR.has(c.name)).map((c) => c.name);
      if (candidates.length > 1) byExtension.set(ext, candidates);
    }
  }
  return byExtension;
}
function languagesOf(repo) {
  const map = languageOfExtension();
  const bytes = /* @__PURE__ */ new Map();
  const ambiguous = [];
  for (const entry of repo.files) {
    if (entry.kind !== "file" || VENDORED.test(entry.path)) continue;
    const name = entry.path.slice(entry.path.lastIndexOf("/") + 1).toLowerCase();
    let language;
    for (let dot = name.indexOf(".", 1); dot >= 0 && !language; dot = name.indexOf(".", dot + 1)) language = map.get(name.slice(dot));
    if (!language) continue;
    if (Array.isArray(language)) ambiguous.push({ candidates: language, size: entry.size });
    else bytes.set(language, (bytes.get(language) ?? 0) + entry.size);
  }
  const known = new Map(bytes);
  for (const { candidates, size } of ambiguous) {
    const best = candidates.filter((c) => (known.get(c) ?? 0) > 0).sort((a, b) => known.get(b) - known.get(a) || (a < b ? -1 : 1))[0];
    if (best) bytes.set(best, bytes.get(best) + size);
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  return [...bytes].filter(([, n]) => n / total >= MIN_LANGUAGE_SHARE).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, MAX_LANGUAGES).map(([language]) => language);
}

// src/pipeline/check-repository.ts
function settle(promise) {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error) => ({ ok: false, error })
  );
}
async function earlyGitFacts(path, now, tagHistory) {
  let root;
  try {
    root = await realpath(path);
  } catch {
    return void 0;
  }
  return { root, read: await settle(readGitFacts(root, now, { tagHistory })) };
}
async function checkRepository(options) {
  const started = performance.now();
  const now = options.now ?? /* @__PURE__ */ new Date();
  const checks = [...options.checks ?? registry].sort((a, b) => a.meta.id < b.meta.id ? -1 : 1);
  const progress = options.onProgress ?? (() => {
  });
  const config = loadConfig(
    options.path,
    checks.map((c) => c.meta),
    options.configPath
  );
  const enabled = checks.filter((c) => config.checks[c.meta.id]?.enabled !== false && (!options.only || options.only.includes(c.meta.id)));
  const tagHistory = enabled.some((c) => c.meta.needs?.includes("tag-history"));
  progress("listing files", false);
  const early = earlyGitFacts(options.path, now, tagHistory);
  const snapshot = await takeSnapshot({
    root: options.path,
    maxFileBytes: config.limits.maxFileBytes,
    exclude: config.exclude,
    ignore: options.ignore ?? []
  }).catch(async (error) => {
    await early;
    throw error;
  });
  const snapshotDone = performance.now();
  configureLockfileScan(snapshot, config.sbom);
  progress(`listed ${snapshot.files.length} files (${snapshot.excluded.length} excluded); reading git history`, false);
  let git = NO_GIT;
  let gitFailure;
  const facts2 = await early;
  if (snapshot.source === "git") {
    const read = facts2?.root === snapshot.realRoot ? facts2.read : await settle(readGitFacts(snapshot.realRoot, now, { tagHistory }));
    if (read.ok) git = read.value;
    else {
      gitFailure = AnalysisError.of("the git history", read.error);
      git = { ...NO_GIT, isRepository: true, tags: [] };
    }
  } else git = { ...NO_GIT, tags: [] };
  if (options.repositoryUrl) git.remoteUrl = options.repositoryUrl;
  if (options.ref) git.ref = options.ref;
  const gitDone = performance.now();
  const network = { enabled: options.network ?? false, allowHosts: options.allowHosts ?? [] };
  const forge = {
    ...git.remoteUrl ? { repositoryUrl: git.remoteUrl } : {},
    network,
    ...options.github ? { github: options.github } : {}
  };
  const organisation = organisationFiles(forge);
  const releases = githubReleases(forge);
  const branchProtection = githubBranchProtection(forge);
  const issues = githubIssues(forge);
  configureVulnerabilityAnalysis(snapshot, config.checks["known-vulnerabilities"]?.options ?? {});
  const outcomes = await runChecks(
    enabled,
    (check) => ({
      repo: snapshot,
      get git() {
        if (gitFailure) throw gitFailure;
        return git;
      },
      now,
      options: config.checks[check.meta.id]?.options ?? {},
      network,
      organisation,
      releases,
      branchProtection,
      issues,
      ...options.vulnerabilityData ? { vulnerabilityData: options.vulnerabilityData } : {}
    }),
    {
      concurrency: config.limits.concurrency,
      timeoutMs: config.limits.checkTimeoutSeconds * 1e3,
      onDone: (id, done, total) => progress(`checks ${done}/${total} (${id})`, true)
    }
  );
  const checksDone = performance.now();
  progress(`ran ${enabled.length} checks`, false);
  const active = activeExemptions(config.exemptions, now);
  const results = checks.map((check) => {
    const outcome = outcomes.get(check.meta.id);
    const findings = outcome ? anchorFindings(outcome.findings, check, snapshot) : [];
    const status = outcome ? aggregate(findings) : "skipped";
    const exemption = active.get(check.meta.id);
    const waived = exemption !== void 0 && status !== "pass" && status !== "not-applicable";
    const result = {
      id: check.meta.id,
      family: check.meta.family,
      title: check.meta.title,
      level: check.meta.level,
      version: check.meta.version,
      status,
      satisfied: status === "pass" || status === "not-applicable" || waived,
      crosswalk: check.meta.crosswalk,
      findings
    };
    if (waived) result.exemption = { reason: exemption.reason, expires: exemption.expires };
    return result;
  });
  const exemptions = config.exemptions.map((e) => {
    const result = results.find((r) => r.id === e.check);
    const status = isExpired(e, now) ? "expired" : result?.exemption && active.get(e.check) === e ? "applied" : "not-needed";
    return { check: e.check, reason: e.reason, expires: e.expires, status };
  });
  const needed = (analysis) => enabled.some((c) => c.meta.needs?.includes(analysis));
  const scan = needed("lockfile-scan") ? await scanLockfiles(snapshot).catch(() => void 0) : void 0;
  const analysed = await startedVulnerabilityAnalysis(snapshot)?.catch(() => void 0);
  const vulnerabilities2 = analysed && analysed.status !== "not-applicable" ? analysed.analysis : void 0;
  const sbomBytes = scan && scan.graph.sources.length > 0 ? cycloneDxDocument(
    scan.graph,
    {
      name: git.remoteUrl?.split("/").pop() ?? basename(snapshot.realRoot),
      ...git.remoteUrl ? { url: git.remoteUrl } : {},
      ...git.commit ? { commit: git.commit } : {},
      ...git.lastCommitDate ? { timestamp: git.lastCommitDate } : {}
    },
    { dev: "mark", gaps: gapsOf(scan), ...vulnerabilities2 ? { vulnerabilities: sbomVulnerabilities(vulnerabilities2) } : {} }
  ) : void 0;
  const licence = await detectProjectLicence(snapshot).catch((error) => AnalysisError.of("the project licence", error));
  const lint = needed("reuse-lint") ? await lintReuse(snapshot).catch(() => void 0) : void 0;
  const reuse = lint ? reuseReportSection(lint) : void 0;
  const project = await projectMetadata(snapshot).catch(() => void 0);
  const { level, levels } = computeLevels(results);
  const summary = { pass: 0, fail: 0, unknown: 0, "not-applicable": 0, error: 0, skipped: 0, exempted: 0 };
  for (const r of results) {
    summary[r.status]++;
    if (r.exemption) summary.exempted++;
  }
  const timings = {
    snapshotMs: Math.round(snapshotDone - started),
    gitMs: Math.round(gitDone - snapshotDone),
    checksMs: Math.round(checksDone - gitDone),
    totalMs: Math.round(performance.now() - started),
    checks: Object.fromEntries([...outcomes].sort(([a], [b]) => a < b ? -1 : 1).map(([id, o]) => [id, o.durationMs]))
  };
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: now.toISOString(),
    repository: repositorySection(snapshot, git),
    policy: {
      ...config.file ? { file: config.file } : {},
      digest: policyDigest(config, options.failOn),
      failOn: options.failOn,
      disabled: results.filter((r) => r.status === "skipped").map((r) => r.id),
      exemptions
    },
    snapshot: {
      files: snapshot.files.length,
      excluded: [...snapshot.excluded],
      symlinks: [...snapshot.symlinks],
      problems: [...snapshot.problems]
    },
    level,
    levels,
    passed: meetsTarget(level, options.failOn),
    summary,
    checks: results,
    crosswalk: crosswalkCoverage(results),
    licence: licenceSection(licence),
    ...project && Object.keys(project).length ? { project } : {},
    ...sbomBytes && scan ? {
      sbom: {
        file: "sbom.cdx.json",
        format: "CycloneDX 1.6",
        digest: `sha256:${sbomBytes.sha256()}`,
        components: scan.graph.components.size,
        lockfiles: scan.graph.sources
      }
    } : {},
    ...scan && (scan.coverage.length > 0 || scan.excluded.length > 0) ? { dependencies: { coverage: scan.coverage, excluded: scan.excluded } } : {},
    ...reuse ? { reuse } : {},
    ...vulnerabilities2 ? { vulnerabilities: reportSection(vulnerabilities2) } : {},
    timings
  };
  return { report, config, snapshot, git, ...sbomBytes ? { sbomBytes } : {} };
}
function licenceSection(licence) {
  if (licence instanceof AnalysisError) return { reason: licence.message, files: [], declared: [] };
  return {
    ...licence.expression ? { expression: licence.expression } : {},
    reason: licence.reason,
    files: licence.files.map((f) => ({
      path: f.path,
      ids: f.ids,
      method: f.method,
      ...f.additional ? { additionalWords: f.additional.words } : {},
      ...f.textIs ? { textIs: f.textIs } : {},
      ...f.closest ? { closest: { ids: f.closest.ids, confidence: f.closest.confidence } } : {}
    })),
    declared: licence.declared.map((d) => ({ source: d.source, value: d.value, ...d.expression ? { expression: d.expression } : {} })),
    ...licence.readme ? { readme: licence.readme } : {}
  };
}
function outputFolderIgnore(root, outputDir) {
  const inside = relative(root, outputDir);
  if (!inside || inside.split(sep)[0] === ".." || isAbsolute(inside)) return [];
  const parts = inside.split(sep);
  const base = parts.pop();
  return [`${inside.split(sep).join("/")}/**`, `${[...parts, `.${base}.ois-ready-*.tmp`].join("/")}/**`];
}
function anchorFindings(findings, check, snapshot) {
  let anchor = null;
  return findings.map((f) => {
    if (f.location || f.status !== "fail" && f.status !== "error" && f.status !== "unknown") return f;
    if (anchor === null) anchor = check.meta.anchors ? snapshot.find(check.meta.anchors)?.path : void 0;
    return anchor ? { ...f, location: { path: anchor } } : f;
  });
}
function repositorySection(snapshot, git) {
  const section = {
    source: snapshot.source,
    shallow: git.shallow,
    tags: { count: git.tags.length },
    activity: git.activity
  };
  if (git.remoteUrl) section.url = git.remoteUrl;
  if (git.commit) section.commit = git.commit;
  if (git.tree) section.tree = git.tree;
  if (git.ref) section.ref = git.ref;
  if (git.lastCommitDate) section.lastCommitDate = git.lastCommitDate;
  if (git.latestVersionTag?.version) {
    section.tags.latestVersion = git.latestVersionTag.version;
    section.tags.latestVersionTag = git.latestVersionTag.name;
    if (git.latestVersionTag.date) section.tags.latestVersionDate = git.latestVersionTag.date;
  }
  return section;
}
function policyDigest(config, failOn) {
  const policy = {
    checks: config.checks,
    exclude: config.exclude,
    // only when set, so that the digests of existing policies stay the same
    ...config.sbom.include.length > 0 ? { sbom: config.sbom } : {},
    exemptions: config.exemptions.map(({ check, reason, expires }) => ({ check, reason, expires })),
    limits: config.limits,
    failOn
  };
  return `sha256:${createHash("sha256").update(canonicalize(policy) ?? "").digest("hex")}`;
}

// src/report/status-symbols.ts
function statusLabel(check) {
  if (check.exemption) return "exempted";
  return check.status;
}
var SYMBOLS = {
  pass: "\u2705",
  fail: "\u274C",
  unknown: "\u2754",
  "not-applicable": "\u2796",
  error: "\u26A0\uFE0F",
  skipped: "\u23ED\uFE0F",
  exempted: "\u{1F7E1}"
};

// src/report/markdown-escape.ts
function mdText(text, options = {}) {
  const out = oneLine2(text).split(/( +)/).map((token) => token.trim() === "" ? token : mdToken(token, options.links ?? true)).join("");
  return out.replace(/^(\s*)([#=+-]|\d+[.)])/, (_, space, c) => `${space}${c.replace(/[#=+\-.)]/, (x) => `\\${x}`)}`);
}
function mdToken(token, links) {
  if (token === "") return "";
  const url = /https?:\/\/[^\s<>"'`\\)\]|]+/i.exec(token);
  if (url) {
    const href = url[0].replace(/[.,;:!?]+$/, "");
    const safe = links ? safeUrl(href) : void 0;
    const at = url.index;
    return `${mdToken(token.slice(0, at), links)}${safe ? `<${safe}>` : escapeInline(href)}${mdToken(token.slice(at + href.length), links)}`;
  }
  const m = /^(.*?)([.,;:!?)\]'"]*)$/.exec(token);
  const [, body, tail] = m;
  if (/@[\p{L}\p{N}]/u.test(body)) return `${mdCode(body)}${escapeInline(tail)}`;
  return escapeInline(token);
}
function escapeInline(text) {
  return text.replace(/[\\`*_[\]<>!|~&]/g, (c) => `\\${c}`);
}
function mdCode(text) {
  const body = oneLine2(text);
  if (body === "") return "";
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function mdCell(markdown) {
  return markdown.replace(/\\\|/g, "|").replace(/\|/g, "\\|");
}
function htmlText(text) {
  return oneLine2(text).replace(/[&<>"'`*_[\]\\|~@]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function safeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return void 0;
  return url.replace(
    /[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/g,
    (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  );
}
function mdLink(text, url) {
  const href = safeUrl(url);
  return href ? `[${mdText(text, { links: false })}](${href})` : mdText(text);
}
function oneLine2(text) {
  return text.replace(/\r\n?|\n/g, " ");
}

// src/report/severity.ts
var SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
function blocksRequired(report, check) {
  const required = report.policy.failOn;
  return required !== "none" && check.level <= required && !check.satisfied;
}
function findingSeverity(report, check, finding) {
  const blocking = blocksRequired(report, check);
  if (finding.status === "fail" || finding.status === "error") return blocking ? "error" : "warning";
  if (finding.status === "unknown") return blocking ? "warning" : "note";
  if (finding.severity === "warning") return "note";
  return void 0;
}
function awardableLevels(report) {
  return report.levels.filter((l) => l.checks > 0 && l.awardable !== false).length;
}
function levelPhrase(report) {
  const m = awardableLevels(report);
  return `level ${report.level} (of the ${m} level${m === 1 ? "" : "s"} this version can award)`;
}

// src/report/markdown.ts
var MAX_FINDINGS_PER_CHECK = 20;
var MAX_NEXT_STEPS = 5;
var STATUS_ORDER = { error: 0, fail: 0, unknown: 1, exempted: 2, skipped: 3, pass: 4, "not-applicable": 5 };
function renderMarkdown(report) {
  const out = [];
  out.push(`# OIS-ready: ${levelPhrase(report)}`, "");
  out.push(verdict(report), "");
  out.push(...nextSteps(report));
  const ordered = [...report.checks].sort(
    (a, b) => STATUS_ORDER[statusLabel(a)] - STATUS_ORDER[statusLabel(b)] || a.level - b.level || compare(a.id, b.id)
  );
  const attention = ordered.filter((c) => !c.satisfied || c.exemption);
  const rest2 = ordered.filter((c) => c.satisfied && !c.exemption);
  if (attention.length > 0) out.push(...checkTable(attention), "");
  if (rest2.length > 0) {
    const warned = rest2.filter((c) => warnings(c).length > 0).length;
    out.push(
      `<details><summary>${rest2.length} check${rest2.length === 1 ? "" : "s"} passed or did not apply${warned ? ` (${warned} with warnings)` : ""}</summary>`,
      "",
      ...checkTable(rest2),
      "",
      "</details>",
      ""
    );
  }
  out.push(...facts(report));
  out.push(...vulnerabilities(report));
  const failing = ordered.filter((c) => c.status === "fail" || c.status === "error");
  if (failing.length > 0) {
    out.push("## What to fix", "");
    for (const check of failing) {
      out.push(`### ${SYMBOLS[statusLabel(check)]} ${mdCode(check.id)}: ${mdText(check.title)}${check.exemption ? " (exempted)" : ""}`, "");
      if (check.exemption) out.push(`Exempted until ${mdText(check.exemption.expires)}: ${mdText(check.exemption.reason)}`, "");
      out.push(...findingList(check.findings.filter((f) => f.status === "fail" || f.status === "error")), "");
    }
  }
  const unknown = ordered.filter((c) => c.status === "unknown");
  if (unknown.length > 0) {
    out.push("## What could not be checked", "");
    out.push("These checks could not see what they need; they do not count towards a level until they can:", "");
    for (const check of unknown) {
      out.push(`### ${SYMBOLS[statusLabel(check)]} ${mdCode(check.id)}: ${mdText(check.title)}${check.exemption ? " (exempted)" : ""}`, "");
      out.push(...findingList(check.findings.filter((f) => f.status === "unknown")), "");
    }
  }
  const warnedChecks = ordered.filter((c) => warnings(c).length > 0);
  if (warnedChecks.length > 0) {
    const count = warnedChecks.reduce((n, c) => n + warnings(c).length, 0);
    out.push("## Warnings", "");
    out.push(`<details><summary>${count} warning${count === 1 ? "" : "s"}: they fail nothing, a reviewer may still ask</summary>`, "");
    for (const check of warnedChecks) out.push(`**${mdCode(check.id)}**`, "", ...findingList(warnings(check)), "");
    out.push("</details>", "");
  }
  out.push(...crosswalk(report));
  if (report.policy.exemptions.length > 0) {
    out.push("## Exemptions", "");
    out.push("| Check | Until | Status | Reason |");
    out.push("|---|---|---|---|");
    for (const e of report.policy.exemptions)
      out.push(`| ${mdCell(mdCode(e.check))} | ${mdCell(mdText(e.expires))} | ${e.status} | ${mdCell(mdText(e.reason))} |`);
    out.push("");
  }
  if (report.snapshot.excluded.length > 0 || report.snapshot.problems.length > 0) {
    out.push("## Files not checked", "");
    const reasons = /* @__PURE__ */ new Map();
    for (const e of report.snapshot.excluded) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
    for (const [reason, count] of [...reasons].sort()) out.push(`- ${count} file(s) excluded by ${mdText(reason)}`);
    for (const p of report.snapshot.problems.slice(0, MAX_FINDINGS_PER_CHECK)) out.push(`- ${mdCode(p.path)}: ${mdText(p.message)}`);
    if (report.snapshot.problems.length > MAX_FINDINGS_PER_CHECK)
      out.push(`- \u2026 and ${report.snapshot.problems.length - MAX_FINDINGS_PER_CHECK} more in report.json`);
    out.push("");
  }
  out.push(
    `<sub>${htmlText(`${report.tool.name} ${report.tool.version} \xB7 report schema ${report.schemaVersion} \xB7 policy ${report.policy.digest.slice(0, 19)}\u2026`)}</sub>`
  );
  return `${out.join("\n")}
`;
}
function verdict(report) {
  const reached = report.level === 0 ? "No level reached" : `Level ${report.level} reached`;
  const required = report.policy.failOn;
  const requirement = required === "none" ? "no level is required (fail-on: none)" : `fail-on requires level ${required}: ${report.passed ? "met" : "not met"}`;
  const mark = !report.passed ? "\u274C" : report.level === 0 ? "\u2796" : "\u2705";
  const s = report.summary;
  const counts = [
    `${s.pass} passed`,
    `${s.fail} failed`,
    ...s.unknown ? [`${s.unknown} could not be checked`] : [],
    `${s["not-applicable"]} not applicable`,
    ...s.error ? [`${s.error} errors`] : [],
    ...s.skipped ? [`${s.skipped} turned off`] : [],
    ...s.exempted ? [`${s.exempted} exempted`] : []
  ];
  return `${mark} **${reached}**; ${requirement}. ${counts.join(", ")}.`;
}
function nextSteps(report) {
  const out = [];
  const next = report.levels.find((l) => l.level === report.level + 1);
  if (!next || next.checks === 0 || next.awardable === false) {
    out.push(`Level ${report.level} is the highest level this version of ${report.tool.name} awards.`, "");
    if (next && next.checks > 0) out.push(notAwarded(next), "");
    return out;
  }
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  const blocking = next.blocking.map((id) => byId.get(id)).sort((a, b) => STATUS_ORDER[statusLabel(a)] - STATUS_ORDER[statusLabel(b)] || a.level - b.level || compare(a.id, b.id));
  out.push(`## To reach level ${next.level}`, "");
  out.push(`${blocking.length === 1 ? "This check stands" : `These ${blocking.length} checks stand`} in the way:`, "");
  for (const check of blocking.slice(0, MAX_NEXT_STEPS)) {
    const first = check.findings.find((f) => f.status === check.status);
    const what = check.status === "skipped" ? "turned off by the policy; a level needs every check of that level or below" : check.status === "unknown" ? `could not be checked: ${mdText(first?.message ?? "")}` : mdText(first?.message ?? "");
    const more = check.findings.filter((f) => f.status === check.status).length - 1;
    const fix = first?.remediation ? `<br>${check.status === "unknown" ? "To check it" : "Fix"}: ${mdText(first.remediation)}` : "";
    out.push(
      `- ${SYMBOLS[statusLabel(check)]} **${mdCode(check.id)}** (level ${check.level}): ${what}${more > 0 ? ` (+${more} more below)` : ""}${fix}`
    );
  }
  if (blocking.length > MAX_NEXT_STEPS)
    out.push(
      `- and ${blocking.length - MAX_NEXT_STEPS} more: ${blocking.slice(MAX_NEXT_STEPS).map((c) => mdCode(c.id)).join(", ")}`
    );
  out.push("");
  const after = report.levels.find((l) => l.level === next.level + 1);
  if (after && after.checks > 0 && after.awardable !== false) {
    const also = after.blocking.filter((id) => !next.blocking.includes(id));
    out.push(
      also.length > 0 ? `Level ${after.level} also needs: ${also.map((id) => mdCode(id)).join(", ")}.` : `Level ${after.level} needs nothing more.`,
      ""
    );
  } else if (after && after.checks > 0) {
    out.push(notAwarded(after), "");
  } else if (after) {
    out.push(`Level ${after.level} has no checks in this version of ${report.tool.name}, so it cannot be reached yet.`, "");
  }
  return out;
}
function notAwarded(level) {
  return `Level ${level.level} is not awarded by this version: its set of checks is not complete yet. Its ${level.checks} check${level.checks === 1 ? "" : "s"} run and report below.`;
}
function checkTable(checks) {
  const out = ["| | Check | Level | Result |", "|---|---|---|---|"];
  for (const check of checks)
    out.push(
      `| ${SYMBOLS[statusLabel(check)]} | ${mdCell(`${mdCode(check.id)} ${mdText(check.title)}`)} | ${check.level} | ${mdCell(mdText(headline(check)))} |`
    );
  return out;
}
function facts(report) {
  const repo = report.repository;
  const items = [
    repo.url ? `Repository: ${mdLink(repo.url, repo.url)}` : void 0,
    repo.commit ? `Commit: ${mdCode(repo.commit.slice(0, 12))}` : void 0,
    repo.ref ? `Ref: ${mdCode(repo.ref)}` : void 0,
    `Files checked: ${report.snapshot.files}${report.snapshot.excluded.length ? ` (${report.snapshot.excluded.length} excluded)` : ""}`,
    report.licence?.expression ? `Licence: ${mdCode(report.licence.expression)}` : void 0,
    `Policy: ${report.policy.file ? mdCode(report.policy.file) : "built-in defaults"}`
  ].filter(Boolean);
  const out = [items.join(" \xB7 "), ""];
  const coverage = coverageLine(report);
  if (coverage) out.push(mdText(coverage), "");
  return out;
}
var MAX_VULNERABILITIES = 50;
function vulnerabilities(report) {
  const v = report.vulnerabilities;
  if (!v) return [];
  const out = ["## Known vulnerabilities", ""];
  if (!v.source) return [...out, mdText(`Not checked: ${v.unknown ?? "no vulnerability data"}.`), ""];
  const counts = Object.entries(v.counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const suppressed = v.findings.filter((f) => f.state === "suppressed").length;
  const ignored = v.findings.filter((f) => f.state === "ignored").length;
  out.push(
    mdText(
      `${counts.length > 0 ? counts.join(", ") : "None"} open${suppressed ? `, ${suppressed} not affecting the project per VEX` : ""}${ignored ? `, ${ignored} ignored by the policy` : ""}; from the OSV ${v.source.kind === "api" ? "API" : "database"} of ${v.source.date} (${v.source.digest}).`
    ),
    ""
  );
  if (v.findings.length === 0) return out;
  out.push("| Severity | Component | Advisories | Fixed in | State |", "|---|---|---|---|---|");
  for (const f of v.findings.slice(0, MAX_VULNERABILITIES))
    out.push(
      `| ${f.severity}${f.score !== void 0 ? ` ${f.score}` : ""} | ${mdCell(mdCode(f.purl))} | ${mdCell(mdText(f.ids.join(", ")))} | ${mdCell(f.fixed.map(mdCode).join(", ") || "none")} | ${mdCell(mdText(f.state + (f.why ? `: ${f.why}` : "")))} |`
    );
  if (v.findings.length > MAX_VULNERABILITIES)
    out.push("", mdText(`And ${v.findings.length - MAX_VULNERABILITIES} more in report.json and the SBOM.`));
  out.push("");
  return out;
}
function crosswalk(report) {
  const out = ["## Evidence for assurance schemes", ""];
  out.push(
    `Crosswalk ${report.crosswalk.version}. Criteria this run shows as met, shows as failing, and leaves to be shown by other means:`,
    ""
  );
  out.push("| Scheme | Criteria | Shown met | Failing | Other means |");
  out.push("|---|---|---|---|---|");
  for (const s of report.crosswalk.schemes)
    out.push(
      `| ${mdCell(mdText(`${s.name} (${s.version})`))} | ${s.criteria} | ${s.evidenced.length} | ${s.failing.length} | ${s.remaining} |`
    );
  out.push("");
  for (const s of report.crosswalk.schemes) {
    if (s.evidenced.length === 0 && s.failing.length === 0) continue;
    const list = (items) => items.map((e) => `${mdCode(e.id)} (${e.checks.join(", ")})`).join(", ");
    out.push(`<details><summary>${htmlText(s.name)}</summary>`, "");
    if (s.evidenced.length) out.push(`Met: ${list(s.evidenced)}`, "");
    if (s.failing.length) out.push(`Failing: ${list(s.failing)}`, "");
    out.push("</details>", "");
  }
  const bp = report.crosswalk.schemes.find((s) => s.scheme === "bestPractices");
  const link = bp && report.repository.url ? bestPracticesProposalUrl(report.repository.url, bp, report.checks) : void 0;
  if (bp && link)
    out.push(
      `${mdLink(`Open the OpenSSF Best Practices Badge form with the ${bp.evidenced.length} criteria this run shows as met`, link)} (the project must be registered there; nothing is saved until you submit).`,
      ""
    );
  const osps = report.crosswalk.schemes.find((s) => s.scheme === "osps");
  const baseline = osps && report.repository.url ? bestPracticesBaselineUrls(report.repository.url, osps, report.checks) : [];
  if (baseline.length)
    out.push(
      `OpenSSF Best Practices Badge baseline forms with what this run shows: ${baseline.map((b) => mdLink(`baseline-${b.level} (${b.met} met, ${b.unmet} unmet)`, b.url)).join(", ")} (proposals fill only unanswered criteria; nothing is saved until you submit).`,
      ""
    );
  return out;
}
function warnings(check) {
  return check.findings.filter((f) => f.severity === "warning" && f.status !== "fail" && f.status !== "error" && f.status !== "unknown");
}
function findingList(findings) {
  const out = findings.slice(0, MAX_FINDINGS_PER_CHECK).map((f) => `- ${findingLine(f)}`);
  if (findings.length > MAX_FINDINGS_PER_CHECK) out.push(`- \u2026 and ${findings.length - MAX_FINDINGS_PER_CHECK} more in report.json`);
  return out;
}
function findingLine(f) {
  const path = f.location?.path;
  const where = path ? `${mdCode(`${path}${f.location?.startLine ? `:${f.location.startLine}` : ""}`)} ` : "";
  const message = path && f.message.startsWith(`${path}: `) ? f.message.slice(path.length + 2) : f.message;
  const warning = f.severity === "warning" && f.status === "pass" ? "warning: " : "";
  const hint = f.status === "unknown" ? "To check it" : "Fix";
  return `${where}${warning}${mdText(message)}${f.remediation ? `<br>${hint}: ${mdText(f.remediation)}` : ""}`;
}
var headline = checkHeadline;
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function coverageLine(report) {
  const d = report.dependencies;
  if (!d || d.coverage.length === 0 && d.excluded.length === 0) return void 0;
  const parts = d.coverage.map((c) => {
    const said = [];
    if (c.read.length > 0) said.push(`${c.components} component(s) from ${c.read.length} file(s)`);
    if (c.unresolved.length > 0) said.push(`${c.unresolved.length} build file(s) not covered`);
    if (c.notRead.length > 0) said.push(`${c.notRead.length} lockfile(s) not read`);
    return `${c.ecosystem} ${said.join(", ")}`;
  });
  const excluded = d.excluded.reduce((n, e) => n + e.count, 0);
  if (excluded > 0) parts.push(`${excluded} test-data file(s) left out`);
  return `SBOM coverage: ${parts.join("; ")}`;
}

// src/report/console.ts
var MARKS = {
  pass: "PASS",
  fail: "FAIL",
  unknown: "UNKN",
  "not-applicable": "N/A ",
  error: "ERR ",
  skipped: "OFF ",
  exempted: "EXMP"
};
function renderConsole(report, width = 100) {
  const idWidth = Math.max(5, ...report.checks.map((c) => c.id.length));
  const lines = [];
  lines.push(`${"     "}${"check".padEnd(idWidth)}  L  result`);
  for (const check of report.checks) {
    const label = statusLabel(check);
    const text = printable(headline(check));
    const room = Math.max(20, width - idWidth - 11);
    lines.push(`${MARKS[label]} ${check.id.padEnd(idWidth)}  ${check.level}  ${text.length > room ? `${text.slice(0, room - 1)}\u2026` : text}`);
  }
  lines.push("");
  const target = report.policy.failOn === "none" ? "" : ` (required: level ${report.policy.failOn}, ${report.passed ? "met" : "NOT met"})`;
  lines.push(`OIS-ready ${levelPhrase(report)}${target}`);
  for (const level of report.levels) {
    if (level.checks === 0) lines.push(`  level ${level.level}: no checks of this level yet`);
    else if (level.awardable === false)
      lines.push(
        `  level ${level.level}: not awarded by this version (its set of checks is not complete); its ${level.checks} checks run and report`
      );
    else if (!level.reached) lines.push(`  level ${level.level} blocked by: ${level.blocking.join(", ")}`);
  }
  const coverage = coverageLine(report);
  if (coverage) lines.push(`  ${printable(coverage)}`);
  if (report.snapshot.problems.length > 0)
    lines.push(`  ${report.snapshot.problems.length} file(s) could not be checked; see report.json snapshot.problems`);
  return `${lines.join("\n")}
`;
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/sarif.ts
import { createHash as createHash2 } from "node:crypto";
var SARIF_LIMITS = {
  /** Results of one check, the summary of the rest included. */
  resultsPerCheck: 25,
  /** Related locations of one result (GitHub shows 100, accepts 1,000). */
  relatedLocations: 100,
  /** GitHub shows at most 1,024 characters of a rule's descriptions. */
  description: 1024
};
var FINGERPRINT_KEY = "ois-ready/v1";
function renderSarif(report, checks, options = {}) {
  const prefix = options.uriPrefix ?? "";
  const byId = new Map(checks.map((c) => [c.meta.id, c]));
  const ran = report.checks.filter((c) => byId.has(c.id));
  const rules = ran.map((c) => rule(report, c, byId.get(c.id)));
  const results = [];
  const left = [];
  const occurrences = /* @__PURE__ */ new Map();
  ran.forEach((c, ruleIndex) => {
    const meta = byId.get(c.id).meta;
    const items = [];
    let unlocated = 0;
    for (const finding of c.findings) {
      const severity = findingSeverity(report, c, finding);
      if (!severity) continue;
      const path = finding.location?.path ?? meta.subjectFile;
      if (!path) {
        unlocated++;
        continue;
      }
      items.push({
        check: c,
        finding,
        severity,
        path,
        ...finding.location?.startLine ? { startLine: finding.location.startLine } : {},
        ...finding.location?.startLine && finding.location.endLine ? { endLine: finding.location.endLine } : {}
      });
    }
    if (unlocated > 0) left.push({ ruleId: c.id, findings: unlocated });
    const byPath = /* @__PURE__ */ new Map();
    for (const item of items) byPath.set(item.path, [...byPath.get(item.path) ?? [], item]);
    for (const g of byPath.values()) g.sort((a, b) => (a.startLine ?? 0) - (b.startLine ?? 0));
    const groups = [...byPath.values()].map((g) => ({ items: g, severity: worst(g) })).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare2(a.items[0].path, b.items[0].path));
    const room = SARIF_LIMITS.resultsPerCheck;
    const shown = groups.length > room ? groups.slice(0, room - 1) : groups;
    for (const g of shown) {
      const r = g.items.length === 1 ? single(g.items[0], prefix) : grouped(g.items, g.severity, prefix);
      results.push(finish(r, c, ruleIndex, occurrences));
    }
    if (groups.length > room) results.push(finish(rest(c, groups.slice(room - 1), prefix), c, ruleIndex, occurrences));
  });
  const category = (options.category ?? "ois-ready").replace(/\/+$/, "") || "ois-ready";
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/ois-ready/ois-ready",
            rules
          }
        },
        automationDetails: { id: `${category}/` },
        ...report.repository.url && report.repository.commit ? {
          versionControlProvenance: [
            {
              repositoryUri: report.repository.url,
              revisionId: report.repository.commit,
              ...report.repository.ref ? { branch: report.repository.ref } : {}
            }
          ]
        } : {},
        results,
        properties: {
          level: report.level,
          failOn: report.policy.failOn,
          // findings with no file to show them at: in report.json and the job summary, not in code scanning
          ...left.length > 0 ? { notInResults: left } : {}
        }
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function rule(report, c, check) {
  const security = c.family === "security" && check.meta.securitySeverity !== void 0;
  return {
    id: c.id,
    name: c.id.replace(/(^|-)(\w)/g, (_, __, ch) => ch.toUpperCase()),
    shortDescription: { text: clip(c.title, SARIF_LIMITS.description) },
    fullDescription: { text: clip(firstParagraph(check.docs, "What it checks") ?? c.title, SARIF_LIMITS.description) },
    help: { text: check.docs, markdown: check.docs },
    helpUri: `${DOCS_BASE}/checks/${c.family}/${c.id}/README.md`,
    // what a failure of this check is in this run: an error when it is of the required level or below
    defaultConfiguration: { level: report.policy.failOn !== "none" && c.level <= report.policy.failOn ? "error" : "warning" },
    properties: {
      tags: ["ois-ready", c.family, `level-${c.level}`],
      level: c.level,
      version: c.version,
      crosswalk: c.crosswalk,
      ...security ? { "security-severity": check.meta.securitySeverity.toFixed(1) } : {}
    }
  };
}
function single(item, prefix) {
  const f = item.finding;
  return {
    ruleId: item.check.id,
    level: item.severity,
    message: { text: messageOf(f) },
    locations: [location(prefix, item.path, item.startLine, item.endLine)],
    // code scanning's upload-sarif hashes the line a result points at; a result without a line gets ois-ready's own
    partialFingerprints: fingerprints(item.check.id, item.path, f.message, !item.startLine)
  };
}
function grouped(items, severity, prefix) {
  const path = items[0].path;
  const lines = items.map((i) => i.startLine).filter((l) => l !== void 0);
  const first = items[0].finding;
  const text = `${items.length} findings in ${path}${lines.length > 0 ? ` (line${lines.length > 1 ? "s" : ""} ${lines.slice(0, 10).join(", ")}${lines.length > 10 ? ", \u2026" : ""})` : ""}. The first: ${messageOf(first)}`;
  return {
    ruleId: items[0].check.id,
    level: severity,
    message: { text },
    // the whole file: its findings come and go, the result stays one alert
    locations: [location(prefix, path)],
    relatedLocations: items.slice(0, SARIF_LIMITS.relatedLocations).map((i, n) => ({
      id: n + 1,
      ...location(prefix, path, i.startLine, i.endLine),
      message: { text: i.finding.message }
    })),
    partialFingerprints: fingerprints(items[0].check.id, path, "findings in this file", true)
  };
}
function rest(c, groups, prefix) {
  const findings = groups.reduce((n, g) => n + g.items.length, 0);
  const paths = groups.map((g) => g.items[0].path);
  const severity = groups.reduce((w, g) => SEVERITY_ORDER[g.severity] < SEVERITY_ORDER[w] ? g.severity : w, "note");
  return {
    ruleId: c.id,
    level: severity,
    message: {
      text: `${findings} more finding${findings === 1 ? "" : "s"} of ${c.id} in ${paths.length} more file${paths.length === 1 ? "" : "s"} (code scanning gets at most ${SARIF_LIMITS.resultsPerCheck} results per check): ${paths.slice(0, 5).join(", ")}${paths.length > 5 ? ", \u2026" : ""}. Every finding is in report.json and the job summary.`
    },
    locations: [location(prefix, paths[0])],
    relatedLocations: paths.slice(0, SARIF_LIMITS.relatedLocations).map((p, n) => ({ id: n + 1, ...location(prefix, p) })),
    partialFingerprints: fingerprints(c.id, "", "more findings", true)
  };
}
function finish(r, c, ruleIndex, occurrences) {
  const fp = r.partialFingerprints;
  const key = fp[FINGERPRINT_KEY];
  const n = (occurrences.get(key) ?? 0) + 1;
  occurrences.set(key, n);
  if (n > 1) fp[FINGERPRINT_KEY] = `${key}:${n}`;
  if (fp.primaryLocationLineHash) fp.primaryLocationLineHash = `${key.slice(0, 16)}:${n}`;
  const out = { ruleId: r.ruleId, ruleIndex, ...r };
  if (c.exemption)
    out.suppressions = [{ kind: "external", status: "accepted", justification: `${c.exemption.reason} (until ${c.exemption.expires})` }];
  return out;
}
function fingerprints(checkId, path, text, lineless) {
  const normalised = text.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
  const hash = createHash2("sha256").update(`${checkId}\0${path}\0${normalised}`).digest("hex");
  return { [FINGERPRINT_KEY]: hash, ...lineless ? { primaryLocationLineHash: hash } : {} };
}
function location(prefix, path, startLine, endLine) {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(`${prefix}${path}`), uriBaseId: "%SRCROOT%" },
      ...startLine ? { region: { startLine, ...endLine && endLine >= startLine ? { endLine } : {} } } : {}
    }
  };
}
function artifactUri(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function messageOf(f) {
  const hint = f.status === "unknown" ? "To check it" : "Fix";
  return f.remediation ? `${f.message}
${hint}: ${f.remediation}` : f.message;
}
function worst(items) {
  return items.reduce((w, i) => SEVERITY_ORDER[i.severity] < SEVERITY_ORDER[w] ? i.severity : w, "note");
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function firstParagraph(markdown, heading) {
  const start = markdown.indexOf(`## ${heading}`);
  if (start < 0) return void 0;
  const body = markdown.slice(start).split("\n").slice(1).join("\n").trim();
  return body.split(/\n\s*\n/)[0]?.replace(/\s+/g, " ");
}

// src/report/code-quality.ts
import { createHash as createHash3 } from "node:crypto";
var CODE_QUALITY_FILE = "codeclimate.json";
var SEVERITY = { error: "major", warning: "minor", note: "info" };
function codeQualityIssues(report, checks, options = {}) {
  const prefix = options.pathPrefix ? `${options.pathPrefix.replace(/\/+$/, "")}/` : "";
  const subjectFile = new Map(checks.map((c) => [c.meta.id, c.meta.subjectFile]));
  const issues = [];
  const seen = /* @__PURE__ */ new Map();
  for (const check of report.checks) {
    if (check.exemption) continue;
    for (const finding of check.findings) {
      const severity = findingSeverity(report, check, finding);
      if (!severity) continue;
      const path = finding.location?.path ?? subjectFile.get(check.id);
      if (!path) continue;
      const unknown = finding.status === "unknown";
      const remediation = finding.remediation ? ` ${unknown ? "To check it" : "Fix"}: ${finding.remediation}` : "";
      const begin = finding.location?.startLine ?? 1;
      const end = finding.location?.startLine && finding.location.endLine ? finding.location.endLine : void 0;
      const normalised = finding.message.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
      const base = createHash3("sha256").update(`${check.id}\0${prefix}${path}\0${normalised}`).digest("hex").slice(0, 32);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const fingerprint = n === 1 ? base : createHash3("sha256").update(`${base}\0${n}`).digest("hex").slice(0, 32);
      issues.push({
        description: `${check.id} (level ${check.level}): ${finding.message}${remediation}`,
        check_name: `ois-ready/${check.id}`,
        fingerprint,
        severity: SEVERITY[severity],
        location: { path: `${prefix}${path}`, lines: { begin, ...end && end > begin ? { end } : {} } }
      });
    }
  }
  return issues;
}
function renderCodeQuality(report, checks, options = {}) {
  return `${JSON.stringify(codeQualityIssues(report, checks, options), null, 2)}
`;
}

// src/pipeline/outputs.ts
var OUTPUT_FILES = { report: "report.json", summary: "summary.md", sarif: "results.sarif" };
var OUTPUT_SET = {
  owned: [...Object.values(OUTPUT_FILES), "sbom.cdx.json", CODE_QUALITY_FILE, ATTESTATION_FILE, "badge.svg", "badge.json"],
  vouching: [ATTESTATION_FILE]
};
function renderOutputs(report, checks, options = {}) {
  return {
    ...options.codeQuality ? { [CODE_QUALITY_FILE]: renderCodeQuality(report, checks, options.codeQuality) } : {},
    [OUTPUT_FILES.report]: renderJson(report),
    [OUTPUT_FILES.summary]: renderMarkdown(report),
    [OUTPUT_FILES.sarif]: renderSarif(report, checks, {
      ...options.sarifUriPrefix ? { uriPrefix: options.sarifUriPrefix } : {},
      ...options.sarifCategory ? { category: options.sarifCategory } : {}
    })
  };
}

// src/cli/check-command.ts
async function runCheckCommand(path, opts, io, env = process.env) {
  const key = resolveKey(opts, env);
  const unknown = (opts.checks ?? []).filter((id) => !registry.some((c) => c.meta.id === id));
  if (unknown.length) throw new UsageError(`--checks: no check ${unknown.join(", ")}; \`ois-ready list\` shows the checks`);
  const identityToken = opts.sign === "sigstore" ? env[SIGSTORE_TOKEN_ENV] : void 0;
  if (opts.sign === "sigstore" && !identityToken)
    throw new UsageError(
      `--sign sigstore needs the CI job's OIDC token in ${SIGSTORE_TOKEN_ENV}: on GitLab, add \`id_tokens: ${SIGSTORE_TOKEN_ENV}: aud: sigstore\` to the job`
    );
  const trustedRoot = opts.trustedRoot ? readTrustedRoot(opts.trustedRoot) : void 0;
  const root = resolve(path);
  const out = resolve(opts.outputDir);
  const ci = ciEnvironment(env);
  const inCheckout = ci?.workspace !== void 0 && resolve(ci.workspace) === root;
  const within = relative2(ci?.workspace ? resolve(ci.workspace) : process.cwd(), root).split("\\").join("/");
  const pathPrefix = within && !within.startsWith("..") && !isAbsolute2(within) ? within : "";
  const progress = opts.quiet ? void 0 : io.isTTY ? (message) => io.stderr(`\r\x1B[2K${message}`) : (message, transient) => {
    if (!transient) io.stderr(`${message}
`);
  };
  const result = await checkRepository({
    path: root,
    failOn: opts.failOn,
    ignore: outputFolderIgnore(root, out),
    network: opts.network ?? false,
    // with --network, the organisation's community files and GitHub Releases are read through the GitHub API, with a token when the environment has one
    ...opts.network && (env.GITHUB_TOKEN || env.GH_TOKEN) ? { github: { token: env.GITHUB_TOKEN || env.GH_TOKEN } } : {},
    allowHosts: opts.allowHost ?? [],
    ...opts.vulndb || opts.osvApi ? {
      vulnerabilityData: {
        ...opts.vulndb ? { database: resolve(opts.vulndb) } : {},
        ...opts.osvApi ? { osvApi: opts.osvApi } : {}
      }
    } : {},
    ...opts.checks?.length ? { only: opts.checks } : {},
    ...opts.config ? { configPath: opts.config } : {},
    ...inCheckout && ci?.repositoryUrl ? { repositoryUrl: ci.repositoryUrl } : {},
    ...inCheckout && ci?.ref ? { ref: ci.ref } : {},
    ...progress ? { onProgress: progress } : {}
  });
  if (progress && io.isTTY) io.stderr("\r\x1B[2K");
  const files = renderOutputs(result.report, registry, {
    ...opts.sarifCategory ? { sarifCategory: opts.sarifCategory } : {},
    ...opts.codeQuality ? { codeQuality: pathPrefix ? { pathPrefix } : {} } : {}
  });
  const reportJson = files[OUTPUT_FILES.report];
  const sbom = result.sbomBytes && result.report.sbom ? { bytes: result.sbomBytes, name: result.report.sbom.file, format: result.report.sbom.format } : void 0;
  if (sbom) files[sbom.name] = sbom.bytes;
  let signedAs;
  if (key) {
    const { attestWithKey } = await import("./cli-SNZ7F6N2.js");
    const attested = attestWithKey({
      report: result.report,
      reportJson,
      key,
      validDays: opts.validDays,
      ...sbom ? { sbom } : {}
    });
    Object.assign(files, attested.files);
  } else if (identityToken) {
    const { attestKeyless } = await import("./cli-4SMTZR6B.js");
    const signed = await attestKeyless({
      report: result.report,
      reportJson,
      identityToken,
      validDays: opts.validDays,
      ...sbom ? { sbom } : {},
      ...opts.fulcioUrl ? { fulcioURL: opts.fulcioUrl } : {},
      ...opts.rekorUrl ? { rekorURL: opts.rekorUrl } : {},
      ...trustedRoot ? { trustedRoot } : {}
    });
    Object.assign(files, signed.files);
    signedAs = signed.howToVerify;
  } else if (!opts.quiet && opts.sign === "auto")
    io.stderr("not signed: no signing key given (--signing-key or OIS_READY_SIGNING_KEY); no attestation or badge written\n");
  const written = writeOutputs(out, files, { repository: root, ...OUTPUT_SET });
  if (opts.format === "json") io.stdout(renderJson(result.report));
  else if (!opts.quiet) {
    io.stdout(renderConsole(result.report));
    if (key) io.stdout(`Signed with key ${key.keyid.slice(0, 16)}\u2026 (${key.algorithm})
`);
    if (signedAs) io.stdout(`${signedAs}
`);
    io.stdout(`Wrote ${Object.keys(written).sort().join(", ")} to ${relative2(process.cwd(), out) || "."}
`);
  }
  return result.report.passed ? EXIT.ok : EXIT.failed;
}
var SIGSTORE_TOKEN_ENV = "SIGSTORE_ID_TOKEN";
function readTrustedRoot(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`--trusted-root ${path} is missing or not JSON (${error.message.slice(0, 200)})`);
  }
}
function resolveKey(opts, env) {
  if (opts.sign === "none" || opts.sign === "sigstore") return void 0;
  const fromEnv = env[SIGNING_KEY_ENV];
  delete env[SIGNING_KEY_ENV];
  const key = opts.signingKey ? signingKeyFromFile(opts.signingKey) : fromEnv ? signingKeyFromText(fromEnv, SIGNING_KEY_ENV) : void 0;
  if (!key && opts.sign === "key")
    throw new UsageError(`--sign key needs a key: --signing-key FILE or the ${SIGNING_KEY_ENV} environment variable`);
  return key;
}
export {
  SIGSTORE_TOKEN_ENV,
  runCheckCommand
};
