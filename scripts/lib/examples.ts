// The example content this project ships with (the Rostock demo lab): what a lab's own content replaces. The al-folio
// importer, the README and the tests read this one list. Each file is named with the start of its SHA-256, so that
// an example the lab has edited is recognised as the lab's own and never removed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The example files, relative to the project, with the first 16 hex digits of their SHA-256. */
export const EXAMPLES: readonly (readonly [path: string, hash: string])[] = [
  ['src/content/courses/bayesian-ml.md', '692610a4408339d8'],
  ['src/content/courses/intro-ml.md', 'c551ee1b1afe4831'],
  ['src/content/courses/seminar-knowledge.md', '6262bdafd7ac6a28'],
  ['src/content/events/2023-09-lena-defence.md', '2885014e4c1249a6'],
  ['src/content/events/2026-12-themis-talk.md', '002e9e97207d357e'],
  ['src/content/news/2022-04-01-themis.md', '5dba762ac6546e9a'],
  ['src/content/news/2023-10-02-defence.md', 'b32aac4621a0c743'],
  ['src/content/news/2023-12-15-positions.md', 'ebe760edcfb7b843'],
  ['src/content/pages/blog.md', '7994dc3a64e35861'],
  ['src/content/pages/de/blog.md', '2ab215c0d7477c55'],
  ['src/content/pages/de/events.md', '053f175900b071bb'],
  ['src/content/pages/de/for-students/index.md', '21e9f9a86951b31e'],
  ['src/content/pages/de/for-students/jobs.md', '7c8cb8627a4834b2'],
  ['src/content/pages/de/for-students/theses.md', '0acf283368fec8a6'],
  ['src/content/pages/de/imprint.md', '3c17efa5709aa6c3'],
  ['src/content/pages/de/index.md', '7758612ebc744845'],
  ['src/content/pages/de/join-us.md', 'e7e0857a2bdde691'],
  ['src/content/pages/de/news.md', '1f797b2b04244d2f'],
  ['src/content/pages/de/people.md', '5930d07bd722db7f'],
  ['src/content/pages/de/privacy.md', 'f7173ee34d42acce'],
  ['src/content/pages/de/projects.md', 'd313b8072e2fec61'],
  ['src/content/pages/de/publications.md', '45ecc86123224c9b'],
  ['src/content/pages/de/teaching.md', 'ba9d05dccb19d706'],
  ['src/content/pages/events.md', 'b22bc9004e034137'],
  ['src/content/pages/for-students/index.md', '123ae3d944dd48a5'],
  ['src/content/pages/for-students/jobs.md', '877c8266ec75830c'],
  ['src/content/pages/for-students/theses.md', 'c2a967fc476691fd'],
  ['src/content/pages/imprint.md', '37946421bb791117'],
  ['src/content/pages/index.md', 'b242967a43d23696'],
  ['src/content/pages/join-us.md', 'bf3e39ffd12f90e3'],
  ['src/content/pages/news.md', 'f11bf500463337fe'],
  ['src/content/pages/people.md', '4f5b3f203ea4b78d'],
  ['src/content/pages/privacy.md', '95bfa95305c518ac'],
  ['src/content/pages/projects.md', '16bed0e6e751ebe7'],
  ['src/content/pages/publications.md', '6d554c3f2c723cc0'],
  ['src/content/pages/teaching.md', '5f8eff40b1f52f10'],
  ['src/content/people/erika-mustermann.jpg', '4ba9792e44312889'],
  ['src/content/people/erika-mustermann.md', 'db5320206a045221'],
  ['src/content/people/joerg-mueller.md', '3a2dbf74354353a6'],
  ['src/content/people/lena-beispiel.md', '4be8d0885d8a4faa'],
  ['src/content/people/max-mustermann.md', '08a82b395d5de868'],
  ['src/content/positions/2024-phd-postdoc-german.md', 'd93fb7c2a8afca5d'],
  ['src/content/positions/2024-phd-postdoc-themis.md', '18f6e9737b7c60e8'],
  ['src/content/posts/2024-05-02-welcome.md', '78da2a234b1afe67'],
  ['src/content/posts/de/2024-05-02-welcome.md', '993ee7c31d2be540'],
  ['src/content/projects/2022_themis.md', '6d96eeb1d4c9a7c0'],
  ['src/content/projects/de/2022_themis.md', 'e1e0ea45540b0adc'],
  ['src/content/publications/papers.bib', '2b34faed0cf922c3'],
];

/** The legal pages among them: kept by an import (the site needs them), but they hold the demo lab's text. */
export const LEGAL_EXAMPLES = new Set(
  EXAMPLES.map(([path]) => path).filter((path) => /\/(imprint|privacy)\.md$/.test(path)),
);

/** What became of each example in a project: still as shipped, edited by the lab, or gone. */
export function examplesIn(project: string): { unchanged: string[]; edited: string[] } {
  const unchanged: string[] = [];
  const edited: string[] = [];
  for (const [path, hash] of EXAMPLES) {
    const file = join(project, path);
    if (!existsSync(file)) continue;
    const now = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
    (now === hash ? unchanged : edited).push(path);
  }
  return { unchanged, edited };
}
