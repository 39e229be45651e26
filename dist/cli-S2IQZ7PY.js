import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AbstractNode,
  extname
} from "./cli-MZW7WIXU.js";
import {
  BLOCK_MATH_DELIMITERS,
  ConverterBase,
  DEFAULT_STYLESHEET_KEYS,
  DEFAULT_STYLESHEET_NAME,
  FONT_AWESOME_VERSION,
  INLINE_MATH_DELIMITERS,
  LF,
  MATHJAX_VERSION,
  SafeMode,
  XmlSanitizeRx
} from "./cli-E5QZL24M.js";

// node_modules/@asciidoctor/core/src/data/stylesheet-data.js
var stylesheet = '/*! Asciidoctor default stylesheet | MIT License | https://asciidoctor.org */\n/* Uncomment the following line when using as a custom stylesheet */\n/* @import "https://fonts.googleapis.com/css?family=Open+Sans:300,300italic,400,400italic,600,600italic%7CNoto+Serif:400,400italic,700,700italic%7CDroid+Sans+Mono:400,700"; */\nhtml{font-family:sans-serif;-webkit-text-size-adjust:100%}\na{background:none}\na:focus{outline:thin dotted}\na:active,a:hover{outline:0}\nh1{font-size:2em;margin:.67em 0}\nb,strong{font-weight:bold}\nabbr{font-size:.9em}\nabbr[title]{cursor:help;border-bottom:1px dotted #dddddf;text-decoration:none}\ndfn{font-style:italic}\nhr{height:0}\nmark{background:#ff0;color:#000}\ncode,kbd,pre,samp{font-family:monospace;font-size:1em}\npre{white-space:pre-wrap}\nq{quotes:"\\201C" "\\201D" "\\2018" "\\2019"}\nsmall{font-size:80%}\nsub,sup{font-size:75%;line-height:0;position:relative;vertical-align:baseline}\nsup{top:-.5em}\nsub{bottom:-.25em}\nimg{border:0}\nsvg:not(:root){overflow:hidden}\nfigure{margin:0}\naudio,video{display:inline-block}\naudio:not([controls]){display:none;height:0}\nfieldset{border:1px solid silver;margin:0 2px;padding:.35em .625em .75em}\nlegend{border:0;padding:0}\nbutton,input,select,textarea{font-family:inherit;font-size:100%;margin:0}\nbutton,input{line-height:normal}\nbutton,select{text-transform:none}\nbutton,html input[type=button],input[type=reset],input[type=submit]{-webkit-appearance:button;cursor:pointer}\nbutton[disabled],html input[disabled]{cursor:default}\ninput[type=checkbox],input[type=radio]{padding:0}\nbutton::-moz-focus-inner,input::-moz-focus-inner{border:0;padding:0}\ntextarea{overflow:auto;vertical-align:top}\ntable{border-collapse:collapse;border-spacing:0}\n*,::before,::after{box-sizing:border-box}\nhtml,body{font-size:100%}\nbody{background:#fff;color:rgba(0,0,0,.8);padding:0;margin:0;font-family:"Noto Serif","DejaVu Serif",serif;line-height:1;position:relative;cursor:auto;-moz-tab-size:4;-o-tab-size:4;tab-size:4;word-wrap:anywhere;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased}\na:hover{cursor:pointer}\nimg,object,embed{max-width:100%;height:auto}\nobject,embed{height:100%}\nimg{-ms-interpolation-mode:bicubic}\n.left{float:left!important}\n.right{float:right!important}\n.text-left{text-align:left!important}\n.text-right{text-align:right!important}\n.text-center{text-align:center!important}\n.text-justify{text-align:justify!important}\n.hide{display:none}\nimg,object,svg{display:inline-block;vertical-align:middle}\ntextarea{height:auto;min-height:50px}\nselect{width:100%}\n.subheader,.admonitionblock td.content>.title,.audioblock>.title,.exampleblock>.title,.imageblock>.title,.listingblock>.title,.literalblock>.title,.stemblock>.title,.openblock>.title,.paragraph>.title,.quoteblock>.title,table.tableblock>.title,.verseblock>.title,.videoblock>.title,.dlist>.title,.olist>.title,.ulist>.title,.qlist>.title,.hdlist>.title{line-height:1.45;color:#7a2518;font-weight:400;margin-top:0;margin-bottom:.25em}\ndiv,dl,dt,dd,ul,ol,li,h1,h2,h3,#toctitle,.sidebarblock>.content>.title,h4,h5,h6,pre,form,p,blockquote,th,td{margin:0;padding:0}\na{color:#2156a5;text-decoration:underline;line-height:inherit}\na:hover,a:focus{color:#1d4b8f}\na img{border:0}\np{line-height:1.6;margin-bottom:1.25em;text-rendering:optimizeLegibility}\np aside{font-size:.875em;line-height:1.35;font-style:italic}\nh1,h2,h3,#toctitle,.sidebarblock>.content>.title,h4,h5,h6{font-family:"Open Sans","DejaVu Sans",sans-serif;font-weight:300;font-style:normal;color:#ba3925;text-rendering:optimizeLegibility;margin-top:1em;margin-bottom:.5em;line-height:1.0125em}\nh1 small,h2 small,h3 small,#toctitle small,.sidebarblock>.content>.title small,h4 small,h5 small,h6 small{font-size:60%;color:#e99b8f;line-height:0}\nh1{font-size:2.125em}\nh2{font-size:1.6875em}\nh3,#toctitle,.sidebarblock>.content>.title{font-size:1.375em}\nh4,h5{font-size:1.125em}\nh6{font-size:1em}\nhr{border:solid #dddddf;border-width:1px 0 0;clear:both;margin:1.25em 0 1.1875em}\nem,i{font-style:italic;line-height:inherit}\nstrong,b{font-weight:bold;line-height:inherit}\nsmall{font-size:60%;line-height:inherit}\ncode{font-family:"Droid Sans Mono","DejaVu Sans Mono",monospace;font-weight:400;color:rgba(0,0,0,.9)}\nul,ol,dl{line-height:1.6;margin-bottom:1.25em;list-style-position:outside;font-family:inherit}\nul,ol{margin-left:1.5em}\nul li ul,ul li ol{margin-left:1.25em;margin-bottom:0}\nul.circle{list-style-type:circle}\nul.disc{list-style-type:disc}\nul.square{list-style-type:square}\nul.circle ul:not([class]),ul.disc ul:not([class]),ul.square ul:not([class]){list-style:inherit}\nol li ul,ol li ol{margin-left:1.25em;margin-bottom:0}\ndl dt{margin-bottom:.3125em;font-weight:bold}\ndl dd{margin-bottom:1.25em}\nblockquote{margin:0 0 1.25em;padding:.5625em 1.25em 0 1.1875em;border-left:1px solid #ddd}\nblockquote,blockquote p{line-height:1.6;color:rgba(0,0,0,.85)}\n@media screen and (min-width:768px){h1,h2,h3,#toctitle,.sidebarblock>.content>.title,h4,h5,h6{line-height:1.2}\n  h1{font-size:2.75em}\n  h2{font-size:2.3125em}\n  h3,#toctitle,.sidebarblock>.content>.title{font-size:1.6875em}\n  h4{font-size:1.4375em}}\ntable{background:#fff;margin-bottom:1.25em;border:1px solid #dedede;word-wrap:normal}\ntable thead,table tfoot{background:#f7f8f7}\ntable thead tr th,table thead tr td,table tfoot tr th,table tfoot tr td{padding:.5em .625em .625em;font-size:inherit;color:rgba(0,0,0,.8);text-align:left}\ntable tr th,table tr td{padding:.5625em .625em;font-size:inherit;color:rgba(0,0,0,.8)}\ntable tr.even,table tr.alt{background:#f8f8f7}\ntable thead tr th,table tfoot tr th,table tbody tr td,table tr td,table tfoot tr td{line-height:1.6}\nh1,h2,h3,#toctitle,.sidebarblock>.content>.title,h4,h5,h6{line-height:1.2;word-spacing:-.05em}\nh1 strong,h2 strong,h3 strong,#toctitle strong,.sidebarblock>.content>.title strong,h4 strong,h5 strong,h6 strong{font-weight:400}\n.center{margin-left:auto;margin-right:auto}\n.stretch{width:100%}\n.clearfix::before,.clearfix::after,.float-group::before,.float-group::after{content:" ";display:table}\n.clearfix::after,.float-group::after{clear:both}\n:not(pre).nobreak{word-wrap:normal}\n:not(pre).nowrap{white-space:nowrap}\n:not(pre).pre-wrap{white-space:pre-wrap}\n:not(pre):not([class^=L])>code{font-size:.9375em;font-style:normal!important;letter-spacing:0;padding:.1em .5ex;word-spacing:-.15em;background:#f7f7f8;border-radius:4px;line-height:1.45;text-rendering:optimizeSpeed}\npre{color:rgba(0,0,0,.9);font-family:"Droid Sans Mono","DejaVu Sans Mono",monospace;line-height:1.45;text-rendering:optimizeSpeed}\npre code,pre pre{color:inherit;font-size:inherit;line-height:inherit}\npre.nowrap,pre.nowrap pre{white-space:pre;word-wrap:normal}\nem em{font-style:normal}\nstrong strong{font-weight:400}\n.keyseq{color:rgba(51,51,51,.8)}\nkbd{font-family:"Droid Sans Mono","DejaVu Sans Mono",monospace;display:inline-block;color:rgba(0,0,0,.8);font-size:.65em;line-height:1.45;background:#f7f7f7;border:1px solid #ccc;border-radius:3px;box-shadow:0 1px 0 rgba(0,0,0,.2),inset 0 0 0 .1em #fff;margin:0 .15em;padding:.2em .5em;vertical-align:middle;position:relative;top:-.1em;white-space:nowrap}\n.keyseq kbd:first-child{margin-left:0}\n.keyseq kbd:last-child{margin-right:0}\n.menuseq,.menuref{color:#000}\n.menuseq b:not(.caret),.menuref{font-weight:inherit}\n.menuseq{word-spacing:-.02em}\n.menuseq b.caret{font-size:1.25em;line-height:.8}\n.menuseq i.caret{font-weight:bold;text-align:center;width:.45em}\nb.button::before,b.button::after{position:relative;top:-1px;font-weight:400}\nb.button::before{content:"[";padding:0 3px 0 2px}\nb.button::after{content:"]";padding:0 2px 0 3px}\np a>code:hover{color:rgba(0,0,0,.9)}\n#header,#content,#footnotes,#footer{width:100%;margin:0 auto;max-width:62.5em;*zoom:1;position:relative;padding-left:.9375em;padding-right:.9375em}\n#header::before,#header::after,#content::before,#content::after,#footnotes::before,#footnotes::after,#footer::before,#footer::after{content:" ";display:table}\n#header::after,#content::after,#footnotes::after,#footer::after{clear:both}\n#content{margin-top:1.25em}\n#content::before{content:none}\n#header>h1:first-child{color:rgba(0,0,0,.85);margin-top:2.25rem;margin-bottom:0}\n#header>h1:first-child+#toc{margin-top:8px;border-top:1px solid #dddddf}\n#header>h1:only-child{border-bottom:1px solid #dddddf;padding-bottom:8px}\n#header .details{border-bottom:1px solid #dddddf;line-height:1.45;padding-top:.25em;padding-bottom:.25em;padding-left:.25em;color:rgba(0,0,0,.6);display:flex;flex-flow:row wrap}\n#header .details span:first-child{margin-left:-.125em}\n#header .details span.email a{color:rgba(0,0,0,.85)}\n#header .details br{display:none}\n#header .details br+span::before{content:"\\00a0\\2013\\00a0"}\n#header .details br+span.author::before{content:"\\00a0\\22c5\\00a0";color:rgba(0,0,0,.85)}\n#header .details br+span#revremark::before{content:"\\00a0|\\00a0"}\n#header #revnumber{text-transform:capitalize}\n#header #revnumber::after{content:"\\00a0"}\n#content>h1:first-child:not([class]){color:rgba(0,0,0,.85);border-bottom:1px solid #dddddf;padding-bottom:8px;margin-top:0;padding-top:1rem;margin-bottom:1.25rem}\n#toc{border-bottom:1px solid #e7e7e9;padding-bottom:.5em}\n#toc>ul{margin-left:.125em}\n#toc ul.sectlevel0>li>a{font-style:italic}\n#toc ul.sectlevel0 ul.sectlevel1{margin:.5em 0}\n#toc ul{font-family:"Open Sans","DejaVu Sans",sans-serif;list-style-type:none}\n#toc li{line-height:1.3334;margin-top:.3334em}\n#toc a{text-decoration:none}\n#toc a:active{text-decoration:underline}\n#toctitle{color:#7a2518;font-size:1.2em}\n@media screen and (min-width:768px){#toctitle{font-size:1.375em}\n  body.toc2{padding-left:15em;padding-right:0}\n  body.toc2 #header>h1:nth-last-child(2){border-bottom:1px solid #dddddf;padding-bottom:8px}\n  #toc.toc2{margin-top:0!important;background:#f8f8f7;position:fixed;width:15em;left:0;top:0;border-right:1px solid #e7e7e9;border-top-width:0!important;border-bottom-width:0!important;z-index:1000;padding:1.25em 1em;height:100%;overflow:auto}\n  #toc.toc2 #toctitle{margin-top:0;margin-bottom:.8rem;font-size:1.2em}\n  #toc.toc2>ul{font-size:.9em;margin-bottom:0}\n  #toc.toc2 ul ul{margin-left:0;padding-left:1em}\n  #toc.toc2 ul.sectlevel0 ul.sectlevel1{padding-left:0;margin-top:.5em;margin-bottom:.5em}\n  body.toc2.toc-right{padding-left:0;padding-right:15em}\n  body.toc2.toc-right #toc.toc2{border-right-width:0;border-left:1px solid #e7e7e9;left:auto;right:0}}\n@media screen and (min-width:1280px){body.toc2{padding-left:20em;padding-right:0}\n  #toc.toc2{width:20em}\n  #toc.toc2 #toctitle{font-size:1.375em}\n  #toc.toc2>ul{font-size:.95em}\n  #toc.toc2 ul ul{padding-left:1.25em}\n  body.toc2.toc-right{padding-left:0;padding-right:20em}}\n#content #toc{border:1px solid #e0e0dc;margin-bottom:1.25em;padding:1.25em;background:#f8f8f7;border-radius:4px}\n#content #toc>:first-child{margin-top:0}\n#content #toc>:last-child{margin-bottom:0}\n#footer{max-width:none;background:rgba(0,0,0,.8);padding:1.25em}\n#footer-text{color:hsla(0,0%,100%,.8);line-height:1.44}\n#content{margin-bottom:.625em}\n.sect1{padding-bottom:.625em}\n@media screen and (min-width:768px){#content{margin-bottom:1.25em}\n  .sect1{padding-bottom:1.25em}}\n.sect1:last-child{padding-bottom:0}\n.sect1+.sect1{border-top:1px solid #e7e7e9}\n#content h1>a.anchor,h2>a.anchor,h3>a.anchor,#toctitle>a.anchor,.sidebarblock>.content>.title>a.anchor,h4>a.anchor,h5>a.anchor,h6>a.anchor{position:absolute;z-index:1001;width:1.5ex;margin-left:-1.5ex;display:block;text-decoration:none!important;visibility:hidden;text-align:center;font-weight:400}\n#content h1>a.anchor::before,h2>a.anchor::before,h3>a.anchor::before,#toctitle>a.anchor::before,.sidebarblock>.content>.title>a.anchor::before,h4>a.anchor::before,h5>a.anchor::before,h6>a.anchor::before{content:"\\00A7";font-size:.85em;display:block;padding-top:.1em}\n#content h1:hover>a.anchor,#content h1>a.anchor:hover,h2:hover>a.anchor,h2>a.anchor:hover,h3:hover>a.anchor,#toctitle:hover>a.anchor,.sidebarblock>.content>.title:hover>a.anchor,h3>a.anchor:hover,#toctitle>a.anchor:hover,.sidebarblock>.content>.title>a.anchor:hover,h4:hover>a.anchor,h4>a.anchor:hover,h5:hover>a.anchor,h5>a.anchor:hover,h6:hover>a.anchor,h6>a.anchor:hover{visibility:visible}\n#content h1>a.link,h2>a.link,h3>a.link,#toctitle>a.link,.sidebarblock>.content>.title>a.link,h4>a.link,h5>a.link,h6>a.link{color:#ba3925;text-decoration:none}\n#content h1>a.link:hover,h2>a.link:hover,h3>a.link:hover,#toctitle>a.link:hover,.sidebarblock>.content>.title>a.link:hover,h4>a.link:hover,h5>a.link:hover,h6>a.link:hover{color:#a53221}\ndetails,.audioblock,.imageblock,.literalblock,.listingblock,.stemblock,.videoblock{margin-bottom:1.25em}\ndetails{margin-left:1.25rem}\ndetails>summary{cursor:pointer;display:block;position:relative;line-height:1.6;margin-bottom:.625rem;outline:none;-webkit-tap-highlight-color:transparent}\ndetails>summary::-webkit-details-marker{display:none}\ndetails>summary::before{content:"";border:solid transparent;border-left:solid;border-width:.3em 0 .3em .5em;position:absolute;top:.5em;left:-1.25rem;transform:translateX(15%)}\ndetails[open]>summary::before{border:solid transparent;border-top:solid;border-width:.5em .3em 0;transform:translateY(15%)}\ndetails>summary::after{content:"";width:1.25rem;height:1em;position:absolute;top:.3em;left:-1.25rem}\n.admonitionblock td.content>.title,.audioblock>.title,.exampleblock>.title,.imageblock>.title,.listingblock>.title,.literalblock>.title,.stemblock>.title,.openblock>.title,.paragraph>.title,.quoteblock>.title,table.tableblock>.title,.verseblock>.title,.videoblock>.title,.dlist>.title,.olist>.title,.ulist>.title,.qlist>.title,.hdlist>.title{text-rendering:optimizeLegibility;text-align:left;font-family:"Noto Serif","DejaVu Serif",serif;font-size:1rem;font-style:italic}\ntable.tableblock.fit-content>caption.title{white-space:nowrap;width:0}\n.paragraph.lead>p,#preamble>.sectionbody>[class=paragraph]:first-of-type p{font-size:1.21875em;line-height:1.6;color:rgba(0,0,0,.85)}\n.admonitionblock>table{border-collapse:separate;border:0;background:none;width:100%}\n.admonitionblock>table td.icon{text-align:center;width:80px}\n.admonitionblock>table td.icon img{max-width:none}\n.admonitionblock>table td.icon .title{font-weight:bold;font-family:"Open Sans","DejaVu Sans",sans-serif;text-transform:uppercase}\n.admonitionblock>table td.content{padding-left:1.125em;padding-right:1.25em;border-left:1px solid #dddddf;color:rgba(0,0,0,.6);word-wrap:anywhere}\n.admonitionblock>table td.content>:last-child>:last-child{margin-bottom:0}\n.exampleblock>.content{border:1px solid #e6e6e6;margin-bottom:1.25em;padding:1.25em;background:#fff;border-radius:4px}\n.sidebarblock{border:1px solid #dbdbd6;margin-bottom:1.25em;padding:1.25em;background:#f3f3f2;border-radius:4px}\n.sidebarblock>.content>.title{color:#7a2518;margin-top:0;text-align:center}\n.exampleblock>.content>:first-child,.sidebarblock>.content>:first-child{margin-top:0}\n.exampleblock>.content>:last-child,.exampleblock>.content>:last-child>:last-child,.exampleblock>.content .olist>ol>li:last-child>:last-child,.exampleblock>.content .ulist>ul>li:last-child>:last-child,.exampleblock>.content .qlist>ol>li:last-child>:last-child,.sidebarblock>.content>:last-child,.sidebarblock>.content>:last-child>:last-child,.sidebarblock>.content .olist>ol>li:last-child>:last-child,.sidebarblock>.content .ulist>ul>li:last-child>:last-child,.sidebarblock>.content .qlist>ol>li:last-child>:last-child{margin-bottom:0}\n.literalblock pre,.listingblock>.content>pre{border-radius:4px;overflow-x:auto;padding:1em;font-size:.8125em}\n@media screen and (min-width:768px){.literalblock pre,.listingblock>.content>pre{font-size:.90625em}}\n@media screen and (min-width:1280px){.literalblock pre,.listingblock>.content>pre{font-size:1em}}\n.literalblock pre,.listingblock>.content>pre:not(.highlight),.listingblock>.content>pre[class=highlight],.listingblock>.content>pre[class^="highlight "]{background:#f7f7f8}\n.literalblock.output pre{color:#f7f7f8;background:rgba(0,0,0,.9)}\n.listingblock>.content{position:relative}\n.listingblock pre>code{display:block}\n.listingblock code[data-lang]::before{display:none;content:attr(data-lang);position:absolute;font-size:.75em;top:.425rem;right:.5rem;line-height:1;text-transform:uppercase;color:inherit;opacity:.5}\n.listingblock:hover code[data-lang]::before{display:block}\n.listingblock.terminal pre .command::before{content:attr(data-prompt);padding-right:.5em;color:inherit;opacity:.5}\n.listingblock.terminal pre .command:not([data-prompt])::before{content:"$"}\n.listingblock pre.highlightjs{padding:0}\n.listingblock pre.highlightjs>code{padding:1em;border-radius:4px}\n.listingblock pre.prettyprint{border-width:0}\n.prettyprint{background:#f7f7f8}\npre.prettyprint .linenums{line-height:1.45;margin-left:2em}\npre.prettyprint li{background:none;list-style-type:inherit;padding-left:0}\npre.prettyprint li code[data-lang]::before{opacity:1}\npre.prettyprint li:not(:first-child) code[data-lang]::before{display:none}\ntable.linenotable{border-collapse:separate;border:0;margin-bottom:0;background:none}\ntable.linenotable td[class]{color:inherit;vertical-align:top;padding:0;line-height:inherit;white-space:normal}\ntable.linenotable td.code{padding-left:.75em}\ntable.linenotable td.linenos,pre.pygments .linenos{border-right:1px solid;opacity:.35;padding-right:.5em;-webkit-user-select:none;-moz-user-select:none;-ms-user-select:none;user-select:none}\npre.pygments span.linenos{display:inline-block;margin-right:.75em}\n.quoteblock{margin:0 1em 1.25em 1.5em;display:table}\n.quoteblock:not(.excerpt)>.title{margin-left:-1.5em;margin-bottom:.75em}\n.quoteblock blockquote,.quoteblock p{color:rgba(0,0,0,.85);font-size:1.15rem;line-height:1.75;word-spacing:.1em;letter-spacing:0;font-style:italic;text-align:justify}\n.quoteblock blockquote{margin:0;padding:0;border:0}\n.quoteblock blockquote::before{content:"\\201c";float:left;font-size:2.75em;font-weight:bold;line-height:.6em;margin-left:-.6em;color:#7a2518;text-shadow:0 1px 2px rgba(0,0,0,.1)}\n.quoteblock blockquote>.paragraph:last-child p{margin-bottom:0}\n.quoteblock .attribution{margin-top:.75em;margin-right:.5ex;text-align:right}\n.verseblock{margin:0 1em 1.25em}\n.verseblock pre{font-family:"Open Sans","DejaVu Sans",sans-serif;font-size:1.15rem;color:rgba(0,0,0,.85);font-weight:300;text-rendering:optimizeLegibility}\n.verseblock pre strong{font-weight:400}\n.verseblock .attribution{margin-top:1.25rem;margin-left:.5ex}\n.quoteblock .attribution,.verseblock .attribution{font-size:.9375em;line-height:1.45;font-style:italic}\n.quoteblock .attribution br,.verseblock .attribution br{display:none}\n.quoteblock .attribution cite,.verseblock .attribution cite{display:block;letter-spacing:-.025em;color:rgba(0,0,0,.6)}\n.quoteblock.abstract blockquote::before,.quoteblock.excerpt blockquote::before,.quoteblock .quoteblock blockquote::before{display:none}\n.quoteblock.abstract blockquote,.quoteblock.abstract p,.quoteblock.excerpt blockquote,.quoteblock.excerpt p,.quoteblock .quoteblock blockquote,.quoteblock .quoteblock p{line-height:1.6;word-spacing:0}\n.quoteblock.abstract{margin:0 1em 1.25em;display:block}\n.quoteblock.abstract>.title{margin:0 0 .375em;font-size:1.15em;text-align:center}\n.quoteblock.excerpt>blockquote,.quoteblock .quoteblock{padding:0 0 .25em 1em;border-left:.25em solid #dddddf}\n.quoteblock.excerpt,.quoteblock .quoteblock{margin-left:0}\n.quoteblock.excerpt blockquote,.quoteblock.excerpt p,.quoteblock .quoteblock blockquote,.quoteblock .quoteblock p{color:inherit;font-size:1.0625rem}\n.quoteblock.excerpt .attribution,.quoteblock .quoteblock .attribution{color:inherit;font-size:.85rem;text-align:left;margin-right:0}\np.tableblock:last-child{margin-bottom:0}\ntd.tableblock>.content{margin-bottom:1.25em;word-wrap:anywhere}\ntd.tableblock>.content>:last-child{margin-bottom:-1.25em}\ntable.tableblock,th.tableblock,td.tableblock{border:0 solid #dedede}\ntable.grid-all>*>tr>*{border-width:1px}\ntable.grid-cols>*>tr>*{border-width:0 1px}\ntable.grid-rows>*>tr>*{border-width:1px 0}\ntable.frame-all{border-width:1px}\ntable.frame-ends{border-width:1px 0}\ntable.frame-sides{border-width:0 1px}\ntable.frame-none>colgroup+*>:first-child>*,table.frame-sides>colgroup+*>:first-child>*{border-top-width:0}\ntable.frame-none>:last-child>:last-child>*,table.frame-sides>:last-child>:last-child>*{border-bottom-width:0}\ntable.frame-none>*>tr>:first-child,table.frame-ends>*>tr>:first-child{border-left-width:0}\ntable.frame-none>*>tr>:last-child,table.frame-ends>*>tr>:last-child{border-right-width:0}\ntable.stripes-all>*>tr,table.stripes-odd>*>tr:nth-of-type(odd),table.stripes-even>*>tr:nth-of-type(even),table.stripes-hover>*>tr:hover{background:#f8f8f7}\nth.halign-left,td.halign-left{text-align:left}\nth.halign-right,td.halign-right{text-align:right}\nth.halign-center,td.halign-center{text-align:center}\nth.valign-top,td.valign-top{vertical-align:top}\nth.valign-bottom,td.valign-bottom{vertical-align:bottom}\nth.valign-middle,td.valign-middle{vertical-align:middle}\ntable thead th,table tfoot th{font-weight:bold}\ntbody tr th{background:#f7f8f7}\ntbody tr th,tbody tr th p,tfoot tr th,tfoot tr th p{color:rgba(0,0,0,.8);font-weight:bold}\np.tableblock>code:only-child{background:none;padding:0}\np.tableblock{font-size:1em}\nol{margin-left:1.75em}\nul li ol{margin-left:1.5em}\ndl dd{margin-left:1.125em}\ndl dd:last-child,dl dd:last-child>:last-child{margin-bottom:0}\nli p,ul dd,ol dd,.olist .olist,.ulist .ulist,.ulist .olist,.olist .ulist{margin-bottom:.625em}\nul.checklist,ul.none,ol.none,ul.no-bullet,ol.no-bullet,ol.unnumbered,ul.unstyled,ol.unstyled{list-style-type:none}\nul.no-bullet,ol.no-bullet,ol.unnumbered{margin-left:.625em}\nul.unstyled,ol.unstyled{margin-left:0}\nli>p:empty:only-child::before{content:"";display:inline-block}\nul.checklist>li>p:first-child{margin-left:-1em}\nul.checklist>li>p:first-child>.fa-square-o:first-child,ul.checklist>li>p:first-child>.fa-check-square-o:first-child{width:1.25em;font-size:.8em;position:relative;bottom:.125em}\nul.checklist>li>p:first-child>input[type=checkbox]:first-child{margin-right:.25em}\nul.inline{display:flex;flex-flow:row wrap;list-style:none;margin:0 0 .625em -1.25em}\nul.inline>li{margin-left:1.25em}\n.unstyled dl dt{font-weight:400;font-style:normal}\nol.arabic{list-style-type:decimal}\nol.decimal{list-style-type:decimal-leading-zero}\nol.loweralpha{list-style-type:lower-alpha}\nol.upperalpha{list-style-type:upper-alpha}\nol.lowerroman{list-style-type:lower-roman}\nol.upperroman{list-style-type:upper-roman}\nol.lowergreek{list-style-type:lower-greek}\n.hdlist>table,.colist>table{border:0;background:none}\n.hdlist>table>tbody>tr,.colist>table>tbody>tr{background:none}\ntd.hdlist1,td.hdlist2{vertical-align:top;padding:0 .625em}\ntd.hdlist1{font-weight:bold;padding-bottom:1.25em}\ntd.hdlist2{word-wrap:anywhere}\n.literalblock+.colist,.listingblock+.colist{margin-top:-.5em}\n.colist td:not([class]):first-child{padding:.4em .75em 0;line-height:1;vertical-align:top}\n.colist td:not([class]):first-child img{max-width:none}\n.colist td:not([class]):last-child{padding:.25em 0}\n.thumb,.th{line-height:0;display:inline-block;border:4px solid #fff;box-shadow:0 0 0 1px #ddd}\n.imageblock.left{margin:.25em .625em 1.25em 0}\n.imageblock.right{margin:.25em 0 1.25em .625em}\n.imageblock>.title{margin-bottom:0}\n.imageblock.thumb,.imageblock.th{border-width:6px}\n.imageblock.thumb>.title,.imageblock.th>.title{padding:0 .125em}\n.image.left,.image.right{margin-top:.25em;margin-bottom:.25em;display:inline-block;line-height:0}\n.image.left{margin-right:.625em}\n.image.right{margin-left:.625em}\na.image{text-decoration:none;display:inline-block}\na.image object{pointer-events:none}\nsup.footnote,sup.footnoteref{font-size:.875em;position:static;vertical-align:super}\nsup.footnote a,sup.footnoteref a{text-decoration:none}\nsup.footnote a:active,sup.footnoteref a:active,#footnotes .footnote a:first-of-type:active{text-decoration:underline}\n#footnotes{padding-top:.75em;padding-bottom:.75em;margin-bottom:.625em}\n#footnotes hr{width:20%;min-width:6.25em;margin:-.25em 0 .75em;border-width:1px 0 0}\n#footnotes .footnote{padding:0 .375em 0 .225em;line-height:1.3334;font-size:.875em;margin-left:1.2em;margin-bottom:.2em}\n#footnotes .footnote a:first-of-type{font-weight:bold;text-decoration:none;margin-left:-1.05em}\n#footnotes .footnote:last-of-type{margin-bottom:0}\n#content #footnotes{margin-top:-.625em;margin-bottom:0;padding:.75em 0}\ndiv.unbreakable{page-break-inside:avoid}\n.big{font-size:larger}\n.small{font-size:smaller}\n.underline{text-decoration:underline}\n.overline{text-decoration:overline}\n.line-through{text-decoration:line-through}\n.aqua{color:#00bfbf}\n.aqua-background{background:#00fafa}\n.black{color:#000}\n.black-background{background:#000}\n.blue{color:#0000bf}\n.blue-background{background:#0000fa}\n.fuchsia{color:#bf00bf}\n.fuchsia-background{background:#fa00fa}\n.gray{color:#606060}\n.gray-background{background:#7d7d7d}\n.green{color:#006000}\n.green-background{background:#007d00}\n.lime{color:#00bf00}\n.lime-background{background:#00fa00}\n.maroon{color:#600000}\n.maroon-background{background:#7d0000}\n.navy{color:#000060}\n.navy-background{background:#00007d}\n.olive{color:#606000}\n.olive-background{background:#7d7d00}\n.purple{color:#600060}\n.purple-background{background:#7d007d}\n.red{color:#bf0000}\n.red-background{background:#fa0000}\n.silver{color:#909090}\n.silver-background{background:#bcbcbc}\n.teal{color:#006060}\n.teal-background{background:#007d7d}\n.white{color:#bfbfbf}\n.white-background{background:#fafafa}\n.yellow{color:#bfbf00}\n.yellow-background{background:#fafa00}\nspan.icon>.fa{cursor:default}\na span.icon>.fa{cursor:inherit}\n.admonitionblock td.icon [class^="fa icon-"]{font-size:2.5em;text-shadow:1px 1px 2px rgba(0,0,0,.5);cursor:default}\n.admonitionblock td.icon .icon-note::before{content:"\\f05a";color:#19407c}\n.admonitionblock td.icon .icon-tip::before{content:"\\f0eb";text-shadow:1px 1px 2px rgba(155,155,0,.8);color:#111}\n.admonitionblock td.icon .icon-warning::before{content:"\\f071";color:#bf6900}\n.admonitionblock td.icon .icon-caution::before{content:"\\f06d";color:#bf3400}\n.admonitionblock td.icon .icon-important::before{content:"\\f06a";color:#bf0000}\n.conum[data-value]{display:inline-block;color:#fff!important;background:rgba(0,0,0,.8);border-radius:50%;text-align:center;font-size:.75em;width:1.67em;height:1.67em;line-height:1.67em;font-family:"Open Sans","DejaVu Sans",sans-serif;font-style:normal;font-weight:bold}\n.conum[data-value] *{color:#fff!important}\n.conum[data-value]+b{display:none}\n.conum[data-value]::after{content:attr(data-value)}\npre .conum[data-value]{position:relative;top:-.125em}\nb.conum *{color:inherit!important}\n.conum:not([data-value]):empty{display:none}\ndt,th.tableblock,td.content,div.footnote{text-rendering:optimizeLegibility}\nh1,h2,p,td.content,span.alt,summary{letter-spacing:-.01em}\np strong,td.content strong,div.footnote strong{letter-spacing:-.005em}\np,blockquote,dt,td.content,td.hdlist1,span.alt,summary{font-size:1.0625rem}\np{margin-bottom:1.25rem}\n.sidebarblock p,.sidebarblock dt,.sidebarblock td.content,p.tableblock{font-size:1em}\n.exampleblock>.content{background:#fffef7;border-color:#e0e0dc;box-shadow:0 1px 4px #e0e0dc}\n.print-only{display:none!important}\n@page{margin:1.25cm .75cm}\n@media print{*{box-shadow:none!important;text-shadow:none!important}\n  html{font-size:80%}\n  a{color:inherit!important;text-decoration:underline!important}\n  a.bare,a[href^="#"],a[href^="mailto:"]{text-decoration:none!important}\n  a[href^="http:"]:not(.bare)::after,a[href^="https:"]:not(.bare)::after{content:"(" attr(href) ")";display:inline-block;font-size:.875em;padding-left:.25em}\n  abbr[title]{border-bottom:1px dotted}\n  abbr[title]::after{content:" (" attr(title) ")"}\n  pre,blockquote,tr,img,object,svg{page-break-inside:avoid}\n  thead{display:table-header-group}\n  svg{max-width:100%}\n  p,blockquote,dt,td.content{font-size:1em;orphans:3;widows:3}\n  h2,h3,#toctitle,.sidebarblock>.content>.title{page-break-after:avoid}\n  #header,#content,#footnotes,#footer{max-width:none}\n  #toc,.sidebarblock,.exampleblock>.content{background:none!important}\n  #toc{border-bottom:1px solid #dddddf!important;padding-bottom:0!important}\n  body.book #header{text-align:center}\n  body.book #header>h1:first-child{border:0!important;margin:2.5em 0 1em}\n  body.book #header .details{border:0!important;display:block;padding:0!important}\n  body.book #header .details span:first-child{margin-left:0!important}\n  body.book #header .details br{display:block}\n  body.book #header .details br+span::before{content:none!important}\n  body.book #toc{border:0!important;text-align:left!important;padding:0!important;margin:0!important}\n  body.book #toc,body.book #preamble,body.book h1.sect0,body.book .sect1>h2{page-break-before:always}\n  .listingblock code[data-lang]::before{display:block}\n  #footer{padding:0 .9375em}\n  .hide-on-print{display:none!important}\n  .print-only{display:block!important}\n  .hide-for-print{display:none!important}\n  .show-for-print{display:inherit!important}}\n@media amzn-kf8,print{#header>h1:first-child{margin-top:1.25rem}\n  .sect1{padding:0!important}\n  .sect1+.sect1{border:0}\n  #footer{background:none}\n  #footer-text{color:rgba(0,0,0,.6);font-size:.9em}}\n@media amzn-kf8{#header,#content,#footnotes,#footer{padding:0}}';
var stylesheet_data_default = stylesheet;

// node_modules/@asciidoctor/core/src/data/semantic-stylesheet-data.js
var stylesheet2 = '/*! Asciidoctor semantic HTML5 default stylesheet | MIT License | https://asciidoctor.org */\n\n/* \u2500\u2500 Tokens \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\n:root {\n  color-scheme: light dark;\n  --asciidoctor-bg: #fdfdfc;\n  --asciidoctor-surface: #f6f5f3;\n  --asciidoctor-fg: #23282e;\n  --asciidoctor-muted: #5c646e;\n  --asciidoctor-line: #e5e3df;\n  --asciidoctor-link: #0958b0;\n  --asciidoctor-mark: #fff2ae;\n  --asciidoctor-note: #0969da;\n  --asciidoctor-tip: #1a7f37;\n  --asciidoctor-important: #8250df;\n  --asciidoctor-warning: #9a6700;\n  --asciidoctor-caution: #cf222e;\n}\n\n@media (prefers-color-scheme: dark) {\n  :root {\n    --asciidoctor-bg: #16181c;\n    --asciidoctor-surface: #1e2126;\n    --asciidoctor-fg: #e6e7e9;\n    --asciidoctor-muted: #9aa2ac;\n    --asciidoctor-line: #2c313a;\n    --asciidoctor-link: #6cb0f5;\n    --asciidoctor-mark: #6b5d1a;\n    --asciidoctor-note: #4493f8;\n    --asciidoctor-tip: #3fb950;\n    --asciidoctor-important: #ab7df8;\n    --asciidoctor-warning: #d29922;\n    --asciidoctor-caution: #f85149;\n  }\n}\n\n/* \u2500\u2500 Base \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\n*,\n*::before,\n*::after {\n  box-sizing: border-box;\n}\n\nbody {\n  margin: 0 auto;\n  max-width: 47rem;\n  padding: 1.5rem 1.25rem 3rem;\n  background: var(--asciidoctor-bg);\n  color: var(--asciidoctor-fg);\n  font-family:\n    system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;\n  font-size: 1.0625rem;\n  line-height: 1.7;\n  -webkit-text-size-adjust: 100%;\n  overflow-wrap: break-word;\n}\n\nh1,\nh2,\nh3,\nh4,\nh5,\nh6 {\n  line-height: 1.25;\n  letter-spacing: -0.01em;\n  font-weight: 600;\n  margin: 2em 0 0.6em;\n  text-wrap: balance;\n}\n\nh1 {\n  font-size: 2rem;\n}\nh2 {\n  font-size: 1.5rem;\n}\nh3 {\n  font-size: 1.25rem;\n}\nh4 {\n  font-size: 1.0625rem;\n}\nh5,\nh6 {\n  font-size: 1rem;\n}\n\np {\n  margin: 0 0 1em;\n}\n\na {\n  color: var(--asciidoctor-link);\n  text-decoration: none;\n}\na:hover {\n  text-decoration: underline;\n}\na:focus-visible {\n  outline: 2px solid var(--asciidoctor-link);\n  outline-offset: 2px;\n  border-radius: 2px;\n}\n\ncode,\nkbd,\npre,\nsamp {\n  font-family:\n    ui-monospace, "SF Mono", "Cascadia Code", Menlo, Consolas, monospace;\n}\n\ncode {\n  font-size: 0.875em;\n  background: var(--asciidoctor-surface);\n  padding: 0.1em 0.3em;\n  border-radius: 4px;\n}\n\npre {\n  margin: 0;\n  padding: 1rem 1.25rem;\n  overflow-x: auto;\n  font-size: 0.875rem;\n  line-height: 1.6;\n  background: var(--asciidoctor-surface);\n  border-radius: 8px;\n}\npre code {\n  background: none;\n  padding: 0;\n  font-size: inherit;\n  border-radius: 0;\n}\npre.no-wrap {\n  white-space: pre;\n}\n\nmark {\n  background: var(--asciidoctor-mark);\n  color: inherit;\n  padding: 0 0.15em;\n  border-radius: 2px;\n}\n\nhr {\n  border: 0;\n  border-top: 1px solid var(--asciidoctor-line);\n  margin: 2.5rem 0;\n}\n\nimg,\nsvg,\nvideo {\n  max-width: 100%;\n  height: auto;\n}\n\nsub,\nsup {\n  font-size: 0.75em;\n  line-height: 0;\n}\n\n/* \u2500\u2500 Document header \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\nbody > header {\n  margin-bottom: 2.5rem;\n  padding-bottom: 1.25rem;\n  border-bottom: 1px solid var(--asciidoctor-line);\n}\n\nbody > header h1 {\n  margin: 0 0 0.25rem;\n  font-size: 2.25rem;\n}\n\nbody > header h1 .subtitle {\n  display: block;\n  font-size: 0.55em;\n  font-weight: 400;\n  color: var(--asciidoctor-muted);\n  letter-spacing: 0;\n}\n\n.byline {\n  margin: 0.5rem 0 0;\n  color: var(--asciidoctor-muted);\n  font-size: 0.9375rem;\n}\nul.byline {\n  list-style: none;\n  padding: 0;\n  display: flex;\n  flex-wrap: wrap;\n  gap: 0.25rem 1.5rem;\n}\nul.byline li {\n  margin: 0;\n}\n\ntable.revision {\n  margin-top: 0.75rem;\n  font-size: 0.8125rem;\n  color: var(--asciidoctor-muted);\n  border-collapse: collapse;\n}\ntable.revision thead {\n  position: absolute;\n  width: 1px;\n  height: 1px;\n  overflow: hidden;\n  clip-path: inset(50%);\n}\ntable.revision td {\n  padding: 0 1.25rem 0 0;\n}\ntable.revision td:empty {\n  display: none;\n}\ntable.revision td::before {\n  content: attr(data-title) " ";\n}\ntable.revision td[data-title=""]::before,\ntable.revision td[data-title="Date"]::before,\ntable.revision td[data-title="Remark"]::before {\n  content: none;\n}\n\n/* \u2500\u2500 Page footer \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\nbody > footer {\n  margin-top: 3rem;\n  padding-top: 1rem;\n  border-top: 1px solid var(--asciidoctor-line);\n  font-size: 0.8125rem;\n  color: var(--asciidoctor-muted);\n  display: flex;\n  flex-wrap: wrap;\n  gap: 0.25rem 1.5rem;\n}\n\n/* \u2500\u2500 Sections \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\n.sect-num {\n  color: var(--asciidoctor-muted);\n  font-weight: 500;\n  margin-right: 0.25em;\n}\n\n/* :sectanchors: \u2014 reveal the anchor on heading hover, and on keyboard focus.\n   Hidden with opacity rather than visibility: the anchor is a real permalink\n   named by its aria-label, so it must stay focusable and reachable. */\na.anchor {\n  float: left;\n  margin-left: -1.1em;\n  width: 1.1em;\n  opacity: 0;\n  font-weight: 400;\n}\na.anchor::before {\n  content: "\xA7";\n}\nh1:hover a.anchor,\nh2:hover a.anchor,\nh3:hover a.anchor,\nh4:hover a.anchor,\nh5:hover a.anchor,\nh6:hover a.anchor,\na.anchor:focus-visible {\n  opacity: 1;\n}\n\n/* :sectlinks: \u2014 self-links keep the heading color */\nh1 > a.link,\nh2 > a.link,\nh3 > a.link,\nh4 > a.link,\nh5 > a.link,\nh6 > a.link {\n  color: inherit;\n}\n\n/* \u2500\u2500 Block titles \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\nstrong.title {\n  display: block;\n  margin-bottom: 0.25em;\n}\n\n/* \u2500\u2500 Table of contents \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\nnav.toc {\n  margin: 1.5rem 0;\n  padding: 1rem 1.25rem;\n  background: var(--asciidoctor-surface);\n  border: 1px solid var(--asciidoctor-line);\n  border-radius: 8px;\n}\nnav.toc > .title {\n  font-size: 0.75rem;\n  font-weight: 600;\n  text-transform: uppercase;\n  letter-spacing: 0.1em;\n  color: var(--asciidoctor-muted);\n  margin-bottom: 0.5rem;\n}\nnav.toc ol {\n  list-style: none;\n  margin: 0;\n  padding: 0;\n}\nnav.toc ol ol {\n  padding-left: 1rem;\n}\nnav.toc li {\n  margin: 0.2em 0;\n}\nnav.toc a {\n  color: var(--asciidoctor-fg);\n  font-size: 0.9375rem;\n}\nnav.toc a:hover {\n  color: var(--asciidoctor-link);\n}\n\n/* \u2500\u2500 Admonitions \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\naside.admonition {\n  --asciidoctor-admonition: var(--asciidoctor-muted);\n  margin: 1.5rem 0;\n  padding: 0.5rem 1.25rem;\n  border-left: 0.25rem solid var(--asciidoctor-admonition);\n}\naside.admonition.note {\n  --asciidoctor-admonition: var(--asciidoctor-note);\n}\naside.admonition.tip {\n  --asciidoctor-admonition: var(--asciidoctor-tip);\n}\naside.admonition.important {\n  --asciidoctor-admonition: var(--asciidoctor-important);\n}\naside.admonition.warning {\n  --asciidoctor-admonition: var(--asciidoctor-warning);\n}\naside.admonition.caution {\n  --asciidoctor-admonition: var(--asciidoctor-caution);\n}\n/* Admonition glyphs for :icons: font. The converter emits a neutral slot\n   (`icon-<name>`); the code points below are Font Awesome 7 Free, set through\n   its `--fa` custom property. Another provider remaps these five rules. */\naside.admonition > .icon-note {\n  --fa: "\\f05a"; /* circle-info */\n}\naside.admonition > .icon-tip {\n  --fa: "\\f0eb"; /* lightbulb */\n}\naside.admonition > .icon-important {\n  --fa: "\\f06a"; /* circle-exclamation */\n}\naside.admonition > .icon-caution {\n  --fa: "\\f06d"; /* fire */\n}\naside.admonition > .icon-warning {\n  --fa: "\\f071"; /* triangle-exclamation */\n}\naside.admonition > .label,\naside.admonition > .icon,\naside.admonition > i {\n  display: block;\n  color: var(--asciidoctor-admonition);\n  font-weight: 600;\n  margin-bottom: 0.25em;\n}\naside.admonition > p:last-child {\n  margin-bottom: 0;\n}\n\n/* \u2500\u2500 Sidebar \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\naside.sidebar {\n  margin: 1.5rem 0;\n  padding: 1rem 1.25rem;\n  background: var(--asciidoctor-surface);\n  border-radius: 8px;\n}\naside.sidebar > :last-child {\n  margin-bottom: 0;\n}\n\n/* \u2500\u2500 Figures \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\nfigure {\n  margin: 1.5rem 0;\n}\nfigcaption {\n  font-size: 0.875rem;\n  color: var(--asciidoctor-muted);\n  margin: 0.4rem 0;\n}\nfigcaption .label {\n  font-weight: 600;\n}\n\nfigure.listing figcaption,\nfigure.literal figcaption,\nfigure.example figcaption,\nfigure.stem figcaption {\n  margin-top: 0;\n}\n\nfigure.example {\n  padding: 1rem 1.25rem;\n  border: 1px solid var(--asciidoctor-line);\n  border-radius: 8px;\n}\nfigure.example > :last-child {\n  margin-bottom: 0;\n}\nfigure.example > figcaption {\n  margin: -0.25rem 0 0.75rem;\n}\n\nfigure.stem {\n  text-align: center;\n}\n\n/* collapsible example */\ndetails {\n  margin: 1.5rem 0;\n  padding: 0.75rem 1.25rem;\n  border: 1px solid var(--asciidoctor-line);\n  border-radius: 8px;\n}\ndetails > summary {\n  cursor: pointer;\n  font-weight: 600;\n}\ndetails[open] > summary {\n  margin-bottom: 0.5rem;\n}\n\n/* \u2500\u2500 Quote and verse \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\nblockquote {\n  margin: 1.5rem 0;\n  padding: 0.25rem 0 0.25rem 1.25rem;\n  border-left: 0.25rem solid var(--asciidoctor-line);\n}\nblockquote.quote {\n  font-style: italic;\n}\nblockquote footer {\n  margin-top: 0.5rem;\n  font-style: normal;\n  font-size: 0.875rem;\n  color: var(--asciidoctor-muted);\n}\nblockquote pre {\n  background: none;\n  padding: 0;\n  font-family: inherit;\n  font-size: inherit;\n  white-space: pre-wrap;\n}\nfigure.quote > blockquote,\nfigure.verse > blockquote {\n  margin: 0.5rem 0 0;\n}\n\n/* \u2500\u2500 Lists \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\nul,\nol,\ndl {\n  margin: 0 0 1em;\n}\nli > p,\ndd > p {\n  margin-bottom: 0.25em;\n}\ndt {\n  font-weight: 600;\n}\ndd {\n  margin: 0 0 0.5em 1.25rem;\n}\n\nul.checklist {\n  list-style: none;\n  padding-left: 1.5rem;\n}\n/* :icons: font markers \u2014 the glyph is mapped here (Font Awesome 7 Free code\n   points, via its `--fa` custom property) rather than taken from the icon\n   font\'s own class names, so swapping in another icon set is a stylesheet\n   change, not a markup change. --fa-style: 400 selects the regular (outline)\n   face, matching the unfilled checkbox the text mode draws with &#10063;. */\nul.checklist .checked {\n  --fa: "\\f14a"; /* square-check */\n  --fa-style: 400;\n}\nul.checklist .unchecked {\n  --fa: "\\f0c8"; /* square */\n  --fa-style: 400;\n}\n\n/* qanda \u2014 number the questions with a counter */\ndl.qanda {\n  counter-reset: question;\n}\ndl.qanda dt::before {\n  counter-increment: question;\n  content: counter(question) ". ";\n}\n\n/* horizontal dlist \u2014 two-column grid */\ndl.horizontal {\n  display: grid;\n  grid-template-columns: minmax(6rem, max-content) 1fr;\n  gap: 0.25em 1.5rem;\n}\ndl.horizontal dt {\n  grid-column: 1;\n}\ndl.horizontal dd {\n  grid-column: 2;\n  margin: 0;\n}\n\n/* \u2500\u2500 Callouts \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\n/* One badge, drawn in two places: the marker inside a verbatim block carries\n   its number in `data-value`, the callout list numbers itself with a CSS\n   counter. Declared together so the two renderings cannot drift apart.\n\n   Both align on the baseline of the text they annotate: the flex box takes its\n   baseline from the digit, so the disc lands on the lowercase band whatever the\n   surrounding font size. Inline layout offers no steadier anchor \u2014 `middle`\n   keys off the parent\'s x-height, which varies far more than the baseline, and\n   grid or flex cannot reach inside a line of preformatted text. */\ni.callout-num[data-value],\nol.callout-list > li::before {\n  display: inline-flex;\n  align-items: center;\n  justify-content: center;\n  min-width: 1.4em;\n  height: 1.4em;\n  border-radius: 50%;\n  background: var(--asciidoctor-muted);\n  color: var(--asciidoctor-bg);\n  font-family: system-ui, -apple-system, "Segoe UI", sans-serif;\n  font-size: 0.75rem;\n  font-weight: 600;\n  font-style: normal;\n  /* the flex box centers the digit; a line-height of its own would fight it */\n  line-height: normal;\n}\nol.callout-list > li::before {\n  /* a digit has no descender, so the box it is centered in has slack at the\n   bottom it never uses: take that slack back */\n  padding-bottom: 0.075em;\n}\ni.callout-num[data-value]::after {\n  content: attr(data-value);\n}\n/* the parenthesized number is the fallback when this stylesheet is not loaded */\ni.callout-num[data-value] + b {\n  display: none;\n}\n\n/* two columns, so the badge hangs beside the text and wrapped lines stay\n   aligned with the first one; baseline alignment puts the number on the\n   baseline of the text it labels */\nol.callout-list {\n  list-style: none;\n  counter-reset: callout;\n  padding-left: 0;\n  font-size: 0.9375rem;\n}\nol.callout-list > li {\n  counter-increment: callout;\n  display: grid;\n  grid-template-columns: auto 1fr;\n  align-items: baseline;\n  gap: 0 0.5rem;\n  margin: 0.25em 0;\n}\nol.callout-list > li::before {\n  content: counter(callout);\n  grid-column: 1;\n}\nol.callout-list > li > * {\n  grid-column: 2;\n}\n/* image icons: the marker the author supplied is already in the content */\nol.callout-list > li:has(> p > img:first-child)::before {\n  content: none;\n}\n\n/* \u2500\u2500 Tables \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\ntable {\n  border-collapse: collapse;\n  margin: 1.5rem 0;\n  font-size: 0.9375rem;\n}\ntable caption {\n  text-align: left;\n  font-size: 0.875rem;\n  color: var(--asciidoctor-muted);\n  margin-bottom: 0.4rem;\n}\nth,\ntd {\n  padding: 0.4rem 0.75rem;\n  text-align: left;\n  vertical-align: top;\n}\nthead th {\n  font-weight: 600;\n}\ntd > p:last-child {\n  margin-bottom: 0;\n}\n\ntable.stretch {\n  width: 100%;\n}\ntable.fit-content {\n  width: fit-content;\n}\n\n/* frame */\ntable.frame-all {\n  border: 1px solid var(--asciidoctor-line);\n}\ntable.frame-ends {\n  border-top: 1px solid var(--asciidoctor-line);\n  border-bottom: 1px solid var(--asciidoctor-line);\n}\ntable.frame-sides {\n  border-left: 1px solid var(--asciidoctor-line);\n  border-right: 1px solid var(--asciidoctor-line);\n}\n\n/* grid */\ntable[class*="grid-"] > * > tr > th,\ntable[class*="grid-"] > * > tr > td {\n  border: 0 solid var(--asciidoctor-line);\n}\ntable.grid-all > * > tr > th,\ntable.grid-all > * > tr > td {\n  border-width: 1px;\n}\ntable.grid-rows > * > tr > th,\ntable.grid-rows > * > tr > td {\n  border-width: 1px 0;\n}\ntable.grid-cols > * > tr > th,\ntable.grid-cols > * > tr > td {\n  border-width: 0 1px;\n}\n\n/* stripes */\ntable.stripes-all > tbody > tr,\ntable.stripes-even > tbody > tr:nth-of-type(even),\ntable.stripes-odd > tbody > tr:nth-of-type(odd) {\n  background: var(--asciidoctor-surface);\n}\ntable.stripes-hover > tbody > tr:hover {\n  background: var(--asciidoctor-surface);\n}\n\n/* cell alignment */\nth.halign-center,\ntd.halign-center {\n  text-align: center;\n}\nth.halign-right,\ntd.halign-right {\n  text-align: right;\n}\nth.valign-middle,\ntd.valign-middle {\n  vertical-align: middle;\n}\nth.valign-bottom,\ntd.valign-bottom {\n  vertical-align: bottom;\n}\n\n/* \u2500\u2500 Footnotes \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\nsup.footnote-ref {\n  font-size: 0.75em;\n}\nsection.footnotes {\n  margin-top: 3rem;\n  font-size: 0.875rem;\n  color: var(--asciidoctor-muted);\n}\nsection.footnotes > hr {\n  width: 8rem;\n  margin: 0 0 1rem;\n}\nol.footnotes {\n  padding-left: 1.5rem;\n}\na.footnote-backref {\n  text-decoration: none;\n}\n\n/* \u2500\u2500 Inline UI macros \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\nkbd {\n  display: inline-block;\n  font-size: 0.75em;\n  line-height: 1.4;\n  padding: 0.1em 0.45em;\n  border: 1px solid var(--asciidoctor-line);\n  border-bottom-width: 2px;\n  border-radius: 4px;\n  background: var(--asciidoctor-surface);\n}\n.key-seq kbd {\n  margin: 0 0.1em;\n}\n\n.button {\n  font-weight: 600;\n  font-size: 0.875em;\n  padding: 0.05em 0.5em;\n  border: 1px solid var(--asciidoctor-line);\n  border-radius: 6px;\n  background: var(--asciidoctor-surface);\n  white-space: nowrap;\n}\n\n.menu-seq b {\n  font-weight: 600;\n}\n.menu-seq b.caret {\n  color: var(--asciidoctor-muted);\n  font-weight: 400;\n}\n\n/* \u2500\u2500 Media \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\naudio {\n  width: 100%;\n  max-width: 30rem;\n}\niframe {\n  border: 0;\n  max-width: 100%;\n}\n\n/* \u2500\u2500 Alignment and float roles \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\n.text-left {\n  text-align: left;\n}\n.text-center {\n  text-align: center;\n}\n.text-right {\n  text-align: right;\n}\n/* a bare <img> carries the alignment role itself \u2014 align via auto margins */\nimg.text-left,\nimg.text-center,\nimg.text-right {\n  display: block;\n}\nimg.text-center {\n  margin-inline: auto;\n}\nimg.text-right {\n  margin-left: auto;\n}\nimg.left,\nfigure.left {\n  float: left;\n  margin: 0.25rem 1.25rem 0.75rem 0;\n}\nimg.right,\nfigure.right {\n  float: right;\n  margin: 0.25rem 0 0.75rem 1.25rem;\n}\n\n/* \u2500\u2500 General-purpose roles \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\n.underline {\n  text-decoration: underline;\n}\n.overline {\n  text-decoration: overline;\n}\n.line-through {\n  text-decoration: line-through;\n}\n.nobreak {\n  hyphens: none;\n  word-wrap: normal;\n}\n.nowrap {\n  white-space: nowrap;\n}\n.pre-wrap {\n  white-space: pre-wrap;\n}\n\n.unstyled {\n  list-style: none;\n  padding-left: 0;\n}\nul.no-bullet,\nol.unnumbered {\n  list-style: none;\n  padding-left: 1.25rem;\n}\n\n/* \u2500\u2500 Print \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 */\n\n@media print {\n  :root {\n    --asciidoctor-bg: #fff;\n    --asciidoctor-surface: #f4f4f4;\n    --asciidoctor-fg: #000;\n    --asciidoctor-muted: #444;\n    --asciidoctor-line: #bbb;\n    --asciidoctor-link: #000;\n  }\n  body {\n    max-width: none;\n    font-size: 10.5pt;\n  }\n  a[href^="http"]::after {\n    content: " (" attr(href) ")";\n    font-size: 0.85em;\n    color: var(--asciidoctor-muted);\n  }\n  nav.toc a::after,\n  a.footnote-backref::after,\n  sup.footnote-ref a::after,\n  a.anchor::after,\n  h1 > a.link::after,\n  h2 > a.link::after,\n  h3 > a.link::after,\n  h4 > a.link::after,\n  h5 > a.link::after,\n  h6 > a.link::after {\n    content: none;\n  }\n  hr.page-break {\n    border: 0;\n    margin: 0;\n    break-after: page;\n  }\n  figure,\n  blockquote,\n  aside.admonition,\n  aside.sidebar,\n  table,\n  pre {\n    break-inside: avoid;\n  }\n  h1,\n  h2,\n  h3,\n  h4,\n  h5,\n  h6 {\n    break-after: avoid;\n  }\n}\n\n@media not print {\n  hr.page-break {\n    border: 0;\n    margin: 2.5rem auto;\n    text-align: center;\n  }\n  hr.page-break::after {\n    content: "\xB7 \xB7 \xB7";\n    color: var(--asciidoctor-muted);\n    letter-spacing: 0.5em;\n  }\n}';
var semantic_stylesheet_data_default = stylesheet2;

// node_modules/@asciidoctor/core/src/stylesheets.js
var StylesheetsClass = class _StylesheetsClass {
  static DEFAULT_STYLESHEET_NAME = "asciidoctor.css";
  static SEMANTIC_STYLESHEET_NAME = "asciidoctor-semantic.css";
  get primaryStylesheetName() {
    return _StylesheetsClass.DEFAULT_STYLESHEET_NAME;
  }
  async primaryStylesheetData() {
    return stylesheet_data_default;
  }
  async embedPrimaryStylesheet() {
    return `<style>
${stylesheet_data_default}
</style>`;
  }
  async writePrimaryStylesheet(stylesoutdir) {
    return this._writeStylesheet(
      stylesoutdir,
      _StylesheetsClass.DEFAULT_STYLESHEET_NAME,
      stylesheet_data_default
    );
  }
  get semanticStylesheetName() {
    return _StylesheetsClass.SEMANTIC_STYLESHEET_NAME;
  }
  async semanticStylesheetData() {
    return semantic_stylesheet_data_default;
  }
  async embedSemanticStylesheet() {
    return `<style>
${semantic_stylesheet_data_default}
</style>`;
  }
  async writeSemanticStylesheet(stylesoutdir) {
    return this._writeStylesheet(
      stylesoutdir,
      _StylesheetsClass.SEMANTIC_STYLESHEET_NAME,
      semantic_stylesheet_data_default
    );
  }
  /**
   * @internal
   * @private
   */
  async _writeStylesheet(stylesoutdir, name, data) {
    try {
      const { writeFile } = await import("node:fs/promises");
      const { join } = await import("node:path");
      await writeFile(join(stylesoutdir, name), data, "utf8");
      return true;
    } catch {
      return false;
    }
  }
};
var Stylesheets = {
  instance: new StylesheetsClass()
};

// node_modules/@asciidoctor/core/src/converter/html5.js
var DropAnchorRx = /<(?:a\b[^>]*|\/a)>/g;
var LeadingAnchorsRx = /^(?:<a id="[^"]+"><\/a>)+/;
var StemBreakRx = / *\\\n(?:\\?\n)*|\n\n+/g;
var SvgPreambleRx = /^[\s\S]*?(?=<svg[\s>])/;
var SvgStartTagRx = /^<svg(?:\s[^>]*)?>/;
var DimensionAttributeRx = /\s(?:width|height|style)=(["'])[\s\S]*?\1/g;
var QUOTE_TAGS = {
  monospaced: ["<code>", "</code>", true],
  emphasis: ["<em>", "</em>", true],
  strong: ["<strong>", "</strong>", true],
  double: ["&#8220;", "&#8221;"],
  single: ["&#8216;", "&#8217;"],
  mark: ["<mark>", "</mark>", true],
  superscript: ["<sup>", "</sup>", true],
  subscript: ["<sub>", "</sub>", true],
  asciimath: ["\\$", "\\$"],
  latexmath: ["\\(", "\\)"]
};
var DEFAULT_QUOTE_TAG = ["", ""];
var Html5Converter = class extends ConverterBase {
  /**
   * Create a new Html5Converter instance.
   * @param {string} [backend='html5']
   * @param {Object} [opts={}]
   * @returns {Html5Converter}
   */
  static create(backend = "html5", opts = {}) {
    return new this(backend, opts);
  }
  constructor(backend, opts = {}) {
    super(backend, opts);
    let syntax;
    if (opts.htmlsyntax === "xml") {
      syntax = "xml";
      this._xmlMode = true;
      this._voidSlash = "/";
    } else {
      syntax = "html";
      this._xmlMode = false;
      this._voidSlash = "";
    }
    this.initBackendTraits({
      basebackend: "html",
      filetype: "html",
      htmlsyntax: syntax,
      outfilesuffix: ".html",
      supportsTemplates: true
    });
  }
  async convert_document(node) {
    const slash = this._voidSlash;
    const br = `<br${slash}>`;
    let assetUriScheme = node.getAttribute("asset-uri-scheme", "https");
    if (assetUriScheme) assetUriScheme = `${assetUriScheme}:`;
    const cdnBaseUrl = `${assetUriScheme}//cdnjs.cloudflare.com/ajax/libs`;
    const linkcss = node.hasAttribute("linkcss");
    const maxWidthAttr = node.hasAttribute("max-width") ? ` style="max-width: ${node.getAttribute("max-width")};"` : "";
    const result = ["<!DOCTYPE html>"];
    const langAttribute = node.hasAttribute("nolang") ? "" : ` lang="${node.getAttribute("lang", "en")}"`;
    result.push(
      `<html${this._xmlMode ? ' xmlns="http://www.w3.org/1999/xhtml"' : ""}${langAttribute}>`
    );
    result.push(`<head>
<meta charset="${node.getAttribute("encoding", "UTF-8")}"${slash}>
<meta http-equiv="X-UA-Compatible" content="IE=edge"${slash}>
<meta name="viewport" content="width=device-width, initial-scale=1.0"${slash}>`);
    let reproducible;
    if (!(reproducible = node.hasAttribute("reproducible"))) {
      result.push(
        `<meta name="generator" content="Asciidoctor.js ${node.getAttribute("asciidoctor-version")}"${slash}>`
      );
    }
    if (node.hasAttribute("app-name")) {
      result.push(
        `<meta name="application-name" content="${node.getAttribute("app-name")}"${slash}>`
      );
    }
    if (node.hasAttribute("description")) {
      result.push(
        `<meta name="description" content="${node.getAttribute("description")}"${slash}>`
      );
    }
    if (node.hasAttribute("keywords")) {
      result.push(
        `<meta name="keywords" content="${node.getAttribute("keywords")}"${slash}>`
      );
    }
    if (node.hasAttribute("authors")) {
      let authors = node.subReplacements(node.getAttribute("authors"));
      if (authors.includes("<")) authors = authors.replace(XmlSanitizeRx, "");
      result.push(`<meta name="author" content="${authors}"${slash}>`);
    }
    if (node.hasAttribute("copyright")) {
      result.push(
        `<meta name="copyright" content="${node.getAttribute("copyright")}"${slash}>`
      );
    }
    if (node.hasAttribute("favicon")) {
      let iconHref = "favicon" in node.attributes ? node.attributes.favicon : "";
      let iconType;
      if (!iconHref) {
        iconHref = "favicon.ico";
        iconType = "image/x-icon";
      } else {
        const iconExt = extname(iconHref, null);
        if (iconExt) {
          iconType = iconExt === ".ico" ? "image/x-icon" : `image/${iconExt.slice(1)}`;
        } else {
          iconType = "image/x-icon";
        }
      }
      result.push(
        `<link rel="icon" type="${iconType}" href="${iconHref}"${slash}>`
      );
    }
    result.push(
      `<title>${node.doctitle({ sanitize: true, use_fallback: true })}</title>`
    );
    const stylesheetRawVal = "stylesheet" in node.attributes ? node.attributes.stylesheet : null;
    if (DEFAULT_STYLESHEET_KEYS.has(stylesheetRawVal)) {
      if (node.hasAttribute("webfonts")) {
        const webfonts = node.attributes.webfonts ?? "";
        const fontFamily = webfonts || "Open+Sans:300,300italic,400,400italic,600,600italic%7CNoto+Serif:400,400italic,700,700italic%7CNoto+Sans+Mono:400,700";
        result.push(
          `<link rel="stylesheet" href="${assetUriScheme}//fonts.googleapis.com/css?family=${fontFamily}"${slash}>`
        );
      }
      if (linkcss) {
        result.push(
          `<link rel="stylesheet" href="${node.normalizeWebPath(DEFAULT_STYLESHEET_NAME, node.getAttribute("stylesdir"), false)}"${slash}>`
        );
      } else {
        result.push(
          `<style>
${await Stylesheets.instance.primaryStylesheetData()}
</style>`
        );
      }
    } else if (node.hasAttribute("stylesheet")) {
      if (linkcss) {
        result.push(
          `<link rel="stylesheet" href="${node.normalizeWebPath(node.getAttribute("stylesheet"), node.getAttribute("stylesdir"))}"${slash}>`
        );
      } else {
        const cssPath = node.normalizeSystemPath(
          node.getAttribute("stylesheet"),
          node.getAttribute("stylesdir")
        );
        const cssData = await node.readAsset(cssPath, {
          warnOnFailure: true,
          label: "stylesheet"
        }) ?? "";
        result.push(`<style>
${cssData}
</style>`);
      }
    }
    if (node.hasAttribute("icons", "font")) {
      if (node.hasAttribute("iconfont-remote")) {
        const cdnUrl = node.getAttribute("iconfont-cdn") ?? `${cdnBaseUrl}/font-awesome/${FONT_AWESOME_VERSION}/css/font-awesome.min.css`;
        result.push(`<link rel="stylesheet" href="${cdnUrl}"${slash}>`);
      } else {
        const iconfontStylesheet = `${node.getAttribute("iconfont-name", "font-awesome")}.css`;
        result.push(
          `<link rel="stylesheet" href="${node.normalizeWebPath(iconfontStylesheet, node.getAttribute("stylesdir"), false)}"${slash}>`
        );
      }
    }
    const syntaxHl = node.syntaxHighlighter;
    let syntaxHlDocinfoHeadIdx;
    if (syntaxHl) {
      syntaxHlDocinfoHeadIdx = result.length;
      result.push("");
    }
    const docinfoContent = await node.docinfo();
    if (docinfoContent) result.push(docinfoContent);
    result.push("</head>");
    const idAttr = node.id ? ` id="${node.id}"` : "";
    const sectioned = node.hasSections();
    let classes;
    if (sectioned && node.hasAttribute("toc-class") && node.hasAttribute("toc") && node.hasAttribute("toc-placement", "auto")) {
      classes = [
        node.doctype,
        node.getAttribute("toc-class"),
        `toc-${node.getAttribute("toc-position", "header")}`
      ];
    } else {
      classes = [node.doctype];
    }
    if (node.role) classes.push(node.role);
    result.push(`<body${idAttr} class="${classes.join(" ")}">`);
    const headerDocinfo = await node.docinfo("header");
    if (headerDocinfo) result.push(headerDocinfo);
    if (!node.isNoheader()) {
      result.push(`<div id="header"${maxWidthAttr}>`);
      if (node.doctype === "manpage") {
        result.push(`<h1>${node.doctitle()} Manual Page</h1>`);
        if (sectioned && node.hasAttribute("toc") && node.hasAttribute("toc-placement", "auto")) {
          result.push(`<div id="toc" class="${node.getAttribute("toc-class", "toc")}">
<div id="toctitle">${node.getAttribute("toc-title")}</div>
${await node.converter.convert(node, "outline")}
</div>`);
        }
        if (node.hasAttribute("manpurpose"))
          result.push(this._generateMannameSection(node));
      } else {
        if (node.hasHeader()) {
          if (!node.isNotitle()) result.push(`<h1>${node.header.title}</h1>`);
          const details = [];
          let idx = 1;
          for (const author of node.authors()) {
            details.push(
              `<span id="author${idx > 1 ? idx : ""}" class="author">${node.subReplacements(author.name)}</span>${br}`
            );
            if (author.email) {
              details.push(
                `<span id="email${idx > 1 ? idx : ""}" class="email">${await node.subMacros(author.email)}</span>${br}`
              );
            }
            idx++;
          }
          if (node.hasAttribute("revnumber")) {
            const versionLabel = (node.getAttribute("version-label") || "").toLowerCase();
            details.push(
              `<span id="revnumber">${versionLabel} ${node.getAttribute("revnumber")}${node.hasAttribute("revdate") ? "," : ""}</span>`
            );
          }
          if (node.hasAttribute("revdate")) {
            details.push(
              `<span id="revdate">${node.getAttribute("revdate")}</span>`
            );
          }
          if (node.hasAttribute("revremark")) {
            details.push(
              `${br}<span id="revremark">${node.getAttribute("revremark")}</span>`
            );
          }
          if (details.length > 0) {
            result.push('<div class="details">');
            result.push(...details);
            result.push("</div>");
          }
        }
        if (sectioned && node.hasAttribute("toc") && node.hasAttribute("toc-placement", "auto")) {
          result.push(`<div id="toc" class="${node.getAttribute("toc-class", "toc")}">
<div id="toctitle">${node.getAttribute("toc-title")}</div>
${await node.converter.convert(node, "outline")}
</div>`);
        }
      }
      result.push("</div>");
    }
    result.push(`<div id="content"${maxWidthAttr}>
${await node.content()}
</div>`);
    if (node.hasFootnotes() && !node.hasAttribute("nofootnotes")) {
      result.push(`<div id="footnotes"${maxWidthAttr}>
<hr${slash}>`);
      for (const footnote of node.footnotes) {
        result.push(`<div class="footnote" id="_footnotedef_${footnote.index}">
<a href="#_footnoteref_${footnote.index}">${footnote.index}</a>. ${footnote.text}
</div>`);
      }
      result.push("</div>");
    }
    if (!node.isNofooter()) {
      result.push(`<div id="footer"${maxWidthAttr}>`);
      result.push('<div id="footer-text">');
      if (node.hasAttribute("revnumber")) {
        result.push(
          `${node.getAttribute("version-label")} ${node.getAttribute("revnumber")}${br}`
        );
      }
      if (node.hasAttribute("last-update-label") && !reproducible) {
        result.push(
          `${node.getAttribute("last-update-label")} ${node.getAttribute("docdatetime")}`
        );
      }
      result.push("</div>");
      result.push("</div>");
    }
    if (syntaxHl) {
      if (syntaxHl.hasDocinfo("head")) {
        result[syntaxHlDocinfoHeadIdx] = await syntaxHl.docinfo("head", node, {
          cdn_base_url: cdnBaseUrl,
          linkcss,
          self_closing_tag_slash: slash
        });
      } else {
        result.splice(syntaxHlDocinfoHeadIdx, 1);
      }
      if (syntaxHl.hasDocinfo("footer")) {
        result.push(
          await syntaxHl.docinfo("footer", node, {
            cdn_base_url: cdnBaseUrl,
            linkcss,
            self_closing_tag_slash: slash
          })
        );
      }
    }
    if (node.hasAttribute("stem")) {
      let eqnumsVal = node.getAttribute("eqnums", "none");
      if (!eqnumsVal) eqnumsVal = "AMS";
      const eqnumsOpt = ` equationNumbers: { autoNumber: "${eqnumsVal}" } `;
      result.push(`<script type="text/x-mathjax-config">
MathJax.Hub.Config({
  messageStyle: "none",
  tex2jax: {
    inlineMath: [${JSON.stringify(INLINE_MATH_DELIMITERS.latexmath)}],
    displayMath: [${JSON.stringify(BLOCK_MATH_DELIMITERS.latexmath)}],
    ignoreClass: "nostem|nolatexmath"
  },
  asciimath2jax: {
    delimiters: [${JSON.stringify(BLOCK_MATH_DELIMITERS.asciimath)}],
    ignoreClass: "nostem|noasciimath"
  },
  TeX: {${eqnumsOpt}}
})
MathJax.Hub.Register.StartupHook("AsciiMath Jax Ready", function () {
  MathJax.InputJax.AsciiMath.postfilterHooks.Add(function (data, node) {
    if ((node = data.script.parentNode) && (node = node.parentNode) && node.classList.contains("stemblock")) {
      data.math.root.display = "block"
    }
    return data
  })
})
</script>
<script src="${cdnBaseUrl}/mathjax/${MATHJAX_VERSION}/MathJax.js?config=TeX-MML-AM_CHTML"></script>`);
    }
    const footerDocinfo = await node.docinfo("footer");
    if (footerDocinfo) result.push(footerDocinfo);
    result.push("</body>");
    result.push("</html>");
    return result.join(LF);
  }
  async convert_embedded(node) {
    const result = [];
    if (node.doctype === "manpage") {
      if (!node.isNotitle()) {
        const idAttr = node.id ? ` id="${node.id}"` : "";
        result.push(`<h1${idAttr}>${node.doctitle()} Manual Page</h1>`);
      }
      if (node.hasAttribute("manpurpose"))
        result.push(this._generateMannameSection(node));
    } else if (node.hasHeader() && !node.isNotitle()) {
      const idAttr = node.id ? ` id="${node.id}"` : "";
      result.push(`<h1${idAttr}>${node.header.title}</h1>`);
    }
    if (node.hasSections() && node.hasAttribute("toc")) {
      const tocP = node.getAttribute("toc-placement");
      if (tocP !== "macro" && tocP !== "preamble") {
        result.push(`<div id="toc" class="toc">
<div id="toctitle">${node.getAttribute("toc-title")}</div>
${await node.converter.convert(node, "outline")}
</div>`);
      }
    }
    result.push(await node.content());
    if (node.hasFootnotes() && !node.hasAttribute("nofootnotes")) {
      result.push(`<div id="footnotes">
<hr${this._voidSlash}>`);
      for (const footnote of node.footnotes) {
        result.push(`<div class="footnote" id="_footnotedef_${footnote.index}">
<a href="#_footnoteref_${footnote.index}">${footnote.index}</a>. ${footnote.text}
</div>`);
      }
      result.push("</div>");
    }
    return result.join(LF);
  }
  async convert_outline(node, opts = {}) {
    if (!node.hasSections()) return null;
    const sections = node.sections();
    const parts = node.context === "document" && node.isMultipart();
    const sectlevel = parts ? 0 : sections[0].level;
    const sectnumlevels = opts.sectnumlevels ?? parseInt(node.document.attributes.sectnumlevels || 3, 10);
    let toclevels = opts.toclevels ?? null;
    if (toclevels == null) {
      const toclevelAttr = node.document.attributes.toclevels;
      if (toclevelAttr) {
        toclevels = parseInt(toclevelAttr, 10);
        if (toclevels < 1 && !parts) toclevels = 1;
      } else {
        toclevels = 2;
      }
    }
    const result = [`<ul class="sectlevel${sectlevel}">`];
    for (const section of sections) {
      const slevel = section.level;
      const stoclevels = section.hasAttribute("toclevels") ? parseInt(section.getAttribute("toclevels"), 10) : toclevels;
      if (slevel > stoclevels) continue;
      let stitle;
      if (section.caption) {
        stitle = section.captionedTitle();
      } else if (section.numbered && slevel <= sectnumlevels) {
        if (slevel < 2 && node.document.doctype === "book") {
          const sectname = section.sectname;
          if (sectname === "chapter") {
            const signifier = node.document.attributes["chapter-signifier"];
            stitle = `${signifier ? `${signifier} ` : ""}${section.sectnum()} ${section.title}`;
          } else if (sectname === "part") {
            const signifier = node.document.attributes["part-signifier"];
            stitle = `${signifier ? `${signifier} ` : ""}${section.sectnum(null, ":")} ${section.title}`;
          } else {
            stitle = `${section.sectnum()} ${section.title}`;
          }
        } else {
          stitle = `${section.sectnum()} ${section.title}`;
        }
      } else {
        stitle = section.title;
      }
      if (stitle?.includes("<a")) {
        stitle = stitle.replace(new RegExp(DropAnchorRx.source, "g"), "");
      }
      const otag = slevel === sectlevel ? "<li>" : `<li class="sectlevel${slevel}">`;
      if (slevel < stoclevels) {
        const childTocLevel = await this.convert_outline(section, {
          toclevels: stoclevels,
          sectnumlevels
        });
        if (childTocLevel) {
          result.push(`${otag}<a href="#${section.id}">${stitle}</a>`);
          result.push(childTocLevel);
          result.push("</li>");
          continue;
        }
      }
      result.push(`${otag}<a href="#${section.id}">${stitle}</a></li>`);
    }
    result.push("</ul>");
    return result.join(LF);
  }
  async convert_section(node) {
    const docAttrs = node.document.attributes;
    const level = node.level;
    let title;
    if (node.caption) {
      title = node.captionedTitle();
    } else if (node.numbered && level <= parseInt(docAttrs.sectnumlevels || 3, 10)) {
      if (level < 2 && node.document.doctype === "book") {
        const sectname = node.sectname;
        if (sectname === "chapter") {
          const signifier = docAttrs["chapter-signifier"];
          title = `${signifier ? `${signifier} ` : ""}${node.sectnum()} ${node.title}`;
        } else if (sectname === "part") {
          const signifier = docAttrs["part-signifier"];
          title = `${signifier ? `${signifier} ` : ""}${node.sectnum(null, ":")} ${node.title}`;
        } else {
          title = `${node.sectnum()} ${node.title}`;
        }
      } else {
        title = `${node.sectnum()} ${node.title}`;
      }
    } else {
      title = node.title;
    }
    let idAttr = "";
    if (node.id) {
      const id = node.id;
      idAttr = ` id="${id}"`;
      if ("sectlinks" in docAttrs) {
        let m;
        if (title.startsWith("<a ") && (m = title.match(LeadingAnchorsRx))) {
          title = `${m[0]}<a class="link" href="#${id}">${title.slice(m[0].length)}</a>`;
        } else {
          title = `<a class="link" href="#${id}">${title}</a>`;
        }
      }
      if ("sectanchors" in docAttrs) {
        if (docAttrs.sectanchors === "after") {
          title = `${title}<a class="anchor" href="#${id}"></a>`;
        } else {
          title = `<a class="anchor" href="#${id}"></a>${title}`;
        }
      }
    }
    const role = node.role;
    if (level === 0) {
      return `<h1${idAttr} class="sect0${role ? ` ${role}` : ""}">${title}</h1>
${await node.content()}`;
    }
    return `<div class="sect${level}${role ? ` ${role}` : ""}">
<h${level + 1}${idAttr}>${title}</h${level + 1}>
${level === 1 ? `<div class="sectionbody">
${await node.content()}
</div>` : await node.content()}
</div>`;
  }
  async convert_admonition(node) {
    const idAttr = node.id ? ` id="${node.id}"` : "";
    const name = node.getAttribute("name");
    const titleElement = node.hasTitle() ? `<div class="title">${node.title}</div>
` : "";
    let label;
    if (node.document.hasAttribute("icons")) {
      if (node.document.hasAttribute("icons", "font") && !node.hasAttribute("icon")) {
        label = `<i class="fa icon-${name}" title="${node.getAttribute("textlabel")}"></i>`;
      } else {
        label = `<img src="${await node.iconUri(name)}" alt="${node.getAttribute("textlabel")}"${this._voidSlash}>`;
      }
    } else {
      label = `<div class="title">${node.getAttribute("textlabel")}</div>`;
    }
    return `<div${idAttr} class="admonitionblock ${name}${node.role ? ` ${node.role}` : ""}">
<table>
<tr>
<td class="icon">
${label}
</td>
<td class="content">
${titleElement}${await node.content()}
</td>
</tr>
</table>
</div>`;
  }
  async convert_audio(node) {
    const xml = this._xmlMode;
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const classes = ["audioblock", node.role].filter(Boolean);
    const classAttribute = ` class="${classes.join(" ")}"`;
    const titleElement = node.hasTitle() ? `<div class="title">${node.title}</div>
` : "";
    const startT = node.getAttribute("start");
    const endT = node.getAttribute("end");
    const timeAnchor = startT || endT ? `#t=${startT || ""}${endT ? `,${endT}` : ""}` : "";
    return `<div${idAttribute}${classAttribute}>
${titleElement}<div class="content">
<audio src="${node.mediaUri(node.getAttribute("target"))}${timeAnchor}"${node.hasOption("autoplay") ? this._appendBooleanAttr("autoplay", xml) : ""}${node.hasOption("nocontrols") ? "" : this._appendBooleanAttr("controls", xml)}${node.hasOption("loop") ? this._appendBooleanAttr("loop", xml) : ""}>
Your browser does not support the audio tag.
</audio>
</div>
</div>`;
  }
  async convert_colist(node) {
    const result = [];
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const classes = ["colist", node.style, node.role].filter(Boolean);
    const classAttribute = ` class="${classes.join(" ")}"`;
    result.push(`<div${idAttribute}${classAttribute}>`);
    if (node.hasTitle()) result.push(`<div class="title">${node.title}</div>`);
    if (node.document.hasAttribute("icons")) {
      result.push("<table>");
      const fontIcons = node.document.hasAttribute("icons", "font");
      let num = 0;
      for (const item of node.getItems()) {
        num++;
        let numLabel;
        if (fontIcons) {
          numLabel = `<i class="conum" data-value="${num}"></i><b>${num}</b>`;
        } else {
          numLabel = `<img src="${await node.iconUri(`callouts/${num}`)}" alt="${num}"${this._voidSlash}>`;
        }
        result.push(`<tr>
<td>${numLabel}</td>
<td>${item.getText()}${item.hasBlocks() ? LF + await item.content() : ""}</td>
</tr>`);
      }
      result.push("</table>");
    } else {
      result.push("<ol>");
      for (const item of node.getItems()) {
        result.push(`<li>
<p>${item.getText()}</p>${item.hasBlocks() ? LF + await item.content() : ""}
</li>`);
      }
      result.push("</ol>");
    }
    result.push("</div>");
    return result.join(LF);
  }
  async convert_dlist(node) {
    const result = [];
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    let classes;
    switch (node.style) {
      case "qanda":
        classes = ["qlist", "qanda", node.role];
        break;
      case "horizontal":
        classes = ["hdlist", node.role];
        break;
      default:
        classes = ["dlist", node.style, node.role];
    }
    const classAttribute = ` class="${classes.filter(Boolean).join(" ")}"`;
    result.push(`<div${idAttribute}${classAttribute}>`);
    if (node.hasTitle()) result.push(`<div class="title">${node.title}</div>`);
    switch (node.style) {
      case "qanda":
        result.push("<ol>");
        for (const [terms, dd] of node.getItems()) {
          result.push("<li>");
          for (const dt of terms) {
            result.push(`<p><em>${dt.getText()}</em></p>`);
          }
          if (dd) {
            if (dd.hasText()) result.push(`<p>${dd.getText()}</p>`);
            if (dd.hasBlocks()) result.push(await dd.content());
          }
          result.push("</li>");
        }
        result.push("</ol>");
        break;
      case "horizontal": {
        const slash = this._voidSlash;
        result.push("<table>");
        if (node.hasAttribute("labelwidth") || node.hasAttribute("itemwidth")) {
          result.push("<colgroup>");
          const labelWidthAttr = node.hasAttribute("labelwidth") ? ` width="${node.getAttribute("labelwidth").replace(/%$/, "")}%"` : "";
          result.push(`<col${labelWidthAttr}${slash}>`);
          const itemWidthAttr = node.hasAttribute("itemwidth") ? ` width="${node.getAttribute("itemwidth").replace(/%$/, "")}%"` : "";
          result.push(`<col${itemWidthAttr}${slash}>`);
          result.push("</colgroup>");
        }
        for (const [terms, dd] of node.getItems()) {
          result.push("<tr>");
          result.push(
            `<td class="hdlist1${node.hasOption("strong") ? " strong" : ""}">`
          );
          let firstTerm = true;
          for (const dt of terms) {
            if (!firstTerm) result.push(`<br${slash}>`);
            result.push(dt.getText());
            firstTerm = false;
          }
          result.push("</td>");
          result.push('<td class="hdlist2">');
          if (dd) {
            if (dd.hasText()) result.push(`<p>${dd.getText()}</p>`);
            if (dd.hasBlocks()) result.push(await dd.content());
          }
          result.push("</td>");
          result.push("</tr>");
        }
        result.push("</table>");
        break;
      }
      default: {
        result.push("<dl>");
        const dtStyleAttribute = node.style ? "" : ' class="hdlist1"';
        for (const [terms, dd] of node.getItems()) {
          for (const dt of terms) {
            result.push(`<dt${dtStyleAttribute}>${dt.getText()}</dt>`);
          }
          if (!dd) continue;
          result.push("<dd>");
          if (dd.hasText()) result.push(`<p>${dd.getText()}</p>`);
          if (dd.hasBlocks()) result.push(await dd.content());
          result.push("</dd>");
        }
        result.push("</dl>");
      }
    }
    result.push("</div>");
    return result.join(LF);
  }
  async convert_example(node) {
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    if (node.hasOption("collapsible")) {
      const classAttribute = node.role ? ` class="${node.role}"` : "";
      const summaryElement = node.hasTitle() ? `<summary class="title">${node.title}</summary>` : '<summary class="title">Details</summary>';
      return `<details${idAttribute}${classAttribute}${node.hasOption("open") ? " open" : ""}>
${summaryElement}
<div class="content">
${await node.content()}
</div>
</details>`;
    }
    const titleElement = node.hasTitle() ? `<div class="title">${node.captionedTitle()}</div>
` : "";
    const role = node.role;
    return `<div${idAttribute} class="exampleblock${role ? ` ${role}` : ""}">
${titleElement}<div class="content">
${await node.content()}
</div>
</div>`;
  }
  async convert_floating_title(node) {
    const tagName = `h${node.level + 1}`;
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const classes = [node.style, node.role].filter(Boolean);
    return `<${tagName}${idAttribute} class="${classes.join(" ")}">${node.title}</${tagName}>`;
  }
  async convert_image(node) {
    const target = node.getAttribute("target");
    const widthAttr = node.hasAttribute("width") ? ` width="${node.getAttribute("width")}"` : "";
    const heightAttr = node.hasAttribute("height") ? ` height="${node.getAttribute("height")}"` : "";
    const slash = this._voidSlash;
    let img, src;
    if ((node.hasAttribute("format", "svg") || target.includes(".svg") || target.startsWith("data:image/svg+xml")) && node.document.safe < SafeMode.SECURE) {
      if (node.hasOption("inline")) {
        img = await this.readSvgContents(node, target) || `<span class="alt">${node.getAlt()}</span>`;
      } else if (node.hasOption("interactive")) {
        const fallback = node.hasAttribute("fallback") ? `<img src="${await node.imageUri(node.getAttribute("fallback"))}" alt="${this._encodeAttrValue(node.getAlt())}"${widthAttr}${heightAttr}${slash}>` : `<span class="alt">${node.getAlt()}</span>`;
        src = await node.imageUri(target);
        img = `<object type="image/svg+xml" data="${src}"${widthAttr}${heightAttr}>${fallback}</object>`;
      } else {
        src = await node.imageUri(target);
        img = `<img src="${src}" alt="${this._encodeAttrValue(node.getAlt())}"${widthAttr}${heightAttr}${slash}>`;
      }
    } else {
      src = await node.imageUri(target);
      img = `<img src="${src}" alt="${this._encodeAttrValue(node.getAlt())}"${widthAttr}${heightAttr}${slash}>`;
    }
    if (node.hasAttribute("link")) {
      let hrefAttrVal = node.getAttribute("link");
      if (hrefAttrVal === "self") hrefAttrVal = src;
      if (hrefAttrVal) {
        img = `<a class="image" href="${hrefAttrVal}"${this._appendLinkConstraintAttrs(node).join("")}>${img}</a>`;
      }
    }
    const idAttr = node.id ? ` id="${node.id}"` : "";
    const classes = ["imageblock"];
    if (node.hasAttribute("float")) classes.push(node.getAttribute("float"));
    if (node.hasAttribute("align"))
      classes.push(`text-${node.getAttribute("align")}`);
    if (node.role) classes.push(node.role);
    const classAttr = ` class="${classes.join(" ")}"`;
    const titleEl = node.hasTitle() ? `
<div class="title">${node.captionedTitle()}</div>` : "";
    return `<div${idAttr}${classAttr}>
<div class="content">
${img}
</div>${titleEl}
</div>`;
  }
  async convert_listing(node) {
    const nowrap = node.hasOption("nowrap") || !node.document.hasAttribute("prewrap");
    let preOpen, preClose, syntaxHl, lang, opts;
    if (node.style === "source") {
      lang = node.getAttribute("language");
      syntaxHl = node.document.syntaxHighlighter;
      if (syntaxHl) {
        if (syntaxHl.handlesHighlighting()) {
          const docAttrs = node.document.attributes;
          opts = {
            css_mode: docAttrs[`${syntaxHl.name}-css`] || "class",
            style: docAttrs[`${syntaxHl.name}-style`]
          };
        } else {
          opts = {};
        }
        opts.nowrap = nowrap;
      } else {
        preOpen = `<pre class="highlight${nowrap ? " nowrap" : ""}"><code${lang ? ` class="language-${lang}" data-lang="${lang}"` : ""}>`;
        preClose = "</code></pre>";
      }
    } else {
      preOpen = `<pre${nowrap ? ' class="nowrap"' : ""}>`;
      preClose = "</pre>";
    }
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const titleElement = node.hasTitle() ? `<div class="title">${node.captionedTitle()}</div>
` : "";
    const role = node.role;
    const inner = syntaxHl ? await syntaxHl.format(node, lang, opts) : `${preOpen}${await node.content()}${preClose}`;
    return `<div${idAttribute} class="listingblock${role ? ` ${role}` : ""}">
${titleElement}<div class="content">
${inner}
</div>
</div>`;
  }
  async convert_literal(node) {
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const titleElement = node.hasTitle() ? `<div class="title">${node.title}</div>
` : "";
    const nowrap = !node.document.hasAttribute("prewrap") || node.hasOption("nowrap");
    const role = node.role;
    return `<div${idAttribute} class="literalblock${role ? ` ${role}` : ""}">
${titleElement}<div class="content">
<pre${nowrap ? ' class="nowrap"' : ""}>${await node.content()}</pre>
</div>
</div>`;
  }
  async convert_stem(node) {
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const titleElement = node.hasTitle() ? `<div class="title">${node.title}</div>
` : "";
    const style = node.style;
    const [open, close] = BLOCK_MATH_DELIMITERS[style] ?? ["", ""];
    let equation = await node.content();
    if (equation) {
      if (style === "asciimath" && equation.includes(LF)) {
        const br = `${LF}<br${this._voidSlash}>`;
        equation = equation.replace(StemBreakRx, (match) => {
          const newlineCount = (match.match(/\n/g) || []).length;
          const brCount = match[0] === "\n" ? newlineCount : newlineCount - 1;
          return `${close}${br.repeat(brCount)}${LF}${open}`;
        });
      }
      if (!equation.startsWith(open) || !equation.endsWith(close)) {
        equation = `${open}${equation}${close}`;
      }
    } else {
      equation = "";
    }
    const role = node.role;
    return `<div${idAttribute} class="stemblock${role ? ` ${role}` : ""}">
${titleElement}<div class="content">
${equation}
</div>
</div>`;
  }
  async convert_olist(node) {
    const result = [];
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const classes = ["olist", node.style, node.role].filter(Boolean);
    const classAttribute = ` class="${classes.join(" ")}"`;
    result.push(`<div${idAttribute}${classAttribute}>`);
    if (node.hasTitle()) result.push(`<div class="title">${node.title}</div>`);
    const keyword = node.listMarkerKeyword();
    const typeAttribute = keyword ? ` type="${keyword}"` : "";
    const startAttribute = node.hasAttribute("start") ? ` start="${node.getAttribute("start")}"` : "";
    const reversedAttribute = node.hasOption("reversed") ? this._appendBooleanAttr("reversed", this._xmlMode) : "";
    result.push(
      `<ol class="${node.style}"${typeAttribute}${startAttribute}${reversedAttribute}>`
    );
    for (const item of node.getItems()) {
      if (item.id) {
        result.push(
          `<li id="${item.id}"${item.role ? ` class="${item.role}"` : ""}>`
        );
      } else if (item.role) {
        result.push(`<li class="${item.role}">`);
      } else {
        result.push("<li>");
      }
      result.push(`<p>${item.getText()}</p>`);
      if (item.hasBlocks()) result.push(await item.content());
      result.push("</li>");
    }
    result.push("</ol>");
    result.push("</div>");
    return result.join(LF);
  }
  async convert_open(node) {
    const style = node.style;
    if (style === "abstract") {
      if (node.getParent() === node.document && node.document.doctype === "book") {
        this.logger.warn(
          "abstract block cannot be used in a document without a doctitle when doctype is book. Excluding block content."
        );
        return "";
      }
      const idAttr2 = node.id ? ` id="${node.id}"` : "";
      const titleEl2 = node.hasTitle() ? `<div class="title">${node.title}</div>
` : "";
      const role2 = node.role;
      return `<div${idAttr2} class="quoteblock abstract${role2 ? ` ${role2}` : ""}">
${titleEl2}<blockquote>
${await node.content()}
</blockquote>
</div>`;
    }
    if (style === "partintro" && (node.level > 0 || node.getParent().context !== "section" || node.document.doctype !== "book")) {
      this.logger.error(
        "partintro block can only be used when doctype is book and must be a child of a book part. Excluding block content."
      );
      return "";
    }
    const idAttr = node.id ? ` id="${node.id}"` : "";
    const titleEl = node.hasTitle() ? `<div class="title">${node.title}</div>
` : "";
    const role = node.role;
    return `<div${idAttr} class="openblock${style && style !== "open" ? ` ${style}` : ""}${role ? ` ${role}` : ""}">
${titleEl}<div class="content">
${await node.content()}
</div>
</div>`;
  }
  async convert_page_break(_node) {
    return '<div class="page-break"></div>';
  }
  async convert_paragraph(node) {
    let attributes;
    if (node.role) {
      attributes = `${node.id ? ` id="${node.id}"` : ""} class="paragraph ${node.role}"`;
    } else if (node.id) {
      attributes = ` id="${node.id}" class="paragraph"`;
    } else {
      attributes = ' class="paragraph"';
    }
    if (node.hasTitle()) {
      return `<div${attributes}>
<div class="title">${node.title}</div>
<p>${await node.content()}</p>
</div>`;
    }
    return `<div${attributes}>
<p>${await node.content()}</p>
</div>`;
  }
  // alias convert_pass → content_only
  async convert_pass(node) {
    return this.contentOnly(node);
  }
  async convert_preamble(node) {
    let toc = "";
    const doc = node.document;
    if (doc.hasAttribute("toc-placement", "preamble") && doc.hasSections() && doc.hasAttribute("toc")) {
      toc = `
<div id="toc" class="${doc.getAttribute("toc-class", "toc")}">
<div id="toctitle">${doc.getAttribute("toc-title")}</div>
${await doc.converter.convert(doc, "outline")}
</div>`;
    }
    return `<div id="preamble">
<div class="sectionbody">
${await node.content()}
</div>${toc}
</div>`;
  }
  async convert_quote(node) {
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const classes = ["quoteblock", node.role].filter(Boolean);
    const classAttribute = ` class="${classes.join(" ")}"`;
    const titleElement = node.hasTitle() ? `
<div class="title">${node.title}</div>` : "";
    const attribution = node.hasAttribute("attribution") ? node.getAttribute("attribution") : null;
    const citetitle = node.hasAttribute("citetitle") ? node.getAttribute("citetitle") : null;
    let attributionElement = "";
    if (attribution || citetitle) {
      const citeElement = citetitle ? `<cite>${citetitle}</cite>` : "";
      const attributionText = attribution ? `&#8212; ${attribution}${citetitle ? `<br${this._voidSlash}>
` : ""}` : "";
      attributionElement = `
<div class="attribution">
${attributionText}${citeElement}
</div>`;
    }
    return `<div${idAttribute}${classAttribute}>${titleElement}
<blockquote>
${await node.content()}
</blockquote>${attributionElement}
</div>`;
  }
  async convert_thematic_break(node) {
    const classAttribute = node.role ? ` class="${node.role}"` : "";
    return `<hr${classAttribute}${this._voidSlash}>`;
  }
  async convert_sidebar(node) {
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const titleElement = node.hasTitle() ? `<div class="title">${node.title}</div>
` : "";
    const role = node.role;
    return `<div${idAttribute} class="sidebarblock${role ? ` ${role}` : ""}">
<div class="content">
${titleElement}${await node.content()}
</div>
</div>`;
  }
  async convert_table(node) {
    const result = [];
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    let frame = node.getAttribute("frame", "all", "table-frame");
    if (frame === "topbot") frame = "ends";
    const classes = [
      "tableblock",
      `frame-${frame}`,
      `grid-${node.getAttribute("grid", "all", "table-grid")}`
    ];
    const stripes = node.getAttribute("stripes", null, "table-stripes");
    if (stripes) classes.push(`stripes-${stripes}`);
    let widthAttribute = "";
    const autowidth = node.hasOption("autowidth");
    if (autowidth && !node.hasAttribute("width")) {
      classes.push("fit-content");
    } else {
      const tablewidth = node.getAttribute("tablepcwidth");
      if (Number(tablewidth) === 100) {
        classes.push("stretch");
      } else {
        widthAttribute = ` width="${tablewidth}%"`;
      }
    }
    if (node.hasAttribute("float")) classes.push(node.getAttribute("float"));
    if (node.role) classes.push(node.role);
    const classAttribute = ` class="${classes.join(" ")}"`;
    result.push(`<table${idAttribute}${classAttribute}${widthAttribute}>`);
    if (node.hasTitle())
      result.push(`<caption class="title">${node.captionedTitle()}</caption>`);
    if (node.getAttribute("rowcount") > 0) {
      const slash = this._voidSlash;
      result.push("<colgroup>");
      if (autowidth) {
        for (let i = 0; i < node.columns.length; i++)
          result.push(`<col${slash}>`);
      } else {
        for (const col of node.columns) {
          result.push(
            col.hasOption("autowidth") ? `<col${slash}>` : `<col width="${col.getAttribute("colpcwidth")}%"${slash}>`
          );
        }
      }
      result.push("</colgroup>");
      for (const [tsec, rows] of node.rows.bySection()) {
        if (rows.length === 0) continue;
        result.push(`<t${tsec}>`);
        for (const row of rows) {
          result.push("<tr>");
          for (const cell of row) {
            let cellContent;
            if (tsec === "head") {
              cellContent = cell.text;
            } else {
              switch (cell.style) {
                case "asciidoc":
                  cellContent = `<div class="content">${await cell.content()}</div>`;
                  break;
                case "literal":
                  cellContent = `<div class="literal"><pre>${cell.text}</pre></div>`;
                  break;
                default: {
                  const parts = await cell.content();
                  cellContent = parts.length === 0 ? "" : `<p class="tableblock">${parts.join('</p>\n<p class="tableblock">')}</p>`;
                }
              }
            }
            const cellTagName = tsec === "head" || cell.style === "header" ? "th" : "td";
            const cellClassAttr = ` class="tableblock halign-${cell.getAttribute("halign")} valign-${cell.getAttribute("valign")}"`;
            const cellColspanAttr = cell.colspan ? ` colspan="${cell.colspan}"` : "";
            const cellRowspanAttr = cell.rowspan ? ` rowspan="${cell.rowspan}"` : "";
            const cellbgcolor = "_cellbgcolor" in cell ? cell._cellbgcolor : node.document.attributes.cellbgcolor;
            const cellStyleAttr = cellbgcolor ? ` style="background-color: ${cellbgcolor};"` : "";
            result.push(
              `<${cellTagName}${cellClassAttr}${cellColspanAttr}${cellRowspanAttr}${cellStyleAttr}>${cellContent}</${cellTagName}>`
            );
          }
          result.push("</tr>");
        }
        result.push(`</t${tsec}>`);
      }
    }
    result.push("</table>");
    return result.join(LF);
  }
  async convert_toc(node) {
    const doc = node.document;
    if (!doc.hasAttribute("toc-placement", "macro") || !doc.hasSections() || !doc.hasAttribute("toc")) {
      return "<!-- toc disabled -->";
    }
    let idAttr, titleIdAttr;
    if (node.id) {
      idAttr = ` id="${node.id}"`;
      titleIdAttr = ` id="${node.id}title"`;
    } else {
      idAttr = ' id="toc"';
      titleIdAttr = ' id="toctitle"';
    }
    const title = node.hasTitle() ? node.title : doc.getAttribute("toc-title");
    const levels = node.hasAttribute("levels") ? parseInt(node.getAttribute("levels"), 10) : null;
    const role = node.hasRoleAttribute() ? node.role : doc.getAttribute("toc-class", "toc");
    return `<div${idAttr} class="${role}">
<div${titleIdAttr} class="title">${title}</div>
${await doc.converter.convert(doc, "outline", levels != null ? { toclevels: levels } : {})}
</div>`;
  }
  async convert_ulist(node) {
    const result = [];
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const divClasses = ["ulist", node.style, node.role].filter(Boolean);
    let markerChecked = "";
    let markerUnchecked = "";
    let ulClassAttribute;
    const checklist = node.hasOption("checklist");
    if (checklist) {
      divClasses.splice(1, 0, "checklist");
      ulClassAttribute = ' class="checklist"';
      if (node.hasOption("interactive")) {
        if (this._xmlMode) {
          markerChecked = '<input type="checkbox" data-item-complete="1" checked="checked"/> ';
          markerUnchecked = '<input type="checkbox" data-item-complete="0"/> ';
        } else {
          markerChecked = '<input type="checkbox" data-item-complete="1" checked> ';
          markerUnchecked = '<input type="checkbox" data-item-complete="0"> ';
        }
      } else if (node.document.hasAttribute("icons", "font")) {
        markerChecked = '<i class="fa fa-check-square-o"></i> ';
        markerUnchecked = '<i class="fa fa-square-o"></i> ';
      } else {
        markerChecked = "&#10003; ";
        markerUnchecked = "&#10063; ";
      }
    } else {
      ulClassAttribute = node.style ? ` class="${node.style}"` : "";
    }
    result.push(`<div${idAttribute} class="${divClasses.join(" ")}">`);
    if (node.hasTitle()) result.push(`<div class="title">${node.title}</div>`);
    result.push(`<ul${ulClassAttribute}>`);
    for (const item of node.getItems()) {
      if (item.id) {
        result.push(
          `<li id="${item.id}"${item.role ? ` class="${item.role}"` : ""}>`
        );
      } else if (item.role) {
        result.push(`<li class="${item.role}">`);
      } else {
        result.push("<li>");
      }
      if (checklist && item.hasAttribute("checkbox")) {
        result.push(
          `<p>${item.hasAttribute("checked") ? markerChecked : markerUnchecked}${item.getText()}</p>`
        );
      } else {
        result.push(`<p>${item.getText()}</p>`);
      }
      if (item.hasBlocks()) result.push(await item.content());
      result.push("</li>");
    }
    result.push("</ul>");
    result.push("</div>");
    return result.join(LF);
  }
  async convert_verse(node) {
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const classes = ["verseblock", node.role].filter(Boolean);
    const classAttribute = ` class="${classes.join(" ")}"`;
    const titleElement = node.hasTitle() ? `
<div class="title">${node.title}</div>` : "";
    const attribution = node.hasAttribute("attribution") ? node.getAttribute("attribution") : null;
    const citetitle = node.hasAttribute("citetitle") ? node.getAttribute("citetitle") : null;
    let attributionElement = "";
    if (attribution || citetitle) {
      const citeElement = citetitle ? `<cite>${citetitle}</cite>` : "";
      const attributionText = attribution ? `&#8212; ${attribution}${citetitle ? `<br${this._voidSlash}>
` : ""}` : "";
      attributionElement = `
<div class="attribution">
${attributionText}${citeElement}
</div>`;
    }
    return `<div${idAttribute}${classAttribute}>${titleElement}
<pre class="content">${await node.content()}</pre>${attributionElement}
</div>`;
  }
  async convert_video(node) {
    const xml = this._xmlMode;
    const idAttribute = node.id ? ` id="${node.id}"` : "";
    const classes = ["videoblock"];
    if (node.hasAttribute("float")) classes.push(node.getAttribute("float"));
    if (node.hasAttribute("align"))
      classes.push(`text-${node.getAttribute("align")}`);
    if (node.role) classes.push(node.role);
    const classAttribute = ` class="${classes.join(" ")}"`;
    const titleElement = node.hasTitle() ? `
<div class="title">${node.title}</div>` : "";
    const widthAttribute = node.hasAttribute("width") ? ` width="${node.getAttribute("width")}"` : "";
    const heightAttribute = node.hasAttribute("height") ? ` height="${node.getAttribute("height")}"` : "";
    switch (node.getAttribute("poster")) {
      case "vimeo": {
        let assetUriScheme = node.document.getAttribute(
          "asset-uri-scheme",
          "https"
        );
        if (assetUriScheme) assetUriScheme = `${assetUriScheme}:`;
        const startAnchor = node.hasAttribute("start") ? `#at=${node.getAttribute("start")}` : "";
        const delimiter = ["?"];
        let [target, hash] = node.getAttribute("target").split("/", 2);
        hash ||= node.getAttribute("hash");
        const hashParam = hash ? `${delimiter.pop() || "&amp;"}h=${hash}` : "";
        const autoplayParam = node.hasOption("autoplay") ? `${delimiter.pop() || "&amp;"}autoplay=1` : "";
        const loopParam = node.hasOption("loop") ? `${delimiter.pop() || "&amp;"}loop=1` : "";
        const mutedParam = node.hasOption("muted") ? `${delimiter.pop() || "&amp;"}muted=1` : "";
        return `<div${idAttribute}${classAttribute}>${titleElement}
<div class="content">
<iframe${widthAttribute}${heightAttribute} src="${assetUriScheme}//player.vimeo.com/video/${target}${hashParam}${autoplayParam}${loopParam}${mutedParam}${startAnchor}" frameborder="0"${node.hasOption("nofullscreen") ? "" : this._appendBooleanAttr("allowfullscreen", xml)}></iframe>
</div>
</div>`;
      }
      case "youtube": {
        let assetUriScheme = node.document.getAttribute(
          "asset-uri-scheme",
          "https"
        );
        if (assetUriScheme) assetUriScheme = `${assetUriScheme}:`;
        const relParamVal = node.hasOption("related") ? 1 : 0;
        const startParam = node.hasAttribute("start") ? `&amp;start=${node.getAttribute("start")}` : "";
        const endParam = node.hasAttribute("end") ? `&amp;end=${node.getAttribute("end")}` : "";
        const autoplayParam = node.hasOption("autoplay") ? "&amp;autoplay=1" : "";
        const hasLoopParam = node.hasOption("loop");
        const loopParam = hasLoopParam ? "&amp;loop=1" : "";
        const muteParam = node.hasOption("muted") ? "&amp;mute=1" : "";
        const controlsParam = node.hasOption("nocontrols") ? "&amp;controls=0" : "";
        let fsParam, fsAttribute;
        if (node.hasOption("nofullscreen")) {
          fsParam = "&amp;fs=0";
          fsAttribute = "";
        } else {
          fsParam = "";
          fsAttribute = this._appendBooleanAttr("allowfullscreen", xml);
        }
        const modestParam = node.hasOption("modest") ? "&amp;modestbranding=1" : "";
        const themeParam = node.hasAttribute("theme") ? `&amp;theme=${node.getAttribute("theme")}` : "";
        const hlParam = node.hasAttribute("lang") ? `&amp;hl=${node.getAttribute("lang")}` : "";
        let [target, list] = node.getAttribute("target").split("/", 2);
        list ||= node.getAttribute("list");
        let listParam;
        if (list) {
          listParam = `&amp;list=${list}`;
        } else {
          let playlist;
          const videoParts = target.split(",");
          target = videoParts[0];
          playlist = videoParts.length > 1 ? videoParts.slice(1).join(",") : null;
          playlist ||= node.getAttribute("playlist");
          if (playlist) {
            listParam = `&amp;playlist=${target},${playlist}`;
          } else {
            listParam = hasLoopParam ? `&amp;playlist=${target}` : "";
          }
        }
        return `<div${idAttribute}${classAttribute}>${titleElement}
<div class="content">
<iframe${widthAttribute}${heightAttribute} src="${assetUriScheme}//www.youtube.com/embed/${target}?rel=${relParamVal}${startParam}${endParam}${autoplayParam}${loopParam}${muteParam}${controlsParam}${listParam}${fsParam}${modestParam}${themeParam}${hlParam}" frameborder="0"${fsAttribute}></iframe>
</div>
</div>`;
      }
      case "wistia": {
        let assetUriScheme = node.document.getAttribute(
          "asset-uri-scheme",
          "https"
        );
        if (assetUriScheme) assetUriScheme = `${assetUriScheme}:`;
        const delimiter = ["?"];
        const startAnchor = node.hasAttribute("start") ? `${delimiter.pop() || "&amp;"}time=${node.getAttribute("start")}` : "";
        const endVideoBehaviorParam = node.hasOption("loop") ? `${delimiter.pop() || "&amp;"}endVideoBehavior=loop` : node.hasOption("reset") ? `${delimiter.pop() || "&amp;"}endVideoBehavior=reset` : "";
        const target = node.getAttribute("target");
        const autoplayParam = node.hasOption("autoplay") ? `${delimiter.pop() || "&amp;"}autoPlay=true` : "";
        const mutedParam = node.hasOption("muted") ? `${delimiter.pop() || "&amp;"}muted=true` : "";
        return `<div${idAttribute}${classAttribute}>${titleElement}
<div class="content">
<iframe${widthAttribute}${heightAttribute} src="${assetUriScheme}//fast.wistia.com/embed/iframe/${target}${startAnchor}${autoplayParam}${endVideoBehaviorParam}${mutedParam}" frameborder="0"${node.hasOption("nofullscreen") ? "" : this._appendBooleanAttr("allowfullscreen", xml)} class="wistia_embed" name="wistia_embed"></iframe>
</div>
</div>`;
      }
      default: {
        const posterVal = node.getAttribute("poster");
        const posterAttribute = !posterVal ? "" : ` poster="${node.mediaUri(posterVal)}"`;
        const preloadVal = node.getAttribute("preload");
        const preloadAttribute = !preloadVal ? "" : ` preload="${preloadVal}"`;
        const startT = node.getAttribute("start");
        const endT = node.getAttribute("end");
        const timeAnchor = startT || endT ? `#t=${startT || ""}${endT ? `,${endT}` : ""}` : "";
        return `<div${idAttribute}${classAttribute}>${titleElement}
<div class="content">
<video src="${node.mediaUri(node.getAttribute("target"))}${timeAnchor}"${widthAttribute}${heightAttribute}${posterAttribute}${node.hasOption("autoplay") ? this._appendBooleanAttr("autoplay", xml) : ""}${node.hasOption("muted") ? this._appendBooleanAttr("muted", xml) : ""}${node.hasOption("nocontrols") ? "" : this._appendBooleanAttr("controls", xml)}${node.hasOption("loop") ? this._appendBooleanAttr("loop", xml) : ""}${preloadAttribute}>
Your browser does not support the video tag.
</video>
</div>
</div>`;
      }
    }
  }
  async convert_inline_anchor(node) {
    switch (node.type) {
      case "xref": {
        let attrs, text;
        if (node.attributes.path) {
          attrs = this._appendLinkConstraintAttrs(
            node,
            node.role ? [` class="${node.role}"`] : []
          ).join("");
          text = node.text || node.attributes.path;
        } else {
          attrs = node.role ? ` class="${node.role}"` : "";
          if (!(text = node.text)) {
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
                  text = resolved.includes("<a") ? resolved.replace(new RegExp(DropAnchorRx.source, "g"), "") : resolved;
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
        }
        return `<a href="${node.target}"${attrs}>${text}</a>`;
      }
      case "ref":
        return `<a id="${node.id}"></a>`;
      case "link": {
        const attrs = node.id ? [` id="${node.id}"`] : [];
        if (node.role) attrs.push(` class="${node.role}"`);
        if (node.hasAttribute("title"))
          attrs.push(` title="${node.getAttribute("title")}"`);
        return `<a href="${node.target}"${this._appendLinkConstraintAttrs(node, attrs).join("")}>${node.text ?? ""}</a>`;
      }
      case "bibref":
        return `<a id="${node.id}"></a>[${node.reftext || node.id}]`;
      default:
        this.logger.warn(`unknown anchor type: ${node.type}`);
        return null;
    }
  }
  async convert_inline_break(node) {
    return `${node.text}<br${this._voidSlash}>`;
  }
  async convert_inline_button(node) {
    return `<b class="button">${node.text}</b>`;
  }
  async convert_inline_callout(node) {
    if (node.document.hasAttribute("icons", "font")) {
      return `<i class="conum" data-value="${node.text}"></i><b>(${node.text})</b>`;
    }
    if (node.document.hasAttribute("icons")) {
      const src = await node.iconUri(`callouts/${node.text}`);
      return `<img src="${src}" alt="${node.text}"${this._voidSlash}>`;
    }
    const guard = node.attributes.guard;
    if (Array.isArray(guard)) {
      return `&lt;!--<b class="conum">(${node.text})</b>--&gt;`;
    }
    return `${guard ?? ""}<b class="conum">(${node.text})</b>`;
  }
  async convert_inline_footnote(node) {
    const index = node.getAttribute("index");
    if (index) {
      if (node.type === "xref") {
        return `<sup class="footnoteref">[<a class="footnote" href="#_footnotedef_${index}" title="View footnote.">${index}</a>]</sup>`;
      }
      const idAttr = node.id ? ` id="_footnote_${node.id}"` : "";
      return `<sup class="footnote"${idAttr}>[<a id="_footnoteref_${index}" class="footnote" href="#_footnotedef_${index}" title="View footnote.">${index}</a>]</sup>`;
    }
    if (node.type === "xref") {
      return `<sup class="footnoteref red" title="Unresolved footnote reference.">[${node.text}]</sup>`;
    }
    return null;
  }
  async convert_inline_image(node) {
    const target = node.target;
    const type = node.type || "image";
    let img, src;
    if (type === "icon") {
      const icons = node.document.getAttribute("icons");
      if (icons === "font") {
        let iClassAttrVal = `fa fa-${target}`;
        if (node.hasAttribute("size"))
          iClassAttrVal += ` fa-${node.getAttribute("size")}`;
        if (node.hasAttribute("flip")) {
          iClassAttrVal += ` fa-flip-${node.getAttribute("flip")}`;
        } else if (node.hasAttribute("rotate")) {
          iClassAttrVal += ` fa-rotate-${node.getAttribute("rotate")}`;
        }
        const titleAttr = node.hasAttribute("title") ? ` title="${node.getAttribute("title")}"` : "";
        img = `<i class="${iClassAttrVal}"${titleAttr}></i>`;
      } else if (icons != null) {
        let attrs = node.hasAttribute("width") ? ` width="${node.getAttribute("width")}"` : "";
        if (node.hasAttribute("height"))
          attrs += ` height="${node.getAttribute("height")}"`;
        if (node.hasAttribute("title"))
          attrs += ` title="${node.getAttribute("title")}"`;
        img = `<img src="${await node.iconUri(target)}" alt="${this._encodeAttrValue(node.getAlt())}"${attrs}${this._voidSlash}>`;
      } else {
        img = `[${node.getAlt()}&#93;`;
      }
    } else {
      let attrs = node.hasAttribute("width") ? ` width="${node.getAttribute("width")}"` : "";
      if (node.hasAttribute("height"))
        attrs += ` height="${node.getAttribute("height")}"`;
      if (node.hasAttribute("title"))
        attrs += ` title="${node.getAttribute("title")}"`;
      if ((node.hasAttribute("format", "svg") || target.includes(".svg") || target.startsWith("data:image/svg+xml")) && node.document.safe < SafeMode.SECURE) {
        if (node.hasOption("inline")) {
          img = await this.readSvgContents(node, target) || `<span class="alt">${node.getAlt()}</span>`;
        } else if (node.hasOption("interactive")) {
          const fallback = node.hasAttribute("fallback") ? `<img src="${await node.imageUri(node.getAttribute("fallback"))}" alt="${this._encodeAttrValue(node.getAlt())}"${attrs}${this._voidSlash}>` : `<span class="alt">${node.getAlt()}</span>`;
          src = await node.imageUri(target);
          img = `<object type="image/svg+xml" data="${src}"${attrs}>${fallback}</object>`;
        } else {
          src = await node.imageUri(target);
          img = `<img src="${src}" alt="${this._encodeAttrValue(node.getAlt())}"${attrs}${this._voidSlash}>`;
        }
      } else {
        src = await node.imageUri(target);
        img = `<img src="${src}" alt="${this._encodeAttrValue(node.getAlt())}"${attrs}${this._voidSlash}>`;
      }
    }
    if (node.hasAttribute("link")) {
      let hrefAttrVal = node.getAttribute("link");
      if (hrefAttrVal === "self") hrefAttrVal = src;
      if (hrefAttrVal) {
        img = `<a class="image" href="${hrefAttrVal}"${this._appendLinkConstraintAttrs(node).join("")}>${img}</a>`;
      }
    }
    const idAttr = node.id ? ` id="${node.id}"` : "";
    let classAttrVal = type;
    const role = node.role;
    if (role) {
      classAttrVal = node.hasAttribute("float") ? `${classAttrVal} ${node.getAttribute("float")} ${role}` : `${classAttrVal} ${role}`;
    } else if (node.hasAttribute("float")) {
      classAttrVal = `${classAttrVal} ${node.getAttribute("float")}`;
    }
    return `<span${idAttr} class="${classAttrVal}">${img}</span>`;
  }
  async convert_inline_indexterm(node) {
    return node.type === "visible" ? node.text : "";
  }
  async convert_inline_kbd(node) {
    const keys = node.getAttribute("keys");
    if (keys.length === 1) {
      return `<kbd>${keys[0]}</kbd>`;
    }
    return `<span class="keyseq"><kbd>${keys.join("</kbd>+<kbd>")}</kbd></span>`;
  }
  async convert_inline_menu(node) {
    const caret = node.document.hasAttribute("icons", "font") ? '&#160;<i class="fa fa-angle-right caret"></i> ' : '&#160;<b class="caret">&#8250;</b> ';
    const submenuJoiner = `</b>${caret}<b class="submenu">`;
    const menu = node.getAttribute("menu");
    const submenus = node.getAttribute("submenus");
    if (!submenus || submenus.length === 0) {
      const menuitem = node.getAttribute("menuitem");
      if (menuitem) {
        return `<span class="menuseq"><b class="menu">${menu}</b>${caret}<b class="menuitem">${menuitem}</b></span>`;
      }
      return `<b class="menuref">${menu}</b>`;
    }
    return `<span class="menuseq"><b class="menu">${menu}</b>${caret}<b class="submenu">${submenus.join(submenuJoiner)}</b>${caret}<b class="menuitem">${node.getAttribute("menuitem")}</b></span>`;
  }
  async convert_inline_quoted(node) {
    const [open, close, tag] = QUOTE_TAGS[node.type] ?? DEFAULT_QUOTE_TAG;
    if (node.id) {
      const classAttr = node.role ? ` class="${node.role}"` : "";
      if (tag) {
        return `${open.slice(0, -1)} id="${node.id}"${classAttr}>${node.text}${close}`;
      }
      return `<span id="${node.id}"${classAttr}>${open}${node.text}${close}</span>`;
    }
    if (node.role) {
      if (tag) {
        return `${open.slice(0, -1)} class="${node.role}">${node.text}${close}`;
      }
      return `<span class="${node.role}">${open}${node.text}${close}</span>`;
    }
    return `${open}${node.text}${close}`;
  }
  // NOTE expose readSvgContents for Bespoke converter
  async readSvgContents(node, target) {
    let svg = target.startsWith("data:") ? this._decodeDataUri(target) : await node.readContents(target, {
      start: node.document.getAttribute("imagesdir"),
      normalize: true,
      label: "SVG",
      warnIfEmpty: true
    });
    if (!svg) return null;
    if (!svg.startsWith("<svg")) svg = svg.replace(SvgPreambleRx, "");
    svg = svg.replace(
      /^(<svg\b[^<>]*?)(\s*<[^/!])/s,
      (_, pre, rest) => `${pre.trimEnd()}>${rest}`
    );
    let oldStartTag = null;
    let newStartTag = null;
    let startTagMatch = null;
    for (const dim of ["width", "height"]) {
      if (!node.hasAttribute(dim)) continue;
      if (!newStartTag) {
        if (startTagMatch === null)
          startTagMatch = svg.match(SvgStartTagRx) || false;
        if (!startTagMatch) continue;
        oldStartTag = startTagMatch[0];
        newStartTag = oldStartTag.replace(
          new RegExp(DimensionAttributeRx.source, "g"),
          ""
        );
      }
      newStartTag = `${newStartTag.slice(0, -1)} ${dim}="${node.getAttribute(dim)}">`;
    }
    if (newStartTag) svg = `${newStartTag}${svg.slice(oldStartTag.length)}`;
    return svg;
  }
  // ── Private helpers ─────────────────────────────────────────────────────────
  /**
   * Decode an inline `data:` URI to its text contents (e.g. an SVG document) so
   * an image whose target is a data-URI can be embedded inline. Supports both
   * Base64 (`;base64,`) and percent-encoded payloads. Returns null when the
   * payload is missing.
   *
   * @internal
   * @private
   */
  _decodeDataUri(target) {
    const comma = target.indexOf(",");
    if (comma === -1) return null;
    const meta = target.slice("data:".length, comma);
    const data = target.slice(comma + 1);
    if (/;base64\b/i.test(meta)) {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      return new TextDecoder("utf-8").decode(bytes);
    }
    return decodeURIComponent(data);
  }
  /**
   * @internal
   * @private
   */
  _appendBooleanAttr(name, xml) {
    return xml ? ` ${name}="${name}"` : ` ${name}`;
  }
  /**
   * @internal
   * @private
   */
  _appendLinkConstraintAttrs(node, attrs = []) {
    const rel = node.hasOption("nofollow") ? "nofollow" : null;
    const window = node.attributes.window;
    if (window) {
      attrs.push(` target="${window}"`);
      if (window === "_blank" || node.hasOption("noopener")) {
        attrs.push(rel ? ` rel="${rel} noopener"` : ' rel="noopener"');
      }
    } else if (rel) {
      attrs.push(` rel="${rel}"`);
    }
    return attrs;
  }
  /**
   * @internal
   * @private
   */
  _encodeAttrValue(val) {
    return val.includes('"') ? val.replace(/"/g, "&quot;") : val;
  }
  /**
   * @internal
   * @private
   */
  _generateMannameSection(node) {
    let mannameTitle = node.getAttribute("manname-title", "Name");
    const sections = node.sections();
    if (sections.length > 0) {
      const nextSectionTitle = sections[0].title;
      if (nextSectionTitle === nextSectionTitle.toUpperCase()) {
        mannameTitle = mannameTitle.toUpperCase();
      }
    }
    const mannameId = node.getAttribute("manname-id");
    const mannameIdAttr = mannameId ? ` id="${mannameId}"` : "";
    return `<h2${mannameIdAttr}>${mannameTitle}</h2>
<div class="sectionbody">
<p>${node.getAttribute("mannames").join(", ")} - ${node.getAttribute("manpurpose")}</p>
</div>`;
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
Html5Converter.registerFor("html5");

export {
  Stylesheets,
  Html5Converter
};
