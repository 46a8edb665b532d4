import { describe, expect, it } from 'vitest';
import { isSitePath } from '../../../src/lib/markdown';
import type { Lang } from '../../../src/i18n';
import { findDuplicatePermalinks } from '../../../src/lib/model/checks';
import {
  checkUrlId,
  localizePath,
  placeLink,
  placePermalink,
  siteUrls,
  defaultPermalink,
  normalizePath,
  stripBase,
  toRouteParam,
  withBase,
} from '../../../src/lib/model/urls';

describe('defaultPermalink follows the file path', () => {
  it.each([
    ['index', '/'],
    ['join-us', '/join-us/'],
    ['for-students/jobs', '/for-students/jobs/'],
    ['for-students/index', '/for-students/'],
  ])('pages/%s.md → %s', (id, permalink) => {
    expect(defaultPermalink(id)).toBe(permalink);
  });
});

describe('paths and the base path', () => {
  it.each([
    ['/join-us', '/join-us/'],
    ['join-us/', '/join-us/'],
    ['/a//b', '/a/b/'],
    ['/projects/?x=1#top', '/projects/'],
    ['/', '/'],
  ])('normalizePath(%s) → %s', (input, output) => {
    expect(normalizePath(input)).toBe(output);
  });

  it.each([
    ['/join-us/', '/', '/join-us/'],
    ['/join-us/', '/lab/', '/lab/join-us/'],
    ['/', '/lab/', '/lab/'],
    ['https://example.org/', '/lab/', 'https://example.org/'],
  ])('withBase(%s, %s) → %s', (path, base, href) => {
    expect(withBase(path, base)).toBe(href);
  });

  it.each([
    ['/lab/join-us/', '/lab/', '/join-us/'],
    ['/lab/', '/lab/', '/'],
    ['/lab', '/lab/', '/'],
    ['/join-us', '/', '/join-us/'],
  ])('stripBase(%s, %s) → %s', (pathname, base, path) => {
    expect(stripBase(pathname, base)).toBe(path);
  });

  it.each([
    ['/', undefined],
    ['/join-us/', 'join-us'],
    ['/for-students/jobs/', 'for-students/jobs'],
  ])('toRouteParam(%s) → %s', (permalink, param) => {
    expect(toRouteParam(permalink)).toBe(param);
  });
});

describe('findDuplicatePermalinks', () => {
  it('names every file that claims the same URL, whatever the slashes', () => {
    expect(
      findDuplicatePermalinks([
        { permalink: '/join-us/', source: 'src/content/pages/join-us.md' },
        { permalink: '/projects/', source: 'src/content/pages/projects.md' },
        { permalink: '/join-us', source: 'src/content/pages/jobs.md' },
      ]),
    ).toEqual([{ permalink: '/join-us/', sources: ['src/content/pages/join-us.md', 'src/content/pages/jobs.md'] }]);
  });

  it('finds none when every URL is unique', () => {
    expect(
      findDuplicatePermalinks([
        { permalink: '/a/', source: 'a' },
        { permalink: '/b/', source: 'b' },
      ]),
    ).toEqual([]);
  });
});

describe('isSitePath: which markdown links get the base path', () => {
  it.each([
    ['/join-us/', true],
    ['/favicon.svg', true],
    ['//cdn.example.org/x.js', false],
    ['https://example.org/', false],
    ['#top', false],
    ['mailto:a@b.de', false],
    ['relative/path/', false],
    [undefined, false],
  ])('%s → %s', (href, expected) => {
    expect(isSitePath(href)).toBe(expected);
  });
});

describe('checkUrlId: file names that become URLs', () => {
  it.each([
    ['2022_themis', undefined],
    ['for-students/jobs', undefined],
    ['phd.2024', undefined],
    [
      'Our Team',
      'the file name "Our Team" becomes the URL, so it may use only letters, digits, "-", "_" and "."; rename the file to "our-team"',
    ],
    [
      'stellen/Doktorand München',
      'the file name "stellen/Doktorand München" becomes the URL, so it may use only letters, digits, "-", "_" and "."; rename the file to "stellen/doktorand-munchen"',
    ],
  ])('%s → %s', (id, problem) => {
    expect(checkUrlId(id)).toBe(problem);
  });
});

describe('URLs in a language', () => {
  it.each([
    ['/join-us/', 'en', 'en', '/join-us/'],
    ['/join-us/', 'de', 'en', '/de/join-us/'],
    ['/', 'de', 'en', '/de/'],
    ['/join-us/', 'en', 'de', '/en/join-us/'],
    ['/join-us/', 'de', 'de', '/join-us/'],
  ] as const)('%s in %s (default %s) is %s', (path, lang, defaultLanguage, expected) => {
    expect(localizePath(path, lang, defaultLanguage)).toBe(expected);
  });

  it.each([
    // A translation's own permalink, written with or without its prefix, lands under its language.
    ['/de/mitmachen/', 'de', 'en', '/de/mitmachen/'],
    ['/mitmachen/', 'de', 'en', '/de/mitmachen/'],
    // ... and at the top when its language becomes the default.
    ['/de/mitmachen/', 'de', 'de', '/mitmachen/'],
    ['/join-us/', 'en', 'de', '/en/join-us/'],
    ['/join-us/', 'en', 'en', '/join-us/'],
    // Only the page's own prefix is taken off.
    ['/design/', 'de', 'en', '/de/design/'],
  ] as const)('the permalink %s of a %s page (default %s) is placed at %s', (written, lang, defaultLanguage, path) => {
    expect(placePermalink(written, lang, defaultLanguage)).toBe(path);
  });
});

describe('links written in content', () => {
  const english = { languages: ['en', 'de'] as Lang[], defaultLanguage: 'en' as const };
  const german = { languages: ['en', 'de'] as Lang[], defaultLanguage: 'de' as const };

  it.each([
    // With the first language as the default, every link stays as written.
    [english, '/join-us/', '/join-us/'],
    [english, '/de/mitmachen/', '/de/mitmachen/'],
    // With German as the default, links follow their pages ...
    [german, '/join-us/', '/en/join-us/'],
    [german, '/', '/en/'],
    [german, '/de/mitmachen/', '/mitmachen/'],
    [german, '/de/', '/'],
    [german, '/de', '/'],
    [german, '/projects/#themis', '/en/projects/#themis'],
    [german, '/search/?q=phd', '/en/search/?q=phd'],
    // ... and files stay where they are.
    [german, '/papers/doe2024.pdf', '/papers/doe2024.pdf'],
    [german, '/positions/rss.xml', '/positions/rss.xml'],
    [german, '/design/', '/en/design/'],
  ] as const)('%# %s → %s', (site, path, expected) => {
    expect(placeLink(path, site)).toBe(expected);
  });
});

describe('the URL helpers of a site', () => {
  const urls = siteUrls({
    url: 'https://ml.example.org',
    base: '/lab/',
    languages: ['en', 'de'],
    defaultLanguage: 'en',
  });

  it('put the base path in front of site paths, and leave other addresses alone', () => {
    expect(urls.url('/join-us/')).toBe('/lab/join-us/');
    expect(urls.url('https://jobs.example.org/1')).toBe('https://jobs.example.org/1');
    expect(urls.absoluteUrl('/de/mitmachen/')).toBe('https://ml.example.org/lab/de/mitmachen/');
  });

  it.each([
    ['de', 'de', 'de'],
    ['en', 'en', undefined],
    // A locale the site does not have (or none): the default language.
    ['fr', 'en', undefined],
    [undefined, 'en', undefined],
  ] as const)('the page of locale %s is in %s, with the route parameter %s', (locale, lang, param) => {
    expect(urls.langOf(locale)).toBe(lang);
    expect(urls.langParam(urls.langOf(locale))).toBe(param);
  });
});
