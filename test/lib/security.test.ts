import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { securityGate } from '../../src/integrations/security';
import { PAGE_POLICY } from '../../src/lib/headers';
import { inspectPage } from '../../src/lib/security';

const POLICY = ["script-src 'self' 'sha256-abc='", "style-src 'self'", ...PAGE_POLICY].join('; ');
const page = (body: string, policy: string | null = POLICY) =>
  `<!doctype html><html><head>${policy === null ? '' : `<meta http-equiv="content-security-policy" content="${policy.replaceAll("'", '&#39;')}">`}</head><body>${body}</body></html>`;

describe('the security gate finds what would harm a visitor in a built page', () => {
  it.each([
    ['<button onclick="steal()">x</button>', ['inline event handler onclick on <button>']],
    [
      '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
      ['link with the scheme "javascript:": javascript:alert(1)'],
    ],
    ['<a href="java&#9;script:alert(1)">x</a>', ['link with the scheme "javascript:": java\tscript:alert(1)']],
    ['<a href=" JAVASCRIPT:alert(1)">x</a>', ['link with the scheme "javascript:":  JAVASCRIPT:alert(1)']],
    ['<form action="vbscript:x"></form>', ['link with the scheme "vbscript:": vbscript:x']],
    [
      '<a href="data:text/html,<script>alert(1)</script>">x</a>',
      ['link with the scheme "data:": data:text/html,<script>alert(1)</script>'],
    ],
    [
      '<meta http-equiv="Refresh" content="0; url=https://evil.example/">',
      ['a <meta http-equiv="refresh"> sends visitors on'],
    ],
    // Parsed as a browser parses it: an <img> breaks out of SVG's <style>, and out of <noscript>.
    ['<svg><style><img src=x onerror=alert(1)></style></svg>', ['inline event handler onerror on <img>']],
    [
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      ['the attribute title on <p> holds </noscript>, which a browser may read as a tag'],
    ],
  ])('%s', (body, problems) => {
    expect(inspectPage(page(body)).problems).toEqual(problems);
  });

  it('finds a page without a policy, or with one that lacks a limit', () => {
    expect(inspectPage(page('<p>x</p>', null)).problems).toEqual(['has no Content-Security-Policy']);
    expect(inspectPage(page('<p>x</p>', "script-src 'self'; style-src 'self'; default-src 'self'")).problems).toEqual([
      'its Content-Security-Policy lacks img-src, font-src, connect-src, frame-src, object-src, base-uri, form-action',
    ]);
  });

  it('passes the links and pictures a page has, and returns its policy for _headers', () => {
    const body =
      '<a href="https://uni-rostock.de">a</a><a href="mailto:a@b.de">b</a><a href="/join-us/">c</a><img src="data:image/png;base64,AAAA" alt=""><meta name="description" content="Engineer &lt;/script&gt;">';
    expect(inspectPage(page(body))).toEqual({ policy: POLICY, problems: [] });
  });
});

describe('the gate runs at the end of every build', () => {
  const run = async (pages: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), 'gate-'));
    try {
      for (const [file, html] of Object.entries(pages)) await writeFile(join(dir, file), html);
      const hook = securityGate('/').hooks['astro:build:done']!;
      const logger = { info: () => {} };
      await hook({ dir: pathToFileURL(`${dir}/`), logger } as never);
      return await readFile(join(dir, '_headers'), 'utf8');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  it('stops the build, naming each page and what it found, and writes no _headers', async () => {
    await expect(
      run({ 'index.html': page('<p>ok</p>'), 'bad.html': page('<img src=x onerror="steal()">') }),
    ).rejects.toThrow(
      'The security gate stopped the build; nothing may be published until these are fixed:\ndist/bad.html: inline event handler onerror on <img>',
    );
  });

  it('leaves alone an HTML file copied from public/ as it is (a search engine’s verification file)', async () => {
    const publicDir = await mkdtemp(join(tmpdir(), 'public-'));
    const dist = await mkdtemp(join(tmpdir(), 'gate-'));
    try {
      const verification = 'google-site-verification: google1234.html';
      await writeFile(join(publicDir, 'google1234.html'), verification);
      await writeFile(join(dist, 'google1234.html'), verification);
      await writeFile(join(dist, 'index.html'), page('<p>ok</p>'));
      const gate = securityGate('/').hooks;
      gate['astro:config:done']!({ config: { publicDir: pathToFileURL(`${publicDir}/`) } } as never);
      await gate['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } } as never);
      expect(await readFile(join(dist, '_headers'), 'utf8')).toContain('Content-Security-Policy');
    } finally {
      await rm(publicDir, { recursive: true, force: true });
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('writes _headers with the pages’ policy when every page passes', async () => {
    expect(await run({ 'index.html': page('<p>ok</p>') })).toContain(
      "Content-Security-Policy: script-src 'self' 'sha256-abc='",
    );
  });
});
