import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkReferencedFiles,
  validatePublicCode
} from "./cli-HVAKYI6X.js";
import "./cli-DUHQOW6B.js";
import {
  formatBytes,
  readConfined
} from "./cli-OZMZAFTQ.js";
import {
  EXIT
} from "./cli-6ZZFNIXW.js";
import {
  UsageError,
  printable
} from "./cli-XG6W23XE.js";
import "./cli-SGVELQFP.js";

// src/cli/validate-command.ts
import { closeSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
var MAX_BYTES = 1 << 20;
var MAX_IMAGE_BYTES = 16 * 1024 * 1024;
async function readFromFolder(folder, path) {
  let real;
  try {
    real = await realpath(join(folder, path));
  } catch (error) {
    const code = error.code;
    return code === "ENOENT" || code === "ENOTDIR" ? { missing: true } : { problem: `${path} could not be read (${code ?? "error"})` };
  }
  if (real !== folder && !real.startsWith(folder + sep))
    return { problem: `${path} resolves outside the folder of publiccode.yml; not read` };
  try {
    if (!statSync(real).isFile()) return { problem: `${path} is not a file` };
  } catch {
    return { missing: true };
  }
  const read = await readConfined(folder, relative(folder, real), MAX_IMAGE_BYTES);
  if (!Buffer.isBuffer(read)) return { problem: `${path} could not be read (${"code" in read ? read.code : "outside the folder"})` };
  if (read.length > MAX_IMAGE_BYTES) return { problem: `${path} is over the read limit of ${formatBytes(MAX_IMAGE_BYTES)}` };
  return { bytes: read };
}
async function runValidatePubliccode(file, opts, io) {
  let bytes;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UsageError(`${file} is not a file`);
    if (st.size > MAX_BYTES) throw new UsageError(`${file} is ${st.size} bytes; a publiccode.yml may be at most 1 MiB here`);
    const fd = openSync(file, "r");
    try {
      const buffer = Buffer.alloc(MAX_BYTES + 1);
      const n = readSync(fd, buffer, 0, buffer.length, 0);
      if (n > MAX_BYTES) throw new UsageError(`${file} is larger than 1 MiB`);
      bytes = buffer.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error.code;
    throw new UsageError(code === "ENOENT" ? `${file} does not exist` : `${file} could not be read (${code ?? error.message})`);
  }
  let text;
  const problems = [];
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString("latin1");
    problems.push({ severity: "error", key: "", message: "Invalid UTF-8: the standard requires UTF-8", line: 1, column: 1 });
  }
  const result = validatePublicCode(text);
  const folder = realpathSync(dirname(file));
  const fileProblems = await checkReferencedFiles(result.files, (path) => readFromFolder(folder, path));
  const errors = [...problems, ...result.errors, ...fileProblems.map(({ found: _found, ...issue }) => issue)].sort(
    (a, b) => a.line - b.line || a.column - b.column
  );
  if (opts.format === "json")
    io.stdout(
      `${JSON.stringify({ file, version: result.version ?? null, valid: errors.length === 0, errors, warnings: result.warnings }, null, 2)}
`
    );
  else {
    for (const i of [...errors, ...result.warnings].sort((a, b) => a.line - b.line || a.column - b.column)) {
      io.stdout(printable(`${file}:${i.line}:${i.column}: ${i.severity}: ${i.key ? `${i.key}: ` : ""}${i.message}`) + "\n");
    }
    io.stdout(
      `${errors.length ? "invalid" : "valid"} publiccode.yml${result.version ? ` (version ${result.version})` : ""}: ${errors.length} error(s), ${result.warnings.length} warning(s)
`
    );
  }
  return errors.length ? EXIT.failed : EXIT.ok;
}
export {
  runValidatePubliccode
};
