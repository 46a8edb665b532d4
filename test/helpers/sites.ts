// The test files' side of the build queue (test/setup/builds.ts): shared sites and builds of their own.
import { request } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { SiteName } from '../setup/builds';
import type { BuildOptions, BuildResult } from './build';

/** Asks the queue for a build and waits for it, however long it queues (fetch would give up after 300 s). */
function ask(path: string, body: unknown): Promise<{ ok: boolean; output: string; dir: string }> {
  const url = new URL(path, inject('builds'));
  return new Promise((done, fail) => {
    const call = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        response.statusCode === 200 ? done(JSON.parse(text)) : fail(new Error(`the build queue failed: ${text}`)),
      );
    });
    call.on('error', fail);
    call.end(JSON.stringify(body));
  });
}

function result(built: { ok: boolean; output: string; dir: string }, owned: boolean): BuildResult {
  return {
    ...built,
    read: (path) => readFile(join(built.dir, 'dist', path), 'utf8'),
    // Shared sites are removed when the run ends; a build of one's own can go at once.
    cleanup: async () => {
      if (owned) await rm(built.dir, { recursive: true, force: true });
    },
  };
}

/** A site several test files share, built once per run (see SITES in test/setup/builds.ts); it must build. */
export async function sharedSite(name: SiteName): Promise<BuildResult> {
  const built = result(await ask(`/site/${name}`, {}), false);
  if (!built.ok) throw new Error(`the shared site "${name}" did not build:\n${built.output}`);
  return built;
}

/** Builds fixture content (or the lab's own) in a copy of the project, in the run's build queue. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  return result(await ask('/build', options), true);
}

/** Builds a copy of the project that a test prepared itself (`copyProject`), in the run's build queue. */
export async function buildProject(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return result(await ask('/build-dir', { dir, env }), true);
}
