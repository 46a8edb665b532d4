import { describe, expect, it } from 'vitest';
import {
  cardOf,
  homeSections,
  indexHref,
  indexLanguages,
  openPositionsFor,
  pageRoutes,
  peopleIndex,
  personWork,
  positionsIndex,
  projectPositions,
  projectsIndex,
} from '../../../src/lib/model/queries';
import { assemble } from './lab';
import { LAB } from './fixture';

const model = assemble(LAB);
const page = (permalink: string) => model.pages.find((candidate) => candidate.permalink === permalink)!;
const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);

describe('the open positions a page lists', () => {
  it.each([
    // Soonest deadline first, "until filled" last; each posting in the page's language where it has a version.
    ['/join-us/', ['PhD in THEMIS', 'Studentische Hilfskraft']],
    ['/de/mitmachen/', ['Promotion in THEMIS', 'Studentische Hilfskraft']],
    // open_positions: student_assistant
    ['/for-students/jobs/', ['Studentische Hilfskraft']],
    ['/people/', null],
  ])('%s', (permalink, expected) => {
    const open = openPositionsFor(model, page(permalink));
    expect(open && titles(open.positions)).toEqual(expected);
  });

  it('are judged at the moment of the build', () => {
    const later = assemble(LAB, { now: new Date('2024-02-01T00:00:00+01:00') });
    expect(titles(openPositionsFor(later, page('/join-us/'))!.positions)).toEqual(['Studentische Hilfskraft']);
  });

  it("on a project's page, in the project's language", () => {
    const themis = (lang: string) => model.allProjects.find((p) => p.id === 'themis' && p.lang === lang)!;
    expect(titles(projectPositions(model, themis('en')))).toEqual(['PhD in THEMIS']);
    expect(titles(projectPositions(model, themis('de')))).toEqual(['Promotion in THEMIS']);
  });
});

describe('lists', () => {
  it('the positions index: open, then the most recently closed', () => {
    const { open, closed } = positionsIndex(model, 'en');
    expect([titles(open), titles(closed)]).toEqual([['PhD in THEMIS', 'Studentische Hilfskraft'], ['Postdoc']]);
  });

  it('the projects index: ongoing, then completed, each in the German version where there is one', () => {
    expect(projectsIndex(model, 'de').map((group) => `${group.id}: ${titles(group.projects).join(', ')}`)).toEqual([
      'ongoing: THEMIS auf Deutsch',
      'completed: Old',
    ]);
  });

  it('the people index: members by role, then the alumni', () => {
    const { groups, alumni } = peopleIndex(model);
    expect([groups.map((group) => group.role), alumni.map((person) => person.id)]).toEqual([['pi'], ['max-muster']]);
  });

  it("a person's projects, publications and the positions they are the contact for", () => {
    const work = personWork(
      model,
      model.people.find((person) => person.id === 'jane-doe')!,
    );
    expect([titles(work.projects), titles(work.publications), titles(work.positions)]).toEqual([
      ['THEMIS'],
      ['A paper'],
      ['PhD in THEMIS'],
    ]);
  });
});

describe('the home page', () => {
  it('shows the latest news, the open positions and the selected publications, with where each list is', () => {
    const home = homeSections(model, page('/de/'))!;
    expect({
      ...home,
      news: home.news.map((item) => item.id),
      events: home.events.map((event) => event.id),
      open: titles(home.open),
      selected: titles(home.selected),
    }).toEqual({
      news: ['2024-01-10-award', '2023-12-01-hello'],
      events: [],
      open: ['Promotion in THEMIS', 'Studentische Hilfskraft'],
      selected: ['A paper'],
      // No German list pages in this lab: the English ones.
      more: { positions: '/positions/', news: '/news/', publications: '/publications/', events: '/events/' },
    });
  });

  it('needs no summary of the positions when it lists them itself; other pages have no sections', () => {
    const listing = { ...page('/'), open_positions: true as const };
    expect(homeSections(model, listing)?.open).toEqual([]);
    expect(homeSections(model, page('/join-us/'))).toBeUndefined();
  });
});

describe('collection indexes', () => {
  const translated = assemble({ ...LAB, 'pages/de/projects': { title: 'Projekte' } });

  it('are built in the first language, and in another where the lab translated the page that introduces them', () => {
    expect([indexLanguages(model, 'projects'), indexLanguages(translated, 'projects')]).toEqual([['en'], ['en', 'de']]);
    expect([indexHref(model, 'projects', 'de'), indexHref(translated, 'projects', 'de')]).toEqual([
      '/projects/',
      '/de/projects/',
    ]);
  });

  it('have routes of their own: the pages that introduce them are not built as pages', () => {
    expect(pageRoutes(translated).map((p) => p.permalink)).not.toContain('/de/projects/');
    expect(pageRoutes(translated).map((p) => p.permalink)).toContain('/de/mitmachen/');
  });
});

describe('share cards', () => {
  it.each([
    ['positions', 'src/content/positions/phd.md', '/cards/positions/phd.png'],
    ['positions', 'src/content/positions/de/phd.md', '/cards/positions/de/phd.png'],
    ['allProjects', 'src/content/projects/de/themis.md', '/cards/projects/de/themis.png'],
  ] as const)('%s %s: %s', (list, file, path) => {
    expect(
      cardOf(
        model,
        model[list].find((item) => item.file === file)!,
      ),
    ).toBe(path);
  });
});
