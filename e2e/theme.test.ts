import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LiveSite } from '../test/helpers/browser';

let site: LiveSite;

beforeAll(async () => {
  site = await startSite('lab');
});

afterAll(() => site?.close());

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(11, 18, 32)';

/** A visitor whose system prefers `scheme`; CSP violations are collected. */
async function visitor(
  browser: Browser,
  scheme: 'light' | 'dark',
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; violations: string[] }> {
  const context = await browser.newContext({ colorScheme: scheme, ...options });
  // The first paint: when <body> starts, only the head's scripts have run (the site's script runs after parsing), so
  // the theme class then is the one the page is first painted with; the first animation frame comes before the first
  // paint, once the stylesheet is there. A flash of the wrong theme would show in either.
  await context.addInitScript(() => {
    const first = window as unknown as { themeAtBody: string; firstBackground: string };
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      first.themeAtBody = document.documentElement.classList.contains('dark') ? 'dark' : 'light';
      requestAnimationFrame(() => {
        first.firstBackground = getComputedStyle(document.documentElement).backgroundColor;
      });
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return { context, page, violations };
}

/** The background of the first frame, and whether the theme was already right before the site's script ran. */
async function firstBackground(page: Page): Promise<string> {
  await page.waitForFunction(() => (window as unknown as { firstBackground?: string }).firstBackground);
  const { themeAtBody, firstBackground } = await page.evaluate(() => {
    const { themeAtBody, firstBackground } = window as unknown as { themeAtBody: string; firstBackground: string };
    return { themeAtBody, firstBackground };
  });
  expect(themeAtBody).toBe(firstBackground === DARK ? 'dark' : 'light');
  return firstBackground;
}
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const label = (page: Page) => page.locator('[data-theme-toggle]').getAttribute('aria-label');

describe('the dark theme', () => {
  it('follows a dark system from the first paint, without a flash', async () => {
    const { context, page, violations } = await visitor(site.browser, 'dark');
    for (const path of ['/', '/positions/themis-phd/', '/publications/']) {
      await page.goto(site.url + path);
      expect(await firstBackground(page)).toBe(DARK);
      expect(await background(page)).toBe(DARK);
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it('cycles system → light → dark with the toggle, and remembers the choice on other pages', async () => {
    const { context, page, violations } = await visitor(site.browser, 'light');
    await page.goto(site.url + '/');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await label(page)).toBe('Theme: system (switch to light)');
    expect(await background(page)).toBe(LIGHT);

    await toggle.click();
    expect(await label(page)).toBe('Theme: light (switch to dark)');
    expect(await background(page)).toBe(LIGHT);

    await toggle.click();
    expect(await label(page)).toBe('Theme: dark (switch to system)');
    expect(await background(page)).toBe(DARK);

    // Another page opens dark from its first paint, though the system is light.
    await page.goto(site.url + '/people/');
    expect(await firstBackground(page)).toBe(DARK);
    expect(await label(page)).toBe('Theme: dark (switch to system)');

    // Back to the system's light, also after a reload.
    await page.locator('[data-theme-toggle]').click();
    expect(await background(page)).toBe(LIGHT);
    await page.reload();
    expect(await firstBackground(page)).toBe(LIGHT);
    expect(await label(page)).toBe('Theme: system (switch to light)');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('keeps a light choice on a dark system', async () => {
    const { context, page } = await visitor(site.browser, 'dark');
    await page.goto(site.url + '/');
    await page.evaluate(() => localStorage.setItem('theme', 'light'));
    await page.reload();
    expect(await firstBackground(page)).toBe(LIGHT);
    await context.close();
  });

  it('follows the system without JavaScript, and hides the toggle that would need it', async () => {
    const { context, page } = await visitor(site.browser, 'dark', { javaScriptEnabled: false });
    await page.goto(site.url + '/');
    expect(await background(page)).toBe(DARK);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    await context.close();
  });
});
