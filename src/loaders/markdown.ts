import { existsSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { dirname, posix, relative, resolve } from 'node:path';
import type { Loader, ParseDataOptions } from 'astro/loaders';
import { glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { isLang } from '../i18n/languages';

const FRONTMATTER = /^\uFEFF?\s*---\r?\n([\s\S]*?\r?\n)?---/;

/**
 * Reads the front matter again with YAML's core schema, in which `2024-02-30` stays text. Astro's
 * default YAML reading turns it into a Date silently rolled over to 1 March; kept as text, the
 * schema can say it is not a date.
 */
async function readFrontmatter(filePath: string): Promise<Record<string, unknown>> {
  const source = await readFile(filePath, 'utf8');
  const block = FRONTMATTER.exec(source)?.[1] ?? '';
  const data = yaml.load(block, { schema: yaml.CORE_SCHEMA, filename: filePath });
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/**
 * Checks image fields before Astro resolves them, so that a missing or misplaced picture fails with
 * the content file and the field named (Astro's own error names neither).
 */
export async function checkImages(
  filePath: string,
  data: Record<string, unknown>,
  fields: readonly string[],
  where = fromProject(filePath),
): Promise<void> {
  const file = where;
  for (const field of fields) {
    const value = data[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || !/^\.\.?\//.test(value)) {
      throw new Error(
        `${file}: ${field}: expected the path of a picture relative to this file, such as ./${field}.jpg, found ${JSON.stringify(value)}`,
      );
    }
    const picture = resolve(dirname(filePath), value);
    if (
      !(await access(picture).then(
        () => true,
        () => false,
      ))
    ) {
      throw new Error(
        `${file}: ${field}: there is no picture at ${value} (looked for ${relative(process.cwd(), picture)})`,
      );
    }
  }
}

/** `src/content/pages/about.md`: a file as the editor finds it, relative to the project. */
export const fromProject = (file: string) => relative(process.cwd(), file);

/**
 * Astro's schema error, said the way every other content error here is said: one line per problem,
 * `file: field: what was expected, what was found` (`where` is the file, or the file and more).
 */
export function restate(error: unknown, where: string): unknown {
  if (!(error instanceof Error) || error.name !== 'InvalidContentEntryDataError') return error;
  const problems = [...error.message.matchAll(/^\s*\*\*(.*?)\*\*: (.*)$/gm)].map(
    ([, field, message]) => `${where}: ${field || '(front matter)'}: ${message}`,
  );
  return problems.length ? new Error(problems.join('\n')) : error;
}

/** A YAML syntax error, with the file relative to the project and the line. */
function restateLoadError(error: unknown): unknown {
  const location = (error as { loc?: { file?: string; line?: number } }).loc;
  if (!(error instanceof Error) || !location?.file || error.name === 'ContentError') return error;
  const where = `${fromProject(location.file)}${location.line ? `:${location.line}` : ''}`;
  return new Error(`${where}: the front matter is not valid YAML: ${error.message.split('\n')[0]}`);
}

/**
 * The front matter of a translation (`de/2022_themis.md`) over that of its original (`2022_themis.md`): a
 * translation sets only the fields in `own` (its title, its summary) and takes the facts (dates, deadline,
 * people) from the original, so that the two can never disagree. Pictures keep pointing at the original's.
 */
export async function mergeTranslation(
  filePath: string,
  data: Record<string, unknown>,
  options: { own: readonly string[]; images: readonly string[] },
): Promise<Record<string, unknown>> {
  const dir = dirname(filePath);
  const lang = posix.basename(dir);
  const name = posix.basename(filePath).replace(/\.mdx?$/i, '');
  const original = ['.md', '.mdx'].map((ext) => resolve(dir, '..', name + ext)).find((file) => existsSync(file));
  const file = fromProject(filePath);
  if (!original) {
    throw new Error(
      `${file}: this translation (${lang}/) has no original: expected ${fromProject(resolve(dir, '..', `${name}.md`))}, with the same file name one folder up.`,
    );
  }
  for (const key of Object.keys(data)) {
    if (!options.own.includes(key))
      throw new Error(
        `${file}: ${key}: a translation takes ${key} from its original (${fromProject(original)}); remove it here. A translation sets only: ${options.own.join(', ')}.`,
      );
  }
  const inherited = await readFrontmatter(original);
  for (const field of options.images) {
    const value = inherited[field];
    if (typeof value === 'string' && /^\.\.?\//.test(value)) inherited[field] = posix.join('..', value);
  }
  return { ...inherited, ...data };
}

/** Whether a file sits in a language folder at the top of its collection (`de/2022_themis.md`). */
const isTranslation = (entry: string) => entry.includes('/') && isLang(entry.slice(0, entry.indexOf('/')));

/**
 * Astro's glob loader for markdown and MDX, with two changes: the id is the path without its
 * extension, exactly as the editor named the file (`2022_themis`, `for-students/jobs`), and dates
 * reach the schema as the text the editor wrote. With `translations`, a file in a language folder
 * (`de/`) sets only the `own` fields and takes the rest from its original (see `mergeTranslation`).
 */
export function markdownFiles(
  base: string,
  options: { images?: readonly string[]; translations?: { own: readonly string[] } } = {},
): Loader {
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
        throw new Error(
          `${first}: this file and ${second} have the same name, so they would have the same URL; rename or remove one of them.`,
        );
      }
      files.set(id, entry);
      return id;
    },
  });
  return {
    name: 'markdown-files',
    load: (context) =>
      inner
        .load({
          ...context,
          parseData: async <TData extends Record<string, unknown>>(props: ParseDataOptions<TData>) => {
            if (!props.filePath) return context.parseData(props);
            let data = (await readFrontmatter(props.filePath)) as TData;
            const entry = relative(resolve(base), props.filePath).split('\\').join('/');
            if (options.translations && isTranslation(entry))
              data = (await mergeTranslation(props.filePath, data, {
                own: options.translations.own,
                images: options.images ?? [],
              })) as TData;
            await checkImages(props.filePath, data, options.images ?? []);
            return context.parseData({ ...props, data }).catch((error: unknown) => {
              throw restate(error, fromProject(props.filePath!));
            });
          },
        })
        .catch((error: unknown) => {
          throw restateLoadError(error);
        }),
  };
}
