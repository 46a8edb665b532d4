// The share cards' worker thread: satori lays out a card's element tree as SVG, resvg rasterises it and sharp encodes
// the PNG (smaller files in half the time of resvg's own encoder). One worker per core draws cards while the build
// goes on. It runs as a script (see `startWorker` in sharecard-render.ts): it loads its packages from the paths the
// build resolved, and receives the fonts once, when it starts.
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

/** A job: the element tree of one card; the answer is its PNG, or the error's message. */
export interface Job {
  tree: unknown;
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

parentPort?.on('message', async ({ tree }: Job) => {
  try {
    // Text becomes paths in the SVG, so resvg needs no fonts of its own.
    const svg = await satori(tree, { width, height, fonts });
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
