// npm run bench: builds a synthetic lab at 100, 1,000 and 5,000 entries next to a bare Astro project with as many
// markdown files, measures the dev loop, checks the budgets, prints a table, writes bench/results.json and the
// results section of bench/README.md. `npm run bench -- --quick` (CI): 100 entries, 5 rounds, no dev loop; exits
// non-zero when the site takes more than 2.5× the bare baseline. bench/README.md explains the numbers.
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { baselineFiles, countsFor, generateLab, SITE_NOW } from './lab.mjs';
import {
  bareProject,
  build,
  collectionIndexes,
  copySite,
  devLoop,
  remove,
  root,
  siteCollections,
  stopAll,
} from './project.mjs';
import { summarizeProfile } from './profile.mjs';
import { BUDGETS, checkBudgets, consoleReport, markdownReport } from './report.mjs';

const USAGE = `Usage: npm run bench -- [--quick] [--sizes 100,1000] [--repeat 3] [--dev 1000 | --no-dev] [--keep] [--strict]
  --quick    100 entries, 5 rounds, no dev loop (CI); fails when the site takes more than ${BUDGETS.quickRatio}× the baseline
  --sizes    lab sizes in entries (default 100,1000,5000); a run with other sizes writes no results
  --repeat   builds per size, the median counts (default 3 up to 1,000 entries, 1 above)
  --dev      lab size for the dev loop (default 1000; quick mode has none unless given); --no-dev skips it
  --keep     keep the temporary projects and print their folders
  --strict   exit non-zero when a budget is missed (a full run otherwise only reports misses)
  --profile  instead of measuring: build the site once per size under node --cpu-prof and print where the time goes`;

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    repeat: { type: 'string' },
    dev: { type: 'string' },
    'no-dev': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const quick = options.quick;
const sizes = (options.sizes ?? (quick ? '100' : '100,1000,5000')).split(',').map(Number);
// Quick mode skips the dev loop unless --dev asks for it: it informs, and CI time is better spent on the gate.
const devSize = options['no-dev'] ? 0 : Number(options.dev ?? (quick ? 0 : 1000));
const repeatsFor = (size) => Number(options.repeat ?? (quick ? 5 : size <= 1000 ? 3 : 1));
/** Only a full run with the standard sizes replaces bench/results.json and the README's numbers. */
const writesResults =
  !quick && !options.profile && !options.sizes && !options.repeat && !options.dev && !options['no-dev'];
const collections = siteCollections();
const indexes = collectionIndexes();
const started = performance.now();
const loadAtStart = loadavg()[0];

const log = (line) => process.stderr.write(`${line}\n`);
const median = (values) => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A duration as Astro logs it (`850ms`, `12.34s`, `1m 35s`), in seconds. */
function seconds(text) {
  const match = /^(?:(\d+)m (\d+)s|([\d.]+)s|(\d+)ms)$/.exec(text);
  if (!match) return undefined;
  const [, minutes, rest, secs, ms] = match;
  return minutes ? Number(minutes) * 60 + Number(rest) : secs ? Number(secs) : Number(ms) / 1000;
}

/** Seconds that Astro's own log gives for a phase: content sync (with types), and rendering the pages. */
function phases(output) {
  const duration = /(\d+m \d+s|[\d.]+s|\d+ms)/.source;
  return {
    syncS: seconds(new RegExp(`\\[types\\] Generated ${duration}`).exec(output)?.[1] ?? ''),
    renderS: seconds(
      new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${duration}`).exec(output)?.[1] ?? '',
    ),
  };
}

/** The medians of a size's builds: wall time, Astro's phases, per page; peak memory is the highest of the runs. */
function summarize(runs) {
  const known = (values) => values.filter((value) => value !== undefined);
  const medianOf = (values) => (known(values).length ? median(known(values)) : undefined);
  const pages = runs[0].pages;
  const wallMs = median(runs.map((run) => run.ms));
  const syncRunsS = runs.map((run) => phases(run.output).syncS);
  const renderRunsS = runs.map((run) => phases(run.output).renderS);
  const renderS = medianOf(renderRunsS);
  return {
    pages,
    wallMs: Math.round(wallMs),
    msPerPage: Number((wallMs / pages).toFixed(2)),
    syncS: medianOf(syncRunsS),
    renderS,
    renderMsPerPage: renderS === undefined ? undefined : Number(((renderS * 1000) / pages).toFixed(2)),
    cpuS: Number((median(runs.map((run) => run.cpuMs)) / 1000).toFixed(1)),
    peakMiB: Math.round(Math.max(...runs.map((run) => run.peakBytes)) / 1024 ** 2),
    processes: Math.max(...runs.map((run) => run.processes)),
    wallRunsMs: runs.map((run) => Math.round(run.ms)),
    syncRunsS,
    renderRunsS,
  };
}

/**
 * A build from cold (no dist, no caches), as on a fresh clone; `keep` says what of Astro's cache
 * (node_modules/.astro/) stays from the build before: `cards` (the share cards only) or `all` (what the deploy
 * workflow restores: the cards and the content layer's data store). A failed build ends the run with Astro's output.
 */
async function timedBuild(dir, what, { keep } = {}) {
  for (const path of ['dist', '.astro', 'node_modules/.vite'])
    await rm(join(dir, path), { recursive: true, force: true });
  const astroCache = join(dir, 'node_modules/.astro');
  const entries = keep === 'all' ? [] : await readdir(astroCache).catch(() => []);
  for (const entry of entries) if (entry !== keep) await rm(join(astroCache, entry), { recursive: true, force: true });
  const result = await build(dir);
  if (result.code !== 0) {
    console.error(`\n${what} failed (exit code ${result.code}). Astro said:\n\n${result.output}`);
    throw new Error(`${what} failed`);
  }
  return result;
}

const temporary = new Set();
async function track(project) {
  const dir = await project;
  temporary.add(dir);
  return dir;
}
async function discard(...dirs) {
  if (options.keep) return;
  await Promise.all(dirs.map(remove));
  for (const dir of dirs) temporary.delete(dir);
}
/** Interrupted (Ctrl-C, or a CI timeout): stop Astro's processes, remove the temporary projects. */
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    stopAll();
    if (!options.keep) await Promise.all([...temporary].map(remove));
    process.exit(130);
  });
}

/**
 * Bare then site, `repeats` times, each from cold; then (not in quick mode) the site again with its share cards
 * cached, the rest cold, and once more with all that the deploy restores (the cards and the content layer's store).
 * Both kinds see the same machine state on average.
 */
async function measureSize(size) {
  const lab = generateLab(size, collections, { indexes });
  const site = await track(copySite(lab.files));
  const bare = await track(bareProject(baselineFiles(lab.bodies)));
  const runs = { site: [], bare: [], warm: [], restored: [] };
  const repeats = repeatsFor(size);
  for (let i = 1; i <= repeats; i++) {
    log(
      `  ${size.toLocaleString('en-GB')} entries: build ${i} of ${repeats} (bare, then site${quick ? '' : ', then site with its cards cached, then with the deploy cache'})`,
    );
    runs.bare.push(await timedBuild(bare, `The bare baseline at ${size} entries`));
    runs.site.push(await timedBuild(site, `The site at ${size} entries`));
    if (quick) continue;
    runs.warm.push(await timedBuild(site, `The site at ${size} entries (cards cached)`, { keep: 'cards' }));
    runs.restored.push(await timedBuild(site, `The site at ${size} entries (cache restored)`, { keep: 'all' }));
  }
  await discard(site, bare);
  // Each round's site build over the bare build of the same round; the median of those cancels slow changes in load.
  const ratio = (siteRuns) => Number(median(siteRuns.map((run, i) => run.ms / runs.bare[i].ms)).toFixed(2));
  return {
    entries: size,
    mix: countsFor(size, collections),
    site: summarize(runs.site),
    bare: summarize(runs.bare),
    ratio: ratio(runs.site),
    warm: quick ? undefined : { site: summarize(runs.warm), ratio: ratio(runs.warm) },
    restored: quick ? undefined : { site: summarize(runs.restored), ratio: ratio(runs.restored) },
  };
}

/** The dev loop of the site (editing a position) and of the bare project (editing an entry), one after the other. */
async function measureDev(size) {
  log(`  dev loop at ${size.toLocaleString('en-GB')} entries (bare, then site)`);
  const lab = generateLab(size, collections, { indexes });
  const positionFile = Object.keys(lab.files).find((path) => path.startsWith('positions/'));
  if (!positionFile) throw new Error('The synthetic lab has no position to edit.');
  const positionId = positionFile.slice('positions/'.length, -'.md'.length);
  const edits = quick ? 3 : 5;
  const bare = await track(bareProject(baselineFiles(lab.bodies)));
  const bareRun = await devLoop(bare, { path: '/entry-0/', file: 'src/content/entries/entry-0.md', edits });
  await discard(bare);
  const site = await track(copySite(lab.files));
  const siteRun = await devLoop(site, {
    path: `/positions/${positionId}/`,
    file: `src/content/${positionFile}`,
    edits,
  });
  await discard(site);
  for (const [kind, run] of [
    ['bare', bareRun],
    ['site', siteRun],
  ]) {
    if (!run.ok) {
      console.error(`\nThe dev server (${kind}) did not serve the page: ${run.error}\n\n${run.output}`);
      throw new Error(`The dev server (${kind}) failed`);
    }
  }
  const summary = (run) => ({
    firstPageMs: Math.round(run.firstPageMs),
    editMedianMs: Math.round(median(run.editMs)),
    editMs: run.editMs.map((ms) => (Number.isFinite(ms) ? Math.round(ms) : null)),
  });
  return { entries: size, site: summary(siteRun), bare: summary(bareRun) };
}

/** One profiled build of the site per size: the summary on the console, the profile kept for Chrome DevTools. */
async function profileSizes() {
  for (const size of sizes) {
    log(`  ${size.toLocaleString('en-GB')} entries: a profiled build of the site`);
    const site = await track(copySite(generateLab(size, collections, { indexes }).files));
    const folder = join(site, '.profile');
    const result = await build(site, ['--cpu-prof', `--cpu-prof-dir=${folder}`, '--cpu-prof-interval=500']);
    if (result.code !== 0) {
      console.error(`\nThe site at ${size} entries failed to build. Astro said:\n\n${result.output}`);
      throw new Error('The profiled build failed');
    }
    const [name] = (await readdir(folder)).filter((file) => file.endsWith('.cpuprofile'));
    const kept = join(tmpdir(), `lab-bench-${size}.cpuprofile`);
    await copyFile(join(folder, name), kept);
    console.log(`\n${size.toLocaleString('en-GB')} entries, ${phaseLine(result.output)}`);
    console.log(`${await summarizeProfile(kept, site)}\n\nProfile: ${kept} (open it in Chrome DevTools, Performance)`);
    await discard(site);
  }
}

/** Astro's phases of one build, as a line. */
function phaseLine(output) {
  const { syncS, renderS } = phases(output);
  return `content sync ${syncS ?? '?'} s, rendering ${renderS ?? '?'} s (from Astro's log)`;
}

log(
  `Benchmark${quick ? ' (quick)' : ''}: collections ${collections.join(', ')}; ` +
    `${sizes.map((size) => size.toLocaleString('en-GB')).join(', ')} entries` +
    `${devSize && !options.profile ? `; dev loop at ${devSize.toLocaleString('en-GB')}` : ''}`,
);
/** JSON as the project's Prettier writes it, so that `prettier --check .` stays clean after a run. */
async function formatted(file, json) {
  const prettier = await import('prettier');
  return prettier.format(json, { ...(await prettier.resolveConfig(file)), filepath: file });
}

/** The benchmark: every size, the dev loop, the budgets; the report on the console and, for a full run, in files. */
async function benchmark() {
  const rows = [];
  for (const size of sizes) rows.push(await measureSize(size));
  const dev = devSize ? await measureDev(devSize) : undefined;
  const budgets = checkBudgets(rows, dev, { quick });
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    astro: JSON.parse(await readFile(join(root, 'node_modules/astro/package.json'), 'utf8')).version,
    loadAverageAtStart: Number(loadAtStart.toFixed(2)),
    date: new Date().toISOString(),
  };
  const totalS = Math.round((performance.now() - started) / 1000);
  const results = { machine, siteNow: SITE_NOW, collections, limits: BUDGETS, rows, dev, budgets, totalS };
  console.log(consoleReport(results));

  if (writesResults) {
    const file = join(import.meta.dirname, 'results.json');
    await writeFile(file, await formatted(file, JSON.stringify(results, null, 2)));
    const readme = join(import.meta.dirname, 'README.md');
    const text = await readFile(readme, 'utf8');
    const section = /(<!-- results:start -->\n)[\s\S]*?(\n<!-- results:end -->)/;
    if (section.test(text)) await writeFile(readme, text.replace(section, `$1${markdownReport(results)}$2`));
    log('Wrote bench/results.json and the results in bench/README.md');
  }
  // Quick mode (CI) fails on its gate; a full run reports misses, and fails on them only with --strict.
  const missed = budgets.filter((budget) => !budget.pass && budget.gating !== false);
  if (missed.length && (quick || options.strict)) process.exitCode = 1;
}

try {
  await (options.profile ? profileSizes() : benchmark());
} catch (error) {
  if (!/failed$/.test(error.message)) console.error(error);
  process.exitCode = 1;
} finally {
  if (options.keep && temporary.size) log(`Kept: ${[...temporary].join(' ')}`);
  if (!options.keep) await Promise.all([...temporary].map(remove));
}
