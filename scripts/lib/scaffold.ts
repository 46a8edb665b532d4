// Imported by scripts/new.ts, which Node runs directly: keep this module free of imports.

/** The collections `npm run new` can add to. */
export const SCAFFOLDS = ['page', 'position', 'project', 'person', 'news', 'event', 'post', 'course'] as const;
export type Scaffold = (typeof SCAFFOLDS)[number];

/** A file name from a title: "PhD position in causal ML" → "phd-position-in-causal-ml". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

/** The kind a position's title suggests ("PhD ..." → phd); phd when it suggests none. */
export function guessKind(title: string): string {
  const rules: [RegExp, string][] = [
    [/student assistant|hiwi|hilfskraft/i, 'student_assistant'],
    [/thesis|bachelor|master/i, 'thesis'],
    [/post-?doc/i, 'postdoc'],
    [/ph\.?d|doctoral/i, 'phd'],
    [/engineer|technician|administrat|manager/i, 'staff'],
  ];
  return rules.find(([pattern]) => pattern.test(title))?.[1] ?? 'phd';
}

/** A calendar date some days after another (`2026-11-28` + 28 → `2026-12-26`). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

const quote = (text: string) => JSON.stringify(text);

/** The semester a day falls in, as a course names it (src/lib/teaching.ts): 1 October–31 March is winter. */
export function termOf(today: string): string {
  const [year, month] = today.split('-').map(Number);
  if (month! >= 10) return `winter ${year}`;
  return month! <= 3 ? `winter ${year! - 1}` : `summer ${year}`;
}

/** Where a new entry goes (relative to src/content) and what it says: front matter and an outline of the body. */
export function scaffold(kind: Scaffold, title: string, today: string): { path: string; text: string } {
  const slug = slugify(title);
  // A title in another script ("王伟", "Ωμέγα") gives no file name: say so rather than write "people/.md", which the
  // build would skip as a hidden file.
  if (!slug) {
    throw new Error(
      `"${title}" has no letters or digits from a to z to make a file name of. Give the title in Latin letters ` +
        `(npm run new -- ${kind} "Wang Wei"), then write the ${kind === 'person' ? 'name' : 'title'} as it should read in the new file.`,
    );
  }
  switch (kind) {
    case 'page':
      return {
        path: `pages/${slug}.md`,
        text: `---
title: ${quote(title)}
description: ""
# The URL follows the file name (/${slug}/); set a permalink to choose another.
# permalink: /${slug}/
# To put the page in the menu:
nav: false
# nav_order: 10
---

Write the page here, in markdown.

## A section
`,
      };
    case 'position':
      return {
        path: `positions/${slug}.md`,
        text: `---
title: ${quote(title)}
# One or a list of: phd, postdoc, student_assistant, thesis, staff
kind: ${guessKind(title)}
posted: ${today}
# The last day to apply; the position closes at the end of that day (Berlin time). Remove it for "open until filled".
deadline: ${addDays(today, 28)}
# The posting on the job portal, and/or an address for applications by e-mail:
apply_url: https://jobs.example.org/replace-me
# apply_email: jobs@example.org
# project: 2022_themis
# note: requires some German skills
# employment: full_time
# Remove the next line when the position is ready to be published.
draft: true
---

What the position is about, in two or three sentences.

## Your tasks

- ...

## What you bring

- ...

## How to apply

Send a letter of motivation, your CV and your transcripts by the deadline.
`,
      };
    case 'project':
      return {
        path: `projects/${today.slice(0, 4)}_${slug.replace(/-/g, '_')}.md`,
        text: `---
title: ${quote(title)}
summary: One or two sentences on what the project does and why.
start: ${today.slice(0, 4)}
# end: ${Number(today.slice(0, 4)) + 3}
# funder: BMBF
# url: https://example.org
# image: ./picture.jpg
tags: []
# Who works on it: file names in src/content/people
people: []
# Remove the next line when the project is ready to be published.
draft: true
---

What the project is about.

## Goals

## Partners
`,
      };
    case 'person':
      return {
        path: `people/${slug}.md`,
        text: `---
name: ${quote(title)}
# One of: pi, postdoc, phd, student, staff, visitor
role: phd
start: ${today}
# The last day in the group; from the next day on, the person is listed among the alumni.
# end: ${addDays(today, 3 * 365)}
# now_at: Postdoc at another university
# A square portrait next to this file, e.g. ./${slug}.jpg
# photo: ./${slug}.jpg
# email: name@uni-rostock.de
# website: https://example.org
# scholar: https://scholar.google.com/citations?user=...
# github: https://github.com/...
# orcid: 0000-0000-0000-0000
# The name as BibTeX author lists write it, when it differs, e.g. "Doe, J." or "van der Berg, Anna":
aliases: []
---

Two or three sentences about their research.
`,
      };
    case 'event':
      return {
        path: `events/${today.slice(0, 7)}-${slug}.md`,
        text: `---
title: ${quote(title)}
# One of: talk, seminar, workshop, defence, conference, other
kind: talk
# A day (${addDays(today, 14)}) or a day and a time on Berlin's clock:
start: ${addDays(today, 14)}T16:15
end: ${addDays(today, 14)}T17:45
location: Konrad-Zuse-Haus, Albert-Einstein-Straße 22, Rostock
# online: https://meet.example.org/replace-me
# Lab members by their file name in src/content/people, guests by name:
speakers: [Guest Speaker]
# host: erika-mustermann
# project: 2022_themis
# url, slides and video: full https:// addresses
# slides: https://example.org/slides.pdf
# Remove the next line when the event is ready to be published.
draft: true
---

What the talk is about, in a few sentences, and who the speaker is.
`,
      };
    case 'post':
      return {
        path: `posts/${today}-${slug}.md`,
        text: `---
title: ${quote(title)}
date: ${today}
# Lab members by their file name in src/content/people, guests by name:
authors: []
tags: []
description: One or two sentences for the blog list and search engines.
# A picture next to this file, e.g. ./${slug}.jpg
# image: ./${slug}.jpg
# Remove the next line when the post is ready to be published.
draft: true
---

Write the post here, in markdown. Formulas go between dollar signs: $E = mc^2$.
`,
      };
    case 'course':
      return {
        path: `courses/${slug}-${termOf(today).replace(' ', '-')}.md`,
        text: `---
title: ${quote(title)}
# The semester: "winter 2024" is the winter semester 2024/25, "summer 2025" the summer semester 2025.
term: ${termOf(today)}
# One of: bachelor, master, phd
level: master
# The language it is taught in: en, de, ...
language: en
ects: 6
# Who teaches it: file names in src/content/people
lecturers: []
# catalog_url: https://lsf.uni-rostock.de/...
# Remove the next line when the course is ready to be published.
draft: true
---

What the course covers, how it is taught and examined, and what students should know before.
`,
      };
    case 'news':
      return {
        path: `news/${today}-${slug}.md`,
        text: `---
date: ${today}
# A headline; leave it out for a one-line announcement.
title: ${quote(title)}
---

What happened, in a sentence or two. [Link to more](/projects/).
`,
      };
  }
}
