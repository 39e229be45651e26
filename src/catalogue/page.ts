/**
 * index.html: one self-contained page (no request to any other host; works from file://) that
 * lists the catalogue with filters, sorting and a detail view per project, keeps filters and
 * sort in the URL's fragment, and lists the rejected attestations. Data is embedded as JSON and
 * shown through textContent only, so names and reasons from attestations stay inert.
 */
import { evaluable, licenceIds, usableUnder } from './query.js'
import { registry } from '../pipeline/registry.js'
import { DOCS_BASE } from '../core/version.js'
import type { CatalogueSummary } from './build.js'
import type { CatalogueRecord } from './record.js'
import { partsDocument, type PartsDocument } from '../core/document.js'

/** JSON safe inside a <script> element: no "</script>", no HTML comment openers, no line separators. */
function embed(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * For each record, the licences of this catalogue it can be used under, with the same SPDX
 * semantics as `catalogue query` (MIT OR GPL-3.0-only -> both). Worked out once per distinct
 * expression, from the licences that expression names.
 */
function licencesUsable(records: CatalogueRecord[]): { licences: string[]; usable: string[][] } {
  const memo = new Map<string, string[]>()
  const usable = records.map((r) => {
    const expression = r.licence ?? ''
    let list = memo.get(expression)
    if (!list && !evaluable(expression)) list = []
    if (!list) {
      const named = [
        ...new Set(
          [...expression.replace(/\s+WITH\s+[A-Za-z0-9.+-]+/gi, '').matchAll(/[A-Za-z0-9.+-]+/g)]
            .map((m) => m[0])
            .filter((t) => !['AND', 'OR'].includes(t.toUpperCase())),
        ),
      ]
      list = named.filter((l) => usableUnder(expression, [l])).sort()
      memo.set(expression, list)
    }
    return list
  })
  return { licences: [...new Set(usable.flat())].sort(), usable }
}

/** At most this many rejected attestations are embedded in the page; index.json lists them all. */
export const MAX_PAGE_REJECTIONS = 1000

/** The page, in parts: the data of 100,000 projects is written project by project, never as one string. */
export function renderCataloguePage(records: CatalogueRecord[], summary: CatalogueSummary): PartsDocument {
  const { licences, usable } = licencesUsable(records)
  const ids = new Set<string>()
  for (const r of records) for (const c of r.checks) ids.add(c.id)
  const checks = [...ids].sort()
  // each check's page, for the checks this version knows
  const docs: Record<string, { title: string; url: string }> = {}
  for (const c of registry)
    if (ids.has(c.meta.id)) docs[c.meta.id] = { title: c.meta.title, url: `${DOCS_BASE}/checks/${c.meta.family}/${c.meta.id}/README.md` }
  const named = records.map((r) => licenceIds(r.licence))
  const licenceIdList = [...new Map(named.flat().map((id) => [id.toLowerCase(), id])).values()].sort((a, b) =>
    a.toLowerCase() < b.toLowerCase() ? -1 : 1,
  )
  const project = (r: CatalogueRecord, i: number) => ({
    repository: r.repository,
    level: r.level,
    licence: r.licence ?? '',
    usable: usable[i],
    ids: named[i],
    checks: r.checks,
    passed: r.passed,
    exemptions: r.exemptions,
    issuedAt: r.issuedAt,
    validUntil: r.validUntil,
    expired: r.expired,
    commit: r.commit ?? '',
    project: r.project ?? {},
    activity: r.activity ?? {},
    signer: r.signer.type === 'key' ? `key ${r.signer.keyid.slice(0, 16)}…` : `${r.signer.identity} (${r.signer.issuer})`,
  })
  const rejected = summary.rejected.slice(0, MAX_PAGE_REJECTIONS).map((x) => ({
    source: x.source,
    reasons: x.reasons.map((r) => ({ code: r.code, message: r.message })),
  }))
  const [before, after] = page().split(DATA)
  return partsDocument(function* () {
    yield before!
    // embed() of { verifiedAt, counts, licences, licenceIds, checks, docs, warnings, rejected, projects }, written piece by piece
    yield embed({
      verifiedAt: summary.verifiedAt,
      counts: summary.counts,
      licences,
      licenceIds: licenceIdList,
      checks,
      docs,
      warnings: summary.warnings,
      rejected,
    }).slice(0, -1)
    yield ',"projects":['
    for (const [i, r] of records.entries()) yield `${i ? ',' : ''}${embed(project(r, i))}`
    yield ']}'
    yield after!
  })
}

const DATA = '\u0000catalogue-data\u0000'

function page(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>OIS-ready catalogue</title>
<style>
  :root { --fg: #1f2328; --muted: #4b535d; --bg: #ffffff; --line: #d0d7de; --focus: #0b57d0; --soft: #f6f8fa; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
  header, main { max-width: 80rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
  .summary { color: var(--muted); margin: 0; }
  form { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .75rem; margin: 1rem 0; padding: 1rem; border: 1px solid var(--line); border-radius: .5rem; }
  label { display: flex; flex-direction: column; font-weight: 600; font-size: .9rem; gap: .25rem; }
  select, input[type=search] { font: inherit; padding: .4rem .5rem; border: 1px solid #6e7781; border-radius: .3rem; background: #fff; color: var(--fg); min-height: 2.5rem; width: 100%; }
  .check-filter { grid-column: 1 / -1; }
  .check-filter summary { font-weight: 600; font-size: .9rem; cursor: pointer; min-height: 2.5rem; display: flex; align-items: center; gap: .4rem; }
  .check-filter summary::before { content: "\\25B8"; } .check-filter[open] summary::before { content: "\\25BE"; }
  .nowrap { white-space: nowrap; }
  fieldset { border: 0; margin: 0; padding: .25rem 0 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .1rem .75rem; }
  fieldset label { flex-direction: row; align-items: center; font-weight: 400; gap: .4rem; min-height: 2rem; }
  fieldset input { width: 1.1rem; height: 1.1rem; margin: 0; }
  .actions { grid-column: 1 / -1; display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
  button { font: inherit; color: #0b57d0; background: none; border: 1px solid var(--line); border-radius: .3rem; padding: .3rem .6rem; cursor: pointer; min-height: 2.25rem; }
  :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
  th { font-size: .85rem; color: var(--muted); }
  th button { border: 0; padding: .2rem .1rem; font-weight: 700; color: var(--muted); text-align: left; min-height: 2rem; }
  th[aria-sort] button { color: var(--fg); }
  th button::after { content: " \\2195"; font-weight: 400; opacity: .6; }
  th[aria-sort=ascending] button::after { content: " \\25B2"; opacity: 1; }
  th[aria-sort=descending] button::after { content: " \\25BC"; opacity: 1; }
  col.c-project { width: 30%; } col.c-badge { width: 10%; } col.c-licence { width: 15%; } col.c-checks { width: 9%; }
  col.c-activity { width: 15%; } col.c-verified { width: 12%; } col.c-details { width: 9%; }
  .badge { display: inline-block; padding: .1rem .5rem; border-radius: .3rem; font-weight: 700; font-size: .85rem; color: #fff; }
  .l0 { background: #a40e26; } .l1 { background: #6f5d00; } .l2 { background: #1a7f37; } .l3 { background: #0b5f2a; } .expired { background: #4b535d; }
  a { color: #0b57d0; }
  .desc { margin: .15rem 0 0; font-size: .9rem; }
  .muted { color: var(--muted); font-size: .9rem; }
  tr.detail > td { background: var(--soft); padding: .75rem 1rem; }
  .results { list-style: none; margin: .25rem 0; padding: 0; }
  .results li { display: grid; grid-template-columns: 7rem minmax(0, 1fr); gap: .5rem; padding: .2rem 0; border-bottom: 1px dashed var(--line); }
  .st { font-weight: 700; font-size: .85rem; }
  .st-pass, .st-not-applicable { color: #1a7f37; } .st-fail, .st-error { color: #a40e26; } .st-unknown, .st-exempted, .st-skipped { color: #6f5d00; }
  #empty { padding: 1rem; border: 1px dashed var(--line); border-radius: .5rem; }
  #rejected ul { padding-left: 1.2rem; } #rejected li { margin: .3rem 0; overflow-wrap: break-word; }
  .warning { border-left: 4px solid #6f5d00; padding: .25rem .75rem; background: #fff8c5; margin: .5rem 0; overflow-wrap: break-word; }
  @media (max-width: 40rem) {
    table, tbody { display: block; }
    thead, thead tr { display: block; }
    thead tr { display: flex; flex-wrap: wrap; gap: .25rem; border: 0; }
    thead th { display: block; border: 0; padding: 0; }
    thead th.no-sort { display: none; }
    colgroup { display: none; }
    tr { display: block; border: 1px solid var(--line); border-radius: .5rem; margin-bottom: .75rem; padding: .5rem; }
    tr.detail { margin-top: -.85rem; border-top: 0; border-radius: 0 0 .5rem .5rem; }
    td { display: block; border: 0; padding: .2rem 0; }
    caption { display: block; text-align: left; margin-bottom: .5rem; }
    thead tr::before { content: "Sort by:"; font-size: .85rem; font-weight: 600; color: var(--muted); align-self: center; }
    tbody td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
    tbody td.no-label::before { content: none; }
    .results li { grid-template-columns: minmax(0, 1fr); gap: 0; }
  }
</style>
</head>
<body>
<header>
  <h1>OIS-ready catalogue</h1>
  <p class="summary" id="summary"></p>
</header>
<main>
  <form id="filters" role="search" aria-label="Filter projects" onsubmit="return false">
    <label>Minimum level
      <select id="f-level" name="level">
        <option value="0">any</option><option value="1">1 or more</option><option value="2">2 or more</option><option value="3">3</option>
      </select>
    </label>
    <label>Licence named in the expression
      <select id="f-licence-id" name="licence-id"><option value="">any</option></select>
    </label>
    <label>Usable under (SPDX: one OR branch is enough)
      <select id="f-usable" name="usable"><option value="">any</option></select>
    </label>
    <label>Search
      <input id="f-text" name="q" type="search" placeholder="name, description, organisation, language, licence">
    </label>
    <details class="check-filter" id="check-filter">
      <summary id="check-summary">Checks passed: any</summary>
      <fieldset id="f-checks"><legend class="muted">Show projects that pass every check ticked</legend></fieldset>
    </details>
    <div class="actions"><button type="button" id="clear">Clear filters</button><span id="count" role="status" aria-live="polite"></span></div>
  </form>
  <div id="empty" hidden></div>
  <table id="table">
    <caption class="muted">Only attestations whose signature verified against the catalogue's trust file are listed.</caption>
    <colgroup><col class="c-project"><col class="c-badge"><col class="c-licence"><col class="c-checks"><col class="c-activity"><col class="c-verified"><col class="c-details"></colgroup>
    <thead><tr>
      <th scope="col" data-col="project"><button type="button" data-sort="project">Project</button></th>
      <th scope="col" data-col="level"><button type="button" data-sort="level">Badge</button></th>
      <th scope="col" data-col="licence"><button type="button" data-sort="licence">Licence</button></th>
      <th scope="col" data-col="checks"><button type="button" data-sort="checks">Checks passed</button></th>
      <th scope="col" data-col="activity"><button type="button" data-sort="activity">Last commit</button></th>
      <th scope="col" data-col="verified"><button type="button" data-sort="verified">Verified</button></th>
      <th scope="col" class="no-sort">Details</th>
    </tr></thead>
    <tbody id="rows"></tbody>
  </table>
  <section id="rejected" aria-labelledby="rejected-title">
    <h2 id="rejected-title">Rejected attestations</h2>
    <div id="warnings"></div>
    <p id="rejected-none" class="muted" hidden>None: every attestation read verified.</p>
    <ul id="rejected-list"></ul>
  </section>
</main>
<script type="application/json" id="catalogue-data">${DATA}</script>
<script>
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('catalogue-data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  /** Text that may break after / . - _ ? & = (URLs, ids), never inside a word. */
  function breakable(text) {
    var f = document.createDocumentFragment();
    var part = '';
    for (var i = 0; i < text.length; i++) {
      part += text[i];
      if ('/.-_?&='.indexOf(text[i]) >= 0) { f.appendChild(document.createTextNode(part)); f.appendChild(document.createElement('wbr')); part = ''; }
    }
    if (part) f.appendChild(document.createTextNode(part));
    return f;
  }
  function fill(select, values) { values.forEach(function (v) { select.appendChild(el('option', { value: v }, v)); }); }
  fill($('f-licence-id'), data.licenceIds);
  fill($('f-usable'), data.licences);
  data.checks.forEach(function (id) {
    var label = el('label');
    var box = el('input', { type: 'checkbox', value: id, name: 'check' });
    label.appendChild(box);
    label.appendChild(document.createTextNode(data.docs[id] ? id + ' (' + data.docs[id].title + ')' : id));
    $('f-checks').appendChild(label);
  });
  var c = data.counts;
  $('summary').textContent = c.repositories + ' projects from ' + c.attestations + ' attestations (' + c.rejected + ' rejected), verified ' +
    data.verifiedAt.slice(0, 16).replace('T', ' ') + ' UTC';
  function safeUrl(u) { return u.indexOf('https://') === 0 ? u : '#'; }
  function day(t) { return t ? t.slice(0, 10) : ''; }

  // sort keys per column; ties by repository
  var keys = {
    project: function (p) { return (p.project.name || p.repository.replace('https://', '')).toLowerCase(); },
    level: function (p) { return (p.expired ? -1 : 0) + p.level * 2; },
    licence: function (p) { return p.licence.toLowerCase(); },
    checks: function (p) { return p.checks.length ? p.passed.length / p.checks.length : 0; },
    activity: function (p) { return p.activity.lastCommitDate || ''; },
    verified: function (p) { return p.issuedAt; }
  };
  var DEFAULT = { level: '0', licenceId: '', usable: '', checks: [], q: '', sort: 'project', dir: 'asc' };
  var state = JSON.parse(JSON.stringify(DEFAULT));

  function readUrl() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    state = JSON.parse(JSON.stringify(DEFAULT));
    if (['0', '1', '2', '3'].indexOf(params.get('level')) >= 0) state.level = params.get('level');
    if (data.licenceIds.indexOf(params.get('licence-id')) >= 0) state.licenceId = params.get('licence-id');
    if (data.licences.indexOf(params.get('usable')) >= 0) state.usable = params.get('usable');
    state.checks = params.getAll('check').filter(function (id) { return data.checks.indexOf(id) >= 0; });
    state.q = params.get('q') || '';
    if (keys[params.get('sort')]) state.sort = params.get('sort');
    if (params.get('dir') === 'desc') state.dir = 'desc';
  }
  function writeUrl() {
    var params = new URLSearchParams();
    if (state.level !== DEFAULT.level) params.set('level', state.level);
    if (state.licenceId) params.set('licence-id', state.licenceId);
    if (state.usable) params.set('usable', state.usable);
    state.checks.forEach(function (id) { params.append('check', id); });
    if (state.q) params.set('q', state.q);
    if (state.sort !== DEFAULT.sort || state.dir !== DEFAULT.dir) { params.set('sort', state.sort); params.set('dir', state.dir); }
    var hash = params.toString();
    if (hash !== location.hash.replace(/^#/, '')) history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  function showState() {
    $('f-level').value = state.level;
    $('f-licence-id').value = state.licenceId;
    $('f-usable').value = state.usable;
    $('f-text').value = state.q;
    Array.prototype.forEach.call($('f-checks').querySelectorAll('input'), function (box) { box.checked = state.checks.indexOf(box.value) >= 0; });
    $('check-summary').textContent = 'Checks passed: ' + (state.checks.length ? state.checks.length + ' selected (' + state.checks.join(', ') + ')' : 'any');
    if (state.checks.length) $('check-filter').open = true;
    Array.prototype.forEach.call(document.querySelectorAll('th[data-col]'), function (th) {
      if (th.getAttribute('data-col') === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }

  function statusOf(c) { return c.satisfied && c.status !== 'pass' && c.status !== 'not-applicable' ? 'exempted' : c.status; }
  function detail(p, id) {
    var tr = el('tr', { 'class': 'detail', id: id, hidden: '' });
    var td = el('td', { colspan: '7', 'class': 'no-label' });
    var title = el('p', {}, 'What was checked for ' + p.repository.replace('https://', ''));
    title.style.fontWeight = '600';
    td.appendChild(title);
    var list = el('ul', { 'class': 'results' });
    var rank = { fail: 0, error: 1, unknown: 2, exempted: 3, skipped: 4, pass: 5, 'not-applicable': 6 };
    p.checks.slice().sort(function (a, b) {
      var x = rank[statusOf(a)], y = rank[statusOf(b)];
      return x !== y ? (x === undefined ? 7 : x) - (y === undefined ? 7 : y) : a.id < b.id ? -1 : 1;
    }).forEach(function (c) {
      var status = statusOf(c);
      var li = el('li');
      li.appendChild(el('span', { 'class': 'st st-' + status }, status));
      var text = el('span');
      var doc = data.docs[c.id];
      if (doc) text.appendChild(el('a', { href: doc.url, rel: 'noopener noreferrer', title: doc.title }, c.id));
      else text.appendChild(document.createTextNode(c.id));
      text.appendChild(document.createTextNode(' (level ' + c.level + ')' + (c.reason ? ': ' + c.reason : '')));
      li.appendChild(text);
      list.appendChild(li);
    });
    td.appendChild(list);
    if (p.exemptions.length) {
      td.appendChild(el('p', { 'class': 'muted' }, 'Exemptions:'));
      var ex = el('ul');
      p.exemptions.forEach(function (e) { ex.appendChild(el('li', {}, e.check + ' until ' + e.expires + ' (' + e.status + '): ' + e.reason)); });
      td.appendChild(ex);
    }
    var a = p.activity;
    if (a.latestVersionTag) td.appendChild(el('p', { 'class': 'muted' }, 'Latest version tag ' + a.latestVersionTag.name + (a.latestVersionTag.date ? ' (' + day(a.latestVersionTag.date) + ')' : '')));
    var sig = el('p', { 'class': 'muted' });
    sig.appendChild(breakable('Commit ' + (p.commit || 'unknown') + ', signed by ' + p.signer));
    td.appendChild(sig);
    tr.appendChild(td);
    return tr;
  }
  function row(p, i) {
    var tr = el('tr', { 'data-repository': p.repository });
    var name = el('td', { 'data-label': 'Project' });
    var link = el('a', { href: safeUrl(p.repository), rel: 'noopener noreferrer' });
    link.appendChild(breakable(p.project.name || p.repository.replace('https://', '')));
    name.appendChild(link);
    if (p.project.name) { var u = el('div', { 'class': 'muted' }); u.appendChild(breakable(p.repository.replace('https://', ''))); name.appendChild(u); }
    if (p.project.description) name.appendChild(el('p', { 'class': 'desc' }, p.project.description));
    var facts = [p.project.organisation, (p.project.languages || []).join(', ')].filter(Boolean).join(' · ');
    if (facts) name.appendChild(el('div', { 'class': 'muted' }, facts));
    tr.appendChild(name);
    var badge = el('td', { 'data-label': 'Badge' });
    badge.appendChild(el('span', { 'class': 'badge ' + (p.expired ? 'expired' : 'l' + p.level) }, p.expired ? 'expired (level ' + p.level + ')' : p.level ? 'Level ' + p.level : 'not reached'));
    tr.appendChild(badge);
    var lic = el('td', { 'data-label': 'Licence' });
    // an id stays whole (BSD-4-Clause-UC), unless it is longer than a column
    (p.licence || 'not stated').split(' ').forEach(function (word, i) {
      if (i) lic.appendChild(document.createTextNode(' '));
      lic.appendChild(word.length <= 24 ? el('span', { 'class': 'nowrap' }, word) : breakable(word));
    });
    tr.appendChild(lic);
    tr.appendChild(el('td', { 'data-label': 'Checks passed' }, p.passed.length + ' of ' + p.checks.length));
    var a = p.activity;
    var act = el('td', { 'data-label': 'Last commit' });
    act.appendChild(a.lastCommitDate ? el('span', { 'class': 'nowrap' }, day(a.lastCommitDate)) : document.createTextNode('not stated'));
    if (a.commitsLastYear !== undefined) act.appendChild(el('div', { 'class': 'muted' }, a.commitsLastYear + ' commits, ' + a.authorsLastYear + ' authors in 12 months'));
    tr.appendChild(act);
    var verified = el('td', { 'data-label': 'Verified' });
    verified.appendChild(document.createTextNode('issued '));
    verified.appendChild(el('span', { 'class': 'nowrap' }, day(p.issuedAt)));
    verified.appendChild(document.createTextNode(', valid until '));
    verified.appendChild(el('span', { 'class': 'nowrap' }, day(p.validUntil)));
    tr.appendChild(verified);
    var cell = el('td', { 'data-label': 'Details', 'class': 'no-label' });
    var id = 'detail-' + i;
    var button = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': id, 'aria-label': 'What was checked for ' + p.repository }, 'Details');
    cell.appendChild(button);
    tr.appendChild(cell);
    var more;
    button.addEventListener('click', function () {
      if (!more) { more = detail(p, id); tr.parentNode.insertBefore(more, tr.nextSibling); }
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      more.hidden = !open;
    });
    return { main: tr, extra: function () { return more; } };
  }
  var rows = [];
  function rowOf(i) { return rows[i] || (rows[i] = row(data.projects[i], i)); }

  function matches(p) {
    if (p.level < Number(state.level)) return false;
    if (state.licenceId) {
      var want = state.licenceId.toLowerCase();
      if (!p.ids.some(function (id) { return id.toLowerCase() === want; })) return false;
    }
    if (state.usable && p.usable.indexOf(state.usable) < 0) return false;
    if (state.checks.some(function (id) { return p.passed.indexOf(id) < 0; })) return false;
    var words = state.q.toLowerCase().split(/\\s+/).filter(Boolean);
    if (words.length) {
      var pr = p.project;
      var hay = [p.repository, p.licence, pr.name, pr.description, pr.organisation, (pr.languages || []).join(' '), p.passed.join(' '),
        p.exemptions.map(function (e) { return e.reason; }).join(' ')].join(' ').toLowerCase();
      if (words.some(function (w) { return hay.indexOf(w) < 0; })) return false;
    }
    return true;
  }
  function apply() {
    var key = keys[state.sort];
    var sign = state.dir === 'asc' ? 1 : -1;
    var order = [];
    data.projects.forEach(function (p, i) { if (matches(p)) order.push(i); });
    var values = {};
    order.forEach(function (i) { values[i] = key(data.projects[i]); });
    order.sort(function (a, b) {
      var x = values[a], y = values[b];
      if (x < y) return -sign;
      if (x > y) return sign;
      return data.projects[a].repository < data.projects[b].repository ? -1 : 1;
    });
    var body = $('rows');
    body.textContent = '';
    order.forEach(function (i) {
      var r = rowOf(i);
      body.appendChild(r.main);
      if (r.extra()) body.appendChild(r.extra());
    });
    var empty = $('empty');
    empty.hidden = order.length > 0;
    $('table').hidden = order.length === 0;
    empty.textContent = data.projects.length === 0
      ? 'The catalogue is empty: no attestation was accepted. The rejected attestations and why are listed below.'
      : 'No project matches these filters (' + data.projects.length + ' projects in the catalogue). Clear or change the filters to see them.';
    $('count').textContent = order.length + ' of ' + data.projects.length + ' projects shown';
    showState();
    writeUrl();
  }

  function fromControls() {
    state.level = $('f-level').value;
    state.licenceId = $('f-licence-id').value;
    state.usable = $('f-usable').value;
    state.q = $('f-text').value;
    state.checks = Array.prototype.filter.call($('f-checks').querySelectorAll('input'), function (b) { return b.checked; }).map(function (b) { return b.value; });
    apply();
  }
  ['f-level', 'f-licence-id', 'f-usable', 'f-text'].forEach(function (id) {
    $(id).addEventListener('input', fromControls);
    $(id).addEventListener('change', fromControls);
  });
  $('f-checks').addEventListener('change', fromControls);
  $('clear').addEventListener('click', function () {
    var sort = state.sort, dir = state.dir;
    state = JSON.parse(JSON.stringify(DEFAULT));
    state.sort = sort; state.dir = dir;
    apply();
  });
  Array.prototype.forEach.call(document.querySelectorAll('th button[data-sort]'), function (b) {
    b.addEventListener('click', function () {
      var col = b.getAttribute('data-sort');
      state.dir = state.sort === col && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = col;
      apply();
    });
  });
  window.addEventListener('hashchange', function () { readUrl(); apply(); });

  // the rejected attestations, and the trust file's warnings
  data.warnings.forEach(function (w) { $('warnings').appendChild(el('p', { 'class': 'warning' }, 'Trust file: ' + w)); });
  $('rejected-title').textContent = 'Rejected attestations (' + c.rejected + ')';
  $('rejected-none').hidden = c.rejected > 0;
  data.rejected.forEach(function (r) {
    var li = el('li');
    var src = el('strong');
    src.appendChild(breakable(r.source));
    li.appendChild(src);
    var reasons = el('ul');
    r.reasons.forEach(function (x) { reasons.appendChild(el('li', {}, x.code + ': ' + x.message)); });
    li.appendChild(reasons);
    $('rejected-list').appendChild(li);
  });
  if (c.rejected > data.rejected.length) $('rejected-list').appendChild(el('li', {}, (c.rejected - data.rejected.length) + ' more are listed in index.json'));

  readUrl();
  apply();
})();
</script>
</body>
</html>
`
}
