import { describe, expect, it } from 'vitest';
import {
  authorName,
  groupByYear,
  monthNumber,
  parseBibliography,
  titleHtml,
  titleText,
  venueOf,
} from '../../src/lib/publications';
import { DICTIONARIES } from '../../src/i18n';

const one = (source: string) => {
  const { entries, problems } = parseBibliography(source);
  expect(problems).toEqual([]);
  expect(entries).toHaveLength(1);
  return entries[0]!;
};

describe('parseBibliography: the tricky cases of real BibTeX files', () => {
  it.each([
    ['{\\"u}', 'ü'],
    ['\\"{u}', 'ü'],
    ["{\\'e}", 'é'],
    ["{\\'\\i}", 'í'],
    ['{\\~n}', 'ñ'],
    ['{\\ss}', 'ß'],
    ['{\\o}', 'ø'],
    ['{\\c c}', 'ç'],
    ['{\\v s}', 'š'],
    ['{B}ayesian', 'Bayesian'],
    ['{{DNA}} and {RNA}', 'DNA and RNA'],
    ['50\\% less', '50% less'],
    ['pages 1--10', 'pages 1–10'],
  ])('LaTeX %s → %s', (latex, text) => {
    expect(one(`@misc{k, title = {${latex}}, year = 2024}`).fields.title).toBe(text);
  });

  it('splits authors, literal names and "and others"', () => {
    const entry = one(
      `@article{k, author = {M{\\"u}ller, J{\\"o}rg and Jane Doe and {Deep Learning Consortium} and van der Berg, Anna and others}, title = {T}, year = 2024}`,
    );
    expect(entry.authors).toEqual([
      { family: 'Müller', given: 'Jörg' },
      { family: 'Doe', given: 'Jane' },
      { literal: 'Deep Learning Consortium' },
      { family: 'van der Berg', given: 'Anna' },
    ]);
    expect(entry.others).toBe(true);
    expect(entry.authors.map(authorName)).toEqual([
      'Jörg Müller',
      'Jane Doe',
      'Deep Learning Consortium',
      'Anna van der Berg',
    ]);
  });

  it('expands @string and month macros, and concatenation with #', () => {
    const entry = one(`@string{icml = {Proceedings of ICML}}
@inproceedings{k, title = {T}, booktitle = icml # { 2023}, year = 2023, month = jul}`);
    expect(entry.fields.booktitle).toBe('Proceedings of ICML 2023');
    expect(entry.fields.month).toBe('7');
  });

  it('keeps al-folio fields, and leaves them out of the BibTeX that readers copy', () => {
    const entry = one(`@article{doe2024,
  title = {A {B}ayesian Paper},
  author = {Doe, Jane},
  journal = {J},
  year = {2024},
  month = feb,
  abbr = {JML}, selected = {true}, pdf = {doe.pdf}, code = {https://github.com/x/y},
  html = {https://example.org}, preview = {doe.png}, abstract = {Text.}, bibtex_show = {true},
  doi = {10.1000/xyz}, arxiv = {2401.01234},
}`);
    expect(entry.fields).toMatchObject({
      abbr: 'JML',
      selected: 'true',
      pdf: 'doe.pdf',
      code: 'https://github.com/x/y',
      html: 'https://example.org',
      preview: 'doe.png',
      abstract: 'Text.',
      bibtex_show: 'true',
      doi: '10.1000/xyz',
      arxiv: '2401.01234',
    });
    expect(entry.bibtex).toBe(`@article{doe2024,
  title = {A {B}ayesian Paper},
  author = {Doe, Jane},
  journal = {J},
  year = {2024},
  month = feb,
  doi = {10.1000/xyz},
  arxiv = {2401.01234},
}`);
  });

  it('gives each entry the line it starts on', () => {
    const { entries } = parseBibliography(`% a comment

@misc{a, title = {A}, year = 2020}

@misc{b,
  title = {B}, year = 2021}
`);
    expect(entries.map((e) => [e.key, e.line])).toEqual([
      ['a', 3],
      ['b', 5],
    ]);
  });

  it.each([
    [
      'a missing comma between fields',
      `@misc{ok, title = {A}, year = 2020}\n\n@article{broken2024,\n  title = {Missing comma}\n  author = {Doe, Jane},\n  year = {2024}\n}\n`,
      { line: 5, key: 'broken2024' },
    ],
    ['an unknown LaTeX command', `@misc{odd,\n  title = {\\foobar{x}},\n  year = 2020\n}`, { line: 1, key: 'odd' }],
    ['an unclosed brace', `@misc{open,\n  title = {Never closed,\n  year = 2020\n}\n`, { key: 'open' }],
  ])('reports %s with the line and the key', (_, source, where) => {
    const { problems } = parseBibliography(source);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject(where);
    expect(problems[0]!.message.length).toBeGreaterThan(0);
  });
});

describe('monthNumber', () => {
  it.each([
    ['7', 7],
    ['07', 7],
    ['jul', 7],
    ['July', 7],
    ['Sept', 9],
    ['sep.', 9],
    ['13', undefined],
    ['summer', undefined],
  ])('%s → %s', (value, expected) => expect(monthNumber(value)).toBe(expected));
});

describe('groupByYear: newest year first, then by month', () => {
  it('groups and orders', () => {
    const p = (title: string, year: number, month?: number) => ({ title, year, month });
    const years = groupByYear([p('B', 2023), p('A', 2024, 2), p('C', 2023, 11), p('D', 2022, 1), p('E', 2024, 6)]);
    expect(years.map(({ year, publications }) => [year, publications.map((x) => x.title)])).toEqual([
      [2024, ['E', 'A']],
      [2023, ['C', 'B']],
      [2022, ['D']],
    ]);
  });
  it('is empty for no publications', () => expect(groupByYear([])).toEqual([]));
});

describe('venueOf: where it appeared', () => {
  it.each([
    [{ journal: 'J. Stat.', volume: '12', number: '3', pages: '45--67' }, 'article', 'J. Stat., 12(3), 45–67'],
    [{ journal: 'J. Stat.' }, 'article', 'J. Stat.'],
    [{ booktitle: 'Proc. ICML', pages: '1-10' }, 'inproceedings', 'In Proc. ICML, pp. 1–10'],
    [{ school: 'University of Rostock' }, 'phdthesis', 'PhD thesis, University of Rostock'],
    [{ note: 'Preprint' }, 'misc', 'Preprint'],
    [{}, 'misc', undefined],
  ])('%o (%s) → %s', (fields, type, expected) =>
    expect(venueOf(fields, type, DICTIONARIES.en.publications.venue)).toBe(expected),
  );

  it.each([
    [{ booktitle: 'Proc. ICML', pages: '1-10' }, 'inproceedings', 'In Proc. ICML, S. 1–10'],
    [{ school: 'Universität Rostock' }, 'phdthesis', 'Dissertation, Universität Rostock'],
    [{ school: 'Universität Rostock' }, 'mastersthesis', 'Masterarbeit, Universität Rostock'],
  ])('in German: %o (%s) → %s', (fields, type, expected) =>
    expect(venueOf(fields, type, DICTIONARIES.de.publications.venue)).toBe(expected),
  );
});

describe('titleHtml: markup from LaTeX kept, anything else escaped', () => {
  it.each([
    ['Plain & simple', 'Plain &amp; simple'],
    ['With <i>emphasis</i> and x<sup>2</sup>', 'With <i>emphasis</i> and x<sup>2</sup>'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<span class="nocase">DNA</span>', 'DNA'],
    ['<b>opened, never closed', 'opened, never closed'],
    ['closed, never </i>opened', 'closed, never opened'],
    ['<b>Bold <i>both</i></b> end', '<b>Bold <i>both</i></b> end'],
  ])('%s', (title, html) => expect(titleHtml(title)).toBe(html));
});

describe('a title from BibTeX keeps its words and its angle brackets, and never opens an element', () => {
  it('keeps the angle brackets of an author’s name as written', () => {
    const [entry] = parseBibliography(
      '@misc{k, title = {T}, author = {{<Anon>} and Doe, Jane}, year = {2020}}',
    ).entries;
    expect(entry!.authors[0]).toEqual({ literal: '<Anon>' });
  });

  const title = (latex: string) => {
    const [entry] = parseBibliography(`@misc{k, title = {${latex}}, author = {Doe, Jane}, year = {2020}}`).entries;
    return { html: titleHtml(entry!.fields.title!), text: titleText(entry!.fields.title!), bibtex: entry!.bibtex };
  };
  it.each([
    ['\\textless b\\textgreater{} bold?', '&lt;b&gt; bold?', '<b> bold?'],
    ['$<$b$>$ tag', '&lt;b&gt; tag', '<b> tag'],
    ['a $<$ b $>$ c', 'a &lt; b &gt; c', 'a < b > c'],
    ['a < b', 'a &lt; b', 'a < b'],
    ['x <b>y</b>', 'x &lt;b&gt;y&lt;/b&gt;', 'x <b>y</b>'],
    ['\\emph{Deep} $\\beta$-VAE', '<i>Deep</i> β-VAE', 'Deep β-VAE'],
    ['$a \\lessdot b$ and \\textless{}x', 'a⋖b and &lt;x', 'a⋖b and <x'],
  ])('%s', (latex, html, text) => {
    expect(title(latex)).toMatchObject({ html, text });
    // The BibTeX shown to copy is what the author wrote.
    expect(title(latex).bibtex).toContain(latex);
  });
});
