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

/** What axe checks: WCAG 2.2 A and AA, and best practices. */
const ALL = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
/** What a theme changes: colours (the markup is the same in both). */
const COLOURS = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

/** axe-core's violations on a page, as "rule: target" lines. */
async function audit(page: Page, runOnly: typeof ALL | typeof COLOURS = ALL): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (only) =>
      (
        window as unknown as {
          axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run({ runOnly: only, resultTypes: ['violations'] }),
    runOnly,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

const sitemapPaths = async () =>
  [...(await build.read('sitemap-0.xml')).matchAll(/<loc>https:\/\/example\.org(\/[^<]*)<\/loc>/g)].map(
    (match) => match[1]!,
  );

/** The widths and themes each page is audited in: the whole audit in light, the colours in dark. */
const VIEWS = [
  { width: 1280, colorScheme: 'light', rules: ALL },
  { width: 375, colorScheme: 'light', rules: ALL },
  { width: 1280, colorScheme: 'dark', rules: COLOURS },
  { width: 375, colorScheme: 'dark', rules: COLOURS },
] as const;

describe('accessibility (axe-core)', () => {
  it('finds no violation on any page of the sitemap, or the 404 page, at 1280 and 375 px, in the light and the dark theme', async () => {
    const paths = [...(await sitemapPaths()), '/404.html'];
    expect(paths.length).toBeGreaterThan(10);
    const found: string[] = [];
    // Each menu is audited open once in each view, in English and in German (which page is marked current, and where
    // the language switch goes, change nothing the audit looks at).
    const openMenus = new Set<string>();
    /** A visitor's round: each page in every view. */
    const visit = async (round: string[]) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
      const page = await context.newPage();
      await page.clock.install({ time: new Date('2024-01-15T12:00:00+01:00') });
      for (const path of round) {
        for (const { width, colorScheme, rules } of VIEWS) {
          const view = `${width} px, ${colorScheme}`;
          await page.setViewportSize({ width, height: 900 });
          // A visit in each theme, as a visitor whose system has it makes it (a switch in the middle of a visit lets
          // the cards fade, and an audit would catch them halfway); the width changes as a window does.
          if (width === VIEWS[0].width) {
            await page.emulateMedia({ colorScheme });
            await page.goto(site.url + path);
          }
          found.push(...(await audit(page, rules)).map((line) => `${path} (${view}) ${line}`));
          // Menus open, too.
          const menu = page
            .locator(width < 1024 ? 'header details.lg\\:hidden > summary' : 'header nav.hidden details > summary')
            .first();
          const key = `${view} ${await page.locator('html').getAttribute('lang')}`;
          if (!openMenus.has(key) && (await menu.isVisible())) {
            openMenus.add(key);
            await menu.click();
            found.push(...(await audit(page, rules)).map((line) => `${path} (${view}, menu open) ${line}`));
            await menu.click();
          }
          // Toggles in the content (a publication's abstract and BibTeX) open, too.
          const toggles = page.locator('main details');
          if ((await toggles.count()) > 0) {
            await toggles.evaluateAll((all) => all.forEach((toggle) => ((toggle as HTMLDetailsElement).open = true)));
            found.push(...(await audit(page, rules)).map((line) => `${path} (${view}, toggles open) ${line}`));
            await toggles.evaluateAll((all) => all.forEach((toggle) => ((toggle as HTMLDetailsElement).open = false)));
          }
        }
      }
      await context.close();
    };
    await visit(paths);
    expect(found).toEqual([]);
  });

  it('fails on a picture without alt text', async () => {
    const page = await browser.newPage();
    await page.goto(broken.url + '/');
    expect(await audit(page)).toContainEqual(expect.stringMatching(/^image-alt: img/));
    await page.close();
  });
});
