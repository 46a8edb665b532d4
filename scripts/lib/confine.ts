// Where the al-folio importer may read and write: it reads only inside the al-folio site, and writes only inside
// src/content/ and public/ of this project. A path that leaves them (`..`, an absolute path, a
// backslash, a symbolic link that points elsewhere) is refused with the file and line that asked for it.
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Who asked for a path: a file of the al-folio site, and the line, when there is one. */
export interface AskedBy {
  file: string;
  line?: number | undefined;
}

export const where = ({ file, line }: AskedBy) => (line ? `${file}:${line}` : file);

const inside = (folder: string, path: string) => path === folder || path.startsWith(folder + sep);

/** The nearest folder of `path` (itself included) that exists, resolved through symbolic links. */
function realAncestor(path: string): string {
  let current = path;
  while (!existsSync(current)) current = dirname(current);
  return join(realpathSync(current), relative(current, path));
}

/**
 * A path written in the al-folio site (`assets/img/a.jpg`, or `/assets/img/a.jpg` as a site address), resolved
 * inside the site, or the reason it is refused. `base` is the folder it is relative to (a `.bib` names its previews
 * relative to their folder, say).
 */
export function sourcePath(
  site: string,
  written: string,
  askedBy: AskedBy,
  base = '',
): { path: string } | { problem: string } {
  const refuse = (why: string) => ({
    problem: `${where(askedBy)}: ${JSON.stringify(written)} ${why}; it was not imported`,
  });
  if (written.includes('\\') || written.includes('\0')) return refuse('has a backslash or a NUL in it');
  if (/^[a-z]:/i.test(written) || (isAbsolute(written) && !written.startsWith('/'))) return refuse('is a drive path');
  // A site address (`/assets/…`) names a file from the site's top; a path from the root of the disk would too.
  const relativePath = written.replace(/^\/+/, '');
  const root = realpathSync(site);
  const path = resolve(root, base, relativePath);
  if (!inside(root, path)) return refuse('points outside the al-folio site');
  if (existsSync(path) && !inside(root, realpathSync(path)))
    return refuse('is a symbolic link to a file outside the al-folio site');
  return { path };
}

/** Where the importer may write, relative to the project. */
const WRITABLE = ['src/content', 'public'];

/**
 * A path to write in the project (`src/content/pages/about.md`), resolved, or the reason it is refused: outside
 * src/content/ and public/ (the site config's code included), or through a symbolic link.
 */
export function targetPath(project: string, target: string, askedBy: AskedBy): { path: string } | { problem: string } {
  const refuse = (why: string) => ({ problem: `${where(askedBy)}: would write ${target}, ${why}; it was not written` });
  if (target.includes('\\') || target.includes('\0') || isAbsolute(target))
    return refuse('which is not a path inside the project');
  const root = realpathSync(project);
  const path = resolve(root, target);
  if (!WRITABLE.some((folder) => inside(resolve(root, folder), path)))
    return refuse('which is outside src/content/ and public/');
  // The folders on the way must be the project's own, not links to somewhere else.
  const real = realAncestor(path);
  const realFolders = WRITABLE.filter((folder) => existsSync(resolve(root, folder)));
  if (!realFolders.some((folder) => inside(realpathSync(resolve(root, folder)), real)))
    return refuse('through a symbolic link to another folder');
  if (existsSync(path) && lstatSync(path).isSymbolicLink()) return refuse('which is a symbolic link');
  return { path };
}
