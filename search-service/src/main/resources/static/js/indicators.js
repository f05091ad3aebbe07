// Indicators page: the targets one indicator is given across areas, as a bar chart and a table.
import { getJson, param } from './api.js';
import { append, clear, el, entityHref, showError, status } from './dom.js';
import { documentName, formatNumber, placeName } from './format.js';
import { label, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';
import { barChart, table } from './charts.js';

initLayout('indicators.html');
const form = document.getElementById('indicator-form');
const input = document.getElementById('indicator-q');
let answer = null;
let suggestions = null;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.pushState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
  load();
});
window.addEventListener('popstate', load);
onLanguageChange(() => { renderSuggestions(); if (answer) render(answer); });
load();


/** Indicator phrases several documents share (from /api/home): the page opens on the first. */
async function loadSuggestions() {
  if (!suggestions) {
    try {
      suggestions = (await getJson('/api/home')).comparisons ?? [];
    } catch {
      suggestions = [];
    }
  }
  renderSuggestions();
  return suggestions;
}

function renderSuggestions() {
  const box = clear(document.getElementById('suggested'));
  if (!suggestions?.length) return;
  const current = param('q') ?? '';
  append(box, el('span', { class: 'muted' }, t('indicators.suggested')), el('ul', { class: 'chips' },
    suggestions.map((p) => el('li', {}, el('a', { class: 'chip', href: `?q=${encodeURIComponent(p.text)}`,
      'aria-current': p.text === current ? 'true' : null }, `${p.text} (${t('indicators.inDocuments', formatNumber(p.count))})`)))));
}

async function load() {
  let q = param('q');
  const statusBox = document.getElementById('status');
  if (!q) {
    const phrases = await loadSuggestions();
    if (!phrases.length) {
      status(statusBox, t('indicators.start'));
      return;
    }
    q = phrases[0].text;
    history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
    renderSuggestions();
  } else {
    loadSuggestions();
  }
  input.value = q;
  status(statusBox, t('common.loading'));
  try {
    answer = await getJson('/api/indicators/compare', { q });
    if (answer.indicators?.length) status(statusBox, '');
    else status(statusBox, t('indicators.none'));
    render(answer);
  } catch (error) {
    showError(statusBox, error, 'indicators.errorHint');
  }
}

/** The first number of a target as printed: "≥ 60" → 60, "66% đến 70%" → 66, "Liên thông" → null. */
export function targetNumber(indicator) {
  if (typeof indicator.target === 'number') return indicator.target;
  const match = /\d+(?:[.,]\d+)?/.exec(String(indicator.target ?? indicator.targetText ?? ''));
  return match ? Number(match[0].replace(',', '.')) : null;
}

function areaOf(i) {
  return placeName(i.area) || i.document?.issuer || documentName(i.document, i.documentKind) || t('indicators.noArea');
}

function render(a) {
  const indicators = a.indicators ?? [];
  const numeric = indicators.filter((i) => targetNumber(i) !== null);
  const chartSection = document.getElementById('chart-section');
  chartSection.hidden = !numeric.length;
  if (numeric.length) {
    barChart(document.getElementById('chart'), {
      // On a phone the axis has room for the area and a few words only.
      labels: numeric.map((i) => {
        const room = window.innerWidth < 600 ? 14 : 40;
        return `${areaOf(i)} — ${i.name.length > room ? `${i.name.slice(0, room - 1)}…` : i.name}`;
      }),
      datasets: [{ label: t('indicators.target'), data: numeric.map(targetNumber) }],
      horizontal: true,
      description: `${t('indicators.chart')}: ${numeric.map((i) => `${areaOf(i)} ${i.targetText ?? i.target}`).join('; ')}`,
    });
    document.querySelector('.chart-box').style.height = `${Math.max(220, numeric.length * 34 + 60)}px`;
  }
  const skipped = indicators.length - numeric.length;
  document.getElementById('not-numeric').textContent = skipped ? t('indicators.notNumeric', skipped) : '';
  document.getElementById('table-section').hidden = !indicators.length;
  append(clear(document.getElementById('indicator-table')), ...table(
    ['indicators.area', 'indicators.name', 'indicators.target', 'indicators.unit', 'indicators.year', 'indicators.document']
      .map((k) => t(k)),
    indicators.map((i) => [
      `${areaOf(i)}${i.level ? ` (${label('level', i.level)})` : ''}`,
      el('a', { href: entityHref(i.id) }, i.name),
      i.targetText ?? i.target, i.unitOfMeasure, i.horizonYear,
      i.document?.id ? el('a', { href: entityHref(i.document.id) }, documentName(i.document, i.documentKind)) : '',
    ])));
}
