/** The kinds of page the search can be filtered by, in the order the search page offers them. */
export const SEARCH_TYPES = ['Page', 'Position', 'Project', 'Person', 'Publication', 'News'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** How the search page names each type in its filter. */
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  Page: 'Pages',
  Position: 'Positions',
  Project: 'Projects',
  Person: 'People',
  Publication: 'Publications',
  News: 'News',
};

/** What a result needs for ordering: whether it is a position that has closed. */
export interface RankedResult {
  closed: boolean;
}

/** Search results with closed positions after everything else, each group in Pagefind's order of relevance. */
export function openFirst<R extends RankedResult>(results: readonly R[]): R[] {
  return [...results.filter((result) => !result.closed), ...results.filter((result) => result.closed)];
}

/** The search page's address for a query and a type filter: `/search/?q=phd&type=Position`. */
export function searchHref(base: string, query: string, type?: string): string {
  const params = new URLSearchParams({ q: query });
  if (type) params.set('type', type);
  return `${base.replace(/\/?$/, '/')}search/?${params}`;
}
