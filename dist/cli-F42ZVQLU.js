import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findCheck,
  registry
} from "./cli-SAE3RR5J.js";
import "./cli-EAII2LMQ.js";
import "./cli-4YL6RI6W.js";
import "./cli-Z75FVDB3.js";
import "./cli-PZNDQ3FZ.js";
import "./cli-TNSYNSLD.js";
import "./cli-DYON47EY.js";
import "./cli-4V4TQRIR.js";
import "./cli-7PHZNYWW.js";
import "./cli-ZEJ2EIG2.js";
export {
  findCheck,
  registry
};
