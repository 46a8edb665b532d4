// What the content loaders do to a file's front matter that needs no file system and no Astro: reading the YAML,
// merging a translation with its original, and saying schema problems the way every content error is said.
// Pure, so that the error catalogue (docs/errors.md) is tested without a build.
import { posix } from 'node:path';
import yaml from 'js-yaml';
import { ContentError } from '../lib/model/problems.ts';

/** Front matter: from a `---` line at the very start (after a byte-order mark, if any) to the next `---` line. */
export const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---/;

/**
 * What is wrong with a content file as a whole, before its front matter is read: it is not UTF-8 (read as UTF-8,
 * its accented letters would silently become "�"); its lines end in a lone carriage return (old Mac files: the
 * front matter would not be found); or its front matter does not start where Astro reads it, at the very first
 * byte (a space or an empty line before the first `---` makes the whole block body text, shown to visitors; `+++`
 * is TOML, which this site does not read). Undefined when the file is fine.
 */
export function fileProblem(source: string): string | undefined {
  const broken = source.indexOf('\uFFFD');
  if (broken >= 0) {
    const line = source.slice(0, broken).split('\n').length;
    return `the file is not saved as UTF-8 (line ${line} has a character that cannot be read); save it as UTF-8 in your editor`;
  }
  if (source.includes('\r') && !source.includes('\n')) {
    return 'the lines of the file end in a carriage return alone (old Mac line endings); save it with LF or CRLF line endings';
  }
  const control = controlCharacter(source);
  if (control) return control;
  const text = source.replace(/^\uFEFF/, '');
  if (/^\+\+\+\r?\n/.test(text)) {
    return 'the front matter is written in TOML (between +++ lines); write it in YAML between --- lines';
  }
  if (/^\s+---\r?\n/.test(text)) {
    return 'the front matter must start on the first line with ---, with nothing before it; remove the spaces or empty lines above it (as it is, the page would show it as text)';
  }
  return undefined;
}

/**
 * A control character anywhere in a file (tab, newline and the carriage return of CRLF aside): pasted from a word
 * processor, invisible in most editors, and it would make the feeds invalid XML. Said with its line.
 */
export function controlCharacter(source: string): string | undefined {
  const found = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(source);
  if (!found) return undefined;
  const line = source.slice(0, found.index).split('\n').length;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `line ${line} contains the control character U+${code} (often pasted from a word processor, and invisible in most editors); delete it`;
}

/**
 * A file's front matter, read with YAML's core schema, in which `2024-02-30` stays text. Astro's default YAML
 * reading turns it into a Date silently rolled over to 1 March; kept as text, the schema can say it is not a date.
 * A file without front matter has none (`{}`), so the schema names what is missing.
 */
export function parseFrontmatter(source: string, where: string): Record<string, unknown> {
  const block = FRONTMATTER.exec(source)?.[1] ?? '';
  let data: unknown;
  try {
    data = yaml.load(block, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    // The block starts on the file's second line; js-yaml counts from 0.
    const line = error.mark ? `:${error.mark.line + 2}` : '';
    const tag = /^unknown tag !<tag:yaml\.org,2002:(\w+)>/.exec(error.reason)?.[1];
    throw new ContentError([
      tag
        ? `${where}${line}: the YAML tag !!${tag} is not used in front matter; write the value as plain text`
        : `${where}${line}: the front matter is not valid YAML: ${error.reason}`,
    ]);
  }
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** Schema problems as every content error is said: one line each, `file: field: what was expected, what was found`. */
export function formatIssues(where: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return issues.map((issue) => `${where}: ${issue.path.map(String).join('.') || '(front matter)'}: ${issue.message}`);
}

/** A translation's file and front matter, and its original's (undefined when there is none). */
export interface TranslationFiles {
  /** `src/content/projects/de/2022_themis.md` */
  file: string;
  data: Record<string, unknown>;
  /** The language folder (`de`). */
  lang: string;
  /** Where the original is expected: the same file name one folder up. */
  expected: string;
  original: { file: string; data: Record<string, unknown> } | undefined;
}

/**
 * The front matter of a translation (`de/2022_themis.md`) over that of its original (`2022_themis.md`): a
 * translation sets only the fields in `own` (its title, its summary) and takes the facts (dates, deadline,
 * people) from the original, so that the two can never disagree. Pictures keep pointing at the original's.
 * Returns the merged data, or the problem that prevents it.
 */
export function mergeTranslation(
  { file, data, lang, expected, original }: TranslationFiles,
  options: { own: readonly string[]; images: readonly string[] },
): { data: Record<string, unknown> } | { problem: string } {
  if (!original) {
    return {
      problem: `${file}: this translation (${lang}/) has no original: expected ${expected}, with the same file name one folder up.`,
    };
  }
  const foreign = Object.keys(data).find((key) => !options.own.includes(key));
  if (foreign) {
    return {
      problem: `${file}: ${foreign}: a translation takes ${foreign} from its original (${original.file}); remove it here. A translation sets only: ${options.own.join(', ')}.`,
    };
  }
  const inherited = { ...original.data };
  for (const field of options.images) {
    const value = inherited[field];
    if (typeof value === 'string' && /^\.\.?\//.test(value)) inherited[field] = posix.join('..', value);
  }
  return { data: { ...inherited, ...data } };
}

/**
 * What is wrong with a picture field, if anything: a picture is a path relative to the content file (`./photo.jpg`),
 * and a file must be there. `missing` looks for it and returns where it looked (relative to the project) when there
 * is nothing.
 */
/** The kinds of picture astro:assets reads, by their file name. */
const PICTURE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

export async function pictureProblem(
  where: string,
  field: string,
  value: unknown,
  missing: (path: string) => Promise<string | undefined>,
): Promise<string | undefined> {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^\.\.?\//.test(value)) {
    return `${where}: ${field}: expected the path of a picture relative to this file, such as ./${field}.jpg, found ${JSON.stringify(value)}`;
  }
  if (!PICTURE.test(value)) {
    return `${where}: ${field}: expected a picture (.jpg, .jpeg, .png, .webp, .avif, .gif or .svg), found ${JSON.stringify(value)}`;
  }
  const lookedFor = await missing(value);
  return lookedFor ? `${where}: ${field}: there is no picture at ${value} (looked for ${lookedFor})` : undefined;
}
