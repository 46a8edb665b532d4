import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { DICTIONARIES, LANGUAGES } from '../../src/i18n';
import { applyBy, closedNotice, countdownLabel, emptyStateSentence, summaryLines } from '../../src/lib/positions';

/** Every path to a leaf of a dictionary, with the leaf's kind: `positions.applyBy: string`. */
function leaves(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (typeof value === 'string') return [`${path}: string`];
  return Object.entries(value as object).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

/** Every string a dictionary holds (and what its functions return), to find an empty one. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)('X', 'Y', 'Z'))];
  return Object.values(value as object).flatMap(texts);
}

describe('the dictionaries', () => {
  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s has every key of English, of the same kind', (lang) => {
    expect(leaves(DICTIONARIES[lang])).toEqual(leaves(DICTIONARIES.en));
  });

  it.each(LANGUAGES)('%s has no empty text', (lang) => {
    expect(texts(DICTIONARIES[lang]).filter((text) => !text.trim())).toEqual([]);
  });

  it.each(LANGUAGES)('%s names every language in a mark ("in German")', (lang) => {
    expect(Object.keys(DICTIONARIES[lang].inLanguage).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has a locale the platform formats dates in', (lang) => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(DICTIONARIES[lang].locale)).toHaveLength(1);
  });
});

describe('dates and position texts in both languages', () => {
  const { en, de } = DICTIONARIES;

  it.each([
    ['2024-01-31', en, '31 January 2024'],
    ['2024-01-31', de, '31. Januar 2024'],
    ['2024-03', de, 'März 2024'],
    ['2024', de, '2024'],
  ])('%s reads %s', (date, t, text) => {
    expect(formatDate(date, t.locale)).toBe(text);
  });

  it.each([
    [en, '2024-01-31', 'Apply by 31 January 2024'],
    [de, '2024-01-31', 'Bewerbung bis 31. Januar 2024'],
    [en, undefined, 'Open until filled'],
    [de, undefined, 'Offen bis zur Besetzung'],
  ])('applyBy in %#', (t, deadline, text) => {
    expect(applyBy(deadline, t)).toBe(text);
  });

  it.each([
    [en, '2024-01-31', 'closes today'],
    [en, '2024-02-01', 'closes tomorrow'],
    [en, '2024-02-05', 'closes in 5 days'],
    [de, '2024-01-31', 'endet heute'],
    [de, '2024-02-01', 'endet morgen'],
    [de, '2024-02-05', 'endet in 5 Tagen'],
  ])('countdown %# on 2024-01-31 for %s', (t, deadline, text) => {
    expect(countdownLabel(deadline, '2024-01-31', t)).toBe(text);
  });

  it.each([
    [en, ['phd', 'postdoc'] as const, 'There are no open PhD or postdoc positions at the moment.'],
    [de, ['phd', 'postdoc'] as const, 'Zurzeit gibt es keine offenen Promotionsstellen oder Postdoc-Stellen.'],
    [de, ['student_assistant'] as const, 'Zurzeit gibt es keine offenen Stellen für studentische Hilfskräfte.'],
    [de, ['phd', 'postdoc', 'student_assistant', 'thesis', 'staff'] as const, 'Zurzeit sind keine Stellen offen.'],
  ])('the empty state %#', (t, kinds, sentence) => {
    expect(emptyStateSentence(kinds, t)).toBe(sentence);
  });

  it('says when a closed German posting ended', () => {
    expect(closedNotice({ filled: false, deadline: '2024-01-31' }, de)).toBe(
      'Diese Ausschreibung ist beendet: Bewerbungen waren bis zum 31. Januar 2024 möglich.',
    );
  });

  it('counts the open positions on the German home page', () => {
    const open = [
      {
        title: 'A',
        posted: '2024-01-01',
        deadline: '2024-01-31',
        filled: false,
        closesAt: new Date('2024-01-31T23:00Z'),
      },
      { title: 'B', posted: '2024-01-01', deadline: undefined, filled: false, closesAt: undefined },
    ];
    expect(summaryLines(open, de).map((line) => line.text)).toEqual([
      '2 offene Stellen, Bewerbung bis 31. Januar',
      '1 offene Stelle',
    ]);
  });
});
