import { describe, expect, it } from 'vitest';
import { buildFixture, siteConfigWith } from './helpers/build';

/** A small valid lab; each case below makes one mistake an editor could make. */
const valid: Record<string, string> = {
  'pages/index.md': '---\ntitle: Home\nlayout: home\n---\nHello.\n',
  'pages/join-us.md': '---\ntitle: Join us\npermalink: /join-us/\nnav: true\nnav_order: 99\nopen_positions: true\n---\nJoin.\n',
  'projects/2022_themis.md': '---\ntitle: THEMIS\nsummary: A project.\nstart: 2022\n---\nBody.\n',
  'positions/phd.md':
    '---\ntitle: PhD\nkind: phd\nposted: 2024-01-01\ndeadline: 2024-01-31\napply_url: https://jobs.example.org/1\nproject: 2022_themis\n---\nBody.\n',
};

const position = (frontMatter: string) => `---\n${frontMatter.trim()}\n---\nBody.\n`;

interface Case {
  mistake: string;
  content?: Record<string, string>;
  site?: Record<string, string>;
  env?: Record<string, string>;
  /** Every pattern must appear in the build's output: the file, the field, what was expected and found. */
  says: RegExp[];
}

const cases: Case[] = [
  {
    mistake: 'a misspelled key',
    content: { 'pages/about.md': '---\ntitle: About\nnav: true\nnav_ordr: 3\n---\nx\n' },
    says: [/src\/content\/pages\/about\.md/, /nav_ordr: unknown key; did you mean "nav_order"\?/],
  },
  {
    mistake: 'a missing title',
    content: { 'pages/about.md': '---\nnav: true\n---\nx\n' },
    says: [/src\/content\/pages\/about\.md/, /title: required, but missing \(expected a title as text\)/],
  },
  {
    mistake: 'an impossible date',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('2024-01-31', '2024-02-30') },
    says: [/src\/content\/positions\/phd\.md/, /deadline: "2024-02-30" is not a date in the calendar/],
  },
  {
    mistake: 'a date in another format',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('posted: 2024-01-01', 'posted: 01.01.2024') },
    says: [/src\/content\/positions\/phd\.md/, /posted: expected a date written as YYYY-MM-DD \(e\.g\. 2024-01-31\), found "01\.01\.2024"/],
  },
  {
    mistake: 'an unknown project id',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('project: 2022_themis', 'project: 2022_themsi') },
    says: [/src\/content\/positions\/phd\.md: project: no project has the id "2022_themsi"/, /the projects are: 2022_themis/],
  },
  {
    mistake: 'a javascript: apply link',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('https://jobs.example.org/1', '"javascript:alert(1)"') },
    says: [/src\/content\/positions\/phd\.md/, /apply_url: expected a web address starting with https:\/\/ or http:\/\/, found "javascript:alert\(1\)"/],
  },
  {
    mistake: 'no way to apply',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace(/apply_url: .*\n/, '') },
    says: [/src\/content\/positions\/phd\.md/, /apply_url: a position needs apply_url or apply_email/],
  },
  {
    mistake: 'an unknown kind',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('kind: phd', 'kind: [phd, professor]') },
    says: [/src\/content\/positions\/phd\.md/, /kind: expected one of phd, postdoc, student_assistant, thesis, staff \(or a list of them\), found \["phd","professor"\]/],
  },
  {
    mistake: 'a deadline before the posting',
    content: { 'positions/phd.md': position('title: PhD\nkind: phd\nposted: 2024-02-01\ndeadline: 2024-01-31\napply_email: a@example.org') },
    says: [/src\/content\/positions\/phd\.md/, /deadline: the deadline 2024-01-31 is before the posted date 2024-02-01/],
  },
  {
    mistake: 'an unknown contract type',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('kind: phd', 'kind: phd\nemployment: fulltime') },
    says: [/src\/content\/positions\/phd\.md/, /employment: expected one of full_time, part_time, temporary, intern, other \(or a list of them\), found "fulltime"/],
  },
  {
    mistake: 'a country name instead of its code',
    content: { 'positions/phd.md': valid['positions/phd.md']!.replace('kind: phd', 'kind: phd\nlocation:\n  city: Rostock\n  country: Germany') },
    says: [/src\/content\/positions\/phd\.md/, /location\.country: expected a two-letter country code such as "DE", found "Germany"/],
  },
  {
    mistake: 'a page on a position\'s URL',
    content: { 'pages/phd.md': '---\ntitle: PhD\npermalink: /positions/phd/\n---\nx\n' },
    says: [/Two files claim the URL \/positions\/phd\/:/, /src\/content\/pages\/phd\.md/, /src\/content\/positions\/phd\.md \(the position's page\)/],
  },
  {
    mistake: 'two pages with one permalink',
    content: { 'pages/jobs.md': '---\ntitle: Jobs\npermalink: /join-us\n---\nx\n' },
    says: [/Two files claim the URL \/join-us\/:/, /src\/content\/pages\/jobs\.md/, /src\/content\/pages\/join-us\.md/],
  },
  {
    mistake: 'a page on a project\'s URL',
    content: { 'pages/themis.md': '---\ntitle: THEMIS page\npermalink: /projects/2022_themis/\n---\nx\n' },
    says: [/Two files claim the URL \/projects\/2022_themis\/:/, /src\/content\/pages\/themis\.md/, /src\/content\/projects\/2022_themis\.md/],
  },
  {
    mistake: 'an unknown layout',
    content: { 'pages/about.md': '---\nlayout: about\ntitle: About\n---\nx\n' },
    says: [/src\/content\/pages\/about\.md/, /layout: expected one of "page", "home", found "about"/],
  },
  {
    mistake: 'a child page that does not exist',
    content: {
      'pages/join-us.md':
        '---\ntitle: Join us\npermalink: /join-us/\nnav: true\ndropdown: true\nchildren:\n  - title: Overview\n    permalink: /join-us/overview/\n  - title: divider\n  - title: PhD\n    permalink: /join-us/phd/\n---\nx\n',
      'pages/join-us/overview.md': '---\ntitle: Overview\n---\nx\n',
    },
    says: [/src\/content\/pages\/join-us\.md: children: the child "PhD" links to \/join-us\/phd\/, but no page has that permalink/],
  },
  {
    mistake: 'a dropdown without children',
    content: { 'pages/about.md': '---\ntitle: About\nnav: true\ndropdown: true\n---\nx\n' },
    says: [/src\/content\/pages\/about\.md/, /children: a page with dropdown: true needs a list of children/],
  },
  {
    mistake: 'a YAML syntax error',
    content: { 'pages/about.md': '---\ntitle: About\nchildren: [\n---\nx\n' },
    says: [/src\/content\/pages\/about\.md:3/, /unexpected end of the stream within a flow collection/],
  },
  {
    mistake: 'a picture that is not there',
    content: { 'projects/2022_themis.md': valid['projects/2022_themis.md']!.replace('start: 2022', 'start: 2022\nimage: ./themis.jpg') },
    says: [/src\/content\/projects\/2022_themis\.md: image: there is no picture at \.\/themis\.jpg/],
  },
  {
    mistake: 'a picture given as a web address',
    content: { 'projects/2022_themis.md': valid['projects/2022_themis.md']!.replace('start: 2022', 'start: 2022\nimage: https://example.org/a.jpg') },
    says: [/src\/content\/projects\/2022_themis\.md: image: expected the path of a picture relative to this file, such as \.\/image\.jpg, found "https:\/\/example\.org\/a\.jpg"/],
  },
  {
    mistake: 'a position written in MDX',
    content: { 'positions/extra.mdx': position('title: Extra\nkind: phd\nposted: 2024-01-01\napply_email: a@example.org') },
    says: [/src\/content\/positions\/extra\.mdx: positions are written in markdown \(\.md\)/],
  },
  {
    mistake: 'a file name with a space',
    content: { 'projects/Big Data.md': valid['projects/2022_themis.md']! },
    says: [/src\/content\/projects\/Big Data\.md: the file name "Big Data" becomes the URL/, /rename the file to "big-data"/],
  },
  {
    mistake: 'a position in a draft project',
    content: { 'projects/2022_themis.md': valid['projects/2022_themis.md']!.replace('start: 2022', 'start: 2022\ndraft: true') },
    says: [/src\/content\/positions\/phd\.md: project: the project "2022_themis" is a draft/],
  },
  {
    mistake: 'yes instead of true',
    content: { 'pages/about.md': '---\ntitle: About\nnav: yes\n---\nx\n' },
    says: [/src\/content\/pages\/about\.md/, /nav: expected true or false, found "yes"/],
  },
  {
    mistake: 'tags as one line of text',
    content: { 'projects/2022_themis.md': valid['projects/2022_themis.md']!.replace('start: 2022', 'start: 2022\ntags: ml, ai') },
    says: [/src\/content\/projects\/2022_themis\.md/, /tags: expected a list of keywords, such as \[a, b\], found "ml, ai"/],
  },
  {
    mistake: 'a permalink that names a file',
    content: { 'pages/about.md': '---\ntitle: About\npermalink: /about.html\n---\nx\n' },
    says: [/src\/content\/pages\/about\.md/, /permalink: a permalink names a folder, not a file: write \/about\/ instead of "\/about\.html"/],
  },
  {
    mistake: 'open_positions on the projects index',
    content: { 'pages/projects.md': '---\ntitle: Projects\npermalink: /projects/\nopen_positions: true\n---\nx\n' },
    says: [/src\/content\/pages\/projects\.md: open_positions: this page introduces the list at \/projects\//],
  },
  {
    mistake: 'a bad time zone in the site config',
    site: { timeZone: "'Europe/Rostock'" },
    says: [/src\/site\.config\.ts/, /timeZone: expected an IANA time zone such as "Europe\/Berlin", found "Europe\/Rostock"/],
  },
  {
    mistake: 'a SITE_NOW that is not a date',
    env: { SITE_NOW: '2024-31-01' },
    says: [/SITE_NOW: expected an ISO date or date-time/, /"2024-31-01" is not a date in the calendar/],
  },
];

describe.concurrent('an editor\'s mistake fails the build and says where and what', () => {
  it.each(cases)('$mistake', async ({ content, site, env, says }) => {
    const build = await buildFixture({
      content: { ...valid, ...content },
      siteConfig: site && (await siteConfigWith(site)),
      env,
    });
    try {
      expect(build.ok, build.output).toBe(false);
      for (const pattern of says) expect(build.output).toMatch(pattern);
    } finally {
      await build.cleanup();
    }
  });

  it('and the valid lab builds', async () => {
    const build = await buildFixture({ content: valid, env: { SITE_NOW: '2024-01-15' } });
    try {
      expect(build.ok, build.output).toBe(true);
      expect(await build.read('projects/2022_themis/index.html')).toContain('PhD');
    } finally {
      await build.cleanup();
    }
  });
});
