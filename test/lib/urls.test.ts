import { describe, expect, it } from 'vitest';
import { isSitePath } from '../../src/lib/markdown';
import { findDuplicatePermalinks } from '../../src/lib/model/checks';
import {
  checkUrlId,
  defaultPermalink,
  normalizePath,
  stripBase,
  toRouteParam,
  withBase,
} from '../../src/lib/model/urls';

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
