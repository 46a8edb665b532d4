import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentPolicy, tableAlignment } from '../../src/lib/markdown';
import { renderFailure } from '../../src/loaders/markdown';

const FILE = 'src/content/pages/about.md';

/** A markdown file (front matter of three lines, then `body`) rendered as a build renders it: the page, or the message. */
async function render(body: string, format: 'md' | 'mdx' = 'md'): Promise<string> {
  const file = `---\ntitle: About\n---\n\n${body}`;
  const plugin = contentPolicy(
    () => FILE,
    () => file,
  );
  try {
    if (format === 'mdx') {
      // The plugin skips MDX: it is told so by the pipeline, as @astrojs/mdx tells it.
      plugin.after({ type: 'root', children: [] }, { sourceFormat: 'mdx' } as never);
      return 'skipped';
    }
    return markdownToHtml(body, { hastPlugins: [plugin], fileURL: new URL('file:///about.md') }).html;
  } catch (error) {
    return (error as Error).message;
  }
}

const element = (name: string, line = 5) =>
  expect.stringMatching(
    new RegExp(`^${FILE}:${line}: the element <${name}> is not allowed in markdown; allowed are a, b,`),
  );

describe('HTML in markdown is held to the content policy, with the file and line', () => {
  it.each([
    ['<script>alert(1)</script>', element('script')],
    ['<style>body { display: none }</style>', element('style')],
    ['<iframe src="https://example.org"></iframe>', element('iframe')],
    ['<object data="x.swf"></object>', element('object')],
    ['<embed src="x.swf">', element('embed')],
    ['<base href="https://evil.example/">', element('base')],
    ['<meta http-equiv="refresh" content="0; url=https://evil.example/">', element('meta')],
    ['<form action="https://evil.example/"><button>Go</button></form>', element('form')],
    ['<svg><script>alert(1)</script></svg>', element('svg')],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', element('link')],
    [
      'Text <b onclick="steal()">bold</b>.',
      `${FILE}:5: the attribute onclick on <b> is not allowed in markdown (no event handlers, styles or form attributes; class, id, title, lang and alt are fine)`,
    ],
    [
      '<img src="x.png" onerror="steal()" alt="">',
      `${FILE}:5: the attribute onerror on <img> is not allowed in markdown (no event handlers, styles or form attributes; class, id, title, lang and alt are fine)`,
    ],
    [
      '<p style="position:fixed">Pay here</p>',
      `${FILE}:5: the attribute style on <p> is not allowed in markdown (no event handlers, styles or form attributes; class, id, title, lang and alt are fine)`,
    ],
    [
      '[apply](javascript:alert(1))',
      `${FILE}:5: the address "javascript:alert(1)" in href on <a> is not allowed in markdown; a link goes to https://, http://, mailto:, tel: or a path in the site, and a picture is a file or an https:// address`,
    ],
    [
      '<a href=" JavaScript:alert(1)">x</a>',
      `${FILE}:5: the address " JavaScript:alert(1)" in href on <a> is not allowed in markdown; a link goes to https://, http://, mailto:, tel: or a path in the site, and a picture is a file or an https:// address`,
    ],
    [
      '<a href="vbscript:msgbox(1)">x</a>',
      `${FILE}:5: the address "vbscript:msgbox(1)" in href on <a> is not allowed in markdown; a link goes to https://, http://, mailto:, tel: or a path in the site, and a picture is a file or an https:// address`,
    ],
    [
      '![x](data:image/svg+xml;base64,PHN2Zz4=)',
      `${FILE}:5: the address "data:image/svg+xml;base64,PHN2Zz4=" in src on <img> is not allowed in markdown; a link goes to https://, http://, mailto:, tel: or a path in the site, and a picture is a file or an https:// address`,
    ],
    [
      '<input type="text" name="password">',
      `${FILE}:5: the element <input> is allowed in markdown only as the checkbox of a task list (write "- [ ]" or "- [x]")`,
    ],
  ])('%s', async (body, message) => {
    expect(await render(body)).toEqual(message);
  });

  it('names every breach of a file at once, each on its line (inside a block of HTML too)', async () => {
    const body =
      'Intro.\n\n<div class="box">\nText\n<iframe src="https://x.example"></iframe>\n</div>\n\n[x](javascript:void(0))\n';
    expect((await render(body)).split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${FILE}:9: the element <iframe>`)),
      expect.stringMatching(new RegExp(`^${FILE}:12: the address "javascript:void\\(0\\)" in href on <a>`)),
    ]);
  });

  it.each([
    [
      'links in the site, to the web, by mail and phone',
      '[a](/join-us/) [b](https://uni-rostock.de) [c](mailto:a@b.de) [d](tel:+49381)',
    ],
    [
      'pictures from the folder or the web',
      '![a](./photo.jpg) <img src="https://example.org/a.png" alt="A" width="40">',
    ],
    [
      'classes, ids and titles',
      '<span class="note" id="n1" title="Note">x</span> <abbr title="Machine learning">ML</abbr>',
    ],
    ['folded text', '<details><summary>More</summary>\n\nHidden.\n\n</details>'],
    ['task lists and footnotes', '- [ ] open\n- [x] done\n\nText[^1].\n\n[^1]: A note.'],
    [
      'tables and figures',
      '<figure><img src="a.png" alt="A"><figcaption>A</figcaption></figure>\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    ],
    ['code that shows HTML', '```html\n<script>alert(1)</script>\n```\n\n`<iframe>`'],
    ['sub- and superscripts, keys and marks', 'H<sub>2</sub>O, x<sup>2</sup>, <kbd>Ctrl</kbd>, <mark>new</mark>, <br>'],
  ])('allows %s', async (_, body) => {
    expect(await render(body)).not.toMatch(/not allowed/);
  });

  it.each([
    ['<div>\n<iframe src="https://evil.example/" title="\n\nx" <b>y</b>', 6],
    ['<div>\n<textarea\n\nRest of the page.', 6],
    ['<div>\n<!-- a note that never ends\n\nMore text.', 6],
  ])('fails a tag left open where the HTML ends, which would swallow what follows: %s', async (body, line) => {
    expect(await render(body)).toContain(
      `${FILE}:${line}: an HTML tag or comment is not closed where the HTML ends (a ">" or "-->" is missing); close it on its own line`,
    );
  });

  it('says the line of an element after a comment that names one', async () => {
    const body = '<div>\n<!-- old: <iframe src=x></iframe> -->\nline\nline\n<iframe src=y></iframe>\n</div>';
    expect(await render(body)).toMatch(new RegExp(`^${FILE}:9: the element <iframe>`));
  });

  it('keeps a long block of HTML quick to check', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `<tr><td>${i}</td><td>x</td></tr>`).join('\n');
    const started = performance.now();
    expect(await render(`<table>\n${rows}\n</table>`)).not.toMatch(/not allowed/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('turns the alignment of table columns into classes, which the CSP allows', () => {
    const plugins = [
      tableAlignment(),
      contentPolicy(
        () => FILE,
        () => '---\ntitle: A\n---\n\n',
      ),
    ];
    const { html } = markdownToHtml('| a | b | c |\n|:-|:-:|--:|\n| 1 | 2 | 3 |', { hastPlugins: plugins });
    expect(html).toContain('<th class="align-left">a</th>');
    expect(html).toContain('<td class="align-center">2</td>');
    expect(html).toContain('<td class="align-right">3</td>');
    expect(html).not.toContain('style=');
  });

  it('leaves MDX alone: it is code, reviewed as code', async () => {
    expect(await render('<form action="https://x.example"></form>', 'mdx')).toBe('skipped');
  });
});

describe('a file Astro cannot render fails the build instead of publishing an empty page', () => {
  it.each([
    [
      'Error rendering about.md: src/content/pages/about.md:5: the element <script> is not allowed',
      'src/content/pages/about.md:5: the element <script> is not allowed',
    ],
    [
      'Error rendering for-students/jobs.md: Unexpected end of input',
      'src/content/pages/for-students/jobs.md: the text could not be turned into a page: Unexpected end of input',
    ],
  ])('%s', (logged, message) => {
    expect(renderFailure(logged, './src/content/pages')).toBe(message);
  });
});
