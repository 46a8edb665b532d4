import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { DICTIONARIES, LANGUAGES } from '../i18n';
import { parseBibliography, venueOf, type BibEntry } from '../lib/publications';
import { bibFilesBelow, parsedAhead } from './bibtex-ahead';
import { controlCharacter } from './frontmatter';
import { checkImages, codeDigest, fromProject, restate } from './markdown';
import { loadTogether } from './together';

/** Where `pdf = {paper.pdf}` files live: `public/papers/`, served at `/papers/`. */
export const PDF_FOLDER = 'papers';

/** What an entry gives the publications schema: the fields the site shows, by their BibTeX names. */
function toData(entry: BibEntry): Record<string, unknown> {
  const { fields } = entry;
  const arxiv = fields.arxiv ?? (fields.archiveprefix?.toLowerCase() === 'arxiv' ? fields.eprint : undefined);
  const pdf =
    fields.pdf && !fields.pdf.includes('://') ? `/${PDF_FOLDER}/${fields.pdf.replace(/^\/+/, '')}` : fields.pdf;
  return {
    type: entry.type,
    author: entry.authors,
    others: entry.others,
    title: fields.title,
    year: fields.year,
    month: fields.month,
    // Said in each language ("In Proceedings of …, pp. 1–8" / "In …, S. 1–8"): the page picks its own.
    venue: Object.fromEntries(
      LANGUAGES.flatMap((lang) => {
        const venue = venueOf(fields, entry.type, DICTIONARIES[lang].publications.venue);
        return venue ? [[lang, venue]] : [];
      }),
    ),
    doi: fields.doi?.replace(/^https?:\/\/(dx\.)?doi\.org\//, ''),
    arxiv: arxiv?.replace(/^arxiv:/i, ''),
    abbr: fields.abbr,
    selected: fields.selected,
    bibtex_show: fields.bibtex_show,
    pdf,
    code: fields.code,
    html: fields.html ?? fields.url,
    preview: fields.preview && !fields.preview.startsWith('.') ? `./previews/${fields.preview}` : fields.preview,
    abstract: fields.abstract,
    bibtex: entry.bibtex,
  };
}

type Parsed = ReturnType<typeof parseBibliography>;

/** What reading bibliographies needs from outside: the file system, the schema, and how a file is parsed. */
export interface BibliographyChecks {
  /**
   * A file's entries and problems: `parseBibliography`, or what it gave for the same file in the last build or in a
   * worker thread (bibtex-ahead.ts).
   */
  parse?: (file: { filePath: string; name: string; source: string }) => Parsed | Promise<Parsed>;
  /** Whether a file exists below public/ (`/papers/a.pdf`). */
  inPublic: (path: string) => boolean;
  /** Fails when a picture field is wrong (see `checkImages`). */
  checkPictures: (filePath: string, data: Record<string, unknown>, where: string) => Promise<void>;
  /** The entry as the schema makes it, or an error. */
  validate: (id: string, data: Record<string, unknown>, filePath: string) => Promise<Record<string, unknown>>;
  /** An error of `validate` or `checkPictures` as the editor reads it, at `where`. */
  say: (error: unknown, where: string) => string;
}

/**
 * The publications of some `.bib` files (`name` is the file as the editor finds it), each checked: BibTeX that does
 * not parse, a citation key used twice, a PDF that is not in public/papers/, a field the schema refuses. Every
 * problem of every file is returned, each with the file, the line and the key.
 */
export async function readBibliographies(
  files: readonly { filePath: string; name: string; source: string }[],
  checks: BibliographyChecks,
): Promise<{ entries: { id: string; data: Record<string, unknown>; filePath: string }[]; problems: string[] }> {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const entries: { id: string; data: Record<string, unknown>; filePath: string }[] = [];
  for (const { filePath, name, source } of files) {
    const control = controlCharacter(source);
    if (control) {
      problems.push(`${name}: ${control}`);
      continue;
    }
    const parsed = (await checks.parse?.({ filePath, name, source })) ?? parseBibliography(source);
    for (const problem of parsed.problems) {
      const where = `${name}${problem.line ? `:${problem.line}` : ''}${problem.key ? `: ${problem.key}` : ''}`;
      problems.push(`${where}: the entry is not valid BibTeX: ${problem.message}`);
    }
    for (const entry of parsed.entries) {
      const where = `${name}:${entry.line}: ${entry.key}`;
      if (parsed.problems.some((problem) => problem.key === entry.key)) continue;
      const other = seen.get(entry.key);
      if (other) {
        problems.push(`${where}: the citation key is already used at ${other}; each entry needs its own key.`);
        continue;
      }
      seen.set(entry.key, `${name}:${entry.line}`);
      const data = toData(entry);
      if (typeof data.pdf === 'string' && data.pdf.startsWith('/') && !checks.inPublic(data.pdf)) {
        problems.push(
          `${where}: pdf: there is no file public${data.pdf}; put the PDF there or give a full https:// address`,
        );
        continue;
      }
      try {
        await checks.checkPictures(filePath, data, where);
        entries.push({ id: entry.key, data: await checks.validate(entry.key, data, filePath), filePath });
      } catch (error) {
        problems.push(checks.say(error, where));
      }
    }
  }
  return { entries, problems };
}

/**
 * A file's parse, kept in the content layer's store (node_modules/.astro/, which the deploy restores) under a digest
 * of the file and the site's code: parsing is most of what a bibliography costs (about 1 ms an entry), and a lab's
 * .bib files change less often than the rest. A file not kept was most likely parsed ahead, in a worker thread.
 */
async function keptParse(
  context: LoaderContext,
  code: string,
  file: { filePath: string; name: string; source: string },
): Promise<Parsed> {
  const key = `parsed:${file.name}`;
  const digest = context.generateDigest(`${code}\n${file.source}`);
  const kept = context.meta.get(key);
  if (kept) {
    const { digest: was, parsed } = JSON.parse(kept) as { digest: string; parsed: Parsed };
    if (was === digest) return parsed;
  }
  const parsed = (await parsedAhead(file.filePath, file.source)) ?? parseBibliography(file.source);
  context.meta.set(key, JSON.stringify({ digest, parsed }));
  return parsed;
}

/** Reads every `.bib` file below `base` into the store; gives every problem of every file (and stores nothing then). */
async function loadAll(base: string, context: LoaderContext): Promise<string[]> {
  const files = await Promise.all(
    (await bibFilesBelow(resolve(base))).map(async (filePath) => ({
      filePath,
      name: fromProject(filePath),
      source: await readFile(filePath, 'utf8'),
    })),
  );
  const code = await codeDigest(fileURLToPath(context.config.root));
  const { entries, problems } = await readBibliographies(files, {
    parse: (file) => keptParse(context, code, file),
    inPublic: (path) => existsSync(join('public', path)),
    checkPictures: (filePath, data, where) => checkImages(filePath, data, ['preview'], where),
    validate: (id, data, filePath) => context.parseData({ id, data, filePath }),
    say: (error, where) => {
      const restated = restate(error, where);
      return restated instanceof Error ? restated.message : String(restated);
    },
  });
  if (problems.length) return problems;
  context.store.clear();
  for (const { id, data, filePath } of entries) {
    context.store.set({ id, data, filePath: fromProject(filePath), digest: context.generateDigest(data) });
  }
  return [];
}

/**
 * A content loader for BibTeX: every entry of every `.bib` file below `base` is one publication, its id
 * the citation key. Parsing is @retorquere/bibtex-parser's (see src/lib/publications.ts); a malformed
 * entry fails the build with the file, the line and the key.
 */
export function bibtexFiles(base: string): Loader & { folder: string; pdfFolder: string } {
  return {
    name: 'bibtex-files',
    // For the editor at /admin/ (src/lib/cms/): the .bib files are uploaded here, the PDFs to public/papers/.
    folder: base.replace(/^\.\//, ''),
    pdfFolder: `public/${PDF_FOLDER}`,
    load: async (context) => {
      await loadTogether(context.collection, () => loadAll(base, context));
      const folder = resolve(base);
      context.watcher?.add(folder);
      const reload = (path: string) => {
        if (!path.startsWith(folder) || !path.endsWith('.bib')) return;
        loadAll(base, context).then(
          (problems) =>
            problems.length
              ? context.logger.error(problems.join('\n'))
              : context.logger.info(`Reloaded ${fromProject(path)}`),
          (error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher?.on(event, reload);
    },
  };
}
