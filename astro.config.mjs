// @ts-check
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cmsEditor } from './src/integrations/cms.ts';
import { contentLinkCheck } from './src/integrations/links.ts';
import { securityGate } from './src/integrations/security.ts';
import { PAGE_POLICY } from './src/lib/headers.ts';
import { searchIndex } from './src/integrations/search.ts';
import { bibliographyAhead } from './src/loaders/bibtex-ahead.ts';
import { inlineScript, scriptHash } from './src/lib/csp.ts';
import { baseLinks, contentPolicy, mathFormulas, tableAlignment } from './src/lib/markdown.ts';
import { placeLink } from './src/lib/model/urls.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';
import { THEME_SCRIPT } from './src/lib/theme.ts';
import { site } from './src/site.config.ts';

/**
 * The inline scripts that must run before the first paint, allowed by their hashes (no `unsafe-inline`): the theme
 * script in every <head>, and the deadline guard after each list of positions (compiled from its source exactly as
 * src/components/PositionGuard.astro compiles it).
 */
const inlineScriptHashes = [
  scriptHash(THEME_SCRIPT),
  scriptHash(inlineScript(readFileSync(new URL('./src/scripts/guard.ts', import.meta.url), 'utf8'))),
];

export default defineConfig({
  site: site.url,
  base: site.base,
  // Astro 7's default ('jsx') glues inline elements written on separate lines together.
  compressHTML: true,
  // Languages from the site config: the default language's pages have unprefixed URLs, the others live under /de/
  // (routes in src/pages/[...lang]/ and the pages' own permalinks).
  i18n: {
    locales: site.languages,
    defaultLocale: site.defaultLanguage,
    routing: { prefixDefaultLocale: false },
  },
  // Two routes with one URL fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  // Two pages at a time; the share cards render beside them, in worker threads (src/lib/sharecard-render.ts).
  build: { concurrency: 2 },
  markdown: {
    // HTML in markdown is held to the content policy (src/lib/html-policy.ts): anything else fails the build with
    // the file and line. Links written as /join-us/ in markdown get the base path (and follow their page when another language is
    // the default); Prism marks code with classes, which the CSP allows
    // (Shiki's inline styles it would block).
    processor: satteri({
      // Formulas ($…$, $$…$$) are set with KaTeX at build, as MathML (src/lib/markdown.ts).
      features: { math: true },
      hastPlugins: [
        mathFormulas((file) => relative(process.cwd(), fileURLToPath(file))),
        tableAlignment(),
        contentPolicy((file) => relative(process.cwd(), fileURLToPath(file))),
        baseLinks(site.base, (path) => placeLink(path, site)),
      ],
    }),
    syntaxHighlight: 'prism',
  },
  integrations: [
    // First: the .bib files are parsed in a worker while Vite starts.
    bibliographyAhead(),
    mdx(),
    sitemap(sitemapOptions()),
    securityGate(site.base),
    contentLinkCheck(site),
    cmsEditor(site.base),
    // Last: it indexes in a process of its own while the checks above run.
    searchIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // The site's script (src/scripts/site.ts, loaded by BaseLayout) is one file, the same on every page, so the
      // browser caches it; Astro would otherwise inline it into every page. The formulas' font stays a file too: the
      // Content-Security-Policy allows fonts from the site only (font-src 'self'), not as data: URLs.
      assetsInlineLimit: (file) => (/BaseLayout\.astro_astro_type_script|\.woff2$/.test(file) ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy: Astro hashes every script and style it bundles; the inline scripts that
  // must run before the first paint (the theme script, the deadline guard) are allowed by their hashes.
  // Search (Pagefind) runs WebAssembly, which `'wasm-unsafe-eval'` allows (it does not allow eval).
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
      // Everything a <meta> policy can say (src/lib/headers.ts), so that every host gets it.
      directives: PAGE_POLICY,
    },
  },
});
