// The worker of bibtex-ahead.ts: reads and parses the .bib files it is given, and answers with every parse at once.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { parseBibliography } from '../lib/publications.ts';
import type { Parses } from './bibtex-ahead.ts';

const parses: Parses = [];
for (const file of workerData as string[]) {
  const source = await readFile(file, 'utf8');
  parses.push({ file, source, parsed: parseBibliography(source) });
}
parentPort?.postMessage(parses);
