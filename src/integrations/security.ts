import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile } from '../lib/headers';
import { ContentError } from '../lib/model/problems';
import { inspectPage } from '../lib/security';

/**
 * The security gate at the end of every build: each page is checked (`inspectPage`), and a page that fails stops the
 * build, so that a deploy can never publish it. Then `dist/_headers` is written from the policy Astro put in each page.
 */
export function securityGate(base: string): AstroIntegration {
  return {
    name: 'security-gate',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => relative(out, join(entry.parentPath, entry.name)))
          .sort();
        const pages = [];
        const problems = [];
        for (const file of files) {
          const { policy, problems: found } = inspectPage(await readFile(join(out, file), 'utf8'));
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
