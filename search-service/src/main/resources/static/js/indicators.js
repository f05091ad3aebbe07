// Indicators page: the targets one indicator is given across areas, as a bar chart and a table.
import { getJson, param } from './api.js';
import { clear, el, entityHref, status } from './dom.js';
import { label, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';
import { barChart, table } from './charts.js';

initLayout('indicators.html');
const form = document.getElementById('indicator-form');
const input = document.getElementById('indicator-q');
let answer = null;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.pushState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
  load();
});
window.addEventListener('popstate', load);
onLanguageChange(() => answer && render(answer));
load();

async function load() {
  const q = param('q');
  input.value = q ?? '';
  if (!q) return;
  const statusBox = document.getElementById('status');
  status(statusBox, t('common.loading'));
  try {
    answer = await getJson('/api/indicators/compare', { q });
    status(statusBox, answer.indicators?.length ? '' : t('indicators.none'));
    render(answer);
  } catch (error) {
    status(statusBox, t('common.error', error.message), 'error');
  }
}

/** The first number of a target as printed: "≥ 60" → 60, "66% đến 70%" → 66, "Liên thông" → null. */
export function targetNumber(indicator) {
  if (typeof indicator.target === 'number') return indicator.target;
  const match = /\d+(?:[.,]\d+)?/.exec(String(indicator.target ?? indicator.targetText ?? ''));
  return match ? Number(match[0].replace(',', '.')) : null;
}

function areaOf(i) {
  return i.area || i.document?.issuer || i.document?.number || '?';
}

function render(a) {
  const indicators = a.indicators ?? [];
  const numeric = indicators.filter((i) => targetNumber(i) !== null);
  const chartSection = document.getElementById('chart-section');
  chartSection.hidden = !numeric.length;
  if (numeric.length) {
    barChart(document.getElementById('chart'), {
      labels: numeric.map((i) => `${areaOf(i)} — ${i.name.length > 40 ? `${i.name.slice(0, 39)}…` : i.name}`),
      datasets: [{ label: t('indicators.target'), data: numeric.map(targetNumber) }],
      horizontal: true,
      description: `${t('indicators.chart')}: ${numeric.map((i) => `${areaOf(i)} ${i.targetText ?? i.target}`).join('; ')}`,
    });
    document.querySelector('.chart-box').style.height = `${Math.max(220, numeric.length * 34 + 60)}px`;
  }
  const skipped = indicators.length - numeric.length;
  document.getElementById('not-numeric').textContent = skipped ? t('indicators.notNumeric', skipped) : '';
  document.getElementById('table-section').hidden = !indicators.length;
  clear(document.getElementById('indicator-table')).append(...table(
    ['indicators.area', 'indicators.name', 'indicators.target', 'indicators.unit', 'indicators.year', 'indicators.document']
      .map((k) => t(k)),
    indicators.map((i) => [
      `${areaOf(i)}${i.level ? ` (${label('level', i.level)})` : ''}`,
      el('a', { href: entityHref(i.id) }, i.name),
      i.targetText ?? i.target, i.unitOfMeasure, i.horizonYear,
      i.document?.id ? el('a', { href: entityHref(i.document.id) }, i.document.label || i.document.number || i.document.title || i.document.id) : '',
    ])));
}
