import { describe, expect, it } from 'vitest';
import { contentLinks, deadLinks, type BuiltSite } from '../../src/lib/links';

const FILE = 'src/content/pages/about.md';
const links = (body: string, file = FILE) => contentLinks(file, `---\ntitle: About\n---\n\n${body}`, body);

describe('contentLinks: the links to site paths in a content file, with their lines', () => {
  it('finds markdown links, pictures and links in HTML, each on its line', () => {
    const body =
      '[a](/join-us/) and [b](https://x.org/)\n\n![c](/papers/a.pdf)\n\n<div>\n<a href="/people/#pi">d</a>\n</div>\n';
    expect(links(body)).toEqual([
      { file: FILE, line: 5, href: '/join-us/' },
      { file: FILE, line: 7, href: '/papers/a.pdf' },
      { file: FILE, line: 10, href: '/people/#pi' },
    ]);
  });

  it('says the line of an address that comes twice in a block of HTML', () => {
    expect(links('<div>\n<a href="/a/">1</a>\n\n<a href="/a/">2</a>\n</div>').map(({ line }) => line)).toEqual([6, 8]);
  });

  it('leaves relative links, addresses of other sites and code alone', () => {
    expect(
      links('[a](./x/) [b](//cdn.x.org/a.js) [c](mailto:a@b.de)\n\n```md\n[d](/nowhere/)\n```\n\n`[e](/nowhere/)`'),
    ).toEqual([]);
  });

  it('reads the markdown links of an MDX file', () => {
    expect(links('import X from "./x";\n\n[a](/join-us/)\n', 'src/content/pages/a.mdx')).toEqual([
      { file: 'src/content/pages/a.mdx', line: 7, href: '/join-us/' },
    ]);
  });
});

describe('deadLinks: what leads nowhere, with a hint', () => {
  const site: BuiltSite = {
    has: (file) => ['index.html', 'join-us/index.html', 'people/index.html', 'papers/a.pdf'].includes(file),
    ids: (file) => new Set(file === 'people/index.html' ? ['pi'] : []),
    pages: ['/', '/join-us/', '/people/'],
  };
  const link = (href: string) => ({ file: FILE, line: 3, href });

  it.each([
    ['/join-us/', []],
    ['/join-us', []],
    ['/papers/a.pdf', []],
    ['/people/#pi', []],
    ['/?q=1', []],
    ['/join-su/', [`${FILE}:3: the link /join-su/ leads to no page or file of the site; did you mean /join-us/?`]],
    ['/al-folio/publications/', [`${FILE}:3: the link /al-folio/publications/ leads to no page or file of the site`]],
    ['/papers/b.pdf', [`${FILE}:3: the link /papers/b.pdf leads to no page or file of the site`]],
    ['/people/#head', [`${FILE}:3: the link /people/#head leads to a page without the place #head`]],
  ])('%s', (href, problems) => {
    expect(deadLinks([link(href)], site)).toEqual(problems);
  });

  it('follows a page where the site moves it (another default language)', () => {
    expect(deadLinks([link('/join-us/')], site, (path) => `/en${path}`)).toEqual([
      `${FILE}:3: the link /join-us/ leads to no page or file of the site`,
    ]);
  });
});
