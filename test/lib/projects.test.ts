import { describe, expect, it } from 'vitest';
import { isOngoing, sortProjects } from '../../src/lib/projects';

describe('isOngoing', () => {
  it.each([
    [{ title: 'A', start: '2022' }, '2026-11-28', true],
    [{ title: 'A', start: '2022', end: '2026' }, '2026-11-28', true],
    [{ title: 'A', start: '2022', end: '2026' }, '2027-01-01', false],
    [{ title: 'A', start: '2022', end: '2026-11-28' }, '2026-11-28', true],
    [{ title: 'A', start: '2022', end: '2026-11-27' }, '2026-11-28', false],
    [{ title: 'A', start: '2022', end: '2026-10' }, '2026-11-01', false],
  ])('%o on %s → %s', (project, today, ongoing) => {
    expect(isOngoing(project, today)).toBe(ongoing);
  });
});

describe('sortProjects: ongoing before completed, newest first', () => {
  it('orders by status, then start, then title', () => {
    const projects = [
      { title: 'Old done', start: '2015', end: '2018' },
      { title: 'THEMIS', start: '2022' },
      { title: 'Recent done', start: '2020-06', end: '2023' },
      { title: 'Newest', start: '2024-03-01' },
      { title: 'Also 2022', start: '2022' },
    ];
    expect(sortProjects(projects, '2026-11-28').map((p) => p.title)).toEqual([
      'Newest',
      'Also 2022',
      'THEMIS',
      'Recent done',
      'Old done',
    ]);
  });
});
