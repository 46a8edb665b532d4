import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile } from '../lib/headers';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Writes `dist/_headers` after the build, from the policy Astro put in each page. */
export function headersFile(base: string): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => relative(out, join(entry.parentPath, entry.name)))
          .sort();
        const pages = [];
        for (const file of files) {
          const policy = META_POLICY.exec(await readFile(join(out, file), 'utf8'))?.[1];
          if (!policy) continue;
          const path = `${base.replace(/\/$/, '')}/${file.replace(/(^|\/)index\.html$/, '$1')}`;
          pages.push({ path, policy: policy.replaceAll('&#39;', "'").replaceAll('&quot;', '"') });
        }
        await writeFile(join(out, '_headers'), buildHeadersFile(pages));
      },
    },
  };
}
