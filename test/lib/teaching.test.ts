import { describe, expect, it } from 'vitest';
import { checkTerm, compareTerms, parseTerm, termAt, termYears } from '../../src/lib/teaching';

describe('the current semester', () => {
  it.each([
    ['2024-09-30', 'summer', 2024],
    ['2024-10-01', 'winter', 2024],
    ['2025-03-31', 'winter', 2024],
    ['2025-04-01', 'summer', 2025],
    ['2025-01-15', 'winter', 2024],
    ['2024-12-31', 'winter', 2024],
  ])('on %s is %s %i', (today, season, year) => {
    expect(termAt(today)).toEqual({ season, year });
  });
});

describe('terms as courses write them', () => {
  it.each([
    ['winter 2024', undefined],
    ['Summer 2025', undefined],
    [
      'fall 2024',
      'expected a term such as "winter 2024" (the winter semester 2024/25) or "summer 2025", found "fall 2024"',
    ],
    [
      'WS 2024/25',
      'expected a term such as "winter 2024" (the winter semester 2024/25) or "summer 2025", found "WS 2024/25"; write "winter 2024"',
    ],
    [
      'SoSe 2025',
      'expected a term such as "winter 2024" (the winter semester 2024/25) or "summer 2025", found "SoSe 2025"; write "summer 2025"',
    ],
    ['2024', 'expected a term such as "winter 2024" (the winter semester 2024/25) or "summer 2025", found "2024"'],
  ])('%j → %s', (value, problem) => {
    expect(checkTerm(value)).toBe(problem);
  });

  it('reads a term and writes its academic years', () => {
    expect(parseTerm('Winter 2024')).toEqual({ season: 'winter', year: 2024 });
    expect(termYears({ season: 'winter', year: 2024 })).toBe('2024/25');
    expect(termYears({ season: 'winter', year: 2099 })).toBe('2099/00');
    expect(termYears({ season: 'summer', year: 2025 })).toBe('2025');
  });

  it('orders terms newest first: a winter after the summer of its year', () => {
    const terms = ['summer 2024', 'winter 2023', 'winter 2024', 'summer 2025'].map(parseTerm);
    expect(terms.toSorted(compareTerms).map((t) => `${t.season} ${t.year}`)).toEqual([
      'summer 2025',
      'winter 2024',
      'summer 2024',
      'winter 2023',
    ]);
  });
});
