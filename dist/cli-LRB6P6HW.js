import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./cli-SGVELQFP.js";

// node_modules/date-fns/_lib/toInteger/index.js
var require_toInteger = __commonJS({
  "node_modules/date-fns/_lib/toInteger/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = toInteger2;
    function toInteger2(dirtyNumber) {
      if (dirtyNumber === null || dirtyNumber === true || dirtyNumber === false) {
        return NaN;
      }
      var number = Number(dirtyNumber);
      if (isNaN(number)) {
        return number;
      }
      return number < 0 ? Math.ceil(number) : Math.floor(number);
    }
    module.exports = exports.default;
  }
});

// node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds/index.js
var require_getTimezoneOffsetInMilliseconds = __commonJS({
  "node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = getTimezoneOffsetInMilliseconds2;
    function getTimezoneOffsetInMilliseconds2(date) {
      var utcDate = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds()));
      utcDate.setUTCFullYear(date.getFullYear());
      return date.getTime() - utcDate.getTime();
    }
    module.exports = exports.default;
  }
});

// node_modules/@babel/runtime/helpers/interopRequireDefault.js
var require_interopRequireDefault = __commonJS({
  "node_modules/@babel/runtime/helpers/interopRequireDefault.js"(exports, module) {
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : {
        "default": e
      };
    }
    module.exports = _interopRequireDefault, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/date-fns/_lib/assign/index.js
var require_assign = __commonJS({
  "node_modules/date-fns/_lib/assign/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = assign;
    function assign(target, object) {
      if (target == null) {
        throw new TypeError("assign requires that input parameter not be null or undefined");
      }
      for (var property in object) {
        if (Object.prototype.hasOwnProperty.call(object, property)) {
          ;
          target[property] = object[property];
        }
      }
      return target;
    }
    module.exports = exports.default;
  }
});

// node_modules/date-fns/_lib/cloneObject/index.js
var require_cloneObject = __commonJS({
  "node_modules/date-fns/_lib/cloneObject/index.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault().default;
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = cloneObject2;
    var _index = _interopRequireDefault(require_assign());
    function cloneObject2(object) {
      return (0, _index.default)({}, object);
    }
    module.exports = exports.default;
  }
});

// node_modules/orga/dist/todo.js
var defaultTodoManager = todoManager("TODO DONE");
function parseTodoKeywords(value) {
  const keywords = value.trim().split(" ").filter(Boolean);
  let divider = keywords.indexOf("|");
  if (divider === -1)
    divider = keywords.length - 1;
  return {
    next,
    actionable,
    includes: (v) => keywords.includes(v),
    get keywords() {
      return keywords.filter((k) => k !== "|");
    }
  };
  function next(value2, reverse = false) {
    const index = keywords.indexOf(value2);
    if (index === -1)
      return void 0;
    const nextIndex = _next(index, reverse);
    return keywords[nextIndex];
  }
  function _next(idx, reverse) {
    const offset = reverse ? -1 : 1;
    let nextIndex = idx + offset;
    if (nextIndex < 0)
      nextIndex = keywords.length - 1;
    if (nextIndex >= keywords.length)
      nextIndex = 0;
    if (keywords[nextIndex] === "|") {
      return _next(nextIndex, reverse);
    }
    return nextIndex;
  }
  function actionable(value2) {
    const index = keywords.indexOf(value2);
    if (index !== -1 && index < divider)
      return true;
    return false;
  }
}
function todoManager(...keywords) {
  const todos = keywords.map(parseTodoKeywords);
  return {
    next,
    actionable,
    includes,
    add,
    get keywords() {
      return todos.flatMap((t) => t.keywords);
    }
  };
  function next(value, reverse = false) {
    for (const todoSet of todos) {
      if (todoSet.includes(value)) {
        const nextKeyword = todoSet.next(value, reverse);
        if (nextKeyword)
          return nextKeyword;
      }
    }
    return void 0;
  }
  function actionable(value) {
    for (const todoSet of todos) {
      if (todoSet.includes(value)) {
        return todoSet.actionable(value);
      }
    }
    return false;
  }
  function includes(value) {
    for (const todoSet of todos) {
      if (todoSet.includes(value)) {
        return true;
      }
    }
    return false;
  }
  function add(todo) {
    todos.push(parseTodoKeywords(todo));
  }
}

// node_modules/orga/dist/options.js
var defaultParserOptions = {
  flat: false
};
var defaultLexerOptions = {
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  todo: defaultTodoManager
};
var defaultOptions = {
  timezone: defaultLexerOptions.timezone,
  flat: defaultParserOptions.flat
};

// node_modules/orga/dist/utils.js
var clone = (obj) => {
  return JSON.parse(JSON.stringify(obj));
};
var isPhrasingContent = (token) => {
  return token.type === "text" || token.type === "footnote.reference" || token.type === "opening" || token.type === "link" || token.type === "newline";
};

// node_modules/orga/dist/parse/block.js
var block = (begin, ctx) => {
  ctx.save();
  const contentStart = begin.position.end;
  const blockName = begin.name.toLowerCase();
  const block2 = ctx.enter({
    type: "block",
    name: begin.name,
    params: begin.params,
    value: "",
    attributes: { ...ctx.attributes },
    children: []
  });
  ctx.lexer.eat();
  const align = (content) => {
    let indent = -1;
    return content.trimEnd().split("\n").map((line) => {
      const _indent = line.search(/\S/);
      if (indent === -1) {
        indent = _indent;
      }
      if (indent === -1)
        return "";
      let result = line.substring(Math.min(_indent, indent));
      if (block2.name.toLowerCase() === "src" && block2.params[0] === "org") {
        result = result.replace(/^(\s*),/, "$1");
      }
      return result;
    }).join("\n").trim();
  };
  return {
    name: "block",
    rules: [
      {
        test: "block.end",
        action: (token, context) => {
          const lexer = context.lexer;
          if (token.name.toLowerCase() !== blockName)
            return "next";
          block2.value = align(lexer.substring({
            start: contentStart,
            end: token.position.start
          }));
          lexer.eat();
          context.exit("block");
          return "break";
        }
      },
      {
        test: ["stars", "EOF"],
        action: (_, context) => {
          context.restore();
          context.lexer.modify((t) => ({
            type: "text",
            value: context.lexer.substring(t.position),
            position: t.position
          }));
          return "break";
        }
      },
      { test: "newline", action: (_, { discard }) => discard() },
      { test: /./, action: (_, { consume }) => consume() }
    ]
  };
};
var block_default = block;

// node_modules/orga/dist/nodes.js
var i = 0;
var nodeIdMap = Object.freeze({
  document: i++,
  section: i++,
  footnote: i++,
  block: i++,
  latex: i++,
  drawer: i++,
  planning: i++,
  list: i++,
  table: i++,
  "table.row": i++,
  "table.cell": i++,
  "list.item": i++,
  headline: i++,
  paragraph: i++,
  html: i++,
  jsx: i++,
  hr: i++,
  newline: i++,
  emptyLine: i++,
  text: i++,
  link: i++,
  "link.path": i++,
  opening: i++,
  closing: i++,
  "footnote.reference": i++,
  stars: i++,
  todo: i++,
  priority: i++,
  tags: i++,
  "block.begin": i++,
  "block.end": i++,
  "drawer.begin": i++,
  "drawer.end": i++,
  "latex.begin": i++,
  "latex.end": i++,
  comment: i++,
  keyword: i++,
  "footnote.label": i++,
  "planning.keyword": i++,
  "planning.timestamp": i++,
  "list.item.tag": i++,
  "list.item.checkbox": i++,
  "list.item.bullet": i++,
  "table.hr": i++,
  "table.columnSeparator": i++
});

// node_modules/orga/dist/types.js
function isSection(node) {
  return node.type === "section";
}
function isParagraph(node) {
  return node.type === "paragraph";
}
function isLink(node) {
  return node.type === "link";
}
function isFootnoteReference(node) {
  return node.type === "footnote.reference";
}
function isText(node) {
  return node.type === "text";
}

// node_modules/orga/dist/parse/context.js
function initialProperties(settings) {
  if (!settings)
    return {};
  const { todo, ...rest } = settings;
  return rest;
}
function point(d) {
  return { ...d };
}
function createContext(lexer, options) {
  let stack = [];
  let snapshot;
  function enter(node) {
    const start = lexer.peek()?.position?.start || lexer.peek(-1)?.position?.end || { line: 1, column: 1, offset: 0 };
    node.position = { start: point(start) };
    stack.push(node);
    return node;
  }
  const tree = enter({
    type: "document",
    properties: initialProperties(options.settings),
    children: []
  });
  const pop = () => {
    const node = stack.pop();
    const end = lexer.peek()?.position?.start || lexer.peek(-1)?.position?.end || { line: 1, column: 1, offset: 0 };
    node.position.end = point(end);
    if (!node) {
      throw new Error("unexpected empty stack");
    }
    if (stack.length > 0) {
      attach(node);
    }
    return node;
  };
  function exit(predicate, strict = true) {
    if (stack.length === 0)
      return;
    const last = stack[stack.length - 1];
    if (test(last, predicate)) {
      return pop();
    }
    if (strict) {
      throw new Error(`
can not strictly exit ${predicate},
actual: ${last.type}
location: line: ${last.position.start.line}, column: ${last.position.start.column}
`.trim());
    }
  }
  function exitTo(predicate) {
    exitAll(not(predicate));
  }
  function exitAll(predicate) {
    if (exit(predicate, false)) {
      exitAll(predicate);
    }
  }
  function getLevel() {
    let index = stack.length - 1;
    while (index > 0) {
      const node = stack[index];
      if (isSection(node)) {
        return node.level;
      }
      index -= 1;
    }
    return 0;
  }
  function attach(node) {
    if (!node)
      return;
    if (stack.length === 0) {
      throw new Error("unexpected empty stack");
    }
    const parent = stack[stack.length - 1];
    node.data = { hash: hash(node.type) };
    parent.children.push(node);
  }
  return {
    options,
    attributes: {},
    enter,
    exit,
    exitAll,
    exitTo,
    attach,
    addProp: function(key, value) {
      const k = key.toLowerCase().trim();
      const v = value.trim();
      const existing = tree.properties[k];
      if (existing) {
        if (Array.isArray(existing)) {
          existing.push(v);
        }
        if (typeof existing === "string") {
          tree.properties[k] = [existing, v];
        }
      } else {
        tree.properties[k] = v;
      }
    },
    consume: function() {
      attach(lexer.eat());
    },
    discard: function() {
      lexer.eat();
    },
    within: function(predicate) {
      return test(this.parent, predicate);
    },
    save: function() {
      const level = this.level;
      const attributes = this.attributes;
      snapshot = {
        stack: [...stack],
        level,
        attributes: { ...attributes },
        savePoint: lexer.save()
      };
    },
    restore: function() {
      if (snapshot === void 0)
        return;
      this.attributes = { ...snapshot.attributes };
      stack = [...snapshot.stack];
      lexer.restore(snapshot.savePoint);
    },
    get parent() {
      return stack[stack.length - 1];
    },
    get tree() {
      return tree;
    },
    get lexer() {
      return lexer;
    },
    get level() {
      return getLevel();
    },
    get state() {
      const token = lexer.peek();
      const lines = [`lexer: ${lexer.save()}`];
      lines.push(`token: ${token ? token.type : "EOF"}`);
      if (token) {
        lines.push(`content: ${lexer.substring(token.position)}`);
      }
      lines.push(`stack:   ${stack.map((n) => n.type).join(" > ")}`);
      return lines.join("\n");
    }
  };
  function hash(type, value = 0) {
    const typeHash = nodeIdMap[type];
    let baseHash = 0;
    if (stack.length > 0) {
      baseHash = stack[stack.length - 1].data?.hash ?? 0;
    }
    return baseHash + (baseHash << 8) + typeHash + (value << 4) | 0;
  }
}

// node_modules/orga/dist/parse/footnote.js
var Footnote = (token, { enter, exitTo, consume }) => {
  exitTo("document");
  enter({
    type: "footnote",
    label: token.label,
    children: []
  });
  consume();
};
var footnote_default = Footnote;

// node_modules/orga/dist/parse/_primitive.js
var primitive_default = (value) => {
  const num = Number(value);
  if (!Number.isNaN(num))
    return num;
  if (value.toLowerCase() === "true")
    return true;
  if (value.toLowerCase() === "false")
    return false;
  return value;
};

// node_modules/orga/dist/parse/_parseSymbols.js
var parseSymbols_default = (text) => {
  let t = text;
  const result = {};
  while (t.length > 0) {
    const m = t.match(/^:\w+/);
    if (!m)
      break;
    const key = m[0].substring(1);
    t = t.slice(m[0].length);
    const end = t.match(/\s(:\w+)/);
    const index = end ? end.index + 1 : t.length;
    const value = t.substring(0, index).trim();
    t = t.slice(index);
    result[key] = primitive_default(value);
  }
  return result;
};

// node_modules/orga/dist/parse/keyword.js
var AFFILIATED_KEYWORDS = ["caption", "header", "name", "plot", "results"];
var keyword = (token, context) => {
  const { attach, lexer, addProp } = context;
  const key = token.key.toLowerCase();
  const { value } = token;
  if (key === "html") {
    attach({ type: "html", value, position: token.position });
  } else if (key === "jsx") {
    attach({ type: "jsx", value, position: token.position });
  } else {
    if (AFFILIATED_KEYWORDS.includes(key)) {
      context.attributes[key] = primitive_default(value);
    } else if (key.startsWith("attr_")) {
      context.attributes[key] = {
        ...context.attributes[key],
        ...parseSymbols_default(value)
      };
    } else {
      addProp(key, value);
    }
    if (key === "todo") {
      lexer.todo.add(value);
    }
    attach(token);
  }
  lexer.eat();
};
var keyword_default = keyword;

// node_modules/orga/dist/parse/latex.js
var latex = (begin, context) => {
  context.save();
  const contentStart = begin.position.start;
  const envName = begin.name.toLowerCase();
  const latexBlock = context.enter({
    type: "latex",
    name: begin.name,
    value: "",
    children: []
  });
  context.attach(context.lexer.eat());
  const align = (content) => {
    let indent = -1;
    return content.trimEnd().split("\n").map((line) => {
      const _indent = line.search(/\S/);
      if (indent === -1) {
        indent = _indent;
      }
      if (indent === -1)
        return "";
      const result = line.substring(Math.min(_indent, indent));
      return result;
    }).join("\n").trim();
  };
  return {
    name: "latex",
    rules: [
      {
        test: "latex.end",
        action: (token, context2) => {
          if (token.name.toLowerCase() !== envName)
            return "next";
          latexBlock.value = align(context2.lexer.substring({
            start: contentStart,
            end: token.position.end
          }));
          context2.attach(context2.lexer.eat());
          context2.lexer.eat("newline");
          context2.exit("latex");
          return "break";
        }
      },
      {
        test: ["stars", "EOF"],
        action: (_, context2) => {
          context2.restore();
          context2.lexer.modify((t) => ({
            type: "text",
            value: context2.lexer.substring(t.position),
            position: t.position
          }));
          return "break";
        }
      },
      { test: /./, action: (_, context2) => context2.attach(context2.lexer.eat()) }
    ]
  };
};
var latex_default = latex;

// node_modules/orga/dist/parse/phrasing.js
var phrasingContent = {
  name: "inline",
  rules: [
    {
      test: "opening",
      action: (token, { enter, consume }) => {
        enter({
          type: token.element,
          children: []
        });
        consume();
      }
    },
    {
      test: "closing",
      action: (token, { exit, consume }) => {
        consume();
        exit(token.element);
      }
    },
    {
      test: "link.path",
      action: (token, context) => {
        const { parent, consume, attributes } = context;
        if (!isLink(parent)) {
          throw new Error("expect parent to be link");
        }
        parent.path = {
          protocol: token.protocol,
          value: token.value,
          search: token.search
        };
        parent.attributes = attributes;
        context.attributes = {};
        consume();
      }
    },
    {
      test: "footnote.label",
      action: (token, { parent, consume }) => {
        if (!isFootnoteReference(parent)) {
          throw new Error("expect parent to be footnote reference");
        }
        parent.label = token.label;
        consume();
      }
    },
    {
      test: "text",
      action: (_, { consume }) => {
        consume();
      }
    }
  ]
};
var phrasing_default = phrasingContent;

// node_modules/orga/dist/parse/list.js
var listItem = (token, { enter, consume }) => {
  const item = enter({
    type: "list.item",
    indent: token.indent,
    children: []
  });
  consume();
  return {
    name: "list item",
    rules: [
      {
        test: "emptyLine",
        action: (_, { exit, consume: consume2 }) => {
          consume2();
          exit(item.type);
          return "break";
        }
      },
      { test: "newline", action: (_, { consume: consume2 }) => consume2() },
      {
        test: "list.item.tag",
        action: (token2, { consume: consume2 }) => {
          item.tag = token2.value;
          consume2();
        }
      },
      {
        test: "list.item.checkbox",
        action: (_, { consume: consume2 }) => {
          consume2();
        }
      },
      { test: isPhrasingContent, action: phrasing_default },
      {
        test: /.*/,
        action: (_, { exit }) => {
          exit("list.item");
          return "break";
        }
      }
    ]
  };
};
var list = (token, context) => {
  context.enter({
    type: "list",
    indent: token.indent,
    ordered: token.ordered,
    children: [],
    attributes: context.attributes
  });
  context.attributes = {};
  const indent = token.indent;
  const handler = {
    name: "list",
    rules: [
      {
        test: "stars",
        action: (_, { exit }) => {
          exit("list");
          return "break";
        }
      },
      {
        test: ["emptyLine", "newline"],
        action: (_, { exit, consume }) => {
          consume();
          exit("list");
          return "break";
        }
      },
      {
        test: "list.item.bullet",
        action: (token2, context2) => {
          const { exit } = context2;
          if (indent > token2.indent) {
            exit("list");
            return "break";
          } else if (indent === token2.indent) {
            return listItem(token2, context2);
          } else {
            return list(token2, context2);
          }
        }
      },
      {
        test: /.*/,
        action: (_, { exit }) => {
          exit("list");
          return "break";
        }
      }
    ]
  };
  return handler;
};
var list_default = list;

// node_modules/orga/dist/parse/_utils.js
var COMMON_IMAGE_EXTENSIONS = [
  "apng",
  "avif",
  "gif",
  "jpeg",
  "jpg",
  "jfif",
  "pjpeg",
  "pjp",
  "png",
  "svg",
  "webp",
  "bmp",
  "ico",
  "cur",
  "tif",
  "tiff"
];
var isImage = (path) => {
  const ext = path.toLowerCase().split(".").pop();
  return COMMON_IMAGE_EXTENSIONS.includes(ext);
};

// node_modules/orga/dist/parse/paragraph.js
var isWhitespaces = (node) => {
  return node.type === "text" && node.value.trim().length === 0 || node.type === "newline" || node.type === "emptyLine";
};
var paragraph = () => {
  const makeSureParagraph = (context) => {
    const parent = context.parent;
    if (parent.type === "paragraph")
      return;
    context.save();
    context.enter({
      type: "paragraph",
      children: [],
      attributes: clone(context.attributes)
    });
    context.attributes = {};
  };
  const exitPragraph = (context) => {
    const paragraph2 = context.parent;
    if (!isParagraph(paragraph2))
      return;
    if (paragraph2.children.length === 0 || paragraph2.children.every(isWhitespaces)) {
      context.restore();
    } else {
      context.exit("paragraph");
    }
  };
  return {
    name: "paragraph",
    rules: [
      {
        test: "emptyLine",
        action: (_, context) => {
          context.consume();
          exitPragraph(context);
          return "break";
        }
      },
      {
        test: "newline",
        action: (_, { consume }) => consume()
      },
      {
        test: "opening",
        action: (token, context) => {
          if (token.element === "link") {
            const next = context.lexer.peek(1);
            if (next.type === "link.path" && isImage(next.value)) {
              exitPragraph(context);
              return phrasing_default;
            }
          }
          makeSureParagraph(context);
          return phrasing_default;
        }
      },
      {
        test: isPhrasingContent,
        action: (_, context) => {
          makeSureParagraph(context);
          return phrasing_default;
        }
      },
      // catch all
      {
        test: /.*/,
        action: (_, context) => {
          exitPragraph(context);
          return "break";
        }
      }
    ]
  };
};
var paragraph_default = paragraph;

// node_modules/orga/dist/parse/drawer.js
var drawer = (begin, context) => {
  context.save();
  const drawer2 = context.enter({
    type: "drawer",
    name: begin.name,
    value: "",
    children: []
  });
  context.consume();
  const contentStart = begin.position.end;
  return {
    name: "drawer",
    rules: [
      {
        test: ["stars", "EOF"],
        action: (_, context2) => {
          context2.restore();
          context2.lexer.modify((t) => ({
            type: "text",
            value: context2.lexer.substring(t.position),
            position: t.position
          }));
          return "break";
        }
      },
      {
        test: "drawer.end",
        action: (token, context2) => {
          context2.consume();
          drawer2.value = context2.lexer.substring({
            start: contentStart,
            end: token.position.start
          });
          context2.exit("drawer");
          context2.lexer.eat("newline");
          if (drawer2.name.toLowerCase() === "properties") {
            const section2 = context2.parent;
            section2.properties = drawer2.value.split("\n").reduce((accu, current) => {
              const m = current.match(/\s*:(.+?):\s*(.+)\s*$/);
              if (m) {
                return { ...accu, [m[1].toLowerCase()]: m[2] };
              }
              return accu;
            }, section2.properties);
          }
          return "break";
        }
      },
      {
        test: /.*/,
        action: (_, { consume }) => consume()
      }
    ]
  };
};
var drawer_default = drawer;

// node_modules/orga/dist/parse/headline.js
var headline = (token, context) => {
  const { enter } = context;
  const headline2 = enter({
    type: "headline",
    actionable: false,
    children: [],
    level: token.level || context.level
  });
  return {
    name: "headline",
    rules: [
      {
        test: ["newline", "EOF"],
        action: (_, { exit, discard }) => {
          discard();
          exit(headline2.type);
          return "break";
        }
      },
      {
        test: "todo",
        action: (token2) => {
          headline2.keyword = token2.keyword;
          headline2.actionable = token2.actionable;
          return "next";
        }
      },
      {
        test: "tags",
        action: (token2) => {
          headline2.tags = token2.tags;
          return "next";
        }
      },
      {
        test: "priority",
        action: (token2) => {
          headline2.priority = token2.value;
          return "next";
        }
      },
      {
        test: isPhrasingContent,
        action: phrasing_default
      },
      {
        test: /.*/,
        action: (_, { attach, lexer }) => {
          attach(lexer.eat());
        }
      }
    ]
  };
};
var headline_default = headline;

// node_modules/orga/dist/parse/planning.js
var planning = {
  name: "planning",
  rules: [
    {
      test: "planning.keyword",
      action: (keyword2, context) => {
        const { lexer, enter, attach, exit } = context;
        const { eat, eatAll, peek } = lexer;
        const timestamp = peek(1);
        if (!timestamp || timestamp.type !== "planning.timestamp") {
          return "break";
        }
        enter({
          type: "planning",
          keyword: keyword2.value,
          timestamp: timestamp.value,
          children: []
        });
        attach(eat());
        attach(eat());
        exit("planning");
        if (eatAll("newline") > 1) {
          return "break";
        }
      }
    },
    {
      test: "drawer.begin",
      action: (token, context) => {
        return drawer_default(token, context);
      }
    },
    {
      test: /.*/,
      action: () => {
        return "break";
      }
    }
  ]
};
var planning_default = planning;

// node_modules/orga/dist/parse/section.js
var section = (token, context) => {
  const { enter, exit, exitTo, options: { flat } } = context;
  exit("footnote", false);
  if (!flat) {
    const level = token.level;
    if (level <= context.level) {
      exitTo("section");
      exit("section");
      return;
    }
    enter({
      type: "section",
      level,
      properties: {},
      children: []
    });
  }
  let headlineProcessed = false;
  return {
    name: "section",
    rules: [
      {
        test: "stars",
        action: (token2, context2) => {
          if (headlineProcessed)
            return "break";
          headlineProcessed = true;
          return headline_default(token2, context2);
        }
      },
      {
        test: "planning.keyword",
        action: planning_default
      },
      {
        test: "drawer.begin",
        action: drawer_default
      }
    ]
  };
};
var section_default = section;

// node_modules/orga/dist/parse/table.js
var tableCell = (_, { enter }) => {
  enter({
    type: "table.cell",
    children: []
  });
  return {
    name: "table cell",
    rules: [
      {
        test: ["newline", "table.columnSeparator"],
        action: (_2, { exit }) => {
          exit("table.cell");
          return "break";
        }
      },
      {
        test: isPhrasingContent,
        action: phrasing_default
      },
      {
        test: /.*/,
        action: (_2, { exit }) => {
          exit("table.cell");
          return "break";
        }
      }
    ]
  };
};
var tableRow = (_, { enter, lexer }) => {
  enter({
    type: "table.row",
    children: []
  });
  lexer.eat();
  return {
    name: "table row",
    rules: [
      {
        test: "newline",
        action: (_2, { exit, discard }) => {
          discard();
          exit("table.row");
          return "break";
        }
      },
      { test: "table.columnSeparator", action: (_2, { consume }) => consume() },
      { test: isPhrasingContent, action: tableCell }
    ]
  };
};
var table = (_, context) => {
  context.enter({
    type: "table",
    children: [],
    attributes: {}
  });
  return {
    name: "table",
    rules: [
      { test: "table.columnSeparator", action: tableRow },
      { test: "table.hr", action: (_2, context2) => context2.consume() },
      { test: "newline", action: (_2, context2) => context2.discard() },
      {
        test: /.*/,
        action: (_2, context2) => {
          context2.exitTo("table");
          context2.exit("table");
          return "break";
        }
      }
    ]
  };
};
var table_default = table;

// node_modules/orga/dist/parse/index.js
function test(node, predicate) {
  return toFunc(predicate)(node);
}
function not(test2) {
  return (token) => !toFunc(test2)(token);
}
function toFunc(test2) {
  if (typeof test2 === "function") {
    return (token) => token && test2(token);
  }
  if (test2 === "EOF") {
    return (token) => {
      return token === void 0;
    };
  }
  if (typeof test2 === "string") {
    return (token) => token && test2 === token.type;
  }
  return (token) => token && test2.test(token.type);
}
var main = {
  name: "main",
  rules: [
    {
      test: "emptyLine",
      action: function(_, context) {
        const { consume, exit } = context;
        context.attributes = {};
        exit("footnote", false);
        consume();
      }
    },
    { test: "newline", action: (_, { discard }) => discard() },
    { test: "stars", action: section_default },
    { test: "keyword", action: keyword_default },
    { test: "list.item.bullet", action: list_default },
    { test: "block.begin", action: block_default },
    { test: "latex.begin", action: latex_default },
    { test: /^table\./, action: table_default },
    {
      test: "hr",
      action: (token, { lexer, attach }) => {
        lexer.eat();
        attach(token);
      }
    },
    { test: isPhrasingContent, action: paragraph_default },
    { test: "footnote.label", action: footnote_default },
    // catch all
    {
      test: /.*/,
      action: (_, { lexer }) => {
        lexer.eat();
      }
    },
    { test: "EOF", action: () => "break" }
  ]
};
function parser(lexer, options) {
  const context = createContext(lexer, options);
  const end = lexer.toOffset(options.range?.end || Infinity);
  const handlerStack = [main];
  let lexerLocation = lexer.save();
  let maxStaleIterations = 10;
  return {
    advance,
    parse() {
      for (; ; ) {
        const tree = advance();
        if (typeof tree === "number")
          continue;
        return tree;
      }
    },
    finish,
    get settings() {
      return context.tree.properties;
    }
  };
  function handler() {
    return handlerStack.length > 0 ? handlerStack[handlerStack.length - 1] : void 0;
  }
  function advance() {
    if (!handler() && lexer.now >= end) {
      return finish();
    }
    if (maxStaleIterations === 0) {
      throw new Error(`it's stuck. 
${context.state}`);
    }
    let nothingMatches = true;
    for (const { test: _test, action } of handler().rules) {
      const token = lexer.peek();
      const predicates = Array.isArray(_test) ? _test : [_test];
      if (!predicates.some((p) => test(token, p)))
        continue;
      nothingMatches = false;
      if (typeof action !== "function") {
        handlerStack.push(action);
        return advance();
      }
      const control = action(token, context);
      if (typeof control === "object") {
        handlerStack.push(control);
        return advance();
      }
      if (control === "break") {
        handlerStack.pop();
        if (lexer.peek() && context.parent.type === "document") {
          return lexer.peek().position.start.offset;
        }
        return advance();
      }
      if (control === "next") {
        continue;
      }
      break;
    }
    if (nothingMatches) {
      handlerStack.pop();
      return advance();
    }
    if (lexer.save() === lexerLocation) {
      maxStaleIterations -= 1;
    } else {
      lexerLocation = lexer.save();
      maxStaleIterations = 10;
    }
    return advance();
  }
  function finish() {
    context.exitTo("document");
    context.exit("document");
    context.tree.position.end = lexer.toPoint(lexer.now);
    return context.tree;
  }
}

// node_modules/date-fns-tz/esm/_lib/tzTokenizeDate/index.js
function tzTokenizeDate(date, timeZone) {
  var dtf = getDateTimeFormat(timeZone);
  return dtf.formatToParts ? partsOffset(dtf, date) : hackyOffset(dtf, date);
}
var typeToPos = {
  year: 0,
  month: 1,
  day: 2,
  hour: 3,
  minute: 4,
  second: 5
};
function partsOffset(dtf, date) {
  try {
    var formatted = dtf.formatToParts(date);
    var filled = [];
    for (var i2 = 0; i2 < formatted.length; i2++) {
      var pos = typeToPos[formatted[i2].type];
      if (pos >= 0) {
        filled[pos] = parseInt(formatted[i2].value, 10);
      }
    }
    return filled;
  } catch (error) {
    if (error instanceof RangeError) {
      return [NaN];
    }
    throw error;
  }
}
function hackyOffset(dtf, date) {
  var formatted = dtf.format(date);
  var parsed = /(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)/.exec(formatted);
  return [parsed[3], parsed[1], parsed[2], parsed[4], parsed[5], parsed[6]];
}
var dtfCache = {};
function getDateTimeFormat(timeZone) {
  if (!dtfCache[timeZone]) {
    var testDateFormatted = new Intl.DateTimeFormat("en-US", {
      hourCycle: "h23",
      timeZone: "America/New_York",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    }).format(/* @__PURE__ */ new Date("2014-06-25T04:00:00.123Z"));
    var hourCycleSupported = testDateFormatted === "06/25/2014, 00:00:00" || testDateFormatted === "\u200E06\u200E/\u200E25\u200E/\u200E2014\u200E \u200E00\u200E:\u200E00\u200E:\u200E00";
    dtfCache[timeZone] = hourCycleSupported ? new Intl.DateTimeFormat("en-US", {
      hourCycle: "h23",
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    }) : new Intl.DateTimeFormat("en-US", {
      hour12: false,
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    });
  }
  return dtfCache[timeZone];
}

// node_modules/date-fns-tz/esm/_lib/newDateUTC/index.js
function newDateUTC(fullYear, month, day, hour, minute, second, millisecond) {
  var utcDate = /* @__PURE__ */ new Date(0);
  utcDate.setUTCFullYear(fullYear, month, day);
  utcDate.setUTCHours(hour, minute, second, millisecond);
  return utcDate;
}

// node_modules/date-fns-tz/esm/_lib/tzParseTimezone/index.js
var MILLISECONDS_IN_HOUR = 36e5;
var MILLISECONDS_IN_MINUTE = 6e4;
var patterns = {
  timezone: /([Z+-].*)$/,
  timezoneZ: /^(Z)$/,
  timezoneHH: /^([+-]\d{2})$/,
  timezoneHHMM: /^([+-])(\d{2}):?(\d{2})$/
};
function tzParseTimezone(timezoneString, date, isUtcDate) {
  var token;
  var absoluteOffset;
  if (!timezoneString) {
    return 0;
  }
  token = patterns.timezoneZ.exec(timezoneString);
  if (token) {
    return 0;
  }
  var hours;
  token = patterns.timezoneHH.exec(timezoneString);
  if (token) {
    hours = parseInt(token[1], 10);
    if (!validateTimezone(hours)) {
      return NaN;
    }
    return -(hours * MILLISECONDS_IN_HOUR);
  }
  token = patterns.timezoneHHMM.exec(timezoneString);
  if (token) {
    hours = parseInt(token[2], 10);
    var minutes = parseInt(token[3], 10);
    if (!validateTimezone(hours, minutes)) {
      return NaN;
    }
    absoluteOffset = Math.abs(hours) * MILLISECONDS_IN_HOUR + minutes * MILLISECONDS_IN_MINUTE;
    return token[1] === "+" ? -absoluteOffset : absoluteOffset;
  }
  if (isValidTimezoneIANAString(timezoneString)) {
    date = new Date(date || Date.now());
    var utcDate = isUtcDate ? date : toUtcDate(date);
    var offset = calcOffset(utcDate, timezoneString);
    var fixedOffset = isUtcDate ? offset : fixOffset(date, offset, timezoneString);
    return -fixedOffset;
  }
  return NaN;
}
function toUtcDate(date) {
  return newDateUTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds()
  );
}
function calcOffset(date, timezoneString) {
  var tokens = tzTokenizeDate(date, timezoneString);
  var asUTC = newDateUTC(
    tokens[0],
    tokens[1] - 1,
    tokens[2],
    tokens[3] % 24,
    tokens[4],
    tokens[5],
    0
  ).getTime();
  var asTS = date.getTime();
  var over = asTS % 1e3;
  asTS -= over >= 0 ? over : 1e3 + over;
  return asUTC - asTS;
}
function fixOffset(date, offset, timezoneString) {
  var localTS = date.getTime();
  var utcGuess = localTS - offset;
  var o2 = calcOffset(new Date(utcGuess), timezoneString);
  if (offset === o2) {
    return offset;
  }
  utcGuess -= o2 - offset;
  var o3 = calcOffset(new Date(utcGuess), timezoneString);
  if (o2 === o3) {
    return o2;
  }
  return Math.max(o2, o3);
}
function validateTimezone(hours, minutes) {
  return -23 <= hours && hours <= 23 && (minutes == null || 0 <= minutes && minutes <= 59);
}
var validIANATimezoneCache = {};
function isValidTimezoneIANAString(timeZoneString) {
  if (validIANATimezoneCache[timeZoneString]) return true;
  try {
    new Intl.DateTimeFormat(void 0, { timeZone: timeZoneString });
    validIANATimezoneCache[timeZoneString] = true;
    return true;
  } catch (error) {
    return false;
  }
}

// node_modules/date-fns-tz/esm/toDate/index.js
var import_toInteger = __toESM(require_toInteger(), 1);
var import_getTimezoneOffsetInMilliseconds = __toESM(require_getTimezoneOffsetInMilliseconds(), 1);

// node_modules/date-fns-tz/esm/_lib/tzPattern/index.js
var tzPattern = /(Z|[+-]\d{2}(?::?\d{2})?| UTC| [a-zA-Z]+\/[a-zA-Z_]+(?:\/[a-zA-Z_]+)?)$/;
var tzPattern_default = tzPattern;

// node_modules/date-fns-tz/esm/toDate/index.js
var MILLISECONDS_IN_HOUR2 = 36e5;
var MILLISECONDS_IN_MINUTE2 = 6e4;
var DEFAULT_ADDITIONAL_DIGITS = 2;
var patterns2 = {
  dateTimePattern: /^([0-9W+-]+)(T| )(.*)/,
  datePattern: /^([0-9W+-]+)(.*)/,
  plainTime: /:/,
  // year tokens
  YY: /^(\d{2})$/,
  YYY: [
    /^([+-]\d{2})$/,
    // 0 additional digits
    /^([+-]\d{3})$/,
    // 1 additional digit
    /^([+-]\d{4})$/
    // 2 additional digits
  ],
  YYYY: /^(\d{4})/,
  YYYYY: [
    /^([+-]\d{4})/,
    // 0 additional digits
    /^([+-]\d{5})/,
    // 1 additional digit
    /^([+-]\d{6})/
    // 2 additional digits
  ],
  // date tokens
  MM: /^-(\d{2})$/,
  DDD: /^-?(\d{3})$/,
  MMDD: /^-?(\d{2})-?(\d{2})$/,
  Www: /^-?W(\d{2})$/,
  WwwD: /^-?W(\d{2})-?(\d{1})$/,
  HH: /^(\d{2}([.,]\d*)?)$/,
  HHMM: /^(\d{2}):?(\d{2}([.,]\d*)?)$/,
  HHMMSS: /^(\d{2}):?(\d{2}):?(\d{2}([.,]\d*)?)$/,
  // time zone tokens (to identify the presence of a tz)
  timeZone: tzPattern_default
};
function toDate(argument, dirtyOptions) {
  if (arguments.length < 1) {
    throw new TypeError("1 argument required, but only " + arguments.length + " present");
  }
  if (argument === null) {
    return /* @__PURE__ */ new Date(NaN);
  }
  var options = dirtyOptions || {};
  var additionalDigits = options.additionalDigits == null ? DEFAULT_ADDITIONAL_DIGITS : (0, import_toInteger.default)(options.additionalDigits);
  if (additionalDigits !== 2 && additionalDigits !== 1 && additionalDigits !== 0) {
    throw new RangeError("additionalDigits must be 0, 1 or 2");
  }
  if (argument instanceof Date || typeof argument === "object" && Object.prototype.toString.call(argument) === "[object Date]") {
    return new Date(argument.getTime());
  } else if (typeof argument === "number" || Object.prototype.toString.call(argument) === "[object Number]") {
    return new Date(argument);
  } else if (!(typeof argument === "string" || Object.prototype.toString.call(argument) === "[object String]")) {
    return /* @__PURE__ */ new Date(NaN);
  }
  var dateStrings = splitDateString(argument);
  var parseYearResult = parseYear(dateStrings.date, additionalDigits);
  var year = parseYearResult.year;
  var restDateString = parseYearResult.restDateString;
  var date = parseDate(restDateString, year);
  if (isNaN(date)) {
    return /* @__PURE__ */ new Date(NaN);
  }
  if (date) {
    var timestamp = date.getTime();
    var time = 0;
    var offset;
    if (dateStrings.time) {
      time = parseTime(dateStrings.time);
      if (isNaN(time)) {
        return /* @__PURE__ */ new Date(NaN);
      }
    }
    if (dateStrings.timeZone || options.timeZone) {
      offset = tzParseTimezone(dateStrings.timeZone || options.timeZone, new Date(timestamp + time));
      if (isNaN(offset)) {
        return /* @__PURE__ */ new Date(NaN);
      }
    } else {
      offset = (0, import_getTimezoneOffsetInMilliseconds.default)(new Date(timestamp + time));
      offset = (0, import_getTimezoneOffsetInMilliseconds.default)(new Date(timestamp + time + offset));
    }
    return new Date(timestamp + time + offset);
  } else {
    return /* @__PURE__ */ new Date(NaN);
  }
}
function splitDateString(dateString) {
  var dateStrings = {};
  var parts = patterns2.dateTimePattern.exec(dateString);
  var timeString;
  if (!parts) {
    parts = patterns2.datePattern.exec(dateString);
    if (parts) {
      dateStrings.date = parts[1];
      timeString = parts[2];
    } else {
      dateStrings.date = null;
      timeString = dateString;
    }
  } else {
    dateStrings.date = parts[1];
    timeString = parts[3];
  }
  if (timeString) {
    var token = patterns2.timeZone.exec(timeString);
    if (token) {
      dateStrings.time = timeString.replace(token[1], "");
      dateStrings.timeZone = token[1].trim();
    } else {
      dateStrings.time = timeString;
    }
  }
  return dateStrings;
}
function parseYear(dateString, additionalDigits) {
  var patternYYY = patterns2.YYY[additionalDigits];
  var patternYYYYY = patterns2.YYYYY[additionalDigits];
  var token;
  token = patterns2.YYYY.exec(dateString) || patternYYYYY.exec(dateString);
  if (token) {
    var yearString = token[1];
    return {
      year: parseInt(yearString, 10),
      restDateString: dateString.slice(yearString.length)
    };
  }
  token = patterns2.YY.exec(dateString) || patternYYY.exec(dateString);
  if (token) {
    var centuryString = token[1];
    return {
      year: parseInt(centuryString, 10) * 100,
      restDateString: dateString.slice(centuryString.length)
    };
  }
  return {
    year: null
  };
}
function parseDate(dateString, year) {
  if (year === null) {
    return null;
  }
  var token;
  var date;
  var month;
  var week;
  if (dateString.length === 0) {
    date = /* @__PURE__ */ new Date(0);
    date.setUTCFullYear(year);
    return date;
  }
  token = patterns2.MM.exec(dateString);
  if (token) {
    date = /* @__PURE__ */ new Date(0);
    month = parseInt(token[1], 10) - 1;
    if (!validateDate(year, month)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    date.setUTCFullYear(year, month);
    return date;
  }
  token = patterns2.DDD.exec(dateString);
  if (token) {
    date = /* @__PURE__ */ new Date(0);
    var dayOfYear = parseInt(token[1], 10);
    if (!validateDayOfYearDate(year, dayOfYear)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    date.setUTCFullYear(year, 0, dayOfYear);
    return date;
  }
  token = patterns2.MMDD.exec(dateString);
  if (token) {
    date = /* @__PURE__ */ new Date(0);
    month = parseInt(token[1], 10) - 1;
    var day = parseInt(token[2], 10);
    if (!validateDate(year, month, day)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    date.setUTCFullYear(year, month, day);
    return date;
  }
  token = patterns2.Www.exec(dateString);
  if (token) {
    week = parseInt(token[1], 10) - 1;
    if (!validateWeekDate(year, week)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    return dayOfISOWeekYear(year, week);
  }
  token = patterns2.WwwD.exec(dateString);
  if (token) {
    week = parseInt(token[1], 10) - 1;
    var dayOfWeek = parseInt(token[2], 10) - 1;
    if (!validateWeekDate(year, week, dayOfWeek)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    return dayOfISOWeekYear(year, week, dayOfWeek);
  }
  return null;
}
function parseTime(timeString) {
  var token;
  var hours;
  var minutes;
  token = patterns2.HH.exec(timeString);
  if (token) {
    hours = parseFloat(token[1].replace(",", "."));
    if (!validateTime(hours)) {
      return NaN;
    }
    return hours % 24 * MILLISECONDS_IN_HOUR2;
  }
  token = patterns2.HHMM.exec(timeString);
  if (token) {
    hours = parseInt(token[1], 10);
    minutes = parseFloat(token[2].replace(",", "."));
    if (!validateTime(hours, minutes)) {
      return NaN;
    }
    return hours % 24 * MILLISECONDS_IN_HOUR2 + minutes * MILLISECONDS_IN_MINUTE2;
  }
  token = patterns2.HHMMSS.exec(timeString);
  if (token) {
    hours = parseInt(token[1], 10);
    minutes = parseInt(token[2], 10);
    var seconds = parseFloat(token[3].replace(",", "."));
    if (!validateTime(hours, minutes, seconds)) {
      return NaN;
    }
    return hours % 24 * MILLISECONDS_IN_HOUR2 + minutes * MILLISECONDS_IN_MINUTE2 + seconds * 1e3;
  }
  return null;
}
function dayOfISOWeekYear(isoWeekYear, week, day) {
  week = week || 0;
  day = day || 0;
  var date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(isoWeekYear, 0, 4);
  var fourthOfJanuaryDay = date.getUTCDay() || 7;
  var diff = week * 7 + day + 1 - fourthOfJanuaryDay;
  date.setUTCDate(date.getUTCDate() + diff);
  return date;
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var DAYS_IN_MONTH_LEAP_YEAR = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYearIndex(year) {
  return year % 400 === 0 || year % 4 === 0 && year % 100 !== 0;
}
function validateDate(year, month, date) {
  if (month < 0 || month > 11) {
    return false;
  }
  if (date != null) {
    if (date < 1) {
      return false;
    }
    var isLeapYear = isLeapYearIndex(year);
    if (isLeapYear && date > DAYS_IN_MONTH_LEAP_YEAR[month]) {
      return false;
    }
    if (!isLeapYear && date > DAYS_IN_MONTH[month]) {
      return false;
    }
  }
  return true;
}
function validateDayOfYearDate(year, dayOfYear) {
  if (dayOfYear < 1) {
    return false;
  }
  var isLeapYear = isLeapYearIndex(year);
  if (isLeapYear && dayOfYear > 366) {
    return false;
  }
  if (!isLeapYear && dayOfYear > 365) {
    return false;
  }
  return true;
}
function validateWeekDate(year, week, day) {
  if (week < 0 || week > 52) {
    return false;
  }
  if (day != null && (day < 0 || day > 6)) {
    return false;
  }
  return true;
}
function validateTime(hours, minutes, seconds) {
  if (hours != null && (hours < 0 || hours >= 25)) {
    return false;
  }
  if (minutes != null && (minutes < 0 || minutes >= 60)) {
    return false;
  }
  if (seconds != null && (seconds < 0 || seconds >= 60)) {
    return false;
  }
  return true;
}

// node_modules/date-fns-tz/esm/zonedTimeToUtc/index.js
var import_cloneObject = __toESM(require_cloneObject(), 1);
function zonedTimeToUtc(date, timeZone, options) {
  if (typeof date === "string" && !date.match(tzPattern_default)) {
    var extendedOptions = (0, import_cloneObject.default)(options);
    extendedOptions.timeZone = timeZone;
    return toDate(date, extendedOptions);
  }
  var d = toDate(date, options);
  var utc = newDateUTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds()
  ).getTime();
  var offsetMilliseconds = tzParseTimezone(timeZone, new Date(utc));
  return new Date(utc + offsetMilliseconds);
}

// node_modules/text-kit/lib/core.js
function clamp(num, min, max) {
  return num > max ? max : num < min ? min : num;
}
function core(text) {
  const strLines = text.split(/^/gm);
  const lines = strLines.length > 0 ? [0] : [];
  strLines.slice(0, strLines.length - 1).forEach((l, i2) => {
    lines.push(lines[i2] + l.length);
  });
  function eof() {
    if (lines.length === 0) {
      return { line: 1, column: 1, offset: 0 };
    }
    return {
      line: lines.length,
      column: text.length - lines[lines.length - 1] + 1,
      offset: text.length
    };
  }
  function bol(ln) {
    const lineIndex = ln - 1;
    if (lineIndex >= lines.length || lineIndex < 0) return null;
    return { line: ln, column: 1, offset: lines[ln - 1] };
  }
  function eol(ln) {
    if (ln > lines.length || ln < 1) return null;
    const lastLine = ln === lines.length;
    return lastLine ? eof() : toPoint(lines[ln] - 1);
  }
  function shift(point2, offset) {
    return toPoint(toIndex(point2) + offset);
  }
  function toPoint(index) {
    if (index <= 0) return { line: 1, column: 1, offset: 0 };
    if (index >= text.length) return eof();
    let lineIndex = lines.findIndex((l) => l > index);
    if (lineIndex < 0) {
      lineIndex = lines.length;
    }
    return {
      line: lineIndex,
      column: index - lines[lineIndex - 1] + 1,
      offset: index
    };
  }
  function toIndex(point2) {
    if (typeof point2 === "number") return clamp(point2, 0, text.length);
    if (point2.offset) return clamp(point2.offset, 0, text.length);
    const lineIndex = point2.line - 1;
    if (lineIndex < 0 || lines.length === 0) return 0;
    if (lineIndex >= lines.length) return text.length;
    const i2 = lines[lineIndex] + point2.column - 1;
    return Math.min(i2, text.length);
  }
  return {
    get text() {
      return text;
    },
    get numberOfLines() {
      return lines.length;
    },
    shift,
    toPoint,
    toIndex,
    bol,
    eol
  };
}
var core_default = core;

// node_modules/text-kit/lib/utils/lines.js
function lines_default(core2) {
  function linePosition(start, end) {
    let result = null;
    if (typeof start === "number") {
      result = linePosition(core2.toPoint(start));
    } else {
      const s = core2.bol(start.line);
      const e = core2.eol(start.line);
      if (!s || !e) return null;
      result = {
        start: s,
        end: e
      };
    }
    if (end && result) {
      const endLR = linePosition(end);
      if (!endLR) return null;
      result.end = endLR.end;
    }
    return result;
  }
  function endOfLine(ln) {
    const pos = linePosition(ln);
    if (!pos) return void 0;
    return pos.end;
  }
  const beginOfLine = (ln) => {
    const pos = linePosition(ln);
    if (!pos) return void 0;
    return pos.start;
  };
  return {
    ...core2,
    linePosition,
    endOfLine,
    beginOfLine
  };
}

// node_modules/text-kit/lib/utils/substring.js
function addSubstring(core2) {
  function substring(start, end) {
    const { toIndex } = core2;
    return core2.text.substring(toIndex(start), end && toIndex(end));
  }
  return {
    ...core2,
    substring
  };
}

// node_modules/text-kit/lib/utils/index.js
function enhance(core2) {
  return addSubstring(lines_default(core2));
}

// node_modules/text-kit/lib/reader.js
var PAIRS = [
  ["{", "}"],
  ["[", "]"],
  ["(", ")"],
  ["<", ">"]
].reduce((all, [l, r]) => {
  return {
    ...all,
    [l]: r,
    [r]: l
  };
}, {});
function reader(_core, range = {}) {
  const core2 = enhance(_core);
  let cursor = core2.toIndex(range.start || 0);
  const end = core2.toIndex(range.end || Infinity);
  const getChar = (offset = 0) => {
    const index = cursor + offset;
    if (index >= end || index < 0) return void 0;
    return core2.text.charAt(index);
  };
  function getLine() {
    const pos = core2.linePosition(cursor);
    if (!pos) return null;
    return core2.substring(cursor, pos.end);
  }
  function jump(point2) {
    cursor = Math.min(end, core2.toIndex(point2));
  }
  const now = () => core2.toPoint(cursor);
  function eat(param = "char") {
    let value;
    const position = {
      start: core2.toPoint(cursor),
      end: core2.toPoint(cursor)
    };
    if (cursor >= end) return void 0;
    if (param === "char") {
      value = getChar();
      cursor += 1;
    } else if (param === "line") {
      const lineEnd = core2.linePosition(cursor);
      const e = lineEnd === null ? end : Math.min(end, lineEnd.end.offset ?? end);
      value = core2.substring(cursor, e);
      cursor = e;
    } else if (param === "whitespaces") {
      return eat(/^[ \t]+/);
    } else if (param === "newline") {
      return eat(/^[\n\r]/);
    } else if (typeof param === "number") {
      const adv = Math.min(param, end - cursor);
      value = core2.text.substring(cursor, cursor + adv);
      cursor += adv;
    } else {
      const m = match(param);
      if (!m) return;
      if (m.position.end.offset !== void 0) cursor = m.position.end.offset;
      value = m.result[0];
    }
    position.end = core2.toPoint(cursor);
    return {
      position,
      value: value || ""
    };
  }
  function match(pattern, range2 = {}) {
    const s = range2.start?.offset || cursor;
    const e = range2.end?.offset || end;
    const str = core2.text.substring(s, e);
    const m = pattern.exec(str);
    if (!m) return;
    return {
      result: m,
      position: {
        start: core2.toPoint(cursor + m.index),
        end: core2.toPoint(cursor + m.index + m[0].length)
      }
    };
  }
  function findClosing(index = cursor) {
    let cursor2 = core2.toIndex(index);
    const opening = core2.text.charAt(cursor2);
    if (!opening) return;
    const closing = PAIRS[opening] || opening;
    let balance = 1;
    cursor2 += 1;
    while (cursor2 < end) {
      const char = core2.text.charAt(cursor2);
      if (char === opening) {
        balance += 1;
      }
      if (char === closing) {
        if (opening !== closing) {
          balance -= 1;
        } else {
          balance = 0;
        }
      }
      if (balance === 0) {
        return core2.toPoint(cursor2);
      }
      cursor2 += 1;
    }
  }
  const isStartOfLine = () => {
    return cursor === 0 || getChar(-1) === "\n";
  };
  function indexOf(str, range2 = {}) {
    const s = range2.start?.offset || cursor;
    const e = range2.end?.offset || core2.endOfLine(cursor)?.offset || end;
    const substr = core2.text.substring(s, e);
    const i2 = substr.indexOf(str);
    if (i2 === -1) return null;
    return core2.toPoint(cursor + i2);
  }
  return {
    ...core2,
    getChar,
    getLine,
    eat,
    jump,
    match,
    indexOf,
    findClosing,
    isStartOfLine,
    now: () => {
      return now();
    },
    beginOfLine: () => core2.beginOfLine(cursor),
    endOfLine: () => core2.endOfLine(cursor),
    /**
     * Read a range of text
     * @param {Partial<Range>} [range={}]
     */
    read: (range2 = {}) => {
      return reader(_core, {
        start: range2.start || cursor,
        end: range2.end || end
      });
    }
  };
}
var reader_default = reader;

// node_modules/text-kit/index.js
function read(text, range = {}) {
  return reader_default(core_default(text), range);
}

// node_modules/orga/dist/timestamp.js
var parse = (input, { timezone = Intl.DateTimeFormat().resolvedOptions().timeZone } = {}) => {
  const { match, eat, getChar, jump } = read(input);
  eat("whitespaces");
  const timestamp = () => {
    const opening = eat(/[<[]/g);
    if (!opening)
      return;
    const _active = opening.value === "<";
    const { value: _date } = eat(/\d{4}-\d{2}-\d{2}/);
    let date = _date;
    eat("whitespaces");
    let end;
    const { value: _day } = eat(/[a-zA-Z]+/);
    eat("whitespaces");
    const time = match(/(\d{2}:\d{2})(?:-(\d{2}:\d{2}))?/);
    if (time) {
      date = `${_date} ${time.result[1]}`;
      if (time.result[2]) {
        end = `${_date} ${time.result[2]}`;
      }
      jump(time.position.end);
    }
    const closing = getChar();
    if (opening.value === "[" && closing === "]" || opening.value === "<" && closing === ">") {
      eat("char");
      return {
        date: zonedTimeToUtc(date, timezone),
        end: end ? zonedTimeToUtc(end, timezone) : void 0
      };
    }
  };
  const ts = timestamp();
  if (!ts)
    return;
  if (!ts.end) {
    const doubleDash = eat(/--/);
    if (doubleDash) {
      const end = timestamp();
      if (end) {
        ts.end = end.date;
      }
    }
  }
  return ts;
};

// node_modules/orga/dist/tokenize/block.js
var block_default2 = (reader2) => {
  const { match, eat, endOfLine, jump } = reader2;
  const ws = eat("whitespaces");
  const b = match(/#\+begin_([^\s\n]+)\s*(.*)$/imy, { end: endOfLine() });
  if (b) {
    eat("line");
    const params = b.result[2].split(" ").map((p) => p.trim()).filter(String);
    return [
      {
        type: "block.begin",
        name: b.result[1],
        params,
        position: { ...b.position }
      }
    ];
  }
  const e = match(/#\+end_([^\s\n]+)\s*$/imy, { end: endOfLine() });
  if (e) {
    reader2.eat("line");
    return [
      {
        type: "block.end",
        name: e.result[1],
        position: { ...e.position }
      }
    ];
  }
  ws && jump(ws.position.start);
};

// node_modules/orga/dist/tokenize/comment.js
var comment_default = ({ match, eat, jump }) => {
  const ws = eat("whitespaces");
  if (match(/^#\s/y)) {
    const comment = match(/^#\s+(.*)$/my);
    if (comment) {
      eat("line");
      return {
        type: "comment",
        position: comment.position,
        value: comment.result[1]
      };
    }
  }
  ws && jump(ws.position.start);
};

// node_modules/orga/dist/tokenize/drawer.js
var drawer_default2 = (reader2) => {
  const { match, jump, eat } = reader2;
  const ws = eat("whitespaces");
  const drawerReg = /:(\w+):(?=[ \t]*$)/my;
  const m = match(drawerReg);
  if (m) {
    jump(m.position.end);
    const name = m.result[1];
    eat("whitespaces");
    if (name.toLowerCase() === "end") {
      return [
        {
          type: "drawer.end",
          position: m.position
        }
      ];
    } else {
      return [
        {
          type: "drawer.begin",
          name,
          position: m.position
        }
      ];
    }
  }
  ws && jump(ws.position.start);
  return [];
};

// node_modules/orga/dist/tokenize/empty.js
function empty_default({ isStartOfLine, getLine, eat }) {
  const tokens = [];
  while (isStartOfLine()) {
    const l = getLine();
    if (l === null || l.replace(/\s/g, "").length > 0)
      break;
    const line = eat("line");
    if (!line)
      break;
    tokens.push({
      type: "emptyLine",
      position: line.position
    });
    const nl = eat("newline");
    if (!nl)
      break;
    tokens.push({
      type: "newline",
      position: nl.position
    });
  }
  return tokens;
}

// node_modules/orga/dist/tokenize/inline/footnote.js
var tokFootnoteRefernece = (reader2) => {
  const tokens = [];
  const { eat, now, jump } = reader2;
  const fnb = eat(/^\[fn:/);
  if (!fnb)
    return;
  tokens.push({
    type: "opening",
    element: "footnote.reference",
    position: fnb.position
  });
  const closing = reader2.findClosing(fnb.position.start);
  if (!closing)
    return;
  const label = eat(/^[\w_-]+/);
  if (label) {
    tokens.push({
      type: "footnote.label",
      label: label.value,
      position: label.position
    });
  }
  if (label && now().offset === closing.offset) {
    tokens.push({
      type: "closing",
      element: "footnote.reference",
      position: eat().position
    });
    return tokens;
  }
  if (!eat(/^:/))
    return;
  const defRange = {
    start: now(),
    end: closing
  };
  const more = tokenize(reader2.read(defRange));
  tokens.push(...more);
  jump(closing);
  tokens.push({
    type: "closing",
    element: "footnote.reference",
    position: eat().position
  });
  return tokens;
};
var footnote_default2 = tokFootnoteRefernece;

// node_modules/orga/dist/uri.js
var URL_PATTERN = /(?:([a-z][a-z0-9+.-]*):)?(.*)/i;
var isFilePath = (str) => {
  return str && /^\.{0,2}\//.test(str);
};
var uri_default = (link) => {
  const m = URL_PATTERN.exec(link);
  if (!m)
    return void 0;
  const protocol = (m[1] || (isFilePath(m[2]) ? `file` : `internal`)).toLowerCase();
  let value = m[2];
  if (/https?/.test(protocol)) {
    value = `${protocol}:${value}`;
  }
  let search;
  if (protocol === "file") {
    const m2 = /(.*?)::(.*)/.exec(value);
    if (m2?.[1] && m2[2]) {
      value = m2[1];
      search = parseInt(m2[2], 10);
      search = Number.isInteger(search) ? search : m2[2];
    }
  }
  return { protocol, value, search };
};

// node_modules/orga/dist/tokenize/inline/text.js
var MARKERS = {
  "*": "bold",
  "=": "verbatim",
  "/": "italic",
  "+": "strikeThrough",
  _: "underline",
  "~": "code"
};
var tokenizeText = (bol = void 0) => (reader2) => {
  const tokens = [];
  const { now, eat, jump, getChar, findClosing, substring } = reader2;
  const marker = getChar();
  const style = MARKERS[marker];
  if (!style)
    return;
  const pre = getChar(-1);
  const isBOL = bol && bol.offset === now().offset || now().column === 1;
  if (!isBOL && !/[\s({'"]/.test(pre))
    return;
  const tokenStart = now();
  const closing = findClosing(now());
  if (!closing)
    return;
  eat();
  const valueStart = now();
  if (getChar().match(/\s/))
    return;
  jump(closing);
  if (getChar(-1).match(/\s/))
    return;
  const post = getChar(1);
  if (post && ` 	
-.,;:!?')}["`.indexOf(post) === -1)
    return;
  const valueEnd = now();
  eat();
  tokens.push({
    type: "text",
    style,
    value: substring(valueStart, valueEnd),
    position: { start: tokenStart, end: now() }
  });
  return tokens;
};
var text_default = tokenizeText;

// node_modules/orga/dist/tokenize/inline/link.js
var tokenizeLink = (reader2) => {
  const tokens = [];
  const { eat, findClosing, jump, getChar, now } = reader2;
  if (getChar() !== "[") {
    return;
  }
  const linkOpening = eat("char");
  tokens.push({
    type: "opening",
    element: "link",
    position: linkOpening.position
  });
  const linkClosing = findClosing(linkOpening.position.start);
  if (!linkClosing)
    return;
  if (getChar() !== "[") {
    return;
  }
  const pathOpening = eat("char");
  const pathClosing = findClosing(pathOpening.position.start);
  if (!pathClosing)
    return;
  const linkInfo = uri_default(reader2.substring(pathOpening.position.end, pathClosing));
  if (!linkInfo)
    return;
  jump(pathClosing);
  eat("char");
  tokens.push({
    type: "link.path",
    ...linkInfo,
    position: {
      start: pathOpening.position.start,
      end: now()
    }
  });
  if (getChar() === "[") {
    const descClosing = findClosing();
    if (!descClosing) {
      return;
    }
    eat();
    const desc = tokenize(reader2.read({ end: descClosing }), [
      text_default(now())
    ]);
    tokens.push(...desc);
  }
  jump(linkClosing);
  tokens.push({
    type: "closing",
    element: "link",
    position: eat().position
  });
  return tokens;
};
var link_default = tokenizeLink;

// node_modules/orga/dist/tokenize/inline/math.js
var tokenizeMath = (reader2) => {
  const { now, eat, getChar, jump, substring, match } = reader2;
  const tokens = [];
  const tokenStart = now();
  let closingMatch;
  if (getChar() === "\\") {
    eat();
    const opening = getChar();
    if (opening === "(") {
      closingMatch = /\\\)/;
    } else if (opening === "[") {
      closingMatch = /\\]/;
    } else
      return;
    eat();
  } else if (getChar() === "$") {
    eat();
    if (getChar() === "$") {
      eat();
      closingMatch = /\$\$/;
    } else
      return;
  }
  if (!closingMatch)
    return;
  const valueStart = now();
  const m = match(closingMatch);
  if (!m)
    return;
  const valueEnd = m.position.start;
  jump(m.position.end);
  const tokenEnd = now();
  tokens.push({
    type: "text",
    style: "math",
    value: substring(valueStart, valueEnd),
    position: { start: tokenStart, end: tokenEnd }
  });
  return tokens;
};
var math_default = tokenizeMath;

// node_modules/orga/dist/tokenize/inline/index.js
var ALL = [
  footnote_default2,
  link_default,
  math_default,
  text_default()
];
var tokenize = (reader2, tokenizers = ALL, { ignoring } = { ignoring: [] }) => {
  const { now, eat, jump, substring, getChar, toPoint } = reader2;
  const _tokens = [];
  let cursor = now().offset;
  const push = (...tokens) => {
    if (tokens.length === 0)
      return;
    const textEnd = tokens[0].position.start;
    if (cursor < textEnd.offset) {
      _tokens.push({
        type: "text",
        value: substring(cursor, textEnd),
        position: { start: toPoint(cursor), end: { ...textEnd } }
      });
    }
    cursor = tokens[tokens.length - 1].position.end.offset;
    _tokens.push(...tokens);
  };
  main: while (getChar()) {
    const newline = eat("newline");
    if (newline) {
      push({
        type: "newline",
        position: newline.position
      });
      break;
    }
    for (const t of tokenizers) {
      const r = reader2.read();
      const tokens = t(r);
      if (tokens) {
        push(...Array.isArray(tokens) ? tokens : [tokens]);
        jump(r.now());
        continue main;
      }
    }
    eat();
  }
  if (cursor < now().offset) {
    const value = substring(cursor, reader2.now());
    _tokens.push({
      type: "text",
      value,
      position: { start: toPoint(cursor), end: reader2.now() }
    });
  }
  return _tokens;
};

// node_modules/orga/dist/tokenize/footnote.js
var footnote_default3 = (reader2) => {
  const { isStartOfLine, match, jump, eat } = reader2;
  if (!isStartOfLine())
    return;
  let tokens = [];
  const m = match(/^\[fn:([^\]]+)\](?=\s)/y);
  if (!m)
    return [];
  tokens.push({
    type: "footnote.label",
    label: m.result[1],
    position: m.position
  });
  jump(m.position.end);
  eat("whitespaces");
  tokens = tokens.concat(tokenize(reader2));
  return tokens;
};

// node_modules/orga/dist/tokenize/headline.js
var headline_default2 = (todo) => (reader2) => {
  const { isStartOfLine, match, now, eol, eat, jump, substring, endOfLine } = reader2;
  if (!isStartOfLine() || !match(/^\*+[ \t]+/my))
    return;
  const todos = todo.keywords;
  let buffer = [];
  const stars = eat(/^\*+(?=[ \t])/);
  if (!stars)
    throw Error("not gonna happen");
  buffer.push({
    type: "stars",
    level: stars.value.length,
    position: {
      start: stars.position.start,
      end: eat("whitespaces").position.start
    }
  });
  const keyword2 = eat(RegExp(`${todos.map(encodeURIComponent).join("|")}(?=[ 	])`, "y"));
  if (keyword2) {
    buffer.push({
      type: "todo",
      keyword: keyword2.value,
      actionable: todo.actionable(keyword2.value),
      position: {
        start: keyword2.position.start,
        end: eat("whitespaces").position.start
      }
    });
  }
  const priority = eat(/^\[#(A|B|C)\](?=[ \t])/y);
  if (priority) {
    buffer.push({
      type: "priority",
      ...priority,
      position: {
        start: priority.position.start,
        end: eat("whitespaces").position.start
      }
    });
  }
  const tags = match(/[ \t]+(:(?:[\w@_#%-]+:)+)[ \t]*$/m, {
    end: endOfLine()
  });
  let contentEnd = eol(now().line);
  if (tags) {
    contentEnd = tags.position.start;
  }
  const r = reader2.read({ end: contentEnd });
  const tokens = tokenize(r);
  jump(r.now());
  buffer = buffer.concat(tokens);
  if (tags) {
    eat("whitespaces");
    const tagsPosition = { start: now(), end: tags.position.end };
    const s = substring(tagsPosition.start, tagsPosition.end);
    buffer.push({
      type: "tags",
      tags: s.split(":").map((t) => t.trim()).filter(Boolean),
      position: { start: now(), end: tags.position.end }
    });
    jump(tags.position.end);
  }
  return buffer;
};

// node_modules/orga/dist/tokenize/hr.js
var hr_default = ({ eat }) => {
  const hr = eat(/^\s*-{5,}\s*$/my);
  if (hr) {
    return {
      type: "hr",
      position: hr.position
    };
  }
};

// node_modules/orga/dist/tokenize/keyword.js
var keyword_default2 = (reader2) => {
  const keyword2 = reader2.match(/^#\+(\w+):(?:[ \t]+(.*))?$/my);
  if (keyword2) {
    reader2.eat("line");
    const tokens = [
      {
        type: "keyword",
        key: keyword2.result[1],
        value: keyword2.result[2] ?? "",
        position: keyword2.position
      }
    ];
    const nl = reader2.eat("newline");
    if (nl) {
      tokens.push({
        type: "newline",
        position: nl.position
      });
    }
    return tokens;
  }
};

// node_modules/orga/dist/tokenize/latex.js
var latex_default2 = (reader2) => {
  const { match, eat, endOfLine } = reader2;
  const b = match(/\\begin\{([a-zA-Z0-9*]+)\}\s*$/imy, { end: endOfLine() });
  if (b) {
    eat("line");
    return [
      {
        type: "latex.begin",
        name: b.result[1],
        position: { ...b.position }
      }
    ];
  }
  const e = match(/\\end\{([a-zA-Z0-9*]+)\}\s*$/imy, { end: endOfLine() });
  if (e) {
    reader2.eat("line");
    return [
      {
        type: "latex.end",
        name: e.result[1],
        position: { ...e.position }
      }
    ];
  }
};

// node_modules/orga/dist/tokenize/list.js
var list_default2 = (reader2) => {
  const { now, match, eat, jump, substring, endOfLine } = reader2;
  const ws = eat("whitespaces");
  let tokens = [];
  const indent = now().column - 1;
  const bullet = match(/^([-+]|\d+[.)])(?=\s)/y);
  if (!bullet) {
    ws && jump(ws.position.start);
    return [];
  }
  tokens.push({
    type: "list.item.bullet",
    indent,
    ordered: /^\d/.test(bullet.result[1]),
    position: bullet.position
  });
  jump(bullet.position.end);
  eat("whitespaces");
  const checkbox = match(/^\[(x|X|-| )\](?=\s)/y);
  if (checkbox) {
    tokens.push({
      type: "list.item.checkbox",
      checked: checkbox.result[1] !== " ",
      position: checkbox.position
    });
    jump(checkbox.position.end);
  }
  eat("whitespaces");
  const tagMark = match(/\s+::\s+/, { end: endOfLine() });
  if (tagMark) {
    const pos = { start: now(), end: tagMark.position.start };
    tokens.push({
      type: "list.item.tag",
      value: substring(pos.start, pos.end),
      position: pos
    });
    jump(tagMark.position.end);
  }
  tokens = tokens.concat(tokenize(reader2));
  return tokens;
};

// node_modules/orga/dist/tokenize/planning.js
var planning_default2 = ({ keywords, timezone }) => (reader2) => {
  const { now, match, eat, substring, getLine, jump } = reader2;
  const ws = eat("whitespaces");
  const pattern = `(${keywords.join("|")}):`;
  if (!match(RegExp(pattern, "y"))) {
    ws && jump(ws.position.start);
    return;
  }
  const currentLine = getLine();
  const { line, column, offset } = now();
  const getLocation = (_offset) => ({
    line,
    column: column + _offset,
    offset: offset + _offset
  });
  const all = [];
  const parseLastTimestamp = (end) => {
    if (all.length === 0)
      return;
    const { type, position } = all[all.length - 1];
    if (!position)
      throw Error(`position is ${position}`);
    if (type !== "planning.keyword")
      return;
    const endLocation = getLocation(end);
    const timestampPosition = { start: position.end, end: endLocation };
    const value = substring(timestampPosition.start, timestampPosition.end);
    all.push({
      type: "planning.timestamp",
      value: parse(value, { timezone }),
      position: timestampPosition
    });
  };
  const p = RegExp(pattern, "g");
  for (; ; ) {
    const m = p.exec(currentLine);
    if (m === null)
      break;
    parseLastTimestamp(m.index);
    all.push({
      type: "planning.keyword",
      value: m[1],
      position: {
        start: getLocation(m.index),
        end: getLocation(p.lastIndex)
      }
    });
  }
  parseLastTimestamp(currentLine.length);
  eat("line");
  return all;
};

// node_modules/orga/dist/tokenize/table.js
var table_default2 = (reader2) => {
  const { eat, getChar, jump, endOfLine, indexOf } = reader2;
  const ws = eat("whitespaces");
  const char = getChar();
  if (char !== "|") {
    ws && jump(ws.position.start);
    return [];
  }
  if (getChar(1) === "-") {
    const hr = eat("line");
    const tokens2 = [{ type: "table.hr", position: hr.position }];
    const nl = eat("newline");
    if (nl)
      tokens2.push({ type: "newline", position: nl.position });
    return tokens2;
  }
  const startColumnSeparator = {
    type: "table.columnSeparator",
    position: eat().position
  };
  const tokens = [];
  const tokCells = () => {
    const pipe = indexOf("|");
    const end = pipe || endOfLine();
    if (!end)
      throw new Error(`what is happening: ${end}`);
    const inline = tokenize(reader2.read({ end }));
    tokens.push(...inline);
    jump(end);
    if (pipe) {
      const c = eat("char");
      tokens.push({
        type: "table.columnSeparator",
        position: c.position
      });
      tokCells();
    }
    const nl = eat("newline");
    if (nl) {
      tokens.push({
        type: "newline",
        position: nl.position
      });
    }
  };
  tokCells();
  return [startColumnSeparator, ...tokens];
};

// node_modules/orga/dist/tokenize/index.js
var PLANNING_KEYWORDS = ["DEADLINE", "SCHEDULED", "CLOSED"];
var tokenize2 = (text, options) => {
  const { timezone, range, todo } = options;
  const reader2 = read(text, range);
  const { getChar } = reader2;
  let tokens = [];
  let cursor = 0;
  const tokenizers = [
    ({ getChar: getChar2, eat }) => getChar2() === "\n" && {
      type: "newline",
      position: eat("char").position
    },
    headline_default2(todo),
    drawer_default2,
    planning_default2({ keywords: PLANNING_KEYWORDS, timezone }),
    keyword_default2,
    block_default2,
    latex_default2,
    list_default2,
    comment_default,
    table_default2,
    hr_default,
    footnote_default3
  ];
  function tok() {
    const all = empty_default(reader2);
    if (!getChar())
      return all;
    for (const t of tokenizers) {
      const result = t(reader2);
      if (!result)
        continue;
      const tokens2 = Array.isArray(result) ? result : [result];
      if (tokens2.length > 0) {
        return [...all, ...tokens2];
      }
    }
    const currentLine = reader2.read({ end: reader2.endOfLine() });
    const inlineTokens = tokenize(currentLine);
    reader2.jump(currentLine.now());
    return [...all, ...inlineTokens];
  }
  const peek = (offset = 0) => {
    const pos = cursor + offset;
    if (pos >= tokens.length) {
      tokens = tokens.concat(tok());
    }
    return tokens[pos];
  };
  const modify = (f, offset = 0) => {
    const pos = cursor + offset;
    const token = peek(offset);
    if (token !== void 0) {
      tokens[pos] = f(token);
    }
  };
  const _eat = (type = void 0) => {
    const t = peek();
    if (!t)
      return void 0;
    if (!type || type === t.type) {
      cursor += 1;
      return t;
    }
    return void 0;
  };
  return {
    peek,
    eat: _eat,
    eatAll(type) {
      let count = 0;
      while (_eat(type)) {
        count += 1;
      }
      return count;
    },
    match(cond, _offset = 0) {
      const token = peek();
      if (!token)
        return false;
      if (typeof cond === "string") {
        return token.type === cond;
      }
      return cond.test(token.type);
    },
    all(_max = void 0) {
      let _all = [];
      let tokens2 = tok();
      while (tokens2.length > 0) {
        _all = _all.concat(tokens2);
        tokens2 = tok();
      }
      return _all;
    },
    save: () => cursor,
    restore(point2) {
      cursor = point2;
    },
    substring: (pos) => reader2.substring(pos.start, pos.end),
    modify,
    get now() {
      const token = peek();
      return reader2.toIndex(token?.position.start ?? Infinity);
    },
    toOffset: (point2) => reader2.toIndex(point2),
    toPoint: (offset) => reader2.toPoint(offset),
    get todo() {
      return todo;
    }
  };
};

// node_modules/orga/dist/index.js
var tokenize3 = (text, options = {}) => {
  return tokenize2(text, { ...defaultLexerOptions, ...options });
};
var parse2 = (text, options = {}) => {
  const parser2 = makeParser(text, options);
  return parser2.parse();
};
function makeParser(text, options = {}) {
  const { range, ..._options } = { ...defaultParserOptions, ...options };
  const todo = todoManager(...getTodo(options.settings));
  const start = range?.start;
  const lexer = tokenize3(text, {
    ..._options,
    todo,
    range: start ? { start, end: Infinity } : void 0
  });
  return parser(lexer, { ..._options, range });
}
function getSettings(text) {
  const settings = {};
  const lexer = tokenize3(text);
  let token = lexer.peek();
  while (token) {
    if (token.type === "keyword") {
      const k = token.key.toLowerCase();
      const v = token.value.trim();
      const existing = settings[k];
      if (existing) {
        if (Array.isArray(existing)) {
          existing.push(v);
        } else if (typeof existing === "string") {
          settings[k] = [existing, v];
        }
      } else {
        settings[k] = v;
      }
      lexer.eat();
    } else if (token.type === "newline" || token.type === "emptyLine") {
      lexer.eat();
    } else {
      break;
    }
    token = lexer.peek();
  }
  return settings;
}
function getTodo(settings) {
  const todo = settings?.todo;
  if (Array.isArray(todo))
    return todo;
  if (typeof todo === "string")
    return [todo];
  return ["TODO DONE"];
}
export {
  getSettings,
  isFootnoteReference,
  isLink,
  isParagraph,
  isSection,
  isText,
  makeParser,
  parse2 as parse,
  parse as parseTimestamp,
  tokenize3 as tokenize
};
