import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeContent
} from "./cli-T7X4NOLO.js";
import {
  UsageError
} from "./cli-XG6W23XE.js";

// src/core/output-folder.ts
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync as mkdirSync2, renameSync, rmSync, statSync as statSync2, unlinkSync } from "node:fs";
import { dirname, isAbsolute, join as join2, relative, resolve, sep } from "node:path";

// src/core/folder-handle.ts
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
var LinkInPathError = class extends UsageError {
  constructor(link) {
    super(`${link} is a symlink; ois-ready does not write through links`);
    this.link = link;
  }
  link;
  name = "LinkInPathError";
};
var NotAFolderError = class extends UsageError {
  constructor(entry) {
    super(`${entry} is not a folder`);
    this.entry = entry;
  }
  entry;
  name = "NotAFolderError";
};
var DIRECTORY = constants.O_RDONLY | (constants.O_DIRECTORY ?? 0);
var NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
function openAnchor(path, options = {}) {
  if (!options.portable && handlesWork()) return new HeldFolder(openSync(path, DIRECTORY), path);
  const real = realpathSync(path);
  const stats = statSync(real);
  if (!stats.isDirectory()) throw new NotAFolderError(path);
  return new CheckedFolder(path, real, [{ real, dev: stats.dev, ino: stats.ino }]);
}
function openBelow(anchor, parts, create) {
  let folder = anchor;
  for (const part of parts) {
    let next;
    try {
      next = folder.open(part, create);
    } finally {
      if (folder !== anchor) folder.close();
    }
    if (!next) return void 0;
    folder = next;
  }
  return folder;
}
function assertName(name) {
  if (!name || name === "." || name === ".." || /[/\\\0]/.test(name)) throw new UsageError(`"${name}" is not a file name`);
}
var handles;
function handlesWork() {
  if (handles === void 0) {
    handles = false;
    if (process.platform === "linux") {
      let fd;
      try {
        fd = openSync("/", DIRECTORY);
        const held = fstatSync(fd);
        const named = statSync(`/proc/self/fd/${fd}`);
        handles = named.isDirectory() && named.ino === held.ino && named.dev === held.dev;
      } catch {
        handles = false;
      } finally {
        if (fd !== void 0) closeSync(fd);
      }
    }
  }
  return handles;
}
var HeldFolder = class _HeldFolder {
  constructor(fd, path) {
    this.fd = fd;
    this.path = path;
  }
  fd;
  path;
  entry(name) {
    assertName(name);
    return `/proc/self/fd/${this.fd}/${name}`;
  }
  open(name, create) {
    const at = this.entry(name);
    for (let attempt = 0; ; attempt++) {
      try {
        return new _HeldFolder(openSync(at, DIRECTORY | NO_FOLLOW), join(this.path, name));
      } catch (error) {
        const code = error.code;
        if (code === "ENOENT" && create && attempt === 0) {
          try {
            mkdirSync(at);
          } catch (made) {
            if (made.code !== "EEXIST") throw made;
          }
          continue;
        }
        if (code === "ENOENT") return void 0;
        if (code === "ENOTDIR" || code === "ELOOP")
          throw this.lstat(name)?.isSymbolicLink() ? new LinkInPathError(join(this.path, name)) : new NotAFolderError(join(this.path, name));
        throw error;
      }
    }
  }
  list() {
    return readdirSync(`/proc/self/fd/${this.fd}`);
  }
  lstat(name) {
    return lstatSync(this.entry(name), { throwIfNoEntry: false });
  }
  recheck() {
  }
  close() {
    closeSync(this.fd);
  }
};
var CheckedFolder = class _CheckedFolder {
  constructor(path, real, chain) {
    this.path = path;
    this.real = real;
    this.chain = chain;
  }
  path;
  real;
  chain;
  entry(name) {
    assertName(name);
    return join(this.real, name);
  }
  open(name, create) {
    const at = this.entry(name);
    let stats = lstatSync(at, { throwIfNoEntry: false });
    if (!stats) {
      if (!create) return void 0;
      try {
        mkdirSync(at);
      } catch (made) {
        if (made.code !== "EEXIST") throw made;
      }
      stats = lstatSync(at);
    }
    if (stats.isSymbolicLink()) throw new LinkInPathError(join(this.path, name));
    if (!stats.isDirectory()) throw new NotAFolderError(join(this.path, name));
    const folder = new _CheckedFolder(join(this.path, name), at, [...this.chain, { real: at, dev: stats.dev, ino: stats.ino }]);
    folder.recheck();
    return folder;
  }
  list() {
    return readdirSync(this.real);
  }
  lstat(name) {
    return lstatSync(this.entry(name), { throwIfNoEntry: false });
  }
  recheck() {
    for (const link of this.chain) {
      const now = lstatSync(link.real, { throwIfNoEntry: false });
      if (now?.isSymbolicLink()) throw new LinkInPathError(link.real);
      if (!now?.isDirectory() || now.dev !== link.dev || now.ino !== link.ino)
        throw new UsageError(`${link.real} changed while ois-ready was writing into it; nothing more was written`);
    }
  }
  close() {
  }
};

// src/core/output-folder.ts
var STALE_AFTER_MS = 24 * 60 * 60 * 1e3;
function writeOutputs(folder, files, options = {}) {
  const owned = /* @__PURE__ */ new Set([...options.owned ?? [], ...Object.keys(files)]);
  return write(folder, Object.keys(files), options, (anchor, parts, dir) => {
    if (parts.length > 0 && !within(dir, process.cwd())) {
      const parent = openBelow(anchor, parts.slice(0, -1), true);
      try {
        if (swapInto(parent, parts.at(-1), files, owned)) return;
      } finally {
        if (parent !== anchor) parent.close();
      }
    }
    inFolder(anchor, parts, (target) => replaceFileByFile(target, files, owned, options.vouching ?? []));
  });
}
function writeOutputFiles(folder, files, options = {}) {
  return write(
    folder,
    Object.keys(files),
    options,
    (anchor, parts) => inFolder(anchor, parts, (target) => replaceFileByFile(target, files, new Set(Object.keys(files)), []))
  );
}
function writeNewFiles(folder, files, options = {}) {
  const names = Object.keys(files);
  return write(
    folder,
    names,
    options,
    (anchor, parts, dir) => inFolder(anchor, parts, (target) => {
      cleanStale(target, new Set(names));
      for (const name of names) {
        const stats = target.lstat(name);
        if (stats) throw new FileExistsError(join2(dir, name), stats.isSymbolicLink());
      }
      const published = [];
      try {
        for (const [name, { content, mode }] of Object.entries(files)) {
          const temp = tempName(name);
          try {
            writeContent(target.entry(temp), content, mode);
            target.recheck();
            publishNew(target, temp, name, join2(dir, name));
            published.push(name);
          } finally {
            rmSync(target.entry(temp), { force: true });
          }
        }
      } catch (error) {
        for (const name of published) rmSync(target.entry(name), { force: true });
        throw error;
      }
    })
  );
}
var FileExistsError = class extends UsageError {
  constructor(path, link) {
    super(`${path} exists${link ? " (a symlink)" : ""}; ois-ready does not overwrite it`);
    this.path = path;
    this.link = link;
  }
  path;
  link;
  name = "FileExistsError";
};
var USER_FIXES = /* @__PURE__ */ new Map([
  ["EACCES", "permission denied"],
  ["EPERM", "operation not permitted"],
  ["EROFS", "read-only file system"],
  ["ENOSPC", "no space left on the device"],
  ["EDQUOT", "disk quota exceeded"],
  ["ENAMETOOLONG", "a name is too long"]
]);
function write(folder, names, options, writer) {
  const dir = resolve(folder);
  const { anchor: start, parts } = startOf(dir, options.repository);
  const anchor = openAnchor(start);
  try {
    writer(anchor, parts, dir);
  } catch (error) {
    if (error instanceof LinkInPathError)
      throw new UsageError(
        `the output folder ${folder} goes through the symlink ${error.link}; ois-ready does not write through links (a repository can track one that points anywhere). Choose another output folder.`
      );
    const code = error.code;
    if (code !== void 0 && USER_FIXES.has(code)) throw new UsageError(`cannot write into ${folder}: ${code} (${USER_FIXES.get(code)})`);
    throw error;
  } finally {
    anchor.close();
  }
  return Object.fromEntries(names.map((name) => [name, join2(dir, name)]));
}
function startOf(dir, repository) {
  for (const base2 of [repository === void 0 ? void 0 : topLevelOf(resolve(repository)), process.cwd()])
    if (base2 !== void 0 && within(base2, dir)) return { anchor: base2, parts: componentsBetween(base2, dir) };
  let base = dirname(dir);
  while (base !== dirname(base) && !statSync2(base, { throwIfNoEntry: false })?.isDirectory()) base = dirname(base);
  return { anchor: base, parts: componentsBetween(base, dir) };
}
function topLevelOf(path) {
  for (let p = path; ; p = dirname(p)) {
    try {
      statSync2(join2(p, ".git"));
      return p;
    } catch {
      if (p === dirname(p)) return path;
    }
  }
}
function within(base, path) {
  const rel = relative(base, path);
  return rel === "" || !isAbsolute(rel) && rel.split(sep)[0] !== "..";
}
function componentsBetween(base, path) {
  return relative(base, path).split(sep).filter(Boolean);
}
function inFolder(anchor, parts, use) {
  const folder = openBelow(anchor, parts, true);
  try {
    use(folder);
  } finally {
    if (folder !== anchor) folder.close();
  }
}
var CANNOT_SWAP = /* @__PURE__ */ new Set(["EXDEV", "EBUSY", "EPERM", "EACCES", "ENOTEMPTY", "EEXIST", "EINVAL"]);
function swapInto(parent, base, files, owned) {
  cleanStaleSets(parent, base);
  const existing = parent.open(base, false);
  if (existing) {
    try {
      cleanStale(existing, owned);
      if (existing.list().some((name) => !isOurs(existing, name, owned))) return false;
    } finally {
      existing.close();
    }
  }
  const id = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const fresh = `.${base}.ois-ready-${id}-new.tmp`;
  const aside = `.${base}.ois-ready-${id}-old.tmp`;
  try {
    mkdirSync2(parent.entry(fresh));
  } catch (error) {
    if (CANNOT_SWAP.has(error.code ?? "")) return false;
    throw error;
  }
  try {
    const folder = parent.open(fresh, false);
    try {
      for (const [name, content] of Object.entries(files)) writeContent(folder.entry(name), content);
    } finally {
      folder.close();
    }
    parent.recheck();
    if (existing) {
      try {
        renameSync(parent.entry(base), parent.entry(aside));
      } catch (error) {
        if (CANNOT_SWAP.has(error.code ?? "")) return false;
        throw error;
      }
    }
    try {
      renameSync(parent.entry(fresh), parent.entry(base));
    } catch (error) {
      if (existing) renameSync(parent.entry(aside), parent.entry(base));
      if (CANNOT_SWAP.has(error.code ?? "")) return false;
      throw error;
    }
  } finally {
    rmSync(parent.entry(fresh), { recursive: true, force: true });
  }
  if (existing) rmSync(parent.entry(aside), { recursive: true, force: true });
  return true;
}
function isOurs(folder, name, owned) {
  const temp = TEMP_FILE.exec(name) ?? OLD_TEMP_FILE.exec(name);
  if (temp) return owned.has(temp[1]);
  if (!owned.has(name)) return false;
  const stats = folder.lstat(name);
  return stats === void 0 || stats.isFile() || stats.isSymbolicLink();
}
function replaceFileByFile(folder, files, owned, vouching) {
  cleanStale(folder, owned);
  for (const name of Object.keys(files))
    if (folder.lstat(name)?.isDirectory())
      throw new UsageError(`${join2(folder.path, name)} is a folder where ois-ready writes a file; move it, or choose another output folder`);
  const temps = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const temp = tempName(name);
      writeContent(folder.entry(temp), content);
      temps.push([temp, name]);
    }
    for (const name of vouching) {
      const stats = folder.lstat(name);
      if (stats?.isFile() || stats?.isSymbolicLink()) unlinkSync(folder.entry(name));
    }
    const rank = (name) => vouching.indexOf(name);
    for (const [temp, name] of [...temps].sort((a, b) => rank(a[1]) - rank(b[1]))) {
      folder.recheck();
      renameSync(folder.entry(temp), folder.entry(name));
    }
  } catch (error) {
    for (const [temp] of temps) rmSync(folder.entry(temp), { force: true });
    throw error;
  }
}
function publishNew(folder, temp, name, shown) {
  try {
    linkSync(folder.entry(temp), folder.entry(name));
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST") throw new FileExistsError(shown, Boolean(folder.lstat(name)?.isSymbolicLink()));
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS" && code !== "EMLINK") throw error;
    if (folder.lstat(name)) throw new FileExistsError(shown, Boolean(folder.lstat(name)?.isSymbolicLink()));
    renameSync(folder.entry(temp), folder.entry(name));
  }
}
var TEMP_FILE = /^\.(.+)\.ois-ready-(\d+)-[0-9a-f]{8}\.tmp$/;
var OLD_TEMP_FILE = /^\.(.+)\.(\d+)\.tmp$/;
var TEMP_SET = /^\.(.+)\.ois-ready-(\d+)-[0-9a-f]{8}-(?:new|old)\.tmp$/;
function tempName(name) {
  return `.${name}.ois-ready-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
}
function cleanStale(folder, names) {
  for (const entry of folder.list()) {
    const match = TEMP_FILE.exec(entry) ?? OLD_TEMP_FILE.exec(entry);
    if (!match || !names.has(match[1])) continue;
    const stats = folder.lstat(entry);
    if (stats && !stats.isDirectory() && isStale(Number(match[2]), stats.mtimeMs)) rmSync(folder.entry(entry), { force: true });
  }
}
function cleanStaleSets(parent, base) {
  for (const entry of parent.list()) {
    const match = TEMP_SET.exec(entry);
    if (!match || match[1] !== base) continue;
    const stats = parent.lstat(entry);
    if (stats?.isDirectory() && isStale(Number(match[2]), stats.mtimeMs)) rmSync(parent.entry(entry), { recursive: true, force: true });
  }
}
function isStale(pid, mtimeMs) {
  if (Date.now() - mtimeMs > STALE_AFTER_MS || pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}

export {
  writeOutputs,
  writeOutputFiles,
  writeNewFiles,
  FileExistsError
};
