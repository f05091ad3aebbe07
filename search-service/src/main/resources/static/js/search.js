// Search page: the query and its filters live in the address (so back/forward, links and reloads keep them).
import { getJson } from './api.js';
import { documentName, formatDate, formatQuarter, formatNumber, labelText, capitalise, placeName } from './format.js';
import { append, clear, el, entityHref, lineageHref, showError, snippet, status } from './dom.js';
import { currentLang, label, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';
import { attachSuggestions } from './suggest.js';

/** Facet name in the API answer → the search parameter a click on one of its values sets. */
const FACETS = {
  type: 'type', level: 'level', province: 'province', issuer: 'issuer', document: 'document', unit: 'unit',
  deadlineYear: null, deadlineQuarter: null, completed: 'completed',
};
/** The facets listed in time order (the API gives the most frequent values first): "2026-Q1" before "2026-Q2". */
const IN_TIME_ORDER = new Set(['deadlineYear', 'deadlineQuarter']);
/** The filters whose values are alternatives: several may be chosen (the API takes the parameter repeated). */
const ANY_OF = ['type', 'level', 'province', 'issuer', 'document', 'unit'];
const FILTERS = ['type', 'level', 'province', 'issuer', 'document', 'unit', 'completed', 'deadlineFrom', 'deadlineTo'];
const PAGE_SIZE = 20;

const form = document.getElementById('search-form');
const input = document.getElementById('q');
let lastAnswer = null;
let home = null;

initLayout('index.html');
attachSuggestions(input, document.getElementById('suggestions'), () => form.requestSubmit());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = readState();
  const q = input.value.trim();
  if (!q && !FILTERS.some((f) => state.has(f))) {
    // An empty search would list everything: say what to type instead.
    status(document.getElementById('search-message'), t('search.empty'), 'info');
    input.focus();
    return;
  }
  state.set('q', q);
  state.delete('page');
  navigate(state);
});
window.addEventListener('popstate', run);
onLanguageChange(() => {
  if (!document.getElementById('home').hidden && home) renderHome(home);
  else if (lastAnswer) render(lastAnswer, readState());
});
run();

function readState() {
  return new URLSearchParams(location.search);
}

function navigate(state) {
  history.pushState(null, '', `?${state}`);
  run();
}

async function run() {
  const state = readState();
  input.value = state.get('q') ?? '';
  const results = document.getElementById('results');
  const statusBox = document.getElementById('status');
  const message = document.getElementById('search-message');
  status(message, '');
  const searching = (state.get('q') ?? '').trim() !== '' || FILTERS.some((f) => state.has(f));
  document.getElementById('home').hidden = searching;
  document.getElementById('search-layout').hidden = !searching;
  if (!searching) {
    clear(results);
    document.getElementById('export').hidden = true;
    if (state.has('q')) status(message, t('search.empty'), 'info');
    loadHome();
    return;
  }
  status(statusBox, t('common.loading'));
  try {
    // Only what the API takes: it refuses other parameters, and a link may carry some (e.g. a tracker's).
    const asked = [...new Set(state.keys())].filter((k) => k === 'q' || k === 'page' || FILTERS.includes(k));
    // Every value of a facet whose values are alternatives; of any other filter the last one (a link may repeat it).
    const params = Object.fromEntries(asked.map((k) => [k, ANY_OF.includes(k) ? state.getAll(k) : state.getAll(k).at(-1)]));
    params.size = PAGE_SIZE;
    lastAnswer = await getJson('/api/search', params);
    status(statusBox, '');
    render(lastAnswer, state);
  } catch (error) {
    showError(statusBox, error, error.status === 400 ? 'search.badRequestHint' : 'common.retryHint');
  }
}


/** The home page: what is in the graph, the latest documents, searches to start from. */
async function loadHome() {
  if (home) return renderHome(home);
  const statusBox = document.getElementById('status');
  try {
    const [stats, page] = await Promise.all([getJson('/api/stats'), getJson('/api/home')]);
    home = { stats, page };
    renderHome(home);
  } catch (error) {
    document.getElementById('search-layout').hidden = false;
    showError(statusBox, error, 'common.retryHint');
  }
}

function renderHome({ stats, page }) {
  if (document.getElementById('home').hidden) return;
  const card = (key, n) => el('div', { class: 'card' }, el('div', { class: 'number' }, formatNumber(n)), el('div', {}, t(key)));
  append(clear(document.getElementById('home-cards')), card('dashboard.documents', stats.documents),
    card('dashboard.tasks', stats.tasks), card('dashboard.indicators', stats.indicators));
  append(clear(document.getElementById('home-levels')),
    el('caption', {}, t('home.byLevel')),
    el('thead', {}, el('tr', {}, ['dashboard.level', 'dashboard.documents', 'dashboard.tasks', 'dashboard.indicators']
      .map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, (stats.byLevel ?? []).map((r) => el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: `?${new URLSearchParams({ level: r.level })}` }, label('level', r.level))),
      el('td', {}, formatNumber(r.documents)), el('td', {}, formatNumber(r.tasks)), el('td', {}, formatNumber(r.indicators))))));
  append(clear(document.getElementById('home-latest')), ...(page.latestDocuments ?? []).map((d) => el('li', {},
    el('a', { href: entityHref(d.document.id) }, documentName(d.document, d.kind)),
    // A document without a number is already called by its kind and issuer: do not say them twice.
    el('span', { class: 'muted' }, ` — ${[d.document.number && capitalise(labelText(d.kind)), d.document.number && d.document.issuer,
      d.date ? formatDate(d.date) : t('home.undated')].filter(Boolean).join(' · ')}`),
    d.document.title && el('div', { class: 'doc-title' }, d.document.title))));
  const examples = [
    ...['chuyen doi so', 'ATTT', 'dịch vụ công trực tuyến'].map((q) => [q, t(`home.example.${q === 'ATTT' ? 'abbr' : q === 'chuyen doi so' ? 'plain' : 'phrase'}`)]),
    ...(page.latestDocuments ?? []).filter((d) => d.document.number).slice(0, 1)
      .map((d) => [d.document.number, t('home.example.number')]),
    ...(page.topUnits ?? []).slice(0, 2).map((u) => [u.text, t('home.example.unit', formatNumber(u.count))]),
  ];
  append(clear(document.getElementById('home-examples')), ...examples.map(([q, why]) => el('li', {},
    el('a', { href: `?${new URLSearchParams({ q })}`, class: 'example-search' }, q), el('span', { class: 'muted' }, ` — ${why}`))));
}

function render(answer, state) {
  const exact = answer.counts?.exact;
  // totalRelation 'gte': the server stopped counting; there are more than `total` matches.
  const totalKey = answer.totalRelation === 'gte' ? 'search.totalMoreThan' : 'search.total';
  document.getElementById('total').textContent = t(totalKey, formatNumber(answer.total ?? 0))
    + (answer.approximate && exact != null ? ` (${t('search.exactCount', formatNumber(exact))})` : '');
  renderExport(state);
  renderActiveFilters(state, answer.facets ?? {});
  renderFacets(answer.facets ?? {}, state);
  renderResults(answer.results ?? [], answer, state);
  renderPagination(answer, state);
}

function renderExport(state) {
  const box = document.getElementById('export');
  box.hidden = false;
  const params = new URLSearchParams();
  for (const [k, v] of state) {
    if (ANY_OF.includes(k)) params.append(k, v);
    else if (k === 'q' || FILTERS.includes(k)) params.set(k, v);
  }
  // the file's column names in the page's language (the browser's own Accept-Language may be another)
  params.set('headers', currentLang());
  for (const [id, format] of [['export-csv', 'csv'], ['export-xlsx', 'xlsx']]) {
    params.set('format', format);
    const link = document.getElementById(id);
    link.href = `/api/search?${params}`;
    link.setAttribute('download', `nq57-search.${format}`);
  }
}

/** What a facet value shows: a translated type/level, a document's number, a unit's name, or the value itself. */
function facetText(facet, entry) {
  if (facet === 'type' || facet === 'level' || facet === 'completed') return label(facet, entry.value);
  if (facet === 'deadlineQuarter') return formatQuarter(entry.value);
  if (facet === 'province') return placeName(entry.label || entry.value);
  return entry.label || entry.value;
}

/** The filter parameters a facet value sets: year and quarter facets become a deadline range. */
function facetFilter(facet, value) {
  if (FACETS[facet]) return { [FACETS[facet]]: value };
  const year = Number(value.slice(0, 4));
  const quarter = /Q([1-4])$/.exec(value);
  if (!quarter) return { deadlineFrom: `${year}-01-01`, deadlineTo: `${year}-12-31` };
  const q = Number(quarter[1]);
  const lastDay = new Date(Date.UTC(year, q * 3, 0)).getUTCDate();
  return {
    deadlineFrom: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
    deadlineTo: `${year}-${String(q * 3).padStart(2, '0')}-${lastDay}`,
  };
}

function isActive(state, filter) {
  return Object.entries(filter).every(([k, v]) => state.getAll(k).includes(v));
}

function toggle(state, filter) {
  const next = new URLSearchParams(state);
  const active = isActive(state, filter);
  for (const [k, v] of Object.entries(filter)) {
    if (active) {
      const kept = next.getAll(k).filter((x) => x !== v);
      next.delete(k);
      kept.forEach((x) => next.append(k, x));
    } else if (ANY_OF.includes(k)) {
      // Values of one facet are alternatives: another value is added to those chosen.
      next.append(k, v);
    } else {
      // A completion state or a deadline range is one value: another replaces it.
      next.set(k, v);
    }
  }
  next.delete('page');
  return next;
}

function renderFacets(facets, state) {
  const aside = clear(document.getElementById('facets'));
  append(aside, el('h2', {}, t('search.filters')));
  for (const facet of Object.keys(FACETS)) {
    const entries = IN_TIME_ORDER.has(facet)
      ? [...(facets[facet] ?? [])].sort((a, b) => String(a.value).localeCompare(String(b.value)))
      : facets[facet] ?? [];
    if (!entries.length) continue;
    const list = el('ul');
    for (const entry of entries) {
      const filter = facetFilter(facet, String(entry.value));
      const button = el('button', { type: 'button', 'aria-pressed': String(isActive(state, filter)),
        'data-facet': facet, 'data-value': entry.value },
      el('span', {}, facetText(facet, entry)), el('span', { class: 'facet-count' }, entry.count));
      button.addEventListener('click', () => navigate(toggle(state, filter)));
      append(list, el('li', {}, button));
    }
    append(aside, el('fieldset', { 'data-facet': facet }, el('legend', {}, t(`facet.${facet}`)), list));
  }
  // The deadline facets count the tasks whose deadline ends in a year or quarter, while choosing one keeps those whose
  // deadline period overlaps it (SearchRequest.deadlineFrom/To): say so under them, or under the filter when chosen.
  const deadlineFacets = aside.querySelectorAll('fieldset[data-facet^="deadline"]');
  if (deadlineFacets.length) deadlineFacets[deadlineFacets.length - 1].after(deadlineHint());
  else if (state.has('deadlineFrom') || state.has('deadlineTo')) append(aside, deadlineHint());
}

function deadlineHint() {
  return el('p', { class: 'muted facet-hint', id: 'deadline-hint' }, t('search.deadlineHint'));
}

function renderActiveFilters(state, facets) {
  const box = clear(document.getElementById('active-filters'));
  const active = FILTERS.flatMap((name) => state.getAll(name).map((value) => [name, value]));
  if (!active.length) return;
  const chips = el('ul', { class: 'chips' });
  for (const [name, value] of active) {
    const facet = Object.keys(FACETS).find((f) => FACETS[f] === name);
    const entry = facet && (facets[facet] ?? []).find((e) => String(e.value) === value);
    const text = facet ? `${t(`facet.${facet}`)}: ${facetText(facet, entry ?? { value })}`
      : `${t(`filter.${name}`)}: ${formatDate(value)}`;
    const chip = el('button', { type: 'button', class: 'chip', 'aria-label': t('search.removeFilter', text) }, `${text} ✕`);
    chip.addEventListener('click', () => navigate(toggle(state, { [name]: value })));
    chips.append(el('li', {}, chip));
  }
  const clearAll = el('button', { type: 'button' }, t('search.clearFilters'));
  clearAll.addEventListener('click', () => {
    const next = new URLSearchParams();
    if (state.get('q')) next.set('q', state.get('q'));
    navigate(next);
  });
  chips.append(el('li', {}, clearAll));
  append(box, el('span', { class: 'muted' }, t('search.activeFilters')), chips);
}

function renderResults(results, answer, state) {
  const list = clear(document.getElementById('results'));
  if (!results.length) {
    const pages = Math.ceil((answer.total ?? 0) / (answer.size || PAGE_SIZE));
    if (answer.total > 0) {
      // A page past the end: the results exist, this page has none.
      const first = new URLSearchParams(state);
      first.delete('page');
      const back = el('a', { href: `?${first}`, id: 'first-page' }, t('search.firstPage'));
      back.addEventListener('click', (event) => { event.preventDefault(); navigate(first); });
      append(list, el('li', { class: 'muted', id: 'past-end' }, t('search.pastEnd', formatNumber(pages)), ' ', back));
    } else {
      append(list, el('li', { class: 'muted', id: 'no-results' }, t('search.noResults'), ' ', t('search.noResultsHint')));
    }
    return;
  }
  let previous = 'exact';
  for (const r of results) {
    // Approximate and partial matches come after the exact ones, under a label of their own.
    if (r.match && r.match !== previous && r.match !== 'exact') {
      list.append(el('li', { class: 'match-separator', 'data-match': r.match, role: 'separator' },
        t(`search.match.${r.match}`)));
    }
    previous = r.match ?? previous;
    const doc = r.document ?? {};
    const meta = el('p', { class: 'meta' },
      el('span', { class: 'badge' }, label('type', r.type)),
      r.level && el('span', {}, label('level', r.level)),
      doc.id && el('a', { href: entityHref(doc.id) }, documentName(doc, r.documentKind)),
      doc.issuer && doc.number && el('span', {}, doc.issuer),
      r.section && el('span', {}, `${t('search.section')}: ${r.section}`),
      r.unit && el('span', {}, `${t('search.unit')}: ${r.unit}`),
      r.deadline && el('span', {}, `${t('search.deadline')}: ${r.deadline}`),
      (r.type === 'Task' || r.type === 'Indicator' || r.type === 'Document')
        && el('a', { href: lineageHref(r.id) }, t('search.lineage')));
    append(list, el('li', { class: 'result', 'data-type': r.type, 'data-match': r.match ?? 'exact' },
      el('h2', {}, el('a', { href: entityHref(r.id) }, resultHeading(r))),
      meta,
      r.snippet && el('p', { class: 'snippet' }, snippet(r.snippet))));
  }
}

/**
 * A result's heading: a task's or indicator's number and name; a document's title. A document title the text writes
 * after its kind word ("NGHỊ QUYẾT / về đột phá phát triển …") begins in lower case and reads as a fragment alone, so
 * the kind goes before it, in Vietnamese as the title is: "Nghị quyết về đột phá phát triển …".
 */
function resultHeading(r) {
  if (r.no) return `${r.no}. ${r.name}`;
  const name = String(r.name ?? '');
  const kind = r.documentKind?.vi; // the title is Vietnamese whatever the page's language, so is the word before it
  if (r.type === 'Document' && kind && /^\p{Ll}/u.test(name)) return `${capitalise(kind)} ${name}`;
  return name;
}

function renderPagination(answer, state) {
  const nav = clear(document.getElementById('pagination'));
  const size = answer.size || PAGE_SIZE;
  const pages = Math.ceil((answer.total ?? 0) / size);
  const current = answer.page || 1;
  if (pages <= 1) return;
  const link = (page, text, extra = {}) => {
    const next = new URLSearchParams(state);
    next.set('page', page);
    const a = el('a', { href: `?${next}`, ...extra }, text);
    a.addEventListener('click', (event) => { event.preventDefault(); navigate(next); });
    return el('li', {}, a);
  };
  const list = el('ul');
  if (current > 1) append(list, link(current - 1, '‹', { 'aria-label': t('search.prev'), rel: 'prev' }));
  for (const page of pageWindow(current, pages)) {
    append(list, page === null ? el('li', { 'aria-hidden': 'true' }, '…')
      : link(page, page, { 'aria-label': t('search.page', page), 'aria-current': page === current ? 'page' : null }));
  }
  if (current < pages) append(list, link(current + 1, '›', { 'aria-label': t('search.next'), rel: 'next' }));
  nav.append(list);
}

/** 1 … 4 5 [6] 7 8 … 20 */
function pageWindow(current, pages) {
  const shown = new Set([1, pages]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((p, i) => {
    if (i && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}

