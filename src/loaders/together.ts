// The content loaders' mistakes, said together. Astro runs the loaders of all collections at once and stops at the
// first that fails, naming only its mistakes: an editor who fixed them would meet the next collection's in the next
// build. A loader that found mistakes waits here for the loaders still running, and the build stops with every
// collection's mistakes in one message.
import { ContentError } from '../lib/model/problems';

/** The loaders of one content sync: those running, and the mistakes of each collection that had any. */
interface Round {
  running: number;
  loads: Promise<void>[];
  problems: Map<string, readonly string[]>;
}
let round: Round | undefined;

/**
 * Runs a collection's `load`, which gives the editor's mistakes it found (and throws only for what is not an
 * editor's mistake). With mistakes, it fails once every loader of the same sync is done, with all of their mistakes,
 * collection by collection in the order of their names.
 */
export async function loadTogether(collection: string, load: () => Promise<readonly string[]>): Promise<void> {
  if (!round?.running) round = { running: 0, loads: [], problems: new Map() };
  const current = round;
  current.running++;
  // (Called from a promise, so that even a load that throws at once is counted as done.)
  const loaded = Promise.resolve()
    .then(load)
    .then((problems) => {
      if (problems.length) current.problems.set(collection, problems);
    })
    .finally(() => current.running--);
  current.loads.push(loaded);
  await loaded;
  if (!current.problems.has(collection)) return;
  // Every loader of the sync, those that started meanwhile included.
  for (let waited = 0; waited < current.loads.length;) {
    const loads = [...current.loads];
    waited = loads.length;
    await Promise.allSettled(loads);
  }
  throw new ContentError(byCollection(current.problems));
}

/** Mistakes by collection, as one list: collection by collection in the order of their names. */
export function byCollection(problems: ReadonlyMap<string, readonly string[]>): string[] {
  return [...problems].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([, found]) => found);
}
