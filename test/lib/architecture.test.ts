import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shape the README's "Architecture" section promises, checked on every run: one module reads the collections,
// the core is pure, components are fed by props, and no file grows a second job unnoticed.
const root = join(import.meta.dirname, '../..');
const files = (await readdir(join(root, 'src'), { recursive: true }))
  .filter((file) => /\.(ts|astro|mjs)$/.test(file))
  .map((file) => `src/${file}`)
  .sort();
const sources = new Map(
  await Promise.all(files.map(async (file) => [file, await readFile(join(root, file), 'utf8')] as const)),
);
const where = (test: (source: string, file: string) => boolean) =>
  [...sources].filter(([file, source]) => test(source, file)).map(([file]) => file);

describe('the architecture', () => {
  it('has one module that reads the collections (and the config that defines them)', () => {
    expect(where((source) => /from ['"]astro:content['"]/.test(source))).toEqual([
      'src/content.config.ts',
      'src/lib/content.ts',
    ]);
  });

  it('keeps that adapter short', () => {
    expect(sources.get('src/lib/content.ts')!.split('\n').length).toBeLessThanOrEqual(150);
  });

  it('feeds components and layouts by props: only routes ask the adapter for data', () => {
    const importers = where((source) => /from ['"][./]+lib\/content['"]/.test(source));
    expect(importers.length).toBeGreaterThan(5);
    expect(importers.filter((file) => !file.startsWith('src/pages/'))).toEqual([]);
  });

  it('reads the environment in the site config and the adapter only', () => {
    expect(where((source) => /process\.env/.test(source))).toEqual(['src/lib/content.ts', 'src/site.config.ts']);
  });

  it('asks the clock in the adapter only (and in scripts for the browser, which run on the visitor’s clock)', () => {
    expect(
      where((source, file) => !file.startsWith('src/scripts/') && /new Date\(\)|Date\.now\(\)/.test(source)),
    ).toEqual(['src/lib/content.ts']);
  });

  it('has no file over 300 lines, the dictionaries aside', () => {
    const long = where((source) => source.split('\n').length > 300);
    expect(long.filter((file) => !file.startsWith('src/i18n/'))).toEqual([]);
  });

  // Astro loads its config with Node first and falls back to Vite, which costs every build and every `npm run dev`
  // about 0.3 s: so everything astro.config.mjs imports names its files (`./dates.ts`), as Node wants.
  it('has a config that Node loads by itself', () => {
    const script = "const { default: config } = await import('./astro.config.mjs'); console.log(config.site)";
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output.trim()).toMatch(/^https:\/\//);
  });
});
