import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./cli-BKLTSLIV.js";
import "./cli-SGVELQFP.js";
export default require_dist();
