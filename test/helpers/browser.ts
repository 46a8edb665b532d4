import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { headersFor } from '../../src/lib/headers';
import type { SiteName } from '../setup/builds';
import type { BuildResult } from './build';
import { sharedSite } from './sites';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/**
 * Serves a built site as a static host does: `/a/` → `a/index.html`, unknown paths → `404.html`, and
 * the headers of its `_headers` file (so the browser enforces that Content-Security-Policy too), unless
 * `headers: false` (as GitHub Pages, Apache and nginx serve it: the page's own policy is all there is).
 */
export async function serve(
  dist: string,
  { headers = true }: { headers?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const headerFile = headers ? await readFile(join(dist, '_headers'), 'utf8').catch(() => '') : '';
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const isFile = (file: string) =>
      stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
    let file = join(dist, path.endsWith('/') ? join(path, 'index.html') : path);
    const found = await isFile(file);
    if (!found) file = join(dist, '404.html');
    if (!found && !(await isFile(file))) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(found ? 200 : 404, {
      ...headersFor(headerFile, path),
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) };
}

/** Where Debian's Chromium is, and the flags it needs as root on this closed network. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** A built site served on localhost with Chromium ready: what every browser test starts from. */
export interface LiveSite {
  build: BuildResult;
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Serves one of the run's shared sites (test/setup/builds.ts) and launches Chromium. */
export async function startSite(name: SiteName): Promise<LiveSite> {
  const build = await sharedSite(name);
  const [server, browser] = await Promise.all([serve(join(build.dir, 'dist')), launchChromium()]);
  return {
    build,
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
