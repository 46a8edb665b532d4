import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  flag,
  list,
  oneOf,
  optionalText,
  partialDate,
  permalink,
  strictObject,
  suggestKey,
  text,
  webUrl,
} from '../../src/schemas/fields';
import { defineSite, documentTitle, factsIn, langMark } from '../../src/lib/site';

const messages = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('unknown keys name the key and the nearest known one', () => {
  const schema = strictObject({
    title: z.string(),
    nav: z.boolean().optional(),
    nav_order: z.number().optional(),
    permalink: z.string().optional(),
  });
  it.each([
    [{ title: 'A', nav_ordr: 3 }, ['nav_ordr: unknown key; did you mean "nav_order"?']],
    [{ title: 'A', Title: 'B' }, ['Title: unknown key; did you mean "title"?']],
    [{ title: 'A', permlink: '/a/' }, ['permlink: unknown key; did you mean "permalink"?']],
    [
      { title: 'A', giscus_comments: true },
      ['giscus_comments: unknown key; the known keys are: title, nav, nav_order, permalink'],
    ],
    [{ title: 'A', nav: true }, []],
  ])('%o', (input, expected) => {
    expect(messages(schema, input)).toEqual(expected);
  });

  it.each([
    ['nav_ordr', 'nav_order'],
    ['titel', 'title'],
    ['deadlien', 'deadline'],
    ['completely_else', undefined],
  ])('suggestKey(%s) → %s', (key, suggestion) => {
    expect(suggestKey(key, ['title', 'nav_order', 'deadline', 'nav'])).toBe(suggestion);
  });
});

describe('field types say what was expected and what was found', () => {
  it.each([
    [flag, 'yes', [': expected true or false, found "yes"']],
    [list(text('a tag'), 'keywords'), 'ml, ai', [': expected a list of keywords, such as [a, b], found "ml, ai"']],
    [optionalText, ['a', 'b'], [': expected text, found a list']],
    [permalink, '/404.html', [': a permalink names a folder, not a file: write /404/ instead of "/404.html"']],
    [permalink, '/_astro/x/', [': "/_astro/x/" is reserved for the files the build writes; choose another permalink']],
    [text('a title'), undefined, [': required, but missing (expected a title as text)']],
    [text('a title'), 42, [': expected a title as text, found number 42']],
    [text('a title'), '  ', [': a title must not be empty']],
    [text('a title'), '\u200B\u00AD\u200D', [': a title has only invisible characters']],
    [
      text('a title'),
      'A\u000BB',
      [': a title contains the control character U+000B at position 2 (often pasted from a word processor); delete it'],
    ],
    [text('a title'), 'Caf\uD83D', [expect.stringContaining('a title contains a broken character')]],
    [text('a title'), 'Tab\tand newline\nare fine', []],
    [optionalText, 'x\u0000', [expect.stringContaining('the text contains the control character U+0000')]],
    [calendarDate, '2024-02-30', [': "2024-02-30" is not a date in the calendar']],
    [calendarDate, 20240131, [': expected a date written as YYYY-MM-DD, found number 20240131']],
    [calendarDate, '2024-01-31', []],
    [partialDate, 2022, []],
    [partialDate, '2022-13', [': "2022-13" has no month 13']],
    [
      webUrl,
      'javascript:alert(1)',
      [': expected a web address starting with https:// or http://, found "javascript:alert(1)"'],
    ],
    [webUrl, 'mailto:a@b.de', [': expected a web address starting with https:// or http://, found "mailto:a@b.de"']],
    [webUrl, 'https://jobs.uni-rostock.de/jobposting/1', []],
    [
      webUrl,
      'https://www.uni-rostock.de@evil.example/',
      [
        ': expected a web address without a name or password before "@" (it would lead to the part after it), found "https://www.uni-rostock.de@evil.example/"',
      ],
    ],
    [webUrl, 'https://user:secret@example.org/', [expect.stringContaining('without a name or password')]],
    // An "@" after the host is part of the path, and fine.
    [webUrl, 'https://mastodon.social/@ml_rostock', []],
    [
      permalink,
      '/../x/',
      [': expected a path without "." or ".." folders and without %-escapes, such as /join-us/, found "/../x/"'],
    ],
    [permalink, '/a/./b/', [expect.stringContaining('without "." or ".." folders')]],
    [permalink, '/%2e%2e/x/', [expect.stringContaining('without %-escapes')]],
    [permalink, '/pagefind/', [': "/pagefind/" is reserved for the files the build writes; choose another permalink']],
    [permalink, '/cards/', [': "/cards/" is reserved for the files the build writes; choose another permalink']],
    [permalink, '/Cards/x/', [expect.stringContaining('is reserved for the files the build writes')]],
    [permalink, '/cardsharp/', []],
    [
      permalink,
      'join-us',
      [': expected a path inside the site that starts with "/", such as /join-us/, found "join-us"'],
    ],
    [
      permalink,
      'https://example.org/',
      [': expected a path inside the site that starts with "/", such as /join-us/, found "https://example.org/"'],
    ],
    [oneOf(['page', 'home']), 'pgae', [': expected one of "page", "home", found "pgae"']],
  ] as [z.ZodType, unknown, string[]][])('%#: %o', (schema, input, expected) => {
    expect(messages(schema, input)).toEqual(expected);
  });

  it('adds the final slash to a permalink', () => {
    expect(permalink.parse('/projects')).toBe('/projects/');
  });
});

describe('defineSite', () => {
  const valid = {
    name: 'Lab',
    university: 'Uni',
    description: 'A lab.',
    url: 'https://example.org',
    email: 'lab@example.org',
    address: { street: 'Street 1', city: 'Rostock', country: 'DE' },
  };

  it.each(['Europe/Berlin', 'UTC', 'America/New_York'])('accepts the time zone %s', (timeZone) => {
    expect(defineSite({ ...valid, timeZone }).timeZone).toBe(timeZone);
  });

  it('fills defaults: Berlin, English only, base /, no legal pages', () => {
    expect(defineSite(valid)).toMatchObject({
      timeZone: 'Europe/Berlin',
      languages: ['en'],
      defaultLanguage: 'en',
      base: '/',
      legal: {},
    });
  });

  it.each([
    [['en', 'de'], undefined, 'en'],
    [['en', 'de'], 'de', 'de'],
    [['de', 'en'], undefined, 'de'],
    [['de'], undefined, 'de'],
  ] as const)('languages %j with defaultLanguage %s: the default is %s', (languages, defaultLanguage, expected) => {
    expect(defineSite({ ...valid, languages: [...languages], defaultLanguage }).defaultLanguage).toBe(expected);
  });

  it.each([
    [
      { timeZone: 'Europe/Rostock' },
      'timeZone: expected an IANA time zone such as "Europe/Berlin", found "Europe/Rostock"',
    ],
    [{ languages: ['en', 'fr'] }, 'languages.1: expected one of en, de, found "fr"'],
    [{ languages: 'en' }, 'languages: expected a list of languages such as [en, de]'],
    [{ languages: [] }, 'languages: expected at least one language, such as [en]'],
    [{ languages: ['en', 'en'] }, 'languages: expected each language once'],
    [
      { languages: ['en'], defaultLanguage: 'de' },
      'defaultLanguage: expected one of the site\'s languages (en), found "de"',
    ],
    [
      { legal: { imprint: 'impressum' } },
      'legal.imprint: expected the permalink of a page, such as /imprint/, or a full https:// address, found "impressum"',
    ],
    [{ legal: { impressum: '/imprint/' } }, 'legal.impressum: unknown key'],
    [{ timeZone: '+01:00' }, 'timeZone: expected an IANA time zone such as "Europe/Berlin", found "+01:00"'],
    [
      { url: 'https://example.org/lab/' },
      'url: expected an address without a path, such as https://ml.example.org, found "https://example.org/lab/"; put the folder in base',
    ],
    [
      { url: 'ftp://example.org' },
      'url: expected a web address starting with https:// or http://, found "ftp://example.org"',
    ],
    [{ base: 'lab' }, 'base: expected "/" or a folder such as "/lab/", starting and ending with "/"'],
    [{ email: 'nobody' }, 'email: expected an e-mail address, found "nobody"'],
    [{ timezone: 'Europe/Berlin' }, 'timezone: unknown key; did you mean "timeZone"?'],
    [
      { languages: ['en', 'de'], name: { en: 'Lab', fr: 'Labo' } },
      'name.fr: expected one of the languages the site is written for (en, de), found "fr"',
    ],
    [
      { languages: ['de', 'en'], university: { en: 'University', de: 'Universität', nl: 'Universiteit' } },
      'university.nl: expected one of the languages the site is written for (en, de), found "nl"',
    ],
    [
      { languages: ['en', 'de'], short_name: { de: 'AG ML' } },
      'short_name: expected a value in "en", the site\'s first language (the others fall back to it), found only "de"',
    ],
    [
      { address: { department: { en: 'Institute', it: 'Istituto' }, city: 'Rostock', country: 'DE' } },
      'address.department.it: expected one of the languages the site is written for (en, de), found "it"',
    ],
    [{ name: { en: '' } }, 'name.en: the lab name must not be empty'],
    [{ name: 42 }, 'name: expected the lab name as text, or as text per language ({ en: ..., de: ... }), found 42'],
    [
      { address: { city: 'Rostock', country: 'Germany' } },
      'address.country: expected a two-letter country code such as "DE", found "Germany"',
    ],
  ])('%o fails, naming the field', (change, message) => {
    expect(() => defineSite({ ...valid, ...change })).toThrow(message);
  });
});

describe("factsIn: the lab's words in a language, or in the first where the config has none", () => {
  const site = defineSite({
    ...{ url: 'https://example.org', email: 'lab@example.org', address: { city: 'Rostock', country: 'DE' } },
    languages: ['en', 'de'],
    name: { en: 'Machine Learning Group', de: 'Arbeitsgruppe Maschinelles Lernen' },
    short_name: { en: 'ML Group', de: 'AG ML' },
    university: 'University of Rostock',
    description: { en: 'A lab.' },
  });
  it.each([
    ['en', 'name', { text: 'Machine Learning Group', lang: 'en' }],
    ['de', 'name', { text: 'Arbeitsgruppe Maschinelles Lernen', lang: 'de' }],
    ['de', 'shortName', { text: 'AG ML', lang: 'de' }],
    // Given once for all languages: in every language, unmarked.
    ['de', 'university', { text: 'University of Rostock', lang: 'de' }],
    // Given in English only: the German pages show it, marked as English.
    ['de', 'description', { text: 'A lab.', lang: 'en' }],
  ] as const)('%s: %s is %o', (lang, fact, expected) => {
    expect(factsIn(site, lang)[fact]).toEqual(expected);
  });

  it('accepts a value in a language that is switched off, and leaves it unused', () => {
    const english = defineSite({ ...site, languages: ['en'], defaultLanguage: undefined });
    expect(factsIn(english, 'en').name).toEqual({ text: 'Machine Learning Group', lang: 'en' });
  });

  it('gives the name where there is no short name', () => {
    expect(factsIn({ ...site, short_name: undefined }, 'de').shortName).toEqual(factsIn(site, 'de').name);
  });

  it('marks a fallback, and only a fallback', () => {
    expect(langMark(factsIn(site, 'de').description, 'de')).toBe('en');
    expect(langMark(factsIn(site, 'de').name, 'de')).toBeUndefined();
  });
});

describe('documentTitle', () => {
  const fact = (text: string) => ({ text, lang: 'en' as const });
  const lab = { name: fact('Machine Learning Group'), university: fact('University of Rostock') };
  it.each([
    ['Join Us!', 'Join Us! · Machine Learning Group'],
    ['Machine Learning Group', 'Machine Learning Group · University of Rostock'],
    ['PhD student or postdoc in machine learning (THEMIS)', 'PhD student or postdoc in machine learning (THEMIS)'],
  ])('%s → %s (at most 70 characters where it can)', (title, full) => {
    expect(documentTitle(title, lab)).toBe(full);
  });
});
