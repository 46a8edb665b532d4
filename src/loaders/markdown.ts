import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { access, readdir, readFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext, ParseDataOptions } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError } from '../lib/model/problems';
import { isLang, LANGUAGES } from '../i18n/languages';
import { formatIssues, fileProblem, mergeTranslation, parseFrontmatter, pictureProblem } from './frontmatter';
import { loadTogether } from './together';

/** Reads a file's front matter (see `parseFrontmatter`); one that does not start where Astro reads it fails. */
async function readFrontmatter(filePath: string): Promise<Record<string, unknown>> {
  const source = await readFile(filePath, 'utf8');
  const problem = fileProblem(source);
  if (problem) throw new ContentError([`${fromProject(filePath)}: ${problem}`]);
  return parseFrontmatter(source, fromProject(filePath));
}

/**
 * Checks image fields before Astro resolves them, so that a missing or misplaced picture fails with
 * the content file and the field named (Astro's own error names neither). See `pictureProblem`.
 */
export async function checkImages(
  filePath: string,
  data: Record<string, unknown>,
  fields: readonly string[],
  where = fromProject(filePath),
): Promise<void> {
  for (const field of fields) {
    const problem = await pictureProblem(where, field, data[field], async (path) => {
      const picture = resolve(dirname(filePath), path);
      const found = await access(picture).then(
        () => true,
        () => false,
      );
      return found ? undefined : fromProject(picture);
    });
    if (problem) throw new ContentError([problem]);
  }
}

/** `src/content/pages/about.md`: a file as the editor finds it, relative to the project. */
export const fromProject = (file: string) => relative(process.cwd(), file);

/**
 * Astro's schema error, said the way every other content error here is said (`formatIssues`): one line per
 * problem, `file: field: what was expected, what was found` (`where` is the file, or the file and more).
 */
export function restate(error: unknown, where: string): unknown {
  if (!(error instanceof Error) || error.name !== 'InvalidContentEntryDataError') return error;
  const issues = [...error.message.matchAll(/^\s*\*\*(.*?)\*\*: (.*)$/gm)].map(([, field = '', message = '']) => ({
    path: field ? [field] : [],
    message,
  }));
  return issues.length ? new ContentError(formatIssues(where, issues)) : error;
}

/**
 * A YAML syntax error, with the file relative to the project and the line. Astro counts lines from 0 in the text
 * after the first `---`, which is the rest of the file's first line: its line n is the file's line n + 1.
 */
export function restateLoadError(error: unknown, read = (file: string) => readFileSync(file, 'utf8')): unknown {
  const location = (error as { loc?: { file?: string; line?: number } }).loc;
  if (!(error instanceof Error) || !location?.file || error.name === 'ContentError') return error;
  // A file that does not start as front matter should (TOML between +++ lines, say) is said as such.
  const start = fileProblem(read(location.file));
  if (start) return new ContentError([`${fromProject(location.file)}: ${start}`]);
  const reason = error.message.split('\n')[0] ?? '';
  // Where the front matter ended too soon, the parser is at the closing `---`: the last line above it is the one.
  const ended = reason.startsWith('unexpected end of the stream') ? 1 : 0;
  const line = location.line === undefined ? undefined : location.line + 1 - ended;
  const where = `${fromProject(location.file)}${line ? `:${line}` : ''}`;
  if (reason === 'duplicated mapping key' && line) {
    const key = /^\s*["']?([^"':#]+?)["']?\s*:/.exec(read(location.file).split(/\r?\n/)[line - 1] ?? '')?.[1];
    if (key)
      return new ContentError([`${where}: ${key}: this key is written twice in the front matter; keep one of them`]);
  }
  return new ContentError([`${where}: the front matter is not valid YAML: ${reason}`]);
}

/** A translation's front matter merged with its original's, read from their files (see `mergeTranslation`). */
async function readTranslation(
  filePath: string,
  data: Record<string, unknown>,
  options: { own: readonly string[]; images: readonly string[] },
): Promise<Record<string, unknown>> {
  const dir = dirname(filePath);
  const name = posix.basename(filePath).replace(/\.mdx?$/i, '');
  const original = ['.md', '.mdx'].map((ext) => resolve(dir, '..', name + ext)).find((file) => existsSync(file));
  const merged = mergeTranslation(
    {
      file: fromProject(filePath),
      data,
      lang: posix.basename(dir),
      expected: fromProject(resolve(dir, '..', `${name}.md`)),
      original: original ? { file: fromProject(original), data: await readFrontmatter(original) } : undefined,
    },
    options,
  );
  if ('problem' in merged) throw new ContentError([merged.problem]);
  return merged.data;
}

/** A file's path inside its collection's folder, `/`-separated: `de/2022_themis.md`. */
const entryIn = (folder: string, file: string) => relative(folder, file).split('\\').join('/');

/** Whether a file sits in a language folder at the top of its collection (`de/2022_themis.md`). */
const isTranslation = (entry: string) => entry.includes('/') && isLang(entry.slice(0, entry.indexOf('/')));

/**
 * How a collection's files are read: `images` are pictures beside the file; `translations` says what a file in a
 * language folder (`de/`) is: `{ own }`, a translation that sets only those fields and takes the rest from its
 * original (see `mergeTranslation`), or `'whole'`, a file complete in itself (a page); without it, a collection has
 * no translations. The editor at /admin/ reads the same (src/lib/cms/).
 */
export interface MarkdownFiles {
  images?: readonly string[];
  translations?: { own: readonly string[] } | 'whole';
}

/**
 * A digest of what shapes a stored entry besides its own file: the site's code (schemas, loaders, markdown plugins,
 * interface text; everything in src/ but the content), the config and the packages. Read once per process.
 */
export function codeDigest(root: string): Promise<string> {
  return (digest ??= readCodeDigest(root));
}
async function readCodeDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  const code = (await readdir(join(root, 'src'), { recursive: true }))
    .filter((file) => /\.(ts|mjs|js|json|astro)$/.test(file) && !/^content[\\/]/.test(file))
    .sort();
  for (const file of [...code.map((file) => join('src', file)), 'astro.config.mjs', 'package-lock.json']) {
    hash.update(file).update(await readFile(join(root, file)).catch(() => ''));
  }
  return hash.digest('hex');
}
let digest: Promise<string> | undefined;

/**
 * Astro keeps each collection's entries between builds (node_modules/.astro/, which the deploy restores) and reads a
 * file again only when its own text has changed. Two things besides it shape an entry, so they are taken care of
 * here before Astro's glob loader runs: a change to the code (see `codeDigest`) drops the collection's entries, and
 * translations, which take their facts (a deadline, say) from their original's file, are always read again.
 */
async function freshen(context: LoaderContext, merges: boolean): Promise<void> {
  const current = await codeDigest(fileURLToPath(context.config.root));
  if (context.meta.get('code') !== current) {
    context.store.clear();
    context.meta.set('code', current);
  }
  if (merges) for (const id of context.store.keys()) if (isTranslation(id)) context.store.delete(id);
}

/**
 * `astro dev`'s watcher as the glob loader sees it: when an original changes, its translations are read again too
 * (their entries dropped first: their own files have not changed, so Astro would keep them as they were).
 */
function withTranslations(context: LoaderContext, folder: string): LoaderContext['watcher'] {
  const { watcher, store } = context;
  if (!watcher) return watcher;
  const on = (event: string, listener: (path: string) => unknown) => {
    if (event !== 'change') return watcher.on(event, listener);
    return watcher.on('change', async (path: string) => {
      await listener(path);
      const entry = entryIn(folder, path);
      if (entry.startsWith('..') || isTranslation(entry)) return;
      const name = entry.replace(/\.mdx?$/i, '');
      for (const file of LANGUAGES.flatMap((lang) => ['.md', '.mdx'].map((ext) => `${lang}/${name}${ext}`))) {
        if (!existsSync(join(folder, file))) continue;
        store.delete(file.replace(/\.mdx?$/i, ''));
        await listener(join(folder, file));
      }
    });
  };
  return Object.assign(Object.create(watcher) as typeof watcher, { on });
}

/** A loader that says where it reads from and how, for the editor's configuration (src/lib/cms/). */
export type FilesLoader = Loader & { folder: string; files: MarkdownFiles };

/**
 * Astro's glob loader for markdown and MDX, with two changes: the id is the path without its
 * extension, exactly as the editor named the file (`2022_themis`, `for-students/jobs`), and dates
 * reach the schema as the text the editor wrote. Translations are read as `options` says (`MarkdownFiles`).
 */
export function markdownFiles(base: string, options: MarkdownFiles = {}): FilesLoader {
  const files = new Map<string, string>();
  const inner = glob({
    base,
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry }) => {
      const id = entry.replace(/\.mdx?$/i, '');
      const other = files.get(id);
      // Two files, one id (`a.md` and `a.mdx`): Astro would keep one of them and drop the other.
      if (other && other !== entry && existsSync(resolve(base, other))) {
        // Named in a fixed order, whichever of the two Astro happened to find first.
        const [first, second] = [entry, other].sort().map((file) => posix.join(base.replace(/^\.\//, ''), file));
        throw new ContentError([
          `${first}: this file and ${second} have the same name, so they would have the same URL; rename or remove one of them.`,
        ]);
      }
      files.set(id, entry);
      return id;
    },
  });
  const { translations } = options;
  return {
    name: 'markdown-files',
    folder: base.replace(/^\.\//, ''),
    files: options,
    load: (context) => loadTogether(context.collection, () => loadFiles(context)),
  };

  /**
   * Astro's glob loader with the steps above; gives the editor's mistakes. Astro's loader logs a file it cannot
   * render (one that breaks the content policy, see src/lib/markdown.ts) and publishes the page empty, and stops at
   * the first file whose front matter is wrong: here each is a mistake, and every file is read, so that the build
   * names them all at once. Only while loading: afterwards (the dev server reads a file again when it changes)
   * errors are logged or thrown as Astro does.
   */
  async function loadFiles(context: LoaderContext): Promise<string[]> {
    const failed: string[] = [];
    /** The entries whose front matter is wrong: Astro stores them anyway, so they are taken out again. */
    const rejected = new Set<string>();
    let loading = true;
    const logger = Object.assign(Object.create(context.logger) as typeof context.logger, {
      error: (message: string) =>
        loading ? void failed.push(renderFailure(message, base)) : context.logger.error(message),
    });
    const merges = translations !== undefined && translations !== 'whole';
    await freshen(context, merges);
    await inner
      .load({
        ...context,
        logger,
        watcher: merges ? withTranslations(context, resolve(base)) : context.watcher,
        parseData: async <TData extends Record<string, unknown>>(props: ParseDataOptions<TData>) => {
          const { filePath } = props;
          if (!filePath) return context.parseData(props);
          try {
            let data = (await readFrontmatter(filePath)) as TData;
            const entry = entryIn(resolve(base), filePath);
            if (merges && isTranslation(entry))
              data = (await readTranslation(filePath, data, {
                own: translations.own,
                images: options.images ?? [],
              })) as TData;
            await checkImages(filePath, data, options.images ?? []);
            return await context.parseData({ ...props, data });
          } catch (error) {
            const problem = restate(error, fromProject(filePath));
            if (!loading || !(problem instanceof ContentError)) throw problem;
            failed.push(problem.message);
            rejected.add(props.id);
            return props.data;
          }
        },
      })
      .catch((error: unknown) => {
        const problem = restateLoadError(error);
        // A file Astro could not read at all (its YAML, say) stops its loader: said with the mistakes found so far.
        if (!(problem instanceof ContentError)) throw problem;
        failed.push(problem.message);
      })
      .finally(() => {
        loading = false;
      });
    for (const id of rejected) context.store.delete(id);
    // In the order of the files, whichever order Astro read them in.
    return failed.sort();
  }
}

/**
 * Astro's message for a file it could not render (`Error rendering about.md: …`) as the editor reads it: the
 * problems as the content policy says them (they name the file and line), or else the file and what went wrong.
 */
export function renderFailure(message: string, base: string): string {
  const [, entry = '', reason = message] = /^Error rendering (.+?): ([\s\S]*)$/.exec(message) ?? [];
  const file = posix.join(base.replace(/^\.\//, ''), entry);
  return reason.startsWith(`${file}:`) ? reason : `${file}: the text could not be turned into a page: ${reason}`;
}
