import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import yaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { calendarDateAt } from '../src/lib/dates';
import { root } from './helpers/build';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
}

interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown; schedule?: { cron: string }[] };
  permissions?: Record<string, string>;
  jobs: Record<string, { needs?: string; permissions?: Record<string, string>; steps: Step[] }>;
}

const source = await readFile(join(root, '.github/workflows/deploy.yml'), 'utf8');
const workflow = yaml.load(source) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** When a daily cron entry (`m h * * *`, UTC) runs on a given day, as a Berlin wall-clock time. */
function berlinTime(cron: string, day: string): string {
  const [minute, hour] = cron.split(' ').map(Number);
  const instant = new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
  return `${calendarDateAt(instant, 'Europe/Berlin')} ${time}`;
}

describe('the GitHub Pages workflow', () => {
  it('runs on every push to main and by hand', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it.each([
    ['2024-01-15', '2024-01-16', 'winter'],
    ['2024-07-15', '2024-07-16', 'summer'],
    ['2024-03-31', '2024-04-01', 'the clocks went forward that day'],
    ['2024-10-27', '2024-10-28', 'the clocks went back that day'],
  ])('after the UTC day %s, rebuilds at 00:05 on %s in Berlin (%s)', (day, nextBerlinDay) => {
    const times = (workflow.on.schedule ?? []).map(({ cron }) => berlinTime(cron, day));
    expect(times).toContain(`${nextBerlinDay} 00:05`);
  });

  it('builds with the official Pages actions, the site URL and base path coming from the repository', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(uses).toEqual(
      expect.arrayContaining([
        'actions/checkout',
        'actions/configure-pages',
        'actions/upload-pages-artifact',
        'actions/deploy-pages',
      ]),
    );
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      SITE_BASE: '${{ steps.pages.outputs.base_path }}/',
    });
  });

  it('restores the build cache (pictures and share cards) after installing, before building', () => {
    const names = steps.map((step) => step.run ?? step.uses?.split('@')[0]);
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.path).toBe('node_modules/.astro');
    expect(names.indexOf('npm ci')).toBeLessThan(names.indexOf('actions/cache'));
    expect(names.indexOf('actions/cache')).toBeLessThan(names.indexOf('npm run build'));
  });
});

describe('the deploy holds only the rights it needs', () => {
  it('passes a YAML lint: no syntax errors, no duplicate keys, no warnings', () => {
    const document = parseDocument(source, { uniqueKeys: true, strict: true, prettyErrors: true });
    expect([...document.errors, ...document.warnings].map((problem) => problem.message)).toEqual([]);
  });

  it('gives no rights by default; the build reads, only the deploy job may publish', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.build?.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(workflow.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    // The job with the right to publish runs nothing of its own: no npm, no script, only the deploy action.
    expect(workflow.jobs.deploy?.steps.map((step) => step.run ?? step.uses?.split('@')[0])).toEqual([
      'actions/deploy-pages',
    ]);
    expect(workflow.jobs.deploy?.needs).toBe('build');
  });

  it('pins every action by its full commit hash, with the version in a comment', () => {
    const uses = source.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBe(steps.filter((step) => step.uses).length);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('leaves no credentials in the checkout', () => {
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  it('audits and checks before it builds, and builds before anything is uploaded', () => {
    const order = workflow.jobs.build!.steps.map((step) => step.run ?? step.uses?.split('@')[0]);
    const at = (name: string) => {
      expect(order).toContain(name);
      return order.indexOf(name);
    };
    expect(at('npm ci')).toBeLessThan(at('npm run audit -- --required'));
    expect(at('npm run audit -- --required')).toBeLessThan(at('npm run check -- types format lint cycles'));
    expect(at('npm run check -- types format lint cycles')).toBeLessThan(at('npm run build'));
    expect(at('npm run build')).toBeLessThan(at('actions/upload-pages-artifact'));
  });

  it('builds with the Node pinned in the lock file, whose checksum npm ci verifies', async () => {
    const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; integrity?: string }>;
    };
    const node = lock.packages['node_modules/node'];
    expect(node?.version).toMatch(/^2[2-9]\.\d+\.\d+$/);
    expect(node?.integrity).toMatch(/^sha512-/);
  });
});

describe('npm run audit', () => {
  const audit = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/audit.mjs', ...args], {
      cwd: root,
      encoding: 'utf8',
      // A registry that does not answer, as on this project's CI machines.
      env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' },
    });

  it('says plainly that it did not audit when the advisory service cannot be reached', () => {
    const result = audit();
    expect(result.stdout).toContain('NOT AUDITED: the advisory service could not be reached');
    expect(result.status).toBe(0);
  });

  it('fails where an audit is required (the deploy)', () => {
    const result = audit('--required');
    expect(result.stdout).toContain('The deploy needs an audit: it stops here.');
    expect(result.status).toBe(1);
  });
});
