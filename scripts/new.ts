// npm run new -- <page|position|project|person|news|event|post|course> "Title": writes a new content file with the right front matter and an
// outline, prints its path, and never overwrites a file.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SCAFFOLDS, scaffold, type Scaffold } from './lib/scaffold.ts';

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!SCAFFOLDS.includes(kind as Scaffold) || !title) {
  console.error(
    `Usage: npm run new -- <${SCAFFOLDS.join('|')}> "Title"\nExample: npm run new -- position "PhD position in causal ML"`,
  );
  process.exit(1);
}

// Today in Berlin, where the lab's dates are calendar dates (SITE_NOW, as for the build, fixes it).
const today =
  process.env.SITE_NOW?.slice(0, 10) ||
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
let made: { path: string; text: string };
try {
  made = scaffold(kind as Scaffold, title, today);
} catch (error) {
  console.error(`${(error as Error).message}\nNothing was written.`);
  process.exit(1);
}
const file = join('src/content', made.path);
await mkdir(dirname(file), { recursive: true });
try {
  // Created only if it does not exist yet, in one step: nothing is ever overwritten.
  await writeFile(file, made.text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  console.error(`${file} exists already; nothing was written. Choose another title, or edit that file.`);
  process.exit(1);
}
console.log(file);
