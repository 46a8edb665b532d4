import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, type BuildResult } from './helpers/build';
import { sharedSite } from './helpers/sites';
import { gunzipSync } from 'node:zlib';
import { EDITOR_POLICY } from '../src/lib/headers';
import { checkBudgets, checkSecurity, EDITOR_PAGE, findBrokenLinks, htmlFiles, validateHtml } from './gates/site';

/** The lab's own site, twice (for reproducibility); the fixture lab below /lab/. */
let site: BuildResult;
let again: BuildResult;
let fixture: BuildResult;
const broken = join(root, 'test/fixtures/broken-site');
const dist = (build: BuildResult) => join(build.dir, 'dist');

beforeAll(async () => {
  [site, again, fixture] = await Promise.all([sharedSite('demo'), sharedSite('demoAgain'), sharedSite('labBelow')]);
});

const problems = (findings: { file: string; problem: string }[]) =>
  findings.map(({ file, problem }) => `${file}: ${problem}`);

describe('valid HTML (html-validate, recommended rules)', () => {
  it('passes on the site', async () => {
    expect(problems(await validateHtml(dist(site)))).toEqual([]);
    expect(problems(await validateHtml(dist(fixture)))).toEqual([]);
  });

  it('fails on invalid nesting', async () => {
    const found = problems(await validateHtml(broken));
    expect(found).toContain(
      'index.html: line 13: Element <p> is implicitly closed by adjacent <div> (no-implicit-close)',
    );
    expect(found).toContain('index.html: line 12: <img> is missing required "alt" attribute (wcag/h37)');
    expect(found.filter((line) => line.startsWith('about/'))).toEqual([]);
  });
});

describe('links, assets and fragments', () => {
  it('all resolve on the site, at / and below /lab/', async () => {
    expect(problems(await findBrokenLinks(dist(site), '/'))).toEqual([]);
    expect(problems(await findBrokenLinks(dist(fixture), '/lab/'))).toEqual([]);
  });

  it('fails on a broken link, a broken fragment and a link that forgets the base path', async () => {
    const found = problems(await findBrokenLinks(broken, '/'));
    expect(found).toContain('index.html: /missing/ points to nothing');
    expect(found).toContain('index.html: /about/#nowhere: about/index.html has no element with id "nowhere"');
    expect(found).toContain('index.html: /photo.png points to nothing');
    expect(found).not.toContain('index.html: /about/ points to nothing');
    expect(problems(await findBrokenLinks(dist(site), '/lab/'))).toContainEqual(
      expect.stringMatching(/leaves the site's base path \/lab\//),
    );
  });
});

describe('weight budgets', () => {
  it('hold on the site', async () => {
    expect(problems(await checkBudgets(dist(site)))).toEqual([]);
    expect(problems(await checkBudgets(dist(fixture)))).toEqual([]);
  });

  it('fail on a script file, an oversized inline script and an eager picture', async () => {
    const found = problems(await checkBudgets(broken)).join('\n');
    expect(found).toContain('index.html: loads JavaScript files it does not need: /_astro/app.js');
    expect(found).toMatch(/index\.html: \d+ bytes of inline script, more than 1536/);
    expect(found).toContain('the picture /photo.png loads at once');
  });

  it("fail on the formulas' stylesheet without a formula, and on a formula without it", async () => {
    const found = problems(await checkBudgets(broken));
    expect(found).toContain("index.html: loads the formulas' stylesheet without a formula");
    expect(found).toContain("about/index.html: has a formula but not the formulas' stylesheet");
  });
});

describe('security', () => {
  it('holds on the site: a CSP on every page, no inline handlers, only http, https and mailto links', async () => {
    expect(problems(await checkSecurity(dist(site)))).toEqual([]);
    expect(problems(await checkSecurity(dist(fixture)))).toEqual([]);
  });

  it('fails on an inline handler, a javascript: link and a page without CSP', async () => {
    const found = problems(await checkSecurity(broken));
    expect(found).toContain('index.html: inline event handler onclick on <button>');
    expect(found).toContain('index.html: link with the scheme "javascript:": javascript:alert(1)');
    expect(found).toContain('index.html: has no Content-Security-Policy');
  });

  it('ships a _headers file with the policy headers for hosts that read one', async () => {
    const headers = await readFile(join(dist(site), '_headers'), 'utf8');
    for (const header of [
      'Content-Security-Policy',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy',
      'Permissions-Policy',
    ]) {
      expect(headers).toContain(header);
    }
  });
});

describe('the editor at /admin/', () => {
  it('is built, with its code and its configuration beside it', async () => {
    const page = await site.read(EDITOR_PAGE);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('<link rel="cms-config-url" type="application/yaml" href="config.yml">');
    expect(page).toContain('<script type="module" src="cms/admin.js"></script>');
    expect(await site.read('admin/config.yml')).toContain('folder: src/content/positions');
    // Its code asks no font server for anything (Sveltia's own CDN fonts are taken out when it is bundled).
    expect(await site.read('admin/cms/admin.js')).not.toContain('cdn.jsdelivr.net');
  });

  it('carries its own policy, as its page says and in _headers, and the site pages keep theirs', async () => {
    const page = await site.read(EDITOR_PAGE);
    expect(page).toContain(`<meta http-equiv="content-security-policy" content="${EDITOR_POLICY}">`);
    const headers = await site.read('_headers');
    expect(headers).toContain(`/admin/\n  Content-Security-Policy: ${EDITOR_POLICY}; frame-ancestors 'none'`);
    expect(EDITOR_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(EDITOR_POLICY).not.toMatch(/'unsafe-eval'|script-src[^;]*(unsafe-inline|https:)/);
    const join = await site.read('join-us/index.html');
    expect(join).not.toContain('unsafe-inline');
  });

  it('is in neither the sitemap nor the search index, and no other page loads anything of it', async () => {
    expect(await site.read('sitemap-0.xml')).not.toContain('/admin');
    const fragments = await readdir(join(dist(site), 'pagefind/fragment'));
    const urls = await Promise.all(
      fragments.map(async (file) => {
        const fragment = gunzipSync(await readFile(join(dist(site), 'pagefind/fragment', file))).toString();
        return JSON.parse(fragment.slice(fragment.indexOf('{'))).url as string;
      }),
    );
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.filter((url) => url.includes('admin'))).toEqual([]);
    for (const file of (await htmlFiles(dist(site))).filter((file) => file !== EDITOR_PAGE)) {
      expect(await site.read(file), file).not.toMatch(/admin\/|sveltia/i);
    }
  });
});

describe('reproducible builds', () => {
  async function fingerprint(directory: string): Promise<Record<string, string>> {
    const files = (await readdir(directory, { recursive: true, withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    );
    const hashes = await Promise.all(
      files.map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return [
          relative(directory, path),
          createHash('sha256')
            .update(await readFile(path))
            .digest('hex'),
        ] as const;
      }),
    );
    return Object.fromEntries(hashes.sort(([a], [b]) => a.localeCompare(b)));
  }

  it('two builds of the same content with the same SITE_NOW write identical files', async () => {
    const [first, second] = await Promise.all([fingerprint(dist(site)), fingerprint(dist(again))]);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(second).toEqual(first);
  });
});
