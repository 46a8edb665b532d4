// The lab's year in the built fixture site: the events page and calendar, the blog, teaching and formulas.
import { load, type CheerioAPI } from 'cheerio';
import { SyntaxValidator } from 'fast-xml-validator';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from './helpers/build';
import { googleEvent } from './helpers/google';
import { sharedSite } from './helpers/sites';

/** The fixture lab built on 15 January 2024. */
let lab: BuildResult;

beforeAll(async () => {
  lab = await sharedSite('lab');
});

const page = async (path: string): Promise<CheerioAPI> => load(await lab.read(path));
const texts = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
    .get();

describe('events', () => {
  it('lists upcoming events soonest first, then past ones by year; each past copy of an upcoming one is hidden', async () => {
    const $ = await page('events/index.html');
    expect(texts($, 'section[aria-labelledby="events-upcoming"] [data-event] h3')).toEqual([
      'Causal discovery in THEMIS',
      'Spring workshop',
      'Summer seminar on ecology',
    ]);
    expect(texts($, 'section[aria-labelledby="events-2023"] [data-event]:not([hidden]) h4')).toEqual([
      'PhD defence of Sam Student',
    ]);
    // The 2024 events wait, hidden, for the moment each ends (src/scripts/guard.ts).
    expect($('section[aria-labelledby="events-2024"]').attr('hidden')).toBeDefined();
    expect($('section[aria-labelledby="events-2024"] [data-event][hidden][data-opens-at]').length).toBe(3);
    expect(texts($, 'main [data-event] p').some((line) => line.includes('A draft event'))).toBe(false);
  });

  it("shows an event's time with its zone, its place, speakers linked and its material", async () => {
    const $ = await page('events/themis-talk/index.html');
    const facts = $('main dl').text().replace(/\s+/g, ' ');
    expect(facts).toContain('17 January 2024, 16:15–17:45 CET');
    expect(facts).toContain('Konrad-Zuse-Haus, room 101, Rostock');
    expect($('main dl a[href="/people/pat-lead/"]').text()).toBe('Pat Lead');
    expect(facts).toContain('Ada Guest');
    expect($('main dl a[href="https://example.org/slides.pdf"]').text()).toBe('Slides');
    expect($('main dl a[href="/projects/2022_themis/"]').length).toBe(1);
  });

  it("gives search engines a schema.org Event with Google's required and recommended fields", async () => {
    const $ = await page('events/themis-talk/index.html');
    const event = googleEvent.parse(JSON.parse($('script[type="application/ld+json"]').text()));
    expect(event).toMatchObject({
      startDate: '2024-01-17T16:15:00+01:00',
      endDate: '2024-01-17T17:45:00+01:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Konrad-Zuse-Haus, room 101, Rostock' },
      performer: [
        { '@type': 'Person', name: 'Pat Lead' },
        { '@type': 'Person', name: 'Ada Guest' },
      ],
    });
    const online = googleEvent.parse(
      JSON.parse((await page('events/summer-seminar/index.html'))('script[type="application/ld+json"]').text()),
    );
    expect(online).toMatchObject({
      startDate: '2024-07-10T16:15:00+02:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/summer' },
    });
  });

  it('writes a calendar whose times are right in winter and in summer, read by an independent parser', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await lab.read('events/events.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const byTitle = new Map(events.map((event) => [event.summary, event]));
    expect([...byTitle.keys()].toSorted()).toEqual([
      'Causal discovery in THEMIS',
      'PhD defence of Sam Student',
      'Spring workshop',
      'Summer seminar on ecology',
    ]);
    const instant = (title: string, which: 'startDate' | 'endDate') =>
      byTitle.get(title)![which].toJSDate().toISOString();
    expect(instant('Causal discovery in THEMIS', 'startDate')).toBe('2024-01-17T15:15:00.000Z');
    expect(instant('Summer seminar on ecology', 'startDate')).toBe('2024-07-10T14:15:00.000Z');
    const workshop = byTitle.get('Spring workshop')!;
    expect(workshop.startDate.isDate).toBe(true);
    expect(workshop.startDate.toString()).toBe('2024-03-04');
    expect(workshop.endDate.toString()).toBe('2024-03-07');
  });

  it("lists the next events on the home page, a person's talks and a project's events", async () => {
    expect(texts(await page('index.html'), 'section[aria-labelledby="home-events"] [data-event] h3')).toEqual([
      'Causal discovery in THEMIS',
      'Spring workshop',
      'Summer seminar on ecology',
    ]);
    expect(texts(await page('people/sam-student/index.html'), '#person-talks ~ ol h3')).toEqual([
      'PhD defence of Sam Student',
    ]);
    expect(texts(await page('projects/2022_themis/index.html'), '#project-events ~ ol h3')).toEqual([
      'Causal discovery in THEMIS',
    ]);
  });
});

describe('the blog', () => {
  it('lists the posts newest first, without the date prefix in their addresses', async () => {
    const $ = await page('blog/index.html');
    expect(texts($, 'main article h2')).toEqual(['Hello, world', 'Notes on causal inference', 'A post written in MDX']);
    expect($('main article h2 a').first().attr('href')).toBe('/blog/hello-world/');
    const german = await page('de/blog/index.html');
    expect(texts(german, 'main article h2')).toEqual([
      'Hallo, Welt',
      'Notes on causal inference',
      'A post written in MDX',
    ]);
  });

  it('links authors, says the reading time and links the neighbours', async () => {
    const $ = await page('blog/causal-notes/index.html');
    expect($('main a[href="/people/jose-garcia/"]').text()).toBe('José García Núñez');
    expect($('main').text()).toContain('1 min read');
    expect($('nav a[rel="next"]').attr('href')).toBe('/blog/hello-world/');
    expect($('nav a[rel="prev"]').attr('href')).toBe('/blog/components/');
  });

  it('has a page per tag, tags that differ in case together', async () => {
    const $ = await page('blog/tags/machine-learning/index.html');
    expect($('h1').text()).toBe('Posts tagged “Machine Learning”');
    expect(texts($, 'main article h2')).toEqual(['Hello, world', 'Notes on causal inference']);
    expect(texts(await page('de/blog/tags/maschinelles-lernen/index.html'), 'main article h2')).toEqual([
      'Hallo, Welt',
    ]);
  });

  it('publishes a feed with the full text, as well-formed XML', async () => {
    const xml = await lab.read('blog/rss.xml');
    expect(new SyntaxValidator().validate(xml)).toBe(true);
    const items = new XMLParser().parse(xml).rss.channel.item as {
      title: string;
      link: string;
      'content:encoded'?: string;
    }[];
    expect(items.map((item) => item.title)).toEqual([
      'Hello, world',
      'Notes on causal inference',
      'A post written in MDX',
    ]);
    expect(items[0]!.link).toBe('https://example.org/blog/hello-world/');
    expect(items[0]!['content:encoded']).toContain('We start a blog.');
  });
});

describe('formulas', () => {
  it('a page with a formula has KaTeX markup and its stylesheet; a page without one has neither', async () => {
    const withMath = await page('blog/hello-world/index.html');
    expect(withMath('main .katex math').length).toBe(2);
    expect(withMath('main .katex-display math[display="block"] mfrac').length).toBe(1);
    const stylesheet = withMath('link[rel="stylesheet"][href*="/_astro/math."]').attr('href');
    expect(stylesheet).toBeDefined();
    // The math font is served by the site, as files (the CSP allows no data: fonts), in three faces that a page
    // loads by the characters its formulas use.
    const css = await lab.read(stylesheet!.slice(1));
    const fonts = [...css.matchAll(/url\((\/_astro\/noto-sans-math-(core|letters|symbols)[\w.-]*\.woff2)\)/g)];
    expect(fonts.map((font) => font[2])).toEqual(['core', 'letters', 'symbols']);
    for (const [, font] of fonts) expect((await lab.read(font!.slice(1))).length).toBeGreaterThan(10_000);
    const without = await page('blog/causal-notes/index.html');
    expect(without('.katex').length).toBe(0);
    expect(without('link[href*="/_astro/math."]').length).toBe(0);
    // The translation has no formula: its page does not load the stylesheet either.
    expect((await page('de/blog/hello-world/index.html'))('link[href*="/_astro/math."]').length).toBe(0);
  });

  it('sets the formulas of MDX too, and its page loads the stylesheet', async () => {
    const $ = await page('blog/components/index.html');
    expect($('main p .katex math msup').length).toBe(3);
    expect(await lab.read('blog/components/index.html')).not.toContain(':xmlns');
    expect($('link[rel="stylesheet"][href*="/_astro/math."]').length).toBe(1);
  });
});

describe('teaching', () => {
  it('shows the current semester first, then the coming one, then the past ones, newest first', async () => {
    const $ = await page('teaching/index.html');
    expect(texts($, 'main h2').slice(0, 3)).toEqual([
      'Winter semester 2023/24 This semester',
      'Summer semester 2024 Coming up',
      'Past semesters',
    ]);
    expect(texts($, 'section[aria-labelledby="teaching-past"] h3')).toEqual([
      'Summer semester 2023',
      'Winter semester 2022/23',
    ]);
    expect(texts($, 'main h3 a').slice(0, 1)).toEqual(['Introduction to Machine Learning']);
    expect($('#teaching-jobs ~ p a').attr('href')).toBe('/for-students/jobs/');
    const german = await page('de/teaching/index.html').catch(() => undefined);
    expect(german).toBeUndefined();
  });

  it("lists a person's courses on their page", async () => {
    expect(texts(await page('people/pat-lead/index.html'), '#person-teaching ~ ul a')).toEqual([
      'Introduction to Machine Learning',
      'Deep Learning',
    ]);
  });
});
