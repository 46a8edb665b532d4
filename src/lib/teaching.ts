// Semesters as German universities have them: the winter semester runs from 1 October to 31 March (`winter 2024` is
// the winter semester 2024/25), the summer semester from 1 April to 30 September. Which one is current follows from
// the build's day in the site's zone.
import type { CalendarDate } from './dates';
import { quoted } from './model/problems';

/** A semester as a course names it: `winter 2024` (2024/25) or `summer 2025`. */
export interface Term {
  season: 'winter' | 'summer';
  /** The year it begins in. */
  year: number;
}

const TERM = /^(winter|summer)\s+(\d{4})$/i;

/** Checks a course's `term`; returns an explanation (with the form it probably means) when it is not one. */
export function checkTerm(value: string): string | undefined {
  if (TERM.test(value.trim())) return undefined;
  const expected = `expected a term such as "winter 2024" (the winter semester 2024/25) or "summer 2025"`;
  const german =
    /^(ws|wise|wintersemester|winter)\s*(\d{4})(?:\/\d{2,4})?$|^(ss|sose|sommersemester|sommer)\s*(\d{4})$/i.exec(
      value.trim(),
    );
  if (german) {
    const term = german[2] ? `winter ${german[2]}` : `summer ${german[4]}`;
    return `${expected}, found ${quoted(value)}; write "${term}"`;
  }
  return `${expected}, found ${quoted(value)}`;
}

/** A checked term as its parts. */
export function parseTerm(value: string): Term {
  const [, season = '', year = ''] = TERM.exec(value.trim()) ?? [];
  return { season: season.toLowerCase() as Term['season'], year: Number(year) };
}

/** The term a day falls in: 1 October–31 March is winter (of the October's year), 1 April–30 September summer. */
export function termAt(today: CalendarDate): Term {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month >= 10) return { season: 'winter', year };
  if (month <= 3) return { season: 'winter', year: year - 1 };
  return { season: 'summer', year };
}

/** A term as front matter writes it, and as it sorts: `winter 2024`. */
export const termKey = (term: Term) => `${term.season} ${term.year}`;

/** Newest first: winter 2024 (begins October 2024) after summer 2024 (begins April 2024). */
export function compareTerms(a: Term, b: Term): number {
  const start = (term: Term) => term.year * 2 + (term.season === 'winter' ? 1 : 0);
  return start(b) - start(a);
}

/** The academic-year label of a term: `2024/25` for a winter, `2025` for a summer. */
export function termYears(term: Term): string {
  return term.season === 'winter'
    ? `${term.year}/${String((term.year + 1) % 100).padStart(2, '0')}`
    : String(term.year);
}
