/** The kinds of page the search can be filtered by, in the order the search page offers them. */
export const SEARCH_TYPES = [
  'Page',
  'Position',
  'Project',
  'Person',
  'Publication',
  'News',
  'Event',
  'Post',
  'Course',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** What a result needs for ordering: whether it is a position that has closed. */
export interface RankedResult {
  closed: boolean;
}

/** Search results with closed positions after everything else, each group in Pagefind's order of relevance. */
export function openFirst<R extends RankedResult>(results: readonly R[]): R[] {
  return [...results.filter((result) => !result.closed), ...results.filter((result) => result.closed)];
}

/** The search page's address (`page`, e.g. `/search/` or `/de/search/`) with a query and a type filter: `/search/?q=phd&type=Position`. */
export function searchHref(page: string, query: string, type?: string): string {
  const params = new URLSearchParams({ q: query });
  if (type) params.set('type', type);
  return `${page.split('?')[0]!.replace(/\/?$/, '/')}?${params}`;
}

/** The search script's words in a language, from its dictionary. */
export function searchLabels(t: {
  search: { results: { one: string; other: string; none: string }; closed: string; type: Record<string, string> };
}): SearchLabels {
  return { ...t.search.results, closed: t.search.closed, types: t.search.type };
}

/** The words the search script prints, handed to it by the page (so that the script has no dictionary of its own). */
export interface SearchLabels {
  /** `1 result for “%”`: `#` is the number, `%` the query. */
  one: string;
  other: string;
  none: string;
  closed: string;
  /** Each type's badge. */
  types: Record<string, string>;
}

/** "3 results for “phd”", in the page's language. */
export function resultsLine(
  labels: Pick<SearchLabels, 'one' | 'other' | 'none'>,
  count: number,
  query: string,
): string {
  const template = count === 0 ? labels.none : count === 1 ? labels.one : labels.other;
  return template.replace('#', String(count)).replace('%', query);
}
