import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from './helpers/build';

/** Runs `npm run check -- <steps>` in a copy of the project with some files added. */
async function check(files: Record<string, string>, steps: string[]): Promise<{ code: number | null; output: string }> {
  const dir = await copyProject({});
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return await new Promise((done) => {
      const child = spawn(process.execPath, ['scripts/check.mjs', ...steps], {
        cwd: dir,
        env: {
          ...process.env,
          PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}`,
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => done({ code, output }));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.concurrent('npm run check', () => {
  // npm test runs the types, formatting, lint and cycle steps on the project itself, and the content step is a build
  // of the lab's content, which the site tests make; here, how the summary reads.
  it('passes on the project, and says so step by step', async () => {
    const { code, output } = await check({}, ['format', 'cycles']);
    expect(output).toContain('✓ Formatting (Prettier)\n✓ Import cycles (dependency-cruiser)\n\nAll checks passed.');
    expect(code).toBe(0);
  });

  it('names each module of an import cycle', async () => {
    const { code, output } = await check(
      {
        'src/lib/first.ts': "import { second } from './second';\n\nexport const first = () => second;\n",
        'src/lib/second.ts': "import { first } from './first';\n\nexport const second = () => first;\n",
      },
      ['cycles'],
    );
    expect(code).toBe(1);
    expect(output).toContain(
      '✗ Import cycles (dependency-cruiser)\n    cycle: src/lib/first.ts → src/lib/second.ts → src/lib/first.ts\n',
    );
  });

  it('names a file that is not formatted, and how to fix it', async () => {
    const { code, output } = await check({ 'src/lib/untidy.ts': 'export const answer = {value:42}\n' }, ['format']);
    expect(code).toBe(1);
    expect(output).toContain(
      '✗ Formatting (Prettier)\n    needs formatting: src/lib/untidy.ts\n    → Run `npx prettier --write .` to format them.',
    );
  });

  it('names the line and the rule of a lint error', async () => {
    const { code, output } = await check(
      { 'src/lib/sloppy.ts': 'export function answer(): number {\n  const unused = 1;\n  return 42;\n}\n' },
      ['lint'],
    );
    expect(code).toBe(1);
    expect(output).toMatch(
      /✗ Lint \(ESLint\)\n\s+src\/lib\/sloppy\.ts\n\s+2:9\s+error\s+'unused' is assigned a value but never used.*@typescript-eslint\/no-unused-vars/,
    );
  });

  it('names the file and the field of a content error', async () => {
    const { code, output } = await check({ 'src/content/pages/about.md': '---\ntitle: About\nnav_ordr: 3\n---\nx\n' }, [
      'content',
    ]);
    expect(code).toBe(1);
    expect(output).toContain(
      '✗ Content (a full build)\n    src/content/pages/about.md: nav_ordr: unknown key; did you mean "nav_order"?',
    );
    expect(output).toContain('1 check failed.');
  });
});
