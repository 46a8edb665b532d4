import { createReadStream, existsSync } from 'node:fs';
import { cp, link, mkdir, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = join(root, 'src/scripts/admin.ts');
const sveltia = join(root, 'node_modules/@sveltia/cms');

/** Where the editor's code is served from, below the site: /admin/cms/. */
export const CMS_FOLDER = 'admin/cms';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * Sveltia's interface declares its fonts twice: from a CDN, and from the package's own files. The CDN's are taken out,
 * so that the editor asks no other server for anything (its policy would block them anyway, with an error each).
 */
const withoutFontCdn: Plugin = {
  name: 'without-font-cdn',
  setup(build) {
    build.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      const stripped = code.replace(/@font-face\s*\{[^}]*cdn\.jsdelivr\.net[^}]*\}/g, '');
      if (stripped.includes('cdn.jsdelivr.net/fontsource')) throw new Error('Sveltia CMS: a font from the CDN is left');
      return { contents: stripped, loader: 'js' };
    });
  },
};

/**
 * Sveltia CMS bundled from its npm package with src/scripts/admin.ts, once per version of both, into
 * node_modules/.cache/lab-editor/, so that a build copies it instead of bundling it again. Everything it
 * loads is in that folder: its fonts and decoders are the package's own files (the prebuilt script would fetch fonts
 * and translations from CDNs).
 */
async function bundled(): Promise<string> {
  const { version } = JSON.parse(await readFile(join(sveltia, 'package.json'), 'utf8')) as { version: string };
  const key = createHash('sha256')
    .update(version)
    .update(await readFile(entry))
    .update(await readFile(fileURLToPath(import.meta.url)))
    .digest('hex')
    .slice(0, 12);
  // Beside the package itself (its real folder, so that copies of the project that link node_modules share it).
  const out = join(await realpath(sveltia), '../../.cache/lab-editor', key);
  if (existsSync(out)) return out;
  const temporary = `${out}-${process.pid}`;
  await build({
    entryPoints: { admin: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: temporary,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
    plugins: [withoutFontCdn],
  });
  // The fonts and decoders the package loads relative to its own module (new URL('assets/…', import.meta.url)).
  await cp(join(sveltia, 'npm/assets'), join(temporary, 'assets'), { recursive: true });
  await cp(join(sveltia, 'npm/assets'), join(temporary, 'chunks/assets'), { recursive: true });
  await mkdir(dirname(out), { recursive: true });
  await rename(temporary, out).catch(async () => rm(temporary, { recursive: true, force: true }));
  // The bundles of earlier versions go (20 MB each).
  for (const old of await readdir(dirname(out))) {
    if (!old.startsWith(key)) await rm(join(dirname(out), old), { recursive: true, force: true });
  }
  return out;
}

/**
 * The bundle put into the built site as hard links to the cached files: 20 MB in a few hundred files, which a copy
 * takes a noticeable part of a build to write, and nothing writes to afterwards. Where a link cannot be made (the
 * cache on another file system), the files are copied.
 */
async function place(from: string, to: string): Promise<void> {
  try {
    await mkdir(to, { recursive: true });
    // All at once: each link is a short system call, and made one after the other they add up to a quarter second.
    // Every link is settled before a failure falls back to copying, which then writes no file that a link still makes.
    const made = await Promise.allSettled(
      (await readdir(from, { withFileTypes: true })).map((item) => {
        const [source, target] = [join(from, item.name), join(to, item.name)];
        return item.isDirectory() ? place(source, target) : link(source, target);
      }),
    );
    const failed = made.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  } catch {
    await cp(from, to, { recursive: true, force: true });
  }
}

/**
 * The editor at /admin/: its code is placed in the built site (dist/admin/cms/, hard links to the cache) and served
 * by `astro dev`; the page and its configuration are routes (src/pages/admin/). Nothing of it loads on any other page.
 */
export function cmsEditor(base: string): AstroIntegration {
  return {
    name: 'cms-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const code = bundled();
        const prefix = `${base}${CMS_FOLDER}/`;
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
          // The editor lives at /admin/; its page is the route /admin/index.html.
          if (path === `${base}admin/` || path === `${base}admin`) request.url = `${base}admin/index.html`;
          if (!path.startsWith(prefix)) return next();
          void code.then(async (folder) => {
            const file = resolve(folder, path.slice(prefix.length));
            const found = file.startsWith(folder + sep) && (await stat(file).catch(() => undefined))?.isFile();
            if (!found) return next();
            response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
            createReadStream(file).pipe(response);
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await place(await bundled(), join(fileURLToPath(dir), CMS_FOLDER));
        logger.info(`the editor is at ${base}admin/`);
      },
    },
  };
}
