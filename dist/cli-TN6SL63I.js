import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyBackendTraits
} from "./cli-E5QZL24M.js";
import "./cli-SGVELQFP.js";

// node_modules/@asciidoctor/core/src/converter/composite.js
var CompositeConverter = class {
  constructor(backend, ...args) {
    let opts = {};
    if (args.length > 0 && args[args.length - 1] !== null && typeof args[args.length - 1] === "object" && !args[args.length - 1].convert) {
      opts = args.pop();
    }
    this.backend = backend;
    this.converters = args;
    applyBackendTraits(this);
    for (const converter of this.converters) {
      if (typeof converter.composed === "function") converter.composed(this);
    }
    if (opts.backendTraitsSource) {
      this.initBackendTraits(opts.backendTraitsSource.backendInfo());
    }
    this._converterCache = /* @__PURE__ */ new Map();
  }
  /**
   * Delegates to the first converter that handles the given transform.
   * @param {object} node - the AbstractNode to convert
   * @param {string|null} [transform=null] - the optional transform (default: node.nodeName)
   * @param {object|null} [opts=null] - optional hints passed to the delegate's convert method
   * @returns {Promise<string>} the result from the delegate's convert method
   */
  convert(node, transform = null, opts = null) {
    const t = transform ?? node.nodeName;
    return this.converterFor(t).convert(node, t, opts);
  }
  /**
   * Retrieve the converter for the specified transform (cached).
   * @param {string} transform
   * @returns {object} the matching converter
   */
  converterFor(transform) {
    if (this._converterCache.has(transform))
      return this._converterCache.get(transform);
    const converter = this._findConverter(transform);
    this._converterCache.set(transform, converter);
    return converter;
  }
  /**
   * Find the converter for the specified transform.
   * @param {string} transform
   * @returns {object} the matching converter
   * @throws {Error} if no converter handles the transform
   * @internal
   */
  _findConverter(transform) {
    for (const candidate of this.converters) {
      if (typeof candidate.handles === "function" && candidate.handles(transform))
        return candidate;
    }
    throw new Error(
      `Could not find a converter to handle transform: ${transform}`
    );
  }
};
export {
  CompositeConverter
};
