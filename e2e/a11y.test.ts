import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, type BuildResult } from '../test/helpers/build';
import { sharedSite } from '../test/helpers/sites';
import { launchChromium, serve } from '../test/helpers/browser';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let build: BuildResult;
let site: Awaited<ReturnType<typeof serve>>;
let broken: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  // The lab's own content, on a day when its positions are open, so that every kind of page is checked.
  build = await sharedSite('demo');
  [site, broken, browser] = await Promise.all([
    serve(join(build.dir, 'dist')),
    serve(join(root, 'test/fixtures/broken-site')),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), broken?.close()]);
});

/** axe-core's violations on a page (WCAG 2.2 A and AA, and best practices), as "rule: target" lines. */
async function audit(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

const sitemapPaths = async () =>
  [...(await build.read('sitemap-0.xml')).matchAll(/<loc>https:\/\/example\.org(\/[^<]*)<\/loc>/g)].map(
    (match) => match[1]!,
  );

describe('accessibility (axe-core)', () => {
  for (const [width, colorScheme] of [
    [1280, 'light'],
    [375, 'light'],
    [1280, 'dark'],
    [375, 'dark'],
  ] as const) {
    it(`finds no violation on any page of the sitemap, or the 404 page, at ${width} px in the ${colorScheme} theme`, async () => {
      const paths = [...(await sitemapPaths()), '/404.html'];
      expect(paths.length).toBeGreaterThan(10);
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.clock.install({ time: new Date('2024-01-15T12:00:00+01:00') });
      const found: string[] = [];
      // Each menu (its markup, with the current page marked) is audited open once: most pages share theirs.
      const openMenus = new Set<string>();
      for (const path of paths) {
        await page.goto(site.url + path);
        found.push(...(await audit(page)).map((line) => `${path} ${line}`));
        // Menus open, too.
        const menu = page
          .locator(width < 768 ? 'header details.md\\:hidden > summary' : 'header nav.hidden details > summary')
          .first();
        const markup = await page.locator('body > header').innerHTML();
        if (!openMenus.has(markup) && (await menu.isVisible())) {
          openMenus.add(markup);
          await menu.click();
          found.push(...(await audit(page)).map((line) => `${path} (menu open) ${line}`));
          await menu.click();
        }
        // Toggles in the content (a publication's abstract and BibTeX) open, too.
        const toggles = page.locator('main details');
        if ((await toggles.count()) > 0) {
          await toggles.evaluateAll((all) => all.forEach((toggle) => ((toggle as HTMLDetailsElement).open = true)));
          found.push(...(await audit(page)).map((line) => `${path} (toggles open) ${line}`));
        }
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }

  it('fails on a picture without alt text', async () => {
    const page = await browser.newPage();
    await page.goto(broken.url + '/');
    expect(await audit(page)).toContainEqual(expect.stringMatching(/^image-alt: img/));
    await page.close();
  });
});
