import type { z } from 'zod';
import { calendarDate, flag, optionalText, strictObject } from './fields';

/** A news item (`src/content/news/`): a dated announcement, its text the body. */
export const newsSchema = strictObject({
  /** The day of the news (YYYY-MM-DD). */
  date: calendarDate,
  /** A headline; short announcements have none and show their text alone. */
  title: optionalText,
  /** `true` keeps the item out of the build. */
  draft: flag.default(false),
});

export type NewsData = z.output<typeof newsSchema>;
