// npm run screenshots: builds the site as it looked while the lab's 2024 calls were open, and photographs the
// pages that docs/editing.md explains, in Chromium, so that the guide's pictures always match the site.
import { mkdir } from 'node:fs/promises';
import { build, preview } from 'astro';
import { chromium } from 'playwright-core';

const DAY = '2024-01-20';
process.env.SITE_NOW = DAY;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = './node_modules/.screenshots-site/';

await build({ outDir, logLevel: 'warn' });
const server = await preview({ outDir, logLevel: 'warn', server: { port: 4329, host: '127.0.0.1' } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});

const shots = [
  { name: 'join-us', path: '/join-us/', width: 1280, height: 1100 },
  { name: 'position', path: '/positions/2024-phd-postdoc-themis/', width: 1280, height: 900 },
  { name: 'projects', path: '/projects/', width: 1280, height: 800 },
  { name: 'events', path: '/events/', width: 1280, height: 900 },
  { name: 'menu-phone', path: '/for-students/jobs/', width: 375, height: 700, openMenu: true },
  { name: 'header-phone-en', path: '/join-us/', width: 375, height: 320 },
  { name: 'header-phone-de', path: '/de/mitmachen/', width: 375, height: 320 },
];
await mkdir('docs/screenshots', { recursive: true });
for (const shot of shots) {
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
  // The visitor's clock agrees with the build, so the deadline guard shows what the build shows.
  await page.clock.install({ time: new Date(`${DAY}T12:00:00+01:00`) });
  await page.goto(`http://127.0.0.1:4329${shot.path}`);
  if (shot.openMenu) await page.locator('header details.lg\\:hidden summary').click();
  await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
  console.log(`docs/screenshots/${shot.name}.png`);
  await page.close();
}
await browser.close();
await server.stop();
