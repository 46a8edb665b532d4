// Which pages have a formula, so that they link the formulas' stylesheet (src/styles/math.css) and no other page does.

/** Whether rendered HTML has a formula set by KaTeX (src/lib/markdown.ts sets them). */
export function hasMath(html: string): boolean {
  return /<span class="katex[\s"]/.test(html);
}

/**
 * Rendered HTML with each formula as the TeX it was written in (KaTeX keeps it in the MathML's annotation), for uses
 * as plain text, such as a post's summary: the MathML's own text would read "E=mc2E = mc^2" there.
 */
export function formulasAsTex(html: string): string {
  return html.replace(
    /<math[\s>][\s\S]*?<\/math>/g,
    (math) => /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(math)?.[1] ?? '',
  );
}

/**
 * Whether an MDX file's text has a formula (`$…$` in a line, `$$` for a block): MDX is rendered only with its page,
 * so its HTML is not there to look at. A `$…$` pair in code counts too, which only loads the stylesheet in vain.
 */
export function mayHaveMath(source: string): boolean {
  return /\$\$|\$[^\s$][^$\n]*\$/.test(source);
}

/** Whether a content entry's text has a formula: from its HTML, or for MDX from its text. */
export function entryHasMath(entry: {
  filePath?: string | undefined;
  rendered?: { html: string } | undefined;
  body?: string | undefined;
}): boolean {
  return entry.filePath?.endsWith('.mdx') ? mayHaveMath(entry.body ?? '') : hasMath(entry.rendered?.html ?? '');
}
