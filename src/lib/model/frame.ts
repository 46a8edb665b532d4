import type { Lang } from '../../i18n/languages';
import type { CalendarDate } from '../dates';
import { buildNav, menuPages, type NavItem, type NavPage } from '../navigation';
import { factsIn, type SiteConfig, type SiteFacts } from '../site';
import { alternates, switchTargets, versionIn, type Version } from './translations';
import { placeLink, stripBase, type SiteUrls } from './urls';
import type { Page } from './views';

/** A link in the footer to the imprint or the privacy notice, and the language of what it opens when not the page's. */
export interface LegalLink {
  which: 'imprint' | 'privacy';
  href: string;
  lang?: Lang | undefined;
}

/** What every page in a language shows around its content; the same on each of them. */
export interface Chrome {
  /** The pages the menu is built from (see `menuPages`). */
  menu: NavPage[];
  /** The language's home page. */
  home: string;
  /** The description of pages that have none. */
  description: string;
  /** The lab's name, university and the like, in the language (or marked as in the first). */
  facts: SiteFacts;
  legal: LegalLink[];
  /** The year in the footer's copyright line. */
  year: string;
}

/**
 * The chrome of a language: its menu pages; its home page (the translation of the home page, or a page at the
 * language's `/`, else the first language's); the description of pages without one (the site's, or in another
 * language that of its home page); and the footer's legal links, to the version in the language where there is one.
 */
export function chromeFor(
  pages: readonly Page[],
  lang: Lang,
  { site, urls, today }: { site: SiteConfig; urls: SiteUrls; today: CalendarDate },
): Chrome {
  const contentLanguage = site.languages[0]!;
  const home = pages.find((page) => page.permalink === urls.localize('/', contentLanguage));
  const homeIn = (language: Lang) =>
    home?.versions.get(language) ?? pages.find((page) => page.permalink === urls.localize('/', language));
  const legal = (['imprint', 'privacy'] as const).flatMap((which): LegalLink[] => {
    const target = site.legal[which];
    if (!target) return [];
    if (target.includes('://')) return [{ which, href: target }];
    const page = pages.find((candidate) => candidate.permalink === placeLink(target, site));
    if (!page) return [];
    const version = versionIn(page, lang);
    return [{ which, href: version.href, lang: version.lang === lang ? undefined : version.lang }];
  });
  const facts = factsIn(site, lang);
  return {
    facts,
    menu: menuPages(pages, lang, contentLanguage),
    home: homeIn(lang)?.href ?? homeIn(contentLanguage)?.href ?? urls.localize('/', contentLanguage),
    description: (lang !== contentLanguage && homeIn(lang)?.description) || facts.description.text,
    legal,
    year: today.slice(0, 4),
  };
}

/** Everything the layout shows around a page's content, for one page. */
export interface Frame extends Chrome {
  lang: Lang;
  nav: NavItem[];
  /** Where the language switcher goes: the page's version in each other language, or that language's home. */
  switcher: (Version & { translated: boolean })[];
  /** The `hreflang` links of a page in several languages, `x-default` included. */
  alternates: { hreflang: string; href: string }[];
}

/**
 * The frame of the page at `pathname` (the URL path, base included) in `lang`, with the versions of the page in
 * every language it exists in (itself included).
 */
export function frameFor(
  model: { site: SiteConfig; chrome: Record<Lang, Chrome> },
  {
    lang,
    pathname,
    versions = [],
    noindex = false,
  }: { lang: Lang; pathname: string; versions?: Version[]; noindex?: boolean },
): Frame {
  const { site, chrome } = model;
  return {
    ...chrome[lang],
    lang,
    nav: buildNav(chrome[lang].menu, stripBase(pathname, site.base), site.base),
    switcher: switchTargets(versions, lang, site.languages, (l) => chrome[l].home),
    alternates: noindex ? [] : alternates(versions, site.defaultLanguage),
  };
}
