// The documents page: choose or drop files, send them, follow the job (OCR pages), read the load report in plain
// words, and see every document the service holds with a link to its page.
import { getJson } from './api.js';
import { clear, el } from './dom.js';
import { currentLang, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';
import { capitalise, labelText } from './format.js';
import { change, errorView, loginFields, progressText, reportView, tr } from './documents-client.js';

const PAGE = {
  vi: { choose: 'Chọn tệp văn bản (Word, PDF, ảnh chụp, HTML, văn bản thuần)',
    drop: 'hoặc kéo thả tệp vào đây; có thể chọn nhiều tệp.', send: 'Tải lên và đọc', drop1: 'Bỏ',
    none: 'Chưa chọn tệp nào.', loaded: 'Các văn bản đang có', file: 'Tệp', number: 'Số hiệu', tasks: 'Nhiệm vụ',
    indicators: 'Chỉ tiêu', page: 'Trang' },
  en: { choose: 'Choose document files (Word, PDF, scans, HTML, plain text)',
    drop: 'or drop files here; several at once are fine.', send: 'Upload and read', drop1: 'Remove',
    none: 'No file chosen.', loaded: 'Documents held', file: 'File', number: 'Number', tasks: 'Tasks',
    indicators: 'Indicators', page: 'Page' },
};
const p = (key) => PAGE[currentLang()]?.[key] ?? PAGE.vi[key];

initLayout('documents.html');
let chosen = [];
const input = document.getElementById('files');
const dropzone = document.getElementById('dropzone');

function renderStatic() {
  document.getElementById('files-label').textContent = p('choose');
  document.getElementById('drop-hint').textContent = p('drop');
  document.getElementById('upload').textContent = p('send');
  document.getElementById('loaded-title').textContent = p('loaded');
  document.getElementById('login').replaceChildren(loginFields());
  renderChosen();
}

function renderChosen() {
  const list = clear(document.getElementById('chosen'));
  if (!chosen.length) return list.append(el('li', { class: 'muted' }, p('none')));
  chosen.forEach((file, i) => {
    const drop = el('button', { type: 'button', class: 'drop-file' }, p('drop1'));
    drop.addEventListener('click', () => { chosen.splice(i, 1); renderChosen(); });
    list.append(el('li', {}, `${file.name} (${Math.ceil(file.size / 1024)} KB) `, drop));
  });
}

function addFiles(files) {
  for (const file of files) if (!chosen.some((c) => c.name === file.name)) chosen.push(file);
  renderChosen();
}

input.addEventListener('change', () => { addFiles(input.files); input.value = ''; });
dropzone.addEventListener('dragover', (event) => { event.preventDefault(); dropzone.classList.add('over'); });
dropzone.addEventListener('dragleave', () => dropzone.classList.remove('over'));
dropzone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropzone.classList.remove('over');
  addFiles(event.dataTransfer.files);
});

document.getElementById('upload-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!chosen.length) return;
  const progress = document.getElementById('progress');
  const outcome = clear(document.getElementById('outcome'));
  const button = document.getElementById('upload');
  button.disabled = true;
  try {
    const job = await change('POST', '/api/documents', chosen, (j) => { progress.textContent = progressText(j); });
    progress.textContent = progressText(job);
    outcome.append(...reportView(job.result.report, job.result.documents));
    chosen = [];
    renderChosen();
    loadList();
  } catch (error) {
    progress.textContent = '';
    outcome.append(errorView(error));
  } finally {
    button.disabled = false;
  }
});

async function loadList() {
  const table = clear(document.getElementById('loaded'));
  const documents = await getJson('/api/documents');
  table.append(
    el('thead', {}, el('tr', {}, ['file', 'number', 'tasks', 'indicators', 'page'].map((k) => el('th', {}, p(k))))),
    el('tbody', {}, documents.map((d) => el('tr', {},
      el('td', {}, d.file ?? d.id), el('td', { class: d.number || d.partOf ? null : 'muted' }, numberOf(d)), el('td', {}, d.tasks), el('td', {}, d.indicators),
      el('td', {}, d.document ? el('a', { href: `entity.html?id=${encodeURIComponent(d.document)}` }, d.title ?? d.number ?? d.id) : '')))));
}

/** Its number; an appendix by its plan's ("Phụ lục · 130/KH-UBND"), as the search names it; else "chưa có số". */
function numberOf(d) {
  if (d.number) return d.number;
  if (d.partOf) {
    const kind = capitalise(labelText(d.kind)) || t('entity.appendixGroup');
    return `${kind} · ${d.partOf.number ?? t('document.noNumber')}`;
  }
  return t('document.noNumber');
}

onLanguageChange(() => { renderStatic(); loadList(); });
renderStatic();
loadList();
