import { isLang, type Lang } from '../../i18n/languages';

/**
 * A content file's language and the key that pairs it with its translations: `de/join-us` is the German
 * version of `join-us`; a file outside a language folder is in the content language (the site's first).
 */
export function splitLanguage(id: string, contentLanguage: Lang): { lang: Lang; key: string; translation: boolean } {
  const slash = id.indexOf('/');
  const first = slash > 0 ? id.slice(0, slash) : '';
  if (isLang(first) && first !== contentLanguage) return { lang: first, key: id.slice(slash + 1), translation: true };
  return { lang: contentLanguage, key: id, translation: false };
}

/** One version of a page in a language, for the language switcher and `hreflang`. */
export interface Version {
  lang: Lang;
  /** The site path of this version. */
  href: string;
}

/** Something that exists in several languages: each version knows all the others by their language. */
export interface Localized<T> {
  lang: Lang;
  /** The path in the content folder without the language folder: what pairs a translation with its original. */
  key: string;
  href: string;
  versions: Map<Lang, T>;
}

/** The version of an item in a language, or the item itself when it has none. */
export function versionIn<T extends Localized<T>>(item: T, lang: Lang): T {
  return item.versions.get(lang) ?? item;
}

/** Every version of an item, for the language switcher and `hreflang`. */
export function versionsOf<T extends Localized<T>>(item: T): Version[] {
  return [...item.versions.entries()].map(([lang, version]) => ({ lang, href: version.href }));
}

/**
 * Links the versions of each key to each other, by the language of each version's page (`pageLang`). Two versions
 * for one language (only positions can have them: a `lang` and a translation into it) are handed to `conflict`,
 * which says which one the language keeps.
 */
export function pairVersions<T extends Localized<T>>(
  items: readonly T[],
  pageLang: (item: T) => Lang = (item) => item.lang,
  conflict: (first: T, second: T) => T = (first) => first,
): void {
  const byKey = new Map<string, Map<Lang, T>>();
  for (const item of items) {
    const versions = byKey.get(item.key) ?? new Map<Lang, T>();
    byKey.set(item.key, versions);
    const other = versions.get(pageLang(item));
    versions.set(pageLang(item), other ? conflict(other, item) : item);
    item.versions = versions;
  }
}

/**
 * The `hreflang` alternates of a page that exists in several languages: each version, and the default language's
 * as `x-default` (the version for visitors whose language the site does not have). None for a page in one language.
 */
export function alternates(versions: readonly Version[], defaultLanguage: Lang): { hreflang: string; href: string }[] {
  if (versions.length < 2) return [];
  const fallback = versions.find((version) => version.lang === defaultLanguage);
  return [
    ...versions.map((version) => ({ hreflang: version.lang, href: version.href })),
    ...(fallback ? [{ hreflang: 'x-default', href: fallback.href }] : []),
  ];
}

/**
 * Where the language switcher goes from a page: to its version in each other language, or, where it has none,
 * to that language's home page.
 */
export function switchTargets(
  versions: readonly Version[],
  current: Lang,
  languages: readonly Lang[],
  home: (lang: Lang) => string,
): (Version & { translated: boolean })[] {
  return languages
    .filter((lang) => lang !== current)
    .map((lang) => {
      const version = versions.find((v) => v.lang === lang);
      return { lang, href: version?.href ?? home(lang), translated: Boolean(version) };
    });
}
