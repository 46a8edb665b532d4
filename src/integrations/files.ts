import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file below a folder, as sorted paths relative to it, `/`-separated (none when the folder does not exist). */
export async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * The texts of files in a folder, in order, each read while the ones before it are used: one after the other, the
 * reads of a few hundred pages add a tenth of a second to a build, and all at once they could run out of file handles.
 */
export async function* textsOf(folder: string, files: string[]): AsyncGenerator<{ file: string; text: string }> {
  const read = (file: string) => {
    const text = readFile(join(folder, file), 'utf8');
    // A failure is met when its file's turn comes, not reported as unhandled before.
    text.catch(() => undefined);
    return text;
  };
  const AHEAD = 16;
  const reading = files.slice(0, AHEAD).map(read);
  for (const [index, file] of files.entries()) {
    const text = await reading.shift()!;
    if (index + AHEAD < files.length) reading.push(read(files[index + AHEAD]!));
    yield { file, text };
  }
}
