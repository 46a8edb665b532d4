import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LiveSite } from '../test/helpers/browser';

let site: LiveSite;

beforeAll(async () => {
  site = await startSite('lab');
});

afterAll(() => site?.close());

/** A visitor at 1280 px, with the requests the page makes and any CSP violation. */
async function visit(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context: BrowserContext = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page: Page = await context.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(site.url + path);
  return { page, requests, violations, close: () => context.close() };
}

const searchCode = (requests: string[]) => requests.filter((path) => /\/pagefind\/|\/_astro\/search\./.test(path));
const results = (page: Page) => page.locator('[data-search-results] li a');
/** The result whose title is `title`. */
const result = (page: Page, title: string) =>
  results(page).filter({ has: page.locator('span:first-child', { hasText: new RegExp(`^${title}$`) }) });

describe('search', () => {
  it('finds a position and a project from the field in the header', async () => {
    const { page, violations, close } = await visit('/about/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('THEMIS');
    await expect.poll(() => results(page).count()).toBeGreaterThan(1);
    const position = result(page, 'PhD position in THEMIS');
    expect(await position.textContent()).toContain('Position');
    await position.click();
    await page.waitForURL(/\/positions\/themis-phd\/$/);

    await page.getByRole('searchbox', { name: 'Search the site' }).fill('THEMIS');
    const project = result(page, 'THEMIS');
    await project.waitFor();
    expect(await project.textContent()).toContain('Project');
    // By keyboard: from the field, Tab walks the results.
    await project.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/projects\/2022_themis\/$/);
    expect(violations).toEqual([]);
    await close();
  });

  it('opens /search/?q=… from a bookmark, with the type filter, and lists closed positions last, marked', async () => {
    const { page, violations, close } = await visit('/search/?q=PhD&type=Position');
    // The search script fills the form from the address once it has loaded.
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search for' }).inputValue()).toBe('PhD');
    expect(await page.getByRole('radio', { name: 'Positions' }).isChecked()).toBe(true);
    const items = page.locator('[data-search-page-list] li');
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    const texts = (await items.allTextContents()).map((text) => text.replace(/\s+/g, ' '));
    expect(texts.every((text) => text.includes('Position'))).toBe(true);
    expect(texts.at(-1)).toContain('Filled PhD position');
    expect(texts.at(-1)).toContain('closed');
    expect(texts.slice(0, -1).some((text) => text.includes('closed'))).toBe(false);

    // Everything: a project may match too; the address follows the choice.
    await page.getByRole('radio', { name: 'Everything' }).check();
    await page.waitForURL((url) => !url.search.includes('type='));
    await expect.poll(async () => (await items.allTextContents()).join(' ')).toContain('Project');
    expect(violations).toEqual([]);
    await close();
  });

  it('loads no search code on a page until someone searches', async () => {
    const { page, requests, close } = await visit('/');
    await page.waitForLoadState('networkidle');
    expect(searchCode(requests)).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('postdoc');
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    expect(searchCode(requests).some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await close();
  });

  it('without JavaScript hides the header field and says on /search/ that search needs it', async () => {
    const home = await visit('/', { javaScriptEnabled: false });
    expect(await home.page.getByRole('searchbox').count()).toBe(0);
    await home.close();
    const { page, close } = await visit('/search/?q=PhD', { javaScriptEnabled: false });
    expect(await page.getByText('Searching needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').count()).toBe(0);
    await close();
  });
});
