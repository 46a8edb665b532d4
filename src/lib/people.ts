import { PERSON_ROLES, type PersonRole } from '../schemas/people';
import type { CalendarDate } from './dates';

/** What grouping and ordering people needs. */
export interface PersonTiming {
  name: string;
  role: PersonRole;
  start?: CalendarDate | undefined;
  end?: CalendarDate | undefined;
}

/** The years someone was in the lab, for alumni: "2019–2023", or one year ("2023") when they began and left in it. */
export function yearsInLab(person: Pick<PersonTiming, 'start' | 'end'>): string {
  const [from, to] = [person.start?.slice(0, 4), person.end?.slice(0, 4) ?? ''];
  return from && from !== to ? `${from}–${to}` : to;
}

/** Alumni are people whose `end` day is over: on the day after it they move to the alumni. */
export function isAlumnus(person: Pick<PersonTiming, 'end'>, today: CalendarDate): boolean {
  return person.end !== undefined && person.end < today;
}

/** The family name as a sort key: the last word of `name`. */
const familyName = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;

/** By family name, then by the full name. */
export function compareByName(a: Pick<PersonTiming, 'name'>, b: Pick<PersonTiming, 'name'>): number {
  return familyName(a.name).localeCompare(familyName(b.name), 'en') || a.name.localeCompare(b.name, 'en');
}

/**
 * The people page: current members in groups by role (the PI first, empty groups left out), each group
 * by family name; then the alumni, the most recent leavers first.
 */
export function groupPeople<P extends PersonTiming>(
  people: readonly P[],
  today: CalendarDate,
): { groups: { role: PersonRole; people: P[] }[]; alumni: P[] } {
  const current = people.filter((person) => !isAlumnus(person, today));
  const groups = PERSON_ROLES.map((role) => ({
    role,
    people: current.filter((person) => person.role === role).toSorted(compareByName),
  })).filter((group) => group.people.length > 0);
  const alumni = people
    .filter((person) => isAlumnus(person, today))
    .toSorted((a, b) => b.end!.localeCompare(a.end!) || compareByName(a, b));
  return { groups, alumni };
}

/** A name split into given and family parts, as BibTeX and matching need it. */
export interface PersonName {
  given: string;
  family: string;
}

/**
 * Splits a name as written: `Doe, Jane` (BibTeX's "Last, First") or `Jane Doe` (the last word is the
 * family name; names such as "van der Berg" need an alias in the "Last, First" form).
 */
export function splitName(name: string): PersonName {
  const comma = name.indexOf(',');
  if (comma >= 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const words = name.trim().split(/\s+/);
  return { family: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') };
}

/** Lower case, without accents, punctuation or extra spaces: `Müller` and `Muller` compare equal. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Given names as words; initials (`J.`, `J.-P.`) become single letters. */
const givenWords = (given: string) => normalizeName(given).split(' ').filter(Boolean);

/**
 * Whether an author as BibTeX names them is the person with this name: the family names are equal
 * (accents and case aside), and each given name of the author is the person's given name in the same
 * place, in full or as its initial (`J.` matches `Jane`; `J. M.` matches `Jane Mary`). `exact` asks for
 * full given names. An author without a given name matches only a name without one.
 */
export function namesMatch(author: PersonName, person: PersonName, exact = false): boolean {
  if (normalizeName(author.family) !== normalizeName(person.family)) return false;
  return givenNamesMatch(givenWords(author.given), givenWords(person.given), exact);
}

/** The given-name rule of namesMatch, on names already split into normalised words. */
function givenNamesMatch(a: readonly string[], p: readonly string[], exact: boolean): boolean {
  if (exact || a.length === 0 || p.length === 0) return a.join(' ') === p.join(' ');
  if (a.length > p.length) return false;
  return a.every((word, i) => word === p[i] || (word.length === 1 && p[i]!.startsWith(word)));
}

/**
 * findPerson for many authors: people are indexed once by normalised family name, so each author is
 * compared only with the people who share their family name (and each distinct author only once).
 */
export function personFinder<P extends { name: string; aliases: readonly string[] }>(
  people: readonly P[],
): (author: PersonName) => P | undefined {
  const byFamily = new Map<string, { person: P; given: string[] }[]>();
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) {
      const { family, given } = splitName(name);
      const key = normalizeName(family);
      byFamily.set(key, [...(byFamily.get(key) ?? []), { person, given: givenWords(given) }]);
    }
  }
  const known = new Map<string, P | undefined>();
  return (author) => {
    const key = `${author.family}\u0000${author.given}`;
    if (known.has(key)) return known.get(key);
    const candidates = byFamily.get(normalizeName(author.family)) ?? [];
    const given = givenWords(author.given);
    let result: P | undefined;
    for (const exact of [true, false]) {
      const found = new Set(candidates.filter((c) => givenNamesMatch(given, c.given, exact)).map((c) => c.person));
      if (found.size === 1) result = [...found][0];
      if (found.size >= 1) break;
    }
    known.set(key, result);
    return result;
  };
}

/**
 * The lab member an author is: the one person whose name or alias is written exactly so, else the one
 * person it matches with initials. When two people match equally well, nobody is guessed. (For many
 * authors, make one `personFinder` and ask it.)
 */
export function findPerson<P extends { name: string; aliases: readonly string[] }>(
  author: PersonName,
  people: readonly P[],
): P | undefined {
  return personFinder(people)(author);
}
