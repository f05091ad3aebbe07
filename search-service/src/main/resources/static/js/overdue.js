// Overdue tasks: exactly the tasks the dashboard's card counts (/api/stats/overdue uses the card's one definition:
// the deadline interval ended before today and the task is not recorded as completed).
import { getJson, param } from './api.js';
import { append, clear, el, entityHref, showError, status } from './dom.js';
import { onLanguageChange, t } from './i18n.js';
import { documentName, formatDate, formatNumber } from './format.js';
import { initLayout } from './layout.js';

const PAGE_SIZE = 100;
initLayout('dashboard.html');
let answer = null;
onLanguageChange(() => answer && render(answer));
load();

async function load() {
  const statusBox = document.getElementById('status');
  const page = Math.max(1, Number(param('page')) || 1);
  status(statusBox, t('common.loading'));
  try {
    answer = await getJson('/api/stats/overdue', { page, size: PAGE_SIZE });
    status(statusBox, '');
    render(answer);
  } catch (error) {
    showError(statusBox, error, 'common.retryHint');
  }
}

function render(a) {
  document.getElementById('overdue-heading').textContent = t('overdue.heading', formatDate(a.asOf));
  document.getElementById('overdue-total').textContent = t('overdue.total', formatNumber(a.total));
  const table = clear(document.getElementById('overdue-table'));
  const nav = clear(document.getElementById('pagination'));
  if (!a.total) {
    status(document.getElementById('status'), t('overdue.none'));
    return;
  }
  if (!a.tasks.length) {
    const statusBox = document.getElementById('status');
    status(statusBox, t('search.pastEnd', formatNumber(Math.ceil(a.total / a.size))));
    append(statusBox, ' ', el('a', { href: '?page=1' }, t('search.firstPage')));
    return;
  }
  table.append(
    el('caption', { class: 'visually-hidden' }, t('page.overdue')),
    el('thead', {}, el('tr', {}, ['overdue.task', 'overdue.deadline', 'overdue.ended', 'overdue.lead', 'overdue.document']
      .map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, a.tasks.map((task) => el('tr', { 'data-id': task.id },
      el('td', { 'data-label': t('overdue.task') }, el('a', { href: entityHref(task.id) }, task.name ?? t('type.Task'))),
      el('td', { 'data-label': t('overdue.deadline') }, task.deadlineText ?? ''),
      el('td', { 'data-label': t('overdue.ended') }, formatDate(task.end)),
      el('td', { 'data-label': t('overdue.lead') }, (task.leadUnits ?? []).join('; ')),
      el('td', { 'data-label': t('overdue.document') }, task.document ? el('a', { href: entityHref(task.document.id) }, documentName(task.document, task.documentKind)) : '')))));
  const pages = Math.ceil(a.total / a.size);
  if (pages > 1) {
    nav.append(el('ul', {}, Array.from({ length: pages }, (_, i) => el('li', {},
      el('a', { href: `?page=${i + 1}`, 'aria-current': i + 1 === a.page ? 'page' : null }, i + 1)))));
  }
}
