import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n';
import {
  alternates,
  pairVersions,
  splitLanguage,
  switchTargets,
  versionIn,
  versionsOf,
  type Localized,
} from '../../../src/lib/model/translations';

describe('translation pairing', () => {
  it.each([
    ['join-us', 'en', { lang: 'en', key: 'join-us', translation: false }],
    ['de/join-us', 'en', { lang: 'de', key: 'join-us', translation: true }],
    ['de/for-students/jobs', 'en', { lang: 'de', key: 'for-students/jobs', translation: true }],
    ['for-students/jobs', 'en', { lang: 'en', key: 'for-students/jobs', translation: false }],
    // A folder that is not a language is part of the path; so is the content language's own code.
    ['design/index', 'en', { lang: 'en', key: 'design/index', translation: false }],
    ['en/about', 'de', { lang: 'en', key: 'about', translation: true }],
    ['de', 'en', { lang: 'en', key: 'de', translation: false }],
  ] as const)('%s (content in %s)', (id, contentLanguage, expected) => {
    expect(splitLanguage(id, contentLanguage)).toEqual(expected);
  });
});

describe('the language switcher', () => {
  const home = (lang: Lang) => (lang === 'en' ? '/' : `/${lang}/`);

  it('goes to the translation of the page', () => {
    const versions = [
      { lang: 'en' as const, href: '/join-us/' },
      { lang: 'de' as const, href: '/de/mitmachen/' },
    ];
    expect(switchTargets(versions, 'en', ['en', 'de'], home)).toEqual([
      { lang: 'de', href: '/de/mitmachen/', translated: true },
    ]);
    expect(switchTargets(versions, 'de', ['en', 'de'], home)).toEqual([
      { lang: 'en', href: '/join-us/', translated: true },
    ]);
  });

  it("goes to the other language's home where the page has no translation", () => {
    expect(switchTargets([{ lang: 'en', href: '/people/' }], 'en', ['en', 'de'], home)).toEqual([
      { lang: 'de', href: '/de/', translated: false },
    ]);
  });

  it('offers nothing on a site with one language', () => {
    expect(switchTargets([], 'en', ['en'], home)).toEqual([]);
  });
});

interface Item extends Localized<Item> {
  file: string;
  translation: boolean;
}

const item = (file: string, lang: Lang, key: string, href: string, translation = false): Item => ({
  file,
  translation,
  lang,
  key,
  href,
  versions: new Map(),
});

describe('pairing the versions of an item', () => {
  it('links each version to all the others, by language, and leaves an item without translations alone', () => {
    const joinUs = item('join-us.md', 'en', 'join-us', '/join-us/');
    const mitmachen = item('de/join-us.md', 'de', 'join-us', '/de/mitmachen/');
    const people = item('people.md', 'en', 'people', '/people/');
    pairVersions([joinUs, mitmachen, people]);
    expect(versionIn(joinUs, 'de')).toBe(mitmachen);
    expect(versionIn(mitmachen, 'en')).toBe(joinUs);
    expect(versionsOf(mitmachen)).toEqual([
      { lang: 'en', href: '/join-us/' },
      { lang: 'de', href: '/de/mitmachen/' },
    ]);
    // No German version: the item itself.
    expect(versionIn(people, 'de')).toBe(people);
    expect(versionsOf(people)).toEqual([{ lang: 'en', href: '/people/' }]);
  });

  it('asks which version a language keeps when two claim it', () => {
    const original = item('phd.md', 'de', 'phd', '/de/positions/phd/');
    const translation = item('de/phd.md', 'de', 'phd', '/de/positions/phd/', true);
    const clashes: string[] = [];
    pairVersions([translation, original], undefined, (first, second) => {
      clashes.push(`${first.file} / ${second.file}`);
      return first.translation ? second : first;
    });
    expect(clashes).toEqual(['de/phd.md / phd.md']);
    expect(versionIn(translation, 'de')).toBe(original);
  });
});

describe('hreflang alternates', () => {
  const en = { lang: 'en' as const, href: '/join-us/' };
  const de = { lang: 'de' as const, href: '/de/mitmachen/' };

  it.each([
    ['two versions, English the default', [en, de], 'en', ['en /join-us/', 'de /de/mitmachen/', 'x-default /join-us/']],
    [
      'two versions, German the default',
      [en, de],
      'de',
      ['en /join-us/', 'de /de/mitmachen/', 'x-default /de/mitmachen/'],
    ],
    // A German-only page on an English site has no version for visitors of other languages.
    [
      'no version in the default language',
      [de, { lang: 'de' as const, href: '/de/x/' }],
      'en',
      ['de /de/mitmachen/', 'de /de/x/'],
    ],
    ['one version: none', [en], 'en', []],
  ] as const)('%s', (_, versions, defaultLanguage, expected) => {
    expect(alternates(versions, defaultLanguage).map(({ hreflang, href }) => `${hreflang} ${href}`)).toEqual(expected);
  });
});
