// The site's one script file, the same on every page (so the browser keeps it): the menus' keyboard comfort, the
// theme toggle, the BibTeX copy buttons, and the search, whose code it loads only when someone searches. Each is an enhancement: without JavaScript the menus and toggles still
// open and close, the site follows the system theme, and the copy buttons stay hidden.
import { nextTheme, storedTheme, THEME_KEY, type ThemeChoice } from '../lib/theme';

// Menus: Escape closes an open menu and returns focus to its button; a click or Tab elsewhere closes it.
const menus = () => document.querySelectorAll<HTMLDetailsElement>('details[data-nav-menu][open]');
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const menu of menus()) {
    const hadFocus = menu.contains(document.activeElement);
    menu.open = false;
    if (hadFocus) menu.querySelector('summary')?.focus();
  }
});
const closeOutside = (target: EventTarget | null) => {
  for (const menu of menus()) if (!menu.contains(target as Node)) menu.open = false;
};
document.addEventListener('click', (event) => closeOutside(event.target));
document.addEventListener('focusin', (event) => closeOutside(event.target));

// Theme: the head script (src/lib/theme.ts) applied the stored choice before the first paint; the toggle cycles
// system → light → dark, remembers the choice, and "system" follows the system's setting as it changes.
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const toggles = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
function apply(choice: ThemeChoice): void {
  root.dataset.theme = choice;
  root.classList.toggle('dark', choice === 'dark' || (choice === 'system' && systemDark.matches));
  // The labels, in the page's language, come with the button: {"system": "Theme: system (switch to light)", ...}.
  for (const toggle of toggles) {
    const labels = JSON.parse(toggle.dataset.themeToggle || '{}') as Partial<Record<ThemeChoice, string>>;
    toggle.setAttribute('aria-label', labels[choice] ?? choice);
  }
}
let choice = storedTheme(() => localStorage.getItem(THEME_KEY));
apply(choice);
for (const toggle of toggles) {
  toggle.addEventListener('click', () => {
    choice = nextTheme(choice);
    try {
      if (choice === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Storage can be off (private windows): the choice then lasts for this page.
    }
    apply(choice);
  });
}
systemDark.addEventListener('change', () => apply(choice));

// BibTeX copy buttons: hidden in the HTML, because copying needs this script.
if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-bibtex]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(button.previousElementSibling?.textContent ?? '').then(() => {
        button.textContent = button.dataset.copyBibtex ?? '✓';
      });
    });
  }
}

// Search: its code (and Pagefind's) is fetched when someone starts to search, never with the page.
const searchForm = document.querySelector<HTMLFormElement>('[data-search-form]');
const searchInput = searchForm?.querySelector('input');
if (searchForm && searchInput) {
  const start = () => void import('./search').then(({ headerSearch }) => headerSearch(searchForm));
  searchInput.addEventListener('input', start, { once: true });
}
const searchPageForm = document.querySelector<HTMLFormElement>('[data-search-page]');
if (searchPageForm) void import('./search').then(({ searchPage }) => searchPage(searchPageForm));
