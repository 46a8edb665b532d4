import { describe, expect, it } from 'vitest';
import { loadTogether } from '../../src/loaders/together';

/** A load that gives `problems` after `ms` milliseconds. */
const after =
  (ms: number, problems: string[] = []) =>
  () =>
    new Promise<string[]>((done) => setTimeout(() => done(problems), ms));

/** How each load ended: 'ok', or its error's message. */
const outcomes = (loads: Promise<void>[]) =>
  Promise.allSettled(loads).then((results) =>
    results.map((result) => (result.status === 'fulfilled' ? 'ok' : (result.reason as Error).message)),
  );

describe("loadTogether: every collection's mistakes in one message", () => {
  it('lets a sync without mistakes through', async () => {
    expect(await outcomes([loadTogether('pages', after(5)), loadTogether('news', after(1))])).toEqual(['ok', 'ok']);
  });

  it('waits for the loaders still running, and names every mistake by collection, whichever finished first', async () => {
    const message = 'src/content/pages/a.md: title: missing\nsrc/content/positions/b.md: deadline: not a date';
    expect(
      await outcomes([
        loadTogether('positions', after(1, ['src/content/positions/b.md: deadline: not a date'])),
        loadTogether('news', after(10)),
        loadTogether('pages', after(20, ['src/content/pages/a.md: title: missing'])),
      ]),
    ).toEqual([message, 'ok', message]);
  });

  it('lets an error that is not an editor’s mistake through at once', async () => {
    const broken = () => Promise.reject(new Error('disk full'));
    const thrown = () => {
      throw new Error('no such folder');
    };
    expect(
      await outcomes([loadTogether('pages', broken), loadTogether('people', thrown), loadTogether('news', after(5))]),
    ).toEqual(['disk full', 'no such folder', 'ok']);
  });

  it('starts afresh with the next sync (the dev server syncs again when the config changes)', async () => {
    await outcomes([loadTogether('pages', after(1, ['src/content/pages/a.md: title: missing']))]);
    expect(await outcomes([loadTogether('news', after(1, ['src/content/news/n.md: date: missing']))])).toEqual([
      'src/content/news/n.md: date: missing',
    ]);
  });
});
