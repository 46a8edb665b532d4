import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mathFormulas, setFormula } from '../../src/lib/markdown';
import { entryHasMath, formulasAsTex, hasMath, mayHaveMath } from '../../src/lib/math';

/** Markdown through Sätteri with the site's math plugin, as a build renders it (the file is named for messages). */
async function render(markdown: string): Promise<string> {
  const plugin = mathFormulas(
    () => 'src/content/posts/x.md',
    () => `---\ntitle: X\n---\n${markdown}`,
  );
  const { html } = await markdownToHtml(markdown, {
    features: { math: true },
    hastPlugins: [plugin],
    fileURL: new URL('file:///site/src/content/posts/x.md'),
  } as never);
  return html;
}

/** An MDX file through Sätteri with the site's math plugin, as Astro compiles it (front matter blanked, lines kept). */
async function compileMdx(body: string): Promise<string> {
  const plugin = mathFormulas(() => 'src/content/posts/x.mdx');
  const { code } = await mdxToJs(`\n\n\n${body}`, {
    features: { math: true },
    hastPlugins: [plugin],
    fileURL: new URL('file:///site/src/content/posts/x.mdx'),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  } as never);
  return code;
}

describe('formulas', () => {
  it('sets inline and display formulas as MathML, with no inline styles, and leaves code alone', async () => {
    const html = await render('Energy $E = mc^2$.\n\n$$\n\\frac{a}{b}\n$$\n\nIn code: `$x$`.\n');
    expect(html).toContain('<span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('<div class="katex-display" tabindex="0"><span class="katex"><math');
    expect(html).toContain('display="block"');
    expect(html).toContain('<mfrac>');
    expect(html).toContain('<code>$x$</code>');
    expect(html).not.toContain('style=');
    expect(hasMath(html)).toBe(true);
  });

  it.each([
    ['\\frac{1}{', "Unexpected end of input in a macro argument, expected '}' (at character 10 of the formula)"],
    ['\\foo x', 'Undefined control sequence: \\foo (at character 1 of the formula)'],
  ])('says what KaTeX finds wrong with %j', (tex, reason) => {
    expect(setFormula(tex, false)).toEqual({
      problem: `the formula ${JSON.stringify(tex)} cannot be set: ${reason}; write it as LaTeX that KaTeX knows (katex.org/docs/supported), or write \\$ for a dollar sign`,
    });
  });

  it('fails with the file and the line of each formula it cannot set', async () => {
    await expect(render('Fine: $x$.\n\nBroken: $\\frac{1}{$ here.\n\n$$\n\\foo\n$$\n')).rejects.toThrow(
      [
        `src/content/posts/x.md:6: the formula "\\\\frac{1}{" cannot be set: Unexpected end of input in a macro argument, expected '}' (at character 10 of the formula); write it as LaTeX that KaTeX knows (katex.org/docs/supported), or write \\$ for a dollar sign`,
        'src/content/posts/x.md:8: the formula "\\\\foo" cannot be set: Undefined control sequence: \\foo (at character 1 of the formula); write it as LaTeX that KaTeX knows (katex.org/docs/supported), or write \\$ for a dollar sign',
      ].join('\n'),
    );
  });
});

describe('formulas in MDX', () => {
  it('sets them as elements of the page (MDX cannot hold raw HTML), with no xmlns or inline styles', async () => {
    const code = await compileMdx('export const n = 2;\n\nIn {n} lines, $E = mc^2$.\n\n$$\n\\frac{a}{b}\n$$\n');
    expect(code).toMatch(/_jsx\(_components\.span, \{\s*class: "katex",\s*children: _jsx\(_components\.math,/);
    expect(code).toMatch(/class: "katex-display",\s*tabindex: "0"[\s\S]*display: "block"[\s\S]*_components\.mfrac/);
    expect(code).not.toContain('xmlns');
    expect(code).not.toContain('style');
  });

  it('fails with the line in the file (the front matter counts)', async () => {
    await expect(compileMdx('export const n = 2;\n\nBroken: $\\frac{1}{$.\n')).rejects.toThrow(
      /^src\/content\/posts\/x\.mdx:6: the formula "\\\\frac\{1\}\{" cannot be set: Unexpected end of input/,
    );
  });
});

describe('formulas as plain text', () => {
  it('gives each formula as the TeX it was written in, and leaves the rest', async () => {
    const html = await render('Energy $E = mc^2$ and $a < b$.\n\n$$\n\\frac{a}{b}\n$$\n');
    expect(formulasAsTex(html)).toBe(
      '<p>Energy <span class="katex">E = mc^2</span> and <span class="katex">a &lt; b</span>.</p>\n<div class="katex-display" tabindex="0"><span class="katex">\\frac{a}{b}</span></div>\n',
    );
    expect(formulasAsTex('<p>No formula.</p>')).toBe('<p>No formula.</p>');
  });
});

describe('which pages load the stylesheet', () => {
  it.each([
    ['<p>x <span class="katex"><math></math></span></p>', true],
    ['<p>no formula, a katex word</p>', false],
    ['<code>class="katex"</code>', false],
  ])('from HTML: %s', (html, expected) => {
    expect(hasMath(html)).toBe(expected);
  });

  it.each([
    ['Energy $E = mc^2$.', true],
    ['$$\n\\sum\n$$', true],
    ['It costs $5.', false],
    // Sätteri reads this as a formula ("5 to "), so its page needs the stylesheet: write \$ for a dollar sign.
    ['From $5 to $ 6.', true],
  ])('from MDX text: %j', (source, expected) => {
    expect(mayHaveMath(source)).toBe(expected);
  });

  it('looks at the HTML of markdown and the text of MDX', () => {
    expect(entryHasMath({ filePath: 'a.md', rendered: { html: '<p>$x$</p>' }, body: '$x$' })).toBe(false);
    expect(entryHasMath({ filePath: 'a.mdx', body: '$x$' })).toBe(true);
  });
});
