import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LiveSite } from '../test/helpers/browser';

let site: LiveSite;

beforeAll(async () => {
  site = await startSite('lab');
});

afterAll(() => site?.close());

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

async function open(path: string, options: { viewport: typeof DESKTOP; javaScriptEnabled?: boolean }): Promise<Page> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}

/** The text of the focused element, as a keyboard user would hear it. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim());

async function tabTo(page: Page, label: string, limit = 15): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

describe('the desktop menu by keyboard', () => {
  it('starts with a skip link that moves focus to the content', async () => {
    const page = await open('/', { viewport: DESKTOP });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip to content');
    await expect(page.getByRole('link', { name: 'Skip to content' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('opens the dropdown with Enter, walks its links with Tab, closes with Escape, and follows a link', async () => {
    const page = await open('/', { viewport: DESKTOP });
    const nav = page.locator('header nav.hidden');
    const child = nav.getByRole('link', { name: 'Student jobs' });
    await tabTo(page, 'Students');
    expect(await child.isVisible()).toBe(false);

    await page.keyboard.press('Enter');
    expect(await child.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Student jobs');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Theses');

    await page.keyboard.press('Escape');
    expect(await child.isVisible()).toBe(false);
    expect(await focused(page)).toBe('Students');

    await page.keyboard.press('Space');
    expect(await child.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/for-students/jobs/');
    expect(await nav.locator('[aria-current="page"]').textContent()).toContain('Student jobs');
    expect(await nav.locator('summary[aria-current="true"]').textContent()).toContain('Students');
    await page.context().close();
  });

  it('closes an open dropdown when focus moves on past it', async () => {
    const page = await open('/', { viewport: DESKTOP });
    await tabTo(page, 'Students');
    await page.keyboard.press('Enter');
    const child = page.locator('header nav.hidden').getByRole('link', { name: 'Student jobs' });
    expect(await child.isVisible()).toBe(true);
    await tabTo(page, 'Openings');
    expect(await child.isVisible()).toBe(false);
    await page.context().close();
  });

  it('closes an open dropdown when the visitor clicks elsewhere', async () => {
    const page = await open('/', { viewport: DESKTOP });
    await page.locator('header nav.hidden summary', { hasText: 'Students' }).click();
    const child = page.locator('header nav.hidden').getByRole('link', { name: 'Student jobs' });
    expect(await child.isVisible()).toBe(true);
    // The start of the heading: the open dropdown may lie over the rest of the line.
    await page.locator('main h1').click({ position: { x: 5, y: 5 } });
    expect(await child.isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('the mobile menu', () => {
  it('hides the desktop menu and opens the mobile menu by keyboard', async () => {
    const page = await open('/', { viewport: PHONE });
    expect(await page.locator('header nav.hidden').isVisible()).toBe(false);
    const menu = page.locator('header details.lg\\:hidden nav');
    expect(await menu.isVisible()).toBe(false);
    await tabTo(page, 'Menu');
    await page.keyboard.press('Enter');
    expect(await menu.isVisible()).toBe(true);
    await tabTo(page, 'Openings');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/openings/');
    expect(await page.locator('h1').textContent()).toBe('Openings');
    await page.context().close();
  });

  it('works with JavaScript disabled: it opens, shows dropdown children, and its links work', async () => {
    const page = await open('/', { viewport: PHONE, javaScriptEnabled: false });
    const menu = page.locator('header details.lg\\:hidden nav');
    await page.locator('header details.lg\\:hidden summary').click();
    expect(await menu.isVisible()).toBe(true);
    const child = menu.getByRole('link', { name: 'Student jobs' });
    expect(await child.isVisible()).toBe(true);
    await child.click();
    await page.waitForURL('**/for-students/jobs/');
    expect(await page.locator('h1').textContent()).toBe('Student jobs');

    await page.keyboard.press('Tab');
    await tabTo(page, 'Menu');
    await page.keyboard.press('Enter');
    expect(await menu.isVisible()).toBe(true);
    await page.context().close();
  });

  it.each(['/', '/de/'])(
    '%s: at 375 px the header is one row of controls beside at most two lines of name',
    async (path) => {
      const page = await open(path, { viewport: PHONE });
      const header = await page.evaluate(() => {
        const [name, controls] = [...document.querySelector('header > div')!.children] as HTMLElement[];
        const lines = [...name!.querySelectorAll<HTMLElement>(':scope > span:last-child > span')].map((line) =>
          Math.round(line.getBoundingClientRect().height / parseFloat(getComputedStyle(line).lineHeight)),
        );
        const boxes = [...controls!.children]
          .map((control) => control.getBoundingClientRect())
          .filter((box) => box.width > 0);
        return {
          lines: lines.reduce((sum, count) => sum + count, 0),
          // One row: every control's box overlaps every other's vertically.
          oneRow: Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom)),
          controls: boxes.length,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(header).toEqual({ lines: 2, oneRow: true, controls: 4, overflow: 0 });
      await page.context().close();
    },
  );

  it.each([640, 768, 900, 1024, 1280])('fits a %i px screen in German without sideways scrolling', async (width) => {
    const page = await open('/de/mitmachen/', { viewport: { width, height: 740 } });
    const overflow = await page.evaluate(() => {
      const row = document.querySelector('header > div')!;
      return [
        document.documentElement.scrollWidth - document.documentElement.clientWidth,
        row.scrollWidth - row.clientWidth,
      ];
    });
    expect(overflow).toEqual([0, 0]);
    await page.context().close();
  });

  it('fits a 375 px screen without sideways scrolling', async () => {
    const page = await open('/projects/', { viewport: PHONE });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.context().close();
  });
});

describe('the language switcher', () => {
  it('goes to the translation of the page and back, by mouse and by keyboard', async () => {
    const page = await open('/join-us/', { viewport: DESKTOP });
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL('**/de/mitmachen/');
    expect(await page.locator('html').getAttribute('lang')).toBe('de-DE');
    expect(await page.locator('h1').textContent()).toBe('Mitmachen');
    // The German menu marks the current page and offers English as the way back.
    expect(await page.locator('header nav.hidden [aria-current="page"]').textContent()).toContain('Mitmachen');
    for (
      let i = 0;
      i < 30 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-language-switch')));
      i++
    )
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim())).toBe('English');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/join-us/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    await page.context().close();
  });

  it("goes to the other language's home page from a page without a translation, on a phone too", async () => {
    const page = await open('/people/', { viewport: PHONE });
    const link = page.locator('header [data-language-switch]');
    expect(await link.isVisible()).toBe(true);
    expect((await link.innerText()).trim()).toMatch(/^DE\b/);
    await link.click();
    await page.waitForURL(/\/de\/$/);
    expect(await page.locator('h1').textContent()).toBe('Willkommen im Labor');
    await page.context().close();
  });

  it("counts down a deadline in German on the visitor's clock", async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    // Built on 15 January; visited on the evening of 30 January, the day before the THEMIS deadline.
    await page.clock.install({ time: new Date('2024-01-30T20:00:00+01:00') });
    await page.goto(`${site.url}/de/mitmachen/`);
    const countdown = page.locator('article', { hasText: 'Promotionsstelle in THEMIS' }).locator('[data-countdown]');
    expect(await countdown.textContent()).toBe('endet morgen');
    // The German-only posting has no mark; an English one says so.
    expect(
      await page.locator('article', { hasText: 'Datenaufbereitung' }).locator('[data-language-mark]').count(),
    ).toBe(0);
    expect(
      await page.locator('article', { hasText: 'Summer postdoc' }).locator('[data-language-mark]').textContent(),
    ).toBe('auf Englisch');
    await context.close();
  });
});
