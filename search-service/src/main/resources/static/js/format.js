// How values read on the pages: dates as 31/12/2026, quarters as "Quý II/2025", labels in the chosen language.
import { currentLang, t } from './i18n.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** '2026-12-31' → '31/12/2026'; anything else unchanged. */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso ?? ''));
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(String(iso ?? '')); // a month alone: the day left blank in the header
  return month ? `${month[2]}/${month[1]}` : String(iso ?? '');
}

/** '2025-Q2' → 'Quý II/2025' (English: 'Q2 2025'); anything else unchanged. */
export function formatQuarter(quarter) {
  const m = /^(\d{4})-Q([1-4])$/.exec(String(quarter ?? ''));
  if (!m) return String(quarter ?? '');
  return currentLang() === 'vi' ? `Quý ${ROMAN[Number(m[2]) - 1]}/${m[1]}` : `Q${m[2]} ${m[1]}`;
}

/** A {vi, en} label in the current language, falling back to the other one; '' for none. */
export function labelText(label) {
  if (!label) return '';
  return (currentLang() === 'en' ? label.en ?? label.vi : label.vi ?? label.en) ?? '';
}

/** The locale numbers are written in for the page's language. */
const numberLocale = () => (currentLang() === 'vi' ? 'vi-VN' : 'en-GB');

/** A number with the language's grouping: 1234 → '1.234' in Vietnamese. */
export function formatNumber(n) {
  return Number(n ?? 0).toLocaleString(numberLocale());
}

/** A literal value of the entity API as it reads: dates, booleans and years in people's form. */
export function formatLiteral(text, datatype) {
  if (datatype === 'date') return formatDate(text);
  if (datatype === 'yearMonth') return formatYearMonth(text);
  if (datatype === 'boolean') return t(`boolean.${text === 'true'}`);
  if (datatype === 'decimal' || datatype === 'integer') return formatNumber(Number(text));
  return String(text ?? '');
}

/** A score from 0 to 1 with two decimals in the language's writing: "0,54" in Vietnamese, "0.54" in English. */
export function formatScore(score) {
  return Number(score ?? 0).toLocaleString(numberLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A month without its day ("2024-05"): "5/2024" in Vietnamese ("Tháng ban hành: 5/2024"), "May 2024" in English. */
export function formatYearMonth(text) {
  const m = /^(\d{4})-(\d{2})$/.exec(String(text ?? ''));
  if (!m) return String(text ?? '');
  if (currentLang() === 'vi') return `${Number(m[2])}/${m[1]}`;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))
    .toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * What a document is called in a list or a picture: its number, else its kind and issuer ("Kế hoạch, UBND xã Tân Lợi");
 * never an IRI.
 */
export function documentName(d, kind) {
  if (!d) return '';
  if (d.number) return d.number;
  // an appendix (part of a plan) has no number of its own: the search's label names it by its plan's, "Phụ lục · 130/KH-UBND"
  if (d.label && d.planId && d.planId !== d.id) return d.label;
  // the kind given, else the one the document reference carries (the entity and lineage APIs give it)
  const parts = [capitalise(labelText(kind ?? d.kind)) || t('type.Document'), d.issuer].filter(Boolean);
  return `${parts.join(', ')}${d.number ? '' : ` (${t('document.noNumber')})`}`;
}

/** The loader's labels of areas a document leaves unnamed (the graph's, in Vietnamese), by level. */
const UNNAMED_AREAS = {
  '(chưa rõ cơ quan trung ương)': 'central', '(chưa rõ bộ, ngành)': 'ministry', '(chưa rõ tỉnh)': 'province',
  '(chưa rõ huyện)': 'district', '(chưa rõ xã)': 'commune', '(chưa rõ địa bàn)': '',
};

/**
 * An area's name as a page shows it. The loader labels an area a document leaves unnamed by a placeholder in
 * parentheses, "(chưa rõ tỉnh)" (stores loaded before said "(province not named)"); a page says it in the chosen
 * language. Any other name is unchanged.
 */
export function placeName(name) {
  const text = String(name ?? '');
  const level = Object.hasOwn(UNNAMED_AREAS, text) ? UNNAMED_AREAS[text] : /^\((\w+) not named\)$/.exec(text)?.[1];
  if (level === undefined) return name ?? '';
  const key = level ? `area.unnamed.${level}` : 'area.unnamed';
  const said = t(key);
  return said === key ? t('area.unnamed') : said;
}

export function capitalise(text) {
  const s = String(text ?? '');
  return s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s;
}
