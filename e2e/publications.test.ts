import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LiveSite } from '../test/helpers/browser';

let site: LiveSite;

beforeAll(async () => {
  site = await startSite('lab');
});

afterAll(() => site?.close());

async function open(options: { javaScriptEnabled: boolean }): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  if (options.javaScriptEnabled) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(`${site.url}/publications/`);
  return page;
}

const entry = (page: Page) => page.locator('#pub-lead2024');
const abstract = (page: Page) => entry(page).getByText('An abstract with 50% of the words.');
const bibtex = (page: Page) => entry(page).locator('pre');

describe('the abstract and BibTeX toggles', () => {
  it('open and close by keyboard, and the BibTeX is copied with the copy button', async () => {
    const page = await open({ javaScriptEnabled: true });
    expect(await abstract(page).isVisible()).toBe(false);
    expect(await bibtex(page).isVisible()).toBe(false);

    // Tab from the arXiv button reaches the abstract toggle, then the BibTeX toggle.
    await entry(page)
      .getByRole('link', { name: /^arXiv/ })
      .focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await abstract(page).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press(' ');
    expect(await bibtex(page).isVisible()).toBe(true);
    expect(await bibtex(page).textContent()).toMatch(/^@article\{lead2024,/);

    // Into the BibTeX (it scrolls, so it takes focus), then to its copy button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('PRE');
    await page.keyboard.press('Tab');
    const copy = entry(page).locator('button[data-copy-bibtex]');
    expect(await copy.textContent()).toContain('Copy');
    expect(await copy.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => copy.textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await bibtex(page).textContent());

    // Enter on the abstract toggle again closes it.
    await entry(page).locator('summary').first().focus();
    await page.keyboard.press('Enter');
    expect(await abstract(page).isVisible()).toBe(false);
    await page.context().close();
  });

  it('work with JavaScript off, where the copy button (which needs it) stays hidden', async () => {
    const page = await open({ javaScriptEnabled: false });
    await entry(page).locator('summary').first().click();
    expect(await abstract(page).isVisible()).toBe(true);
    await entry(page).locator('summary').nth(1).focus();
    await page.keyboard.press('Enter');
    expect(await bibtex(page).isVisible()).toBe(true);
    expect(await entry(page).locator('button').isVisible()).toBe(false);
    await page.context().close();
  });
});
