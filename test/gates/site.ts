import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { inspectPage } from '../../src/lib/security';

/** A problem a gate found: the file (relative to the built site) and what is wrong. */
export interface Finding {
  file: string;
  problem: string;
}

/** Every HTML file of a built site, as paths relative to it. */
export async function htmlFiles(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .sort();
}

async function pages(dist: string): Promise<{ file: string; html: string; $: CheerioAPI }[]> {
  return Promise.all(
    (await htmlFiles(dist)).map(async (file) => {
      const html = await readFile(join(dist, file), 'utf8');
      return { file, html, $: load(html) };
    }),
  );
}

/** html-validate's recommended rules over every page. */
export async function validateHtml(dist: string): Promise<Finding[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const findings: Finding[] = [];
  for (const file of await htmlFiles(dist)) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results)
      for (const message of result.messages)
        findings.push({ file, problem: `line ${message.line}: ${message.message} (${message.ruleId})` });
  }
  return findings;
}

const exists = (path: string) =>
  stat(path).then(
    (s) => s,
    () => undefined,
  );

/** The file a site path is served from: `/lab/a/` → `a/index.html`; undefined when it leaves the base. */
function fileFor(pathname: string, base: string): string | undefined {
  const prefix = base.replace(/\/$/, '');
  if (!pathname.startsWith(`${prefix}/`)) return undefined;
  const path = decodeURIComponent(pathname.slice(prefix.length));
  return path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Every internal link, asset and #fragment resolves. The site is assumed to be served at `base`
 * (`/` or `/lab/`), so a link that forgets the base path is broken.
 */
export async function findBrokenLinks(dist: string, base = '/'): Promise<Finding[]> {
  const findings: Finding[] = [];
  const all = await pages(dist);
  const ids = new Map(
    all.map(({ file, $ }) => [
      file,
      new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id'))
          .get(),
      ),
    ]),
  );
  for (const { file, $ } of all) {
    const pageUrl = new URL(posix.join(base, file.replace(/(^|\/)index\.html$/, '$1')), 'http://site.invalid');
    const targets = [
      ...$('a[href], link[href]')
        .map((_, el) => $(el).attr('href')!)
        .get(),
      ...$('img[src], script[src], source[src]')
        .map((_, el) => $(el).attr('src')!)
        .get(),
      ...$('img[srcset], source[srcset]')
        .map((_, el) =>
          $(el)
            .attr('srcset')!
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0]!),
        )
        .get(),
    ];
    for (const target of targets) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      const resolved = new URL(target, pageUrl);
      const servedFrom = fileFor(resolved.pathname, base);
      if (servedFrom === undefined) {
        findings.push({ file, problem: `${target} leaves the site's base path ${base}` });
        continue;
      }
      let path = servedFrom.replace(/^\//, '');
      let info = await exists(join(dist, path));
      if (info?.isDirectory()) {
        path = posix.join(path, 'index.html');
        info = await exists(join(dist, path));
      }
      if (!info) {
        findings.push({ file, problem: `${target} points to nothing` });
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment && path.endsWith('.html') && !ids.get(path)?.has(fragment)) {
        findings.push({ file, problem: `${target}: ${path} has no element with id "${fragment}"` });
      }
    }
  }
  return findings;
}

/** The page weight budgets, per page. */
export const BUDGETS = {
  /** The one JavaScript file a page may load: the site's script, the same file on every page (so it is cached). */
  siteScriptGzipBytes: 2 * 1024,
  inlineScriptBytes: 1536,
  cssGzipBytes: 15 * 1024,
  /** The formulas' stylesheet (src/styles/math.css), on the pages that have a formula (and only there). */
  mathCssGzipBytes: 1024,
  /** The face of the formulas' font that every formula loads (the one with the space: letters, digits, operators). */
  mathCoreFontBytes: 40 * 1024,
  /** Each other face, loaded only for the characters it has (styled letters, rarer symbols). */
  mathFontBytes: 200 * 1024,
};

/** The formulas' stylesheet, built from src/styles/math.css. */
const isMathStylesheet = (href: string) => /\/_astro\/math\.[\w-]+\.css$/.test(href);

/**
 * The formulas' stylesheet and font on a page: there when it has a formula (KaTeX's markup), and only then, within
 * their budgets. `read` gives a file of the site by its address.
 */
async function checkFormulas(stylesheets: string[], $: CheerioAPI, read: (href: string) => Promise<Buffer>) {
  const problems: string[] = [];
  if (stylesheets.length && !$('.katex').length) problems.push(`loads the formulas' stylesheet without a formula`);
  if (!stylesheets.length && $('.katex').length) problems.push(`has a formula but not the formulas' stylesheet`);
  for (const href of stylesheets) {
    const css = await read(href);
    const bytes = gzipSync(css, { level: 9 }).length;
    if (bytes > BUDGETS.mathCssGzipBytes)
      problems.push(`the formulas' stylesheet is ${bytes} bytes (gzip), more than ${BUDGETS.mathCssGzipBytes}`);
    for (const [face] of css.toString().matchAll(/@font-face\s*\{[^}]*\}/g)) {
      const font = /url\(["']?([^"')]+\.woff2)/.exec(face)?.[1];
      if (!font) continue;
      const size = (await read(font)).length;
      // The face that has the space is the one every formula loads.
      const budget = /unicode-range:\s*U\+20[-,;\s]/i.test(face) ? BUDGETS.mathCoreFontBytes : BUDGETS.mathFontBytes;
      if (size > budget) problems.push(`the formulas' font ${font} is ${size} bytes, more than ${budget}`);
    }
  }
  return problems;
}

/**
 * No JavaScript file beyond the site's small script, little inline script, little CSS, and no web font or
 * picture fetched before it is needed (pictures below the title load lazily). The formulas' stylesheet and font are
 * allowed on a page with a formula, and nowhere else.
 */
/** The editor (src/pages/admin/): a page of its own, with its own code and policy, not a page of the site. */
export const EDITOR_PAGE = 'admin/index.html';

export async function checkBudgets(dist: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const all = (await pages(dist)).filter(({ file }) => file !== EDITOR_PAGE);
  const scriptsOf = ($: CheerioAPI) =>
    $('script[src]')
      .map((_, el) => $(el).attr('src'))
      .get();
  // The site's script is the file that every page loads; any other file is one a page does not need.
  const [first, ...rest] = all.map(({ $ }) => scriptsOf($));
  const siteScripts = (first ?? []).filter((src) => rest.every((scripts) => scripts.includes(src)));
  for (const src of siteScripts) {
    const bytes = gzipSync(await readFile(join(dist, src.replace(/^.*?\/_astro\//, '_astro/')))).length;
    if (bytes > BUDGETS.siteScriptGzipBytes) {
      findings.push({
        file: src,
        problem: `the site's script is ${bytes} bytes (gzip), more than ${BUDGETS.siteScriptGzipBytes}`,
      });
    }
  }
  for (const { file, $ } of all) {
    const extra = scriptsOf($).filter((src) => !siteScripts.includes(src));
    if (extra.length) {
      findings.push({ file, problem: `loads JavaScript files it does not need: ${extra.join(', ')}` });
    }
    if (siteScripts.length > 1) findings.push({ file, problem: `loads ${siteScripts.length} script files, not one` });
    const inline = $('script:not([src])')
      .filter((_, el) => ($(el).attr('type') ?? 'text/javascript') !== 'application/ld+json')
      .map((_, el) => $(el).text())
      .get()
      .reduce((sum, code) => sum + Buffer.byteLength(code), 0);
    if (inline > BUDGETS.inlineScriptBytes) {
      findings.push({ file, problem: `${inline} bytes of inline script, more than ${BUDGETS.inlineScriptBytes}` });
    }
    const read = (href: string) =>
      readFile(join(dist, href.replace(/^\/([^/]+\/)*?_astro\//, '_astro/'))).catch(() => Buffer.from(''));
    const hrefs = $('link[rel="stylesheet"]')
      .map((_, el) => $(el).attr('href')!)
      .get();
    const styles = await Promise.all(hrefs.filter((href) => !isMathStylesheet(href)).map(read));
    findings.push(
      ...(await checkFormulas(hrefs.filter(isMathStylesheet), $, read)).map((problem) => ({ file, problem })),
    );
    const css = Buffer.concat([...styles, Buffer.from($('style').text())]);
    const gzipped = gzipSync(css, { level: 9 }).length;
    if (gzipped > BUDGETS.cssGzipBytes) {
      findings.push({ file, problem: `${gzipped} bytes of CSS (gzip), more than ${BUDGETS.cssGzipBytes}` });
    }
    if ($('link[rel="preload"][as="font"]').length || /@font-face/.test(css.toString())) {
      findings.push({ file, problem: 'loads a web font (the site uses the system fonts)' });
    }
    $('img').each((_, img) => {
      if ($(img).attr('loading') !== 'lazy' && $(img).attr('fetchpriority') !== 'high') {
        findings.push({
          file,
          problem: `the picture ${$(img).attr('src')} loads at once: add loading="lazy", or fetchpriority="high" if it is above the fold`,
        });
      }
    });
  }
  return findings;
}

/** The build's own security gate (src/lib/security.ts) over every page: the gate tests run it on sites built before. */
export async function checkSecurity(dist: string): Promise<Finding[]> {
  return (await pages(dist)).flatMap(({ file, html }) =>
    inspectPage(html).problems.map((problem) => ({ file, problem })),
  );
}
