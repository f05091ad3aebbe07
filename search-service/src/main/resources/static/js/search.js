// Search page: the query and its filters live in the address (so back/forward, links and reloads keep them).
import { getJson } from './api.js';
import { clear, el, entityHref, lineageHref, snippet, status } from './dom.js';
import { label, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';
import { attachSuggestions } from './suggest.js';

/** Facet name in the API answer → the search parameter a click on one of its values sets. */
const FACETS = {
  type: 'type', level: 'level', province: 'province', issuer: 'issuer', document: 'document', unit: 'unit',
  deadlineYear: null, deadlineQuarter: null, completed: 'completed',
};
const FILTERS = ['type', 'level', 'province', 'issuer', 'document', 'unit', 'completed', 'deadlineFrom', 'deadlineTo'];
const PAGE_SIZE = 20;

const form = document.getElementById('search-form');
const input = document.getElementById('q');
let lastAnswer = null;

initLayout('index.html');
attachSuggestions(input, document.getElementById('suggestions'), () => form.requestSubmit());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = readState();
  state.set('q', input.value.trim());
  state.delete('page');
  navigate(state);
});
window.addEventListener('popstate', run);
onLanguageChange(() => lastAnswer && render(lastAnswer, readState()));
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
  if (![...state.keys()].length) {
    clear(results);
    document.getElementById('export').hidden = true;
    return;
  }
  status(statusBox, t('common.loading'));
  try {
    const params = Object.fromEntries([...new Set(state.keys())].map((k) => [k, state.getAll(k)]));
    params.size = PAGE_SIZE;
    lastAnswer = await getJson('/api/search', params);
    status(statusBox, '');
    render(lastAnswer, state);
  } catch (error) {
    status(statusBox, t('common.error', error.message), 'error');
  }
}

function render(answer, state) {
  const exact = answer.counts?.exact;
  document.getElementById('total').textContent = t('search.total', answer.total ?? 0)
    + (answer.approximate && exact != null ? ` (${t('search.exactCount', exact)})` : '');
  renderExport(state);
  renderActiveFilters(state, answer.facets ?? {});
  renderFacets(answer.facets ?? {}, state);
  renderResults(answer.results ?? []);
  renderPagination(answer, state);
}

function renderExport(state) {
  const box = document.getElementById('export');
  box.hidden = false;
  const params = new URLSearchParams(state);
  params.delete('page');
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
    } else {
      // Deadline bounds are single-valued; other filters combine.
      if (k.startsWith('deadline') || k === 'completed') next.delete(k);
      next.append(k, v);
    }
  }
  next.delete('page');
  return next;
}

function renderFacets(facets, state) {
  const aside = clear(document.getElementById('facets'));
  aside.append(el('h2', {}, t('search.filters')));
  for (const facet of Object.keys(FACETS)) {
    const entries = facets[facet] ?? [];
    if (!entries.length) continue;
    const list = el('ul');
    for (const entry of entries) {
      const filter = facetFilter(facet, String(entry.value));
      const button = el('button', { type: 'button', 'aria-pressed': String(isActive(state, filter)),
        'data-facet': facet, 'data-value': entry.value },
      el('span', {}, facetText(facet, entry)), el('span', { class: 'facet-count' }, entry.count));
      button.addEventListener('click', () => navigate(toggle(state, filter)));
      list.append(el('li', {}, button));
    }
    aside.append(el('fieldset', { 'data-facet': facet }, el('legend', {}, t(`facet.${facet}`)), list));
  }
}

function renderActiveFilters(state, facets) {
  const box = clear(document.getElementById('active-filters'));
  const active = FILTERS.flatMap((name) => state.getAll(name).map((value) => [name, value]));
  if (!active.length) return;
  const chips = el('ul', { class: 'chips' });
  for (const [name, value] of active) {
    const facet = Object.keys(FACETS).find((f) => FACETS[f] === name);
    const entry = facet && (facets[facet] ?? []).find((e) => String(e.value) === value);
    const text = `${t(`facet.${facet ?? 'deadlineYear'}`)}: ${facet ? facetText(facet, entry ?? { value }) : value}`;
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
  box.append(el('span', { class: 'muted' }, t('search.activeFilters')), chips);
}

function renderResults(results) {
  const list = clear(document.getElementById('results'));
  if (!results.length) {
    list.append(el('li', { class: 'muted' }, t('search.noResults')));
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
      (doc.label || doc.number) && doc.id && el('a', { href: entityHref(doc.id) }, doc.label || doc.number),
      doc.issuer && el('span', {}, doc.issuer),
      r.section && el('span', {}, `${t('search.section')}: ${r.section}`),
      r.unit && el('span', {}, `${t('search.unit')}: ${r.unit}`),
      r.deadline && el('span', {}, `${t('search.deadline')}: ${r.deadline}`),
      (r.type === 'Task' || r.type === 'Indicator' || r.type === 'Document')
        && el('a', { href: lineageHref(r.id) }, t('search.lineage')));
    list.append(el('li', { class: 'result', 'data-type': r.type, 'data-match': r.match ?? 'exact' },
      el('h2', {}, el('a', { href: entityHref(r.id) }, r.no ? `${r.no}. ${r.name}` : r.name)),
      meta,
      r.snippet && el('p', { class: 'snippet' }, snippet(r.snippet))));
  }
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
  if (current > 1) list.append(link(current - 1, '‹', { 'aria-label': t('search.prev'), rel: 'prev' }));
  for (const page of pageWindow(current, pages)) {
    list.append(page === null ? el('li', { 'aria-hidden': 'true' }, '…')
      : link(page, page, { 'aria-label': t('search.page', page), 'aria-current': page === current ? 'page' : null }));
  }
  if (current < pages) list.append(link(current + 1, '›', { 'aria-label': t('search.next'), rel: 'next' }));
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

