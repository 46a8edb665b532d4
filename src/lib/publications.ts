import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import type { PersonName } from './people';

/** An author as BibTeX lists them: a person's name in parts, or a literal name (`{Deep Learning Consortium}`). */
export type Author = PersonName | { literal: string };

/** One BibTeX entry, ready for the publications schema: text fields with LaTeX turned into Unicode. */
export interface BibEntry {
  key: string;
  /** The line of the file on which the entry starts. */
  line: number;
  type: string;
  authors: Author[];
  /** The author list ends in `and others`. */
  others: boolean;
  /** The remaining fields by lower-case name, as text (`month = jul` is `7`). */
  fields: Record<string, string>;
  /** The entry as BibTeX again, for readers to copy: macros expanded, the site's own fields left out. */
  bibtex: string;
}

/** A problem in a `.bib` file: where it is, which entry, and what is wrong. */
export interface BibProblem {
  line: number | undefined;
  key: string | undefined;
  message: string;
}

/** al-folio's display fields: they steer the site and are left out of the BibTeX that readers copy. */
const SITE_FIELDS = new Set(['abbr', 'selected', 'pdf', 'code', 'html', 'preview', 'bibtex_show', 'abstract']);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `ı` followed by an accent (from `{\'\i}`) is an accented `i`; then accents are composed (`í`). */
const tidy = (text: string) =>
  text
    .replace(/ı(?=\p{M})/gu, 'i')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();

/** A name is text: an author's own angle brackets are themselves again (see `ANGLES`). */
function toAuthor(creator: Creator): Author {
  const name = (text: string) => tidy(plainAngles(text));
  if (creator.name !== undefined) return { literal: name(creator.name) };
  const family = [creator.prefix, creator.lastName].filter(Boolean).join(' ');
  const given = [creator.firstName, creator.suffix].filter(Boolean).join(', ');
  return { family: name(family), given: name(given) };
}

const isOthers = (creator: Creator) => (creator.name ?? creator.lastName)?.toLowerCase() === 'others';

/** A creator list as BibTeX writes it: `Doe, Jane and {Deep Learning Consortium} and others`. */
function creatorsAsBibtex(creators: Creator[]): string {
  return creators
    .map((c) =>
      c.name !== undefined
        ? c.name === 'others'
          ? 'others'
          : `{${c.name}}`
        : [[c.prefix, c.lastName].filter(Boolean).join(' '), c.suffix, c.firstName].filter(Boolean).join(', '),
    )
    .join(' and ');
}

/** The entry as clean BibTeX, from the parser's raw (still LaTeX) fields. */
function asBibtex(raw: Entry): string {
  const lines = Object.entries(raw.fields)
    .filter(([name]) => !SITE_FIELDS.has(name))
    .map(([name, value]) => {
      if (Array.isArray(value)) {
        const text =
          name in { author: 1, editor: 1 } || typeof value[0] === 'object'
            ? creatorsAsBibtex(value as Creator[])
            : (value as string[]).join(' and ');
        return `  ${name} = {${text}},`;
      }
      if (name === 'month' && /^\d+$/.test(value) && MONTHS[Number(value) - 1]) {
        return `  month = ${MONTHS[Number(value) - 1]},`;
      }
      return `  ${name} = {${value}},`;
    });
  return `@${raw.type}{${raw.key},\n${lines.join('\n')}\n}`;
}

/**
 * Parses a `.bib` file with @retorquere/bibtex-parser: `@string`s and month macros expanded, LaTeX accents
 * and braces turned into Unicode (`{\"u}` → ü), names split, `and others` noted. Every entry the parser
 * could not read, and every LaTeX command it does not know, is a problem with its line and key.
 */
export function parseBibliography(source: string): { entries: BibEntry[]; problems: BibProblem[] } {
  const options = { english: false, sentenceCase: false as const };
  // The parser writes its own markup as HTML tags (`\emph{}` → `<i>`) and reads a literal `<` as `¡`; angle
  // brackets the author wrote reach it as stand-ins, so that they stay text (see `ANGLES`).
  const raw = parse(source, { ...options, raw: true });
  source = protectAngles(source);
  const library = parse(source, options);

  let cursor = 0;
  let line = 1;
  let counted = 0;
  const located = library.entries.map((entry) => {
    const at = entry.input ? source.indexOf(entry.input, cursor) : -1;
    if (at < 0) return { entry, line: undefined };
    for (let i = counted; i < at; i++) if (source.charCodeAt(i) === 10) line++;
    counted = at;
    cursor = at + entry.input.length;
    return { entry, line };
  });

  const problems: BibProblem[] = library.errors.map((error) => {
    const key = /^\s*@\w+\s*[{(]\s*([^,\s]+)/.exec(error.input ?? '')?.[1];
    const lineInMessage = /at line (\d+)/.exec(error.error)?.[1];
    const containing = error.input ? located.find(({ entry }) => entry.input.includes(error.input!)) : undefined;
    const message = error.error
      .replace(/ at line \d+, column \d+/, '')
      .replace(/^unhandled macro/, 'unknown LaTeX command')
      .replace(
        /^Token mismatch, expected "\}", found "(.*?)"\.\.\. in "\w+"$/s,
        (_, found: string) =>
          `expected a comma or "}" before "${found.split('\n')[0]}…" (is a comma missing at the end of the line before?)`,
      );
    return {
      line: lineInMessage ? Number(lineInMessage) : containing?.line,
      key: key ?? containing?.entry.key,
      message,
    };
  });

  const entries: BibEntry[] = [];
  for (const [index, { entry, line }] of located.entries()) {
    if (line === undefined) continue; // An entry the parser gave up on: reported among the problems.
    const creators = (entry.fields.author ?? []) as Creator[];
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(entry.fields)) {
      const text =
        typeof value === 'string'
          ? value
          : name !== 'author' && Array.isArray(value)
            ? (value as string[]).join(', ')
            : undefined;
      // The title keeps the stand-ins for `titleHtml` and `titleText`; other fields are text.
      if (text !== undefined) fields[name] = tidy(name === 'title' ? text : plainAngles(text));
    }
    entries.push({
      key: entry.key,
      line,
      type: entry.type.toLowerCase(),
      authors: creators.filter((creator) => !isOthers(creator)).map(toAuthor),
      others: creators.some(isOthers),
      fields,
      bibtex: asBibtex(raw.entries[index] ?? entry),
    });
  }
  return { entries, problems };
}

/** The month of `month = …` as a number: `7`, `07`, `jul`, `July`, `Sept` → 7. */
export function monthNumber(value: string): number | undefined {
  const text = value.trim().toLowerCase();
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  const index = MONTHS.indexOf(text.slice(0, 3));
  return index >= 0 && /^[a-z]+\.?$/.test(text) ? index + 1 : undefined;
}

/** What the publications list needs to order and group entries. */
export interface Dated {
  year: number;
  month?: number | undefined;
  title: string;
}

/** Newest year first; within a year, the latest month first (entries without a month after), then by title. */
export function groupByYear<P extends Dated>(publications: readonly P[]): { year: number; publications: P[] }[] {
  const sorted = publications.toSorted(
    (a, b) => b.year - a.year || (b.month ?? 0) - (a.month ?? 0) || a.title.localeCompare(b.title, 'en'),
  );
  const years: { year: number; publications: P[] }[] = [];
  for (const publication of sorted) {
    const last = years.at(-1);
    if (last?.year === publication.year) last.publications.push(publication);
    else years.push({ year: publication.year, publications: [publication] });
  }
  return years;
}

/** "Jane Doe": an author's name as the citation shows it. */
export function authorName(author: Author): string {
  return 'literal' in author ? author.literal : [author.given, author.family].filter(Boolean).join(' ');
}

/**
 * Stand-ins for the angle brackets an author wrote (`<`, `>`, `\textless`, `\textgreater`, `$<$`), private-use
 * characters that the parser passes through, so that they cannot be told apart from the parser's own markup.
 */
const ANGLES = { '<': '\uE000', '>': '\uE001' } as const;

function protectAngles(source: string): string {
  return source
    .replace(/\\textless(?![a-zA-Z])(?:\{\}|[ \t]+)?/g, ANGLES['<'])
    .replace(/\\textgreater(?![a-zA-Z])(?:\{\}|[ \t]+)?/g, ANGLES['>'])
    .replace(/[<>]/g, (angle) => ANGLES[angle as '<' | '>']);
}

const plainAngles = (text: string) => text.replaceAll(ANGLES['<'], '<').replaceAll(ANGLES['>'], '>');

/**
 * Title markup the parser produces from LaTeX (`\emph{}` → `<i>`, `^{2}` → `<sup>`), kept; everything else
 * escaped, the author's own `<` and `>` included. An element is only kept with its end, so a title can never leave
 * the rest of the page bold. The result is safe to insert as HTML.
 */
export function titleHtml(title: string): string {
  const escape = (text: string) =>
    plainAngles(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const parts = title.replace(/<\/?span\b[^>]*>/g, '').split(/(<\/?(?:i|b|em|strong|sup|sub)>)/);
  const open: string[] = [];
  const closed = new Set<number>();
  parts.forEach((part, index) => {
    const tag = /^<(\/?)(\w+)>$/.exec(part);
    if (!tag || index % 2 === 0) return;
    if (!tag[1]) open.push(`${index}:${tag[2]}`);
    else {
      const at = open.findLastIndex((entry) => entry.endsWith(`:${tag[2]}`));
      if (at < 0) return;
      closed.add(Number(open[at]!.split(':')[0])).add(index);
      open.splice(at);
    }
  });
  return parts.map((part, index) => (index % 2 === 0 ? escape(part) : closed.has(index) ? part : '')).join('');
}

/** The plain text of a title (for `<title>`-like uses and sorting). */
export const titleText = (title: string) => plainAngles(title.replace(/<[^>]*>/g, ''));

/** The words a citation needs, in a language (the dictionary's `publications.venue`). */
export interface VenueWords {
  in: string;
  pages: string;
  phdThesis: string;
  mastersThesis: string;
}

/** Where a publication appeared: the journal with volume, number and pages, or the proceedings, or the publisher. */
export function venueOf(fields: Record<string, string>, type: string, words: VenueWords): string | undefined {
  const pages = fields.pages ? `${words.pages} ${fields.pages.replace(/-+/g, '–')}` : undefined;
  if (fields.journal) {
    const issue = fields.volume ? `${fields.volume}${fields.number ? `(${fields.number})` : ''}` : undefined;
    return [fields.journal, issue, fields.pages?.replace(/-+/g, '–')].filter(Boolean).join(', ');
  }
  if (fields.booktitle) return [`${words.in} ${fields.booktitle}`, pages].filter(Boolean).join(', ');
  const thesis = type === 'phdthesis' ? words.phdThesis : type === 'mastersthesis' ? words.mastersThesis : undefined;
  const where = fields.school ?? fields.institution ?? fields.publisher ?? fields.howpublished ?? fields.organization;
  const parts = [thesis, where, fields.note].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}
