import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile } from '../lib/headers.ts';
import { filesBelow, textsOf } from './files.ts';
import { ContentError } from '../lib/model/problems.ts';
import { inspectPage } from '../lib/security.ts';

/** The HTML files below a folder, relative to it (none when it does not exist). */
const htmlIn = async (folder: string) => (await filesBelow(folder)).filter((file) => file.endsWith('.html'));

/**
 * The security gate at the end of every build: each page is checked (`inspectPage`), and a page that fails stops the
 * build, so that a deploy can never publish it. Then `dist/_headers` is written from the policy Astro put in each page.
 */
export function securityGate(base: string): AstroIntegration {
  let publicDir = '';
  return {
    name: 'security-gate',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Files copied from public/ as they are (a search engine's verification file, say) are the lab's own, not
        // pages the site makes: they are not held to the gate, nor given the pages' policy.
        const copied = new Set(publicDir ? await htmlIn(publicDir) : []);
        const files = (await htmlIn(out)).filter((file) => !copied.has(file));
        const pages = [];
        const problems = [];
        for await (const { file, text } of textsOf(out, files)) {
          const { policy, problems: found } = inspectPage(text);
          problems.push(...found.map((problem) => `dist/${file}: ${problem}`));
          if (!policy) continue;
          const path = `${base.replace(/\/$/, '')}/${file.replace(/(^|\/)index\.html$/, '$1')}`;
          pages.push({ path, policy });
        }
        if (problems.length)
          throw new ContentError([
            `The security gate stopped the build; nothing may be published until these are fixed:`,
            ...problems,
          ]);
        await writeFile(join(out, '_headers'), buildHeadersFile(pages));
        logger.info(`${files.length} pages checked: each has its policy, no inline handlers, no unsafe links`);
      },
    },
  };
}
