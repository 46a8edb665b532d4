import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { parseFrontmatter } from '../src/loaders/frontmatter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, root } from '../test/helpers/build';
import { launchChromium } from '../test/helpers/browser';
import { pickFolder } from '../test/helpers/folder';
import { buildProject } from '../test/helpers/sites';

// The editor at /admin/ as a lab member uses it on a laptop: `npm run dev` in a checkout, Chrome, "Work with Local
// Repository" (the folder picker answered by the test, see pickFolder). What the form saves must be what the schemas
// accept: the site then builds with it and shows it.

let dir: string;
let dev: ChildProcess;
let url: string;
let browser: Browser;
/** The requests the editor made to other hosts than the dev server. */
const elsewhere: string[] = [];

const freePort = () =>
  new Promise<number>((found) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => found(port));
    });
  });

const terminal = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(VITEST.*|TEST|NODE_ENV)$/.test(name)),
);

beforeAll(async () => {
  // The lab's own content, in January 2024: its join-us page lists the open positions.
  dir = await copyProject({});
  // Sveltia opens only a folder that is a git checkout.
  execFileSync('git', ['init', '-q'], { cwd: dir });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      // As from a terminal: with Vitest's variables (VITEST, NODE_ENV=test), the dev server would serve no routes.
      env: { ...terminal, ASTRO_TELEMETRY_DISABLED: '1', SITE_NOW: '2024-01-15' },
    },
  );
  let output = '';
  dev.stdout!.on('data', (chunk) => (output += chunk));
  dev.stderr!.on('data', (chunk) => (output += chunk));
  for (let tries = 0; ; tries++) {
    const ready = await fetch(`${url}/admin/config.yml`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (tries > 120) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((wait) => setTimeout(wait, 500));
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill();
});

/** The editor signed in to the checkout, as after clicking "Work with Local Repository" in Chrome. */
async function openEditor(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (request) => {
    const { protocol, host } = new URL(request.url());
    if (/^https?:$/.test(protocol) && host !== new URL(url).host) elsewhere.push(request.url());
  });
  await pickFolder(page, dir);
  await page.goto(`${url}/admin/`);
  const local = page.getByRole('button', { name: /Work with Local Repository/i });
  await photograph(page, 'editor-sign-in', local);
  await local.click();
  return page;
}

/**
 * With UPDATE_DOCS=1, the pictures of the editor in docs/editing.md are taken here, on the way (once `ready` shows).
 */
async function photograph(page: Page, name: string, ready: Locator) {
  if (!process.env.UPDATE_DOCS) return;
  await ready.waitFor();
  await page.screenshot({ path: join(root, 'docs/screenshots', `${name}.png`) });
}

/** A content file as it becomes once the editor has saved it (a busy machine may take a while). */
const saved = (path: string) => expect.poll(() => entry(path).catch(() => undefined), { timeout: 30_000 });

/** A content file's front matter and body, as the build reads them. */
async function entry(path: string) {
  const text = await readFile(join(dir, 'src/content', path), 'utf8');
  return { data: parseFrontmatter(text, path), body: text.replace(/^---\n[\s\S]*?\n---\n/, '').trim() };
}

describe('the editor, on a laptop', () => {
  it('creates a position through the form: the file is what the schema expects, and the join-us page lists it', async () => {
    const page = await openEditor();
    await page.getByRole('treeitem', { name: 'Positions' }).click();
    await page.getByRole('button', { name: 'Create New Entry' }).click();
    // The form is whole once it offers the projects, which it reads from the folder: typed into earlier, on a busy
    // machine, a field came out empty once.
    await page.getByRole('radio', { name: 'THEMIS' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Research engineer for causal ML');
    await page.getByRole('checkbox', { name: 'postdoc' }).check();
    await page.getByRole('checkbox', { name: 'staff' }).check();
    await page.getByRole('textbox', { name: 'Posted' }).fill('2024-01-10');
    await page.getByRole('textbox', { name: 'Deadline' }).fill('2024-02-29');
    await page.getByRole('textbox', { name: 'Apply URL' }).fill('https://jobs.example.org/causal');
    // The projects are offered by name; the file gets the project's id.
    await page.getByRole('radio', { name: 'THEMIS' }).check();
    // The form draws its lower fields as they scroll into view.
    await page.mouse.wheel(0, 4000);
    await page.getByRole('textbox', { name: 'Text' }).click();
    await page.keyboard.type('Build tools for causal discovery with the THEMIS partners.');
    await page.getByRole('textbox', { name: 'Title' }).scrollIntoViewIfNeeded();
    await photograph(page, 'editor-position', page.getByRole('textbox', { name: 'Title' }));
    // What was typed is in the form (a busy machine must not lose a keystroke to the form's start).
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue())
      .toBe('Research engineer for causal ML');
    await expect.poll(() => page.getByRole('textbox', { name: 'Deadline' }).inputValue()).toBe('2024-02-29');
    // The preview is styled by the site's own stylesheet (Tailwind's, with the site's brand colour).
    const preview = page.locator('iframe').first().contentFrame();
    await expect
      .poll(() =>
        preview.locator('html').evaluate(async () => {
          const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
          const sheets = await Promise.all(links.map(async (link) => (await fetch(link.href)).text()));
          return sheets.some((css) => css.includes('--color-brand-700'));
        }),
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Save' }).click();
    await saved('positions/research-engineer-for-causal-ml.md').toEqual({
      data: {
        title: 'Research engineer for causal ML',
        kind: ['postdoc', 'staff'],
        posted: '2024-01-10',
        deadline: '2024-02-29',
        apply_url: 'https://jobs.example.org/causal',
        project: '2022_themis',
        filled: false,
        draft: false,
      },
      body: 'Build tools for causal discovery with the THEMIS partners.',
    });
    await page.close();
  });

  it('translates the position into German: the file in de/ gets only what a translation sets (title, note, draft, text)', async () => {
    const page = await openEditor();
    await page.getByRole('treeitem', { name: 'Positions' }).click();
    await page.getByRole('gridcell', { name: 'Research engineer for causal ML', exact: true }).click();
    const german = page.getByRole('group', { name: 'Edit ⁨German⁩ Content' });
    await page
      .getByRole('radiogroup', { name: 'Switch Locale' })
      .first()
      .getByRole('radio', { name: /German/ })
      .check();
    // A new entry is written in English only; its German version is switched on when someone writes it.
    await german.getByRole('button', { name: 'Enable ⁨German⁩' }).click();
    await german
      .getByRole('textbox', { name: 'Title' })
      .fill('Forschungsingenieur/in für kausales maschinelles Lernen');
    await german.getByRole('textbox', { name: 'Note' }).fill('Deutschkenntnisse sind hilfreich.');
    await page.mouse.wheel(0, 4000);
    await german.getByRole('textbox', { name: 'Text' }).click();
    await page.keyboard.type('Werkzeuge für kausale Entdeckung, gemeinsam mit den Partnern von THEMIS.');
    await expect
      .poll(() => german.getByRole('textbox', { name: 'Note' }).inputValue())
      .toBe('Deutschkenntnisse sind hilfreich.');
    await page.getByRole('button', { name: 'Save' }).click();
    await saved('positions/de/research-engineer-for-causal-ml.md').toEqual({
      data: {
        title: 'Forschungsingenieur/in für kausales maschinelles Lernen',
        note: 'Deutschkenntnisse sind hilfreich.',
        draft: false,
      },
      body: 'Werkzeuge für kausale Entdeckung, gemeinsam mit den Partnern von THEMIS.',
    });
    // The original keeps its facts.
    expect((await entry('positions/research-engineer-for-causal-ml.md')).data).toMatchObject({
      title: 'Research engineer for causal ML',
      deadline: '2024-02-29',
    });
    await page.close();
  });

  it('loads nothing from another server', () => {
    // Sveltia asks GitHub's status page whether GitHub is up (its policy allows GitHub, nothing else).
    expect(elsewhere.filter((address) => !address.startsWith('https://www.githubstatus.com/'))).toEqual([]);
  });

  it('saves what the site builds with: the new position is on the join-us page, the German title on the German one', async () => {
    dev.kill();
    const built = await buildProject(dir, { SITE_NOW: '2024-01-15' });
    expect(built.ok, built.output).toBe(true);
    expect(await built.read('join-us/index.html')).toContain('Research engineer for causal ML');
    expect(await built.read('de/mitmachen/index.html')).toContain(
      'Forschungsingenieur/in für kausales maschinelles Lernen',
    );
    await built.cleanup();
  });
});
