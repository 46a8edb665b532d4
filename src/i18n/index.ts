import { de } from './de';
import { en, type Dictionary } from './en';
import type { Lang } from './languages';

export type { Dictionary } from './en';
export { isLang, LANGUAGES, type Lang } from './languages';

/** The dictionaries by language. */
export const DICTIONARIES: Record<Lang, Dictionary> = { en, de };

/** The interface text of a language. */
export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
