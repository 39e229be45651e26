import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./cli-SGVELQFP.js";

// node_modules/@asciidoctor/core/src/browser/asset.js
async function readBrowserAsset(uri) {
  try {
    const response = await fetch(uri);
    if (!response.ok) return null;
    return response.text();
  } catch {
    return null;
  }
}
export {
  readBrowserAsset
};
