// An al-folio bibliography as this site takes it: the files its entries name (previews and PDFs), the fields that
// name a file of the old site, and the display fields this site does not show. Imported by scripts/import-al-folio.ts.

/** A field of a .bib file: its name, its value as written (braces or quotes taken off), where it starts, its line. */
interface Field {
  name: string;
  value: string;
  /** The index of the field's name in the file, and of the character after its value (and comma). */
  start: number;
  end: number;
  line: number;
}

/**
 * The fields named `names` in a .bib file, wherever they are written (on a line of their own, or on one line with the
 * entry), with values in braces (nested braces and line breaks included), in quotes, or bare.
 */
export function fieldsNamed(source: string, names: readonly string[]): Field[] {
  const fields: Field[] = [];
  const pattern = new RegExp(`(^|[,{\\s])(${names.join('|')})\\s*=\\s*`, 'gi');
  for (const match of source.matchAll(pattern)) {
    const start = match.index + match[1]!.length;
    let at = match.index + match[0].length;
    let value = '';
    if (source[at] === '{') {
      let depth = 0;
      const from = at;
      for (; at < source.length; at++) {
        if (source[at] === '{') depth++;
        else if (source[at] === '}' && --depth === 0) break;
      }
      value = source.slice(from + 1, at);
      at++;
    } else if (source[at] === '"') {
      const close = source.indexOf('"', at + 1);
      value = source.slice(at + 1, close < 0 ? source.length : close);
      at = close < 0 ? source.length : close + 1;
    } else {
      const bare = /^[^,}\s]*/.exec(source.slice(at))![0];
      value = bare;
      at += bare.length;
    }
    const comma = /^\s*,[ \t]*/.exec(source.slice(at));
    fields.push({
      name: match[2]!.toLowerCase(),
      value: value.trim(),
      start,
      end: at + (comma ? comma[0].length : 0),
      line: source.slice(0, start).split('\n').length,
    });
  }
  return fields;
}

/** A .bib file without some of its fields (each with its comma; a line left empty goes too). */
export function withoutFields(source: string, fields: readonly Pick<Field, 'start' | 'end'>[]): string {
  let text = source;
  for (const { start, end } of [...fields].sort((a, b) => b.start - a.start)) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    const before = text.slice(lineStart, start);
    const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
    // A field on a line of its own takes the line with it.
    text =
      !before.trim() && !after.trim()
        ? text.slice(0, lineStart) + text.slice(lineEnd < 0 ? text.length : lineEnd + 1)
        : text.slice(0, start) + text.slice(end);
  }
  return text;
}

/**
 * The files an al-folio bibliography uses: `preview = {x.png}` pictures (al-folio keeps them in
 * `assets/img/publication_preview/`; here they sit next to the .bib in `previews/`) and `pdf = {x.pdf}`
 * files (al-folio: `assets/pdf/`; here: `public/papers/`), with the field that names each. Web addresses are left
 * alone; where a name leads (`../`) is checked by the importer (scripts/lib/confine.ts).
 */
export function bibliographyFiles(source: string): (Field & { from: string; to: string })[] {
  return fieldsNamed(source, ['preview', 'pdf'])
    .filter((field) => field.value && !field.value.includes('://'))
    .map((field) =>
      field.name === 'preview'
        ? {
            ...field,
            from: `assets/img/publication_preview/${field.value}`,
            to: `src/content/publications/previews/${field.value}`,
          }
        : { ...field, from: `assets/pdf/${field.value}`, to: `public/papers/${field.value}` },
    );
}

/** `html = {relativity.html}`: a field al-folio reads as a file of the site, which this site takes as a web address. */
export function localHtmlFields(source: string): Field[] {
  return fieldsNamed(source, ['html']).filter((field) => !/^https?:\/\//i.test(field.value));
}

/** al-folio's display fields of a .bib that this site does not show (it shows abbr, selected, pdf, code, html, preview,
 * bibtex_show and abstract). */
const UNSHOWN_FIELDS = [
  'additional_info',
  'altmetric',
  'annotation',
  'award',
  'award_name',
  'blog',
  'dimensions',
  'google_scholar_id',
  'inspirehep_id',
  'poster',
  'slides',
  'supp',
  'video',
  'website',
];

/** Which of them a .bib uses, and in how many entries. */
export function unshownFields(source: string): string[] {
  const counts = new Map<string, number>();
  for (const [, name] of source.matchAll(/^\s*([a-z_]+)\s*=/gim)) {
    const field = name!.toLowerCase();
    if (UNSHOWN_FIELDS.includes(field)) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return [...counts].map(([field, count]) => `${field} (${count} ${count === 1 ? 'entry' : 'entries'})`);
}
