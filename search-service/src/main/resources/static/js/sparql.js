// SPARQL editor: CodeMirror (from its WebJar) with SPARQL highlighting, the documented example queries one click
// away, results as a table of text, downloads in the endpoint's formats. Talks to this service's /sparql only.
import { getJson, languageHeaders, problemMessage, problemOf } from './api.js';
import { append, clear, el, entityHref, isEntityIri, showError, status } from './dom.js';
import { formatNumber } from './format.js';
import { currentLang, onLanguageChange, t } from './i18n.js';
import { initLayout } from './layout.js';

const STORAGE_KEY = 'nq57.sparql.query';
const DEFAULT_QUERY = `PREFIX nq: <https://w3id.org/nq57/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>

SELECT ?task ?name WHERE {
  ?task a nq:Task ; nq:name ?name .
}
LIMIT 20
`;

initLayout('sparql.html');
const textarea = document.getElementById('query');
const editor = window.CodeMirror.fromTextArea(textarea, {
  mode: 'application/sparql-query',
  lineNumbers: true,
  matchBrackets: true,
  indentUnit: 2,
  extraKeys: {
    'Ctrl-Enter': () => run(),
    'Cmd-Enter': () => run(),
    // Tab leaves the editor, so keyboard users are never trapped in it.
    Tab: () => window.CodeMirror.Pass,
    'Shift-Tab': () => window.CodeMirror.Pass,
  },
});
const labelEditor = () => editor.getInputField().setAttribute('aria-label', t('sparql.editor'));
labelEditor();
document.querySelector('label[for="query"]').addEventListener('click', () => editor.focus());
editor.setValue(sessionStorage.getItem(STORAGE_KEY) ?? DEFAULT_QUERY);
editor.on('change', () => sessionStorage.setItem(STORAGE_KEY, editor.getValue()));

document.getElementById('sparql-form').addEventListener('submit', (event) => { event.preventDefault(); run(); });
document.querySelectorAll('button[data-format]').forEach((b) => b.addEventListener('click', () => download(b.dataset.format)));

let examples = [];
let lastResult = null;
onLanguageChange(() => {
  labelEditor();
  renderExamples();
  if (lastResult) renderResult(lastResult);
});
loadExamples();

async function loadExamples() {
  try {
    examples = await getJson('/api/queries');
  } catch (error) {
    examples = [];
  }
  renderExamples();
}

function renderExamples() {
  const list = clear(document.getElementById('examples'));
  for (const example of examples) {
    const title = currentLang() === 'vi' ? example.titleVi : example.titleEn;
    const button = el('button', { type: 'button', 'data-example': example.name, title: example.name }, title);
    button.addEventListener('click', () => loadExample(example));
    append(list, el('li', {}, button));
  }
}

async function loadExample(example) {
  const response = await fetch(example.path);
  editor.setValue(await response.text());
  editor.focus();
}

function request(format, accept) {
  const body = new URLSearchParams({ query: editor.getValue() });
  if (format) body.set('format', format);
  return fetch('/sparql', { method: 'POST', body, headers: languageHeaders(accept) });
}

/** The results section brought into view, so a click on "Chạy" visibly does something on any screen. */
function revealResults() {
  document.getElementById('results-section').scrollIntoView({ block: 'start' });
}

async function run() {
  const statusBox = document.getElementById('status');
  status(statusBox, t('sparql.running'));
  clear(document.getElementById('results'));
  revealResults();
  try {
    const response = await request(null, 'application/sparql-results+json, text/turtle;q=0.9');
    if (!response.ok) {
      const problem = await problemOf(response);
      const said = problemMessage(response.status, problem);
      // the server's message names the place itself ("… (dòng 1, cột 22, chỗ «?y»)", "… at line 1, column 22")
      const placed = new RegExp(`(?:dòng|line) ${problem.line}\\b`).test(said);
      const where = problem.line && !placed ? ` ${t('sparql.at', problem.line, problem.column ?? '')}` : '';
      showError(statusBox, { message: t('common.error', `${said}${where}`) },
        response.status === 503 ? 'sparql.timeoutHint' : 'sparql.fixHint');
      revealResults();
      return;
    }
    const type = response.headers.get('Content-Type') ?? '';
    lastResult = type.includes('json')
      ? { json: await response.json(), limit: response.headers.get('Nq57-Row-Limit') }
      : { graph: await response.text() };
    renderResult(lastResult);
    revealResults();
  } catch (error) {
    showError(statusBox, { message: t('common.error', t('error.network')) }, 'common.retryHint');
    revealResults();
  }
}

function renderResult(result) {
  const statusBox = document.getElementById('status');
  const box = clear(document.getElementById('results'));
  if (result.graph !== undefined) {
    status(statusBox, '');
    append(box, el('pre', { id: 'graph-result' }, result.graph));
    return;
  }
  const json = result.json;
  if (typeof json.boolean === 'boolean') {
    status(statusBox, t('sparql.ask', String(json.boolean)));
    return;
  }
  const vars = json.head?.vars ?? [];
  const rows = json.results?.bindings ?? [];
  // The endpoint names its row cap whenever it applied one; the answer was cut only if it reached it.
  const cut = result.limit && rows.length >= Number(result.limit);
  status(statusBox, [t('sparql.rows', formatNumber(rows.length)), cut && t('sparql.limited', result.limit),
    !rows.length && t('sparql.noRows')].filter(Boolean).join(' '));
  append(box, el('table', { id: 'result-table' },
    el('thead', {}, el('tr', {}, vars.map((v) => el('th', { scope: 'col' }, `?${v}`)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, vars.map((v) => cell(row[v])))))));
}

/** One RDF term, always as text; our own IRIs link to their entity page. */
function cell(term) {
  if (!term) return el('td');
  if (term.type === 'uri') {
    return el('td', {}, isEntityIri(term.value) ? el('a', { href: entityHref(term.value) }, term.value) : term.value);
  }
  const lang = term['xml:lang'];
  return el('td', { class: 'literal', lang: lang ?? null }, term.type === 'bnode' ? `_:${term.value}` : term.value);
}

async function download(format) {
  const statusBox = document.getElementById('status');
  try {
    const response = await request(format, '*/*');
    if (!response.ok) {
      const problem = await problemOf(response);
      return showError(statusBox, { message: t('common.error', problemMessage(response.status, problem)) }, 'sparql.fixHint');
    }
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: `nq57-sparql.${format}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (error) {
    showError(statusBox, { message: t('common.error', t('error.network')) }, 'common.retryHint');
  }
}
