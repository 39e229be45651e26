import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Html5Converter
} from "./cli-5OCOISZY.js";
import "./cli-TNOTHIQE.js";
import "./cli-TYUGRIFN.js";
import "./cli-ZEJ2EIG2.js";
export {
  Html5Converter as default
};
