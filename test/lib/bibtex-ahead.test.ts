import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAhead, parsedAhead } from '../../src/loaders/bibtex-ahead';
import { parseBibliography } from '../../src/lib/publications';

const PAPERS = `@string{jmlr = {Journal of Machine Learning Research}}
@article{mueller2024, author = {M{\\"u}ller, Anna and others}, title = {{B}ayesian Models}, journal = jmlr, year = 2024, month = mar}
@inproceedings{broken, title = {No comma} year = 2023}`;
const TALKS = `@misc{talk2025, author = {Schmidt, Jan}, title = {A Talk}, year = 2025}`;

describe('parseAhead: the .bib files parsed in a worker thread while Vite starts', () => {
  it('gives each file the parse the loader would make, entries and problems alike', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bibtex-ahead-'));
    await mkdir(join(folder, 'publications/talks'), { recursive: true });
    const papers = join(folder, 'publications/papers.bib');
    const talks = join(folder, 'publications/talks/talks.bib');
    await writeFile(papers, PAPERS);
    await writeFile(talks, TALKS);
    await writeFile(join(folder, 'publications/notes.md'), '# not BibTeX');

    expect((await parseAhead(folder)).map((parse) => parse.file).sort()).toEqual([papers, talks]);
    const parsed = await parsedAhead(papers, PAPERS);
    expect(parsed).toEqual(parseBibliography(PAPERS));
    expect(parsed?.problems).toHaveLength(1);
    expect(await parsedAhead(talks, TALKS)).toEqual(parseBibliography(TALKS));
    // Given once: the loader keeps it, and reads a file that changes later itself.
    expect(await parsedAhead(papers, PAPERS)).toBeUndefined();
    expect(await parsedAhead(join(folder, 'other.bib'), TALKS)).toBeUndefined();

    // Edited since it was parsed: the loader parses the file itself.
    await parseAhead(folder);
    expect(await parsedAhead(papers, `${PAPERS}\n`)).toBeUndefined();
  });

  it('parses nothing, and fails nothing, where there is no content folder', async () => {
    expect(await parseAhead(join(tmpdir(), 'no-such-folder-bibtex-ahead'))).toEqual([]);
    expect(await parsedAhead('/anywhere/papers.bib', TALKS)).toBeUndefined();
  });
});
