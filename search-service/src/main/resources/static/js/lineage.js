// Lineage page: the paths from an entity up to the top resolutions as a graph with the quote on every edge,
// and one click to every commune task under a document (/api/lineage/down).
import { apiUrl, getJson, param } from './api.js';
import { clear, el, entityHref, lineageHref, status } from './dom.js';
import { label, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';
import { drawLineage, graphOf } from './lineage-graph.js';

const DOWN_PAGE_SIZE = 100;

initLayout('');
const id = param('id');
let answer = null;
let down = null;
let selected = null;
onLanguageChange(() => {
  if (answer) render(answer);
  if (down) renderDown(down.root, down.answer, down.level);
});
load();

async function load() {
  const statusBox = document.getElementById('status');
  if (!id) return status(statusBox, t('common.noId'), 'error');
  status(statusBox, t('common.loading'));
  try {
    answer = await getJson('/api/lineage/up', { id });
    status(statusBox, answer.paths?.length ? '' : t('lineage.noPath'));
    render(answer);
  } catch (error) {
    status(statusBox, t('common.error', error.message), 'error');
  }
  const downLevel = param('down');
  if (downLevel) loadDown(id, downLevel);
}

const relationText = (relation) => label('relation', relation);

function render(a) {
  const entity = a.entity ?? { id };
  document.title = `${t('page.lineage')}: ${entity.name ?? entity.id} · ${t('app.title')}`;
  clear(document.getElementById('entity-line')).append(
    el('span', { class: 'badge' }, label('type', entity.type)), ' ',
    el('a', { href: entityHref(entity.id), id: 'entity-link' }, entity.name ?? entity.id));
  const graph = graphOf(a.paths);
  const topIds = new Set((a.tops ?? []).map((top) => top.id));
  drawLineage(document.getElementById('graph'), graph,
    { centreId: entity.id, topIds, relationText, onSelect: (s) => showDetail(s) });
  clear(document.getElementById('tops')).append(...(a.tops ?? []).map((top) => el('li', {},
    el('a', { href: entityHref(top.id), class: 'top-link' }, top.number ?? top.id), top.title && ` — ${top.title}`)));
  renderEdges(graph.edges);
  if (selected) showDetail(selected);
}

function renderEdges(edges) {
  const table = clear(document.getElementById('edges'));
  const nodeLink = (n) => el('a', { href: entityHref(n.id) }, n.number ?? n.name ?? n.id);
  table.append(
    el('thead', {}, el('tr', {}, ['lineage.from', 'lineage.relation', 'lineage.to', 'lineage.quote', 'lineage.where']
      .map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, edges.map((e) => el('tr', {},
      el('td', {}, nodeLink(e.from)), el('td', {}, relationText(e.relation)), el('td', {}, nodeLink(e.to)),
      el('td', {}, e.quote ?? ''), el('td', {}, e.file ? `${e.file}:${e.lineStart ?? ''}` : '')))));
}

function showDetail(selection) {
  selected = selection;
  const box = clear(document.getElementById('detail'));
  if (selection.edge) {
    const e = selection.edge;
    box.append(
      el('p', {}, el('strong', {}, e.from.number ?? e.from.name), ` ${relationText(e.relation)} `,
        el('strong', {}, e.to.number ?? e.to.name)),
      e.quote && el('blockquote', { id: 'edge-quote' }, e.quote),
      e.file && el('p', { class: 'muted' }, `${e.file}:${e.lineStart ?? ''}`));
    return;
  }
  const n = selection.node;
  const actions = el('div', { class: 'actions' },
    el('a', { class: 'button', href: entityHref(n.id) }, t('common.open')),
    n.id !== id && el('a', { class: 'button', href: lineageHref(n.id) }, t('lineage.centre')));
  if (n.type === 'Document') {
    const button = el('button', { type: 'button', class: 'primary', id: 'down-button' }, t('lineage.down'));
    button.addEventListener('click', () => loadDown(n.id, 'commune'));
    actions.append(button);
  }
  box.append(el('p', {}, el('span', { class: 'badge' }, label('type', n.type)), ' ', el('strong', {}, n.number ?? '')),
    el('p', {}, n.name ?? n.id), actions);
}

async function loadDown(rootId, level, page = 1) {
  const section = document.getElementById('down');
  status(section, t('common.loading'));
  try {
    const result = await getJson('/api/lineage/down', { id: rootId, level, page, size: DOWN_PAGE_SIZE });
    down = { root: rootId, answer: result, level, page };
    renderDown(rootId, result, level, page);
    section.scrollIntoView({ block: 'start' });
  } catch (error) {
    status(section, t('common.error', error.message), 'error');
  }
}

function renderDown(rootId, result, level, page = 1) {
  const section = clear(document.getElementById('down'));
  section.className = '';
  const root = result.root ?? { id: rootId };
  const csv = apiUrl('/api/lineage/down', { id: rootId, level, format: 'csv' });
  section.append(
    el('h2', { id: 'down-heading' }, t('lineage.downTitle', root.number ?? root.title ?? root.id)),
    el('p', {}, el('strong', { id: 'down-total' }, t('lineage.downTotal', result.total ?? 0)), ' ',
      el('a', { class: 'button', href: csv, download: 'nq57-lineage-down.csv' }, 'CSV')),
    result.countsByDocument?.length ? el('div', { class: 'table-wrap' }, el('table', {},
      el('caption', { class: 'visually-hidden' }, t('lineage.byDocument')),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('indicators.document')),
        el('th', { scope: 'col' }, t('dashboard.level')), el('th', { scope: 'col' }, t('dashboard.count')))),
      el('tbody', {}, result.countsByDocument.map((d) => el('tr', {},
        el('td', {}, el('a', { href: entityHref(d.id) }, d.number || d.file || d.id)),
        el('td', {}, label('level', d.level)), el('td', {}, d.count))))))
      : null,
    el('ol', { id: 'down-results', start: (page - 1) * DOWN_PAGE_SIZE + 1 }, (result.results ?? []).map((r) => el('li', {},
      el('a', { href: entityHref(r.id) }, r.name ?? r.id),
      el('span', { class: 'muted' }, ` — ${[r.document?.number, r.document?.issuer].filter(Boolean).join(', ')}`)))));
  if ((result.total ?? 0) > page * DOWN_PAGE_SIZE) {
    const more = el('button', { type: 'button' }, t('search.next'));
    more.addEventListener('click', () => loadDown(rootId, level, page + 1));
    section.append(more);
  }
}
