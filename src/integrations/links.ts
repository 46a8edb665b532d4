import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { isLang } from '../i18n/languages.ts';
import { contentLinks, deadLinks } from '../lib/links.ts';
import { FRONTMATTER } from '../loaders/frontmatter.ts';
import { filesBelow, textsOf } from './files.ts';
import { ContentError } from '../lib/model/problems.ts';
import { placeLink, type UrlSite } from '../lib/model/urls.ts';

/** `](/…`, `](</…`, `]: /…` (a reference) or an HTML attribute `="/…`: how a link to a site path is written. */
const SITE_PATH_WRITTEN = /\]\(\s*<?\/|\]:\s*<?\/|=\s*["']?\//;

/** The ids of a built page (the places `#fragment` links lead to). */
function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  const parser = new Parser({
    onopentag(_, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (attributes.name) ids.add(attributes.name);
    },
  });
  parser.end(html);
  return ids;
}

/**
 * At the end of every build: each link in a content file to a path of the site must lead to a page or file that
 * was built (and to a place on it, for `#fragment`). A dead link stops the build with the file, the line and the link,
 * and the nearest page when one is close: a typo, or a leftover of a move from another site.
 */
export function contentLinkCheck(site: Pick<UrlSite, 'languages' | 'defaultLanguage'>): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const built = new Set(await filesBelow(out));
        const ids = new Map<string, Set<string>>();
        const contentFolder = join(root, 'src/content');
        const links = [];
        const markdown = (await filesBelow(contentFolder)).filter((path) => {
          // A translation in a language the site is not built in is not published.
          const folder = path.split('/')[1] ?? '';
          return /\.mdx?$/.test(path) && !(isLang(folder) && !site.languages.includes(folder));
        });
        for await (const { file: path, text: source } of textsOf(contentFolder, markdown)) {
          // Only a file that writes an address from the site's top can have such a link: the others are not parsed.
          if (!SITE_PATH_WRITTEN.test(source)) continue;
          const front = FRONTMATTER.exec(source);
          // A draft is not published, so its links lead nowhere yet.
          if (/^draft:\s*true\s*(#.*)?$/m.test(front?.[1] ?? '')) continue;
          const body = front ? source.slice(front[0].length) : source;
          links.push(...contentLinks(`src/content/${path}`, source, body));
        }
        const problems = deadLinks(
          links,
          {
            has: (file) => built.has(file),
            ids: (file) => {
              let found = ids.get(file);
              if (!found) ids.set(file, (found = idsOf(readFileSync(join(out, file), 'utf8'))));
              return found;
            },
            pages: [...built]
              .filter((file) => file.endsWith('index.html'))
              .map((file) => `/${file.replace(/index\.html$/, '')}`),
          },
          (path) => placeLink(path, site),
        );
        if (problems.length) throw new ContentError(problems);
      },
    },
  };
}
