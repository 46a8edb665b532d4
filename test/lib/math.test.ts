import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mathFormulas, setFormula } from '../../src/lib/markdown';
import { entryHasMath, hasMath, mayHaveMath } from '../../src/lib/math';

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

describe('formulas', () => {
  it('sets inline and display formulas as MathML, with no inline styles, and leaves code alone', async () => {
    const html = await render('Energy $E = mc^2$.\n\n$$\n\\frac{a}{b}\n$$\n\nIn code: `$x$`.\n');
    expect(html).toContain('<span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('<div class="katex-display"><span class="katex"><math');
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
