import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findCheck,
  registry
} from "./cli-7433TUXD.js";
import "./cli-CVFVMNS2.js";
import "./cli-JAFSTP6U.js";
import "./cli-YPDKC2KV.js";
import "./cli-XNW7SWZN.js";
import "./cli-TNSYNSLD.js";
import "./cli-SLJRJ3UO.js";
import "./cli-4V4TQRIR.js";
import "./cli-7PHZNYWW.js";
import "./cli-ZEJ2EIG2.js";
export {
  findCheck,
  registry
};
