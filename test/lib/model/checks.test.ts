import { describe, expect, it } from 'vitest';
import {
  contentFolderProblem,
  duplicateRouteProblems,
  indexPageProblems,
  legalPageProblems,
  missingChildProblems,
  referenceFinder,
  translationProblem,
  urlIdProblem,
} from '../../../src/lib/model/checks';
import { formatProblem, type Problem } from '../../../src/lib/model/problems';
import { localizePath } from '../../../src/lib/model/urls';
import type { Lang } from '../../../src/i18n';
import { assemble, messages } from './lab';
import { LAB } from './fixture';

const said = (problems: readonly (Problem | undefined)[]) => problems.flatMap((p) => (p ? [formatProblem(p)] : []));

describe('file names', () => {
  it.each([
    ['2022_themis', []],
    ['for-students/jobs', []],
    [
      'Big Data',
      [
        'src/content/projects/Big Data.md: the file name "Big Data" becomes the URL, so it may use only letters, digits, "-", "_" and "."; rename the file to "big-data".',
      ],
    ],
  ])('%s', (id, expected) => {
    expect(said([urlIdProblem({ id, filePath: `src/content/projects/${id}.md` })])).toEqual(expected);
  });

  it('a file in the folder of the first language', () => {
    expect(said([contentFolderProblem({ id: 'en/about', filePath: 'src/content/pages/en/about.md' }, 'en')])).toEqual([
      "src/content/pages/en/about.md: files in en, the site's first language, sit at the top of the folder, not in en/; move it up one folder.",
    ]);
    expect(contentFolderProblem({ id: 'de/about' }, 'en')).toBeUndefined();
  });

  it('a translation of what is written once', () => {
    expect(
      said([translationProblem({ id: 'de/hallo', filePath: 'src/content/news/de/hallo.md' }, 'news', 'en')]),
    ).toEqual([
      "src/content/news/de/hallo.md: news are written once, in the site's first language (en); translations of news are not supported. Move the file out of its language folder.",
    ]);
  });
});

describe('ids that name an entry', () => {
  const messages = {
    draft: (id: string) => `"${id}" is a draft`,
    unknown: (id: string, known: string) => `no "${id}"; there are: ${known}`,
  };

  it.each([
    ['jane-doe', 'Jane', []],
    ['john-doe', undefined, ['a.md: people: no "john-doe"; there are: jane-doe']],
    ['max-draft', undefined, ['a.md: people: "max-draft" is a draft']],
  ])('%s', (id, found, expected) => {
    const problems: Problem[] = [];
    const find = referenceFinder([{ id: 'jane-doe', name: 'Jane' }], new Set(['max-draft']), messages, (p) =>
      problems.push(p),
    );
    expect(find(id, 'a.md', 'people')?.name).toBe(found);
    expect(said(problems)).toEqual(expected);
  });

  it('says "none yet" when there is nothing to name', () => {
    const problems: Problem[] = [];
    referenceFinder([], new Set(), messages, (p) => problems.push(p))('x', 'a.md', 'project');
    expect(said(problems)).toEqual(['a.md: project: no "x"; there are: none yet']);
  });
});

describe('URLs that two files claim', () => {
  it('names every file that claims a URL, however the URL is written', () => {
    expect(
      said(
        duplicateRouteProblems([
          { permalink: '/join-us/', source: 'src/content/pages/join-us.md' },
          { permalink: '/join-us', source: 'src/content/pages/jobs.md' },
          { permalink: '/people/', source: 'src/content/pages/people.md' },
        ]),
      ),
    ).toEqual([
      'Two files claim the URL /join-us/:\n  - src/content/pages/join-us.md\n  - src/content/pages/jobs.md\nGive one of them another permalink.',
    ]);
  });

  it.each([
    [
      "a page on a position's URL",
      'pages/phd',
      { title: 'PhD', permalink: '/positions/phd/' },
      "src/content/positions/phd.md (the position's page)",
    ],
    [
      "a page on a project's URL",
      'pages/themis',
      { title: 'T', permalink: '/projects/themis/' },
      "src/content/projects/themis.md (the project's page)",
    ],
    [
      "a page on a person's URL",
      'pages/jane',
      { title: 'J', permalink: '/people/jane-doe/' },
      "src/content/people/jane-doe.md (the person's page)",
    ],
    ['a page on the 404 page', 'pages/missing', { title: 'M', permalink: '/404/' }, 'the built-in 404 page'],
  ])('%s', (_, file, frontMatter, other) => {
    const [problem] = messages(assemble({ ...LAB, [file]: frontMatter }));
    expect(problem).toContain(`  - src/content/${file}.md`);
    expect(problem).toContain(`  - ${other}`);
  });
});

describe('menu children', () => {
  const pages = [
    {
      file: 'src/content/pages/join-us.md',
      children: [
        { title: 'Overview', permalink: '/join-us/overview/' },
        { title: 'divider' },
        { title: 'PhD', permalink: '/join-us/phd' },
        { title: 'University', permalink: 'https://www.uni-rostock.de/' },
      ],
    },
  ];

  it('must be pages of the site (or external addresses)', () => {
    expect(said(missingChildProblems(pages, new Set(['/join-us/overview/'])))).toEqual([
      'src/content/pages/join-us.md: children: the child "PhD" links to /join-us/phd, but no page has that permalink. Expected the permalink of a page in src/content/pages (or a full https:// address for an external link).',
    ]);
    expect(missingChildProblems(pages, new Set(['/join-us/overview/', '/join-us/phd/']))).toEqual([]);
  });
});

describe('pages that introduce a list', () => {
  const indexes = (lang: Lang) => ['/projects/', '/people/'].map((path) => localizePath(path, lang, 'en'));
  const localize = (path: string, lang: Lang) => localizePath(path, lang, 'en');
  const page = (
    file: string,
    lang: Lang,
    permalink: string,
    fields: Partial<{ layout: string; open_positions: unknown }> = {},
  ) => ({
    file,
    lang,
    key: 'projects',
    permalink,
    layout: 'page',
    versions: new Map<Lang, { permalink: string }>(),
    ...fields,
  });

  it.each([
    [
      'a layout',
      page('projects.md', 'en', '/projects/', { layout: 'home' }),
      'projects.md: layout: this page introduces the list at /projects/, which has a layout of its own; remove the key (the list already shows what it should).',
    ],
    [
      'open positions',
      page('projects.md', 'en', '/projects/', { open_positions: true }),
      'projects.md: open_positions: this page introduces the list at /projects/, which has a layout of its own; remove the key (the list already shows what it should).',
    ],
  ])('may not set %s', (_, introduction, message) => {
    expect(said(indexPageProblems([introduction], indexes, 'en', localize))).toEqual([message]);
  });

  it('keep the address of the list in a translation', () => {
    const original = page('projects.md', 'en', '/projects/');
    const translation = page('de/projects.md', 'de', '/de/projekte/');
    const versions = new Map<Lang, { permalink: string }>([
      ['en', original],
      ['de', translation],
    ]);
    original.versions = translation.versions = versions;
    expect(said(indexPageProblems([original, translation], indexes, 'en', localize))).toEqual([
      'de/projects.md: permalink: this page introduces the list at /de/projects/, whose address is fixed; remove the permalink (found /de/projekte/).',
    ]);
  });
});

describe('the legal pages of the site config', () => {
  const site = { languages: ['en', 'de'] as Lang[], defaultLanguage: 'en' as const };

  it.each([
    [{ imprint: '/imprint/', privacy: '/privacy/' }, []],
    [{ imprint: 'https://www.uni-rostock.de/impressum/' }, []],
    [{}, []],
    [
      { imprint: '/impressum/', privacy: '/privacy/' },
      [
        "src/site.config.ts: legal.imprint: no page has the permalink /impressum/. Expected the permalink of a page in src/content/pages (or the full https:// address of the university's page).",
      ],
    ],
  ])('%j', (legal, expected) => {
    expect(said(legalPageProblems({ ...site, legal }, new Set(['/imprint/', '/privacy/'])))).toEqual(expected);
  });

  it('follow their pages when German is the default', () => {
    expect(
      legalPageProblems(
        { languages: ['en', 'de'], defaultLanguage: 'de', legal: { imprint: '/imprint/' } },
        new Set(['/en/imprint/']),
      ),
    ).toEqual([]);
  });
});

describe('positions', () => {
  it('are written in markdown, because their text is published as HTML too', () => {
    const extra = { title: 'Extra', kind: 'phd', posted: '2024-01-01', apply_email: 'a@example.org' };
    expect(messages(assemble({ ...LAB, 'positions/extra.mdx': extra }))).toEqual([
      'src/content/positions/extra.mdx: positions are written in markdown (.md), because their description is also published as HTML for job search engines and the feed; rename the file to .md.',
    ]);
  });

  it('name a project that is published and a contact who is', () => {
    const model = assemble({
      ...LAB,
      'projects/themis': { ...LAB['projects/themis'], draft: true },
      'projects/de/themis': { ...LAB['projects/de/themis'], draft: true },
      'people/jane-doe': { ...LAB['people/jane-doe'], draft: true },
    });
    expect(messages(model)).toEqual([
      'src/content/positions/phd.md: project: the project "themis" is a draft (draft: true), so it has no page to link to. Publish the project or remove the project key.',
      'src/content/positions/phd.md: contact: "jane-doe" is a draft (draft: true), so they have no page to link to. Publish them or remove the id.',
      'src/content/positions/de/phd.md: project: the project "themis" is a draft (draft: true), so it has no page to link to. Publish the project or remove the project key.',
      'src/content/positions/de/phd.md: contact: "jane-doe" is a draft (draft: true), so they have no page to link to. Publish them or remove the id.',
    ]);
  });
});
