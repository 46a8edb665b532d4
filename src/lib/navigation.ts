import { isExternal, normalizePath, withBase } from './permalinks';

/** A menu child as al-folio writes it: a link, or `title: divider` for a separator. */
export interface NavChild {
  title: string;
  permalink?: string | undefined;
}

/** What the menu needs to know about a page. */
export interface NavPage {
  title: string;
  permalink: string;
  nav: boolean;
  nav_order?: number | undefined;
  dropdown: boolean;
  children?: NavChild[] | undefined;
}

export interface NavLink {
  kind: 'link';
  label: string;
  href: string;
  external: boolean;
  current: boolean;
}

export interface NavDivider {
  kind: 'divider';
}

export interface NavDropdown {
  kind: 'dropdown';
  label: string;
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

function link(label: string, permalink: string, currentPath: string, base: string): NavLink {
  const external = isExternal(permalink);
  return {
    kind: 'link',
    label,
    href: withBase(external ? permalink : normalizePath(permalink), base),
    external,
    current: !external && normalizePath(permalink) === currentPath,
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
      if (!page.dropdown) return link(page.title, page.permalink, here, base);
      const items = (page.children ?? []).map((child): NavLink | NavDivider =>
        isDivider(child) ? { kind: 'divider' } : link(child.title, child.permalink ?? '', here, base),
      );
      const current =
        normalizePath(page.permalink) === here || items.some((item) => item.kind === 'link' && item.current);
      return { kind: 'dropdown', label: page.title, current, items };
    });
}

/** Internal child links that point to no page, for a build error that names the page and the link. */
export function findMissingChildren<P extends NavPage>(
  pages: readonly P[],
  knownPermalinks: ReadonlySet<string>,
): { page: P; child: NavChild }[] {
  return pages.flatMap((page) =>
    (page.children ?? [])
      .filter((child) => !isDivider(child) && child.permalink && !isExternal(child.permalink))
      .filter((child) => !knownPermalinks.has(normalizePath(child.permalink!)))
      .map((child) => ({ page, child })),
  );
}
