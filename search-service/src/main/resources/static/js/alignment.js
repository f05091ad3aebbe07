// Alignment sections of the entity page: on a task or indicator, the upstream tasks and goals it carries out
// ("Thực hiện nhiệm vụ cấp trên", shared words highlighted side by side) and what carries it out ("Được thực hiện
// bởi"); on a document, the coverage of its tasks and goals by the plans below, as a chart, a table and downloads.
// Every alignment is inferred from the wording, so each one shows its score and evidence.
import { apiUrl, getJson } from './api.js';
import { el, entityHref } from './dom.js';
import { barChart, table } from './charts.js';
import { formatScore } from './format.js';
import { currentLang, label } from './i18n.js';

const STRINGS = {
  vi: {
    upstream: 'Thực hiện nhiệm vụ cấp trên',
    upstreamOfIndicator: 'Thực hiện nhiệm vụ, mục tiêu cấp trên',
    downstream: 'Được thực hiện bởi',
    inferred: 'Suy luận từ câu chữ (không do văn bản nêu); điểm 0–1 và bằng chứng kèm theo.',
    none: 'Không tìm thấy.',
    thisItem: { Task: 'Nhiệm vụ này', Indicator: 'Chỉ tiêu này' },
    upstreamItem: { Task: 'Nhiệm vụ cấp trên', Indicator: 'Chỉ tiêu, mục tiêu cấp trên' },
    score: 'Điểm',
    rank: 'Hạng',
    evidence: { phrase: 'Cụm từ chung', citation: 'Cùng trích dẫn', section: 'Cùng nhóm', leadUnit: 'Đơn vị chủ trì', measure: 'Đơn vị tính' },
    coverage: 'Mức độ được thực hiện ở cấp dưới',
    coverageText: (taken, all) => `${taken}/${all} nhiệm vụ, mục tiêu được ít nhất một nhiệm vụ cấp dưới thực hiện.`,
    bins: ['Chưa ai thực hiện', '1', '2', '3–5', '6 trở lên'],
    chartTitle: 'Số nhiệm vụ, mục tiêu theo số nhiệm vụ cấp dưới thực hiện',
    untaken: 'Chưa có nhiệm vụ cấp dưới nào thực hiện',
    columns: ['Số', 'Nhiệm vụ, mục tiêu', 'Tổng'],
    download: 'Tải về',
  },
  en: {
    upstream: 'Carries out upstream tasks',
    upstreamOfIndicator: 'Carries out upstream tasks and goals',
    downstream: 'Carried out by',
    inferred: 'Inferred from the wording (no document states it); score 0–1 and evidence shown.',
    none: 'None found.',
    thisItem: { Task: 'This task', Indicator: 'This indicator' },
    upstreamItem: { Task: 'Upstream task', Indicator: 'Upstream indicator or goal' },
    score: 'Score',
    rank: 'Rank',
    evidence: { phrase: 'Shared wording', citation: 'Both cite', section: 'Same group', leadUnit: 'Lead units', measure: 'Measure' },
    coverage: 'Carried out below',
    coverageText: (taken, all) => `${taken} of ${all} tasks and goals are carried out by at least one task below.`,
    bins: ['Nobody', '1', '2', '3–5', '6 or more'],
    chartTitle: 'Tasks and goals by how many tasks below carry them out',
    untaken: 'Carried out by no task below',
    columns: ['No.', 'Task or goal', 'Total'],
    download: 'Download',
  },
};

function s() {
  return STRINGS[currentLang()] ?? STRINGS.vi;
}

/** Appends the alignment sections for the entity {id, type, name} to the page's article. */
export async function renderAlignment(entity, article) {
  try {
    if (entity.type === 'Task' || entity.type === 'Indicator') {
      const view = await getJson('/api/alignment', { id: entity.id });
      article.append(alignmentSection(view, entity.type));
    } else if (entity.type === 'Document') {
      const coverage = await getJson('/api/alignment/coverage', { id: entity.id });
      if (coverage.items.length) article.append(coverageSection(coverage));
    }
  } catch (error) {
    // the page stays useful without the inferred sections; while the service computes them (503), it says so
    if (error?.status === 503) {
      article.append(el('section', { id: 'alignment', class: 'alignment-computing' },
        el('p', { class: 'muted' }, error.problem?.detail ?? error.message)));
    }
  }
}

/** The section of a task's or indicator's ({@code type}) alignments: each named as what it is, not always "task". */
function alignmentSection(view, type) {
  return el('section', { id: 'alignment' },
    el('h2', { id: 'alignment-upstream' }, type === 'Indicator' ? s().upstreamOfIndicator : s().upstream),
    el('p', { class: 'muted' }, s().inferred),
    view.upstream.length ? el('ol', { class: 'alignment-list' }, view.upstream.map((u) => el('li', {},
      candidateHeader(u), sideBySide(view.name, type, u), evidenceList(u)))) : el('p', {}, s().none),
    el('h2', { id: 'alignment-downstream' }, s().downstream),
    view.downstream.length ? el('ul', { class: 'alignment-list' }, view.downstream.map((d) => el('li', {},
      candidateHeader(d), el('div', {}, highlighted(d.name, d.sharedTerms))))) : el('p', {}, s().none));
}

function candidateHeader(c) {
  const doc = c.document ?? {};
  return el('p', {},
    el('span', { class: 'badge' }, label('type', c.type)), ' ',
    el('a', { href: entityHref(c.id) }, [doc.number ?? doc.file, c.no && `#${c.no}`].filter(Boolean).join(' ')),
    doc.level && ` (${label('level', doc.level)})`,
    el('span', { class: 'muted' }, ` · ${s().score} ${formatScore(c.score)} · ${s().rank} ${c.rank}`));
}

/** This item's name and the upstream one's, the words they share marked in both, each called what it is. */
function sideBySide(name, type, c) {
  return el('div', { class: 'alignment-pair', style: 'display:grid;grid-template-columns:1fr 1fr;gap:1rem' },
    el('div', {}, el('strong', {}, s().thisItem[type] ?? s().thisItem.Task),
      el('p', { class: 'alignment-this' }, highlighted(name, c.sharedTerms))),
    el('div', {}, el('strong', {}, s().upstreamItem[c.type] ?? s().upstreamItem.Task),
      el('p', { class: 'alignment-upstream' }, highlighted(c.name, c.sharedTerms))));
}

function evidenceList(c) {
  const labels = s().evidence;
  return el('ul', { class: 'muted alignment-evidence' }, c.evidence.map((e) =>
    el('li', {}, `${labels[e.kind] ?? e.kind}: `, e.kind === 'phrase' ? el('mark', {}, e.text) : e.text)));
}

/** Folded like the server's folded tier: marks removed, đ → d, lower case. */
function fold(word) {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The text as text nodes, each word whose folded form is shared wrapped in <mark>. */
function highlighted(text, terms) {
  const shared = new Set(terms ?? []);
  const parts = [];
  let last = 0;
  for (const m of String(text ?? '').matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!shared.has(fold(m[0]))) continue;
    parts.push(text.slice(last, m.index), el('mark', {}, m[0]));
    last = m.index + m[0].length;
  }
  parts.push(String(text ?? '').slice(last));
  return parts;
}

function coverageSection(coverage) {
  const bins = [0, 0, 0, 0, 0];
  for (const i of coverage.items) {
    bins[i.total === 0 ? 0 : i.total === 1 ? 1 : i.total === 2 ? 2 : i.total <= 5 ? 3 : 4]++;
  }
  const canvas = el('canvas', { id: 'coverage-chart', role: 'img' });
  const section = el('section', { id: 'coverage' },
    el('h2', {}, s().coverage),
    el('p', { class: 'muted' }, s().inferred),
    el('p', { id: 'coverage-summary' }, s().coverageText(coverage.taken, coverage.items.length)),
    el('div', { class: 'chart-box' }, canvas),
    el('p', { class: 'actions' }, `${s().download}: `,
      el('a', { class: 'button', id: 'coverage-csv', href: apiUrl('/api/alignment/coverage', { id: coverage.id, format: 'csv' }) }, 'CSV'), ' ',
      el('a', { class: 'button', id: 'coverage-xlsx', href: apiUrl('/api/alignment/coverage', { id: coverage.id, format: 'xlsx' }) }, 'Excel (XLSX)')),
    coverageTable(coverage),
    el('h3', {}, `${s().untaken} (${coverage.untaken.length})`),
    el('ul', { id: 'coverage-untaken' }, coverage.items.filter((i) => i.total === 0).map((i) =>
      el('li', {}, el('a', { href: entityHref(i.id) }, [i.no, i.name].filter(Boolean).join('. '))))));
  withChartJs(() => barChart(canvas, {
    labels: s().bins,
    datasets: [{ label: s().chartTitle, data: bins }],
    description: `${s().chartTitle}: ${s().bins.map((b, i) => `${b}: ${bins[i]}`).join('; ')}`,
  }));
  return section;
}

function coverageTable(coverage) {
  const headers = [s().columns[0], s().columns[1], ...coverage.levels.map((l) => label('level', l)), s().columns[2]];
  const rows = coverage.items.map((i) => [i.no ?? '', el('a', { href: entityHref(i.id) }, i.name),
    ...coverage.levels.map((l) => i.byLevel[l] ?? 0), i.total]);
  const t = el('table', { id: 'coverage-table' });
  t.append(...table(headers, rows));
  return el('details', {}, el('summary', {}, s().columns[1]), el('div', { class: 'table-scroll' }, t));
}

/** Chart.js is served from its WebJar; the entity page loads it only when a chart is drawn. */
function withChartJs(draw) {
  if (window.Chart) return void draw();
  let script = document.getElementById('chartjs');
  if (!script) {
    script = el('script', { id: 'chartjs', src: '/webjars/chart.js/dist/chart.umd.js' });
    document.head.append(script);
  }
  script.addEventListener('load', () => draw(), { once: true });
}
