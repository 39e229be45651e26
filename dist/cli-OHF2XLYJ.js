import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_semver
} from "./cli-STNUJCYO.js";
import {
  parseJson
} from "./cli-OQ7V57UQ.js";
import {
  __commonJS,
  __toESM
} from "./cli-SGVELQFP.js";

// node_modules/@renovatebot/pep440/lib/version.js
var require_version = __commonJS({
  "node_modules/@renovatebot/pep440/lib/version.js"(exports, module) {
    var VERSION_PATTERN = [
      "v?",
      "(?:",
      /* */
      "(?:(?<epoch>[0-9]+)!)?",
      // epoch
      /* */
      "(?<release>[0-9]+(?:\\.[0-9]+)*)",
      // release segment
      /* */
      "(?<pre>",
      // pre-release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_n>[0-9]+)?",
      /* */
      ")?",
      /* */
      "(?<post>",
      // post release
      /*    */
      "(?:-(?<post_n1>[0-9]+))",
      /*    */
      "|",
      /*    */
      "(?:",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_l>post|rev|r)",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_n2>[0-9]+)?",
      /*    */
      ")",
      /* */
      ")?",
      /* */
      "(?<dev>",
      // dev release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_l>dev)",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_n>[0-9]+)?",
      /* */
      ")?",
      ")",
      "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
      // local version
    ].join("");
    module.exports = {
      VERSION_PATTERN,
      valid: valid2,
      clean,
      explain,
      parse,
      stringify
    };
    var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
    function valid2(version) {
      return validRegex.test(version) ? version : null;
    }
    var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
    function clean(version) {
      return stringify(parse(version, cleanRegex));
    }
    function parse(version, regex) {
      const { groups } = (regex || validRegex).exec(version) || {};
      if (!groups) {
        return null;
      }
      const parsed = {
        epoch: Number(groups.epoch ? groups.epoch : 0),
        release: groups.release.split(".").map(Number),
        pre: normalize_letter_version(groups.pre_l, groups.pre_n),
        post: normalize_letter_version(
          groups.post_l,
          groups.post_n1 || groups.post_n2
        ),
        dev: normalize_letter_version(groups.dev_l, groups.dev_n),
        local: parse_local_version(groups.local)
      };
      return parsed;
    }
    function stringify(parsed) {
      if (!parsed) {
        return null;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      const parts = [];
      if (epoch !== 0) {
        parts.push(`${epoch}!`);
      }
      parts.push(release.join("."));
      if (pre) {
        parts.push(pre.join(""));
      }
      if (post) {
        parts.push("." + post.join(""));
      }
      if (dev) {
        parts.push("." + dev.join(""));
      }
      if (local) {
        parts.push(`+${local}`);
      }
      return parts.join("");
    }
    function normalize_letter_version(letterIn, numberIn) {
      let letter = letterIn;
      let number = numberIn;
      if (letter) {
        if (!number) {
          number = 0;
        }
        letter = letter.toLowerCase();
        if (letter === "alpha") {
          letter = "a";
        } else if (letter === "beta") {
          letter = "b";
        } else if (["c", "pre", "preview"].includes(letter)) {
          letter = "rc";
        } else if (["rev", "r"].includes(letter)) {
          letter = "post";
        }
        return [letter, Number(number)];
      }
      if (!letter && number) {
        letter = "post";
        return [letter, Number(number)];
      }
      return null;
    }
    function parse_local_version(local) {
      if (local) {
        return local.split(/[._-]/).map(
          (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
        );
      }
      return null;
    }
    function explain(version) {
      const parsed = parse(version);
      if (!parsed) {
        return parsed;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      let base_version = "";
      if (epoch !== 0) {
        base_version += epoch + "!";
      }
      base_version += release.join(".");
      const is_prerelease = Boolean(dev || pre);
      const is_devrelease = Boolean(dev);
      const is_postrelease = Boolean(post);
      return {
        epoch,
        release,
        pre,
        post: post ? post[1] : post,
        dev: dev ? dev[1] : dev,
        local: local ? local.join(".") : local,
        public: stringify(parsed).split("+", 1)[0],
        base_version,
        is_prerelease,
        is_devrelease,
        is_postrelease
      };
    }
  }
});

// node_modules/@renovatebot/pep440/lib/operator.js
var require_operator = __commonJS({
  "node_modules/@renovatebot/pep440/lib/operator.js"(exports, module) {
    var { parse } = require_version();
    module.exports = {
      compare: compare2,
      rcompare,
      lt,
      le,
      eq,
      ne,
      ge,
      gt,
      "<": lt,
      "<=": le,
      "==": eq,
      "!=": ne,
      ">=": ge,
      ">": gt,
      "===": arbitrary
    };
    function lt(version, other) {
      return compare2(version, other) < 0;
    }
    function le(version, other) {
      return compare2(version, other) <= 0;
    }
    function eq(version, other) {
      return compare2(version, other) === 0;
    }
    function ne(version, other) {
      return compare2(version, other) !== 0;
    }
    function ge(version, other) {
      return compare2(version, other) >= 0;
    }
    function gt(version, other) {
      return compare2(version, other) > 0;
    }
    function arbitrary(version, other) {
      return version.toLowerCase() === other.toLowerCase();
    }
    function compare2(version, other) {
      const parsedVersion = parse(version);
      const parsedOther = parse(other);
      const keyVersion = calculateKey(parsedVersion);
      const keyOther = calculateKey(parsedOther);
      return pyCompare(keyVersion, keyOther);
    }
    function rcompare(version, other) {
      return -compare2(version, other);
    }
    function pyCompare(elemIn, otherIn) {
      let elem = elemIn;
      let other = otherIn;
      if (elem === other) {
        return 0;
      }
      if (Array.isArray(elem) !== Array.isArray(other)) {
        elem = Array.isArray(elem) ? elem : [elem];
        other = Array.isArray(other) ? other : [other];
      }
      if (Array.isArray(elem)) {
        const len = Math.min(elem.length, other.length);
        for (let i = 0; i < len; i += 1) {
          const res = pyCompare(elem[i], other[i]);
          if (res !== 0) {
            return res;
          }
        }
        return elem.length - other.length;
      }
      if (elem === -Infinity || other === Infinity) {
        return -1;
      }
      if (elem === Infinity || other === -Infinity) {
        return 1;
      }
      return elem < other ? -1 : 1;
    }
    function calculateKey(input) {
      const { epoch } = input;
      let { release, pre, post, local, dev } = input;
      release = release.concat();
      release.reverse();
      while (release.length && release[0] === 0) {
        release.shift();
      }
      release.reverse();
      if (!pre && !post && dev) pre = -Infinity;
      else if (!pre) pre = Infinity;
      if (!post) post = -Infinity;
      if (!dev) dev = Infinity;
      if (!local) {
        local = -Infinity;
      } else {
        local = local.map(
          (i) => Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ""]
        );
      }
      return [epoch, release, pre, post, dev, local];
    }
  }
});

// node_modules/@renovatebot/pep440/lib/specifier.js
var require_specifier = __commonJS({
  "node_modules/@renovatebot/pep440/lib/specifier.js"(exports, module) {
    var { VERSION_PATTERN, explain: explainVersion } = require_version();
    var Operator = require_operator();
    var RANGE_PATTERN = [
      "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
      "\\s*",
      "(",
      /*  */
      "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
      /*  */
      "(?<prefix>\\.\\*)?",
      /*  */
      "|",
      /*  */
      "(?<legacy>[^,;\\s)]+)",
      ")"
    ].join("");
    module.exports = {
      RANGE_PATTERN,
      parse,
      satisfies,
      filter,
      validRange,
      maxSatisfying,
      minSatisfying
    };
    var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op);
    var rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
    function parse(ranges) {
      if (!ranges.trim()) {
        return [];
      }
      const specifiers = ranges.split(",").map((range) => rangeRegex.exec(range.trim()) || {}).map(({ groups }) => {
        if (!groups) {
          return null;
        }
        let { ...spec } = groups;
        const { operator, version, prefix, legacy } = groups;
        if (version) {
          spec = { ...spec, ...explainVersion(version) };
          if (operator === "~=") {
            if (spec.release.length < 2) {
              return null;
            }
          }
          if (!isEqualityOperator(operator) && spec.local) {
            return null;
          }
          if (prefix) {
            if (!isEqualityOperator(operator) || spec.dev || spec.local) {
              return null;
            }
          }
        }
        if (legacy && operator !== "===") {
          return null;
        }
        return spec;
      });
      if (specifiers.filter(Boolean).length !== specifiers.length) {
        return null;
      }
      return specifiers;
    }
    function filter(versions, specifier, options = {}) {
      const filtered = pick(versions, specifier, options);
      if (filtered.length === 0 && options.prereleases === void 0) {
        return pick(versions, specifier, { prereleases: true });
      }
      return filtered;
    }
    function maxSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[found.length - 1];
    }
    function minSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[0];
    }
    function pick(versions, specifier, options) {
      const parsed = parse(specifier);
      if (!parsed) {
        return [];
      }
      return versions.filter((version) => {
        const explained = explainVersion(version);
        if (!parsed.length) {
          return explained && !(explained.is_prerelease && !options.prereleases);
        }
        return parsed.reduce((pass, spec) => {
          if (!pass) {
            return false;
          }
          return contains({ ...spec, ...options }, { version, explained });
        }, true);
      });
    }
    function satisfies(version, specifier, options = {}) {
      const filtered = pick([version], specifier, options);
      return filtered.length === 1;
    }
    function arrayStartsWith(array, prefix) {
      if (prefix.length > array.length) {
        return false;
      }
      for (let i = 0; i < prefix.length; i += 1) {
        if (prefix[i] !== array[i]) {
          return false;
        }
      }
      return true;
    }
    function contains(specifier, input) {
      const { explained } = input;
      let { version } = input;
      const { ...spec } = specifier;
      if (spec.prereleases === void 0) {
        spec.prereleases = spec.is_prerelease;
      }
      if (explained && explained.is_prerelease && !spec.prereleases) {
        return false;
      }
      if (spec.operator === "~=") {
        let compatiblePrefix = spec.release.slice(0, -1).concat("*").join(".");
        if (spec.epoch) {
          compatiblePrefix = spec.epoch + "!" + compatiblePrefix;
        }
        return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
          prereleases: spec.prereleases
        });
      }
      if (spec.prefix) {
        const isMatching = explained.epoch === spec.epoch && arrayStartsWith(explained.release, spec.release);
        const isEquality = spec.operator !== "!=";
        return isEquality ? isMatching : !isMatching;
      }
      if (explained) {
        if (explained.local && spec.version) {
          version = explained.public;
          spec.version = explainVersion(spec.version).public;
        }
      }
      if (spec.operator === "<" || spec.operator === ">") {
        if (Operator.eq(spec.release.join("."), explained.release.join("."))) {
          return false;
        }
      }
      const op = Operator[spec.operator];
      return op(version, spec.version || spec.legacy);
    }
    function validRange(specifier) {
      return Boolean(parse(specifier));
    }
  }
});

// node_modules/@renovatebot/pep440/lib/semantic.js
var require_semantic = __commonJS({
  "node_modules/@renovatebot/pep440/lib/semantic.js"(exports, module) {
    var { explain, parse, stringify } = require_version();
    module.exports = {
      major,
      minor,
      patch,
      inc
    };
    function major(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      return version.release[0];
    }
    function minor(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 2) {
        return 0;
      }
      return version.release[1];
    }
    function patch(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 3) {
        return 0;
      }
      return version.release[2];
    }
    function inc(input, release, preReleaseIdentifier) {
      let identifier = preReleaseIdentifier || `a`;
      const version = parse(input);
      if (!version) {
        return null;
      }
      if (!["a", "b", "c", "rc", "alpha", "beta", "pre", "preview"].includes(
        identifier
      )) {
        return null;
      }
      switch (release) {
        case "premajor":
          {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "preminor":
          {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prepatch":
          {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prerelease":
          if (version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
            version.pre = [identifier, 0];
          } else {
            if (preReleaseIdentifier === void 0 && version.pre !== null) {
              [identifier] = version.pre;
            }
            const [letter, number] = version.pre;
            if (letter === identifier) {
              version.pre = [letter, number + 1];
            } else {
              version.pre = [identifier, 0];
            }
          }
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "major":
          if (version.release.slice(1).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "minor":
          if (version.release.slice(2).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "patch":
          if (version.release.slice(3).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        default:
          return null;
      }
      return stringify(version);
    }
  }
});

// node_modules/@renovatebot/pep440/index.js
var require_pep440 = __commonJS({
  "node_modules/@renovatebot/pep440/index.js"(exports, module) {
    var { valid: valid2, clean, explain, parse } = require_version();
    var { lt, le, eq, ne, ge, gt, compare: compare2, rcompare } = require_operator();
    var {
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange
    } = require_specifier();
    var { major, minor, patch, inc } = require_semantic();
    module.exports = {
      // version
      valid: valid2,
      clean,
      explain,
      parse,
      // operator
      lt,
      le,
      lte: le,
      eq,
      ne,
      neq: ne,
      ge,
      gte: ge,
      gt,
      compare: compare2,
      rcompare,
      // range
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange,
      // semantic
      major,
      minor,
      patch,
      inc
    };
  }
});

// node_modules/@renovatebot/ruby-semver/dist/ruby/version.js
var require_version2 = __commonJS({
  "node_modules/@renovatebot/ruby-semver/dist/ruby/version.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.create = exports.Version = void 0;
    var copystr = (x) => (" " + x).slice(1);
    var Version = class _Version {
      //   VERSION_PATTERN =     '[0-9]+(?>\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?'.freeze # :nodoc:
      //   ANCHORED_VERSION_PATTERN =                /\A\s*(#{VERSION_PATTERN})?\s*\z/.freeze # :nodoc:
      static ANCHORED_VERSION_PATTERN = /^\s*([0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*$/;
      _version;
      //   ##
      //   # A string representation of this Version.
      //
      //   def version
      //     @version.dup
      //   end
      version() {
        return this._version;
      }
      //   alias to_s version
      toString() {
        return this.version();
      }
      //   ##
      //   # True if the +version+ string matches RubyGems' requirements.
      //
      //   def self.correct?(version)
      //     unless Gem::Deprecate.skip
      //       warn "nil versions are discouraged and will be deprecated in Rubygems 4" if version.nil?
      //     end
      //
      //     !!(version.to_s =~ ANCHORED_VERSION_PATTERN)
      //   end
      static isCorrect(version) {
        let versionStr;
        try {
          versionStr = copystr(version.toString());
        } catch {
          return false;
        }
        return _Version.ANCHORED_VERSION_PATTERN.test(versionStr);
      }
      //   ##
      //   # Factory method to create a Version object. Input may be a Version
      //   # or a String. Intended to simplify client code.
      //   #
      //   #   ver1 = Version.create('1.3.17')   # -> (Version object)
      //   #   ver2 = Version.create(ver1)       # -> (ver1)
      //   #   ver3 = Version.create(nil)        # -> nil
      //
      //   def self.create(input)
      //     if self === input  # check yourself before you wreck yourself
      //       input
      //     elsif input.nil?
      //       nil
      //     else
      //       new input
      //     end
      //   end
      static create(input) {
        if (input instanceof _Version)
          return input;
        if (input === null)
          return null;
        try {
          return new _Version(input);
        } catch {
          return null;
        }
      }
      //   @@all = {}
      //
      //   def self.new(version) # :nodoc:
      //     return super unless Gem::Version == self
      //
      //     @@all[version] ||= super
      //   end
      //
      //   ##
      //   # Constructs a Version from the +version+ string.  A version string is a
      //   # series of digits or ASCII letters separated by dots.
      //
      //   def initialize(version)
      //     unless self.class.correct?(version)
      //       raise ArgumentError, "Malformed version number string #{version}"
      //     end
      //
      //     # If version is an empty string convert it to 0
      //     version = 0 if version.is_a?(String) && version =~ /\A\s*\Z/
      //
      //     @version = version.to_s.strip.gsub("-",".pre.")
      //     @segments = nil
      //   end
      constructor(version) {
        if (!_Version.isCorrect(version)) {
          throw new Error(`Malformed version number string ${version}`);
        }
        let versionStr = copystr(version.toString());
        if (/^\s*$/.test(versionStr)) {
          versionStr = "0";
        }
        this._version = versionStr.trim().replace(/-/g, ".pre.");
      }
      //   ##
      //   # Return a new version object where the next to the last revision
      //   # number is one greater (e.g., 5.3.1 => 5.4).
      //   #
      //   # Pre-release (alpha) parts, e.g, 5.3.1.b.2 => 5.4, are ignored.
      //
      //   def bump
      //     @bump ||= begin
      //                 segments = self.segments
      //                 segments.pop while segments.any? { |s| String === s }
      //                 segments.pop if segments.size > 1
      //
      //                 segments[-1] = segments[-1].succ
      //                 self.class.new segments.join(".")
      //               end
      //   end
      bump() {
        const segments = this.getSegments();
        while (segments.findIndex((x) => typeof x === "string") !== -1)
          segments.pop();
        let lastIdx = segments.length - 2;
        if (lastIdx >= 0) {
          segments.pop();
        } else {
          lastIdx = 0;
        }
        segments[lastIdx] = segments[lastIdx] + 1;
        return new _Version(segments.join("."));
      }
      //   ##
      //   # A Version is only eql? to another version if it's specified to the
      //   # same precision. Version "1.0" is not the same as version "1".
      //
      //   def eql?(other)
      //     self.class === other and @version == other._version
      //   end
      strictEql(other) {
        return other.version() === this._version;
      }
      //
      //   def hash # :nodoc:
      //     canonical_segments.hash
      //   end
      //
      //   def init_with(coder) # :nodoc:
      //     yaml_initialize coder.tag, coder.map
      //   end
      //
      //   def inspect # :nodoc:
      //     "#<#{self.class} #{version.inspect}>"
      //   end
      //
      //   ##
      //   # Dump only the raw version string, not the complete object. It's a
      //   # string for backwards (RubyGems 1.3.5 and earlier) compatibility.
      //
      //   def marshal_dump
      //     [version]
      //   end
      //
      //   ##
      //   # Load custom marshal format. It's a string for backwards (RubyGems
      //   # 1.3.5 and earlier) compatibility.
      //
      //   def marshal_load(array)
      //     initialize array[0]
      //   end
      //
      //   def yaml_initialize(tag, map) # :nodoc:
      //     @version = map['version']
      //     @segments = nil
      //     @hash = nil
      //   end
      //
      //   def to_yaml_properties # :nodoc:
      //     ["@version"]
      //   end
      //
      //   def encode_with(coder) # :nodoc:
      //     coder.add 'version', @version
      //   end
      //
      //   ##
      //   # A version is considered a prerelease if it contains a letter.
      //
      //   def prerelease?
      //     unless instance_variable_defined? :@prerelease
      //       @prerelease = !!(@version =~ /[a-zA-Z]/)
      //     end
      //     @prerelease
      //   end
      isPrerelease() {
        return /[a-zA-Z]/.test(this._version);
      }
      //   def pretty_print(q) # :nodoc:
      //     q.text "Gem::Version.new(#{version.inspect})"
      //   end
      //
      //   ##
      //   # The release for this version (e.g. 1.2.0.a -> 1.2.0).
      //   # Non-prerelease versions return themselves.
      //   def release
      //     @release ||= if prerelease?
      //                    segments = self.segments
      //                    segments.pop while segments.any? { |s| String === s }
      //                    self.class.new segments.join('.')
      //                  else
      //                    self
      //                  end
      //   end
      release() {
        if (this.isPrerelease()) {
          const segments = this.getSegments();
          while (segments.findIndex((x) => typeof x === "string") !== -1)
            segments.pop();
          return new _Version(segments.join("."));
        }
        return this;
      }
      //   def segments # :nodoc:
      //     _segments.dup
      //   end
      //
      //   ##
      //   # A recommended version for use with a ~> Requirement.
      //
      //   def approximate_recommendation
      //     segments = self.segments
      //
      //     segments.pop    while segments.any? { |s| String === s }
      //     segments.pop    while segments.size > 2
      //     segments.push 0 while segments.size < 2
      //
      //     recommendation = "~> #{segments.join(".")}"
      //     recommendation += ".a" if prerelease?
      //     recommendation
      //   end
      approximateRecommendation() {
        const segments = this.getSegments();
        while (segments.findIndex((x) => typeof x === "string") !== -1)
          segments.pop();
        while (segments.length > 2)
          segments.pop();
        while (segments.length < 2)
          segments.push(0);
        let recommendation = `~> ${segments.join(".")}`;
        if (this.isPrerelease())
          recommendation += ".a";
        return recommendation;
      }
      //   ##
      //   # Compares this version with +other+ returning -1, 0, or 1 if the
      //   # other version is larger, the same, or smaller than this
      //   # one. Attempts to compare to something that's not a
      //   # <tt>Gem::Version</tt> return +nil+.
      //
      //   def <=>(other)
      //     return unless Gem::Version === other
      //     return 0 if @version == other._version || canonical_segments == other.canonical_segments
      //
      //     lhsegments = canonical_segments
      //     rhsegments = other.canonical_segments
      //
      //     lhsize = lhsegments.size
      //     rhsize = rhsegments.size
      //     limit  = (lhsize > rhsize ? lhsize : rhsize) - 1
      //
      //     i = 0
      //
      //     while i <= limit
      //       lhs, rhs = lhsegments[i] || 0, rhsegments[i] || 0
      //       i += 1
      //
      //       next      if lhs == rhs
      //       return -1 if String  === lhs && Numeric === rhs
      //       return  1 if Numeric === lhs && String  === rhs
      //
      //       return lhs <=> rhs
      //     end
      //
      //     return 0
      //   end
      compare(other) {
        if (other === null)
          return null;
        const segEq = (x, y) => {
          if (x.length !== y.length)
            return false;
          for (let idx = 0; idx < x.length; idx += 1) {
            if (x[idx] !== y[idx])
              return false;
          }
          return true;
        };
        if (this._version === other._version || segEq(this.canonicalSegments(), other.canonicalSegments())) {
          return 0;
        }
        const lhsegments = this.canonicalSegments();
        const rhsegments = other.canonicalSegments();
        const lhsize = lhsegments.length;
        const rhsize = rhsegments.length;
        const limit = (lhsize > rhsize ? lhsize : rhsize) - 1;
        let i = 0;
        while (i <= limit) {
          let lhs = lhsegments[i] || 0;
          let rhs = rhsegments[i] || 0;
          i += 1;
          if (lhs === rhs)
            continue;
          const isLeftStr = typeof lhs === "string";
          const isRightStr = typeof rhs === "string";
          if (isLeftStr && !isRightStr)
            return -1;
          if (!isLeftStr && isRightStr)
            return 1;
          lhs = lhs.toString();
          rhs = rhs.toString();
          return lhs.localeCompare(rhs, void 0, { numeric: true });
        }
        return 0;
      }
      //   def canonical_segments
      //     @canonical_segments ||=
      //       _split_segments.map! do |segments|
      //         segments.reverse_each.drop_while {|s| s == 0 }.reverse
      //       end.reduce(&:concat)
      //   end
      canonicalSegments() {
        const canonicals = this.splitSegments().map((segments) => {
          const segmentsReverse = segments.reverse();
          const sliceIdx = segmentsReverse.findIndex((s) => s !== 0);
          return segmentsReverse.slice(sliceIdx).reverse();
        });
        return Array.prototype.concat.apply([], canonicals);
      }
      //
      //   protected
      //
      //   def _version
      //     @version
      //   end
      //   def _segments
      //     # segments is lazy so it can pick up version values that come from
      //     # old marshaled versions, which don't go through marshal_load.
      //     # since this version object is cached in @@all, its @segments should be frozen
      //
      //     @segments ||= @version.scan(/[0-9]+|[a-z]+/i).map do |s|
      //       /^\d+$/ =~ s ? s.to_i : s
      //     end.freeze
      //   end
      getSegments() {
        return this._version.match(/[0-9]+|[a-z]+/gi).map((s) => /^\d+$/.test(s) ? parseInt(s, 10) : copystr(s));
      }
      //   def _split_segments
      //     string_start = _segments.index {|s| s.is_a?(String) }
      //     string_segments = segments
      //     numeric_segments = string_segments.slice!(0, string_start || string_segments.size)
      //     return numeric_segments, string_segments
      //   end
      splitSegments() {
        let stringStart = this.getSegments().findIndex((x) => typeof x === "string");
        stringStart = stringStart === -1 ? null : stringStart;
        const stringSegments = this.getSegments();
        const numericSegments = stringSegments.splice(0, stringStart || stringSegments.length);
        return [numericSegments, stringSegments];
      }
    };
    exports.Version = Version;
    var create = (val) => Version.create(val);
    exports.create = create;
  }
});

// src/vuln/versions.ts
var import_semver = __toESM(require_semver(), 1);
var pep440 = __toESM(require_pep440(), 1);
var import_version = __toESM(require_version2(), 1);
var ECOSYSTEMS = ["npm", "crates.io", "Go", "PyPI", "Maven", "RubyGems", "Packagist", "NuGet"];
var sign = (n) => n > 0 ? 1 : n < 0 ? -1 : 0;
var isDigits = (s) => /^\d+$/.test(s);
var bigCompare = (a, b) => sign(BigInt(a) - BigInt(b));
function parseSemverLike(version, width) {
  let rest = version.trim().replace(/^[vV]/, "");
  let build = "";
  const plus = rest.indexOf("+");
  if (plus >= 0) {
    build = rest.slice(plus + 1);
    rest = rest.slice(0, plus);
  }
  const match = /^(\d+(?:\.\d+)*)(.*)$/.exec(rest);
  const numbers = match ? match[1].split(".") : [];
  let tail = match ? match[2] : rest;
  if (tail.startsWith("-") || tail.startsWith(".")) tail = tail.slice(1);
  while (numbers.length < width) numbers.push("0");
  return { numbers, pre: tail ? tail.split(".") : [], build };
}
function comparePre(a, b, fold = false) {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    const xn = isDigits(x);
    const yn = isDigits(y);
    if (xn && yn) {
      const c = bigCompare(x, y);
      if (c !== 0) return c;
    } else if (xn !== yn) return xn ? -1 : 1;
    else {
      const [p, q] = fold ? [x.toLowerCase(), y.toLowerCase()] : [x, y];
      if (p !== q) return p < q ? -1 : 1;
    }
  }
  return 0;
}
function compareNumbers(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = bigCompare(a[i] ?? "0", b[i] ?? "0");
    if (c !== 0) return c;
  }
  return 0;
}
var compareSemver = (a, b) => {
  const x = import_semver.default.parse(a, { loose: true });
  const y = import_semver.default.parse(b, { loose: true });
  if (x && y) return import_semver.default.compare(x, y);
  const p = parseSemverLike(a, 3);
  const q = parseSemverLike(b, 3);
  return compareNumbers(p.numbers, q.numbers) || comparePre(p.pre, q.pre);
};
var compareNuGet = (a, b) => {
  const p = parseSemverLike(a, 4);
  const q = parseSemverLike(b, 4);
  return compareNumbers(p.numbers, q.numbers) || comparePre(p.pre, q.pre, true);
};
var comparePyPI = (a, b) => {
  const x = pep440.valid(a) !== null;
  const y = pep440.valid(b) !== null;
  if (x && y) return sign(pep440.compare(a, b));
  if (x !== y) return x ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
};
var compareRubyGems = (a, b) => {
  const x = safeGem(a);
  const y = safeGem(b);
  if (x && y) return sign(x.compare(y));
  if (!x !== !y) return x ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
};
function safeGem(v) {
  try {
    return (0, import_version.create)(v.trim());
  } catch {
    return null;
  }
}
var QUALIFIERS = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
var RELEASE = String(QUALIFIERS.indexOf(""));
var ALIASES = { ga: "", final: "", release: "", cr: "rc" };
function mavenString(value, followedByDigit) {
  if (followedByDigit && value.length === 1) value = { a: "alpha", b: "beta", m: "milestone" }[value] ?? value;
  return { kind: "string", value: ALIASES[value] ?? value };
}
function mavenItem(isDigit, text) {
  return isDigit ? { kind: "int", value: text.replace(/^0+(?=\d)/, "") } : mavenString(text, false);
}
var comparableQualifier = (q) => {
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
};
var isNullItem = (item) => item.kind === "int" ? /^0+$/.test(item.value) : item.kind === "string" ? comparableQualifier(item.value) === RELEASE : item.items.length === 0;
function normalise(list) {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i];
    if (isNullItem(last)) list.splice(i, 1);
    else if (last.kind !== "list") break;
  }
}
function parseMaven(version) {
  const v = version.toLowerCase();
  const root = [];
  let list = root;
  const stack = [root];
  let isDigit = false;
  let start = 0;
  const sublist = () => {
    const next = [];
    list.push({ kind: "list", items: next });
    list = next;
    stack.push(next);
  };
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === "." || c === "-") {
      list.push(i === start ? { kind: "int", value: "0" } : mavenItem(isDigit, v.slice(start, i)));
      start = i + 1;
      if (c === "-") sublist();
    } else if (c >= "0" && c <= "9") {
      if (!isDigit && i > start) {
        list.push(mavenString(v.slice(start, i), true));
        start = i;
        sublist();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.push(mavenItem(true, v.slice(start, i)));
        start = i;
        sublist();
      }
      isDigit = false;
    }
  }
  if (v.length > start) list.push(mavenItem(isDigit, v.slice(start)));
  while (stack.length > 0) normalise(stack.pop());
  return { kind: "list", items: root };
}
function compareMavenItems(a, b) {
  if (a === void 0) return b === void 0 ? 0 : -compareMavenItems(b, void 0);
  if (a.kind === "int") {
    if (b === void 0) return /^0+$/.test(a.value) ? 0 : 1;
    return b.kind === "int" ? bigCompare(a.value, b.value) : 1;
  }
  if (a.kind === "string") {
    if (b === void 0) return stringOrder(comparableQualifier(a.value), RELEASE);
    if (b.kind === "string") return stringOrder(comparableQualifier(a.value), comparableQualifier(b.value));
    return -1;
  }
  if (b === void 0) return a.items.length === 0 ? 0 : compareMavenItems(a.items[0], void 0);
  if (b.kind === "int") return -1;
  if (b.kind === "string") return 1;
  for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) {
    const c = compareMavenItems(a.items[i], b.items[i]);
    if (c !== 0) return c;
  }
  return 0;
}
var stringOrder = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var compareMaven = (a, b) => compareMavenItems(parseMaven(a.trim()), parseMaven(b.trim()));
function canonicalPhp(version) {
  return version.replace(/^[vV]/, "").replace(/[-_+]/g, ".").replace(/([^\d.])(\d)/g, "$1.$2").replace(/(\d)([^\d.])/g, "$1.$2").split(".");
}
function phpWeight(part) {
  if (part.startsWith("RC")) return 4;
  const specials = ["dev", "a", "b", "rc", "#", "p"];
  const i = specials.findIndex((s) => part.startsWith(s));
  return i === -1 ? 0 : i + 1;
}
function comparePhpParts(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    const xn = isDigits(x);
    const yn = isDigits(y);
    const c = xn && yn ? bigCompare(x, y) : sign(phpWeight(xn ? "#" : x) - phpWeight(yn ? "#" : y));
    if (c !== 0) return c;
  }
  if (a.length > b.length) return isDigits(a[n]) ? 1 : comparePhpParts(a.slice(n), ["#"]);
  if (a.length < b.length) return isDigits(b[n]) ? -1 : comparePhpParts(["#"], b.slice(n));
  return 0;
}
var comparePackagist = (a, b) => comparePhpParts(canonicalPhp(a.trim()), canonicalPhp(b.trim()));
function versionOrder(ecosystem) {
  switch (ecosystem) {
    case "npm":
    case "crates.io":
    case "Go":
      return compareSemver;
    case "PyPI":
      return comparePyPI;
    case "RubyGems":
      return compareRubyGems;
    case "Maven":
      return compareMaven;
    case "Packagist":
      return comparePackagist;
    case "NuGet":
      return compareNuGet;
    default:
      return void 0;
  }
}

// src/vuln/osv.ts
var baseEcosystem = (ecosystem) => ecosystem.split(":")[0];
function normalisedName(ecosystem, name) {
  switch (baseEcosystem(ecosystem)) {
    case "PyPI":
      return name.toLowerCase().replace(/[-_.]+/g, "-");
    case "NuGet":
    case "Packagist":
      return name.toLowerCase();
    default:
      return name;
  }
}
var packageKey = (ecosystem, name) => `${baseEcosystem(ecosystem)}:${normalisedName(ecosystem, name)}`;
function inRange(version, range, compare2) {
  const key = (e) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? "";
  const limits = range.events.filter((e) => e.limit !== void 0 && e.limit !== "*").map((e) => e.limit);
  if (limits.length > 0 && limits.every((l) => compare2(version, l) >= 0)) return false;
  const events = range.events.filter((e) => e.limit === void 0).sort((a, b) => {
    if (a.introduced === "0") return -1;
    if (b.introduced === "0") return 1;
    return compare2(key(a), key(b));
  });
  let affected = false;
  for (const e of events) {
    if (e.introduced !== void 0) {
      if (e.introduced === "0" || compare2(version, e.introduced) >= 0) affected = true;
    } else if (e.fixed !== void 0) {
      if (compare2(version, e.fixed) >= 0) affected = false;
    } else if (e.last_affected !== void 0) {
      if (compare2(version, e.last_affected) > 0) affected = false;
    }
  }
  return affected;
}
function matchRecord(record, ecosystem, name, version) {
  const order = versionOrder(ecosystem);
  if (!order) return [];
  const wanted = normalisedName(ecosystem, name);
  const v = ecosystem === "Go" ? version.replace(/^v/, "") : version;
  const matches = [];
  for (const affected of record.affected ?? []) {
    const pkg = affected.package;
    if (!pkg || baseEcosystem(pkg.ecosystem) !== ecosystem || normalisedName(ecosystem, pkg.name) !== wanted) continue;
    const fixed = /* @__PURE__ */ new Set();
    let gitIgnored = false;
    let inside = false;
    for (const range of affected.ranges ?? []) {
      if (range.type === "GIT") {
        gitIgnored = true;
        continue;
      }
      if (range.type !== "SEMVER" && range.type !== "ECOSYSTEM") continue;
      const compare2 = range.type === "SEMVER" ? compareSemver : order;
      if (!inRange(v, range, compare2)) continue;
      inside = true;
      const next = range.events.map((e) => e.fixed).filter((f) => f !== void 0 && compare2(f, v) > 0).sort(compare2)[0];
      if (next !== void 0) fixed.add(next);
    }
    const listed = (affected.versions ?? []).some((x) => x === v || x === version);
    if (listed || inside)
      matches.push({ affected, by: listed ? "versions" : "range", fixed: [...fixed].sort((a, b) => order(a, b)), gitIgnored });
  }
  return matches;
}
var isString = (v) => typeof v === "string";
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function isWellFormed(value) {
  if (!isObject(value) || !isString(value.id) || value.id === "") return false;
  if (value.aliases !== void 0 && !(Array.isArray(value.aliases) && value.aliases.every(isString))) return false;
  if (value.withdrawn !== void 0 && !isString(value.withdrawn)) return false;
  if (value.modified !== void 0 && !isString(value.modified)) return false;
  if (value.summary !== void 0 && !isString(value.summary)) return false;
  if (value.severity !== void 0 && !(Array.isArray(value.severity) && value.severity.every((s) => isObject(s) && isString(s.type) && isString(s.score))))
    return false;
  if (value.affected === void 0) return true;
  if (!Array.isArray(value.affected)) return false;
  return value.affected.every(
    (a) => isObject(a) && (a.package === void 0 || isObject(a.package) && isString(a.package.ecosystem) && isString(a.package.name)) && (a.versions === void 0 || Array.isArray(a.versions) && a.versions.every(isString)) && (a.ranges === void 0 || Array.isArray(a.ranges) && a.ranges.every(
      (r) => isObject(r) && isString(r.type) && Array.isArray(r.events) && r.events.every((e) => isObject(e) && Object.values(e).every(isString))
    ))
  );
}

// src/vuln/components.ts
var ECOSYSTEM_OF_PURL = {
  npm: "npm",
  cargo: "crates.io",
  golang: "Go",
  pypi: "PyPI",
  maven: "Maven",
  gem: "RubyGems",
  composer: "Packagist",
  nuget: "NuGet"
};
function osvPackageOf(c) {
  const ecosystem = ECOSYSTEM_OF_PURL[c.ecosystem];
  if (!ecosystem || c.local !== void 0 || !c.version) return void 0;
  const name = c.namespace === void 0 || c.namespace === "" ? c.name : ecosystem === "Maven" ? `${c.namespace}:${c.name}` : `${c.namespace}/${c.name}`;
  return { component: c, ecosystem, name, key: packageKey(ecosystem, name) };
}

// src/core/guarded-fetch.ts
import { lookup as dnsLookup } from "node:dns";
import { BlockList, isIP } from "node:net";
var DEFAULT_FETCH = { timeoutMs: 1e4, maxBytes: 16 * 1024 * 1024, concurrency: 8, allowHosts: [] };
var MAX_REDIRECTS = 5;
var sinkMs = 0;
var PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4]
])
  PRIVATE.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
  ["100::", 64],
  ["2001:db8::", 32]
])
  PRIVATE.addSubnet(net, prefix, "ipv6");
function embeddedIPv4(address) {
  const lower = address.toLowerCase();
  const dotted = /^(?:::|::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const words = expandIPv6(lower);
  if (!words) return void 0;
  const v4 = (hi, lo) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (words.slice(0, 6).every((w) => w === 0)) return v4(words[6], words[7]);
  if (words.slice(0, 5).every((w) => w === 0) && words[5] === 65535) return v4(words[6], words[7]);
  if (words[0] === 100 && words[1] === 65435 && words.slice(2, 6).every((w) => w === 0)) return v4(words[6], words[7]);
  if (words[0] === 8194) return v4(words[1], words[2]);
  return void 0;
}
function expandIPv6(address) {
  const [head, tail] = address.split("::");
  const parse = (part) => part ? part.split(":").map((h) => parseInt(h, 16)) : [];
  const a = parse(head);
  const b = tail === void 0 ? [] : parse(tail);
  const words = tail === void 0 ? a : [...a, ...new Array(8 - a.length - b.length).fill(0), ...b];
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 65535) ? words : void 0;
}
function isPrivateAddress(address) {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    const v4 = embeddedIPv4(address);
    if (v4 !== void 0) return isIP(v4) !== 4 || PRIVATE.check(v4, "ipv4");
  }
  return PRIVATE.check(address, family === 4 ? "ipv4" : "ipv6");
}
var publicOnlyLookup = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const list = addresses;
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad || list.length === 0)
      return callback(
        Object.assign(new Error(`${hostname} resolves to a private address (${bad?.address ?? "none"})`), { code: "EPRIVATE" }),
        "",
        0
      );
    if (options.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
};
async function fetchText(url, options) {
  const result = await fetchBytes(url, options);
  return result.ok ? { url, ok: true, text: result.bytes.toString("utf8") } : result;
}
async function fetchBytes(url, options) {
  const chunks = [];
  const result = await fetchWith(url, options, (chunk) => chunks.push(chunk), true);
  return result.ok ? { url, ok: true, bytes: Buffer.concat(chunks) } : result;
}
function fetchStream(url, options, sink) {
  return fetchWith(url, options, sink, false);
}
async function fetchWith(url, options, sink, reuse) {
  let current = url;
  const firstHost = new URL(url, "https://invalid").host;
  const deadline = Date.now() + options.timeoutMs;
  const sinkAtStart = sinkMs;
  const remaining = () => Date.now() - (sinkMs - sinkAtStart) - deadline;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (remaining() >= 0) return { url, ok: false, reason: `no complete answer within ${options.timeoutMs} ms (redirects included)` };
    let parsed;
    try {
      parsed = new URL(current);
    } catch {
      return { url, ok: false, reason: `${current} is not a URL` };
    }
    const port = parsed.port || (parsed.protocol === "https:" ? "443" : "80");
    const allowed = options.allowHosts.includes(parsed.host) || options.allowHosts.includes(`${parsed.hostname}:${port}`);
    if (parsed.protocol !== "https:" && !(allowed && parsed.protocol === "http:"))
      return { url, ok: false, reason: `${current} is not an https:// URL` };
    if (!allowed && isIP(parsed.hostname.replace(/^\[|\]$/g, "")) && isPrivateAddress(parsed.hostname.replace(/^\[|\]$/g, ""))) {
      return { url, ok: false, reason: `${current} is a private address` };
    }
    const headers = parsed.host === firstHost ? options.headers : withoutCredentials(options.headers);
    const ask = () => get(parsed, { ...options, ...headers ? { headers } : {}, timeoutMs: Math.max(1, -remaining()) }, allowed, sink, reuse);
    let response = await ask();
    if ("stale" in response && remaining() < 0) response = await ask();
    if ("reason" in response) return { url, ok: false, reason: response.reason };
    if (response.status >= 300 && response.status < 400 && response.location) {
      if (options.postJson !== void 0)
        return { url, ok: false, reason: `${current} redirects a POST (HTTP ${response.status}); not followed` };
      try {
        current = new URL(response.location, current).toString();
      } catch {
        return { url, ok: false, reason: `${current} redirects to an invalid address` };
      }
      continue;
    }
    if (response.status !== 200) return { url, ok: false, reason: `HTTP ${response.status} from ${current}`, status: response.status };
    return { url, ok: true, bytes: response.bytes };
  }
  return { url, ok: false, reason: `more than ${MAX_REDIRECTS} redirects` };
}
function withoutCredentials(headers) {
  if (!headers) return void 0;
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(authorization|cookie|private-token)$/i.test(k)));
}
var httpModule = () => process.getBuiltinModule("node:http");
var httpsModule = () => process.getBuiltinModule("node:https");
function get(url, options, allowed, sink, reuse) {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? httpsModule() : httpModule();
    const body = options.postJson === void 0 ? void 0 : Buffer.from(options.postJson);
    const request = client.request(
      url,
      {
        method: body ? "POST" : "GET",
        timeout: options.timeoutMs,
        ...reuse ? {} : { agent: false },
        ...allowed ? {} : { lookup: publicOnlyLookup },
        headers: {
          accept: "application/json, application/jsonl, */*",
          ...body ? { "content-type": "application/json", "content-length": String(body.length) } : {},
          ...options.headers
        }
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          return resolve({ status, ...res.headers.location ? { location: res.headers.location } : {}, bytes: 0 });
        }
        if (status !== 200) {
          res.destroy();
          return resolve({ status, bytes: 0 });
        }
        const declared = Number(res.headers["content-length"] ?? 0);
        if (declared > options.maxBytes) {
          res.destroy();
          return resolve({ reason: `${url} is ${declared} bytes, over the limit of ${options.maxBytes}` });
        }
        let size = 0;
        res.on("data", (chunk) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            res.destroy();
            resolve({ reason: `${url} is over the limit of ${options.maxBytes} bytes` });
            return;
          }
          const started = performance.now();
          try {
            sink(chunk);
          } catch (error) {
            res.destroy();
            reject(error);
          } finally {
            sinkMs += performance.now() - started;
          }
        });
        res.on("end", () => resolve({ status, bytes: size }));
        res.on("error", (e) => resolve({ reason: `${url}: ${e.message}` }));
      }
    );
    const sinkAtStart = sinkMs;
    let credited = 0;
    const expire = () => {
      const owed = sinkMs - sinkAtStart - credited;
      if (owed < 1) return request.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
      credited += owed;
      timer = setTimeout(expire, owed);
    };
    let timer = setTimeout(expire, options.timeoutMs);
    request.on("close", () => clearTimeout(timer));
    request.on("timeout", () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    let answered = false;
    request.on("response", () => answered = true);
    request.on("error", (e) => {
      const code = e.code;
      const stale = !answered && !body && request.reusedSocket && (code === "ECONNRESET" || code === "EPIPE");
      resolve({ reason: `${url}: ${e.message}`, ...stale ? { stale: true } : {} });
    });
    request.end(body);
  });
}
var TOTAL_DOWNLOAD_BYTES = 1024 * 1024 * 1024;
async function streamAll(urls, options, open, budget = TOTAL_DOWNLOAD_BYTES) {
  let next = 0;
  let spent = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      const target = open(url);
      if (spent >= budget) {
        await target.end({ url, ok: false, reason: `the downloads of this build reached ${budget} bytes; not fetched` });
        continue;
      }
      const result = await fetchStream(url, options, target.sink);
      if (result.ok) spent += result.bytes;
      await target.end(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, urls.length) }, worker));
}
async function fetchAll(urls, options, budget = TOTAL_DOWNLOAD_BYTES) {
  const results = new Array(urls.length);
  let index = 0;
  await streamAll(
    urls,
    options,
    () => {
      const i = index++;
      const chunks = [];
      return {
        sink: (chunk) => chunks.push(chunk),
        end: (r) => {
          results[i] = r.ok ? { url: r.url, ok: true, text: Buffer.concat(chunks).toString("utf8") } : r;
        }
      };
    },
    budget
  );
  return results;
}

// src/vuln/database.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
var DATABASE_FORMAT = "ois-ready-vulndb/1";
var MANIFEST = "manifest.json";
var recordsFile = (ecosystem) => `${ecosystem}.records.jsonl`;
var indexFile = (ecosystem) => `${ecosystem}.index.json`;
var DatabaseError = class extends Error {
};
function openDatabase(folder) {
  const manifestPath = join(folder, MANIFEST);
  let bytes;
  try {
    bytes = readFileSync(manifestPath);
  } catch (error) {
    throw new DatabaseError(`${manifestPath}: ${error.message}; make it with \`ois-ready vulndb update -o ${folder}\``);
  }
  const parsed = parseJson(bytes.toString("utf8"));
  const manifest = parsed.ok ? parsed.value : void 0;
  if (!manifest || manifest.format !== DATABASE_FORMAT || typeof manifest.ecosystems !== "object" || manifest.ecosystems === null)
    throw new DatabaseError(`${manifestPath} is not an ois-ready vulnerability database (format ${DATABASE_FORMAT})`);
  const digest = createHash("sha256").update(bytes).digest("hex");
  const indexes = /* @__PURE__ */ new Map();
  const fds = /* @__PURE__ */ new Map();
  const indexOf = (ecosystem) => {
    if (!manifest.ecosystems[ecosystem]) return void 0;
    let index = indexes.get(ecosystem);
    if (!index) {
      const path = join(folder, indexFile(ecosystem));
      let read;
      try {
        read = parseJson(readFileSync(path, "utf8"));
      } catch (error) {
        throw new DatabaseError(`${path}: ${error.message}`);
      }
      if (!read.ok || typeof read.value !== "object" || read.value === null)
        throw new DatabaseError(`${path} is not an index (not a JSON object)`);
      index = read.value;
      indexes.set(ecosystem, index);
    }
    return index;
  };
  return {
    folder,
    manifest,
    digest,
    dateOf(ecosystems) {
      const dates = ecosystems.map((e) => manifest.ecosystems[e]?.downloadedAt).filter((d) => typeof d === "string");
      return dates.sort()[0];
    },
    recordsOf(ecosystem, name) {
      const index = indexOf(ecosystem);
      const spans = index && Object.hasOwn(index, packageKey(ecosystem, name)) ? index[packageKey(ecosystem, name)] : void 0;
      if (!Array.isArray(spans) || spans.length === 0) return [];
      const path = join(folder, recordsFile(ecosystem));
      let fd = fds.get(ecosystem);
      if (fd === void 0) {
        fd = openSync(path, "r");
        fds.set(ecosystem, fd);
      }
      const size = statSync(path).size;
      const records = [];
      for (let i = 0; i + 1 < spans.length; i += 2) {
        const offset = spans[i];
        const length = spans[i + 1];
        if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length <= 0 || offset + length > size)
          throw new DatabaseError(
            `${path}: the index names bytes ${offset}+${length}, outside the file (${size} bytes); run \`vulndb update\` again`
          );
        const buffer = Buffer.alloc(length);
        readSync(fd, buffer, 0, length, offset);
        const line = parseJson(buffer.toString("utf8"));
        if (!line.ok || !isWellFormed(line.value))
          throw new DatabaseError(`${path}: bytes ${offset}+${length} are not a record; run \`vulndb update\` again`);
        records.push(line.value);
      }
      return records;
    },
    close() {
      for (const fd of fds.values()) closeSync(fd);
      fds.clear();
    }
  };
}
function compactRecord(record, ecosystem) {
  const affected = (record.affected ?? []).filter((a) => a.package && a.package.ecosystem.split(":")[0] === ecosystem);
  if (affected.length === 0) return void 0;
  const severityWord = record.database_specific?.severity;
  return {
    id: record.id,
    ...record.modified ? { modified: record.modified } : {},
    ...record.withdrawn ? { withdrawn: record.withdrawn } : {},
    ...record.aliases?.length ? { aliases: record.aliases } : {},
    ...record.summary ? { summary: record.summary.slice(0, 300) } : {},
    ...record.severity?.length ? { severity: record.severity } : {},
    affected: affected.map((a) => ({
      package: { ecosystem: a.package.ecosystem, name: a.package.name },
      ...a.ranges ? { ranges: a.ranges } : {},
      ...a.versions ? { versions: a.versions } : {},
      ...typeof a.ecosystem_specific?.severity === "string" ? { ecosystem_specific: { severity: a.ecosystem_specific.severity } } : {},
      ...typeof a.database_specific?.severity === "string" ? { database_specific: { severity: a.database_specific.severity } } : {}
    })),
    ...typeof severityWord === "string" ? { database_specific: { severity: severityWord } } : {}
  };
}

export {
  ECOSYSTEMS,
  versionOrder,
  packageKey,
  matchRecord,
  isWellFormed,
  osvPackageOf,
  DATABASE_FORMAT,
  MANIFEST,
  recordsFile,
  indexFile,
  DatabaseError,
  openDatabase,
  compactRecord,
  DEFAULT_FETCH,
  fetchText,
  fetchBytes,
  fetchStream,
  streamAll,
  fetchAll
};
