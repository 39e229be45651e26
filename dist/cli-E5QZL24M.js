import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// node_modules/@asciidoctor/core/src/rx.js
var CC_ALL = "[\\s\\S]";
var CC_ANY = ".";
var CC_ALPHA = "\\p{Alphabetic}";
var CG_ALPHA = "\\p{Alphabetic}";
var CC_ALNUM = "\\p{Alphabetic}\\p{N}";
var CG_ALNUM = "[\\p{Alphabetic}\\p{N}]";
var CC_WORD = "\\p{Alphabetic}\\p{N}\\p{Pc}";
var CG_WORD = "[\\p{Alphabetic}\\p{N}\\p{Pc}]";
var QuoteAttributeListRxt = "\\[([^\\[\\]]+)\\]";
var ru = (src, extraFlags = "") => new RegExp(src, `u${extraFlags}`);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function makeLazyRxMap(buildFn) {
  const cache = /* @__PURE__ */ new Map();
  return new Proxy(/* @__PURE__ */ Object.create(null), {
    get(_target, key) {
      if (typeof key !== "string") return void 0;
      if (!cache.has(key)) cache.set(key, buildFn(key));
      return cache.get(key);
    }
  });
}
var AuthorInfoLineRx = ru(
  String.raw`^(${CG_WORD}[${CC_WORD}\-'.]*)(?: +(${CG_WORD}[${CC_WORD}\-'.]*))?` + String.raw`(?: +(${CG_WORD}[${CC_WORD}\-'.]*))?(?:[ ]+<([^>]+)>)?$`
);
var AuthorDelimiterRx = /;(?: |$)/;
var RevisionInfoLineRx = /^(?:[^\d{]*(.*?),)? *(?!:)(.*?)(?: *(?!^),?: *(.*))?$/;
var ManpageTitleVolnumRx = /^(.+?) *\( *(.+?) *\)$/;
var ManpageNamePurposeRx = /^(.+?) +- +(.+)$/;
var ConditionalDirectiveRx = /^(\\)?(ifdef|ifndef|ifeval|endif)::(\S*?(?:([,+])\S*?)?)\[(.+)?\]$/;
var EvalExpressionRx = /^(.+?) *([=!><]=|[><]) *(.+)$/;
var IncludeDirectiveRx = /^(\\)?include::([^\s[](?:[^[]*[^\s[])?)\[(.+)?\]$/;
var TagDirectiveRx = /\b(?:tag|(e)nd)::(\S+?)\[\](?=$|[ \r])/m;
var AttributeEntryRx = ru(
  String.raw`^:(!?${CG_WORD}[^:]*):(?:[ \t]+(.*))?$`
);
var InvalidAttributeNameCharsRx = ru(String.raw`[^${CC_WORD}\-]`);
var AttributeEntryPassMacroRx = /^pass:([a-z]+(?:,[a-z-]+)*)?\[([\s\S]*)\]$/;
var AttributeReferenceRx = ru(
  String.raw`(\\)?\{(${CG_WORD}[${CC_WORD}\-]*|(set|counter2?):.*?)(\\)?\}`
);
var BlockAnchorRx = ru(
  String.raw`^\[\[(?:|([${CC_ALPHA}_:][${CC_WORD}\-:.]*)(?:, *(.+))?)\]\]$`
);
var BlockAttributeListRx = ru(
  String.raw`^\[(|[${CC_WORD}.#%{,"'].*)\]$`
);
var BlockAttributeLineRx = ru(
  String.raw`^\[(?:|[${CC_WORD}.#%{,"'].*|\[(?:|[${CC_ALPHA}_:][${CC_WORD}\-:.]*(?:, *.+)?)\])\]$`
);
var BlockTitleRx = /^\.(\.?[^ \t.].*)$/;
var AdmonitionParagraphRx = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+/;
var LiteralParagraphRx = /^([ \t]+.*)$/;
var AtxSectionTitleRx = /^(=={0,5})[ \t]+(.+?)(?:[ \t]+\1)?$/;
var ExtAtxSectionTitleRx = /^(=={0,5}|##{0,5})[ \t]+(.+?)(?:[ \t]+\1)?$/;
var SetextSectionTitleRx = ru(String.raw`^((?!\.).*?${CG_ALNUM}.*)$`);
var InlineSectionAnchorRx = ru(
  String.raw` (\\)?\[\[([${CC_ALPHA}_:][${CC_WORD}\-:.]*)(?:, *(.+?))?\]\]$`
);
var InvalidSectionIdCharsRx = ru(
  String.raw`<[^>]+>|&(?:[a-z][a-z]+\d{0,2}|#\d\d\d{0,4}|#x[\da-f][\da-f][\da-f]{0,3});|[^ ${CC_WORD}\-.]+?`
);
var SectionLevelStyleRx = /^sect\d$/;
var AnyListRx = /^(?:[ \t]*(?:-|\*\**|\.\.*|\u2022|\d+\.|[a-zA-Z]\.|[IVXivx]+\))[ \t]|(?!\/\/[^/])[ \t]*[^ \t].*?(?::::{0,2}|;;)(?:$|[ \t])|<(?:\d+|\.)>[ \t])/;
var UnorderedListRx = /^[ \t]*(-|\*\**|\u2022)[ \t]+([\s\S]*)$/;
var OrderedListRx = /^[ \t]*(\.\.*|\d+\.|[a-zA-Z]\.|[IVXivx]+\))[ \t]+([\s\S]*)$/;
var OrderedListMarkerRxMap = {
  arabic: /\d+\./,
  loweralpha: /[a-z]\./,
  lowerroman: /[ivx]+\)/,
  upperalpha: /[A-Z]\./,
  upperroman: /[IVX]+\)/
};
var DescriptionListRx = /^(?!\/\/[^/])[ \t]*([^ \t].*?)(:::{0,2}|;;)(?:$|[ \t]+([\s\S]*)$)/;
var DescriptionListSiblingRx = {
  "::": /^(?!\/\/[^/])[ \t]*([^ \t].*?[^:]|[^ \t:])(::)(?:$|[ \t]+([\s\S]*)$)/,
  ":::": /^(?!\/\/[^/])[ \t]*([^ \t].*?[^:]|[^ \t:])(:::)(?:$|[ \t]+([\s\S]*)$)/,
  "::::": /^(?!\/\/[^/])[ \t]*([^ \t].*?[^:]|[^ \t:])(::::)(?:$|[ \t]+([\s\S]*)$)/,
  ";;": /^(?!\/\/[^/])[ \t]*([^ \t].*?)(;;)(?:$|[ \t]+([\s\S]*)$)/
};
var CalloutListRx = /^<(\d+|\.)>[ \t]+([\s\S]*)$/;
var CalloutExtractRx = /((?:\/\/|#|--|;;) ?)?(\\)?<!?(|--)(\d+|\.)\3>(?=(?: ?\\?<!?\3(?:\d+|\.)\3>)*$)/m;
var CalloutExtractRxt = "(\\\\)?<()([\\d]+|\\.)>(?=(?: ?\\\\?<(?:\\d+|\\.)>)*$)";
var CalloutExtractRxMap = makeLazyRxMap((key) => {
  const prefix = key ? `(${escapeRegex(key)} ?)?` : "()?";
  return new RegExp(`${prefix}${CalloutExtractRxt}`, "m");
});
var CalloutScanRx = /\\?<!?(|--)(\d+|\.)\1>(?=(?: ?\\?<!?\1(?:\d+|\.)\1>)*$)/m;
var CalloutSourceRx = /((?:\/\/|#|--|;;) ?)?(\\)?&lt;!?(|--)(\d+|\.)\3&gt;(?=(?: ?\\?&lt;!?\3(?:\d+|\.)\3&gt;)*$)/m;
var CalloutSourceRxt = "(\\\\)?&lt;()([\\d]+|\\.)&gt;(?=(?: ?\\\\?&lt;(?:\\d+|\\.)&gt;)*$)";
var CalloutSourceRxMap = makeLazyRxMap((key) => {
  const prefix = key ? `(${escapeRegex(key)} ?)?` : "()?";
  return new RegExp(`${prefix}${CalloutSourceRxt}`, "m");
});
var ListRxMap = {
  ulist: UnorderedListRx,
  olist: OrderedListRx,
  dlist: DescriptionListRx,
  colist: CalloutListRx
};
var ColumnSpecRx = /^(?:(\d+)\*)?([<^>](?:\.[<^>]?)?|(?:[<^>]?\.)?[<^>])?(\d+%?|~)?([a-z])?$/;
var CellSpecStartRx = /^[ \t]*(?:(\d+(?:\.\d*)?|(?:\d*\.)?\d+)([*+]))?([<^>](?:\.[<^>]?)?|(?:[<^>]?\.)?[<^>])?([a-z])?$/;
var CellSpecEndRx = /[ \t]+(?:(\d+(?:\.\d*)?|(?:\d*\.)?\d+)([*+]))?([<^>](?:\.[<^>]?)?|(?:[<^>]?\.)?[<^>])?([a-z])?$/;
var CustomBlockMacroRx = ru(
  String.raw`^(${CG_WORD}[${CC_WORD}\-]*)::(|\S|\S.*?\S)\[(.+)?\]$`
);
var BlockMediaMacroRx = /^(image|video|audio)::(\S|\S.*?\S)\[(.+)?\]$/;
var BlockTocMacroRx = /^toc::\[(.+)?\]$/;
var InlineAnchorRx = ru(
  String.raw`(\\)?(?:\[\[([${CC_ALPHA}_:][${CC_WORD}\-:.]*)(?:, *(.+?))? ?\]\]` + String.raw`|anchor:([${CC_ALPHA}_:][${CC_WORD}\-:.]*)\[(?:\]|([\s\S]*?[^\\])\]))`
);
var InlineAnchorScanRx = ru(
  String.raw`(?:^|[^\\\[])\[\[([${CC_ALPHA}_:][${CC_WORD}\-:.]*)(?:, *(.+?))? ?\]\]` + String.raw`|(?:^|[^\\])anchor:([${CC_ALPHA}_:][${CC_WORD}\-:.]*)\[(?:\]|(.*?[^\\])\])`
);
var LeadingInlineAnchorRx = ru(
  String.raw`^\[\[([${CC_ALPHA}_:][${CC_WORD}\-:.]*)(?:, *(.+?))?\]\]`
);
var InlineBiblioAnchorRx = ru(
  String.raw`^\[\[\[([${CC_ALPHA}_:][${CC_WORD}\-:.]*)(?:, *(.+?))?\]\]\]`
);
var InlineEmailRx = ru(
  String.raw`([\\>:/])?${CG_WORD}(?:&amp;|[${CC_WORD}\-.%+])*` + String.raw`@${CG_ALNUM}[${CC_ALNUM}_\-.]*\.[a-zA-Z]{2,5}\b`
);
var InlineFootnoteMacroRx = ru(
  String.raw`\\?footnote(?:(ref):|:([${CC_WORD}\-]+)?)\[(?:|([\s\S]*?[^\\]))\](?!</a>)`
);
var InlineImageMacroRx = /\\?i(?:mage|con):([^:\s[](?:[^\n[]*[^\s[])?)\[(|[\s\S]*?[^\\])\]/;
var InlineIndextermMacroRx = /\\?(?:(indexterm2?):\[([\s\S]*?[^\\])\]|\(\(([\s\S]+?)\)\)(?!\)))/;
var InlineKbdBtnMacroRx = /(\\)?(kbd|btn):\[([\s\S]*?[^\\])\]/;
var InlineLinkRx = /(^|link:|[ \t\u00a0]|\\?&lt;(?=\\?(?:https?|file|ftp|irc)(:))|[>()[\];"'])(\\?(?:https?|file|ftp|irc):\/\/)(?:([^\s[\]]+)\[(|[\s\S]*?[^\\])\]|(?!\2)([^\s]+?)&gt;|([^\s[\]<]*([^\s,.?![\]<)])))/m;
var InlineLinkMacroRx = /\\?(?:link|(mailto)):(|[^:\s[][^\s[]*)\[(|[\s\S]*?[^\\])\]/;
var MacroNameRx = ru(String.raw`^${CG_WORD}[${CC_WORD}\-]*$`);
var InlineStemMacroRx = /\\?(stem|(?:latex|ascii)math):([a-z]+(?:,[a-z-]+)*)?\[([\s\S]*?[^\\])\]/;
var InlineMenuMacroRx = ru(
  String.raw`\\?menu:(${CG_WORD}|[${CC_WORD}&][^\n\[]*[^\s\[])` + String.raw`\[ *(?:|([\s\S]*?[^\\]))\]`
);
var InlineMenuRx = ru(
  String.raw`\\?"([${CC_WORD}&][^"]*?[ \n]+&gt;[ \n]+[^"]*)"`
);
var InlinePassRx = {
  false: [
    "+",
    "-]",
    ru(
      String.raw`((?:^|[^${CC_WORD};:\\])(?=(\[)|\+)|\\(?=\[)|(?=\\\+))` + String.raw`(?:\2(x-|[^\[\]]+ x-)\]|(?:` + QuoteAttributeListRxt + String.raw`)?(?=(\\)?\+))` + String.raw`(\5?(\+|` + "`" + String.raw`)(\S|\S` + CC_ALL + String.raw`*?\S)\7)(?!${CG_WORD})`,
      "m"
    )
  ],
  true: [
    "`",
    null,
    ru(
      String.raw`(^|[^` + "`" + String.raw`${CC_WORD}])(?:($)()|(?:` + QuoteAttributeListRxt + String.raw`)(?=(\\?)))?` + String.raw`(\5?(` + "`" + String.raw`)([^` + "`" + String.raw`\s]|[^` + "`" + String.raw`\s]` + CC_ALL + String.raw`*?\S)\7)(?![` + "`" + String.raw`${CC_WORD}])`,
      "m"
    )
  ]
};
var InlinePassMacroRx = new RegExp(
  `(?:(?:(\\\\?)${QuoteAttributeListRxt})?(\\\\{0,2})(\\+\\+\\+?|\\$\\$)([\\s\\S]*?)\\4|(\\\\?)pass:([a-z]+(?:,[a-z-]+)*)?\\[(|[\\s\\S]*?[^\\\\])\\])`
);
var InlineXrefMacroRx = ru(
  String.raw`\\?(?:&lt;&lt;([${CC_WORD}#/.:{]` + CC_ALL + String.raw`*?)&gt;&gt;` + String.raw`|xref:([${CC_WORD}#/.:{]` + CC_ALL + String.raw`*?)\[(?:\]|(` + CC_ALL + String.raw`*?[^\\])\]))`
);
var HardLineBreakRx = /^(.*) \+$/m;
var MarkdownThematicBreakRx = /^ {0,3}([-*_])( *)\1\2\1$/;
var ExtLayoutBreakRx = /^(?:'{3,}|<{3,}|([-*_])( *)\1\2\1)$/;
var BlankLineRx = /\n{2,}/;
var EscapedSpaceRx = /\\([ \t\n])/g;
var ReplaceableTextRx = /[&']|--|\.\.\.|\([CRT]M?\)/;
var SpaceDelimiterRx = /([^\\])[ \t\n]+/g;
var SubModifierSniffRx = /[+-]/;
var TrailingDigitsRx = /\d+$/;
var UriSniffRx = ru(String.raw`^${CG_ALPHA}[${CC_ALNUM}.+\-]+:\/{0,2}`);
var XmlSanitizeRx = /<[^>]+>/g;

// node_modules/@asciidoctor/core/src/constants.js
var ru2 = (src, flags = "") => new RegExp(src, `u${flags}`);
var _safeModeNamesByValue = {
  0: "unsafe",
  1: "safe",
  10: "server",
  20: "secure"
};
var SafeMode = {
  /**
   * A safe mode level that disables any of the security features enforced
   * by Asciidoctor (Node is still subject to its own restrictions).
   */
  UNSAFE: 0,
  /**
   * A safe mode level that closely parallels safe mode in AsciiDoc. This value
   * prevents access to files which reside outside the parent directory of
   * the source file and disables any macro other than the `include::[]` directive.
   */
  SAFE: 1,
  /**
   * A safe mode level that disallows the document from setting attributes
   * that would affect the conversion of the document, in addition to all the
   * security features of {@link SafeMode.SAFE}. For instance, this level forbids
   * changing the backend or source-highlighter using an attribute defined
   * in the source document header. This is the most fundamental level of
   * security for server deployments (hence the name).
   */
  SERVER: 10,
  /**
   * A safe mode level that disallows the document from attempting to read
   * files from the file system and including the contents of them into the
   * document, in additional to all the security features of {@link SafeMode.SERVER}.
   * For instance, this level disallows use of the `include::[]` directive and the
   * embedding of binary content (data uri), stylesheets and JavaScripts
   * referenced by the document. (Asciidoctor and trusted extensions may still
   * be allowed to embed trusted content into the document).
   *
   * Since Asciidoctor is aiming for wide adoption, this level is the default
   * and is recommended for server deployments.
   */
  SECURE: 20,
  /**
   * Returns the numeric value for a safe-mode name string, or undefined.
   * @param {string} name
   * @returns {number|undefined}
   */
  valueForName(name) {
    const key = String(name).toUpperCase();
    const v = SafeMode[key];
    return typeof v === "number" ? v : void 0;
  },
  /**
   * @param {string} name
   * @returns {number|undefined}
   */
  getValueForName(name) {
    return this.valueForName(name);
  },
  /**
   * Returns the lowercase name for a numeric safe-mode value, or undefined.
   * @param {number} value
   * @returns {string|undefined}
   */
  nameForValue(value) {
    return _safeModeNamesByValue[value];
  },
  /**
   * @param {number} value
   * @returns {string|undefined}
   */
  getNameForValue(value) {
    return this.nameForValue(value);
  },
  /**
   * Returns all safe-mode names in ascending value order.
   * @returns {string[]}
   */
  names() {
    return Object.values(_safeModeNamesByValue);
  },
  /**
   * @returns {string[]}
   */
  getNames() {
    return this.names();
  }
};
var ContentModel = {
  /** The block contains other blocks (sections, sidebars, admonitions, …). */
  COMPOUND: "compound",
  /** The block holds a paragraph of prose that receives normal substitutions. */
  SIMPLE: "simple",
  /** The block holds verbatim text displayed as-is with verbatim substitutions (listing, literal). */
  VERBATIM: "verbatim",
  /** The block holds unprocessed content passed directly to output with no substitutions (pass). */
  RAW: "raw",
  /** The block has no content (e.g. image, thematic break). */
  EMPTY: "empty"
};
var ROOT_DIR = "";
var LIB_DIR = "";
var DATA_DIR = "";
var USER_HOME = "";
try {
  LIB_DIR = new URL(".", import.meta.url).pathname.replace(/\/$/, "");
  ROOT_DIR = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
  DATA_DIR = new URL("../../data", import.meta.url).pathname;
  if (typeof process !== "undefined") {
    USER_HOME = process.env.HOME || process.env.USERPROFILE || (process.cwd ? process.cwd() : "");
  }
} catch {
}
var LF = "\n";
var NULL = "\0";
var TAB = "	";
var MAX_INT = 9007199254740991;
var DEFAULT_DOCTYPE = "article";
var DEFAULT_BACKEND = "html5";
var DEFAULT_STYLESHEET_KEYS = /* @__PURE__ */ new Set(["", "DEFAULT"]);
var DEFAULT_STYLESHEET_NAME = "asciidoctor.css";
var BACKEND_ALIASES = {
  html: "html5",
  docbook: "docbook5"
};
var DEFAULT_PAGE_WIDTHS = { docbook: 425 };
var DEFAULT_EXTENSIONS = {
  html: ".html",
  docbook: ".xml",
  pdf: ".pdf",
  epub: ".epub",
  manpage: ".man",
  asciidoc: ".adoc"
};
var ASCIIDOC_EXTENSIONS = {
  ".adoc": true,
  ".asciidoc": true,
  ".asc": true,
  ".ad": true,
  ".txt": true
};
var SETEXT_SECTION_LEVELS = {
  "=": 0,
  "-": 1,
  "~": 2,
  "^": 3,
  "+": 4
};
var ADMONITION_STYLES = /* @__PURE__ */ new Set([
  "NOTE",
  "TIP",
  "IMPORTANT",
  "WARNING",
  "CAUTION"
]);
var ADMONITION_STYLE_HEADS = new Set(
  [...ADMONITION_STYLES].map((s) => s[0])
);
var PARAGRAPH_STYLES = /* @__PURE__ */ new Set([
  "comment",
  "example",
  "literal",
  "listing",
  "normal",
  "open",
  "pass",
  "quote",
  "sidebar",
  "source",
  "verse",
  "abstract",
  "partintro"
]);
var VERBATIM_STYLES = /* @__PURE__ */ new Set([
  "literal",
  "listing",
  "source",
  "verse"
]);
var DELIMITED_BLOCKS = {
  "--": [
    "open",
    /* @__PURE__ */ new Set([
      "comment",
      "example",
      "literal",
      "listing",
      "pass",
      "quote",
      "sidebar",
      "source",
      "verse",
      "admonition",
      "abstract",
      "partintro"
    ])
  ],
  "----": ["listing", /* @__PURE__ */ new Set(["literal", "source"])],
  "....": ["literal", /* @__PURE__ */ new Set(["listing", "source"])],
  "====": ["example", /* @__PURE__ */ new Set(["admonition"])],
  "****": ["sidebar", /* @__PURE__ */ new Set()],
  ____: ["quote", /* @__PURE__ */ new Set(["verse"])],
  "++++": ["pass", /* @__PURE__ */ new Set(["stem", "latexmath", "asciimath"])],
  "|===": ["table", /* @__PURE__ */ new Set()],
  ",===": ["table", /* @__PURE__ */ new Set()],
  ":===": ["table", /* @__PURE__ */ new Set()],
  "!===": ["table", /* @__PURE__ */ new Set()],
  "~~~~": ["open", /* @__PURE__ */ new Set(["abstract", "partintro"])],
  "////": ["comment", /* @__PURE__ */ new Set()],
  "```": ["fenced_code", /* @__PURE__ */ new Set()]
};
var DELIMITED_BLOCK_HEADS = Object.fromEntries(
  Object.keys(DELIMITED_BLOCKS).map((k) => [k.slice(0, 2), true])
);
var DELIMITED_BLOCK_TAILS = Object.fromEntries(
  Object.keys(DELIMITED_BLOCKS).filter((k) => k.length === 4).map((k) => [k, k[k.length - 1]])
);
var CAPTION_ATTRIBUTE_NAMES = {
  example: "example-caption",
  figure: "figure-caption",
  listing: "listing-caption",
  table: "table-caption"
};
var LAYOUT_BREAK_CHARS = {
  "'": "thematic_break",
  "<": "page_break"
};
var MARKDOWN_THEMATIC_BREAK_CHARS = {
  "-": "thematic_break",
  "*": "thematic_break",
  _: "thematic_break"
};
var HYBRID_LAYOUT_BREAK_CHARS = {
  ...LAYOUT_BREAK_CHARS,
  ...MARKDOWN_THEMATIC_BREAK_CHARS
};
var NESTABLE_LIST_CONTEXTS = ["ulist", "olist", "dlist"];
var ORDERED_LIST_STYLES = [
  "arabic",
  "loweralpha",
  "lowerroman",
  "upperalpha",
  "upperroman"
];
var ORDERED_LIST_KEYWORDS = {
  loweralpha: "a",
  lowerroman: "i",
  upperalpha: "A",
  upperroman: "I"
};
var ATTR_REF_HEAD = "{";
var LIST_CONTINUATION = "+";
var HARD_LINE_BREAK = " +";
var LINE_CONTINUATION = " \\";
var LINE_CONTINUATION_LEGACY = " +";
var BLOCK_MATH_DELIMITERS = {
  asciimath: ["\\$", "\\$"],
  latexmath: ["\\[", "\\]"]
};
var INLINE_MATH_DELIMITERS = {
  asciimath: ["\\$", "\\$"],
  latexmath: ["\\(", "\\)"]
};
var STEM_TYPE_ALIASES = new Proxy(
  { latexmath: "latexmath", latex: "latexmath", tex: "latexmath" },
  {
    get: (target, key) => Object.hasOwn(target, key) ? target[key] : "asciimath"
  }
);
var FONT_AWESOME_VERSION = "4.7.0";
var FONT_AWESOME_FREE_VERSION = "7.3.1";
var HIGHLIGHT_JS_VERSION = "9.18.3";
var MATHJAX_VERSION = "2.7.9";
var DEFAULT_ATTRIBUTES = {
  "appendix-caption": "Appendix",
  "appendix-refsig": "Appendix",
  "caution-caption": "Caution",
  "chapter-refsig": "Chapter",
  "example-caption": "Example",
  "figure-caption": "Figure",
  "important-caption": "Important",
  "last-update-label": "Last updated",
  "note-caption": "Note",
  "part-refsig": "Part",
  prewrap: "",
  sectids: "",
  "section-refsig": "Section",
  "table-caption": "Table",
  "tip-caption": "Tip",
  "toc-placement": "auto",
  "toc-title": "Table of Contents",
  "untitled-label": "Untitled",
  "version-label": "Version",
  "warning-caption": "Warning"
};
var FLEXIBLE_ATTRIBUTES = ["sectnums"];
var INTRINSIC_ATTRIBUTES = {
  startsb: "[",
  endsb: "]",
  vbar: "|",
  caret: "^",
  asterisk: "*",
  tilde: "~",
  plus: "&#43;",
  backslash: "\\",
  backtick: "`",
  blank: "",
  empty: "",
  sp: " ",
  "two-colons": "::",
  "two-semicolons": ";;",
  nbsp: "&#160;",
  deg: "&#176;",
  zwsp: "&#8203;",
  quot: "&#34;",
  apos: "&#39;",
  lsquo: "&#8216;",
  rsquo: "&#8217;",
  ldquo: "&#8220;",
  rdquo: "&#8221;",
  wj: "&#8288;",
  brvbar: "&#166;",
  pp: "&#43;&#43;",
  cpp: "C&#43;&#43;",
  cxx: "C&#43;&#43;",
  amp: "&",
  lt: "<",
  gt: ">"
};
var BT = "`";
var _normalQuoteSubs = [
  // **strong**
  [
    "strong",
    "unconstrained",
    ru2(String.raw`\\?(?:${QuoteAttributeListRxt})?\*\*(${CC_ALL}+?)\*\*`)
  ],
  // *strong*
  [
    "strong",
    "constrained",
    ru2(
      String.raw`(^|[^${CC_WORD};:}])(?:${QuoteAttributeListRxt})?\*(\S|\S${CC_ALL}*?\S)\*(?!${CG_WORD})`,
      "m"
    )
  ],
  // "`double-quoted`"
  [
    "double",
    "constrained",
    ru2(
      String.raw`(^|[^${CC_WORD};:}])(?:${QuoteAttributeListRxt})?"${BT}(\S|\S${CC_ALL}*?\S)${BT}"(?!${CG_WORD})`,
      "m"
    )
  ],
  // '`single-quoted`'
  [
    "single",
    "constrained",
    ru2(
      String.raw`(^|[^${CC_WORD};:${BT}}])(?:${QuoteAttributeListRxt})?'${BT}(\S|\S${CC_ALL}*?\S)${BT}'(?!${CG_WORD})`,
      "m"
    )
  ],
  // ``monospaced``
  [
    "monospaced",
    "unconstrained",
    ru2(
      String.raw`\\?(?:${QuoteAttributeListRxt})?${BT}${BT}(${CC_ALL}+?)${BT}${BT}`
    )
  ],
  // `monospaced`
  [
    "monospaced",
    "constrained",
    ru2(
      String.raw`(^|[^${CC_WORD};:"'${BT}}])(?:${QuoteAttributeListRxt})?${BT}(\S|\S${CC_ALL}*?\S)${BT}(?![${CC_WORD}"'${BT}])`,
      "m"
    )
  ],
  // __emphasis__
  [
    "emphasis",
    "unconstrained",
    ru2(String.raw`\\?(?:${QuoteAttributeListRxt})?__(${CC_ALL}+?)__`)
  ],
  // _emphasis_
  [
    "emphasis",
    "constrained",
    ru2(
      String.raw`(^|[^${CC_WORD};:}])(?:${QuoteAttributeListRxt})?_(\S|\S${CC_ALL}*?\S)_(?!${CG_WORD})`,
      "m"
    )
  ],
  // ##mark##
  [
    "mark",
    "unconstrained",
    ru2(String.raw`\\?(?:${QuoteAttributeListRxt})?##(${CC_ALL}+?)##`)
  ],
  // #mark#
  [
    "mark",
    "constrained",
    ru2(
      String.raw`(^|[^${CC_WORD}&;:}])(?:${QuoteAttributeListRxt})?#(\S|\S${CC_ALL}*?\S)#(?!${CG_WORD})`,
      "m"
    )
  ],
  // ^superscript^
  [
    "superscript",
    "unconstrained",
    ru2(String.raw`\\?(?:${QuoteAttributeListRxt})?\^(\S+?)\^`)
  ],
  // ~subscript~
  [
    "subscript",
    "unconstrained",
    ru2(String.raw`\\?(?:${QuoteAttributeListRxt})?~(\S+?)~`)
  ]
];
var _compatQuoteSubs = [..._normalQuoteSubs];
_compatQuoteSubs[2] = [
  "double",
  "constrained",
  ru2(
    String.raw`(^|[^${CC_WORD};:}])(?:${QuoteAttributeListRxt})?${BT}${BT}(\S|\S${CC_ALL}*?\S)''(?!${CG_WORD})`,
    "m"
  )
];
_compatQuoteSubs[3] = [
  "single",
  "constrained",
  ru2(
    String.raw`(^|[^${CC_WORD};:}])(?:${QuoteAttributeListRxt})?${BT}(\S|\S${CC_ALL}*?\S)'(?!${CG_WORD})`,
    "m"
  )
];
_compatQuoteSubs[4] = [
  "monospaced",
  "unconstrained",
  ru2(String.raw`\\?(?:${QuoteAttributeListRxt})?\+\+(${CC_ALL}+?)\+\+`)
];
_compatQuoteSubs[5] = [
  "monospaced",
  "constrained",
  ru2(
    String.raw`(^|[^${CC_WORD};:}])(?:${QuoteAttributeListRxt})?\+(\S|\S${CC_ALL}*?\S)\+(?!${CG_WORD})`,
    "m"
  )
];
_compatQuoteSubs.splice(3, 0, [
  "emphasis",
  "constrained",
  ru2(
    String.raw`(^|[^${CC_WORD};:}])(?:${QuoteAttributeListRxt})?'(\S|\S${CC_ALL}*?\S)'(?!${CG_WORD})`,
    "m"
  )
]);
var QUOTE_SUBS = { false: _normalQuoteSubs, true: _compatQuoteSubs };
var REPLACEMENTS = [
  // (C)
  [/\\?\(C\)/, "&#169;", "none"],
  // (R)
  [/\\?\(R\)/, "&#174;", "none"],
  // (TM)
  [/\\?\(TM\)/, "&#8482;", "none"],
  // foo -- bar  (either space may be a newline; ^ / $ are line anchors → 'm' flag)
  [/(?: |\n|^|\\)--(?: |\n|$)/m, "&#8201;&#8212;&#8201;", "none"],
  // foo--bar
  [
    ru2(String.raw`(${CG_WORD})\\?--(?=${CG_WORD})`),
    "&#8212;&#8203;",
    "leading"
  ],
  // ellipsis
  [/\\?\.\.\./, "&#8230;&#8203;", "none"],
  // right single quote
  [/\\?`'/, "&#8217;", "none"],
  // apostrophe (inside a word)
  [ru2(String.raw`(${CG_ALNUM})\\?'(?=${CG_ALPHA})`), "&#8217;", "leading"],
  // right arrow ->
  [/\\?-&gt;/, "&#8594;", "none"],
  // right double arrow =>
  [/\\?=&gt;/, "&#8658;", "none"],
  // left arrow <-
  [/\\?&lt;-/, "&#8592;", "none"],
  // left double arrow <=
  [/\\?&lt;=/, "&#8656;", "none"],
  // restore entities
  [
    /\\?(&)amp;((?:[a-zA-Z][a-zA-Z]+\d{0,2}|#\d\d\d{0,4}|#x[\da-fA-F][\da-fA-F][\da-fA-F]{0,3});)/,
    "",
    "bounding"
  ]
];
var BASIC_SUBS = Object.freeze(["specialcharacters"]);
var NORMAL_SUBS = Object.freeze([
  "specialcharacters",
  "quotes",
  "attributes",
  "replacements",
  "macros",
  "post_replacements"
]);

// node_modules/@asciidoctor/core/src/logging.js
var Severity = {
  DEBUG: 0,
  INFO: 1,
  WARN: 2,
  ERROR: 3,
  FATAL: 4,
  UNKNOWN: 5
};
var SEVERITY_LABEL = ["DEBUG", "INFO", "WARN", "ERROR", "FATAL", "ANY"];
var SEVERITY_LABEL_SUBSTITUTES = { WARN: "WARNING", FATAL: "FAILED" };
function resolveSeverity(severity) {
  if (typeof severity === "number") return severity;
  if (typeof severity === "string")
    return Severity[severity.toUpperCase()] ?? Severity.UNKNOWN;
  return severity ?? Severity.UNKNOWN;
}
var _loggerStore = null;
var _loggerStorePromise = null;
async function _ensureLoggerStore() {
  if (_loggerStorePromise === null) {
    _loggerStorePromise = typeof process !== "undefined" ? import("node:async_hooks").then(({ AsyncLocalStorage }) => {
      const store = new AsyncLocalStorage();
      _loggerStore = store;
      return store;
    }).catch(() => null) : Promise.resolve(null);
  }
  return _loggerStorePromise;
}
function getContextLogger() {
  return _loggerStore?.getStore() ?? null;
}
async function withLogger(logger, fn) {
  const store = await _ensureLoggerStore();
  if (store) {
    return store.run(logger, fn);
  }
  const prev = LoggerManager.logger;
  if (logger !== prev) LoggerManager.logger = logger;
  try {
    return await fn();
  } finally {
    if (logger !== prev) LoggerManager.logger = prev;
  }
}
var Logger = class _Logger {
  /**
   * @param {Object} [opts]
   * @param {string} [opts.progname]
   * @param {number} [opts.level]
   * @param {{call: Function}} [opts.formatter]
   * @param {{write: (line: string) => void}|((line: string, severity: number) => void)|null} [opts.pipe] -
   *   Destination for formatted output lines, mirroring Ruby's `Logger.new(logdev)`.
   *   Accepts anything with a `write(line)` method (e.g. a Node stream), or a plain
   *   function called as `(line, severity)` — the numeric severity lets a function-style
   *   pipe route by level (e.g. console.error for ERROR+, console.warn for WARN) without
   *   overriding add(). Defaults to `process.stderr`/`console.error` when omitted.
   */
  constructor(opts = {}) {
    this.progname = opts.progname ?? "asciidoctor";
    this.level = opts.level ?? Severity.WARN;
    this._maxSeverity = null;
    this._formatter = opts.formatter ?? new _Logger.BasicFormatter();
    this._pipe = opts.pipe ?? null;
  }
  /** getter/setter so custom logger impls can access this.formatter */
  get formatter() {
    return this._formatter;
  }
  set formatter(f) {
    this._formatter = f;
  }
  /**
   * @returns {number|null} The highest severity level logged so far.
   */
  get maxSeverity() {
    return this._maxSeverity;
  }
  // Fluent getters/setters (used by the public API consumed by tests)
  getLevel() {
    return this.level;
  }
  setLevel(n) {
    this.level = n;
  }
  getFormatter() {
    return this._formatter;
  }
  setFormatter(f) {
    this._formatter = f;
  }
  getProgramName() {
    return this.progname;
  }
  setProgramName(n) {
    this.progname = n;
  }
  getMaxSeverity() {
    return this._maxSeverity;
  }
  /**
   * @returns {boolean} Whether DEBUG-level messages will be logged.
   */
  isDebugEnabled() {
    return this.level <= Severity.DEBUG;
  }
  /**
   * @returns {boolean} Whether INFO-level messages will be logged.
   */
  isInfoEnabled() {
    return this.level <= Severity.INFO;
  }
  /**
   * @returns {boolean} Whether WARN-level messages will be logged.
   */
  isWarnEnabled() {
    return this.level <= Severity.WARN;
  }
  /**
   * @returns {boolean} Whether ERROR-level messages will be logged.
   */
  isErrorEnabled() {
    return this.level <= Severity.ERROR;
  }
  /**
   * @returns {boolean} Whether FATAL-level messages will be logged.
   */
  isFatalEnabled() {
    return this.level <= Severity.FATAL;
  }
  // Kept for internal compatibility
  isDebug() {
    return this.level <= Severity.DEBUG;
  }
  isInfo() {
    return this.level <= Severity.INFO;
  }
  /**
   * Log a message at the given severity level.
   * @param {number|string} severity - Severity level (numeric constant or string name).
   * @param {string|{inspect?(): string}|null} [message=null] - The message to log.
   * @param {string|Function|null} [progname=null] - Program name or message supplier function.
   * @returns {boolean}
   */
  add(severity, message = null, progname = null) {
    severity = resolveSeverity(severity);
    if (this._maxSeverity === null || severity > this._maxSeverity) {
      this._maxSeverity = severity;
    }
    if (severity < this.level) return true;
    const text = message ?? (typeof progname === "function" ? progname() : progname);
    const label = SEVERITY_LABEL[severity] ?? "ANY";
    const line = this._formatter.call(label, null, this.progname, text);
    this._writeln(line, severity);
    return true;
  }
  /**
   * Alias for {@link add} (Ruby Logger API).
   * @param {number|string} severity
   * @param {string|{inspect?(): string}|null} [message=null]
   * @param {string|Function|null} [progname=null]
   * @returns {boolean}
   */
  log(severity, message, progname) {
    return this.add(severity, message, progname);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [progname=null]
   * @returns {boolean}
   */
  debug(msg, progname) {
    return this.add(Severity.DEBUG, msg, progname);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [progname=null]
   * @returns {boolean}
   */
  info(msg, progname) {
    return this.add(Severity.INFO, msg, progname);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [progname=null]
   * @returns {boolean}
   */
  warn(msg, progname) {
    return this.add(Severity.WARN, msg, progname);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [progname=null]
   * @returns {boolean}
   */
  error(msg, progname) {
    return this.add(Severity.ERROR, msg, progname);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [progname=null]
   * @returns {boolean}
   */
  fatal(msg, progname) {
    return this.add(Severity.FATAL, msg, progname);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [progname=null]
   * @returns {boolean}
   */
  unknown(msg, progname) {
    return this.add(Severity.UNKNOWN, msg, progname);
  }
  /**
   * Write a formatted line to the configured pipe, or fall back to stderr/console.error.
   * @param {string} line
   * @param {number} severity - Numeric severity, forwarded to a function-style pipe so
   *   it can route by level (e.g. console.error vs console.warn) without overriding add().
   *   Not passed to an object-style pipe's write(), to stay compatible with Node's
   *   Writable#write(chunk, encoding) signature.
   * @internal
   */
  _writeln(line, severity) {
    if (this._pipe) {
      typeof this._pipe.write === "function" ? this._pipe.write(line) : this._pipe(line, severity);
    } else if (typeof process !== "undefined" && process.stderr?.write) {
      process.stderr.write(line);
    } else {
      console.error(line.replace(/\n$/, ""));
    }
  }
};
Logger.BasicFormatter = class {
  /**
   * Format a log entry as "progname: SEVERITY: message\n".
   * @param {number|string} severity
   * @param {null} _time
   * @param {string} progname
   * @param {string|{inspect?(): string}} msg
   * @returns {string}
   */
  call(severity, _time, progname, msg) {
    const label = typeof severity === "number" ? SEVERITY_LABEL[severity] ?? "ANY" : severity;
    const substituted = SEVERITY_LABEL_SUBSTITUTES[label] ?? label;
    const text = typeof msg === "string" ? msg : msg?.inspect?.() ?? String(msg);
    return `${progname}: ${substituted}: ${text}
`;
  }
};
Logger.AutoFormattingMessage = {
  /**
   * Attach auto-formatting to any plain object carrying
   * { text, source_location, include_location }.
   *
   * The location(s) are rendered only by inspect()/toString() (used when a
   * stderr Logger formats the line); the structured `source_location` /
   * `include_location` remain on the object so a MemoryLogger can record them
   * on the resulting LogMessage without duplicating them inside `text`.
   * @param {{text: string, source_location?: any, include_location?: any}} obj
   * @returns {typeof obj} The same object with inspect() and toString() added.
   */
  attach(obj) {
    obj.inspect = function() {
      const sloc = this.source_location;
      const iloc = this.include_location;
      let text = sloc ? `${sloc}: ${this.text}` : this.text;
      if (iloc) text += ` (${iloc})`;
      return text;
    };
    obj.toString = obj.inspect;
    return obj;
  }
};
var LogMessage = class {
  /**
   * @param {string} severity - Severity label, e.g. 'ERROR'.
   * @param {string|{text: string, source_location?: import('./reader.js').Cursor}|null} message
   */
  constructor(severity, message) {
    this.message = message;
    this.severity = severity;
    if (message !== null && typeof message === "object" && "text" in message) {
      this.text = message.text;
      this.sourceLocation = message.source_location ?? null;
    } else {
      this.text = message != null ? String(message) : "";
      this.sourceLocation = null;
    }
  }
  /**
   * @returns {string} The severity label, e.g. 'ERROR'.
   */
  getSeverity() {
    return this.severity;
  }
  /**
   * @returns {string} The message text.
   */
  getText() {
    return this.text;
  }
  /**
   * @returns {import('./reader.js').Cursor|undefined} The source location, if any.
   */
  getSourceLocation() {
    return this.sourceLocation ?? void 0;
  }
};
var MemoryLogger = class _MemoryLogger {
  constructor() {
    this.level = Severity.UNKNOWN;
    this.messages = [];
  }
  static create() {
    return new _MemoryLogger();
  }
  /**
   * @returns {LogMessage[]} The log messages recorded so far, in order.
   */
  getMessages() {
    return this.messages;
  }
  getMaxSeverity() {
    if (this.messages.length === 0) return null;
    return Math.max(
      ...this.messages.map((m) => Severity[m.getSeverity()] ?? Severity.UNKNOWN)
    );
  }
  add(severity, message = null, progname = null) {
    const sev = resolveSeverity(severity);
    const msg = message ?? (typeof progname === "function" ? progname() : progname);
    const severityName = SEVERITY_LABEL[sev] ?? "UNKNOWN";
    this.messages.push(new LogMessage(severityName, msg));
    return true;
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [pn=null]
   * @returns {boolean}
   */
  debug(msg, pn) {
    return this.add(Severity.DEBUG, msg, pn);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [pn=null]
   * @returns {boolean}
   */
  info(msg, pn) {
    return this.add(Severity.INFO, msg, pn);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [pn=null]
   * @returns {boolean}
   */
  warn(msg, pn) {
    return this.add(Severity.WARN, msg, pn);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [pn=null]
   * @returns {boolean}
   */
  error(msg, pn) {
    return this.add(Severity.ERROR, msg, pn);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [pn=null]
   * @returns {boolean}
   */
  fatal(msg, pn) {
    return this.add(Severity.FATAL, msg, pn);
  }
  /**
   * @param {string|{inspect?(): string}|null} [msg=null]
   * @param {string|Function|null} [pn=null]
   * @returns {boolean}
   */
  unknown(msg, pn) {
    return this.add(Severity.UNKNOWN, msg, pn);
  }
  /**
   * @param {number|string} severity
   * @param {string|{inspect?(): string}|null} [message=null]
   * @param {string|Function|null} [progname=null]
   * @returns {boolean}
   */
  log(severity, message, progname) {
    return this.add(severity, message, progname);
  }
  isDebug() {
    return this.level <= Severity.DEBUG;
  }
  isInfo() {
    return this.level <= Severity.INFO;
  }
  /**
   * Write a string at INFO level (trailing newline stripped).
   * Allows MemoryLogger to be used with Timings.printReport().
   * @param {string} s
   * @returns {boolean}
   */
  write(s) {
    return this.info(s.replace(/\n$/, ""));
  }
  clear() {
    this.messages.length = 0;
  }
  empty() {
    return this.messages.length === 0;
  }
};
var NullLogger = class _NullLogger extends Logger {
  constructor() {
    super();
    this.level = Severity.UNKNOWN;
    this._maxSeverity = null;
  }
  static create() {
    return new _NullLogger();
  }
  get maxSeverity() {
    return this._maxSeverity;
  }
  getMaxSeverity() {
    return this._maxSeverity;
  }
  add(severity) {
    const sev = resolveSeverity(severity);
    if (this._maxSeverity === null || sev > this._maxSeverity)
      this._maxSeverity = sev;
    return true;
  }
  log(severity) {
    return this.add(severity);
  }
  debug() {
    return this.add(Severity.DEBUG);
  }
  info() {
    return this.add(Severity.INFO);
  }
  warn() {
    return this.add(Severity.WARN);
  }
  error() {
    return this.add(Severity.ERROR);
  }
  fatal() {
    return this.add(Severity.FATAL);
  }
  unknown() {
    return this.add(Severity.UNKNOWN);
  }
};
var LoggerManager = /* @__PURE__ */ (() => {
  let _loggerClass = Logger;
  let _logger = null;
  return {
    get loggerClass() {
      return _loggerClass;
    },
    set loggerClass(cls) {
      _loggerClass = cls;
    },
    get logger() {
      if (!_logger) _logger = new _loggerClass();
      return _logger;
    },
    set logger(newLogger) {
      _logger = newLogger ?? new _loggerClass();
    },
    // Public API (mirrors Ruby LoggerManager)
    getLogger() {
      return this.logger;
    },
    setLogger(newLogger) {
      this.logger = newLogger;
    },
    /**
     * Create a new formatter whose call() delegates to the provided impl.
     * @param {string} _name
     * @param {{call: Function}} impl
     * @returns {{call: Function}}
     */
    newFormatter(_name, impl) {
      return { call: impl.call.bind(impl) };
    },
    /**
     * Create a new Logger instance with custom behaviour supplied via impl.
     * @param {string} _name
     * @param {{add?: (severity: number, message: any, progname: any) => boolean, postConstruct?: (this: Logger) => void}} impl
     *   - `add(severity, message, progname)` — overrides the default add method; severity is always numeric.
     *   - `postConstruct()` — called once after the instance is created (`this` is the logger instance).
     * @returns {Logger}
     */
    newLogger(_name, impl) {
      const inst = new Logger();
      if (impl.add) {
        const customAdd = impl.add;
        inst.add = function(severity, message = null, progname = null) {
          const sev = resolveSeverity(severity);
          if (this._maxSeverity === null || sev > this._maxSeverity) {
            this._maxSeverity = sev;
          }
          return customAdd.call(this, sev, message, progname);
        };
        for (const [meth, sev] of [
          ["debug", Severity.DEBUG],
          ["info", Severity.INFO],
          ["warn", Severity.WARN],
          ["error", Severity.ERROR],
          ["fatal", Severity.FATAL],
          ["unknown", Severity.UNKNOWN]
        ]) {
          inst[meth] = (msg, pn) => inst.add(sev, msg, pn);
        }
        inst.log = (severity, msg, pn) => inst.add(severity, msg, pn);
      }
      if (impl.postConstruct) impl.postConstruct.call(inst);
      return inst;
    }
  };
})();
function applyLogging(proto) {
  Object.defineProperty(proto, "logger", {
    get() {
      return _loggerStore?.getStore() ?? LoggerManager.logger;
    },
    configurable: true
  });
  proto.getLogger = function() {
    return this.logger;
  };
  proto.messageWithContext = (text, context = {}) => Logger.AutoFormattingMessage.attach({ text, ...context });
  proto.createLogMessage = proto.messageWithContext;
}

// node_modules/@asciidoctor/core/src/converter.js
function applyBackendTraits(instance) {
  instance._backendTraits = null;
  const defineTraitAccessor = (name, fn) => {
    const existing = Object.getOwnPropertyDescriptor(instance, name);
    if (existing && typeof existing.value !== "function") return;
    instance[name] = fn;
  };
  defineTraitAccessor("basebackend", function(value = null) {
    if (value) {
      const traits = this._backendTraits ??= {};
      traits.basebackend = value;
      const derived = deriveBackendTraits(value);
      if (!traits.outfilesuffix) traits.outfilesuffix = derived.outfilesuffix;
      if (!traits.filetype) traits.filetype = derived.filetype;
      if (derived.htmlsyntax && !traits.htmlsyntax)
        traits.htmlsyntax = derived.htmlsyntax;
      return value;
    }
    return this._getBackendTraits().basebackend;
  });
  defineTraitAccessor("filetype", function(value = null) {
    if (value) return this._getBackendTraits().filetype = value;
    return this._getBackendTraits().filetype;
  });
  defineTraitAccessor("htmlsyntax", function(value = null) {
    if (value) return this._getBackendTraits().htmlsyntax = value;
    return this._getBackendTraits().htmlsyntax;
  });
  defineTraitAccessor("outfilesuffix", function(value = null) {
    if (value) return this._getBackendTraits().outfilesuffix = value;
    return this._getBackendTraits().outfilesuffix;
  });
  instance.supportsTemplates = function(value = true) {
    this._getBackendTraits().supportsTemplates = value;
  };
  instance.supportsTemplates.call = (value = true) => instance.supportsTemplates(value);
  instance.hasSupportsTemplates = function() {
    return !!this._getBackendTraits().supportsTemplates;
  };
  instance.initBackendTraits = function(value = null) {
    this._backendTraits = value ?? {};
  };
  instance._getBackendTraits = function(basebackend = null) {
    return this._backendTraits ??= deriveBackendTraits(
      this.backend,
      basebackend
    );
  };
  instance.backendInfo = instance._getBackendTraits;
}
function deriveBackendTraits(backend, basebackend = null) {
  if (!backend) return {};
  const base = basebackend ?? backend.replace(TrailingDigitsRx, "");
  let outfilesuffix = DEFAULT_EXTENSIONS[base];
  let filetype;
  if (outfilesuffix) {
    filetype = outfilesuffix.slice(1);
  } else {
    filetype = base;
    outfilesuffix = `.${filetype}`;
  }
  const traits = { basebackend: base, filetype, outfilesuffix };
  if (filetype === "html") traits.htmlsyntax = "html";
  return traits;
}
function normalizeConverter(converter, backend) {
  if (!converter || typeof converter._getBackendTraits === "function")
    return converter;
  let traits = null;
  if (converter.backendTraits && typeof converter.backendTraits === "object") {
    traits = { ...converter.backendTraits };
  } else {
    const hasPlain = converter.basebackend || converter.outfilesuffix || converter.filetype || converter.htmlsyntax;
    if (hasPlain) {
      traits = {};
      if (converter.basebackend) traits.basebackend = converter.basebackend;
      if (converter.outfilesuffix)
        traits.outfilesuffix = converter.outfilesuffix;
      if (converter.filetype) traits.filetype = converter.filetype;
      if (converter.htmlsyntax) traits.htmlsyntax = converter.htmlsyntax;
    }
  }
  applyBackendTraits(converter);
  if (traits) {
    converter._backendTraits = traits;
  } else if (backend && !("backend" in converter)) {
    converter._backendTraits = deriveBackendTraits(backend);
  }
  return converter;
}
var CustomFactory = class {
  constructor(seedRegistry = null) {
    this._registry = {};
    this._catchAll = null;
    if (seedRegistry) {
      const star = seedRegistry["*"];
      delete seedRegistry["*"];
      if (star) this._catchAll = star;
      Object.assign(this._registry, seedRegistry);
    }
  }
  /**
   * Register a converter class for one or more backend names.
   * Backends may be passed as individual strings or as a single Array.
   *
   * @param {Function|object} converter - the converter class or instance
   * @param {...string} backends - backend names; use `'*'` as a catch-all
   */
  register(converter, ...backends) {
    if (backends.length === 1 && Array.isArray(backends[0]))
      backends = backends[0];
    for (const backend of backends) {
      if (backend === "*") this._catchAll = converter;
      else this._registry[backend] = converter;
    }
  }
  /**
   * Retrieve the converter class registered for the given backend.
   * Returns `undefined` (not null) when no match is found, mirroring the core API.
   *
   * @param {string} backend - the backend name
   * @returns {Function|object|undefined}
   */
  for(backend) {
    return this._registry[backend] ?? this._catchAll ?? void 0;
  }
  /**
   * Create a new converter instance for the given backend (synchronous).
   * Requires the converter class to already be registered; does not support template dirs.
   *
   * @param {string} backend - the backend name
   * @param {object} [opts={}] - options passed to the converter constructor
   * @returns {object|null} the converter instance, or null if not registered
   */
  createSync(backend, opts = {}) {
    let converter = this.for(backend);
    if (!converter) return null;
    if (typeof converter === "function" && converter.prototype)
      converter = new converter(backend, opts);
    return normalizeConverter(converter, backend);
  }
  /**
   * Create a new converter instance for the given backend.
   *
   * @param {string} backend - the backend name
   * @param {object} [opts={}] - options passed to the converter constructor
   * @returns {Promise<object|null>} the converter instance, or null if not registered
   */
  async create(backend, opts = {}) {
    let converter = this.for(backend);
    if (converter) {
      if (typeof converter === "function" && converter.prototype) {
        converter = new converter(backend, opts);
      }
      const templateDirs2 = opts.template_dirs;
      if (templateDirs2 && typeof converter.hasSupportsTemplates === "function" && converter.hasSupportsTemplates()) {
        const { CompositeConverter } = await import("./cli-TN6SL63I.js");
        const { TemplateConverter } = await import("./cli-WKLPYDRB.js");
        return new CompositeConverter(
          backend,
          await TemplateConverter.create(backend, templateDirs2, opts),
          converter,
          { backendTraitsSource: converter }
        );
      }
      return converter;
    }
    const templateDirs = opts.template_dirs;
    if (templateDirs) {
      const delegateBackend = opts.delegate_backend;
      if (delegateBackend) {
        let delegateConverter = this.for(delegateBackend);
        if (delegateConverter) {
          if (typeof delegateConverter === "function" && delegateConverter.prototype) {
            delegateConverter = new delegateConverter(delegateBackend, opts);
          }
          const { CompositeConverter } = await import("./cli-TN6SL63I.js");
          const { TemplateConverter: TemplateConverter2 } = await import("./cli-WKLPYDRB.js");
          return new CompositeConverter(
            backend,
            await TemplateConverter2.create(backend, templateDirs, opts),
            delegateConverter,
            { backendTraitsSource: delegateConverter }
          );
        }
      }
      const { TemplateConverter } = await import("./cli-WKLPYDRB.js");
      return await TemplateConverter.create(backend, templateDirs, opts);
    }
    return null;
  }
  /**
   * Get the registered converters map.
   *
   * @returns {object} a shallow copy of the registry
   */
  converters() {
    return { ...this._registry };
  }
  /**
   * Unregister all converters.
   */
  unregisterAll() {
    this._registry = {};
    this._catchAll = null;
  }
};
async function _importBuiltinConverter(backend) {
  if (backend === "html5") return import("./cli-XERKPPD5.js");
  if (backend === "semantic-html5")
    return import("./cli-AD3PI5TP.js");
  if (backend === "docbook5") return import("./cli-LGLMXNHZ.js");
  if (backend === "manpage") return import("./cli-QCSRRYNU.js");
  return null;
}
var DefaultFactory = class extends CustomFactory {
  constructor() {
    super();
    this._defaultRegistry = {};
  }
  register(converter, ...backends) {
    if (backends.length === 1 && Array.isArray(backends[0]))
      backends = backends[0];
    for (const backend of backends) {
      if (backend === "*") this._catchAll = converter;
      else this._registry[backend] = converter;
    }
  }
  for(backend) {
    return this._registry[backend] ?? this._defaultRegistry[backend] ?? this._catchAll ?? void 0;
  }
  /**
   * Return the combined registry (built-in + user-registered entries).
   *
   * @returns {object}
   */
  getRegistry() {
    return { ...this._defaultRegistry, ...this._registry };
  }
  /**
   * Return this factory (mirrors the core ConverterFactory.getDefault() API).
   *
   * @returns {DefaultFactory}
   */
  getDefault() {
    return this;
  }
  createSync(backend, opts = {}) {
    let converter = this._registry[backend] ?? this._defaultRegistry[backend] ?? this._catchAll;
    if (!converter) return null;
    if (typeof converter === "function" && converter.prototype)
      converter = new converter(backend, opts);
    return normalizeConverter(converter, backend);
  }
  async create(backend, opts = {}) {
    let converter = this._registry[backend] ?? this._defaultRegistry[backend];
    if (!converter) {
      const mod = await _importBuiltinConverter(backend);
      if (mod) {
        converter = mod.default ?? Object.values(mod)[0];
        if (converter) this._defaultRegistry[backend] = converter;
      }
    }
    if (!converter) converter = this._catchAll;
    if (!converter) {
      const templateDirs2 = opts.template_dirs;
      if (templateDirs2) {
        const { TemplateConverter } = await import("./cli-WKLPYDRB.js");
        return await TemplateConverter.create(backend, templateDirs2, opts);
      }
      return null;
    }
    if (typeof converter === "function" && converter.prototype) {
      converter = new converter(backend, opts);
    }
    const templateDirs = opts.template_dirs;
    if (templateDirs && typeof converter.hasSupportsTemplates === "function" && converter.hasSupportsTemplates()) {
      const { CompositeConverter } = await import("./cli-TN6SL63I.js");
      const { TemplateConverter } = await import("./cli-WKLPYDRB.js");
      return new CompositeConverter(
        backend,
        await TemplateConverter.create(backend, templateDirs, opts),
        converter,
        { backendTraitsSource: converter }
      );
    }
    return converter;
  }
  unregisterAll() {
    this._registry = {};
    this._catchAll = null;
  }
};
var Converter = new DefaultFactory();
Converter.deriveBackendTraits = deriveBackendTraits;
var ConverterBase = class {
  constructor(backend, opts = {}) {
    this.backend = backend;
    applyBackendTraits(this);
    applyLogging(this);
  }
  // ── Logging mixin ───────────────────────────────────────────────────────────
  // Declared here (in addition to being installed by applyLogging(this) above)
  // so that generated .d.ts declarations expose them — applyLogging() assigns
  // own properties at construction time, which tsc's declaration emit can't see.
  /**
   * The logger for this converter.
   * The Logging mixin (logging.js) overrides this getter on the instance.
   * @returns {import('./logging.js').LoggerLike}
   */
  get logger() {
    return LoggerManager.logger;
  }
  /** @returns {import('./logging.js').LoggerLike} */
  getLogger() {
    return this.logger;
  }
  /**
   * Build an auto-formatting log message that carries structured source_location
   * (rather than baking it into the text), for use with `this.logger.warn(...)`.
   * @param {string} text
   * @param {{source_location?: any, include_location?: any}} [context={}]
   * @returns {{text: string, source_location?: any, include_location?: any, inspect(): string, toString(): string}}
   */
  messageWithContext(text, context = {}) {
    return Logger.AutoFormattingMessage.attach({ text, ...context });
  }
  /** Alias for {@link messageWithContext} (used in extensions). */
  createLogMessage(text, context = {}) {
    return this.messageWithContext(text, context);
  }
  /**
   * Convert a node by dispatching to a `convert_<transform>` method.
   *
   * @param {AbstractNode} node - the AbstractNode to convert
   * @param {string|null=} transform - hint for which method to call (default: node.nodeName)
   * @param {object|null=} opts - optional hints
   * @returns {Promise<unknown>|unknown} the result of the `convert_<transform>` handler; the actual type depends on the implementation
   */
  convert(node, transform = null, opts = null) {
    const method = `convert_${transform ?? node.nodeName}`;
    if (typeof this[method] === "function") {
      return opts ? this[method](node, opts) : this[method](node);
    }
    this.logger.warn(
      `missing convert handler for ${transform ?? node.nodeName} node in ${this.backend} backend (${this.constructor.name})`
    );
    return null;
  }
  /**
   * Report whether this converter can handle the given transform.
   *
   * @param {string} transform - the transform name
   * @returns {boolean}
   */
  handles(transform) {
    return typeof this[`convert_${transform}`] === "function";
  }
  /**
   * Convert using only content (no wrapping).
   *
   * @param {object} node - the node whose content to return
   * @returns {Promise<string>}
   */
  async contentOnly(node) {
    return node.content();
  }
  /** Skip conversion (no-op). */
  skip(_node) {
  }
  /**
   * Register this converter class with the global registry.
   *
   * @param {...string} backends - backend names to register for
   */
  static registerFor(...backends) {
    Converter.register(this, ...backends.map(String));
  }
};

export {
  CC_ANY,
  CC_WORD,
  CG_WORD,
  AuthorInfoLineRx,
  AuthorDelimiterRx,
  RevisionInfoLineRx,
  ManpageTitleVolnumRx,
  ManpageNamePurposeRx,
  ConditionalDirectiveRx,
  EvalExpressionRx,
  IncludeDirectiveRx,
  TagDirectiveRx,
  AttributeEntryRx,
  InvalidAttributeNameCharsRx,
  AttributeEntryPassMacroRx,
  AttributeReferenceRx,
  BlockAnchorRx,
  BlockAttributeListRx,
  BlockAttributeLineRx,
  BlockTitleRx,
  AdmonitionParagraphRx,
  LiteralParagraphRx,
  AtxSectionTitleRx,
  ExtAtxSectionTitleRx,
  SetextSectionTitleRx,
  InlineSectionAnchorRx,
  InvalidSectionIdCharsRx,
  SectionLevelStyleRx,
  AnyListRx,
  UnorderedListRx,
  OrderedListRx,
  OrderedListMarkerRxMap,
  DescriptionListRx,
  DescriptionListSiblingRx,
  CalloutListRx,
  CalloutExtractRx,
  CalloutExtractRxMap,
  CalloutScanRx,
  CalloutSourceRx,
  CalloutSourceRxMap,
  ListRxMap,
  ColumnSpecRx,
  CellSpecStartRx,
  CellSpecEndRx,
  CustomBlockMacroRx,
  BlockMediaMacroRx,
  BlockTocMacroRx,
  InlineAnchorRx,
  InlineAnchorScanRx,
  LeadingInlineAnchorRx,
  InlineBiblioAnchorRx,
  InlineEmailRx,
  InlineFootnoteMacroRx,
  InlineImageMacroRx,
  InlineIndextermMacroRx,
  InlineKbdBtnMacroRx,
  InlineLinkRx,
  InlineLinkMacroRx,
  MacroNameRx,
  InlineStemMacroRx,
  InlineMenuMacroRx,
  InlineMenuRx,
  InlinePassRx,
  InlinePassMacroRx,
  InlineXrefMacroRx,
  HardLineBreakRx,
  MarkdownThematicBreakRx,
  ExtLayoutBreakRx,
  BlankLineRx,
  EscapedSpaceRx,
  ReplaceableTextRx,
  SpaceDelimiterRx,
  SubModifierSniffRx,
  UriSniffRx,
  XmlSanitizeRx,
  SafeMode,
  ContentModel,
  USER_HOME,
  LF,
  NULL,
  TAB,
  MAX_INT,
  DEFAULT_DOCTYPE,
  DEFAULT_BACKEND,
  DEFAULT_STYLESHEET_KEYS,
  DEFAULT_STYLESHEET_NAME,
  BACKEND_ALIASES,
  DEFAULT_PAGE_WIDTHS,
  ASCIIDOC_EXTENSIONS,
  SETEXT_SECTION_LEVELS,
  ADMONITION_STYLES,
  ADMONITION_STYLE_HEADS,
  PARAGRAPH_STYLES,
  VERBATIM_STYLES,
  DELIMITED_BLOCKS,
  DELIMITED_BLOCK_HEADS,
  DELIMITED_BLOCK_TAILS,
  CAPTION_ATTRIBUTE_NAMES,
  LAYOUT_BREAK_CHARS,
  MARKDOWN_THEMATIC_BREAK_CHARS,
  HYBRID_LAYOUT_BREAK_CHARS,
  NESTABLE_LIST_CONTEXTS,
  ORDERED_LIST_STYLES,
  ORDERED_LIST_KEYWORDS,
  ATTR_REF_HEAD,
  LIST_CONTINUATION,
  HARD_LINE_BREAK,
  LINE_CONTINUATION,
  LINE_CONTINUATION_LEGACY,
  BLOCK_MATH_DELIMITERS,
  INLINE_MATH_DELIMITERS,
  STEM_TYPE_ALIASES,
  FONT_AWESOME_VERSION,
  FONT_AWESOME_FREE_VERSION,
  HIGHLIGHT_JS_VERSION,
  MATHJAX_VERSION,
  DEFAULT_ATTRIBUTES,
  FLEXIBLE_ATTRIBUTES,
  INTRINSIC_ATTRIBUTES,
  QUOTE_SUBS,
  REPLACEMENTS,
  BASIC_SUBS,
  NORMAL_SUBS,
  Severity,
  getContextLogger,
  withLogger,
  Logger,
  LogMessage,
  MemoryLogger,
  NullLogger,
  LoggerManager,
  applyLogging,
  applyBackendTraits,
  deriveBackendTraits,
  CustomFactory,
  DefaultFactory,
  Converter,
  ConverterBase
};
