import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SemanticHtml5Converter
} from "./cli-AEPTSKLQ.js";
import "./cli-S2IQZ7PY.js";
import "./cli-MZW7WIXU.js";
import "./cli-E5QZL24M.js";
import "./cli-SGVELQFP.js";
export {
  SemanticHtml5Converter as default
};
