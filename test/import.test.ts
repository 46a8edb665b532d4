import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertPage, findAssets, removeTopLevelKeys, rootAssetLinks } from '../scripts/lib/alfolio';
import { copyProject, root, type BuildResult } from './helpers/build';
import { buildProject } from './helpers/sites';

const alFolio = join(root, 'test/fixtures/al-folio');
const run = promisify(execFile);
const importInto = (dir: string, ...flags: string[]) =>
  run(process.execPath, [join(root, 'scripts/import-al-folio.ts'), alFolio, ...flags], {
    cwd: dir,
    env: { ...process.env, SITE_NOW: '2026-11-28' },
  });

describe('the al-folio importer, on a small al-folio site', () => {
  let dir: string;
  let report: string;
  let build: BuildResult;

  beforeAll(async () => {
    dir = await copyProject({ content: {} });
    report = (await importInto(dir)).stdout;
    build = await buildProject(dir, { SITE_NOW: '2026-11-28' });
  });

  afterAll(() => build?.cleanup());

  it('reports what it converted and what needs a person: dropped keys, Liquid lines, guesses', () => {
    expect(report).toContain('Converted 5 pages, 2 projects, 2 news items and 1 BibTeX file');
    expect(report).toContain(
      '_pages/about.md: dropped keys this site does not use: subtitle, profile, news, selected_papers, social',
    );
    expect(report).toContain('_pages/about.md: layout "about" became "home"');
    expect(report).toContain(
      '_pages/cv.md:13: Liquid, commented out, needs a person: Download the CV as a PDF: {{ page.cv_pdf }}',
    );
    expect(report).toContain(
      '_pages/projects.md: became the introduction of /projects/, whose list the site makes itself (its Liquid is left out)',
    );
    // The CV page is made by Liquid from _data/cv.yml: published, it would be empty.
    expect(report).toContain(
      '_pages/cv.md: nothing but Liquid, which this site does not run; kept as a draft (draft: true) for a person to write',
    );
    expect(report).toContain(
      '_pages/dropdown.md: dropped menu children whose pages were not imported: publications (/publications/), blog (/blog/)',
    );
    expect(report).toContain(
      '_projects/1_project.md: al-folio projects have no dates; start is 2026 for now, correct it',
    );
    expect(report).toContain(
      '_projects/2022_themis.md:5: uses assets/img/missing.jpg, which the al-folio site does not have; left out',
    );
    expect(report).toContain('_news/announcement_2.md: dropped keys this site does not use: related_posts');
    expect(report).toContain('src/content/people/: al-folio highlights one author');
  });

  it('writes a site that builds, with the pages, the menu, the projects and their pictures', async () => {
    expect(build.ok, build.output).toBe(true);
    const home = load(await build.read('index.html'));
    expect(home('main').text()).toContain('We develop machine-learning methods for complex systems.');
    expect(home('main img').attr('src')).toBe('/assets/img/12.jpg');
    expect(await readFile(join(build.dir, 'dist/assets/img/12.jpg'))).toEqual(
      await readFile(join(alFolio, 'assets/img/12.jpg')),
    );
    expect(
      home('header nav.hidden > ul > li')
        .map((_, li) => home(li).find('a, summary').first().text().trim())
        .get(),
    ).toEqual(['projects', 'submenus', 'Join Us!']);
    const projects = load(await build.read('projects/index.html'));
    expect(projects('h1').text()).toBe('projects');
    expect(projects('main').text()).not.toContain('{%');
    const project = load(await build.read('projects/1_project/index.html'));
    expect(project('main img').attr('src')).toMatch(/\.webp$/);
    expect(project('main').text()).not.toContain('{%');
    expect(await readFile(join(dir, 'src/content/pages/join-us.md'), 'utf8')).toContain(
      '# dropdown: true\n# children:',
    );
  });

  it('converts the news, and the bibliography with its preview pictures and PDFs', async () => {
    expect(await readFile(join(dir, 'src/content/news/announcement_1.md'), 'utf8')).toBe(
      '---\ndate: 2024-01-15\n---\n\nTwo PhD/postdoc positions are open.\n',
    );
    const news = load(await build.read('news/index.html'));
    expect(news('main li h3').text()).toBe('A long announcement');
    expect(news('#news-announcement_2 time').attr('datetime')).toBe('2023-11-02');

    const publications = load(await build.read('publications/index.html'));
    const entry = publications('#pub-doe2024');
    expect(entry.find('h3').text()).toBe('A Paper about Bayesian Things');
    expect(entry.find('h3 + p').text().trim()).toBe('Jane Doe, Jörg Müller, et al.');
    expect(entry.find('img').attr('src')).toMatch(/^\/_astro\/doe2024\..*\.webp$/);
    expect(entry.find('a[href="/papers/doe2024.pdf"]')).toHaveLength(1);
    expect(await readFile(join(build.dir, 'dist/papers/doe2024.pdf'))).toEqual(
      await readFile(join(alFolio, 'assets/pdf/doe2024.pdf')),
    );
  });

  it('never overwrites a file without --force, and a second import writes nothing', async () => {
    const page = join(dir, 'src/content/pages/cv.md');
    await writeFile(page, '---\ntitle: Edited by hand\n---\n');
    const again = (await importInto(dir)).stdout;
    expect(again).toContain('Nothing was written');
    expect(again).toContain(
      'Not written, because the file exists (--force overwrites):\n  - src/content/pages/cv.md\n',
    );
    expect(await readFile(page, 'utf8')).toBe('---\ntitle: Edited by hand\n---\n');
    await importInto(dir, '--force');
    expect(await readFile(page, 'utf8')).toContain('title: cv');
    expect((await importInto(dir)).stdout).not.toContain('Not written');
  });
});

describe('the al-folio importer stays inside its folders', () => {
  let outside: string;
  let dir: string;
  let report: string;

  beforeAll(async () => {
    // An al-folio site inside a folder that holds a secret, with files that try to reach out of both.
    outside = await mkdtemp(join(tmpdir(), 'outside-'));
    const evil = join(outside, 'al-folio');
    await cp(alFolio, evil, { recursive: true });
    await writeFile(join(outside, 'secret.txt'), 'secret');
    await symlink(join(outside, 'secret.txt'), join(evil, 'assets/img/linked.jpg'));
    // Files the site has, which a .bib tries to write outside the project's folders.
    await mkdir(join(evil, '.github/workflows'), { recursive: true });
    await writeFile(join(evil, '.github/workflows/injected.yml'), 'on: push');
    await mkdir(join(evil, 'src'), { recursive: true });
    await writeFile(join(evil, 'site.config.ts'), 'export const site = "taken over";');
    await writeFile(join(evil, 'src/site.config.ts'), 'export const site = "taken over";');
    await writeFile(
      join(evil, '_bibliography/evil.bib'),
      [
        '@misc{evil1,',
        '  title = {One},',
        '  author = {Doe, Jane},',
        '  year = {2024},',
        '  preview = {../../../site.config.ts},',
        '  pdf = {../../.github/workflows/injected.yml},',
        '}',
        '@misc{evil2,',
        '  title = {Two},',
        '  author = {Doe, Jane},',
        '  year = {2024},',
        '  preview = {new-folder/../../../../src/site.config.ts},',
        '}',
        '',
      ].join('\n'),
    );
    await writeFile(
      join(evil, '_pages/leak.md'),
      '---\ntitle: Leak\n---\n\n![a](assets/../../secret.txt)\n\n![b](assets/img/linked.jpg)\n\n![c](assets/img/..\\..\\..\\secret.txt)\n',
    );
    dir = await copyProject({ content: {} });
    report = (
      await run(process.execPath, [join(root, 'scripts/import-al-folio.ts'), evil], {
        cwd: dir,
        env: { ...process.env, SITE_NOW: '2026-11-28' },
      })
    ).stdout;
  });

  afterAll(async () => {
    await rm(outside, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('reads nothing outside the al-folio site and says where each attempt was', () => {
    expect(report).toContain(
      '_pages/leak.md:5: "assets/../../secret.txt" points outside the al-folio site; it was not imported',
    );
    expect(report).toContain(
      '_pages/leak.md:7: "assets/img/linked.jpg" is a symbolic link to a file outside the al-folio site; it was not imported',
    );
    expect(report).toContain(
      '_pages/leak.md:9: "assets/img/..\\\\..\\\\..\\\\secret.txt" has a backslash or a NUL in it; it was not imported',
    );
  });

  it('writes nothing outside src/content/ and public/, and says where each attempt was', async () => {
    expect(report).toContain(
      '_bibliography/evil.bib:5: would write src/content/publications/previews/../../../site.config.ts, which is outside src/content/ and public/; it was not written',
    );
    expect(report).toContain(
      '_bibliography/evil.bib:6: would write public/papers/../../.github/workflows/injected.yml, which is outside src/content/ and public/; it was not written',
    );
    // A folder that does not exist yet is no way around the check.
    expect(report).toContain(
      '_bibliography/evil.bib:12: would write src/content/publications/previews/new-folder/../../../../src/site.config.ts, which is outside src/content/ and public/; it was not written',
    );
    expect(await readFile(join(dir, 'src/site.config.ts'), 'utf8')).toBe(
      await readFile(join(root, 'src/site.config.ts'), 'utf8'),
    );
    expect(existsSync(join(dir, '.github/workflows/injected.yml'))).toBe(false);
    expect(existsSync(join(dir, 'public/secret.txt'))).toBe(false);
    const publicFiles = await readdir(join(dir, 'public'), { recursive: true });
    expect(publicFiles.filter((file) => file.includes('secret') || file.includes('linked'))).toEqual([]);
  });
});

describe('importer helpers', () => {
  it('removes top-level keys with their nested lines and keeps comments', () => {
    const yamlText = 'title: A\nprofile:\n  align: right\n  image: x.jpg\n# nav: true\nnews: true\nnav_order: 2\n';
    expect(removeTopLevelKeys(yamlText, ['profile', 'news'])).toBe('title: A\n# nav: true\nnav_order: 2\n');
  });

  it('finds the assets a body links to and makes the links site paths', () => {
    const body =
      '![A](assets/img/a.jpg) and <img src="/assets/img/b.png"> and [pdf](/assets/pdf/cv.pdf) and ![web](https://x.org/c.jpg)';
    expect(findAssets(body)).toEqual(['assets/img/a.jpg', 'assets/img/b.png', 'assets/pdf/cv.pdf']);
    expect(rootAssetLinks(body)).toBe(
      '![A](/assets/img/a.jpg) and <img src="/assets/img/b.png"> and [pdf](/assets/pdf/cv.pdf) and ![web](https://x.org/c.jpg)',
    );
  });

  it('keeps the al-folio join-us front matter as written', () => {
    const source =
      '---\nlayout: page\ntitle: Join Us!\ndescription: \npermalink: /join-us/\nnav: true\nnav_order: 99\n# dropdown: true\n---\nHi\n';
    const { text, notes } = convertPage('_pages/join-us.md', source, new Set());
    expect(text).toBe(source);
    expect(notes).toEqual([]);
  });
});
