// Changing documents: the admin's credentials for this tab, uploads and removals through /api/documents, the job's
// progress, and the load report in plain words. Used by the documents page and by the document's own page.
import { languageHeaders } from './api.js';
import { el } from './dom.js';
import { currentLang } from './i18n.js';

const STRINGS = {
  vi: {
    user: 'Tên đăng nhập', password: 'Mật khẩu quản trị', loginLegend: 'Quyền ghi (quản trị)',
    loginHint: 'Chỉ quản trị viên được thêm, thay thế, xóa văn bản. Mật khẩu chỉ giữ trong thẻ trình duyệt này.',
    phase: { QUEUED: 'Đang chờ…', READING: 'Đang đọc tệp…', PARSING: 'Đang phân tích bảng nhiệm vụ…',
      VALIDATING: 'Đang kiểm tra…', STORING: 'Đang lưu vào kho dữ liệu…', INDEXING: 'Đang cập nhật chỉ mục tìm kiếm…',
      DONE: 'Xong.', FAILED: 'Không thực hiện được.' },
    pages: 'Đã đọc (OCR) {0}/{1} trang',
    recognised: 'Nhận dạng là: {0}', noNumber: '(không có số hiệu)',
    counts: '{0} nhiệm vụ, {1} chỉ tiêu, {2} văn bản được trích dẫn (căn cứ, thực hiện)',
    mismatch: 'Dòng {0} ({1}): văn bản ghi {2}, đọc được {3}',
    notUnderstood: 'Dòng chưa hiểu ({0})', line: 'Dòng {0}: {1}',
    check: 'Cần kiểm tra', allGood: 'Không có gì cần kiểm tra thêm.',
    checkNoTable: 'Không tìm thấy bảng nhiệm vụ hay chỉ tiêu: văn bản có bảng (phụ lục) không?',
    checkMismatch: 'Số nhiệm vụ đọc được khác số văn bản ghi: so lại các mục ở trên với văn bản gốc.',
    checkLines: 'Có dòng chưa hiểu: đối chiếu với văn bản gốc.',
    // the loader's checks (DocumentReport.checks) are English sentences of a few known kinds: said here in Vietnamese
    checks: {
      siteNumber: 'Số hiệu được lấy từ các dòng thông tin của trang web phía trên văn bản, không phải từ phần đầu văn bản: cần đối chiếu với bản gốc.',
      noKind: 'Không xác định được loại văn bản: phần đầu không có tên loại (KẾ HOẠCH, NGHỊ QUYẾT…) và số hiệu cũng không có ký hiệu loại.',
      noIssuer: 'Không tìm thấy cơ quan ban hành ở phần đầu văn bản.',
      issuerFromCode: 'Phần đầu văn bản không ghi cơ quan ban hành; cơ quan “{0}” được nhận theo ký hiệu “{1}” trong số hiệu {2}: cần đối chiếu với bản gốc.',
      badDate: 'Ngày {0} không có trên lịch (có thể gõ nhầm): chỉ giữ lại năm {1}.',
      noDate: 'Không đọc được ngày ban hành ở phần đầu văn bản.',
      noDateLine: 'Không đọc được ngày ban hành ở phần đầu văn bản; dòng ghi ngày đọc được là “{0}” (với bản quét, có thể do nhận dạng chữ sai): cần ghi lại ngày cho đúng.',
      noNumber: 'Không tìm thấy số hiệu văn bản ở phần đầu (Số: …/KH-UBND).',
      blankScanNumber: 'Số hiệu trên bản quét để trống (“{0}”): số viết tay hoặc đóng dấu không đọc được, nên văn bản được nạp như bản dự thảo; cần đối chiếu với bản giấy.',
      noDay: 'Ngày ban hành chỉ có tháng và năm (“{0}”): ngày viết tay không có trong văn bản đọc được; văn bản được ghi nhận là ban hành tháng {1}.',
      noUpstream: 'Không thấy câu căn cứ hay thực hiện (“Căn cứ …”, “Thực hiện …”): văn bản sẽ không nối được lên văn bản cấp trên và Nghị quyết 57.',
      misreadCode: 'Ký hiệu cơ quan “{0}” trong số hiệu {1} chỉ khác một chữ với “{2}”, chữ đầu của tên cơ quan ban hành ({3}): có thể bản quét nhận dạng sai; số hiệu được giữ như đã đọc, cần đối chiếu với bản giấy.',
      headerlessTable: 'Bảng không có hàng tiêu đề (dòng {0}): các cột được nhận ra theo nội dung ô là {1}; cần đối chiếu với văn bản gốc.',
      tableStartsLate: 'Bảng thiếu {0}: số thứ tự bắt đầu từ {1} (dòng {2}); có thể bản quét mất một trang hoặc bản sao bị cắt phần đầu: cần đối chiếu với văn bản gốc.',
      tableGap: 'Bảng thiếu {0}: sau hàng {3} (dòng {4}) là hàng {1} (dòng {2}); cần đối chiếu với văn bản gốc.',
      joinedNumber: 'Số hiệu {0} (dòng {1}) được đọc từ “{2}”: các chữ số in tách rời được hiểu là một số; cần đối chiếu với văn bản gốc.',
      laterCited: 'Văn bản {0} được dẫn với ngày {1} (dòng {2}), sau ngày của chính văn bản này ({3}): một trong hai ngày bị ghi nhầm; văn bản được dẫn chỉ được nhận theo số hiệu.',
      ocrDoubts: 'Nhận dạng chữ (OCR) không chắc chắn ở {0} từ (độ tin cậy dưới {1}/100); cần đối chiếu với bản quét: {2}',
    },
    // why a line was not understood (DocumentReport.notUnderstood's reasons), said in Vietnamese
    reasons: {
      noTable: 'không tìm thấy bảng nhiệm vụ hay chỉ tiêu nào trong {0} dòng',
      fitsNoColumn: 'dòng nằm trong bảng nhưng không khớp cột nào',
      emptyRow: 'hàng không có tên cũng không có dữ liệu',
      noName: 'hàng không có tên; vẫn giữ lại',
      footnote: 'chú thích {0} không có lời giải thích',
      otherTable: 'bảng không phải bảng nhiệm vụ hay chỉ tiêu',
      headerlessUnknown: 'bảng không có hàng tiêu đề, và nội dung các ô không cho biết cột nào là gì',
      notOneBody: 'mục giao chung cho mọi cơ quan hoặc cho nhiều chức danh, không cho một cơ quan: được hiểu là chỉ đạo chung, không phải nhiệm vụ',
    },
    original: 'Nguyên văn trong báo cáo:',
    shapes: 'Kiểm tra theo quy tắc ràng buộc (SHACL)', shapeWarning: 'Cảnh báo', shapeViolation: 'Lỗi', shapeInfo: 'Lưu ý',
    shapeTimes: '({0} chỗ)', shapeOpen: 'xem',
    conflict: 'Văn bản này đã có trong kho dữ liệu, được nạp từ tệp “{0}”.',
    conflictFile: 'Tệp “{0}” đã được nạp trước đây.',
    conflictAction: 'Muốn dùng tệp mới thay cho tệp đó, hãy mở trang của văn bản, chọn tệp mới ở mục “Quản lý văn bản” rồi bấm “Thay thế bằng tệp mới”.',
    conflictLink: 'Mở trang văn bản để thay thế',
    open: 'Mở trang văn bản', removed: 'Đã xóa văn bản {0}.',
    // every kind of the ontology (DocumentKind, nq57.ttl's rdfs:label), by its class's local name as the report gives it
    kind: { Plan: 'Kế hoạch', Resolution: 'Nghị quyết', Decision: 'Quyết định', Appendix: 'Phụ lục',
      ActionProgramme: 'Chương trình hành động', Directive: 'Chỉ thị', Notice: 'Thông báo', Regulation: 'Quy định',
      Scheme: 'Đề án', OfficialLetter: 'Công văn', Submission: 'Tờ trình', Decree: 'Nghị định', Law: 'Luật',
      Report: 'Báo cáo', Circular: 'Thông tư', Guidance: 'Hướng dẫn', Telegram: 'Công điện', PolicyDocument: 'Văn bản' },
    status: { 401: 'Sai tên đăng nhập hoặc mật khẩu, hoặc chưa nhập.',
      403: 'Máy chủ chưa bật quyền ghi: khởi động lại với biến môi trường NQ57_ADMIN_PASSWORD (mật khẩu quản trị).',
      404: 'Không tìm thấy văn bản.', 409: 'Văn bản hoặc tệp cùng tên đã có.', 413: 'Tệp quá lớn.',
      415: 'Tệp này không phải là văn bản (Word, PDF, ảnh chụp, HTML, văn bản thuần).',
      422: 'Không đọc được văn bản; kho dữ liệu giữ nguyên.', 400: 'Yêu cầu không hợp lệ.' },
    unchanged: 'Không có gì bị thay đổi.', serverSays: 'Chi tiết từ máy chủ: {0}',
  },
  en: {
    user: 'User name', password: 'Admin password', loginLegend: 'Write access (admin)',
    loginHint: 'Only the admin may add, replace or remove documents. The password is kept in this browser tab only.',
    phase: { QUEUED: 'Waiting…', READING: 'Reading the file…', PARSING: 'Reading the task tables…',
      VALIDATING: 'Checking…', STORING: 'Saving to the store…', INDEXING: 'Updating the search index…',
      DONE: 'Done.', FAILED: 'Could not be done.' },
    pages: 'Read (OCR) {0}/{1} pages',
    recognised: 'Recognised as: {0}', noNumber: '(no number)',
    counts: '{0} tasks, {1} indicators, {2} documents cited (basis, implementation)',
    mismatch: 'Line {0} ({1}): the document states {2}, {3} were read',
    notUnderstood: 'Lines not understood ({0})', line: 'Line {0}: {1}',
    check: 'What to check', allGood: 'Nothing more to check.',
    checkNoTable: 'No task or indicator table was found: does the document have one (an appendix)?',
    checkMismatch: 'The number of tasks read differs from the number stated: compare the sections above with the original.',
    checkLines: 'Some lines were not understood: compare them with the original.',
    shapes: 'Checks by the ontology\'s rules (SHACL)', shapeWarning: 'Warning', shapeViolation: 'Error', shapeInfo: 'Note',
    shapeTimes: '({0} places)', shapeOpen: 'view',
    conflict: 'This document is already in the store, loaded from the file “{0}”.',
    conflictFile: 'The file “{0}” was loaded before.',
    conflictAction: 'To use the new file instead, open the document\'s page, choose the new file under “Manage this document” and press “Replace with a new file”.',
    conflictLink: 'Open the document\'s page to replace it',
    open: 'Open the document\'s page', removed: 'Document {0} removed.',
    kind: { Plan: 'Plan', Resolution: 'Resolution', Decision: 'Decision', Appendix: 'Appendix',
      ActionProgramme: 'Action programme', Directive: 'Directive', Notice: 'Notice', Regulation: 'Regulation',
      Scheme: 'Scheme', OfficialLetter: 'Official letter', Submission: 'Submission', Decree: 'Decree', Law: 'Law',
      Report: 'Report', Circular: 'Circular', Guidance: 'Guidance', Telegram: 'Official telegram',
      PolicyDocument: 'Document' },
    status: { 401: 'Wrong or missing user name or password.',
      403: 'Writes are not enabled on the server: restart it with the environment variable NQ57_ADMIN_PASSWORD.',
      404: 'Document not found.', 409: 'The document or a file of the same name is already there.',
      413: 'The file is too large.', 415: 'This file is not a document (Word, PDF, scan, HTML, plain text).',
      422: 'The document could not be read; the store is unchanged.', 400: 'Bad request.' },
    unchanged: 'Nothing was changed.', serverSays: 'Server\'s detail: {0}',
  },
};

/** A string of this module in the page's language; {0} {1} … replaced by args. */
export function tr(path, ...args) {
  const pick = (table) => path.split('.').reduce((v, k) => (v == null ? v : v[k]), table);
  const text = pick(STRINGS[currentLang()]) ?? pick(STRINGS.vi) ?? path;
  return String(text).replace(/\{(\d+)\}/g, (m, i) => (args[i] ?? m));
}

const AUTH_KEY = 'nq57.auth';

/** The user and password fields; what is typed is kept for this tab (sessionStorage), never in localStorage. */
export function loginFields() {
  const saved = JSON.parse(sessionStorage.getItem(AUTH_KEY) ?? '{"user":"admin","password":""}');
  const user = el('input', { id: 'auth-user', type: 'text', autocomplete: 'username', value: saved.user });
  const password = el('input', { id: 'auth-password', type: 'password', autocomplete: 'current-password' });
  password.value = saved.password;
  const save = () => sessionStorage.setItem(AUTH_KEY, JSON.stringify({ user: user.value, password: password.value }));
  user.addEventListener('input', save);
  password.addEventListener('input', save);
  return el('fieldset', { class: 'login' },
    el('legend', {}, tr('loginLegend')),
    el('p', { class: 'muted' }, tr('loginHint')),
    el('label', { for: 'auth-user' }, tr('user')), user,
    el('label', { for: 'auth-password' }, tr('password')), password);
}

function authHeaders() {
  const { user = 'admin', password = '' } = JSON.parse(sessionStorage.getItem(AUTH_KEY) ?? '{}');
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  // X-Requested-With: the page asks for the password itself, so the server sends no browser login dialog.
  // The page's language, as every other call says it: a refusal's detail comes back in it.
  return { ...languageHeaders(), Authorization: `Basic ${btoa(String.fromCharCode(...bytes))}`,
    'X-Requested-With': 'fetch' };
}

/** An error of a change: the HTTP status, the problem detail (with its load report, when parsing got that far). */
export class ChangeError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Sends a change (POST/PUT of files, DELETE) and follows its job until it ends, calling onProgress(job) on the way;
 * resolves with the finished job, rejects with a ChangeError.
 */
export async function change(method, path, files, onProgress) {
  let body;
  if (files) {
    body = new FormData();
    for (const file of files) body.append('file', file, file.name);
  }
  const response = await fetch(path, { method, body, headers: authHeaders() });
  let job = await response.json().catch(() => ({}));
  if (!response.ok) throw new ChangeError(response.status, job);
  while (job.phase !== 'DONE' && job.phase !== 'FAILED') {
    onProgress?.(job);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const next = await fetch(`/api/jobs/${encodeURIComponent(job.id)}`, { headers: languageHeaders() });
    job = await next.json();
  }
  onProgress?.(job);
  if (job.phase === 'FAILED') throw new ChangeError(job.problem?.status ?? 500, job.problem);
  return job;
}

/** The phase of a job in words, with the pages of a scan when it is read page by page. */
export function progressText(job) {
  const pages = job.pagesTotal ? ` — ${tr('pages', job.pagesDone, job.pagesTotal)}` : '';
  return `${tr(`phase.${job.phase}`)}${pages}`;
}

/**
 * The kinds of check the loader writes (MetadataExtractor, Loader.report), each a pattern of its English sentence and
 * the key of its Vietnamese wording, given the pattern's groups. A check of no known kind is shown as written.
 */
const CHECK_KINDS = [
  [/^number taken from the website's metadata rows/, 'siteNumber'],
  [/^kind not stated/, 'noKind'],
  [/^issuer not found in the header/, 'noIssuer'],
  [/^issuer "([^"]*)" taken from the code "([^"]*)" of the number (\S+): /, 'issuerFromCode', (m) => [m[1], m[2], m[3]]],
  [/^date (\d+\/\d+)\/(\d+) is not a calendar date/, 'badDate', (m) => [`${m[1]}/${m[2]}`, m[2]]],
  [/^date not found in the header: "(.*)"$/s, 'noDateLine', (m) => [m[1]]],
  [/^date not found in the header$/, 'noDate'],
  [/^number not found in the header/, 'noNumber'],
  [/^number blank in the scan \("(.*)"\)/, 'blankScanNumber', (m) => [m[1]]],
  [/^date without its day \("(.*)"\): .*; dated (\S+)$/, 'noDay', (m) => [m[1], m[2]]],
  [/^no basis or implementation statement/, 'noUpstream'],
  [/^issuer code "([^"]*)" of the number (\S+) is one letter from "([^"]*)", the initials of its issuer \((.*)\): /,
    'misreadCode', (m) => [m[1], m[2], m[3], m[4]]],
  [/^a table without a header row \(line (\d+)\): its columns told from their cells as (.*); compare them with the original$/s,
    'headerlessTable', (m) => [m[1], m[2]]],
  [/^rows? (\d+(?:–\d+)?) of a table (?:is|are) missing: its numbering starts at (\d+) \(line (\d+)\)/, 'tableStartsLate',
    (m) => [`hàng ${m[1]}`, m[2], m[3]]],
  [/^rows? (\d+(?:–\d+)?) of a table (?:is|are) missing: (\d+) \(line (\d+)\) follows (\d+) \(line (\d+)\)/, 'tableGap',
    (m) => [`hàng ${m[1]}`, m[2], m[3], m[4], m[5]]],
  [/^the number (\S+) \(line (\d+)\) is read from "(.*)", its digits printed apart taken as one number/, 'joinedNumber',
    (m) => [m[1], m[2], m[3]]],
  [/^(\S+) is cited with the date (\S+) \(line (\d+)\), later than this document's own \((\S+)\)/, 'laterCited',
    (m) => [m[1], m[2], m[3], m[4]]],
  [/^OCR recognised (\d+) words? with low confidence \(under (\d+) of 100\); compare them with the scan: (.*)$/s, 'ocrDoubts',
    (m) => [m[1], m[2], m[3].replace(/page (\d+), line (\d+)/g, 'trang $1, dòng $2').replace(/\bline (\d+)/g, 'dòng $1')
      .replace(/ and (\d+) more$/, ' và $1 từ khác')]],
];

/**
 * The kinds of reason the loader gives for a line it did not understand (RowExtractor, Loader), each a pattern of its
 * English sentence and the key of its Vietnamese wording; a reason of no known kind is shown as written.
 */
const REASON_KINDS = [
  [/^no task or indicator table found in (\d+) lines$/, 'noTable', (m) => [m[1]]],
  [/^line inside the table fits no column$/, 'fitsNoColumn'],
  [/^row has neither a name nor data$/, 'emptyRow'],
  [/^row without a name; kept$/, 'noName'],
  [/^footnote (\S+) has no definition$/, 'footnote', (m) => [m[1]]],
  [/^table is neither a task nor an indicator table$/, 'otherTable'],
  [/^table without a header row whose columns its cells do not tell$/, 'headerlessUnknown'],
  [/^item addressed to every body or to several posts/, 'notOneBody'],
];

/** A reason of the report's "not understood" lines, in Vietnamese when its kind is known. */
function reasonText(reason) {
  const known = currentLang() === 'vi' ? REASON_KINDS.find(([pattern]) => pattern.test(reason)) : null;
  if (!known) return reason;
  const [pattern, key, args = () => []] = known;
  return tr(`reasons.${key}`, ...args(reason.match(pattern)));
}

/**
 * One line the loader did not understand: where it sits in the original file (in Vietnamese, the page and line of a
 * scan or a PDF, the row of a Word table, as the entity pages say it; in English the line of the text read), its words
 * with a table's cell breaks shown as " | ", and why.
 */
function notUnderstoodLine(u) {
  const words = `${String(u.text ?? '').replace(/\t+/g, ' | ')} (${reasonText(u.reason)})`;
  if (currentLang() === 'vi' && u.where) return `${u.where.charAt(0).toUpperCase()}${u.where.slice(1)}: ${words}`;
  return tr('line', u.line, words);
}

/** One check of the report: in Vietnamese when its kind is known, with the report's own sentence under it. */
function checkItem(original) {
  const known = currentLang() === 'vi' ? CHECK_KINDS.find(([pattern]) => pattern.test(original)) : null;
  if (!known) return el('li', { lang: 'en' }, original);
  const [pattern, key, args = () => []] = known;
  return el('li', {}, tr(`checks.${key}`, ...args(original.match(pattern))),
    el('br'), el('small', { class: 'muted check-original' }, tr('original'), ' ', el('span', { lang: 'en' }, original)));
}

/**
 * The SHACL results of a load (report.violations: severity, focusNode, message, messageVi, messageEn), in the page's
 * language: those about a document, or a task, indicator or section of it (an IRI under the document's), under that
 * document, the others (units, areas) after every document. Results saying the same of the same kind of thing are
 * one line with their count; a link opens the thing when the load was accepted (a refused one stored nothing).
 */
function shapeItems(results, accepted) {
  const grouped = new Map();
  for (const v of results) {
    const message = (currentLang() === 'en' ? v.messageEn ?? v.messageVi : v.messageVi ?? v.messageEn) ?? v.message;
    const key = `${v.severity}\u0000${message}`;
    if (!grouped.has(key)) grouped.set(key, { severity: v.severity, message, foci: [] });
    grouped.get(key).foci.push(v.focusNode);
  }
  return [...grouped.values()].map(({ severity, message, foci }) => el('li', { class: `shape-result shape-${severity}` },
    el('strong', {}, tr(`shape${severity}`) === `shape${severity}` ? severity : tr(`shape${severity}`)), ': ', message,
    foci.length > 1 ? ` ${tr('shapeTimes', foci.length)}` : '',
    accepted && foci.length === 1 && /^https?:/.test(foci[0])
      ? [' ', el('a', { href: `entity.html?id=${encodeURIComponent(foci[0])}` }, tr('shapeOpen'))] : null));
}

/** The results about the document with this IRI, its parts included; taken out of rest. */
function takeShapeResults(rest, iri) {
  if (!iri) return [];
  const mine = rest.filter((v) => v.focusNode === iri || v.focusNode?.startsWith(`${iri}/`));
  for (const v of mine) rest.splice(rest.indexOf(v), 1);
  return mine;
}

/** The load report of each document in plain words, with every check it holds and a link to the document's page. */
export function reportView(report, documents = [], accepted = true) {
  const rest = [...(report?.violations ?? [])];
  const views = (report?.documents ?? []).map((d) => {
    const shapes = takeShapeResults(rest, d.documentIri);
    const kind = tr(`kind.${d.kind}`) === `kind.${d.kind}` ? d.kind : tr(`kind.${d.kind}`);
    const name = [kind, d.number ?? tr('noNumber'), d.issuer && `— ${d.issuer}`].filter(Boolean).join(' ');
    // the loader's own checks first (number, date, issuer, kind, upstream), then what the counts below show
    const checks = (d.checks ?? []).map(checkItem);
    if (d.tasks === 0 && d.indicators === 0) checks.push(el('li', {}, tr('checkNoTable')));
    if (d.countMismatches?.length) checks.push(el('li', {}, tr('checkMismatch')));
    if (d.notUnderstood?.length) checks.push(el('li', {}, tr('checkLines')));
    checks.push(...shapeItems(shapes, accepted));
    const page = documents.find((x) => x.file === d.file)?.document ?? null;
    return el('section', { class: 'report detail', 'data-file': d.file },
      el('h3', {}, d.file),
      el('p', { class: 'recognised' }, tr('recognised', name)),
      el('p', { class: 'counts' }, tr('counts', d.tasks, d.indicators, d.references)),
      d.countMismatches?.length ? el('ul', {}, d.countMismatches.map((m) =>
        el('li', {}, tr('mismatch', m.line, m.where, m.stated, m.extracted)))) : null,
      d.notUnderstood?.length ? el('details', {},
        el('summary', {}, tr('notUnderstood', d.notUnderstood.length)),
        el('ul', {}, d.notUnderstood.map((u) => el('li', {}, notUnderstoodLine(u))))) : null,
      el('h4', {}, tr('check')),
      checks.length ? el('ul', { class: 'checks' }, checks)
        : el('p', { class: 'muted' }, tr('allGood')),
      page ? el('p', {}, el('a', { class: 'button primary open-document', href: `entity.html?id=${encodeURIComponent(page)}` },
        tr('open'))) : null);
  });
  // what the shapes say of shared things (units, areas, cited documents) is of the whole load
  if (rest.length) views.push(el('section', { class: 'report detail shape-report' },
    el('h3', {}, tr('shapes')), el('ul', { class: 'checks' }, shapeItems(rest, accepted))));
  return views;
}

/**
 * A refused change in words: what it means for the user, the server's own detail, and the report when there is one.
 * A conflict with a loaded document (a 409 naming it in loadedAs) says instead what to do on this site: replace that
 * document on its page; the server's detail, written for API clients (PUT …), is left out.
 */
export function errorView(error) {
  const known = tr(`status.${error.status}`);
  const loaded = error.status === 409 && error.problem?.loadedDocument ? error.problem : null;
  return el('div', { class: 'change-error', role: 'alert' },
    el('p', { class: 'status-error' }, known.startsWith('status.') ? error.message : known),
    // the same document from a file of another name, or a file of this name holding whatever it held
    loaded ? el('p', { class: 'conflict-advice' },
      loaded.file && loaded.file === loaded.loadedFile ? tr('conflictFile', loaded.loadedFile)
        : tr('conflict', loaded.loadedFile ?? loaded.loadedAs), ' ', tr('conflictAction'), ' ',
      el('a', { class: 'replace-loaded', href: `entity.html?id=${encodeURIComponent(loaded.loadedDocument)}#document-actions` },
        tr('conflictLink')))
      : error.problem?.detail ? el('p', { class: 'muted' }, tr('serverSays', error.problem.detail)) : null,
    error.problem?.changed === false ? el('p', {}, tr('unchanged')) : null,
    ...reportView(error.problem?.report, [], false));
}
