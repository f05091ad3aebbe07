// The header every page shares: title, navigation, language switch, and the skip link for keyboard users.
import { el } from './dom.js';
import { applyStrings, t, toggleLang, onLanguageChange } from './i18n.js';

const NAV = [
  ['index.html', 'nav.search'],
  ['indicators.html', 'nav.indicators'],
  ['dashboard.html', 'nav.dashboard'],
  ['sparql.html', 'nav.sparql'],
  ['documents.html', 'nav.documents'],
];

/** Builds the header into <header id="site-header"> and applies the strings; call once per page. */
export function initLayout(current) {
  const header = document.getElementById('site-header');
  const switcher = el('button', { type: 'button', class: 'lang-switch', id: 'lang-switch',
    'data-i18n': 'lang.switch', 'data-i18n-aria': 'lang.switchLabel' });
  switcher.addEventListener('click', toggleLang);
  header.replaceChildren(
    el('a', { class: 'skip-link', href: '#main', 'data-i18n': 'app.skip' }),
    el('div', { class: 'brand' }, el('a', { href: 'index.html', 'data-i18n': 'app.title' })),
    el('nav', { 'data-i18n-aria': 'nav.label' },
      el('ul', {}, NAV.map(([href, key]) => el('li', {},
        el('a', { href, 'data-i18n': key, 'aria-current': href === current ? 'page' : null }))))),
    switcher,
  );
  applyStrings();
  const titleKey = document.body.dataset.titleKey;
  const setTitle = () => { document.title = `${t(titleKey)} · ${t('app.title')}`; };
  setTitle();
  onLanguageChange(setTitle);
}
