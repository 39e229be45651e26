import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AbstractNode
} from "./cli-MZW7WIXU.js";
import {
  BLOCK_MATH_DELIMITERS,
  ConverterBase,
  InvalidSectionIdCharsRx,
  LF,
  TAB
} from "./cli-E5QZL24M.js";
import "./cli-SGVELQFP.js";

// node_modules/@asciidoctor/core/src/converter/manpage.js
var _WHITESPACE = `${LF}${TAB} `;
var ET = " ".repeat(8);
var ESC = "\x1B";
var ESC_BS = `${ESC}\\`;
var ESC_FS = `${ESC}.`;
var LiteralBackslashRx = /^\\|(\u001b)?\\/g;
var LeadingPeriodRx = /^\./gm;
var EscapedMacroRx = /^(?:\u001b\\c\n)?\u001b\.((?:URL|MTO) ".*?" ".*?" )( |[^\s]*)(.*?)(?: *\u001b\\c)?$/gm;
var MalformedEscapedMacroRx = /(\u001b\\c) (\u001b\.(?:URL|MTO) )/g;
var MockMacroRx = /<\/?([\u001b]\\[^>]+)>/g;
var EmDashCharRefRx = /&#8212;(?:&#8203;)?/g;
var EllipsisCharRefRx = /&#8230;(?:&#8203;)?/g;
var WrappedIndentRx = /[ \t]*\n[ \t]*/g;
var XMLMarkupRx = /&#?[a-z\d]+;|</;
var PCDATAFilterRx = /(&#?[a-z\d]+;|<\u001b\\f\(CR[\s\S]*?<\/\u001b\\fP>|<[^>]+>)|([^&<]+)/g;
var ManPageConverter = class extends ConverterBase {
  constructor(backend, opts = {}) {
    super(backend, opts);
    this.initBackendTraits({
      basebackend: "manpage",
      filetype: "man",
      outfilesuffix: ".man",
      supportsTemplates: true
    });
  }
  async convert_document(node) {
    if (!node.hasAttribute("mantitle")) {
      throw new Error(
        "asciidoctor: ERROR: doctype must be set to manpage when using manpage backend"
      );
    }
    const mantitle = node.getAttribute("mantitle").replace(InvalidSectionIdCharsRx, "");
    const manvolnum = node.getAttribute("manvolnum", "1");
    const manname = node.getAttribute("manname", mantitle);
    const manmanual = node.getAttribute("manmanual");
    const mansource = node.getAttribute("mansource");
    const docdate = node.hasAttribute("reproducible") ? null : node.getAttribute("docdate");
    const result = [
      `'\\" t
.\\"     Title: ${mantitle}
.\\"    Author: ${node.hasAttribute("authors") ? node.getAttribute("authors") : '[see the "AUTHOR(S)" section]'}
.\\" Generator: Asciidoctor.js ${node.getAttribute("asciidoctor-version")}`
    ];
    if (docdate) result.push(`.\\"      Date: ${docdate}`);
    result.push(`.\\"    Manual: ${manmanual ? manmanual.replace(/[\n\t ]+/g, " ") : "\\ \\&"}
.\\"    Source: ${mansource ? mansource.replace(/[\n\t ]+/g, " ") : "\\ \\&"}
.\\"  Language: English
.\\"`);
    result.push(
      `.TH "${this.manify(manname.toUpperCase())}" "${manvolnum}" "${docdate ?? ""}" "${mansource ? this.manify(mansource) : "\\ \\&"}" "${manmanual ? this.manify(manmanual) : "\\ \\&"}"`
    );
    result.push(".ie \\n(.g .ds Aq \\(aq");
    result.push(".el       .ds Aq '");
    result.push(".ss \\n[.ss] 0");
    result.push(".nh");
    result.push(".ad l");
    result.push(`.de URL
\\fI\\\\$2\\fP <\\\\$1>\\\\$3
..
.als MTO URL
.if \\n[.g] \\{\\
.  mso www.tmac
.  am URL
.    ad l
.  .
.  am MTO
.    ad l
.  .`);
    result.push(
      `.  LINKSTYLE ${node.getAttribute("man-linkstyle", "blue R < >")}`
    );
    result.push(".\\}");
    if (!node.isNoheader()) {
      if (node.hasAttribute("manpurpose")) {
        const mannames = node.getAttribute("mannames", [manname]);
        result.push(`.SH "${node.getAttribute("manname-title", "NAME").toUpperCase()}"
${mannames.map((n) => this.manify(n).replace(/\\-/g, "-")).join(", ")} \\- ${this.manify(node.getAttribute("manpurpose"), { whitespace: "normalize" })}`);
      }
    }
    result.push(await node.content());
    this._appendFootnotes(result, node);
    const authors = node.authors();
    if (authors.length > 0) {
      if (authors.length > 1) {
        result.push('.SH "AUTHORS"');
        for (const author of authors) {
          result.push(`.sp
${author.name}`);
        }
      } else {
        result.push(`.SH "AUTHOR"
.sp
${authors[0].name}`);
      }
    }
    return result.join(LF);
  }
  // NOTE embedded doesn't really make sense in the manpage backend
  async convert_embedded(node) {
    const result = [await node.content()];
    this._appendFootnotes(result, node);
    return result.join(LF);
  }
  async convert_section(node) {
    let macro, stitle;
    if (node.level > 1) {
      macro = "SS";
      stitle = node.captionedTitle();
    } else {
      macro = "SH";
      stitle = this._uppercasePcdata(node.title);
    }
    return `.${macro} "${this.manify(stitle)}"
${await node.content()}`;
  }
  async convert_admonition(node) {
    const titleSuffix = node.hasTitle() ? `\\fP: ${this.manify(node.title)}` : "";
    return `.if n .sp
.RS 4
.it 1 an-trap
.nr an-no-space-flag 1
.nr an-break-flag 1
.br
.ps +1
.B ${node.getAttribute("textlabel")}${titleSuffix}
.ps -1
.br
${await this._encloseContent(node)}
.sp .5v
.RE`;
  }
  async convert_colist(node) {
    const result = [];
    if (node.hasTitle()) {
      result.push(`.sp
.B ${this.manify(node.title)}
.br`);
    }
    result.push(".TS\ntab(:);\nr lw(\\n(.lu*75u/100u).");
    let num = 0;
    for (const item of node.getItems()) {
      result.push(`\\fB(${++num})\\fP\\h'-2n':T{`);
      result.push(this.manify(item.getText(), { whitespace: "normalize" }));
      if (item.hasBlocks()) result.push(await item.content());
      result.push("T}");
    }
    result.push(".TE");
    return result.join(LF);
  }
  // TODO implement horizontal (if it makes sense)
  async convert_dlist(node) {
    const result = [];
    if (node.hasTitle()) {
      result.push(`.sp
.B ${this.manify(node.title)}
.br`);
    }
    let counter = 0;
    for (const [terms, dd] of node.getItems()) {
      counter++;
      if (node.style === "qanda") {
        result.push(
          `.sp
${counter}. ${this.manify(terms.map((dt) => dt.getText()).join(" "))}
.RS 4`
        );
      } else {
        result.push(
          `.sp
${this.manify(terms.map((dt) => dt.getText()).join(", "), { whitespace: "normalize" })}
.RS 4`
        );
      }
      if (dd) {
        let hasText = false;
        if (dd.hasText()) {
          result.push(this.manify(dd.getText(), { whitespace: "normalize" }));
          hasText = true;
        }
        if (dd.hasBlocks()) {
          let ddContent = await dd.content();
          if (!hasText && ddContent.startsWith(".sp\n")) {
            ddContent = ddContent.slice(4);
          }
          result.push(ddContent);
        }
      }
      result.push(".RE");
    }
    return result.join(LF);
  }
  async convert_example(node) {
    const titleBlock = node.hasTitle() ? `.sp
.B ${this.manify(node.captionedTitle())}
.br` : ".sp";
    return `${titleBlock}
.RS 4
${await this._encloseContent(node)}
.RE`;
  }
  async convert_floating_title(node) {
    return `.SS "${this.manify(node.title)}"`;
  }
  async convert_image(node) {
    const titleBlock = node.hasTitle() ? `.sp
.B ${this.manify(node.captionedTitle())}
.br` : ".sp";
    return `${titleBlock}
[${this.manify(node.getAttribute("alt"))}]`;
  }
  async convert_listing(node) {
    const result = [];
    if (node.hasTitle()) {
      result.push(`.sp
.B ${this.manify(node.captionedTitle())}
.br`);
    }
    result.push(`.sp
.if n .RS 4
.nf
.fam C
${this.manify(await node.content(), { whitespace: "preserve" })}
.fam
.fi
.if n .RE`);
    return result.join(LF);
  }
  async convert_literal(node) {
    const result = [];
    if (node.hasTitle()) {
      result.push(`.sp
.B ${this.manify(node.title)}
.br`);
    }
    result.push(`.sp
.if n .RS 4
.nf
.fam C
${this.manify(await node.content(), { whitespace: "preserve" })}
.fam
.fi
.if n .RE`);
    return result.join(LF);
  }
  async convert_sidebar(node) {
    const titleBlock = node.hasTitle() ? `.sp
.B ${this.manify(node.title)}
.br` : ".sp";
    return `${titleBlock}
.RS 4
${await this._encloseContent(node)}
.RE`;
  }
  async convert_olist(node) {
    const result = [];
    if (node.hasTitle()) {
      result.push(`.sp
.B ${this.manify(node.title)}
.br`);
    }
    const start = parseInt(node.getAttribute("start", 1), 10);
    let idx = 0;
    for (const item of node.getItems()) {
      const numeral = idx + start;
      const listText = this.manify(item.getText(), {
        whitespace: "normalize"
      });
      result.push(`.sp
.RS 4
.ie n \\{\\
\\h'-04' ${numeral}.\\h'+01'\\c
.\\}
.el \\{\\
.  sp -1
.  IP " ${numeral}." 4.2
.\\}${listText === "" ? "" : LF + listText}`);
      if (item.hasBlocks()) {
        let itemContent = await item.content();
        if (listText === "" && itemContent.startsWith(".sp\n")) {
          itemContent = itemContent.slice(4);
        }
        result.push(itemContent);
      }
      result.push(".RE");
      idx++;
    }
    return result.join(LF);
  }
  async convert_open(node) {
    if (node.style === "abstract" || node.style === "partintro") {
      return this._encloseContent(node);
    }
    return await node.content();
  }
  async convert_page_break(_node) {
    return ".bp";
  }
  async convert_paragraph(node) {
    if (node.hasTitle()) {
      return `.sp
.B ${this.manify(node.title)}
.br
${this.manify(await node.content(), { whitespace: "normalize" })}`;
    }
    return `.sp
${this.manify(await node.content(), { whitespace: "normalize" })}`;
  }
  async convert_pass(node) {
    return this.contentOnly(node);
  }
  async convert_preamble(node) {
    return this.contentOnly(node);
  }
  async convert_quote(node) {
    const result = [];
    if (node.hasTitle()) {
      result.push(`.sp
.RS 3
.B ${this.manify(node.title)}
.br
.RE`);
    }
    let attributionLine = node.hasAttribute("citetitle") ? `${node.getAttribute("citetitle")} ` : null;
    if (node.hasAttribute("attribution")) {
      attributionLine = `${attributionLine ?? ""}\\(em ${node.getAttribute("attribution")}`;
    } else {
      attributionLine = null;
    }
    result.push(
      `.RS 3
.ll -.6i
${await this._encloseContent(node)}
.br
.RE
.ll`
    );
    if (attributionLine) {
      result.push(`.RS 5
.ll -.10i
${attributionLine}
.RE
.ll`);
    }
    return result.join(LF);
  }
  async convert_stem(node) {
    const result = [];
    result.push(
      node.hasTitle() ? `.sp
.B ${this.manify(node.title)}
.br` : ".sp"
    );
    const style = node.style;
    const [open, close] = BLOCK_MATH_DELIMITERS[style] ?? ["", ""];
    let equation = await node.content();
    if (equation.startsWith(open) && equation.endsWith(close)) {
      equation = equation.slice(open.length, equation.length - close.length);
    }
    result.push(
      `${this.manify(equation, { whitespace: "preserve" })} (${style})`
    );
    return result.join(LF);
  }
  // NOTE This handler inserts empty cells to account for colspans and rowspans.
  // In order to support colspans and rowspans properly, that information must
  // be computed up front and consulted when rendering the cell as this information
  // is not available on the cell itself.
  async convert_table(node) {
    const result = [];
    if (node.hasTitle()) {
      result.push(`.sp
.it 1 an-trap
.nr an-no-space-flag 1
.nr an-break-flag 1
.br
.B ${this.manify(node.captionedTitle())}
`);
    }
    result.push(`.TS
allbox tab(:);`);
    const rowHeader = [];
    const rowText = [];
    let rowIndex = 0;
    for (const [tsec, rows] of node.rows.bySection()) {
      if (rows.length === 0) continue;
      for (const row of rows) {
        rowHeader[rowIndex] = rowHeader[rowIndex] ?? [];
        rowText[rowIndex] = rowText[rowIndex] ?? [];
        let remainingCells = row.length;
        let cellIndex = 0;
        for (const cell of row) {
          remainingCells--;
          rowHeader[rowIndex][cellIndex] = rowHeader[rowIndex][cellIndex] ?? [];
          if (JSON.stringify(rowHeader[rowIndex][cellIndex]) === JSON.stringify(["^t"])) {
            rowText[rowIndex].push(`T{${LF}T}:`);
          }
          rowText[rowIndex].push(`T{${LF}`);
          const cellHalign = (cell.getAttribute("halign", "left") ?? "left")[0];
          if (tsec === "body") {
            if (rowHeader[rowIndex].length === 0 || rowHeader[rowIndex][cellIndex].length === 0) {
              rowHeader[rowIndex][cellIndex].push(`${cellHalign}t`);
            } else {
              rowHeader[rowIndex][cellIndex + 1] = rowHeader[rowIndex][cellIndex + 1] ?? [];
              rowHeader[rowIndex][cellIndex + 1].push(`${cellHalign}t`);
            }
            let cellContent;
            if (cell.style === "asciidoc") {
              cellContent = await cell.content();
            } else if (cell.style === "literal") {
              cellContent = `.nf${LF}${this.manify(cell.text, { whitespace: "preserve" })}${LF}.fi`;
            } else {
              cellContent = (await cell.content()).map((p) => this.manify(p, { whitespace: "normalize" })).join(`${LF}.sp${LF}`);
            }
            rowText[rowIndex].push(`${cellContent}${LF}`);
          } else {
            if (rowHeader[rowIndex].length === 0 || rowHeader[rowIndex][cellIndex].length === 0) {
              rowHeader[rowIndex][cellIndex].push(`${cellHalign}tB`);
            } else {
              rowHeader[rowIndex][cellIndex + 1] = rowHeader[rowIndex][cellIndex + 1] ?? [];
              rowHeader[rowIndex][cellIndex + 1].push(`${cellHalign}tB`);
            }
            rowText[rowIndex].push(
              `${this.manify(cell.text, { whitespace: "normalize" })}${LF}`
            );
          }
          if (cell.colspan && cell.colspan > 1) {
            for (let i = 0; i < cell.colspan - 1; i++) {
              if (rowHeader[rowIndex].length === 0 || rowHeader[rowIndex][cellIndex].length === 0) {
                rowHeader[rowIndex][cellIndex + i].push("st");
              } else {
                rowHeader[rowIndex][cellIndex + 1 + i] = rowHeader[rowIndex][cellIndex + 1 + i] ?? [];
                rowHeader[rowIndex][cellIndex + 1 + i].push("st");
              }
            }
          }
          if (cell.rowspan && cell.rowspan > 1) {
            for (let i = 0; i < cell.rowspan - 1; i++) {
              rowHeader[rowIndex + 1 + i] = rowHeader[rowIndex + 1 + i] ?? [];
              if (rowHeader[rowIndex + 1 + i].length === 0 || (rowHeader[rowIndex + 1 + i][cellIndex] ?? []).length === 0) {
                rowHeader[rowIndex + 1 + i][cellIndex] = rowHeader[rowIndex + 1 + i][cellIndex] ?? [];
                rowHeader[rowIndex + 1 + i][cellIndex].push("^t");
              } else {
                rowHeader[rowIndex + 1 + i][cellIndex + 1] = rowHeader[rowIndex + 1 + i][cellIndex + 1] ?? [];
                rowHeader[rowIndex + 1 + i][cellIndex + 1].push("^t");
              }
            }
          }
          if (remainingCells >= 1) {
            rowText[rowIndex].push("T}:");
          } else {
            rowText[rowIndex].push(`T}${LF}`);
          }
          cellIndex++;
        }
        rowIndex++;
      }
    }
    let rowTextSlice = rowText;
    if (node.hasHeaderOption && rowText[0]) {
      result.push(`${LF}${rowHeader[0].join(" ")}.`);
      result.push(`${LF}${rowText[0].join("")}`);
      result.push(".T&");
      rowTextSlice = rowText.slice(1);
    }
    result.push(`${LF}${rowHeader[0].map(() => "lt").join(" ")}.${LF}`);
    for (const row of rowTextSlice) result.push(row.join(""));
    result.push(`.TE${LF}.sp`);
    return result.join("");
  }
  async convert_thematic_break(_node) {
    return `.sp
.ce
\\l'\\n(.lu*25u/100u\\(ap'`;
  }
  async convert_toc(_node) {
  }
  async convert_ulist(node) {
    const result = [];
    if (node.hasTitle()) {
      result.push(`.sp
.B ${this.manify(node.title)}
.br`);
    }
    for (const item of node.getItems()) {
      const listText = this.manify(item.getText(), {
        whitespace: "normalize"
      });
      result.push(`.sp
.RS 4
.ie n \\{\\
\\h'-04'\\(bu\\h'+03'\\c
.\\}
.el \\{\\
.  sp -1
.  IP \\(bu 2.3
.\\}${listText === "" ? "" : LF + listText}`);
      if (item.hasBlocks()) {
        let itemContent = await item.content();
        if (listText === "" && itemContent.startsWith(".sp\n")) {
          itemContent = itemContent.slice(4);
        }
        result.push(itemContent);
      }
      result.push(".RE");
    }
    return result.join(LF);
  }
  async convert_verse(node) {
    const result = [];
    if (node.hasTitle()) {
      result.push(`.sp
.B ${this.manify(node.title)}
.br`);
    }
    let attributionLine = node.hasAttribute("citetitle") ? `${node.getAttribute("citetitle")} ` : null;
    if (node.hasAttribute("attribution")) {
      attributionLine = `${attributionLine ?? ""}\\(em ${node.getAttribute("attribution")}`;
    } else {
      attributionLine = null;
    }
    result.push(
      `.sp
.nf
${this.manify(await node.content(), { whitespace: "preserve" })}
.fi
.br`
    );
    if (attributionLine) {
      result.push(`.in +.5i
.ll -.5i
${attributionLine}
.in
.ll`);
    }
    return result.join(LF);
  }
  async convert_video(node) {
    const startParam = node.hasAttribute("start") ? `&start=${node.getAttribute("start")}` : "";
    const endParam = node.hasAttribute("end") ? `&end=${node.getAttribute("end")}` : "";
    const titleBlock = node.hasTitle() ? `.sp
.B ${this.manify(node.title)}
.br` : ".sp";
    return `${titleBlock}
<${node.mediaUri(node.getAttribute("target"))}${startParam}${endParam}> (video)`;
  }
  async convert_inline_anchor(node) {
    const target = node.target;
    switch (node.type) {
      case "link": {
        let macro;
        let resolvedTarget = target;
        if (target.startsWith("mailto:")) {
          macro = "MTO";
          resolvedTarget = target.slice(7);
        } else {
          macro = "URL";
        }
        let text = node.text;
        if (text === resolvedTarget) {
          text = "";
        } else {
          text = text.replace(/"/g, `${ESC_BS}(dq`);
        }
        if (macro === "MTO") {
          resolvedTarget = resolvedTarget.replace("@", `${ESC_BS}(at`);
        }
        return `${ESC_BS}c${LF}${ESC_FS}${macro} "${resolvedTarget}" "${text}" `;
      }
      case "xref": {
        let text = node.text;
        if (!text) {
          const refs = this._refs ??= node.document.catalog.refs;
          const refid = node.attributes.refid;
          let top;
          const ref = refs[refid] ?? (!refid ? top = this._getRootDocument(node) : null);
          if (ref instanceof AbstractNode) {
            const resolvingSet = this._resolvingXrefs ??= /* @__PURE__ */ new Set();
            if (!resolvingSet.has(refid)) {
              resolvingSet.add(refid);
              const resolved = await ref.xreftext(
                node.getAttribute("xrefstyle", null, true)
              );
              resolvingSet.delete(refid);
              if (resolved) {
                text = resolved;
                if (ref.context === "section" && ref.level < 2 && text === ref.title) {
                  text = this._uppercasePcdata(text);
                }
              } else {
                text = top ? "[^top]" : `[${refid}]`;
              }
            } else {
              text = top ? "[^top]" : `[${refid}]`;
            }
          } else {
            text = `[${refid}]`;
          }
        }
        return text;
      }
      case "ref":
      case "bibref":
        return "";
      default:
        this.logger.warn(`unknown anchor type: ${node.type}`);
        return null;
    }
  }
  async convert_inline_break(node) {
    return `${node.text}${LF}${ESC_FS}br`;
  }
  async convert_inline_button(node) {
    return `<${ESC_BS}fB>[${ESC_BS}0${node.text}${ESC_BS}0]</${ESC_BS}fP>`;
  }
  async convert_inline_callout(node) {
    return `<${ESC_BS}fB>(${node.text})<${ESC_BS}fP>`;
  }
  async convert_inline_footnote(node) {
    const index = node.getAttribute("index");
    if (index) return `[${index}]`;
    if (node.type === "xref") return `[${node.text}]`;
    return null;
  }
  async convert_inline_image(node) {
    return node.hasAttribute("link") ? `[${node.getAttribute("alt")}] <${node.getAttribute("link")}>` : `[${node.getAttribute("alt")}]`;
  }
  async convert_inline_indexterm(node) {
    return node.type === "visible" ? node.text : "";
  }
  async convert_inline_kbd(node) {
    const keys = node.getAttribute("keys");
    return `<${ESC_BS}f(CR>${keys.length === 1 ? keys[0] : keys.join(`${ESC_BS}0+${ESC_BS}0`)}</${ESC_BS}fP>`;
  }
  async convert_inline_menu(node) {
    const caret = `${ESC_BS}0${ESC_BS}(fc${ESC_BS}0`;
    const menu = node.getAttribute("menu");
    const submenus = node.getAttribute("submenus");
    if (submenus && submenus.length > 0) {
      const submenuPath = submenus.map((item) => `<${ESC_BS}fI>${item}</${ESC_BS}fP>`).join(caret);
      return `<${ESC_BS}fI>${menu}</${ESC_BS}fP>${caret}${submenuPath}${caret}<${ESC_BS}fI>${node.getAttribute("menuitem")}</${ESC_BS}fP>`;
    } else if (node.getAttribute("menuitem")) {
      return `<${ESC_BS}fI>${menu}${caret}${node.getAttribute("menuitem")}</${ESC_BS}fP>`;
    } else {
      return `<${ESC_BS}fI>${menu}</${ESC_BS}fP>`;
    }
  }
  // NOTE use fake XML elements to prevent creating artificial word boundaries
  async convert_inline_quoted(node) {
    switch (node.type) {
      case "emphasis":
        return `<${ESC_BS}fI>${node.text}</${ESC_BS}fP>`;
      case "strong":
        return `<${ESC_BS}fB>${node.text}</${ESC_BS}fP>`;
      case "monospaced":
        return `<${ESC_BS}f(CR>${node.text}</${ESC_BS}fP>`;
      case "single":
        return `<${ESC_BS}(oq>${node.text}</${ESC_BS}(cq>`;
      case "double":
        return `<${ESC_BS}(lq>${node.text}</${ESC_BS}(rq>`;
      default:
        return node.text;
    }
  }
  // Class method: write stub man pages for alternate names
  static async writeAlternatePages(mannames, manvolnum, target) {
    if (!mannames || mannames.length <= 1) return;
    mannames = mannames.slice(1);
    const manvolext = `.${manvolnum}`;
    const { dirname, basename, join } = await import("node:path");
    const { writeFile } = await import("node:fs/promises");
    const dir = dirname(target);
    const base = basename(target);
    for (const manname of mannames) {
      await writeFile(join(dir, `${manname}${manvolext}`), `.so ${base}`);
    }
  }
  // ── Private helpers ───────────────────────────────────────────────────────────
  /**
   * @internal
   * @private
   */
  _appendFootnotes(result, node) {
    if (!node.hasFootnotes() || node.hasAttribute("nofootnotes")) return;
    result.push('.SH "NOTES"');
    for (const fn of node.footnotes) {
      result.push(`.IP [${fn.index}]`);
      let text = fn.text;
      if (text.includes(`${ESC}\\c ${ESC}.`)) {
        text = this.manify(
          `${text.replace(MalformedEscapedMacroRx, `$1${LF}$2`)} `,
          { whitespace: "normalize" }
        ).replace(/ $/, "");
      } else {
        text = this.manify(text, { whitespace: "normalize" });
      }
      result.push(text);
    }
  }
  /**
   * Converts HTML entity references back to their original form, escapes
   * special man characters and strips trailing whitespace.
   *
   * It's crucial that text only ever pass through manify once.
   *
   * @param {string} str - the string to convert
   * @param {Object} [opts={}] - options to control processing
   * @param {'preserve'|'normalize'|'collapse'} [opts.whitespace='collapse'] - how to handle whitespace:
   *   `'preserve'` preserves spaces (only expanding tabs);
   *   `'normalize'` removes spaces around newlines;
   *   `'collapse'` collapses adjacent whitespace to a single space
   * @param {boolean} [opts.append_newline=false] - append a newline to the result
   * @returns {string} the manified string
   */
  manify(str, opts = {}) {
    const whitespace = opts.whitespace ?? "collapse";
    if (whitespace === "preserve") {
      str = str.replace(/\t/g, ET).replace(
        / {2,}/g,
        (m, offset, str2) => offset === 0 || str2[offset - 1] === "\n" ? m : `${ESC_BS}&${m}`
      );
    } else if (whitespace === "normalize") {
      str = str.replace(WrappedIndentRx, LF);
    } else {
      str = str.replace(/[\n\t ]+/g, " ");
    }
    str = str.replace(LiteralBackslashRx, (m, $1) => $1 ? m : "\\(rs").replace(EllipsisCharRefRx, ".\\|.\\|.").replace(LeadingPeriodRx, "\\&.").replace(EscapedMacroRx, (_m, $1, $2, $3) => {
      const rest = $3.trimStart();
      return rest === "" ? `.${$1}"${$2}"` : `.${$1}"${$2.trimEnd()}"
${rest}`;
    }).replace(/-/g, "\\-").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#43;/g, "+").replace(/&#160;/g, "\\~").replace(/&#169;/g, "\\(co").replace(/&#174;/g, "\\(rg").replace(/&#8482;/g, "\\(tm").replace(/&#176;/g, "\\(de").replace(/&#8201;/g, " ").replace(/&#8211;/g, "\\(en").replace(EmDashCharRefRx, "\\(em").replace(/&#8216;/g, "\\(oq").replace(/&#8217;/g, "\\(cq").replace(/&#8220;/g, "\\(lq").replace(/&#8221;/g, "\\(rq").replace(/&#8592;/g, "\\(<-").replace(/&#8594;/g, "\\(->").replace(/&#8656;/g, "\\(lA").replace(/&#8658;/g, "\\(rA").replace(/&#8203;/g, "\\:").replace(/&amp;/g, "&").replace(/'/g, "\\*(Aq").replace(MockMacroRx, "$1").replace(/\u001b\\/g, "\\").replace(/\u001b\./g, ".").trimEnd();
    return opts.append_newline ? `${str}${LF}` : str;
  }
  /**
   * @internal
   * @private
   */
  _uppercasePcdata(string) {
    if (!XMLMarkupRx.test(string)) return string.toUpperCase();
    return string.replace(
      PCDATAFilterRx,
      (_m, $1, $2) => $2 ? $2.toUpperCase() : $1
    );
  }
  /**
   * @internal
   * @private
   */
  async _encloseContent(node) {
    return node.contentModel === "compound" ? await node.content() : `.sp
${this.manify(await node.content(), { whitespace: "normalize" })}`;
  }
  /**
   * @internal
   * @private
   */
  _getRootDocument(node) {
    while ((node = node.document).isNested()) {
      node = node.parentDocument;
    }
    return node;
  }
};
ManPageConverter.registerFor("manpage");
export {
  ManPageConverter as default
};
