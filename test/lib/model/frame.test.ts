import { describe, expect, it } from 'vitest';
import { frameFor } from '../../../src/lib/model/frame';
import type { NavItem } from '../../../src/lib/navigation';
import { assemble, siteWith } from './lab';
import { LAB } from './fixture';

/** A menu as a reader sees it: labels, their language when not the menu's, links and the current item. */
const menu = (items: NavItem[]) =>
  items.map((item) =>
    item.kind === 'link'
      ? `${item.label}${item.lang ? ` [${item.lang}]` : ''} ${item.href}${item.current ? ' (current)' : ''}`
      : `${item.label}${item.lang ? ` [${item.lang}]` : ''}: ${item.items
          .map((child) =>
            child.kind === 'divider' ? '—' : `${child.label}${child.lang ? ` [${child.lang}]` : ''} ${child.href}`,
          )
          .join(', ')}`,
  );

describe('the menu in each language', () => {
  const model = assemble(LAB);

  it('is built from the pages of the language, in their order', () => {
    expect(menu(frameFor(model, { lang: 'en', pathname: '/join-us/' }).nav)).toEqual([
      'People /people/',
      'Projects /projects/',
      'Join us /join-us/ (current)',
      'For students: Jobs /for-students/jobs/, —, University https://www.uni-rostock.de/',
    ]);
  });

  it('takes the English page where there is no German one, marked as English, and leads children to German pages', () => {
    expect(menu(frameFor(model, { lang: 'de', pathname: '/de/for-students/jobs/' }).nav)).toEqual([
      'People [en] /people/',
      'Projects [en] /projects/',
      'Mitmachen /de/mitmachen/',
      'For students [en]: Jobs für Studierende /de/for-students/jobs/, —, University [en] https://www.uni-rostock.de/',
    ]);
  });

  it('marks the current page below the base path', () => {
    const below = assemble(LAB, { site: siteWith({ base: '/lab/' }) });
    expect(menu(frameFor(below, { lang: 'en', pathname: '/lab/people/' }).nav)[0]).toBe(
      'People /lab/people/ (current)',
    );
  });
});

describe('what surrounds every page', () => {
  const model = assemble(LAB);
  const joinUs = [
    { lang: 'en' as const, href: '/join-us/' },
    { lang: 'de' as const, href: '/de/mitmachen/' },
  ];

  it('switches to the translation of a page, or to the home page of the other language', () => {
    expect(frameFor(model, { lang: 'en', pathname: '/join-us/', versions: joinUs }).switcher).toEqual([
      { lang: 'de', href: '/de/mitmachen/', translated: true },
    ]);
    expect(frameFor(model, { lang: 'en', pathname: '/people/' }).switcher).toEqual([
      { lang: 'de', href: '/de/', translated: false },
    ]);
  });

  it('links the versions for search engines, the default language as x-default, except on a page they must not index', () => {
    expect(frameFor(model, { lang: 'de', pathname: '/de/mitmachen/', versions: joinUs }).alternates).toEqual([
      { hreflang: 'en', href: '/join-us/' },
      { hreflang: 'de', href: '/de/mitmachen/' },
      { hreflang: 'x-default', href: '/join-us/' },
    ]);
    expect(frameFor(model, { lang: 'en', pathname: '/404.html', versions: joinUs, noindex: true }).alternates).toEqual(
      [],
    );
  });

  it("has each language's home, description and legal pages (in English where there is no German version)", () => {
    const { home, description, legal, year } = frameFor(model, { lang: 'de', pathname: '/de/' });
    expect({ home, description, legal, year }).toEqual({
      home: '/de/',
      description: 'Eine Arbeitsgruppe.',
      legal: [
        { which: 'imprint', href: '/imprint/', lang: 'en' },
        { which: 'privacy', href: '/privacy/', lang: 'en' },
      ],
      year: '2024',
    });
    expect(frameFor(model, { lang: 'en', pathname: '/' }).description).toBe('A machine-learning group.');
  });

  it("falls back to the first language's home and the site's description where a language has no home page", () => {
    const { 'pages/de/index': _, ...withoutGermanHome } = LAB;
    const frame = frameFor(assemble(withoutGermanHome), { lang: 'de', pathname: '/de/mitmachen/' });
    expect([frame.home, frame.description]).toEqual(['/', 'A machine-learning group.']);
  });

  it("links the university's legal pages as they are", () => {
    const site = siteWith({ legal: { imprint: 'https://www.uni-rostock.de/impressum/' } });
    expect(frameFor(assemble(LAB, { site }), { lang: 'de', pathname: '/de/' }).legal).toEqual([
      { which: 'imprint', href: 'https://www.uni-rostock.de/impressum/' },
    ]);
  });
});
