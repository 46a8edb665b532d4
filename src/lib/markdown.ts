import { isExternal, withBase } from './model/urls';

/** Whether a link in markdown points inside the site by an absolute path (`/projects/`, not `//cdn…`). */
export function isSitePath(href: unknown): href is string {
  return typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !isExternal(href);
}

/**
 * A Sätteri HTML-tree plugin that puts the base path in front of links and images written as site
 * paths in markdown, so `[join us](/join-us/)` works when the site lives below `/lab/`. `place` moves a
 * page's path first where the pages have moved (another default language: see `placeLink`).
 */
export function baseLinks(base: string, place: (path: string) => string = (path) => path) {
  const attributes = { a: 'href', img: 'src' } as const;
  return {
    name: 'base-links',
    element: {
      filter: Object.keys(attributes),
      visit(
        node: Readonly<{ tagName: string; properties?: Record<string, unknown> }>,
        ctx: { setProperty: (node: never, key: string, value: unknown) => void },
      ) {
        const key = attributes[node.tagName as keyof typeof attributes];
        const value = node.properties?.[key];
        if (isSitePath(value)) ctx.setProperty(node as never, key, withBase(place(value), base));
      },
    },
  };
}
