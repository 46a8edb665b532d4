// npm run check: types, formatting, lint, import cycles and content, with a short summary an editor can act on.
// `npm run check -- format lint` runs only the named steps.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outDir = mkdtempSync(join(tmpdir(), 'lab-check-'));
const run = (command, args) => {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
};
const lines = (text) =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter(Boolean);

const steps = {
  types: {
    title: 'Types (astro check)',
    run: () => run('astro', ['check']),
    explain: (output) => lines(output).filter((line) => /error|warning/i.test(line) && !/^- \d/.test(line)),
    fix: 'Fix the code at the places named.',
  },
  format: {
    title: 'Formatting (Prettier)',
    run: () => run('prettier', ['--check', '.']),
    explain: (output) =>
      lines(output)
        .filter((line) => line.startsWith('[warn]') && !/Code style issues/.test(line))
        .map((line) => line.replace('[warn] ', 'needs formatting: ')),
    fix: 'Run `npx prettier --write .` to format them.',
  },
  lint: {
    title: 'Lint (ESLint)',
    run: () => run('eslint', ['.', '--max-warnings', '0']),
    explain: (output) =>
      lines(output)
        .filter((line) => !/^✖|problems?/.test(line))
        .map((line) => line.replace(`${process.cwd()}/`, '')),
    fix: 'Fix the lines named (the rule is at the end of each line).',
  },
  cycles: {
    title: 'Import cycles (dependency-cruiser)',
    run: async () => {
      const { cruise } = await import('dependency-cruiser');
      const { output } = await cruise(['src'], {
        validate: true,
        // Type-only imports count too: a cycle of types still ties two modules together.
        tsPreCompilationDeps: true,
        includeOnly: '^src/',
        ruleSet: { forbidden: [{ name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } }] },
      });
      const cycles = output.summary.violations.map((violation) =>
        [violation.from, ...(violation.cycle ?? []).map((step) => step.name ?? step)].join(' → '),
      );
      return { ok: cycles.length === 0, output: cycles.join('\n') };
    },
    explain: (output) => lines(output).map((line) => `cycle: ${line}`),
    fix: 'Move what both modules need into a module of its own that imports neither.',
  },
  content: {
    title: 'Content (a full build)',
    run: () => run('astro', ['build', '--outDir', outDir]),
    explain: (output) => {
      const all = lines(output);
      const messages = all.filter((line) => /^(src\/|dist\/|The security gate|Two files|SITE_NOW|\s+- )/.test(line));
      return messages.length ? messages : all.slice(-10);
    },
    fix: 'Each line names the file and the field; docs/errors.md explains every message.',
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in steps));
if (unknown.length) {
  console.error(`Unknown step ${unknown.join(', ')}; the steps are: ${Object.keys(steps).join(', ')}`);
  process.exit(2);
}

let failed = 0;
const summary = [];
for (const [name, step] of Object.entries(steps)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const { ok, output } = await step.run();
  summary.push(`${ok ? '✓' : '✗'} ${step.title}`);
  if (!ok) {
    failed++;
    summary.push(
      ...step
        .explain(output)
        .slice(0, 20)
        .map((line) => `    ${line.trim()}`),
      `    → ${step.fix}`,
    );
  }
}
rmSync(outDir, { recursive: true, force: true });
console.log(
  `\n${summary.join('\n')}\n\n${failed ? `${failed} check${failed > 1 ? 's' : ''} failed.` : 'All checks passed.'}`,
);
process.exit(failed ? 1 : 0);
