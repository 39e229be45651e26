import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SemanticHtml5Converter
} from "./cli-NFTFNFUU.js";
import "./cli-5OCOISZY.js";
import "./cli-TNOTHIQE.js";
import "./cli-TYUGRIFN.js";
import "./cli-ZEJ2EIG2.js";
export {
  SemanticHtml5Converter as default
};
