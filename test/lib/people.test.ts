import { describe, expect, it } from 'vitest';
import { checkOrcid, type PersonRole } from '../../src/schemas/people';
import {
  compareByName,
  findPerson,
  groupPeople,
  isAlumnus,
  namesMatch,
  normalizeName,
  splitName,
  yearsInLab,
} from '../../src/lib/people';

describe('splitName: "Last, First" and "First Last"', () => {
  it.each([
    ['Doe, Jane', { family: 'Doe', given: 'Jane' }],
    ['Jane Doe', { family: 'Doe', given: 'Jane' }],
    ['Jane Mary Doe', { family: 'Doe', given: 'Jane Mary' }],
    ['van der Berg, Anna', { family: 'van der Berg', given: 'Anna' }],
    ['Doe, J.', { family: 'Doe', given: 'J.' }],
    ['Plato', { family: 'Plato', given: '' }],
  ])('%s', (name, expected) => expect(splitName(name)).toEqual(expected));
});

describe('normalizeName: accents, case and punctuation aside', () => {
  it.each([
    ['Müller', 'muller'],
    ['MÜLLER', 'muller'],
    ['Mu\u0308ller', 'muller'], // decomposed ü
    ['Straße', 'strasse'],
    ['García Núñez', 'garcia nunez'],
    ['Østergaard', 'østergaard'],
    ['J.-P.', 'j p'],
  ])('%s → %s', (name, expected) => expect(normalizeName(name)).toBe(expected));
});

describe('namesMatch: an author (BibTeX) against a lab member', () => {
  const jane = splitName('Jane Mary Doe');
  it.each([
    ['Doe, Jane Mary', true],
    ['Doe, Jane', true],
    ['Doe, J.', true],
    ['Doe, J. M.', true],
    ['Doe, J.M.', true],
    ['Jane Doe', true],
    ['DOE, JANE', true],
    ['Doe, John', false],
    ['Doe, J. K.', false],
    ['Doe, M.', false], // the initials are in order
    ['Roe, Jane', false],
    ['Doe', false], // no given name: not enough to say who
    ['Doe, Jane Mary Ann', false], // more given names than the member has
  ])('%s → %s', (author, expected) => expect(namesMatch(splitName(author), jane)).toBe(expected));

  it.each([
    ['Müller, Jörg', 'Jörg Müller', true],
    ['Muller, Jorg', 'Jörg Müller', true],
    ['M{\\"u}ller', 'Jörg Müller', false], // LaTeX is turned into Unicode before matching, never here
    ['Müller, J.', 'Jörg Müller', true],
    ['García Núñez, José', 'Jose Garcia Nunez', false], // two family names: the alias says how
  ])('accents: %s against %s → %s', (author, member, expected) =>
    expect(namesMatch(splitName(author), splitName(member))).toBe(expected),
  );

  it('an initial in the member name does not match a different full name', () => {
    expect(namesMatch(splitName('Doe, John'), splitName('Doe, J.'))).toBe(false);
    expect(namesMatch(splitName('Doe, J.'), splitName('Doe, J.'))).toBe(true);
  });
});

describe('findPerson: names and aliases', () => {
  const people = [
    { id: 'erika', name: 'Erika Mustermann', aliases: ['Mustermann, E.'] },
    { id: 'max', name: 'Max Mustermann', aliases: [] },
    { id: 'jose', name: 'José García Núñez', aliases: ['García Núñez, José', 'Garcia-Nunez, J.'] },
    { id: 'anna', name: 'Anna van der Berg', aliases: ['van der Berg, Anna'] },
  ];
  it.each([
    ['Mustermann, Erika', 'erika'],
    ['Mustermann, E.', 'erika'], // the alias is exact, so Max is not in doubt
    ['Mustermann, Max', 'max'],
    ['Mustermann, M.', 'max'],
    ['García Núñez, José', 'jose'],
    ['Garcia Nunez, J.', 'jose'],
    ['Garcia-Nunez, J.', 'jose'],
    ['van der Berg, A.', 'anna'],
    ['Berg, Anna', 'anna'], // from the name as written, where "van der" reads as given names
    ['Mustermann, Hans', undefined],
  ])('%s → %s', (author, id) => expect(findPerson(splitName(author), people)?.id).toBe(id));

  it('two members who match equally well: nobody is guessed', () => {
    const twins = [
      { id: 'jane', name: 'Jane Doe', aliases: [] },
      { id: 'john', name: 'John Doe', aliases: [] },
    ];
    expect(findPerson(splitName('Doe, J.'), twins)).toBeUndefined();
    expect(findPerson(splitName('Doe, John'), twins)?.id).toBe('john');
  });
});

describe('checkOrcid: the form and the ISO 7064 MOD 11-2 check digit', () => {
  it.each(['0000-0002-1825-0097', '0000-0001-5109-3700', '0000-0002-1694-233X'])('%s is valid', (id) =>
    expect(checkOrcid(id)).toBeUndefined(),
  );
  it.each([
    ['0000-0002-1825-0098', 'its check digit should be 7'],
    ['0000-0002-1694-2330', 'its check digit should be X'],
    ['0000000218250097', 'expected an ORCID iD written as 0000-0000-0000-0000'],
    ['https://orcid.org/0000-0002-1825-0097', 'expected an ORCID iD written as 0000-0000-0000-0000'],
    ['0000-0002-1825-009x', 'expected an ORCID iD written as 0000-0000-0000-0000'],
  ])('%s: %s', (id, message) => expect(checkOrcid(id)).toContain(message));
});

describe('alumni by date: after the end day, in the site zone', () => {
  it.each([
    [undefined, '2030-01-01', false],
    ['2023-09-30', '2023-09-29', false],
    ['2023-09-30', '2023-09-30', false], // the last day is still a member's day
    ['2023-09-30', '2023-10-01', true],
  ])('end %s, today %s → alumnus %s', (end, today, expected) => expect(isAlumnus({ end }, today)).toBe(expected));
});

describe('groupPeople: roles in a fixed order (the PI first), then the alumni', () => {
  const person = (name: string, role: PersonRole, end?: string) => ({ name, role, end });
  const people = [
    person('Zoe Visitor', 'visitor'),
    person('Bob Student', 'student'),
    person('Carl Adams', 'phd'),
    person('Ann Zimmer', 'phd'),
    person('Paula Lead', 'pi'),
    person('Dora Staff', 'staff'),
    person('Olga Post', 'postdoc'),
    person('Early Leaver', 'phd', '2020-03-31'),
    person('Late Leaver', 'postdoc', '2023-09-30'),
    person('Leaving Soon', 'phd', '2024-06-30'),
  ];

  it('lists every role in order, each by family name', () => {
    const { groups } = groupPeople(people, '2024-01-15');
    expect(groups.map((g) => [g.role, g.people.map((p) => p.name)])).toEqual([
      ['pi', ['Paula Lead']],
      ['postdoc', ['Olga Post']],
      ['phd', ['Carl Adams', 'Leaving Soon', 'Ann Zimmer']],
      ['student', ['Bob Student']],
      ['staff', ['Dora Staff']],
      ['visitor', ['Zoe Visitor']],
    ]);
  });

  it('moves people to the alumni by date, the most recent leaver first', () => {
    expect(groupPeople(people, '2024-01-15').alumni.map((p) => p.name)).toEqual(['Late Leaver', 'Early Leaver']);
    const later = groupPeople(people, '2024-07-01');
    expect(later.alumni.map((p) => p.name)).toEqual(['Leaving Soon', 'Late Leaver', 'Early Leaver']);
    expect(later.groups.find((g) => g.role === 'phd')?.people.map((p) => p.name)).toEqual(['Carl Adams', 'Ann Zimmer']);
  });

  it('leaves out roles nobody has', () => {
    expect(groupPeople([person('Paula Lead', 'pi')], '2024-01-15').groups.map((g) => g.role)).toEqual(['pi']);
  });
});

describe('yearsInLab: how long an alumnus was in the lab', () => {
  it.each([
    [{ start: '2019-10-01', end: '2023-09-30' }, '2019–2023'],
    [{ start: '2023-01-01', end: '2023-09-30' }, '2023'],
    [{ end: '2023-09-30' }, '2023'],
  ])('%o → %s', (person, years) => expect(yearsInLab(person)).toBe(years));
});

describe('compareByName', () => {
  it('sorts letters with umlauts and accents among their base letters, as German lists do (Ä after A, not after Z)', () => {
    const names = ['Zoe Zuse', 'Ömer Öztürk', 'Anna Adler', 'Jörg Ärmel', 'Lena Oster', 'Élise École', 'Max Egger'];
    expect(
      names
        .map((name) => ({ name }))
        .toSorted(compareByName)
        .map(({ name }) => name),
    ).toEqual(['Anna Adler', 'Jörg Ärmel', 'Élise École', 'Max Egger', 'Lena Oster', 'Ömer Öztürk', 'Zoe Zuse']);
  });
});
