import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, guessKind, scaffold, slugify } from '../scripts/lib/scaffold';
import { root, type BuildResult } from './helpers/build';
import { build } from './helpers/sites';

describe('scaffold helpers', () => {
  it.each([
    ['PhD position in causal ML', 'phd-position-in-causal-ml'],
    ['Studentische Hilfskraft (m/w/d) für Datenanalyse', 'studentische-hilfskraft-m-w-d-fur-datenanalyse'],
    ['  Größenordnung!  ', 'grossenordnung'],
  ])('slugify(%j) → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it.each([
    ['PhD position in causal ML', 'phd'],
    ['Postdoc in Bayesian modelling', 'postdoc'],
    ['Student assistant for research software', 'student_assistant'],
    ['Master thesis: explainable AI', 'thesis'],
    ['Research software engineer', 'staff'],
    ['Researcher in machine learning', 'phd'],
  ])('guessKind(%j) → %s', (title, kind) => {
    expect(guessKind(title)).toBe(kind);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-11-28', 28)).toBe('2026-12-26');
    expect(addDays('2026-12-20', 28)).toBe('2027-01-17');
  });
});

describe('each scaffold builds', () => {
  const files = [
    scaffold('page', 'Our team', '2026-11-28'),
    scaffold('position', 'PhD position in causal ML', '2026-11-28'),
    scaffold('project', 'Causal ML', '2026-11-28'),
    scaffold('person', 'Jörg Müller', '2026-11-28'),
    scaffold('news', 'Best paper award', '2026-11-28'),
  ];
  // One more of each kind that is a draft when made, published: draft: true removed, as its editor would.
  const published = scaffold('position', 'Postdoc in Bayesian modelling', '2026-11-28');
  const more = [
    scaffold('event', 'Research seminar', '2026-11-28'),
    scaffold('post', 'Our new paper', '2026-11-28'),
    scaffold('course', 'Deep Learning', '2026-11-28'),
  ];
  let built: BuildResult;

  beforeAll(async () => {
    built = await build({
      content: {
        ...Object.fromEntries(files.map((file) => [file.path, file.text])),
        ...Object.fromEntries([published, ...more].map((file) => [file.path, file.text.replace('draft: true\n', '')])),
      },
      env: { SITE_NOW: '2026-11-28' },
    });
  });

  afterAll(() => built?.cleanup());

  it('a page, a position, a project, a person and news from npm run new all pass the schema; page, person and news are published', async () => {
    expect(files.map((file) => file.path)).toEqual([
      'pages/our-team.md',
      'positions/phd-position-in-causal-ml.md',
      'projects/2026_causal_ml.md',
      'people/jorg-muller.md',
      'news/2026-11-28-best-paper-award.md',
    ]);
    expect(built.ok, built.output).toBe(true);
    expect(load(await built.read('our-team/index.html'))('h1').text()).toBe('Our team');
    expect(load(await built.read('people/jorg-muller/index.html'))('h1').text()).toBe('Jörg Müller');
    expect(load(await built.read('news/index.html'))('main h3').text()).toBe('Best paper award');
    // A scaffolded position is a draft until its editor says otherwise.
    await expect(built.read('positions/phd-position-in-causal-ml/index.html')).rejects.toThrow();
  });

  it('publishes a scaffolded position once draft: true is removed', async () => {
    const $ = load(await built.read('positions/postdoc-in-bayesian-modelling/index.html'));
    expect($('h1').text()).toBe('Postdoc in Bayesian modelling');
    expect($('[data-open-only]').text()).toContain('until 26 December 2026');
  });

  it('publishes a scaffolded event, post and course once draft: true is removed', async () => {
    expect(more.map((file) => file.path)).toEqual([
      'events/2026-11-research-seminar.md',
      'posts/2026-11-28-our-new-paper.md',
      'courses/deep-learning-winter-2026.md',
    ]);
    const event = load(await built.read('events/2026-11-research-seminar/index.html'));
    expect(event('h1').text()).toBe('Research seminar');
    expect(event('main dl').text()).toContain('12 December 2026, 16:15–17:45 CET');
    expect(load(await built.read('blog/our-new-paper/index.html'))('h1').text()).toBe('Our new paper');
    const teaching = load(await built.read('teaching/index.html'));
    expect(teaching('main h2').first().text()).toContain('Winter semester 2026/27');
    expect(teaching('main h3 a').first().text()).toBe('Deep Learning');
  });
});

describe('npm run new', () => {
  const run = promisify(execFile);
  const newEntry = (cwd: string, ...args: string[]) =>
    run(process.execPath, [join(root, 'scripts/new.ts'), ...args], {
      cwd,
      env: { ...process.env, SITE_NOW: '2026-11-28' },
    });

  it('writes the file, prints its path, and refuses to overwrite it', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'lab-new-'));
    try {
      const { stdout } = await newEntry(cwd, 'position', 'PhD position in causal ML');
      expect(stdout.trim()).toBe('src/content/positions/phd-position-in-causal-ml.md');
      const written = await readFile(join(cwd, stdout.trim()), 'utf8');
      expect(written).toContain('posted: 2026-11-28');
      await expect(newEntry(cwd, 'position', 'PhD position in causal ML')).rejects.toMatchObject({
        stderr: expect.stringContaining('exists already; nothing was written'),
      });
      expect(await readFile(join(cwd, stdout.trim()), 'utf8')).toBe(written);
      await expect(newEntry(cwd, 'poster', 'X')).rejects.toMatchObject({
        stderr: expect.stringContaining('Usage: npm run new'),
      });
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it.each(['王伟', 'Ωμέγα', '!!!'])(
    'refuses a title without a letter for the file name (%s), and writes nothing',
    async (title) => {
      const cwd = await mkdtemp(join(tmpdir(), 'lab-new-'));
      try {
        await expect(newEntry(cwd, 'person', title)).rejects.toMatchObject({
          stderr: expect.stringContaining(`"${title}" has no letters or digits from a to z to make a file name of.`),
        });
        await expect(readdir(join(cwd, 'src/content/people')).catch(() => [])).resolves.toEqual([]);
      } finally {
        await rm(cwd, { recursive: true, force: true });
      }
    },
  );
});
