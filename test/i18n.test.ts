import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject, readFixture, type BuildResult } from './helpers/build';
import { buildProject, sharedSite } from './helpers/sites';
import { EDITOR_PAGE } from './gates/site';

/** The fixture lab in English and German, built on 15 January 2024 while its calls are open. */
let both: BuildResult;
/** The same lab with German as the default language (English under /en/), below /lab/. */
let german: BuildResult;
/** The same lab with German switched off. */
let english: BuildResult;

beforeAll(async () => {
  [both, german, english] = await Promise.all([sharedSite('lab'), sharedSite('labGerman'), sharedSite('labEnglish')]);
});

const page = async (build: BuildResult, path: string): Promise<CheerioAPI> => load(await build.read(path));
const text = ($: CheerioAPI, selector: Parameters<CheerioAPI>[0]) => $(selector).text().replace(/\s+/g, ' ').trim();
/** Each listed position: its title, where it links, the language of its title and its language mark. */
const listed = ($: CheerioAPI) =>
  $('#open-positions ~ ul article')
    .map((_, article) => ({
      title: $(article).find('h3').text().trim(),
      href: $(article).find('h3 a').attr('href'),
      lang: $(article).find('h3').attr('lang'),
      mark: $(article).find('[data-language-mark]').text().trim() || undefined,
    }))
    .get();
/** Every built page of the site (the editor at /admin/ is not one), as a path below dist/. */
async function htmlPages(build: BuildResult): Promise<string[]> {
  const files = await readdir(join(build.dir, 'dist'), { recursive: true });
  return files.filter((file) => file.endsWith('.html') && file !== EDITOR_PAGE).sort();
}

describe('the German join-us page', () => {
  it('lists every open position, German versions first where there are any, and marks the English ones', async () => {
    const $ = await page(both, 'de/mitmachen/index.html');
    expect($('html').attr('lang')).toBe('de-DE');
    expect(text($, 'h1')).toBe('Mitmachen');
    expect(listed($)).toEqual([
      {
        title: 'Postdoc with German',
        href: '/positions/german-postdoc/',
        lang: 'en',
        mark: 'auf Englisch',
      },
      { title: 'Promotionsstelle in THEMIS', href: '/de/positions/themis-phd/', lang: undefined, mark: undefined },
      {
        title: 'Summer postdoc in marine ecology',
        href: '/positions/summer-postdoc/',
        lang: 'en',
        mark: 'auf Englisch',
      },
      expect.objectContaining({ href: '/positions/engineer/', mark: 'auf Englisch' }),
      {
        title: 'Studentische Hilfskraft für Datenaufbereitung',
        href: '/de/positions/hiwi-daten/',
        lang: undefined,
        mark: undefined,
      },
      expect.objectContaining({ href: '/positions/hiwi/', mark: 'auf Englisch' }),
    ]);
  });

  it('speaks German around them: deadlines, countdowns, buttons, the project in its German version', async () => {
    const $ = await page(both, 'de/mitmachen/index.html');
    const first = $('#open-positions ~ ul article').first();
    expect(text($, first.find('dl'))).toContain('Bewerbung bis 20. Januar 2024 endet in 5 Tagen');
    expect(first.find('[data-countdown]').attr('data-countdown')).toBe('endet heute|endet morgen|endet in # Tagen');
    expect(text($, first.find('a[href^="https://jobs"]'))).toContain('Im Stellenportal bewerben');
    expect($('#open-positions ~ ul a[href="/de/projects/2022_themis/"]').text().trim()).toBe('THEMIS auf Deutsch');
    expect(text($, 'main')).toContain('Neue Stellen gibt es als RSS-Feed');
  });

  it('marks a German posting on the English pages, and links to its German page', async () => {
    const $ = await page(both, 'for-students/jobs/index.html');
    expect(listed($)).toEqual([
      {
        title: 'Studentische Hilfskraft für Datenaufbereitung',
        href: '/de/positions/hiwi-daten/',
        lang: 'de',
        mark: 'in German',
      },
      { title: 'Student assistant for research software', href: '/positions/hiwi/', lang: undefined, mark: undefined },
    ]);
  });

  it("gives a translated posting its own page, with the original's facts", async () => {
    const $ = await page(both, 'de/positions/themis-phd/index.html');
    expect(text($, 'h1')).toBe('Promotionsstelle in THEMIS');
    expect(text($, 'main dl')).toContain('Bewerbungsfrist 31. Januar 2024');
    expect($('main a[href="https://jobs.example.org/themis-phd"]')).toHaveLength(1);
    expect(text($, 'main')).toContain('Arbeit an THEMIS.');
  });
});

describe('translations', () => {
  it('pairs each page with its translation in the head, with the default language as x-default', async () => {
    const alternates = async (path: string) =>
      (await page(both, path))('link[rel="alternate"][hreflang]')
        .map((_, link) => `${link.attribs.hreflang} ${link.attribs.href}`)
        .get()
        .sort();
    const joinUs = [
      'de https://example.org/de/mitmachen/',
      'en https://example.org/join-us/',
      'x-default https://example.org/join-us/',
    ];
    expect(await alternates('join-us/index.html')).toEqual(joinUs);
    expect(await alternates('de/mitmachen/index.html')).toEqual(joinUs);
    expect(await alternates('de/projects/2022_themis/index.html')).toEqual([
      'de https://example.org/de/projects/2022_themis/',
      'en https://example.org/projects/2022_themis/',
      'x-default https://example.org/projects/2022_themis/',
    ]);
    // A page without a translation has none.
    expect(await alternates('people/index.html')).toEqual([]);
  });

  it('pairs them in the sitemap too', async () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      await both.read('sitemap-0.xml'),
    ) as { urlset: { url: { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[] } };
    const links = (loc: string) =>
      (xml.urlset.url.find((entry) => entry.loc === loc)?.['xhtml:link'] ?? [])
        .map((link) => `${link.hreflang} ${link.href}`)
        .sort();
    const pair = [
      'de https://example.org/de/mitmachen/',
      'en https://example.org/join-us/',
      'x-default https://example.org/join-us/',
    ];
    expect(links('https://example.org/join-us/')).toEqual(pair);
    expect(links('https://example.org/de/mitmachen/')).toEqual(pair);
    expect(links('https://example.org/de/for-students/jobs/')).toEqual([
      'de https://example.org/de/for-students/jobs/',
      'en https://example.org/for-students/jobs/',
      'x-default https://example.org/for-students/jobs/',
    ]);
    expect(links('https://example.org/people/')).toEqual([]);
  });

  it("takes a project's facts from the original and its words from the translation", async () => {
    const $ = await page(both, 'de/projects/2022_themis/index.html');
    expect(text($, 'h1')).toBe('THEMIS auf Deutsch');
    expect(text($, 'header dl')).toContain('Laufzeit 2022 – heute');
    expect(text($, 'header dl')).toContain('Gefördert von BMBF');
    expect(text($, 'main')).toContain('Der Text des Projekts THEMIS.');
    expect($('main a[href="/people/pat-lead/"]')).toHaveLength(1);
  });

  it('switches to the translation, or to the home page of the other language where there is none', async () => {
    const target = async (path: string) => {
      const link = (await page(both, path))('header [data-language-switch]');
      return [link.attr('href'), link.attr('hreflang'), link.attr('data-language-switch')];
    };
    expect(await target('join-us/index.html')).toEqual(['/de/mitmachen/', 'de', 'translation']);
    expect(await target('de/mitmachen/index.html')).toEqual(['/join-us/', 'en', 'translation']);
    expect(await target('people/index.html')).toEqual(['/de/', 'de', 'home']);
    expect(await target('de/projects/2022_themis/index.html')).toEqual(['/projects/2022_themis/', 'en', 'translation']);
  });
});

describe("the lab's name, university and department", () => {
  /**
   * What the header (the short name), the footer and the head (the full name) say about the lab, with the language
   * each is marked in.
   */
  const facts = ($: CheerioAPI) => {
    const say = (selector: string) => ({ text: text($, selector), lang: $(selector).attr('lang') });
    return {
      title: $('title').text(),
      siteName: $('meta[property="og:site_name"]').attr('content'),
      header: say('header a[href] > span:last-child > span:first-child'),
      university: say('header a[href] > span:last-child > span:last-child'),
      footer: say('footer p.font-semibold'),
      address: $('footer address span')
        .map((_, line) => ({ text: $(line).text().trim(), lang: $(line).attr('lang') }))
        .get()
        .slice(0, 2),
    };
  };

  it('are German on German pages where the config gives them in German', async () => {
    expect(facts(await page(both, 'de/mitmachen/index.html'))).toEqual({
      title: 'Mitmachen · Arbeitsgruppe Maschinelles Lernen',
      siteName: 'Arbeitsgruppe Maschinelles Lernen, Universität Rostock',
      header: { text: 'AG ML', lang: undefined },
      university: { text: 'Universität Rostock', lang: undefined },
      footer: { text: 'Arbeitsgruppe Maschinelles Lernen', lang: undefined },
      address: [
        { text: 'Institut für Informatik', lang: undefined },
        { text: 'Universität Rostock', lang: undefined },
      ],
    });
  });

  it('are English on English pages', async () => {
    expect(facts(await page(both, 'join-us/index.html'))).toMatchObject({
      title: 'Join Us! · Machine Learning Group',
      header: { text: 'ML Group', lang: undefined },
      address: [{ text: 'Institute of Computer Science' }, { text: 'University of Rostock' }],
    });
  });

  it('fall back to the first language where the config has no German, marked as English', async () => {
    expect(facts(await page(german, 'mitmachen/index.html'))).toMatchObject({
      header: { text: 'ML Group', lang: 'en' },
      university: { text: 'University of Rostock', lang: 'en' },
      footer: { text: 'Machine Learning Group', lang: 'en' },
      address: [
        { text: 'Institut für Informatik', lang: undefined },
        { text: 'University of Rostock', lang: 'en' },
      ],
    });
  });

  it('are in the language of the posting in its job posting for search engines', async () => {
    const $ = await page(both, 'de/positions/themis-phd/index.html');
    const posting = JSON.parse($('script[type="application/ld+json"]').first().text()) as Record<string, unknown>;
    expect(posting).toMatchObject({
      hiringOrganization: { name: 'Arbeitsgruppe Maschinelles Lernen, Universität Rostock' },
    });
  });
});

describe('the German menu', () => {
  const items = ($: CheerioAPI) =>
    $('header nav[aria-label="Hauptnavigation"] a, header nav[aria-label="Hauptnavigation"] summary')
      .map((_, el) =>
        `${text($, el)}${$(el).find('[lang]').attr('lang') ? ` [${$(el).find('[lang]').attr('lang')}]` : ''} ${$(el).attr('href') ?? ''}`.trim(),
      )
      .get();

  it('lists German pages, and English pages without a German version in English with lang="en"', async () => {
    const $ = await page(both, 'de/index.html');
    expect(items($)).toEqual([
      'Research projects [en] /projects/',
      'Students [en]',
      'Jobs für Studierende /de/for-students/jobs/',
      'Theses [en] /theses/',
      'University (externe Website) [en] https://www.uni-rostock.de/',
      'Openings [en] /openings/',
      'Mitmachen /de/mitmachen/',
      'About [en] /about/',
    ]);
  });

  it('is the English menu on English pages, unchanged', async () => {
    const $ = await page(both, 'index.html');
    expect($('header nav[aria-label="Main"] [lang]')).toHaveLength(0);
    expect(text($, 'header nav[aria-label="Main"]')).not.toContain('Mitmachen');
  });
});

describe('legal pages', () => {
  it('are linked from the footer of every page, in the language of the page where they exist in it', async () => {
    const pages = await htmlPages(both);
    expect(pages.length).toBeGreaterThan(30);
    for (const path of pages) {
      const $ = await page(both, path);
      const legal = $('footer ul[aria-label] a')
        .map((_, a) => `${text($, a)} ${a.attribs.href}${a.attribs.hreflang ? ` [${a.attribs.hreflang}]` : ''}`)
        .get();
      const inGerman = $('html').attr('lang') === 'de-DE';
      expect(legal, path).toEqual(
        inGerman
          ? ['Impressum /de/impressum/', 'Datenschutz /privacy/ [en]']
          : ['Imprint /imprint/', 'Privacy /privacy/'],
      );
    }
  });
});

describe('German as the default language', () => {
  it('serves the German pages at the top and the English ones under /en/', async () => {
    const $ = await page(german, 'index.html');
    expect($('html').attr('lang')).toBe('de-DE');
    expect(text($, 'h1')).toBe('Willkommen im Labor');
    expect(text(await page(german, 'mitmachen/index.html'), 'h1')).toBe('Mitmachen');
    const english = await page(german, 'en/join-us/index.html');
    expect(english('html').attr('lang')).toBe('en-GB');
    expect(english('header [data-language-switch]').attr('href')).toBe('/lab/mitmachen/');
    expect(english('link[hreflang="x-default"]').attr('href')).toBe('https://example.org/lab/mitmachen/');
    expect(listed(await page(german, 'en/for-students/jobs/index.html'))[0]).toMatchObject({
      href: '/lab/positions/hiwi-daten/',
      mark: 'in German',
    });
    // Links in the text follow their pages; files stay where they are.
    expect(
      $('main .prose')
        .first()
        .find('a')
        .map((_, a) => a.attribs.href)
        .get(),
    ).toEqual(['/lab/mitmachen/', '/lab/en/projects/', '/lab/logo.png']);
    // The menu's English pages are under /en/, and the logo leads home.
    expect($('header nav a[href="/lab/en/projects/"]').length).toBeGreaterThan(0);
    expect($('header a[href="/lab/"]').length).toBeGreaterThan(0);
  });
});

describe('German switched off', () => {
  it('builds no German page, no switcher and no alternates', async () => {
    const pages = await htmlPages(english);
    expect(pages.filter((path) => path.startsWith('de/'))).toEqual([]);
    const $ = await page(english, 'join-us/index.html');
    expect($('[data-language-switch]')).toHaveLength(0);
    expect($('link[hreflang]')).toHaveLength(0);
    // A posting written in German stays, on an English page, marked as German.
    expect(listed(await page(english, 'for-students/jobs/index.html'))[0]).toMatchObject({
      href: '/positions/hiwi-daten/',
      lang: 'de',
      mark: 'in German',
    });
  });
});

// Astro keeps the entries of the last build in node_modules/.astro/ (locally, and in the deploy, which restores that
// folder) and reads a file again only when its own text changed: a translation, whose facts come from another file,
// and the schemas, which are code, are what it would miss.
describe('the next build in the same checkout', () => {
  it("gives a translation its original's new deadline, reads a changed .bib file, and holds unchanged files to a changed schema", async () => {
    const dir = await copyProject({ content: await readFixture('lab') });
    const edit = async (file: string, from: string | RegExp, to: string) => {
      const path = join(dir, file);
      const source = await readFile(path, 'utf8');
      expect(source).toMatch(from);
      await writeFile(path, source.replace(from, to));
    };
    const env = { SITE_NOW: '2024-01-15' };
    const closesAt = async (built: BuildResult, path: string) =>
      (await page(built, path))('[data-page][data-closes-at]').attr('data-closes-at');
    const first = await buildProject(dir, env);
    expect(first.ok, first.output).toBe(true);
    expect(await closesAt(first, 'de/positions/themis-phd/index.html')).toBe('2024-01-31T23:00:00.000Z');

    await edit('src/content/positions/themis-phd.md', 'deadline: 2024-01-31', 'deadline: 2024-01-20');
    // (The BibTeX parse is kept between builds too, by the file's text.)
    await edit('src/content/publications/papers.bib', '{An Older Paper}', '{An Older Paper, Revised}');
    const second = await buildProject(dir, env);
    expect(second.ok, second.output).toBe(true);
    expect(await closesAt(second, 'positions/themis-phd/index.html')).toBe('2024-01-20T23:00:00.000Z');
    expect(await closesAt(second, 'de/positions/themis-phd/index.html')).toBe('2024-01-20T23:00:00.000Z');
    const publications = (await page(second, 'publications/index.html'))('main').text();
    expect(publications).toContain('An Older Paper, Revised');
    expect(publications).toContain('Learning Bayesian Networks with Background Knowledge');

    // Only engineer.md's title (52 characters) is longer, so the message is about that one file.
    await edit('src/schemas/positions.ts', "title: text('a title'),", "title: text('a title').max(50),");
    const third = await buildProject(dir, env);
    expect(third.ok).toBe(false);
    expect(third.output).toContain('src/content/positions/engineer.md: title:');
    await third.cleanup();
  });
});
