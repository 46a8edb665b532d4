import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { site } from '../site.config.ts';

/**
 * Indexes the built site with Pagefind after every `astro build`, into `dist/pagefind/`. Only what is inside
 * `data-pagefind-body` (the main content of pages worth finding) is indexed; the search code is loaded by the
 * browser only when someone searches (src/scripts/search.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
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
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
