/** The visitor's choice: follow the system, or always light, or always dark. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Where the choice is remembered (localStorage); "system" is the absence of a value. */
export const THEME_KEY = 'theme';

/** The toggle's next choice: system → light → dark → system. */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length]!;
}

/** The stored choice; "system" when there is none, it is not one of the choices, or storage cannot be read. */
export function storedTheme(read: () => string | null): ThemeChoice {
  try {
    const value = read();
    return (THEME_CHOICES as readonly string[]).includes(value ?? '') ? (value as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

/**
 * The theme script, as the browser runs it: classic and inline in the <head>, so that it runs before the first
 * paint and no page ever flashes in the wrong theme. It marks the page as having JavaScript (`js`: the theme toggle
 * shows; the CSS stops following the system on its own) and sets `dark` from the stored choice or the system.
 */
export const THEME_SCRIPT = [
  '(()=>{const d=document.documentElement;let t;',
  `try{t=localStorage.getItem('${THEME_KEY}')}catch{}`,
  "t=t==='light'||t==='dark'?t:'system';d.dataset.theme=t;d.classList.add('js');",
  "d.classList.toggle('dark',t==='dark'||t==='system'&&matchMedia('(prefers-color-scheme: dark)').matches)})()",
].join('');
