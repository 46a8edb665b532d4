import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { calendarDateAt } from '../src/lib/dates';
import { root } from './helpers/build';

interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown; schedule?: { cron: string }[] };
  jobs: Record<
    string,
    { steps: { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[] }
  >;
}

const workflow = yaml.load(await readFile(join(root, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
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
