import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { site } from '../site.config.ts';

/** Indexes the built site in `out` into `out/pagefind/`; the number of pages indexed. */
async function indexSite(out: string): Promise<number> {
  const fail = (errors: string[]) => {
    throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
  };
  // One index for all languages, so that a German visitor also finds the pages that exist only in English
  // (Pagefind would otherwise search only the pages in the language of the page the search starts from).
  const { index, errors } = await pagefind.createIndex({ forceLanguage: site.languages[0] });
  if (!index) return fail(errors);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length) fail(added.errors);
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length) fail(written.errors);
  await pagefind.close();
  return added.page_count;
}

/**
 * Indexes the built site with Pagefind after every `astro build`, into `dist/pagefind/`. Only what is inside
 * `data-pagefind-body` (the main content of pages worth finding) is indexed; the search code is loaded by the
 * browser only when someone searches (src/scripts/search.ts). Pagefind works in a process of its own: it starts as
 * soon as the pages are written, and the build's last checks (listed before this integration) run meanwhile.
 */
export function searchIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = indexSite(fileURLToPath(dir));
        // Its failure is reported where it is awaited, at the end of the build.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await (indexing ?? indexSite(fileURLToPath(dir)));
        logger.info(`indexed ${pages} pages for search`);
      },
    },
  };
}
