/**
 * The deadline guard: keeps a page's positions true to the visitor's clock, however old the build is.
 *
 * It runs as a classic inline script placed right after the positions it checks (src/components/PositionGuard.astro
 * embeds it, minified, and the Content-Security-Policy allows it by its hash: src/lib/csp.ts), so it runs before the
 * page is first painted and no closed position ever flashes up. It compares every `data-closes-at` and
 * `data-opens-at` instant with the visitor's clock:
 * - an element whose `data-opens-at` has come appears (the home page's next "3 open positions" line);
 * - a listed position whose deadline has passed is hidden, and its list's empty state shown when none remains;
 * - a position's own page (`data-page`) turns to its closed state, and an event's page to its past state;
 * - an event in a list of upcoming events (`data-closes-at` at its end) goes, and its copy among the past events
 *   (`data-opens-at` at the same instant) appears;
 * - "closes in N days", in the words the element carries, follows the visitor's day;
 * and it runs again at the next deadline, for visitors who keep the page open. Without JavaScript the state of the
 * build stands.
 */

/** Milliseconds in a day. */
const DAY = 86_400_000;
/** The longest delay `setTimeout` takes (about 24.8 days); a later deadline is checked again after that. */
const MAX_DELAY = 2_147_483_647;

const all = (root: ParentNode, selector: string) => root.querySelectorAll<HTMLElement>(selector);

/** The countdown's words, in the page's language: `data-countdown="closes today|closes tomorrow|closes in # days"`. */
function countdown(templates: string, days: number): string {
  const [today = '', tomorrow = '', inDays = ''] = templates.split('|');
  if (days > 14) return '';
  return days === 0 ? today : days === 1 ? tomorrow : inDays.replace('#', String(days));
}

/** Brings the page up to date with the visitor's clock, and plans the next check. */
function update(): void {
  const now = Date.now();
  let next = Infinity;

  for (const element of all(document, '[data-opens-at]')) {
    const opens = Date.parse(element.dataset.opensAt ?? '');
    if (opens > now) {
      next = Math.min(next, opens);
    } else {
      element.hidden = false;
      delete element.dataset.opensAt;
    }
  }

  for (const element of all(document, '[data-closes-at]')) {
    const closes = Date.parse(element.dataset.closesAt ?? '');
    if (closes <= now) {
      delete element.dataset.closesAt;
      if ('page' in element.dataset) {
        for (const part of all(element, '[data-open-only]')) part.hidden = true;
        for (const part of all(element, '[data-closed-only]')) part.hidden = false;
      } else {
        element.hidden = true;
      }
      continue;
    }
    next = Math.min(next, closes);
    // Whole days after today before it closes (it closes at the end of its last day): 0 on the last day.
    const days = Math.ceil((closes - now) / DAY) - 1;
    for (const label of all(element, '[data-countdown]'))
      label.textContent = countdown(label.dataset.countdown ?? '', days);
  }

  // A list with nothing left shows its empty state.
  for (const list of all(document, '[data-position-list]')) {
    const empty = list.querySelector<HTMLElement>('[data-empty-state]');
    if (empty) empty.hidden = Boolean(list.querySelector('[data-position]:not([hidden]), [data-event]:not([hidden])'));
  }

  if (next < Infinity) setTimeout(update, Math.min(next - now + 100, MAX_DELAY));
}

update();
