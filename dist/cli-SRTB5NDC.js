import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./cli-HJHYX6IC.js";
import "./cli-ZEJ2EIG2.js";
export default require_dist();
