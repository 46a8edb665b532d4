// Temporary projects (the site with synthetic content, and a bare Astro project) and the measurements made on them.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SITE_NOW } from './lab.mjs';

/** The project's root (the folder with package.json). */
export const root = resolve(import.meta.dirname, '..');

const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');

/** Links the project's packages one by one, so that Astro's caches (node_modules/.astro, .vite) stay in the copy. */
async function linkPackages(dir) {
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

async function writeFiles(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** The collections that the site's content config exports, e.g. `['pages', 'positions', 'projects']`. */
export function siteCollections() {
  const source = readFileSync(join(root, 'src/content.config.ts'), 'utf8');
  const body = /export const collections\s*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return body
    .split(',')
    .map((part) => part.split(':')[0].trim())
    .filter(Boolean);
}

/** The permalinks of the collection indexes that take an intro page (`COLLECTION_INDEXES` in src/lib/model/views.ts). */
export function collectionIndexes() {
  const source = readFileSync(join(root, 'src/lib/model/views.ts'), 'utf8');
  const body = /COLLECTION_INDEXES\s*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/'(\/[^']*\/)'/g)].map(([, permalink]) => permalink);
}

/** A temporary copy of the site with `content` (paths below src/content) instead of the lab's own. */
export async function copySite(content) {
  const dir = await mkdtemp(join(tmpdir(), 'lab-bench-site-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'public']) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await cp(join(root, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (source) => !source.startsWith(join(root, 'src/content/')),
  });
  await linkPackages(dir);
  await writeFiles(join(dir, 'src/content'), content);
  return dir;
}

const BARE_CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({});
`;
const BARE_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const entries = defineCollection({
  loader: glob({ base: './src/content/entries', pattern: '**/*.md' }),
  schema: z.object({ title: z.string() }),
});

export const collections = { entries };
`;
const BARE_ROUTE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`;

/** A bare Astro project: one collection (glob loader over markdown), one route, the given files below src/content. */
export async function bareProject(content) {
  const dir = await mkdtemp(join(tmpdir(), 'lab-bench-bare-'));
  await writeFiles(dir, {
    'package.json': `${JSON.stringify({ name: 'bare-astro', type: 'module', private: true }, null, 2)}\n`,
    'astro.config.mjs': BARE_CONFIG,
    'src/content.config.ts': BARE_COLLECTIONS,
    'src/pages/[id].astro': BARE_ROUTE,
  });
  await linkPackages(dir);
  await writeFiles(join(dir, 'src/content'), content);
  return dir;
}

/** The environment of every build: no telemetry, no colours, a fixed "now", the site at the root of its host. */
export const ENV = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  SITE_NOW,
  SITE_BASE: '/',
  ASTRO_DEV_BACKGROUND: '0',
};

/** The pids of a process and all its descendants (read from /proc). */
function processTree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSyncSafe(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process has just exited.
    }
  }
  return pids;
}

function readdirSyncSafe(path) {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** Resident memory of a process in bytes (0 once it has exited). */
function rss(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user and system, all threads) a process has used so far, in ms; undefined once it has exited. */
function cpuMs(pid) {
  try {
    // The fields after the command name (which is in parentheses and may hold spaces); utime and stime are the
    // 14th and 15th fields of the line, in clock ticks of 1/100 s on Linux.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Runs a command and samples its process tree every 50 ms: the summed resident memory, and the CPU time of each
 * process. Resolves with exit code, output, wall time (ms), peak memory (bytes), CPU time (ms, up to the last
 * sample) and the number of processes seen.
 */
export function measure(args, cwd) {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: ENV });
    builds.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const cpu = new Map();
    const sample = () => {
      const pids = processTree(child.pid);
      peak = Math.max(
        peak,
        pids.reduce((sum, pid) => sum + rss(pid), 0),
      );
      for (const pid of pids) {
        const ms = cpuMs(pid);
        if (ms !== undefined) cpu.set(pid, ms);
      }
    };
    const timer = setInterval(sample, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      builds.delete(child);
      clearInterval(timer);
      const cpuTotal = [...cpu.values()].reduce((sum, ms) => sum + ms, 0);
      done({ code, output, ms: performance.now() - start, peakBytes: peak, cpuMs: cpuTotal, processes: cpu.size });
    });
  });
}

/** `astro build` in `dir`, measured; `nodeOptions` go to Node (e.g. `--cpu-prof`). */
export async function build(dir, nodeOptions = []) {
  const result = await measure([...nodeOptions, ASTRO, 'build'], dir);
  const pages = result.code === 0 ? await countHtml(join(dir, 'dist')) : 0;
  return { ...result, pages };
}

/** The number of .html files below `dir`. */
export async function countHtml(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** A TCP port that is free now. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const sleep = (ms) => new Promise((resume) => setTimeout(resume, ms));

/** GETs `url` every `every` ms until `check(status, text)` holds; resolves with the ms it took, or fails at `timeout`. */
async function pollUntil(url, check, { every = 20, timeout = 60_000 } = {}) {
  const start = performance.now();
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeout) });
      const text = await response.text();
      if (check(response.status, text)) return performance.now() - start;
    } catch {
      // Not listening yet.
    }
    if (performance.now() - start > timeout) throw new Error(`${url} did not answer as expected within ${timeout} ms`);
    await sleep(every);
  }
}

/**
 * The dev loop in a project: the time until `astro dev` serves the page at `path`, then, `edits` times, the time
 * from saving a new title into `file` (below the project) until the dev server returns that page with it.
 */
export async function devLoop(dir, { path, file, edits = 5, timeout = 10_000 }) {
  if (stopping) throw new Error('The benchmark is stopping');
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: ENV,
    detached: true,
  });
  devServers.add(child.pid);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resume) => child.on('close', resume));
  const url = `http://127.0.0.1:${port}${path}`;
  const source = join(dir, file);
  try {
    await pollUntil(url, (status) => status === 200, { every: 20, timeout: 120_000 });
    const firstPageMs = performance.now() - started;
    const original = await readFile(source, 'utf8');
    const editMs = [];
    for (let i = 1; i <= edits; i++) {
      const title = `Edited title number ${i} ${Date.now()}`;
      const text = original.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);
      // A pause between edits, as between an editor's saves, so that one change is not folded into the last.
      await sleep(1000);
      const saved = performance.now();
      await writeFile(source, text);
      try {
        await pollUntil(url, (status, html) => status === 200 && html.includes(title), { timeout });
        editMs.push(performance.now() - saved);
      } catch {
        editMs.push(Infinity);
      }
    }
    return { ok: true, firstPageMs, editMs, output };
  } catch (error) {
    return { ok: false, error: String(error), output };
  } finally {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    devServers.delete(child.pid);
  }
}

/** Dev servers run in process groups of their own (so that all their processes can be stopped together). */
const devServers = new Set();
/** The builds running now. */
const builds = new Set();
let stopping = false;

/** Stops the builds and dev servers that are running, when the benchmark is interrupted. */
export function stopAll() {
  stopping = true;
  for (const child of builds) child.kill('SIGTERM');
  for (const pid of devServers) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** Removes a temporary project. */
export const remove = (dir) => rm(dir, { recursive: true, force: true });
