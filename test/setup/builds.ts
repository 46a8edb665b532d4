// Vitest's global setup for the site tests: one build queue for the whole run, in the main process, reached by the
// test files over a loopback HTTP port (handed to them with `provide`). The sites that several files share are
// built once, when a file first asks for one, and every other build (an editor's mistake, a scaffolded entry) waits
// in the same queue, so that the two cores are never shared by more than two builds.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixture, buildIn, readFixture, siteConfigWith, type BuildOptions } from '../helpers/build';

/** The sites test files share: what each is built from. */
const SITES = {
  /** The fixture lab on 15 January 2024, while its PhD and postdoc calls are open. */
  lab: async () => ({ content: await readFixture('lab'), env: { SITE_NOW: '2024-01-15' } }),
  /** The fixture lab on 1 February 2024, below /lab/, after the calls closed. */
  labBelow: async () => ({
    content: await readFixture('lab'),
    env: { SITE_NOW: '2024-02-01' },
    siteConfig: await siteConfigWith({ base: "'/lab/'" }),
  }),
  /**
   * The fixture lab with German as the default language (English under /en/), below /lab/, whose config gives the
   * lab's name, short name and university in English only.
   */
  labGerman: async () => ({
    content: await readFixture('lab'),
    env: { SITE_NOW: '2024-01-15' },
    siteConfig: await siteConfigWith({
      defaultLanguage: "'de'",
      base: "'/lab/'",
      name: "{ en: 'Machine Learning Group' }",
      short_name: "{ en: 'ML Group' }",
      university: "{ en: 'University of Rostock' }",
    }),
  }),
  /** The fixture lab with German switched off. */
  labEnglish: async () => ({
    content: await readFixture('lab'),
    env: { SITE_NOW: '2024-01-15' },
    siteConfig: await siteConfigWith({ languages: "['en']" }),
  }),
  /** The fixture lab with only its join-us page translated into German (every other German file left out). */
  labJoinUsOnly: async () => {
    const content = await readFixture('lab');
    const kept = Object.entries(content).filter(([path]) => !path.includes('de/') || path === 'pages/de/join-us.md');
    return { content: Object.fromEntries(kept), env: { SITE_NOW: '2024-01-15' } };
  },
  /** The fixture lab with the THEMIS PhD position renamed (its share card must change, no other). */
  labRenamed: async () => {
    const content = await readFixture('lab');
    const themis = content['positions/themis-phd.md']!;
    const retitled = themis.replace(/^title: .*$/m, 'title: Doctoral researcher in THEMIS');
    if (retitled === themis) throw new Error('positions/themis-phd.md has no title line to change');
    return { content: { ...content, 'positions/themis-phd.md': retitled }, env: { SITE_NOW: '2024-01-15' } };
  },
  /** The lab's own content in January 2024, while its calls are open. */
  demo: async () => ({ env: { SITE_NOW: '2024-01-15' } }),
  /** The same again, with a card cache of its own: two builds must write identical files. */
  demoAgain: async () => ({ env: { SITE_NOW: '2024-01-15' }, cardCache: false }),
  /** The lab's own content in November 2026, after its calls closed. */
  demoToday: async () => ({ env: { SITE_NOW: '2026-11-28' } }),
} satisfies Record<string, () => Promise<BuildOptions>>;

export type SiteName = keyof typeof SITES;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of the build queue (see test/helpers/sites.ts). */
    builds: string;
  }
}

interface Queue {
  url: string;
  close: () => Promise<void>;
  users: number;
}

async function startQueue(): Promise<Queue> {
  // Cards are cached across the run's builds, as across an editor's builds: a card changes only when what it shows does.
  const cardCache = await mkdtemp(join(tmpdir(), 'lab-cards-'));
  const shared = new Map<string, ReturnType<typeof buildFixture>>();
  const dirs: string[] = [];
  const body = async (request: IncomingMessage) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    return JSON.parse(text || '{}') as Record<string, unknown>;
  };
  const server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://queue');
      const input = await body(request);
      let built;
      if (pathname.startsWith('/site/')) {
        const name = pathname.slice('/site/'.length) as SiteName;
        if (!(name in SITES)) throw new Error(`no shared site is called ${name}`);
        if (!shared.has(name)) {
          const options = await SITES[name]();
          shared.set(name, buildFixture({ cardCache, ...options }));
        }
        built = await shared.get(name)!;
      } else if (pathname === '/build') {
        built = await buildFixture({ cardCache, ...(input as BuildOptions) });
      } else {
        built = await buildIn(String(input.dir), (input.env ?? {}) as Record<string, string>);
      }
      dirs.push(built.dir);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: built.ok, output: built.output, dir: built.dir }));
    })().catch((error: unknown) => {
      response.writeHead(500).end(error instanceof Error ? error.stack : String(error));
    });
  });
  // A build can wait minutes in the queue: no time limit on the request.
  server.requestTimeout = 0;
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    users: 0,
    close: async () => {
      await new Promise<void>((closed) => server.close(() => closed()));
      await Promise.all([...dirs, cardCache].map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

const KEY = Symbol.for('rostock-ml-lab-site.build-queue');
const store = globalThis as typeof globalThis & { [KEY]?: Promise<Queue> };

/** Each project that lists this file calls it; they all share one queue (Vitest loads the file once per project). */
export default async function setup(project: TestProject) {
  const queue = await (store[KEY] ??= startQueue());
  queue.users++;
  project.provide('builds', queue.url);
  return async () => {
    if (--queue.users === 0) {
      delete store[KEY];
      await queue.close();
    }
  };
}
