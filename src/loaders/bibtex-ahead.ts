// BibTeX parsed ahead, in a worker thread: `astro build` and `astro dev` read the config, then spend a second or so
// starting Vite, with a core to spare, before the content loaders run. Parsing is most of what a bibliography costs
// (about 1 ms an entry, src/lib/publications.ts), so it is done in that second, and the BibTeX loader (bibtex.ts)
// takes the result. A file that changed since, or a worker that failed, is parsed by the loader as before.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { parseBibliography } from '../lib/publications.ts';

type Parsed = ReturnType<typeof parseBibliography>;

/** What the worker answers: each .bib file (absolute path) with the text it parsed and the parse. */
export type Parses = { file: string; source: string; parsed: Parsed }[];

/**
 * The parses under way. The config and the content loaders are loaded apart (the loaders through Vite), each with
 * its own copy of this module, so the parses are kept where both see them.
 */
const AHEAD = Symbol.for('lab-site.bibtex-ahead');
const shared = globalThis as { [AHEAD]?: Promise<Parses> };

/** The `.bib` files below a folder, as sorted absolute paths (none when the folder does not exist). */
export async function bibFilesBelow(folder: string): Promise<string[]> {
  const names = existsSync(folder) ? await readdir(folder, { recursive: true }) : [];
  return names
    .filter((name) => name.endsWith('.bib'))
    .sort()
    .map((name) => join(folder, name));
}

/** Parses every `.bib` file below `folder` in a worker thread; `parsedAhead` gives a file's parse. */
export function parseAhead(folder: string): Promise<Parses> {
  const parses = bibFilesBelow(folder)
    .then(
      (files) =>
        new Promise<Parses>((done) => {
          if (!files.length) return done([]);
          const worker = new Worker(new URL('./bibtex-worker.ts', import.meta.url), { workerData: files });
          worker.unref();
          worker.once('message', done);
          // Anything else (no such folder, an error, a worker that ends without a word): nothing is parsed ahead.
          worker.once('error', () => done([]));
          worker.once('exit', () => done([]));
        }),
    )
    .catch((): Parses => []);
  shared[AHEAD] = parses;
  return parses;
}

/**
 * The parse of a file started by `parseAhead`, if the file still reads `source`. It is given once (the loader keeps
 * it in Astro's store), so that the build does not hold it.
 */
export async function parsedAhead(file: string, source: string): Promise<Parsed | undefined> {
  const parses = (await shared[AHEAD]) ?? [];
  const index = parses.findIndex((parse) => parse.file === file);
  if (index < 0) return undefined;
  const [parse] = parses.splice(index, 1);
  return parse!.source === source ? parse!.parsed : undefined;
}

/** Starts `parseAhead` for the project's content (src/content/) as soon as Astro has read the config. */
export function bibliographyAhead(): AstroIntegration {
  return {
    name: 'bibtex-ahead',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command === 'build' || command === 'dev')
          void parseAhead(fileURLToPath(new URL('src/content/', config.root)));
      },
    },
  };
}
