// Dashboard: counts per level and province, tasks per deadline quarter, overdue as of today, completed (/api/stats).
import { getJson } from './api.js';
import { append, clear, el, showError, status } from './dom.js';
import { formatDate, formatNumber, formatQuarter, placeName } from './format.js';
import { label, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';
import { barChart, table } from './charts.js';

initLayout('dashboard.html');
let stats = null;
onLanguageChange(() => stats && render(stats));
load();

async function load() {
  const statusBox = document.getElementById('status');
  status(statusBox, t('common.loading'));
  try {
    stats = await getJson('/api/stats');
    status(statusBox, '');
    render(stats);
  } catch (error) {
    showError(statusBox, error, 'common.retryHint');
  }
}

function card(id, title, number, link) {
  return el('div', { class: 'card', id },
    el('div', { class: 'number' }, formatNumber(number ?? 0)), el('div', {}, title), link);
}

function render(s) {
  const asOf = s.overdue?.asOf ?? new Date().toISOString().slice(0, 10);
  append(clear(document.getElementById('cards')),
    card('card-documents', t('dashboard.documents'), s.documents),
    card('card-tasks', t('dashboard.tasks'), s.tasks),
    card('card-indicators', t('dashboard.indicators'), s.indicators),
    card('card-overdue', t('dashboard.overdue', formatDate(asOf)), s.overdue?.count,
      el('a', { href: 'overdue.html', id: 'overdue-link' }, t('dashboard.seeOverdue'))),
    card('card-completed', t('dashboard.completed'), s.completed));

  const series = (rows, nameOf) => ({
    labels: rows.map(nameOf),
    datasets: ['documents', 'tasks', 'indicators'].map((k) => ({ label: t(`dashboard.${k}`), data: rows.map((r) => r[k] ?? 0) })),
  });
  const described = (title, rows, nameOf) => `${title}: ${rows.map((r) =>
    `${nameOf(r)} ${r.documents ?? 0}/${r.tasks ?? 0}/${r.indicators ?? 0}`).join('; ')}`;

  const byLevel = s.byLevel ?? [];
  const levelName = (r) => label('level', r.level);
  barChart(document.getElementById('level-chart'),
    { ...series(byLevel, levelName), description: described(t('dashboard.byLevel'), byLevel, levelName) });
  fillCounts('level-table', t('dashboard.level'), byLevel, levelName);

  const byProvince = s.byProvince ?? [];
  const provinceName = (r) => placeName(r.province) || '—';
  barChart(document.getElementById('province-chart'),
    { ...series(byProvince, provinceName), description: described(t('dashboard.byProvince'), byProvince, provinceName) });
  fillCounts('province-table', t('dashboard.province'), byProvince, provinceName);

  const quarters = s.tasksByDeadlineQuarter ?? [];
  barChart(document.getElementById('quarter-chart'), {
    labels: quarters.map((q) => formatQuarter(q.quarter)),
    datasets: [{ label: t('dashboard.count'), data: quarters.map((q) => q.count) }],
    description: `${t('dashboard.byQuarter')}: ${quarters.map((q) => `${formatQuarter(q.quarter)} ${q.count}`).join('; ')}`,
  });
  append(clear(document.getElementById('quarter-table')), ...table([t('dashboard.quarter'), t('dashboard.count')],
    quarters.map((q) => [el('a', { href: quarterSearch(q.quarter) }, formatQuarter(q.quarter)), formatNumber(q.count)])));
}

function fillCounts(tableId, firstHeader, rows, nameOf) {
  append(clear(document.getElementById(tableId)), ...table(
    [firstHeader, t('dashboard.documents'), t('dashboard.tasks'), t('dashboard.indicators')],
    rows.map((r) => [nameOf(r), formatNumber(r.documents), formatNumber(r.tasks), formatNumber(r.indicators)])));
}

/** "2026-Q2" → a task search bounded to that quarter. */
function quarterSearch(quarter) {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter ?? '');
  if (!m) return `index.html?${new URLSearchParams({ type: 'Task' })}`;
  const [year, q] = [Number(m[1]), Number(m[2])];
  const last = new Date(Date.UTC(year, q * 3, 0)).getUTCDate();
  return `index.html?${new URLSearchParams({ type: 'Task',
    deadlineFrom: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
    deadlineTo: `${year}-${String(q * 3).padStart(2, '0')}-${last}` })}`;
}
