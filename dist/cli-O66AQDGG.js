import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  NO_GIT,
  cycloneDxDocument,
  indented,
  projectPurl,
  readGitFacts
} from "./cli-JWO5LN2I.js";
import {
  writeOutputFiles
} from "./cli-7Q62MYNX.js";
import {
  canonicalLicenceId,
  findConfigFile,
  formatExpression,
  leaves,
  loadConfig,
  parseLicenceExpression
} from "./cli-CMHSVN5M.js";
import {
  configureLockfileScan,
  distributionOf,
  gapsOf,
  rootLinks,
  scanLockfiles,
  unsupportedMessage
} from "./cli-OQ7V57UQ.js";
import "./cli-IEPTYG5A.js";
import "./cli-DUHQOW6B.js";
import {
  takeSnapshot
} from "./cli-OZMZAFTQ.js";
import {
  batchesOf,
  isPartsDocument,
  partsDocument
} from "./cli-T7X4NOLO.js";
import "./cli-4DWRY7RY.js";
import "./cli-AHRLZAO7.js";
import {
  EXIT
} from "./cli-6ZZFNIXW.js";
import {
  AnalysisError,
  TOOL_NAME,
  TOOL_VERSION
} from "./cli-XG6W23XE.js";
import "./cli-SGVELQFP.js";

// src/cli/sbom-command.ts
import { basename, dirname, resolve } from "node:path";

// src/sbom/spdx.ts
import { createHash } from "node:crypto";
var NOASSERTION = "NOASSERTION";
var DOCUMENT_ID = "SPDXRef-DOCUMENT";
var ROOT_ID = "SPDXRef-Repository";
var CHECKSUM = {
  "SHA-1": "SHA1",
  "SHA-256": "SHA256",
  "SHA-384": "SHA384",
  "SHA-512": "SHA512"
};
var idPart = (s) => s.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "") || "x";
function assignIds(purls) {
  const ids = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set([DOCUMENT_ID, ROOT_ID]);
  for (const purl of purls) {
    const m = /^pkg:([^/]+)\/(.*?)(?:@([^?#]*))?(?:[?#].*)?$/.exec(purl);
    let id = `SPDXRef-${idPart(m ? `${m[1]}-${decodeURIComponent(m[2])}-${decodeURIComponent(m[3] ?? "")}` : purl)}`;
    if (taken.has(id)) id = `${id}-${createHash("sha256").update(purl).digest("hex").slice(0, 12)}`;
    taken.add(id);
    ids.set(purl, id);
  }
  return ids;
}
var ExtractedLicences = class {
  byId = /* @__PURE__ */ new Map();
  /** A lockfile's free text ("SEE LICENSE IN LICENSE.md") as a LicenseRef of its own. */
  freeText(text) {
    let id = `LicenseRef-${idPart(text)}`;
    if (this.byId.has(id) && this.byId.get(id) !== text) id = `${id}-${createHash("sha256").update(text).digest("hex").slice(0, 8)}`;
    this.byId.set(id, text);
    return id;
  }
  /** A LicenseRef named in an expression: defined with the expression it came from, if no one defined it before. */
  named(id, from) {
    if (!this.byId.has(id)) this.byId.set(id, from);
    return id;
  }
};
function licenceField(licence, extracted) {
  if (!licence) return NOASSERTION;
  const parsed = parseLicenceExpression(licence, { unknownIds: "keep" });
  if (!parsed.ok) return extracted.freeText(licence);
  const ids = leaves(parsed.ast).map((leaf) => leaf.license);
  if (ids.some((id) => !canonicalLicenceId(id) && !/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id)))
    return extracted.freeText(licence);
  const rewrite = (node) => "license" in node ? {
    ...node,
    license: node.license.startsWith("DocumentRef-") ? extracted.freeText(node.license) : node.license.startsWith("LicenseRef-") ? extracted.named(node.license, licence) : canonicalLicenceId(node.license)
  } : { ...node, left: rewrite(node.left), right: rewrite(node.right) };
  return formatExpression(rewrite(parsed.ast));
}
var spdxTime = (iso) => new Date(iso ?? "1970-01-01T00:00:00Z").toISOString().replace(/\.\d{3}Z$/, "Z");
function componentPackage(c, id, extracted) {
  const notes = [
    `from ${c.source}`,
    ...c.scope === "dev" ? [c.buildTool ? "build tooling: run by the build, not part of what it builds" : "a development dependency"] : [],
    ...c.scopeUnknown ? ["which the product, a test or the build needs is not known: only Gradle verification metadata lists it"] : [],
    ...c.declaredOnly ? ["declared in a manifest: version as written there, its own dependencies not resolved"] : [],
    ...c.patch ? [`patched by the package manager (${c.patch})`] : [],
    ...c.local !== void 0 ? [`the project's own code, in ${c.local || "the root folder"}`] : [],
    // SPDX has no checksum algorithm for Go's dirhash
    ...c.goSum ? [`go.sum ${c.goSum}`] : []
  ];
  return {
    SPDXID: id,
    // the name as its ecosystem writes it: @scope/name, vendor/name, a Go module path, group:artifact
    name: c.namespace ? `${c.namespace}${c.ecosystem === "maven" ? ":" : "/"}${c.name}` : c.name,
    ...c.version ? { versionInfo: c.version } : {},
    downloadLocation: distributionOf(c) ?? NOASSERTION,
    filesAnalyzed: false,
    ...c.hashes.length ? { checksums: c.hashes.map((h) => ({ algorithm: CHECKSUM[h.algorithm], checksumValue: h.content.toLowerCase() })) } : {},
    // nothing was analysed, so nothing is concluded; what the lockfile records is what was declared
    licenseConcluded: NOASSERTION,
    licenseDeclared: licenceField(c.licence, extracted),
    copyrightText: NOASSERTION,
    externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: c.purl }],
    primaryPackagePurpose: "LIBRARY",
    comment: `${notes.join("; ")}.`
  };
}
function gapsComment(options) {
  const g = options.gaps;
  if (!g) return "";
  const parts = [
    g.unresolved.length ? ` Not covered (dependencies declared, no lockfile read): ${g.unresolved.join(", ")}.` : "",
    g.notRead.length ? ` Lockfiles not read by this version: ${g.notRead.join(", ")}.` : "",
    g.excluded.length ? ` Left out as test data or examples: ${g.excluded.join(", ")}.` : ""
  ];
  return parts.join("");
}
function prepare(graph, options) {
  const included = [...graph.components.values()].filter((c) => options.dev === "mark" || c.scope !== "dev").sort((a, b) => a.purl < b.purl ? -1 : 1);
  return {
    included,
    ids: assignIds(included.map((c) => c.purl)),
    rootLinks: rootLinks(graph, included),
    components: graph.components
  };
}
function* documentParts(prepared, project, options, namespace, pretty) {
  const { included, ids, components } = prepared;
  const extracted = new ExtractedLicences();
  const nl = pretty ? "\n" : "";
  const pad = (depth) => pretty ? "  ".repeat(depth) : "";
  const colon = pretty ? ": " : ":";
  const purl = projectPurl(project);
  const root = {
    SPDXID: ROOT_ID,
    name: project.name,
    ...project.commit || project.version ? { versionInfo: project.commit ?? project.version } : {},
    // the SPDX VCS locator form: git+https://host/repo@commit
    downloadLocation: project.url ? `git+${project.url}${project.commit ? `@${project.commit}` : ""}` : NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: licenceField(project.licence, extracted),
    copyrightText: NOASSERTION,
    ...purl ? { externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: purl }] } : {},
    primaryPackagePurpose: "SOURCE",
    comment: `The repository under check; its components come from its lockfiles.${gapsComment(options)}`
  };
  const head = {
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: DOCUMENT_ID,
    name: project.commit ? `${project.name}@${project.commit}` : project.name,
    documentNamespace: namespace,
    creationInfo: {
      created: spdxTime(project.timestamp),
      creators: [`Tool: ${TOOL_NAME}-${TOOL_VERSION}`]
    }
  };
  const headText = indented(head, 0, pretty);
  yield `${headText.slice(0, headText.length - (pretty ? 2 : 1))},${nl}${pad(1)}"packages"${colon}[${nl}`;
  yield `${pad(2)}${indented(root, 2, pretty)}`;
  for (const c of included) yield `,${nl}${pad(2)}${indented(componentPackage(c, ids.get(c.purl), extracted), 2, pretty)}`;
  yield `${nl}${pad(1)}],${nl}${pad(1)}"relationships"${colon}[${nl}`;
  const relationship = (r) => `,${nl}${pad(2)}${indented(r, 2, pretty)}`;
  yield `${pad(2)}${indented({ spdxElementId: DOCUMENT_ID, relationshipType: "DESCRIBES", relatedSpdxElement: ROOT_ID }, 2, pretty)}`;
  for (const d of prepared.rootLinks) {
    const id = ids.get(d);
    const c = components.get(d);
    if (!c || id === void 0) continue;
    if (c.scope === "dev") yield relationship({ spdxElementId: id, relationshipType: "DEV_DEPENDENCY_OF", relatedSpdxElement: ROOT_ID });
    else if (c.scope === "optional")
      yield relationship({ spdxElementId: id, relationshipType: "OPTIONAL_DEPENDENCY_OF", relatedSpdxElement: ROOT_ID });
    else yield relationship({ spdxElementId: ROOT_ID, relationshipType: "DEPENDS_ON", relatedSpdxElement: id });
  }
  for (const c of included) {
    for (const d of [...c.dependsOn].sort()) {
      const target = ids.get(d);
      if (target) yield relationship({ spdxElementId: ids.get(c.purl), relationshipType: "DEPENDS_ON", relatedSpdxElement: target });
    }
  }
  yield `${nl}${pad(1)}]`;
  if (extracted.byId.size) {
    const infos = [...extracted.byId.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([licenseId, text]) => ({ licenseId, extractedText: text, name: text }));
    yield `,${nl}${pad(1)}"hasExtractedLicensingInfos"${colon}${indented(infos, 1, pretty)}`;
  }
  yield `${nl}}`;
}
function spdxDocument(graph, project, options = { dev: "mark" }) {
  let prepared;
  let namespace;
  return partsDocument(function* () {
    prepared ??= prepare(graph, options);
    if (namespace === void 0) {
      const hash = createHash("sha256");
      for (const part of documentParts(prepared, project, options, "", false)) hash.update(part);
      namespace = `https://github.com/ois-ready/ois-ready/spdxdocs/${idPart(project.name)}-${hash.digest("hex")}`;
    }
    yield* documentParts(prepared, project, options, namespace, true);
    yield "\n";
  });
}

// src/cli/sbom-command.ts
async function runSbom(path, opts, io) {
  const root = resolve(path);
  const checks = findConfigFile(root, opts.config) ? (await import("./cli-ON5A4EQL.js")).registry.map((c) => c.meta) : [];
  const config = loadConfig(root, checks, opts.config);
  const repo = await takeSnapshot({ root, maxFileBytes: config.limits.maxFileBytes, exclude: config.exclude });
  configureLockfileScan(repo, config.sbom);
  const git = repo.source === "git" ? await readGitFacts(repo.realRoot, /* @__PURE__ */ new Date(), { tagHistory: false }).catch((error) => {
    io.stderr(`warning: ${AnalysisError.of("the git history", error).message}; the SBOM names no commit and no time
`);
    return NO_GIT;
  }) : NO_GIT;
  const scan = await scanLockfiles(repo);
  const { graph, unsupported, manifests, excluded } = scan;
  for (const p of graph.problems) io.stderr(`${p.path}${p.line ? `:${p.line}` : ""}: ${p.warning ? "warning: " : ""}${p.message}
`);
  for (const u of unsupported) io.stderr(`${unsupportedMessage(u)}
`);
  for (const m of manifests) if (m.status === "unresolved") io.stderr(`${m.path}: not in the SBOM: ${m.reason}
`);
  for (const e of excluded) io.stderr(`${e.folder}: ${e.count} lockfile(s) or manifest(s) left out: ${e.reason}
`);
  const render = opts.format === "spdx" ? spdxDocument : cycloneDxDocument;
  const json = render(
    graph,
    {
      name: git.remoteUrl?.split("/").pop() ?? basename(repo.realRoot),
      ...git.remoteUrl ? { url: git.remoteUrl } : {},
      ...git.commit ? { commit: git.commit } : {},
      ...git.lastCommitDate ? { timestamp: git.lastCommitDate } : {}
    },
    { dev: opts.dev, gaps: gapsOf(scan) }
  );
  if (opts.output) writeOutputFiles(dirname(resolve(opts.output)), { [basename(resolve(opts.output))]: json }, { repository: root });
  else if (isPartsDocument(json)) {
    for (const batch of batchesOf(json)) io.stdout(batch);
  } else io.stdout(json);
  if (opts.output)
    io.stderr(`wrote ${opts.output}: ${graph.components.size} component(s) from ${graph.sources.join(", ") || "no lockfile"}
`);
  return graph.problems.some((p) => !p.warning) ? EXIT.failed : EXIT.ok;
}
export {
  runSbom
};
