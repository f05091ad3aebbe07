// On a document's page: replace it by a new file, or remove it (the admin only). Shown only for documents that come
// from a file of their own (GET /api/documents), not for documents known only as cited.
import { getJson } from './api.js';
import { el } from './dom.js';
import { currentLang } from './i18n.js';
import { change, errorView, loginFields, progressText, reportView } from './documents-client.js';

const TEXT = {
  vi: { title: 'Quản lý văn bản', file: 'Tệp: {0}', newFile: 'Tệp mới thay cho tệp này', replace: 'Thay thế bằng tệp mới', remove: 'Xóa văn bản',
    confirm: 'Xóa văn bản này khỏi kho dữ liệu? Các văn bản khác trích dẫn nó vẫn giữ trích dẫn.',
    removed: 'Đã xóa. Các văn bản đang có: ', list: 'Thêm văn bản' },
  en: { title: 'Manage this document', file: 'File: {0}', newFile: 'New file to replace this one', replace: 'Replace with a new file', remove: 'Remove document',
    confirm: 'Remove this document from the store? Documents citing it keep their citation.',
    removed: 'Removed. Documents held: ', list: 'Add documents' },
};
const x = (key, ...args) => (TEXT[currentLang()]?.[key] ?? TEXT.vi[key]).replace(/\{(\d+)\}/g, (m, i) => args[i] ?? m);

/**
 * Appends the replace and remove controls for the document {@code iri} to {@code container}, if it has a file. Once
 * the document is removed, {@code onRemoved({ file })} is called (the page then shows that it is gone, with no
 * action left on it); without a callback the section says so itself.
 */
export async function documentActions(container, iri, onRemoved) {
  const documents = await getJson('/api/documents').catch(() => []);
  const doc = documents.find((d) => d.document === iri);
  if (!doc) return;
  const progress = el('div', { role: 'status', 'aria-live': 'polite', class: 'progress' });
  const outcome = el('div', {});
  const file = el('input', { type: 'file', id: 'replace-file' });
  const replace = el('button', { type: 'button', id: 'replace-document' }, x('replace'));
  const remove = el('button', { type: 'button', id: 'remove-document' }, x('remove'));
  const run = async (method, files) => {
    outcome.replaceChildren();
    try {
      const job = await change(method, `/api/documents/${encodeURIComponent(doc.id)}`, files,
        (j) => { progress.textContent = progressText(j); });
      if (method === 'DELETE') {
        if (onRemoved) return onRemoved({ file: doc.file });
        section.replaceChildren(el('p', { role: 'status' }, x('removed'), el('a', { href: 'documents.html' }, x('list'))));
      } else {
        outcome.append(...reportView(job.result.report, job.result.documents));
      }
    } catch (error) {
      progress.textContent = '';
      outcome.append(errorView(error));
    }
  };
  replace.addEventListener('click', () => file.files.length && run('PUT', [file.files[0]]));
  remove.addEventListener('click', () => window.confirm(x('confirm')) && run('DELETE', null));
  const section = el('section', { class: 'document-actions detail', id: 'document-actions' },
    el('h2', {}, x('title')), el('p', { class: 'muted' }, x('file', doc.file)), loginFields(),
    el('div', { class: 'actions' }, el('label', { for: 'replace-file' }, x('newFile')), file, replace, remove),
    progress, outcome);
  container.append(section);
}
