import { comparePartialDates, lastDayOf, type CalendarDate, type PartialDate } from './dates';

/** What ordering projects needs to know. */
export interface ProjectTiming {
  title: string;
  start: PartialDate;
  end?: PartialDate | undefined;
}

/** A project is ongoing until the last day its `end` covers (an `end` of 2025 runs through 31 December 2025). */
export function isOngoing(project: ProjectTiming, today: CalendarDate): boolean {
  return project.end === undefined || lastDayOf(project.end) >= today;
}

/** Ongoing projects before completed ones; within each, the newest start first; ties by title. */
export function sortProjects<P extends ProjectTiming>(projects: readonly P[], today: CalendarDate): P[] {
  return projects.toSorted(
    (a, b) =>
      Number(isOngoing(b, today)) - Number(isOngoing(a, today)) ||
      comparePartialDates(b.start, a.start) ||
      a.title.localeCompare(b.title),
  );
}
