import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findCheck,
  registry
} from "./cli-JEEFVQWZ.js";
import "./cli-G4YQWCOJ.js";
import "./cli-STNUJCYO.js";
import "./cli-4ZL6Q4HW.js";
import "./cli-MH653FMJ.js";
import "./cli-IEPTYG5A.js";
import "./cli-4B6WMGRJ.js";
import "./cli-DUHQOW6B.js";
import "./cli-WPFGWPLS.js";
import "./cli-4DWRY7RY.js";
import "./cli-XG6W23XE.js";
import "./cli-SGVELQFP.js";
export {
  findCheck,
  registry
};
