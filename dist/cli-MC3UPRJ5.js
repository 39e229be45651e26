import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __esm
} from "./cli-SGVELQFP.js";

// absent:kerberos
var init_kerberos = __esm({
  "absent:kerberos"() {
    throw new Error("kerberos is not part of ois-ready");
  }
});
init_kerberos();
