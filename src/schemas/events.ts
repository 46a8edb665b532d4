import { z } from 'zod';
import { checkDayOrTime, hasTime } from '../lib/dates';
import {
  describe,
  type EditorHint,
  entryId,
  flag,
  optionalText,
  peopleOrNames,
  personIds,
  oneOf,
  strictObject,
  text,
  webUrl,
} from './fields';

/** The kinds of event a lab holds or takes part in. */
export const EVENT_KINDS = ['talk', 'seminar', 'workshop', 'defence', 'conference', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A day (2025-03-12) or a day and a time on the site's clock (2025-03-12T16:15). */
const dayOrTime = z
  .string({
    error: (issue) =>
      `expected a date (2025-03-12) or a date and time on the site's clock (2025-03-12T16:15), found ${describe(issue.input)}`,
  })
  .trim()
  .transform((value) => value.replace(' ', 'T'))
  .superRefine((value, ctx) => {
    const problem = checkDayOrTime(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ editor: { widget: 'datetime' } satisfies EditorHint });

/** An event (`src/content/events/`): a talk, seminar, workshop, defence or conference, its text the body. */
export const eventSchema = strictObject({
  /** The title of the talk or the name of the event. */
  title: text('a title'),
  /** talk, seminar, workshop, defence, conference or other. */
  kind: oneOf(EVENT_KINDS),
  /** When it begins: a date (2025-03-12) for a whole day, or a date and time in the site's zone (2025-03-12T16:15). */
  start: dayOrTime,
  /** When it ends, written as `start` and not before it. Absent: it ends with the day it starts on. */
  end: dayOrTime.optional(),
  /** Where it takes place, e.g. "Konrad-Zuse-Haus, room 101, Rostock". */
  location: optionalText,
  /** The address to join online (http or https). */
  online: webUrl.optional(),
  /** Who speaks: ids of lab members (erika-mustermann) or guests' names as they should read (Ada Guest); one or a list. */
  speakers: peopleOrNames('speakers').default([]),
  /** Who hosts it: ids of people (file names in src/content/people); one or a list. */
  host: personIds('hosts').default([]),
  /** The id of the project it belongs to (a file name in src/content/projects). */
  project: entryId('a project', 'projects').optional(),
  /** The event's own page (http or https). */
  url: webUrl.optional(),
  /** The slides (http or https). */
  slides: webUrl.optional(),
  /** The recording (http or https). */
  video: webUrl.optional(),
  /** `true` keeps the event out of the build. */
  draft: flag.default(false),
}).superRefine((event, ctx) => {
  if (!event.end || checkDayOrTime(event.start) || checkDayOrTime(event.end)) return;
  // A day ends with the day; a time ends then. The end may not come before the start begins.
  const before = hasTime(event.end)
    ? event.end < (hasTime(event.start) ? event.start : `${event.start}T00:00`)
    : event.end < event.start.slice(0, 10);
  if (before)
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `the end ${event.end} is before the start ${event.start}`,
    });
});

export type EventData = z.output<typeof eventSchema>;
