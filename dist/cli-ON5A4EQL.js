import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findCheck,
  registry
} from "./cli-K3J6YZNT.js";
import "./cli-OHF2XLYJ.js";
import "./cli-STNUJCYO.js";
import "./cli-CMHSVN5M.js";
import "./cli-OQ7V57UQ.js";
import "./cli-IEPTYG5A.js";
import "./cli-HVAKYI6X.js";
import "./cli-DUHQOW6B.js";
import "./cli-OZMZAFTQ.js";
import "./cli-4DWRY7RY.js";
import "./cli-AHRLZAO7.js";
import "./cli-XG6W23XE.js";
import "./cli-SGVELQFP.js";
export {
  findCheck,
  registry
};
