// Lineage page: the paths from an entity up to the top resolutions as a graph with the quote on every edge,
// and one click to every commune task under a document (/api/lineage/down).
import { apiUrl, getJson, param } from './api.js';
import { append, clear, el, entityHref, lineageHref, quoteCells, status, showError } from './dom.js';
import { capitalise, documentName, formatNumber, labelText } from './format.js';
import { currentLang, label, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';
import { drawLineage, graphOf, nodeName } from './lineage-graph.js';

const DOWN_PAGE_SIZE = 100;

initLayout('');
const id = param('id');
let answer = null;
let down = null;
let selected = null;
onLanguageChange(() => {
  if (answer) {
    renderStatus(answer);
    render(answer);
  }
  if (down) renderDown();
});
load();

async function load() {
  const statusBox = document.getElementById('status');
  if (!id) return status(statusBox, t('common.noId'), 'error');
  status(statusBox, t('common.loading'));
  try {
    answer = await getJson('/api/lineage/up', { id });
    renderStatus(answer);
    render(answer);
  } catch (error) {
    showError(statusBox, error, error.status === 404 ? 'entity.notFoundHint' : 'lineage.errorHint');
  }
  const downLevel = param('down');
  if (downLevel) loadDown(id, downLevel, param('type') || 'Task');
  // A document above which nothing is known is where its chains start: show what derives from it, at every level.
  else if (answer?.origin) loadDown(id, '', 'Document', 1, false);
}

/** Nothing (paths to show), the origin of the chains (a root document), or that no path was found. */
function renderStatus(a) {
  const statusBox = document.getElementById('status');
  if (a.origin) status(statusBox, t('lineage.origin', documentName(a.origin, a.origin.kind)));
  else status(statusBox, a.paths?.length ? '' : t('lineage.noPath'));
}

const relationText = (relation) => label('relation', relation);

function render(a) {
  const entity = a.entity ?? { id };
  const name = a.origin ? documentName(a.origin, a.origin.kind) : entity.name ?? label('type', entity.type);
  document.title = `${t('page.lineage')}: ${name} · ${t('app.title')}`;
  append(clear(document.getElementById('entity-line')),
    el('span', { class: 'badge' }, label('type', entity.type)), ' ',
    el('a', { href: entityHref(entity.id), id: 'entity-link' }, name),
    a.origin && a.origin.name && a.origin.name !== name && el('span', { class: 'muted' }, ` — ${a.origin.name}`));
  const graph = graphOf(a.paths);
  // the root document alone: one node, no edge
  if (a.origin && !graph.nodes.length) graph.nodes.push(a.origin);
  const topIds = new Set((a.tops ?? []).map((top) => top.id));
  drawLineage(document.getElementById('graph'), graph,
    { centreId: entity.id, topIds, relationText, onSelect: (s) => showDetail(s) });
  append(clear(document.getElementById('tops')), ...(a.tops ?? []).map((top) => el('li', {},
    el('a', { href: entityHref(top.id), class: 'top-link' }, top.number ?? top.title ?? t('type.Document')),
    top.title && top.number && top.title !== top.number && ` — ${top.title}`)));
  renderEdges(graph.edges);
  if (selected) showDetail(selected);
}

function renderEdges(edges) {
  const table = clear(document.getElementById('edges'));
  const nodeLink = (n) => el('a', { href: entityHref(n.id) }, nodeName(n));
  if (!edges.length) {
    table.append(el('tbody', {}, el('tr', {}, el('td', { class: 'muted', id: 'no-steps' },
      answer?.origin ? t('lineage.noSteps') : t('lineage.noPath')))));
    return;
  }
  table.append(
    el('thead', {}, el('tr', {}, ['lineage.from', 'lineage.relation', 'lineage.to', 'lineage.quote', 'lineage.where']
      .map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, edges.map((e) => el('tr', { 'data-relation': e.relation },
      el('td', { 'data-label': t('lineage.from') }, nodeLink(e.from)),
      el('td', { 'data-label': t('lineage.relation') }, relationText(e.relation)),
      el('td', { 'data-label': t('lineage.to') }, nodeLink(e.to)),
      el('td', { 'data-label': t('lineage.quote') }, e.quote ? quoteCells(e.quote) : el('span', { class: 'muted' }, t('lineage.noQuote'))),
      el('td', { 'data-label': t('lineage.where') }, e.file ? t('lineage.fileLine', e.file, e.lineStart ?? '') : '')))));
}

function showDetail(selection) {
  selected = selection;
  const box = clear(document.getElementById('detail'));
  if (selection.edge) {
    const e = selection.edge;
    append(box, 
      el('p', {}, el('strong', {}, nodeName(e.from)),
        ` ${[...new Set((e.steps ?? [e]).map((step) => relationText(step.relation)))].join(', ')} `,
        el('strong', {}, nodeName(e.to))),
      e.quote && el('blockquote', { id: 'edge-quote' }, quoteCells(e.quote)),
      e.file && el('p', { class: 'muted' }, t('lineage.fileLine', e.file, e.lineStart ?? '')));
    return;
  }
  const n = selection.node;
  const actions = el('div', { class: 'actions' },
    el('a', { class: 'button', href: entityHref(n.id) }, t('common.open')),
    n.id !== id && el('a', { class: 'button', href: lineageHref(n.id) }, t('lineage.centre')));
  if (n.type === 'Document') {
    const button = el('button', { type: 'button', class: 'primary', id: 'down-button' }, t('lineage.down'));
    button.addEventListener('click', () => loadDown(n.id, 'commune', 'Task'));
    actions.append(button);
  }
  append(box, el('p', {}, el('span', { class: 'badge' }, capitalise(labelText(n.kind)) || label('type', n.type)), ' ',
    el('strong', {}, nodeName(n))),
    n.name && n.name !== n.number && el('p', {}, n.name),
    n.type === 'Document' && el('p', { class: 'muted' }, [n.issuer, n.area].filter(Boolean).join(' · ')), actions);
}

const DOWN_TYPES = ['Task', 'Indicator', 'Document'];

/**
 * What derives from a document at one level, one type at a time: tasks, indicators and documents are listed
 * separately, each tab with its own count (one request per type, so the counts are the API's totals).
 */
async function loadDown(rootId, level, type = 'Task', page = 1, scroll = true) {
  const section = document.getElementById('down');
  status(section, t('common.loading'));
  try {
    const answers = await Promise.all(DOWN_TYPES.map((ty) => getJson('/api/lineage/down',
      { id: rootId, level, type: ty, page: ty === type ? page : 1, size: ty === type ? DOWN_PAGE_SIZE : 1 })));
    const totals = Object.fromEntries(DOWN_TYPES.map((ty, i) => [ty, answers[i].total ?? 0]));
    down = { root: rootId, answer: answers[DOWN_TYPES.indexOf(type)], level, type, page, totals };
    renderDown();
    if (scroll) section.scrollIntoView({ block: 'start' });
  } catch (error) {
    showError(section, error, 'lineage.errorHint');
  }
}

function renderDown() {
  const { root: rootId, answer: result, level, type, page, totals } = down;
  const section = clear(document.getElementById('down'));
  section.className = '';
  section.removeAttribute('role');
  const root = result.root ?? { id: rootId };
  // column names in the page's language (the browser's own Accept-Language may be another)
  const csv = apiUrl('/api/lineage/down', { id: rootId, level, type, format: 'csv', headers: currentLang() });
  const tabs = el('div', { class: 'type-tabs', role: 'group', 'aria-label': t('lineage.downTypes') },
    DOWN_TYPES.map((ty) => {
      const b = el('button', { type: 'button', 'data-type': ty, 'aria-pressed': String(ty === type) },
        el('span', { class: 'badge', 'data-type': ty }, label('type', ty)), ' ', el('span', { class: 'count' }, formatNumber(totals[ty])));
      b.addEventListener('click', () => loadDown(rootId, level, ty));
      return b;
    }));
  const levelName = level ? label('level', level) : null;
  // The counts name documents by number only; the listed items carry their document's issuer as well.
  const known = new Map((result.results ?? []).map((r) => r.document).filter(Boolean).map((d) => [d.id, d]));
  append(section, 
    el('h2', { id: 'down-heading' }, levelName ? t('lineage.downTitle', levelName, documentName(root))
      : t('lineage.downTitleAll', documentName(root))),
    tabs,
    el('p', {}, el('strong', { id: 'down-total', 'data-type': type }, t(`lineage.downTotal.${type}`, formatNumber(result.total ?? 0))), ' ',
      result.total ? el('a', { class: 'button', href: csv, download: 'nq57-lineage-down.csv' }, t('lineage.downloadCsv')) : null),
    !result.total && el('p', { class: 'muted', id: 'down-empty' }, levelName
      ? t('lineage.downEmpty', label('type', type).toLowerCase(), levelName)
      : t('lineage.downEmptyAll', label('type', type).toLowerCase())),
    result.countsByDocument?.length ? el('div', { class: 'table-wrap' }, el('table', {},
      el('caption', {}, t('lineage.byDocument')),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('indicators.document')),
        el('th', { scope: 'col' }, t('dashboard.level')), el('th', { scope: 'col' }, t(`lineage.count.${type}`)))),
      el('tbody', {}, result.countsByDocument.map((d) => el('tr', {},
        el('td', {}, el('a', { href: entityHref(d.id) }, documentName(known.get(d.id) ?? d))),
        el('td', {}, label('level', d.level)), el('td', {}, formatNumber(d.count)))))))
      : null,
    el('ol', { id: 'down-results', start: (page - 1) * DOWN_PAGE_SIZE + 1 }, (result.results ?? []).map((r) => el('li', { 'data-type': r.type },
      el('span', { class: 'badge', 'data-type': r.type }, label('type', r.type)), ' ',
      el('a', { href: entityHref(r.id) }, r.type === 'Document' ? documentName(r.document ?? {}) : (r.name ?? label('type', r.type))),
      r.type !== 'Document' && el('span', { class: 'muted' }, ` — ${documentName(r.document ?? {})}${
        r.document?.number && r.document?.issuer ? `, ${r.document.issuer}` : ''}`),
      // a document's evidence is the text that makes it derive from the one above it; a task's, its own line
      r.type === 'Document' && r.quote && el('blockquote', { class: 'down-quote' }, quoteCells(r.quote)),
      r.file && el('span', { class: 'muted down-where' }, ` (${t('lineage.fileLine', r.file, r.lineStart ?? '')})`)))));
  if ((result.total ?? 0) > page * DOWN_PAGE_SIZE) {
    const more = el('button', { type: 'button' }, t('search.next'));
    more.addEventListener('click', () => loadDown(rootId, level, type, page + 1));
    append(section, more);
  }
}
