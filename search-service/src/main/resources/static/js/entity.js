// Entity page: every field of a task, indicator, document or unit, its verbatim source lines, and links onward.
import { getJson, param } from './api.js';
import { clear, el, entityHref, isEntityIri, lineageHref, status } from './dom.js';
import { label, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';
import { renderAlignment } from './alignment.js';

initLayout('');
const id = param('id');
let entity = null;
onLanguageChange(() => entity && render(entity));
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
    status(statusBox, t('common.error', error.message), 'error');
  }
}

function render(e) {
  const article = clear(document.getElementById('entity'));
  document.title = `${e.name ?? e.id} · ${t('app.title')}`;
  const isDocument = e.type === 'Document';
  article.append(
    el('p', {}, el('span', { class: 'badge' }, label('type', e.type)), ' ',
      el('span', { class: 'muted', style: 'overflow-wrap:anywhere' }, e.id)),
    el('h1', {}, e.name ?? e.id),
    el('div', { class: 'actions' },
      el('a', { class: 'button primary', href: lineageHref(e.id), id: 'lineage-link' }, t('entity.lineage')),
      isDocument && el('a', { class: 'button', href: `${lineageHref(e.id)}&down=commune`, id: 'commune-tasks-link' },
        t('entity.communeTasks'))),
    e.source && sourceBlock(e.source),
    el('h2', {}, t('entity.fields')),
    fieldList(e.fields ?? {}),
    e.document && documentBlock(e.document),
    linkList('entity.units', e.units, (u) => [el('a', { href: entityHref(u.id) }, u.name),
      u.role && ` (${label('role', u.role)})`]),
    linkList('entity.upstream', e.upstream, (d) => [el('a', { href: entityHref(d.id) }, d.number ?? d.id),
      d.title && ` — ${d.title}`, d.level && ` (${label('level', d.level)})`]),
    linkList('entity.children', e.children, (c) => [el('span', { class: 'badge' }, label('type', c.type)), ' ',
      el('a', { href: entityHref(c.id) }, c.name ?? c.id)]),
  );
  renderAlignment(e, article);
}

/** The verbatim lines, each with its line number in the source file. */
function sourceBlock(source) {
  const lines = String(source.text ?? '').split(/\r?\n/);
  const start = Number(source.lineStart) || 1;
  const body = el('tbody');
  lines.forEach((line, i) => body.append(el('tr', {},
    el('td', { class: 'line-number' }, start + i), el('td', {}, line))));
  return el('section', { 'aria-labelledby': 'source-heading', id: 'source' },
    el('h2', { id: 'source-heading' }, t('entity.source')),
    el('p', { class: 'muted' }, t('entity.sourceFile', source.file, source.lineStart, source.lineEnd ?? source.lineStart)),
    el('div', { class: 'source' }, el('table', {},
      el('thead', { class: 'visually-hidden' }, el('tr', {}, el('th', {}, t('entity.lineNumber')), el('th', {}, t('entity.source')))),
      body)));
}

function fieldList(fields) {
  const list = el('dl', { class: 'fields', id: 'fields' });
  for (const [name, values] of Object.entries(fields)) {
    const all = Array.isArray(values) ? values : [values];
    list.append(el('dt', { title: name }, label('field', name)),
      el('dd', {}, all.length === 1 ? value(all[0]) : el('ul', {}, all.map((v) => el('li', {}, value(v))))));
  }
  return list;
}

/** A field value: our own IRIs link to their entity page, anything else is text. */
function value(v) {
  if (v && typeof v === 'object') {
    const text = v.label ?? v.name ?? v.value ?? v.id ?? JSON.stringify(v);
    return isEntityIri(v.id) ? el('a', { href: entityHref(v.id) }, text) : String(text);
  }
  if (v === true || v === false || v === 'true' || v === 'false') return label('boolean', String(v));
  return isEntityIri(v) ? el('a', { href: entityHref(v) }, v) : String(v);
}

function documentBlock(d) {
  return el('section', {},
    el('h2', {}, t('entity.document')),
    el('p', {}, el('a', { href: entityHref(d.id), id: 'document-link' }, d.number || d.title || d.id),
      d.title && d.number && ` — ${d.title}`),
    el('p', { class: 'muted' }, [d.issuer, d.level && label('level', d.level), d.file].filter(Boolean).join(' · ')));
}

function linkList(titleKey, items, render) {
  if (!items?.length) return null;
  return el('section', {}, el('h2', {}, t(titleKey)), el('ul', {}, items.map((item) => el('li', {}, render(item)))));
}
