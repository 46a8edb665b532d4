import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LiveSite } from '../test/helpers/browser';
import { PAGE_POLICY } from '../src/lib/headers';

/** Built on 15 January 2024; the visitors below come later. */
let site: LiveSite;

beforeAll(async () => {
  site = await startSite('lab');
});

afterAll(() => site?.close());

/** A visitor whose clock says `time`, with CSP violations collected. */
async function visit(path: string, time: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context: BrowserContext = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page: Page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.clock.install({ time: new Date(time) });
  await page.goto(site.url + path);
  return { page, violations, close: () => context.close() };
}

const visibleTitles = (page: Page) => page.locator('[data-position-list] [data-position]:visible h3').allTextContents();
const trimmed = (titles: string[]) => titles.map((title) => title.trim());

describe('the stale-build guard', () => {
  it("hides a position whose deadline passed on the visitor's clock, and shows the empty state when none is left", async () => {
    // A minute before the deadline: the page's clock runs on while a loaded machine opens the page.
    const early = await visit('/phd/', '2024-01-20T23:59:00+01:00');
    expect(trimmed(await visibleTitles(early.page))).toEqual(['Postdoc with German', 'PhD position in THEMIS']);
    expect(await early.page.locator('[data-empty-state]').isVisible()).toBe(false);
    expect(early.violations).toEqual([]);
    await early.close();

    const between = await visit('/phd/', '2024-01-21T00:00:00+01:00');
    expect(trimmed(await visibleTitles(between.page))).toEqual(['PhD position in THEMIS']);
    await between.close();

    const after = await visit('/phd/', '2024-02-01T00:00:00+01:00');
    expect(await visibleTitles(after.page)).toEqual([]);
    expect(await after.page.locator('[data-empty-state]').isVisible()).toBe(true);
    expect(await after.page.locator('[data-empty-state]').textContent()).toContain(
      'There are no open PhD positions at the moment.',
    );
    expect(await after.page.getByText('Body of the PhD page stays below the list.').isVisible()).toBe(true);
    expect(after.violations).toEqual([]);
    await after.close();
  });

  it('closes a position while the page is open, at the deadline', async () => {
    const visitor = await visit('/phd/', '2024-01-31T23:59:00+01:00');
    expect(trimmed(await visibleTitles(visitor.page))).toEqual(['PhD position in THEMIS']);
    await visitor.page.clock.runFor(61_000);
    expect(await visibleTitles(visitor.page)).toEqual([]);
    expect(await visitor.page.locator('[data-empty-state]').isVisible()).toBe(true);
    await visitor.close();
  });

  it("updates the home page's line as deadlines pass, and drops nothing that is still open", async () => {
    const line = async (time: string) => {
      const visitor = await visit('/', time);
      const shown = (await visitor.page.locator('#home-positions ~ p:visible').allTextContents()).map((t) => t.trim());
      expect(visitor.violations).toEqual([]);
      await visitor.close();
      return shown;
    };
    expect(await line('2024-01-15T12:00:00+01:00')).toEqual(['6 open positions, apply by 20 January']);
    expect(await line('2024-01-21T00:00:00+01:00')).toEqual(['5 open positions, apply by 31 January']);
    expect(await line('2024-03-01T00:00:00+01:00')).toEqual(['4 open positions, apply by 31 July']);
    expect(await line('2024-08-01T00:00:00+02:00')).toEqual(['3 open positions']);
  });

  it("turns a position's own page to its closed state, with no apply button", async () => {
    const visitor = await visit('/positions/themis-phd/', '2024-02-01T00:00:01+01:00');
    const { page } = visitor;
    expect(await page.getByText('This position is closed: applications ended on 31 January 2024.').isVisible()).toBe(
      true,
    );
    // Role queries see only what is rendered: hidden buttons do not count.
    expect(await page.getByRole('link', { name: /Apply/ }).count()).toBe(0);
    expect(await page.getByText('Open for applications').isVisible()).toBe(false);
    expect(visitor.violations).toEqual([]);
    await visitor.close();
  });

  it('keeps the build-time state with JavaScript disabled', async () => {
    const list = await visit('/phd/', '2024-02-01T00:00:01+01:00', { javaScriptEnabled: false });
    expect(trimmed(await visibleTitles(list.page))).toEqual(['Postdoc with German', 'PhD position in THEMIS']);
    expect(await list.page.locator('[data-empty-state]').isVisible()).toBe(false);
    await list.close();
    const own = await visit('/positions/themis-phd/', '2024-02-01T00:00:01+01:00', { javaScriptEnabled: false });
    expect(await own.page.getByText('Open for applications until 31 January 2024').isVisible()).toBe(true);
    expect(await own.page.getByRole('link', { name: /Apply on the job portal/ }).isVisible()).toBe(true);
    await own.close();
  });

  it("updates the countdown to the visitor's day", async () => {
    const visitor = await visit('/positions/themis-phd/', '2024-01-30T10:00:00+01:00');
    expect((await visitor.page.locator('[data-open-only] [data-countdown]').textContent())?.trim()).toBe(
      'closes tomorrow',
    );
    await visitor.close();
  });
});

describe('the Content-Security-Policy the site ships', () => {
  it('is in every page, and no page breaks it', async () => {
    const sitemap = await site.build.read('sitemap-0.xml');
    const paths = [...sitemap.matchAll(/<loc>https:\/\/example\.org(\/[^<]*)<\/loc>/g)].map((match) => match[1]!);
    paths.push('/positions/themis-phd/', '/positions/filled/', '/404.html');
    expect(paths.length).toBeGreaterThan(10);
    // One visitor goes through every page (each with its scripts, the deadline guard among them).
    const visitor = await visit(paths[0]!, '2024-01-15T12:00:00+01:00');
    const violations: string[] = [];
    for (const path of paths) {
      await visitor.page.goto(site.url + path);
      expect(await visitor.page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(1);
      const csp = await visitor.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, path).not.toContain('unsafe-inline');
      // The whole policy in the page, for hosts that ignore _headers (GitHub Pages): base-uri, form-action, ...
      for (const directive of PAGE_POLICY) expect(csp, path).toContain(directive);
      // Open and close a menu, so that every script on the page has run.
      await visitor.page.keyboard.press('Escape');
      violations.push(...visitor.violations.splice(0).map((violation) => `${path}: ${violation}`));
    }
    expect(violations).toEqual([]);
    await visitor.close();
  });
});

describe('a position on paper', () => {
  it('prints on one A4 page, without the menu, with the addresses of its links', async () => {
    const visitor = await visit('/positions/themis-phd/', '2024-01-15T12:00:00+01:00');
    const { page } = visitor;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').first().isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    const apply = page.getByRole('link', { name: /Apply on the job portal/ });
    expect(await apply.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(
      '" <https://jobs.example.org/themis-phd>"',
    );
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages).toHaveLength(1);
    await visitor.close();
  });
});

describe('events on the visitor clock', () => {
  const titles = (page: Page, part: string) =>
    page.locator(`${part} [data-event]:visible h3, ${part} [data-event]:visible h4`).allTextContents().then(trimmed);

  it('moves an event from upcoming to past when it ends, on a page built before', async () => {
    // Built on 15 January 2024; the talk ends on 17 January at 17:45 in Berlin.
    const before = await visit('/events/', '2024-01-17T17:44:00+01:00');
    expect(await titles(before.page, 'section[aria-labelledby="events-upcoming"]')).toEqual([
      'Causal discovery in THEMIS',
      'Spring workshop',
      'Summer seminar on ecology',
    ]);
    expect(await titles(before.page, 'section[aria-labelledby="events-2024"]')).toEqual([]);
    expect(before.violations).toEqual([]);
    await before.close();

    const after = await visit('/events/', '2024-01-17T17:46:00+01:00');
    expect(await titles(after.page, 'section[aria-labelledby="events-upcoming"]')).toEqual([
      'Spring workshop',
      'Summer seminar on ecology',
    ]);
    expect(await titles(after.page, 'section[aria-labelledby="events-2024"]')).toEqual(['Causal discovery in THEMIS']);
    await after.close();

    // The event's own page says it is over, and the home page no longer lists it.
    const page = await visit('/events/themis-talk/', '2024-01-17T17:46:00+01:00');
    expect(await page.page.getByText('This event is over.').isVisible()).toBe(true);
    await page.close();
    const home = await visit('/', '2024-01-17T17:46:00+01:00');
    expect(await titles(home.page, 'section[aria-labelledby="home-events"]')).toEqual([
      'Spring workshop',
      'Summer seminar on ecology',
    ]);
    expect(home.violations).toEqual([]);
    await home.close();
  });

  it('shows the state of the build without JavaScript', async () => {
    const visitor = await visit('/events/', '2024-01-17T17:46:00+01:00', { javaScriptEnabled: false });
    expect(await titles(visitor.page, 'section[aria-labelledby="events-upcoming"]')).toEqual([
      'Causal discovery in THEMIS',
      'Spring workshop',
      'Summer seminar on ecology',
    ]);
    await visitor.close();
  });
});
