import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import type { BuildResult } from './helpers/build';
import { googleJobPosting } from './helpers/google';
import { build, sharedSite } from './helpers/sites';

/** The fixture lab built on 15 January 2024, while its PhD and postdoc calls are open. */
let open: BuildResult;
/** The same lab built on 1 February 2024, below /lab/, after the calls closed. */
let closed: BuildResult;

beforeAll(async () => {
  [open, closed] = await Promise.all([sharedSite('lab'), sharedSite('labBelow')]);
});

const page = async (build: BuildResult, path: string): Promise<CheerioAPI> => load(await build.read(path));
const text = ($: CheerioAPI, selector: Parameters<CheerioAPI>[0]) => $(selector).text().replace(/\s+/g, ' ').trim();
/** The trimmed text of each element a selector finds. */
const texts = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
    .get();
const positionTitles = ($: CheerioAPI) =>
  $('#open-positions ~ ul h3')
    .map((_, el) => $(el).text().trim())
    .get();

describe('pages', () => {
  it('builds the al-folio join-us page with its front matter unchanged', async () => {
    const $ = await page(open, 'join-us/index.html');
    expect($('h1').text()).toBe('Join Us!');
    expect($('title').text()).toBe('Join Us! · Machine Learning Group');
    expect(text($, 'main')).toContain('front matter exactly as it is today');
  });

  it('takes <title>, meta description and <html lang> from front matter and the site config', async () => {
    const $ = await page(open, 'openings/index.html');
    expect($('html').attr('lang')).toBe('en-GB');
    expect($('title').text()).toBe('Openings · Machine Learning Group');
    expect($('meta[name="description"]').attr('content')).toBe('PhD and postdoc openings.');
    const about = await page(open, 'about/index.html');
    expect(about('meta[name="description"]').attr('content')).toMatch(/^A machine-learning research group/);
  });

  it('gives pages without a permalink the URL of their file path, MDX included', async () => {
    expect(text(await page(open, 'for-students/jobs/index.html'), 'h1')).toBe('Student jobs');
    expect(text(await page(open, 'for-students/index.html'), 'h1')).toBe('Students');
    const theses = await page(open, 'theses/index.html');
    expect(
      theses('ul.topics li')
        .map((_, el) => theses(el).text())
        .get(),
    ).toEqual(['Causal discovery', 'Explainable AI']);
  });

  it('builds the home page at / and a 404 page', async () => {
    expect(text(await page(open, 'index.html'), 'h1')).toBe('Fixture Lab');
    const notFound = await page(open, '404.html');
    expect(text(notFound, 'h1')).toBe('Page not found');
    expect(notFound('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(notFound('link[rel="canonical"]')).toHaveLength(0);
  });

  it('leaves drafts out of the build, the menu and the sitemap', async () => {
    await expect(open.read('secret/index.html')).rejects.toThrow();
    expect(text(await page(open, 'index.html'), 'header nav')).not.toContain('Secret draft');
    const sitemap = await open.read('sitemap-0.xml');
    expect(sitemap).not.toContain('/secret/');
    expect(sitemap).toContain('<loc>https://example.org/join-us/</loc>');
    expect(sitemap).not.toContain('404');
    expect(text(await page(open, 'openings/index.html'), 'main')).not.toContain('Draft PhD position');
  });
});

describe('the menu', () => {
  it('follows nav_order, puts pages without one last, and labels items by title', async () => {
    const $ = await page(open, 'index.html');
    const labels = $('header nav.hidden > ul > li')
      .map((_, li) => $(li).find('> a, > details > summary').first().text().trim())
      .get();
    expect(labels).toEqual(['Research projects', 'Students', 'Openings', 'Join Us!', 'About']);
  });

  it('renders the dropdown with its children, the divider and the external link', async () => {
    const $ = await page(open, 'index.html');
    const items = $('header nav.hidden details li')
      .map((_, li) => ($(li).find('a').length ? `${text($, li)} → ${$(li).find('a').attr('href')}` : '---'))
      .get();
    expect(items).toEqual([
      'Student jobs → /for-students/jobs/',
      '---',
      'Theses → /theses/',
      'University (external site) → https://www.uni-rostock.de/',
    ]);
  });

  it('marks the current page and the dropdown that holds it', async () => {
    const $ = await page(open, 'for-students/jobs/index.html');
    expect($('header nav.hidden [aria-current="page"]').text().trim()).toBe('Student jobs');
    expect($('header nav.hidden summary[aria-current="true"]').text().trim()).toBe('Students');
    const join = await page(open, 'join-us/index.html');
    expect(
      join('header nav.hidden [aria-current]')
        .map((_, el) => join(el).text().trim())
        .get(),
    ).toEqual(['Join Us!']);
  });

  it('has a skip link to the main content and a mobile menu with the same links', async () => {
    const $ = await page(open, 'index.html');
    expect($('body > a[href="#main"]').first().text().trim()).toBe('Skip to content');
    expect($('main#main')).toHaveLength(1);
    const desktop = $('header nav.hidden a')
      .map((_, a) => $(a).attr('href'))
      .get();
    const mobile = $('header details.lg\\:hidden nav a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(mobile).toEqual(desktop);
  });
});

describe('open positions', () => {
  it("lists the open positions of the page's kinds above the body, soonest deadline first", async () => {
    const $ = await page(open, 'openings/index.html');
    expect(positionTitles($)).toEqual([
      'Postdoc with German',
      'PhD position in THEMIS',
      'Summer postdoc in marine ecology',
    ]);
    expect(text($, 'main')).toMatch(/Postdoc with German.*PhD position in THEMIS.*Body of the openings page/);
    const deadlines = $('#open-positions ~ ul dt:contains("Apply by") + dd')
      .map((_, dd) => text($, dd))
      .get();
    expect(deadlines).toEqual(['20 January 2024 closes in 5 days', '31 January 2024', '31 July 2024']);
    expect($('#open-positions ~ ul time').first().attr('datetime')).toBe('2024-01-20');
    expect(text($, 'main')).toContain('requires some German skills');
    expect($('a[href="https://jobs.example.org/themis-phd"]').text()).toMatch(/Apply/);
    expect($('a[href^="mailto:jobs@example.org"]').text()).toMatch(/Apply by e-mail/);
    expect(text($, 'main')).not.toContain('Filled PhD position');
  });

  it('filters by a single kind', async () => {
    const $ = await page(open, 'for-students/jobs/index.html');
    expect(positionTitles($)).toEqual([
      'Studentische Hilfskraft für Datenaufbereitung',
      'Student assistant for research software',
    ]);
    expect(text($, 'main')).toContain('Open until filled');
  });

  it('shows the empty state after the deadline, and the body stays', async () => {
    const $ = await page(closed, 'phd/index.html');
    expect(positionTitles($)).toEqual([]);
    expect($('[data-empty-state]').attr('hidden')).toBeUndefined();
    expect(text($, '[data-empty-state]')).toContain('There are no open PhD positions at the moment.');
    expect(text($, 'main')).toContain('Body of the PhD page stays below the list.');
    // While positions are listed, the empty state is in the page but hidden, for the deadline script.
    expect((await page(open, 'phd/index.html'))('[data-empty-state]').attr('hidden')).toBeDefined();
    // A position without a deadline stays open.
    expect(positionTitles(await page(closed, 'for-students/jobs/index.html'))).toEqual([
      'Studentische Hilfskraft für Datenaufbereitung',
      'Student assistant for research software',
    ]);
  });
});

describe('projects', () => {
  it("lists ongoing projects before completed ones, newest first, with the index page's title and text", async () => {
    const $ = await page(open, 'projects/index.html');
    expect(text($, 'h1')).toBe('Research projects');
    expect(text($, 'main')).toContain('Intro text of the projects index.');
    expect(
      $('main h3')
        .map((_, el) => $(el).text().trim())
        .get(),
    ).toEqual(['New project', 'THEMIS', 'Old project']);
    expect(
      $('main h2')
        .map((_, el) => $(el).text().trim())
        .get(),
    ).toEqual(['Ongoing', 'Completed']);
  });

  it("shows a project's period, funder, body and the open positions that name it", async () => {
    const $ = await page(open, 'projects/2022_themis/index.html');
    expect(text($, 'h1')).toBe('THEMIS');
    const facts = $('main > header dt')
      .map((_, dt) => `${text($, dt)}: ${text($, $(dt).next('dd'))}`)
      .get();
    expect(facts).toEqual(['Period: 2022 – present', 'Funded by: BMBF', 'Website: example.org']);
    expect(text($, 'main')).toContain('THEMIS body text.');
    expect(positionTitles($)).toEqual(['PhD position in THEMIS']);
    expect(text(await page(open, 'projects/2015_old/index.html'), 'main')).toContain('April 2015 – March 2018');
  });

  it('links a position to its project, and lists none on the project once closed', async () => {
    const $ = await page(open, 'openings/index.html');
    expect($('a[href="/projects/2022_themis/"]').text().trim()).toBe('THEMIS');
    expect(positionTitles(await page(closed, 'projects/2022_themis/index.html'))).toEqual([]);
  });
});

describe('a site below a base path', () => {
  it.each(['join-us/index.html', 'openings/index.html', 'theses/index.html', 'positions/themis-phd/index.html'])(
    'prefixes every internal link in %s, markdown and MDX bodies included, with /lab/',
    async (path) => {
      const $ = await page(closed, path);
      const hrefs = $('a[href], link[href], img[src]')
        .map((_, el) => $(el).attr('href') ?? $(el).attr('src')!)
        .get();
      const internal = hrefs.filter((href) => href.startsWith('/'));
      expect(internal.length).toBeGreaterThan(5);
      expect(internal.filter((href) => !href.startsWith('/lab/'))).toEqual([]);
      expect($('link[rel="canonical"]').attr('href')).toBe(`https://example.org/lab/${path.replace('index.html', '')}`);
    },
  );

  it('keeps the current page marked below the base path, and rewrites links in markdown', async () => {
    const $ = await page(closed, 'openings/index.html');
    expect($('header nav.hidden [aria-current="page"]').attr('href')).toBe('/lab/openings/');
    expect($('main a:contains("about us")').attr('href')).toBe('/lab/about/');
    expect($('main a:contains("our logo")').attr('href')).toBe('/lab/favicon.svg');
    expect((await page(closed, 'theses/index.html'))('main a:contains("the projects")').attr('href')).toBe(
      '/lab/projects/',
    );
  });
});

const jsonLd = ($: CheerioAPI) =>
  $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()))
    .get();

describe('a page per position', () => {
  it('shows an open position with its deadline, countdown, project, note and apply button', async () => {
    const $ = await page(open, 'positions/german-postdoc/index.html');
    expect(text($, 'h1')).toBe('Postdoc with German');
    expect(text($, '[data-open-only]')).toContain('Open for applications until 20 January 2024 closes in 5 days');
    expect($('[data-closed-only]').attr('hidden')).toBeDefined();
    expect($('a[href="https://jobs.example.org/postdoc"]').text()).toContain('Apply on the job portal');
    expect($('a[href^="mailto:jobs@example.org"]').text()).toContain('Apply by e-mail');
    expect(text($, 'main dl')).toContain('Posted 1 December 2023');
    expect(text($, 'main dl')).toContain('requires some German skills');
    expect($('article[data-page]').attr('data-closes-at')).toBe('2024-01-20T23:00:00.000Z');
  });

  it('says "open until filled" without a deadline, and links lists to the pages', async () => {
    const $ = await page(open, 'positions/hiwi/index.html');
    expect(text($, '[data-open-only]')).toContain('Open for applications: open until filled');
    const list = await page(open, 'for-students/jobs/index.html');
    expect(list('#open-positions ~ ul h3 a').last().attr('href')).toBe('/positions/hiwi/');
  });

  it('keeps a closed position reachable: it says closed and since when, has no apply link, and points to open positions', async () => {
    const $ = await page(closed, 'positions/themis-phd/index.html');
    expect(text($, '[data-closed-only]')).toContain('This position is closed: applications ended on 31 January 2024.');
    expect($('[data-closed-only]').attr('hidden')).toBeUndefined();
    expect($('[data-open-only]').attr('hidden')).toBeDefined();
    expect($('a[href="https://jobs.example.org/themis-phd"]')).toHaveLength(0);
    expect(text($, 'main')).not.toContain('Apply on the job portal');
    expect($('[data-closed-only] a').attr('href')).toBe('/lab/positions/');
    expect(jsonLd($)).toEqual([]);
    const filled = await page(open, 'positions/filled/index.html');
    expect(text(filled, '[data-closed-only]')).toContain('This position has been filled.');
    expect(jsonLd(filled)).toEqual([]);
  });

  it('lists open positions on /positions/, then the recently closed ones', async () => {
    const $ = await page(closed, 'positions/index.html');
    expect(positionTitles($)).toEqual([
      'Summer postdoc in marine ecology',
      'Research engineer </script><script>alert(1)</script>',
      'Studentische Hilfskraft für Datenaufbereitung',
      'Student assistant for research software',
    ]);
    expect(
      $('#closed-positions + ul li')
        .map((_, li) => text($, li))
        .get(),
    ).toEqual([
      'Filled PhD position Filled',
      'PhD position in THEMIS Closed 31 January 2024',
      'Postdoc with German Closed 20 January 2024',
    ]);
  });
});

describe('the deadline guard script', () => {
  const scripts = ($: CheerioAPI) =>
    $('script:not([src]):not([type="application/ld+json"])')
      .map((_, el) => $(el).text())
      .get();
  const guard = (all: string[]) => all.filter((code) => code.includes('data-closes-at'));

  it('is under 1 KB, inline (no extra request), and only on pages that show a position with a deadline or an upcoming event', async () => {
    const [onList] = guard(scripts(await page(open, 'openings/index.html')));
    expect(Buffer.byteLength(onList!)).toBeLessThan(1024);
    expect(guard(scripts(await page(open, 'positions/themis-phd/index.html')))).toHaveLength(1);
    // The home page's line "2 open positions, apply by …" is guarded too.
    expect(guard(scripts(await page(open, 'index.html')))).toHaveLength(1);
    expect(guard(scripts(await page(open, 'about/index.html')))).toEqual([]);
    expect(guard(scripts(await page(open, 'projects/index.html')))).toEqual([]);
    // Upcoming events move to the past on the visitor's clock; a list of past ones needs nothing.
    expect(guard(scripts(await page(open, 'events/index.html')))).toHaveLength(1);
    expect(guard(scripts(await page(open, 'events/themis-talk/index.html')))).toHaveLength(1);
    expect(guard(scripts(await page(open, 'events/sam-defence/index.html')))).toEqual([]);
    // Closed at build: nothing left to guard.
    expect(guard(scripts(await page(closed, 'positions/themis-phd/index.html')))).toEqual([]);
    // The guard is inline: the page's one script file is the site's own, the same as on a page without positions.
    expect(scriptFiles(await page(open, 'openings/index.html'))).toEqual(
      scriptFiles(await page(open, 'about/index.html')),
    );
    expect(scriptFiles(await page(open, 'openings/index.html'))).toHaveLength(1);
  });
});

/** External script files a page loads. */
const scriptFiles = ($: CheerioAPI) =>
  $('script[src]')
    .map((_, el) => $(el).attr('src'))
    .get();

describe('Google for Jobs', () => {
  it('marks up an open position with a complete JobPosting, its deadline at the end of the day in Berlin', async () => {
    const [winter] = jsonLd(await page(open, 'positions/themis-phd/index.html'));
    expect(() => googleJobPosting.parse(winter)).not.toThrow();
    expect(winter).toMatchObject({
      title: 'PhD position in THEMIS',
      datePosted: '2023-12-01',
      validThrough: '2024-01-31T23:59:59+01:00',
      directApply: false,
      url: 'https://example.org/positions/themis-phd/',
      hiringOrganization: {
        name: 'Machine Learning Group, University of Rostock',
        logo: 'https://example.org/logo.png',
      },
      jobLocation: {
        address: { streetAddress: 'Albert-Einstein-Straße 22', addressLocality: 'Rostock', addressCountry: 'DE' },
      },
      identifier: { value: 'themis-phd' },
    });
    expect(winter.description).toBe('<p>Work on THEMIS.</p>');
  });

  it("uses summer time, the position's own location, its contract and direct application by e-mail", async () => {
    const [summer] = jsonLd(await page(open, 'positions/summer-postdoc/index.html'));
    expect(() => googleJobPosting.parse(summer)).not.toThrow();
    expect(summer).toMatchObject({
      validThrough: '2024-07-31T23:59:59+02:00',
      employmentType: ['FULL_TIME', 'TEMPORARY'],
      directApply: true,
      jobLocation: {
        address: { streetAddress: 'Seestraße 15', postalCode: '18119', addressLocality: 'Rostock-Warnemünde' },
      },
    });
    expect(summer.description).toContain('<strong>Baltic Sea</strong>');
  });

  it('keeps "</script>" in a title or note inside the JSON', async () => {
    const html = await open.read('positions/engineer/index.html');
    const $ = load(html);
    expect($('script[type="application/ld+json"]')).toHaveLength(1);
    expect(jsonLd($)[0].title).toBe('Research engineer </script><script>alert(1)</script>');
    // Inside a quoted attribute (the share meta) the text is inert; everywhere else it must be escaped.
    expect(html.replace(/"[^"]*"/g, '""')).not.toContain('<script>alert(1)</script>');
    expect(
      $('script').filter((_, el) => $(el).text().includes('alert(1)') && $(el).attr('type') !== 'application/ld+json'),
    ).toHaveLength(0);
  });
});

describe('feeds', () => {
  it('publishes the open positions as well-formed RSS, and only those', async () => {
    const xml = await open.read('positions/rss.xml');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(() => SyntaxValidator.validate(xml.replace('</channel>', ''))).toThrow();
    const items = new XMLParser().parse(xml).rss.channel.item;
    expect(items.map((item: { title: string }) => item.title).sort()).toEqual(
      [
        'Postdoc with German',
        'PhD position in THEMIS',
        'Summer postdoc in marine ecology',
        'Research engineer </script><script>alert(1)</script>',
        'Student assistant for research software',
        // A posting written only in German is in the feed as it is.
        'Studentische Hilfskraft für Datenaufbereitung',
      ].sort(),
    );
    expect(items.find((item: { title: string }) => item.title === 'PhD position in THEMIS').link).toBe(
      'https://example.org/positions/themis-phd/',
    );
    const later = new XMLParser().parse(await closed.read('positions/rss.xml')).rss.channel.item;
    expect([later].flat().map((item: { link: string }) => item.link)).not.toContain(
      'https://example.org/lab/positions/themis-phd/',
    );
  });

  it('publishes each open deadline in an iCalendar file, ending when the position closes', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await open.read('positions/deadlines.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const ends = Object.fromEntries(events.map((event) => [event.summary, event.endDate.toJSDate().toISOString()]));
    expect(ends).toEqual({
      'Application deadline: Postdoc with German': '2024-01-20T23:00:00.000Z',
      'Application deadline: PhD position in THEMIS': '2024-01-31T23:00:00.000Z',
      'Application deadline: Summer postdoc in marine ecology': '2024-07-31T22:00:00.000Z',
    });
  });

  it('links both from pages that list positions and from every head', async () => {
    const $ = await page(closed, 'openings/index.html');
    expect($('main a[href="/lab/positions/rss.xml"]')).toHaveLength(1);
    expect($('main a[href="/lab/positions/deadlines.ics"]')).toHaveLength(1);
    expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/lab/positions/rss.xml');
    expect($('link[rel="alternate"][type="text/calendar"]').attr('href')).toBe('/lab/positions/deadlines.ics');
  });
});

describe('the sitemap and positions', () => {
  it('lists open positions with lastmod and leaves closed ones out', async () => {
    const urls = new XMLParser().parse(await closed.read('sitemap-0.xml')).urlset.url as {
      loc: string;
      lastmod?: string;
    }[];
    const positions = urls.filter((entry) => entry.loc.includes('/positions/') && !entry.loc.endsWith('/positions/'));
    expect(positions.map((entry) => entry.loc).sort()).toEqual([
      'https://example.org/lab/de/positions/hiwi-daten/',
      'https://example.org/lab/positions/engineer/',
      'https://example.org/lab/positions/hiwi/',
      'https://example.org/lab/positions/summer-postdoc/',
    ]);
    expect(positions.find((entry) => entry.loc.endsWith('/summer-postdoc/'))?.lastmod).toMatch(/^2024-01-10/);
  });
});

describe('people', () => {
  const groups = ($: CheerioAPI) =>
    $('main h2')
      .map((_, h2) => [
        [
          text($, h2),
          $(h2)
            .next('ul')
            .find('a')
            .map((_, a) => $(a).text().trim())
            .get(),
        ],
      ])
      .get();

  it('lists current members by role, the PI first, then the alumni with where they are now', async () => {
    const $ = await page(open, 'people/index.html');
    expect(groups($)).toEqual([
      ['Group leader', ['Pat Lead']],
      ['Postdoctoral researchers', ['José García Núñez']],
      ['PhD students', ['Sam Student']],
      ['Alumni', ['Alex Alum']],
    ]);
    expect(text($, 'main')).toContain('Now: Professor at Example University');
    expect(text($, 'main')).not.toContain('Not Yet'); // a draft
  });

  it('moves a member to the alumni the day after their end date (SITE_NOW)', async () => {
    const $ = await page(closed, 'people/index.html');
    expect(groups($)).toEqual([
      ['Group leader', ['Pat Lead']],
      ['Postdoctoral researchers', ['José García Núñez']],
      ['Alumni', ['Sam Student', 'Alex Alum']],
    ]);
    expect(texts(await page(closed, 'people/sam-student/index.html'), 'main header p')).toEqual([
      'Former PhD student, 2021–2024',
      'Now: Research scientist at Example Labs',
    ]);
  });

  it("shows a person's photo, links, bio, projects, publications and the positions they are the contact for", async () => {
    const $ = await page(open, 'people/pat-lead/index.html');
    expect(text($, 'h1')).toBe('Pat Lead');
    const photo = $('main header img');
    expect(photo.attr('alt')).toBe('Pat Lead');
    expect(photo.attr('width')).toBe('144');
    expect(photo.attr('height')).toBe('144');
    const links = $('main header li a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual([
      'mailto:pat.lead@example.org',
      'https://example.org/pat',
      'https://orcid.org/0000-0002-1825-0097',
    ]);
    expect(text($, 'main')).toContain('Pat leads the fixture lab.');
    expect(text($, '#person-projects ~ ul a')).toBe('THEMIS');
    // Matched by the alias "Lead, P." and by the name "Lead, Pat"; not the paper by someone else.
    expect(
      $('#person-publications ~ ol h3')
        .map((_, h3) => $(h3).text())
        .get(),
    ).toEqual(['Learning Bayesian Networks with Background Knowledge', 'An Older Paper']);
    expect(positionTitles($)).toEqual(['PhD position in THEMIS']);
    // After the deadline the position is no longer something to ask about.
    expect(positionTitles(await page(closed, 'people/pat-lead/index.html'))).toEqual([]);
  });

  it('shows initials for a person without a photo, and a project its people, a position its contact', async () => {
    const $ = await page(open, 'people/jose-garcia/index.html');
    expect(text($, 'main header span[aria-hidden="true"]')).toBe('JN');
    const project = await page(open, 'projects/2022_themis/index.html');
    expect(
      project('#project-people ~ ul a')
        .map((_, a) => project(a).attr('href'))
        .get(),
    ).toEqual(['/people/pat-lead/', '/people/sam-student/']);
    const position = await page(open, 'positions/themis-phd/index.html');
    expect(text(position, 'dd a[href="/people/pat-lead/"]')).toBe('Pat Lead');
    expect(position('dd a[href="mailto:pat.lead@example.org"]')).toHaveLength(1);
  });
});

describe('publications', () => {
  it('lists them by year, newest first, with lab members highlighted and linked', async () => {
    const $ = await page(open, 'publications/index.html');
    expect(texts($, 'main h2')).toEqual(['2024', '2023', '2022']);
    const entry = $('#pub-lead2024');
    expect(entry.find('h3').html()).toBe('Learning Bayesian Networks with <i>Background</i> Knowledge');
    expect(text($, '#pub-lead2024 h3 + p')).toBe('P. Lead, José García Núñez, Sam Student, Olga Outsider, et al.');
    expect(
      entry
        .find('h3 + p a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/people/pat-lead/', '/people/jose-garcia/', '/people/sam-student/']);
    expect(text($, '#pub-lead2024 h3 + p + p')).toBe('JFL · Journal of Fixture Learning, 3(1), 1–20, 2024'); // the badge moves into the line on phones;
    expect(text($, '#pub-alum2022 h3 + p')).toBe('Alex Alum and Pat Lead');
  });

  it("offers al-folio's buttons and toggles: PDF, code, DOI, arXiv, abstract, BibTeX, badge and preview", async () => {
    const $ = await page(open, 'publications/index.html');
    const entry = $('#pub-lead2024');
    expect(
      entry
        .find('a')
        .filter((_, a) => !$(a).attr('href')!.startsWith('/people/'))
        .map((_, a) => [[$(a).contents().first().text().trim(), $(a).attr('href')]])
        .get(),
    ).toEqual([
      ['PDF', 'https://example.org/lead2024.pdf'],
      ['Code', 'https://github.com/example/lead2024'],
      ['DOI', 'https://doi.org/10.5555/lead.2024'],
      ['arXiv', 'https://arxiv.org/abs/2401.01234'],
    ]);
    expect(entry.find('details').length).toBe(2);
    expect(text($, '#pub-lead2024 details:first-of-type p')).toBe('An abstract with 50% of the words.');
    const bibtex = entry.find('details pre').text();
    expect(bibtex).toMatch(/^@article\{lead2024,\n {2}title = \{Learning \{B\}ayesian Networks/);
    expect(bibtex).toContain('journal = {Journal of Fixture Learning}');
    expect(bibtex).not.toMatch(/abbr|selected|preview|bibtex_show|abstract|pdf/);
    expect(entry.find('button[data-copy-bibtex]').attr('hidden')).toBeDefined(); // shown by its script
    expect(text($, '#pub-lead2024 > div:first-child span')).toBe('JFL');
    expect(entry.find('img').attr('src')).toMatch(/^\/_astro\/lead2024\..*\.svg$/);
    // No toggles where the entry has no abstract and no bibtex_show.
    expect($('#pub-other2023 details')).toHaveLength(0);
  });
});

describe('news', () => {
  it('lists every item by year, newest first, titled or not', async () => {
    const $ = await page(open, 'news/index.html');
    expect(texts($, 'main h2')).toEqual(['2024', '2023', '2022']);
    expect(
      $('main li[id]')
        .map((_, li) => $(li).attr('id'))
        .get(),
    ).toEqual(['news-2024-01-10-hello', 'news-2023-12-01-short', 'news-2023-06-01-summer', 'news-2022-05-01-older']);
    expect(text($, '#news-2023-12-01-short')).toBe('1 December 2023 A short announcement without a title.');
  });

  it('publishes an RSS feed of all items, linked from every head', async () => {
    const xml = await closed.read('news/rss.xml');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const items = new XMLParser().parse(xml).rss.channel.item as { title: string; link: string }[];
    expect(items.map((item) => [item.title, item.link])).toEqual([
      ['Hello 2024', 'https://example.org/lab/news/#news-2024-01-10-hello'],
      ['News of 1 December 2023', 'https://example.org/lab/news/#news-2023-12-01-short'],
      ['Summer school', 'https://example.org/lab/news/#news-2023-06-01-summer'],
      ['The oldest item', 'https://example.org/lab/news/#news-2022-05-01-older'],
    ]);
    const $ = await page(closed, 'about/index.html');
    expect($('link[rel="alternate"][href="/lab/news/rss.xml"]')).toHaveLength(1);
  });
});

describe('the home page', () => {
  it('shows its body, then the open positions in one line, the next events, the latest three news and the selected publications', async () => {
    const $ = await page(open, 'index.html');
    expect(texts($, 'main h2')).toEqual(['Join us', 'Next events', 'News', 'Selected publications']);
    expect(
      $('section[aria-labelledby="home-news"] li[id]')
        .map((_, li) => $(li).attr('id'))
        .get(),
    ).toEqual(['news-2024-01-10-hello', 'news-2023-12-01-short', 'news-2023-06-01-summer']);
    expect(
      $('section[aria-labelledby="home-publications"] h3')
        .map((_, h3) => $(h3).text())
        .get(),
    ).toEqual(['Learning Bayesian Networks with Background Knowledge']);
  });

  it('says how many positions are open and the nearest deadline, with each later version ready for the guard', async () => {
    const $ = await page(open, 'index.html');
    const lines = $('#home-positions ~ p')
      .map((_, p) => ({
        text: text($, p),
        hidden: $(p).attr('hidden') !== undefined,
        from: $(p).attr('data-opens-at'),
        until: $(p).attr('data-closes-at'),
      }))
      .get();
    expect(lines).toEqual([
      {
        text: '6 open positions, apply by 20 January',
        hidden: false,
        from: undefined,
        until: '2024-01-20T23:00:00.000Z',
      },
      {
        text: '5 open positions, apply by 31 January',
        hidden: true,
        from: '2024-01-20T23:00:00.000Z',
        until: '2024-01-31T23:00:00.000Z',
      },
      {
        text: '4 open positions, apply by 31 July',
        hidden: true,
        from: '2024-01-31T23:00:00.000Z',
        until: '2024-07-31T22:00:00.000Z',
      },
      { text: '3 open positions', hidden: true, from: '2024-07-31T22:00:00.000Z', until: undefined },
    ]);
    expect($('#home-positions ~ p a').attr('href')).toBe('/positions/');
  });

  it('leaves out each section that is empty', async () => {
    const content = { 'pages/index.md': '---\ntitle: Home\nlayout: home\n---\n\nHello.' };
    const empty = await build({ content, env: { SITE_NOW: '2024-01-15' } });
    try {
      expect(empty.ok, empty.output).toBe(true);
      const $ = load(await empty.read('index.html'));
      expect($('main h2')).toHaveLength(0);
      expect(text($, 'main')).toContain('Hello.');
    } finally {
      await empty.cleanup();
    }
  });
});

describe('share cards', () => {
  const pages = [
    ['index.html', '/cards/site.png'],
    ['join-us/index.html', '/cards/site.png'],
    ['positions/themis-phd/index.html', '/cards/positions/themis-phd.png'],
    ['positions/filled/index.html', '/cards/positions/filled.png'],
    ['projects/2022_themis/index.html', '/cards/projects/2022_themis.png'],
    ['projects/index.html', '/cards/site.png'],
    ['people/pat-lead/index.html', '/cards/site.png'],
    ['publications/index.html', '/cards/site.png'],
    ['news/index.html', '/cards/site.png'],
    ['search/index.html', '/cards/site.png'],
  ] as const;

  it.each(pages)('%s has Open Graph and Twitter meta with its card, which exists', async (file, card) => {
    const $ = await page(closed, file);
    const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
    const title = text($, 'h1');
    expect(meta('og:title')).toBe(title);
    expect(meta('twitter:title')).toBe(title);
    expect(meta('og:description')).toBe($('meta[name="description"]').attr('content'));
    expect(meta('twitter:description')).toBe(meta('og:description'));
    expect(meta('og:url')).toBe($('link[rel="canonical"]').attr('href'));
    expect(meta('og:image')).toBe(`https://example.org/lab${card}`);
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect((await closed.read(card.slice(1))).length).toBeGreaterThan(1000);
  });

  it('the 404 page has a card but no address of its own', async () => {
    const $ = await page(closed, '404.html');
    expect($('meta[property="og:url"]')).toHaveLength(0);
    expect($('meta[property="og:image"]').attr('content')).toBe('https://example.org/lab/cards/site.png');
  });
});
