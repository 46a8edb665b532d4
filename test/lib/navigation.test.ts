import { describe, expect, it } from 'vitest';
import { findMissingChildren } from '../../src/lib/model/checks';
import { buildNav, menuPages, type LocalizedNavPage, type NavPage } from '../../src/lib/navigation';

function page(title: string, permalink: string, fields: Partial<NavPage> = {}): NavPage {
  return { title, permalink, nav: true, dropdown: false, ...fields };
}

const labels = (pages: NavPage[], current = '/') => buildNav(pages, current).map((item) => item.label);

describe('menu order', () => {
  it.each([
    [
      'ascending nav_order',
      [page('C', '/c/', { nav_order: 3 }), page('A', '/a/', { nav_order: 1 }), page('B', '/b/', { nav_order: 2 })],
      ['A', 'B', 'C'],
    ],
    [
      'pages without nav_order after the numbered ones',
      [page('Zed', '/z/'), page('Last', '/l/', { nav_order: 99 }), page('Alpha', '/a/')],
      ['Last', 'Alpha', 'Zed'],
    ],
    [
      'ties by title, ignoring case',
      [
        page('beta', '/b/', { nav_order: 1 }),
        page('Alpha', '/a/', { nav_order: 1 }),
        page('Gamma', '/g/', { nav_order: 0 }),
      ],
      ['Gamma', 'Alpha', 'beta'],
    ],
    [
      'only pages with nav: true',
      [page('Hidden', '/h/', { nav: false, nav_order: 1 }), page('Shown', '/s/', { nav_order: 2 })],
      ['Shown'],
    ],
    [
      'negative and fractional orders',
      [page('B', '/b/', { nav_order: 1.5 }), page('A', '/a/', { nav_order: -1 })],
      ['A', 'B'],
    ],
  ])('%s', (_, pages, expected) => {
    expect(labels(pages)).toEqual(expected);
  });
});

describe('links and the current page', () => {
  const pages = [page('Projects', '/projects/', { nav_order: 1 }), page('Join Us!', '/join-us/', { nav_order: 99 })];

  it.each([
    ['/join-us/', [false, true]],
    ['/join-us', [false, true]],
    ['/projects/', [true, false]],
    ['/projects/2022_themis/', [false, false]],
    ['/', [false, false]],
  ])('on %s the current item is marked by URL', (current, expected) => {
    expect(buildNav(pages, current).map((item) => item.current)).toEqual(expected);
  });

  it('prefixes the base path and keeps the label', () => {
    expect(buildNav(pages, '/join-us/', '/lab/')).toEqual([
      { kind: 'link', label: 'Projects', href: '/lab/projects/', external: false, current: false },
      { kind: 'link', label: 'Join Us!', href: '/lab/join-us/', external: false, current: true },
    ]);
  });
});

describe('dropdowns', () => {
  const students = page('For students', '/for-students/', {
    nav_order: 3,
    dropdown: true,
    children: [
      { title: 'Student jobs', permalink: '/for-students/jobs/' },
      { title: 'divider' },
      { title: 'Studying in Rostock', permalink: 'https://www.uni-rostock.de/studium/' },
      { title: 'Theses', permalink: '/for-students/theses' },
    ],
  });

  it('lists children in order, with separators and external links', () => {
    const [dropdown] = buildNav([students], '/');
    expect(dropdown).toEqual({
      kind: 'dropdown',
      label: 'For students',
      current: false,
      items: [
        { kind: 'link', label: 'Student jobs', href: '/for-students/jobs/', external: false, current: false },
        { kind: 'divider' },
        {
          kind: 'link',
          label: 'Studying in Rostock',
          href: 'https://www.uni-rostock.de/studium/',
          external: true,
          current: false,
        },
        { kind: 'link', label: 'Theses', href: '/for-students/theses/', external: false, current: false },
      ],
    });
  });

  it.each([
    ['/for-students/jobs/', true, 'Student jobs'],
    ['/for-students/theses/', true, 'Theses'],
    ['/for-students/', true, undefined],
    ['/join-us/', false, undefined],
  ])('on %s the dropdown is current: %s, the current child: %s', (current, dropdownCurrent, child) => {
    const [dropdown] = buildNav([students], current);
    if (dropdown?.kind !== 'dropdown') throw new Error('expected a dropdown');
    expect(dropdown.current).toBe(dropdownCurrent);
    expect(dropdown.items.find((item) => item.kind === 'link' && item.current)).toMatchObject(
      child ? { label: child } : {},
    );
    if (!child) expect(dropdown.items.some((item) => item.kind === 'link' && item.current)).toBe(false);
  });

  it('treats "Divider" in any case as a separator', () => {
    const [dropdown] = buildNav([page('X', '/x/', { dropdown: true, children: [{ title: 'Divider' }] })], '/');
    expect(dropdown).toMatchObject({ items: [{ kind: 'divider' }] });
  });
});

describe('findMissingChildren', () => {
  it('reports internal children that no page has, and ignores dividers and external links', () => {
    const parent = page('Join us', '/join-us/', {
      dropdown: true,
      children: [
        { title: 'Overview', permalink: '/join-us/overview/' },
        { title: 'divider' },
        { title: 'PhD', permalink: '/join-us/phd' },
        { title: 'Portal', permalink: 'https://jobs.uni-rostock.de/' },
      ],
    });
    const missing = findMissingChildren([parent], new Set(['/join-us/', '/join-us/overview/']));
    expect(missing.map(({ child }) => child.title)).toEqual(['PhD']);
  });
});

describe('the menu in another language', () => {
  const at = (lang: string, key: string, title: string, permalink: string, fields: Partial<NavPage> = {}) =>
    ({ ...page(title, permalink, fields), lang, key }) as LocalizedNavPage;
  // The English site with German translations of join-us and the student jobs (but not of the dropdown itself).
  const pages = [
    at('en', 'people', 'People', '/people/', { nav_order: 1 }),
    at('en', 'for-students/index', 'For students', '/for-students/', {
      nav_order: 3,
      dropdown: true,
      children: [
        { title: 'Overview', permalink: '/for-students/' },
        { title: 'Student jobs', permalink: '/for-students/jobs/' },
        { title: 'divider' },
        { title: 'Studying in Rostock', permalink: 'https://www.uni-rostock.de/studium/' },
      ],
    }),
    at('en', 'for-students/jobs', 'Student jobs', '/for-students/jobs/', { nav: false }),
    at('en', 'join-us', 'Join us', '/join-us/', { nav_order: 99 }),
    at('de', 'join-us', 'Mitmachen', '/de/mitmachen/', { nav_order: 0 }),
    at('de', 'for-students/jobs', 'Jobs für Studierende', '/de/for-students/jobs/', { nav: false }),
    at('de', 'kontakt', 'Kontakt', '/de/kontakt/', { nav_order: 50 }),
  ];
  const menu = (lang: string) => buildNav(menuPages(pages, lang, 'en'), '/');

  it('lists German pages in their own order, and English pages without a German version in English', () => {
    expect(menu('de').map((item) => [item.label, item.lang])).toEqual([
      ['Mitmachen', undefined],
      ['People', 'en'],
      ['For students', 'en'],
      ['Kontakt', undefined],
    ]);
  });

  it("leads a fallback dropdown's children to the German page where there is one", () => {
    const dropdown = menu('de')[2];
    expect(dropdown?.kind === 'dropdown' && dropdown.items).toEqual([
      expect.objectContaining({ label: 'Overview', href: '/for-students/', lang: 'en' }),
      expect.objectContaining({ label: 'Jobs für Studierende', href: '/de/for-students/jobs/' }),
      { kind: 'divider' },
      expect.objectContaining({ label: 'Studying in Rostock', external: true, lang: 'en' }),
    ]);
    expect(dropdown?.kind === 'dropdown' && dropdown.items[1]).not.toHaveProperty('lang');
  });

  it('shows the English menu unchanged, with a German-only page marked as German', () => {
    expect(menu('en').map((item) => [item.label, item.lang])).toEqual([
      ['People', undefined],
      ['For students', undefined],
      ['Kontakt', 'de'],
      ['Join us', undefined],
    ]);
  });

  it("keeps a German dropdown's own labels, and marks a child that leads to an English page", () => {
    const german = [
      ...pages,
      at('de', 'for-students/index', 'Für Studierende', '/de/for-students/', {
        nav_order: 3,
        dropdown: true,
        children: [
          { title: 'Jobs', permalink: '/for-students/jobs/' },
          { title: 'Abschlussarbeiten', permalink: '/for-students/theses/' },
        ],
      }),
      at('en', 'for-students/theses', 'Theses', '/for-students/theses/', { nav: false }),
    ];
    const dropdown = buildNav(menuPages(german, 'de', 'en'), '/').find((item) => item.label === 'Für Studierende');
    expect(dropdown?.kind === 'dropdown' && dropdown.items).toEqual([
      expect.objectContaining({ label: 'Jobs', href: '/de/for-students/jobs/' }),
      expect.objectContaining({ label: 'Abschlussarbeiten', href: '/for-students/theses/', lang: 'en' }),
    ]);
  });
});
