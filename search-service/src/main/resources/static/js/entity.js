// Entity page: a task, indicator, document, section or unit in people's words — labelled fields (labels from the
// ontology), names instead of IRIs, dates as 31/12/2026, the verbatim source lines (a table row as a row), the
// document's place in government, its upstream and downstream documents, its tasks and indicators by section.
import { getJson, param } from './api.js';
import { append, clear, el, entityHref, lineageHref, rowCells, status, showError, copyButton } from './dom.js';
import { label, onLanguageChange, t } from './i18n.js';
import { capitalise, documentName, formatLiteral, formatNumber, labelText } from './format.js';
import { initLayout } from './layout.js';
import { documentActions } from './document-actions.js';
import { renderAlignment } from './alignment.js';

initLayout('');
const id = param('id');
let entity = null;
/** Set once the document shown was removed from this page: the page then says so, whatever the language. */
let removed = null;
onLanguageChange(() => {
  if (removed) renderRemoved(removed);
  else if (entity) render(entity);
});
load();

async function load() {
  const statusBox = document.getElementById('status');
  if (!id) return status(statusBox, t('common.noId'), 'error');
  status(statusBox, t('common.loading'));
  try {
    entity = await getJson('/api/entities', { id });
    status(statusBox, '');
    render(entity);
  } catch (error) {
    // the API's 404 speaks to programs (the IRI, /api/search); the page says what it means to a reader
    if (error.status === 404) showError(statusBox, { message: t('entity.notFound') }, 'entity.notFoundHint');
    else showError(statusBox, error, 'common.retryHint');
  }
}

function render(e) {
  const article = clear(document.getElementById('entity'));
  const isDocument = e.type === 'Document';
  const number = isDocument ? numberOf(e) : null;
  // A document is called by its number; an appendix without one by its own title; a draft by its kind and issuer.
  const heading = !isDocument ? e.title
    : (number || !e.document ? documentName({ number, issuer: e.place?.issuerName }, e.kind) : e.title);
  document.title = `${heading} · ${t('app.title')}`;
  const kind = capitalise(labelText(e.kind)) || label('type', e.type);
  append(article,
    el('p', { class: 'kicker' }, el('span', { class: 'badge', 'data-type': e.type }, kind),
      e.place?.levelLabel && el('span', { class: 'badge' }, `${t('facet.level')}: ${labelText(e.place.levelLabel)}`)),
    el('h1', {}, heading),
    isDocument && e.title && e.title !== heading && el('p', { class: 'lead' }, e.title),
    isDocument && e.replacedBy?.length > 0 && el('div', { class: 'status status-info', role: 'note', id: 'replaced-by' },
      t('entity.replacedBy'), ' ',
      e.replacedBy.map((l, i) => [i ? ', ' : '', el('a', { href: entityHref(l.document.id) }, documentName(l.document, l.kind))])),
    el('div', { class: 'actions no-print' },
      (isDocument || e.document) && el('a', { class: 'button primary', href: lineageHref(e.id), id: 'lineage-link' }, t('entity.lineage')),
      isDocument && el('a', { class: 'button', href: `${lineageHref(e.id)}&down=commune&type=Task`, id: 'commune-tasks-link' },
        t('entity.communeTasks')),
      copyButton(e.id, t('entity.copyLink'), t('entity.copied'))),
    placeBlock(e),
    e.source && sourceBlock(e.source),
    fieldsBlock(e.properties ?? [], !!e.place),
    isDocument && linkBlock('document-above', 'entity.above', e.above),
    isDocument && linkBlock('document-below', 'entity.below', e.below),
    appendixBlock(e),
    sectionsBlock(e),
    e.type === 'Unit' && childrenBlock(e.children),
  );
  if (isDocument) documentActions(article, e.id, ({ file }) => {
    removed = { name: heading, file };
    renderRemoved(removed);
  });
  renderAlignment(e, article);
}

/**
 * The page of a document just removed: it is gone from the store, so the page shows nothing of it and offers no action
 * on it, only where to go next (the documents held, the search).
 */
function renderRemoved({ name, file }) {
  const article = clear(document.getElementById('entity'));
  document.title = `${t('entity.removed', name, file)} · ${t('app.title')}`;
  append(article,
    el('h1', {}, name),
    el('div', { class: 'status status-info', role: 'status', id: 'removed' },
      el('p', {}, t('entity.removed', name, file)),
      el('p', { class: 'error-hint' }, t('entity.removedHint'))),
    el('div', { class: 'actions' },
      el('a', { class: 'button primary', href: 'documents.html', id: 'removed-list' }, t('entity.removedList')),
      el('a', { class: 'button', href: './' }, t('nav.search'))));
}

function numberOf(e) {
  const field = (e.properties ?? []).find((f) => f.key === 'number');
  return field?.values?.[0]?.text ?? null;
}

/** Where the entity sits: the document it is in, its section, the level, issuer and areas. */
function placeBlock(e) {
  const rows = [];
  if (e.document) {
    rows.push([t('entity.document'), el('a', { href: entityHref(e.document.id), id: 'document-link' },
      documentName(e.document, e.place?.documentKind)), e.document.title ? el('div', { class: 'doc-title' }, e.document.title) : null]);
  }
  const section = (e.properties ?? []).find((f) => f.key === 'inSection')?.values?.[0];
  if (section?.id) rows.push([t('field.inSection'), el('a', { href: entityHref(section.id) }, section.text ?? '')]);
  const p = e.place;
  if (p) {
    if (p.levelLabel) rows.push([t('facet.level'), capitalise(labelText(p.levelLabel))]);
    if (p.issuer?.id) rows.push([t('facet.issuer'), el('a', { href: entityHref(p.issuer.id) }, p.issuer.name ?? p.issuerName ?? '')]);
    else if (p.issuerName) rows.push([t('facet.issuer'), p.issuerName]);
    // An area the loader could not name carries a placeholder label in parentheses: not a place to show.
    const areas = (p.areas ?? []).filter((a) => a.name && !a.name.startsWith('('));
    if (areas.length) rows.push([t('entity.area'), areas.map((a) => a.name).join(' › ')]);
  }
  if (!rows.length) return null;
  return el('section', { 'aria-labelledby': 'place-heading', id: 'place' },
    el('h2', { id: 'place-heading' }, t('entity.place')),
    el('dl', { class: 'fields' }, rows.flatMap(([k, ...v]) => [el('dt', {}, k), el('dd', {}, ...v)])));
}

/**
 * The verbatim lines, each with its number in the source file. A table row (tab-separated cells, or a web copy's
 * Markdown row between pipes) is shown as a row of cells, as it was printed; other lines as they are.
 */
function sourceBlock(source) {
  const lines = String(source.text ?? '').split(/\r?\n/);
  const start = Number(source.lineStart) || 1;
  const cells = lines.map(rowCells);
  const width = Math.max(...cells.map((c) => c.length));
  const body = el('tbody');
  cells.forEach((row, i) => {
    const tds = row.length > 1
      ? row.map((cell) => el('td', { class: 'cell' }, cell))
      : [el('td', { colspan: width > 1 ? width : null }, row[0])];
    body.append(el('tr', {}, el('td', { class: 'line-number' }, start + i), tds));
  });
  return el('section', { 'aria-labelledby': 'source-heading', id: 'source' },
    el('h2', { id: 'source-heading' }, t('entity.source')),
    el('p', { class: 'muted', id: 'source-where' }, (source.lineEnd ?? source.lineStart) === source.lineStart
      ? t('entity.sourceLine', source.file ?? '', source.lineStart ?? '')
      : t('entity.sourceFile', source.file ?? '', source.lineStart ?? '', source.lineEnd)),
    el('div', { class: 'source', tabindex: '0', role: 'region', 'aria-labelledby': 'source-heading' }, el('table', { class: width > 1 ? 'source-table' : null },
      el('thead', { class: 'visually-hidden' }, el('tr', {}, el('th', { scope: 'col' }, t('entity.lineNumber')),
        el('th', { scope: 'col', colspan: width > 1 ? width : null }, t('entity.source')))),
      body)));
}

/** Fields a block above already shows: the place (level, area, issuer, section) and, for a document, its upstream. */
const SHOWN_ABOVE = new Set(['inSection', 'level', 'area', 'passed_by', 'issuerName', 'based_on', 'applies', 'is_part_of', 'amends']);

function fieldsBlock(properties, hasPlace) {
  const shown = properties.filter((f) => !(hasPlace && SHOWN_ABOVE.has(f.key)) && f.values?.length);
  if (!shown.length) return null;
  const list = el('dl', { class: 'fields', id: 'fields' });
  // The values of a node the entity owns (its deadline: text, kind, start, end) read as one field.
  const groups = new Map();
  for (const f of shown) {
    const owner = f.key.includes('.') ? f.key.slice(0, f.key.indexOf('.')) : f.key;
    if (!groups.has(owner)) groups.set(owner, []);
    groups.get(owner).push(f);
  }
  for (const [owner, fields] of groups) {
    if (owner === 'noLeadUnit') {
      // "Không có cơ quan chủ trì: Có" reads as a riddle: the lead unit field, saying the document names none
      if (fields[0].values.some((v) => v.text === 'true')) {
        append(list, el('dt', { 'data-key': owner }, t('entity.leadUnit')), el('dd', {}, t('entity.noLeadUnit')));
      }
      continue;
    }
    if (fields.length === 1 && !fields[0].key.includes('.')) {
      const f = fields[0];
      const values = f.values.map(value).filter((v) => v !== '' && v !== null);
      if (!values.length) continue;
      append(list, el('dt', { 'data-key': f.key }, capitalise(labelText(f.label)) || t('entity.otherField')),
        el('dd', {}, values.length === 1 ? values[0] : el('ul', {}, values.map((v) => el('li', {}, v)))));
      continue;
    }
    const parts = (f) => labelText(f.label).split(' – ');
    append(list, el('dt', { 'data-key': owner }, capitalise(parts(fields[0])[0])),
      el('dd', {}, el('dl', { class: 'owned' }, fields.flatMap((f) => {
        // a part the text leaves empty (a deadline cell with no words) is not a row of its own
        const values = f.values.map(value).filter((v) => v !== '' && v !== null);
        return values.length ? [
          el('dt', { 'data-key': f.key }, capitalise(parts(f).slice(1).join(' – ') || parts(f)[0])),
          el('dd', {}, values.map((v, i) => [i ? '; ' : '', v]).flat())] : [];
      }))));
  }
  return el('section', { 'aria-labelledby': 'fields-heading' }, el('h2', { id: 'fields-heading' }, t('entity.fields')), list);
}

/** One value: a linked entity by its name, an ontology term by its label, a literal in people's form. */
function value(v) {
  if (v.id) return el('a', { href: entityHref(v.id) }, v.text ?? capitalise(labelText(v.label)));
  if (v.label) return capitalise(labelText(v.label));
  return formatLiteral(v.text, v.datatype);
}

function linkBlock(id, titleKey, links) {
  const section = el('section', { id, 'aria-labelledby': `${id}-heading` }, el('h2', { id: `${id}-heading` }, t(titleKey)));
  if (!links?.length) {
    append(section, el('p', { class: 'muted' }, t(`${titleKey}.none`)));
    return section;
  }
  // A document both "based on" and "applied" is one row with both relations.
  const byDocument = new Map();
  for (const l of links) {
    if (!byDocument.has(l.document.id)) byDocument.set(l.document.id, { ...l, relations: [] });
    byDocument.get(l.document.id).relations.push(capitalise(labelText(l.relationLabel)));
  }
  append(section, el('ul', { class: 'doc-links' }, [...byDocument.values()].map((l) => el('li', {},
    l.relations.map((r) => [el('span', { class: 'badge relation' }, r), ' ']),
    el('a', { href: entityHref(l.document.id) }, documentName(l.document, l.kind)),
    el('span', { class: 'muted' }, ` — ${[capitalise(labelText(l.kind)), l.document.issuer, l.area,
      l.document.level && label('level', l.document.level)].filter(Boolean).join(' · ')}`)))));
  return section;
}

/**
 * A section's counts of tasks and indicators, in brackets, leaving out a count its own title already states ("Về phát
 * triển hạ tầng (02 chỉ tiêu)" is not followed by "(2 chỉ tiêu)"); null when nothing is left.
 */
function countsNotStated(g) {
  const stated = {};
  for (const m of String(g.title ?? '').matchAll(/\(\s*(\d+)\s*(nhiệm vụ|chỉ tiêu)\s*\)/giu)) stated[m[2].toLowerCase()] = Number(m[1]);
  const counts = [g.tasks.length && stated['nhiệm vụ'] !== g.tasks.length && t('count.tasks', g.tasks.length),
    g.indicators.length && stated['chỉ tiêu'] !== g.indicators.length && t('count.indicators', g.indicators.length)];
  const shown = counts.filter(Boolean);
  return shown.length ? el('span', { class: 'muted' }, `(${shown.join(', ')})`) : null;
}

function appendixBlock(e) {
  const appendices = (e.children ?? []).filter((c) => c.type === 'Document');
  if (!appendices.length) return null;
  return el('section', { id: 'appendices' }, el('h2', {}, t('entity.appendices', appendices.length)),
    el('ul', {}, appendices.map((a) => el('li', {}, el('span', { class: 'badge' }, t('entity.appendix')), ' ',
      el('a', { href: entityHref(a.id) }, a.name ?? t('entity.appendix'))))));
}

/**
 * Tasks and indicators grouped by section, each group with its counts. A document's appendices are part of it: their
 * groups follow its own, each headed by its appendix, and count as the document's, saying that they are in it.
 */
function sectionsBlock(e) {
  const groups = e.sections ?? [];
  if (e.type !== 'Document' && e.type !== 'Section') return null;
  const tasks = groups.reduce((n, g) => n + g.tasks.length, 0);
  const indicators = groups.reduce((n, g) => n + g.indicators.length, 0);
  const inParts = groups.filter((g) => g.part).reduce((n, g) => n + g.tasks.length + g.indicators.length, 0);
  const section = el('section', { id: 'contents', 'aria-labelledby': 'contents-heading' },
    el('h2', { id: 'contents-heading' }, t('entity.contents')),
    el('p', { id: 'contents-counts' }, el('span', { class: 'badge', 'data-type': 'Task' }, t('count.tasks', tasks)), ' ',
      el('span', { class: 'badge', 'data-type': 'Indicator' }, t('count.indicators', indicators)),
      inParts > 0 && el('span', { class: 'muted', id: 'contents-in-appendix' },
        ` (${inParts === tasks + indicators ? '' : `${formatNumber(inParts)} `}${t('entity.inAppendix')})`)));
  if (!tasks && !indicators) {
    append(section, el('p', { class: 'muted' }, t('entity.noContents')));
    return section;
  }
  for (const g of groups) {
    const title = g.id ? [g.number, g.title].filter(Boolean).join('. ') : t('entity.noSection');
    const group = el('section', { class: 'section-group', 'data-section': g.id ?? '', 'data-part': g.part?.id ?? null },
      g.part && el('p', { class: 'kicker' }, el('span', { class: 'badge' }, t('entity.appendixGroup')), ' ',
        el('a', { href: entityHref(g.part.id) }, g.part.name ?? t('entity.appendix'))),
      el('h3', {}, g.id && e.type === 'Document' ? el('a', { href: entityHref(g.id) }, title) : title, ' ',
        countsNotStated(g)));
    for (const [items, type] of [[g.tasks, 'Task'], [g.indicators, 'Indicator']]) {
      if (!items.length) continue;
      group.append(el('ul', { class: 'items' }, items.map((i) => el('li', { 'data-type': type },
        el('span', { class: 'badge', 'data-type': type }, label('type', type)), ' ',
        el('a', { href: entityHref(i.id) }, i.name ?? label('type', type))))));
    }
    append(section, group);
  }
  return section;
}

function childrenBlock(children) {
  const tasks = (children ?? []).filter((c) => c.type === 'Task' || c.type === 'Indicator');
  return el('section', { id: 'led-tasks' }, el('h2', {}, t('entity.ledTasks', tasks.length)),
    tasks.length ? el('ul', { class: 'items' }, tasks.map((c) => el('li', {},
      el('span', { class: 'badge', 'data-type': c.type }, label('type', c.type)), ' ',
      el('a', { href: entityHref(c.id) }, c.name ?? label('type', c.type)))))
      : el('p', { class: 'muted' }, t('entity.noLedTasks')));
}
