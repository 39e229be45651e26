import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findCheck,
  registry
} from "./cli-IAV7QP64.js";
import "./cli-KFQXORQM.js";
import "./cli-IRPN6XNL.js";
import "./cli-LCVWWZ5W.js";
import "./cli-OTZ5XJLT.js";
import "./cli-TNSYNSLD.js";
import "./cli-A2NYSPVY.js";
import "./cli-4V4TQRIR.js";
import "./cli-7PHZNYWW.js";
import "./cli-ZEJ2EIG2.js";
export {
  findCheck,
  registry
};
