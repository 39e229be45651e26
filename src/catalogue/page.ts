/**
 * index.html: one self-contained page (no request to any other host; works from file://) that
 * lists the catalogue with filters and a detail view per project. Data is embedded as JSON and
 * shown through textContent only, so names and reasons from attestations stay inert.
 */
import { evaluable, usableUnder } from './query.js'
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

/** The page, in parts: the data of 100,000 projects is written project by project, never as one string. */
export function renderCataloguePage(records: CatalogueRecord[], summary: CatalogueSummary): PartsDocument {
  const { licences, usable } = licencesUsable(records)
  const ids = new Set<string>()
  for (const r of records) for (const c of r.checks) ids.add(c.id)
  const checks = [...ids].sort()
  const project = (r: CatalogueRecord, i: number) => ({
    repository: r.repository,
    level: r.level,
    licence: r.licence ?? '',
    usable: usable[i],
    checks: r.checks,
    passed: r.passed,
    exemptions: r.exemptions,
    issuedAt: r.issuedAt,
    validUntil: r.validUntil,
    expired: r.expired,
    commit: r.commit ?? '',
    signer: r.signer.type === 'key' ? `key ${r.signer.keyid.slice(0, 16)}…` : `${r.signer.identity} (${r.signer.issuer})`,
  })
  const [before, after] = page().split(DATA)
  return partsDocument(function* () {
    yield before!
    // embed() of { verifiedAt, counts, licences, checks, projects }, written piece by piece
    yield embed({ verifiedAt: summary.verifiedAt, counts: summary.counts, licences, checks }).slice(0, -1)
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
  :root { --fg: #1f2328; --muted: #4b535d; --bg: #ffffff; --line: #d0d7de; --focus: #0b57d0; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
  header, main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  .summary { color: var(--muted); margin: 0; }
  form { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; margin: 1rem 0; padding: 1rem; border: 1px solid var(--line); border-radius: .5rem; }
  label { display: flex; flex-direction: column; font-weight: 600; font-size: .9rem; gap: .25rem; }
  select, input { font: inherit; padding: .4rem .5rem; border: 1px solid #6e7781; border-radius: .3rem; background: #fff; color: var(--fg); min-height: 2.5rem; }
  :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
  td, li, p { overflow-wrap: anywhere; }
  th { font-size: .85rem; color: var(--muted); }
  .badge { display: inline-block; padding: .1rem .5rem; border-radius: .3rem; font-weight: 700; font-size: .85rem; color: #fff; white-space: nowrap; }
  .l0 { background: #a40e26; } .l1 { background: #6f5d00; } .l2 { background: #1a7f37; } .l3 { background: #0b5f2a; } .expired { background: #4b535d; }
  a { color: #0b57d0; }
  details summary { cursor: pointer; color: #0b57d0; }
  details ul { margin: .25rem 0; padding-left: 1.2rem; }
  .muted { color: var(--muted); font-size: .9rem; }
  @media (max-width: 40rem) {
    thead { position: absolute; left: -9999px; }
    tr { display: block; border: 1px solid var(--line); border-radius: .5rem; margin-bottom: .75rem; padding: .5rem; }
    td { display: block; border: 0; padding: .2rem 0; }
    td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
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
    <label>Licence
      <select id="f-licence" name="licence"><option value="">any</option></select>
    </label>
    <label>Check passed
      <select id="f-check" name="check"><option value="">any</option></select>
    </label>
    <label>Search
      <input id="f-text" name="text" type="search" placeholder="repository, licence, check">
    </label>
  </form>
  <p id="count" role="status" aria-live="polite"></p>
  <table>
    <caption class="muted">Only attestations whose signature verified against the catalogue's trust file are listed.</caption>
    <thead><tr><th scope="col">Project</th><th scope="col">Badge</th><th scope="col">Licence</th><th scope="col">Checks passed</th><th scope="col">Verified</th><th scope="col">Details</th></tr></thead>
    <tbody id="rows"></tbody>
  </table>
</main>
<script type="application/json" id="catalogue-data">${DATA}</script>
<script>
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('catalogue-data').textContent);
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function fill(select, values) { values.forEach(function (v) { select.appendChild(el('option', { value: v }, v)); }); }
  fill(document.getElementById('f-licence'), data.licences);
  fill(document.getElementById('f-check'), data.checks);
  document.getElementById('summary').textContent = data.counts.repositories + ' projects from ' + data.counts.attestations +
    ' attestations (' + data.counts.rejected + ' rejected), verified ' + data.verifiedAt.slice(0, 16).replace('T', ' ') + ' UTC';
  function safeUrl(u) { return /^https:\\/\\//.test(u) ? u : '#'; }
  function row(p) {
    var tr = el('tr', { 'data-repository': p.repository });
    var name = el('td', { 'data-label': 'Project' });
    name.appendChild(el('a', { href: safeUrl(p.repository), rel: 'noopener noreferrer' }, p.repository.replace(/^https:\\/\\//, '')));
    tr.appendChild(name);
    var badge = el('td', { 'data-label': 'Badge' });
    badge.appendChild(el('span', { 'class': 'badge ' + (p.expired ? 'expired' : 'l' + p.level) }, p.expired ? 'expired (level ' + p.level + ')' : p.level ? 'Level ' + p.level : 'not reached'));
    tr.appendChild(badge);
    tr.appendChild(el('td', { 'data-label': 'Licence' }, p.licence || 'not stated'));
    tr.appendChild(el('td', { 'data-label': 'Checks passed' }, p.passed.length + ' of ' + p.checks.length));
    tr.appendChild(el('td', { 'data-label': 'Verified' }, 'issued ' + p.issuedAt.slice(0, 10) + ', valid until ' + p.validUntil.slice(0, 10)));
    var details = el('details');
    details.appendChild(el('summary', { 'aria-label': 'What was checked for ' + p.repository }, 'What was checked'));
    var list = el('ul');
    p.checks.forEach(function (c) { list.appendChild(el('li', {}, c.id + ' (level ' + c.level + '): ' + (c.satisfied && c.status !== 'pass' && c.status !== 'not-applicable' ? 'exempted' : c.status))); });
    details.appendChild(list);
    if (p.exemptions.length) {
      details.appendChild(el('p', { 'class': 'muted' }, 'Exemptions:'));
      var ex = el('ul');
      p.exemptions.forEach(function (e) { ex.appendChild(el('li', {}, e.check + ' until ' + e.expires + ' (' + e.status + '): ' + e.reason)); });
      details.appendChild(ex);
    }
    details.appendChild(el('p', { 'class': 'muted' }, 'Commit ' + (p.commit || 'unknown') + ', signed by ' + p.signer));
    var cell = el('td', { 'data-label': 'Details' });
    cell.appendChild(details);
    tr.appendChild(cell);
    return tr;
  }
  var rows = data.projects.map(row);
  function apply() {
    var level = Number(document.getElementById('f-level').value);
    var licence = document.getElementById('f-licence').value;
    var check = document.getElementById('f-check').value;
    var words = document.getElementById('f-text').value.toLowerCase().split(/\\s+/).filter(Boolean);
    var body = document.getElementById('rows');
    body.textContent = '';
    var shown = 0;
    data.projects.forEach(function (p, i) {
      if (p.level < level) return;
      if (licence && p.usable.indexOf(licence) < 0) return;
      if (check && p.passed.indexOf(check) < 0) return;
      var hay = (p.repository + ' ' + p.licence + ' ' + p.passed.join(' ') + ' ' + p.exemptions.map(function (e) { return e.reason; }).join(' ')).toLowerCase();
      if (words.some(function (w) { return hay.indexOf(w) < 0; })) return;
      body.appendChild(rows[i]);
      shown++;
    });
    document.getElementById('count').textContent = shown + ' of ' + data.projects.length + ' projects shown';
  }
  ['f-level', 'f-licence', 'f-check', 'f-text'].forEach(function (id) {
    document.getElementById(id).addEventListener('input', apply);
    document.getElementById(id).addEventListener('change', apply);
  });
  apply();
})();
</script>
</body>
</html>
`
}
