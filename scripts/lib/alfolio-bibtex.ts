// An al-folio bibliography as this site takes it: the files its entries name (previews and PDFs), the fields that
// name a file of the old site, and the display fields this site does not show. Imported by scripts/import-al-folio.ts.

/**
 * The files an al-folio bibliography uses: `preview = {x.png}` pictures (al-folio keeps them in
 * `assets/img/publication_preview/`; here they sit next to the .bib in `previews/`) and `pdf = {x.pdf}`
 * files (al-folio: `assets/pdf/`; here: `public/papers/`), with the line that names each. Web addresses are left
 * alone; where a name leads (`../`) is checked by the importer (scripts/lib/confine.ts).
 */
export function bibliographyFiles(source: string): { from: string; to: string; line: number }[] {
  const files: { from: string; to: string; line: number }[] = [];
  for (const match of source.matchAll(/^\s*(preview|pdf)\s*=\s*[{"]([^}"]+)[}"]/gim)) {
    const [, field, value] = match;
    const name = value!.trim();
    if (name.includes('://')) continue;
    const line = source.slice(0, match.index + match[0].indexOf(field!)).split('\n').length;
    files.push(
      field!.toLowerCase() === 'preview'
        ? { from: `assets/img/publication_preview/${name}`, to: `src/content/publications/previews/${name}`, line }
        : { from: `assets/pdf/${name}`, to: `public/papers/${name}`, line },
    );
  }
  return files;
}

/** `html = {relativity.html}`: a field al-folio reads as a file of the site, which this site takes as a web address. */
export function localHtmlFields(source: string): { line: number; value: string }[] {
  return [...source.matchAll(/^\s*html\s*=\s*[{"]([^}"]+)[}"]/gim)]
    .filter(([, value]) => !/^https?:\/\//i.test(value!.trim()))
    .map((match) => ({
      line: source.slice(0, match.index + match[0].search(/html/i)).split('\n').length,
      value: match[1]!.trim(),
    }));
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
