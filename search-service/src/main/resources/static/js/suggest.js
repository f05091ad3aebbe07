// Suggestions as you type, as an ARIA combobox: arrows move, Enter picks, Escape closes; a pick fills the box and submits.
import { getJson } from './api.js';
import { clear, el } from './dom.js';
import { label } from './i18n.js';

const DELAY_MS = 150;
const SIZE = 8;

export function attachSuggestions(input, listbox, submit) {
  let timer = null;
  let active = -1;
  let generation = 0;

  const options = () => [...listbox.querySelectorAll('[role="option"]')];
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    const all = options();
    active = index;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    if (all[index]) input.setAttribute('aria-activedescendant', all[index].id);
  };
  const pick = (text) => {
    input.value = text;
    close();
    submit();
  };

  async function fetchSuggestions(prefix) {
    const mine = ++generation;
    let suggestions;
    try {
      suggestions = await getJson('/api/suggest', { q: prefix, size: SIZE });
    } catch {
      return close();
    }
    if (mine !== generation) return; // a later keystroke already asked again
    clear(listbox);
    suggestions.forEach((s, i) => {
      const option = el('li', { role: 'option', id: `suggestion-${i}`, 'aria-selected': 'false' },
        s.text, s.type && el('span', { class: 'badge', style: 'margin-left:.5rem' }, label('type', s.type)));
      option.addEventListener('mousedown', (event) => { event.preventDefault(); pick(s.text); });
      listbox.append(option);
    });
    if (suggestions.length) {
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    } else {
      close();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < 2) { generation++; return close(); }
    timer = setTimeout(() => fetchSuggestions(prefix), DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    const all = options();
    if (listbox.hidden || !all.length) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); highlight((active + 1) % all.length); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); highlight((active - 1 + all.length) % all.length); }
    else if (event.key === 'Escape') { event.preventDefault(); close(); }
    else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(all[active].firstChild.textContent);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.form?.addEventListener('submit', () => { generation++; clearTimeout(timer); close(); });
}
