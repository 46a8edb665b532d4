// The share cards' worker threads: one per core, at most four, each running sharecard-worker.ts. Cards queue here
// and are handed to the first worker that is free.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { transformSync } from 'esbuild';
import type { Font } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH } from './sharecard';
import workerSource from './sharecard-worker.ts?raw';
import type { Answer, Job, WorkerData } from './sharecard-worker';

/** The worker's source as a hash: a card drawn by another version of it may look different. */
export const WORKER_HASH = createHash('sha256').update(workerSource).digest('hex');

/**
 * A card's element tree (see `cardTree`) drawn as a PNG by a worker, with `fonts` (which a worker is started with)
 * and the card's own `fallbacks`, if any.
 */
export function drawInWorker(
  tree: unknown,
  fonts: Font[],
  fallbacks?: Job['fallbacks'],
): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    queue.push({ job: { tree, fallbacks }, fonts, resolve, reject });
    dispatch();
  });
}

interface Waiting {
  job: Job;
  fonts: Font[];
  resolve: (png: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

/** Workers: one per core, but no more than four (each takes about 150 MB). */
const POOL_SIZE = Math.min(availableParallelism(), 4);
const queue: Waiting[] = [];
const idle: Worker[] = [];
const busy = new Map<Worker, Waiting>();
const running = new Set<Worker>();
/** The worker's script, compiled from TypeScript once. */
let workerCode: string | undefined;

/**
 * Workers idle this long stop: a build's cards are drawn long before its pages are (at 5,000 entries the workers'
 * memory would otherwise stay until the end, where the search index and the security gate raise the peak).
 */
export const IDLE_MS = 1000;
let retiring: ReturnType<typeof setTimeout> | undefined;

/** Gives waiting jobs to idle workers, starting workers up to the pool's size. */
function dispatch() {
  clearTimeout(retiring);
  while (queue.length && (idle.length || running.size < POOL_SIZE)) {
    const waiting = queue.shift()!;
    const worker = idle.pop() ?? startWorker(waiting.fonts);
    busy.set(worker, waiting);
    // A worker holds the build open only while it works: idle, it lets the process end.
    worker.ref();
    worker.postMessage(waiting.job);
  }
  if (!busy.size && idle.length) {
    retiring = setTimeout(() => idle.splice(0).forEach((worker) => void worker.terminate()), IDLE_MS);
    retiring.unref();
  }
}

function startWorker(fonts: Font[]): Worker {
  const resolvePackage = createRequire(import.meta.url).resolve;
  const data: WorkerData = {
    modules: {
      satori: resolvePackage('satori'),
      resvg: resolvePackage('@resvg/resvg-js'),
      sharp: resolvePackage('sharp'),
    },
    fonts,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  };
  workerCode ??= transformSync(workerSource, { loader: 'ts', format: 'cjs', target: 'node22' }).code;
  // A small heap: a worker keeps about 25 MB between cards, but with room to spare V8 collects late, and its
  // heap (satori's garbage) and resvg's pictures (3 MB each, freed by a collection) grow by hundreds of MB.
  const worker = new Worker(workerCode, {
    eval: true,
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: 96 },
  });
  running.add(worker);
  worker.on('message', (answer: Answer) => {
    const waiting = busy.get(worker)!;
    busy.delete(worker);
    worker.unref();
    idle.push(worker);
    if ('png' in answer) waiting.resolve(answer.png);
    else waiting.reject(new Error(`A share card could not be drawn: ${answer.error}`));
    dispatch();
  });
  let failure: Error | undefined;
  worker.on('error', (error) => (failure = error));
  // However a worker ends (an error, running out of memory, an exit), its card fails and the others go on.
  worker.on('exit', (code) => {
    running.delete(worker);
    if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
    const waiting = busy.get(worker);
    busy.delete(worker);
    waiting?.reject(
      new Error(`A share card could not be drawn: its worker stopped (${failure?.message ?? `exit code ${code}`})`, {
        cause: failure,
      }),
    );
    dispatch();
  });
  return worker;
}

// `astro dev` loads this module again when it changes: the old workers go with the old module.
import.meta.hot?.dispose(() => {
  for (const worker of running) void worker.terminate();
});
