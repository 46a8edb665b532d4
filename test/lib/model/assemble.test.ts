import { describe, expect, it } from 'vitest';
import { versionIn } from '../../../src/lib/model/translations';
import { assemble, messages, siteWith } from './lab';
import { LAB } from './fixture';

const find = <T extends { file: string }>(items: readonly T[], file: string) =>
  items.find((item) => item.file === `src/content/${file}.md`)!;

describe('the site model', () => {
  const model = assemble(LAB);

  it('has no problems with a lab that is right', () => {
    expect(messages(model)).toEqual([]);
  });

  it('pairs each page, project and position with its translations, each at its own address', () => {
    const joinUs = find(model.pages, 'pages/join-us');
    expect(versionIn(joinUs, 'de').permalink).toBe('/de/mitmachen/');
    expect(versionIn(versionIn(joinUs, 'de'), 'en')).toBe(joinUs);
    expect(find(model.pages, 'pages/de/for-students/jobs').permalink).toBe('/de/for-students/jobs/');
    const themis = model.projects.find((project) => project.id === 'themis')!;
    expect([themis.href, versionIn(themis, 'de').href, versionIn(themis, 'de').title]).toEqual([
      '/projects/themis/',
      '/de/projects/themis/',
      'THEMIS auf Deutsch',
    ]);
    const phd = find(model.positions, 'positions/phd');
    expect([versionIn(phd, 'de').title, versionIn(phd, 'de').href, versionIn(phd, 'de').translation]).toEqual([
      'Promotion in THEMIS',
      '/de/positions/phd/',
      true,
    ]);
  });

  it('gives a posting written in German its page among the German pages', () => {
    const hiwi = find(model.positions, 'positions/hiwi');
    expect([hiwi.lang, hiwi.pageLang, hiwi.href, hiwi.translation]).toEqual(['de', 'de', '/de/positions/hiwi/', false]);
  });

  it('lists projects ongoing first and keeps the originals apart from their translations', () => {
    expect(model.projects.map((project) => project.id)).toEqual(['themis', 'old']);
    expect(model.allProjects.map((project) => `${project.lang}/${project.id}`).toSorted()).toEqual([
      'de/themis',
      'en/old',
      'en/themis',
    ]);
  });

  it('resolves ids to the entries they name, and authors to the people they are', () => {
    const phd = find(model.positions, 'positions/phd');
    expect([phd.project?.title, phd.contact?.name]).toEqual(['THEMIS', 'Jane Doe']);
    expect(model.projects[0]!.people.map((person) => person.name)).toEqual(['Jane Doe']);
    expect(model.publications[0]!.authors.map((author) => `${author.name}: ${author.person?.id}`)).toEqual([
      'J. Doe: jane-doe',
      'Ann Other: undefined',
    ]);
  });

  it('leaves drafts out', () => {
    expect(model.pages.map((page) => page.title)).not.toContain('Not yet');
  });

  it('sorts the news newest first, each with its anchor on the news page', () => {
    expect(model.news.map((item) => item.href)).toEqual([
      '/news/#news-2024-01-10-award',
      '/news/#news-2023-12-01-hello',
    ]);
  });

  it('tells the sitemap what to leave out, when open positions were posted, and every page in two languages', () => {
    expect(model.sitemap.exclude).toEqual(['/positions/filled/']);
    expect(model.sitemap.lastmod.toSorted()).toEqual([
      ['/de/positions/hiwi/', '2024-01-05'],
      ['/de/positions/phd/', '2024-01-01'],
      ['/positions/phd/', '2024-01-01'],
    ]);
    const alternates = Object.fromEntries(model.sitemap.alternates);
    expect(alternates['/join-us/']).toEqual(
      expect.arrayContaining([
        { lang: 'en', url: 'https://ml.example.org/join-us/' },
        { lang: 'de', url: 'https://ml.example.org/de/mitmachen/' },
        { lang: 'x-default', url: 'https://ml.example.org/join-us/' },
      ]),
    );
    expect(alternates['/join-us/']).toHaveLength(3);
    expect(alternates['/de/mitmachen/']).toEqual(alternates['/join-us/']);
    expect(alternates['/de/search/']).toEqual(alternates['/search/']);
    expect(alternates['/people/']).toBeUndefined();
  });
});

describe('the moment of the build', () => {
  it.each([
    // Berlin winter time: the deadline day 2024-01-31 ends at 23:00 UTC.
    ['2024-01-31T23:59:59+01:00', true],
    ['2024-02-01T00:00:00+01:00', false],
  ])('at %s the PhD position is open: %s', (instant, open) => {
    const phd = find(assemble(LAB, { now: new Date(instant) }).positions, 'positions/phd');
    expect(phd.open).toBe(open);
    expect(phd.closesAt?.toISOString()).toBe('2024-01-31T23:00:00.000Z');
  });

  it('moves people to the alumni on the day after their last day, in the site zone', () => {
    const alumni = (instant: string) =>
      assemble(LAB, { now: new Date(instant) })
        .people.filter((person) => person.alumnus)
        .map((person) => person.id);
    expect(alumni('2024-01-14T23:59:00+01:00')).toEqual([]);
    expect(alumni('2024-01-15T00:00:00+01:00')).toEqual(['max-muster']);
  });
});

describe('languages', () => {
  it('puts the default language at the top and the others under their prefix', () => {
    const german = assemble(LAB, { site: siteWith({ defaultLanguage: 'de' }) });
    expect(messages(german)).toEqual([]);
    const joinUs = find(german.pages, 'pages/join-us');
    expect([joinUs.permalink, versionIn(joinUs, 'de').permalink]).toEqual(['/en/join-us/', '/mitmachen/']);
    // A menu child written as /for-students/jobs/ follows its page.
    expect(find(german.pages, 'pages/for-students').children?.[0]?.permalink).toBe('/en/for-students/jobs/');
  });

  it('leaves the translations out when the site has one language, and shows a German posting in it', () => {
    const english = assemble(LAB, { site: siteWith({ languages: ['en'] }) });
    expect(messages(english)).toEqual([]);
    expect(english.pages.map((page) => page.lang)).not.toContain('de');
    expect(english.allProjects.map((project) => project.lang)).toEqual(['en', 'en']);
    const hiwi = find(english.positions, 'positions/hiwi');
    expect([hiwi.lang, hiwi.pageLang, hiwi.href]).toEqual(['de', 'en', '/positions/hiwi/']);
    expect(english.positions.some((position) => position.translation)).toBe(false);
  });
});

describe('problems', () => {
  it('are all collected, each naming the file and the field, instead of stopping at the first', () => {
    const model = assemble({
      ...LAB,
      'projects/themis': { ...LAB['projects/themis'], people: ['jane-doe', 'john-doe'] },
      'positions/phd': { ...LAB['positions/phd'], contact: 'jane-do' },
      'pages/jobs': { title: 'Jobs', permalink: '/join-us/' },
    });
    expect(messages(model)).toEqual([
      'src/content/projects/themis.md: people: no person has the id "john-doe". Expected the file name (without .md) of a person in src/content/people; the people are: jane-doe, max-muster.',
      'src/content/positions/phd.md: contact: no person has the id "jane-do". Expected the file name (without .md) of a person in src/content/people; the people are: jane-doe, max-muster.',
      'Two files claim the URL /join-us/:\n  - src/content/pages/jobs.md\n  - src/content/pages/join-us.md\nGive one of them another permalink.',
    ]);
  });

  it('leave a translation in the language of its original out, so that it claims no URL', () => {
    const model = assemble({ ...LAB, 'positions/phd': { ...LAB['positions/phd'], lang: 'de' } });
    expect(messages(model)).toEqual([
      'src/content/positions/de/phd.md: this translation is in de, the language that src/content/positions/phd.md is already written in (lang: de); remove one of them, or change lang in the original.',
    ]);
    expect(model.positions.map((position) => position.file)).not.toContain('src/content/positions/de/phd.md');
  });

  it('name a file in a folder of the first language, which is the top of the folder', () => {
    const model = assemble({ ...LAB, 'pages/en/about': { title: 'About' } });
    expect(messages(model)).toEqual([
      "src/content/pages/en/about.md: files in en, the site's first language, sit at the top of the folder, not in en/; move it up one folder.",
    ]);
  });
});
