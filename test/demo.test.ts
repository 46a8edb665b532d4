import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
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
  it('are marked as examples, and the home page shows the news, the open positions and the selected papers', async () => {
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
    expect(sections(home)).toEqual(['Join us', 'News', 'Selected publications']);
    expect(home('#home-positions ~ p:not([hidden])').text().trim()).toBe('2 open positions, apply by 31 January');
    // Today the calls are closed: the line is gone, the rest stays.
    const now = load(await today.read('index.html'));
    expect(sections(now)).toEqual(['News', 'Selected publications']);
  });
});
