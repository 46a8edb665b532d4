import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  convertPage,
  findAssets,
  removeTopLevelKeys,
  rootAssetLinks,
  withLinksMoved,
  withoutLinksTo,
} from '../scripts/lib/alfolio';
import { fingerprint, isAlFolioExamplePost } from '../scripts/lib/alfolio-examples';
import {
  convertPost,
  jekyllAddress,
  settlePostAddresses,
  type ConvertedPost,
  type PostContext,
} from '../scripts/lib/alfolio-posts';
import { convertLiquid } from '../scripts/lib/liquid';
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
    expect(report).toContain(', 6 posts and ');
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

  it('converts a post as a lab writes it: its authors, its picture, its Liquid, and links to posts by their old addresses', async () => {
    // The .markdown file becomes .md; the authors' owner is linked by id, a guest is named.
    expect(await readFile(join(dir, 'src/content/posts/2024-03-10-causality-workshop.md'), 'utf8')).toBe(
      [
        '---',
        "title: 'Recap: our causality workshop'",
        'date: 2024-03-10',
        'authors:',
        '  - jane-doe',
        '  - Ada Guest',
        'tags:',
        '  - causality',
        '  - workshop',
        '  - events',
        '  - lab news',
        'description: Two days of talks on causal inference, in Rostock',
        'image: ./2024-03-10-causality-workshop-12.jpg',
        '---',
        '',
        'Thirty people came to Rostock to talk about estimating $p(y \\mid do(x))$ from observational data.',
        '',
        '![The workshop at the harbour](/assets/img/12.jpg)',
        '',
        '<!-- al-folio Liquid: {% include video.liquid path="assets/video/opening.mp4" controls=true %} -->',
        '',
        'The slides build on [our post on math](/blog/math/) and on',
        '[formatting](/blog/formatting-and-links/); the next post waits,',
        "and the comments are al-folio's.",
        '',
      ].join('\n'),
    );
    expect(await readFile(join(dir, 'src/content/posts/2024-03-10-causality-workshop-12.jpg'))).toEqual(
      await readFile(join(alFolio, 'assets/img/12.jpg')),
    );
    const workshop = '_posts/2024-03-10-causality-workshop.markdown';
    expect(report).toContain(
      `${workshop}: authors shown by name, as guests: Ada Guest; write a lab member's file name`,
    );
    expect(report).toContain(`${workshop}: dropped keys this site does not use: giscus_comments, toc`);
    expect(report).toContain(`${workshop}:19: Liquid, commented out, needs a person: {% include video.liquid`);
    expect(report).toContain(`${workshop}: links to /blog/2024/unpublished/, which waits as a draft; the links keep`);
    expect(report).toContain(`${workshop}: links to /blog/2015/disqus-comments/, a post that was not imported;`);
    // A news item's {% post_url %} leads to the post's address here.
    expect(await readFile(join(dir, 'src/content/news/announcement_2.md'), 'utf8')).toContain(
      'Read [the recap of our workshop](/blog/causality-workshop/).',
    );
    // No title and no date: the title al-folio showed (from the file name) and the day of the file name.
    expect(await readFile(join(dir, 'src/content/posts/2023-09-01-summer-school.md'), 'utf8')).toBe(
      '---\ntitle: Summer School\ndate: 2023-09-01\ntags:\n  - summer school\n  - teaching\n---\n\nWe taught at the summer school in Warnemünde.\n',
    );
    expect(report).toContain(
      '_posts/2023-09-01-summer-school.md: thumbnail https://example.org/pictures/summer-school.jpg is a picture on another site; left out',
    );
  });

  it("reports the posts it does not convert: HTML, distill, undated, drafts, other feeds, and al-folio's own examples", async () => {
    expect(report).toContain(
      '_posts/2021-02-01-old-news.html: not converted: a post in HTML (only markdown posts are); write it in markdown to import it',
    );
    expect(report).toContain(
      '_posts/2022-06-01-distill-notes.md: left out: a distill post, whose elements <d-cite>, <d-footnote> this site does not have',
    );
    expect(report).toContain(
      '_posts/notes.md: left out: al-folio did not publish it, since Jekyll takes only posts named YYYY-MM-DD-title.md',
    );
    expect(report).toContain("_drafts: not converted (Jekyll's unpublished posts: move one to _posts/ with published");
    expect(report).toContain('_config.yml: external_sources (1) not converted');
    expect(report).toContain(
      "Left out (al-folio's own example posts, as al-folio ships them):\n  - _posts/2015-10-20-disqus-comments.md\n",
    );
    const posts = await readdir(join(dir, 'src/content/posts'));
    expect(posts.filter((file) => /distill|old-news|notes|disqus|elsewhere/.test(file))).toEqual([]);
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
    ).toEqual([
      'Hello',
      'Recap: our causality workshop',
      'Summer School',
      'a post with math',
      'a post with formatting and links',
    ]);
    const workshop = load(await build.read('blog/causality-workshop/index.html'));
    expect(workshop('main header a[href="/ml-lab/people/jane-doe/"]').text()).toBe('Jane Doe');
    expect(workshop('main .prose a[href="/ml-lab/blog/formatting-and-links/"]').text()).toBe('formatting');
    expect(workshop('main article > img')).toHaveLength(1);
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

  const people: PostContext['people'] = new Map([
    ['jane-doe', 'jane-doe'],
    ['jane doe', 'jane-doe'],
  ]);
  const post = (front: string, file = '_posts/2015-03-15-a-post.md', permalink?: string) =>
    convertPost(file, `---\n${front}\n---\n\nText.\n`, { baseurl: '/lab', people, ...(permalink && { permalink }) });
  const frontOf = (converted: ReturnType<typeof convertPost>) =>
    'leftOut' in converted ? converted.leftOut : converted.text.split('\n---\n')[0];

  it("maps a post's front matter: the day of its date-time, tags, categories, drafts, its picture", () => {
    const converted = post(
      [
        'layout: post',
        'title: a post',
        'date: 2015-03-15 23:09:00-0400',
        'description: words',
        'tags: formatting links, code',
        'categories: [sample-posts, Lab News]',
        'category: talks',
        'thumbnail: /lab/assets/img/9.jpg',
        'published: false',
        'featured: true',
        'pretty_table: true',
      ].join('\n'),
    ) as ConvertedPost;
    expect(frontOf(converted)).toBe(
      [
        '---',
        'title: a post',
        'date: 2015-03-15',
        'tags:',
        '  - formatting',
        '  - links',
        '  - code',
        '  - sample-posts',
        '  - Lab News',
        '  - talks',
        'description: words',
        'image: ./2015-03-15-a-post-9.jpg',
        'draft: true',
      ].join('\n'),
    );
    expect(converted.image).toEqual({ from: 'assets/img/9.jpg', to: 'posts/2015-03-15-a-post-9.jpg' });
    expect(converted.draft).toBe(true);
    expect(converted.notes).toEqual([
      '_posts/2015-03-15-a-post.md: dropped keys this site does not use: featured, pretty_table',
    ]);
    // `image` works as `thumbnail` does, also as jekyll-seo-tag's object; a thumbnail wins over it.
    expect(frontOf(post('title: a\nimage:\n  path: assets/img/1.png\n  width: 300'))).toContain(
      'image: ./2015-03-15-a-post-1.png',
    );
    const both = post('title: a\nthumbnail: assets/img/t.jpg\nimage: assets/img/i.jpg') as ConvertedPost;
    expect(both.image?.from).toBe('assets/img/t.jpg');
    expect(both.notes).toEqual(['_posts/2015-03-15-a-post.md: dropped keys this site does not use: image']);
  });

  it("takes a post's day from its file name when its date is not one, and its title as al-folio showed it", () => {
    const converted = post('date: March 2015', '_posts/2015-3-5-our-new-paper.md') as ConvertedPost;
    expect(converted.path).toBe('posts/2015-03-05-our-new-paper.md');
    expect(converted.address).toBe('/blog/our-new-paper/');
    expect(frontOf(converted)).toBe('---\ntitle: Our New Paper\ndate: 2015-03-05');
    expect(converted.notes).toEqual([
      '_posts/2015-3-5-our-new-paper.md: renamed to 2015-03-05-our-new-paper.md, because the file name becomes the URL',
      '_posts/2015-3-5-our-new-paper.md: its date March 2015 is not a day (YYYY-MM-DD); the day of its file name is used',
      '_posts/2015-3-5-our-new-paper.md: had no title; it is "Our New Paper" now, as al-folio showed it',
    ]);
  });

  it("links a post's authors who are lab members, names guests, and leaves out an id that is nobody's", () => {
    const converted = post(
      'title: a\nauthors:\n  - name: Jane Doe\n    url: https://x.org\n  - Ada Guest\n  - jdoe',
    ) as ConvertedPost;
    expect(frontOf(converted)).toMatch(/\nauthors:\n {2}- jane-doe\n {2}- Ada Guest$/);
    expect(converted.notes).toEqual([
      '_posts/2015-03-15-a-post.md: author "jdoe" is written like a person\'s id, but src/content/people/jdoe.md will not exist; left out: write the person\'s file or their full name',
      "_posts/2015-03-15-a-post.md: authors shown by name, as guests: Ada Guest; write a lab member's file name (jane-doe) to link their page",
    ]);
    expect(frontOf(post('title: a\nauthor: Jane Doe'))).toMatch(/\nauthors:\n {2}- jane-doe$/);
  });

  it('leaves out a post that leads elsewhere, a distill post with its own elements, and a file Jekyll did not publish', () => {
    const redirect = post('title: a\nredirect: https://blog.example.org/a/');
    expect('leftOut' in redirect && redirect.redirect).toBe('https://blog.example.org/a/');
    expect(frontOf(post('title: a\nredirect: /assets/pdf/a.pdf'))).toBe(
      '_posts/2015-03-15-a-post.md: left out: it leads to /assets/pdf/a.pdf instead of holding a post; link to it from a page or a news item',
    );
    const distill = convertPost(
      '_posts/2018-12-22-d.md',
      '---\nlayout: distill\ntitle: d\n---\nA <d-cite key="a"></d-cite>.\n',
      {
        baseurl: '',
        people,
      },
    );
    expect(frontOf(distill)).toContain('left out: a distill post, whose elements <d-cite> this site does not have');
    // A distill post in plain markdown is a post like any other.
    expect('leftOut' in post('layout: distill\ntitle: d')).toBe(false);
    expect(frontOf(post('title: a', '_posts/notes.md'))).toContain(
      '_posts/notes.md: left out: al-folio did not publish it',
    );
  });

  it('knows where al-folio published a post, so that links to it follow it', () => {
    const math = { day: '2015-10-20', slug: 'math', categories: ['sample-posts', 'Maths'] };
    expect(jekyllAddress('/blog/:year/:title/', math)).toBe('/blog/2015/math/');
    expect(jekyllAddress(undefined, math)).toBe('/sample-posts/maths/2015/10/20/math.html');
    expect(jekyllAddress('pretty', { ...math, categories: [] })).toBe('/2015/10/20/math/');
    expect(jekyllAddress('/:year/:y_day/:i_month-:i_day/:slug', math)).toBe('/2015/293/10-20/math');
    expect(jekyllAddress('/:year/:week/:title/', math)).toBeUndefined();
    const converted = post(
      'title: a\ndate: 2016-01-02\nslug: renamed',
      undefined,
      '/blog/:year/:title/',
    ) as ConvertedPost;
    expect([converted.address, converted.oldAddresses]).toEqual(['/blog/a-post/', ['/blog/2016/renamed/']]);
    expect(
      withLinksMoved(
        '[a](/blog/2016/renamed) [b](/blog/2016/renamed/#x) <a href="/blog/2016/renamed.html">c</a> [d](/blog/2016/renamed/more/)',
        '/blog/2016/renamed/',
        '/blog/a-post/',
      ),
    ).toBe('[a](/blog/a-post/) [b](/blog/a-post/#x) <a href="/blog/a-post/">c</a> [d](/blog/2016/renamed/more/)');
    // {% post_url %} and {% link %} lead to the post's address here.
    expect(
      convertLiquid('[a]({% post_url 2015-10-20-math %}) [b]({{ site.baseurl }}{% link _posts/2015-10-20-math.md %})', {
        file: 'x.md',
        firstLine: 1,
        baseurl: '',
      }).body,
    ).toBe('[a](/blog/math/) [b](/blog/math/)');
  });

  it('gives two posts for one address addresses of their own', () => {
    const review = (year: string) =>
      convertPost(`_posts/${year}-12-31-review.md`, '---\ntitle: Review\n---\n', {
        baseurl: '',
        people,
      }) as ConvertedPost;
    const { posts, notes } = settlePostAddresses([review('2019'), review('2020')]);
    expect(posts.map(({ path, address }) => [path, address])).toEqual([
      ['posts/2019-12-31-review.md', '/blog/review/'],
      ['posts/2020-12-31-review-2020.md', '/blog/review-2020/'],
    ]);
    expect(notes).toEqual([
      '_posts/2020-12-31-review.md: renamed to 2020-12-31-review-2020.md, since another post has its address /blog/review/; it is at /blog/review-2020/',
    ]);
  });

  it("knows al-folio's own example posts by their fingerprint, with either line ends; an edited one is the lab's", async () => {
    const example = await readFile(join(alFolio, '_posts/2015-10-20-disqus-comments.md'), 'utf8');
    expect(fingerprint(example)).toBe('dd1f4f10872fc4c9');
    expect(isAlFolioExamplePost(example)).toBe(true);
    expect(isAlFolioExamplePost(example.replace(/\n/g, '\r\n'))).toBe(true);
    expect(isAlFolioExamplePost(example.replace('DISQUS comments', 'our comments'))).toBe(false);
  });

  it("makes no introduction of the bare HTML that al-folio's blog page keeps around its Liquid", () => {
    const source = [
      '---',
      'layout: default',
      'permalink: /blog/',
      'title: blog',
      '---',
      '<div class="post">',
      '{% for post in paginator.posts %}',
      '  <h3><svg viewBox="0 0 40 40"><path d="M17 13.5v6H5"></path></svg></h3>',
      '  <p class="post-tags">&nbsp; &middot; &nbsp;</p>',
      '{% endfor %}',
      '</div>',
      '',
    ].join('\n');
    expect(convertPage('_pages/blog.md', source, new Set()).text).toBe('---\ntitle: blog\npermalink: /blog/\n---\n');
    const words = source.replace('<div class="post">', 'Notes from the lab.\n\n<div class="post">');
    expect(convertPage('_pages/blog.md', words, new Set()).text).toContain('\nNotes from the lab.\n');
  });

  it('keeps the al-folio join-us front matter as written', () => {
    const source =
      '---\nlayout: page\ntitle: Join Us!\ndescription: \npermalink: /join-us/\nnav: true\nnav_order: 99\n# dropdown: true\n---\nHi\n';
    const { text, notes } = convertPage('_pages/join-us.md', source, new Set());
    expect(text).toBe(source);
    expect(notes).toEqual([]);
  });
});
