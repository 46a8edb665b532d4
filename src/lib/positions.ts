import type { Dictionary } from '../i18n/en';
import { POSITION_KINDS, type PositionKind } from '../schemas/positions';
import { daysBetween, endOfDay, formatDate, type CalendarDate } from './dates';

/** What deciding "open or closed" needs from a position. */
export interface PositionTiming {
  title: string;
  posted: CalendarDate;
  deadline?: CalendarDate | undefined;
  filled: boolean;
}

/** The instant a position closes: the end of its deadline day in the site's zone; none without a deadline. */
export function closesAt(position: Pick<PositionTiming, 'deadline'>, timeZone: string): Date | undefined {
  return position.deadline ? endOfDay(position.deadline, timeZone) : undefined;
}

/** A position is open while it is not filled and `now` is before the end of its deadline day. */
export function isOpen(position: PositionTiming, now: Date, timeZone: string): boolean {
  if (position.filled) return false;
  const closing = closesAt(position, timeZone);
  return closing === undefined || now.getTime() < closing.getTime();
}

/**
 * What a page's `open_positions` asks for: `true` → every kind, a kind or a list → those kinds,
 * `false` or absent → no list (`null`).
 */
export function kindsToShow(
  openPositions: boolean | PositionKind | readonly PositionKind[] | undefined,
): readonly PositionKind[] | null {
  if (openPositions === undefined || openPositions === false) return null;
  if (openPositions === true) return POSITION_KINDS;
  return typeof openPositions === 'string' ? [openPositions] : openPositions;
}

/** Soonest deadline first, "until filled" last; ties by newest posting, then title. */
export function comparePositions(a: PositionTiming, b: PositionTiming): number {
  if (a.deadline !== b.deadline) {
    if (!a.deadline) return 1;
    if (!b.deadline) return -1;
    return a.deadline.localeCompare(b.deadline);
  }
  return b.posted.localeCompare(a.posted) || a.title.localeCompare(b.title);
}

/** The open positions of the given kinds, in the order a visitor should see them. */
export function selectOpenPositions<P extends PositionTiming & { kinds: readonly PositionKind[] }>(
  positions: readonly P[],
  options: { now: Date; timeZone: string; kinds?: readonly PositionKind[] | undefined },
): P[] {
  const kinds = options.kinds ?? POSITION_KINDS;
  return positions
    .filter((position) => position.kinds.some((kind) => kinds.includes(kind)))
    .filter((position) => isOpen(position, options.now, options.timeZone))
    .toSorted(comparePositions);
}

/** The empty-state sentence: "There are no open positions at the moment." or "... no open PhD or postdoc positions ...". */
export function emptyStateSentence(kinds: readonly PositionKind[], t: Dictionary): string {
  const all = POSITION_KINDS.every((kind) => kinds.includes(kind));
  return t.positions.empty(all ? 'all' : kinds.map((kind) => t.positions.kindsInSentence[kind]));
}

/** Days left before a deadline, for people: "closes today", "closes tomorrow", "closes in 5 days" (14 days or fewer). */
export function countdownLabel(
  deadline: CalendarDate | undefined,
  today: CalendarDate,
  t: Dictionary,
): string | undefined {
  if (!deadline) return undefined;
  const days = daysBetween(today, deadline);
  if (days < 0 || days > 14) return undefined;
  const { countdown } = t.positions;
  return days === 0 ? countdown.today : days === 1 ? countdown.tomorrow : countdown.days.replace('#', String(days));
}

/** The countdown's words for the deadline guard, which counts on the visitor's clock: `today|tomorrow|in # days`. */
export function countdownTemplates(t: Dictionary): string {
  const { today, tomorrow, days } = t.positions.countdown;
  return [today, tomorrow, days].join('|');
}

/** The closed positions, most recently closed first (by deadline, else by posting), at most `limit`. */
export function selectRecentlyClosed<P extends PositionTiming>(
  positions: readonly P[],
  options: { now: Date; timeZone: string; limit?: number },
): P[] {
  const closedOn = (position: P) => position.deadline ?? position.posted;
  return positions
    .filter((position) => !isOpen(position, options.now, options.timeZone))
    .toSorted((a, b) => closedOn(b).localeCompare(closedOn(a)) || a.title.localeCompare(b.title))
    .slice(0, options.limit ?? 10);
}

/** "PhD / Postdoc": the kinds of a position, as a heading or a description reads them. */
export function describeKinds(kinds: readonly PositionKind[], t: Dictionary): string {
  return kinds.map((kind) => t.positions.kinds[kind]).join(' / ');
}

/** What a closed position's page says: filled, or since when it is closed. */
export function closedNotice(position: Pick<PositionTiming, 'filled' | 'deadline'>, t: Dictionary): string {
  if (position.filled || !position.deadline) return t.positions.filled;
  return t.positions.closedOn(formatDate(position.deadline, t.locale));
}

/** What an open position asks of applicants: "Apply by 31 January 2024" or "Open until filled". */
export function applyBy(deadline: CalendarDate | undefined, t: Dictionary): string {
  return deadline ? t.positions.applyByDate(formatDate(deadline, t.locale)) : t.positions.openUntilFilled;
}

/** The meta description of a position's page. */
export function positionSummary(
  position: Pick<PositionTiming, 'deadline'> & { kinds: readonly PositionKind[]; open: boolean },
  lab: string,
  t: Dictionary,
): string {
  const status = position.open ? `${applyBy(position.deadline, t)}.` : t.positions.closedShort;
  return t.positions.summary(describeKinds(position.kinds, t), lab, status);
}

/** One version of the home page's positions line, and the instants between which it is true. */
export interface SummaryLine {
  text: string;
  /** Shown from this instant on (the previous version's end); absent: from the build. */
  from: Date | undefined;
  /** Hidden from this instant on (the next deadline); absent: until the next build. */
  until: Date | undefined;
}

/**
 * The home page's line about open positions ("2 open positions, apply by 31 January"), in every version
 * it goes through as deadlines pass: the first is true at the build, each next one from the previous
 * deadline on. The page shows them in turn (the deadline guard), so the line is never stale; when the
 * last deadline passes, none is left.
 */
export function summaryLines(
  open: readonly (PositionTiming & { closesAt: Date | undefined })[],
  t: Dictionary,
): SummaryLine[] {
  const sorted = open.toSorted(comparePositions);
  const lines: SummaryLine[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = i > 0 ? sorted[i - 1]!.closesAt : undefined;
    const until = sorted[i]!.closesAt;
    if (from && until && from.getTime() === until.getTime()) continue; // Closed together: no version in between.
    const count = sorted.length - i;
    const next = sorted[i]!.deadline;
    const text = t.positions.count(count, next && formatDate(next, t.locale, { year: false }));
    lines.push({ text, from, until });
    if (!until) break; // The rest are open until filled: this version stays.
  }
  return lines;
}
