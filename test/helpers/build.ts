import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The project's root (the folder with package.json). */
export const root = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Content files by path below src/content, e.g. `{ 'pages/index.md': '---\ntitle: Home\n---' }`; the lab's own content when absent. */
  content?: Record<string, string>;
  /** Replaces src/site.config.ts. */
  siteConfig?: string;
  /** Environment for the build, e.g. `{ SITE_NOW: '2024-01-15' }`. */
  env?: Record<string, string>;
  /**
   * A folder for the share-card cache that several copies share (as one checkout's builds share theirs); `false` or
   * absent: the copy starts with an empty cache of its own.
   */
  cardCache?: string | false;
}

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, as an editor would read them in the terminal. */
  output: string;
  dir: string;
  /** Reads a built file, e.g. `read('join-us/index.html')`. */
  read: (path: string) => Promise<string>;
  cleanup: () => Promise<void>;
}

let running = 0;
const waiting: (() => void)[] = [];
/** Builds run at most two at a time in a process: the machines have two cores (test/setup/builds.ts keeps one queue). */
async function slot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((resume) => waiting.push(resume));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * A temporary copy of the project with fixture content (or the lab's own), as an editor's checkout.
 * Packages are linked, not copied, but Astro's caches stay in the copy.
 */
export async function copyProject(options: BuildOptions): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lab-site-'));
  for (const entry of [
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'public',
    'scripts',
    '.prettierrc.json',
    '.prettierignore',
    'eslint.config.js',
  ]) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await cp(join(root, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (source) => !options.content || !source.startsWith(join(root, 'src/content/')),
  });
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  if (options.cardCache) {
    await mkdir(join(dir, 'node_modules/.astro'), { recursive: true });
    await symlink(options.cardCache, join(dir, 'node_modules/.astro/cards'));
  }
  // Every site has the imprint and privacy pages that src/site.config.ts names; content made for one test gets
  // plain ones unless it brings its own.
  const legal = { 'pages/imprint.md': '/imprint/', 'pages/privacy.md': '/privacy/' };
  const content = options.content && {
    ...Object.fromEntries(
      Object.entries(legal).map(([path, permalink]) => [
        path,
        `---\ntitle: ${path.slice(6, -3)}\npermalink: ${permalink}\n---\n`,
      ]),
    ),
    ...options.content,
  };
  for (const [path, text] of Object.entries(content ?? {})) {
    const file = join(dir, 'src/content', path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  for (const collection of ['pages', 'positions', 'projects', 'people', 'news', 'publications']) {
    await mkdir(join(dir, 'src/content', collection), { recursive: true });
  }
  if (options.siteConfig) await writeFile(join(dir, 'src/site.config.ts'), options.siteConfig);
  return dir;
}

/** Builds the site's code with fixture content in a temporary copy of the project, the way an editor runs `npm run build`. */
export async function buildFixture(options: BuildOptions): Promise<BuildResult> {
  return buildIn(await copyProject(options), options.env);
}

/** Runs `astro build` in a copy of the project made by `copyProject`. */
export async function buildIn(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const { code, output } = await slot(
    () =>
      new Promise<{ code: number | null; output: string }>((done, fail) => {
        const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
          cwd: dir,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', fail);
        child.on('close', (code) => done({ code, output }));
      }),
  );
  return {
    ok: code === 0,
    output,
    dir,
    read: (path) => readFile(join(dir, 'dist', path), 'utf8'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Reads a fixture folder (test/fixtures/<name>) into the `content` map that `buildFixture` takes. */
export async function readFixture(name: string): Promise<Record<string, string>> {
  const base = join(root, 'test/fixtures', name);
  const files = (await readdir(base, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    files.map(async (file) => {
      const path = join(file.parentPath, file.name);
      return [path.slice(base.length + 1), await readFile(path, 'utf8')] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The site config with some fields changed, as an editor would edit src/site.config.ts. */
export async function siteConfigWith(changes: Record<string, string>): Promise<string> {
  let source = await readFile(join(root, 'src/site.config.ts'), 'utf8');
  for (const [field, value] of Object.entries(changes)) {
    const pattern = new RegExp(`(\\n\\s*${field}: )[^\\n]*,`);
    if (!pattern.test(source)) throw new Error(`site.config.ts has no line for ${field}`);
    source = source.replace(pattern, `$1${value},`);
  }
  return source;
}
