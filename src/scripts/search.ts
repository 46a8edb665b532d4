// Search, loaded by the site's script only when someone searches: it loads Pagefind's own script and index (built
// by src/integrations/search.ts into /pagefind/) and lists what it finds, closed positions last and marked.
import { openFirst, resultsLine, searchHref, type SearchLabels } from '../lib/search';

/** The words to print, in the page's language: the form carries them (`data-labels`). */
const labelsOf = (form: HTMLElement): SearchLabels => JSON.parse(form.dataset.labels ?? '{}') as SearchLabels;

interface PagefindResult {
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string; status?: string };
    filters: { type?: string[] };
  }>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

let loading: Promise<Pagefind> | undefined;
/** Pagefind's script, fetched once, on the first search. */
function pagefind(base: string): Promise<Pagefind> {
  return (loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base });
    return module;
  })());
}

interface Found {
  url: string;
  title: string;
  type: string;
  closed: boolean;
  excerpt: string;
}

/** The first `limit` results for a query, open before closed. */
async function find(
  base: string,
  query: string,
  type: string,
  limit: number,
): Promise<{ total: number; found: Found[] }> {
  const search = await (await pagefind(base)).search(query, type ? { filters: { type } } : {});
  const found = await Promise.all(
    search.results.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta.title ?? data.url,
        type: data.filters.type?.[0] ?? 'Page',
        closed: data.meta.status === 'closed',
        excerpt: data.excerpt,
      };
    }),
  );
  return { total: search.results.length, found: openFirst(found) };
}

/** One result as a list item: the title as the link, its type (and "closed"), and the passage that matched. */
function item(result: Found, compact: boolean, labels: SearchLabels): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.className = compact ? 'block rounded-md px-2 py-2 hover:bg-slate-50' : 'block py-4 group';
  const title = document.createElement('span');
  title.className = 'font-medium text-slate-900 group-hover:text-brand-700 group-hover:underline';
  title.textContent = result.title;
  const kind = document.createElement('span');
  kind.className = 'ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700';
  const type = labels.types[result.type] ?? result.type;
  kind.textContent = result.closed ? `${type} · ${labels.closed}` : type;
  const excerpt = document.createElement('span');
  excerpt.className = 'mt-1 block text-sm text-slate-600 [&_mark]:bg-brand-100 [&_mark]:text-slate-900';
  // Pagefind's excerpt is the page's text, escaped, with the matched words in <mark>.
  excerpt.innerHTML = result.excerpt;
  link.append(title, kind, excerpt);
  li.append(link);
  return li;
}

/** The header field: results under it as one types; Enter goes to the search page. */
export function headerSearch(form: HTMLFormElement): void {
  const base = form.dataset.base ?? '/';
  const labels = labelsOf(form);
  const input = form.querySelector('input')!;
  const panel = form.querySelector<HTMLElement>('[data-search-results]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLElement>('[data-search-list]')!;
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  let latest = 0;
  const update = async () => {
    const query = input.value.trim();
    const run = ++latest;
    if (!query) {
      panel.hidden = true;
      return;
    }
    const { total, found } = await find(base, query, '', 5);
    if (run !== latest) return; // A newer query has started.
    status.textContent = resultsLine(labels, total, query);
    list.replaceChildren(...found.map((result) => item(result, true, labels)));
    all.href = searchHref(form.action, query);
    all.hidden = total <= found.length;
    panel.hidden = false;
  };
  input.addEventListener('input', () => void update());
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      panel.hidden = true;
      input.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) panel.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) void update();
  });
  void update();
}

/** The search page: the query and the type filter from the address (so a bookmark works), results below. */
export function searchPage(form: HTMLFormElement): void {
  const base = form.dataset.base ?? '/';
  const labels = labelsOf(form);
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-page-status]')!;
  const list = document.querySelector<HTMLElement>('[data-search-page-list]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const chosen = form.querySelector<HTMLInputElement>(
    `input[name="type"][value="${CSS.escape(params.get('type') ?? '')}"]`,
  );
  if (chosen) chosen.checked = true;
  let latest = 0;
  const update = async () => {
    const query = input.value.trim();
    const type = form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
    history.replaceState(null, '', query ? searchHref(location.pathname, query, type) : location.pathname);
    const run = ++latest;
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const { total, found } = await find(base, query, type, 50);
    if (run !== latest) return;
    status.textContent = resultsLine(labels, total, query);
    list.replaceChildren(...found.map((result) => item(result, false, labels)));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  form.addEventListener('change', () => void update());
  void update();
}
