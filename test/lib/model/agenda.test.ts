// Events, posts and courses in the site model: speakers and authors resolved, the lists each page shows.
import { describe, expect, it } from 'vitest';
import {
  blogPages,
  blogTags,
  eventsIndex,
  personActivities,
  postNeighbours,
  postsIn,
  projectEvents,
  studentJobsPage,
  teachingIndex,
  thesisTopics,
} from '../../../src/lib/model/agenda';
import { versionIn } from '../../../src/lib/model/translations';
import { assemble, messages } from './lab';
import { LAB } from './fixture';

const YEAR = {
  'events/talk': {
    title: 'A talk',
    kind: 'talk',
    start: '2024-01-17T16:15',
    end: '2024-01-17T17:45',
    speakers: ['jane-doe', 'Ada Guest'],
    project: 'themis',
  },
  'events/seminar': { title: 'A seminar', kind: 'seminar', start: '2023-07-12T16:15', speakers: 'max-muster' },
  'events/defence': { title: 'A defence', kind: 'defence', start: '2022-11-20' },
  'events/today': { title: 'Today', kind: 'other', start: '2024-01-15' },
  'posts/2024-01-05-hello': { title: 'Hello', date: '2024-01-05', authors: 'jane-doe', tags: ['ML', 'News'] },
  'posts/de/2024-01-05-hello': { title: 'Hallo', date: '2024-01-05', authors: 'jane-doe', tags: ['Neues'] },
  'posts/2023-11-02-notes': { title: 'Notes', date: '2023-11-02', authors: ['Guest Writer'], tags: ['ml'] },
  'courses/ml': { title: 'ML', term: 'winter 2023', level: 'bachelor', language: 'de', lecturers: 'jane-doe' },
  'courses/dl': { title: 'DL', term: 'summer 2023', level: 'master', language: 'en', lecturers: ['jane-doe'] },
  'courses/next': { title: 'Next', term: 'summer 2024', level: 'master', language: 'en' },
  'courses/old': { title: 'Old', term: 'winter 2021', level: 'phd', language: 'en' },
  'positions/thesis': {
    title: 'Thesis on causal ML',
    kind: 'thesis',
    posted: '2024-01-01',
    apply_email: 'ml@example.org',
  },
};

describe('events', () => {
  const model = assemble({ ...LAB, ...YEAR });

  it('links speakers written as ids to their people and keeps guests as written', () => {
    expect(messages(model)).toEqual([]);
    const talk = model.events.find((event) => event.id === 'talk')!;
    expect(talk.speakers.map(({ name, person }) => [name, person?.id])).toEqual([
      ['Jane Doe', 'jane-doe'],
      ['Ada Guest', undefined],
    ]);
    expect(talk.project?.id).toBe('themis');
    expect(talk.href).toBe('/events/talk/');
    expect(talk.description).toBe('A talk');
  });

  it('lists upcoming events soonest first, then past ones by year; an event of today is upcoming all day', () => {
    const { upcoming, years } = eventsIndex(model);
    expect(upcoming.map((event) => event.id)).toEqual(['today', 'talk']);
    expect(years.map(({ year, coming, past }) => [year, coming.map((e) => e.id), past.map((e) => e.id)])).toEqual([
      ['2024', ['talk', 'today'], []],
      ['2023', [], ['seminar']],
      ['2022', [], ['defence']],
    ]);
  });

  it('gives a person their talks and a project its events', () => {
    const jane = model.people.find((person) => person.id === 'jane-doe')!;
    expect(personActivities(model, jane).talks.map((event) => event.id)).toEqual(['talk']);
    expect(
      projectEvents(
        model,
        model.projects.find((p) => p.id === 'themis')!,
      ).map((e) => e.id),
    ).toEqual(['talk']);
  });

  it('an id that names no person fails; a name with a capital or a space is a guest', () => {
    const broken = assemble({
      ...LAB,
      'events/talk': { title: 'T', kind: 'talk', start: '2024-01-17', speakers: ['john-doe', 'John Doe'] },
      'posts/x': { title: 'X', date: '2024-01-01', authors: ['max'] },
    });
    expect(messages(broken)).toEqual([
      'src/content/events/talk.md: speakers: no person has the id "john-doe". Expected the file name (without .md) of a person in src/content/people; the people are: jane-doe, max-muster.',
      'src/content/posts/x.md: authors: no person has the id "max". Expected the file name (without .md) of a person in src/content/people; the people are: jane-doe, max-muster.',
    ]);
  });
});

describe('the blog', () => {
  const model = assemble({ ...LAB, ...YEAR });

  it('drops the date prefix from the address and pairs translations', () => {
    const hello = model.posts.find((post) => post.key === '2024-01-05-hello' && post.lang === 'en')!;
    expect(hello.href).toBe('/blog/hello/');
    expect(versionIn(hello, 'de').href).toBe('/de/blog/hello/');
    expect(postsIn(model, 'de').map((post) => post.title)).toEqual(['Hallo', 'Notes']);
  });

  it('gathers tags that differ only in case, and links the neighbours', () => {
    expect(blogTags(model, 'en').map(({ slug, tag, posts }) => [slug, tag, posts.map((p) => p.title)])).toEqual([
      ['ml', 'ML', ['Hello', 'Notes']],
      ['news', 'News', ['Hello']],
    ]);
    const [hello, notes] = postsIn(model, 'en');
    expect(postNeighbours(model, hello!)).toEqual({ newer: undefined, older: notes });
    expect(postNeighbours(model, notes!)).toEqual({ newer: hello, older: undefined });
  });

  it('pages the list ten at a time', () => {
    const many = Object.fromEntries(
      Array.from({ length: 23 }, (_, i) => [
        `posts/2023-01-${String(i + 1).padStart(2, '0')}-p${i + 1}`,
        { title: `P${i + 1}`, date: `2023-01-${String(i + 1).padStart(2, '0')}` },
      ]),
    );
    const pages = blogPages(assemble({ ...LAB, ...many }), 'en');
    expect(pages.map(({ number, of, posts, newer, older }) => [number, of, posts.length, newer, older])).toEqual([
      [1, 3, 10, undefined, '/blog/page/2/'],
      [2, 3, 10, '/blog/', '/blog/page/3/'],
      [3, 3, 3, '/blog/page/2/', undefined],
    ]);
    expect(pages[0]!.posts[0]!.title).toBe('P23');
    expect(blogPages(assemble(LAB), 'en')).toEqual([
      { number: 1, of: 1, posts: [], newer: undefined, older: undefined },
    ]);
  });

  it('two posts with one address are reported', () => {
    const model = assemble({
      ...LAB,
      'posts/2023-01-01-news': { title: 'A', date: '2023-01-01' },
      'posts/2024-01-01-news': { title: 'B', date: '2024-01-01' },
    });
    expect(messages(model)).toEqual([
      "Two files claim the URL /blog/news/:\n  - src/content/posts/2024-01-01-news.md (the post's page)\n  - src/content/posts/2023-01-01-news.md (the post's page)\nGive one of them another permalink.",
    ]);
  });
});

describe('teaching', () => {
  it.each([
    [
      '2024-01-15T12:00:00+01:00',
      'winter 2023',
      ['winter 2023:current', 'summer 2024:coming', 'summer 2023:past', 'winter 2021:past'],
    ],
    [
      '2024-04-01T00:00:00+02:00',
      'summer 2024',
      ['summer 2024:current', 'winter 2023:past', 'summer 2023:past', 'winter 2021:past'],
    ],
    [
      '2024-03-31T23:59:00+02:00',
      'winter 2023',
      ['winter 2023:current', 'summer 2024:coming', 'summer 2023:past', 'winter 2021:past'],
    ],
  ])('at %s the current semester is %s', (now, current, order) => {
    const { current: term, terms } = teachingIndex(assemble({ ...LAB, ...YEAR }, { now: new Date(now) }));
    expect(`${term.season} ${term.year}`).toBe(current);
    expect(terms.map(({ term, when }) => `${term.season} ${term.year}:${when}`)).toEqual(order);
  });

  it('lists open thesis topics, the student jobs page, and what a person teaches', () => {
    const model = assemble({ ...LAB, ...YEAR });
    expect(thesisTopics(model, 'en').map((position) => position.id)).toEqual(['thesis']);
    expect(studentJobsPage(model, 'de')?.href).toBe('/de/for-students/jobs/');
    const jane = model.people.find((person) => person.id === 'jane-doe')!;
    expect(personActivities(model, jane).courses.map((course) => course.id)).toEqual(['ml', 'dl']);
    expect(personActivities(model, jane).posts.map((post) => post.title)).toEqual(['Hello']);
  });
});

describe('the sitemap', () => {
  it('dates each post by its day, and links a post to its translation', () => {
    const model = assemble({ ...LAB, ...YEAR });
    const lastmod = Object.fromEntries(model.sitemap.lastmod);
    expect(lastmod['/blog/hello/']).toBe('2024-01-05');
    expect(lastmod['/de/blog/hello/']).toBe('2024-01-05');
    expect(Object.fromEntries(model.sitemap.alternates)['/blog/hello/']).toEqual([
      { lang: 'en', url: 'https://ml.example.org/blog/hello/' },
      { lang: 'de', url: 'https://ml.example.org/de/blog/hello/' },
      { lang: 'x-default', url: 'https://ml.example.org/blog/hello/' },
    ]);
  });
});
