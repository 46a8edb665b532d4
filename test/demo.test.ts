import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../src/i18n';
import { factsIn } from '../src/lib/site';
import { site } from '../src/site.config';
import type { BuildResult } from './helpers/build';
import { sharedSite } from './helpers/sites';

/** The lab's own content, built in January 2024 (calls open) and in November 2026 (calls closed). */
let january2024: BuildResult;
let today: BuildResult;

beforeAll(async () => {
  [january2024, today] = await Promise.all([sharedSite('demo'), sharedSite('demoToday')]);
});

const titles = async (build: BuildResult, path: string) => {
  const $ = load(await build.read(path));
  return $('#open-positions ~ ul h3')
    .map((_, h3) => $(h3).text().trim())
    .get();
};

describe("the lab's site", () => {
  it('shows the two PhD/postdoc calls on join-us while they are open, and the THEMIS one on its project', async () => {
    expect(await titles(january2024, 'join-us/index.html')).toEqual([
      'PhD student or postdoc in machine learning',
      'PhD student or postdoc in machine learning (THEMIS)',
    ]);
    expect(await titles(january2024, 'projects/2022_themis/index.html')).toEqual([
      'PhD student or postdoc in machine learning (THEMIS)',
    ]);
    const $ = load(await january2024.read('join-us/index.html'));
    expect(
      $('a[href="https://jobs.uni-rostock.de/jobposting/3ca315a64762f179542465dd0daf2331b9a5c3a80"]'),
    ).toHaveLength(1);
    expect(
      $('a[href="https://jobs.uni-rostock.de/jobposting/2317ec88a7e47bc3fb2c78f744415dd5a4de55400"]'),
    ).toHaveLength(1);
    expect($('main').text()).toContain('requires some German skills');
  });

  it('shows the empty state today, with the invitation to get in touch', async () => {
    expect(await titles(today, 'join-us/index.html')).toEqual([]);
    const $ = load(await today.read('join-us/index.html'));
    expect($('[data-empty-state]').text()).toContain('There are no open positions at the moment.');
    expect($('[data-empty-state] a').attr('href')).toMatch(/^mailto:/);
    expect(load(await today.read('for-students/jobs/index.html'))('[data-empty-state]').text()).toContain(
      'There are no open student assistant positions at the moment.',
    );
  });

  it('puts Join Us! last in the menu and lists every page in the sitemap', async () => {
    const $ = load(await today.read('index.html'));
    const labels = $('header nav.hidden > ul > li')
      .map((_, li) => $(li).find('a, summary').first().text().trim())
      .get();
    expect(labels.at(-1)).toBe('Join Us!');
    const sitemap = await today.read('sitemap-0.xml');
    for (const path of ['/', '/join-us/', '/projects/', '/projects/2022_themis/', '/for-students/jobs/']) {
      expect(sitemap).toContain(`<loc>https://example.org${path}</loc>`);
    }
  });
});

describe("the lab's example people, publications and news", () => {
  it('are marked as examples, and the home page shows the open positions, the next events, the news and the selected papers', async () => {
    const people = load(await today.read('people/index.html'));
    expect(people('main').text()).toContain('examples');
    expect(
      people('main h2')
        .map((_, h2) => people(h2).text().trim())
        .get(),
    ).toEqual(['Group leader', 'Postdoctoral researchers', 'PhD students', 'Alumni']);
    expect(load(await today.read('people/erika-mustermann/index.html'))('main').text()).toContain(
      'This is an example profile',
    );
    const publications = load(await today.read('publications/index.html'));
    expect(publications('main article')).toHaveLength(5);
    expect(publications('#pub-mueller2023ecology h3 + p').text().trim()).toBe(
      'J. Müller, Lena Beispiel, José García Núñez, Søren Østergaard, et al.',
    );
    const home = load(await january2024.read('index.html'));
    const sections = ($: typeof home) =>
      $('main h2[id^="home-"]')
        .map((_, h2) => $(h2).text().trim())
        .get();
    expect(sections(home)).toEqual(['Join us', 'Next events', 'News', 'Selected publications']);
    expect(home('#home-positions ~ p:not([hidden])').text().trim()).toBe('2 open positions, apply by 31 January');
    // On 28 November 2026 the calls are closed: the line is gone; the example talk of 10 December is next.
    const now = load(await today.read('index.html'));
    expect(sections(now)).toEqual(['Next events', 'News', 'Selected publications']);
  });
});

/** Every text of a dictionary, with the path of its key (functions, which make sentences, left out). */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, path ? `${path}.${key}` : key));
  return [];
}

/**
 * What would give English away on a German page: the English words of the interface that German says otherwise, the
 * lab's facts in English, and what the English menu of `build` says (its page titles).
 */
async function englishOf(build: BuildResult): Promise<Set<string>> {
  const german = new Map(texts(DICTIONARIES.de));
  const $ = load(await build.read('index.html'));
  const menu = $('header nav[class~="hidden"] :is(a, summary > span)')
    .map((_, item) => $(item).text().trim())
    .get();
  return new Set(
    [
      ...texts(DICTIONARIES.en)
        .filter(([key, text]) => german.get(key) !== text && !key.startsWith('dates.') && /\p{L}{4}/u.test(text))
        .map(([, text]) => text),
      ...Object.values(factsIn(site, 'en')).flatMap((fact) => (fact && 'text' in fact ? [fact.text] : [])),
      ...menu,
    ].filter((text) => text && ![...german.values()].includes(text)),
  );
}

/** The texts of `english` in the title, the header and the footer of a page, outside elements marked `lang="en"`. */
function unmarked(html: string, english: Set<string>): string[] {
  const $ = load(html);
  $('[lang="en"], [lang^="en-"]').remove();
  const shown = ['title', 'header', 'footer'].map((part) => $(part).text().replace(/\s+/g, ' ')).join(' | ');
  // Whole words only: "Student" is English, "Studentische" is not.
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...english].filter((text) => new RegExp(`(?<!\\p{L})${escape(text)}(?!\\p{L})`, 'u').test(shown));
}

/** Each German page of `build` with the English it shows unmarked. */
async function germanPagesWithEnglish(build: BuildResult): Promise<string[]> {
  const english = await englishOf(build);
  const pages = (await readdir(join(build.dir, 'dist/de'), { recursive: true })).filter((file) =>
    file.endsWith('.html'),
  );
  expect(pages.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const file of pages) {
    for (const text of unmarked(await build.read(`de/${file}`), english)) found.push(`de/${file}: ${text}`);
  }
  return found;
}

describe('the German site', () => {
  it('speaks German in the header, the menu, the footer and the title of every page, English only where marked', async () => {
    expect(await germanPagesWithEnglish(january2024)).toEqual([]);
    const german = await readdir(join(january2024.dir, 'dist/de'), { recursive: true });
    expect(german.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(10);
  });

  it.each(['lab', 'labJoinUsOnly'] as const)(
    'marks what a lab has not translated (%s: the fixture lab, with some pages or only join-us in German)',
    async (name) => {
      const lab = await sharedSite(name);
      expect(await germanPagesWithEnglish(lab)).toEqual([]);
      const $ = load(await lab.read('de/mitmachen/index.html'));
      expect($('header nav[class~="hidden"] [lang="en"]').length).toBeGreaterThan(0);
    },
  );

  it('would notice English that is not marked', async () => {
    const html = await january2024.read('de/mitmachen/index.html');
    const english = await englishOf(january2024);
    expect(english).toContain('People');
    const changed = html.replace(
      /<header([^>]*)>/,
      '<header$1><span>Machine Learning Group</span> <span>People</span>',
    );
    expect(unmarked(changed, english).sort()).toEqual(['Machine Learning Group', 'People']);
  });
});
