import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertPage, findAssets, removeTopLevelKeys, rootAssetLinks, withoutLinksTo } from '../scripts/lib/alfolio';
import { copyProject, root, type BuildResult } from './helpers/build';
import { buildProject } from './helpers/sites';
import { validateHtml } from './gates/site';
import { EXAMPLES, examplesIn, LEGAL_EXAMPLES } from '../scripts/lib/examples';
import { fieldsNamed, withoutFields } from '../scripts/lib/alfolio-bibtex';

const alFolio = join(root, 'test/fixtures/al-folio');
const run = promisify(execFile);
const importFrom = (site: string, dir: string, ...flags: string[]) =>
  run(process.execPath, [join(root, 'scripts/import-al-folio.ts'), site, ...flags], {
    cwd: dir,
    env: { ...process.env, SITE_NOW: '2026-11-28' },
  });

describe('the al-folio importer, on a fresh copy of the project with its examples', () => {
  let site: string;
  let dir: string;
  let report: string;
  let build: BuildResult;

  beforeAll(async () => {
    // The al-folio site as a git repository of its own, in which one project came in on 15 March 2021.
    site = await mkdtemp(join(tmpdir(), 'al-folio-'));
    await cp(alFolio, site, { recursive: true });
    const git = (...args: string[]) =>
      run('git', ['-C', site, ...args], {
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Lab',
          GIT_AUTHOR_EMAIL: 'lab@example.org',
          GIT_COMMITTER_NAME: 'Lab',
          GIT_COMMITTER_EMAIL: 'lab@example.org',
          GIT_AUTHOR_DATE: '2021-03-15T12:00:00+01:00',
          GIT_COMMITTER_DATE: '2021-03-15T12:00:00+01:00',
        },
      });
    await git('init', '-q');
    await git('add', '_projects/3_code.md');
    await git('commit', '-q', '-m', 'A project');
    dir = await copyProject({});
    report = (await importFrom(site, dir)).stdout;
    build = await buildProject(dir, { SITE_NOW: '2026-11-28' });
  });

  afterAll(async () => {
    await build?.cleanup();
    await rm(site, { recursive: true, force: true });
  });

  it('replaces the examples, lists what it removed, and keeps the legal pages with a note', async () => {
    expect(report).toContain("Removed (the demo lab's examples, which the import replaces):");
    for (const [path] of EXAMPLES) {
      if (LEGAL_EXAMPLES.has(path)) {
        expect(report).toContain(`${path}: the example's text is kept, since the site needs this page`);
        expect(existsSync(join(dir, path))).toBe(true);
      } else expect(report).toContain(`  - ${path}\n`);
    }
    expect(await readdir(join(dir, 'src/content/positions'))).toEqual([]);
    expect(existsSync(join(dir, 'src/content/people/erika-mustermann.md'))).toBe(false);
  });

  it('settles the addresses: 404 left out, / is the home page, the special pages introduce the lists', () => {
    expect(report).toContain('_pages/404.md: left out: the site has its own page for addresses that do not exist');
    expect(report).toContain('_pages/blog.md: became the introduction of /blog/');
    expect(report).toContain('_pages/about.md: became the home page (src/content/pages/index.md)');
    expect(report).toContain('_pages/profiles.md: became the introduction of /people/');
    expect(report).toContain('_pages/publications.md: became the introduction of /publications/');
  });

  it('converts the posts: the day of their date, tags and categories as tags, display formulas, drafts, pictures', async () => {
    expect(report).toContain(', 4 posts and ');
    expect(await readFile(join(dir, 'src/content/posts/2015-03-15-formatting-and-links.md'), 'utf8')).toBe(
      [
        '---',
        'title: a post with formatting and links',
        'date: 2015-03-15',
        'tags:',
        '  - formatting',
        '  - links',
        '  - sample-posts',
        'description: march & april, looking forward to summer',
        '---',
        '',
        'This theme supports **bold** text and [links to our papers](/publications/).',
        '',
      ].join('\n'),
    );
    expect(report).toContain(
      '_posts/2015-03-15-formatting-and-links.md: dropped keys this site does not use: giscus_comments, related_posts',
    );
    const math = await readFile(join(dir, 'src/content/posts/2015-10-20-math.md'), 'utf8');
    expect(math).toContain('date: 2015-10-20\n');
    expect(math).toContain('Inline math such as $$ E = mc^2 $$ is set in the line.');
    expect(math).toContain('$$\n\\sum_{k=1}^\\infty |\\langle x, e_k \\rangle|^2 \\leq \\|x\\|^2\n$$');
    const unpublished = await readFile(join(dir, 'src/content/posts/2024-01-01-unpublished.md'), 'utf8');
    expect(unpublished).toContain('image: ./2024-01-01-unpublished-12.jpg\ndraft: true\n');
    expect(existsSync(join(dir, 'src/content/posts/2024-01-01-unpublished-12.jpg'))).toBe(true);
    expect(report).toContain(
      '_posts/2023-04-24-elsewhere.md: left out: it leads to https://blog.example.org/a-post/ instead of holding a post',
    );
    expect(existsSync(join(dir, 'src/content/posts/2023-04-24-elsewhere.md'))).toBe(false);
  });

  it("takes the lab's name, description, address, folder and owner from _config.yml and _data/socials.yml", async () => {
    const config = await readFile(join(dir, 'src/site.config.ts'), 'utf8');
    expect(config).toContain("name: 'Machine Learning Lab Example',");
    expect(config).toContain('description: "A small lab site in al-folio\'s formats, for the importer\'s tests.",');
    expect(config).toContain("url: process.env.SITE_URL || 'https://example.github.io',");
    expect(config).toContain("base: process.env.SITE_BASE || '/ml-lab/',");
    expect(config).toContain("email: 'jane.doe@example.org',");
    // The rest of the file as it was, comments too.
    expect(config).toContain('// The imprint and privacy notice, linked from every page');
    expect(await readFile(join(dir, 'src/content/people/jane-doe.md'), 'utf8')).toBe(
      [
        '---',
        'name: Jane Doe',
        'role: pi',
        'aliases:',
        '  - Doe, Jane',
        '  - Doe, J.',
        'email: jane.doe@example.org',
        'orcid: 0000-0002-1825-0097',
        'scholar: https://scholar.google.com/citations?user=qc6CJjYAAAAJ',
        'github: https://github.com/janedoe',
        '---',
        '',
      ].join('\n'),
    );
    expect(report).toContain('_data/socials.yml: not converted (no field for them here): linkedin_username');
  });

  it('converts Liquid precisely, dates projects from their history, and leaves out what is missing', async () => {
    const code = await readFile(join(dir, 'src/content/projects/3_code.md'), 'utf8');
    expect(code).toContain(
      '```liquid\n{% include figure.liquid path="assets/img/1.jpg" title="example image" class="img-fluid" %}\n{{ site.baseurl }}/assets/img/1.jpg\n```',
    );
    expect(code).toContain('![The harbour](/assets/img/12.jpg)');
    expect(code).toContain('start: 2021-03\n');
    expect(report).toContain(
      '_projects/3_code.md: its start 2021-03 is when the file came into the al-folio repository',
    );
    expect(report).toContain('_projects/1_project.md: has no start date');
    expect(await readFile(join(dir, 'src/content/projects/1_project.md'), 'utf8')).toContain('draft: true');
    expect(await readFile(join(dir, 'src/content/news/announcement_3.md'), 'utf8')).toContain(
      'A new paper ✨ was accepted.',
    );
    expect(await readFile(join(dir, 'src/content/pages/index.md'), 'utf8')).toContain(
      'See [our projects](/projects/) and\n[our papers](/publications/).',
    );
    expect(report).toContain(
      '_projects/1_project.md:13: uses assets/img/1.jpg, which the al-folio site does not have; left out',
    );
    expect(report).toContain(
      '_bibliography/papers.bib:28: uses assets/pdf/missing.pdf, which the al-folio site does not have; left out',
    );
    expect(report).toContain('_bibliography/papers.bib:25: html = {relativity.html} names a file of the old site');
    expect(report).toContain(
      '_bibliography/papers.bib: kept, but this site does not show these al-folio fields: altmetric (1 entry), slides (1 entry)',
    );
    const bib = await readFile(join(dir, 'src/content/publications/papers.bib'), 'utf8');
    expect(bib).not.toMatch(/relativity|missing\.pdf/);
  });

  it('ends by checking the site, and says what to do next', () => {
    expect(report).toContain('Checked: the site builds with the imported content.');
    expect(report).toContain('Next:\n  1. Go through "Needs a person" above');
  });

  it('gives a site that builds as al-folio had it: its home page, its menu, its name and folder, its papers', async () => {
    expect(build.ok, build.output).toBe(true);
    const home = load(await build.read('index.html'));
    expect(home('title').text()).toBe('about · Machine Learning Lab Example');
    expect(home('link[rel="canonical"]').attr('href')).toBe('https://example.github.io/ml-lab/');
    expect(home('main').text()).toContain('We develop machine-learning methods for complex systems.');
    expect(home('main img').attr('src')).toBe('/ml-lab/assets/img/12.jpg');
    expect(
      home('header nav.hidden > ul > li')
        .map((_, li) => home(li).find('a, summary').first().text().trim())
        .get(),
    ).toEqual(['blog', 'publications', 'projects', 'people', 'submenus', 'Join Us!']);
    expect(home('body').text()).not.toMatch(/Mustermann|Beispiel|Arbeitsgruppe Maschinelles Lernen/);

    const publications = load(await build.read('publications/index.html'));
    const entry = publications('#pub-doe2024');
    expect(entry.find('h3').text()).toBe('A Paper about Bayesian Things');
    expect(entry.find('h3 + p a').text()).toBe('Jane Doe');
    // Spelled as the BibTeX has it, and linked to the owner all the same.
    expect(publications('#pub-doe2023 h3 + p a').text()).toBe('J. Doe');
    expect(publications('#pub-doe2023 h3 + p a').attr('href')).toBe('/ml-lab/people/jane-doe/');
    expect(entry.find('a[href="/ml-lab/papers/doe2024.pdf"]')).toHaveLength(1);
    expect(await readFile(join(build.dir, 'dist/papers/doe2024.pdf'))).toEqual(
      await readFile(join(alFolio, 'assets/pdf/doe2024.pdf')),
    );

    const project = load(await build.read('projects/3_code/index.html'));
    expect(project('main pre code').text()).toContain('{% include figure.liquid path="assets/img/1.jpg"');

    // The blog: its posts at addresses without the date, formulas set at build.
    const blog = load(await build.read('blog/index.html'));
    expect(
      blog('main article h2')
        .map((_, h2) => blog(h2).text().trim())
        .get(),
    ).toEqual(['Hello', 'a post with math', 'a post with formatting and links']);
    const math = load(await build.read('blog/math/index.html'));
    expect(math('main .katex-display math').length).toBe(1);
    expect(math('main p .katex math').length).toBe(1);
    expect(problems(await validateHtml(join(build.dir, 'dist')))).toEqual([]);
  });

  it('a second import writes nothing and says so; without --force it never overwrites', async () => {
    const again = (await importFrom(site, dir, '--no-check')).stdout;
    expect(again).toContain('Nothing was written: the project already has every file as the import would write it.');
    expect(again).not.toContain('Removed');
    const page = join(dir, 'src/content/pages/join-us.md');
    await writeFile(page, '---\ntitle: Edited by hand\n---\n');
    expect((await importFrom(site, dir, '--no-check')).stdout).toContain(
      'Not written, because the file exists (--force overwrites):\n  - src/content/pages/join-us.md\n',
    );
    expect(await readFile(page, 'utf8')).toBe('---\ntitle: Edited by hand\n---\n');
    await importFrom(site, dir, '--force', '--no-check');
    expect(await readFile(page, 'utf8')).toContain('title: Join Us!');
  });
});

const problems = (findings: { file: string; problem: string }[]) =>
  findings.map(({ file, problem }) => `${file}: ${problem}`);

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
      join(evil, '_projects/leak.md'),
      '---\ntitle: Leak\ndescription: A project whose picture is outside.\nimg: ../secret.txt\n---\n\nText.\n',
    );
    // Code a build would run, named as a PDF and as a project's picture.
    await mkdir(join(evil, 'src/content/pages'), { recursive: true });
    await writeFile(join(evil, 'src/content/pages/evil.mdx'), 'export const x = 1;');
    await writeFile(join(evil, 'assets/img/evil.mdx'), 'export const x = 1;');
    await writeFile(
      join(evil, '_bibliography/code.bib'),
      '@misc{code1, title = {Code}, author = {Doe, Jane}, year = {2024}, pdf = {../../src/content/pages/evil.mdx}}\n',
    );
    await writeFile(
      join(evil, '_projects/2020_code.md'),
      '---\ntitle: Code\ndescription: A project whose picture is code.\nimg: assets/img/evil.mdx\n---\n\nText.\n',
    );
    await writeFile(
      join(evil, '_bibliography/absolute.bib'),
      '@misc{abs1,\n  title = {Abs},\n  author = {Doe, Jane},\n  year = {2024},\n  pdf = {/etc/hostname},\n}\n',
    );
    await writeFile(
      join(evil, '_pages/leak.md'),
      '---\ntitle: Leak\n---\n\n![a](assets/../../secret.txt)\n\n![b](assets/img/linked.jpg)\n\n![c](assets/img/..\\..\\..\\secret.txt)\n',
    );
    dir = await copyProject({ content: {} });
    report = (await importFrom(evil, dir, '--no-check')).stdout;
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

  it('reads no picture of a project from outside, and takes an absolute path as one inside the site', async () => {
    expect(report).toContain(
      '_projects/leak.md:4: "../secret.txt" points outside the al-folio site; it was not imported',
    );
    expect(report).toContain(
      '_bibliography/absolute.bib:5: uses assets/pdf//etc/hostname, which the al-folio site does not have; left out',
    );
    expect(existsSync(join(dir, 'public/papers/etc/hostname'))).toBe(false);
  });

  it('copies only pictures and PDFs where they go, never a file a build would run', async () => {
    expect(report).toContain(
      '_bibliography/code.bib:1: "assets/pdf/../../src/content/pages/evil.mdx" is not a kind of file that goes to src/content/pages/evil.mdx; it was not imported',
    );
    expect(report).toContain(
      '_projects/2020_code.md:4: "assets/img/evil.mdx" is not a kind of file that goes to src/content/projects/2020_code-evil.mdx; it was not imported',
    );
    const content = await readdir(join(dir, 'src/content'), { recursive: true });
    expect(content.filter((file) => file.endsWith('.mdx'))).toEqual([]);
    // The entry keeps its other fields, and the project goes on without its picture.
    expect(await readFile(join(dir, 'src/content/publications/code.bib'), 'utf8')).toBe(
      '@misc{code1, title = {Code}, author = {Doe, Jane}, year = {2024}, }\n',
    );
    expect(await readFile(join(dir, 'src/content/projects/2020_code.md'), 'utf8')).not.toContain('image:');
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
  it('finds a .bib field wherever it is written, and removes just the field', () => {
    const bib =
      '@misc{a,\n  title = {A},\n  pdf = {\n    gone.pdf\n  },\n  preview = {p.png}, abstract = {An {abstract}.}}\n@misc{b, pdf = {b.pdf}}\n';
    const fields = fieldsNamed(bib, ['pdf', 'preview']);
    expect(fields.map(({ name, value, line }) => [name, value, line])).toEqual([
      ['pdf', 'gone.pdf', 3],
      ['preview', 'p.png', 6],
      ['pdf', 'b.pdf', 7],
    ]);
    expect(withoutFields(bib, fields)).toBe('@misc{a,\n  title = {A},\n  abstract = {An {abstract}.}}\n@misc{b, }\n');
  });

  it('knows the examples this project ships, as shipped, every one of them (update scripts/lib/examples.ts when one changes)', async () => {
    const { unchanged, edited } = examplesIn(root);
    expect(edited).toEqual([]);
    expect(unchanged).toEqual(EXAMPLES.map(([path]) => path));
    const shipped = (await readdir(join(root, 'src/content'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
    expect(EXAMPLES.map(([path]) => path)).toEqual(shipped);
  });

  it('removes top-level keys with their nested lines and keeps comments', () => {
    const yamlText = 'title: A\nprofile:\n  align: right\n  image: x.jpg\n# nav: true\nnews: true\nnav_order: 2\n';
    expect(removeTopLevelKeys(yamlText, ['profile', 'news'])).toBe('title: A\n# nav: true\nnav_order: 2\n');
    // A comment inside a dropped key does not leave its indented lines behind.
    expect(removeTopLevelKeys('profile:\n  a: 1\n# note\n  b: 2\ntitle: A\n', ['profile'])).toBe('# note\ntitle: A\n');
  });

  it('leaves the pictures named in code samples alone', () => {
    const body = '![a](assets/img/a.jpg)\n\n```md\n![example](assets/img/your-picture.jpg)\n```\n';
    expect(findAssets(body)).toEqual(['assets/img/a.jpg']);
    expect(rootAssetLinks(body)).toBe(
      '![a](/assets/img/a.jpg)\n\n```md\n![example](assets/img/your-picture.jpg)\n```\n',
    );
    expect(
      withoutLinksTo('![gone](/assets/img/g.jpg)\n```\n![gone](/assets/img/g.jpg)\n```', '/assets/img/g.jpg'),
    ).toBe('\n```\n![gone](/assets/img/g.jpg)\n```');
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
