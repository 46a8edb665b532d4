// The share cards' worker thread: satori lays out a card's element tree as SVG, resvg rasterises it and sharp encodes
// the PNG (smaller files in half the time of resvg's own encoder). One worker per core draws cards while the build
// goes on. It runs as a script (see `startWorker` in sharecard-render.ts): it loads its packages from the paths the
// build resolved, and receives Inter's Latin letters once, when it starts (a card's fallback fonts come with it).
import { parentPort, workerData } from 'node:worker_threads';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import type { Font, SatoriOptions } from 'satori';
import type SharpModule from 'sharp';

/** What the worker is started with. */
export interface WorkerData {
  /** Absolute paths of the packages, resolved by the build (a worker script has no folder to resolve them from). */
  modules: { satori: string; resvg: string; sharp: string };
  fonts: Font[];
  width: number;
  height: number;
}

/**
 * A job: the element tree of one card, and the fonts it needs beyond the worker's own (named by `key`: the worker
 * keeps the last few sets, so that satori, which caches what it parsed by set, parses them once). The answer is
 * its PNG, or the error's message.
 */
export interface Job {
  tree: unknown;
  fallbacks?: { key: string; fonts: Font[] } | undefined;
}
export type Answer = { png: Uint8Array<ArrayBuffer> } | { error: string };

const { modules, fonts, width, height } = workerData as WorkerData;
/* eslint-disable @typescript-eslint/no-require-imports -- a script has no imports: it requires what the build resolved */
const satori = (require(modules.satori) as { default: (tree: unknown, options: SatoriOptions) => Promise<string> })
  .default;
const { Resvg } = require(modules.resvg) as { Resvg: typeof ResvgClass };
// (sharp's settings, e.g. its cache or its threads, are the whole process's: they are left as they are.)
const sharp = require(modules.sharp) as typeof SharpModule;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The font sets of cards with fallbacks, by key, the most recent last. */
const sets = new Map<string, Font[]>();
function fontsFor(fallbacks: Job['fallbacks']): Font[] {
  if (!fallbacks) return fonts;
  let set = sets.get(fallbacks.key);
  if (!set) {
    if (sets.size >= 8) sets.delete(sets.keys().next().value!);
    set = [...fonts, ...fallbacks.fonts];
  }
  sets.delete(fallbacks.key);
  sets.set(fallbacks.key, set);
  return set;
}

parentPort?.on('message', async ({ tree, fallbacks }: Job) => {
  try {
    // Text becomes paths in the SVG, so resvg needs no fonts of its own.
    const svg = await satori(tree, { width, height, fonts: fontsFor(fallbacks) });
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    // RGB: the card has no transparency, and three channels encode faster. Level 3 takes a fifth less time than
    // zlib's default for files a sixth larger (about 40 kB).
    const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
      .removeAlpha()
      .png({ compressionLevel: 3 })
      .toBuffer();
    parentPort?.postMessage({ png } satisfies Answer);
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Answer);
  }
});
