import { isExternal, normalizePath, withBase } from './model/urls';

/** A menu child as al-folio writes it: a link, or `title: divider` for a separator. */
export interface NavChild {
  title: string;
  permalink?: string | undefined;
  /** The language of the page it links to, when that is not the menu's language (`lang="en"` on the link). */
  lang?: string | undefined;
}

/** What the menu needs to know about a page. */
export interface NavPage {
  title: string;
  permalink: string;
  nav: boolean;
  nav_order?: number | undefined;
  dropdown: boolean;
  children?: NavChild[] | undefined;
  /** The page's language, when it is not the menu's (an English page in the German menu). */
  lang?: string | undefined;
}

export interface NavLink {
  kind: 'link';
  label: string;
  href: string;
  external: boolean;
  current: boolean;
  /** The language of the label and the page, when not the menu's. */
  lang?: string | undefined;
}

export interface NavDivider {
  kind: 'divider';
}

export interface NavDropdown {
  kind: 'dropdown';
  label: string;
  lang?: string | undefined;
  /** The dropdown holds the current page, or is the current page itself. */
  current: boolean;
  items: (NavLink | NavDivider)[];
}

export type NavItem = NavLink | NavDropdown;

/** Whether a child entry is al-folio's separator. */
export function isDivider(child: NavChild): boolean {
  return child.title.trim().toLowerCase() === 'divider';
}

/** Menu order: ascending `nav_order`, pages without one after the numbered ones, ties by title. */
export function compareNavPages(a: NavPage, b: NavPage): number {
  const orderA = a.nav_order ?? Infinity;
  const orderB = b.nav_order ?? Infinity;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  return a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.permalink.localeCompare(b.permalink);
}

function link(label: string, permalink: string, currentPath: string, base: string, lang: string | undefined): NavLink {
  const external = isExternal(permalink);
  return {
    kind: 'link',
    label,
    href: withBase(external ? permalink : normalizePath(permalink), base),
    external,
    current: !external && normalizePath(permalink) === currentPath,
    ...(lang ? { lang } : {}),
  };
}

/**
 * The site menu: pages with `nav: true` in menu order, dropdowns with their children and separators.
 * `currentPath` is the site path of the page being rendered (without the base path).
 */
export function buildNav(pages: readonly NavPage[], currentPath: string, base = '/'): NavItem[] {
  const here = normalizePath(currentPath);
  return pages
    .filter((page) => page.nav)
    .toSorted(compareNavPages)
    .map((page): NavItem => {
      if (!page.dropdown) return link(page.title, page.permalink, here, base, page.lang);
      const items = (page.children ?? []).map((child): NavLink | NavDivider =>
        isDivider(child) ? { kind: 'divider' } : link(child.title, child.permalink ?? '', here, base, child.lang),
      );
      const current =
        normalizePath(page.permalink) === here || items.some((item) => item.kind === 'link' && item.current);
      return { kind: 'dropdown', label: page.title, current, items, ...(page.lang ? { lang: page.lang } : {}) };
    });
}

/** A page in a language, with the key (its path in the content folder) that pairs it with its translations. */
export interface LocalizedNavPage extends NavPage {
  key: string;
  lang: string;
}

/**
 * The pages the menu in `lang` is built from: each page in that language, and, for a page with no version in it,
 * the version in the content language (else any), marked with its own language so that the link says so. A
 * dropdown's children lead to the menu language's version of their page wherever there is one.
 */
export function menuPages(pages: readonly LocalizedNavPage[], lang: string, contentLanguage: string): NavPage[] {
  const byKey = new Map<string, LocalizedNavPage[]>();
  for (const page of pages) byKey.set(page.key, [...(byKey.get(page.key) ?? []), page]);
  const byPermalink = new Map(pages.map((page) => [normalizePath(page.permalink), page]));
  const versionIn = (key: string, language: string) => byKey.get(key)?.find((page) => page.lang === language);
  const chosen = [...byKey.values()].map(
    (versions) =>
      versions.find((page) => page.lang === lang) ??
      versions.find((page) => page.lang === contentLanguage) ??
      versions[0]!,
  );
  return chosen.map((page) => {
    const children = page.children?.map((child): NavChild => {
      if (isDivider(child) || !child.permalink) return child;
      if (isExternal(child.permalink)) return page.lang === lang ? child : { ...child, lang: page.lang };
      const target = byPermalink.get(normalizePath(child.permalink));
      const translated = target && target.lang !== lang ? versionIn(target.key, lang) : undefined;
      if (translated)
        return page.lang === lang
          ? { ...child, permalink: translated.permalink }
          : { title: translated.title, permalink: translated.permalink };
      const language = target?.lang ?? page.lang;
      return language === lang ? child : { ...child, lang: language };
    });
    const { key: _key, lang: language, ...rest } = page;
    return { ...rest, children, ...(language === lang ? {} : { lang: language }) };
  });
}
