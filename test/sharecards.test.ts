import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture, type BuildResult } from './helpers/build';
import { sharedSite } from './helpers/sites';

/** The fixture lab built on 15 January 2024 (THEMIS PhD open, the filled position closed). */
let lab: BuildResult;
/** The same, with the THEMIS PhD position renamed. */
let renamed: BuildResult;
let content: Record<string, string>;

beforeAll(async () => {
  content = await readFixture('lab');
  [lab, renamed] = await Promise.all([sharedSite('lab'), sharedSite('labRenamed')]);
});

const card = (build: BuildResult, path: string) => readFile(join(build.dir, 'dist/cards', path));

/** The ids of the fixture's positions that are published (not drafts). */
const publishedPositions = () =>
  Object.entries(content)
    // One card per posting: a translation (positions/de/...) shares its original's.
    .filter(([path, text]) => /^positions\/[^/]+\.md$/.test(path) && !/^draft: true$/m.test(text))
    .map(([path]) => path.slice('positions/'.length, -'.md'.length))
    .sort();

/** The colour of one pixel, as #rrggbb. */
async function pixel(png: Buffer, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return `#${[...data.subarray(at, at + 3)].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

describe('share cards', () => {
  it('builds a 1200×630 PNG for every published position, open or closed, and none for drafts', async () => {
    const ids = publishedPositions();
    expect(ids).toContain('filled');
    expect(ids).not.toContain('draft');
    for (const id of ids) {
      const meta = await sharp(await card(lab, `positions/${id}.png`)).metadata();
      expect([id, meta.format, meta.width, meta.height]).toEqual([id, 'png', 1200, 630]);
    }
    await expect(card(lab, 'positions/draft.png')).rejects.toThrow();
  });

  it("builds the projects' cards and the site's card", async () => {
    for (const path of ['projects/2022_themis.png', 'site.png']) {
      const meta = await sharp(await card(lab, path)).metadata();
      expect([path, meta.width, meta.height]).toEqual([path, 1200, 630]);
    }
  });

  it('marks a closed position: a grey band instead of the blue one', async () => {
    const band = async (id: string) => pixel(await card(lab, `positions/${id}.png`), 1100, 600);
    expect(await band('themis-phd')).toBe('#004a99');
    expect(await band('filled')).toBe('#4b5563');
  });

  it("changes a position's card when its title changes, and only that card", async () => {
    const [before, after] = await Promise.all([
      card(lab, 'positions/themis-phd.png'),
      card(renamed, 'positions/themis-phd.png'),
    ]);
    expect(after.equals(before)).toBe(false);
    const [hiwi, hiwiAgain] = await Promise.all([card(lab, 'positions/hiwi.png'), card(renamed, 'positions/hiwi.png')]);
    expect(hiwiAgain.equals(hiwi)).toBe(true);
  });
});
