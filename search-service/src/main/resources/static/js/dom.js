// Building the page from data without ever parsing data as HTML: every string becomes a text node.
import { t as tr } from './i18n.js';

/**
 * el('a', {href: '/x', class: 'c'}, 'text', child) — attributes are set with setAttribute (on* handlers are refused),
 * children that are strings or numbers become text nodes, null/undefined/false children are skipped.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) throw new Error(`use addEventListener, not ${name}`);
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/**
 * A verbatim quote as page content. A table row is quoted as the document's line holds it, its cells apart by tabs,
 * which HTML shows as one space and so ran the cells together ("… đại chúng Giám đốc Trung tâm …"): each cell becomes
 * a span of its own (class quote-cell) with " │ " between them (class quote-sep), the row's trailing empty cells left
 * out. Other text is returned as it is. Gives a string or an array of spans, for el() or append().
 */
export function quoteCells(text) {
  const cells = quoteCellTexts(text);
  if (cells.length < 2) return String(text ?? '');
  // the separator is text, not CSS content, so a copy of the quote and a screen reader keep the cells apart too
  return cells.flatMap((cell, i) => [i > 0 && el('span', { class: 'quote-sep' }, ' │ '), el('span', { class: 'quote-cell' }, cell)]);
}

/** The same quote as plain text (a tooltip, an accessible description): its cells joined by " | ". */
export function quoteText(text) {
  return quoteCellTexts(text).join(' | ');
}

function quoteCellTexts(text) {
  const cells = rowCells(String(text ?? ''));
  while (cells.length > 1 && !cells[cells.length - 1].trim()) cells.pop();
  return cells;
}

/** A Markdown table row of a web copy: "| 23.4 | Phủ sóng 5G … |", two pipes at least, opening and closing the line. */
const PIPE_ROW = /^\s*\|.*\|\s*$/;

/**
 * The cells of one source line that is a table row: apart at tabs (the loader's rows of Word, PDF and text tables),
 * or between the pipes of a Markdown row, each cell's padding trimmed; any other line is one cell, as it is.
 */
export function rowCells(line) {
  const s = String(line ?? '');
  if (s.includes('\t')) return s.split('\t');
  if (PIPE_ROW.test(s)) return s.trim().slice(1, -1).split('|').map((cell) => cell.trim());
  return [s];
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

const MARK = /<mark>|<\/mark>/;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The search API's snippet is HTML-escaped text with <mark> around matched words. Rather than trusting it as HTML,
 * split it at the mark tags, decode each piece's character references to text and rebuild the marks as elements:
 * nothing but text nodes and <mark> can come out, whatever the snippet holds.
 */
export function snippet(html) {
  const fragment = document.createDocumentFragment();
  let marked = false;
  for (const piece of String(html ?? '').split(MARK)) {
    if (piece) {
      const text = decodeReferences(piece);
      fragment.append(marked ? el('mark', {}, text) : document.createTextNode(text));
    }
    marked = !marked;
  }
  return fragment;
}

function decodeReferences(escaped) {
  return escaped.replace(ENTITY, (match, decimal, hex, name) => {
    if (name) return NAMED[name.toLowerCase()];
    const code = decimal ? Number(decimal) : parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/** Link to the entity page of an IRI. */
export function entityHref(id) {
  return `entity.html?id=${encodeURIComponent(id)}`;
}

export function lineageHref(id) {
  return `lineage.html?id=${encodeURIComponent(id)}`;
}

/** Our own entity IRIs get an entity page; others are shown as text. */
export function isEntityIri(value) {
  return typeof value === 'string' && value.startsWith('https://w3id.org/nq57/id/');
}

export function status(element, text, kind = 'info') {
  clear(element);
  element.className = `status status-${kind}`;
  if (text) element.textContent = text;
}

/**
 * Shows a failed call in the status box: the service's own message (its problem detail, in the page's language)
 * and, on a second line, what the user can do next (the i18n key hintKey).
 */
export function showError(element, error, hintKey = 'common.retryHint') {
  clear(element);
  element.className = 'status status-error';
  element.setAttribute('role', 'alert');
  element.append(el('p', { class: 'error-message' }, error?.message ?? String(error)),
    hintKey && el('p', { class: 'error-hint' }, tr(hintKey)));
}

/** A button that copies text (an entity's IRI) to the clipboard; the IRI is never shown as text on the page. */
export function copyButton(text, buttonLabel, doneLabel) {
  const button = el('button', { type: 'button', class: 'copy-link no-print', 'data-copy': text }, buttonLabel);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Without clipboard access (an insecure context), select the text in a prompt the user can copy from.
      window.prompt(buttonLabel, text);
    }
    button.textContent = doneLabel;
    setTimeout(() => { button.textContent = buttonLabel; }, 2000);
  });
  return button;
}
