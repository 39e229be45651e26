import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/document.ts
import { createHash } from "node:crypto";
import { closeSync, constants, openSync, writeFileSync, writeSync } from "node:fs";
function isPartsDocument(content) {
  return typeof content === "object" && content !== null && content.kind === "parts";
}
function partsDocument(parts) {
  let digest;
  return {
    kind: "parts",
    parts,
    sha256() {
      if (digest === void 0) {
        const hash = createHash("sha256");
        for (const part of parts()) hash.update(part);
        digest = hash.digest("hex");
      }
      return digest;
    }
  };
}
function sha256Of(content) {
  return isPartsDocument(content) ? content.sha256() : createHash("sha256").update(content).digest("hex");
}
function* batchesOf(document, size = 1 << 20) {
  let pending = "";
  for (const part of document.parts()) {
    pending += part;
    if (pending.length >= size) {
      yield pending;
      pending = "";
    }
  }
  if (pending) yield pending;
}
function* byteBatchesOf(document, size = 1 << 20) {
  let batch = Buffer.allocUnsafe(size);
  let used = 0;
  for (const part of document.parts()) {
    if (part.length * 3 > size - used) {
      if (used > 0) yield batch.subarray(0, used);
      batch = Buffer.allocUnsafe(size);
      used = 0;
      if (part.length * 3 > size) {
        yield Buffer.from(part, "utf8");
        continue;
      }
    }
    used += batch.write(part, used, "utf8");
  }
  if (used > 0) yield batch.subarray(0, used);
}
function writeContent(path, content, mode = 438) {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), mode);
  try {
    if (isPartsDocument(content)) for (const batch of byteBatchesOf(content)) writeAll(fd, batch);
    else writeFileSync(fd, content);
  } finally {
    closeSync(fd);
  }
}
function writeAll(fd, bytes) {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

export {
  isPartsDocument,
  partsDocument,
  sha256Of,
  batchesOf,
  writeContent
};
